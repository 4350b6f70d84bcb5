import Foundation

/// Where the chains stood when a document left casus: the dossier's head (its last entry, or the
/// letter itself) and the event chain's head. Printed on every letter, PDF and export, so a paper
/// or a file can later be held against the database (`casus verify --against FILE`): is this what
/// the chain holds, and has the chain moved on since? The line is the same in both languages
/// apart from its words, and its numbers and hashes are what a reader (or `pdftotext`) copies.
public struct Seal: Sendable, Hashable {
    /// A letter's seal names the letter's own entry, whose words the document must carry; a
    /// dossier's (an export) names the dossier's head.
    public enum Document: Sendable, Hashable { case letter, dossier }
    public var document: Document
    public var dossier: PersonID
    /// The dossier's head: its last entry's seq and hash (genesis: 0 and the genesis hash).
    public var entry: ChainHead
    /// The event chain's head when the document was made.
    public var event: ChainHead

    public init(_ document: Document = .dossier, dossier: PersonID, entry: ChainHead, event: ChainHead) {
        self.document = document
        self.dossier = dossier
        self.entry = entry
        self.event = event
    }

    /// The printed line.
    public var line: Phrase {
        let letter = document == .letter
        return Phrase(
            "casus-ketenkop: \(letter ? "brief, " : "")dossier \(dossier), stuk \(entry.seq) \(entry.hash), gebeurtenis \(event.seq) \(event.hash)",
            "casus chain head: \(letter ? "letter, " : "")dossier \(dossier), entry \(entry.seq) \(entry.hash), event \(event.seq) \(event.hash)"
        )
    }

    /// A document's text with every run of whitespace one space: a PDF breaks a printed line
    /// (and a hash) wherever its column ends. Seals and checkpoints are read from this.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Every seal in a document's text, in either language. Whitespace (a PDF's line breaks) may
    /// fall anywhere between the parts and inside a hash.
    public static func find(in text: String) -> [Seal] {
        let flat = flattened(text)
        let hex = "((?:[0-9a-f] ?){64})"
        let pattern =
            "casus(?:-ketenkop| chain head) ?: ?((?:brief|letter) ?, ?)?dossier (\\d+) ?, ?(?:stuk|entry) (\\d+) \(hex) ?, ?(?:gebeurtenis|event) (\\d+) \(hex)"
        guard let regex = try? Regex(pattern) else { return [] }
        var seals: [Seal] = []
        var seen = Set<Seal>()
        for m in flat.matches(of: regex) {
            func part(_ i: Int) -> String {
                m.output[i].substring.map { String($0).replacingOccurrences(of: " ", with: "") } ?? ""
            }
            guard let d = Int64(part(2)), let s = Int64(part(3)), let e = Int64(part(5)) else { continue }
            let seal = Seal(
                part(1).isEmpty ? .dossier : .letter, dossier: d, entry: ChainHead(seq: s, hash: part(4)),
                event: ChainHead(seq: e, hash: part(6)))
            // A PDF prints its seal at the foot of every page: one document, one seal.
            if seen.insert(seal).inserted { seals.append(seal) }
        }
        return seals
    }

    /// A document's text without its small print: a letter's PDF prints the seal and the chain
    /// line under it at the foot of every page, the same lines each time, so the last page's
    /// (from its seal's first line to the end) is taken out wherever it appears. What is left is
    /// the letter's words, to hold against the filed letter's; a word added in a page's small
    /// print makes that page's differ, and it stays in.
    public static func withoutSmallPrint(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let opens = { (line: Substring) in
            let t = line.drop(while: { $0.isWhitespace || $0 == "\u{0C}" })
            return t.hasPrefix("casus-ketenkop") || t.hasPrefix("casus chain head")
        }
        guard let start = lines.lastIndex(where: opens) else { return text }
        let block = lines[start...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !block.isEmpty else { return text }
        return text.replacingOccurrences(of: block, with: "\n")
    }
}
