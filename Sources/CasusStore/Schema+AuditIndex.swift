import GRDB

extension Schema {
    /// v20: the audit log's lines found by the person they name through a full-text index of their
    /// person numbers instead of a b-tree index. A search writes a line for every person it shows
    /// (DESIGN §5), up to 200 at once, and each line put into the b-tree changed a page of its own
    /// somewhere in an index of millions of lines: 200 pages to the write-ahead log and its fsync
    /// for one search (commit p90 27 ms in sqlite3 on the district; 10 ms with this index). FTS5
    /// gathers a transaction's terms in memory and writes them as one small segment, merged later
    /// in sequential runs; `casus audit --person` reads the lines of one person from it as before.
    /// (Most of the search's own miss of its target was elsewhere: `SearchHit.marked`.)
    /// It indexes the audit table itself (external content), so FTS5's integrity-check compares it
    /// with every line (SearchIndexCheck, in `verify`); lines are never changed or removed, so one
    /// trigger on insert keeps it exact.
    static func v20AuditPersonIndex(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP INDEX audit_person;
                CREATE VIRTUAL TABLE audit_person_fts USING fts5(person_id, content='audit', content_rowid='id',
                                                                 detail=none, columnsize=0);
                CREATE TRIGGER audit_person_fts_insert AFTER INSERT ON audit WHEN new.person_id IS NOT NULL BEGIN
                    INSERT INTO audit_person_fts(rowid, person_id) VALUES (new.id, new.person_id);
                END;
                INSERT INTO audit_person_fts(audit_person_fts) VALUES ('rebuild');
                INSERT INTO audit_person_fts(audit_person_fts) VALUES ('optimize');
                """)
    }

    /// A person's number as the FTS5 query that finds the lines naming them.
    static func auditPersonTerm(_ person: Int64) -> String { "\"\(person)\"" }
}
