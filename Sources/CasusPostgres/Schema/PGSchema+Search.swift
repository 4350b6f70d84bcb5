extension PGSchema {
    /// Full-text search over entries (title and body) and case summaries, newest first, within the
    /// scope; the words folded as the index folds them (lower case, no diacritics: the
    /// `casus_folded` configuration), each word whole or as a prefix. The hits are marked (U+E000…U+E001,
    /// `SearchHit.hitStart`/`hitEnd`: characters no text holds) in a
    /// snippet of the body, or of the title when only the title matched. Against a ticket for
    /// these words: a search shows personal data.
    static let search = #"""
        -- plpgsql: a sql function with a query is planned anew in every transaction.
        CREATE FUNCTION search_query(p_words text[], p_prefix boolean) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN (SELECT to_tsquery('casus.casus_folded',
                                      string_agg(quote_literal(w) || CASE WHEN p_prefix THEN ':*' ELSE '' END, ' & '))
                    FROM unnest(p_words) w WHERE w <> '');
        END $$;

        CREATE FUNCTION snippet(p_text text, q tsquery) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT ts_headline('casus.casus_folded', p_text, q,
                               'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                               || ', MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…')
        $$;

        -- A long text's part around the first place the word begins (whole, or as a prefix), as a
        -- regular expression reads words (under the texts' collation "C": ASCII letters and digits;
        -- a word with other letters may not be found, or be found inside a longer one); NULL when it
        -- finds none. A text up to 1,000 characters is its own part. `ts_headline` parses the whole
        -- text it is given: 0.5 ms for a 4 kB letter, 98–111 ms for a page of 200 such hits.
        CREATE FUNCTION text_window(p_text text, p_word text, p_prefix boolean) RETURNS text
        LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            at int;
            part text;
            spaced text;
            cut int;
        BEGIN
            IF length(p_text) <= 1000 THEN
                RETURN p_text;
            END IF;
            IF coalesce(p_word, '') = '' THEN
                RETURN NULL;
            END IF;
            -- The word as itself: anything but a letter or digit is escaped.
            at := regexp_instr(p_text, '\m' || regexp_replace(p_word, '([^[:alnum:]])', '\\\1', 'g')
                                       || CASE WHEN p_prefix THEN '' ELSE '\M' END, 1, 1, 0, 'i');
            IF at = 0 THEN
                RETURN NULL;
            END IF;
            -- 100 characters before the match and 200 from it hold a snippet's 16 words around it;
            -- a word cut at either end (up to 60 characters of it) is left out, never the match.
            part := substr(p_text, greatest(1, at - 100), 300);
            spaced := translate(part, E'\n\r\t', '   ');
            IF at > 101 THEN
                cut := strpos(left(spaced, 61), ' ');
                IF cut > 0 THEN
                    part := substr(part, cut + 1);
                    spaced := substr(spaced, cut + 1);
                END IF;
            END IF;
            IF at + 199 < length(p_text) THEN
                cut := strpos(left(reverse(spaced), 61), ' ');
                IF cut > 0 THEN
                    part := left(part, length(part) - cut);
                END IF;
            END IF;
            RETURN part;
        END $$;

        -- A hit's snippet, as `ts_headline` makes it from the whole body, or from the title when only
        -- the title matched. In a long body, the part around the first place of a word (of the first
        -- five words, in turn) stands in for the whole body when the whole query matches within it:
        -- the snippet then shows that place, where every word is (the whole body's snippet may show
        -- only the commonest word: "de inspectie" in a letter full of "de"). Otherwise (words far
        -- apart, words the regular expression does not see) the whole body is read, as before.
        CREATE FUNCTION hit_snippet(p_title text, p_body text, q tsquery, p_words text[], p_prefix boolean) RETURNS text
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            w text;
            part text;
            b text;
            t text;
        BEGIN
            IF length(p_body) > 1000 THEN
                FOREACH w IN ARRAY coalesce(p_words[1:5], '{}') LOOP
                    part := text_window(p_body, w, p_prefix);
                    CONTINUE WHEN part IS NULL;
                    -- One word: the part's snippet shows it if the part holds it.
                    IF numnode(q) = 1 THEN
                        b := snippet(part, q);
                        IF position(chr(57344) IN b) > 0 THEN
                            RETURN b;
                        END IF;
                    ELSIF to_tsvector('casus.casus_folded', part) @@ q THEN
                        RETURN snippet(part, q);
                    END IF;
                END LOOP;
            END IF;
            b := snippet(p_body, q);
            IF position(chr(57344) IN b) > 0 OR p_title IS NULL THEN
                RETURN b;
            END IF;
            t := snippet(p_title, q);
            RETURN CASE WHEN position(chr(57344) IN t) > 0 THEN t ELSE b END;
        END $$;

        -- The words a search reads (issue 14): each entry's words with its dossier owner's school as
        -- a token nobody can type (`_school7`: the query parser splits typed text at '_'), as
        -- SQLite's entry_fts carries it, and the owner's school and kind of dossier as columns. The
        -- entries never change, so these rows live beside them and follow a person who moves
        -- school or changes kind; `integrity` checks them against the entries and people.
        -- `p_school::text`: text || bigint is only STABLE (it calls the type's output function), and
        -- PostgreSQL does not write a body into its caller when the body is more volatile than the
        -- function says; then it was planned as a function of its own at every save.
        CREATE FUNCTION scope_words(p_school bigint) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
            SELECT array_to_tsvector(ARRAY['_school' || p_school::text])
        $$;

        CREATE TABLE entry_words (
            id bigint PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
            dossier_id bigint NOT NULL,
            school_id bigint NOT NULL,
            staff boolean NOT NULL,
            words tsvector NOT NULL
        );
        -- Written through (fastupdate off): see case_search. On the district, after a day of
        -- notes the default's list was 433 pages, 2.5–5 ms of every call that searched.
        CREATE INDEX entry_words_search ON entry_words USING gin (words) WITH (fastupdate = off);
        CREATE INDEX entry_words_school ON entry_words(school_id, id);

        CREATE FUNCTION entry_words_add() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            INSERT INTO entry_words
            SELECT NEW.id, NEW.dossier_id, p.school_id, personnel(p.kind), NEW.search || scope_words(p.school_id)
            FROM person p WHERE p.id = NEW.dossier_id;
            IF NOT FOUND THEN
                RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE =
                    format('stuk %s hoort bij een onbekend dossier | entry %s belongs to an unknown dossier', NEW.id, NEW.id);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER entry_words AFTER INSERT ON entry FOR EACH ROW EXECUTE FUNCTION entry_words_add();

        CREATE FUNCTION entry_words_follow() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            IF (OLD.school_id, personnel(OLD.kind)) IS DISTINCT FROM (NEW.school_id, personnel(NEW.kind)) THEN
                UPDATE entry_words x SET school_id = NEW.school_id, staff = personnel(NEW.kind),
                                         words = e.search || scope_words(NEW.school_id)
                FROM entry e WHERE e.dossier_id = NEW.id AND x.id = e.id;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER entry_words_person AFTER UPDATE OF school_id, kind ON person
        FOR EACH ROW EXECUTE FUNCTION entry_words_follow();

        -- Up to p_limit ids of the scope's entries that match, newest first. For one school the
        -- newest entries of that school are read first, in order: a common word fills a page
        -- within them (a district's "gesprek" is in 44% of the entries; the index would hand over
        -- every one of them to be sorted), and a rarer word goes to the index, which hands over
        -- its few to be sorted (the planner, which cannot know where in the id order one school's
        -- entries lie, would walk every id backwards instead). For every school the planner
        -- chooses between walking the ids backwards and the index, as SQLite's FTS5 does. `q`
        -- carries the school's token; the kind of dossier is a column, not a token: asking the
        -- index for `_pupil` as well would have it intersect with most of the district.
        CREATE FUNCTION matching_entries(p_school bigint, p_pupil boolean, p_staff boolean, q tsquery, p_limit bigint)
        RETURNS bigint[] LANGUAGE plpgsql STABLE SET search_path = casus, pg_temp
        SET plan_cache_mode = force_custom_plan AS $$
        DECLARE
            ids bigint[];
        BEGIN
            IF p_school IS NULL THEN
                RETURN ARRAY(SELECT x.id FROM entry_words x
                             WHERE x.words @@ q AND (p_staff OR NOT x.staff) AND (p_pupil OR x.staff)
                             ORDER BY x.id DESC LIMIT p_limit);
            END IF;
            ids := ARRAY(SELECT r.id FROM (SELECT x.id, x.staff, x.words FROM entry_words x WHERE x.school_id = p_school
                                           ORDER BY x.id DESC LIMIT 4000) r
                         WHERE r.words @@ q AND (p_staff OR NOT r.staff) AND (p_pupil OR r.staff)
                         ORDER BY r.id DESC LIMIT p_limit);
            IF cardinality(ids) >= p_limit THEN
                RETURN ids;
            END IF;
            RETURN ARRAY(WITH hit AS MATERIALIZED (SELECT x.id, x.staff FROM entry_words x WHERE x.words @@ q)
                         SELECT hit.id FROM hit WHERE (p_staff OR NOT hit.staff) AND (p_pupil OR hit.staff)
                         ORDER BY hit.id DESC LIMIT p_limit);
        END $$;

        -- A search's hits of entries, newest first: the whole words' when they give at least p_enough
        -- hits (SearchQuery.wholeWordsEnough), else the words as prefixes ("gesprek" finds
        -- "gesprekken") — SearchQuery.wholeWordsFirst's rule, decided here so that a search is one
        -- call and the snippets are made once, for the hits shown. The rows and snippets are the same
        -- plan whatever the words (the ids come from matching_entries, which plans for its words), so
        -- it is made once a session; planned anew at every search it cost 4–8 ms of 15–25 on the
        -- district.
        -- The ids of a search's entry hits (find_entries' rule, shared with log_search, which names
        -- their dossiers in the log of reads before any is shown): the whole words' when they give
        -- at least p_enough hits, else the words as prefixes. In a scope already made effective.
        CREATE FUNCTION entry_hit_ids(p_school bigint, p_pupil boolean, p_staff boolean, p_words text[],
                                      p_limit bigint, p_enough bigint, p_letters boolean,
                                      OUT ids bigint[], OUT prefix boolean)
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            q tsquery;
            school_token tsquery;
        BEGIN
            ids := '{}';
            prefix := false;
            q := search_query(p_words, false);
            IF q IS NULL OR numnode(q) = 0 OR NOT (p_pupil OR p_staff) THEN
                RETURN;
            END IF;
            -- One school: the words with its token (entry_words).
            school_token := CASE WHEN p_school IS NULL THEN NULL ELSE quote_literal('_school' || p_school)::tsquery END;
            FOREACH prefix IN ARRAY ARRAY[false, true] LOOP
                q := search_query(p_words, prefix);
                ids := matching_entries(p_school, p_pupil, p_staff, CASE WHEN school_token IS NULL THEN q ELSE q && school_token END,
                                        CASE WHEN prefix THEN p_limit ELSE greatest(p_limit, p_enough) END);
                -- To whoever writes no letters, a letter counts by the words it shows (letter_shown),
                -- before the hits are counted: whether a search went on to prefixes told an IB that a
                -- word stood in a letter's hidden head (a review).
                IF NOT p_letters THEN
                    ids := ARRAY(SELECT x.id FROM unnest(ids) WITH ORDINALITY x(id, n) JOIN entry e ON e.id = x.id
                                 WHERE e.kind <> 'letter' OR search_vector(e.title || ' ' || letter_shown(e.body)) @@ q
                                 ORDER BY x.n);
                END IF;
                EXIT WHEN cardinality(ids) >= p_enough;
            END LOOP;
            ids := ids[1:p_limit];
        END $$;

        -- Whether the search line p_ticket's own transaction named this person (log_search): a hit
        -- is shown only in a dossier its read is logged under. With psql, an IB read every dossier's
        -- text a letter at a time, and the log of reads named none of them (a review).
        -- PL/pgSQL: asked for every hit, its plan kept for the session (an sql function with a query
        -- is planned anew at every call, PostgresPlanningTests).
        CREATE FUNCTION search_named(p_ticket bigint, p_person bigint) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        BEGIN
            -- The dossiers' lines follow the search's own (log_search holds the log's head): the
            -- person's lines after it, by access_log_person, not all of theirs.
            RETURN EXISTS (SELECT 1 FROM access_log t
                           JOIN access_log l ON l.person_id = p_person AND l.id > t.id AND l.txid = t.txid
                           WHERE t.id = p_ticket AND l.what = 'search');
        END $$;

        -- A search's hits of entries, newest first (entry_hit_ids), in the dossiers the search's line
        -- names (search_named). The rows and snippets are the same plan whatever the words (the ids
        -- come from matching_entries, which plans for its words), so it is made once a session;
        -- planned anew at every search it cost 4–8 ms of 15–25 on the district.
        CREATE FUNCTION find_entries(p_school bigint, p_pupil boolean, p_staff boolean, p_words text[], p_limit bigint,
                                     p_enough bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, case_id bigint, number text, person_id bigint, school_id bigint, first_name text,
                       infix text, last_name text, kind text, title text, snippet text, at text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_generic_plan AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            s record;
            h record;
            q tsquery;
        BEGIN
            PERFORM require_ticket(p_ticket, 'search', NULL, NULL, array_to_string(p_words, ' '));
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            SELECT * INTO h FROM entry_hit_ids(s.school, s.pupil, s.staff, p_words, p_limit, p_enough, writes_letters(c));
            IF cardinality(h.ids) = 0 THEN
                RETURN;
            END IF;
            q := search_query(p_words, h.prefix);
            -- The rule in SQL stays the rule; the tokens only make it fast.
            RETURN QUERY
            -- The snippet of the body, or of the title when only the title matched (each made once:
            -- ts_headline is most of a search's time on the server).
            -- A letter to whoever writes none (an IB) as it reads to them (letter_shown); the ids are
            -- already only those found by the words it shows (above).
            SELECT e.id, e.case_id, k.number, p.id, p.school_id, p.first_name, p.infix, p.last_name, p.kind, e.title,
                   hit_snippet(e.title, v.body, q, p_words, h.prefix), e.at
            FROM unnest(h.ids) hit(id)
            JOIN entry e ON e.id = hit.id JOIN person p ON p.id = e.dossier_id LEFT JOIN "case" k ON k.id = e.case_id
            CROSS JOIN LATERAL (SELECT CASE WHEN e.kind = 'letter' AND NOT writes_letters(c)
                                            THEN letter_shown(e.body) ELSE e.body END AS body) v
            WHERE (s.school IS NULL OR p.school_id = s.school)
              AND (s.staff OR NOT personnel(p.kind)) AND (s.pupil OR personnel(p.kind))
              AND search_named(p_ticket, p.id)
            ORDER BY e.id DESC;
        END $$;

        -- A search's hits of case summaries, newest first, by the same rule as find_entries.
        -- The ids of a search's hits of case summaries, by the same rule (entry_hit_ids).
        CREATE FUNCTION case_hit_ids(p_school bigint, p_pupil boolean, p_staff boolean, p_words text[],
                                     p_limit bigint, p_enough bigint, OUT ids bigint[], OUT prefix boolean)
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            q tsquery;
        BEGIN
            ids := '{}';
            prefix := false;
            q := search_query(p_words, false);
            IF q IS NULL OR numnode(q) = 0 OR NOT (p_pupil OR p_staff) THEN
                RETURN;
            END IF;
            FOREACH prefix IN ARRAY ARRAY[false, true] LOOP
                q := search_query(p_words, prefix);
                ids := ARRAY(SELECT k.id FROM "case" k
                             WHERE k.search @@ q AND (p_school IS NULL OR k.school_id = p_school)
                               AND (p_staff OR k.dossier_kind <> 'staff') AND (p_pupil OR k.dossier_kind <> 'pupil')
                             ORDER BY k.id DESC LIMIT CASE WHEN prefix THEN p_limit ELSE greatest(p_limit, p_enough) END);
                EXIT WHEN cardinality(ids) >= p_enough;
            END LOOP;
            ids := ids[1:p_limit];
        END $$;

        -- A search's hits of case summaries, newest first, in the dossiers its line names.
        CREATE FUNCTION find_cases(p_school bigint, p_pupil boolean, p_staff boolean, p_words text[], p_limit bigint,
                                   p_enough bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, number text, person_id bigint, school_id bigint, first_name text, infix text,
                       last_name text, kind text, snippet text, opened_at text, outcome text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        #variable_conflict use_column
        DECLARE
            s record;
            h record;
            q tsquery;
        BEGIN
            PERFORM require_ticket(p_ticket, 'search', NULL, NULL, array_to_string(p_words, ' '));
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            SELECT * INTO h FROM case_hit_ids(s.school, s.pupil, s.staff, p_words, p_limit, p_enough);
            IF cardinality(h.ids) = 0 THEN
                RETURN;
            END IF;
            q := search_query(p_words, h.prefix);
            RETURN QUERY
            SELECT k.id, k.number, p.id, p.school_id, p.first_name, p.infix, p.last_name, p.kind,
                   hit_snippet(NULL, k.summary, q, p_words, h.prefix), k.opened_at, k.outcome
            FROM unnest(h.ids) hit(id) JOIN "case" k ON k.id = hit.id JOIN person p ON p.id = k.dossier_id
            WHERE search_named(p_ticket, p.id)
            ORDER BY k.id DESC;
        END $$;

        -- The reports' words (DESIGN.md §6, "`/` searches reports too"): the folded summary, kept
        -- beside it (it never changes once filed). Written through, as case_search. Read newest
        -- first, each row's kept vector is matched; the summary parsed again at every row was most of
        -- a board's search on the district server (12 ms for "telefoon", 28 for "meme"; now under 1).
        CREATE INDEX incident_search ON incident USING gin (search) WITH (fastupdate = off);

        -- A search's hits of reports, newest first, by the same rule as find_entries: only for a role
        -- that reads a school's whole triage queue (a director, the board: the roles that reach staff
        -- too, Intake's readTriageQueue), within its school; each with the first person it names as
        -- subject (the lowest id, as SQLite's store gives it) and the names of all it is about.
        CREATE FUNCTION report_hit_ids(p_school bigint, p_words text[], p_limit bigint, p_enough bigint,
                                       OUT ids bigint[], OUT prefix boolean)
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            q tsquery;
        BEGIN
            ids := '{}';
            prefix := false;
            q := search_query(p_words, false);
            IF q IS NULL OR numnode(q) = 0 THEN
                RETURN;
            END IF;
            FOREACH prefix IN ARRAY ARRAY[false, true] LOOP
                q := search_query(p_words, prefix);
                ids := ARRAY(SELECT i.id FROM incident i
                             WHERE i.search @@ q AND (p_school IS NULL OR i.school_id = p_school)
                             ORDER BY i.id DESC LIMIT CASE WHEN prefix THEN p_limit ELSE greatest(p_limit, p_enough) END);
                EXIT WHEN cardinality(ids) >= p_enough;
            END LOOP;
            ids := ids[1:p_limit];
        END $$;

        CREATE FUNCTION find_reports(p_school bigint, p_words text[], p_limit bigint, p_enough bigint, p_ticket bigint,
                                     p_not_about bigint[] DEFAULT '{}')
        RETURNS TABLE (id bigint, subjects text, reported_at text, person_id bigint, school_id bigint, first_name text,
                       infix text, last_name text, kind text, snippet text, status text, person_ids text,
                       cases_closed boolean)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        #variable_conflict use_column
        DECLARE
            s record;
            h record;
            q tsquery;
            -- Not a report about the caller (Intake.isAbout), read once.
            hide bigint[] := not_about(caller(), p_not_about);
        BEGIN
            PERFORM require_ticket(p_ticket, 'search', NULL, NULL, array_to_string(p_words, ' '));
            SELECT * INTO s FROM eff_scope(p_school, true, true);
            IF NOT (s.pupil AND s.staff) THEN
                RETURN;
            END IF;
            SELECT * INTO h FROM report_hit_ids(s.school, p_words, p_limit, p_enough);
            IF cardinality(h.ids) = 0 THEN
                RETURN;
            END IF;
            q := search_query(p_words, h.prefix);
            RETURN QUERY
            SELECT i.id,
                   (SELECT string_agg(full_name(s.first_name, s.infix, s.last_name),
                                      ', ' ORDER BY s.id)
                    FROM incident_person sp JOIN person s ON s.id = sp.person_id
                    WHERE sp.incident_id = i.id AND sp.role = 'subject'),
                   i.reported_at, p.id, i.school_id, p.first_name, p.infix, p.last_name, p.kind,
                   hit_snippet(NULL, i.summary, q, p_words, h.prefix), i.status,
                   (SELECT string_agg(sp.person_id::text, ',') FROM incident_person sp
                    WHERE sp.incident_id = i.id),
                   \#(casesClosed)
            FROM unnest(h.ids) hit(id) JOIN incident i ON i.id = hit.id
            JOIN person p ON p.id = (SELECT min(ip.person_id) FROM incident_person ip
                                     WHERE ip.incident_id = i.id AND ip.role = 'subject')
            -- Each person it names, its line there (log_search names all it names).
            WHERE NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id
                                AND NOT search_named(p_ticket, ip.person_id))
              AND NOT reported_about(i.id, hide)
            ORDER BY i.id DESC;
        END $$;
        """#
}
