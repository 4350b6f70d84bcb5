import CasusCore
import CasusTestSupport
@testable import CasusTUI
import Testing

/// `o` on a written decision (or on another school, after a pupil left) asks which entry shows it
/// done: the command line's `--entry` was the only way, and `o` refused with its advice (a review).
@Suite struct TickWithEntryTests {
    @Test func aWrittenDecisionIsTickedWithALetterPickedOnTheScreen() throws {
        let (rt, service, c) = try LegalFactsTests.openCase(CaseFlags())
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gedeeld.")).value
        try service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        func tickDecision() throws {
            rt.press(.char("o"))
            let picker = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.frame.text)")
            let decision = try #require(
                picker.items.firstIndex { $0.label.hasPrefix(ObligationKind.suspensionDecision.label.nl) })
            for _ in 0..<decision { rt.press(.down) }
            rt.press(.enter)
        }
        // No letter yet: said what to do, nothing ticked.
        try tickDecision()
        #expect(
            rt.state.status?.text.contains("is een brief: schrijf hem met c") == true,
            "\(rt.state.status?.text ?? "-") \(rt.frame.text)")
        // A letter of another template, sent: offered, picked, refused by the store as not the decision's.
        let t = try Fixtures.letters.require("uitnodiging-gesprek")
        let body = try service.letters.drafts(case: c.id, template: t)[0].body.replacingOccurrences(
            of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
        let invitation = try service.letters.file(case: c.id, template: t, body: body).value.entry
        _ = try service.letters.sent(entry: invitation.id, on: service.today, via: .hand, library: Fixtures.letters)
            .value
        rt.press(.escape)
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        try tickDecision()
        let entries = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.frame.text)")
        #expect(entries.items.contains { $0.id == String(invitation.id) }, "\(entries.items)")
        rt.press(.enter)
        #expect(
            rt.state.status?.text.contains("is geen brief ‘schorsingsbesluit’") == true,
            "\(rt.state.status?.text ?? "")")
        #expect(try service.cases.detail(c.id).obligations.contains { $0.kind == .suspensionDecision && !$0.isDone })
    }
}
