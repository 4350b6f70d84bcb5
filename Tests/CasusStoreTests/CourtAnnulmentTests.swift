@testable import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A court that annuls a summary dismissal or restores the contract (BW art. 7:681 lid 1, 7:682
/// lid 1, 7:683 lid 3) leaves the employee employed: casus recorded only "rechtszaak afgelopen",
/// and the employee stayed "vertrokken", their retention running and every measure refused (a
/// legal review). On every backend: the server moves the case's rung with the annulment.
@Suite struct CourtAnnulmentTests {
    let scratch = Scratch("court-annulment")

    /// A KOE school on Monday 16 November with Karin Terpstra, heard in a case about her.
    func heard(_ backend: Backend) throws -> (CasusService, TestClock, Person, Case) {
        let clock = TestClock("2026-11-16")
        let service = try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "Troubadour", protocolID: "koe-troubadour",
            account: "directeur", director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles, clock: clock.clock)
        let karin = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .staff, firstName: "Karin", lastName: "Terpstra", function: "groepsleerkracht",
                address: TestSchool.address)
        ).value
        let c = try service.reportedAndOpened(about: karin.id, "Berichten aan leerlingen.", articles: ["3A.8"])
        try service.cases.addEntry(c.id, kind: .meeting, body: "Gehoord.", heard: [.employee]).value
        return (service, clock, karin, c)
    }

    /// A KOE school on Monday 16 November with Karin Terpstra, dismissed on the spot that day in a
    /// case (her end recorded, and her leaving with it), who went to court on the 20th.
    func dismissedAndInCourt(_ backend: Backend) throws -> (CasusService, TestClock, Person, Case) {
        let (service, clock, karin, c) = try heard(backend)
        try service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        try service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16"))
        clock.set("2026-11-20", hour: 10)
        try service.cases.courtCase(c.id, .started, on: Fixtures.date("2026-11-20"), note: "Verzoek tot vernietiging.")
        clock.set("2026-12-04", hour: 10)
        return (service, clock, karin, c)
    }

    /// A court case begun after the two months from the end of the employment (BW 7:686a lid 4):
    /// recorded, with the lapse said in the record (it read "Rechtszaak begonnen" alone, a review),
    /// and one begun within them says nothing of it.
    @Test func aCourtCaseAfterTheTwoMonthsSaysTheRightLapsed() throws {
        let (service, clock, _, c) = try heard(.sqliteMemory)
        try service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        try service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16"))
        let term = try #require(try service.cases.detail(c.id).obligations.first { $0.kind == .contestTerm })
        #expect(term.due.iso == "2027-01-18", "two months on, from Saturday 16 January to the Monday")
        #expect(CaseWorkflow.lateContest([term], [], startedOn: Fixtures.date("2027-01-18")) == nil)
        clock.set("2027-02-01", hour: 10)
        try service.cases.courtCase(c.id, .started, on: Fixtures.date("2027-02-01"), note: "Verzoek van de werknemer.")
        let record = try #require(
            try service.cases.detail(c.id).entries.last { $0.title.hasPrefix("Rechtszaak begonnen") })
        #expect(
            record.body.contains(
                "Let op: de rechtszaak begon na de termijn van twee maanden na het einde van de arbeidsovereenkomst (uiterlijk 18-01-2027) (BW art. 7:686a lid 4)"
            ), "\(record.body)")
        // A later court case (an appeal) is not the request the term was for (it read "vervallen" of
        // an appeal on a request made in time, a review).
        let facts = try service.cases.detail(c.id).facts
        #expect(CaseWorkflow.lateContest([term], facts, startedOn: Fixtures.date("2027-05-01")) == nil)
    }

    @Test(arguments: Backend.all)
    func anAnnulledSummaryDismissalLeavesTheEmployeeEmployed(_ backend: Backend) throws {
        let (service, _, karin, c) = try dismissedAndInCourt(backend)
        #expect(try service.directory.person(karin.id).leftOn == Fixtures.date("2026-11-16"))
        try service.cases.courtCase(c.id, .annulled, on: Fixtures.date("2026-12-03"), note: "Rechtbank, kenmerk 123.")
        // She did not leave: no leaving day, no retention running from it.
        #expect(try service.directory.person(karin.id).leftOn == nil)
        #expect(try service.directory.employmentEnd(of: karin.id) == nil)
        let d = try service.cases.detail(c.id)
        // The case no longer reads "ontslag op staande voet", and the step says what became of it.
        #expect(d.record.rung == nil, "\(String(describing: d.record.rung))")
        let dismissal = try #require(d.steps.first { $0.rung == .summaryDismissal })
        #expect(
            d.stepOutcomes[dismissal.id]?.nl.contains("vernietigd of hersteld door de rechter op 03-12-2026") == true)
        #expect(
            d.entries.contains {
                $0.body.contains(
                    "de rechter vernietigde de opzegging (ontslag op staande voet van 16-11-2026) (BW art. 7:681 lid 1). De arbeidsovereenkomst loopt door."
                )
            }, "\(d.entries.map(\.body))")
        // A measure follows again, in this case and in a new one.
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Berichten.", justification: "Ernstig.")).value
        let next = try service.reportedAndOpened(about: karin.id, "Opnieuw berichten.", articles: ["3A.8"])
        #expect(try service.cases.detailAndAssessment(next.id).1.suggested != nil)
        #expect(try service.integrity.verify().isSound)
    }

    /// A closed case keeps its record; the employment goes on all the same.
    @Test(arguments: Backend.all)
    func aClosedCaseTakesTheAnnulmentAndKeepsItsRecord(_ backend: Backend) throws {
        let (service, _, karin, c) = try dismissedAndInCourt(backend)
        for o in try service.cases.detail(c.id).obligations where !o.isDone && !o.isDeadlineForOthers {
            try service.cases.markDone(c.id, obligation: String(o.id)).value
        }
        _ = try service.cases.close(c.id, outcome: .founded, reason: "Ontslagen; de rechtszaak loopt.")
        try service.cases.courtCase(c.id, .annulled, on: Fixtures.date("2026-12-03"), note: "")
        #expect(try service.directory.person(karin.id).leftOn == nil)
        #expect(try service.cases.detail(c.id).record.rung == .summaryDismissal)
        let next = try service.reportedAndOpened(about: karin.id, "Opnieuw berichten.", articles: ["3A.8"])
        try service.cases.step(next.id, StepRequest(rung: .warning, reason: "Berichten.", justification: "Ernstig."))
            .value
        #expect(try service.integrity.verify().isSound)
    }

    /// Which dismissal an annulment is of, when it all happened in one second (the command line,
    /// a script): the one given before its court case began, not a new one given in the second of
    /// the annulment (a review saw both read as annulled).
    @Test func anAnnulmentIsOfTheDismissalBeforeItsCourtCase() {
        let t = Timestamp(seconds: 1_800_000_000)
        let day = Fixtures.date("2026-12-07")
        func step(_ id: Int64, _ at: Timestamp) -> Step {
            Step(id: id, caseID: 1, rung: .summaryDismissal, at: at, date: day, reason: "Dringende reden.", actor: "d")
        }
        func fact(_ id: FactID, _ outcome: CourtOutcome, _ at: Timestamp) -> CaseFact {
            CaseFact(id: id, caseID: 1, kind: .courtCase, date: day, value: outcome.rawValue, at: at, actor: "d")
        }
        let facts = [fact(1, .started, t), fact(2, .annulled, t)]
        #expect(CaseHistory.annulment(of: step(1, t), in: facts)?.id == 2, "given, sued and annulled in one second")
        let later = Timestamp(seconds: t.seconds + 60)
        let sued = [fact(1, .started, t), fact(2, .annulled, later)]
        #expect(CaseHistory.annulment(of: step(1, t), in: sued) != nil)
        #expect(CaseHistory.annulment(of: step(2, later), in: sued) == nil, "a new dismissal in the annulment's second")
    }

    /// A kantonrechter who refused the employer's request ended nothing, and a notice the employee
    /// consented to is revoked, not annulled: a legal review took both, and wrote a false annulment
    /// into the personnel dossier for good.
    @Test(arguments: [DismissalRoute.kantonrechter, .consent])
    func noAnnulmentWhereNoNoticeEndedTheEmployment(_ route: DismissalRoute) throws {
        let (service, clock, _, c) = try heard(.sqliteMemory)
        try service.cases.step(
            c.id, StepRequest(rung: .dismissal, reason: "Ontslag.", justification: "Ernstig.", route: route)
        ).value
        clock.set("2026-11-20", hour: 10)
        try service.cases.courtCase(c.id, .started, on: Fixtures.date("2026-11-20"), note: "")
        let refused = refusal {
            try service.cases.courtCase(c.id, .annulled, on: Fixtures.date("2026-11-20"), note: "")
        }
        let said = refused?.message.nl ?? ""
        #expect(
            route == .consent
                ? said.contains("rust op de schriftelijke instemming van de werknemer")
                : said.contains("heeft het dienstverband (nog) niet beëindigd"), "\(said)")
        #expect(try service.cases.detail(c.id).facts.last?.value == CourtOutcome.started.rawValue)
    }

    @Test(arguments: Backend.all)
    func anAnnulmentNeedsADismissalBeforeTheCourtCase(_ backend: Backend) throws {
        let (service, _, karin, c) = try dismissedAndInCourt(backend)
        // Before the dismissal: refused, nothing recorded.
        #expect(throws: CasusError.self) {
            try service.cases.courtCase(c.id, .annulled, on: Fixtures.date("2026-11-13"), note: "")
        }
        // A case with no dismissal: refused, with what to do.
        let other = try service.reportedAndOpened(about: karin.id, "Iets anders.", articles: ["3A.8"])
        try service.cases.courtCase(other.id, .started, on: Fixtures.date("2026-12-04"), note: "")
        let refused = #expect(throws: CasusError.self) {
            try service.cases.courtCase(other.id, .annulled, on: Fixtures.date("2026-12-04"), note: "")
        }
        #expect(
            refused?.message.nl.contains("geen ontslag van vóór de rechtszaak dat de rechter kan vernietigen") == true)
        #expect(try service.directory.person(karin.id).leftOn == Fixtures.date("2026-11-16"))
    }

    /// A kantonrechter who refused the employer's request for dissolution ended nothing (BW art.
    /// 7:671b): recorded only as "afgelopen", the case read "ontslag" for good, a reprimand and a new
    /// request were refused, and a summary dismissal was offered next (a legal review). Now the
    /// refusal is recorded as such: the dismissal no longer stands, and the employer may act again.
    @Test(arguments: Backend.all)
    func aRequestTheKantonrechterRejectedEndedNothing(_ backend: Backend) throws {
        let (service, clock, karin, c) = try heard(backend)
        try service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Ontbinding.", justification: "Ernstig.", route: .kantonrechter)
        ).value
        clock.set("2026-11-20", hour: 10)
        try service.cases.courtCase(c.id, .started, on: Fixtures.date("2026-11-20"), note: "Verzoekschrift.")
        clock.set("2027-02-01", hour: 10)
        // Not an annulment: nothing ended to annul.
        let annulled = refusal {
            try service.cases.courtCase(c.id, .annulled, on: Fixtures.date("2027-02-01"), note: "")
        }
        #expect(annulled?.hint?.nl.contains("met --rejected") == true, "\(String(describing: annulled))")
        try service.cases.courtCase(c.id, .rejected, on: Fixtures.date("2027-02-01"), note: "Verzoek afgewezen.")
        let d = try service.cases.detail(c.id)
        #expect(d.record.rung == nil, "\(String(describing: d.record.rung))")
        let dismissal = try #require(d.steps.first { $0.rung == .dismissal })
        #expect(
            d.stepOutcomes[dismissal.id]?.nl.contains("verzoek afgewezen door de kantonrechter op 01-02-2027") == true)
        #expect(
            d.entries.contains {
                $0.body.contains(
                    "de kantonrechter wees het verzoek tot ontbinding af (het besluit van 16-11-2026 om ontbinding te vragen) (BW art. 7:671b)"
                )
            }, "\(d.entries.map(\.body))")
        #expect(try service.directory.person(karin.id).leftOn == nil)
        // The request was filed: its duty is done with the ruling, not left open to hold the case.
        #expect(d.obligations.filter { $0.kind == .dismissalCourt }.allSatisfy { $0.isDone }, "\(d.obligations)")
        // A lighter measure follows again.
        try service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Berisping.", justification: "Ernstig."))
            .value
        #expect(try service.integrity.verify().isSound)
    }

    /// A summary dismissal is not "rejected": the kantonrechter was asked nothing.
    @Test func aSummaryDismissalIsNotARejectedRequest() throws {
        let (service, _, _, c) = try dismissedAndInCourt(.sqliteMemory)
        let refused = refusal {
            try service.cases.courtCase(c.id, .rejected, on: Fixtures.date("2026-12-03"), note: "")
        }
        #expect(refused?.message.nl.contains("geen verzoek tot ontbinding bij de kantonrechter") == true)
    }

    /// A request made while a court case ran already (the employee's own proceedings, a
    /// counter-request): its refusal is recorded too (it was refused, and the hint sent the director
    /// back to "afgelopen", a review).
    @Test func aRequestInACourtCaseAlreadyRunningIsRejectedToo() throws {
        let (service, clock, _, c) = try heard(.sqliteMemory)
        try service.cases.courtCase(c.id, .started, on: Fixtures.date("2026-11-16"), note: "Kort geding.")
        clock.set("2026-11-17", hour: 10)
        try service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Ontbinding.", justification: "Ernstig.", route: .kantonrechter)
        ).value
        clock.set("2027-01-15", hour: 10)
        try service.cases.courtCase(c.id, .rejected, on: Fixtures.date("2027-01-15"), note: "")
        #expect(try service.cases.detail(c.id).record.rung == nil)
    }
}

/// A summary dismissal on the facts the school took to the kantonrechter: asking to dissolve the
/// contract shows the reason was not urgent, so the dismissal on the spot is not given
/// "onverwijld" (BW art. 7:677 lid 1). It was offered as the rung above, and taken 36 days into the
/// court case (an employment lawyer's review).
extension CourtAnnulmentTests {
    @Test func aSummaryDismissalOnFactsTakenToTheKantonrechterSaysSo() throws {
        let (service, clock, _, c) = try heard(.sqliteMemory)
        try service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Ontbinding.", justification: "Ernstig.", route: .kantonrechter)
        ).value
        clock.set("2026-11-20", hour: 10)
        try service.cases.courtCase(c.id, .started, on: Fixtures.date("2026-11-20"), note: "Verzoekschrift.")
        clock.set("2026-12-22", hour: 10)
        // Said, not refused: new facts may have come since (MovedPastLettersTests dismisses on them).
        let option = try #require(try service.cases.assess(c.id).options.first { $0.rung == .summaryDismissal })
        let notes = option.notes.map(\.nl).joined(separator: "\n")
        #expect(notes.contains("koos de school op 16-11-2026 voor ontslag langs de gewone weg"), "\(notes)")
        #expect(notes.contains("niet onverwijld gegeven") && notes.contains("BW art. 7:677 lid 1"), "\(notes)")
        // Said with the step too: `case step` said nothing of it (a lawyer's review).
        let stepped = try service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        #expect(stepped.notices.contains { $0.nl.contains("ontslag langs de gewone weg") }, "\(stepped.notices)")
        // The employee was heard in this case: no word of that.
        #expect(!stepped.notices.contains { $0.nl.contains("niet gehoord") }, "\(stepped.notices)")
    }

    /// A summary dismissal with the employee not heard in the case, on conduct the school's
    /// protocol rates light: taken the minute the case opened, without a word (a lawyer's review).
    /// Said with the step, not refused.
    @Test func aSummaryDismissalUnheardOnLightConductSaysSo() throws {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let teacher = try school.staff("Ilse", "Postma")
        let c = try school.openCase(about: teacher, articles: ["4"], severity: .light)
        let stepped = try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Bericht.", justification: "Zeer ernstig.")
        ).value
        let said = stepped.notices.map(\.nl).joined(separator: "\n")
        #expect(
            said.contains("de medewerker is in deze zaak niet gehoord") && said.contains("BW art. 7:678"), "\(said)")
        #expect(said.contains("de school gaf deze zaak de ernst licht"), "\(said)")
    }

    /// A view the employee gave in writing is their being heard: "niet gehoord" was said of a case
    /// holding the employee's own account (a review).
    @Test func aWrittenViewCountsAsHeard() throws {
        let (school, _, c) = try LawWalkTests.reprimandProposed()
        _ = try LawWalkTests.sendVoornemen(school.service, c, on: Fixtures.date("2026-11-16"))
        school.clock.set("2026-11-18", hour: 10)
        try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-11-18"), given: true, note: "De berichten zijn uit hun verband gerukt."
        ).value
        let stepped = try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        #expect(!stepped.notices.contains { $0.nl.contains("niet gehoord") }, "\(stepped.notices)")
    }

    /// A volunteer has no contract with the school: the refusal gave a volunteer the Wnra's reasons
    /// for an employee (a review).
    @Test func aVolunteersObjectionIsRefusedInAVolunteersWords() throws {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let helper = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .volunteer, firstName: "Kees", lastName: "Smit")
        ).value
        let c = try school.openCase(about: helper, articles: ["4"], severity: .severe)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Bericht.")).value
        let e = refusal {
            try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-16")).value
        }
        let said = e?.message.nl ?? ""
        #expect(said.contains("geen arbeidsovereenkomst") && !said.contains("Wet normalisering"), "\(said)")
    }

    /// An employee's objection: the refusal spoke of a bijzondere school's suspension at an
    /// openbare school, and sent the employee to the parents' complaints procedure (a lawyer's
    /// review).
    @Test(arguments: [Denomination.openbaar, .bijzonder])
    func anEmployeesObjectionIsRefusedInAnEmployeesWords(_ denomination: Denomination) throws {
        let school = try TestSchool(
            protocol: "konot", on: "2026-11-16", record: SchoolRecordChange(sector: .vo, denomination: denomination))
        let teacher = try school.staff("Ilse", "Postma")
        let c = try school.openCase(about: teacher, articles: ["4"], severity: .severe)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Bericht.")).value
        let e = refusal {
            try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-16")).value
        }
        let said = (e?.message.nl ?? "") + " " + (e?.hint?.nl ?? "")
        #expect(said.contains("kantonrechter") && !said.contains("ouders"), "\(said)")
        // The Wnra where it changed something: at an openbare school; a bijzondere school's staff
        // always had a contract under private law.
        #expect(said.contains("Wet normalisering rechtspositie ambtenaren") == (denomination == .openbaar), "\(said)")
        #expect(said.contains("bijzondere school is privaatrechtelijk") == (denomination == .bijzonder), "\(said)")
    }
}
