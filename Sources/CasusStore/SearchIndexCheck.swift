import Foundation
import CasusCore
import GRDB

/// The full-text indexes checked against the rows they index, by FTS5's own integrity-check with
/// rank 1: it tokenizes every row of the content view again and compares the checksum of all
/// its terms with the index read the way a search reads it, checks every document size and the
/// term b-tree (a damaged one loses lookups while a full scan still reads whole), and reports a
/// mismatch as SQLITE_CORRUPT_VTAB. It runs as an INSERT, so it needs the writer: it holds the
/// write lock while it runs (9 s for the district's million entries, against 93 s for the
/// rebuild-and-compare it replaced) and is rolled back, so it writes nothing. Other writers wait
/// for it within their busy timeout: each index is checked in a transaction of its own, and the
/// lock is let go between them (all five in one held it for the whole check, and a `casus audit`
/// beside a district's verify waited past its 15 seconds, a review).
struct SearchIndexCheck {
    static let indexes = ["entry_fts", "case_fts", "person_fts", "incident_fts", "audit_person_fts"]

    static func problems(_ writer: any DatabaseWriter) throws -> [String] {
        var problems: [String] = []
        for index in indexes {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    if let p = try check(index, db) { problems.append("search index \(index): \(p)") }
                    return .rollback
                }
            }
        }
        return problems
    }

    private static func check(_ index: String, _ db: Database) throws -> String? {
        guard try db.tableExists(index) else { return "it is missing" }
        do {
            try db.execute(sql: "INSERT INTO \(index)(\(index), rank) VALUES ('integrity-check', 1)")
            return nil
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return
                "it does not index exactly the rows it is built from (FTS5 integrity-check: \(error.message ?? "corrupt"))"
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // A damaged settings row or shadow table: FTS5 cannot open the index at all.
            return "it cannot be read (\(error.message ?? "error"))"
        }
    }
}

extension SQLiteStorage {
    public func indexProblems() throws -> [String] {
        do { return try SearchIndexCheck.problems(writer) } catch let error as CasusError { throw error } catch {
            throw StorageErrors.map(error, path: path)
        }
    }
}
