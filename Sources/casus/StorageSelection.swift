import CasusCore
import CasusPostgres
import CasusStore
import Foundation

/// Which backend a `--db` (or CASUS_DB) names: a libpq connection URI (`postgresql://…`,
/// `postgres://…`, including a socket folder: `postgresql:///casus?host=/run/postgresql`) is a
/// casus server (DESIGN.md §5); anything else is a personal SQLite file.
enum StorageSelection {
    static func isServer(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// A personal database file that is not there (a server is never "missing" here).
    static func isMissingFile(_ location: String) -> Bool {
        !isServer(location) && !FileManager.default.fileExists(atPath: location)
    }

    /// A database file in SQLite's rollback-journal mode: a copy `casus backup` made (a working
    /// database is in WAL mode). Opened as a working database it would be turned to WAL, its
    /// header changed by a check (file format bytes 18 and 19: 1 for the rollback journal).
    static func isSingleFileCopy(_ location: String) -> Bool {
        guard !isServer(location), let handle = FileHandle(forReadingAtPath: location) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 20)) ?? Data()
        return header.count == 20 && header.starts(with: Array("SQLite format 3\u{0}".utf8)) && header[18] == 1
            && header[19] == 1
    }

    /// `concurrent`: reads beside writes (the full screen, `verify`); a command that runs and
    /// exits needs one connection (SQLiteStorage.init).
    static func open(_ location: String, concurrent: Bool = false) throws -> any CasusStorage {
        if isServer(location) { return try PostgresStorage(url: location) }
        return try SQLiteStorage(path: location, concurrent: concurrent)
    }
}
