import CasusCore

extension PGSchema {
    /// What `casus verify` walks: the events, every derived table in the form it compares
    /// (`DerivedTable`: free text as its SHA-256), every entry, the audit log and the evidence;
    /// a page at a time, in key order, so millions of rows need the memory of one page. Only for
    /// a caller who may see the whole store (`whole_store`), and every page against a committed
    /// 'walk' line in the access log: what a walk shows is every case's contents and every
    /// dossier's (a review read every step, obligation and fact through these, unlogged).
    static var walks: String {
        #"""
        CREATE FUNCTION require_whole_store() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT whole_store(caller()) THEN
                PERFORM refused('de hele server nalopen is voor het bestuur (of de directeur van de enige school)',
                                'walking the whole server is for the board (or the director of its only school)');
            END IF;
        END $$;

        -- The event a document's seal names (`verify --against`, SealedEvent): its place; its hash to
        -- whoever reads the chains' hashes (links_chains), none to a school's director on a server of
        -- several schools; the entry it appended (dossier, number, hash) where the caller may read
        -- that dossier, or reads the whole server (a purged dossier's event keeps its entry's hash).
        -- Not its payload: that is what a walk reads, with its read logged first (events_page).
        -- With what bounds a seal: the event that appended the sealed entry (p_dossier, p_entry_seq),
        -- where the caller may read that dossier (a seal moved to an event before it passed, a
        -- review); and whether the document's maker may have read no event's hash when they made
        -- it (`linked_then`): the writer of one of p_lines (an export's line, a letter's print lines,
        -- of that dossier) or, with p_filer, whoever filed the sealed entry; else, where neither is
        -- given, any director of the dossier's school. A seal's hash zeroed passed, a review.
        CREATE FUNCTION sealed_event(p_seq bigint, p_dossier bigint, p_entry_seq bigint, p_lines bigint[], p_filer boolean)
        RETURNS TABLE (seq bigint, hash text, dossier_id bigint, entry_seq bigint, entry_hash text,
                       entry_event bigint, maker_may_lack_hash boolean)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            shown boolean;
            e event;
            f jsonb;
            readable boolean;
            appended bigint;
            lacking boolean;
        BEGIN
            IF NOT audit_reader(c) THEN
                PERFORM refused('uw rol controleert geen documenten tegen de keten',
                                'your role does not check documents against the chain');
            END IF;
            SELECT * INTO e FROM event x WHERE x.seq = p_seq;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            shown := links_chains(c);
            IF e.kind = 'entry.appended' AND e.dossier_id IS NOT NULL AND (shown OR dossier_readable(c, e.dossier_id)) THEN
                f := (parse_payload(e.payload)).fields;
            END IF;
            readable := p_dossier IS NOT NULL AND (shown OR dossier_readable(c, p_dossier));
            IF readable THEN
                -- Of its dossier, at its moment (one save), whose payload names it.
                SELECT x.seq INTO appended FROM event x
                WHERE x.dossier_id = p_dossier AND x.kind = 'entry.appended'
                  AND x.at = (SELECT n.at FROM entry n WHERE n.dossier_id = p_dossier AND n.seq = p_entry_seq)
                  AND (parse_payload(x.payload)).fields->>'seq' = p_entry_seq::text
                ORDER BY x.seq LIMIT 1;
                lacking := CASE WHEN p_lines IS NOT NULL OR p_filer IS NOT NULL
                                THEN (coalesce(p_filer, false) AND EXISTS (
                                          SELECT 1 FROM event x WHERE x.seq = appended
                                            AND NOT linked_then(coalesce(x.real_account, x.account), x.audit_seq + 1)))
                                     OR EXISTS (SELECT 1 FROM audit a WHERE a.id = ANY (p_lines) AND a.person_id = p_dossier
                                                  AND NOT linked_then(coalesce(a.real_account, a.account), a.id))
                                ELSE EXISTS (SELECT 1 FROM person o JOIN school s ON s.id <> o.school_id
                                             WHERE o.id = p_dossier) END;
            END IF;
            RETURN QUERY SELECT e.seq, CASE WHEN shown THEN e.hash ELSE '' END,
                CASE WHEN f IS NULL THEN NULL ELSE e.dossier_id END, (f->>'seq')::bigint, f->>'hash',
                appended, coalesce(lacking, false);
        END $$;

        -- Whether an account read the chains' hashes when the audit log was p_line - 1 lines long
        -- (links_chains then): as the role it held then (its last user.added or user.removed
        -- before), on a server of as many schools as it had then. Its rights now judged a director's
        -- documents made before they joined the board as changed, for good (a review). An account
        -- the chain names no role of then (an administrator) is judged as it is now.
        CREATE FUNCTION linked_then(p_account text, p_line bigint) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        DECLARE
            k text;
            f jsonb;
        BEGIN
            SELECT x.kind, (parse_payload(x.payload)).fields INTO k, f FROM event x
            WHERE x.kind IN ('user.added', 'user.removed') AND x.audit_seq < p_line
              AND (parse_payload(x.payload)).fields->>'account' = p_account
            ORDER BY x.seq DESC LIMIT 1;
            IF NOT FOUND OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_account AND r.rolsuper) THEN
                RETURN links_chains(caller_for(p_account));
            END IF;
            RETURN k = 'user.added' AND (
                (f->>'role' = 'board' AND f->>'school' IS NULL)
                OR (f->>'role' = 'director' AND NOT EXISTS (
                        SELECT 1 FROM event x WHERE x.kind = 'school.created' AND x.audit_seq < p_line
                          AND (parse_payload(x.payload)).fields->>'id' IS DISTINCT FROM f->>'school')));
        END $$;

        CREATE FUNCTION events_page(p_after bigint, p_limit bigint, p_ticket bigint) RETURNS SETOF event LANGUAGE plpgsql STABLE
        SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        BEGIN
            PERFORM require_whole_store();
            PERFORM require_ticket(p_ticket, 'walk', NULL, NULL, NULL);
            RETURN QUERY SELECT * FROM event e WHERE e.seq > p_after ORDER BY e.seq LIMIT p_limit;
        END $$;

        CREATE FUNCTION entries_page(p_dossier bigint, p_seq bigint, p_limit bigint, p_ticket bigint) RETURNS SETOF entry_v
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        BEGIN
            PERFORM require_whole_store();
            PERFORM require_ticket(p_ticket, 'walk', NULL, NULL, NULL);
            RETURN QUERY SELECT * FROM entry_v e WHERE (e.dossier_id, e.seq) > (p_dossier, p_seq)
            ORDER BY e.dossier_id, e.seq LIMIT p_limit;
        END $$;

        CREATE FUNCTION audit_page(p_after bigint, p_limit bigint, p_ticket bigint) RETURNS SETOF audit LANGUAGE plpgsql STABLE
        SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        BEGIN
            PERFORM require_whole_store();
            PERFORM require_ticket(p_ticket, 'walk', NULL, NULL, NULL);
            RETURN QUERY SELECT * FROM audit a WHERE a.id > p_after ORDER BY a.id LIMIT p_limit;
        END $$;

        CREATE FUNCTION evidence_page(p_after text, p_limit bigint, p_ticket bigint) RETURNS TABLE (sha256 text, data bytea)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        BEGIN
            PERFORM require_whole_store();
            PERFORM require_ticket(p_ticket, 'walk', NULL, NULL, NULL);
            RETURN QUERY SELECT e.sha256, e.data FROM evidence e WHERE e.sha256 > p_after ORDER BY e.sha256 LIMIT p_limit;
        END $$;

        -- The server's own checks: each chain's head row against its last line, and the access
        -- log's chain (only the server writes it, so only the server can check it).
        CREATE FUNCTION integrity() RETURNS SETOF text LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            prev text := repeat('0', 64);
            expected bigint := 1;
            line access_log;
        BEGIN
            PERFORM require_whole_store();
            IF (SELECT seq FROM head WHERE name = 'event') <> coalesce((SELECT max(seq) FROM event), 0) THEN
                RETURN NEXT 'event head: the head row does not name the last event';
            END IF;
            IF (SELECT seq FROM head WHERE name = 'audit') <> coalesce((SELECT max(id) FROM audit), 0) THEN
                RETURN NEXT 'audit head: the head row does not name the last audit line';
            END IF;
            FOR line IN SELECT * FROM access_log ORDER BY id LOOP
                IF line.id <> expected OR line.prev_hash <> prev
                   OR line.hash <> access_hash(line.prev_hash, line.at, line.account, line.what, line.person_id,
                                               line.case_id, line.detail) THEN
                    RETURN NEXT format('access log: line %s does not fit its chain', line.id);
                    RETURN;
                END IF;
                prev := line.hash;
                expected := line.id + 1;
            END LOOP;
            IF (SELECT seq FROM head WHERE name = 'access') <> expected - 1 THEN
                RETURN NEXT 'access head: the head row does not name the last access-log line';
            END IF;
            -- The full-text vectors against the texts they index (SQLite: SearchIndexCheck).
            RETURN QUERY SELECT format('search index entry: entry %s is not indexed as its text', e.id)
                FROM entry e WHERE e.search IS DISTINCT FROM search_vector(e.title || ' ' || e.body) ORDER BY e.id;
            RETURN QUERY SELECT format('search index entry: entry %s is not indexed under its dossier''s school and kind', e.id)
                FROM entry e JOIN person p ON p.id = e.dossier_id LEFT JOIN entry_words x ON x.id = e.id
                WHERE (x.dossier_id, x.school_id, x.staff, x.words)
                      IS DISTINCT FROM (e.dossier_id, p.school_id, personnel(p.kind),
                                        e.search || scope_words(p.school_id))
                ORDER BY e.id;
            RETURN QUERY SELECT format('search index case: case %s is not indexed as its summary', c.id)
                FROM "case" c WHERE c.search IS DISTINCT FROM search_vector(c.summary) ORDER BY c.id;
            RETURN QUERY SELECT format('search index report: report %s is not indexed as its summary', i.id)
                FROM incident i WHERE i.search IS DISTINCT FROM search_vector(i.summary) ORDER BY i.id;
            -- The Overzicht's kept counts against a recount (SQLite: Schema.statisticsRecount).
            RETURN QUERY SELECT kept_count_differences();
            -- The guards as `server init` made them: a guard switched off, a table given to another
            -- owner, or casus's own roles given a membership or the power to make roles lets rows be
            -- changed that nothing else here would show until they were (ServerSetup).
            RETURN QUERY SELECT format('guard: trigger %s on %s is switched off', t.tgname, c.relname)
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE c.relnamespace = 'casus'::regnamespace AND NOT t.tgisinternal AND t.tgenabled <> 'O'
                ORDER BY c.relname, t.tgname;
            RETURN QUERY SELECT format('guard: table %s belongs to %s, not casus_data', c.relname,
                                       pg_get_userbyid(c.relowner))
                FROM pg_class c WHERE c.relnamespace = 'casus'::regnamespace AND c.relkind IN ('r', 'p')
                  AND pg_get_userbyid(c.relowner) <> 'casus_data'
                ORDER BY c.relname;
            RETURN QUERY SELECT format('guard: role %s is a member of %s', pg_get_userbyid(m.member),
                                       pg_get_userbyid(m.roleid))
                FROM pg_auth_members m
                WHERE (pg_get_userbyid(m.member) IN (\#(ownRoleNames))
                       OR pg_get_userbyid(m.roleid) IN (\#(ownRoleNames)))
                  AND NOT \#(givenMemberships)
                ORDER BY 1;
            RETURN QUERY SELECT format('guard: role %s may make roles', r.rolname) FROM pg_roles r
                WHERE r.rolname IN (\#(sqlList(ownRoles.filter { !$0.1 }.map(\.0)))) AND (r.rolcreaterole OR r.rolsuper)
                ORDER BY 1;
            -- The entry points as `server init` made them: each runs as its owner with its own
            -- search path, the readers' cannot write, and none is anyone's to run (an owner may
            -- alter its own functions; a superuser may alter any).
            RETURN QUERY SELECT format('guard: function %s %s', p.oid::regprocedure,
                                       CASE WHEN NOT p.prosecdef THEN 'does not run as its owner'
                                            WHEN p.proowner = 'casus_reader'::regrole AND p.provolatile = 'v'
                                                THEN 'of casus_reader may write (VOLATILE)'
                                            ELSE 'has no search path of its own' END)
                FROM pg_proc p
                WHERE p.pronamespace = 'casus'::regnamespace
                  AND p.proowner IN ('casus_owner'::regrole, 'casus_reader'::regrole)
                  AND (NOT p.prosecdef OR (p.proowner = 'casus_reader'::regrole AND p.provolatile = 'v')
                       OR NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) g WHERE g LIKE 'search_path=%'))
                ORDER BY 1;
            RETURN QUERY SELECT format('guard: function %s may be run by anyone', p.oid::regprocedure)
                FROM pg_proc p CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                WHERE p.pronamespace = 'casus'::regnamespace AND a.grantee = 0
                  AND pg_get_userbyid(p.proowner) IN (\#(ownRoleNames))
                ORDER BY 1;
        END $$;

        -- The last number each sequence handed out (verify compares them with the chain).
        CREATE FUNCTION sequences() RETURNS TABLE (name text, last bigint) LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        BEGIN
            PERFORM require_whole_store();
            RETURN QUERY SELECT s.name::text, s.last FROM sequence s ORDER BY s.name;
        END $$;

        -- One counter's last number: the people's for a director's or the board's import, which
        -- numbers its new people ahead (a school's director on a board's server could not import at
        -- all, asked for every counter, a review); any other only as the whole server is walked.
        CREATE FUNCTION last_number(p_name text) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT (p_name = 'id:person' AND (c.admin OR (c.known AND c.role IN ('director', 'board')))) THEN
                PERFORM require_whole_store();
            END IF;
            RETURN coalesce((SELECT s.last FROM sequence s WHERE s.name = p_name), 0);
        END $$;

        """# + derivedPage
    }

    /// `derived_page`: one branch per DerivedTable, generated from its columns, key and texts,
    /// so the server hands verify exactly the form SQLite does (SQLiteAccess+Events).
    static var derivedPage: String {
        let branches = DerivedTable.allCases.map { table -> String in
            let source = table == .user ? "app_user" : table == .case ? "\"case\"" : table.rawValue
            let values = table.columns.map { column in
                guard table.textColumns.contains(column) else { return "\(column)::text" }
                return table.digestKey.map { "text_hash(\($0) || \(column))" } ?? "text_hash(\(column))"
            }
            let keys = Array(table.columns.prefix(table.keyLength))
            let order = table == .tombstone ? "id" : keys.joined(separator: ", ")
            var after = "true"
            if !keys.isEmpty {
                let typed = keys.enumerated().map { i, key in
                    numericKey(table, key) ? "p_after[\(i + 1)]::bigint" : "p_after[\(i + 1)]"
                }
                after = "p_after IS NULL OR (\(keys.joined(separator: ", "))) > (\(typed.joined(separator: ", ")))"
                if keys.count == 1 { after = "p_after IS NULL OR \(keys[0]) > \(typed[0])" }
            }
            return """
                WHEN '\(table.rawValue)' THEN
                    RETURN QUERY SELECT ARRAY[\(values.joined(separator: ", "))]::text[] FROM \(source)
                    WHERE \(after) ORDER BY \(order) LIMIT p_limit;
                """
        }
        return """
            CREATE FUNCTION derived_page(p_table text, p_after text[], p_limit bigint, p_ticket bigint) RETURNS SETOF text[]
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
            BEGIN
                PERFORM require_whole_store();
                PERFORM require_ticket(p_ticket, 'walk', NULL, NULL, NULL);
                CASE p_table
                \(branches.joined(separator: "\n"))
                END CASE;
            END $$;
            """
    }

    /// Key columns held as numbers (all but the account name and an involvement's role).
    static func numericKey(_ table: DerivedTable, _ column: String) -> Bool {
        !(table == .user || (table == .incidentPerson && column == "role"))
    }
}
