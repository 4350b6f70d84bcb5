import CasusCore
import CasusPostgres
import CasusStore
import Foundation

/// Every storage backend the suites run against. A backend that is added here is held to the
/// storage contract and to the service-level suites that take it as an argument.
public enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqliteMemory = "sqlite-memory"
    case sqliteFile = "sqlite-file"
    /// A fresh database on the test process's own PostgreSQL cluster (PostgresCluster), as its
    /// superuser: the backend's storage and queries. The server's role rules are proved with
    /// the accounts' own logins (Tests/CasusStoreTests/Postgres*).
    case postgres

    public var description: String { rawValue }

    /// A new, empty store. A file's database goes in `scratch` (a file of its own there), which the
    /// test keeps for as long as it uses the store: the database, its -wal and -shm go with it.
    public func make(in scratch: Scratch) throws -> any CasusStorage {
        switch self {
        case .sqliteMemory:
            return try SQLiteStorage()
        case .sqliteFile:
            return try SQLiteStorage(path: scratch.path("casus-\(UUID().uuidString).sqlite"))
        case .postgres:
            return try PostgresStorage(url: try PostgresCluster.shared().makeDatabase())
        }
    }

    /// A new, empty store whose file (sqlite-file) stays until the test process ends, for tests
    /// written before `make(in:)`.
    @available(*, deprecated, message: "use make(in: Scratch), which removes the database when the test ends")
    public func make() throws -> any CasusStorage { try make(in: Self.untilExit.get()) }

    private static let untilExit = Result { try Scratch.untilExit("contract") }

    /// Those that can run here: PostgreSQL's half only where its server is installed (a loud
    /// line says so when it is not).
    public static var all: [Backend] { allCases.filter { $0 != .postgres || PostgresCluster.isInstalled } }
}
