import CasusCore
import CasusStore
import Foundation

/// Every storage backend the suites run against. A backend that is added here is held to the
/// storage contract and to the service-level suites that take it as an argument.
public enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqliteMemory = "sqlite-memory"
    case sqliteFile = "sqlite-file"

    public var description: String { rawValue }

    /// A new, empty store.
    public func make() throws -> any CasusStorage {
        switch self {
        case .sqliteMemory:
            return try SQLiteStorage()
        case .sqliteFile:
            let folder = NSTemporaryDirectory() + "casus-contract-" + UUID().uuidString
            return try SQLiteStorage(path: folder + "/casus.sqlite")
        }
    }

    public static var all: [Backend] { allCases }
}
