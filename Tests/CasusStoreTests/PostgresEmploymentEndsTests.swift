@testable import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// A summary dismissal ends the employment in every case about the employee, on a server too: a
/// director signed in as themselves dismisses on the spot in one case, and the other's dismissal by
/// consent lapses and its rung moves under the lapse's line (the server held a rung moved only by a
/// decision of the case itself). A lapse with no summary dismissal behind it is refused: a director
/// with psql lapsed a pupil's written suspension decision and an ordemaatregel's letter of an
/// employee never dismissed, and `verify` read it sound (a review).
extension PostgresRoleTests {
    /// A case about the staff member with a dismissal by consent asked.
    func consentCase(_ director: CasusService, _ w: World) throws -> Case {
        let report = try director.intake.report(summary: "Berichten.", platform: nil, subjects: [w.staff.id]).value
        let c = try director.cases.open(incident: report.id, subject: w.staff.id, articles: ["A.5"], severity: .severe)
            .value
        try director.cases.step(
            c.id, StepRequest(rung: .dismissal, reason: "In overleg.", justification: "Ernstig.", route: .consent)
        ).value
        return c
    }

    @Test func aSummaryDismissalLapsesTheOtherCasesDismissalOnTheServer() throws {
        let w = try world()
        let director = try login(w, "founder")
        let first = try consentCase(director, w)
        let report = try director.intake.report(summary: "Opnieuw.", platform: nil, subjects: [w.staff.id]).value
        let second = try director.cases.open(
            incident: report.id, subject: w.staff.id, articles: ["A.5"], severity: .severe
        ).value
        try director.cases.step(
            second.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig.")
        ).value
        let d = try director.cases.detail(first.id)
        #expect(d.record.rung == nil, "\(String(describing: d.record.rung))")
        #expect(d.obligations.first { $0.kind == .dismissalConsent }?.lapse(in: d.facts) != nil)
        #expect(try director.integrity.verify().isSound)
    }

    /// A voornemen left undecided lapses with its term to respond, on a server too.
    @Test func aSummaryDismissalLapsesAVoornemenAndItsTermOnTheServer() throws {
        let w = try world()
        let director = try login(w, "founder")
        let report = try director.intake.report(summary: "Berichten.", platform: nil, subjects: [w.staff.id]).value
        let c = try director.cases.open(incident: report.id, subject: w.staff.id, articles: ["A.5"], severity: .severe)
            .value
        try director.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Berichten.", justification: "Ernstig."))
            .value
        try director.cases.step(
            c.id,
            StepRequest(rung: .summaryDismissal, reason: "Nieuw feit: opnieuw berichten.", justification: "Ernstig.")
        ).value
        let d = try director.cases.detail(c.id)
        let term = try #require(d.obligations.first { $0.kind == .zienswijzeTerm })
        #expect(term.isDone && term.lapse(in: d.facts) != nil, "\(term)")
        #expect(try director.integrity.verify().isSound)
    }

    /// The employee's revocation of their consent is recorded on a server (BW art. 7:671 lid 2 and
    /// 4): it was refused as "een termijn die voor een ander loopt", and the case read "ontslag" for
    /// good (a review).
    @Test func aRevocationOfTheConsentIsRecordedOnTheServer() throws {
        let w = try world()
        let director = try login(w, "founder")
        let c = try consentCase(director, w)
        try director.cases.markDone(c.id, obligation: ObligationKind.dismissalConsent.rawValue).value
        try director.cases.consentRevoked(c.id, on: director.today, reason: "Brief van de werknemer: herroepen.")
            .value
        let d = try director.cases.detail(c.id)
        #expect(d.record.rung == nil && d.facts.contains { $0.kind == .consentRevoked })
        #expect(try director.integrity.verify().isSound)
    }

    @Test func aLapseWithNoSummaryDismissalIsRefusedByTheServer() throws {
        let w = try world()
        let director = try login(w, "founder")
        let staffCase = try consentCase(director, w)
        let (_, pupilCase) = try pupilCase(w)
        for (c, value) in [(staffCase, ObligationKind.dismissalConsent.rawValue), (pupilCase, "suspension-decision")] {
            let refused = refusal {
                _ = try director.session.build { tx in
                    let f = try tx.insert(
                        fact: CaseFact(
                            caseID: c.id, kind: .dutyLapsed, date: tx.now.localDate(), value: value,
                            note: "ontslag op staande voet", at: tx.now, actor: "founder"))
                    try tx.audit(
                        "case.duty-lapsed", person: c.dossierID, case: c.id, detail: "\(c.number) feit \(f.id)")
                }
            }
            #expect(
                refused.contains("vervalt alleen met een ontslag op staande voet"), "\(c.number): \(refused)")
        }
        #expect(!(try director.cases.detail(staffCase.id).facts.contains { $0.kind == .dutyLapsed }))
    }
}
