import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A letter about a measure the case has moved past is not made: after a summary dismissal, the
/// ordemaatregel's letter ("Gedurende de schorsing behoudt u uw salaris") was filed a minute after
/// the dismissal's ("Na de datum van het ontslag ontvangt u geen loon meer"), and the case could be
/// closed only by sending it or a request to the kantonrechter due the next day; a warning written
/// after the suspension and the removal told the parents a suspension "kan volgen" (a legal review).
@Suite struct MovedPastLettersTests {
    /// An ordemaatregel of fourteen days from Monday 16 November, the dismissal by the kantonrechter
    /// asked, then the employee dismissed on the spot on Tuesday the 17th.
    func dismissedOnTheSpot() throws -> (TestSchool, Case) {
        let (school, _, c) = try TestSchool.ordemaatregel("Karin", "Terpstra")
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .kantonrechter)
        ).value
        school.clock.set("2026-11-17", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        return (school, c)
    }

    /// The ordemaatregel's letter filed on Monday 16 November, the employee dismissed on the spot on
    /// Tuesday the 17th.
    func ordemaatregelLetterFiledThenDismissed() throws -> (TestSchool, Case, DossierEntry) {
        let (school, _, c) = try TestSchool.ordemaatregel("Karin", "Terpstra")
        let letter = try #require(try school.service.fileDrafts(c, "ordemaatregel", limit: 1).first)
        school.clock.set("2026-11-17", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        return (school, c, letter)
    }

    /// The ordemaatregel of 16 November, then a notice with the employee's consent asked.
    func noticeByConsent() throws -> (TestSchool, Case) {
        let (school, _, c) = try TestSchool.ordemaatregel("Karin", "Terpstra")
        try school.service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .consent)
        ).value
        return (school, c)
    }

    /// The employee dismissed on the spot on Wednesday 18 November, for what she did the day before.
    func dismissOnNewFacts(_ school: TestSchool, _ c: Case) throws {
        school.clock.set("2026-11-18", hour: 10)
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .summaryDismissal, reason: "Nieuw feit: op 17 november opnieuw leerlingen benaderd.",
                justification: "Dringend.")
        ).value
    }

    @Test func aSummaryDismissalEndsTheOrdemaatregelsLetterAndTheCourtRequestAsLapsedNotDone() throws {
        let (school, c) = try dismissedOnTheSpot()
        let d = try school.service.cases.detail(c.id)
        for kind in [ObligationKind.precautionaryLetter, .precautionaryEnd, .dismissalCourt] {
            let o = try #require(d.obligations.first { $0.kind == kind })
            let lapse = o.lapse(in: d.facts)
            #expect(o.isDone && lapse?.note.contains("ontslag op staande voet op 17-11-2026") == true, "\(kind)")
        }
        // The save holds together: a step answering two duties wrote its line after the second's
        // event, and `verify` read a line removed (a review).
        #expect(try school.service.integrity.verify().isSound)
        // What the dismissal itself owes stays owed.
        #expect(d.obligations.contains { $0.kind == .urgentReason && !$0.isDone })
        // The case closes once the dismissal's own duty is met, with nothing sent about the ordemaatregel.
        let (_, assessment) = try school.service.cases.detailAndAssessment(c.id)
        #expect(
            !assessment.closeBlockers.contains { $0.nl.contains("Ordemaatregel") || $0.nl.contains("kantonrechter") },
            "\(assessment.closeBlockers.map(\.nl))")
    }

    @Test func noLetterOfAMeasureGoesOutAfterTheEmploymentEndedButTheDismissalsOwn() throws {
        let (school, c) = try dismissedOnTheSpot()
        for id in ["ordemaatregel"] {
            let template = try Fixtures.letters.require(id)
            let drafted = refusal { _ = try school.service.letters.drafts(case: c.id, template: template) }
            #expect(drafted?.kind == .refused, "\(id)")
            #expect(
                drafted?.message.nl.contains("ontslag op staande voet (17-11-2026)") == true,
                "\(String(describing: drafted))")
            let filed = refusal {
                _ = try school.service.letters.file(case: c.id, template: template, body: "Beste Karin,\n\nTekst.")
            }
            #expect(filed?.kind == .refused, "\(id): filed as the director's own text too")
        }
        let own = try Fixtures.letters.require("ontslag-op-staande-voet")
        let body = try school.service.letters.draft(case: c.id, template: own)
            .replacingOccurrences(of: "\n", with: " ")
        // The ordemaatregel of this case, running on the dismissal's day, ends with it.
        #expect(
            body.contains(
                "De ordemaatregel die u met ingang van 16 november 2026 is opgelegd, tot en met 29 november 2026, eindigt met dit ontslag."
            ),
            "\(body)")
    }

    @Test func aWarningIsNotWrittenAfterTheSuspensionItWarnsOf() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Anouk", "Visser", group: "8", parent: "Esther Visser")
        let c = try school.openCase(
            about: pupil, articles: ["A.5"], summary: "Anouk deelde een foto zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming.")).value
        let warning = try Fixtures.letters.require("waarschuwing")
        #expect(try !school.service.letters.drafts(case: c.id, template: warning).isEmpty, "before: written")
        school.clock.set("2026-11-19")
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 3)).value
        let drafted = refusal { _ = try school.service.letters.drafts(case: c.id, template: warning) }
        #expect(drafted?.kind == .refused)
        #expect(drafted?.message.nl.contains("schorsing van 19-11-2026") == true, "\(String(describing: drafted))")
        let filed = refusal {
            _ = try school.service.letters.file(case: c.id, template: warning, body: "Beste ouders,\n\nTekst.")
        }
        #expect(filed?.kind == .refused)
    }

    /// A suspension's letter written after its last day tells what was, not what is to come: it said
    /// "Tijdens de schorsing komt Anouk niet naar school" of days gone by (a legal review).
    @Test func aSuspensionsLetterWrittenAfterItsDaysTellsWhatWas() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Anouk", "Visser", group: "8", parent: "Esther Visser")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Anouk deelde een foto.")
        let step = try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2, justification: "Ernstig.")
        )
        .value.step
        let template = try Fixtures.letters.require("schorsingsbesluit")
        let ahead = try school.service.letters.draft(case: c.id, template: template)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(ahead.contains("Tijdens de schorsing komt Anouk niet naar school"), "\(ahead)")
        let first = try #require(step.startDate)
        let last = try #require(step.endDate)
        school.clock.set(last.adding(days: 3).iso)
        let after = try school.service.letters.draft(case: c.id, template: template)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(after.contains("De schorsing liep van \(first.dutchLong) tot en met \(last.dutchLong)"), "\(after)")
        #expect(!after.contains("Tijdens de schorsing komt"), "\(after)")
    }

    /// A removal revoked is not reported to the Inspectie: the notice reported it as standing, and
    /// said B&W were told on the day of the revocation (a legal review).
    @Test func aRevokedRemovalIsNotReportedToTheInspectie() throws {
        let (school, _, c) = try TestSchool.removalOfDaan(on: "2026-11-16", apart: false)
        school.clock.set("2026-11-20", hour: 10)
        try school.service.cases.removalRevoked(
            c.id, on: Fixtures.date("2026-11-20"), reason: "Het bestuur ziet af van de verwijdering."
        ).value
        let notice = try Fixtures.letters.require("melding-inspectie")
        let refused = refusal { _ = try school.service.letters.drafts(case: c.id, template: notice) }
        #expect(refused?.message.nl.contains("is herroepen") == true, "\(String(describing: refused))")
    }

    /// The decision on an objection to a removal that was revoked says the objection is upheld, the
    /// removal revoked on its day and why, with its source (Awb art. 7:11 lid 2 at an openbare
    /// school): it asked "Gegrond of ongegrond" of a removal already revoked (a legal review).
    @Test func theDecisionOnAnObjectionSaysTheRemovalWasRevoked() throws {
        let (school, _, c) = try TestSchool.removalOfDaan(on: "2026-11-16", apart: false)
        school.clock.set("2026-11-19", hour: 10)
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-19")).value
        school.clock.set("2026-11-26", hour: 10)
        try school.service.cases.removalRevoked(
            c.id, on: Fixtures.date("2026-11-26"), reason: "Daan krijgt begeleiding op school"
        ).value
        let template = try Fixtures.letters.require("beslissing-op-bezwaar")
        let body = try school.service.letters.draft(case: c.id, template: template)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(
            body.contains(
                "Uw bezwaar is gegrond. Wij hebben ons besluit om Daan van school te verwijderen herroepen op 26 november 2026 (Awb art. 7:11 lid 2"
            ), "\(body)")
        #expect(
            body.contains("Daan krijgt begeleiding op school.") && !body.contains("Gegrond of ongegrond"), "\(body)")
    }

    /// An ordemaatregel's letter filed and handed over before the dismissal, recorded as sent after
    /// it, is the duty done: it read "vervallen" beside "persoonlijk overhandigd" (a legal review).
    @Test func aLetterFiledBeforeTheDismissalIsStillRecordedAsSent() throws {
        let (school, c, letter) = try ordemaatregelLetterFiledThenDismissed()
        let before = try school.service.cases.detail(c.id)
        #expect(before.obligations.first { $0.kind == .precautionaryLetter }?.isDone == false)
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-16"), via: .hand, library: Fixtures.letters
        ).value
        let d = try school.service.cases.detail(c.id)
        let duty = try #require(d.obligations.first { $0.kind == .precautionaryLetter })
        #expect(duty.isDone && duty.lapse(in: d.facts) == nil, "\(duty)")
        #expect(try school.service.integrity.verify().isSound)
    }

    /// A notice by consent the employee never gave terminates nothing (BW art. 7:671 lid 1): a
    /// summary dismissal on new facts was refused as "een tweede ontslag", and the consent stayed
    /// owed for good, the case never to be closed (a legal review).
    @Test func aConsentNeverGivenLeavesRoomForASummaryDismissal() throws {
        let (school, c) = try noticeByConsent()
        try dismissOnNewFacts(school, c)
        let d = try school.service.cases.detail(c.id)
        let consent = try #require(d.obligations.first { $0.kind == .dismissalConsent })
        #expect(consent.isDone && consent.lapse(in: d.facts) != nil, "\(consent)")
        #expect(try school.service.integrity.verify().isSound)
    }

    /// An ordemaatregel's letter filed before the dismissal is not recorded as sent after it, and one
    /// never sent lapses when its duty is ticked: it was recorded as handed over the day after the
    /// dismissal, and a letter never sent left the case with no way to close (a legal review).
    @Test func aFiledLetterNeverSentLapsesWhenTickedAndIsNotSentAfterTheDismissal() throws {
        let (school, c, letter) = try ordemaatregelLetterFiledThenDismissed()
        school.clock.set("2026-11-18", hour: 10)
        let late = refusal {
            _ = try school.service.letters.sent(
                entry: letter.id, on: Fixtures.date("2026-11-18"), via: .hand, library: Fixtures.letters
            ).value
        }
        #expect(late?.message.nl.contains("kan daarna niet zijn uitgegaan") == true, "\(String(describing: late))")
        let duty = try school.service.cases.markDone(c.id, obligation: "precautionary-letter").value
        let d = try school.service.cases.detail(c.id)
        let lapsed = try #require(d.obligations.first { $0.id == duty.id })
        #expect(lapsed.isDone && lapsed.lapse(in: d.facts)?.note.contains("ontslag op staande voet") == true)
        #expect(try school.service.integrity.verify().isSound)
    }

    /// A notice given with the employee's consent ends the contract with the notice period (BW art.
    /// 7:672); an urgent reason may end it at once before then (art. 7:677 lid 1): it was refused as
    /// "een tweede ontslag" (a legal review). A second notice still is refused.
    @Test func aSummaryDismissalMayFollowANoticeByConsent() throws {
        let (school, c) = try noticeByConsent()
        try school.service.cases.markDone(c.id, obligation: ObligationKind.dismissalConsent.rawValue).value
        let again = refusal {
            _ = try school.service.cases.step(
                c.id,
                StepRequest(
                    rung: .dismissal, reason: "Nogmaals.", justification: "Ernstig.", route: .kantonrechter)
            ).value
        }
        #expect(again?.message.nl.contains("een tweede ontslag kan niet") == true, "\(String(describing: again))")
        try dismissOnNewFacts(school, c)
        #expect(try school.service.integrity.verify().isSound)
    }
}
