import CasusCore
import Foundation
import GRDB
import Synchronization

/// The embedded backend: one SQLite file, WAL, busy timeout, foreign keys, versioned migrations.
public final class SQLiteStorage: CasusStorage, @unchecked Sendable {
    // @unchecked: GRDB's DatabaseWriter is itself thread-safe; `checkpoints` is set once, before
    // the session writes, and BackgroundCheckpoint guards its own state.
    let writer: any DatabaseWriter
    public let path: String
    /// Set for an interactive session (`checkpointInBackground`), before any write.
    private var checkpoints: BackgroundCheckpoint?
    /// Set during `bulkLoad`: its transactions draw ids a block at a time.
    private let bulkLoading = Atomic<Bool>(false)

    /// Opens (creating if needed) the database at `path`. The file and its folder are created
    /// private to the account (0600/0700): dossiers are personal data.
    ///
    /// `concurrent`: a pool of connections, so reads run beside a write and beside each other (the
    /// full screen's background loads and checkpoints, `verify`'s two halves). A command that
    /// runs and exits reads and writes in turn: one connection, whose schema SQLite reads once
    /// instead of twice (a sixth of such a command's start).
    public init(path: String, concurrent: Bool = true) throws {
        self.path = path
        try SQLiteStorage.prepareFile(at: path)
        do {
            let configuration = SQLiteStorage.configuration()
            let writer: any DatabaseWriter
            if concurrent {
                let pool = try DatabasePool(path: path, configuration: configuration)
                // GRDB sets its writer to synchronous = NORMAL after our own set-up: a save shown as saved could
                // then be lost in a power cut. A save is on disk when it is shown, in every mode.
                try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
                writer = pool
            } else {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                // A database is always in WAL mode (a pool sets it; one connection must too, or a file it
                // creates would lock readers out of every write).
                try queue.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                }
                writer = queue
            }
            try SQLiteStorage.migrate(writer, path: path)
            self.writer = writer
        } catch let error as CasusError {
            throw error
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }

    /// An in-memory database, for tests and benchmarks that must not touch the disk.
    public init(inMemory: Void = ()) throws {
        self.path = ":memory:"
        let queue = try DatabaseQueue(configuration: SQLiteStorage.configuration())
        try SQLiteStorage.migrate(queue, path: path)
        writer = queue
    }

    /// Opens `path` with one connection and SQLite's rollback journal: a backup being checked
    /// or restored (SQLiteStorage+Backup.swift) stays a single file, with no -wal beside it.
    public init(copyAt path: String) throws {
        self.path = path
        do {
            let queue = try DatabaseQueue(path: path, configuration: SQLiteStorage.configuration())
            try SQLiteStorage.migrate(queue, path: path)
            writer = queue
        } catch let error as CasusError {
            throw error
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }

    /// How long a write waits for another process's write lock before it fails with "busy".
    static let busyTimeout: TimeInterval = 15

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Several casus processes (8 directors, a cron job) may write at once: wait, never fail.
        config.busyMode = .timeout(busyTimeout)
        config.maximumReaderCount = 2
        config.prepareDatabase { db in
            // Bounded page cache: the district database must fit in the memory budget.
            try db.execute(sql: "PRAGMA cache_size = -8000")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }

    static func prepareFile(at path: String) throws {
        let fm = FileManager.default
        let folder = FilePath.folder(of: path)
        if !folder.isEmpty, !fm.fileExists(atPath: folder) {
            do {
                try fm.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw CasusError(
                    .storage, Phrase("kan de map \(folder) niet maken", "cannot create the folder \(folder)"),
                    hint: Phrase(
                        "Kies een andere plek met --db PAD of CASUS_DB.",
                        "Choose another place with --db PATH or CASUS_DB."))
            }
        }
        if !fm.fileExists(atPath: path) {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if fd < 0, errno != EEXIST {
                let reason = String(cString: strerror(errno))
                throw CasusError(
                    .storage,
                    Phrase(
                        "kan de database \(path) niet aanmaken: \(reason)",
                        "cannot create the database \(path): \(reason)"),
                    hint: Phrase(
                        "Controleer de rechten op de map, of kies een andere plek met --db PAD.",
                        "Check the folder's permissions, or choose another place with --db PATH."))
            }
            if fd >= 0 { close(fd) }
            return
        }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return }
        if st.st_size == 0 {
            // An empty file (`touch`, `casus init` on a file made for it): it becomes the
            // database, so it becomes private first.
            if st.st_mode & 0o077 != 0 { _ = chmod(path, 0o600) }
            return
        }
        try refuseShared(path, mode: st.st_mode)
        try refuseForeign(path)
    }

    /// Another program's SQLite database is refused before casus opens it to write: opened first,
    /// it was switched to WAL (a pool's first act) and then refused with "er is niets veranderd"
    /// (a review). Looked at read-only, by its header and its tables.
    static func refuseForeign(_ path: String) throws {
        guard let id = applicationID(path), id != Schema.applicationID else { return }
        // The header in the file may be older than the database: a casus database's id is in its
        // -wal until a checkpoint. Asked of SQLite, read-only, it is as it stands.
        var configuration = Configuration()
        configuration.readonly = true
        let seen = try? DatabaseQueue(path: path, configuration: configuration).read { db in
            (
                id: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                tables: try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            )
        }
        guard let seen, seen.id != Schema.applicationID, seen.tables > 0 else { return }
        throw notCasus(path)
    }

    static func notCasus(_ path: String) -> CasusError {
        CasusError(
            .storage,
            Phrase(
                "\(path) is een SQLite-database, maar niet van casus",
                "\(path) is a SQLite database, but not a casus database"),
            hint: Phrase(
                "Er is niets veranderd. Geef met --db het pad van een casus-database.",
                "Nothing was changed. Give the path of a casus database with --db."))
    }

    /// A casus database that other accounts can read or write is refused, untouched: it holds
    /// dossiers. Only a file whose header says it is a casus database (SQLite's magic and
    /// casus's application id) is judged here; anything else is refused as not casus's.
    static func refuseShared(_ path: String, mode: mode_t) throws {
        guard mode & 0o066 != 0, isCasusDatabase(path) else { return }
        let shown = String(mode & 0o777, radix: 8)
        let who =
            mode & 0o006 != 0
            ? Phrase("alle accounts op deze computer", "every account on this computer")
            : Phrase("de groep van het bestand", "the file's group")
        throw CasusError(
            .storage,
            Phrase(
                "de database \(path) is leesbaar of schrijfbaar voor andere accounts (rechten \(shown): \(who.nl)); casus opent hem niet, want er staan dossiers in",
                "the database \(path) can be read or written by other accounts (mode \(shown): \(who.en)); casus does not open it, because it holds dossiers"
            ),
            hint: Phrase(
                "Er is niets veranderd. Maak hem privé met: chmod 600 \(path) — werken meer mensen met dezelfde gegevens, gebruik dan een server (server mode, PostgreSQL) in plaats van een gedeeld bestand.",
                "Nothing was changed. Make it private with: chmod 600 \(path) — if several people work on the same records, use a server (server mode, PostgreSQL) instead of a shared file."
            ))
    }

    /// SQLite's header: the magic string, and the application id at offset 68 (big-endian).
    static func isCasusDatabase(_ path: String) -> Bool { applicationID(path) == Schema.applicationID }

    /// The application id in an SQLite file's header; nil for a file that is no SQLite database.
    static func applicationID(_ path: String) -> Int32? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 72), header.count == 72 else { return nil }
        let bytes = [UInt8](header)
        guard bytes.starts(with: Array("SQLite format 3\0".utf8)) else { return nil }
        return Int32(bitPattern: bytes[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    }

    static func migrate(_ writer: any DatabaseWriter, path: String) throws {
        try writer.barrierWriteWithoutTransaction { db in
            let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            if appID != Schema.applicationID && tableCount > 0 { throw notCasus(path) }
            let migrator = Schema.migrator
            if try migrator.hasBeenSuperseded(db) {
                throw CasusError(
                    .storage,
                    Phrase(
                        "\(path) is gemaakt door een nieuwere versie van casus",
                        "\(path) was made by a newer version of casus"),
                    hint: Phrase(
                        "Er is niets veranderd. Werk casus bij voordat u deze database opent.",
                        "Nothing was changed. Update casus before opening this database."))
            }
            if appID != Schema.applicationID {
                try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
            }
        }
        try Schema.migrator.migrate(writer)
        try restoreSearchIndex(writer)
    }

    public func read<T>(_ body: (any StorageReader) throws -> T) throws -> T {
        do {
            return try writer.read { db in try body(SQLiteAccess(db: db)) }
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }

    public func write<T>(_ body: (any StorageWriter) throws -> T) throws -> T {
        do {
            let result = try writer.write { db in
                let effects = WriteEffects()
                let value = try body(
                    SQLiteAccess(
                        db: db, bulk: bulkLoading.load(ordering: .relaxed) ? BulkTransaction() : nil, effects: effects))
                if effects.purged { try WriteEffects.dropPurgedWords(db) }
                return value
            }
            checkpoints?.committed()
            return result
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }

    /// The head of the event chain: it moves with every decision saved, by this process or
    /// another, and not with audit lines (reads), so open sessions never reload each other.
    public func changeToken() throws -> UInt64 {
        do {
            return try writer.read {
                UInt64(try Int64.fetchOne($0.cachedStatement(sql: "SELECT max(seq) FROM event")) ?? 0)
            }
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }

    /// An interactive session: saves never wait for SQLite's checkpoint.
    public func sessionWillStart() throws { try checkpointInBackground() }

    /// After the session: refresh the planner's statistics if they went stale.
    public func sessionDidEnd() { optimize() }

    /// An interactive session: checkpoints off the save path (see BackgroundCheckpoint). Call
    /// once, before the session writes. Commands that run and exit keep SQLite's own.
    public func checkpointInBackground() throws {
        guard checkpoints == nil, path != ":memory:" else { return }
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        checkpoints = BackgroundCheckpoint(path: path)
    }

    /// Runs the pending background checkpoint now and waits for it (tests).
    func drainCheckpoints() { checkpoints?.drain() }

    /// A bulk load (the district demo): a page cache large enough that the B-trees are built in
    /// memory, and the search index built once at the end rather than row by row (a tenth of the
    /// work at a million entries). Each of `body`'s transactions still commits on its own; if the
    /// process dies half-way, the next open rebuilds the index (`restoreSearchIndex`).
    public func bulkLoad<T>(_ body: () throws -> T) throws -> T {
        bulkLoading.store(true, ordering: .relaxed)
        defer { bulkLoading.store(false, ordering: .relaxed) }
        // The writer's own settings come back however the load ends (the connection lives on).
        defer { try? writer.writeWithoutTransaction { try $0.execute(sql: Self.sessionSettings) } }
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -262144")
                try db.inTransaction {
                    try db.execute(
                        sql: "DROP TRIGGER IF EXISTS entry_fts_insert; DROP TRIGGER IF EXISTS case_fts_insert")
                    return .commit
                }
            }
            let result: T
            do { result = try Self.withStatementJournalsInMemory(writer, body) } catch {
                try? SQLiteStorage.restoreSearchIndex(writer)
                throw error
            }
            try SQLiteStorage.restoreSearchIndex(writer)
            // Statistics for the query planner, so the first session on the new data gets good plans.
            try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA analysis_limit = 1000; ANALYZE") }
            // Whatever the background checkpoints had not copied yet goes into the file now: the load
            // ends with the database in one file, as a command's own checkpoint leaves it.
            checkpoints?.drain()
            if path != ":memory:" {
                try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            }
            return result
        } catch let error as CasusError {
            throw error
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }

    /// The writer's page cache and temporary storage outside a bulk load.
    static let sessionSettings = "PRAGMA cache_size = -8000; PRAGMA temp_store = DEFAULT"

    /// A school of the demo is one transaction, and every statement in it that fires triggers keeps
    /// the pages it changes in a statement journal, which SQLite spills to a temporary file past
    /// 64 KiB: one school wrote 1.9 GB to such files for a 59 MB database. While the load's own
    /// statements run they stay in memory (each is emptied when its statement ends); not for the
    /// search index's rebuild after it, whose one statement rewrites the whole index.
    static func withStatementJournalsInMemory<T>(_ writer: any DatabaseWriter, _ body: () throws -> T) throws -> T {
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA temp_store = MEMORY") }
        defer { try? writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA temp_store = DEFAULT") } }
        return try body()
    }

    /// Lets SQLite refresh its planner statistics where they have gone stale (cheap when there
    /// is nothing to do); called when a TUI session ends. Failure is harmless and ignored.
    public func optimize() {
        try? writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA analysis_limit = 1000; PRAGMA optimize") }
    }

    /// Puts back the indexing triggers and rebuilds the search index from the rows, in one
    /// transaction, when a bulk load left them out. Nothing to do (one catalogue read) otherwise.
    static func restoreSearchIndex(_ writer: any DatabaseWriter) throws {
        try writer.write { db in
            let present = try String.fetchSet(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN ('entry_fts_insert', 'case_fts_insert')
                    """)
            if !present.contains("entry_fts_insert") {
                try db.execute(sql: Schema.entryIndexTrigger)
                // 'optimize' leaves the rebuilt index as one segment: otherwise the next
                // appends' automatic merges rewrite the rebuilt segments (a 400 ms append).
                try db.execute(
                    sql:
                        "INSERT INTO entry_fts(entry_fts) VALUES ('rebuild'); INSERT INTO entry_fts(entry_fts) VALUES ('optimize')"
                )
            }
            if !present.contains("case_fts_insert") {
                try db.execute(sql: Schema.caseIndexTrigger)
                try db.execute(
                    sql:
                        "INSERT INTO case_fts(case_fts) VALUES ('rebuild'); INSERT INTO case_fts(case_fts) VALUES ('optimize')"
                )
            }
        }
    }

    /// The dossier with the most entries (for the benchmark).
    public func largestDossier(school: SchoolID? = nil) throws -> PersonID? {
        try writer.read {
            try PersonID.fetchOne(
                $0,
                sql: """
                    SELECT e.dossier_id FROM entry e JOIN person p ON p.id = e.dossier_id
                    WHERE ? IS NULL OR p.school_id = ? GROUP BY e.dossier_id ORDER BY count(*) DESC LIMIT 1
                    """, arguments: [school, school])
        }
    }

    /// Raw access for tests that must reach behind casus (`@testable`); not part of the port.
    func withDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction(body)
    }
}
