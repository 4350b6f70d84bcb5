extension PGSchema {
    /// The rows an event derives, from the payload's fields (`f`) and its checked texts (`t`):
    /// the same rows SQLite's projection writes (SQLiteAccess+Events.swift) and `Ledger` replays.
    /// A dossier entry is checked against its dossier's chain here: it must follow the dossier's
    /// head, and its hash must be the hash of its fields.
    static let projection = #"""
        CREATE FUNCTION ladder_kind(p_kind text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN personnel(p_kind) THEN 'staff' WHEN p_kind = 'parent' THEN 'parent' ELSE 'pupil' END
        $$;

        CREATE FUNCTION refresh_next_due(p_case bigint) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "case" SET next_due = (SELECT min(o.due) FROM obligation o
                                          WHERE o.case_id = p_case AND o.done_at IS NULL AND o.for_others = 0
                                            AND o.paused_from IS NULL)
            WHERE id = p_case;
        END $$;

        -- Evidence files, once each by their hash: an entry's and a report's alike.
        -- The files an entry or a report names (p_named, their hashes) come with it, and only those:
        -- casus always sends the bytes. Named by hash alone, a file of another dossier or school was
        -- linked into one's own (an IB read a staff note's file so, a director another school's),
        -- the answer told whether any school holds a file, and bytes sent but not named were kept,
        -- linked to nothing, under a name of the sender's (found by a review). A migration brings
        -- the files on their own (importing).
        CREATE FUNCTION store_evidence(p_named text, p_file_names text[], p_files bytea[]) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            i int;
            named text[] := ARRAY(SELECT s FROM unnest(string_to_array(coalesce(p_named, ''), ',')) s WHERE s <> '');
            sent text[] := ARRAY(SELECT hex_sha256(b) FROM unnest(coalesce(p_files, '{}')) b);
        BEGIN
            -- Each once (casus names a file once: EvidenceFiles.read).
            IF NOT importing() AND (NOT (named <@ sent AND sent <@ named)
                                    OR cardinality(named) <> (SELECT count(DISTINCT x) FROM unnest(named) x)
                                    OR cardinality(sent) <> (SELECT count(DISTINCT x) FROM unnest(sent) x)) THEN
                PERFORM refused('de bewijsstukken die een stuk of melding noemt, komen met hun inhoud mee, en alleen die',
                                'the evidence files an entry or report names come with their contents, and only those');
            END IF;
            FOR i IN 1..coalesce(array_length(p_files, 1), 0) LOOP
                INSERT INTO evidence (sha256, name, size, data)
                VALUES (hex_sha256(p_files[i]), p_file_names[i], length(p_files[i]), p_files[i])
                ON CONFLICT DO NOTHING;
            END LOOP;
        END $$;

        -- The name a file was sent with, for the record it is filed with: the file is kept once by its
        -- hash under its first name, and a second record holding the same bytes showed that name,
        -- another school's ("lotte-bos-naaktfoto-jeugdzorg.png" to a teacher, a review).
        -- A name as casus takes one (EvidenceFiles.read): one line, not empty, no control or direction
        -- character. An empty one read another school's name for the same bytes, and one with a line
        -- break printed a made-up person under a report (a review). A migration's files come with
        -- their rows (importing): their names are theirs.
        CREATE FUNCTION evidence_name(p_sha256 text, p_file_names text[], p_files bytea[]) RETURNS text
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            n text := (SELECT p_file_names[k] FROM generate_subscripts(p_files, 1) AS g(k)
                       WHERE hex_sha256(p_files[k]) = p_sha256 LIMIT 1);
        BEGIN
            IF n IS NULL OR btrim(n) = '' OR char_length(n) > 255
               OR n ~ '[\x01-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\u061c\ufeff]' THEN
                PERFORM refused('een bewijsstuk heeft een naam van één regel, zonder stuur- of richtingstekens',
                                'an evidence file has a name of one line, without control or direction characters');
            END IF;
            RETURN n;
        END $$;

        CREATE FUNCTION project(p_seq bigint, p_at text, p_account text, p_kind text, f jsonb, t jsonb, x jsonb,
                                p_file_names text[], p_files bytea[]) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            v_id bigint := (f->>'id')::bigint;
        BEGIN
            CASE p_kind
            WHEN 'school.created' THEN
                INSERT INTO school (id, name, town, protocol_id, demo)
                VALUES (v_id, f->>'name', f->>'town', f->>'protocol', (f->>'demo')::int);
            WHEN 'person.added' THEN
                INSERT INTO person (id, school_id, kind, first_name, infix, last_name, grp, function, external_id,
                                    birth_date, left_on, sort_name, search_name, salutation, street, postcode, town, salt)
                VALUES (v_id, (f->>'school')::bigint, f->>'kind', t->>'first_name', t->>'infix', t->>'last_name', f->>'group',
                        t->>'function', t->>'external_id', t->>'birth_date', f->>'left_on', t->>'sort_name', t->>'search_name',
                        coalesce(f->>'salutation', 'onbekend'), coalesce(t->>'street', ''),
                        coalesce(t->>'postcode', ''), coalesce(t->>'town', ''), coalesce(t->>'key', ''));
            WHEN 'person.changed' THEN
                UPDATE person SET school_id = (f->>'school')::bigint, kind = f->>'kind', first_name = t->>'first_name',
                    infix = t->>'infix', last_name = t->>'last_name', grp = f->>'group', function = t->>'function',
                    external_id = t->>'external_id', birth_date = t->>'birth_date', left_on = f->>'left_on',
                    sort_name = t->>'sort_name', search_name = t->>'search_name',
                    salutation = coalesce(f->>'salutation', 'onbekend'), street = coalesce(t->>'street', ''),
                    postcode = coalesce(t->>'postcode', ''), town = coalesce(t->>'town', ''), salt = coalesce(t->>'key', '')
                WHERE person.id = v_id;
                -- A case's subject kind follows its subject (SQLite's case_subject_kind trigger).
                UPDATE "case" c SET subject_kind = ladder_kind(f->>'kind')
                WHERE c.subject_id = v_id AND c.subject_kind <> ladder_kind(f->>'kind');
            WHEN 'guardian.linked' THEN
                INSERT INTO guardianship (parent_id, pupil_id) VALUES ((f->>'parent')::bigint, (f->>'pupil')::bigint)
                ON CONFLICT DO NOTHING;
            WHEN 'user.added' THEN
                INSERT INTO app_user (account, person_id, role, school_id)
                VALUES (f->>'account', (f->>'person')::bigint, f->>'role', (f->>'school')::bigint);
                PERFORM ensure_login(f->>'account', f->>'role');
            WHEN 'user.removed' THEN
                -- The row alone: without it the server knows the login as nobody (caller_for), and
                -- every function refuses it. Its membership of casus's group stays, as `users add`
                -- leaves a role made before: the groups are the whole server's, and the same login
                -- may be a user of another school's database on it.
                DELETE FROM app_user WHERE account = f->>'account';
            WHEN 'incident.reported' THEN
                -- The day it happened is not after the report (a day's margin on its UTC date: the
                -- school's own day may already be the next).
                IF f->>'happened_on' IS NOT NULL AND (f->>'happened_on' !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                                                     OR f->>'happened_on' > to_char(left(f->>'reported_at', 10)::date + 1, 'YYYY-MM-DD')) THEN
                    PERFORM refused('de dag waarop het gebeurde ligt na de melding of is geen datum',
                                    'the day it happened is after the report or is not a date');
                END IF;
                INSERT INTO incident (id, school_id, reported_at, summary, platform, status, reporter_name, reported_by,
                                      happened_on, search)
                VALUES (v_id, (f->>'school')::bigint, f->>'reported_at', t->>'summary', f->>'platform', 'new',
                        t->>'reporter_name', f->>'reported_by', f->>'happened_on', search_vector(t->>'summary'));
                INSERT INTO incident_person (incident_id, person_id, role)
                SELECT v_id, split_part(pair, '=', 1)::bigint, split_part(pair, '=', 2)
                FROM unnest(string_to_array(coalesce(f->>'involved', ''), ',')) pair
                WHERE pair <> '' AND split_part(pair, '=', 2) <> '';
                -- The evidence as an entry's: the files by their hash, linked in the event's order.
                PERFORM store_evidence(f->>'evidence', p_file_names, p_files);
                INSERT INTO incident_evidence (incident_id, position, sha256, name)
                SELECT v_id, ord - 1, s, evidence_name(s, p_file_names, p_files)
                FROM unnest(string_to_array(coalesce(f->>'evidence', ''), ',')) WITH ORDINALITY AS u(s, ord) WHERE s <> '';
                IF EXISTS (SELECT 1 FROM incident_evidence ie LEFT JOIN evidence e ON e.sha256 = ie.sha256
                           WHERE ie.incident_id = v_id AND e.sha256 IS NULL) THEN
                    PERFORM refused('een bewijsstuk van deze melding ontbreekt', 'an evidence file of this report is missing');
                END IF;
            WHEN 'incident.triaged' THEN
                UPDATE incident SET status = 'triaged' WHERE incident.id = v_id;
            WHEN 'incident.dismissed' THEN
                UPDATE incident SET status = 'dismissed', dismissed_reason = t->>'reason', dismissed_at = f->>'at',
                    dismissed_by = f->>'by'
                WHERE incident.id = v_id;
            WHEN 'case.opened' THEN
                INSERT INTO "case" (id, school_id, number, incident_id, subject_id, dossier_id, dossier_kind, subject_kind,
                                    profile_id, severity, criminal, crossing, meldplicht, status, summary, opened_at,
                                    opened_by, data_breach, meldcode, search)
                VALUES (v_id, (f->>'school')::bigint, f->>'number', (f->>'incident')::bigint, (f->>'subject')::bigint,
                        (f->>'dossier')::bigint, f->>'dossier_kind', f->>'subject_kind', f->>'profile', f->>'severity',
                        (f->>'criminal')::int, (f->>'crossing')::int, (f->>'meldplicht')::int, 'open', t->>'summary',
                        f->>'opened_at', f->>'opened_by', coalesce((f->>'data_breach')::int, 0),
                        coalesce((f->>'meldcode')::int, 0), search_vector(t->>'summary'));
                INSERT INTO case_article (case_id, position, article_id)
                SELECT v_id, (row_number() OVER (ORDER BY ord)) - 1, a
                FROM unnest(string_to_array(coalesce(f->>'articles', ''), ',')) WITH ORDINALITY AS u(a, ord)
                WHERE a <> '';
            WHEN 'case.rung' THEN
                UPDATE "case" SET rung = f->>'rung' WHERE "case".id = v_id;
            WHEN 'case.closed' THEN
                UPDATE "case" SET status = 'closed', closed_at = f->>'at', closed_by = f->>'by', close_reason = t->>'reason',
                    outcome = coalesce(f->>'outcome', 'founded')
                WHERE "case".id = v_id;
                -- A case closed as a mistake: its report goes back to triage when none of its cases
                -- still stands (Ledger.returnToTriage).
                IF f->>'outcome' = 'mistake' THEN
                    UPDATE incident i SET status = 'new'
                    WHERE i.id = (SELECT k.incident_id FROM "case" k WHERE k.id = v_id) AND i.status = 'triaged'
                      AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id
                                      AND (k.status = 'open' OR k.outcome IS DISTINCT FROM 'mistake'));
                END IF;
            WHEN 'case.reclassified' THEN
                -- The old articles leave while this event is the chain's head (refuse_unless_purged).
                UPDATE "case" SET severity = f->>'severity' WHERE "case".id = v_id;
                DELETE FROM case_article WHERE case_id = v_id;
                INSERT INTO case_article (case_id, position, article_id)
                SELECT v_id, (row_number() OVER (ORDER BY ord)) - 1, a
                FROM unnest(string_to_array(coalesce(f->>'articles', ''), ',')) WITH ORDINALITY AS u(a, ord)
                WHERE a <> '';
            WHEN 'step.taken' THEN
                INSERT INTO step (id, case_id, rung, detail, at, on_date, days, start_date, end_date, reason, justification, actor,
                                  phase)
                VALUES (v_id, (f->>'case')::bigint, f->>'rung', t->>'detail', f->>'at', f->>'on_date', (f->>'days')::int,
                        f->>'start_date', f->>'end_date', t->>'reason', t->>'justification', f->>'actor',
                        coalesce(f->>'phase', 'decision'));
            WHEN 'obligation.created' THEN
                INSERT INTO obligation (id, case_id, step_id, kind, due, note, for_others, created_at, done_at, done_by, entry_id,
                                        paused_from)
                VALUES (v_id, (f->>'case')::bigint, (f->>'step')::bigint, f->>'kind', f->>'due', t->>'note',
                        (f->>'for_others')::int, f->>'created_at', f->>'done_at', f->>'done_by', (f->>'entry')::bigint,
                        f->>'paused_from');
                PERFORM refresh_next_due((f->>'case')::bigint);
            WHEN 'obligation.done' THEN
                UPDATE obligation SET done_at = f->>'at', done_by = f->>'by', entry_id = (f->>'entry')::bigint
                WHERE obligation.id = v_id AND done_at IS NULL;
                PERFORM refresh_next_due((f->>'case')::bigint);
            WHEN 'entry.appended' THEN
                PERFORM append_entry(f, x, p_file_names, p_files);
            WHEN 'dossier.purged' THEN
                PERFORM purge(f, t, p_at, p_account);
            WHEN 'school.record-set' THEN
                UPDATE school SET town = f->>'town', sector = f->>'sector', denomination = f->>'denomination',
                    legal_set = (f->>'legal_set')::int, board_name = t->>'board_name', board_address = t->>'board_address',
                    address = t->>'address', region = f->>'region'
                WHERE school.id = v_id;
            WHEN 'closure.added' THEN
                INSERT INTO school_closure (id, school_id, first, last, reason, kind, source)
                VALUES (v_id, (f->>'school')::bigint, f->>'first', f->>'last', t->>'reason', f->>'kind', f->>'source');
            WHEN 'closures.removed' THEN
                DELETE FROM school_closure sc
                WHERE sc.school_id = (f->>'school')::bigint
                  AND sc.id = ANY (coalesce(string_to_array(nullif(f->>'ids', ''), ',')::bigint[], '{}'));
            WHEN 'fact.recorded' THEN
                INSERT INTO case_fact (id, case_id, kind, on_date, value, note, at, actor, entry_id)
                VALUES (v_id, (f->>'case')::bigint, f->>'kind', f->>'on_date', t->>'value', t->>'note', f->>'at',
                        f->>'actor', (f->>'entry')::bigint);
            WHEN 'obligation.rescheduled' THEN
                UPDATE obligation SET due = f->>'due', paused_from = f->>'paused_from'
                WHERE obligation.id = v_id AND done_at IS NULL;
                PERFORM refresh_next_due((f->>'case')::bigint);
            WHEN 'letter.sent' THEN
                INSERT INTO letter_sent (entry_id, dossier_id, case_id, sent_on, via, recorded_at, recorded_by)
                VALUES ((f->>'entry')::bigint, (f->>'dossier')::bigint, (f->>'case')::bigint, f->>'on', f->>'via',
                        f->>'at', f->>'by');
            WHEN 'checkpoint.signed' THEN
                NULL;  -- kept in the chain only: verify reads checkpoints from the events
            END CASE;
        END $$;

        -- The salt of an entry the server links (link_entry): from a key of the server's own, made at
        -- its first such entry and read by no login, the dossier, the place and the head it follows.
        CREATE FUNCTION server_salt(p_dossier bigint, p_seq bigint, p_prev text) RETURNS text LANGUAGE plpgsql AS $$
        DECLARE
            k text := (SELECT value FROM meta WHERE key = 'link-key');
        BEGIN
            IF k IS NULL THEN
                INSERT INTO meta (key, value) VALUES ('link-key', gen_random_uuid()::text || gen_random_uuid()::text)
                RETURNING value INTO k;
            END IF;
            RETURN left(hex_sha256(convert_to(k || E'\n' || p_dossier || E'\n' || p_seq || E'\n' || p_prev, 'UTF8')), 32);
        END $$;

        -- An entry at another place than after its dossier's head (seq) is refused, by append_entry and
        -- by link_entry alike.
        CREATE FUNCTION refuse_out_of_place(p_dossier bigint, p_head_seq bigint) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM refused(format('een stuk moet volgen op het laatste stuk van dossier %s (nr. %s)', p_dossier, p_head_seq),
                            format('an entry must follow the last entry of dossier %s (no. %s)', p_dossier, p_head_seq));
        END $$;

        CREATE FUNCTION append_entry(f jsonb, x jsonb, p_file_names text[], p_files bytea[]) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            dossier bigint := (f->>'dossier')::bigint;
            seq bigint := (f->>'seq')::bigint;
            h record;
            prev text := x->>'prev_hash';
            salt text := x->>'salt';
            me caller_t;
        BEGIN
            IF x IS NULL THEN
                PERFORM refused('een stuk zonder inhoud', 'an entry without its contents');
            END IF;
            SELECT * INTO h FROM dossier_head(dossier);
            -- An entry sent without its head is linked here, as link_entry linked it; whoever is shown
            -- no head (head_shown) sends none. A head sent by them would be an answer to a guess.
            IF prev = '' AND NOT importing() THEN
                IF coalesce(salt, '') <> '' THEN
                    PERFORM refused('een stuk dat de server koppelt, komt zonder zout', 'an entry the server links comes without a salt');
                END IF;
                prev := h.hash;
                salt := server_salt(dossier, seq, h.hash);
            ELSIF NOT importing() THEN
                -- The caller in a variable first: links_own(caller()) was run as a function of its
                -- own at every entry (an argument that calls a function is not inlined).
                me := caller();
                IF NOT links_own(me) THEN
                    PERFORM refused('uw rol koppelt een stuk niet zelf aan de keten; de server doet dat (casus vraagt het)',
                                    'your role does not link an entry to the chain itself; the server does (casus asks it to)');
                END IF;
            END IF;
            IF seq IS DISTINCT FROM h.seq + 1 OR prev IS DISTINCT FROM h.hash THEN
                PERFORM refuse_out_of_place(dossier, h.seq);
            END IF;
            IF f->>'hash' IS DISTINCT FROM entry_hash(prev, dossier, seq, x->>'kind', x->>'at', x->>'author',
                    x->>'author_name', (f->>'case')::bigint, (x->>'corrects')::bigint, x->>'heard', x->>'evidence',
                    x->>'title', x->>'body', salt) THEN
                PERFORM refused('de hash van het stuk klopt niet met de inhoud', 'the entry''s hash does not match its contents');
            END IF;
            -- Every entry is salted (EntrySalt): a plain hash beside a letter an IB reads without its
            -- head, or an export with names replaced, let the part left out be found by trying.
            IF coalesce(salt, '') !~ '^[0-9a-f]{32}$' AND NOT importing() THEN
                PERFORM refused('een stuk zonder eigen zout; er is niets opgeslagen', 'an entry without its salt; nothing was saved');
            END IF;
            -- The evidence links are part of the event itself (ad4dc17): the entry's copy must agree.
            IF coalesce(f->>'evidence', '') IS DISTINCT FROM coalesce(x->>'evidence', '') THEN
                PERFORM refused('de bewijsstukken van het stuk verschillen van die in de gebeurtenis',
                                'the entry''s evidence differs from the event''s');
            END IF;
            PERFORM store_evidence(f->>'evidence', p_file_names, p_files);
            INSERT INTO entry (id, dossier_id, seq, kind, title, body, author, author_name, at, case_id, corrects, heard,
                               evidence, prev_hash, hash, search, salt)
            VALUES ((f->>'id')::bigint, dossier, seq, x->>'kind', x->>'title', x->>'body', x->>'author', x->>'author_name',
                    x->>'at', (f->>'case')::bigint, (x->>'corrects')::bigint, coalesce(x->>'heard', ''),
                    coalesce(x->>'evidence', ''), prev, f->>'hash',
                    search_vector((x->>'title') || ' ' || (x->>'body')), salt);
            INSERT INTO entry_evidence (entry_id, position, sha256, name)
            SELECT (f->>'id')::bigint, ord - 1, s, evidence_name(s, p_file_names, p_files)
            FROM unnest(string_to_array(coalesce(f->>'evidence', ''), ',')) WITH ORDINALITY AS u(s, ord) WHERE s <> '';
            IF EXISTS (SELECT 1 FROM entry_evidence ee LEFT JOIN evidence e ON e.sha256 = ee.sha256
                       WHERE ee.entry_id = (f->>'id')::bigint AND e.sha256 IS NULL) THEN
                PERFORM refused('een bewijsstuk van dit stuk ontbreekt', 'an evidence file of this entry is missing');
            END IF;
        END $$;

        -- A person keeps a report that came in at p_reported_at: their dossier has not been purged
        -- since (StorageReader.hasLetGo). A report about two pupils outlived both their purges,
        -- each leaving it to the other.
        CREATE FUNCTION keeps_report(p_person bigint, p_reported_at text) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = p_person AND t.purged_at >= p_reported_at)
        $$;

        -- Someone besides this person still keeps the report (ReportAboutPerson.otherSubjects): another
        -- subject, not a parent (a parent has no dossier to purge), who keeps it.
        CREATE FUNCTION others_keep(p_incident bigint, p_person bigint, p_reported_at text) RETURNS boolean
        LANGUAGE sql STABLE AS $$
            SELECT EXISTS (SELECT 1 FROM incident_person o JOIN person op ON op.id = o.person_id
                           WHERE o.incident_id = p_incident AND o.role = 'subject' AND o.person_id <> p_person
                             AND op.kind <> 'parent' AND keeps_report(o.person_id, p_reported_at))
        $$;

        -- The reports judged (dismissed, or triaged with their cases gone in earlier purges), without
        -- a case, whose one subject still keeping them is this person
        -- (ReportAboutPerson.leavesWithDossier): they go with the person's dossier.
        CREATE FUNCTION dismissed_reports_alone(p_person bigint) RETURNS SETOF bigint LANGUAGE sql STABLE AS $$
            SELECT i.id FROM incident i JOIN incident_person ip ON ip.incident_id = i.id
            WHERE ip.person_id = p_person AND ip.role = 'subject' AND i.status <> 'new'
              AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id)
              AND NOT others_keep(i.id, p_person, i.reported_at)
        $$;

        -- The reports a purge of this dossier, taking these cases, takes (Transaction.purge): those of
        -- the cases that have no other case and no other subject, and those dismissed without a case
        -- about this person alone (ReportAboutPerson.leavesWithDossier).
        CREATE FUNCTION purged_reports(p_dossier bigint, p_cases bigint[]) RETURNS SETOF bigint LANGUAGE sql STABLE AS $$
            SELECT DISTINCT k.incident_id FROM "case" k
            WHERE k.id = ANY (p_cases)
              AND NOT EXISTS (SELECT 1 FROM "case" o WHERE o.incident_id = k.incident_id AND NOT o.id = ANY (p_cases))
              -- Another subject keeps it, but a parent whose every case goes with this purge (a parent's
              -- case is filed in the child's dossier: nothing of theirs is left).
              AND NOT EXISTS (SELECT 1 FROM incident_person ip JOIN person sp ON sp.id = ip.person_id
                                               JOIN incident ri ON ri.id = ip.incident_id
                              WHERE ip.incident_id = k.incident_id AND ip.role = 'subject' AND ip.person_id <> p_dossier
                                AND keeps_report(ip.person_id, ri.reported_at)
                                AND NOT (sp.kind = 'parent'
                                         AND NOT EXISTS (SELECT 1 FROM "case" pk WHERE pk.subject_id = sp.id
                                                         AND NOT pk.id = ANY (p_cases))))
            UNION
            SELECT dismissed_reports_alone(p_dossier)
        $$;

        -- Removes exactly what the purge names, after checking it names what the rule says: the
        -- dossier up to its head, cases filed in it, and reports only about it (Transaction.purge).
        CREATE FUNCTION purge(f jsonb, t jsonb, p_at text, p_account text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            dossier bigint := (f->>'dossier')::bigint;
            cases bigint[] := coalesce(string_to_array(nullif(f->>'cases', ''), ',')::bigint[], '{}');
            incidents bigint[] := coalesce(string_to_array(nullif(f->>'incidents', ''), ',')::bigint[], '{}');
            h record;
        BEGIN
            IF cardinality(cases) <> (SELECT count(DISTINCT x) FROM unnest(cases) x)
               OR cardinality(incidents) <> (SELECT count(DISTINCT x) FROM unnest(incidents) x) THEN
                PERFORM refused('de opschoning noemt een zaak of melding twee keer', 'the purge names a case or report twice');
            END IF;
            SELECT * INTO h FROM dossier_head(dossier);
            IF (f->>'last_seq')::bigint IS DISTINCT FROM h.seq OR f->>'last_hash' IS DISTINCT FROM h.hash THEN
                PERFORM refused('de opschoning noemt niet de kop van het dossier', 'the purge does not name the dossier''s head');
            END IF;
            -- Exactly the rule's (Transaction.purge): every case filed in the dossier; the reports of
            -- those cases that no other case or subject has; and the reports dismissed without a case
            -- that are about this person alone. A report of another school, with none of these cases,
            -- went with any purge; a client that named no dismissed report left it behind the dossier.
            IF EXISTS (SELECT 1 FROM unnest(cases) c WHERE NOT EXISTS (SELECT 1 FROM "case" k WHERE k.id = c AND k.dossier_id = dossier))
               OR EXISTS (SELECT 1 FROM unnest(incidents) i WHERE NOT EXISTS (SELECT 1 FROM purged_reports(dossier, cases) r WHERE r = i)) THEN
                PERFORM refused('de opschoning noemt zaken of meldingen die niet alleen bij dit dossier horen',
                                'the purge names cases or reports that are not this dossier''s alone');
            END IF;
            IF EXISTS (SELECT 1 FROM "case" k WHERE k.dossier_id = dossier AND NOT k.id = ANY (cases))
               OR EXISTS (SELECT 1 FROM purged_reports(dossier, cases) r WHERE NOT r = ANY (incidents)) THEN
                PERFORM refused('de opschoning noemt niet alle zaken en meldingen die met dit dossier verdwijnen',
                                'the purge does not name every case and report that leaves with this dossier');
            END IF;
            -- The people whose details go are the rule's (purge_erases), named in the event: a client
            -- that named others could erase a pupil still at school.
            IF coalesce(string_to_array(nullif(f->>'erased', ''), ',')::bigint[], '{}')
               IS DISTINCT FROM ARRAY(SELECT x FROM purge_erases(dossier, cases, incidents, left(p_at, 10)) x ORDER BY x) THEN
                PERFORM refused('de opschoning noemt andere personen om te wissen dan de regel',
                                'the purge names other people to erase than the rule does');
            END IF;
            -- The tombstone's count is the dossier's, not the client's word ("0 stukken" for three).
            IF (f->>'entry_count')::bigint IS DISTINCT FROM (SELECT count(*) FROM entry WHERE entry.dossier_id = dossier) THEN
                PERFORM refused('de opschoning noemt een ander aantal stukken dan het dossier heeft',
                                'the purge names another number of entries than the dossier holds');
            END IF;
            DELETE FROM case_fact WHERE case_id = ANY (cases);
            DELETE FROM step WHERE case_id = ANY (cases);
            DELETE FROM obligation WHERE case_id = ANY (cases);
            DELETE FROM case_article WHERE case_id = ANY (cases);
            DELETE FROM letter_sent WHERE letter_sent.dossier_id = dossier
                AND entry_id IN (SELECT id FROM entry WHERE entry.dossier_id = dossier AND entry.seq <= h.seq);
            DELETE FROM entry WHERE dossier_id = dossier AND seq <= h.seq;
            DELETE FROM "case" WHERE id = ANY (cases);
            DELETE FROM incident_person WHERE incident_id = ANY (incidents);
            DELETE FROM incident_evidence WHERE incident_id = ANY (incidents);
            DELETE FROM incident WHERE id = ANY (incidents);
            DELETE FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM entry_evidence ee WHERE ee.sha256 = e.sha256)
                                     AND NOT EXISTS (SELECT 1 FROM incident_evidence ie WHERE ie.sha256 = e.sha256);
            -- Person.erased: who they were to which school and when they left, nothing of who they are.
            UPDATE person SET first_name = '', infix = '', last_name = '', grp = NULL, function = NULL,
                external_id = NULL, birth_date = NULL, sort_name = '', search_name = ' ', salutation = 'onbekend',
                street = '', postcode = '', town = '', salt = ''
            WHERE person.id = ANY (coalesce(string_to_array(nullif(f->>'erased', ''), ',')::bigint[], '{}'));
            INSERT INTO tombstone (dossier_id, purged_at, purged_by, entry_count, last_seq, last_hash, reason)
            VALUES (dossier, p_at, p_account, (f->>'entry_count')::bigint, h.seq, h.hash, t->>'reason');
        END $$;
        """#
}
