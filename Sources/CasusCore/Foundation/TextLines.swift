/// A text as lines and the breaks between them, each break as it was written: "\r\n" (a letter
/// written on Windows), "\n", "\r", or a Unicode line or paragraph separator. Swift's "\n"
/// Character is not "\r\n" (one Character of its own), and a letter written so was one line to a
/// split on "\n": its address block was not found, and an export kept the other parent's address
/// (a review). Joined again, the text is as it was, but the lines changed.
struct TextLines {
    var lines: [String]
    /// The break after each line; the last line's is "" (the text's end).
    var breaks: [String]

    static let separators: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    init(_ text: String) {
        lines = []
        breaks = []
        var line = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let s = pending {
            pending = scalars.next()
            guard Self.separators.contains(s) else {
                line.append(s)
                continue
            }
            var brk = String(s)
            if s == "\r", pending == "\n" {
                brk += "\n"
                pending = scalars.next()
            }
            lines.append(String(line))
            breaks.append(brk)
            line = String.UnicodeScalarView()
        }
        lines.append(String(line))
        breaks.append("")
    }

    /// Replaces lines `range` with one line, which ends as the last of them did.
    mutating func replace(_ range: Range<Int>, with line: String) {
        guard !range.isEmpty else {
            lines.insert(line, at: range.lowerBound)
            breaks.insert(breaks[range.lowerBound - 1], at: range.lowerBound)
            return
        }
        let end = breaks[range.upperBound - 1]
        lines.replaceSubrange(range, with: [line])
        breaks.replaceSubrange(range, with: [end])
    }

    var joined: String {
        zip(lines, breaks).map { $0 + $1 }.joined()
    }
}
