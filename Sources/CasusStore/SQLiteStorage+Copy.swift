import CasusCore
import Foundation
import GRDB

/// The personal database's rows as they stand, for `casus migrate --to` (StoreCopy): all of
/// them from one read transaction, so the copy is one moment of the store.
extension SQLiteStorage: StoreCopySource {
    public func copy<T>(_ body: (any StoreCopyReader) throws -> T) throws -> T {
        do {
            return try writer.read { db in try body(SQLiteCopyReader(db: db)) }
        } catch let error as CasusError {
            throw error
        } catch {
            throw StorageErrors.map(error, path: path)
        }
    }
}

struct SQLiteCopyReader: StoreCopyReader {
    let db: Database

    func forEachBatch(_ table: StoreCopy.Table, size: Int, _ body: ([[StoreCopy.Value]]) throws -> Void) throws {
        let columns = table.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let order = table.order.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT \(columns) FROM \(table.source.quotedDatabaseIdentifier) ORDER BY \(order)")
        var batch: [[StoreCopy.Value]] = []
        batch.reserveCapacity(size)
        while let row = try cursor.next() {
            var values: [StoreCopy.Value] = []
            values.reserveCapacity(row.count)
            for i in 0..<row.count {
                let v: DatabaseValue = row[i]
                switch v.storage {
                case .null: values.append(.null)
                case let .int64(n): values.append(.integer(n))
                case let .double(d): values.append(.real(d))
                case let .string(s): values.append(.text(s))
                case let .blob(data): values.append(.bytes([UInt8](data)))
                }
            }
            batch.append(values)
            if batch.count == size {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    func count(_ table: StoreCopy.Table) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.source.quotedDatabaseIdentifier)") ?? 0
    }
}
