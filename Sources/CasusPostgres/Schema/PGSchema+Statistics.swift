extension PGSchema {
    /// The Overzicht's figures (StorageReader.statistics), summed within the scope from the kept
    /// counts (PGSchema+KeptCounts): cases per
    /// month opened in [from, to), per rung, platform and article in the school year that starts
    /// in `p_year` (August to July, as SQLite's kept counts), reports in that year, and the
    /// earliest open obligations. One row per figure: (part, key1, key2, n) and, for an
    /// obligation, its case, number, subject, kind and due date. The plans are made once a session
    /// (force_generic_plan): the kept tables are a few hundred rows read whole whatever the scope,
    /// and the obligations are walked in the order of their index; planning both anew at every
    /// change of year cost more than reading them.
    static let statistics = #"""
        CREATE FUNCTION statistics(p_school bigint, p_pupil boolean, p_staff boolean, p_from text, p_to text, p_year int,
                                   p_obligations int, p_count_incidents boolean, p_ticket bigint)
        RETURNS TABLE (part text, key1 text, key2 text, n bigint, case_id bigint, number text, subject text, due text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_generic_plan AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            s record;
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'cases');
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board', 'ib'))) THEN
                RETURN;
            END IF;
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            -- The counts from the kept tables (PGSchema+KeptCounts), summed within the scope.
            RETURN QUERY
            SELECT 'month', m.month::text, NULL, sum(m.n)::bigint, NULL::bigint, NULL, NULL, NULL FROM stat_month m
            WHERE m.n <> 0 AND (s.school IS NULL OR m.school_id = s.school)
              AND (s.staff OR m.dossier_kind <> 'staff') AND (s.pupil OR m.dossier_kind <> 'pupil')
              AND m.month >= substr(p_from, 1, 7) AND m.month < substr(p_to, 1, 7) GROUP BY 2
            UNION ALL
            SELECT 'rung', r.rung::text, NULL, sum(r.n)::bigint, NULL, NULL, NULL, NULL FROM stat_rung r
            WHERE r.n <> 0 AND r.year = p_year AND (s.school IS NULL OR r.school_id = s.school)
              AND (s.staff OR r.dossier_kind <> 'staff') AND (s.pupil OR r.dossier_kind <> 'pupil') GROUP BY 2
            UNION ALL
            SELECT 'platform', pl.platform::text, NULL, sum(pl.n)::bigint, NULL, NULL, NULL, NULL FROM stat_platform pl
            WHERE pl.n <> 0 AND pl.year = p_year AND (s.school IS NULL OR pl.school_id = s.school)
              AND (s.staff OR pl.dossier_kind <> 'staff') AND (s.pupil OR pl.dossier_kind <> 'pupil') GROUP BY 2
            UNION ALL
            (SELECT 'article', a.profile_id::text, a.article_id::text, sum(a.n)::bigint, NULL, NULL, NULL, NULL
             FROM stat_article a
             WHERE a.year = p_year AND (s.school IS NULL OR a.school_id = s.school)
               AND (s.staff OR a.dossier_kind <> 'staff') AND (s.pupil OR a.dossier_kind <> 'pupil')
             GROUP BY 2, 3 HAVING sum(a.n) > 0 ORDER BY 4 DESC, 3 LIMIT 40)
            UNION ALL
            -- Reports in the year: the kept count; for a caller who may not see staff (an IB), the
            -- reports they may see, counted (the kept count holds every report; a school's year,
            -- at a change of year).
            SELECT 'incidents', NULL, NULL,
                   CASE WHEN scope_staff(c) THEN
                       (SELECT coalesce(sum(si.n), 0) FROM stat_incident si
                        WHERE si.year = p_year AND (s.school IS NULL OR si.school_id = s.school))
                   ELSE
                       (SELECT count(*) FROM incident i
                        WHERE school_year(i.reported_at) = p_year AND (s.school IS NULL OR i.school_id = s.school)
                          AND incident_visible(c, i.id, i.school_id))
                   END::bigint, NULL, NULL, NULL, NULL
            WHERE p_count_incidents;
            -- The earliest open obligations, only when asked for (a change of year in the Overzicht
            -- keeps those it has).
            IF p_obligations > 0 THEN
                RETURN QUERY
                SELECT 'obligation', o.kind, NULL, 0::bigint, k.id, k.number,
                       concat_ws(' ', p.first_name, nullif(p.infix, ''), p.last_name), o.due
                FROM obligation o JOIN "case" k ON k.id = o.case_id JOIN person p ON p.id = k.subject_id
                WHERE o.done_at IS NULL AND o.for_others = 0 AND o.paused_from IS NULL AND (k.status = 'open' OR o.kind = 'inzage-answer')
                  AND (s.school IS NULL OR k.school_id = s.school)
                  AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                ORDER BY o.due, o.id LIMIT p_obligations;
            END IF;
        END $$;

        -- The dossier with the most entries the caller may read (`casus bench run` opens it).
        CREATE FUNCTION largest_dossier(p_school bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
            WITH me AS (SELECT caller() AS c)
            SELECT e.dossier_id FROM me, entry e JOIN person p ON p.id = e.dossier_id
            WHERE (p_school IS NULL OR p.school_id = p_school) AND dossier_visible(me.c, p.school_id, p.kind)
            GROUP BY e.dossier_id ORDER BY count(*) DESC, e.dossier_id LIMIT 1
        $$;
        """#
}
