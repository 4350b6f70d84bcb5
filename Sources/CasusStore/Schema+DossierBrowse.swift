import GRDB

extension Schema {
    /// v16: the Dossiers tab on a board (170,000 people) within a frame. Counting the people
    /// above the list took 10–20 ms at every first page, and `G` walked the whole name index to
    /// its end. `person_count` keeps the number per school and kind (the server keeps the same,
    /// PGSchema+KeptCounts), so the count is a sum of a few rows and a deep page is read from
    /// the nearer end (PageWindow). `personCountRecount` proves it (`casus verify`).
    static func v16PersonCount(_ db: Database) throws {
        func count(_ p: String, _ delta: String) -> String {
            """
            INSERT INTO person_count VALUES (\(p).school_id, \(p).kind, \(delta))
                ON CONFLICT DO UPDATE SET n = n + excluded.n;
            """
        }
        try db.execute(
            sql: """
                CREATE TABLE person_count (
                    school_id INTEGER NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (school_id, kind)
                ) WITHOUT ROWID;
                INSERT INTO person_count SELECT school_id, kind, count(*) FROM person GROUP BY 1, 2;

                CREATE TRIGGER person_count_insert AFTER INSERT ON person BEGIN
                    \(count("new", "1"))
                END;
                CREATE TRIGGER person_count_delete AFTER DELETE ON person BEGIN
                    \(count("old", "-1"))
                END;
                CREATE TRIGGER person_count_update AFTER UPDATE OF school_id, kind ON person BEGIN
                    \(count("old", "-1"))
                    \(count("new", "1"))
                END;
                """)
    }

    /// What `person_count` must hold, for `casus verify`.
    static let personCountRecount = """
        SELECT 'person_count' AS t, coalesce(k.school_id || '|' || k.kind, r.school_id || '|' || r.kind) AS key,
               coalesce(k.n, 0) AS kept, coalesce(r.n, 0) AS counted
        FROM (SELECT * FROM person_count WHERE n <> 0) k FULL OUTER JOIN
             (SELECT school_id, kind, count(*) AS n FROM person GROUP BY 1, 2) r
             ON k.school_id = r.school_id AND k.kind = r.kind
        WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
        """

    /// v17: a dossier's corrections found without reading its entries, for the order of its
    /// timeline (a page of a long dossier is read alone, TimelineOutline).
    static func v17TimelineOutline(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX entry_dossier_corrections ON entry(dossier_id, seq, corrects) WHERE corrects IS NOT NULL;
                """)
    }

    /// A case's meetings and letters, read with it however many notes it has (`caseEntries`;
    /// its newest notes walk `entry_case`). The terms are those of the query, as SQLite asks of
    /// a partial index.
    static func v18CaseDecisiveEntries(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX entry_case_decisive ON entry(case_id) WHERE kind IN ('letter','meeting');
                """)
    }
}
