import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// At an openbare primary school the term to decide on an objection to a removal runs from the
/// end of the objection period (WPO art. 63 lid 3). The Geschillencommissie's pause counted from
/// the parents' request, also when the term had not begun: asked during the objection period, the
/// decision was due 40 days after the opinion, where four weeks were left (a parents' lawyer).
@Suite struct TermsThatHadNotBegunTests {
    /// Sem removed on 26 November (objection period to 7 January, decide by 4 February), the
    /// objection on 10 December, the commission asked on the 15th.
    func removedAndDisputed() throws -> (TestSchool, Case) {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-26",
            record: SchoolRecordChange(sector: .po, denomination: .openbaar))
        let (pupil, _) = try school.pupil("Sem", "Vos", parent: "Rob Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        school.clock.set("2026-11-26", hour: 9)
        try school.heard(c, [.teacher, .parents])
        school.clock.set("2026-11-26", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstig.", justification: "Zeer ernstig voorval.")
        ).value
        school.clock.set("2026-12-10")
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-10")).value
        let o = try #require(try school.obligations(c).first { $0.kind == .objectionDecision })
        #expect(o.due.iso == "2027-02-04", "\(o.due)")
        school.clock.set("2026-12-15")
        try school.service.cases.disputeRequested(c.id, on: Fixtures.date("2026-12-15"))
        return (school, c)
    }

    @Test func anOpinionAfterThePeriodLeavesTheWholeFourWeeks() throws {
        let (school, c) = try removedAndDisputed()
        school.clock.set("2027-02-01")
        try school.service.cases.disputeOpinion(c.id, on: Fixtures.date("2027-02-01"), outcome: "Zorgvuldig.")
        let o = try #require(try school.obligations(c).first { $0.kind == .objectionDecision })
        // Four weeks from the opinion: none of them had run when the commission was asked.
        #expect(o.pausedFrom == nil && o.due.iso == "2027-03-01", "\(o.due)")
    }

    @Test func anOpinionWithinThePeriodMovesNothing() throws {
        let (school, c) = try removedAndDisputed()
        school.clock.set("2027-01-05")
        try school.service.cases.disputeOpinion(c.id, on: Fixtures.date("2027-01-05"), outcome: "Zorgvuldig.")
        let o = try #require(try school.obligations(c).first { $0.kind == .objectionDecision })
        #expect(o.pausedFrom == nil && o.due.iso == "2027-02-04", "\(o.due)")
    }
}
