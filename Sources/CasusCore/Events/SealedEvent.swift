/// The event a document's seal names, as whoever checks the document may read it (`verify
/// --against`): its place, its hash where the reader reads the chain's hashes (else empty: on a
/// server of several schools a school's director reads none), and the dossier entry it appended
/// where it appended one to a dossier the reader may read (else nil).
public struct SealedEvent: Sendable, Equatable {
    public var seq: Int64
    public var hash: String
    public var entry: Appended?

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

    public init(seq: Int64, hash: String, entry: Appended?) {
        self.seq = seq
        self.hash = hash
        self.entry = entry
    }

    /// The stored event whole, for a store whose reader reads every event (personal mode).
    public init(_ e: Ledger.StoredEvent) {
        seq = e.seq
        hash = e.hash
        entry = nil
        if e.kind == EventKind.entryAppended.rawValue, let dossier = e.dossier, let fields = EventCodec.parse(e.payload)
        {
            let value = { (name: String) in fields.first { $0.name == name }?.value }
            if let seq = value("seq").flatMap({ Int64($0) }), let hash = value("hash") {
                entry = Appended(dossier: dossier, seq: seq, hash: hash)
            }
        }
    }
}

extension StorageReader {
    /// Where every event may be read whole (personal mode), the stored event.
    public func sealedEvent(seq: Int64) throws -> SealedEvent? { try event(seq: seq).map(SealedEvent.init) }
}
