extension PGSchema {
    /// Whether report `i` is settled (`ReportStanding`): every subject it names has a case from it,
    /// and every case it led to is closed. Told with the report to whoever may read it as
    /// "afgehandeld" (which cases, and how they ended, are not). Written into the query, not a
    /// function of its own: one with a sub-query is not inlined, and was run per row.
    static let casesClosed = """
        (i.status = 'triaged' AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id AND k.status = 'open')
            AND NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.role = 'subject'
                AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id AND k.subject_id = ip.person_id)
                AND NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = ip.person_id)))
        """

    /// Schools, accounts, people and reports: each function returns only what the caller reaches.
    /// Lists take the scope the client asks for and narrow it to the caller's (`eff_scope`); one
    /// record is shown when the caller may see it (AccessPolicy.maySeePerson, and their own person)
    /// and reads as not existing otherwise. Plans are made for each call's own values
    /// (force_custom_plan): an absent filter then costs nothing.
    static let reads = #"""
        -- Where to read a page of a list (people, incidents, cases): a page in the far half of the
        -- list, more than eight pages down, is read from the list's other end and turned, so `G`
        -- and `PageUp` at the end of 60,000 cases walk a few hundred index entries instead of
        -- 60,000 (50–90 ms on the district). Nearer the top a page costs less than counting the
        -- list, so `deep_page` says when to count (never 8 * p_limit: a limit may be the largest
        -- bigint); `counted` is that count, NULL when not counted.
        CREATE FUNCTION deep_page(p_offset bigint, p_limit bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT p_limit < p_offset / 8
        $$;

        -- (plpgsql, not sql: a sql function read as a row in FROM is planned again at every call.)
        CREATE FUNCTION page_window(p_offset bigint, p_limit bigint, counted bigint,
                                    OUT from_end boolean, OUT lim bigint, OUT off bigint)
        LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            from_end := coalesce(p_offset > counted / 2, false);
            lim := CASE WHEN from_end THEN least(p_limit, greatest(counted - p_offset, 0)) ELSE p_limit END;
            -- The rows after the offset less the (clamped) limit: never below the smallest bigint.
            off := CASE WHEN from_end THEN greatest(counted - p_offset - lim, 0) ELSE p_offset END;
        END $$;

        -- School names are not personal data; a caller who is no account sees none.
        CREATE FUNCTION schools() RETURNS SETOF school LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            -- Every school for the board (and the server's administrator and founder); one's own
            -- for everyone else, as casus shows it: a teacher read every school of the board's
            -- server with psql, casus refused it (a review).
            IF c.admin OR c.founder OR (c.known AND c.role = 'board') THEN
                RETURN QUERY SELECT * FROM school ORDER BY name;
            ELSIF c.known THEN
                RETURN QUERY SELECT * FROM school s WHERE s.id = c.school_id ORDER BY name;
            END IF;
        END $$;

        -- A school's closed days are not personal data: shown to whoever reaches the school.
        CREATE FUNCTION closures(p_school bigint) RETURNS SETOF school_closure LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF c.admin OR (c.known AND reaches(c, p_school)) THEN
                RETURN QUERY SELECT * FROM school_closure sc WHERE sc.school_id = p_school ORDER BY sc.first, sc.id;
            END IF;
        END $$;

        -- An account: the caller's own, those of the caller's school for a director, all for the board.
        -- A director whose school is the server's only one: who invites the board there, sees its
        -- accounts and may end them (Directory.keepsTheBoard).
        CREATE FUNCTION director_alone(c caller_t) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT c.known AND c.role = 'director' AND NOT EXISTS (SELECT 1 FROM school s WHERE s.id <> c.school_id)
        $$;

        CREATE FUNCTION user_visible(c caller_t, u app_user) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT c.admin OR u.account = c.account
                OR (c.known AND c.role = 'board' AND c.school_id IS NULL)
                OR (c.known AND c.role = 'director' AND u.school_id = c.school_id)
                OR (u.role = 'board' AND director_alone(c))
        $$;

        CREATE FUNCTION users() RETURNS SETOF app_user LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT * FROM app_user u WHERE user_visible(c, u) ORDER BY u.account;
        END $$;

        -- Who held an account's name before its access was last ended, and until when (the line of
        -- `users remove`), for who manages users (Directory.addUser); not why.
        CREATE FUNCTION former_holder(p_account text) RETURNS TABLE (person_id bigint, at text) LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board'))) THEN RETURN; END IF;
            -- Of another school: that it was someone else's, not whose nor until when (a director of
            -- another school read the person and the moment a colleague's account was ended, a review).
            -- An account without a person is the school's whose account ended it (a director's own
            -- account without a person was told it "was van iemand anders op deze server, niet van uw
            -- school", a review); else no school's to tell: only the board of all reads it.
            RETURN QUERY SELECT CASE WHEN scope_school(c) IS NULL OR o.school_id = scope_school(c) THEN x.person_id
                                     WHEN x.person_id IS NULL AND EXISTS (
                                         SELECT 1 FROM app_user u WHERE u.account = x.account AND u.school_id = scope_school(c))
                                     THEN NULL ELSE 0 END,
                                CASE WHEN scope_school(c) IS NULL OR o.school_id = scope_school(c)
                                          OR x.person_id IS NULL AND EXISTS (
                                             SELECT 1 FROM app_user u WHERE u.account = x.account AND u.school_id = scope_school(c))
                                     THEN x.at END
                         FROM audit x LEFT JOIN person o ON o.id = x.person_id
                         WHERE x.action = 'user.remove' AND split_part(x.detail, ' ', 1) = p_account
                         ORDER BY x.id DESC LIMIT 1;
        END $$;

        -- Whether the database has users at all, for any account: one it does not know is told it
        -- is not known, not that the database is new (it was told to run casus init).
        CREATE FUNCTION has_users() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        BEGIN
            RETURN EXISTS (SELECT 1 FROM app_user);
        END $$;

        -- A person as the caller may read them: a home address to whoever writes letters (a director,
        -- the board) only; an IB has no task that needs one (AVG art. 5 lid 1 onder c), and the
        -- client's hiding it on one screen was stepped around by `people list --json` and psql (a
        -- review). The key a person's texts are hashed under stays on the server.
        CREATE FUNCTION person_shown(c caller_t, p person) RETURNS person LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            IF NOT writes_letters(c) THEN
                p.street := '';
                p.postcode := '';
                p.town := '';
            END IF;
            p.salt := '';
            RETURN p;
        END $$;

        CREATE FUNCTION person_by_id(p_id bigint, p_ticket bigint) RETURNS SETOF person LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            RETURN QUERY SELECT s.* FROM person p CROSS JOIN LATERAL person_shown(c, p) s
            WHERE p.id = p_id AND person_visible(c, p.id, p.school_id, p.kind);
        END $$;

        CREATE FUNCTION person_by_number(p_external text, p_kind text, p_school bigint, p_ticket bigint) RETURNS SETOF person
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            RETURN QUERY SELECT s.* FROM person p CROSS JOIN LATERAL person_shown(c, p) s
            WHERE p.school_id = p_school AND p.kind = p_kind AND p.external_id = p_external
              AND person_visible(c, p.id, p.school_id, p.kind);
        END $$;

        -- A person's name words as lexemes, taken as they are (`search_name` holds them folded and
        -- split, one space apart): a typed word is a prefix query on them, answered by an index
        -- instead of reading every name of a board (12–20 ms a typed letter on the district).
        CREATE FUNCTION name_words(p_search_name text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
            SELECT array_to_tsvector(array_remove(string_to_array(btrim(p_search_name), ' '), ''))
        $$;
        CREATE INDEX person_words ON person USING gin (name_words(search_name)) WITH (fastupdate = off);

        -- Each typed word as a prefix of one of the name words (Person.searchKey's words).
        CREATE FUNCTION name_query(p_words text[]) RETURNS tsquery LANGUAGE sql IMMUTABLE AS $$
            SELECT string_agg(quote_literal(w) || ':*', ' & ')::tsquery FROM unnest(p_words) w WHERE w <> ''
        $$;

        -- The same question as LIKE patterns on `search_name` (" word word", one space before each
        -- word): a word that begins with the typed word follows a space. Asked before the name words
        -- when a list is walked in name order, it leaves building a row's lexemes to the rows that
        -- match (a first typed letter on the district: 1224 rows walked for 114 shown, 1.3 → 0.7 ms).
        -- It never decides alone: the lexeme question still does.
        CREATE FUNCTION name_like(p_words text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
            SELECT coalesce(array_agg('% ' || replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%'),
                            '{}')
            FROM unnest(p_words) w WHERE w <> ''
        $$;

        -- The people a list shows: the kinds asked for within the scope, in a group, and whose
        -- name words begin with each typed word (`p_words`, folded as `search_name` is). Built as
        -- `cases` is: only the filters asked for, and a page in the far half read from the end.
        CREATE FUNCTION people_where(p_school bigint, p_pupil boolean, p_staff boolean, p_kinds text[], p_group text,
                                     p_words text[], OUT w text, OUT school bigint, OUT kinds text[])
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            s record;
        BEGIN
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            school := s.school;
            kinds := ARRAY(SELECT k FROM unnest(p_kinds) k WHERE CASE WHEN personnel(k) THEN s.staff ELSE s.pupil END);
            w := 'p.kind = ANY ($2)';
            IF s.school IS NOT NULL THEN w := w || ' AND p.school_id = $1'; END IF;
            -- A class as typed: "3b" is the class 3B (PupilGroup keeps classes to Latin letters).
            IF p_group IS NOT NULL THEN w := w || ' AND lower(p.grp) = lower($3)'; END IF;
            -- A name word that begins with every typed word: the lexemes are the words themselves,
            -- so this is exactly "' ' || word occurs in search_name", answered from the index.
            IF p_words IS NOT NULL THEN
                w := w || ' AND p.search_name LIKE ALL (casus.name_like($4))'
                       || ' AND casus.name_words(p.search_name) @@ casus.name_query($4)';
            END IF;
        END $$;

        CREATE FUNCTION people(p_school bigint, p_pupil boolean, p_staff boolean, p_kinds text[], p_group text,
                               p_words text[], p_limit bigint, p_offset bigint, p_ticket bigint) RETURNS SETOF person
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            q record;
            win record;
            dir text;
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            SELECT * INTO q FROM people_where(p_school, p_pupil, p_staff, p_kinds, p_group, p_words);
            -- Whether the page lies in the far half needs the count only up to twice the offset.
            SELECT * INTO win FROM page_window(p_offset, p_limit, CASE WHEN deep_page(p_offset, p_limit)
                THEN count_people(p_school, p_pupil, p_staff, p_kinds, p_group, p_words,
                                  least(p_offset, 4611686018427387902) * 2 + 2) END);
            dir := CASE WHEN win.from_end THEN 'DESC' ELSE 'ASC' END;
            RETURN QUERY EXECUTE format($q$
                SELECT s.* FROM casus.person p CROSS JOIN LATERAL casus.person_shown($7, p) s
                WHERE p.id = ANY (ARRAY(
                    SELECT p.id FROM casus.person p WHERE %s ORDER BY p.sort_name %s, p.id %s LIMIT $5 OFFSET $6))
                ORDER BY p.sort_name, p.id
            $q$, q.w, dir, dir)
            USING q.school, q.kinds, p_group, p_words, win.lim, win.off, caller();
        END $$;

        -- Whoever may file a report looks up names to report (a teacher too); anyone else is refused.
        CREATE FUNCTION require_reporter(c caller_t) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT (c.admin OR (c.known AND c.role IN ('teacher', 'director', 'board'))) THEN
                PERFORM refused('uw rol doet geen meldingen en zoekt dus geen namen om te melden',
                                'your role files no reports, so it looks up no names to report');
            END IF;
        END $$;

        -- The names a report may be about: pupils and staff of the caller's school, found by name,
        -- for whoever may file a report (a teacher too). Names and group only: no dossier, no
        -- birth date, no number from the school's administration. A teacher (who reads no records)
        -- is offered only those who had not left before today (`Directory.rosterDay`).
        CREATE FUNCTION roster(p_school bigint, p_words text[], p_limit bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, school_id bigint, kind text, first_name text, infix text, last_name text, grp text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            reach bigint := scope_school(c);
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            PERFORM require_reporter(c);
            RETURN QUERY SELECT p.id, p.school_id, p.kind, p.first_name, p.infix, p.last_name, p.grp FROM person p
            WHERE (CASE WHEN reach IS NULL THEN p_school IS NULL OR p.school_id = p_school
                        ELSE p.school_id = reach END)
              AND p.kind <> 'parent'
              AND (c.admin OR c.role <> 'teacher' OR p.left_on IS NULL
                   OR p.left_on >= to_char(school_today(), 'YYYY-MM-DD'))
              AND (p_words IS NULL OR name_words(p.search_name) @@ name_query(p_words))
            ORDER BY p.sort_name, p.id LIMIT least(p_limit, 50);
        END $$;

        -- One name a report may be about, by its id, as `roster` gives it: what a report's people are
        -- checked against when its reporter reads no one's record (a teacher).
        CREATE FUNCTION roster_by_id(p_id bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, school_id bigint, kind text, first_name text, infix text, last_name text, grp text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            reach bigint := scope_school(c);
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            PERFORM require_reporter(c);
            RETURN QUERY SELECT p.id, p.school_id, p.kind, p.first_name, p.infix, p.last_name, p.grp FROM person p
            WHERE p.id = p_id AND (reach IS NULL OR p.school_id = reach) AND p.kind <> 'parent'
              AND (c.admin OR c.role <> 'teacher' OR p.left_on IS NULL
                   OR p.left_on >= to_char(school_today(), 'YYYY-MM-DD'));
        END $$;

        -- The people a typed name finds, counted up to the cap from the name index: the planner
        -- prices a row's name words as nearly free and read every person to work them out instead (a
        -- first typed letter on the district: 4.3–5.8 ms; from the index 1.2–1.9 ms). Not callable
        -- from outside (no SECURITY DEFINER, so no grant): `p_w` is people_where's own text.
        CREATE FUNCTION count_named(p_w text, p_school bigint, p_kinds text[], p_group text, p_words text[],
                                    p_at_most bigint) RETURNS bigint
        LANGUAGE plpgsql STABLE SET enable_seqscan = off AS $$
        DECLARE
            n bigint;
        BEGIN
            EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM casus.person p WHERE ' || p_w || ' LIMIT $5) x' INTO n
            USING p_school, p_kinds, p_group, p_words, p_at_most;
            RETURN n;
        END $$;

        -- p_at_most: stop counting there (a first typed letter on a board matches thousands).
        CREATE FUNCTION count_people(p_school bigint, p_pupil boolean, p_staff boolean, p_kinds text[], p_group text,
                                     p_words text[], p_at_most bigint DEFAULT NULL) RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            q record;
            n bigint;
        BEGIN
            SELECT * INTO q FROM people_where(p_school, p_pupil, p_staff, p_kinds, p_group, p_words);
            IF p_group IS NULL AND p_words IS NULL THEN
                SELECT coalesce(sum(k.n), 0) INTO n FROM person_count k
                WHERE k.kind = ANY (q.kinds) AND (q.school IS NULL OR k.school_id = q.school);
                RETURN least(n, p_at_most);
            END IF;
            -- One or two typed letters: kept per school and kind (`name_prefix_count`).
            IF p_group IS NULL AND cardinality(p_words) = 1 AND char_length(p_words[1]) BETWEEN 1 AND 2 THEN
                SELECT coalesce(sum(k.n), 0) INTO n FROM name_prefix_count k
                WHERE k.prefix = p_words[1] AND k.kind = ANY (q.kinds) AND (q.school IS NULL OR k.school_id = q.school);
                RETURN least(n, p_at_most);
            END IF;
            IF p_words IS NOT NULL THEN
                RETURN count_named(q.w, q.school, q.kinds, p_group, p_words, p_at_most);
            END IF;
            EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM casus.person p WHERE ' || q.w || ' LIMIT $5) x' INTO n
            USING q.school, q.kinds, p_group, p_words, p_at_most;
            RETURN n;
        END $$;

        CREATE FUNCTION guardians(p_pupil bigint, p_ticket bigint) RETURNS SETOF person LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            RETURN QUERY SELECT s.* FROM person p JOIN guardianship g ON g.parent_id = p.id
            CROSS JOIN LATERAL person_shown(c, p) s
            WHERE g.pupil_id = p_pupil AND person_visible(c, p.id, p.school_id, p.kind)
            ORDER BY p.sort_name, p.id;
        END $$;

        CREATE FUNCTION children(p_parent bigint, p_ticket bigint) RETURNS SETOF person LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'people');
            RETURN QUERY SELECT s.* FROM person p JOIN guardianship g ON g.pupil_id = p.id
            CROSS JOIN LATERAL person_shown(c, p) s
            WHERE g.parent_id = p_parent AND person_visible(c, p.id, p.school_id, p.kind)
            ORDER BY p.sort_name, p.id;
        END $$;

        -- A report: its school within reach, for a role that reaches some dossier; without the
        -- staff scope, not a report about staff (its text is staff data).
        -- PL/pgSQL: its look-up of who is involved is planned once per session, not at every
        -- statement that asks (as SQL with a sub-query it cannot be written into the asking query).
        -- A report naming one of these people as one who did it (Intake.isAbout): not in their queue,
        -- nor read by them (a director read the teacher's report about them, with the teacher's name, a
        -- review). The board handles it (Awb art. 2:4).
        -- PL/pgSQL, as incident_visible: its look-up is planned once a session, not at every call.
        CREATE FUNCTION reported_about(p_incident bigint, p_people bigint[]) RETURNS boolean
        LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN coalesce(cardinality(p_people), 0) > 0
               AND EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = p_incident AND ip.role = 'subject'
                             AND ip.person_id = ANY (p_people));
        END $$;

        -- Whom the queue leaves out for the caller: the login's own person whatever the client asks,
        -- and whom the client names (the account really at the keyboard under --as).
        CREATE FUNCTION not_about(c caller_t, p_people bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
            SELECT array_remove(coalesce(p_people, '{}') || c.person_id, NULL)
        $$;

        CREATE FUNCTION incident_visible(c caller_t, p_id bigint, p_school bigint) RETURNS boolean
        LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN (scope_school(c) IS NULL OR scope_school(c) = p_school) AND (scope_pupil(c) OR scope_staff(c))
               AND NOT reported_about(p_id, not_about(c, NULL))
               -- A colleague who only reported it makes no report staff data: a pupil's case showed an
               -- IB its report or not as its reporter was a login or a person (a review).
               AND (scope_staff(c) OR NOT EXISTS (SELECT 1 FROM incident_person ip JOIN person p ON p.id = ip.person_id
                                                  WHERE ip.incident_id = p_id AND ip.role <> 'reporter'
                                                    AND personnel(p.kind)))
               -- One who reads pupils' cases but not the queue (an IB, DESIGN §4) reads a report only as
               -- the report of a pupil's case: one not triaged, or dismissed, is the queue's (a review
               -- read new reports and who filed them as an IB with psql; casus never showed them).
               AND (scope_staff(c) OR EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = p_id AND k.dossier_kind = 'pupil'));
        END $$;

        -- A report the caller filed, at the caller's school: the one report besides the queue's that a
        -- teacher may read back (Intake.isOwn).
        CREATE FUNCTION own_report(c caller_t, p_school bigint, p_reported_by text) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
            SELECT c.known AND p_reported_by = c.account AND p_school = c.school_id
        $$;

        -- The report's own columns (not its words' vector, which only a search reads).
        CREATE FUNCTION incident_by_id(p_id bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, school_id bigint, reported_at text, summary text, platform text, status text,
                       reporter_name text, reported_by text, dismissed_reason text, dismissed_at text,
                       dismissed_by text, happened_on text, cases_closed boolean)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_report_ticket(p_ticket, p_id);
            -- Who filed it is staff data: not for one who reads no staff (an IB), but their own
            -- (Intake.reporterHidden).
            RETURN QUERY SELECT i.id, i.school_id, i.reported_at, i.summary, i.platform, i.status,
                                CASE WHEN scope_staff(c) OR own_report(c, i.school_id, i.reported_by)
                                     THEN i.reporter_name END,
                                CASE WHEN scope_staff(c) OR own_report(c, i.school_id, i.reported_by)
                                     THEN i.reported_by END,
                                i.dismissed_reason, i.dismissed_at, i.dismissed_by, i.happened_on,
                                \#(casesClosed)
                FROM incident i WHERE i.id = p_id
                AND (incident_visible(c, i.id, i.school_id) OR own_report(c, i.school_id, i.reported_by));
        END $$;

        -- A report's evidence as it names it (the files' names, sizes and hashes, not their bytes),
        -- within the same reach as the report.
        CREATE FUNCTION incident_evidence(p_id bigint, p_ticket bigint) RETURNS TABLE (name text, size bigint, sha256 text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_report_ticket(p_ticket, p_id);
            -- Each file under the name it was filed with here (one filed before names were kept per
            -- record has its first name).
            RETURN QUERY SELECT coalesce(nullif(ie.name, ''), e.name), e.size, ie.sha256 FROM incident_evidence ie
            JOIN evidence e ON e.sha256 = ie.sha256 JOIN incident i ON i.id = ie.incident_id
            WHERE ie.incident_id = p_id
              AND (incident_visible(c, i.id, i.school_id) OR own_report(c, i.school_id, i.reported_by))
            ORDER BY ie.position;
        END $$;

        -- p_mine: only the reports the login filed itself (a teacher's own), whatever its scope. The
        -- account is the login's; only a superuser (casus acting for a test or a migration) names another.
        -- Built as `cases` is: only the filters asked for, and a page in the far half read from the end.
        -- `kept`: the reports asked for are those of a school (or all) and a status, nothing more, so
        -- their number is in `incident_count`. `sees`: the caller reaches a kind of dossier asked for.
        CREATE FUNCTION incidents_where(p_school bigint, p_pupil boolean, p_staff boolean, p_status text, p_mine text,
                                        p_not_about bigint[],
                                        OUT w text, OUT school bigint, OUT mine text, OUT c caller_t,
                                        OUT kept boolean, OUT sees boolean, OUT hide bigint[])
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            s record;
        BEGIN
            c := caller();
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            school := s.school;
            w := 'true';
            sees := s.pupil OR s.staff;
            kept := p_mine IS NULL AND sees AND scope_staff(c);
            IF s.school IS NOT NULL THEN w := w || ' AND i.school_id = $1'; END IF;
            IF p_status IS NOT NULL THEN w := w || ' AND i.status = $2'; END IF;
            IF p_mine IS NOT NULL THEN
                mine := CASE WHEN c.admin THEN p_mine ELSE c.account END;
                w := w || CASE WHEN c.known OR c.admin THEN ' AND i.reported_by = $3' ELSE ' AND false' END;
            ELSIF NOT (s.pupil OR s.staff) THEN
                w := w || ' AND false';
            ELSIF NOT scope_staff(c) THEN
                w := w || ' AND casus.incident_visible($4, i.id, i.school_id)';
            END IF;
            -- The queue (not one's own reports) leaves out the reports about the caller.
            hide := CASE WHEN p_mine IS NULL THEN not_about(c, p_not_about) ELSE '{}' END;
            IF cardinality(hide) > 0 THEN
                w := w || ' AND NOT EXISTS (SELECT 1 FROM casus.incident_person ip WHERE ip.incident_id = i.id'
                        || ' AND ip.role = ''subject'' AND ip.person_id = ANY ($7))';
            END IF;
        END $$;

        -- The Meldingen queue (one status, every report the caller may see) is read by fixed queries
        -- planned once a session, as the Zaken list is (`cases`); a teacher's own reports and a list
        -- of every status name only the filters asked for in a query planned for its values.
        CREATE FUNCTION incidents(p_school bigint, p_pupil boolean, p_staff boolean, p_status text, p_limit bigint,
                                  p_offset bigint, p_mine text, p_ticket bigint, p_not_about bigint[] DEFAULT '{}')
        RETURNS TABLE (id bigint, school_id bigint, reported_at text, summary text, platform text, status text,
                       subjects text, school_name text, cases_closed boolean)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_generic_plan AS $$
        #variable_conflict use_column
        DECLARE
            q record;
            win record;
            ids bigint[];
            dir text;
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'reports');
            SELECT * INTO q FROM incidents_where(p_school, p_pupil, p_staff, p_status, p_mine, p_not_about);
            SELECT * INTO win FROM page_window(p_offset, p_limit, CASE WHEN deep_page(p_offset, p_limit)
                THEN count_incidents(p_school, p_pupil, p_staff, p_status, p_mine, p_not_about) END);
            IF p_mine IS NULL AND p_status IS NOT NULL AND q.sees THEN
                IF q.school IS NULL AND NOT win.from_end THEN
                    ids := ARRAY(SELECT i.id FROM incident i
                                 WHERE i.status = p_status AND (scope_staff(q.c) OR incident_visible(q.c, i.id, i.school_id))
                                   AND NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.role = 'subject'
                                                   AND ip.person_id = ANY (q.hide))
                                 ORDER BY i.reported_at, i.id LIMIT win.lim OFFSET win.off);
                ELSIF q.school IS NULL THEN
                    ids := ARRAY(SELECT i.id FROM incident i
                                 WHERE i.status = p_status AND (scope_staff(q.c) OR incident_visible(q.c, i.id, i.school_id))
                                   AND NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.role = 'subject'
                                                   AND ip.person_id = ANY (q.hide))
                                 ORDER BY i.reported_at DESC, i.id DESC LIMIT win.lim OFFSET win.off);
                ELSIF NOT win.from_end THEN
                    ids := ARRAY(SELECT i.id FROM incident i
                                 WHERE i.school_id = q.school AND i.status = p_status
                                   AND (scope_staff(q.c) OR incident_visible(q.c, i.id, i.school_id))
                                   AND NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.role = 'subject'
                                                   AND ip.person_id = ANY (q.hide))
                                 ORDER BY i.reported_at, i.id LIMIT win.lim OFFSET win.off);
                ELSE
                    ids := ARRAY(SELECT i.id FROM incident i
                                 WHERE i.school_id = q.school AND i.status = p_status
                                   AND (scope_staff(q.c) OR incident_visible(q.c, i.id, i.school_id))
                                   AND NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.role = 'subject'
                                                   AND ip.person_id = ANY (q.hide))
                                 ORDER BY i.reported_at DESC, i.id DESC LIMIT win.lim OFFSET win.off);
                END IF;
            ELSE
                dir := CASE WHEN win.from_end THEN 'DESC' ELSE 'ASC' END;
                EXECUTE format($q$
                    SELECT ARRAY(SELECT i.id FROM casus.incident i WHERE %s ORDER BY i.reported_at %s, i.id %s LIMIT $5 OFFSET $6)
                $q$, q.w, dir, dir)
                INTO ids USING q.school, p_status, q.mine, q.c, win.lim, win.off, q.hide;
            END IF;
            RETURN QUERY
            SELECT i.id, i.school_id, i.reported_at, i.summary, i.platform, i.status,
                   coalesce((SELECT string_agg(concat_ws(' ', p.first_name, nullif(p.infix, ''), p.last_name), ', '
                                               ORDER BY p.sort_name)
                             FROM incident_person ip JOIN person p ON p.id = ip.person_id
                             WHERE ip.incident_id = i.id AND ip.role = 'subject'), '') AS subjects,
                   sc.name, \#(casesClosed)
            FROM incident i JOIN school sc ON sc.id = i.school_id
            WHERE i.id = ANY (ids)
            ORDER BY i.reported_at, i.id;
        END $$;

        CREATE FUNCTION count_incidents(p_school bigint, p_pupil boolean, p_staff boolean, p_status text,
                                        p_mine text, p_not_about bigint[] DEFAULT '{}') RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            q record;
            n bigint;
        BEGIN
            SELECT * INTO q FROM incidents_where(p_school, p_pupil, p_staff, p_status, p_mine, p_not_about);
            IF q.kept THEN
                SELECT coalesce(sum(k.n), 0) INTO n FROM incident_count k
                WHERE (q.school IS NULL OR k.school_id = q.school) AND (p_status IS NULL OR k.status = p_status);
                -- Less the reports about the caller, read from who they name (a few rows).
                RETURN n - (SELECT count(DISTINCT i.id) FROM incident_person ip JOIN incident i ON i.id = ip.incident_id
                            WHERE ip.role = 'subject' AND ip.person_id = ANY (q.hide)
                              AND (q.school IS NULL OR i.school_id = q.school) AND (p_status IS NULL OR i.status = p_status));
            END IF;
            EXECUTE 'SELECT count(*) FROM casus.incident i WHERE ' || q.w INTO n
                USING q.school, p_status, q.mine, q.c, NULL::bigint, NULL::bigint, q.hide;
            RETURN n;
        END $$;

        -- The reports a person is a subject of, as retention reads them (ReportAboutPerson): no
        -- text, for a director or the board within their reach.
        CREATE FUNCTION reports_about(p_subject bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, status text, reported_at text, has_cases boolean, other_subjects boolean)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'reports');
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board'))) THEN
                RETURN;
            END IF;
            RETURN QUERY
            SELECT i.id, i.status, i.reported_at, EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id),
                   others_keep(i.id, ip.person_id, i.reported_at)
            FROM incident_person ip JOIN incident i ON i.id = ip.incident_id
            WHERE ip.person_id = p_subject AND ip.role = 'subject' AND reaches(c, i.school_id)
              AND NOT reported_about(i.id, not_about(c, NULL))
            ORDER BY i.reported_at, i.id;
        END $$;

        -- The reports a person is named in as victim or witness, for a director's or the board's
        -- inzage export within their reach: no text (the export reads each report as itself); against
        -- the line for reading the person's dossier (it told, with psql and no line, that a child was
        -- a victim in three reports, a review).
        CREATE FUNCTION reports_naming(p_person bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, role text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board'))) THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, 'dossier', p_person, NULL, NULL);
            RETURN QUERY
            SELECT x.id, x.role FROM (
                SELECT i.id, ip.role, i.reported_at
                FROM incident_person ip JOIN incident i ON i.id = ip.incident_id
                WHERE ip.person_id = p_person AND ip.role IN ('victim', 'witness', 'reporter') AND reaches(c, i.school_id)
                UNION
                -- A report the person filed from their own account, in their own name: not one they
                -- entered for another reporter (StorageReader.reports(naming:)).
                SELECT i.id, 'reporter', i.reported_at
                FROM incident i JOIN app_user u ON u.account = i.reported_by
                WHERE u.person_id = p_person AND reaches(c, i.school_id)
                  AND NOT EXISTS (SELECT 1 FROM incident_person r WHERE r.incident_id = i.id AND r.role = 'reporter')
            ) x WHERE NOT reported_about(x.id, not_about(c, NULL))
            ORDER BY x.reported_at, x.id;
        END $$;

        -- A dossier purged that holds nothing since.
        CREATE FUNCTION dossier_gone(p_person bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = p_person)
               AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.dossier_id = p_person)
        $$;

        -- The people whose details a purge of this dossier, with these cases and reports, erases
        -- (StorageReader.erasable): no report, case or account that stays names them, and they are
        -- the dossier's person, one whose dossier went before and holds nothing since, one who left
        -- with no dossier of their own, or a parent all of whose children's dossiers went. The
        -- purge (`purge`) holds the event to it.
        CREATE FUNCTION purge_erases(p_dossier bigint, p_cases bigint[], p_incidents bigint[], p_on text)
        RETURNS SETOF bigint
        LANGUAGE sql STABLE AS $$
            WITH candidate(id) AS (
                SELECT p_dossier UNION SELECT person_id FROM incident_person WHERE incident_id = ANY (p_incidents)
            ), widened(id) AS (
                SELECT id FROM candidate
                UNION SELECT g.parent_id FROM guardianship g JOIN candidate c ON g.pupil_id = c.id
            )
            SELECT w.id FROM widened w JOIN person p ON p.id = w.id
            WHERE NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.person_id = w.id AND NOT ip.incident_id = ANY (p_incidents))
              AND NOT EXISTS (SELECT 1 FROM "case" k WHERE (k.subject_id = w.id OR k.dossier_id = w.id) AND NOT k.id = ANY (p_cases))
              AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = w.id)
              AND (w.id = p_dossier OR dossier_gone(w.id)
                   OR (p.left_on IS NOT NULL AND p.left_on <= p_on
                       AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.dossier_id = w.id))
                   OR (p.kind = 'parent' AND EXISTS (SELECT 1 FROM guardianship g WHERE g.parent_id = w.id)
                       AND NOT EXISTS (SELECT 1 FROM guardianship g WHERE g.parent_id = w.id AND g.pupil_id <> p_dossier
                                       AND NOT dossier_gone(g.pupil_id))))
            ORDER BY w.id
        $$;

        -- `purge_erases` for the one who purges (a director of the dossier's school, the board):
        -- ids only, before the purge is written.
        CREATE FUNCTION purge_erasable(p_dossier bigint, p_cases bigint[], p_incidents bigint[], p_on text)
        RETURNS SETOF bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board')
                                AND reaches(c, (SELECT p.school_id FROM person p WHERE p.id = p_dossier)))) THEN
                RETURN;
            END IF;
            RETURN QUERY SELECT purge_erases(p_dossier, p_cases, p_incidents, p_on);
        END $$;

        CREATE FUNCTION involved(p_incident bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, school_id bigint, kind text, first_name text, infix text, last_name text, grp text,
                       function text, external_id text, birth_date text, left_on text, involvement text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_report_ticket(p_ticket, p_incident);
            -- Whoever may read the person reads the record; the reporter of its own report (a teacher
            -- reads no one's record) what the roster gave it: names, group and kind.
            RETURN QUERY
            SELECT p.id, p.school_id, p.kind, p.first_name, p.infix, p.last_name, p.grp,
                   CASE WHEN r.whole THEN p.function END, CASE WHEN r.whole THEN p.external_id END,
                   CASE WHEN r.whole THEN p.birth_date END, CASE WHEN r.whole THEN p.left_on END, ip.role
            FROM incident_person ip JOIN person p ON p.id = ip.person_id JOIN incident i ON i.id = ip.incident_id
            CROSS JOIN LATERAL (SELECT person_visible(c, p.id, p.school_id, p.kind) AS whole) r
            WHERE ip.incident_id = p_incident
              AND (incident_visible(c, i.id, i.school_id) OR own_report(c, i.school_id, i.reported_by))
              AND (r.whole OR own_report(c, i.school_id, i.reported_by))
              -- Who reported it is staff data for one who reads no staff (Intake.reporterHidden).
              AND (ip.role <> 'reporter' OR scope_staff(c) OR own_report(c, i.school_id, i.reported_by))
            ORDER BY CASE ip.role WHEN 'subject' THEN 0 WHEN 'victim' THEN 1 WHEN 'witness' THEN 2 ELSE 3 END, p.sort_name;
        END $$;
        """#
}
