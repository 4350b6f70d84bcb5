import GRDB

extension Schema {
    /// v5: the Zaken list for the whole district (60,000 cases) within a frame, for every filter.
    /// - `subject_kind` on the case (pupil, parent, staff; kept in step with the person), so a
    ///   filter never has to look up the subject row by row;
    /// - covering indexes in list order, so counting past a page (OFFSET) walks an index, not rows;
    /// - `case_count`, the number of cases per school, status, dossier, subject kind and rung,
    ///   kept by triggers: the count above the list is a sum of a few hundred rows.
    static func v5CaseBrowse(_ db: Database) throws {
        func count(_ c: String, _ delta: String) -> String {
            """
            INSERT INTO case_count VALUES (\(c).school_id, \(c).status, \(c).dossier_kind, \(c).subject_kind, coalesce(\(c).rung, ''), \(delta))
                ON CONFLICT DO UPDATE SET n = n + excluded.n;
            """
        }
        try db.execute(
            sql: """
                ALTER TABLE "case" ADD COLUMN subject_kind TEXT NOT NULL DEFAULT 'pupil' CHECK (subject_kind IN ('pupil','parent','staff'));
                UPDATE "case" SET subject_kind = (SELECT \(subjectKind("p")) FROM person p WHERE p.id = "case".subject_id);

                DROP INDEX case_opened;
                CREATE INDEX case_browse ON "case"(school_id, opened_at, status, dossier_kind, subject_kind, rung, next_due);
                CREATE INDEX case_browse_all ON "case"(opened_at, status, dossier_kind, subject_kind, rung, next_due);
                CREATE INDEX case_rung ON "case"(rung, opened_at);
                CREATE INDEX case_school_rung ON "case"(school_id, rung, opened_at);

                CREATE TABLE case_count (
                    school_id INTEGER NOT NULL, status TEXT NOT NULL, dossier_kind TEXT NOT NULL, subject_kind TEXT NOT NULL,
                    rung TEXT NOT NULL,             -- '' before the first step
                    n INTEGER NOT NULL,
                    PRIMARY KEY (school_id, status, dossier_kind, subject_kind, rung)
                ) WITHOUT ROWID;
                INSERT INTO case_count SELECT school_id, status, dossier_kind, subject_kind, coalesce(rung, ''), count(*)
                FROM "case" GROUP BY 1, 2, 3, 4, 5;

                CREATE TRIGGER case_count_insert AFTER INSERT ON "case" BEGIN
                    \(count("new", "1"))
                END;
                CREATE TRIGGER case_count_delete AFTER DELETE ON "case" BEGIN
                    \(count("old", "-1"))
                END;
                CREATE TRIGGER case_count_update AFTER UPDATE OF status, rung, subject_kind ON "case" BEGIN
                    \(count("old", "-1"))
                    \(count("new", "1"))
                END;
                CREATE TRIGGER case_subject_kind AFTER UPDATE OF kind ON person
                WHEN \(subjectKind("old")) <> \(subjectKind("new")) BEGIN
                    UPDATE "case" SET subject_kind = \(subjectKind("new")) WHERE subject_id = new.id;
                END;
                """)
    }

    /// A person row's kind as a case subject: staff, parent or pupil.
    static func subjectKind(_ p: String) -> String {
        "CASE WHEN \(p).kind IN ('staff','volunteer','intern') THEN 'staff' WHEN \(p).kind = 'parent' THEN 'parent' ELSE 'pupil' END"
    }

    /// What `case_count` must hold, for `casus verify`.
    static let caseCountRecount = """
        SELECT 'case_count' AS t, coalesce(k.school_id || '|' || k.status || '|' || k.dossier_kind || '|' || k.subject_kind || '|' || k.rung,
                                           r.school_id || '|' || r.status || '|' || r.dossier_kind || '|' || r.subject_kind || '|' || r.rung),
               coalesce(k.n, 0) AS kept, coalesce(r.n, 0) AS counted
        FROM (SELECT * FROM case_count WHERE n <> 0) k FULL OUTER JOIN
             (SELECT school_id, status, dossier_kind, subject_kind, coalesce(rung, '') AS rung, count(*) AS n FROM "case" GROUP BY 1, 2, 3, 4, 5) r
             ON k.school_id = r.school_id AND k.status = r.status AND k.dossier_kind = r.dossier_kind
            AND k.subject_kind = r.subject_kind AND k.rung = r.rung
        WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
        """
}
