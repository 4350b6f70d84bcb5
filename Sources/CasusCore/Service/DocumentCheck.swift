/// A letter, PDF or export held against the chains (`casus verify --against FILE`): for every
/// seal it carries, whether the event chain still holds the event it names with that hash,
/// whether the dossier still holds the entry with that hash, whether a letter's words are the
/// words filed, and how far the chains have moved on since.
public struct DocumentCheck: Sendable {
    public enum Match: Sendable, Equatable {
        case same
        /// The chain holds that place with another hash: rewritten since, or another database.
        case differs(String)
        /// The chain has no such place (shorter than the document says, or purged).
        case absent
    }

    public struct SealCheck: Sendable {
        public var seal: Seal
        public var event: Match
        public var entry: Match
        /// The dossier was purged after the document was made.
        public var purged: Tombstone?
        /// For a letter: words of the filed text missing from the document, and words in the
        /// document's text that the filed letter does not have (first few of each); nil when the
        /// entry is not a letter or is not readable.
        public var missingWords: [String]?
        public var addedWords: [String]?
        /// Entries appended to the dossier since, and events since.
        public var laterEntries: Int64
        public var laterEvents: Int64

        public var isSound: Bool {
            event == .same && entry == .same && purged == nil && (missingWords ?? []).isEmpty
                && (addedWords ?? []).isEmpty
        }
    }

    public var seals: [SealCheck]
    public var isSound: Bool { !seals.isEmpty && seals.allSatisfy(\.isSound) }
}

extension Integrity {
    /// Holds a document's text against the chains. Refused when the text carries no seal.
    public func check(document text: String, name: String) throws -> DocumentCheck {
        try session.require(.readAudit)
        let seals = Seal.find(in: text)
        guard !seals.isEmpty else {
            throw CasusError.invalid(
                "\(name) draagt geen casus-ketenkop; alleen brieven, PDF's en exports uit casus zijn te controleren",
                "\(name) carries no casus chain head; only letters, PDFs and exports made by casus can be checked",
                hint: Phrase(
                    "Zoek de regel ‘casus-ketenkop: dossier …’ onderaan het document; een scan zonder tekstlaag kan niet.",
                    "Look for the line ‘casus chain head: dossier …’ at the foot of the document; a scan without a text layer cannot be checked."
                ))
        }
        let checks = try session.read { r in
            let head = try r.eventHead()
            return try seals.map { seal in try Self.check(seal, text: text, head: head, r) }
        }
        try session.auditRead(
            "verify.document", detail: "\(name): \(checks.allSatisfy(\.isSound) ? "ok" : "afwijking")")
        return DocumentCheck(seals: checks)
    }

    static func check(_ seal: Seal, text: String, head: ChainHead, _ r: any StorageReader) throws
        -> DocumentCheck.SealCheck
    {
        let event: DocumentCheck.Match =
            switch try r.event(seq: seal.event.seq) {
            case nil: .absent
            case let e? where e.hash == seal.event.hash: .same
            case let e?: .differs(e.hash)
            }
        var check = DocumentCheck.SealCheck(
            seal: seal, event: event, entry: .absent, laterEntries: 0, laterEvents: max(0, head.seq - seal.event.seq))
        let dossierHead = try r.chainHead(dossier: seal.dossier)
        let purges = try r.tombstones().filter { $0.dossierID == seal.dossier }
        // After a purge the dossier's entries go on from the tombstone's seq.
        let base = purges.last(where: { $0.lastSeq < seal.entry.seq })?.lastSeq ?? 0
        if seal.entry.seq == 0 {
            check.entry = seal.entry.hash == DossierChain.genesis ? .same : .differs(DossierChain.genesis)
        } else if let e = try r.entries(dossier: seal.dossier, offset: Int(seal.entry.seq - base - 1), limit: 1).first,
            e.seq == seal.entry.seq
        {
            check.entry = e.hash == seal.entry.hash ? .same : .differs(e.hash)
            if seal.document == .letter, e.hash == seal.entry.hash {
                let diff = WordDiff(filed: e.body, printed: Seal.withoutSmallPrint(text))
                check.missingWords = diff.missing
                check.addedWords = diff.added
            }
        } else if let t = purges.first(where: { $0.lastSeq >= seal.entry.seq }) {
            // Gone with the purge: only the last entry's hash is kept, in the tombstone.
            check.entry = t.lastSeq == seal.entry.seq && t.lastHash == seal.entry.hash ? .same : .absent
            check.purged = t
        }
        check.laterEntries = max(0, dossierHead.seq - seal.entry.seq)
        return check
    }
}

/// A filed letter's words against a printed copy's: the longest common run of words in order,
/// and what each side has that the other does not within the span the letter covers (the
/// letterhead above and the seal below are layout, not text).
struct WordDiff {
    var missing: [String] = []
    var added: [String] = []

    init(filed: String, printed: String) {
        let a = Self.words(filed)
        let b = Self.words(printed)
        guard !a.isEmpty else { return }
        // Longest common subsequence over words; letters are hundreds of words, so n·m fits.
        guard a.count * b.count <= 25_000_000 else {
            let printed = Set(b)
            missing = Self.firstDistinct(a.filter { !printed.contains($0) })
            return
        }
        let m = b.count
        var table = [Int32](repeating: 0, count: (a.count + 1) * (m + 1))
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] =
                    a[i] == b[j]
                    ? table[(i + 1) * (m + 1) + j + 1] + 1
                    : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var i = 0
        var j = 0
        var matched: [Int] = []
        var lost: [String] = []
        var extra: [(Int, String)] = []
        while i < a.count && j < m {
            if a[i] == b[j] {
                matched.append(j)
                i += 1
                j += 1
            } else if table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1] {
                lost.append(a[i])
                i += 1
            } else {
                extra.append((j, b[j]))
                j += 1
            }
        }
        lost += a[i...]
        if let first = matched.first, let last = matched.last {
            added = Self.firstDistinct(extra.filter { $0.0 > first && $0.0 < last }.map(\.1))
        }
        missing = Self.firstDistinct(lost)
    }

    static func firstDistinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return Array(words.filter { seen.insert($0).inserted }.prefix(5))
    }

    /// Words without the punctuation around them; case kept (a changed capital is a change).
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).compactMap { w in
            let t = w.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            return t.isEmpty ? nil : t
        }
    }
}
