import CasusCore
@testable import CasusTUI
import Testing

/// The built-in editor shows a long line over as many rows as it needs, broken between words: a
/// paragraph typed as one line ran off the right edge, and what was written before it was out of
/// sight.
@Suite struct EditorWrapTests {
    static let paragraph =
        "Op maandag 30 november heeft de leerling tijdens de pauze met een telefoon foto's gemaakt van "
        + "twee klasgenoten en die zonder hun toestemming in de klassenapp van groep 7 gezet, met een "
        + "spottende tekst eronder. De leerkracht zag het om 10.15 uur en nam de telefoon in bewaring."

    /// A dossier note opened on a pupil's dossier, in the built-in editor.
    static func editor(width: Int = 80, height: Int = 24) throws -> Runtime {
        let rt = try TUIFixture.runtime(width: width, height: height)
        rt.press(.char("3"))
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter, .char("n"))
        try #require(rt.state.stack.last is EditorScreen)
        return rt
    }

    /// The editor's text rows (from row 3, the editor's first, to the footer).
    static func rows(_ rt: Runtime) -> [String] {
        (3..<(rt.state.height - 3)).map { rt.frame.line($0) }
    }

    @Test func aLongParagraphShowsWholeOverRows() throws {
        let rt = try Self.editor()
        rt.type(Self.paragraph)
        let shown = Self.rows(rt).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // Every word on screen, in order, none cut at the edge; the text is still one line.
        #expect(shown.count >= 3, "\(rt.frame.text)")
        #expect(shown.joined(separator: " ") == Self.paragraph, "\(rt.frame.text)")
        #expect(!rt.frame.text.contains("…"), "\(rt.frame.text)")
        #expect(rt.state.topScreen(EditorScreen.self)?.area.value == Self.paragraph)
    }

    @Test func upAndDownMoveARowOnScreen() throws {
        let rt = try Self.editor()
        rt.type(Self.paragraph)
        // Up from the end of the paragraph: the row above, not the line before (there is none).
        rt.press(.up)
        rt.type("§")
        let value = try #require(rt.state.topScreen(EditorScreen.self)?.area.value)
        let at = try #require(value.firstIndex(of: "§"))
        let before = value.distance(from: value.startIndex, to: at)
        #expect(before > 0 && before < Self.paragraph.count - 20, "\(value)")
        // It stands in the row above the last, where the cursor was.
        let rows = Self.rows(rt).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(rows.count >= 3 && rows[rows.count - 2].contains("§"), "\(rt.frame.text)")
        rt.press(.down, .end)
        rt.type("!")
        #expect(rt.state.topScreen(EditorScreen.self)?.area.value.hasSuffix("bewaring.!") == true)
    }

    @Test func aNarrowerWindowWrapsAgainAndKeepsTheCursorInView() throws {
        let rt = try Self.editor(width: 130, height: 40)
        for i in 1...30 {
            if i > 1 { rt.press(.enter) }
            rt.type("regel \(i) " + Self.paragraph.prefix(110))
        }
        rt.send(.event(.resize(width: 80, height: 24)))
        // The cursor's row, the last one written, is on screen after the resize, each line now
        // over two rows.
        #expect(rt.frame.text.contains("regel 30 "), "\(rt.frame.text)")
        let rows = rt.frame.text.split(separator: "\n")
        let last = try #require(rows.firstIndex { $0.contains("regel 30 ") })
        #expect(rows[last + 1].contains("twee klasgenoten"), "\(rt.frame.text)")
        for y in 0..<rt.state.height { #expect(DisplayWidth.of(rt.frame.line(y)) <= 80) }
        rt.type("X")
        #expect(rt.frame.text.contains("X"), "\(rt.frame.text)")
    }

    @Test func aVeryLongLineScrollsSideways() throws {
        var area = TextArea(String(repeating: "woord ", count: 1_000))
        _ = area.handle(.end, page: 10, width: 78)
        area.scroll(rows: 10, width: 78)
        var c = Canvas(width: 80, height: 12)
        area.draw(into: &c, x: 1, y: 0, width: 78, rows: 10)
        // One row, the cursor's end of it: 6,000 characters are not wrapped at every key.
        #expect(area.breaks(0, width: 78) == [0])
        #expect(c.line(0).contains("woord") && c.line(1).trimmingCharacters(in: .whitespaces).isEmpty)
    }
}

/// What the next review of the wrapping editor found.
@Suite struct EditorWrapReviewTests {
    /// A paste of paragraphs goes in at once and shows whole (a megabyte hung the editor for
    /// minutes, a key per character, each breaking its line again).
    @Test func aPastedTextGoesInAtOnce() throws {
        let rt = try EditorWrapTests.editor()
        let paragraph = String(repeating: EditorWrapTests.paragraph + " ", count: 12)
        let text = (1...20).map { "\($0). " + paragraph }.joined(separator: "\n")
        rt.send(.event(.paste(text)))
        let editor = try #require(rt.state.topScreen(EditorScreen.self))
        #expect(editor.area.value == text)
        #expect(editor.area.row == 19 && editor.area.col == editor.area.lines[19].count)
        // The end of what was pasted is in view.
        #expect(rt.frame.text.contains("in bewaring."), "\(rt.frame.text)")
    }

    /// A window made larger shows the text above the cursor, not one row over empty ones.
    @Test func aLargerWindowIsFilled() throws {
        let rt = try EditorWrapTests.editor()
        rt.send(.event(.paste((1...5).map { "Alinea \($0). " + EditorWrapTests.paragraph }.joined(separator: "\n"))))
        rt.send(.event(.resize(width: 120, height: 40)))
        #expect(rt.frame.line(3).contains("Alinea 1."), "\(rt.frame.text)")
        rt.send(.event(.resize(width: 80, height: 24)))
        let rows = EditorWrapTests.rows(rt).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(rows.count == 18, "the view filled: \(rt.frame.text)")
    }

    /// A row is never a lone space, nor wider than the editor.
    @Test func noRowIsALoneSpaceOrTooWide() {
        var area = TextArea(String(repeating: "a", count: 78) + " " + String(repeating: "b", count: 77) + "中cdef")
        area.scroll(rows: 10, width: 78)
        let starts = area.breaks(0, width: 78)
        let line = area.lines[0]
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : line.count
            let shown = String(line[start..<end])
            #expect(shown.trimmingCharacters(in: .whitespaces) != "", "row \(k) is empty: \(starts)")
            #expect(DisplayWidth.of(shown) <= 78, "row \(k) is \(DisplayWidth.of(shown)) wide")
        }
    }
}

/// A paste's edges: cut at a whole character, and a mark it begins with joining the character
/// before the cursor (half a "€" was saved as "�"; a pasted accent stood on its own, the cursor
/// drawn on it out of sight, a review).
@Suite struct PasteEdgeTests {
    @Test func aCutPasteEndsOnAWholeCharacter() {
        var reader = PasteReader()
        for b in Array(String(repeating: "a", count: PasteReader.keep - 1).utf8) + Array("€TAIL".utf8) {
            _ = reader.feed(b)
        }
        for b in EscapeSequence.pasteEnd { _ = reader.feed(b) }
        let (text, cut) = reader.finish()
        #expect(cut && text.count == PasteReader.keep - 1 && !text.contains("\u{FFFD}"))
    }

    @Test func aPastedMarkJoinsTheCharacterBeforeIt() {
        var area = TextArea("cafe")
        _ = area.handle(.end, page: 10, width: 78)
        area.insert("\u{301} bar")
        #expect(area.value == "caf\u{E9} bar" && area.lines[0].count == 8)
    }
}
