import CLibPQ
import Foundation

/// One libpq connection. Synchronous, like the storage port: a statement's answer is read before
/// the next statement goes. Three exceptions, each settled before anything else uses the
/// connection: a read's COMMIT (`commitWithoutWaiting`), a statement sent to be answered later
/// (`send`), and statements queued (`enqueue`) to travel with the next one that is waited for.
/// Not thread-safe on its own; `PostgresStorage` holds a lock around it.
///
/// Every statement with parameters is prepared once per connection (named `s1`, `s2`, …) and then
/// executed by name: the server plans casus's few dozen statements once, not on every call.
/// Values travel as text; bytea as `\x…` hex.
final class PGConnection {
    private var conn: OpaquePointer?
    private var prepared: [String: String] = [:]
    private var cursors = 0
    /// A BEGIN not sent yet: it travels in one message with the statement that follows it, so a
    /// transaction costs no round trip of its own (every key that reads is one).
    private var beginPending = false
    /// A read's COMMIT sent without waiting for its answer (`commitWithoutWaiting`), or a statement
    /// sent to be answered later (`send`): read before anything else goes over the connection.
    private var inFlight: InFlight?
    private enum InFlight { case commit, statement }
    /// Statements nobody waits for yet (a write's event and audit line, a transaction's first
    /// look at the heads): sent in one message with the next statement whose answer is needed,
    /// or with the COMMIT, and answered in the same round trip. A queued statement that fails
    /// fails the statement it travelled with: the transaction is then rolled back as a whole.
    private var queued: [Queued] = []
    private struct Queued {
        let name: String
        let params: [PGValue?]
        /// Takes the answer. It cannot fail: the statements after it (a COMMIT among them) have run
        /// on the server by the time it is read, and a failure here would report a saved transaction
        /// as lost.
        let then: ((PGRows) -> Void)?
    }
    /// At most this many statements wait in the queue: their answers, read only when the queue
    /// is sent, must fit in the socket's buffer, or the server would wait for this process to
    /// read while this process waits for the server to take the next statement.
    static let queueLimit = 64
    /// How often this process has waited for the server's answer (a test counts a write's round
    /// trips); a COMMIT sent without waiting is not one.
    private(set) var roundTrips = 0
    /// Where this connection goes, without a password: for messages.
    let label: String

    /// Connects with a libpq connection string (URI or key=value). PGHOST, PGSERVICE, .pgpass,
    /// sslmode and peer authentication work as for psql.
    /// How long a statement waits for a lock before it fails (55P03), in milliseconds; nil: as long
    /// as the server lets it (an administrator's `server init` and `upgrade`).
    let lockTimeout: Int?

    init(_ conninfo: String, lockTimeout: Int? = nil) throws {
        label = ConnectionString.redacted(conninfo)
        self.lockTimeout = lockTimeout
        // libpq is loaded now, not when casus starts (Sources/CLibPQ): a file never needs it.
        guard casus_libpq_load() == 1 else {
            throw PGError.libraryMissing(String(cString: casus_libpq_failure()), label: label)
        }
        let keys = ["dbname", "fallback_application_name", "client_encoding"]
        let values = [conninfo, "casus", "UTF8"]
        conn = withCStrings(keys) { k in
            withCStrings(values) { v in PQconnectdbParams(k, v, 1) }
        }
        guard let conn, PQstatus(conn) == CONNECTION_OK else {
            let message = conn.map { String(cString: PQerrorMessage($0)) } ?? "out of memory"
            PQfinish(conn)
            self.conn = nil
            throw PGError.connection(ConnectionString.scrub(message), label: label)
        }
        // Notices (a table already there, …) are not for the user's terminal.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        try readCommitted()
    }

    /// casus's transactions are written for READ COMMITTED, whatever the server's default: a
    /// read sees the access-log line committed just before it, a read-only COMMIT cannot fail,
    /// and a write that lost a race is refused at its link and run again (PostgresTransactions).
    private func readCommitted() throws {
        let wait = lockTimeout.map { "; SET lock_timeout = \($0)" } ?? ""
        let result = PQexec(conn, "SET default_transaction_isolation = 'read committed'" + wait)
        defer { PQclear(result) }
        try check(result)
    }

    deinit { if let conn { PQfinish(conn) } }

    /// The role this connection logged in as (the casus account in server mode).
    var user: String { String(cString: PQuser(conn)) }
    var database: String { String(cString: PQdb(conn)) }
    /// Whether the connection is inside a transaction block.
    var inTransaction: Bool {
        settle()
        return beginPending || !queued.isEmpty || PQtransactionStatus(conn) != PQTRANS_IDLE
    }

    /// Statements without parameters, possibly several (schema, BEGIN, COMMIT). A lone BEGIN is
    /// sent with the next statement; a transaction that ran none ends without a word to the server.
    func execute(_ sql: String) throws {
        settle()
        switch sql {
        case "BEGIN":
            // A BEGIN inside a transaction changes nothing (the server only warns), pending or sent.
            guard !inTransaction else { return }
            beginPending = true
            return
        case "COMMIT" where !queued.isEmpty:
            // The queued statements and the COMMIT in one round trip; the first failure among them
            // is thrown, and the transaction is then rolled back by the caller.
            _ = try pipeline([], then: "COMMIT")
            return
        case "COMMIT", "ROLLBACK":
            // Nothing queued is sent when the transaction is given up.
            queued.removeAll()
            if beginPending {
                beginPending = false
                return
            }
        default:
            try flush()
            try sendPendingBegin()
        }
        roundTrips += 1
        let result = PQexec(conn, sql)
        defer { PQclear(result) }
        try check(result)
    }

    /// Ends a transaction that only read: its COMMIT is sent, and its answer read before the next
    /// statement, not now. A read has nothing to lose at its COMMIT, so the key that read waits for
    /// one round trip less. A transaction that ran no statement ends without a word.
    func commitWithoutWaiting() throws {
        settle()
        // What is queued is waited for: a failure there must not pass unseen.
        if !queued.isEmpty { return try execute("COMMIT") }
        if beginPending {
            beginPending = false
            return
        }
        guard PQtransactionStatus(conn) != PQTRANS_IDLE else { return }
        guard PQsendQueryParams(conn, "COMMIT", 0, nil, nil, nil, nil, 0) == 1 else {
            try execute("COMMIT")
            return
        }
        inFlight = .commit
    }

    /// Queues a statement (prepared once per connection) to be sent with the next statement whose
    /// answer is waited for; `then` gets its rows then. For calls whose answer the caller can do
    /// without until later: the server still runs them in order, before that next statement.
    func enqueue(_ sql: String, _ params: [PGValue?] = [], then: ((PGRows) -> Void)? = nil) throws {
        settle()
        let name = try statement(sql, count: params.count)
        queued.append(Queued(name: name, params: params, then: then))
        if queued.count >= Self.queueLimit { try flush() }
    }

    /// Sends what is queued and reads its answers now.
    func flush() throws {
        settle()
        guard !queued.isEmpty else { return }
        _ = try pipeline([])
    }

    /// Sends one statement (prepared once per connection) without waiting for its answer, so that
    /// the server works on it while this process does something else; `answer()` reads it.
    func send(_ sql: String, _ params: [PGValue?] = []) throws {
        settle()
        try flush()
        try sendPendingBegin()
        let name = try statement(sql, count: params.count)
        let sent = withParams(params) { values in
            PQsendQueryPrepared(conn, name, Int32(params.count), values, nil, nil, 0)
        }
        guard sent == 1 else { throw lastError() }
        inFlight = .statement
    }

    /// The rows of the statement `send` sent (waiting for them if they have not come yet).
    func answer() throws -> PGRows {
        guard inFlight == .statement else { throw PGError.connection("no statement was sent", label: label) }
        inFlight = nil
        roundTrips += 1
        guard let result = PQgetResult(conn) else { throw lastError() }
        return try take(result)
    }

    /// A statement's result, checked, after which what is left of the statement's answer (up to
    /// the NULL that ends it) is read and dropped, also when the result is a failure: the
    /// connection is then ready for what comes next.
    private func take(_ result: OpaquePointer) throws -> PGRows {
        defer {
            PQclear(result)
            while let extra = PQgetResult(conn) { PQclear(extra) }
        }
        try check(result)
        return PGRows(result)
    }

    /// Reads the answer of a COMMIT sent without waiting: a failure there ended a read whose rows
    /// were already taken (READ COMMITTED: nothing to lose), and a lost connection shows in
    /// `isAlive` and at the next statement, as it would have. A statement sent with `send` must be
    /// answered with `answer()` before anything else uses the connection.
    func settle() {
        guard let flying = inFlight else { return }
        assert(flying == .commit, "casus: a statement sent with send() was not answered before the next")
        inFlight = nil
        while let result = PQgetResult(conn) { PQclear(result) }
    }

    /// One statement with parameters, prepared once per connection; its rows.
    @discardableResult
    func query(_ sql: String, _ params: [PGValue?] = []) throws -> PGRows {
        settle()
        let name = try statement(sql, count: params.count)
        if beginPending || !queued.isEmpty { return try pipeline([(name, params)])[0] }
        roundTrips += 1
        let result = withParams(params) { values in
            PQexecPrepared(conn, name, Int32(params.count), values, nil, nil, 0)
        }
        defer { PQclear(result) }
        try check(result)
        return PGRows(result!)
    }

    /// Calls of casus's functions sent in one message and answered in one round trip (libpq's
    /// pipeline mode: each a prepared statement, run in order in the open transaction): the rows of
    /// each, in order. A call that fails stops the rest, and its error is the one thrown.
    func batch(_ calls: [PGCall]) throws -> [PGRows] {
        try batch(calls.map { (sql: $0.sql, params: $0.arguments.map { .int($0) }) })
    }

    /// The same for statements whose parameters are not all ids (a list's filters).
    func batch(_ statements: [(sql: String, params: [PGValue?])]) throws -> [PGRows] {
        guard !statements.isEmpty else { return [] }
        settle()
        var named: [(String, [PGValue?])] = []
        for s in statements { named.append((try statement(s.sql, count: s.params.count), s.params)) }
        return try pipeline(named)
    }

    /// Prepared statements in one message, after a pending BEGIN and what is queued, and before a
    /// closing statement without parameters (`then`: the COMMIT); the rows of `statements`, in
    /// order. Every result is read, also after a failure: the connection is ready again only then.
    private func pipeline(_ statements: [(name: String, params: [PGValue?])], then closing: String? = nil) throws
        -> [PGRows]
    {
        settle()
        let waiting = queued
        queued.removeAll()
        guard PQenterPipelineMode(conn) == 1 else { throw lastError() }
        defer {
            // Left with results unread (a send that failed part-way): start the connection afresh
            // rather than hand those results to the statements after.
            if PQexitPipelineMode(conn) != 1 { try? reset() }
        }
        let begin = beginPending
        beginPending = false
        if begin, PQsendQueryParams(conn, "BEGIN", 0, nil, nil, nil, nil, 0) != 1 { throw lastError() }
        for (name, params) in waiting.map({ ($0.name, $0.params) }) + statements {
            let sent = withParams(params) { values in
                PQsendQueryPrepared(conn, name, Int32(params.count), values, nil, nil, 0)
            }
            guard sent == 1 else { throw lastError() }
        }
        if let closing, PQsendQueryParams(conn, closing, 0, nil, nil, nil, nil, 0) != 1 { throw lastError() }
        guard PQpipelineSync(conn) == 1 else { throw lastError() }
        roundTrips += 1
        var answers: [PGRows] = []
        var failure: Error?
        let count = (begin ? 1 : 0) + waiting.count + statements.count + (closing == nil ? 0 : 1)
        for n in 0..<count {
            // Each statement's result, then a NULL that ends it.
            guard let result = PQgetResult(conn) else { throw lastError() }
            do {
                let rows = try take(result)
                guard failure == nil else { continue }
                let k = n - (begin ? 1 : 0)
                if k >= 0, k < waiting.count {
                    waiting[k].then?(rows)
                } else if k >= waiting.count, k - waiting.count < statements.count {
                    answers.append(rows)
                }
            } catch {
                // After a failure the server skips the rest; their answers are read all the same.
                if failure == nil { failure = error }
            }
        }
        // The end of the pipeline.
        while let result = PQgetResult(conn) {
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_PIPELINE_SYNC { break }
        }
        if let failure { throw failure }
        return answers
    }

    private func sendPendingBegin() throws {
        guard beginPending else { return }
        beginPending = false
        roundTrips += 1
        let result = PQexec(conn, "BEGIN")
        defer { PQclear(result) }
        try check(result)
    }

    private func lastError() -> PGError {
        PGError.connection(String(cString: PQerrorMessage(conn)), label: label)
    }

    /// One row or none.
    func row(_ sql: String, _ params: [PGValue?] = []) throws -> PGRow? {
        let rows = try query(sql, params)
        return rows.count == 0 ? nil : rows[0]
    }

    /// Walks a query's rows a batch at a time through a cursor, so millions of rows need the
    /// memory of one batch, and `body` may run other statements meanwhile. Inside a transaction.
    func each(_ sql: String, _ params: [PGValue?] = [], batch: Int = 2000, _ body: (PGRow) throws -> Void) throws {
        settle()
        try flush()
        try sendPendingBegin()
        roundTrips += 1
        cursors += 1
        let cursor = "casus_walk_\(cursors)"
        _ = try withParams(params) { values -> PGRows in
            let result = PQexecParams(
                conn, "DECLARE \(cursor) NO SCROLL CURSOR FOR " + sql, Int32(params.count), nil, values, nil, nil, 0)
            defer { PQclear(result) }
            try check(result)
            return PGRows(result!)
        }
        defer { try? execute("CLOSE \(cursor)") }
        while true {
            let rows = try query("FETCH \(batch) FROM \(cursor)")
            for i in 0..<rows.count { try body(rows[i]) }
            if rows.count < batch { break }
        }
        // What the last rows' body queued is answered here, its failure this walk's (the CLOSE
        // after it may fail unseen).
        try flush()
    }

    /// Starts listening on a channel (LISTEN/NOTIFY): notifications arrive between transactions.
    func listen(_ channel: String) throws { try execute("LISTEN \(channel)") }

    /// The payloads of the notifications that have arrived, without waiting.
    func notifications() -> [String] {
        settle()
        guard PQconsumeInput(conn) == 1 else { return [] }
        var payloads: [String] = []
        while let n = PQnotifies(conn) {
            payloads.append(String(cString: n.pointee.extra))
            PQfreemem(n)
        }
        return payloads
    }

    /// Whether the server still answers (a restarted server drops every connection).
    var isAlive: Bool {
        settle()
        return PQstatus(conn) == CONNECTION_OK
    }

    /// Connects again with the same parameters; prepared statements are prepared again.
    func reset() throws {
        PQreset(conn)
        prepared = [:]
        beginPending = false
        queued.removeAll()
        inFlight = nil
        guard PQstatus(conn) == CONNECTION_OK else {
            throw PGError.connection(ConnectionString.scrub(String(cString: PQerrorMessage(conn))), label: label)
        }
        try readCommitted()
    }

    private func statement(_ sql: String, count: Int) throws -> String {
        if let name = prepared[sql] { return name }
        let name = "s\(prepared.count + 1)"
        roundTrips += 1
        let result = PQprepare(conn, name, sql, Int32(count), nil)
        defer { PQclear(result) }
        try check(result)
        prepared[sql] = name
        return name
    }

    private func check(_ result: OpaquePointer?) throws {
        guard let result else { throw PGError.connection(String(cString: PQerrorMessage(conn)), label: label) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return
        default:
            func field(_ code: Character) -> String? {
                PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
            }
            if PQstatus(conn) != CONNECTION_OK {
                throw PGError.connection(String(cString: PQerrorMessage(conn)), label: label)
            }
            throw PGError.server(
                PGServerError(
                    sqlstate: field("C") ?? "XX000", message: field("M") ?? String(cString: PQerrorMessage(conn)),
                    detail: field("D"), hint: field("H")))
        }
    }
}

/// A parameter: text, or bytes (sent as bytea's hex form).
enum PGValue {
    case text(String)
    case bytes([UInt8])

    var wire: String {
        switch self {
        case let .text(s): return s
        case let .bytes(b): return "\\x" + PGHex.encode(b)
        }
    }
}

extension PGValue {
    static func int(_ i: Int64) -> PGValue { .text(String(i)) }
    static func int(_ i: Int) -> PGValue { .text(String(i)) }
    static func bool(_ b: Bool) -> PGValue { .text(b ? "true" : "false") }
}

/// C strings for a list of Swift strings, alive for the call.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) throws -> R) rethrows
    -> R
{
    let copies = strings.map { strdup($0) }
    defer { for copy in copies { free(copy) } }
    var pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
    return try pointers.withUnsafeMutableBufferPointer { try body(UnsafePointer($0.baseAddress!)) }
}

/// The parameters as C strings (NULL for nil), alive for the call.
private func withParams<R>(_ params: [PGValue?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) throws -> R) rethrows
    -> R
{
    let copies: [UnsafeMutablePointer<CChar>?] = params.map { p in p.flatMap { strdup($0.wire) } }
    defer { for copy in copies { free(copy) } }
    var pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
    if pointers.isEmpty { return try body(nil) }
    return try pointers.withUnsafeMutableBufferPointer { try body(UnsafePointer($0.baseAddress!)) }
}

/// A call of one of casus's set-returning functions with numeric arguments (PGConnection.batch),
/// sent as a prepared statement with its arguments as parameters.
struct PGCall {
    let function: String
    let arguments: [Int64]

    init(_ function: String, _ arguments: Int64...) {
        precondition(
            function.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "_") }, "casus: not a function name: \(function)")
        self.function = function
        self.arguments = arguments
    }

    var sql: String {
        "SELECT * FROM casus.\(function)(\(arguments.indices.map { "$\($0 + 1)" }.joined(separator: ", ")))"
    }
}
