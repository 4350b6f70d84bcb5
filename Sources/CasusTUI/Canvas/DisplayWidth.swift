/// How many terminal columns a character takes: 0 for combining marks and controls, 2 for wide
/// East Asian characters and emoji, 1 otherwise. Computed here, not by the C library, so that it
/// does not depend on the process's locale and the Canvas looks the same in tests and terminals.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isWide(v) || first.properties.isEmojiPresentation { return 2 }
        return 1
    }

    public static func of(_ s: String) -> Int { simpleWidth(s) ?? s.reduce(0) { $0 + of($1) } }

    /// Most of what casus draws (Dutch text, digits, "·", "…", arrows, box and block characters)
    /// is one column per scalar, and no such scalar joins another into one character: then the
    /// width is the scalar count, without breaking the text into characters (a tenth of the work).
    /// nil when any scalar needs the full rules.
    @inline(__always)
    static func simpleWidth(_ s: String) -> Int? {
        var n = 0
        for u in s.unicodeScalars {
            guard isSimple(u.value) else { return nil }
            n += 1
        }
        return n
    }

    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        (0x20..<0x7F).contains(v) || (0xA0..<0x300).contains(v) || (0x2010..<0x2028).contains(v)
            || (0x2030..<0x2060).contains(v) || (0x2190..<0x2300).contains(v) || (0x2500..<0x25A0).contains(v)
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `s` that fits in `columns`, with "…" when cut.
    public static func truncate(_ s: String, to columns: Int, ellipsis: Bool = true) -> String {
        guard columns > 0 else { return "" }
        if let n = simpleWidth(s) {
            if n <= columns { return s }
            let room = ellipsis ? columns - 1 : columns
            let end = s.unicodeScalars.index(s.startIndex, offsetBy: max(0, room))
            let cut = String(s.unicodeScalars[..<end])
            return ellipsis ? cut + "…" : cut
        }
        if of(s) <= columns { return s }
        var out = ""
        var used = 0
        let room = ellipsis ? columns - 1 : columns
        for c in s {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return ellipsis ? out + "…" : out
    }

    /// `s` cut or padded with spaces to exactly `columns`.
    public static func fit(_ s: String, to columns: Int) -> String {
        let t = truncate(s, to: columns)
        return t + String(repeating: " ", count: max(0, columns - of(t)))
    }

    /// Word-wraps text into lines of at most `columns`; long words are broken. One pass over
    /// the text: each word's width is measured once, and a word longer than a line is broken
    /// character by character as it is read (a 40,000-character link wraps at once).
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var width = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let ww = of(String(word))
                if width > 0, width + 1 + ww > columns {
                    lines.append(line)
                    line = ""
                    width = 0
                }
                if ww <= columns {
                    if width > 0 {
                        line += " "
                        width += 1
                    }
                    line += word
                    width += ww
                    continue
                }
                for ch in word {
                    let cw = of(ch)
                    if width > 0, width + cw > columns {
                        lines.append(line)
                        line = ""
                        width = 0
                    }
                    line.append(ch)
                    width += cw
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The characters of `chars[from...]` that fit in `columns`, found by walking only as far as
    /// they reach (a field or editor line draws its visible part, however long the text).
    public static func fitting(_ chars: ArraySlice<Character>, columns: Int) -> String {
        var out = ""
        var used = 0
        for ch in chars {
            let w = of(ch)
            if used + w > columns { break }
            out.append(ch)
            used += w
        }
        return out
    }

    /// The first index from which `chars[index..<end]` is narrower than `columns`: where a field
    /// starts drawing so that its cursor at `end` shows. Walks back from the cursor only.
    public static func start(before end: Int, in chars: [Character], columns: Int) -> Int {
        var start = end
        var used = 0
        while start > 0 {
            let w = of(chars[start - 1])
            if used + w >= columns { break }
            used += w
            start -= 1
        }
        return start
    }
}
