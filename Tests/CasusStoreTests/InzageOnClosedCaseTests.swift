import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// An inzage request comes when it comes, often long after the case closed: it was refused on a
/// closed case ("zaak … is gesloten"), and its month went untracked (a review). Its fact, its
/// answer's obligation and ticking that are taken on a closed case, on both backends, and the
/// answer is among the open obligations; nothing else of the case reopens.
@Suite struct InzageOnClosedCaseTests {
    let scratch = Scratch("inzage-closed")

    @Test(arguments: Backend.all)
    func anInzageRequestOnAClosedCaseIsRecordedAndAnswered(_ backend: Backend) throws {
        let clock = TestClock("2026-11-16", hour: 9)
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Ids", lastName: "de Haan", group: "6")
        ).value
        let report = try service.intake.report(
            summary: "Melding van de leerkracht over een nepaccount.", platform: "Instagram", subjects: [pupil.id]
        ).value
        let c = try service.cases.open(
            incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil, flags: CaseFlags(),
            summary: "Ids maakte een nepaccount."
        ).value
        _ = try service.cases.close(c.id, outcome: .unfounded, reason: "Het account was van een ander.").value
        clock.set("2027-01-11")
        let answer = try service.cases.inzageRequest(c.id, receivedOn: Fixtures.date("2027-01-08"), note: "Vader")
            .value
        #expect(answer.kind == .inzageAnswer && answer.due.iso == "2027-02-08")
        #expect(try service.reports.statistics().openObligations.contains { $0.caseID == c.id })
        // Nothing else of the case reopens: no step, no other fact.
        #expect(throws: CasusError.self) {
            try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Alsnog."))
        }
        _ = try service.cases.markDone(c.id, obligation: String(answer.id)).value
        #expect(!(try service.reports.statistics().openObligations.contains { $0.caseID == c.id }))
        #expect(try service.integrity.verify().isSound)
    }
}
