/// One line of a dossier's timeline: an entry, and whether it stands under the entry it corrects.
public struct TimelineItem: Sendable, Equatable {
    public let entry: DossierEntry
    public let isCorrection: Bool
    /// The number of the entry a correction corrects, when that entry is in the dossier: the
    /// entry screen said "Corrigeert stuk 4711", an id the screens never show (a review).
    public let correctsSeq: Int64?

    public init(entry: DossierEntry, isCorrection: Bool, correctsSeq: Int64? = nil) {
        (self.entry, self.isCorrection, self.correctsSeq) = (entry, isCorrection, correctsSeq)
    }
}

/// What a dossier's timeline is made of before any entry is read: the numbers its entries have
/// (a purge leaves the numbers after it, so they run without gaps from `firstSeq` to `lastSeq`)
/// and its corrections. The store answers it from one snapshot, so a page of a long dossier is
/// read without reading the rest.
public struct TimelineOutline: Sendable, Equatable {
    public var firstSeq: Int64
    public var lastSeq: Int64
    /// A correction's number → the number of the entry it corrects (nil when that entry is not in
    /// the dossier).
    public var corrections: [Int64: Int64?]

    public init(firstSeq: Int64, lastSeq: Int64, corrections: [Int64: Int64?]) {
        (self.firstSeq, self.lastSeq, self.corrections) = (firstSeq, lastSeq, corrections)
    }

    public static let empty = TimelineOutline(firstSeq: 1, lastSeq: 0, corrections: [:])

    public var count: Int { max(0, Int(lastSeq - firstSeq + 1)) }
}

/// The order of a timeline, by entry number: every entry exactly once, in the order written,
/// except that a correction stands under the entry its chain of corrections began with (a
/// correction of a correction too), in the order the corrections were written. A correction
/// whose entry is not in the dossier stands in its own place. The screen, `dossier show` and a
/// page of a long dossier all follow this one order.
public struct TimelineOrder: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let seq: Int64
        public let isCorrection: Bool
        /// The number of the entry it corrects, when that is in the dossier.
        public let correctsSeq: Int64?
    }

    public let rows: [Row]
    /// The numbers of the entries that have a correction.
    public let corrected: Set<Int64>

    /// `seqs`: the entries' numbers in the order written.
    public init(seqs: some Sequence<Int64>, corrections: [Int64: Int64?]) {
        var present = Set<Int64>()
        var root: [Int64: Int64] = [:]
        var thread: [Int64: [Int64]] = [:]
        var tops: [Int64] = []
        var corrected = Set<Int64>()
        // A correction always names an earlier entry, so its root is known when it is reached.
        for seq in seqs {
            present.insert(seq)
            if let target = corrections[seq] ?? nil, present.contains(target) {
                corrected.insert(target)
                let r = root[target] ?? target
                root[seq] = r
                thread[r, default: []].append(seq)
            } else {
                tops.append(seq)
            }
        }
        var rows: [Row] = []
        rows.reserveCapacity(present.count)
        for seq in tops {
            // A correction at the top has lost its entry (a purge): no number to name.
            rows.append(Row(seq: seq, isCorrection: corrections[seq] != nil, correctsSeq: nil))
            for c in thread[seq] ?? [] {
                rows.append(Row(seq: c, isCorrection: true, correctsSeq: corrections[c] ?? nil))
            }
        }
        self.rows = rows
        self.corrected = corrected
    }

    public init(_ outline: TimelineOutline) {
        self.init(
            seqs: stride(from: outline.firstSeq, through: outline.lastSeq, by: 1), corrections: outline.corrections)
    }
}

extension DossierView {
    /// The whole timeline in its order (TimelineOrder), for `dossier show`.
    public var timeline: [TimelineItem] {
        let bySeq = Dictionary(entries.map { ($0.seq, $0) }, uniquingKeysWith: { a, _ in a })
        let seqOf = Dictionary(entries.map { ($0.id, $0.seq) }, uniquingKeysWith: { a, _ in a })
        var corrections: [Int64: Int64?] = [:]
        for e in entries { if let target = e.corrects { corrections[e.seq] = .some(seqOf[target]) } }
        return TimelineOrder(seqs: entries.map(\.seq), corrections: corrections).rows.compactMap { row in
            bySeq[row.seq].map { TimelineItem(entry: $0, isCorrection: row.isCorrection, correctsSeq: row.correctsSeq) }
        }
    }
}

/// A window of a dossier's timeline, for the screen: the owner, how many entries there are, the
/// purges, and the rows from `offset` with the corrections of each (for its entry screen).
public struct TimelinePage: Sendable {
    public let person: Person
    public let total: Int
    public let tombstones: [Tombstone]
    public let offset: Int
    public let items: [TimelineItem]
    /// The entries of the page that have a correction, and those corrections.
    public let corrections: [EntryID: [DossierEntry]]
    public let corrected: Set<EntryID>
    /// The page's letters recorded as sent.
    public var sendings: [EntryID: LetterSending] = [:]
    /// The cases filed in the dossier: the open ones, and how many there are.
    public var cases: DossierCases = .none

    public var isStaffDossier: Bool { person.kind.isPersonnel }
}
