import CasusCore
import CasusStore
import Testing
import CasusTestSupport

/// For each of the five protocols, a realistic incident from its own text walked up the ladder
/// through the service and the store, asserting rungs, obligations and due dates.
@Suite struct LadderWalkTests {
    @Test func jozefschoolPhotoWithoutConsentWarningSuspensionRemoval() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")  // a Monday
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "8", parent: "Esther de Groot")
        let (classmate, _) = try school.pupil("Lotte", "Jansen", group: "8")
        let c = try school.openCase(
            about: pupil, articles: ["A.5"], summary: "Daan zette een foto van Lotte zonder toestemming op Snapchat.",
            victims: [classmate])

        // Warning: lightest rung, suggested first.
        #expect(try school.service.cases.assess(c.id).suggested == .warning)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming gedeeld."))
            .value

        // A six-day suspension is refused and changes nothing.
        school.clock.set("2026-11-19")  // Thursday
        let six = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 6)).value
        }
        #expect(six?.kind == .refused)
        #expect(
            six?.message.nl.contains("ten hoogste één week, in casus 5 schooldagen per besluit (WPO art. 40c lid 1)")
                == true)
        #expect(try school.service.cases.detail(c.id).steps.count == 1)

        // Three days: Friday, Monday, Tuesday; the decision to the parents today, the Inspectie report (> 1 day).
        let (step, obligations) = try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling na waarschuwing.", days: 3)
        ).value.parts
        #expect(step.startDate?.iso == "2026-11-20")
        #expect(step.endDate?.iso == "2026-11-24")
        #expect(obligations.map(\.kind) == [.suspensionDecision, .inspectieSuspension, .schoolwork])
        #expect(obligations[0].due.iso == "2026-11-19")
        #expect(obligations[1].due.iso == "2026-11-20")
        #expect(obligations[1].remark.nl.contains("WPO art. 40c lid 3"))
        #expect(obligations[2].remark.nl.contains("geen wetsartikel"))

        // Removal before the hearings is refused, naming both.
        school.clock.set("2026-11-26")
        let early = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .removal, reason: "Ernstige herhaling.")).value
        }
        #expect(early?.message.nl.contains("groepsleerkracht is gehoord") == true)
        #expect(early?.message.nl.contains("ouders zijn gehoord") == true)

        try school.service.cases.addEntry(c.id, kind: .meeting, body: "Groepsleerkracht gehoord.", heard: [.teacher])
        try school.service.cases.addEntry(
            c.id, kind: .meeting, body: "Ouders gehoord in een gesprek op school.", heard: [.parents])
        let (removal, removalObligations) = try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstige herhaling.")
        ).value.parts
        #expect(removal.rung == .removal)
        let byKind = Dictionary(uniqueKeysWithValues: removalObligations.map { ($0.kind, $0) })
        #expect(byKind[.removalDecision]?.due.iso == "2026-11-26")
        #expect(byKind[.inspectieRemoval]?.due.iso == "2026-11-26")
        #expect(byKind[.leerplichtRemoval]?.due.iso == "2026-11-26")
        // No "8 weeks of search" in PO: final once another school accepts (a reminder at 6 weeks).
        #expect(byKind[.otherSchool]?.remark.nl.contains("WPO art. 40 lid 11") == true)
        #expect(byKind[.leerplichtRemoval]?.remark.nl.contains("Leerplichtwet 1969 art. 18 lid 1") == true)
        #expect(byKind[.inspectieRemoval]?.remark.nl.contains("niet geverifieerd") == true)
        #expect(byKind[.objectionWindow]?.due.iso == "2027-01-07")  // the parents' 6 weeks
        #expect(byKind[.objectionWindow]?.remark.nl.contains("WPO art. 63 lid 3") == true)
        #expect(byKind[.objectionWindow]?.isDeadlineForOthers == true)

        // The parents object on 10 December: the school decides within 4 weeks.
        school.clock.set("2026-12-10")
        let decision = try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-10")).value
        #expect(decision.due.iso == "2027-01-07")
        #expect(try school.service.cases.detail(c.id).record.rung == .removal)
    }

    @Test func koeTeacherBefriendsPupilsFromAPrivateAccount() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-11-17")
        let teacher = try school.staff("Joost", "Smits")
        let c = try school.openCase(
            about: teacher, articles: ["3A.6"],
            summary: "Juf stuurde vanaf haar privé-Instagram vriendschapsverzoeken aan leerlingen van groep 8.",
            flags: CaseFlags(crossing: true))
        let obligations = try school.obligations(c)
        #expect(obligations.map(\.kind) == [.vertrouwensinspecteur])
        #expect(obligations[0].due.iso == "2026-11-17")
        #expect(obligations[0].note.contains("0900-1113111"))

        // Closing before the phone report is refused.
        let early = refusal { try school.service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.").value }
        #expect(early?.message.en.contains("cannot be closed yet") == true)

        let note = try school.service.cases.recordEscalation(
            c.id, kind: .vertrouwensinspecteur,
            body: "Gebeld met de vertrouwensinspecteur; advies: gesprek en schriftelijke afspraak."
        ).value
        #expect(note.kind == .phone)
        #expect(try school.obligations(c).allSatisfy(\.isDone))

        try school.service.cases.step(
            c.id, StepRequest(rung: .warning, reason: "Geen contact met leerlingen via privéaccounts.")
        ).value
        #expect(try school.service.cases.assess(c.id).suggested == .reprimand)  // the law's order, not the document's
        try school.service.cases.close(c.id, outcome: .founded, reason: "Verzoeken ingetrokken; afspraken vastgelegd.")
            .value
        #expect(try school.service.cases.detail(c.id).record.status == .closed)
    }

    @Test func koeMeldplichtWithASuspicionNeedsTheParentsInformedThenAangifte() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-11-17")
        let teacher = try school.staff("Rob", "Bakker")
        let c = try school.openCase(
            about: teacher, articles: ["3A.8"], summary: "Seksueel getinte berichten aan een leerling van groep 8.",
            severity: .severe, flags: CaseFlags(criminal: true, meldplicht: true))
        #expect(try school.obligations(c).map(\.kind) == [.boardReport, .vertrouwensinspecteur])
        // The meldplicht proposes a precautionary suspension.
        #expect(try school.service.cases.assess(c.id).suggested == .precautionarySuspension)
        _ = try school.service.cases.recordEscalation(c.id, kind: .boardReport, body: "Gemeld aan het bestuur.").value
        // The consultation is recorded with its outcome, not as a phone note.
        let phone = refusal {
            _ = try school.service.cases.recordEscalation(c.id, kind: .vertrouwensinspecteur, body: "Gebeld.").value
        }
        #expect(phone?.hint?.nl.contains("casus case consult") == true)
        try school.service.cases.consult(c.id, suspicion: true, note: "Redelijk vermoeden volgens de inspecteur.")
        #expect(
            try school.obligations(c).filter { !$0.isDone }.map(\.kind) == [.informBeforeAangifte, .aangifte])
        // Aangifte only after the parents and the accused are informed (WPO 4a lid 2).
        let early = refusal {
            _ = try school.service.cases.recordEscalation(c.id, kind: .aangifte, body: "Aangifte gedaan.").value
        }
        #expect(early?.message.nl.contains("WPO art. 4a lid 2") == true)
        try school.service.cases.markDone(c.id, obligation: "inform-before-aangifte")
        let last = refusal { try school.service.cases.close(c.id, outcome: .founded, reason: "Klaar.").value }
        #expect(last?.message.nl.contains("Aangifte") == true)
        _ = try school.service.cases.recordEscalation(
            c.id, kind: .aangifte, body: "Aangifte gedaan bij de politie Zwolle."
        ).value
        try school.service.cases.close(c.id, outcome: .founded, reason: "Overgedragen aan politie en bestuur.").value
    }

    @Test func meilanThreePhoneOffencesInOneTermGiveThreeDifferentCustodyRungs() throws {
        let school = try TestSchool(protocol: "cbo-meilan", on: "2026-09-14")
        let (pupil, _) = try school.pupil("Sjoerd", "Hoekstra", group: "6", parent: "Anke Hoekstra")
        var details: [String] = []
        var informs: [Bool] = []
        for day in ["2026-09-14", "2026-10-05", "2026-11-16"] {
            school.clock.set(day)
            let c = try school.openCase(
                about: pupil, articles: ["T.1"], summary: "Telefoon gebruikt in de les zonder toestemming.")
            let a = try school.service.cases.assess(c.id)
            #expect(a.suggested == .deviceCustody)
            let byDirector = a.options.first { $0.rung == .deviceCustody }?.measureByDirector == true
            #expect(byDirector == (day == "2026-11-16"), "only the third leaves the measure to the director")
            var request = StepRequest(rung: .deviceCustody, reason: "Telefoon in de les.")
            if byDirector {
                // Issue 16, item 8: the director says what and how long, or the step is refused.
                let refused = #expect(throws: CasusError.self) { try school.service.cases.step(c.id, request) }
                #expect(refused?.message.nl.contains("zeg wat hij inhoudt en hoe lang hij duurt (--measure") == true)
                request.measure = "telefoon twee weken in bewaring bij de directie"
            } else {
                request.measure = "iets anders"
                #expect(throws: CasusError.self) { try school.service.cases.step(c.id, request) }
                request.measure = nil
            }
            let (step, obligations) = try school.service.cases.step(c.id, request).value.parts
            details.append(step.detail)
            informs.append(obligations.contains { $0.kind == .informParents })
            if byDirector {
                // The letter to the parents says the measure the director set, not a blank to fill.
                let letter = try school.service.letters.draft(
                    case: c.id, template: try LetterTests.library.require("maatregel-ouders"))
                let words = letter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(words.contains("telefoon twee weken in bewaring bij de directie"), "\(letter)")
                #expect(!letter.contains("[wat de maatregel inhoudt"))
            }
        }
        #expect(details[0].contains("1e overtreding: Tot het einde van de dag in bewaring"))
        #expect(details[1].contains("2e overtreding: Langer in bewaring; ouders op de hoogte"))
        #expect(details[2].contains("3e overtreding: telefoon twee weken in bewaring bij de directie"))
        #expect(Set(details).count == 3)
        // Meilân informs parents of every sanction.
        #expect(informs == [true, true, true])
    }

    @Test func meilanOnlyTheBoardQualifiesConductAsGrensoverschrijdend() throws {
        let school = try TestSchool(protocol: "cbo-meilan", role: .board)
        try school.service.directory.addUser(account: "directeur-meilan", role: .director, personID: nil, schoolID: 1)
            .value
        let director = try school.session("directeur-meilan")
        let teacher = try school.staff("Ilse", "Postma")
        let incident0 = try director.intake.report(
            summary: "Vriendschapsverzoeken.", platform: "Facebook", subjects: [teacher.id]
        ).value
        let e = refusal {
            _ = try director.cases.open(
                incident: incident0.id, subject: teacher.id, articles: ["G.6"], severity: nil,
                flags: CaseFlags(crossing: true)
            ).value
        }
        #expect(e?.message.nl.contains("kwalificeert alleen bestuur") == true)
        let board = school.service
        let incident = try board.intake.report(
            summary: "Privé-Facebook: vriendschapsverzoeken aan leerlingen.", platform: "Facebook",
            subjects: [teacher.id], schoolID: 1
        ).value
        let c = try board.cases.open(
            incident: incident.id, subject: teacher.id, articles: ["G.6"], severity: nil,
            flags: CaseFlags(crossing: true)
        ).value
        #expect(try board.cases.detail(c.id).obligations.map(\.kind) == [.vertrouwensinspecteur])
    }

    @Test func schoolwerkplaatsAnonymousMessagesOnTheDefaultLadder() throws {
        let school = try TestSchool(protocol: "schoolwerkplaats", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Femke", "Mulder", group: "7", parent: "Petra Mulder")
        let c = try school.openCase(
            about: pupil, articles: ["L.5"], summary: "Berichten onder een fictieve naam in de klassenapp.")
        let a = try school.service.cases.assess(c.id)
        #expect(a.ladder == [.warning, .suspension, .removal])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Anonieme berichten.")).value
        school.clock.set("2026-11-18")
        let (step, obligations) = try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)
        ).value.parts
        #expect(step.startDate?.iso == "2026-11-19" && step.endDate?.iso == "2026-11-19")
        #expect(obligations.map(\.kind) == [.suspensionDecision, .schoolwork])  // one day: no Inspectie report
    }

    @Test func konotStaffArguesWithAParentOnline() throws {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let teacher = try school.staff("Wouter", "Brouwer")
        let c = try school.openCase(about: teacher, articles: ["4"], summary: "In discussie met een ouder op X.")
        let (_, none) = try school.service.cases.step(
            c.id, StepRequest(rung: .warning, reason: "Discussie met ouder online.")
        ).value.parts
        #expect(none.isEmpty)  // an informal warning, no disciplinary measure
        let skip = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .dismissal, reason: "Herhaling.")).value
        }
        #expect(skip?.message.en.contains("skips: written reprimand, suspension") == true)
        let (reprimand, letter) = try school.service.cases.step(
            c.id, StepRequest(rung: .reprimand, reason: "Herhaling na waarschuwing.")
        ).value.parts
        #expect(reprimand.rung == .reprimand && reprimand.phase == .proposal)
        #expect(letter.map(\.kind) == [.registeredLetter, .zienswijzeTerm])
        #expect(letter[0].due.iso == "2026-11-16")
        let noReason = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .summaryDismissal, reason: " ", justification: "Ernstig.")
            ).value
        }
        #expect(noReason?.message.nl.contains("dringende reden") == true)
    }

    @Test func anIBMayNotTakeAStepAndNothingChanges() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Noor", "Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.directory.addUser(account: "ib", role: .ib, personID: nil).value
        let ib = try school.session("ib")
        let e = refusal { try ib.cases.step(c.id, StepRequest(rung: .warning, reason: "r")).value }
        #expect(e?.kind == .refused)
        #expect(try school.service.cases.detail(c.id).steps.isEmpty)
    }
}
