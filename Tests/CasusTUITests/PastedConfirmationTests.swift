import CasusCore
import Foundation
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

    /// Every step is asked once more, a warning as a suspension: each goes into the dossier for good
    /// and opens the next rung. Two pasted lines saved a pupil's warning at the second line end, with
    /// nothing asked (a review).
    @Test func aPastedWarningIsAskedOnceMoreToo() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100)
        let row = try #require(
            try open.first { r in
                guard r.subjectKind == .pupil else { return false }
                return try service.cases.assess(r.id).options.contains { $0.rung == .warning && $0.isAllowed }
            })
        let before = try service.cases.detail(row.id).steps.count
        rt.select(case: row.number)
        rt.press(.enter, .char("+"))
        let dialog = try #require(rt.state.topScreen(StepDialog.self))
        let index = try #require(dialog.options.firstIndex { $0.rung == .warning })
        for _ in 0..<index { rt.press(.down) }
        // Into the reason: in facts being written, Enter is a new line.
        rt.press(.tab, .tab)
        let pasted: [TerminalEvent] = ["Regel A", "Regel B", "Regel C", "Regel D"].flatMap { line in
            line.map { TerminalEvent.key(.char($0)) } + [.key(.enter)]
        }
        rt.loop(on: BlindTerminal(pasted + [.key(.char("q"))]))
        #expect(try service.cases.detail(row.id).steps.count == before, "recorded without being asked")
        #expect(rt.state.status?.text.contains("blijvend") == true, "\(rt.state.status?.text ?? "")")
        rt.press(.enter)
        #expect(try service.cases.detail(row.id).steps.count == before + 1)
    }
}

/// A terminal that plays keys, each after its pause (milliseconds), and drops those waiting when asked.
final class PacedTerminal: TerminalPort {
    var events: [(pause: UInt32, event: TerminalEvent)]
    init(_ events: [(UInt32, TerminalEvent)]) { self.events = events.map { (pause: $0.0, event: $0.1) } }
    var size: (width: Int, height: Int) { (80, 24) }
    func draw(_ canvas: Canvas) {}
    func nextEvent(timeout: Int) -> TerminalEvent {
        guard !events.isEmpty else { return .hangup }
        let next = events.removeFirst()
        usleep(next.pause * 1000)
        return next.event
    }
    func edit(_ text: String, editor: String) -> EditorOutcome { .noFile }
}

@Suite struct DoubleEnterTests {
    /// A double Enter from habit, 150 ms apart, answered the question before it could be read, and
    /// closed a case for good (a review); an Enter once it has been on the screen answers it.
    @Test(arguments: [(UInt32(150), false), (UInt32(600), true)])
    func anEnterBeforeTheQuestionCouldBeReadDoesNotAnswerIt(_ pause: UInt32, _ closes: Bool) throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100)
        let row = try #require(try open.first { try service.cases.assess($0.id).closeBlockers.isEmpty })
        rt.select(case: row.number)
        rt.press(.enter, .char("s"), .down, .enter)  // ongegrond
        rt.type("Niet deze leerling.")
        rt.loop(on: PacedTerminal([(0, .key(.enter)), (pause, .key(.enter))]))
        #expect(try service.cases.detail(row.id).record.status == (closes ? .closed : .open), "Enter after \(pause) ms")
    }

    /// Another key at the step's question goes back to the fields, typed into none of them: an `n`
    /// was saved at the end of the justification (a review).
    @Test func anotherKeyAtTheStepsQuestionTypesNothing() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        var dialog = StepDialog(caseID: 1, kind: .pupil, options: [])
        dialog.confirming = true
        var s = rt.state
        _ = dialog.input(.char("n"), &s)
        #expect(!dialog.confirming && s.status?.text.contains("Niet vastgelegd") == true)
    }
}
