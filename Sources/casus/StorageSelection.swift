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

    /// `concurrent`: reads beside writes (the full screen, `verify`); a command that runs and
    /// exits needs one connection (SQLiteStorage.init).
    static func open(_ location: String, concurrent: Bool = false) throws -> any CasusStorage {
        if isServer(location) { return try PostgresStorage(url: location) }
        return try SQLiteStorage(path: location, concurrent: concurrent)
    }
}
