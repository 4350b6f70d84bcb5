import CasusCore
import Foundation
import GRDB

extension SQLiteStorage {
    /// The file's write lock for the length of a move (`casus migrate`): whoever saves meanwhile
    /// waits and is told the file is busy, rather than saving what the server never gets (a review
    /// saved a phone note during a move that then said all was there). Readers go on (WAL): the
    /// copy reads through the storage as before. Ended by `latch` (the move's line and the latch,
    /// committed with the lock) or `release` (nothing changed).
    public final class MoveLock: @unchecked Sendable {
        private let queue: DatabaseQueue
        private let path: String
        private var held = true

        public init(path: String) throws {
            self.path = path
            do {
                // The lock is a transaction kept open between calls, which GRDB allows when asked.
                var configuration = SQLiteStorage.configuration()
                configuration.allowsUnsafeTransactions = true
                queue = try DatabaseQueue(path: path, configuration: configuration)
                try queue.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
            } catch {
                throw StorageErrors.map(error, path: path)
            }
        }

        /// The move's line in the audit log and the latch, in the transaction that held the lock.
        public func latch(account: String, server: String, head: ChainHead) throws {
            guard held else { return }
            do {
                try queue.writeWithoutTransaction { db in
                    let access = SQLiteAccess(db: db)
                    try access.insert(
                        audit: MovedDatabase.line(
                            account: account, server: server, head: head, at: Timestamp.now(),
                            after: try access.auditHead()))
                    try db.execute(sql: "PRAGMA user_version = \(SQLiteStorage.movedVersion)")
                    try db.execute(sql: "COMMIT")
                }
                held = false
            } catch {
                release()
                throw StorageErrors.map(error, path: path)
            }
        }

        /// Lets writers in again, nothing changed.
        public func release() {
            guard held else { return }
            held = false
            try? queue.writeWithoutTransaction { db in
                if db.isInsideTransaction { try db.execute(sql: "ROLLBACK") }
            }
        }

        deinit { release() }
    }
}
