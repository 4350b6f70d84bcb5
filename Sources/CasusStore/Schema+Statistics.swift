import GRDB

extension Schema {
    /// v2: the Overzicht's counts kept up to date as cases, articles and reports are written, so
    /// that a district school year (20,000+ cases) is summed from a few thousand small rows
    /// instead of scanned: the tab answers within a frame. Months are kept for the monthly chart
    /// only; rungs, platforms, articles and reports are kept per school year (August to July).
    /// Triggers keep them in the same transaction as the rows they count; `statisticsRecount`
    /// proves them (`casus verify`).
    static func v2Statistics(_ db: Database) throws {
        let year = { (at: String) in
            "(CAST(substr(\(at), 1, 4) AS INTEGER) - (substr(\(at), 6, 2) < '08'))"
        }
        let platform = { (c: String) in "coalesce((SELECT platform FROM incident WHERE id = \(c).incident_id), '')" }
        func caseCounts(_ c: String, _ delta: String) -> String {
            """
            INSERT INTO stat_month VALUES (substr(\(c).opened_at, 1, 7), \(c).school_id, \(c).dossier_kind, \(delta))
                ON CONFLICT DO UPDATE SET n = n + excluded.n;
            INSERT INTO stat_rung VALUES (\(year("\(c).opened_at")), \(c).school_id, \(c).dossier_kind, coalesce(\(c).rung, ''), \(delta))
                ON CONFLICT DO UPDATE SET n = n + excluded.n;
            INSERT INTO stat_platform VALUES (\(year("\(c).opened_at")), \(c).school_id, \(c).dossier_kind, \(platform(c)), \(delta))
                ON CONFLICT DO UPDATE SET n = n + excluded.n;
            """
        }
        try db.execute(
            sql: """
                CREATE TABLE stat_month (
                    month TEXT NOT NULL,            -- 'YYYY-MM' of opened_at
                    school_id INTEGER NOT NULL, dossier_kind TEXT NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (month, school_id, dossier_kind)
                ) WITHOUT ROWID;
                CREATE TABLE stat_rung (
                    year INTEGER NOT NULL,          -- the school year's first calendar year
                    school_id INTEGER NOT NULL, dossier_kind TEXT NOT NULL,
                    rung TEXT NOT NULL,             -- '' before the first step
                    n INTEGER NOT NULL,
                    PRIMARY KEY (year, school_id, dossier_kind, rung)
                ) WITHOUT ROWID;
                CREATE TABLE stat_platform (
                    year INTEGER NOT NULL, school_id INTEGER NOT NULL, dossier_kind TEXT NOT NULL,
                    platform TEXT NOT NULL,         -- the report's platform, '' when unknown
                    n INTEGER NOT NULL,
                    PRIMARY KEY (year, school_id, dossier_kind, platform)
                ) WITHOUT ROWID;
                CREATE TABLE stat_article (
                    year INTEGER NOT NULL, school_id INTEGER NOT NULL, dossier_kind TEXT NOT NULL,
                    profile_id TEXT NOT NULL, article_id TEXT NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (year, school_id, dossier_kind, profile_id, article_id)
                ) WITHOUT ROWID;
                CREATE TABLE stat_incident (
                    year INTEGER NOT NULL,          -- of reported_at
                    school_id INTEGER NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (year, school_id)
                ) WITHOUT ROWID;

                CREATE TRIGGER stat_case_insert AFTER INSERT ON "case" BEGIN
                    \(caseCounts("new", "1"))
                END;
                CREATE TRIGGER stat_case_delete AFTER DELETE ON "case" BEGIN
                    \(caseCounts("old", "-1"))
                END;
                CREATE TRIGGER stat_case_rung AFTER UPDATE OF rung ON "case"
                WHEN coalesce(old.rung, '') <> coalesce(new.rung, '') BEGIN
                    INSERT INTO stat_rung VALUES (\(year("old.opened_at")), old.school_id, old.dossier_kind, coalesce(old.rung, ''), -1)
                        ON CONFLICT DO UPDATE SET n = n + excluded.n;
                    INSERT INTO stat_rung VALUES (\(year("new.opened_at")), new.school_id, new.dossier_kind, coalesce(new.rung, ''), 1)
                        ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;
                CREATE TRIGGER stat_article_insert AFTER INSERT ON case_article BEGIN
                    INSERT INTO stat_article
                    SELECT \(year("c.opened_at")), c.school_id, c.dossier_kind, c.profile_id, new.article_id, 1
                    FROM "case" c WHERE c.id = new.case_id
                    ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;
                CREATE TRIGGER stat_article_delete AFTER DELETE ON case_article BEGIN
                    INSERT INTO stat_article
                    SELECT \(year("c.opened_at")), c.school_id, c.dossier_kind, c.profile_id, old.article_id, -1
                    FROM "case" c WHERE c.id = old.case_id
                    ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;
                CREATE TRIGGER stat_incident_insert AFTER INSERT ON incident BEGIN
                    INSERT INTO stat_incident VALUES (\(year("new.reported_at")), new.school_id, 1) ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;
                CREATE TRIGGER stat_incident_delete AFTER DELETE ON incident BEGIN
                    INSERT INTO stat_incident VALUES (\(year("old.reported_at")), old.school_id, -1) ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;

                INSERT INTO stat_month SELECT month, school_id, dossier_kind, n FROM (\(recount.month));
                INSERT INTO stat_rung SELECT year, school_id, dossier_kind, rung, n FROM (\(recount.rung));
                INSERT INTO stat_platform SELECT year, school_id, dossier_kind, platform, n FROM (\(recount.platform));
                INSERT INTO stat_article SELECT year, school_id, dossier_kind, profile_id, article_id, n FROM (\(articleRecountV2));
                INSERT INTO stat_incident SELECT year, school_id, n FROM (\(recount.incident));
                """)
    }

    /// Each kept table's contents counted from the rows themselves.
    static var recount: (month: String, rung: String, platform: String, article: String, incident: String) {
        let year = { (at: String) in "(CAST(substr(\(at), 1, 4) AS INTEGER) - (substr(\(at), 6, 2) < '08'))" }
        return (
            month: """
            SELECT substr(opened_at, 1, 7) AS month, school_id, dossier_kind, count(*) AS n FROM "case" GROUP BY 1, 2, 3
            """,
            rung: """
            SELECT \(year("opened_at")) AS year, school_id, dossier_kind, coalesce(rung, '') AS rung, count(*) AS n
            FROM "case" GROUP BY 1, 2, 3, 4
            """,
            platform: """
            SELECT \(year("c.opened_at")) AS year, c.school_id, c.dossier_kind, coalesce(i.platform, '') AS platform, count(*) AS n
            FROM "case" c JOIN incident i ON i.id = c.incident_id GROUP BY 1, 2, 3, 4
            """,
            article: """
            SELECT \(year("c.opened_at")) AS year, c.school_id, c.dossier_kind, c.profile_id, a.article_id, count(*) AS n
            FROM case_article a JOIN "case" c ON c.id = a.case_id WHERE \(counts("c")) GROUP BY 1, 2, 3, 4, 5
            """,
            incident: """
            SELECT \(year("reported_at")) AS year, school_id, count(*) AS n FROM incident GROUP BY 1, 2
            """
        )
    }

    /// Whether a case counts under its articles: open, or closed as founded. A case closed as
    /// unfounded or a mistake breached nothing (issue 16, item 7), so the Overzicht's "per
    /// artikel" does not count it.
    static func counts(_ c: String) -> String { "(\(c).outcome IS NULL OR \(c).outcome = 'founded')" }

    /// The article count as v2 made it (before cases had an outcome), for databases migrating through v2.
    static var articleRecountV2: String {
        """
        SELECT (CAST(substr(c.opened_at, 1, 4) AS INTEGER) - (substr(c.opened_at, 6, 2) < '08')) AS year, c.school_id,
               c.dossier_kind, c.profile_id, a.article_id, count(*) AS n
        FROM case_article a JOIN "case" c ON c.id = a.case_id GROUP BY 1, 2, 3, 4, 5
        """
    }

    /// v14: the article counts keep only cases that count (`counts`): the insert and delete
    /// triggers look at the case's outcome, a new trigger moves a case's articles in or out when its
    /// outcome changes, and the kept counts are made anew.
    static func v14FoundedArticleCounts(_ db: Database) throws {
        let year = { (at: String) in "(CAST(substr(\(at), 1, 4) AS INTEGER) - (substr(\(at), 6, 2) < '08'))" }
        try db.execute(
            sql: """
                DROP TRIGGER stat_article_insert;
                DROP TRIGGER stat_article_delete;
                CREATE TRIGGER stat_article_insert AFTER INSERT ON case_article BEGIN
                    INSERT INTO stat_article
                    SELECT \(year("c.opened_at")), c.school_id, c.dossier_kind, c.profile_id, new.article_id, 1
                    FROM "case" c WHERE c.id = new.case_id AND \(counts("c"))
                    ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;
                CREATE TRIGGER stat_article_delete AFTER DELETE ON case_article BEGIN
                    INSERT INTO stat_article
                    SELECT \(year("c.opened_at")), c.school_id, c.dossier_kind, c.profile_id, old.article_id, -1
                    FROM "case" c WHERE c.id = old.case_id AND \(counts("c"))
                    ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;
                CREATE TRIGGER stat_article_outcome AFTER UPDATE OF outcome ON "case"
                WHEN \(counts("old")) <> \(counts("new")) BEGIN
                    INSERT INTO stat_article
                    SELECT \(year("new.opened_at")), new.school_id, new.dossier_kind, new.profile_id, a.article_id,
                           CASE WHEN \(counts("new")) THEN 1 ELSE -1 END
                    FROM case_article a WHERE a.case_id = new.id
                    ON CONFLICT DO UPDATE SET n = n + excluded.n;
                END;
                DELETE FROM stat_article;
                INSERT INTO stat_article SELECT year, school_id, dossier_kind, profile_id, article_id, n FROM (\(recount.article));
                """)
    }

    /// Every difference between what the triggers kept and a recount, as (table, key, kept,
    /// recounted). Empty when the counts are right.
    static var statisticsRecount: String {
        let r = recount
        func compare(_ table: String, _ keys: [String], _ source: String) -> String {
            let key = keys.map { "k.\($0)" }.joined(separator: " || '|' || ")
            let rkey = keys.map { "r.\($0)" }.joined(separator: " || '|' || ")
            let on = keys.map { "k.\($0) = r.\($0)" }.joined(separator: " AND ")
            return """
                SELECT '\(table)' AS t, coalesce(\(key), \(rkey)) AS key, coalesce(k.n, 0) AS kept, coalesce(r.n, 0) AS counted
                FROM (SELECT * FROM \(table) WHERE n <> 0) k FULL OUTER JOIN (\(source)) r ON \(on)
                WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
                """
        }
        return [
            compare("stat_month", ["month", "school_id", "dossier_kind"], r.month),
            compare("stat_rung", ["year", "school_id", "dossier_kind", "rung"], r.rung),
            compare("stat_platform", ["year", "school_id", "dossier_kind", "platform"], r.platform),
            compare("stat_article", ["year", "school_id", "dossier_kind", "profile_id", "article_id"], r.article),
            compare("stat_incident", ["year", "school_id"], r.incident),
        ].joined(separator: "\nUNION ALL\n")
    }
}
