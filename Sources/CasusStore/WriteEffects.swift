import GRDB

/// What a write transaction did that asks for work once, before its COMMIT, however many times it
/// did it: a purge of many dossiers is one transaction.
final class WriteEffects {
    /// A dossier was purged (SQLiteAccess.purge).
    var purged = false

    /// The search indexes rewritten without the purged texts' words. FTS5 deletes by marking: the
    /// words of a purged care note ("angststoornis", "ggz") stayed in `entry_fts_data`, in the file
    /// and in every backup made after the purge, until the index happened to be merged (a review).
    /// 'optimize' merges each index into one segment of what is there; on the district's million
    /// entries about 2 s, once a purge.
    static func dropPurgedWords(_ db: Database) throws {
        for index in ["entry_fts", "case_fts", "incident_fts", "person_fts"] {
            try db.execute(sql: "INSERT INTO \(index)(\(index)) VALUES ('optimize')")
        }
    }
}
