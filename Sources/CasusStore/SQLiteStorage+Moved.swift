import CasusCore
import GRDB

extension SQLiteStorage {
    /// The latch of a database moved to a server, in SQLite's `user_version` (casus's schema
    /// versions are GRDB's own table): read with the header, so every session can ask cheaply.
    static let movedVersion: Int32 = 0x6D6F_7665  // "move"

    /// After `casus migrate`: the move's line in the audit log and the latch, in one transaction.
    public func markMoved(account: String, server: String, head: ChainHead) throws {
        do {
            try writer.write { db in
                let access = SQLiteAccess(db: db)
                try access.insert(
                    audit: MovedDatabase.line(
                        account: account, server: server, head: head, at: Timestamp.now(), after: try access.auditHead()
                    ))
                try db.execute(sql: "PRAGMA user_version = \(Self.movedVersion)")
            }
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }
}
