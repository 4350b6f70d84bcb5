extension PGSchema {
    /// The Overzicht's counts kept as the rows are written, as SQLite keeps them
    /// (Schema+Statistics.swift): cases per month, and per school year (August to July) per rung,
    /// platform and article, and reports per school year; each per school and dossier kind, so a
    /// scope sums a few hundred rows instead of counting a district's cases at every `[`/`]`
    /// (240–400 ms on the district, 8 s on a cold cache). Triggers on the derived rows keep them in
    /// the same transaction, whether an event's projection, a purge or a migration wrote the rows;
    /// `kept_count_differences` recounts them for `verify` (`integrity`).
    static let keptCounts = #"""
        CREATE FUNCTION school_year(p_at text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
            SELECT substr(p_at, 1, 4)::int - CASE WHEN substr(p_at, 6, 2) < '08' THEN 1 ELSE 0 END
        $$;

        -- A case counts under its articles while open or closed as founded (unfounded and mistakes breached nothing).
        CREATE FUNCTION counts_articles(p_outcome text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT p_outcome IS NULL OR p_outcome = 'founded'
        $$;

        CREATE TABLE stat_month (
            month text COLLATE "C" NOT NULL, school_id bigint NOT NULL, dossier_kind text COLLATE "C" NOT NULL,
            n bigint NOT NULL, PRIMARY KEY (month, school_id, dossier_kind));
        CREATE TABLE stat_rung (
            year int NOT NULL, school_id bigint NOT NULL, dossier_kind text COLLATE "C" NOT NULL,
            rung text COLLATE "C" NOT NULL, n bigint NOT NULL, PRIMARY KEY (year, school_id, dossier_kind, rung));
        CREATE TABLE stat_platform (
            year int NOT NULL, school_id bigint NOT NULL, dossier_kind text COLLATE "C" NOT NULL,
            platform text COLLATE "C" NOT NULL, n bigint NOT NULL, PRIMARY KEY (year, school_id, dossier_kind, platform));
        CREATE TABLE stat_article (
            year int NOT NULL, school_id bigint NOT NULL, dossier_kind text COLLATE "C" NOT NULL,
            profile_id text COLLATE "C" NOT NULL, article_id text COLLATE "C" NOT NULL, n bigint NOT NULL,
            PRIMARY KEY (year, school_id, dossier_kind, profile_id, article_id));
        CREATE TABLE stat_incident (
            year int NOT NULL, school_id bigint NOT NULL, n bigint NOT NULL, PRIMARY KEY (year, school_id));

        CREATE FUNCTION stat_rung_add(c "case", p_rung text, d int) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO casus.stat_rung VALUES (casus.school_year(c.opened_at), c.school_id, c.dossier_kind, coalesce(p_rung, ''), d)
            ON CONFLICT (year, school_id, dossier_kind, rung) DO UPDATE SET n = casus.stat_rung.n + excluded.n;
        END $$;

        CREATE FUNCTION stat_articles_add(c "case", d int) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO casus.stat_article
            SELECT casus.school_year(c.opened_at), c.school_id, c.dossier_kind, c.profile_id, a.article_id, sum(d)
            FROM casus.case_article a WHERE a.case_id = c.id GROUP BY a.article_id
            ON CONFLICT (year, school_id, dossier_kind, profile_id, article_id) DO UPDATE SET n = casus.stat_article.n + excluded.n;
        END $$;

        CREATE FUNCTION stat_case_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        DECLARE
            c "case" := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            d int := CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END;
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF coalesce(OLD.rung, '') <> coalesce(NEW.rung, '') THEN
                    PERFORM stat_rung_add(OLD, OLD.rung, -1);
                    PERFORM stat_rung_add(NEW, NEW.rung, 1);
                END IF;
                IF counts_articles(OLD.outcome) <> counts_articles(NEW.outcome) THEN
                    PERFORM stat_articles_add(NEW, CASE WHEN counts_articles(NEW.outcome) THEN 1 ELSE -1 END);
                END IF;
                RETURN NULL;
            END IF;
            INSERT INTO stat_month VALUES (substr(c.opened_at, 1, 7), c.school_id, c.dossier_kind, d)
            ON CONFLICT (month, school_id, dossier_kind) DO UPDATE SET n = stat_month.n + excluded.n;
            PERFORM stat_rung_add(c, c.rung, d);
            INSERT INTO stat_platform VALUES (school_year(c.opened_at), c.school_id, c.dossier_kind,
                                              coalesce((SELECT i.platform FROM incident i WHERE i.id = c.incident_id), ''), d)
            ON CONFLICT (year, school_id, dossier_kind, platform) DO UPDATE SET n = stat_platform.n + excluded.n;
            RETURN NULL;
        END $$;
        CREATE TRIGGER stat_case AFTER INSERT OR DELETE OR UPDATE OF rung, outcome ON "case"
        FOR EACH ROW EXECUTE FUNCTION stat_case_changed();

        CREATE FUNCTION stat_article_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        DECLARE
            a case_article := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        BEGIN
            INSERT INTO stat_article
            SELECT school_year(c.opened_at), c.school_id, c.dossier_kind, c.profile_id, a.article_id,
                   CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END
            FROM "case" c WHERE c.id = a.case_id AND counts_articles(c.outcome)
            ON CONFLICT (year, school_id, dossier_kind, profile_id, article_id) DO UPDATE SET n = stat_article.n + excluded.n;
            RETURN NULL;
        END $$;
        CREATE TRIGGER stat_article AFTER INSERT OR DELETE ON case_article
        FOR EACH ROW EXECUTE FUNCTION stat_article_changed();

        CREATE FUNCTION stat_incident_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        DECLARE
            i incident := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        BEGIN
            INSERT INTO stat_incident VALUES (school_year(i.reported_at), i.school_id, CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END)
            ON CONFLICT (year, school_id) DO UPDATE SET n = stat_incident.n + excluded.n;
            RETURN NULL;
        END $$;
        CREATE TRIGGER stat_incident AFTER INSERT OR DELETE ON incident
        FOR EACH ROW EXECUTE FUNCTION stat_incident_changed();

        -- The Zaken list's count, as SQLite's `case_count` (Schema+CaseBrowse): cases per school,
        -- status, dossier, subject kind and rung ('' before the first step), so the count above the
        -- list sums a few hundred rows instead of counting 60,000 cases at every page.
        CREATE TABLE case_count (
            school_id bigint NOT NULL, status text COLLATE "C" NOT NULL, dossier_kind text COLLATE "C" NOT NULL,
            subject_kind text COLLATE "C" NOT NULL, rung text COLLATE "C" NOT NULL, n bigint NOT NULL,
            PRIMARY KEY (school_id, status, dossier_kind, subject_kind, rung));

        CREATE FUNCTION case_count_add(c "case", d int) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO casus.case_count VALUES (c.school_id, c.status, c.dossier_kind, c.subject_kind, coalesce(c.rung, ''), d)
            ON CONFLICT (school_id, status, dossier_kind, subject_kind, rung) DO UPDATE SET n = casus.case_count.n + excluded.n;
        END $$;

        CREATE FUNCTION case_count_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND (OLD.school_id, OLD.status, OLD.dossier_kind, OLD.subject_kind, coalesce(OLD.rung, ''))
                IS NOT DISTINCT FROM (NEW.school_id, NEW.status, NEW.dossier_kind, NEW.subject_kind, coalesce(NEW.rung, '')) THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                PERFORM case_count_add(OLD, -1);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                PERFORM case_count_add(NEW, 1);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER case_count AFTER INSERT OR DELETE OR UPDATE OF school_id, status, dossier_kind, subject_kind, rung
        ON "case" FOR EACH ROW EXECUTE FUNCTION case_count_changed();

        -- The people lists' count: persons per school and kind, so the count above the Dossiers tab
        -- of a whole board sums a few hundred rows (counting 28,000 people took 5–10 ms a page).
        CREATE TABLE person_count (
            school_id bigint NOT NULL, kind text COLLATE "C" NOT NULL, n bigint NOT NULL,
            PRIMARY KEY (school_id, kind));

        CREATE FUNCTION person_count_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND (OLD.school_id, OLD.kind) IS NOT DISTINCT FROM (NEW.school_id, NEW.kind) THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO person_count VALUES (OLD.school_id, OLD.kind, -1)
                ON CONFLICT (school_id, kind) DO UPDATE SET n = person_count.n + excluded.n;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO person_count VALUES (NEW.school_id, NEW.kind, 1)
                ON CONFLICT (school_id, kind) DO UPDATE SET n = person_count.n + excluded.n;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER person_count AFTER INSERT OR DELETE OR UPDATE OF school_id, kind
        ON person FOR EACH ROW EXECUTE FUNCTION person_count_changed();

        -- The reports list's count: reports per school and status, so the count above the list (and
        -- where a page deep in it lies) sums a few rows instead of counting thousands of new reports
        -- at every key (0.9–1.4 ms a page on the district, twice for a page in its far half).
        CREATE TABLE incident_count (
            school_id bigint NOT NULL, status text COLLATE "C" NOT NULL, n bigint NOT NULL,
            PRIMARY KEY (school_id, status));

        CREATE FUNCTION incident_count_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND (OLD.school_id, OLD.status) IS NOT DISTINCT FROM (NEW.school_id, NEW.status) THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO incident_count VALUES (OLD.school_id, OLD.status, -1)
                ON CONFLICT (school_id, status) DO UPDATE SET n = incident_count.n + excluded.n;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO incident_count VALUES (NEW.school_id, NEW.status, 1)
                ON CONFLICT (school_id, status) DO UPDATE SET n = incident_count.n + excluded.n;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER incident_count AFTER INSERT OR DELETE OR UPDATE OF school_id, status
        ON incident FOR EACH ROW EXECUTE FUNCTION incident_count_changed();

        -- The people whose name has a word beginning with one or two given letters, per school and
        -- kind: the count above the Dossiers tab for a first or second typed letter. From the name
        -- index that count gathers every match before it can stop at the cap (8,360 people for `de` on
        -- the district, 1.5–2 ms a key, ten times that on a board); here it sums a few rows. Longer or
        -- more words match fewer people and are counted from the index as before.
        -- plpgsql: a sql body with a query is planned anew in every transaction (every person saved).
        CREATE FUNCTION name_prefixes(p_search_name text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN (SELECT coalesce(array_agg(DISTINCT x), '{}')
                    FROM unnest(string_to_array(btrim(p_search_name), ' ')) w, LATERAL (VALUES (left(w, 1)), (left(w, 2))) v (x)
                    WHERE w <> '');
        END $$;

        CREATE TABLE name_prefix_count (
            prefix text COLLATE "C" NOT NULL, school_id bigint NOT NULL, kind text COLLATE "C" NOT NULL, n bigint NOT NULL,
            PRIMARY KEY (prefix, school_id, kind));

        CREATE FUNCTION name_prefix_count_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND (OLD.school_id, OLD.kind, OLD.search_name)
                IS NOT DISTINCT FROM (NEW.school_id, NEW.kind, NEW.search_name) THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO name_prefix_count SELECT x, OLD.school_id, OLD.kind, -1 FROM unnest(name_prefixes(OLD.search_name)) x
                ON CONFLICT (prefix, school_id, kind) DO UPDATE SET n = name_prefix_count.n + excluded.n;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO name_prefix_count SELECT x, NEW.school_id, NEW.kind, 1 FROM unnest(name_prefixes(NEW.search_name)) x
                ON CONFLICT (prefix, school_id, kind) DO UPDATE SET n = name_prefix_count.n + excluded.n;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER name_prefix_count AFTER INSERT OR DELETE OR UPDATE OF school_id, kind, search_name
        ON person FOR EACH ROW EXECUTE FUNCTION name_prefix_count_changed();

        -- Every kept count that differs from a recount of the rows (verify: `integrity`).
        CREATE FUNCTION kept_count_differences() RETURNS SETOF text LANGUAGE sql STABLE AS $$
            SELECT format('kept count stat_month %s/%s/%s: kept %s, counted %s', month, school_id, dossier_kind,
                          coalesce(k.n, 0), coalesce(r.n, 0))
            FROM (SELECT * FROM casus.stat_month WHERE n <> 0) k
            FULL JOIN (SELECT substr(opened_at, 1, 7) AS month, school_id, dossier_kind, count(*) AS n
                       FROM casus."case" GROUP BY 1, 2, 3) r USING (month, school_id, dossier_kind)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count stat_rung %s/%s/%s/%s: kept %s, counted %s', year, school_id, dossier_kind, rung,
                          coalesce(k.n, 0), coalesce(r.n, 0))
            FROM (SELECT * FROM casus.stat_rung WHERE n <> 0) k
            FULL JOIN (SELECT casus.school_year(opened_at) AS year, school_id, dossier_kind, coalesce(rung, '') AS rung,
                              count(*) AS n
                       FROM casus."case" GROUP BY 1, 2, 3, 4) r USING (year, school_id, dossier_kind, rung)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count stat_platform %s/%s/%s/%s: kept %s, counted %s', year, school_id, dossier_kind,
                          platform, coalesce(k.n, 0), coalesce(r.n, 0))
            FROM (SELECT * FROM casus.stat_platform WHERE n <> 0) k
            FULL JOIN (SELECT casus.school_year(c.opened_at) AS year, c.school_id, c.dossier_kind,
                              coalesce(i.platform, '') AS platform, count(*) AS n
                       FROM casus."case" c JOIN casus.incident i ON i.id = c.incident_id GROUP BY 1, 2, 3, 4) r
                USING (year, school_id, dossier_kind, platform)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count stat_article %s/%s/%s/%s/%s: kept %s, counted %s', year, school_id, dossier_kind,
                          profile_id, article_id, coalesce(k.n, 0), coalesce(r.n, 0))
            FROM (SELECT * FROM casus.stat_article WHERE n <> 0) k
            FULL JOIN (SELECT casus.school_year(c.opened_at) AS year, c.school_id, c.dossier_kind, c.profile_id,
                              a.article_id, count(*) AS n
                       FROM casus.case_article a JOIN casus."case" c ON c.id = a.case_id
                       WHERE casus.counts_articles(c.outcome) GROUP BY 1, 2, 3, 4, 5) r
                USING (year, school_id, dossier_kind, profile_id, article_id)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count stat_incident %s/%s: kept %s, counted %s', year, school_id, coalesce(k.n, 0),
                          coalesce(r.n, 0))
            FROM (SELECT * FROM casus.stat_incident WHERE n <> 0) k
            FULL JOIN (SELECT casus.school_year(reported_at) AS year, school_id, count(*) AS n
                       FROM casus.incident GROUP BY 1, 2) r USING (year, school_id)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count case_count %s/%s/%s/%s/%s: kept %s, counted %s', school_id, status, dossier_kind,
                          subject_kind, rung, coalesce(k.n, 0), coalesce(r.n, 0))
            FROM (SELECT * FROM casus.case_count WHERE n <> 0) k
            FULL JOIN (SELECT school_id, status, dossier_kind, subject_kind, coalesce(rung, '') AS rung, count(*) AS n
                       FROM casus."case" GROUP BY 1, 2, 3, 4, 5) r USING (school_id, status, dossier_kind, subject_kind, rung)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count person_count %s/%s: kept %s, counted %s', school_id, kind, coalesce(k.n, 0),
                          coalesce(r.n, 0))
            FROM (SELECT * FROM casus.person_count WHERE n <> 0) k
            FULL JOIN (SELECT school_id, kind, count(*) AS n FROM casus.person GROUP BY 1, 2) r USING (school_id, kind)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count incident_count %s/%s: kept %s, counted %s', school_id, status, coalesce(k.n, 0),
                          coalesce(r.n, 0))
            FROM (SELECT * FROM casus.incident_count WHERE n <> 0) k
            FULL JOIN (SELECT school_id, status, count(*) AS n FROM casus.incident GROUP BY 1, 2) r USING (school_id, status)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
            UNION ALL
            SELECT format('kept count name_prefix_count %s/%s/%s: kept %s, counted %s', prefix, school_id, kind,
                          coalesce(k.n, 0), coalesce(r.n, 0))
            FROM (SELECT * FROM casus.name_prefix_count WHERE n <> 0) k
            FULL JOIN (SELECT x AS prefix, p.school_id, p.kind, count(*) AS n
                       FROM casus.person p, unnest(casus.name_prefixes(p.search_name)) x GROUP BY 1, 2, 3) r
                USING (prefix, school_id, kind)
            WHERE coalesce(k.n, 0) <> coalesce(r.n, 0)
        $$;
        """#
}
