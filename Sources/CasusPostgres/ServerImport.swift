import CasusCore
import Foundation

/// `casus migrate --to postgresql://…`: a personal database moved into an empty server, in one
/// transaction (PGSchema+Import). The rows and chains travel as they stand; the server checks
/// every hash and link as they arrive; then `verify` replays the whole chain against what the
/// server now holds, inside the same transaction, and only a sound result is committed. Any
/// failure on the way leaves the server as empty as it was.
public enum ServerImport {
    public struct Report: Sendable {
        /// Rows moved per table (events and audit lines included), in the order they went.
        public var tables: [(name: String, rows: Int)] = []
        public var head = ChainHead.genesis
        public var auditHead = ChainHead.genesis
        /// The server's check inside the transaction, before COMMIT.
        public var verify = VerifyReport()
        /// Whether the server took the importer as its administrator (else as the founder).
        public var administrator = false
    }

    /// What the importer supplies: the profiles `verify` replays with, whether the source has the
    /// importer as a director or the board, where to say how far it is, and what the move's audit
    /// line says (given the event chain's head).
    public struct Steps {
        public var profiles: ProfileRegistry
        public var importerAllowed: (_ administrator: Bool) throws -> Void
        public var progress: (String, Int, Int) -> Void
        public var auditDetail: (ChainHead) -> String
        /// How long, in seconds, the move waits for a lock another session holds.
        public var patience = PostgresStorage.patience

        public init(
            profiles: ProfileRegistry,
            importerAllowed: @escaping (Bool) throws -> Void,
            progress: @escaping (String, Int, Int) -> Void,
            auditDetail: @escaping (ChainHead) -> String
        ) {
            self.profiles = profiles
            self.importerAllowed = importerAllowed
            self.progress = progress
            self.auditDetail = auditDetail
        }
    }

    /// Rows per call: about a megabyte of JSON with a dossier's letters; an evidence file (up to
    /// 25 MB) travels alone. A call also ends at `maxBytes` of JSON, well below jsonb's limit.
    static let batch = 2000
    static let maxBytes = 16 << 20

    public static func run(from source: any StoreCopySource, into storage: PostgresStorage, steps: Steps) throws
        -> Report
    {
        do {
            return try moving(from: source, into: storage, steps: steps)
        } catch is LockWait {
            // Its one transaction is gone with the lock it waited for: nothing was kept.
            throw LockWait.busy(
                holders: [], waited: steps.patience,
                nothingDone: Phrase("De server is leeg gebleven.", "The server stayed empty.")
            ).appending(Phrase("; er is niets overgezet", "; nothing was moved"))
        }
    }

    private static func moving(from source: any StoreCopySource, into storage: PostgresStorage, steps: Steps) throws
        -> Report
    {
        var report = Report()
        let conn = storage.main
        let label = storage.label
        try storage.lock.withLock {
            try storage.run(on: conn, label: label) {
                // READ COMMITTED whatever the server's default: verify's walk tickets are committed
                // by the second connection while this transaction runs.
                try conn.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
                // One transaction for the whole move: a lock another session holds a while (another
                // database's `server init` holds the server's role catalog, which every account's
                // login role needs) is waited for as long as a save waits in all, not the three
                // seconds after which a save runs again: the move failed with "LockWait()" (CI).
                try conn.execute("SET LOCAL lock_timeout = '\(steps.patience)s'")
                do {
                    report.administrator = try conn.row("SELECT casus.import_begin() AS a")?.bool("a") ?? false
                } catch {
                    try? conn.execute("ROLLBACK")
                    throw error
                }
            }
            storage.importing = true
        }
        var committed = false
        defer {
            if !committed {
                storage.lock.withLock {
                    storage.importing = false
                    try? conn.execute("ROLLBACK")
                }
            }
        }
        try steps.importerAllowed(report.administrator)
        // The chains' heads as the copy read them: the server checks at the end that it holds
        // exactly these, so a copy cut short cannot be kept.
        var heads = (event: ChainHead.genesis, audit: ChainHead.genesis)
        try source.copy { reader in
            for table in [StoreCopy.events, StoreCopy.audit] + StoreCopy.rows {
                let total = try reader.count(table)
                var moved = 0
                steps.progress(table.name, moved, total)
                // The chains have a function each; every other table goes through import_rows.
                let (sql, leading): (String, [PGValue?]) =
                    switch table.name {
                    case "event": ("SELECT casus.import_events($1) AS n", [])
                    case "audit": ("SELECT casus.import_audit($1) AS n", [])
                    default: ("SELECT casus.import_rows($1, $2) AS n", [.text(table.name)])
                    }
                func send(_ rows: ArraySlice<[StoreCopy.Value]>) throws {
                    let params = leading + [.text(ImportJSON.objects(table.columns, rows))]
                    let n = try storage.lock.withLock {
                        try storage.run(on: conn, label: label) { try conn.row(sql, params)?.int64("n") ?? 0 }
                    }
                    moved += Int(n)
                    steps.progress(table.name, moved, total)
                }
                try reader.forEachBatch(table, size: table.name == "evidence" ? 1 : batch) { rows in
                    // At most `maxBytes` of JSON a call (a dossier of long letters).
                    var start = 0
                    var bytes = 0
                    for (i, row) in rows.enumerated() {
                        let size = ImportJSON.estimate(row)
                        if i > start, bytes + size > maxBytes {
                            try send(rows[start..<i])
                            start = i
                            bytes = 0
                        }
                        bytes += size
                    }
                    try send(rows[start...])
                    if let last = rows.last, table.name == "event" || table.name == "audit",
                        case let .integer(seq) = last[0], case let .text(hash) = last[last.count - 1]
                    {
                        let head = ChainHead(seq: seq, hash: hash)
                        if table.name == "event" { heads.event = head } else { heads.audit = head }
                    }
                }
                report.tables.append((table.name, moved))
            }
        }
        try storage.lock.withLock {
            try storage.run(on: conn, label: label) { try conn.execute("SELECT casus.import_compact()") }
        }
        let importer = storage.account
        report.verify = try Integrity.ofWholeStore(storage, checkedBy: importer, profiles: steps.profiles)
            .verify(record: false)
        guard report.verify.isSound else { return report }
        // The move itself is a line in the audit log, by the importer, after every line it brought.
        let line = AuditRecord(
            at: Timestamp.now(), account: importer, realAccount: nil, action: "migrate", personID: nil, caseID: nil,
            detail: steps.auditDetail(heads.event)
        ).linked(after: heads.audit)
        report.auditHead = ChainHead(seq: heads.audit.seq + 1, hash: line.hash)
        try storage.lock.withLock {
            try storage.run(on: conn, label: label) {
                // At its place after the lines brought (insert_audit takes the place too).
                let access = PGAccess(storage: storage, mode: .read)
                access.heads = heads
                try access.insert(audit: line)
                try conn.query(
                    "SELECT casus.import_finish($1, $2, $3, $4)",
                    [
                        .int(heads.event.seq), .text(heads.event.hash), .int(report.auditHead.seq),
                        .text(report.auditHead.hash),
                    ])
                try conn.execute("COMMIT")
            }
            committed = true
            storage.importing = false
        }
        report.head = heads.event
        return report
    }
}

/// A batch of rows as a JSON array of objects, for the import functions' jsonb parameter.
/// Written by hand: a district is millions of rows, and this is the one format they travel in.
enum ImportJSON {
    static let null = Array("null".utf8)
    static let byteaStart = Array("\"\\\\x".utf8)
    static let controlStart = Array("\\u00".utf8)

    static func objects(_ columns: [String], _ rows: ArraySlice<[StoreCopy.Value]>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 256)
        let keys = columns.map { column -> [UInt8] in
            var k: [UInt8] = []
            string(column, into: &k)
            k.append(UInt8(ascii: ":"))
            return k
        }
        // A payload or a file is bytes on the server, whatever SQLite typed it as.
        let binary = columns.map { $0 == "payload" || $0 == "data" }
        out.append(UInt8(ascii: "["))
        for (r, row) in rows.enumerated() {
            if r > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            for (i, value) in row.enumerated() where i < keys.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: keys[i])
                switch value {
                case .null: out.append(contentsOf: null)
                case let .integer(n): out.append(contentsOf: String(n).utf8)
                case let .real(d): out.append(contentsOf: String(d).utf8)
                case let .text(s):
                    if binary[i] { hex(s.utf8, into: &out) } else { string(s, into: &out) }
                case let .bytes(b):
                    if binary[i] { hex(b, into: &out) } else { string(String(decoding: b, as: UTF8.self), into: &out) }
                }
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// About how many bytes of JSON a row becomes (a file's bytes twice, as hex).
    static func estimate(_ row: [StoreCopy.Value]) -> Int {
        row.reduce(0) { n, v in
            switch v {
            case .null, .integer, .real: n + 24
            case let .text(t): n + t.utf8.count + 16
            case let .bytes(b): n + 2 * b.count + 16
            }
        }
    }

    /// `"\\x…"`: bytea's hex input form, as a JSON string.
    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes, into out: inout [UInt8]) {
        out.append(contentsOf: byteaStart)
        for b in bytes {
            out.append(PGHex.digits[Int(b >> 4)])
            out.append(PGHex.digits[Int(b & 0x0f)])
        }
        out.append(UInt8(ascii: "\""))
    }

    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(b)
            case 0..<0x20:
                out.append(contentsOf: controlStart)
                out.append(PGHex.digits[Int(b >> 4)])
                out.append(PGHex.digits[Int(b & 0x0f)])
            default:
                out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
