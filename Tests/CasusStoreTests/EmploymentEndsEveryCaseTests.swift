@testable import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A summary dismissal ends the employment, not one case (BW art. 7:677 lid 1): the employee's
/// other open case kept asking for the ordemaatregel's letter, which promises salary, and for
/// the decision on its end after the dismissal in a second case, and made that letter still
/// (a legal review). On every backend: the lapse writes facts and lines in a case the step is not in.
@Suite struct EmploymentEndsEveryCaseTests {
    let scratch = Scratch("employment-ends")

    /// A KOE school on Monday 16 November, 10:00, with Karin Terpstra, groepsleerkracht.
    func school(_ backend: Backend) throws -> (CasusService, TestClock, Person) {
        let clock = TestClock("2026-11-16")
        let service = try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "Troubadour", protocolID: "koe-troubadour",
            account: "directeur", director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles, clock: clock.clock)
        let karin = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .staff, firstName: "Karin", lastName: "Terpstra", function: "groepsleerkracht",
                address: TestSchool.address)
        ).value
        return (service, clock, karin)
    }

    /// A KOE school on Monday 16 November: Karin Terpstra under a fourteen-day ordemaatregel in a
    /// first case, its letter filed (`filed`) or not; a second case on Tuesday the 17th, on new
    /// facts, in which she is dismissed on the spot.
    func dismissedInASecondCase(_ backend: Backend, filed: Bool = false) throws -> (
        service: CasusService, first: Case, second: Case, letter: DossierEntry?
    ) {
        let (service, clock, karin) = try school(backend)
        func open(_ summary: String) throws -> Case {
            try service.reportedAndOpened(about: karin.id, summary, articles: ["3A.8"])
        }
        let first = try open("Berichten aan leerlingen.")
        try service.cases.addEntry(first.id, kind: .meeting, body: "Gehoord.", heard: [.employee]).value
        try service.cases.step(first.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 14))
            .value
        let letter = filed ? try service.fileDrafts(first, "ordemaatregel", limit: 1).first : nil
        clock.set("2026-11-17", hour: 10)
        let second = try open("Opnieuw leerlingen benaderd, ondanks de ordemaatregel.")
        try service.cases.step(
            second.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        clock.set("2026-11-18", hour: 10)
        return (service, first, second, letter)
    }

    /// A school with Karin Terpstra and a first case about her, on Monday 16 November, heard; the
    /// second case is opened and she is dismissed on the spot in it by `dismiss`.
    func firstCase(_ backend: Backend) throws -> (CasusService, TestClock, Person, Case) {
        let (service, clock, karin) = try school(backend)
        let report = try service.intake.report(summary: "Berichten.", platform: nil, subjects: [karin.id]).value
        let c = try service.cases.open(
            incident: report.id, subject: karin.id, articles: ["3A.8"], severity: .severe, summary: "Berichten."
        ).value
        try service.cases.addEntry(c.id, kind: .meeting, body: "Gehoord.", heard: [.employee]).value
        return (service, clock, karin, c)
    }

    /// The employee dismissed on the spot in `c`, and that dismissal's letter as it reads, its lines
    /// wrapped.
    func dismissalLetter(_ service: CasusService, _ c: Case) throws -> String {
        try service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig.")
        ).value
        return try service.letters.draft(case: c.id, template: try Fixtures.letters.require("ontslag-op-staande-voet"))
            .replacingOccurrences(of: "\n", with: " ")
    }

    /// A dismissal with the employee's consent asked in `c`.
    func askConsent(_ service: CasusService, _ c: Case) throws {
        try service.cases.step(
            c.id, StepRequest(rung: .dismissal, reason: "In overleg.", justification: "Ernstig.", route: .consent)
        ).value
    }

    func dismiss(_ service: CasusService, _ clock: TestClock, _ karin: Person) throws -> Case {
        clock.set("2026-11-18", hour: 10)
        let report = try service.intake.report(summary: "Opnieuw.", platform: nil, subjects: [karin.id]).value
        let second = try service.cases.open(
            incident: report.id, subject: karin.id, articles: ["3A.8"], severity: .severe, summary: "Opnieuw."
        ).value
        try service.cases.step(
            second.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig.")
        ).value
        return second
    }

    /// A reprimand decided and not yet made known lapses with the employment: its case could never
    /// be closed (its letter refused, its duty not to be ticked, a legal review).
    /// The other case offers no next measure: it said "Volgende: waarschuwing", which the step then
    /// refused (a director's day); it says why none follows.
    @Test(arguments: Backend.all)
    func theOtherCaseOffersNoNextMeasure(_ backend: Backend) throws {
        let (service, first, _, _) = try dismissedInASecondCase(backend)
        // As the step reads it, and as the screen and `case show` read it (they offered it still, a
        // review: only the step's read knew of the other case).
        let a = try service.cases.assess(first.id)
        let shown = try service.cases.detailAndAssessment(first.id).1
        #expect(shown.suggested == nil && shown.suggestionReason == a.suggestionReason, "\(shown)")
        #expect(a.suggested == nil, "\(String(describing: a.suggested))")
        #expect(
            a.suggestionReason?.nl.contains("het dienstverband is al beëindigd op 17-11-2026 (zaak ") == true,
            "\(String(describing: a.suggestionReason))")
    }

    @Test(arguments: Backend.all)
    func aDecisionNotYetMadeKnownLapsesAndTheCaseCloses(_ backend: Backend) throws {
        let (service, clock, karin, first) = try firstCase(backend)
        try service.cases.step(
            first.id, StepRequest(rung: .reprimand, reason: "Berichten.", justification: "Ernstig.", respondDays: 1)
        ).value
        let proposal = try service.fileDrafts(first, "voornemen-maatregel")[0]
        _ = try service.letters.sent(
            entry: proposal.id, on: Fixtures.date("2026-11-16"), via: .registered, library: Fixtures.letters
        ).value
        clock.set("2026-11-18", hour: 9)
        try service.cases.zienswijze(first.id, on: Fixtures.date("2026-11-18"), given: false, note: "").value
        try service.cases.step(first.id, StepRequest(rung: .reprimand, reason: "Besluit.", phase: .decision)).value
        _ = try dismiss(service, clock, karin)
        let d = try service.cases.detail(first.id)
        let letter = try #require(d.obligations.first { $0.kind == .decisionLetter })
        #expect(letter.isDone && letter.lapse(in: d.facts) != nil, "\(letter)")
        // Never made known, the reprimand was never imposed: the case no longer reads "berisping", its
        // export says so, and it may be closed as unfounded.
        #expect(d.record.rung == nil, "\(String(describing: d.record.rung))")
        let export = try service.dossiers.export(karin.id, format: .md)
        #expect(export.contains("schriftelijke berisping: Besluit. (vervallen: ontslag op staande voet"), "\(export)")
        _ = try service.cases.close(first.id, outcome: .unfounded, reason: "Dienstverband beëindigd.").value
        #expect(try service.integrity.verify().isSound)
    }

    /// A dismissal by consent never given terminated nothing (BW art. 7:671 lid 1): with the summary
    /// dismissal in another case it lapses, the case no longer reads "ontslag", and it may be closed
    /// as unfounded; it read "ontslag" for good, closed as founded only (a legal review).
    @Test(arguments: Backend.all)
    func aDismissalByConsentNeverGivenNoLongerStands(_ backend: Backend) throws {
        let (service, clock, karin, first) = try firstCase(backend)
        try askConsent(service, first)
        #expect(try service.cases.detail(first.id).record.rung == .dismissal)
        _ = try dismiss(service, clock, karin)
        let d = try service.cases.detail(first.id)
        #expect(d.record.rung == nil, "\(String(describing: d.record.rung))")
        let dismissal = try #require(d.steps.first { $0.rung == .dismissal })
        #expect(dismissal.lapse(in: d.facts)?.note.contains("ontslag op staande voet") == true)
        _ = try service.cases.close(first.id, outcome: .unfounded, reason: "Geen instemming gekomen.").value
        #expect(try service.integrity.verify().isSound)
    }

    /// A consent the employee gave stands after a summary dismissal: the notice of the right to
    /// revoke it and that term do not lapse (BW art. 7:671 lid 2 and 3); they did (a legal review).
    @Test(arguments: Backend.all)
    func aConsentGivenKeepsItsRightToRevoke(_ backend: Backend) throws {
        let (service, clock, karin, first) = try firstCase(backend)
        try askConsent(service, first)
        try service.cases.markDone(first.id, obligation: ObligationKind.dismissalConsent.rawValue).value
        _ = try dismiss(service, clock, karin)
        let d = try service.cases.detail(first.id)
        for kind in [ObligationKind.revocationNotice, .consentWithdrawal] {
            let o = try #require(d.obligations.first { $0.kind == kind }, "\(kind)")
            #expect(!o.isDone && o.lapse(in: d.facts) == nil, "\(kind): \(o)")
        }
        // Ticked by hand after the dismissal, the notice is done, not lapsed.
        try service.cases.markDone(first.id, obligation: ObligationKind.revocationNotice.rawValue).value
        let after = try service.cases.detail(first.id)
        let notice = try #require(after.obligations.first { $0.kind == .revocationNotice })
        #expect(notice.isDone && notice.lapse(in: after.facts) == nil)
        // Revoked after it, the note does not say the contract goes on, and the export says the notice
        // counts as never given (BW art. 7:671 lid 4; a legal review).
        try service.cases.consentRevoked(first.id, on: service.today, reason: "Brief van Karin.").value
        let note = try #require(try service.cases.detail(first.id).entries.last)
        #expect(
            note.body.contains("het dienstverband was al beëindigd") && !note.body.contains("loopt door"),
            "\(note.body)")
        let export = try service.dossiers.export(karin.id, format: .md)
        #expect(
            export.contains("(instemming herroepen op 18-11-2026: de opzegging geldt als niet gedaan)"), "\(export)")
        #expect(try service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func theFirstCasesDutiesLapseWithTheDismissalInTheSecond(_ backend: Backend) throws {
        let (service, first, second, _) = try dismissedInASecondCase(backend)
        let d = try service.cases.detail(first.id)
        for kind in [ObligationKind.precautionaryLetter, .precautionaryEnd] {
            let o = try #require(d.obligations.first { $0.kind == kind }, "\(kind)")
            let note = o.lapse(in: d.facts)?.note ?? ""
            #expect(
                o.isDone && note.contains("ontslag op staande voet op 17-11-2026 (zaak \(second.number))"),
                "\(kind): \(o) \(note)")
        }
        // The first case is closed with nothing left owed about the ordemaatregel.
        let (_, assessment) = try service.cases.detailAndAssessment(first.id)
        #expect(
            !assessment.closeBlockers.contains { $0.nl.contains("rdemaatregel") }, "\(assessment.closeBlockers)")
        // Every fact and duty has its own line naming the first case; the chain holds.
        let lines = try service.session.read { try $0.audit(person: first.dossierID, offset: 0, limit: 500) }
            .filter { $0.caseID == first.id }.map(\.action)
        #expect(lines.contains("case.duty-lapsed") && lines.contains("case.done"), "\(lines)")
        #expect(try service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func noLetterOfTheOrdemaatregelIsMadeInTheFirstCase(_ backend: Backend) throws {
        let (service, first, second, _) = try dismissedInASecondCase(backend)
        let template = try Fixtures.letters.require("ordemaatregel")
        let drafted = refusal { _ = try service.letters.drafts(case: first.id, template: template) }
        #expect(drafted?.kind == .refused)
        #expect(
            drafted?.message.nl.contains("ontslag op staande voet (17-11-2026, zaak \(second.number))") == true,
            "\(String(describing: drafted))")
        let filed = refusal {
            _ = try service.letters.file(case: first.id, template: template, body: "Beste Karin,\n\nTekst.")
        }
        #expect(filed?.kind == .refused, "the director's own words neither")
    }

    /// The dismissal's letter says the ordemaatregel running in the other case ends with it: an
    /// employee whose ordemaatregel's letter never went out had it in writing nowhere (a legal review).
    @Test(arguments: Backend.all)
    func theDismissalsLetterSaysTheOrdemaatregelEnds(_ backend: Backend) throws {
        let (service, first, second, _) = try dismissedInASecondCase(backend)
        let own = try Fixtures.letters.require("ontslag-op-staande-voet")
        // As it reads, its lines wrapped.
        let body = try service.letters.draft(case: second.id, template: own)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(
            body.contains(
                "De ordemaatregel die u met ingang van 16 november 2026 is opgelegd, tot en met 29 november 2026 (zaak \(first.number)), eindigt met dit ontslag."
            ), "\(body)")
    }

    /// The other case says the employment ended where it is asked for a measure's letter or an end:
    /// it was told to take the step first (which the ladder refuses), and to record a leaving with
    /// `people leave` (a legal review).
    @Test(arguments: Backend.all)
    func theOtherCaseSaysTheEmploymentEndedWhereAskedForMore(_ backend: Backend) throws {
        let (service, first, second, _) = try dismissedInASecondCase(backend)
        let letter = refusal {
            _ = try service.letters.draft(case: first.id, template: try Fixtures.letters.require("waarschuwing"))
        }
        #expect(
            letter?.message.nl.contains("het dienstverband eindigde met het ontslag op staande voet") == true
                && letter?.hint?.nl.contains("Neem eerst het besluit") == false,
            "\(String(describing: letter))")
        let ended = refusal { _ = try service.cases.contractEnded(first.id, on: Fixtures.date("2026-11-18")).value }
        #expect(
            ended?.message.nl.contains("het dienstverband is al beëindigd op 17-11-2026 in zaak \(second.number)")
                == true,
            "\(String(describing: ended))")
    }

    /// An ordemaatregel still to begin whose letter never went out is no measure "opgelegd": the
    /// dismissal's letter chained one of a second case, decided and never made known, onto the
    /// first's as imposed until its last day (a second legal review; BW art. 3:37 lid 3).
    @Test(arguments: Backend.all)
    func aMeasureNeverMadeKnownIsNotSaidToBeImposed(_ backend: Backend) throws {
        let (service, clock, karin) = try school(backend)
        func open(_ summary: String) throws -> Case {
            let report = try service.intake.report(summary: summary, platform: nil, subjects: [karin.id]).value
            let c = try service.cases.open(
                incident: report.id, subject: karin.id, articles: ["3A.8"], severity: .severe, summary: summary
            ).value
            try service.cases.addEntry(c.id, kind: .meeting, body: "Gehoord.", heard: [.employee]).value
            return c
        }
        let first = try open("Berichten aan leerlingen.")
        try service.cases.step(first.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 14))
            .value
        let letter = try service.fileDrafts(first, "ordemaatregel", limit: 1)[0]
        _ = try service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-16"), via: .hand, library: Fixtures.letters
        ).value
        clock.set("2026-11-17", hour: 10)
        let second = try open("Opnieuw berichten.")
        var later = StepRequest(rung: .precautionarySuspension, reason: "Aansluitend.", days: 7)
        later.startDate = Fixtures.date("2026-11-30")
        try service.cases.step(second.id, later).value
        // Its letter filed, not recorded as sent: not made known either (a second round).
        _ = try service.fileDrafts(second, "ordemaatregel", limit: 1)
        clock.set("2026-11-18", hour: 10)
        let third = try open("Een derde melding.")
        let body = try dismissalLetter(service, third)
        #expect(
            body.contains(
                "De ordemaatregel die u met ingang van 16 november 2026 is opgelegd, tot en met 29 november 2026 (zaak \(first.number)), eindigt met dit ontslag."
            ), "\(body)")
        #expect(!body.contains("6 december 2026") && !body.contains(second.number), "\(body)")
        // The case screen, `case show` and the export say what became of each: the first cut short
        // on the dismissal's day, the second never begun (it read as served, the same review).
        let cut = "geëindigd op 18-11-2026 met het dienstverband (zaak \(third.number))"
        let never = "niet ingegaan: het dienstverband eindigde op 18-11-2026 (zaak \(third.number))"
        let firstShown = try service.cases.detailAndAssessment(first.id).0
        #expect(firstShown.stepOutcomes.values.map(\.nl) == [cut], "\(firstShown.stepOutcomes)")
        let secondShown = try service.cases.detailAndAssessment(second.id).0
        #expect(secondShown.stepOutcomes.values.map(\.nl) == [never], "\(secondShown.stepOutcomes)")
        let export = try service.dossiers.export(karin.id, format: .md)
        #expect(export.contains("(\(cut))") && export.contains("(\(never))"), "\(export)")
    }

    /// An extended ordemaatregel in the dismissal's own case: the letter says it ends, from its first
    /// day to the extension's last, and each step says what became of it. The extension's answer to
    /// the first "beëindigen of verlengen" read as an end decided: no sentence, no note (a review).
    @Test(arguments: Backend.all)
    func anExtendedMeasureEndsWithTheDismissalInItsOwnCase(_ backend: Backend) throws {
        let (service, clock, _, c) = try firstCase(backend)
        try service.cases.step(c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 7)).value
        let first = try service.fileDrafts(c, "ordemaatregel", limit: 1)[0]
        _ = try service.letters.sent(entry: first.id, on: service.today, via: .hand, library: Fixtures.letters).value
        clock.set("2026-11-17", hour: 10)
        try service.cases.addEntry(c.id, kind: .meeting, body: "Gehoord over de verlenging.", heard: [.employee]).value
        try service.cases.step(c.id, StepRequest(rung: .precautionarySuspension, reason: "Loopt nog.", days: 7)).value
        let second = try service.fileDrafts(c, "ordemaatregel", limit: 1, again: true)[0]
        _ = try service.letters.sent(entry: second.id, on: service.today, via: .hand, library: Fixtures.letters).value
        clock.set("2026-11-18", hour: 10)
        let body = try dismissalLetter(service, c)
        #expect(
            body.contains(
                "De ordemaatregel die u met ingang van 16 november 2026 is opgelegd, tot en met 29 november 2026, eindigt met dit ontslag."
            ), "\(body)")
        let (d, _) = try service.cases.detailAndAssessment(c.id)
        let notes = d.steps.filter { $0.rung == .precautionarySuspension }.map { d.stepOutcomes[$0.id]?.nl ?? "" }
        #expect(
            notes == [
                "geëindigd op 18-11-2026 met het dienstverband (zaak \(c.number))",
                "niet ingegaan: het dienstverband eindigde op 18-11-2026 (zaak \(c.number))",
            ], "\(notes)")
    }

    /// A letter filed before the dismissal stays owed until its sending is recorded; it is not
    /// recorded as sent after the dismissal, and lapses when ticked without one (as in its own case).
    @Test(arguments: Backend.all)
    func aLetterFiledBeforeLapsesWhenTickedAndIsNotSentAfter(_ backend: Backend) throws {
        let (service, first, second, letter) = try dismissedInASecondCase(backend, filed: true)
        let entry = try #require(letter)
        #expect(
            try service.cases.detail(first.id).obligations.first { $0.kind == .precautionaryLetter }?.isDone == false)
        let late = refusal {
            _ = try service.letters.sent(
                entry: entry.id, on: Fixtures.date("2026-11-18"), via: .hand, library: Fixtures.letters
            ).value
        }
        #expect(
            late?.message.nl.contains("(17-11-2026, zaak \(second.number))") == true, "\(String(describing: late))")
        try service.cases.markDone(first.id, obligation: ObligationKind.precautionaryLetter.rawValue).value
        let d = try service.cases.detail(first.id)
        let duty = try #require(d.obligations.first { $0.kind == .precautionaryLetter })
        #expect(duty.lapse(in: d.facts)?.note.contains("zaak \(second.number)") == true, "\(duty)")
        // Lapsed, it is not then recorded as sent, not even of the dismissal's day: the case read
        // "vervallen" beside "persoonlijk overhandigd" (a legal review).
        let sameDay = refusal {
            _ = try service.letters.sent(
                entry: entry.id, on: Fixtures.date("2026-11-17"), via: .hand, library: Fixtures.letters
            ).value
        }
        #expect(sameDay?.message.nl.contains("is vastgelegd als vervallen") == true, "\(String(describing: sameDay))")
        #expect(try service.integrity.verify().isSound)
    }
}

/// An ordemaatregel is no rung of the ladder (LadderEngine.onTop): the case of an employee under one
/// read "nog geen trede" in every list, and the lists' filter "ordemaatregel" was always empty (a
/// review). The case's record keeps it now, where no rung of the ladder was reached.
extension EmploymentEndsEveryCaseTests {
    @Test(arguments: Backend.all)
    func aCaseUnderAnOrdemaatregelIsListedAndFilteredAsOne(_ backend: Backend) throws {
        let (service, _, karin, c) = try firstCase(backend)
        try service.cases.step(c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 14))
            .value
        let rows = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 10)
        #expect(rows.map(\.rung) == [.precautionarySuspension], "\(rows)")
        let filtered = try service.cases.rows(CaseFilter(rung: .precautionarySuspension), offset: 0, limit: 10)
        #expect(filtered.map(\.id) == [c.id])
        #expect(try service.cases.rows(CaseFilter(noRungYet: true), offset: 0, limit: 10).isEmpty)
        #expect(try service.dossiers.dossier(karin.id).cases.map(\.rung) == [.precautionarySuspension])
        // A rung of the ladder taken after it is what the case keeps: it weighs more.
        let warning = try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Waarschuwing.")).value
        #expect(warning.step.phase == .decision)
        #expect(try service.cases.detail(c.id).record.rung == .warning)
        #expect(try service.integrity.verify().isSound)
    }
}

extension EmploymentEndsEveryCaseTests {
    /// An ordemaatregel to begin after a summary dismissal in another case never began (its step says
    /// "niet ingegaan"), and the case read "ordemaatregel" in the lists (a review). None now.
    @Test(arguments: Backend.all)
    func anOrdemaatregelThatNeverBeganIsNoneOnTheRecord(_ backend: Backend) throws {
        let (service, _, karin, c) = try firstCase(backend)
        try service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek.", days: 14,
                startDate: Fixtures.date("2026-11-23"))
        ).value
        #expect(try service.cases.detail(c.id).record.rung == .precautionarySuspension)
        let second = try service.reportedAndOpened(about: karin.id, "Opnieuw benaderd.", articles: ["3A.8"])
        try service.cases.step(
            second.id,
            StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        let detail = try service.cases.detail(c.id)
        #expect(detail.stepOutcomes.values.contains { $0.nl.contains("niet ingegaan") }, "\(detail.stepOutcomes)")
        #expect(detail.record.rung == nil)
        #expect(try service.cases.rows(CaseFilter(rung: .precautionarySuspension), offset: 0, limit: 10).isEmpty)
        #expect(try service.integrity.verify().isSound)
    }

    /// A case whose ordemaatregel was taken before its record kept one (the fifty-first stop) read
    /// "nog geen trede" for good once closed, the close being its last change (a review): it gets
    /// the ordemaatregel at its close. (Made here with the record set back to none in its chain,
    /// which a personal database takes; a server takes a rung set back only with its reason.)
    @Test(arguments: [Backend.sqliteMemory, .sqliteFile])
    func anOrdemaatregelTakenBeforeIsOnTheRecordOnceClosed(_ backend: Backend) throws {
        let (service, clock, karin, c) = try firstCase(backend)
        let step = try service.cases.step(
            c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 7)
        ).value.step
        _ = try service.session.write { tx in
            try tx.setRung(c.id, nil, at: tx.now)
            try tx.audit("case.step", person: karin.id, case: c.id, detail: "\(c.number) stap \(step.id)")
        }
        #expect(try service.cases.detail(c.id).record.rung == nil)
        let letter = try service.fileDrafts(c, "ordemaatregel", limit: 1)[0]
        _ = try service.letters.sent(entry: letter.id, on: service.today, via: .hand, library: Fixtures.letters).value
        clock.set("2026-11-20", hour: 10)
        _ = try service.cases.markDone(c.id, obligation: ObligationKind.precautionaryEnd.rawValue).value
        _ = try service.cases.close(c.id, outcome: .founded, reason: "Afgerond.").value
        #expect(try service.cases.detail(c.id).record.rung == .precautionarySuspension)
        #expect(try service.integrity.verify().isSound)
    }
}
