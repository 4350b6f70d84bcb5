/// A search hit's snippet, made from its text in one pass: about `words` words around the place
/// where the most of the searched words stand together, the hits between `SearchHit.hitStart`
/// and `hitEnd`, "…" where the text goes on. FTS5's own `snippet()` on the tables casus keeps
/// without positions (detail=none) scored every window against every hit: a 16,000-word report
/// of one repeated word took 5.7 s and a 40,000-word one over ten minutes, the full screen's
/// search frozen meanwhile (a review). Linear in the text (which the store caps).
public enum SearchSnippet {
    /// Whether every searched word stands in the text, as a word (or a word's start, `prefix`),
    /// split and folded as `make` reads it.
    public static func containsAll(_ text: String, terms: [String], prefix: Bool) -> Bool {
        var missing = Set(terms.filter { !$0.isEmpty })
        guard !missing.isEmpty else { return true }
        forEachWord(in: text) { range in
            let folded = String(text[range]).folded
            missing = missing.filter { prefix ? !folded.hasPrefix($0) : folded != $0 }
            return !missing.isEmpty
        }
        return missing.isEmpty
    }

    /// The text's words, runs of letters and digits, in order, until `body` answers false.
    static func forEachWord(in text: String, _ body: (Range<String.Index>) -> Bool) {
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            if text[i].isLetter || text[i].isNumber {
                if start == nil { start = i }
            } else if let s = start {
                start = nil
                guard body(s..<i) else { return }
            }
            i = text.index(after: i)
        }
        if let s = start { _ = body(s..<text.endIndex) }
    }

    public static func make(_ text: String, terms: [String], prefix: Bool, words: Int = 16) -> String {
        let wanted = terms.filter { !$0.isEmpty }
        // The text's words: where each stands, and which searched word it is, if any.
        var tokens: [(range: Range<String.Index>, term: Int?)] = []
        forEachWord(in: text) { range in
            let folded = String(text[range]).folded
            tokens.append((range, wanted.firstIndex { prefix ? folded.hasPrefix($0) : folded == $0 }))
            return true
        }
        guard !tokens.isEmpty else { return "" }
        let size = max(1, words)
        // The window of `size` words with the most different searched words in it (the first such).
        var counts = [Int](repeating: 0, count: wanted.count)
        var distinct = 0
        var best = (start: 0, distinct: -1)
        for (k, token) in tokens.enumerated() {
            if let t = token.term {
                if counts[t] == 0 { distinct += 1 }
                counts[t] += 1
            }
            let first = k - size + 1
            if first > 0, let t = tokens[first - 1].term {
                counts[t] -= 1
                if counts[t] == 0 { distinct -= 1 }
            }
            if first >= 0 || k == tokens.count - 1, distinct > best.distinct {
                best = (max(0, first), distinct)
            }
        }
        // The window starts a few words before its first hit, not with the hit as its last word: a
        // list shows the snippet's start, and the hit was cut off the line (a review). Moving it on
        // keeps every hit it held (they stand after the first).
        let firstHit = tokens[best.start..<min(tokens.count, best.start + size)].firstIndex { $0.term != nil }
        // A window kept full: a short text is shown whole.
        let from = min(firstHit.map { max(best.start, $0 - 3) } ?? best.start, max(best.start, tokens.count - size))
        let to = min(tokens.count, from + size)
        var out = from > 0 ? "…" : ""
        // The text before the first word and after the last is kept where the snippet reaches it.
        var cursor = from == 0 ? text.startIndex : tokens[from].range.lowerBound
        for token in tokens[from..<to] {
            out += text[cursor..<token.range.lowerBound]
            out +=
                token.term == nil
                ? String(text[token.range]) : SearchHit.hitStart + text[token.range] + SearchHit.hitEnd
            cursor = token.range.upperBound
        }
        out += to < tokens.count ? "…" : String(text[cursor...])
        return out
    }
}
