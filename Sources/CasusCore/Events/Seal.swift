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
    /// The event chain's head when the document was made: its place, and its hash where the maker
    /// reads the chain's hashes (on a server of several schools a school's director reads none, and
    /// the seal gives `withheld` in its place: `withholdsEvent`).
    public var event: ChainHead
    /// An export's line in the audit log, which records the SHA-256 of the export's text
    /// (`textDigest`): an export's words are no entry's, so without it anything could be written
    /// above a genuine seal and pass (a review). nil on a letter, whose words are its entry's, and
    /// on an export made before casus recorded its text.
    public var record: Int64?

    public init(
        _ document: Document = .dossier, dossier: PersonID, entry: ChainHead, event: ChainHead, record: Int64? = nil
    ) {
        self.document = document
        self.dossier = dossier
        self.entry = entry
        // A head read without its hash (`ChainHead.advanced(to:)` keeps it so): the place alone.
        self.event = event.hash.isEmpty ? ChainHead(seq: event.seq, hash: Self.withheld) : event
        self.record = record
    }

    /// What a document prints for an entry whose hash would tell what its reader was not shown
    /// (`DossierExport.withholdHashes`, `DossierEntry.printedHash`): 64 zeros, which no entry's hash is.
    public static let withheld = String(repeating: "0", count: 64)

    /// A seal that names its entry without its hash.
    public var withholdsEntry: Bool { entry.seq > 0 && entry.hash == Self.withheld }

    /// A seal that names its event by its place only: made by a login that reads no event's hash (on
    /// a server of several schools, a school's director: the chain is the whole server's, and its
    /// hashes answered guesses of another school's reads, a review).
    public var withholdsEvent: Bool { event.hash == Self.withheld }

    /// The printed line.
    public var line: Phrase {
        let letter = document == .letter
        return Phrase(
            "casus-ketenkop: \(letter ? "brief, " : "")dossier \(dossier), stuk \(entry.seq) \(entry.hash), gebeurtenis \(event.seq) \(event.hash)"
                + (record.map { ", auditregel \($0)" } ?? ""),
            "casus chain head: \(letter ? "letter, " : "")dossier \(dossier), entry \(entry.seq) \(entry.hash), event \(event.seq) \(event.hash)"
                + (record.map { ", audit line \($0)" } ?? "")
        )
    }

    /// A document's text with every run of whitespace one space: a PDF breaks a printed line
    /// (and a hash) wherever its column ends. Seals and checkpoints are read from this.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A seal as a pattern over a flattened text: whitespace (a PDF's line breaks) may fall
    /// anywhere between the parts and inside a hash.
    static var pattern: Regex<AnyRegexOutput>? {
        let hex = "((?:[0-9a-f] ?){64})"
        return try? Regex(
            "casus(?:-ketenkop| chain head) ?: ?((?:brief|letter) ?, ?)?dossier (\\d+) ?, ?(?:stuk|entry) (\\d+) \(hex) ?, ?(?:gebeurtenis|event) (\\d+) \(hex)(?: ?, ?(?:auditregel|audit line) (\\d+))?"
        )
    }

    /// A text without its invisible format characters (U+00AD, U+200B–U+200F, U+2060–U+2064,
    /// U+FEFF and the rest of Unicode's Cf): a PDF's text layer drops them, so a seal with a word
    /// joiner inside was stored as text and found as a seal in the letter's PDF (a review). A seal
    /// is looked for in what a reader (and `pdftotext`) sees.
    static func visible(_ text: String) -> String {
        // ASCII has no format characters: most texts are done at one pass over their bytes.
        guard !text.utf8.allSatisfy({ $0 < 0x80 }),
            text.unicodeScalars.contains(where: { $0.properties.generalCategory == .format })
        else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter { $0.properties.generalCategory != .format })
        return String(out)
    }

    /// Every seal in a document's text, in either language.
    public static func find(in text: String) -> [Seal] {
        let flat = flattened(visible(text))
        guard let regex = pattern else { return [] }
        var seals: [Seal] = []
        var seen = Set<Seal>()
        for m in flat.matches(of: regex) {
            func part(_ i: Int) -> String {
                m.output[i].substring.map { String($0).replacingOccurrences(of: " ", with: "") } ?? ""
            }
            guard let d = Int64(part(2)), let s = Int64(part(3)), let e = Int64(part(5)) else { continue }
            let seal = Seal(
                part(1).isEmpty ? .dossier : .letter, dossier: d, entry: ChainHead(seq: s, hash: part(4)),
                event: ChainHead(seq: e, hash: part(6)), record: Int64(part(7)))
            // A PDF prints its seal at the foot of every page: one document, one seal.
            if seen.insert(seal).inserted { seals.append(seal) }
        }
        return seals
    }

    /// The SHA-256 of a document's text as an export's audit line records it: every run of
    /// whitespace one space (a copy that went through another system's line ends is the same
    /// text), its seals left out (the seal names the line that holds this digest). Every word and
    /// every mark counts.
    public static func textDigest(_ text: String) -> String {
        DossierChain.sha256Hex(Array(flattenedWithoutSeals(text, replacedBy: "").utf8))
    }

    /// A text flattened (`flattened`) with every seal in it replaced.
    static func flattenedWithoutSeals(_ text: String, replacedBy replacement: String) -> String {
        var flat = flattened(text)
        if let regex = pattern { flat.replace(regex, with: replacement) }
        return flat
    }

    /// A document's text without its small print: its seals, and a letter's own chain line as
    /// the PDF prints it at the foot of every page ("zaak … · dossier … · stuk nr. N · ketenkop
    /// (SHA-256) na dit stuk: HASH"), wherever they appear, a line break anywhere in the hash.
    /// Only those: words written after the seal stay and count (everything from the last seal on
    /// was left out, so a "PS" added under a letter passed), and so does a line shaped like the
    /// chain line that is not this letter's (any such line was left out, a second review).
    public static func withoutSmallPrint(_ text: String, chainLine: String? = nil) -> String {
        var flat = flattenedWithoutSeals(text, replacedBy: " ")
        if let chainLine {
            let words = flattened(chainLine).split(separator: " ").map(String.init)
            let pattern = words.map { word in
                word.range(of: "^[0-9a-f]{64}$", options: .regularExpression) != nil
                    ? word.map(String.init).joined(separator: " ?")
                    : NSRegularExpression.escapedPattern(for: word)
            }.joined(separator: " ")
            if let regex = try? Regex(pattern) { flat.replace(regex, with: " ") }
        }
        return flat
    }
}
