import Foundation

/// A stored text (a letter, a note) laid out for a page narrower than it was written for: a
/// letter is wrapped at 78 columns, and at 80 the page has 76, so each of its lines lost a word to
/// a line of its own ("…het gedrag van Sem" / "op", a review). A block of lines between blank
/// lines that does not fit is joined and wrapped anew; one that fits is shown as written (the two
/// spaces between postcode and town, aligned fields), and so is a block with a list or an indented
/// line in it, each line wrapped on its own.
enum TextBlocks {
    /// A line at least this wide was wrapped (a letter wraps at 78): it runs on into the next.
    static let wrapped = 60

    /// `wrappedText`: the text may have been wrapped by hand or by a template (a letter, an e-mail
    /// pasted in), so a wide line may run on into the next; a note typed in casus ends a line only
    /// where its writer pressed Enter ("…café⏎Tweede regel." showed as one line, a review).
    static func lines(_ text: String, width: Int, indent: Int = 2, wrappedText: Bool = true) -> [StyledLine] {
        let room = max(1, width - indent)
        var out: [StyledLine] = []
        var block: [Substring] = []
        let pad = String(repeating: " ", count: indent)
        func flush() {
            defer { block = [] }
            guard !block.isEmpty else { return }
            if block.allSatisfy({ DisplayWidth.of(String($0)) <= room }) {
                out += block.map { StyledLine(pad + $0) }
            } else if wrappedText, block.count > 1, !block.contains(where: isListOrIndented) {
                // Lines run on into the next only where they were wrapped (long): a short heading
                // ("Richtlijn 3A.8 – …") keeps its own line above the quote (a review).
                var run: [String] = []
                func end() {
                    if !run.isEmpty {
                        out += StyledLine.wrapped(run.joined(separator: " "), width: width, indent: indent)
                    }
                    run = []
                }
                for line in block {
                    run.append(line.trimmingCharacters(in: .whitespaces))
                    if !runsOn(line) { end() }
                }
                end()
            } else {
                for line in block { out += StyledLine.wrapped(String(line), width: width, indent: indent) }
            }
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
                out.append(.empty)
            } else {
                block.append(line)
            }
        }
        flush()
        return out
    }

    /// A line that was wrapped runs on into the next: a wide one that does not end a sentence or
    /// a link. A note's lines, each a sentence, were joined into one paragraph, and a link ran on
    /// into the next line's words (a review).
    static func runsOn(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard DisplayWidth.of(trimmed) >= wrapped, let last = trimmed.last else { return false }
        if ".!?:;".contains(last) { return false }
        let lastWord = trimmed.split(separator: " ").last ?? ""
        return !lastWord.contains("://") && !lastWord.hasPrefix("www.")
    }

    /// "- punt", "• punt", "1. punt", "a) punt", or a line that starts with a space.
    static func isListOrIndented(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        if first == " " || first == "\t" || "-•*–".contains(first) { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let head = digits.isEmpty ? line.prefix(1).filter { $0.isLowercase } : digits
        guard !head.isEmpty, head.count <= 3 else { return false }
        let after = line.dropFirst(head.count).first
        return (after == "." || after == ")") && line.dropFirst(head.count + 1).first == " "
    }
}
