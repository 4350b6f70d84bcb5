import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A decision revoked no longer stands, and the case's rung on record says so: after a removal
/// revoked on the objection, or a dismissal whose consent the employee revoked (BW art. 7:671 lid
/// 4: the notice is deemed not given), `case list` and the counts kept "verwijdering" and "ontslag"
/// (a review; the server allowed the rung to move only with a decision in the same save).
@Suite struct RevocationRungTests {
    let scratch = Scratch("revocation-rung")

    @Test(arguments: Backend.all)
    func aRevokedRemovalLeavesTheCaseOnTheRungBeforeIt(_ backend: Backend) throws {
        let (service, clock, _, c) = try DisputeOnEveryBackendTests.semsCase(backend, in: scratch)
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje gedeeld.")).value
        clock.set("2026-11-26", hour: 10)
        try service.cases.addEntry(c.id, kind: .meeting, body: "Hoorgesprek.", heard: [.teacher, .parents]).value
        clock.set("2026-11-26", hour: 11)
        try service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstig.", justification: "Zeer ernstig voorval.")
        ).value
        #expect(try service.cases.detail(c.id).record.rung == .removal)
        clock.set("2026-12-10")
        try service.cases.removalRevoked(c.id, on: Fixtures.date("2026-12-10"), reason: "Het bezwaar is gegrond.")
            .value
        let after = try service.cases.detail(c.id)
        #expect(after.record.rung == .warning, "\(String(describing: after.record.rung))")
        #expect(try service.cases.assess(c.id).current == .warning)
        #expect(try service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func aRevokedConsentLeavesTheCaseWithoutTheDismissal(_ backend: Backend) throws {
        let clock = TestClock("2026-11-16", hour: 9)
        let service = try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "Testschool konot", protocolID: "konot",
            account: "directeur", director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles,
            clock: clock.clock)
        let teacher = try service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Ilse", lastName: "Postma", group: "docent")
        ).value
        let report = try service.intake.report(summary: "Online over een ouder.", platform: nil, subjects: [teacher.id])
            .value
        let c = try service.cases.open(incident: report.id, subject: teacher.id, articles: ["4"], severity: .severe)
            .value
        clock.set("2026-11-16", hour: 10)
        try service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .consent)
        ).value
        clock.set("2026-11-23", hour: 10)
        try service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-11-23")
        ).value
        #expect(try service.cases.detail(c.id).record.rung == .dismissal)
        clock.set("2026-11-30", hour: 10)
        try service.cases.consentRevoked(c.id, on: Fixtures.date("2026-11-30"), reason: "Brief van 30-11-2026.").value
        let after = try service.cases.detail(c.id)
        #expect(after.record.rung == nil, "\(String(describing: after.record.rung))")
        // What the revocation ended lapsed, not done: nobody told the employee of the right (a review).
        let notice = try #require(after.obligations.first { $0.kind == .revocationNotice })
        #expect(notice.lapse(in: after.facts)?.kind == .consentRevoked)
        #expect(try service.integrity.verify().isSound)
        // The ladder goes on: a lighter measure may still be taken, and sets the rung again.
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek in plaats van ontslag.")).value
        #expect(try service.cases.detail(c.id).record.rung == .warning)
        // Consent again within six months: it cannot be revoked (BW art. 7:671 lid 5), so no term to
        // revoke it runs and nobody is told of a right she does not have; the case can close (a review).
        clock.set("2026-12-07", hour: 10)
        try service.cases.step(
            c.id,
            StepRequest(
                rung: .dismissal, reason: "Opnieuw, met instemming.", justification: "Ernstig.", route: .consent)
        ).value
        try service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-12-07")
        ).value
        let again = try service.cases.detail(c.id)
        #expect(!again.obligations.contains { !$0.isDone && $0.kind == .revocationNotice })
        let term = try #require(again.obligations.last { $0.kind == .consentWithdrawal })
        #expect(term.lapse(in: again.facts)?.kind == .consentGiven, "\(term)")
        // Said why: the line read "vervallen:  (termijn voor anderen)" (a legal review).
        #expect(
            term.lapse(in: again.facts)?.lapseNote.nl
                == "een instemming binnen zes maanden na een herroeping is niet te herroepen (BW art. 7:671 lid 5)")
        try service.cases.close(c.id, outcome: .founded, reason: "Ontslag met instemming.").value
        #expect(try service.integrity.verify().isSound)
    }
}
