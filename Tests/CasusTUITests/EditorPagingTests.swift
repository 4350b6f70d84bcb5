import CasusCore
@testable import CasusTUI
import Testing

/// PgDn and PgUp in the built-in editor turn the view a page, the cursor with it.
@Suite struct EditorPagingTests {
    static let text = (1...60).map { "regel \($0)" }.joined(separator: "\n")

    @Test func pageDownTurnsTheViewAPage() {
        var area = TextArea(Self.text)
        let rows = 18
        _ = area.handle(.pageDown, page: rows - 1, width: 78)
        area.scroll(rows: rows, width: 78)
        // The first PgDn moved the view one line (the cursor to its bottom).
        #expect(area.top.line == 17 && area.row == 17)
        _ = area.handle(.pageDown, page: rows - 1, width: 78)
        _ = area.handle(.pageDown, page: rows - 1, width: 78)
        _ = area.handle(.pageDown, page: rows - 1, width: 78)
        area.scroll(rows: rows, width: 78)
        // At the end the last page is full, the cursor on the last line.
        #expect(area.row == 59 && area.top.line == 60 - rows)
        _ = area.handle(.pageUp, page: rows - 1, width: 78)
        area.scroll(rows: rows, width: 78)
        #expect(area.row == 42 && area.top.line == 25)
    }

    /// On the screen: 80×24 shows 18 lines of text; PgDn shows the next page, its first line
    /// the last line of the page before.
    @Test func theEditorShowsTheNextPageOnPgDn() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("3"))
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter, .char("n"))
        try #require(rt.state.stack.last is EditorScreen)
        for (i, line) in Self.text.split(separator: "\n").enumerated() {
            if i > 0 { rt.press(.enter) }
            rt.type(String(line))
        }
        for _ in 0..<60 { rt.press(.up) }
        #expect(rt.frame.line(3).contains("regel 1 "), "\(rt.frame.text)")
        rt.press(.pageDown)
        #expect(rt.frame.line(3).contains("regel 18") && rt.frame.line(20).contains("regel 35"), "\(rt.frame.text)")
    }
}
