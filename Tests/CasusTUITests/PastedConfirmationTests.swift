import CasusCore
import CasusDemo
@testable import CasusTUI
import Testing
import CasusTestSupport

/// A question asked once more before a decision is saved for good is answered by a key pressed
/// after it was asked, not by one already waiting: a paragraph pasted with its blank line (a
/// terminal or ssh client that does not bracket pastes) raised "Enter legt het vast, blijvend"
/// with its first line end and answered it with its second, and a pupil's suspension was recorded
/// unconfirmed (a review).
@Suite struct PastedConfirmationTests {
    @Test func keysWaitingWhenTheQuestionIsAskedDoNotAnswerIt() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100)
        let row = try #require(try open.first { try service.cases.assess($0.id).closeBlockers.isEmpty })
        rt.select(case: row.number)
        rt.press(.enter, .char("s"), .down, .enter)  // ongegrond
        // The reason pasted with two line ends: the first asks, the second waits in the terminal.
        let pasted: [TerminalEvent] = "Niet deze leerling.".map { .key(.char($0)) } + [.key(.enter), .key(.enter)]
        let terminal = BlindTerminal(pasted + [.key(.char("q"))])
        rt.loop(on: terminal)
        #expect(try service.cases.detail(row.id).record.status == .open, "the waiting Enter answered the question")
        #expect(terminal.discarded >= 1)
        #expect(rt.state.status?.text.contains("Enter sluit haar, blijvend") == true, "\(rt.state.status?.text ?? "")")
        // Asked, and then answered by a key pressed after it.
        rt.press(.enter)
        #expect(try service.cases.detail(row.id).record.status == .closed)
    }
}
