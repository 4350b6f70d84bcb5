import GRDB

extension Schema {
    /// v2: the Overzicht's counts kept up to date as cases, articles and reports are written, so
    /// that a district school year (20,000+ cases) is summed from a few hundred rows instead of
    /// scanned: the tab answers within one frame. Triggers keep them in the same transaction as
    /// the rows they count; `statisticsDrift` proves them against a recount.
    static func v2Statistics(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE stat_case (
            month TEXT NOT NULL,            -- 'YYYY-MM' of opened_at
            school_id INTEGER NOT NULL,
            dossier_kind TEXT NOT NULL,
            rung TEXT NOT NULL,             -- '' before the first step
            platform TEXT NOT NULL,         -- the report's platform, '' when unknown
            n INTEGER NOT NULL,
            PRIMARY KEY (month, school_id, dossier_kind, rung, platform)
        ) WITHOUT ROWID;
        CREATE TABLE stat_article (
            month TEXT NOT NULL,
            school_id INTEGER NOT NULL,
            dossier_kind TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (month, school_id, dossier_kind, profile_id, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE stat_incident (
            month TEXT NOT NULL,            -- 'YYYY-MM' of reported_at
            school_id INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (month, school_id)
        ) WITHOUT ROWID;

        CREATE TRIGGER stat_case_insert AFTER INSERT ON "case" BEGIN
            INSERT INTO stat_case VALUES (substr(new.opened_at, 1, 7), new.school_id, new.dossier_kind, coalesce(new.rung, ''),
                coalesce((SELECT platform FROM incident WHERE id = new.incident_id), ''), 1)
            ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER stat_case_rung AFTER UPDATE OF rung ON "case"
        WHEN coalesce(old.rung, '') <> coalesce(new.rung, '') BEGIN
            UPDATE stat_case SET n = n - 1
            WHERE month = substr(old.opened_at, 1, 7) AND school_id = old.school_id AND dossier_kind = old.dossier_kind
              AND rung = coalesce(old.rung, '') AND platform = coalesce((SELECT platform FROM incident WHERE id = old.incident_id), '');
            INSERT INTO stat_case VALUES (substr(new.opened_at, 1, 7), new.school_id, new.dossier_kind, coalesce(new.rung, ''),
                coalesce((SELECT platform FROM incident WHERE id = new.incident_id), ''), 1)
            ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER stat_case_delete AFTER DELETE ON "case" BEGIN
            UPDATE stat_case SET n = n - 1
            WHERE month = substr(old.opened_at, 1, 7) AND school_id = old.school_id AND dossier_kind = old.dossier_kind
              AND rung = coalesce(old.rung, '') AND platform = coalesce((SELECT platform FROM incident WHERE id = old.incident_id), '');
        END;
        CREATE TRIGGER stat_article_insert AFTER INSERT ON case_article BEGIN
            INSERT INTO stat_article
            SELECT substr(c.opened_at, 1, 7), c.school_id, c.dossier_kind, c.profile_id, new.article_id, 1
            FROM "case" c WHERE c.id = new.case_id
            ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER stat_article_delete AFTER DELETE ON case_article BEGIN
            UPDATE stat_article SET n = n - 1
            WHERE article_id = old.article_id AND (month, school_id, dossier_kind, profile_id) =
                (SELECT substr(c.opened_at, 1, 7), c.school_id, c.dossier_kind, c.profile_id FROM "case" c WHERE c.id = old.case_id);
        END;
        CREATE TRIGGER stat_incident_insert AFTER INSERT ON incident BEGIN
            INSERT INTO stat_incident VALUES (substr(new.reported_at, 1, 7), new.school_id, 1)
            ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER stat_incident_delete AFTER DELETE ON incident BEGIN
            UPDATE stat_incident SET n = n - 1 WHERE month = substr(old.reported_at, 1, 7) AND school_id = old.school_id;
        END;

        INSERT INTO stat_case
        SELECT substr(c.opened_at, 1, 7), c.school_id, c.dossier_kind, coalesce(c.rung, ''), coalesce(i.platform, ''), count(*)
        FROM "case" c JOIN incident i ON i.id = c.incident_id GROUP BY 1, 2, 3, 4, 5;
        INSERT INTO stat_article
        SELECT substr(c.opened_at, 1, 7), c.school_id, c.dossier_kind, c.profile_id, a.article_id, count(*)
        FROM case_article a JOIN "case" c ON c.id = a.case_id GROUP BY 1, 2, 3, 4, 5;
        INSERT INTO stat_incident
        SELECT substr(reported_at, 1, 7), school_id, count(*) FROM incident GROUP BY 1, 2;
        """)
    }

    /// The recount the triggers must agree with: (table, key, kept, recounted) for every
    /// difference. Empty when the counts are right.
    static let statisticsRecount = """
        WITH recount AS (
            SELECT 'case' AS t, substr(c.opened_at, 1, 7) || '|' || c.school_id || '|' || c.dossier_kind || '|' ||
                   coalesce(c.rung, '') || '|' || coalesce(i.platform, '') AS k, count(*) AS n
            FROM "case" c JOIN incident i ON i.id = c.incident_id GROUP BY 2
            UNION ALL
            SELECT 'article', substr(c.opened_at, 1, 7) || '|' || c.school_id || '|' || c.dossier_kind || '|' ||
                   c.profile_id || '|' || a.article_id, count(*)
            FROM case_article a JOIN "case" c ON c.id = a.case_id GROUP BY 2
            UNION ALL
            SELECT 'incident', substr(reported_at, 1, 7) || '|' || school_id, count(*) FROM incident GROUP BY 2
        ), kept AS (
            SELECT 'case' AS t, month || '|' || school_id || '|' || dossier_kind || '|' || rung || '|' || platform AS k, n
            FROM stat_case WHERE n <> 0
            UNION ALL
            SELECT 'article', month || '|' || school_id || '|' || dossier_kind || '|' || profile_id || '|' || article_id, n
            FROM stat_article WHERE n <> 0
            UNION ALL
            SELECT 'incident', month || '|' || school_id, n FROM stat_incident WHERE n <> 0
        )
        SELECT coalesce(k.t, r.t), coalesce(k.k, r.k), coalesce(k.n, 0), coalesce(r.n, 0)
        FROM kept k FULL OUTER JOIN recount r ON r.t = k.t AND r.k = k.k
        WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
        """
}
