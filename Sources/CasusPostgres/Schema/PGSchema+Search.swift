extension PGSchema {
    /// Full-text search over entries (title and body) and case summaries, newest first, within the
    /// scope; the words folded as the index folds them (lower case, no diacritics: the
    /// `casus_folded` configuration), each word whole or as a prefix. The hits are marked «…» in a
    /// snippet of the body, or of the title when only the title matched. Against a ticket for
    /// these words: a search shows personal data.
    static let search = #"""
        CREATE FUNCTION search_query(p_words text[], p_prefix boolean) RETURNS tsquery LANGUAGE sql IMMUTABLE AS $$
            SELECT to_tsquery('casus.casus_folded',
                              string_agg(quote_literal(w) || CASE WHEN p_prefix THEN ':*' ELSE '' END, ' & '))
            FROM unnest(p_words) w WHERE w <> ''
        $$;

        CREATE FUNCTION snippet(p_text text, q tsquery) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT ts_headline('casus.casus_folded', p_text, q,
                               'StartSel=«, StopSel=», MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…')
        $$;

        CREATE FUNCTION search_entries(p_school bigint, p_pupil boolean, p_staff boolean, p_words text[], p_prefix boolean,
                                       p_limit bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, case_id bigint, number text, person_id bigint, school_id bigint, first_name text,
                       infix text, last_name text, kind text, title text, snippet text, at text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        #variable_conflict use_column
        DECLARE
            s record;
            q tsquery := search_query(p_words, p_prefix);
            dossiers bigint[];
        BEGIN
            PERFORM require_ticket(p_ticket, 'search', NULL, NULL, array_to_string(p_words, ' '));
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            IF q IS NULL OR numnode(q) = 0 OR NOT (s.pupil OR s.staff) THEN
                RETURN;
            END IF;
            -- One school: its dossiers by number, so the planner intersects the word index with the
            -- entries of those dossiers (a district's "telefoon" for one school: 1.2 s → 0.1 s)
            -- instead of walking every school's entries newest first.
            IF s.school IS NOT NULL THEN
                dossiers := ARRAY(SELECT pp.id FROM person pp WHERE pp.school_id = s.school
                                  AND (s.staff OR NOT personnel(pp.kind)) AND (s.pupil OR personnel(pp.kind)));
            END IF;
            RETURN QUERY
            SELECT hit.id, hit.case_id, k.number, p.id, p.school_id, p.first_name, p.infix, p.last_name, p.kind, hit.title,
                   CASE WHEN position('«' IN snippet(hit.body, q)) > 0 OR position('«' IN snippet(hit.title, q)) = 0
                        THEN snippet(hit.body, q) ELSE snippet(hit.title, q) END,
                   hit.at
            FROM (SELECT e.id, e.case_id, e.dossier_id, e.title, e.body, e.at FROM entry e JOIN person p ON p.id = e.dossier_id
                  WHERE e.search @@ q AND (s.school IS NULL OR p.school_id = s.school)
                    AND (dossiers IS NULL OR e.dossier_id = ANY (dossiers))
                    AND (s.staff OR NOT personnel(p.kind)) AND (s.pupil OR personnel(p.kind))
                  ORDER BY e.id DESC LIMIT p_limit) hit
            JOIN person p ON p.id = hit.dossier_id LEFT JOIN "case" k ON k.id = hit.case_id
            ORDER BY hit.id DESC;
        END $$;

        CREATE FUNCTION search_cases(p_school bigint, p_pupil boolean, p_staff boolean, p_words text[], p_prefix boolean,
                                     p_limit bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, number text, person_id bigint, school_id bigint, first_name text, infix text,
                       last_name text, kind text, snippet text, opened_at text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        #variable_conflict use_column
        DECLARE
            s record;
            q tsquery := search_query(p_words, p_prefix);
        BEGIN
            PERFORM require_ticket(p_ticket, 'search', NULL, NULL, array_to_string(p_words, ' '));
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            IF q IS NULL OR numnode(q) = 0 OR NOT (s.pupil OR s.staff) THEN
                RETURN;
            END IF;
            RETURN QUERY
            SELECT hit.id, hit.number, p.id, p.school_id, p.first_name, p.infix, p.last_name, p.kind,
                   snippet(hit.summary, q), hit.opened_at
            FROM (SELECT k.id, k.number, k.dossier_id, k.summary, k.opened_at FROM "case" k
                  WHERE k.search @@ q AND (s.school IS NULL OR k.school_id = s.school)
                    AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                  ORDER BY k.id DESC LIMIT p_limit) hit
            JOIN person p ON p.id = hit.dossier_id
            ORDER BY hit.id DESC;
        END $$;
        """#
}
