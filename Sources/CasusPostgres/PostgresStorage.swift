import CasusCore
import Foundation

/// Server mode: the CasusStorage port on a PostgreSQL server (DESIGN.md §5). Every read and
/// write goes through casus's functions on the server (PGSchema), which check the caller's role
/// and school, recompute every hash and derive the rows; this class only carries the calls.
///
/// Two connections under one lock: the main one for transactions and LISTEN/NOTIFY, and a
/// second one that commits the access-log line of a dossier read before the read itself (see
/// PGSchema+Access). Writes are optimistic (PostgresTransactions): a write that finds the chain
/// moved on is run again when nothing it read has changed, and refused with a clear message when
/// something it read has.
public final class PostgresStorage: CasusStorage, @unchecked Sendable {
    // @unchecked: every use of the connections and the token is under `lock`.
    let lock = NSLock()
    let main: PGConnection
    let conninfo: String
    var logConnection: PGConnection?
    /// The access-log line asked for on the second connection and not yet answered: sent again
    /// on a new connection when the first was lost (ConnectionLoss).
    /// The access-log call on its way on the second connection (`requestTicket`), to send again on a
    /// new connection when the first was lost.
    var pendingTicket: (sql: String, arguments: [PGValue?])?
    private var token: UInt64 = 0
    var listening = false
    /// Tests only: stands in for a write's COMMIT, given the real one to run or not (a lost answer).
    var commitFault: ((_ commit: () throws -> Void) throws -> Void)?
    /// A write whose COMMIT was sent when the connection went, with the server out of reach then:
    /// the chains' heads it began on and those it sent (`chainHolds`). The next write looks it up
    /// first, so that a save kept after all is not saved a second time (a review: a note was,
    /// into a dossier that can never be changed).
    /// The tests' stand-in for a server out of reach when casus reconnects (used once).
    var reconnectFault: PGError?
    var uncertainWrite: (started: (event: ChainHead, audit: ChainHead), sent: (event: ChainHead, audit: ChainHead))?
    /// Inside a migration's one transaction (ServerImport): reads run in it, writes are refused.
    var importing = false

    /// Where the store is, without a password: for messages and the bench's report.
    public let label: String

    /// Connects and checks the server holds a casus schema of this version.
    public init(url: String) throws {
        conninfo = url
        label = ConnectionString.redacted(url)
        do {
            main = try PGConnection(url, lockTimeout: Self.lockWait)
            let version = try main.row("SELECT casus.schema_version() AS v")?.text("v")
            guard version == PGSchema.version else {
                // An older schema this casus can bring up to date: the database's administrator does.
                let upgradable = version.map { ServerUpgrade.steps(from: $0) != nil } ?? false
                throw CasusError(
                    .storage, PGSchema.otherVersion(version, on: label),
                    hint: upgradable
                        ? Phrase(
                            "Er is niets veranderd. De beheerder van de database brengt de server bij met `casus --db URL server upgrade` (als postgres).",
                            "Nothing was changed. The database's administrator brings the server up to date with `casus --db URL server upgrade` (as postgres)."
                        )
                        : Phrase(
                            "Er is niets veranderd. Gebruik een casus die bij de server past.",
                            "Nothing was changed. Use a casus that matches the server."))
            }
        } catch let error as PGError {
            throw PGErrorMapping.map(error, label: label)
        }
    }

    /// The role this storage is logged in as.
    public var account: String { lock.withLock { main.user } }

    public func read<T>(_ body: (any StorageReader) throws -> T) throws -> T {
        try lock.withLock {
            if importing {
                // The import's own transaction: `verify` reads what was moved before it is kept.
                return try run(on: main, label: label) { try body(PGAccess(storage: self, mode: .read)) }
            }
            try reconnectIfNeeded()
            // A read lost with its connection (the server restarted) is read again on a new one.
            return try waitingOut {
                try run(on: main, label: label) {
                    do {
                        return try readOnce(body)
                    } catch let error as PGError where error.isConnectionLoss {
                        try reconnectAfterLoss(committing: false)
                        return try readOnce(body)
                    }
                }
            }
        }
    }

    /// One read transaction on the main connection (under the lock); libpq's failures as they came.
    private func readOnce<T>(_ body: (any StorageWriter) throws -> T) throws -> T {
        try main.execute("BEGIN")
        do {
            let result = try body(PGAccess(storage: self, mode: .read))
            try main.commitWithoutWaiting()
            return result
        } catch {
            try? main.execute("ROLLBACK")
            throw error
        }
    }

    public func write<T>(_ body: (any StorageWriter) throws -> T) throws -> T {
        try lock.withLock {
            if importing { throw Self.busyMigrating }
            try reconnectIfNeeded()
            return try waitingOut { try PostgresTransactions.write(self, body) }
        }
    }

    /// The line a read leaves, in one round trip: committed on its own (no BEGIN, no COMMIT),
    /// linked after the audit log's head with its hash computed on the server.
    public func appendAuditLine(_ line: AuditRecord) throws {
        try appendReadLines(line, people: line.personID.map { [$0] })
    }

    /// A read's lines for the people it showed, in one call (`read_lines`, which chains them as one
    /// set): the lines of one read share all but the person (`Session.auditRead(_:people:detail:)`);
    /// any others go one by one.
    public func appendAuditLines(_ lines: [AuditRecord]) throws {
        guard let first = lines.first else { return }
        guard
            lines.allSatisfy({
                $0.at == first.at && $0.account == first.account && $0.realAccount == first.realAccount
                    && $0.action == first.action && $0.caseID == first.caseID && $0.detail == first.detail
                    && $0.personID != nil
            })
        else {
            for line in lines { try appendAuditLine(line) }
            return
        }
        let people = lines.compactMap(\.personID)
        for start in stride(from: 0, to: people.count, by: PGSchema.readLinesPerCall) {
            try appendReadLines(
                first, people: Array(people[start..<min(people.count, start + PGSchema.readLinesPerCall)]))
        }
    }

    /// `read_lines`: the line's fields, once for every person in `people` (nil: one line naming no one).
    private func appendReadLines(_ line: AuditRecord, people: [PersonID]?) throws {
        let list = people.map(PGArray.ints)
        try lock.withLock {
            if importing { throw Self.busyMigrating }
            try reconnectIfNeeded()
            try waitingOut {
                try run(on: main, label: label) {
                    _ = try main.row(
                        "SELECT casus.read_lines($1, $2, $3, $4, $5::bigint[], $6, $7) AS id",
                        [
                            .text(line.at.iso), .text(line.account), line.realAccount.map { .text($0) },
                            .text(line.action), list.map { .text($0) }, line.caseID.map { .int($0) },
                            .text(line.detail),
                        ])
                }
            }
        }
    }

    static let busyMigrating = CasusError(
        .refused,
        Phrase("tijdens een overzetting wordt er niets anders opgeslagen", "nothing else is saved during a migration"))

    /// The server's full-text vectors are checked against their texts inside the read
    /// (`casus.integrity()`), in the same snapshot as the replay: nothing is left for outside it.
    public func indexProblems() throws -> [String] { [] }

    /// Every function checks the caller's role and school as they stand (PGSchema.caller).
    public var checksAccountsItself: Bool { true }

    /// The event chain's length, as the server counts it: asked again when a NOTIFY arrived (every
    /// session that saves sends one, this one too), so a tick costs no round trip to the server
    /// unless one did. The notification's number is not taken: any account may send one, with
    /// any number in it, and a huge one would have stopped every screen from hearing of a save.
    public func changeToken() throws -> UInt64 {
        try lock.withLock {
            try reconnectIfNeeded()
            return try waitingOut {
                if !listening {
                    try run(on: main, label: label) { try main.listen("casus") }
                    listening = true
                    token = try serverToken()
                }
                if !main.notifications().isEmpty { token = try serverToken() }
                return token
            }
        }
    }

    /// `change_token()`: the event chain's length. Called with the lock held.
    private func serverToken() throws -> UInt64 {
        try run(on: main, label: label) {
            UInt64(max(0, try main.row("SELECT casus.change_token() AS t")?.int64("t") ?? 0))
        }
    }

    /// The lines for reading a list (`cases`, `reports`, `people`: PGSchema.access), kept five
    /// minutes (the server takes one for ten): a screen that reloads its list at every save of
    /// another session logs a line every five minutes, not one a reload.
    var listTickets: [String: (ticket: Int64, at: ContinuousClock.Instant)] = [:]

    /// The line for reading a list, taken anew once it is five minutes old. Not while another
    /// line is asked for (`requestTicket`): both go on the second connection. Called with the
    /// lock held.
    func listTicket(_ list: String) throws -> Int64 {
        if let kept = listTickets[list] {
            let age = kept.at.duration(to: .now)
            // While another line is on its way a kept one serves a little longer (the server takes
            // one for ten minutes): the second connection is busy.
            let pace = Duration.seconds(Session.listLineInterval)
            if age < pace || (pendingTicket != nil && age < pace + .seconds(240)) { return kept.ticket }
        }
        guard pendingTicket == nil else {
            throw PGError.connection("a list's line was asked for while another line is on its way", label: label)
        }
        let ticket = try ticket("list", id: nil, detail: list)
        listTickets[list] = (ticket, .now)
        return ticket
    }

    /// Commits a line in the access log on the second connection, and returns it as the ticket
    /// the read that follows must show. Called with the lock held.
    func ticket(_ what: String, id: Int64?, detail: String? = nil) throws -> Int64 {
        try requestTicket(what, id: id, detail: detail)
        return try collectTicket()
    }

    /// Sends the access-log line's call on the second connection without waiting: the server
    /// commits it while the main connection reads on. `collectTicket()` takes the answer; nothing
    /// else uses the second connection in between. Called with the lock held.
    func requestTicket(_ what: String, id: Int64?, detail: String? = nil) throws {
        try requestTicket(
            "SELECT casus.log_read($1, $2, $3) AS t", [.text(what), id.map { .int($0) }, detail.map { .text($0) }])
    }

    /// A search's line and its dossiers' lines (`log_search`), committed before any hit is read:
    /// the server shows hits only in the dossiers it named. Called with the lock held.
    func searchTicket(_ scope: [PGValue?], words: [String], limit: Int, enough: Int, reports: Bool) throws -> Int64 {
        try requestTicket(
            "SELECT casus.log_search($1, $2, $3, $4, $5, $6, $7) AS t",
            scope + [.text(PGArray.text(words)), .int(limit), .int(enough), .bool(reports)])
        return try collectTicket()
    }

    func requestTicket(_ sql: String, _ arguments: [PGValue?]) throws {
        pendingTicket = (sql, arguments)
        try run(on: nil, label: label) {
            if logConnection == nil || logConnection?.isAlive == false {
                logConnection = try PGConnection(conninfo, lockTimeout: Self.lockWait)
            }
            do {
                try sendTicket()
            } catch let error as PGError where error.isConnectionLoss {
                logConnection = try PGConnection(conninfo, lockTimeout: Self.lockWait)
                try sendTicket()
            }
        }
    }

    private func sendTicket() throws {
        guard let log = logConnection, let (sql, arguments) = pendingTicket else { return }
        try log.send(sql, arguments)
    }

    /// The answer to `requestTicket`: the line's id. A connection lost meanwhile (the server
    /// restarted) is made again and the line asked for there: a line is an attempt, so one lost
    /// with its connection costs nothing but the line.
    func collectTicket() throws -> Int64 {
        guard let log = logConnection else {
            throw PGError.connection("no access-log line was asked for", label: label)
        }
        defer { pendingTicket = nil }
        func answer(_ log: PGConnection) throws -> Int64 {
            let rows = try log.answer()
            return rows.count == 0 ? 0 : rows[0].int64("t") ?? 0
        }
        return try run(on: log, label: label) {
            do {
                return try answer(log)
            } catch let error as PGError where error.isConnectionLoss && pendingTicket != nil {
                let again = try PGConnection(conninfo, lockTimeout: Self.lockWait)
                logConnection = again
                try sendTicket()
                return try answer(again)
            }
        }
    }

    /// The dossier with the most entries the account may read (`casus bench run`).
    public func largestDossier(school: SchoolID? = nil) throws -> PersonID? {
        try lock.withLock {
            try waitingOut {
                try run(on: main, label: label) {
                    try main.row("SELECT casus.largest_dossier($1) AS d", [school.map { .int($0) }])?.int64("d")
                }
            }
        }
    }

    /// After the server restarted: a new connection (statements are prepared again, LISTEN too).
    private func reconnectIfNeeded() throws {
        guard !main.isAlive else { return }
        try run(on: nil, label: label) { try main.reset() }
        listening = false
        // The second connection went with the first (a restart ends both), whatever it says.
        logConnection = nil
    }

    /// Runs libpq calls and turns their failures into CasusErrors; a lock not had in time into
    /// `LockWait`, which `waitingOut` answers.
    func run<T>(on connection: PGConnection?, label: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PGError {
            if error.sqlstate == LockWait.sqlstate { throw LockWait() }
            throw PGErrorMapping.map(error, label: label)
        }
    }
}

extension NSLock {
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}
