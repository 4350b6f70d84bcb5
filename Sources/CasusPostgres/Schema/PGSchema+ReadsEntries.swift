import CasusCore

extension PGSchema {
    /// A space as casus reads one in a letter (`LetterHead.isSpace`), spelled out: `\s` follows the
    /// cluster's locale (an em space was one), and a no-break space was none.
    static let space = #"[ \t\r\v\f\u00a0]"#
    static let notSpace = #"[^ \t\r\v\f\u00a0]"#

    /// A line like a salutation, as SQL literals for `~*` (LetterHead.isSalutation): a greeting and a
    /// word after it; `strict`, ending in its comma.
    static let salutationLoose = "'^\(space)*(" + greetings(LetterHead.greetings) + ")\(space)+\(notSpace)'"
    static let salutationStrict =
        "'^\(space)*(" + greetings(LetterHead.greetings + LetterHead.greetingsWithComma)
        + ")\(space)+(\(notSpace).*)?,\(space)*$'"
    /// A heading line (`LetterHead.isHeading`): a label of one to three words, no full stop, and a colon.
    static let headingLine = #"'^\#(space)*[^ \t\r\v\f\u00a0:.]+(\#(space)+[^ \t\r\v\f\u00a0:.]+){0,2}\#(space)*:'"#
    /// A line that ends a sentence (".", "!" or "?", spaces after it).
    static let sentenceEnd = "'[.!?]\(space)*$'"

    /// A line that begins with a postcode (`LetterHead.isPostcodeLine`).
    static let postcodeLine = #"'^\#(space)*[1-9][0-9]{3}( ?[A-Za-z]{2}([^A-Za-z]|$)|[0-9]?\#(space)+[A-Z])'"#

    /// Greetings as alternatives of a pattern, the words of one apart by any run of spaces.
    static func greetings(_ list: [String]) -> String {
        list.map { $0.split(separator: " ").joined(separator: space + "+") }.joined(separator: "|")
    }

    /// Dossier entries (against a ticket from the access log), chain heads, the audit log,
    /// tombstones, evidence and retention.
    static let readsEntries = #"""
        CREATE VIEW entry_v AS
        SELECT e.id, e.dossier_id, e.seq, e.kind, e.title, e.body, e.author, e.author_name, e.at, e.case_id,
               (SELECT k.number FROM "case" k WHERE k.id = e.case_id) AS case_number, e.corrects, e.heard, e.evidence,
               e.prev_hash, e.hash, e.salt
        FROM entry e;

        -- Whether the caller may read this person's dossier (a dossier that is not there: no).
        -- plpgsql, not sql: PostgreSQL cannot inline a query into its caller, and a sql function
        -- it cannot inline is planned anew in every transaction that calls it (0.3 ms of every
        -- dossier read); plpgsql keeps the plan for the session.
        CREATE FUNCTION dossier_readable(c caller_t, p_dossier bigint) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN EXISTS (SELECT 1 FROM person p WHERE p.id = p_dossier AND dossier_visible(c, p.school_id, p.kind));
        END $$;

        -- Whether the caller writes letters (a director, the board; the server's administrator, who
        -- moves and checks everything): who reads a letter's head, a person's address, a hash.
        CREATE FUNCTION writes_letters(c caller_t) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT coalesce(c.admin, false) OR c.role IS NOT DISTINCT FROM 'director' OR c.role IS NOT DISTINCT FROM 'board'
        $$;

        -- A letter as whoever writes no letters reads it: from its salutation on, the lines above it
        -- as one line saying so; withheld whole without a salutation line (LetterHead.cut, line for
        -- line). Cut at the salutation, not by finding the address: an IB read a second parent's
        -- address, the school's block above a parent's, a Belgian address (a review).
        CREATE FUNCTION letter_shown(p_body text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            l text[] := string_to_array(p_body, E'\n');
            n int := coalesce(array_length(l, 1), 0);
            first int;
            sentence int;
            floor int;
        BEGIN
            -- The last line like a salutation above the first sentence (a line ending in ".", "!" or
            -- "?", not a heading), one ending in its comma before one without; else the first such line
            -- at all; each below the last postcode that a line like a salutation follows
            -- (LetterHead.salutation).
            SELECT coalesce(max(y), 1) INTO floor FROM generate_series(2, n) y
            WHERE l[y] ~* \#(PGSchema.salutationLoose) OR l[y] ~* \#(PGSchema.salutationStrict);
            SELECT coalesce(max(x), 1) INTO floor FROM generate_series(2, floor - 1) x WHERE l[x] ~ \#(PGSchema.postcodeLine);
            SELECT coalesce(min(x), n + 1) INTO sentence FROM generate_series(floor + 1, n) x
            WHERE l[x] ~ \#(PGSchema.sentenceEnd) AND NOT l[x] ~* \#(PGSchema.salutationLoose)
              AND NOT l[x] ~ \#(PGSchema.headingLine);
            SELECT max(x) INTO first FROM generate_series(floor + 1, sentence - 1) x WHERE l[x] ~* \#(PGSchema.salutationStrict);
            IF first IS NULL THEN
                SELECT max(x) INTO first FROM generate_series(floor + 1, sentence - 1) x WHERE l[x] ~* \#(PGSchema.salutationLoose);
            END IF;
            IF first IS NULL THEN
                SELECT min(x) INTO first FROM generate_series(floor + 1, n) x WHERE l[x] ~* \#(PGSchema.salutationStrict);
            END IF;
            IF first IS NULL THEN
                SELECT min(x) INTO first FROM generate_series(floor + 1, n) x WHERE l[x] ~* \#(PGSchema.salutationLoose);
            END IF;
            IF first IS NULL THEN
                RETURN '\#(LetterHead.withheld)';
            END IF;
            RETURN '\#(LetterHead.leftOut)' || E'\n\n' || array_to_string(l[first:n], E'\n');
        END $$;

        -- An entry as the caller may read it (AccessPolicy.shown): to whoever writes no letters, a
        -- letter from its salutation on, and no entry's hash (a left-out address was found again by
        -- trying addresses against the letter's hash, a review).
        CREATE FUNCTION entry_shown(c caller_t, e entry_v) RETURNS entry_v LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            IF NOT writes_letters(c) THEN
                IF e.kind = 'letter' THEN
                    e.body := letter_shown(e.body);
                END IF;
                e.hash := '';
                e.prev_hash := '';
                e.salt := '';
            END IF;
            RETURN e;
        END $$;

        CREATE FUNCTION entries_of_dossier(p_dossier bigint, p_offset bigint, p_limit bigint, p_ticket bigint)
        RETURNS SETOF entry_v LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT dossier_readable(c, p_dossier) THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, 'dossier', p_dossier, NULL, NULL);
            RETURN QUERY SELECT s.* FROM entry_v e CROSS JOIN LATERAL entry_shown(c, e) s
            WHERE e.dossier_id = p_dossier ORDER BY e.seq LIMIT p_limit OFFSET p_offset;
        END $$;

        -- A window of a dossier's timeline: its entries with these numbers, against one ticket.
        CREATE FUNCTION entries_by_seq(p_dossier bigint, p_seqs bigint[], p_ticket bigint) RETURNS SETOF entry_v
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT dossier_readable(c, p_dossier) THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, 'dossier', p_dossier, NULL, NULL);
            RETURN QUERY SELECT s.* FROM entry_v e CROSS JOIN LATERAL entry_shown(c, e) s
            WHERE e.dossier_id = p_dossier AND e.seq = ANY (p_seqs) ORDER BY e.seq;
        END $$;

        -- How many entries a dossier holds, and its outline below, tell what it holds too (a dossier
        -- of forty entries, corrected twice): against the dossier's line in the access log, as its
        -- entries. An IB counted every pupil's entries with psql and left no line.
        CREATE FUNCTION count_entries(p_dossier bigint, p_ticket bigint) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT dossier_readable(c, p_dossier) THEN
                RETURN 0;
            END IF;
            PERFORM require_ticket(p_ticket, 'dossier', p_dossier, NULL, NULL);
            RETURN (SELECT count(*) FROM entry e WHERE e.dossier_id = p_dossier);
        END $$;

        -- A dossier's timeline before its entries are read (TimelineOutline): the first and last
        -- numbers and each correction as "seq:target" (target empty when not in the dossier). STABLE,
        -- so both reads see one snapshot. Nothing (NULLs) for a dossier the caller may not see.
        CREATE FUNCTION timeline_outline(p_dossier bigint, p_ticket bigint, OUT first_seq bigint, OUT last_seq bigint,
                                         OUT fixes text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT dossier_readable(c, p_dossier) THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, 'dossier', p_dossier, NULL, NULL);
            SELECT min(e.seq), max(e.seq) INTO first_seq, last_seq FROM entry e WHERE e.dossier_id = p_dossier;
            SELECT string_agg(x.seq || ':' || coalesce(t.seq::text, ''), ',' ORDER BY x.seq) INTO fixes
            FROM entry x LEFT JOIN entry t ON t.id = x.corrects AND t.dossier_id = p_dossier
            WHERE x.dossier_id = p_dossier AND x.corrects IS NOT NULL;
        END $$;

        -- What a case is read with (CaseEntries): its newest p_newest entries and every meeting note
        -- and letter, by id. The newest are the last p_newest rows: every other row is older. Both
        -- parts walk `entry_case` (case, id); no other note of the case is read.
        CREATE FUNCTION case_entries(p_case bigint, p_ticket bigint, p_newest bigint) RETURNS SETOF entry_v
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            dossier bigint;
        BEGIN
            SELECT k.dossier_id INTO dossier FROM "case" k WHERE k.id = p_case AND case_visible(c, k.school_id, k.dossier_kind);
            IF NOT FOUND THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, 'case', NULL, p_case, NULL);
            -- Of the case's dossier only (an entry names its case; the server checks it is of the
            -- same dossier, and reads it so again). Each part walks its index (`entry_case`,
            -- `entry_case_decisive`); each row is then read by its id.
            RETURN QUERY
            SELECT e.* FROM (
                (SELECT x.id FROM entry x WHERE x.case_id = p_case AND x.dossier_id = dossier
                 ORDER BY x.id DESC LIMIT greatest(p_newest, 0))
                UNION
                (SELECT x.id FROM entry x WHERE x.case_id = p_case AND x.dossier_id = dossier
                 AND x.kind IN ('meeting', 'letter'))) ids
            CROSS JOIN LATERAL (SELECT s.* FROM entry_v v CROSS JOIN LATERAL entry_shown(c, v) s WHERE v.id = ids.id) e
            ORDER BY e.id;
        END $$;

        -- How many entries a case has: a number beside its record, for whoever may see the case.
        -- Nothing (no row) for a case the caller may not see.
        -- Against the case's line in the access log, as its entries: an IB counted a case's entries
        -- with psql and left no line (a review).
        CREATE FUNCTION case_entry_count(p_case bigint, p_ticket bigint) RETURNS SETOF bigint LANGUAGE plpgsql STABLE
        SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            dossier bigint;
        BEGIN
            SELECT k.dossier_id INTO dossier FROM "case" k WHERE k.id = p_case AND case_visible(c, k.school_id, k.dossier_kind);
            IF NOT FOUND THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, 'case', NULL, p_case, NULL);
            RETURN QUERY SELECT count(*) FROM entry e WHERE e.case_id = p_case AND e.dossier_id = dossier;
        END $$;

        CREATE FUNCTION entry_by_id(p_id bigint, p_ticket bigint) RETURNS SETOF entry_v LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            dossier bigint;
        BEGIN
            SELECT e.dossier_id INTO dossier FROM entry e JOIN person p ON p.id = e.dossier_id
            WHERE e.id = p_id AND dossier_visible(c, p.school_id, p.kind);
            IF NOT FOUND THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, 'entry', NULL, NULL, p_id::text);
            RETURN QUERY SELECT s.* FROM entry_v e CROSS JOIN LATERAL entry_shown(c, e) s WHERE e.id = p_id;
        END $$;

        -- Whether a caller links the entries it writes to a dossier's chain itself: whoever reads
        -- letters whole (a director, the board), and the founder, who is the first director by the end
        -- of the transaction it begins. For anyone else (an IB, a teacher) the server links
        -- (link_entry, append_entry), and shows no dossier's hash (head_shown). The event chain and
        -- the audit log, the whole server's, are linked by whoever reaches it (links_chains).
        CREATE FUNCTION links_own(c caller_t) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT writes_letters(c) OR coalesce(c.founder, false)
        $$;

        -- A chain's head as a caller sees it: its hash to whoever links its own writes, none to anyone
        -- else. An IB's login read a dossier's head, and where it was a letter filed before the salt,
        -- tried addresses against it until one matched (a review).
        CREATE FUNCTION head_shown(c caller_t, p_hash text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN links_own(c) THEN p_hash ELSE '' END
        $$;

        -- A dossier's head, for a caller who may read or write in it (an IB: a pupil's; without its hash).
        CREATE FUNCTION chain_head(p_dossier bigint, OUT seq bigint, OUT hash text) LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT (c.admin OR dossier_readable(c, p_dossier)) THEN
                PERFORM not_found(format('dossier %s bestaat niet (of u mag het niet zien)', p_dossier),
                                  format('dossier %s does not exist (or you may not see it)', p_dossier));
            END IF;
            SELECT h.seq, head_shown(c, h.hash) INTO seq, hash FROM dossier_head(p_dossier) h;
        END $$;

        -- The hash of an entry the server links for its writer, who sees no head (head_shown): after
        -- the dossier's head, with a salt of the server's (server_salt). The writer sends the entry
        -- without a head or a salt, and its event with this hash; append_entry links it the same way.
        -- It answers the hash alone: salted with what no login reads, it tells nothing of the head.
        CREATE FUNCTION link_entry(p_dossier bigint, p_seq bigint, p_case bigint, x jsonb) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            h record;
        BEGIN
            IF NOT (c.admin OR dossier_readable(c, p_dossier)) THEN
                PERFORM not_found(format('dossier %s bestaat niet (of u mag het niet zien)', p_dossier),
                                  format('dossier %s does not exist (or you may not see it)', p_dossier));
            END IF;
            -- Under the writers' lock, as the entry's own event: the head cannot move in between.
            PERFORM lock_writes();
            SELECT * INTO h FROM dossier_head(p_dossier);
            IF p_seq IS DISTINCT FROM h.seq + 1 THEN
                PERFORM refuse_out_of_place(p_dossier, h.seq);
            END IF;
            RETURN entry_hash(h.hash, p_dossier, p_seq, x->>'kind', x->>'at', x->>'author', x->>'author_name', p_case,
                              (x->>'corrects')::bigint, x->>'heard', x->>'evidence', x->>'title', x->>'body',
                              server_salt(p_dossier, p_seq, h.hash));
        END $$;

        -- Where a dossier's next entry goes, asked for with the reads that decide it (a note): its head
        -- and a new entry id. No row, and no id drawn, when the caller may not read the dossier: the
        -- read that travels with it then says so in its own words (chain_head's refusal would come
        -- first, without them).
        CREATE FUNCTION entry_slot(p_dossier bigint) RETURNS TABLE (seq bigint, hash text, id bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            n bigint;
        BEGIN
            IF NOT (c.admin OR dossier_readable(c, p_dossier)) THEN
                RETURN;
            END IF;
            -- The id first: it takes the writers' lock, and the head is read after it, in a statement
            -- of its own (one statement reads as things stood when it began, before the wait).
            n := next_number('id:entry');
            RETURN QUERY SELECT h.seq, head_shown(c, h.hash), n FROM dossier_head(p_dossier) h;
        END $$;

        -- The same for the dossier of a case, asked for before the case is read (a note in a case):
        -- with the dossier. No row for a case the caller may not see or whose dossier they may not read.
        CREATE FUNCTION case_entry_slot(p_case bigint) RETURNS TABLE (dossier bigint, seq bigint, hash text, id bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            d bigint;
            n bigint;
        BEGIN
            SELECT k.dossier_id INTO d FROM "case" k
            WHERE k.id = p_case AND (c.admin OR case_visible(c, k.school_id, k.dossier_kind));
            IF d IS NULL OR NOT (c.admin OR dossier_readable(c, d)) THEN
                RETURN;
            END IF;
            n := next_number('id:entry');
            RETURN QUERY SELECT d, h.seq, head_shown(c, h.hash), n FROM dossier_head(d) h;
        END $$;

        -- Who reads the audit log and the log of reads: a school's director, the board, the administrator.
        CREATE FUNCTION audit_reader(c caller_t) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT c.admin OR (c.known AND c.role IN ('director', 'board'))
        $$;

        -- A line of either log that reader sees: a director its school's (about its people or written
        -- by its accounts), the board and the administrator every line.
        CREATE FUNCTION audit_scope(c caller_t, p_person bigint, p_account text) RETURNS boolean
        LANGUAGE sql STABLE AS $$
            SELECT c.admin OR c.school_id IS NULL
                OR EXISTS (SELECT 1 FROM person p WHERE p.id = p_person AND p.school_id = c.school_id)
                OR EXISTS (SELECT 1 FROM app_user u WHERE u.account = p_account AND u.school_id = c.school_id)
        $$;

        -- The audit log, newest first: all of it for the board; for a director, the lines about
        -- their school's people and by their school's accounts. Its lines tell what was done in
        -- cases (a step's rung, a fact's value): read against a committed 'audit' line in the access
        -- log, as a case's contents are.
        -- Newest first, the lines before p_before when it is given (a page after the one before:
        -- an OFFSET walked every line before its page).
        CREATE FUNCTION audit_lines(p_person bigint, p_before bigint, p_offset bigint, p_limit bigint, p_ticket bigint)
        RETURNS SETOF audit
        LANGUAGE plpgsql STABLE
        SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        DECLARE
            c caller_t := caller();
            shown boolean;
        BEGIN
            PERFORM require_ticket(p_ticket, 'audit', p_person, NULL, NULL);
            IF NOT audit_reader(c) THEN
                RETURN;
            END IF;
            -- The log is the whole server's: its links only to whoever reads its head (links_chains).
            -- A school's director's own line after the board's read of another school gave that
            -- read's hash as its prev_hash, and their line before it the hash to try guesses after.
            shown := links_chains(c);
            RETURN QUERY SELECT a.id, a.at, a.account, a.real_account, a.action, a.person_id, a.case_id, a.detail,
                CASE WHEN shown THEN a.prev_hash ELSE '' END, CASE WHEN shown THEN a.hash ELSE '' END
            FROM audit a
            WHERE (p_person IS NULL OR a.person_id = p_person) AND (p_before IS NULL OR a.id < p_before)
              AND audit_scope(c, a.person_id, a.account)
            ORDER BY a.id DESC LIMIT p_limit OFFSET p_offset;
        END $$;

        -- The server's own log of reads (`log_read`: by casus and by anyone with psql), as
        -- `audit_lines` gives the audit log: a director's school's, the board's all; against the
        -- caller's line for reading the log, so reading who read is itself a line.
        CREATE FUNCTION access_lines(p_person bigint, p_before bigint, p_offset bigint, p_limit bigint, p_ticket bigint)
        RETURNS TABLE (
            id bigint, at text, account text, what text, person_id bigint, case_id bigint, detail text, case_number text
        ) LANGUAGE plpgsql STABLE
        SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_ticket(p_ticket, 'audit', p_person, NULL, NULL);
            IF NOT audit_reader(c) THEN
                RETURN;
            END IF;
            -- A case by the number its director knows it by, where it is of the reader's school
            -- (a line written with psql may name any id).
            RETURN QUERY SELECT a.id, a.at, a.account, a.what, a.person_id, a.case_id, a.detail,
                (SELECT k.number FROM "case" k WHERE k.id = a.case_id AND (c.school_id IS NULL OR k.school_id = c.school_id))
            FROM access_log a
            WHERE (p_person IS NULL OR a.person_id = p_person) AND (p_before IS NULL OR a.id < p_before)
              AND audit_scope(c, a.person_id, a.account)
            ORDER BY a.id DESC LIMIT p_limit OFFSET p_offset;
        END $$;

        -- Tombstones of the dossiers the caller may see.
        -- Every purge the caller may see, or one dossier's.
        CREATE FUNCTION tombstones(p_dossier bigint DEFAULT NULL) RETURNS SETOF tombstone LANGUAGE plpgsql STABLE
        SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
            t tombstone;
        BEGIN
            FOR t IN SELECT x.* FROM tombstone x JOIN person p ON p.id = x.dossier_id
                     WHERE dossier_visible(c, p.school_id, p.kind) AND (p_dossier IS NULL OR x.dossier_id = p_dossier)
                     ORDER BY x.id LOOP
                -- The purged dossier's last hash is its head (the next entry follows it): as a head, shown
                -- to whoever links and verifies (head_shown).
                t.last_hash := head_shown(c, t.last_hash);
                RETURN NEXT t;
            END LOOP;
        END $$;

        -- The names an entry's files were filed with, for an entry of a dossier the caller may read:
        -- a file written out, or listed in an export, under another record's name named another
        -- pupil (a review). One filed before names were kept per record has its first name.
        -- After the entry's read line, as the entry itself (an IB walked every entry's file names
        -- without a trace, the last look).
        CREATE FUNCTION entry_evidence_names(p_entry bigint, p_ticket bigint) RETURNS TABLE (sha256 text, name text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_ticket(p_ticket, 'entry', NULL, NULL, p_entry::text);
            RETURN QUERY SELECT ee.sha256::text, coalesce(nullif(ee.name, ''), e.name)::text
            FROM entry_evidence ee JOIN evidence e ON e.sha256 = ee.sha256
            JOIN entry x ON x.id = ee.entry_id JOIN person o ON o.id = x.dossier_id
            WHERE ee.entry_id = p_entry AND (c.admin OR dossier_visible(c, o.school_id, o.kind))
            ORDER BY ee.position;
        END $$;

        CREATE FUNCTION evidence_file(p_sha256 text, p_ticket bigint) RETURNS TABLE (name text, data bytea) LANGUAGE plpgsql
        STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            readable boolean;
            own boolean;
            named text;
        BEGIN
            PERFORM require_ticket(p_ticket, 'evidence', NULL, NULL, p_sha256);
            -- A file of an entry in a dossier the caller may read, or of a report they may see:
            -- knowing a file's hash is not leave to read it.
            readable := c.admin
                OR EXISTS (SELECT 1 FROM entry_evidence ee JOIN entry x ON x.id = ee.entry_id JOIN person p ON p.id = x.dossier_id
                           WHERE ee.sha256 = p_sha256 AND dossier_visible(c, p.school_id, p.kind))
                OR EXISTS (SELECT 1 FROM incident_evidence ie JOIN incident i ON i.id = ie.incident_id
                           WHERE ie.sha256 = p_sha256 AND incident_visible(c, i.id, i.school_id));
            -- Or of one's own report: its filer sent the bytes (store_evidence takes no file named by
            -- its hash alone), so reading them back tells nothing. It was refused where another
            -- record held the same bytes, which told a teacher that a screenshot she had is in a
            -- dossier somewhere on the server (a review).
            own := NOT readable
                AND EXISTS (SELECT 1 FROM incident_evidence ie JOIN incident i ON i.id = ie.incident_id
                            WHERE ie.sha256 = p_sha256 AND own_report(c, i.school_id, i.reported_by));
            IF NOT (readable OR own) THEN
                RETURN;
            END IF;
            -- Under a name it was filed with in a record the caller may read, not another's: the first
            -- filer's name was another school's (a review).
            named := (SELECT nullif(ee.name, '') FROM entry_evidence ee JOIN entry x ON x.id = ee.entry_id
                      JOIN person p ON p.id = x.dossier_id
                      WHERE ee.sha256 = p_sha256 AND ee.name <> '' AND (c.admin OR dossier_visible(c, p.school_id, p.kind))
                      ORDER BY x.id LIMIT 1);
            named := coalesce(named, (SELECT nullif(ie.name, '') FROM incident_evidence ie JOIN incident i ON i.id = ie.incident_id
                      WHERE ie.sha256 = p_sha256 AND ie.name <> ''
                        AND (c.admin OR incident_visible(c, i.id, i.school_id) OR own_report(c, i.school_id, i.reported_by))
                      ORDER BY i.id LIMIT 1));
            RETURN QUERY SELECT coalesce(named, e.name), e.data FROM evidence e WHERE e.sha256 = p_sha256;
        END $$;

        CREATE FUNCTION retention_due(p_pupils_before text, p_staff_before text, p_ticket bigint)
        RETURNS TABLE (id bigint, school_id bigint, kind text, first_name text, infix text, last_name text, grp text,
                       function text, external_id text, birth_date text, left_on text, entries bigint)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board'))) THEN
                RETURN;
            END IF;
            RETURN QUERY
            SELECT p.id, p.school_id, p.kind, p.first_name, p.infix, p.last_name, p.grp, p.function, p.external_id,
                   p.birth_date, p.left_on, (SELECT count(*) FROM entry e WHERE e.dossier_id = p.id)
            FROM person p
            WHERE p.left_on IS NOT NULL AND reaches(c, p.school_id)
              AND ((p.kind = 'pupil' AND p.left_on < p_pupils_before) OR (personnel(p.kind) AND p.left_on < p_staff_before))
              AND (EXISTS (SELECT 1 FROM entry e WHERE e.dossier_id = p.id) OR EXISTS (SELECT 1 FROM "case" k WHERE k.dossier_id = p.id)
                   -- A report dismissed without a case that this person still keeps: it goes with the
                   -- dossier when nobody else keeps it, else the purge leaves it to the others.
                   OR EXISTS (SELECT 1 FROM incident i JOIN incident_person ip ON ip.incident_id = i.id
                              WHERE ip.person_id = p.id AND ip.role = 'subject' AND i.status <> 'new'
                                AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id)
                                AND keeps_report(p.id, i.reported_at))
                   -- One who left with no record at all, never purged: the name, birth date and
                   -- number (and the parents' address) stayed for good, while the export promised
                   -- them erased (a review of the AVG).
                   OR NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = p.id))
            ORDER BY p.left_on, p.id;
        END $$;
        """#
}
