import CasusCore

extension PGSchema {
    /// The write functions. Every one first takes the event chain's lock (its head row): writers
    /// go one at a time, and always take the locks in the same order (event, then audit, then
    /// the id counters), so two writers never wait for each other in a circle.
    ///
    /// `append_event` is the one way a decision gets into the store: it checks that the event
    /// follows the chain's head (else CA001: another session saved first), recomputes its hash
    /// from the header and the payload, checks the payload is in its kind's canonical form, that
    /// every free text the client sends is the text the payload hashes, that the caller may make
    /// this decision at this school (`authorize`), and derives the rows (`project`). A dossier
    /// entry's own hash and link are recomputed too. The change is announced on the channel
    /// `casus` (LISTEN/NOTIFY) when the transaction commits.
    static let append = #"""
        CREATE FUNCTION schema_version() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
            SELECT value FROM meta WHERE key = 'version'
        $$;

        CREATE FUNCTION lock_writes() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM 1 FROM head WHERE name = 'event' FOR UPDATE;
        END $$;

        -- Where the chains stand: their places, and their hashes to whoever reaches the whole server
        -- (links_chains). The event chain and the audit log hash fields few in kind (a step's case
        -- and rung, a read's person): an IB's or a teacher's login that read the hashes before and
        -- after another's save tried those values until one matched, and learnt which staff member's
        -- dossier a director read; a school's director on a board's server, which the board read in
        -- another school. Their events and lines are linked by the server (append_event,
        -- insert_audit), so they need no hash.
        CREATE FUNCTION heads(OUT event_seq bigint, OUT event_hash text, OUT audit_seq bigint, OUT audit_hash text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            shown boolean;
        BEGIN
            PERFORM require_account(c);
            shown := links_chains(c);
            SELECT h.seq, CASE WHEN shown THEN h.hash ELSE '' END INTO event_seq, event_hash FROM head h WHERE h.name = 'event';
            SELECT h.seq, CASE WHEN shown THEN h.hash ELSE '' END INTO audit_seq, audit_hash FROM head h WHERE h.name = 'audit';
        END $$;

        -- Whether a caller links its events and audit lines itself, and reads the two chains' hashes:
        -- whoever reaches the whole server (whole_store: the board, the director of its only school,
        -- the administrator) and the founder. The chains are the server's, one for all its schools.
        CREATE FUNCTION links_chains(c caller_t) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN coalesce(c.founder, false) OR whole_store(c);
        END $$;

        -- The log of reads' head and a line's hash, for a checkpoint and for `verify --key`: the
        -- board's and a director's (who sign and verify), an administrator's; on a server of several
        -- schools not a school's director's (links_chains): the log is every school's, and its
        -- hashes would answer guesses of another school's reads.
        CREATE FUNCTION access_head(OUT seq bigint, OUT hash text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board') AND links_chains(c))) THEN
                PERFORM refused('uw rol leest de kop van het toegangslog niet', 'your role does not read the access log''s head');
            END IF;
            SELECT h.seq, h.hash INTO seq, hash FROM head h WHERE h.name = 'access';
        END $$;
        CREATE FUNCTION access_line_hash(p_seq bigint) RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board') AND links_chains(c))) THEN
                PERFORM refused('uw rol leest het toegangslog niet', 'your role does not read the access log');
            END IF;
            IF p_seq = 0 THEN
                RETURN repeat('0', 64);
            END IF;
            RETURN (SELECT l.hash FROM access_log l WHERE l.id = p_seq);
        END $$;

        -- The heads, with the chains' lock taken first: a write that lost a race runs again this way,
        -- so nobody can save between its reads and its save and it cannot lose again.
        CREATE FUNCTION begin_write(OUT event_seq bigint, OUT event_hash text, OUT audit_seq bigint,
                                    OUT audit_hash text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            shown boolean;
        BEGIN
            PERFORM require_account(c);
            PERFORM lock_writes();
            shown := links_chains(c);
            SELECT h.seq, CASE WHEN shown THEN h.hash ELSE '' END INTO event_seq, event_hash FROM head h WHERE h.name = 'event';
            SELECT h.seq, CASE WHEN shown THEN h.hash ELSE '' END INTO audit_seq, audit_hash FROM head h WHERE h.name = 'audit';
        END $$;

        -- The change token: the event chain's length (moves with every decision, not with reads).
        CREATE FUNCTION change_token() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
            SELECT seq FROM head WHERE name = 'event'
        $$;

        -- Whether the chains hold an event and an audit line at these places with these hashes: how a
        -- client whose connection was lost while it committed learns whether its save was kept. A
        -- hash is known only to whoever made it, so the answer tells nobody else anything. A role the
        -- server links for (heads) knows the hash of what it sent, as if first in its chain: only its
        -- own event or line at that place is held to that hash, so no guess of another's is answered.
        CREATE FUNCTION chain_holds(p_event_seq bigint, p_event_hash text, p_audit_seq bigint, p_audit_hash text)
        RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_account(c);
            IF links_chains(c) THEN
                RETURN (p_event_seq IS NULL OR EXISTS (SELECT 1 FROM event WHERE seq = p_event_seq AND hash = p_event_hash))
                   AND (p_audit_seq IS NULL OR EXISTS (SELECT 1 FROM audit WHERE id = p_audit_seq AND hash = p_audit_hash));
            END IF;
            -- Its own: written by this login, not in its name by another (a director's read "as" an
            -- IB was found by trying its person and time against the line's hash, a review).
            RETURN (p_event_seq IS NULL
                    OR EXISTS (SELECT 1 FROM event e WHERE e.seq = p_event_seq AND coalesce(e.real_account, e.account) = c.account
                               AND event_hash(e.seq, e.at, e.account, e.real_account, e.kind, e.dossier_id, e.audit_seq,
                                              e.payload, '') = p_event_hash))
               AND (p_audit_seq IS NULL
                    OR EXISTS (SELECT 1 FROM audit a WHERE a.id = p_audit_seq AND coalesce(a.real_account, a.account) = c.account
                               AND audit_hash('', a.at, a.account, a.real_account, a.action, a.person_id, a.case_id,
                                              a.detail) = p_audit_hash));
        END $$;

        CREATE FUNCTION next_numbers(p_name text, p_count bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            n bigint;
            c caller_t := caller();
        BEGIN
            PERFORM require_account(c);
            -- The record kinds from the core's own list (RecordKind), so a new kind cannot be forgotten here.
            IF p_name !~ '^(id:(\#(RecordKind.allCases.map(\.rawValue).joined(separator: "|")))|case-number:[0-9]{4})$' THEN
                PERFORM refused(format('onbekende teller %s', p_name), format('unknown counter %s', p_name));
            END IF;
            -- Each role draws the counters its own writes use: a teacher report ids, an IB entry ids (a
            -- care note). A teacher drew a thousand case numbers a call (the next case was 2026-10006),
            -- a teacher and an IB a thousand report ids (the next report was number 2003).
            IF NOT (c.admin OR c.founder OR (c.known AND c.role IN ('director', 'board'))
                    OR (c.known AND c.role = 'teacher' AND p_name = 'id:incident')
                    OR (c.known AND c.role = 'ib' AND p_name = 'id:entry')) THEN
                PERFORM refused(format('uw rol trekt geen nummers van %s', p_name),
                                format('your role draws no numbers of %s', p_name));
            END IF;
            -- A save draws what it certainly uses (a handful); a cap keeps a caller from burning numbers.
            IF p_count IS NULL OR p_count < 1 OR p_count > 1000 THEN
                PERFORM refused(format('een teller geeft 1 tot 1.000 nummers tegelijk, niet %s', p_count),
                                format('a counter gives 1 to 1,000 numbers at once, not %s', p_count));
            END IF;
            PERFORM lock_writes();
            INSERT INTO sequence (name, last) VALUES (p_name, p_count)
            ON CONFLICT (name) DO UPDATE SET last = sequence.last + p_count RETURNING last INTO n;
            -- The first of the numbers drawn.
            RETURN n - p_count + 1;
        END $$;

        -- plpgsql: a sql function with SET is never inlined, and was planned anew at every call.
        CREATE FUNCTION next_number(p_name text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        BEGIN
            RETURN next_numbers(p_name, 1);
        END $$;

        -- A counter's numbers are drawn for the save that uses them: when a transaction that drew
        -- from a counter commits, the counter's last number is a record this transaction wrote (a
        -- save draws only what it certainly inserts; the lock is held from the draw to the COMMIT,
        -- so the counter's last number is this transaction's). The cap above is a call's: a
        -- teacher drew fifty thousand report ids in one statement and committed, and the gap looked
        -- like reports removed. A refused save rolls its numbers back with it.
        CREATE FUNCTION numbers_used() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            last_now bigint;
            kind text;
            used boolean;
        BEGIN
            SELECT s.last INTO last_now FROM sequence s WHERE s.name = NEW.name;
            -- One check per counter: the row of its last draw in this transaction.
            IF last_now IS DISTINCT FROM NEW.last THEN
                RETURN NULL;
            END IF;
            IF NEW.name LIKE 'case-number:%' THEN
                -- As the client writes it ("%04d": at least four digits, never cut; lpad cuts to
                -- four, and case 2026-12345 was looked for as 2026-1234, a review).
                used := EXISTS (SELECT 1 FROM "case" k
                                WHERE k.number = substr(NEW.name, 13) || '-'
                                      || CASE WHEN NEW.last < 1000 THEN lpad(NEW.last::text, 4, '0') ELSE NEW.last::text END);
            ELSE
                kind := substr(NEW.name, 4);
                EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', kind) INTO used USING NEW.last;
            END IF;
            IF NOT used THEN
                PERFORM refused(
                    format('nummer %s van teller %s is getrokken en niet gebruikt: een teller geeft nummers alleen aan de opslag die ze gebruikt; er is niets opgeslagen',
                           NEW.last, NEW.name),
                    format('number %s of counter %s was drawn and not used: a counter gives numbers only to the save that uses them; nothing was saved',
                           NEW.last, NEW.name));
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER numbers_used AFTER INSERT OR UPDATE ON sequence DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (NOT casus.importing()) EXECUTE FUNCTION numbers_used();

        CREATE FUNCTION append_event(
            p_seq bigint, p_at text, p_account text, p_real text, p_kind text, p_dossier bigint, p_audit_seq bigint,
            p_payload bytea, p_prev text, p_hash text, p_texts jsonb, p_entry jsonb, p_file_names text[], p_files bytea[]
        ) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            me caller_t := caller();
            actor caller_t;
            h head;
            shape event_shape_t;
            names text[];
            f jsonb;
            t jsonb := coalesce(p_texts, '{}');
            field_name text;
            counter text;
            -- Who links the event: the client, or (for a role that reads no chain's hash) the server.
            linked_by_server boolean := NOT links_chains(me);
        BEGIN
            actor := acting(me, p_account, p_real);
            PERFORM lock_writes();
            SELECT * INTO h FROM head WHERE name = 'event';
            -- Refused alike whether the head it names is right or wrong: a refusal only of a wrong one
            -- would answer the guess that `heads` no longer answers.
            IF linked_by_server AND p_prev IS DISTINCT FROM '' THEN
                PERFORM refused('uw rol koppelt een gebeurtenis niet zelf aan de keten; de server doet dat',
                                'your role does not link an event to the chain itself; the server does');
            END IF;
            IF p_seq IS DISTINCT FROM h.seq + 1 OR NOT (linked_by_server OR p_prev IS NOT DISTINCT FROM h.hash) THEN
                RAISE EXCEPTION USING ERRCODE = 'CA001',
                    MESSAGE = format('de keten staat bij %s; deze gebeurtenis volgt op %s | the chain stands at %s; this event follows %s',
                                     h.seq, p_seq - 1, h.seq, p_seq - 1);
            END IF;
            IF p_at IS NULL OR p_at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' THEN
                PERFORM refused(format('gebeurtenis %s heeft geen geldig tijdstip', p_seq),
                                format('event %s has no valid time', p_seq));
            END IF;
            PERFORM check_clock(p_at);
            IF p_hash IS DISTINCT FROM event_hash(p_seq, p_at, p_account, p_real, p_kind, p_dossier, p_audit_seq, p_payload, p_prev) THEN
                PERFORM refused(format('de hash van gebeurtenis %s klopt niet met de inhoud', p_seq),
                                format('the hash of event %s does not match its contents', p_seq));
            END IF;
            IF p_audit_seq < 0 OR p_audit_seq > (SELECT seq FROM head WHERE name = 'audit') THEN
                PERFORM refused(format('gebeurtenis %s noemt meer auditregels dan er zijn', p_seq),
                                format('event %s names more audit lines than there are', p_seq));
            END IF;
            shape := event_shape(p_kind);
            IF shape IS NULL OR shape.names IS NULL THEN
                PERFORM refused(format('onbekende soort gebeurtenis %s', p_kind), format('unknown event kind %s', p_kind));
            END IF;
            SELECT pp.names, pp.fields INTO names, f FROM parse_payload(p_payload) pp;
            IF names IS DISTINCT FROM shape.names
               AND (shape.optional = 0
                    OR names IS DISTINCT FROM shape.names[1:array_length(shape.names, 1) - shape.optional]) THEN
                PERFORM refused(format('gebeurtenis %s (%s) is niet in de vaste vorm van haar soort', p_seq, p_kind),
                                format('event %s (%s) is not in its kind''s canonical form', p_seq, p_kind));
            END IF;
            -- A number is written in its one form (the codec's): ' 1' or '1 ' cast to 1 here and were
            -- stored so, while a replay reads no number there, and `verify` failed for good.
            IF EXISTS (SELECT 1 FROM jsonb_each_text(f) v
                       WHERE v.value ~ '^[[:space:]]*[+-]?[0-9]+[[:space:]]*$' AND v.value !~ '^[+-]?[0-9]+$') THEN
                PERFORM refused(format('gebeurtenis %s (%s) schrijft een getal niet in zijn vaste vorm', p_seq, p_kind),
                                format('event %s (%s) does not write a number in its canonical form', p_seq, p_kind));
            END IF;
            -- The kinds the core files in a dossier (EventPayload.dossier).
            IF p_dossier IS DISTINCT FROM (CASE WHEN p_kind IN ('case.opened', 'entry.appended', 'dossier.purged', 'letter.sent')
                                               THEN (f->>'dossier')::bigint END) THEN
                PERFORM refused(format('gebeurtenis %s noemt een ander dossier dan haar inhoud', p_seq),
                                format('event %s names another dossier than its contents', p_seq));
            END IF;
            -- A person's texts are hashed under a fresh key of 256 random bits (PersonKey), which
            -- the purge that erases them takes: without one, the chain would tell a purged pupil's
            -- birth date or postcode to whoever tried every value.
            IF p_kind IN ('person.added', 'person.changed') AND NOT importing()
               AND coalesce(t->>'key', '') !~ '^[0-9a-f]{64}$' THEN
                PERFORM refused(format('gebeurtenis %s schrijft een persoon zonder sleutel', p_seq),
                                format('event %s writes a person without a key', p_seq));
            END IF;
            FOREACH field_name IN ARRAY shape.texts LOOP
                IF f->>field_name IS NOT NULL AND (t->>field_name IS NULL
                   OR text_hash(CASE WHEN p_kind IN ('person.added', 'person.changed') THEN coalesce(t->>'key', '') ELSE '' END
                                || (t->>field_name)) <> f->>field_name) THEN
                    PERFORM refused(format('de tekst van %s past niet bij de hash in gebeurtenis %s', field_name, p_seq),
                                    format('the text of %s does not match the hash in event %s', field_name, p_seq));
                END IF;
            END LOOP;
            -- Every moment the event carries (a report's, a case's, a step's, an entry's) is the
            -- event's own time, so it is judged by the server's clock as that is: a forged report's
            -- time was taken as it came.
            PERFORM check_clock(v.value) FROM jsonb_each_text(f) v
            WHERE v.value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' AND v.value <> p_at;
            IF p_entry ? 'at' AND p_entry->>'at' <> p_at THEN
                PERFORM check_clock(p_entry->>'at');
            END IF;
            PERFORM authorize(actor, p_kind, f, p_entry);
            IF p_kind = 'fact.recorded' AND f->>'kind' IN ('duty-lapsed', 'proposal-lapsed') AND NOT importing() THEN
                PERFORM require_lapse((f->>'case')::bigint, f->>'kind', f->>'on_date', t->>'value');
            END IF;
            -- A new record's id is one its counter gave out: a step written with psql under the
            -- next id not drawn took it, and every step casus took after was refused as a duplicate
            -- (a review). (An import brings ids and counters as they were.)
            counter := CASE p_kind \#(PGSchema.recordCounters) END;
            IF NOT importing() AND counter IS NOT NULL
               AND (f->>'id')::bigint > coalesce((SELECT s.last FROM sequence s WHERE s.name = 'id:' || counter), 0) THEN
                PERFORM refused(format('gebeurtenis %s noemt een nummer dat de teller niet gaf (%s)', p_seq, f->>'id'),
                                format('event %s names a number its counter did not give out (%s)', p_seq, f->>'id'));
            END IF;
            -- The hash checked above is the event's as if it were the first (prev ''), which is all its
            -- client knows; the server links it after the head.
            IF linked_by_server THEN
                p_prev := h.hash;
                p_hash := event_hash(p_seq, p_at, p_account, p_real, p_kind, p_dossier, p_audit_seq, p_payload, p_prev);
            END IF;
            INSERT INTO event (seq, at, account, real_account, kind, dossier_id, audit_seq, payload, prev_hash, hash)
            VALUES (p_seq, p_at, p_account, p_real, p_kind, p_dossier, p_audit_seq, p_payload, p_prev, p_hash);
            UPDATE head SET seq = p_seq, hash = p_hash WHERE name = 'event';
            PERFORM project(p_seq, p_at, p_account, p_kind, f, t, p_entry, p_file_names, p_files);
            PERFORM pg_notify('casus', p_seq::text);
        END $$;

        -- A line at its place (p_seq) after the log's head: linked by its client, or by the server for a
        -- role that reads no chain's hash (heads), as append_event links an event.
        CREATE FUNCTION insert_audit(
            p_seq bigint, p_at text, p_account text, p_real text, p_action text, p_person bigint, p_case bigint,
            p_detail text, p_prev text, p_hash text
        ) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            -- The caller once (caller_for reads the roles and the account): a line is in every write.
            me caller_t := caller();
            h head := audit_head_locked(me, p_account, p_real, ARRAY[p_person], p_case);
            linked_by_server boolean := NOT links_chains(me);
        BEGIN
            -- A read's line is read_lines' to write, with its checks of what the account may read: an
            -- IB and a teacher wrote "dossier.read" of a staff member here with psql, a read that never
            -- happened, and `verify` held it as true (a review).
            IF p_action = ANY (\#(PGSchema.readActions)) THEN
                PERFORM refused(format('een regel %s legt een lezing vast, en die schrijft alleen de lezing zelf; er is geen regel geschreven', p_action),
                                format('a line %s records a read, which only the read itself writes; no line was written', p_action));
            END IF;
            IF linked_by_server AND p_prev IS DISTINCT FROM '' THEN
                PERFORM refused('uw rol koppelt een auditregel niet zelf aan het log; de server doet dat',
                                'your role does not link an audit line to the log itself; the server does');
            END IF;
            IF p_seq IS DISTINCT FROM h.seq + 1 OR NOT (linked_by_server OR p_prev IS NOT DISTINCT FROM h.hash) THEN
                RAISE EXCEPTION USING ERRCODE = 'CA001',
                    MESSAGE = format('het auditlog staat bij regel %s; deze regel volgt op een andere | the audit log stands at line %s; this line follows another', h.seq, h.seq);
            END IF;
            IF p_hash IS DISTINCT FROM audit_hash(p_prev, p_at, p_account, p_real, p_action, p_person, p_case, p_detail) THEN
                PERFORM refused('de hash van de auditregel klopt niet met de inhoud',
                                'the audit line''s hash does not match its contents');
            END IF;
            IF linked_by_server THEN
                p_hash := audit_hash(h.hash, p_at, p_account, p_real, p_action, p_person, p_case, p_detail);
            END IF;
            -- A line casus writes in its own words holds them and names whom casus names
            -- (AuditRecord.writtenShapes): a director wrote an import "of" a pupil, and an export
            -- "naar advocaat van vader", a teacher a report's line with a pupil's pregnancy, into the
            -- log for good (reviews).
            IF NOT (\#(PGSchema.writtenShapes)) THEN
                PERFORM refused(format('een regel %s is niet zoals casus hem schrijft; er is geen regel geschreven', p_action),
                                format('a line %s is not as casus writes it; no line was written', p_action));
            END IF;
            RETURN put_audit(h, p_at, p_account, p_real, p_action, p_person, p_case, p_detail, p_hash);
        END $$;

        -- A read's lines, one per person it showed (a search shows up to 200), in one call: who
        -- may write them, the lock, the head, the clock and the text are checked once, the hashes
        -- are chained here and the lines go in as one set. A line on its own is a read of one
        -- person or none (p_people NULL). A read decides nothing, so its lines follow whatever was
        -- saved meanwhile instead of being refused for it. They take the writers' lock as every
        -- write does: a writer that read the heads before is refused at its own line (CA001) and
        -- runs again (PostgresTransactions), never links after a head that moved under it.
        -- One call per person cost 0.24 ms each: 48 ms of a 200-hit search on the district.
        CREATE FUNCTION read_lines(
            p_at text, p_account text, p_real text, p_action text, p_people bigint[], p_case bigint, p_detail text
        ) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            people bigint[] := coalesce(p_people, ARRAY[NULL::bigint]);
            h head;
            ids bigint[] := '{}';
            prevs text[] := '{}';
            hashes text[] := '{}';
            prev text;
            person bigint;
            n int := 0;
            me caller_t := caller();
            a caller_t;
        BEGIN
            IF p_action IS NULL OR NOT p_action = ANY (\#(PGSchema.readActions)) THEN
                PERFORM refused(format('een regel op zichzelf legt een lezing vast, geen %s', coalesce(p_action, '(niets)')),
                                format('a line on its own records a read, not %s', coalesce(p_action, '(nothing)')));
            END IF;
            -- A list of people is read by a role that reads records (Directory.recordList): a teacher
            -- wrote "people.list case.delete …" into the log (a review).
            IF p_action = 'people.list' AND NOT (me.admin OR me.role IN ('director', 'board', 'ib')) THEN
                PERFORM refused('uw rol leest geen lijsten van personen', 'your role reads no lists of people');
            END IF;
            -- The read is one the line's account may make (AuditRecord.readNeeds), of a dossier and a
            -- case its role may read: a teacher wrote "dossier.read" of a colleague, "case.read" of a
            -- staff case and "backup" with psql, and `verify` held them as true (a review).
            -- Whom it names is whom the read showed: a dossier's owner the account may read, a searched
            -- person it may see, the people of a report and the file of a record it may read (its own
            -- report, for a teacher); a list, a backup or a check names no one. A teacher and an IB
            -- wrote "incident.read" of a colleague and "evidence.read" of a staff file, with words of
            -- their own, and `verify` held them as true (the next review).
            a := acting(me, p_account, p_real);
            IF NOT a.admin AND a.known AND (
                   NOT a.role = ANY (\#(PGSchema.readRoles))
                OR (p_case IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM "case" k JOIN person o ON o.id = k.dossier_id
                        WHERE k.id = p_case AND case_visible(a, k.school_id, CASE WHEN personnel(o.kind) THEN 'staff' ELSE 'pupil' END)))
                OR NOT (CASE
                    WHEN p_action IN ('dossier.read', 'case.read', 'letter.print', 'verify.document') THEN NOT EXISTS (
                        SELECT 1 FROM person p WHERE p.id = ANY (p_people) AND NOT dossier_visible(a, p.school_id, p.kind))
                    WHEN p_action = 'search' THEN NOT EXISTS (
                        SELECT 1 FROM person p WHERE p.id = ANY (p_people) AND NOT person_visible(a, p.id, p.school_id, p.kind))
                    WHEN p_action = 'incident.read' THEN p_detail ~ '^melding [0-9]{1,18}$' AND EXISTS (
                        SELECT 1 FROM incident i WHERE i.id = substring(p_detail FROM 9)::bigint
                          AND (incident_visible(a, i.id, i.school_id) OR own_report(a, i.school_id, i.reported_by))
                          AND NOT EXISTS (SELECT 1 FROM unnest(p_people) AS u(id) WHERE NOT EXISTS (
                                SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.person_id = u.id)))
                    WHEN p_action = 'evidence.read' THEN p_detail ~ '^[0-9a-f]{64}$' AND (
                        EXISTS (SELECT 1 FROM entry_evidence ee JOIN entry x ON x.id = ee.entry_id JOIN person o ON o.id = x.dossier_id
                                WHERE ee.sha256 = p_detail AND dossier_visible(a, o.school_id, o.kind)
                                  AND (p_people IS NULL OR x.dossier_id = ALL (p_people)))
                        -- A report's file, about one it names or the one who filed it from their own
                        -- account (a director's export of that teacher's data was refused, the last look).
                        OR EXISTS (SELECT 1 FROM incident_evidence ie JOIN incident i ON i.id = ie.incident_id
                                   WHERE ie.sha256 = p_detail
                                     AND (incident_visible(a, i.id, i.school_id) OR own_report(a, i.school_id, i.reported_by))
                                     AND NOT EXISTS (SELECT 1 FROM unnest(p_people) AS u(id) WHERE NOT EXISTS (
                                           SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.person_id = u.id)
                                         AND NOT EXISTS (SELECT 1 FROM app_user au WHERE au.account = i.reported_by
                                                         AND au.person_id = u.id))))
                    ELSE p_people IS NULL END)
                -- A case is the named dossier's, on a case's read alone.
                OR (p_case IS NOT NULL AND NOT (p_action = 'case.read' AND EXISTS (
                        SELECT 1 FROM "case" k WHERE k.id = p_case AND (p_people IS NULL OR k.dossier_id = ALL (p_people)))))
                -- The words are casus's own (a count, a number): a teacher wrote "Hanneke de Graaf
                -- dossier gelezen door directeur" into a list's line, for good (the next review).
                OR NOT (CASE p_action
                    -- A dossier's cases as casus counts them ("1 zaak", "3 zaken"), of one named
                    -- dossier: "0 zaken", "3 zaak" and a line naming no one were taken (a review).
                    WHEN 'dossier.read' THEN p_people IS NOT NULL AND cardinality(p_people) >= 1
                        AND p_detail ~ '^([0-9]+ stukken|stukken (0|[0-9]+–[0-9]+) van [0-9]+|stuk [0-9]+|1 zaak|([2-9]|[1-9][0-9]{1,5}) zaken)$'
                    WHEN 'case.read' THEN p_case IS NOT NULL
                        AND p_detail = (SELECT k.number FROM "case" k WHERE k.id = p_case)
                    WHEN 'search' THEN p_detail ~ '^[0-9]+ (woord|woorden), [0-9]+ (treffer|treffers)$'
                    WHEN 'cases.list' THEN p_detail ~ '^([0-9]+ rijen vanaf [0-9]+|[0-9]+ van [0-9]+|[0-9]+ open verplichtingen)$'
                    WHEN 'reports.list' THEN p_detail ~ '^([0-9]+ rijen vanaf [0-9]+|[0-9]+ van [0-9]+)$'
                    -- The kinds, a group's code and how many words of a name (Directory.recordList).
                    -- Each kind once, then one group of the school's own, then the name's words counted
                    -- (Directory.recordList): parts chained ("groep Lotte Bos, groep is zwanger, …")
                    -- wrote a sentence an IB chose (the last look).
                    WHEN 'people.list' THEN p_detail ~ '^(allen|(pupil|parent|staff|volunteer|intern)(, (pupil|parent|staff|volunteer|intern)){0,4}(, groep [0-9A-Za-z/ -]{1,12})?(, een naam van [0-9]+ (woord|woorden))?|(groep [0-9A-Za-z/ -]{1,12})(, een naam van [0-9]+ (woord|woorden))?|een naam van [0-9]+ (woord|woorden))$'
                        AND (p_detail !~ '(^|, )groep ' OR EXISTS (
                            SELECT 1 FROM person p
                            WHERE p.grp = substring(p_detail FROM '(?:^|, )groep ([0-9A-Za-z/ -]{1,12})(?:, een naam van|$)')
                              AND (scope_school(a) IS NULL OR p.school_id = scope_school(a))))
                    -- A letter printed, a check made: in casus's words (a director wrote "Dossier …
                    -- doorgestuurd aan advocaat van vader door …" as a letter's print, a review).
                    WHEN 'letter.print' THEN p_detail ~ '^stuk [0-9]+ \(nr\. [0-9]+\) als (PDF om te ondertekenen, pdf [0-9a-f]{64}|HTML om af te drukken(, html [0-9a-f]{64})?)$'
                    WHEN 'verify' THEN p_detail ~ '^(ok|broken)$'
                    WHEN 'verify.document' THEN p_detail ~ '^(brief|export) nr\. [0-9]+(, (brief|export) nr\. [0-9]+)*: (ok|afwijking)$'
                    -- A server is backed up by its own tools: `casus backup` refuses there.
                    WHEN 'backup' THEN false
                    WHEN 'backup.failed' THEN false
                    ELSE true END)) THEN
                PERFORM refused(format('uw rol leest niet wat een regel %s vastlegt; er is geen regel geschreven', p_action),
                                format('your role does not read what a line %s records; no line was written', p_action));
            END IF;
            -- One list of people, none missing, as casus sends it, and no more than it sends at once:
            -- a two-dimensional array was hashed as NULLs and stored as people, and broke the log
            -- for good; 80,000 lines held the writers' lock for half a minute (a review).
            IF cardinality(people) = 0 OR cardinality(people) > \#(PGSchema.readLinesPerCall)
               OR (p_people IS NOT NULL AND (array_ndims(p_people) <> 1 OR array_position(p_people, NULL) IS NOT NULL)) THEN
                PERFORM refused('een lezing legt één tot \#(PGSchema.readLinesPerCall) regels vast, over een lijst van personen',
                                'a read records one to \#(PGSchema.readLinesPerCall) lines, about a list of people');
            END IF;
            h := audit_head_locked(me, p_account, p_real, people, p_case);
            -- put_audit's checks, once for the set: every line has the same time and text.
            PERFORM check_line(p_at, p_detail);
            -- The lines as they are hashed are the lines as they are stored: one walk over the list.
            prev := h.hash;
            FOREACH person IN ARRAY people LOOP
                n := n + 1;
                prevs[n] := prev;
                prev := audit_hash(prev, p_at, p_account, p_real, p_action, person, p_case, p_detail);
                hashes[n] := prev;
                ids[n] := person;
            END LOOP;
            INSERT INTO audit (id, at, account, real_account, action, person_id, case_id, detail, prev_hash, hash)
            SELECT h.seq + u.n, p_at, p_account, p_real, p_action, u.p, p_case, coalesce(p_detail, ''), u.pv, u.hv
            FROM unnest(ids, prevs, hashes) WITH ORDINALITY AS u(p, pv, hv, n);
            UPDATE head SET seq = h.seq + n, hash = prev WHERE name = 'audit';
            RETURN h.seq + n;
        END $$;

        -- Who may write a line in this name (`acting`, for the caller `me` its writer read) and about
        -- whom, then the writers' lock and the audit log's head, locked until the line is in.
        CREATE FUNCTION audit_head_locked(me caller_t, p_account text, p_real text, p_people bigint[], p_case bigint)
        RETURNS head LANGUAGE plpgsql AS $$
        DECLARE
            h head;
            a caller_t := acting(me, p_account, p_real);
        BEGIN
            -- A line names people and cases of the writer's own school only (an attempt to read one
            -- the role may not is still one of its school): a review wrote lines about another
            -- school's pupil, which showed in that school's log as reads.
            -- Nor anyone who does not exist, with the same words: a line about person 99 was taken
            -- where one about another school's was not, and so told which ids exist (a review).
            IF a.known
               AND (EXISTS (SELECT 1 FROM unnest(p_people) AS u(id) WHERE u.id IS NOT NULL
                            AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = u.id
                                            AND (scope_school(a) IS NULL OR p.school_id = scope_school(a))))
                    OR (p_case IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.id = p_case
                                        AND (scope_school(a) IS NULL OR k.school_id = scope_school(a))))) THEN
                PERFORM refused('een auditregel noemt alleen personen en zaken van uw eigen school',
                                'an audit line names people and cases of your own school only');
            END IF;
            PERFORM lock_writes();
            SELECT * INTO h FROM head WHERE name = 'audit' FOR UPDATE;
            RETURN h;
        END $$;

        -- The time of an event or an audit line is the client's (it is inside the hashes the client
        -- makes), so the server takes only a time near its own clock: without this a director could
        -- date a note, a letter or a decision back or ahead by any amount, and the chain would hold it
        -- as the truth. Five minutes either way, as Kerberos allows two clocks to differ; a server's
        -- administrator may set another number of seconds (meta 'clock_tolerance').
        -- Whether a text is a moment as casus writes it (Timestamp.iso) and a real one, told without
        -- an EXCEPTION block around a cast: each such block is a subtransaction, several for every
        -- event and line of a save, thousands for an import, and PostgreSQL slows every session
        -- once one transaction holds more than 64. CASE keeps the day's check after the pattern's.
        CREATE FUNCTION real_moment(p_at text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN p_at ~ '^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$'
                        THEN substr(p_at, 9, 2)::int <= extract(day FROM make_date(substr(p_at, 1, 4)::int, substr(p_at, 6, 2)::int, 1)
                                                                         + interval '1 month - 1 day')
                        ELSE false END
        $$;

        CREATE FUNCTION check_clock(p_at text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            allowed numeric := coalesce((SELECT value::numeric FROM meta WHERE key = 'clock_tolerance'), 300);
            server timestamptz := clock_timestamp();
            drift numeric;
            size numeric;
            nl text;
            en text;
        BEGIN
            -- A moment as casus writes it (Timestamp.iso), and a real one: 2026-99-99T99:99:99Z was
            -- taken as a report's time and listed as 01-01-1970.
            IF NOT real_moment(p_at) THEN
                PERFORM refused(format('%s is geen bestaand tijdstip zoals casus het schrijft', coalesce(p_at, '(niets)')),
                                format('%s is not a real moment as casus writes it', coalesce(p_at, '(nothing)')));
            END IF;
            drift := extract(epoch FROM p_at::timestamptz - server);
            size := abs(drift);
            IF size <= allowed THEN
                RETURN;
            END IF;
            IF size >= 172800 THEN
                nl := format('%s dagen', round(size / 86400));
                en := format('%s days', round(size / 86400));
            ELSIF size >= 7200 THEN
                nl := format('%s uur', round(size / 3600));
                en := format('%s hours', round(size / 3600));
            ELSE
                nl := format('%s minuten', round(size / 60));
                en := format('%s minutes', round(size / 60));
            END IF;
            PERFORM refused(
                format('de klok van deze computer loopt %s %s op die van de server (%s UTC); de server neemt alleen een tijdstip binnen %s seconden van zijn eigen klok aan, zodat niets voor- of achteraf gedateerd wordt. Zet de klok gelijk (timedatectl set-ntp true) en probeer het opnieuw.',
                       nl, CASE WHEN drift > 0 THEN 'voor' ELSE 'achter' END,
                       to_char(server AT TIME ZONE 'UTC', 'DD-MM-YYYY HH24:MI:SS'), allowed),
                format('this computer''s clock is %s %s the server''s (%s UTC); the server takes only a time within %s seconds of its own clock, so that nothing is dated back or ahead. Set the clock right (timedatectl set-ntp true) and try again.',
                       en, CASE WHEN drift > 0 THEN 'ahead of' ELSE 'behind' END,
                       to_char(server AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), allowed));
        END $$;

        CREATE FUNCTION put_audit(
            h head, p_at text, p_account text, p_real text, p_action text, p_person bigint, p_case bigint,
            p_detail text, p_hash text
        ) RETURNS bigint LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM check_line(p_at, p_detail);
            INSERT INTO audit (id, at, account, real_account, action, person_id, case_id, detail, prev_hash, hash)
            VALUES (h.seq + 1, p_at, p_account, p_real, p_action, p_person, p_case, coalesce(p_detail, ''), h.hash, p_hash);
            UPDATE head SET seq = h.seq + 1, hash = p_hash WHERE name = 'audit';
            RETURN h.seq + 1;
        END $$;

        -- What every audit line's time and text must be.
        CREATE FUNCTION check_line(p_at text, p_detail text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            -- The time as every line has it, a real moment: a line nobody can read back would
            -- break the log.
            IF NOT real_moment(p_at) THEN
                PERFORM refused('de auditregel heeft geen geldig tijdstip', 'the audit line has no valid time');
            END IF;
            PERFORM check_clock(p_at);
            -- One line, as casus writes it (`AuditRecord.oneLine`): another client's line break
            -- showed in `casus audit` as another line, in another's name.
            IF char_length(p_detail) > \#(AuditRecord.detailLimit) OR p_detail ~ '[\x01-\x1f\x7f-\x9f\u2028\u2029]' THEN
                PERFORM refused('een auditregel is één regel van hoogstens \#(AuditRecord.detailLimit) tekens, zonder stuurtekens',
                                'an audit line is one line of at most \#(AuditRecord.detailLimit) characters, without control characters');
            END IF;
        END $$;

        -- The head of a dossier's chain: its last entry, else its last purge's tombstone, else genesis.
        -- PL/pgSQL rather than SQL: its two look-ups are planned once per session, not at every
        -- call (each save asks twice; 0.24 ms a call as SQL).
        CREATE FUNCTION dossier_head(p_dossier bigint, OUT seq bigint, OUT hash text) LANGUAGE plpgsql STABLE AS $$
        BEGIN
            SELECT e.seq, e.hash INTO seq, hash FROM entry e WHERE e.dossier_id = p_dossier ORDER BY e.seq DESC LIMIT 1;
            IF FOUND THEN RETURN; END IF;
            SELECT t.last_seq, t.last_hash INTO seq, hash FROM tombstone t WHERE t.dossier_id = p_dossier
            ORDER BY t.id DESC LIMIT 1;
            IF FOUND THEN RETURN; END IF;
            seq := 0;
            hash := repeat('0', 64);
        END $$;

        -- Creates the login role of a new account (if the server has none by that name) and puts
        -- it in its casus role's group. Only names an OS account can have; never casus's own roles;
        -- only the four groups. It runs as casus_roles (CREATEROLE), the one role that may make
        -- roles, so the role the functions run as cannot (ServerSetup): nothing else runs as it.
        CREATE FUNCTION ensure_login(p_account text, p_role text) RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF p_account !~ '^[a-z_][a-z0-9_.-]*[$]?$' OR length(p_account) > 32 OR p_account ~ '^(casus_|pg_)' THEN
                RAISE EXCEPTION USING ERRCODE = 'CA002',
                    MESSAGE = format('''%s'' kan geen account op de server zijn | ''%s'' cannot be an account on the server',
                                     p_account, p_account);
            END IF;
            IF p_role IS NULL OR p_role NOT IN ('director', 'board', 'ib', 'teacher') THEN
                RAISE EXCEPTION USING ERRCODE = 'CA002',
                    MESSAGE = format('''%s'' is geen rol in casus | ''%s'' is not a role in casus', p_role, p_role);
            END IF;
            -- A role of the server that is more than a login (a superuser, one that makes roles or
            -- databases, or passes row security or replicates) is not made a casus account: acting
            -- as it (--as) would have been its reach (a review made `postgres` a teacher, and then
            -- wrote into another school as it).
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_account
                       AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
                RAISE EXCEPTION USING ERRCODE = 'CA002',
                    MESSAGE = format('''%s'' is een beheerder van de server en kan geen account in casus zijn | ''%s'' is an administrator of the server and cannot be an account in casus',
                                     p_account, p_account);
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_account) THEN
                -- Roles belong to the whole server: another database may make the same one at
                -- the same moment; then it exists, which is all this asks.
                BEGIN
                    EXECUTE format('CREATE ROLE %I LOGIN', p_account);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL;
                END;
            END IF;
            -- The same for the membership: two databases granting it at once met in the server's
            -- own catalogue (pg_auth_members), and one save failed ("dit bestaat al op de server",
            -- a CI run); granted is all this asks.
            BEGIN
                EXECUTE format('GRANT %I TO %I', 'casus_' || p_role, p_account);
            EXCEPTION WHEN unique_violation THEN
                NULL;
            END;
        END $$;

        -- What an event changed, as the keys a transaction's read set is noted in (PGAccess.saw):
        -- a record ("case:12"), a list ("cases"), a subject's cases, a dossier's entries.
        CREATE FUNCTION event_keys(p_kind text, f jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
        DECLARE
            k text;
            subject bigint;
            report bigint;
        BEGIN
            CASE p_kind
            WHEN 'school.created', 'school.record-set', 'closure.added', 'closures.removed' THEN
                RETURN ARRAY['schools'];
            WHEN 'person.added' THEN
                RETURN ARRAY['people', 'person:' || (f->>'id')];
            WHEN 'person.changed' THEN
                RETURN ARRAY['people', 'person:' || (f->>'id'), 'cases'];
            WHEN 'guardian.linked' THEN
                RETURN ARRAY['people', 'person:' || (f->>'parent'), 'person:' || (f->>'pupil')];
            WHEN 'user.added', 'user.removed' THEN
                RETURN ARRAY['users', 'user:' || (f->>'account')];
            WHEN 'incident.reported', 'incident.triaged', 'incident.dismissed' THEN
                RETURN ARRAY['incidents', 'incident:' || (f->>'id')];
            WHEN 'case.opened' THEN
                RETURN ARRAY['cases', 'case:' || (f->>'id'), 'incidents', 'incident:' || (f->>'incident'),
                             'incident-cases:' || (f->>'incident'), 'subject:' || (f->>'subject')];
            WHEN 'case.rung', 'case.closed', 'case.reclassified', 'step.taken', 'obligation.created', 'obligation.done', 'fact.recorded',
                 'obligation.rescheduled' THEN
                k := CASE WHEN p_kind IN ('case.rung', 'case.closed', 'case.reclassified') THEN f->>'id' ELSE f->>'case' END;
                SELECT c.subject_id, c.incident_id INTO subject, report FROM "case" c WHERE c.id = k::bigint;
                RETURN ARRAY['cases', 'case:' || k, 'subject:' || coalesce(subject::text, '?')]
                    -- A case closed as a mistake can send its report back to triage.
                    || CASE WHEN p_kind = 'case.closed' AND f->>'outcome' = 'mistake'
                            THEN ARRAY['incidents', 'incident:' || coalesce(report::text, '?')] ELSE '{}'::text[] END;
            WHEN 'entry.appended', 'letter.sent' THEN
                RETURN ARRAY['entries:' || (f->>'dossier')]
                    || CASE WHEN f->>'case' IS NULL THEN '{}'::text[] ELSE ARRAY['case:' || (f->>'case')] END;
            WHEN 'checkpoint.signed' THEN
                RETURN ARRAY['checkpoint'];
            ELSE
                RETURN ARRAY['*'];
            END CASE;
        END $$;

        -- Whether the caller may see an event: the record it is about, as the reads show it. What the
        -- caller may not see cannot have changed what they read (every read is filtered the same way).
        CREATE FUNCTION event_visible(c caller_t, p_kind text, f jsonb) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        DECLARE
            k "case";
        BEGIN
            IF c.admin THEN
                RETURN true;
            END IF;
            IF NOT c.known THEN
                RETURN false;
            END IF;
            CASE
            WHEN p_kind IN ('case.opened', 'case.rung', 'case.closed', 'case.reclassified', 'step.taken', 'obligation.created',
                            'obligation.done', 'obligation.rescheduled', 'fact.recorded') THEN
                SELECT * INTO k FROM "case" x
                WHERE x.id = (CASE WHEN p_kind IN ('case.opened', 'case.rung', 'case.closed', 'case.reclassified')
                                   THEN f->>'id' ELSE f->>'case' END)::bigint;
                RETURN FOUND AND case_visible(c, k.school_id, k.dossier_kind);
            WHEN p_kind IN ('entry.appended', 'letter.sent', 'dossier.purged') THEN
                RETURN dossier_readable(c, (f->>'dossier')::bigint);
            WHEN p_kind IN ('incident.reported', 'incident.triaged', 'incident.dismissed') THEN
                RETURN EXISTS (SELECT 1 FROM incident i WHERE i.id = (f->>'id')::bigint
                               AND (incident_visible(c, i.id, i.school_id) OR own_report(c, i.school_id, i.reported_by)));
            WHEN p_kind IN ('person.added', 'person.changed', 'guardian.linked') THEN
                RETURN EXISTS (SELECT 1 FROM person p
                               WHERE p.id = (CASE WHEN p_kind = 'guardian.linked' THEN f->>'pupil' ELSE f->>'id' END)::bigint
                                 AND person_visible(c, p.id, p.school_id, p.kind));
            WHEN p_kind IN ('user.added', 'user.removed') THEN
                -- As `users()` lists them: one's own account; a school's for its director; a board
                -- member's for the board.
                RETURN f->>'account' = c.account
                    OR (c.role IN ('director', 'board') AND f->>'school' IS NOT NULL AND reaches(c, (f->>'school')::bigint))
                    OR (c.role = 'board' AND c.school_id IS NULL AND f->>'school' IS NULL);
            WHEN p_kind IN ('school.created', 'school.record-set') THEN
                RETURN reaches(c, (f->>'id')::bigint);
            WHEN p_kind IN ('closure.added', 'closures.removed') THEN
                RETURN reaches(c, (f->>'school')::bigint);
            WHEN p_kind = 'checkpoint.signed' THEN
                RETURN whole_store(c);
            ELSE
                RETURN false;
            END CASE;
        END $$;

        -- After a refused append: did the chains move since the transaction began, and if so,
        -- which saved event (the first) touched something the transaction read? Only events the
        -- caller may see count (event_visible): what they may not see changed nothing they read,
        -- and this function cannot be asked who worked where, nor when a dossier they may not read
        -- was written in. The save then runs again on the new state, which is always safe.
        CREATE FUNCTION conflict(p_event_seq bigint, p_audit_seq bigint, p_keys text[],
                                 OUT moved boolean, OUT account text, OUT kind text, OUT at text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            e event;
            f jsonb;
            keys text[];
        BEGIN
            PERFORM require_account(c);
            moved := (SELECT h.seq FROM head h WHERE h.name = 'event') > p_event_seq
                  OR (SELECT h.seq FROM head h WHERE h.name = 'audit') > p_audit_seq;
            -- A race is a few events long: a transaction that began thousands of events ago runs
            -- again without a name. Any account read the whole chain's payloads with (0, 0): four
            -- seconds of the server's work a call (a review).
            IF (SELECT h.seq FROM head h WHERE h.name = 'event') - p_event_seq > \#(PGSchema.raceLength) THEN
                RETURN;
            END IF;
            FOR e IN SELECT * FROM event ev WHERE ev.seq > p_event_seq ORDER BY ev.seq LOOP
                f := (parse_payload(e.payload)).fields;
                keys := event_keys(e.kind, f);
                IF ('*' = ANY (keys) OR '*' = ANY (p_keys) OR keys && p_keys) AND event_visible(c, e.kind, f) THEN
                    account := e.account;
                    kind := e.kind;
                    at := e.at;
                    RETURN;
                END IF;
            END LOOP;
        END $$;

        -- Every event is written with a line in the audit log, by the same account, in the same
        -- transaction (Transaction.audit, after the events it records): a client of its own appended
        -- an IB's care note and a teacher's report with none, and `casus audit` never showed them.
        -- Checked when the transaction commits: a line of the writer's from the event's place in the
        -- log on (the line it follows may be its transaction's own), inserted by this transaction
        -- (the same xmin; casus writes without savepoints). A migration brings the history as it was.
        -- SECURITY DEFINER: it runs at COMMIT, outside the function that wrote the event.
        -- Whether a line of this action stands for an event of this kind (AuditTrail's table).
        -- A duty or a voornemen lapses with the employment only: a summary dismissal of the case's
        -- employee, in any case about them, on or before the lapse, and only a duty that ends with it
        -- (StepPlan.endedWithEmployment) or a voornemen of the case. A director with psql lapsed a
        -- pupil's written suspension decision, and an ordemaatregel's letter of an employee never
        -- dismissed, and `verify` read it sound (a review). Held for every account (the value is
        -- one of the event's texts, which `authorize` does not see).
        CREATE FUNCTION require_lapse(p_case bigint, p_kind text, p_on text, p_value text) RETURNS void
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            k "case";
        BEGIN
            SELECT * INTO k FROM "case" c WHERE c.id = p_case;
            IF NOT (k.subject_kind = 'staff'
                    AND EXISTS (SELECT 1 FROM step t JOIN "case" o ON o.id = t.case_id
                                WHERE o.subject_id = k.subject_id AND t.rung = 'summary-dismissal'
                                  AND t.phase = 'decision' AND t.on_date <= p_on)
                    AND CASE p_kind
                            WHEN 'duty-lapsed' THEN coalesce(p_value IN (\#(Self.endedWithEmploymentSQL)), false)
                            ELSE EXISTS (SELECT 1 FROM step t WHERE t.case_id = k.id AND t.phase = 'proposal'
                                           AND t.rung = p_value)
                        END) THEN
                PERFORM refused('een verplichting of voornemen vervalt alleen met een ontslag op staande voet van deze medewerker (BW art. 7:677 lid 1); er is niets veranderd',
                                'a duty or a proposal lapses only with a summary dismissal of this employee (BW art. 7:677 lid 1); nothing was changed');
            END IF;
        END $$;

        CREATE FUNCTION audit_allows(p_action text, p_kind text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN p_action || ' ' || p_kind = ANY (\#(PGSchema.auditTrail));
        END $$;

        -- The case an event is of (AuditTrail.Bound's caseID), or null: a case's own events name it
        -- `id`, the records of a case `case`. `authorize` reads it too.
        CREATE FUNCTION event_case(p_kind text, f jsonb) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN CASE WHEN p_kind IN ('case.opened', 'case.rung', 'case.closed', 'case.reclassified') THEN (f->>'id')::bigint
                        WHEN p_kind IN ('step.taken', 'obligation.created', 'obligation.done', 'obligation.rescheduled',
                                        'fact.recorded', 'entry.appended', 'letter.sent') THEN (f->>'case')::bigint END;
        END $$;

        -- Whether a line stands for an event (AuditTrail.Bound): of an action that stands for its
        -- kind (a fact's own kind: "case.zienswijze" stood for a court case, a review), naming the
        -- event's case, or none (a report is triaged under the line of the case opened from it), and
        -- naming no one, or the event's dossier, its case's dossier, or the person it records.
        -- Invented lines about another pupil rode along beside a real change (the same review).
        -- The numbers a line of a report's or a note's names are its event's: a teacher's report's
        -- line "melding 2" named the director's report about a colleague, beside her own (the last
        -- look). Other lines: their words' shape alone (AuditRecord.writtenShapes).
        CREATE FUNCTION line_numbers(p_action text, p_detail text, p_kind text, p_payload bytea, p_seq bigint)
        RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        DECLARE
            f jsonb;
        BEGIN
            IF NOT (p_action IN ('incident.add', 'incident.dismiss') AND p_kind IN ('incident.reported', 'incident.dismissed'))
               AND NOT (p_action = 'entry.append' AND p_kind = 'entry.appended') THEN
                RETURN true;
            END IF;
            f := (parse_payload(p_payload)).fields;
            IF p_action = 'entry.append' THEN
                RETURN p_detail = format('seq=%s event=%s', f->>'seq', p_seq);
            END IF;
            RETURN p_detail = 'melding ' || (f->>'id');
        END $$;

        CREATE FUNCTION line_fits(p_action text, p_person bigint, p_case bigint, p_kind text, p_payload bytea,
                                  p_dossier bigint) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        DECLARE
            f jsonb;
            ev_case bigint;
        BEGIN
            IF NOT audit_allows(p_action, p_kind) THEN
                RETURN false;
            END IF;
            f := (parse_payload(p_payload)).fields;
            IF p_kind = 'fact.recorded' AND NOT (p_action = 'case.' || (f->>'kind')
                   OR (p_action = 'case.step' AND f->>'kind' = ANY (\#(PGSchema.stepFacts)))) THEN
                RETURN false;
            END IF;
            -- A report is triaged under the line of the case opened from it, which names that case.
            IF p_kind = 'incident.triaged' THEN
                RETURN true;
            END IF;
            ev_case := event_case(p_kind, f);
            IF p_case IS NOT NULL AND p_case IS DISTINCT FROM ev_case THEN
                RETURN false;
            END IF;
            IF p_person IS NULL OR p_person = p_dossier THEN
                RETURN true;
            END IF;
            IF ev_case IS NOT NULL THEN
                RETURN EXISTS (SELECT 1 FROM "case" k WHERE k.id = ev_case AND k.dossier_id = p_person);
            END IF;
            RETURN p_person = ANY (ARRAY[CASE WHEN p_kind IN ('person.added', 'person.changed') THEN (f->>'id')::bigint END,
                                         CASE WHEN p_kind IN ('user.added', 'user.removed') THEN (f->>'person')::bigint END,
                                         CASE WHEN p_kind = 'guardian.linked' THEN (f->>'parent')::bigint END,
                                         CASE WHEN p_kind = 'guardian.linked' THEN (f->>'pupil')::bigint END]);
        END $$;

        CREATE FUNCTION event_audited() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        BEGIN
            -- A line of a write, not of a read; and for an event filed in a dossier, one that names
            -- that dossier: an IB's forged care note committed with a line "search rooster" (then
            -- with "search" naming the pupil, a read line every search now writes), and `casus audit
            -- --person` showed a search, never the write.
            -- And a line of the action that stands for this kind of change (AuditTrail): a case was
            -- closed under the line "calendar.import" (a review).
            IF NOT EXISTS (SELECT 1 FROM audit a JOIN event e ON e.seq = NEW.seq AND a.xmin = e.xmin
                           WHERE a.id >= NEW.audit_seq AND a.account = NEW.account
                             AND (NEW.dossier_id IS NULL OR a.person_id = NEW.dossier_id)
                             AND line_fits(a.action, a.person_id, a.case_id, NEW.kind, NEW.payload, NEW.dossier_id)) THEN
                RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = format(
                    'gebeurtenis %s (%s) staat niet in het auditlog: elke wijziging schrijft er de regel die haar noemt; er is niets opgeslagen | event %s (%s) is not in the audit log: every change writes the line that names it there; nothing was saved',
                    NEW.seq, NEW.kind, NEW.seq, NEW.kind);
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER event_audited AFTER INSERT ON event DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (NOT casus.importing()) EXECUTE FUNCTION event_audited();

        -- The other way round: a line of a write stands for a write of its transaction, an event in
        -- the writer's name. A teacher wrote "case.delete … verwijderd op verzoek van …" into the log
        -- with psql, no event behind it, and `verify` found all sound (a review). A write that
        -- leaves a line and changes nothing is one of a few, each for the roles that may do it: an
        -- export, its review (reads, recorded as the write they are not, by a role that reads
        -- dossiers), and an import of people or of a calendar that found nothing new (a director's).
        CREATE FUNCTION audit_written() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            mine xid;
            e record;
        BEGIN
            -- The transaction's events, newest first: they are the last in the chain (writers go
            -- one at a time), so the walk stops at the first event of another transaction. A join
            -- on xmin read the whole event table at every line (no index can hold xmin).
            SELECT a.xmin INTO mine FROM audit a WHERE a.id = NEW.id;
            FOR e IN SELECT ev.xmin AS x, ev.seq, ev.account, ev.kind, ev.payload, ev.dossier_id FROM event ev ORDER BY ev.seq DESC LOOP
                EXIT WHEN NOT (e.x = mine);
                IF e.account = NEW.account
                   AND line_fits(NEW.action, NEW.person_id, NEW.case_id, e.kind, e.payload, e.dossier_id)
                   AND line_numbers(NEW.action, NEW.detail, e.kind, e.payload, e.seq) THEN
                    RETURN NULL;
                END IF;
            END LOOP;
            -- A member of the board's dossier is exported by the board, not by a school's director, who
            -- answers to them (CaseWorkflow.requireNotTheBoardsRecord; WPO art. 17c lid 3): on a server
            -- of several schools the director's client does not see the board's accounts, and exported
            -- it (a review).
            IF NEW.action IN ('dossier.export', 'dossier.export.review') AND NOT c.admin AND c.role <> 'board'
               AND EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'board' AND u.person_id = NEW.person_id) THEN
                PERFORM refused('het dossier van een lid van het bestuur voert het bestuur uit, niet de directeur van een school (WPO art. 17c lid 3); er is niets opgeslagen',
                                'the dossier of a member of the board is exported by the board, not by a school''s director (WPO art. 17c lid 3); nothing was saved');
            END IF;
            IF c.admin
               OR (NEW.action IN ('dossier.export', 'dossier.export.review') AND c.known AND c.role IN ('director', 'board')
                   AND EXISTS (SELECT 1 FROM person p WHERE p.id = NEW.person_id
                               AND dossier_visible(c, p.school_id, p.kind)))
               OR (NEW.action IN ('people.import', 'calendar.import') AND c.known AND c.role IN ('director', 'board')) THEN
                RETURN NULL;
            END IF;
            RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = format(
                'auditregel %s (%s) legt een wijziging vast die er niet is: een regel van een wijziging hoort bij haar gebeurtenis; er is niets opgeslagen | audit line %s (%s) records a change that is not there: a line of a change goes with its event; nothing was saved',
                NEW.id, NEW.action, NEW.id, NEW.action);
        END $$;
        -- A read's line (a search writes one per person shown) is not even queued for it.
        CREATE CONSTRAINT TRIGGER audit_written AFTER INSERT ON audit DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (NOT NEW.action = ANY (\#(PGSchema.readActions))
                               AND NOT casus.importing())
            EXECUTE FUNCTION audit_written();
        """#
}
