/// The event a document's seal names, as whoever checks the document may read it (`verify
/// --against`): its place, its hash where the reader reads the chain's hashes (else empty: on a
/// server of several schools a school's director reads none), the dossier entry it appended where
/// it appended one to a dossier the reader may read (else nil), the event that appended the
/// seal's own entry, and whether the document's maker may have read no event's hash.
public struct SealedEvent: Sendable, Equatable {
    public var seq: Int64
    public var hash: String
    public var entry: Appended?
    /// The event that appended the entry the seal names (nil: not found, or purged): no seal of that
    /// entry can name an event before it (a seal moved to event 1 was held as sound, a review).
    public var entryEvent: Int64?
    /// The document may have been made by a login that reads no event's hash, and so carry none
    /// (`Seal.withholdsEvent`): on a server of several schools, a school's director. Nowhere else is
    /// a seal without its event's hash one casus made (a seal's hash zeroed passed, a review).
    public var makerMayLackHash: Bool

    /// What records who may have made a document: the audit lines of its making (an export's line,
    /// a letter's print lines), and for a letter's text the event that filed it. Each maker is
    /// judged by their rights then, not now (a director who joined the board later saw every letter
    /// of theirs called changed, a review); the store reads who wrote each.
    public struct Makers: Sendable, Equatable {
        public var lines: [Int64]
        public var filer: Bool

        public init(lines: [Int64], filer: Bool) {
            self.lines = lines
            self.filer = filer
        }
    }

    /// A dossier entry an event appended: its dossier, number and hash.
    public struct Appended: Sendable, Equatable {
        public var dossier: PersonID
        public var seq: Int64
        public var hash: String

        public init(dossier: PersonID, seq: Int64, hash: String) {
            self.dossier = dossier
            self.seq = seq
            self.hash = hash
        }
    }

    public init(seq: Int64, hash: String, entry: Appended?, entryEvent: Int64?, makerMayLackHash: Bool) {
        self.seq = seq
        self.hash = hash
        self.entry = entry
        self.entryEvent = entryEvent
        self.makerMayLackHash = makerMayLackHash
    }

    /// The stored event whole, for a store whose every login reads every event (personal mode).
    public init(_ e: Ledger.StoredEvent, entryEvent: Int64?) {
        self.init(seq: e.seq, hash: e.hash, entry: Self.appended(e), entryEvent: entryEvent, makerMayLackHash: false)
    }

    /// The entry a stored event appended, read from its payload.
    public static func appended(_ e: Ledger.StoredEvent) -> Appended? {
        guard e.kind == EventKind.entryAppended.rawValue, let dossier = e.dossier,
            let fields = EventCodec.parse(e.payload)
        else { return nil }
        let value = { (name: String) in fields.first { $0.name == name }?.value }
        guard let seq = value("seq").flatMap({ Int64($0) }), let hash = value("hash") else { return nil }
        return Appended(dossier: dossier, seq: seq, hash: hash)
    }
}
