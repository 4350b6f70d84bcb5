import Foundation

/// A letter drafted, then edited while someone else changed what it was drafted from (a parent's
/// address, the case's articles): the changes between the old draft and a fresh one, carried into
/// the edited text where the director left those lines as drafted. A letter open in the editor was
/// filed with the address the school had just replaced, citing an article the board had just
/// dropped, without a word (a review).
public enum LetterRefresh {
    /// One run of changed lines: the draft's old lines and the fresh draft's in their place.
    public struct Change: Sendable, Equatable {
        public var old: [String]
        public var new: [String]
        /// The changed line as said to the director: "‘Oudeweg 5’ → ‘Nieuwelaan 99’".
        public var said: String {
            let shown = { (lines: [String]) in
                lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { "‘\($0)’" }
                    .joined(separator: " ")
            }
            let (o, n) = (shown(old), shown(new))
            return o.isEmpty ? "+ \(n)" : n.isEmpty ? "− \(o)" : "\(o) → \(n)"
        }

        /// The first two of some changes, as a status line names them ("…" for more).
        public static func said(_ changes: [Change]) -> String {
            changes.prefix(2).map(\.said).joined(separator: "; ") + (changes.count > 2 ? " …" : "")
        }
    }

    public struct Merge: Sendable, Equatable {
        /// The edited text with every change carried in that could be.
        public var text: String
        /// Carried in: the director's text had these lines as drafted.
        public var carried: [Change]
        /// Not carried: the director had changed those lines (or moved them); theirs to mend.
        public var conflicts: [Change]
    }

    /// A letter's edits carried into the letter of another addressee (`fresh`, drafted from the same
    /// template for the other parent), or nil when that cannot be done cleanly: the lines that
    /// differ between the two drafts (the address block, the salutation) must stand in the edited
    /// text as drafted, and come out as the other's, with nothing added among them.
    public static func carried(edited: String, drafted: String, fresh: String) -> String? {
        let merge = merge(edited: edited, drafted: drafted, fresh: fresh)
        guard merge.conflicts.isEmpty else { return nil }
        // No line inserted into the address block: it would stand in the other's address.
        let block = { (text: String) in Letters.addressBlock(text).map(String.init) }
        guard block(edited) == block(drafted), block(merge.text) == block(fresh) else { return nil }
        // No line written to the first parent by name ("Meneer Dekker, zoals u mij vertelde…"
        // went into the mother's letter, a review): the names of the first letter's addressee
        // that the other's does not share.
        func names(_ text: String) -> Set<String> {
            let lines = lines(text)
            let said = lines.filter { $0.hasPrefix("Geachte") || $0.hasPrefix("Beste") || $0.hasPrefix("Dear") }
            return Set(
                (block(text) + said).flatMap { LetterFields.words($0).split(separator: " ").map(String.init) }
                    .filter { $0.count >= 3 && $0.first?.isLetter == true })
        }
        let first = names(drafted).subtracting(names(fresh))
        let added = Set(lines(edited)).subtracting(lines(drafted))
        guard
            !added.contains(where: { line in
                LetterFields.words(line).split(separator: " ").contains { first.contains(String($0)) }
            })
        else { return nil }
        // Nor a line that names someone the other's letter does not: a first name ("Durk, zoals
        // u mij vertelde…", a review) is in no address block. A capital inside a sentence, or a
        // word addressed ("Durk,"), is taken for a name.
        let known = Set(LetterFields.words(fresh).split(separator: " ").map(String.init))
        if added.contains(where: { !namesIn($0).subtracting(known).isEmpty }) { return nil }
        // Nor an e-mail address or a phone number: the first parent's "durk1979@gmail.com" went
        // into the mother's letter (a fifth review).
        if added.contains(where: { $0.contains("@") || $0.contains(/(\+31|\b0)[0-9][0-9 -]{7,}/) }) { return nil }
        return merge.text
    }

    /// The words of a line written as names: capitalised inside a sentence, or addressed at its
    /// start ("Durk,"), lowercased.
    static func namesIn(_ line: String) -> Set<String> {
        let words = line.split(whereSeparator: \.isWhitespace)
        var out = Set<String>()
        for (i, w) in words.enumerated() {
            guard let first = w.first(where: \.isLetter), first.isUppercase else { continue }
            let previous = i > 0 ? words[i - 1].last : nil
            let startsSentence = i == 0 || previous.map { ".!?:".contains($0) } == true
            if !startsSentence || w.hasSuffix(",") {
                out.formUnion(LetterFields.words(w).split(separator: " ").map(String.init))
            }
        }
        return out
    }

    public static func merge(edited: String, drafted: String, fresh: String) -> Merge {
        let old = lines(drafted), new = lines(fresh)
        var text = lines(edited)
        var carried: [Change] = [], conflicts: [Change] = []
        // Located in the edited text first, applied from the last so that earlier places hold.
        var placed: [(at: Int, length: Int, change: Change)] = []
        // A run of as many lines as it had is taken line by line: a postcode left as drafted is
        // carried in beside a street the director changed (the whole address was theirs to mend, a review).
        let runs = hunks(old, new).flatMap { h -> [(old: Range<Int>, new: Range<Int>)] in
            guard h.old.count == h.new.count, h.old.count > 1 else { return [h] }
            return (0..<h.old.count).map { i in
                (h.old.lowerBound + i..<h.old.lowerBound + i + 1, h.new.lowerBound + i..<h.new.lowerBound + i + 1)
            }
        }
        for hunk in runs {
            let change = Change(old: Array(old[hunk.old]), new: Array(new[hunk.new]))
            // A run of lines is found where it stands as drafted; an insertion after the line before it.
            let (needle, offset) =
                hunk.old.isEmpty
                ? (hunk.old.lowerBound > 0 ? [old[hunk.old.lowerBound - 1]] : [], 1)
                : (change.old, 0)
            let found = needle.isEmpty ? (hunk.old.lowerBound == 0 ? [0] : []) : occurrences(of: needle, in: text)
            guard found.count == 1 else {
                conflicts.append(change)
                continue
            }
            let at = found[0] + offset
            let length = hunk.old.isEmpty ? 0 : change.old.count
            if placed.contains(where: { at < $0.at + max($0.length, 1) && $0.at < at + max(length, 1) }) {
                conflicts.append(change)
                continue
            }
            placed.append((at, length, change))
        }
        for p in placed.sorted(by: { $0.at > $1.at }) {
            text.replaceSubrange(p.at..<(p.at + p.length), with: p.change.new)
            carried.append(p.change)
        }
        carried.reverse()
        return Merge(text: text.joined(separator: "\n"), carried: carried, conflicts: conflicts)
    }

    static func lines(_ s: String) -> [String] {
        s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func occurrences(of needle: [String], in hay: [String]) -> [Int] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        return (0...(hay.count - needle.count)).filter { i in hay[i..<(i + needle.count)].elementsEqual(needle) }
    }

    /// The runs where `a` and `b` differ, by their longest common subsequence of lines (a letter is
    /// some sixty lines: the table is small).
    static func hunks(_ a: [String], _ b: [String]) -> [(old: Range<Int>, new: Range<Int>)] {
        let n = a.count, m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [(old: Range<Int>, new: Range<Int>)] = []
        var i = 0, j = 0, start: (Int, Int)? = nil
        func close() {
            if let (si, sj) = start { out.append((si..<i, sj..<j)) }
            start = nil
        }
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                close()
                i += 1
                j += 1
            } else {
                if start == nil { start = (i, j) }
                if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] { j += 1 } else { i += 1 }
            }
        }
        close()
        return out
    }
}
