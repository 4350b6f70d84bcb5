import Foundation

/// The one rule for user text on its way to a terminal (DESIGN.md §10): a report, a name, a
/// file name or a value quoted in a message may hold bytes that a terminal obeys instead of
/// showing — `ESC ] 52 ; c ; … BEL` writes the clipboard, `ESC ] 0 ; … BEL` the window title,
/// `CSI` sequences move the cursor or repaint, and the bidi overrides make text read in
/// another order than it is stored ("Trojan Source"). Such a scalar is never passed on: it is
/// shown as U+FFFD REPLACEMENT CHARACTER (�), one column wide in every terminal font, so the
/// reader sees that something was there and nothing is hidden or obeyed. (Caret notation such as
/// `^[` was considered: it has no form for the bidi controls and reads as text that was typed.)
///
/// Neutralised: the C0 controls U+0000–U+001F (line feed and tab are kept where the layout
/// needs them), DEL U+007F, the C1 controls U+0080–U+009F (a lone 0x9B is a CSI in some
/// terminals), the bidi embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069 and
/// the direction marks U+200E, U+200F and U+061C (`isBidiControl`), what shows as nothing standing
/// alone (`isBlank`: a zero-width space, a soft hyphen), a tag that is no flag's and the Hangul
/// compatibility fillers (`drawn`). Everything else passes:
/// letters and marks of every script, ZWJ and ZWNJ, emoji.
///
/// The CLI applies it once, in `Output` and the error printer; the TUI's Canvas draws the same
/// scalars as U+FFFD cell by cell; `--json` leaves them to JSON's escapes (`escapingJSON`).
public enum TerminalText {
    /// What a neutralised scalar is shown as.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether a terminal would obey this scalar rather than show it (see the type's comment).
    @inline(__always)
    public static func isUnsafe(_ v: UInt32) -> Bool {
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        if v < 0xA0 { return true }
        return isBidiControl(v)
    }

    /// What sets or turns the writing direction: the embeddings and overrides, the isolates, and the
    /// marks (U+200E LRM, U+200F RLM, U+061C ALM). One-line texts refuse them (StoredText); in a
    /// report's or a note's text they are kept, and shown as � (the command line printed the marks
    /// raw, the full screen dropped them unseen).
    @inline(__always)
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// What shows as nothing at all: the soft hyphen U+00AD, the combining grapheme joiner U+034F,
    /// the zero-width space U+200B, the word joiner U+2060, the invisible operators U+2061–2064,
    /// the deprecated format characters U+206A–206F, U+FEFF, the Khmer inherent vowels U+17B4–17B5,
    /// the Mongolian variation selectors and vowel separator U+180B–180E, the Hangul fillers
    /// (U+115F, U+1160, U+3164, U+FFA0), the braille blank U+2800, the interlinear annotation
    /// marks U+FFF9–FFFB, the musical format characters U+1D173–1D17A and the tag characters
    /// U+E0000–E007F. "Noor\u{200B} Peters" reads as "Noor Peters" and is another name to search,
    /// sort and compare: a one-line text (a name, a title) refuses them (StoredText). ZWJ and ZWNJ
    /// are kept: they join letters in some scripts and make up emoji.
    @inline(__always)
    public static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0xAD, 0x34F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180E, 0x200B, 0x2060...0x2064, 0x206A...0x206F,
            0x2800, 0x3164, 0xFEFF, 0xFFA0, 0xFFF9...0xFFFB, 0x1D173...0x1D17A, 0xE0000...0xE007F:
            true
        default: false
        }
    }

    /// What is shown as � in a text read on a terminal: what a terminal obeys, and what shows as
    /// nothing (a report's or a note's text keeps them as written; a reader sees that something is
    /// there: "bed\u{200B}reiging" read as "bedreiging", and a search for that did not find it).
    /// Of the invisible ones, those that stand alone: not the Hangul fillers, the tag characters
    /// (a flag's), the grapheme joiner or the Mongolian and Khmer marks, which are part of a
    /// letter or an emoji they stand in.
    @inline(__always)
    public static func isHidden(_ u: Unicode.Scalar) -> Bool { isUnsafe(u.value) || isBlank(u.value) }

    /// A character as it is drawn: what of it shows, and whether something of it is hidden (drawn
    /// as � after what shows). Hidden: what `isHidden` names; a tag character that is not part of a
    /// flag (after 🏴); the Hangul fillers U+3164 and U+FFA0; and a character of nothing but
    /// invisible scalars (a lone Hangul filler). "bed" and two tags read as "bed" and were not found
    /// by a search for the word they hid in (a review).
    public static func drawn(_ c: Character) -> (shown: String, hides: Bool) {
        if let a = c.asciiValue { return a >= 0x20 && a != 0x7F ? (String(c), false) : ("", true) }
        let scalars = c.unicodeScalars
        let flag = scalars.first?.value == 0x1F3F4
        func hidden(_ u: Unicode.Scalar) -> Bool {
            let v = u.value
            return isHidden(u) || v == 0x3164 || v == 0xFFA0 || ((0xE0000...0xE007F).contains(v) && !flag)
        }
        if scalars.allSatisfy({ isInvisible($0.value) }) { return ("", true) }
        // Built only for a character that hides something: DisplayWidth asks this of every
        // character of more than one scalar it measures.
        guard scalars.contains(where: hidden) else { return (String(c), false) }
        return (String(String.UnicodeScalarView(scalars.filter { !hidden($0) })), true)
    }

    @inline(__always)
    public static func isBlank(_ v: UInt32) -> Bool {
        switch v {
        case 0xAD, 0x200B, 0x2060...0x2064, 0x206A...0x206F, 0x2800, 0xFEFF, 0xFFF9...0xFFFB, 0x1D173...0x1D17A: true
        default: false
        }
    }

    /// A text as one line: its line ends and tabs as spaces (a list's row, wherever it is drawn).
    public static func oneLine(_ text: String) -> String {
        func breaks(_ c: Character) -> Bool { c.isNewline || c == "\t" }
        return text.contains(where: breaks) ? text.split(whereSeparator: breaks).joined(separator: " ") : text
    }

    @inline(__always)
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool { isUnsafe(u.value) }

    /// `text` with every unsafe scalar replaced by U+FFFD. `keepLayout`: line feeds and tabs
    /// stay (plain output lays out lines and columns with them), and a carriage return is the line
    /// end it means (CRLF one, CR alone one); a carriage return never stays, since it moves the
    /// cursor back over what was printed. One pass; the text itself is
    /// returned when there is nothing to replace (the usual case).
    public static func neutralised(_ text: String, keepLayout: Bool = true) -> String {
        // And, as the screen draws them (`drawn`), a tag that is no flag's and a Hangul filler
        // of the compatibility and halfwidth forms.
        var previous: UInt32 = 0
        func bad(_ u: Unicode.Scalar) -> Bool {
            let v = u.value
            defer { previous = (0xE0000...0xE007F).contains(v) && previous == 0x1F3F4 ? 0x1F3F4 : v }
            if (0xE0000...0xE007F).contains(v) { return previous != 0x1F3F4 }
            if v == 0x3164 || v == 0xFFA0 { return true }
            return isHidden(u) && !(keepLayout && (u == "\n" || u == "\t"))
        }
        // Fast path over the bytes: ASCII printable (bar LF and tab where kept) throughout.
        var clean = true
        for b in text.utf8 where b < 0x20 || b >= 0x7F {
            if b >= 0x7F || !(keepLayout && (b == 0x0A || b == 0x09)) {
                clean = false
                break
            }
        }
        if clean { return text }
        if !text.unicodeScalars.contains(where: { bad($0) || $0 == "\r" }) { return text }
        previous = 0
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in text.unicodeScalars {
            // Laid out, a text's CRLF or lone CR (a Windows or an old Mac file, stored as written)
            // is the line end it means: not U+FFFD at every line's end.
            if keepLayout, u == "\r" || (u == "\n" && afterCR) {
                if u == "\r" { out.append("\n") }
                afterCR = u == "\r"
                continue
            }
            afterCR = false
            out.append(bad(u) ? replacement : u)
        }
        return String(out)
    }

    /// JSON as JSONEncoder writes it, with the scalars that JSON allows raw but a terminal
    /// obeys (DEL, C1, the bidi controls) written as `\u` escapes. They can only stand inside
    /// strings (JSON's own syntax is ASCII), so the document means exactly what it meant.
    public static func escapingJSON(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var i = 0
        var out: [UInt8] = []
        var copied = 0
        func escape(_ v: UInt32, length: Int) {
            out.append(contentsOf: bytes[copied..<i])
            out.append(contentsOf: Array(String(format: "\\u%04x", v).utf8))
            i += length
            copied = i
        }
        while i < bytes.count {
            let b = bytes[i]
            // Below 0x20 only JSON's own whitespace stands raw: JSONEncoder escapes it in strings.
            if b == 0x7F {
                escape(0x7F, length: 1)
            } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                escape(UInt32(bytes[i + 1]), length: 2)
            } else if b == 0xE2, i + 2 < bytes.count {
                let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                // And what shows as nothing (U+200B, U+2060): written as an escape a reader sees.
                if isUnsafe(v) || isBlank(v) { escape(v, length: 3) } else { i += 1 }
            } else if b == 0xD8, i + 1 < bytes.count, bytes[i + 1] == 0x9C {
                escape(0x061C, length: 2)
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAD {
                escape(0xAD, length: 2)
            } else if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                escape(0xFEFF, length: 3)
            } else {
                i += 1
            }
        }
        if copied == 0 { return data }
        out.append(contentsOf: bytes[copied...])
        return Data(out)
    }
}
