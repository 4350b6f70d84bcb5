import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// The consent to dismissal is a fact on the date it bears (BW art. 7:671 lid 2), on both
/// backends: a server takes its line and verifies it.
@Suite struct ConsentDateTests {
    @Test(arguments: Backend.all)
    func theConsentIsKeptOnItsDate(_ backend: Backend) throws {
        let scratch = Scratch("consent-date")
        let clock = TestClock("2026-11-16")
        let service = try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "KONOT-school", protocolID: "konot",
            account: "directeur", director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles,
            clock: clock.clock)
        let teacher = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .staff, firstName: "Ilse", lastName: "Postma", function: "groepsleerkracht",
                address: PostalAddress(street: "Dorpsstraat 1", postcode: "8011 AA", town: "Zwolle"))
        ).value
        let report = try service.intake.report(
            summary: "Bericht over een ouder.", platform: "X", subjects: [teacher.id]
        )
        .value
        let c = try service.cases.open(
            incident: report.id, subject: teacher.id, articles: ["4"], severity: .severe, summary: "Bericht."
        ).value
        try service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .consent)
        ).value
        // The two working days to tell the employee of the right to revoke are lid 3's, said by that
        // duty's own note: the consent's said them under lid 1 and lid 2 (a legal review).
        let consent = try #require(try service.cases.detail(c.id).obligations.first { $0.kind == .dismissalConsent })
        #expect(!consent.note.contains("twee werkdagen"), "\(consent.note)")
        clock.set("2026-11-23")
        try service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-11-17")
        ).value
        let detail = try service.cases.detail(c.id)
        let notice = try #require(detail.obligations.first { $0.kind == .revocationNotice })
        #expect(notice.note.contains("Binnen twee werkdagen") && notice.note.contains("BW art. 7:671 lid 3"))
        #expect(detail.obligations.first { $0.kind == .consentWithdrawal }?.due.iso == "2026-12-08")
        #expect(detail.facts.contains { $0.kind == .consentGiven && $0.date.iso == "2026-11-17" })
        #expect(try service.integrity.verify().isSound)
    }
}
