extension PGSchema {
    /// Moving a personal database to the server (`casus migrate --to`, ServerImport). The chains
    /// cannot be replayed through `append_event`: an event holds only the SHA-256 of its texts,
    /// and the texts of a superseded version (a name changed, a purged dossier) are gone from
    /// the personal database. So the rows are copied as they stand, with the chains, into an
    /// empty server, in one transaction, and the server:
    /// - lets only the administrator or the founder (before the first school) begin, only on an
    ///   empty server, and only inside that transaction (`importing`);
    /// - recomputes every event's, audit line's and entry's hash and every chain link as they
    ///   arrive, and every evidence file's SHA-256;
    /// - lets the importer walk what it imported inside the transaction (the importer is the
    ///   administrator there), so `verify`'s whole replay runs before COMMIT;
    /// - refuses to commit an import that was not finished (`import_finish`): all or nothing.
    /// The kept-count tables an import writes again when it ends (`import_compact`): the only
    /// tables casus_owner may TRUNCATE (ServerSetup.grants).
    static let compacted = [
        "case_count", "person_count", "incident_count", "name_prefix_count", "stat_month", "stat_rung",
        "stat_platform", "stat_article", "stat_incident",
    ]

    static let importing = #"""
        CREATE FUNCTION require_import() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT importing() THEN
                PERFORM refused('dit kan alleen binnen een overzetting (casus migrate --to)',
                                'this can only be done within a migration (casus migrate --to)');
            END IF;
        END $$;

        -- Returns whether the importer is the administrator (else the founder).
        CREATE FUNCTION import_begin() RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM lock_writes();
            IF (SELECT seq FROM head WHERE name = 'event') <> 0 OR (SELECT seq FROM head WHERE name = 'audit') <> 0
               OR EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM school) OR EXISTS (SELECT 1 FROM sequence) THEN
                PERFORM refused('de server houdt al gegevens van casus; overzetten kan alleen naar een lege database (net ingericht met server init)',
                                'the server already holds casus data; a migration only goes into an empty database (just set up with server init)');
            END IF;
            IF NOT (c.admin OR c.founder) THEN
                PERFORM refused(format('alleen de databasebeheerder of de oprichter (server init --director) zet een database over naar een lege server, niet %s', c.account),
                                format('only the database administrator or the founder (server init --director) moves a database to an empty server, not %s', c.account));
            END IF;
            INSERT INTO meta (key, value) VALUES ('import', pg_current_xact_id()::text || ' ' || session_user::text);
            RETURN c.admin;
        END $$;

        -- A batch of events (JSON objects with the event table's columns, in chain order): each must
        -- follow the chain's head, link to the one before and hash to what it says.
        CREATE FUNCTION import_events(p jsonb) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            h head;
            n bigint;
            bad bigint;
            last_hash text;
        BEGIN
            PERFORM require_import();
            SELECT * INTO h FROM head WHERE name = 'event' FOR UPDATE;
            -- Checked on the rows as inserted (not by reading the table back: a plan that scans the
            -- whole chain for every batch would make a district's move quadratic).
            WITH ins AS (
                INSERT INTO event (seq, at, account, real_account, kind, dossier_id, audit_seq, payload, prev_hash, hash)
                SELECT r.seq, r.at, r.account, r.real_account, r.kind, r.dossier_id, r.audit_seq, r.payload, r.prev_hash,
                       r.hash
                FROM jsonb_populate_recordset(NULL::event, p) r
                RETURNING *
            ), e AS (
                SELECT ins.*, lag(ins.hash) OVER (ORDER BY ins.seq) AS before, row_number() OVER (ORDER BY ins.seq) AS i
                FROM ins
            )
            SELECT count(*), min(e.seq) FILTER (
                       WHERE e.seq <> h.seq + e.i OR e.prev_hash IS DISTINCT FROM coalesce(e.before, h.hash)
                          OR e.at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' OR e.audit_seq < 0
                          OR (event_shape(e.kind)).names IS NULL
                          OR e.hash IS DISTINCT FROM event_hash(e.seq, e.at, e.account, e.real_account, e.kind, e.dossier_id,
                                                                e.audit_seq, e.payload, e.prev_hash)),
                   (array_agg(e.hash ORDER BY e.seq DESC))[1]
            INTO n, bad, last_hash FROM e;
            IF bad IS NOT NULL THEN
                PERFORM refused(format('gebeurtenis %s past niet in de keten (volgorde, schakel of hash); er is niets overgezet', bad),
                                format('event %s does not fit the chain (order, link or hash); nothing was moved', bad));
            END IF;
            IF n > 0 THEN
                UPDATE head SET seq = h.seq + n, hash = last_hash WHERE name = 'event';
            END IF;
            RETURN n;
        END $$;

        -- A batch of audit lines, checked as the events are.
        CREATE FUNCTION import_audit(p jsonb) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            h head;
            n bigint;
            bad bigint;
            last_hash text;
        BEGIN
            PERFORM require_import();
            SELECT * INTO h FROM head WHERE name = 'audit' FOR UPDATE;
            WITH ins AS (
                INSERT INTO audit (id, at, account, real_account, action, person_id, case_id, detail, prev_hash, hash)
                SELECT r.id, r.at, r.account, r.real_account, r.action, r.person_id, r.case_id, coalesce(r.detail, ''),
                       r.prev_hash, r.hash
                FROM jsonb_populate_recordset(NULL::audit, p) r
                RETURNING *
            ), a AS (
                SELECT ins.*, lag(ins.hash) OVER (ORDER BY ins.id) AS before, row_number() OVER (ORDER BY ins.id) AS i
                FROM ins
            )
            SELECT count(*), min(a.id) FILTER (
                       WHERE a.id <> h.seq + a.i OR a.prev_hash IS DISTINCT FROM coalesce(a.before, h.hash)
                          OR a.hash IS DISTINCT FROM audit_hash(a.prev_hash, a.at, a.account, a.real_account, a.action,
                                                                a.person_id, a.case_id, a.detail)),
                   (array_agg(a.hash ORDER BY a.id DESC))[1]
            INTO n, bad, last_hash FROM a;
            IF bad IS NOT NULL THEN
                PERFORM refused(format('auditregel %s past niet in het auditlog (volgorde, schakel of hash); er is niets overgezet', bad),
                                format('audit line %s does not fit the audit log (order, link or hash); nothing was moved', bad));
            END IF;
            IF n > 0 THEN
                UPDATE head SET seq = h.seq + n, hash = last_hash WHERE name = 'audit';
            END IF;
            RETURN n;
        END $$;

        -- A batch of rows of one table, as JSON objects with its columns (all of them but the
        -- search vectors, which the server computes, and a tombstone's own number, given in order).
        CREATE FUNCTION import_rows(p_table text, p jsonb) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            cols text;
            vals text;
            n bigint;
            bad text;
        BEGIN
            PERFORM require_import();
            IF p_table IS NULL OR p_table NOT IN ('school', 'school_closure', 'person', 'guardianship', 'app_user', 'incident',
                    'incident_person', 'case', 'case_article', 'step', 'entry', 'obligation', 'case_fact', 'letter_sent',
                    'evidence', 'entry_evidence', 'incident_evidence', 'tombstone', 'sequence') THEN
                PERFORM refused(format('%s is geen tabel die wordt overgezet', p_table),
                                format('%s is not a table that is moved', p_table));
            END IF;
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
                   string_agg('r.' || quote_ident(a.attname), ', ' ORDER BY a.attnum)
            INTO cols, vals
            FROM pg_attribute a
            WHERE a.attrelid = format('casus.%I', p_table)::regclass AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname <> 'search' AND a.attidentity = '';
            IF p_table = 'entry' THEN
                cols := cols || ', search';
                vals := vals || ', search_vector(r.title || '' '' || r.body)';
            ELSIF p_table IN ('case', 'incident') THEN
                cols := cols || ', search';
                vals := vals || ', search_vector(r.summary)';
            END IF;
            EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_array_elements($1) WITH ORDINALITY a(j, i), '
                           'jsonb_populate_record(NULL::%I, a.j) r ORDER BY a.i', p_table, cols, vals, p_table) USING p;
            GET DIAGNOSTICS n = ROW_COUNT;
            -- Each entry against its own hash (its links: verify's walk of every dossier, before COMMIT).
            IF p_table = 'entry' THEN
                SELECT min(r.id)::text INTO bad FROM jsonb_populate_recordset(NULL::entry, p) r
                WHERE r.hash IS DISTINCT FROM entry_hash(r.prev_hash, r.dossier_id, r.seq, r.kind, r.at, r.author,
                                                         r.author_name, r.case_id, r.corrects, r.heard, r.evidence,
                                                         r.title, r.body, r.salt);
                IF bad IS NOT NULL THEN
                    PERFORM refused(format('stuk %s past niet bij zijn hash; er is niets overgezet', bad),
                                    format('entry %s does not match its hash; nothing was moved', bad));
                END IF;
            ELSIF p_table = 'evidence' THEN
                SELECT min(r.sha256) INTO bad FROM jsonb_populate_recordset(NULL::evidence, p) r
                WHERE r.sha256 IS DISTINCT FROM hex_sha256(r.data) OR r.size IS DISTINCT FROM length(r.data);
                IF bad IS NOT NULL THEN
                    PERFORM refused(format('bewijsstuk %s past niet bij zijn hash; er is niets overgezet', bad),
                                    format('evidence file %s does not match its hash; nothing was moved', bad));
                END IF;
            ELSIF p_table = 'app_user' THEN
                -- Every account gets its login role in its group, as `users add` gives it.
                PERFORM ensure_login(u.account, u.role) FROM jsonb_populate_recordset(NULL::app_user, p) u;
            END IF;
            RETURN n;
        END $$;

        -- Every row that arrived moved a kept count (PGSchema+KeptCounts), all in
        -- this one transaction, whose every old version of those few hundred rows stays behind until it
        -- ends: the district left case_count at 555 pages for a few hundred rows, and every page of the
        -- Zaken list reads it whole for the count above it (0.7 ms a key, for as long as the server
        -- runs: VACUUM does not give the pages back). Written again in a new file, the same rows, before
        -- `verify` recounts them.
        CREATE FUNCTION import_compact() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            t text;
            kept jsonb;
        BEGIN
            PERFORM require_import();
            FOREACH t IN ARRAY ARRAY[\#(compacted.map { "'\($0)'" }.joined(separator: ", "))] LOOP
                -- Held as JSON meanwhile (numbers and text: exact); a temporary table needs a
                -- privilege casus's roles do not have on the database.
                EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(x)), ''[]'') FROM casus.%I x', t) INTO kept;
                EXECUTE format('TRUNCATE casus.%I', t);
                EXECUTE format('INSERT INTO casus.%I SELECT * FROM jsonb_populate_recordset(NULL::casus.%I, $1)', t, t)
                USING kept;
            END LOOP;
        END $$;

        -- The end of an import: the chains stand where the copy read them (the client sends the heads
        -- of its snapshot of the personal database), every dossier's chain links up, and there is
        -- a director or the board to use what arrived.
        CREATE FUNCTION import_finish(p_event_seq bigint, p_event_hash text, p_audit_seq bigint, p_audit_hash text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            bad bigint;
        BEGIN
            PERFORM require_import();
            IF (SELECT seq FROM head WHERE name = 'event') IS DISTINCT FROM p_event_seq
               OR (SELECT hash FROM head WHERE name = 'event') IS DISTINCT FROM p_event_hash
               OR (SELECT seq FROM head WHERE name = 'audit') IS DISTINCT FROM p_audit_seq
               OR (SELECT hash FROM head WHERE name = 'audit') IS DISTINCT FROM p_audit_hash THEN
                PERFORM refused('de ketens op de server staan anders dan in de overgezette database; er is niets overgezet',
                                'the chains on the server stand otherwise than in the database moved; nothing was moved');
            END IF;
            -- Every event names audit lines that arrived.
            IF EXISTS (SELECT 1 FROM event e WHERE e.audit_seq > p_audit_seq) THEN
                PERFORM refused('een gebeurtenis noemt meer auditregels dan er zijn overgezet; er is niets overgezet',
                                'an event names more audit lines than were moved; nothing was moved');
            END IF;
            -- Every dossier's chain links up: each entry follows the one before it, the first one
            -- the dossier's last purge (or the start).
            SELECT x.id INTO bad FROM (
                SELECT e.id, e.seq, e.prev_hash, lag(e.seq) OVER w AS seq_before, lag(e.hash) OVER w AS hash_before,
                       t.last_seq, t.last_hash
                FROM entry e
                LEFT JOIN LATERAL (SELECT tb.last_seq, tb.last_hash FROM tombstone tb WHERE tb.dossier_id = e.dossier_id
                                   ORDER BY tb.id DESC LIMIT 1) t ON true
                WINDOW w AS (PARTITION BY e.dossier_id ORDER BY e.seq)) x
            WHERE x.seq IS DISTINCT FROM coalesce(x.seq_before, x.last_seq, 0) + 1
               OR x.prev_hash IS DISTINCT FROM coalesce(x.hash_before, x.last_hash, repeat('0', 64))
            ORDER BY x.id LIMIT 1;
            IF bad IS NOT NULL THEN
                PERFORM refused(format('stuk %s sluit niet aan op zijn dossierketen; er is niets overgezet', bad),
                                format('entry %s does not link up with its dossier''s chain; nothing was moved', bad));
            END IF;
            -- Somebody can use the server afterwards.
            IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.role IN ('director', 'board')) THEN
                PERFORM refused('de overgezette database heeft geen directeur of bestuur; er is niets overgezet',
                                'the database moved has no director or board; nothing was moved');
            END IF;
            DELETE FROM meta WHERE key = 'import';
            -- The planner's statistics for what arrived: without them the first hours' searches and
            -- counts on a fresh server run on guesses (a board's search for one word: 17 ms → 1 s).
            PERFORM analyze_tables();
            PERFORM pg_notify('casus', p_event_seq::text);
        END $$;

        -- ANALYZE is for a table's owner (casus_data): this runs as it, and does nothing else.
        CREATE FUNCTION analyze_tables() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            t name;
        BEGIN
            FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'casus' AND c.relkind = 'r' LOOP
                EXECUTE format('ANALYZE casus.%I', t);
            END LOOP;
        END $$;

        -- An import not finished cannot be committed.
        CREATE FUNCTION import_unfinished() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM meta WHERE key = 'import') THEN
                RAISE EXCEPTION USING ERRCODE = 'CA002',
                    MESSAGE = 'een overzetting die niet is afgerond wordt niet bewaard | a migration that was not finished is not kept';
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER import_finished AFTER INSERT ON meta DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NEW.key = 'import') EXECUTE FUNCTION import_unfinished();
        """#
}
