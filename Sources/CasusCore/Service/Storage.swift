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
}

extension CasusStorage {
    public func sessionWillStart() throws {}
    public func sessionDidEnd() {}
    public func bulkLoad<T>(_ body: () throws -> T) throws -> T { try body() }
}

/// Where a hash chain stands: its last sequence number and hash (genesis when empty).
public struct ChainHead: Sendable, Hashable {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    public static let genesis = ChainHead(seq: 0, hash: DossierChain.genesis)
}

public protocol StorageReader {
    func schools() throws -> [School]
    func school(id: SchoolID) throws -> School?
    func user(account: String) throws -> User?
    func users() throws -> [User]

    func person(id: PersonID) throws -> Person?
    func person(externalID: String, kind: PersonKind, schoolID: SchoolID) throws -> Person?
    func people(_ q: PeopleQuery, offset: Int, limit: Int) throws -> [Person]
    func countPeople(_ q: PeopleQuery) throws -> Int
    func guardians(ofPupil id: PersonID) throws -> [Person]
    func children(ofParent id: PersonID) throws -> [Person]

    func incident(id: IncidentID) throws -> Incident?
    func incidents(_ q: IncidentQuery, offset: Int, limit: Int) throws -> [IncidentRow]
    func countIncidents(_ q: IncidentQuery) throws -> Int
    func involved(incident id: IncidentID) throws -> [Involved]

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

    func entries(dossier id: PersonID, offset: Int, limit: Int) throws -> [DossierEntry]
    func countEntries(dossier id: PersonID) throws -> Int
    func entries(case id: CaseID) throws -> [DossierEntry]
    func entry(id: EntryID) throws -> DossierEntry?
    /// The head of a dossier's chain: its last entry, else its last purge's tombstone, else genesis.
    func chainHead(dossier id: PersonID) throws -> ChainHead
    /// The head of the audit log's chain.
    func auditHead() throws -> ChainHead

    func audit(person: PersonID?, offset: Int, limit: Int) throws -> [AuditRecord]

    /// Full-text search over entries (title, body) and case summaries, within a scope.
    func search(_ query: SearchQuery) throws -> [SearchHit]

    // Verification walks everything once, in order, without holding it in memory.
    func forEachEntry(_ body: (DossierEntry) throws -> Void) throws
    func forEachAudit(_ body: (AuditRecord) throws -> Void) throws
    func tombstones() throws -> [Tombstone]
    /// `PRAGMA integrity_check` or the backend's equivalent: empty when sound.
    func integrityProblems() throws -> [String]
    func evidence(sha256: String) throws -> EvidenceFile?

    /// Counts for the Overzicht over cases opened in [from, to), and open obligations by due date.
    func statistics(scope: Scope, from: LocalDate, to: LocalDate, obligationLimit: Int, countIncidents: Bool) throws
        -> RawStatistics

    /// People whose retention period has passed (left before the cutoff), with their dossier's size.
    func retentionDue(pupilsLeftBefore: LocalDate, staffLeftBefore: LocalDate) throws -> [(Person, Int)]
}

public protocol StorageWriter: StorageReader {
    func insert(school: School) throws -> School
    /// The school record: sector, denomination, bevoegd gezag, addresses, region (id and name stay).
    func update(school: School) throws
    func insert(closure: Closure) throws -> Closure
    /// Removes a school's closures of one source whose first day lies in [from, through]; how many.
    func deleteClosures(school: SchoolID, source: ClosureSource, from: LocalDate, through: LocalDate) throws -> Int
    func insert(person: Person) throws -> Person
    func update(person: Person) throws
    func link(parent: PersonID, pupil: PersonID) throws
    func insert(user: User) throws

    func insert(incident: Incident, involved: [(PersonID, Involvement)], reportedBy: String) throws -> Incident
    func setIncident(id: IncidentID, status: IncidentStatus, reason: String?, by: String, at: Timestamp) throws

    /// The next free case number for a school and year: 2026-0001, 2026-0002 ...
    func nextCaseNumber(year: Int) throws -> String
    func insert(case: Case, openedBy: String) throws -> Case
    func close(case id: CaseID, at: Timestamp, by: String, reason: String) throws
    /// Keeps the list's due column (earliest open due date) in step with the obligations.
    func refreshCaseSummary(case id: CaseID) throws
    /// The rung the case has reached, for the list.
    func setRung(case id: CaseID, _ rung: Rung?) throws

    func insert(step: Step) throws -> Step
    func insert(obligation: Obligation, stepID: Int64?, at: Timestamp) throws -> Obligation
    func markDone(obligation id: ObligationID, at: Timestamp, by: String, entry: EntryID?) throws
    /// Moves an open obligation's due date, or suspends its term (`pausedFrom`), or resumes it (nil).
    func setDue(obligation id: ObligationID, due: LocalDate, pausedFrom: LocalDate?) throws
    /// A legal fact on a case; facts are never changed (a purge removes them with the case).
    func insert(fact: CaseFact) throws -> CaseFact

    /// Stores an entry the core has linked into its dossier's chain (seq, prev_hash, hash set),
    /// with its evidence files. The backend refuses a seq that is taken or a prev_hash that is
    /// not the hash of the entry before it. Returns the entry's id.
    func insert(entry: DossierEntry, evidence: [EvidenceFile]) throws -> EntryID
    /// Stores an audit line the core has linked into the audit chain.
    func insert(audit: AuditRecord) throws

    /// Removes a dossier's entries and the cases filed in it, leaving a tombstone with the
    /// chain's last hash. The only way anything leaves a dossier.
    func purge(dossier: PersonID, at: Timestamp, by: String, reason: String) throws -> Tombstone
}
