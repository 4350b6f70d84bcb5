import CasusCore

/// A one-line text input: a reason, a number of days, a search. Keys edit it; it never grows
/// beyond its limit, and it draws its tail when the text is wider than the field.
public struct TextField: Sendable, Equatable {
    public private(set) var text: [Character]
    public private(set) var cursor: Int
    public var limit: Int

    public init(_ text: String = "", limit: Int = 500) {
        self.text = Array(text.prefix(limit))
        self.cursor = self.text.count
        self.limit = limit
    }

    public var value: String { String(text) }

    /// A line break at the cursor (a pasted paragraph's end, in a field that keeps them).
    public mutating func insertLineBreak() {
        guard text.count < limit else { return }
        text.insert("\n", at: cursor)
        cursor += 1
    }

    public var isFull: Bool { text.count >= limit }

    /// Applies an editing key; false when the key is not an editing key (the dialog handles it).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .char(c):
            guard let c = Typed.accept(c) else { return true }
            if cursor > 0, let joined = Typed.join(text[cursor - 1], c) {
                text[cursor - 1] = joined
                return true
            }
            guard text.count < limit else { return true }
            text.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"):
            text.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            text.removeLast(text.count - cursor)
        default:
            return false
        }
        return true
    }

    /// As `handle(_:)`, and a character the field has no room for is said, not dropped in
    /// silence: a 725-character justification pasted into a 500-character field was saved cut, mid
    /// word, into the decision entry and the chain (a review). What the field holds is what is saved.
    public mutating func handle(_ key: Key, _ s: inout AppState) -> Bool {
        let before = text
        let handled = handle(key)
        if case .char = key, isFull, text == before {
            s.say(
                Phrase(
                    "Dit veld is vol (\(limit) tekens): de rest is niet opgenomen. Wat u ziet, wordt opgeslagen; een langere tekst hoort in een notitie.",
                    "This field is full (\(limit) characters): the rest was not taken. What you see is what is saved; a longer text belongs in a note."
                ), error: true)
        }
        return handled
    }

    /// Draws the field with a visible cursor; `focused` shows it underlined.
    public func draw(into c: inout Canvas, x: Int, y: Int, width: Int, focused: Bool) {
        guard width > 0 else { return }
        // Keep the cursor inside the visible part; only that part is measured and drawn. A field
        // not being edited shows its beginning (a prefilled text reads from its first word).
        let start = focused ? DisplayWidth.start(before: cursor, in: text, columns: width) : 0
        let style = Style(underline: true, dim: !focused)
        c.fill(x: x, y: y, width: width, height: 1, style: style)
        // Not being edited and longer than the field: cut with "…", not at a word that read as the
        // whole ("Feiten: Ids heeft … aangemaakt" ended mid-text with nothing to say so, a review).
        let shown =
            focused
            ? DisplayWidth.fitting(text[start...], columns: width) : DisplayWidth.truncate(String(text), to: width)
        c.put(shown, x: x, y: y, style: style, maxX: x + width)
        // Its beginning out of sight is marked, as its end is: "Onderbouwing: huwing doet…" read as
        // a text that lost its start (a review). Home shows it.
        if focused, start > 0, width > 1 {
            c.put("…", x: x, y: y, style: Style(underline: true, dim: true))
        }
        if focused {
            let cx = x + DisplayWidth.of(String(text[start..<cursor]))
            if cx < x + width {
                let under = cursor < text.count ? String(text[cursor]) : " "
                c.put(under, x: cx, y: y, style: Style(reverse: true))
            }
        }
    }
}

extension TextField {
    /// Draws the text over `rows` lines, broken after the last space that fits (inside a word only
    /// when a word is wider than the field), the lines around the cursor shown: a report's "Wat is
    /// er gebeurd?" on one line showed only its tail ("emene tekst erbij…", a review), and broken at
    /// the width it split words ("Hélène z" / "ag").
    public func drawWrapped(into c: inout Canvas, x: Int, y: Int, width: Int, rows: Int, focused: Bool) {
        guard width > 0, rows > 0 else { return }
        // Where each line starts, in characters; the cursor's line.
        var starts = [0]
        var used = 0
        var space: Int?
        for (i, ch) in text.enumerated() {
            if ch == "\n" {
                // A line break the text holds starts a line of its own (a pasted paragraph).
                starts.append(i + 1)
                used = 0
                space = nil
                continue
            }
            let w = DisplayWidth.of(String(ch))
            if used + w > width, i > (starts.last ?? 0) {
                // After the line's last space, the word carried over whole; else at the width.
                let start = space.map { $0 + 1 } ?? i
                starts.append(start)
                used = DisplayWidth.of(String(text[start..<i]))
                space = nil
            }
            if ch == " " { space = i }
            used += w
        }
        // The cursor at the very end of a full line goes to the next line.
        if used >= width, cursor == text.count { starts.append(text.count) }
        let cursorLine = max(0, (starts.lastIndex { $0 <= cursor }) ?? 0)
        let first = focused ? max(0, min(cursorLine - rows + 1, starts.count - rows)) : 0
        let style = Style(underline: true, dim: !focused)
        for r in 0..<rows {
            c.fill(x: x, y: y + r, width: width, height: 1, style: style)
            let n = first + r
            guard n < starts.count else { continue }
            var end = n + 1 < starts.count ? starts[n + 1] : text.count
            if end > starts[n], text[end - 1] == "\n" { end -= 1 }
            c.put(String(text[starts[n]..<end]), x: x, y: y + r, style: style, maxX: x + width)
            if focused, n == cursorLine {
                let cx = x + DisplayWidth.of(String(text[starts[n]..<min(cursor, end)]))
                let under = cursor < text.count && text[cursor] != "\n" ? String(text[cursor]) : " "
                if cx < x + width { c.put(under, x: cx, y: y + r, style: Style(reverse: true)) }
            }
        }
        if !focused, starts.count > rows {
            c.put("…", x: x + width - 1, y: y + rows - 1, style: style)
        }
        // Focused, rows above or below the view are marked at its edge: the facts' first words went
        // out of sight without a sign (a review).
        // Beside it, where there is a column; not over the text.
        if focused, x + width < c.width {
            if first > 0 { c.put("↑", x: x + width, y: y, style: Style(dim: true)) }
            if first + rows < starts.count { c.put("↓", x: x + width, y: y + rows - 1, style: Style(dim: true)) }
        }
    }
}

/// Typed and pasted characters. A terminal delivers pasted text one scalar at a time (the UTF-8
/// decoder makes each a key), so a combining mark, a ZWJ, a variation selector, a Hangul vowel
/// or the second half of a flag arrives as a character of its own: it joins the character
/// before the cursor when the two make one character, as they did in what was pasted.
enum Typed {
    /// What a text may take: everything but what a terminal would obey (TerminalText).
    static func accept(_ c: Character) -> Character? {
        c.unicodeScalars.contains(where: TerminalText.isUnsafe) ? nil : c
    }

    /// `previous` and `c` as one character, when Unicode makes them one.
    static func join(_ previous: Character, _ c: Character) -> Character? {
        let s = String(previous) + String(c)
        return s.count == 1 ? s.first : nil
    }
}
