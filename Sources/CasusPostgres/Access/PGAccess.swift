import CasusCore

/// Reads and writes inside one transaction on the server: each port method is one call of a
/// casus function (PGSchema). In a write transaction it also keeps the chains' heads as they
/// stood when the transaction began (advanced by its own appends), and the read set: what it
/// looked at, so that a race with another session can be told apart from a conflict
/// (PostgresTransactions).
final class PGAccess: StorageWriter {
    enum Mode { case read, write }

    let storage: PostgresStorage
    let mode: Mode
    var conn: PGConnection { storage.main }

    /// The heads when the transaction began; `heads` as this transaction has moved them (without
    /// their hashes where the server links for this login: `ChainHead.advanced`); `sent`: the last
    /// event and line this transaction sent, by the hash it sent (`chainHolds`).
    private(set) var started = (event: ChainHead.genesis, audit: ChainHead.genesis)
    var heads = (event: ChainHead.genesis, audit: ChainHead.genesis)
    var sent = (event: ChainHead.genesis, audit: ChainHead.genesis)
    /// Whether the queued look at the heads (`begin`, or `lockTaken`'s) has been answered.
    private var headsKnown = false
    /// Whether a statement that takes the writers' lock has been queued in this transaction.
    private var locked = false
    /// A dossier's head and a new entry id asked for ahead (`prepareEntrySlot`), for a dossier or
    /// for a case's dossier (known once answered). Head and id are nil until answered, and nil
    /// after for a dossier the caller may not read.
    var preparedSlot: PreparedSlot?
    /// Numbers drawn ahead (`prepareNumbers`), by counter: those answered and not handed out yet,
    /// in order, and how many more are on their way.
    var preparedNumbers: [String: (ready: [Int64], pending: Int)] = [:]
    /// What this transaction read, as keys the server's `conflict` function knows.
    private(set) var readSet: Set<String> = []
    /// The access-log lines this transaction took for cases' contents (`caseTicket`; one taken
    /// while a case's record was read, `caseToOpen`), nil for a case the server said is not there.
    var caseTickets: [CaseID: Int64?] = [:]
    /// The same for dossiers (`dossierTicket`): their entries, count, outline and letter sendings.
    var dossierTickets: [PersonID: Int64?] = [:]
    /// The same for reports (`reportTicket`): their text, evidence and who they name.
    var reportTickets: [IncidentID: Int64] = [:]
    /// The access-log line for this transaction's walks of the whole store, and when it was taken.
    var walk: (ticket: Int64, at: ContinuousClock.Instant)?

    init(storage: PostgresStorage, mode: Mode) {
        self.storage = storage
        self.mode = mode
    }

    /// The first statement of a write: where the chains stand now. `locking`: takes the chains'
    /// lock first, so no other session saves until this transaction ends (PostgresTransactions: a
    /// write that lost a race). The call is queued: it travels with the transaction's first read
    /// (the server runs it first, so every read sees the chains as they stood here).
    func begin(locking: Bool = false) throws {
        locked = locking
        try startHeads(locking ? "SELECT * FROM casus.begin_write()" : "SELECT * FROM casus.heads()")
    }

    /// A note's slot (a dossier's head and an entry id, which takes the writers' lock) was just
    /// queued. A note adds to a dossier and decides nothing another save can change: when the slot
    /// is the transaction's first statement and nothing was read before it, every read of the note
    /// runs under the lock and sees the chains as nobody can move them until the COMMIT, so the
    /// heads are read again right behind it (in the same round trip) and the note starts there.
    /// Judged by the heads read before the lock, three directors noting one case at once had most
    /// notes refused as changed by another. A decision (a step, a closing) drawing its id is still
    /// judged by the heads before its lock: a director who stepped a case while another director's
    /// step of it was being saved is told (PostgresWriteTrafficTests).
    func lockTaken() throws {
        guard mode == .write, !locked else { return }
        locked = true
        guard readSet.isEmpty else { return }
        try startHeads("SELECT * FROM casus.heads()")
    }

    private func startHeads(_ sql: String) throws {
        headsKnown = false
        try conn.enqueue(sql) { rows in
            self.started = Self.heads(rows.first)
            self.heads = self.started
            self.sent = self.started
            self.headsKnown = true
        }
    }

    /// The heads of this write transaction, as it has moved them (read with its first statement).
    func writeHeads() throws -> (event: ChainHead, audit: ChainHead) {
        if !headsKnown { try conn.flush() }
        return heads
    }

    func currentHeads() throws -> (event: ChainHead, audit: ChainHead) {
        Self.heads(try conn.row("SELECT * FROM casus.heads()"))
    }

    private static func heads(_ r: PGRow?) -> (event: ChainHead, audit: ChainHead) {
        guard let r else { return (.genesis, .genesis) }
        return (
            ChainHead(seq: r.id("event_seq"), hash: r.string("event_hash")),
            ChainHead(seq: r.id("audit_seq"), hash: r.string("audit_hash"))
        )
    }

    /// Notes what a write transaction read (reads in a read transaction need no note).
    func saw(_ key: String) {
        if mode == .write { readSet.insert(key) }
    }

    /// The read set as it stood when each write still waiting for its answer was queued, oldest
    /// first (each write's answer takes its own off). A write refused in a later round trip is
    /// judged by what was read before it, not by reads queued after it that never ran.
    private var readSetsOfQueuedWrites: [Set<String>] = []

    /// Queues a write's call; its refusal fails the statement it travels with (PGConnection).
    func enqueueWrite(_ sql: String, _ params: [PGValue?]) throws {
        // Every write takes the writers' lock on the server.
        locked = true
        readSetsOfQueuedWrites.append(readSet)
        try conn.enqueue(sql, params) { _ in self.readSetsOfQueuedWrites.removeFirst() }
    }

    /// What the transaction had read before the statement that failed, as a text[] literal: the
    /// read set when the first write not answered was queued (the refused one), else all of it.
    var readSetLiteral: String { PGArray.text((readSetsOfQueuedWrites.first ?? readSet).sorted()) }

    /// A scope as the three parameters every list function takes first.
    static func scope(_ s: Scope) -> [PGValue?] {
        [s.schoolID.map { .int($0) }, .bool(s.pupilDossiers), .bool(s.staffDossiers)]
    }

    /// Every row of a call.
    func rows(_ sql: String, _ params: [PGValue?] = []) throws -> PGRows { try conn.query(sql, params) }

    func row(_ sql: String, _ params: [PGValue?] = []) throws -> PGRow? { try conn.row(sql, params) }

    /// A number a function returns (counts).
    func number(_ sql: String, _ params: [PGValue?]) throws -> Int {
        Int(try conn.row(sql, params)?.int64("n") ?? 0)
    }
}

/// Where the next entry goes, asked for ahead (PGAccess.prepareEntrySlot).
struct PreparedSlot {
    enum Asked: Equatable { case dossier(PersonID), `case`(CaseID) }
    var asked: Asked
    var answered = false
    /// The dossier: known when asked for a dossier, else from the answer.
    var dossier: PersonID?
    var head: ChainHead?
    var id: EntryID?
}

/// Array literals for text[] and bigint[] parameters.
enum PGArray {
    static func ints(_ items: [Int64]) -> String {
        "{" + items.map(String.init).joined(separator: ",") + "}"
    }

    static func text(_ items: [String]) -> String {
        "{" + items.map(quote).joined(separator: ",") + "}"
    }

    static func bytes(_ items: [[UInt8]]) -> String {
        "{" + items.map { quote("\\x" + PGHex.encode($0)) }.joined(separator: ",") + "}"
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
