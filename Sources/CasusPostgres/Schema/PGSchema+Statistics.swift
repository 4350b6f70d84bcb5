extension PGSchema {
    /// The Overzicht's figures (StorageReader.statistics), counted within the scope: cases per
    /// month opened in [from, to), per rung, platform and article in the school year that starts
    /// in `p_year` (August to July, as SQLite's kept counts), reports in that year, and the
    /// earliest open obligations. One row per figure: (part, key1, key2, n) and, for an
    /// obligation, its case, number, subject, kind and due date.
    static let statistics = #"""
        CREATE FUNCTION school_year(p_at text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
            SELECT substr(p_at, 1, 4)::int - CASE WHEN substr(p_at, 6, 2) < '08' THEN 1 ELSE 0 END
        $$;

        CREATE FUNCTION statistics(p_school bigint, p_pupil boolean, p_staff boolean, p_from text, p_to text, p_year int,
                                   p_obligations int, p_count_incidents boolean)
        RETURNS TABLE (part text, key1 text, key2 text, n bigint, case_id bigint, number text, subject text, due text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        #variable_conflict use_column
        DECLARE
            c caller_t := caller();
            s record;
            year_from text := p_year::text || '-08-01';
            year_to text := (p_year + 1)::text || '-08-01';
        BEGIN
            IF NOT (c.admin OR (c.known AND c.role IN ('director', 'board', 'ib'))) THEN
                RETURN;
            END IF;
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            RETURN QUERY
            WITH scoped AS (
                SELECT k.* FROM "case" k
                WHERE (s.school IS NULL OR k.school_id = s.school)
                  AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
            ), in_year AS (
                SELECT * FROM scoped WHERE opened_at >= year_from AND opened_at < year_to
            )
            SELECT 'month', substr(k.opened_at, 1, 7), NULL, count(*), NULL::bigint, NULL, NULL, NULL FROM scoped k
            WHERE k.opened_at >= substr(p_from, 1, 7) AND k.opened_at < substr(p_to, 1, 7) GROUP BY 2
            UNION ALL
            SELECT 'rung', coalesce(k.rung, ''), NULL, count(*), NULL, NULL, NULL, NULL FROM in_year k GROUP BY 2
            UNION ALL
            SELECT 'platform', coalesce(i.platform, ''), NULL, count(*), NULL, NULL, NULL, NULL
            FROM in_year k JOIN incident i ON i.id = k.incident_id GROUP BY 2
            UNION ALL
            (SELECT 'article', k.profile_id, a.article_id, count(*), NULL, NULL, NULL, NULL
             FROM in_year k JOIN case_article a ON a.case_id = k.id
             WHERE k.outcome IS NULL OR k.outcome = 'founded'  -- unfounded and mistakes breached nothing
             GROUP BY 2, 3 ORDER BY 4 DESC, 3 LIMIT 40)
            UNION ALL
            SELECT 'incidents', NULL, NULL, count(*), NULL, NULL, NULL, NULL FROM incident i
            WHERE p_count_incidents AND (s.school IS NULL OR i.school_id = s.school)
              AND i.reported_at >= year_from AND i.reported_at < year_to
            UNION ALL
            (SELECT 'obligation', o.kind, NULL, 0::bigint, k.id, k.number,
                    concat_ws(' ', p.first_name, nullif(p.infix, ''), p.last_name), o.due
             FROM obligation o JOIN scoped k ON k.id = o.case_id JOIN person p ON p.id = k.subject_id
             WHERE o.done_at IS NULL AND o.for_others = 0 AND o.paused_from IS NULL AND k.status = 'open'
             ORDER BY o.due, o.id LIMIT greatest(p_obligations, 0));
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
