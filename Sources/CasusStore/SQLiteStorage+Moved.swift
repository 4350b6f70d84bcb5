import CasusCore
import GRDB

extension SQLiteStorage {
    /// The latch of a database moved to a server, in SQLite's `user_version` (casus's schema
    /// versions are GRDB's own table): read with the header, so every session can ask cheaply.
    static let movedVersion: Int32 = 0x6D6F_7665  // "move"
}
