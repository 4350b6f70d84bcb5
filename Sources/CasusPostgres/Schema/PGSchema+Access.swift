import CasusCore

extension PGSchema {
    /// The access log: a dossier's contents (its entries, a case's entries, steps, obligations and
    /// facts, one entry, search hits, evidence, the audit log, a walk over everything) are given
    /// out only against a ticket, the id of a
    /// line in the access log that a transaction of its own has already committed. So a read
    /// always leaves its line, even when the reading transaction is rolled back afterwards (a
    /// client that reads and rolls back cannot erase its trace: the line was committed before).
    ///
    /// `log_read` writes the line (in its own transaction, which casus opens on a second
    /// connection); `require_ticket` checks it: the caller's own, for this dossier or case or
    /// query, committed by another transaction, at most ten minutes old.
    ///
    /// What a list shows (a case's record, a person's record, a report's row and whom it names, the
    /// overdue cases of the figures) is given against a line for reading that list
    /// (`require_list_ticket`): with psql, every case's summary, every pupil's birth date and every
    /// parent's address were read without a line anywhere (a review). casus takes one such line a
    /// list at most every five minutes a session, so a screen left open is a line every five minutes.
    static let access = #"""
        -- The callers that may walk the whole store (verify): the administrator, the board, and a
        -- director when the server holds only their school.
        -- plpgsql, which keeps its plan for the session: it is asked at every write (links_chains), and
        -- a sql function with a query is planned anew at every call.
        CREATE FUNCTION whole_store(c caller_t) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        BEGIN
            -- The founder of a server that holds nothing yet walks nothing (a migration's check
            -- walks what it moved, as the administrator of its own transaction).
            RETURN c.admin OR (c.founder AND (SELECT h.seq FROM head h WHERE h.name = 'event') = 0)
                OR (c.known AND c.role = 'board' AND c.school_id IS NULL)
                OR (c.known AND c.role = 'director' AND NOT EXISTS (SELECT 1 FROM school s WHERE s.id <> c.school_id));
        END $$;

        CREATE FUNCTION log_read(p_what text, p_id bigint, p_detail text) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            v_person_id bigint;
            v_case_id bigint;
            v_detail text := coalesce(p_detail, '');
            h head;
            v_at text := iso_now();
            v_line_hash text;
            v_incident bigint;
        BEGIN
            PERFORM require_account(c);
            -- A line holds what casus writes there: no detail for a dossier, case, walk or audit log
            -- (an entry's is its id), a file's hash, a search's words on one line. Any account wrote a
            -- line break that showed, in `casus audit --reads`, as another line in another's name.
            IF (CASE p_what WHEN 'evidence' THEN v_detail !~ '^[0-9a-f]{64}$'
                            WHEN 'search' THEN char_length(v_detail) > \#(AuditRecord.detailLimit) OR v_detail ~ '[[:cntrl:]]'
                            WHEN 'entry' THEN false
                            WHEN 'list' THEN v_detail NOT IN ('cases', 'reports', 'people')
                            ELSE v_detail <> '' END) THEN
                PERFORM refused(format('een leesregel voor %s houdt alleen wat casus erin schrijft', p_what),
                                format('a line for reading %s holds only what casus writes there', p_what));
            END IF;
            -- A dossier, case, entry or evidence file is logged whether or not it exists or the
            -- caller may see it (the read that follows shows only what they may see): a refusal
            -- here would tell which ids exist, and an attempt is worth a line too. The record
            -- may also be new in the caller's own open transaction, which this one cannot see.
            CASE p_what
            -- A dossier (or a person's audit lines) is named where the caller may read it, or where
            -- no such person is to be seen yet (one new in the caller's own open transaction). One the
            -- caller may not read is a line of a refused attempt, under no one: with psql any account
            -- wrote "read.dossier persoon 5" of a dossier it never could read, a teacher of another
            -- school's pupil, and the log of reads answered "who read my child's file?" with them (a
            -- review).
            WHEN 'dossier', 'audit' THEN
                -- Not one that does not exist yet either (ids are the whole server's, and the next
                -- are easy to guess: a line written ahead named a personnel file an IB of another
                -- school "read", a review); nor an IB's line of someone's audit lines, which no IB
                -- reads. A refused line is no ticket (`require_ticket`).
                v_person_id := (line_person(c, p_what, p_id)).whom;
                -- The id asked for is said (not whose it is): a privacy officer sees what was tried.
                IF v_person_id IS NULL AND p_id IS NOT NULL THEN
                    v_detail := 'geweigerd ' || p_id;
                END IF;
            -- The dossier a case or entry is filed in is named only where the caller may read it: a
            -- director of one school logged reads of another's cases and entries and read back, in
            -- their own lines, whose dossier each was (a review).
            WHEN 'case' THEN
                v_case_id := p_id;
                v_person_id := (line_person(c, p_what, p_id)).whom;
            WHEN 'entry' THEN
                v_detail := p_id::text;
                v_person_id := (line_person(c, p_what, p_id)).whom;
            -- A file names the dossier that holds it, where the caller may read that one: an IB's read
            -- of a pupil's screenshot was a bare hash, and `casus audit --reads --person` never showed
            -- it (a review). The first such entry's dossier, if the file is in several.
            WHEN 'evidence' THEN
                SELECT x.dossier_id INTO v_person_id
                FROM entry_evidence ee JOIN entry x ON x.id = ee.entry_id JOIN person o ON o.id = x.dossier_id
                WHERE ee.sha256 = v_detail AND dossier_visible(c, o.school_id, o.kind)
                ORDER BY x.id LIMIT 1;
                -- A report's file (the photo itself) is read about everyone the report names: it was
                -- a line under no one, and the victim's log of reads never showed the download (a
                -- review). Its first subject here, the others below.
                IF v_person_id IS NULL THEN
                    SELECT ie.incident_id INTO v_incident
                    FROM incident_evidence ie JOIN incident i ON i.id = ie.incident_id
                    WHERE ie.sha256 = v_detail AND incident_visible(c, i.id, i.school_id)
                    ORDER BY ie.incident_id LIMIT 1;
                    SELECT ip.person_id INTO v_person_id
                    FROM incident_person ip JOIN person o ON o.id = ip.person_id
                    WHERE ip.incident_id = v_incident AND ip.role = 'subject' AND person_visible(c, o.id, o.school_id, o.kind)
                    ORDER BY ip.person_id LIMIT 1;
                END IF;
            WHEN 'search' THEN
                IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board', 'ib'))) THEN
                    PERFORM refused('uw rol mag niet zoeken in dossiers', 'your role may not search dossiers');
                END IF;
                -- The line keeps how many words, and a keyed digest that binds the ticket to them,
                -- not the words: a pupil's name and "scheiding" stood in the log for good, after her
                -- dossier was purged (AVG art. 5 lid 1 c en e; SQLite's line holds the count only, a
                -- review). The key is the server's own, made at its first search; the digest is of
                -- the line's own number too, so two searches for the same words cannot be told
                -- alike (a director searched "Anna" and found another's line with the same digest,
                -- a review). Written below, once the line's number is known.
                INSERT INTO meta (key, value) VALUES ('search-key', gen_random_uuid()::text || gen_random_uuid()::text)
                ON CONFLICT (key) DO NOTHING;
            -- A report: its text and who it names (`incident_by_id`, `involved`): read with psql, it
            -- left no line anywhere (a review). The line names the report and, where the caller may
            -- read them, its first subject, so `casus audit --reads --person` finds it.
            WHEN 'incident' THEN
                v_detail := p_id::text;
                v_person_id := (line_person(c, p_what, p_id)).whom;
            WHEN 'walk' THEN
                PERFORM require_whole_store();
            -- A list (`cases`, `reports`, `people`): the line names the list, and what the caller's
            -- role lets the list show is all it shows.
            WHEN 'list' THEN
                NULL;
            ELSE
                PERFORM refused(format('onbekende soort lezen %s', p_what), format('unknown kind of read %s', p_what));
            END CASE;
            SELECT * INTO h FROM head WHERE name = 'access' FOR UPDATE;
            IF p_what = 'search' THEN
                v_detail := search_line(v_detail, h.seq + 1);
            END IF;
            v_line_hash := access_hash(h.hash, v_at, c.account, p_what, v_person_id, v_case_id, v_detail);
            INSERT INTO access_log (id, at, account, what, person_id, case_id, detail, txid, prev_hash, hash)
            VALUES (h.seq + 1, v_at, c.account, p_what, v_person_id, v_case_id, v_detail, pg_current_xact_id()::text::bigint,
                    h.hash, v_line_hash);
            UPDATE head SET seq = h.seq + 1, hash = v_line_hash WHERE name = 'access';
            -- A report shows everyone it names, and a case shows its report: a line for each of them
            -- the caller may see, besides the first, so `casus audit --reads --person` finds the read
            -- under the victim and the witnesses too (an IB read the report about a nude photo of a
            -- pupil, and her log of reads showed nothing, a review). The ticket is the first line.
            IF p_what IN ('incident', 'case') OR v_incident IS NOT NULL THEN
                PERFORM access_lines(c.account, p_what, ARRAY(
                    SELECT DISTINCT ip.person_id
                    FROM incident_person ip JOIN person o ON o.id = ip.person_id JOIN incident i ON i.id = ip.incident_id
                    WHERE ip.incident_id = CASE WHEN p_what = 'incident' THEN p_id
                                                WHEN p_what = 'case' THEN (SELECT k.incident_id FROM "case" k WHERE k.id = p_id)
                                                ELSE v_incident END
                      AND ip.person_id IS DISTINCT FROM v_person_id
                      AND (p_what <> 'case' OR v_person_id IS NOT NULL)
                      AND incident_visible(c, i.id, i.school_id)
                      AND person_visible(c, o.id, o.school_id, o.kind)
                    ORDER BY ip.person_id), v_case_id, v_detail, v_at);
            END IF;
            RETURN h.seq + 1;
        END $$;

        -- Lines after the log's head, one per person, of one read (its other people: a report's, a
        -- search's dossiers), chained as every line is; the head moves with them.
        CREATE FUNCTION access_lines(p_account text, p_what text, p_people bigint[], p_case bigint, p_detail text,
                                     p_at text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            h head;
            v_person bigint;
            v_hash text;
        BEGIN
            IF coalesce(cardinality(p_people), 0) = 0 THEN
                RETURN;
            END IF;
            SELECT * INTO h FROM head WHERE name = 'access' FOR UPDATE;
            v_hash := h.hash;
            FOREACH v_person IN ARRAY p_people LOOP
                h.seq := h.seq + 1;
                INSERT INTO access_log (id, at, account, what, person_id, case_id, detail, txid, prev_hash, hash)
                VALUES (h.seq, p_at, p_account, p_what, v_person, p_case, p_detail, pg_current_xact_id()::text::bigint,
                        v_hash, access_hash(v_hash, p_at, p_account, p_what, v_person, p_case, p_detail))
                RETURNING hash INTO v_hash;
            END LOOP;
            UPDATE head SET seq = h.seq, hash = v_hash WHERE name = 'access';
        END $$;

        -- A search's line, and one line for each dossier its hits show (entries and case summaries
        -- in the dossier they are filed in; a report in each person it names), written before any
        -- hit is given: find_entries, find_cases and find_reports show hits only in the dossiers
        -- these lines name (search_named). The line casus's `log_read('search')` wrote named no
        -- one, and the client wrote the dossiers' lines after it read the hits, if it did: with psql
        -- an IB read the text of every dossier in reach a letter at a time, and the log of reads
        -- named none of them (a review). Returns the search line's id, the ticket.
        CREATE FUNCTION log_search(p_school bigint, p_pupil boolean, p_staff boolean, p_words text[], p_limit bigint,
                                   p_enough bigint, p_reports boolean) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            v_ticket bigint;
            v_detail text;
            v_at text;
            s record;
            people bigint[];
        BEGIN
            v_ticket := log_read('search', NULL, array_to_string(p_words, ' '));
            SELECT a.detail, a.at INTO v_detail, v_at FROM access_log a WHERE a.id = v_ticket;
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            people := ARRAY(
                SELECT DISTINCT x.person FROM (
                    SELECT p.id AS person
                    FROM unnest((entry_hit_ids(s.school, s.pupil, s.staff, p_words, p_limit, p_enough, writes_letters(c))).ids) hit(id)
                    JOIN entry e ON e.id = hit.id JOIN person p ON p.id = e.dossier_id
                    WHERE (s.school IS NULL OR p.school_id = s.school)
                      AND (s.staff OR NOT personnel(p.kind)) AND (s.pupil OR personnel(p.kind))
                    UNION
                    SELECT k.dossier_id
                    FROM unnest((case_hit_ids(s.school, s.pupil, s.staff, p_words, p_limit, p_enough)).ids) hit(id)
                    JOIN "case" k ON k.id = hit.id
                    UNION
                    SELECT ip.person_id
                    FROM unnest(CASE WHEN coalesce(p_reports, false) AND s.pupil AND s.staff
                                     THEN (report_hit_ids(s.school, p_words, p_limit, p_enough)).ids
                                     ELSE '{}'::bigint[] END) hit(id)
                    JOIN incident_person ip ON ip.incident_id = hit.id) x
                ORDER BY x.person);
            -- At the search line's own time: one read.
            PERFORM access_lines(c.account, 'search', people, NULL, v_detail, v_at);
            RETURN v_ticket;
        END $$;

        -- What the search line numbered p_line holds: "2 woorden · " and the first 16 hex digits of
        -- the SHA-256 of the server's key, the line's number and the words.
        CREATE FUNCTION search_line(p_words text, p_line bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
        DECLARE
            n int := cardinality(string_to_array(p_words, ' '));
        BEGIN
            RETURN format('%s %s · %s', n, CASE WHEN n = 1 THEN 'woord' ELSE 'woorden' END,
                          left(encode(sha256(convert_to(coalesce((SELECT value FROM meta WHERE key = 'search-key'), '')
                                                        || E'\n' || p_line || E'\n' || p_words, 'UTF8')), 'hex'), 16));
        END $$;

        -- Whom a line for reading a record names (`log_read`): a dossier's (or a person's audit
        -- lines') person, a case's or an entry's dossier, a report's first subject, where the caller
        -- may read them; and whether that record was made in the caller's own open transaction
        -- (its row's xmin is the caller's). One rule for writing a line and for holding it to what
        -- it names (`named_now`).
        CREATE FUNCTION line_person(c caller_t, p_what text, p_id bigint, OUT whom bigint, OUT fresh boolean)
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            me xid := xid(pg_current_xact_id_if_assigned());
        BEGIN
            CASE p_what
            WHEN 'dossier', 'audit' THEN
                SELECT o.id, o.xmin = me INTO whom, fresh FROM person o
                WHERE o.id = p_id AND dossier_visible(c, o.school_id, o.kind) AND (p_what = 'dossier' OR audit_reader(c));
            WHEN 'case' THEN
                SELECT k.dossier_id, k.xmin = me INTO whom, fresh FROM "case" k JOIN person o ON o.id = k.dossier_id
                WHERE k.id = p_id AND dossier_visible(c, o.school_id, o.kind);
            WHEN 'entry' THEN
                SELECT e.dossier_id, e.xmin = me INTO whom, fresh FROM entry e JOIN person o ON o.id = e.dossier_id
                WHERE e.id = p_id AND dossier_visible(c, o.school_id, o.kind);
            WHEN 'incident' THEN
                SELECT ip.person_id, ip.xmin = me INTO whom, fresh
                FROM incident_person ip JOIN person o ON o.id = ip.person_id JOIN incident i ON i.id = ip.incident_id
                WHERE ip.incident_id = p_id AND ip.role = 'subject' AND incident_visible(c, i.id, i.school_id)
                  AND person_visible(c, o.id, o.school_id, o.kind)
                ORDER BY ip.person_id LIMIT 1;
            ELSE
                NULL;
            END CASE;
            fresh := coalesce(fresh, false);
        END $$;

        -- A line names the person log_read would name now: one taken for an id before the record
        -- was made named no one (or said "geweigerd"), and read it once it was there. An IB took
        -- lines for the next ids and read a new pupil's dossier, a note, a case and a report about
        -- a nude photo, with the log of reads naming nobody (a privacy officer's review). Such a
        -- line holds nothing: the read takes a new one. But for a record made in the reader's own
        -- open transaction: log_read, on the second connection, could not see it, and the write
        -- that made it is the reader's own.
        CREATE FUNCTION named_now(a access_log) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        DECLARE
            now_named record;
        BEGIN
            CASE a.what
            WHEN 'dossier', 'audit' THEN
                IF a.detail NOT LIKE 'geweigerd %' THEN
                    RETURN true;
                END IF;
                now_named := line_person(caller(), a.what, substr(a.detail, 11)::bigint);
                RETURN now_named.whom IS NULL OR now_named.fresh;
            WHEN 'case' THEN
                now_named := line_person(caller(), a.what, a.case_id);
            WHEN 'entry', 'incident' THEN
                now_named := line_person(caller(), a.what, a.detail::bigint);
            ELSE
                RETURN true;
            END CASE;
            RETURN now_named.whom IS NOT DISTINCT FROM a.person_id OR (a.person_id IS NULL AND now_named.fresh);
        END $$;

        -- A line a read is given against: the caller's own, committed before this transaction (a
        -- rolled-back read leaves its line), taken within the last ten minutes, and naming whom
        -- the read shows now (`named_now`).
        CREATE FUNCTION ticket_holds(a access_log) RETURNS boolean LANGUAGE sql AS $$
            SELECT a.account = session_user::text
               AND a.txid IS DISTINCT FROM pg_current_xact_id_if_assigned()::text::bigint
               AND a.logged > clock_timestamp() - interval '10 minutes'
               AND named_now(a)
        $$;

        -- A report is read against a line for it, or for a case opened on it (the case's screen shows
        -- its report).
        CREATE FUNCTION require_report_ticket(p_ticket bigint, p_incident bigint) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (
                SELECT 1 FROM access_log a
                WHERE a.id = p_ticket AND ticket_holds(a)
                  AND (a.what = 'incident' AND a.detail = p_incident::text
                       OR a.what = 'case' AND EXISTS (SELECT 1 FROM "case" k WHERE k.id = a.case_id AND k.incident_id = p_incident))) THEN
                RAISE EXCEPTION USING ERRCODE = 'CA004',
                    MESSAGE = 'een melding wordt pas gelezen nadat het lezen in het toegangslog staat (casus.log_read) | a report is read only after the read is in the access log (casus.log_read)';
            END IF;
        END $$;

        -- A list's rows are read against a line for that list; a case's record also against a line
        -- for reading that case.
        CREATE FUNCTION require_list_ticket(p_ticket bigint, p_list text, p_case bigint DEFAULT NULL)
        RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (
                SELECT 1 FROM access_log a
                WHERE a.id = p_ticket AND ticket_holds(a)
                  AND (a.what = 'list' AND a.detail = p_list OR a.what = 'case' AND a.case_id = p_case)) THEN
                RAISE EXCEPTION USING ERRCODE = 'CA004',
                    MESSAGE = 'een lijst wordt pas gelezen nadat het lezen in het toegangslog staat (casus.log_read) | a list is read only after the read is in the access log (casus.log_read)';
            END IF;
        END $$;

        CREATE FUNCTION require_ticket(p_ticket bigint, p_what text, p_person bigint, p_case bigint, p_detail text)
        RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (
                SELECT 1 FROM access_log a
                WHERE a.id = p_ticket AND ticket_holds(a) AND a.what = p_what
                  AND (
                    -- A refused attempt's line is a ticket for the person it was of alone, whose reads
                    -- show nothing out of the caller's reach (so casus says the dossier does not exist);
                    -- never for the whole audit log: one for another school's person's lines, under no
                    -- one, read it all (a review).
                    p_what IN ('dossier', 'audit') AND p_person IS NOT NULL AND p_case IS NULL AND p_detail IS NULL
                        AND a.detail = 'geweigerd ' || p_person
                    OR a.detail NOT LIKE 'geweigerd%'
                  -- A line for reading the whole audit log names no person: a line for one person's
                  -- lines was taken for the whole log, and the log of reads named the wrong subject.
                  AND (p_person IS NULL AND (p_what <> 'audit' OR a.person_id IS NULL) OR a.person_id = p_person)
                  AND (p_case IS NULL OR a.case_id = p_case)
                  AND (p_detail IS NULL
                       OR CASE WHEN p_what = 'search' THEN a.detail = search_line(p_detail, a.id) ELSE a.detail = p_detail END))) THEN
                RAISE EXCEPTION USING ERRCODE = 'CA004',
                    MESSAGE = 'een dossier wordt pas gelezen nadat het lezen in het toegangslog staat (casus.log_read) | a dossier is read only after the read is in the access log (casus.log_read)';
            END IF;
        END $$;
        """#
}
