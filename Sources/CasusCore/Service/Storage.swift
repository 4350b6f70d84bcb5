/// The port a storage backend implements (SQLite through GRDB; PostgreSQL in server mode).
/// It stores, fetches and enforces its constraints; it decides nothing. Rules, roles, the
/// ladder and the hash chains live in the core (`Session`, `Transaction`, `AccessPolicy`,
/// `DossierChain`), so a second backend cannot weaken them. Every backend passes the storage
/// contract suite (Tests/CasusStoreTests/StorageContractTests).
///
/// The port is synchronous on purpose: SQLite and libpq answer synchronously, the TUI's loop
/// runs one effect at a time from a queue, and a command is one transaction. An async port
/// would add suspension points inside transactions and gain nothing a director would notice.
public protocol CasusStorage: AnyObject, Sendable {
    /// A consistent read.
    func read<T>(_ body: (any StorageReader) throws -> T) throws -> T
    /// One transaction: all of `body` is saved, or none of it.
    func write<T>(_ body: (any StorageWriter) throws -> T) throws -> T
    /// A cheap number that changes when something a screen shows was saved, by this process or
    /// another (audit lines of reads do not count): an open screen compares it on a tick and
    /// reloads what it shows when it moved.
    func changeToken() throws -> UInt64
    /// An interactive session starts (the TUI): the backend may prepare for many small saves.
    func sessionWillStart() throws
    /// The interactive session ended: a moment for housekeeping that may fail harmlessly.
    func sessionDidEnd()
    /// A bulk load (the district demo): the backend may defer index maintenance to the end.
    /// Each of `body`'s transactions still commits on its own.
    func bulkLoad<T>(_ body: () throws -> T) throws -> T
    /// A consistent copy of the whole store in a new file at `path` (`casus backup`); a backend
    /// whose data lives elsewhere refuses and says how it is backed up (Storage+Backup.swift).
    func backup(to path: String) throws
    /// Whether `backup` copies the store (a file does; a server refuses, its own tools back it up).
    var makesBackups: Bool { get }
    /// The checks `verify` cannot make inside a read (SQLite's full-text indexes, which FTS5
    /// checks as a write it then rolls back), each problem in words; none when all is sound.
    func indexProblems() throws -> [String]
    /// One line in the audit log, on its own, linked after the log's head as it stands (the line a
    /// read leaves: it decides nothing, so it follows whatever was saved meanwhile). The default
    /// is a write transaction; a server links it in one call.
    func appendAuditLine(_ line: AuditRecord) throws
    /// The same for one read's lines, one per person it showed, together (a search's hits): the
    /// default is one write transaction; a server links them in one call.
    func appendAuditLines(_ lines: [AuditRecord]) throws
    /// The store checks each write's account itself (a server's functions): `Session` need not.
    var checksAccountsItself: Bool { get }
}

extension CasusStorage {
    public var checksAccountsItself: Bool { false }
    public var makesBackups: Bool { false }
    public func sessionWillStart() throws {}
    public func sessionDidEnd() {}
    public func bulkLoad<T>(_ body: () throws -> T) throws -> T { try body() }

    public func appendAuditLine(_ line: AuditRecord) throws {
        try write { w in try w.insert(audit: line.linked(after: try w.auditHead())) }
    }

    public func appendAuditLines(_ lines: [AuditRecord]) throws {
        guard !lines.isEmpty else { return }
        try write { w in
            var head = try w.auditHead()
            for line in lines {
                let linked = line.linked(after: head)
                try w.insert(audit: linked)
                head = head.advanced(to: linked.hash)
            }
        }
    }
}

/// Where a hash chain stands: its last sequence number and hash (genesis when empty).
public struct ChainHead: Sendable, Hashable, Codable {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    public static let genesis = ChainHead(seq: 0, hash: DossierChain.genesis)

    /// The head after one more link whose hash is `hash`. A head the store showed without its hash
    /// (a server links for a role that reads no chain's hash) stays without it: the next link is
    /// the store's to make too.
    public func advanced(to hash: String) -> ChainHead {
        ChainHead(seq: seq + 1, hash: self.hash.isEmpty ? "" : hash)
    }
}

/// Who held an account's name before its access ended (`StorageReader.formerHolder`).
public struct FormerHolder: Sendable, Hashable {
    public var person: PersonID?
    public var until: Timestamp
    /// Held in a school the reader does not reach: whose it was and until when are not told.
    public var elsewhere: Bool
    public init(person: PersonID?, until: Timestamp, elsewhere: Bool = false) {
        self.person = person
        self.until = until
        self.elsewhere = elsewhere
    }
}

public protocol StorageReader {
    func schools() throws -> [School]
    func school(id: SchoolID) throws -> School?
    func user(account: String) throws -> User?
    func users() throws -> [User]
    /// Whether the store has any user at all, whoever asks (a server shows an account it does not
    /// know no users, and told it the database was new: "begin met casus init").
    func hasUsers() throws -> Bool

    func person(id: PersonID) throws -> Person?
    /// The people with these ids, in the same order; nil for one that is not there or that the
    /// reader may not see (as `person(id:)`). The default reads one after another; a server
    /// sends the reads together.
    func people(ids: [PersonID]) throws -> [Person?]
    func person(externalID: String, kind: PersonKind, schoolID: SchoolID) throws -> Person?
    func people(_ q: PeopleQuery, offset: Int, limit: Int) throws -> [Person]
    /// The count, stopping at `limit`: a first typed letter on a board matches tens of thousands,
    /// and the screen needs to know only whether there are more than it lets you scroll through.
    func countPeople(_ q: PeopleQuery, atMost limit: Int) throws -> Int
    /// The pupils and staff of a school (every school when nil) whose names match `text`, for
    /// naming who a report is about: names and group only, whatever dossiers the reader may see.
    /// `presentOn`: without those who left before that day (a teacher's roster; a server decides
    /// this itself, by the caller's role and its own date).
    func roster(school: SchoolID?, text: String, limit: Int, presentOn: LocalDate?) throws -> [Person]
    /// The people a report may name, by id, as the roster gives them (names, group and kind; no
    /// parent): what a report is checked against when its reporter reads no one's record.
    func roster(ids: [PersonID], presentOn: LocalDate?) throws -> [Person?]
    func guardians(ofPupil id: PersonID) throws -> [Person]
    func children(ofParent id: PersonID) throws -> [Person]

    func incident(id: IncidentID) throws -> Incident?
    func incidents(_ q: IncidentQuery, offset: Int, limit: Int) throws -> [IncidentRow]
    func countIncidents(_ q: IncidentQuery) throws -> Int
    func involved(incident id: IncidentID) throws -> [Involved]
    /// The reports this person is a subject of, oldest first, within the reader's reach: what
    /// retention reads of them (for a director or the board; empty for any other role).
    func reports(aboutSubject id: PersonID) throws -> [ReportAboutPerson]
    /// The reports naming this person as victim, witness or reporter, oldest first, within the
    /// reader's reach (for a director or the board; empty for any other role): an inzage export left
    /// them out (a review), then the reports the person filed, named as their reporter (another) or
    /// from their own account in their own name (a teacher's own report was missing from her export,
    /// a third; not one a director entered for another reporter, a fourth).
    func reports(naming id: PersonID) throws -> [(id: IncidentID, role: Involvement)]
    /// The people whose details go when `dossier` is purged with these cases and reports
    /// (`Purge.erased`), by id: those no record that stays names any more (no report, no case, no
    /// account), who are this dossier's person, one whose dossier went before and holds nothing
    /// since, one who left with no dossier of their own (a witness the purged report was the last
    /// to name kept their details for good, a review), or a parent all of whose children's
    /// dossiers went. A person still named in another's report keeps their name while it stays.
    /// One "who left" has left by `day` (the purge's): a leaving announced for a later day erased a
    /// teacher and a pupil still at school (a review).
    func erasable(purging dossier: PersonID, cases: [CaseID], incidents: [IncidentID], on day: LocalDate) throws
        -> [PersonID]

    func caseRecord(id: CaseID) throws -> Case?
    func caseID(number: String) throws -> CaseID?
    func cases(_ q: CaseQuery, offset: Int, limit: Int) throws -> [CaseRow]
    func countCases(_ q: CaseQuery) throws -> Int
    func cases(ofIncident id: IncidentID) throws -> [Case]
    /// Every case about this person, oldest first (for offence counts).
    func cases(aboutSubject id: PersonID) throws -> [Case]
    func steps(case id: CaseID) throws -> [Step]
    func obligations(case id: CaseID) throws -> [Obligation]
    /// The legal facts recorded on a case, in the order they were recorded.
    func facts(case id: CaseID) throws -> [CaseFact]
    /// The days a school said it is closed (imported or added by hand), by first day.
    func closures(school id: SchoolID) throws -> [Closure]
    /// Everything the case screen and the ladder engine read about a case besides its record
    /// (CaseParts). The default reads one part after another; a server sends them together.
    /// `sendings`: also the dossier's letter sendings (the case screen shows them; the ladder does
    /// not read them, so a write that decides on a case is not judged by its dossier's other letters).
    func caseParts(of c: Case, sendings: Bool) throws -> CaseParts
    /// A case's record with who it concerns (CaseWithPeople), as `caseRecord` and `person` give
    /// them. The default reads them one after another; a server sends the reads together.
    func caseWithPeople(id: CaseID) throws -> CaseWithPeople?
    /// The same, for a case about to be opened whole: its parts (its notes among them) are read
    /// next if the reader may see it. A server takes the access-log line those notes need while it
    /// reads the record, instead of after (it logs every attempt, seen or not). The default is
    /// `caseWithPeople`.
    func caseToOpen(id: CaseID) throws -> CaseWithPeople?
    /// What opening a case reads about its report (ReportForTriage), nil for a report the reader
    /// may not see. The default reads one part after another; a server sends the reads together.
    func reportForTriage(id: IncidentID) throws -> ReportForTriage?
    /// The people a letter or an export may have to leave unnamed (RedactionPeople): the school's,
    /// those named in `incidents`, and the pupil's parents. The default reads one list after
    /// another; a server sends the reads together.
    func redactionPeople(school: SchoolID?, guardiansOf pupil: PersonID?, incidents: [IncidentID]) throws
        -> RedactionPeople

    func entries(dossier id: PersonID, offset: Int, limit: Int) throws -> [DossierEntry]
    func countEntries(dossier id: PersonID) throws -> Int
    /// The numbers of a dossier's entries and its corrections, from one snapshot (TimelineOutline).
    func timelineOutline(dossier id: PersonID) throws -> TimelineOutline
    /// The entries of a dossier with these numbers, in order: a window of its timeline in one read
    /// (on a server, one access-log line).
    func entries(dossier id: PersonID, seqs: [Int64]) throws -> [DossierEntry]
    /// A case's `newest` entries, how many it has, and every meeting note and letter of it
    /// (CaseEntries): what a case is read with. Each part walks an index of the case; no other
    /// note is read, however many the case has.
    func caseEntries(case id: CaseID, newest: Int) throws -> CaseEntries
    func entry(id: EntryID) throws -> DossierEntry?
    /// When and how the dossier's filed letters were sent, by entry.
    func letterSendings(dossier id: PersonID) throws -> [EntryID: LetterSending]
    /// The head of a dossier's chain: its last entry, else its last purge's tombstone, else genesis.
    func chainHead(dossier id: PersonID) throws -> ChainHead
    /// The head of the audit log's chain.
    func auditHead() throws -> ChainHead
    /// A personal database moved to a server (`casus migrate`, MovedDatabase): the move's line in
    /// its audit log; nil for one that was not moved, and for a server.
    func movedAway() throws -> AuditRecord?
    /// Who held an account's name before its access was last ended (`users remove`, by its line
    /// in the audit log), and until when; nil for a name never ended.
    func formerHolder(ofAccount account: String) throws -> FormerHolder?
    /// Every event, in chain order, one at a time (verification of millions needs no more
    /// memory than one).
    func forEachEvent(_ body: (Ledger.StoredEvent) throws -> Void) throws
    /// Every row of a derived table in the form `verify` compares, sorted by key.
    func forEachDerivedRow(_ table: DerivedTable, _ body: (DerivedRow) throws -> Void) throws
    /// Every evidence file: its key (SHA-256) and its bytes.
    func forEachEvidence(_ body: (String, [UInt8]) throws -> Void) throws
    /// The last number each sequence handed out, by name (`SequenceName`).
    func sequences() throws -> [String: Int64]
    /// The names an entry's files were filed with, by SHA-256 (a file is kept once by its hash, under
    /// its first filer's name: another record's).
    func evidenceNames(entry: EntryID) throws -> [String: String]
    /// One counter's last number (`SequenceName`); a school's director reads the people's.
    func lastNumber(_ name: String) throws -> Int64
    /// The head of the event chain.
    func eventHead() throws -> ChainHead
    /// The event at a place in the chain.
    func event(seq: Int64) throws -> Ledger.StoredEvent?
    /// The event a document's seal names, as far as this reader may read it (`SealedEvent`), with
    /// what bounds it: the event that appended the sealed entry (`entry`, of its dossier), and
    /// whether the document's maker may have read no event's hash then (`makers`: what records who
    /// may have made it; nil where not known: then any director of the dossier's school).
    func sealedEvent(seq: Int64, entry: (dossier: PersonID, seq: Int64), makers: SealedEvent.Makers?) throws
        -> SealedEvent?

    /// The audit log's lines, newest first, those before line `before` when it is given: a page
    /// after the last line of the one before (an OFFSET walks every line before its page, and a
    /// district's million lines took a minute).
    func audit(person: PersonID?, before: Int64?, offset: Int, limit: Int) throws -> [AuditRecord]
    /// The server's own log of reads (`ServerRead`), newest first, as `audit`; nil where the store
    /// keeps none.
    func serverReads(person: PersonID?, before: Int64?, offset: Int, limit: Int) throws -> [ServerRead]?
    /// The head of the server's own log of reads, and the hash of its line `seq`: what a
    /// checkpoint signs and `verify` holds it to; nil where the store keeps no such log.
    func accessHead() throws -> ChainHead?
    func accessLineHash(seq: Int64) throws -> String?

    /// Full-text search over entries (title, body), case summaries and (when `query.reports`) reports, within a scope.
    func search(_ query: SearchQuery) throws -> [SearchHit]

    // Verification walks everything once, in order, without holding it in memory.
    func forEachEntry(_ body: (DossierEntry) throws -> Void) throws
    func forEachAudit(_ body: (AuditRecord) throws -> Void) throws
    func tombstones() throws -> [Tombstone]
    /// One dossier's purges.
    func tombstones(dossier id: PersonID) throws -> [Tombstone]
    /// `PRAGMA integrity_check` or the backend's equivalent: empty when sound.
    func integrityProblems() throws -> [String]
    func evidence(sha256: String) throws -> EvidenceFile?

    /// Counts for the Overzicht over cases opened in [from, to), and open obligations by due date.
    func statistics(scope: Scope, from: LocalDate, to: LocalDate, obligationLimit: Int, countIncidents: Bool) throws
        -> RawStatistics

    /// People whose retention period has passed (left before the cutoff), with their dossier's size.
    func retentionDue(pupilsLeftBefore: LocalDate, staffLeftBefore: LocalDate) throws -> [(Person, Int)]
}

extension StorageReader {
    public func hasUsers() throws -> Bool { !(try users().isEmpty) }

    /// The newest lines of the audit log, from `offset`.
    public func audit(person: PersonID?, offset: Int, limit: Int) throws -> [AuditRecord] {
        try audit(person: person, before: nil, offset: offset, limit: limit)
    }

    /// Every person the query finds.
    public func countPeople(_ q: PeopleQuery) throws -> Int { try countPeople(q, atMost: Int.max) }

    /// Whether a person has let go of a report that came in at `reportedAt`: their dossier was
    /// purged since, so the report is kept, if at all, by the others it is about
    /// (ReportAboutPerson.otherSubjects; the stores' retention queries say the same in SQL).
    public func hasLetGo(_ person: PersonID, reportedAt: Timestamp) throws -> Bool {
        try tombstones(dossier: person).contains { $0.purgedAt >= reportedAt }
    }
}

/// What a record's id is drawn from: ids are never used twice, not even after a purge.
public enum RecordKind: String, Sendable, CaseIterable {
    case school, person, incident, `case`, step, obligation, entry
    case schoolClosure = "school_closure", caseFact = "case_fact"
}

/// The names of the store's sequences (`StorageReader.sequences()`), one per record kind and
/// one per year of case numbers.
public enum SequenceName {
    public static func id(_ kind: RecordKind) -> String { "id:" + kind.rawValue }
    public static func caseNumber(year: Int) -> String { "case-number:\(year)" }
}

public protocol StorageWriter: StorageReader {
    /// Stores an event the core has linked into the chain, and the rows it derives (the
    /// projection: a case opened is a case row, its articles, its kept counts). The backend
    /// refuses an event whose seq is taken or whose prev_hash is not the chain's head, and an
    /// entry whose prev_hash is not its dossier's head: at once, or (a server, which sends the
    /// write with the transaction's next statement) at the latest when the transaction commits.
    func append(_ event: LinkedEvent) throws
    /// The next id for a record of this kind, never one used before.
    func nextID(_ kind: RecordKind) throws -> Int64
    /// The first of `count` consecutive new ids for records of this kind, drawn at once (an
    /// import numbers its new people before its write transaction), never ones used before.
    func nextIDs(_ kind: RecordKind, count: Int) throws -> Int64
    /// The next case number of a year (2026-0001, 2026-0002 …), never one used before.
    func nextCaseNumber(year: Int) throws -> String
    /// Stores an audit line the core has linked into the audit chain (refused as `append` is).
    func insert(audit: AuditRecord) throws
    /// Where a dossier's next entry goes: its chain's head and a new entry id. The default asks
    /// for them one after the other; a server asks in one round trip.
    func entrySlot(dossier id: PersonID) throws -> (head: ChainHead, id: EntryID)
    /// Says that an entry of this dossier will follow in this transaction, before the reads that
    /// decide it: a server then asks for the dossier's head and a new id together with those
    /// reads (one round trip fewer), and `entrySlot` takes them. Changes nothing when no entry
    /// follows (the transaction is rolled back, or the id is left unused). The default does nothing.
    func prepareEntrySlot(dossier id: PersonID) throws
    /// The same for an entry in a case's dossier, before the case is read (the dossier is not
    /// known yet): a server finds the dossier itself, and asks nothing for a dossier the caller
    /// may not read. `entrySlot` takes it for that dossier. The default does nothing.
    func prepareEntrySlot(case id: CaseID) throws
    /// Says that at least the next `count` numbers of a counter (`SequenceName`: ids of a kind, a
    /// year's case numbers) will be drawn in this transaction: a server then draws those it has
    /// not drawn ahead yet with the next statement it waits for, instead of one round trip each,
    /// and `nextID` / `nextCaseNumber` hand them out in order. The numbers are the ones those calls
    /// would have drawn; announce only what will be drawn (a number drawn and not used is a gap
    /// when the transaction commits). The default does nothing.
    func prepareNumbers(_ counter: String, count: Int) throws
    /// The hash of an entry the store links itself: one whose slot came with a head without its
    /// hash (`entrySlot`), as a server gives an IB's login, which reads letters from their
    /// salutation on and verifies nothing: with the head's hash, a letter filed before the salt let
    /// its address be found by trying. The store links the entry after that head with a salt of its
    /// own and answers the hash alone; the entry is sent without a head or a salt. The default
    /// (a store that always shows the head) refuses.
    func linkedHash(of entry: DossierEntry) throws -> String
}

extension StorageWriter {
    public func entrySlot(dossier id: PersonID) throws -> (head: ChainHead, id: EntryID) {
        (try chainHead(dossier: id), try nextID(.entry))
    }

    public func prepareEntrySlot(dossier id: PersonID) throws {}
    public func prepareEntrySlot(case id: CaseID) throws {}
    public func prepareNumbers(_ counter: String, count: Int) throws {}

    public func linkedHash(of entry: DossierEntry) throws -> String {
        throw CasusError(
            .storage,
            Phrase(
                "dossier \(entry.dossierID) gaf een kop zonder hash; er is niets opgeslagen",
                "dossier \(entry.dossierID) gave a head without its hash; nothing was saved"))
    }
}
