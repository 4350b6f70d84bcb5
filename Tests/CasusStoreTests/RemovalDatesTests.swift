import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A removal's later facts are dated after what they follow (a legal review for parents): the
/// removal made final the day before it was decided, a dispute put to the commission before the
/// decision (which paused the term on the objection from then, moving the decision on it days on),
/// and a time-out given the day before what it answered happened.
@Suite struct RemovalDatesTests {
    let scratch = Scratch("removal-dates")

    /// Sem's case with a removal decided on 26 November, its letter sent that day.
    func removed() throws -> (CasusService, TestClock, Case) {
        let (service, clock, _, c) = try DisputeOnEveryBackendTests.semsCase(.sqliteMemory, in: scratch)
        try service.cases.addEntry(c.id, kind: .meeting, body: "Hoorgesprek.", heard: [.teacher, .parents]).value
        clock.set("2026-11-26", hour: 10)
        try service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstig.", justification: "Zeer ernstig voorval.")
        ).value
        let letter = try service.fileDrafts(c, "verwijderingsbesluit", limit: 1)[0]
        try service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-26"), via: .hand, library: Fixtures.letters
        ).value
        return (service, clock, c)
    }

    @Test func theRemovalIsNotFinalBeforeItWasDecided() throws {
        let (service, clock, c) = try removed()
        clock.set("2026-12-01")
        let refused = refusal {
            try service.cases.acceptedElsewhere(c.id, school: "OBS De Vlinder", on: Fixtures.date("2026-11-25")).value
        }
        #expect(
            refused?.message.nl.contains("vóór het verwijderingsbesluit van 26-11-2026") == true,
            "\(String(describing: refused))")
        #expect(try !service.cases.detail(c.id).facts.contains { $0.kind == .otherSchoolAccepted })
        try service.cases.acceptedElsewhere(c.id, school: "OBS De Vlinder", on: Fixtures.date("2026-11-30")).value
    }

    /// The invitation to be heard before the decision is not made after it: filed after the removal,
    /// it said "Er is nog geen besluit genomen" beside the removal it named (a legal review).
    @Test func noInvitationToBeHeardBeforeTheDecisionAfterIt() throws {
        let (service, _, c) = try removed()
        let invite = try Fixtures.letters.require("uitnodiging-hoorgesprek")
        let refused = refusal { _ = try service.letters.drafts(case: c.id, template: invite) }
        #expect(
            refused?.message.nl.contains("de verwijdering is op 26-11-2026 besloten") == true,
            "\(String(describing: refused))")
        #expect(refused?.hint?.nl.contains("uitnodiging-hoorzitting-bezwaar") == true)
    }

    @Test func aDisputeBeforeTheDecisionIsRefusedAndOneBeforeTheObjectionPausesFromIt() throws {
        let (service, clock, c) = try removed()
        clock.set("2026-12-10")
        try service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-10")).value
        let before = refusal { try service.cases.disputeRequested(c.id, on: Fixtures.date("2026-11-20")).value }
        #expect(
            before?.message.nl.contains("vóór het verwijderingsbesluit van 26-11-2026") == true,
            "\(String(describing: before))")
        // Asked on the 1st, before the objection of the 10th: the term pauses from the 10th.
        try service.cases.disputeRequested(c.id, on: Fixtures.date("2026-12-01")).value
        let term = try #require(try service.cases.detail(c.id).obligations.first { $0.kind == .objectionDecision })
        #expect(term.pausedFrom == Fixtures.date("2026-12-10"), "\(String(describing: term.pausedFrom))")
    }

    @Test func aTimeOutIsNotGivenBeforeWhatItAnswered() throws {
        let profiles = ProfileRegistry(try Fixtures.profiles.profiles + [LawWalkTests.timeOutProfile])
        let school = try TestSchool(protocol: "time-out-test", on: "2026-11-30", profiles: profiles)
        let (pupil, _) = try school.pupil("Bram", "Smit", parent: "Joke Smit")
        let service = school.service
        let report = try service.intake.report(
            summary: "Gooide met een stoel.", platform: nil, subjects: [pupil.id],
            happenedOn: Fixtures.date("2026-11-27")
        ).value
        let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["G.1"], severity: nil).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        var early = StepRequest(rung: .timeOut, reason: "Stoel.")
        early.startDate = Fixtures.date("2026-11-26")
        let refused = refusal { try service.cases.step(c.id, early).value }
        #expect(refused?.message.nl.contains("vóór 27-11-2026") == true, "\(String(describing: refused))")
        early.startDate = Fixtures.date("2026-11-27")
        try service.cases.step(c.id, early).value
    }
}
