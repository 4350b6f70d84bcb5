extension PGSchema {
    /// Cases, their steps and obligations: a case is visible when the scope admits its school and
    /// the kind of dossier it is filed in (Scope.admits).
    static let readsCases = #"""
        CREATE VIEW case_v AS
        SELECT c.id, c.school_id, c.number, c.incident_id, c.subject_id, c.dossier_id, c.dossier_kind, c.profile_id,
               c.severity, c.criminal, c.crossing, c.meldplicht, c.status, c.summary, c.opened_at, c.closed_at,
               c.close_reason, c.rung, c.data_breach, c.meldcode, c.outcome,
               (SELECT string_agg(a.article_id, ',' ORDER BY a.position) FROM case_article a WHERE a.case_id = c.id) AS articles
        FROM "case" c;

        CREATE FUNCTION case_visible(c caller_t, p_school bigint, p_dossier_kind text) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
            SELECT admits(m.school, m.pupil, m.staff, p_school, p_dossier_kind = 'staff') FROM my_scope(c) m
        $$;

        CREATE FUNCTION case_record(p_id bigint) RETURNS SETOF case_v LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT * FROM case_v k WHERE k.id = p_id AND case_visible(c, k.school_id, k.dossier_kind);
        END $$;

        CREATE FUNCTION case_id(p_number text) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN (SELECT k.id FROM "case" k WHERE k.number = p_number AND case_visible(c, k.school_id, k.dossier_kind));
        END $$;

        CREATE FUNCTION cases_of_incident(p_incident bigint) RETURNS SETOF case_v LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT * FROM case_v k WHERE k.incident_id = p_incident
                AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY k.id;
        END $$;

        CREATE FUNCTION cases_about(p_subject bigint) RETURNS SETOF case_v LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT * FROM case_v k WHERE k.subject_id = p_subject
                AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY k.opened_at, k.id;
        END $$;

        CREATE FUNCTION cases(p_school bigint, p_pupil boolean, p_staff boolean, p_status text, p_subject_kind text,
                              p_rung text, p_no_rung boolean, p_overdue text, p_subject bigint, p_dossier bigint,
                              p_limit bigint, p_offset bigint)
        RETURNS TABLE (id bigint, school_id bigint, number text, status text, first_name text, infix text, last_name text,
                       kind text, grp text, rung text, severity text, summary text, opened_at text, next_due text,
                       dossier_kind text, school_name text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        #variable_conflict use_column
        DECLARE
            s record;
        BEGIN
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            RETURN QUERY
            SELECT k.id, k.school_id, k.number, k.status, p.first_name, p.infix, p.last_name, p.kind, p.grp, k.rung,
                   k.severity, k.summary, k.opened_at, k.next_due, k.dossier_kind, sc.name
            FROM (SELECT k.* FROM "case" k
                  WHERE (s.school IS NULL OR k.school_id = s.school)
                    AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                    AND (p_status IS NULL OR k.status = p_status)
                    AND (p_subject_kind IS NULL OR k.subject_kind = p_subject_kind)
                    AND (p_rung IS NULL OR k.rung = p_rung)
                    AND (NOT p_no_rung OR p_rung IS NOT NULL OR k.rung IS NULL)
                    AND (p_overdue IS NULL OR k.next_due < p_overdue)
                    AND (p_subject IS NULL OR k.subject_id = p_subject)
                    AND (p_dossier IS NULL OR k.dossier_id = p_dossier)
                  ORDER BY k.opened_at DESC, k.id DESC LIMIT p_limit OFFSET p_offset) k
            JOIN person p ON p.id = k.subject_id JOIN school sc ON sc.id = k.school_id
            ORDER BY k.opened_at DESC, k.id DESC;
        END $$;

        CREATE FUNCTION count_cases(p_school bigint, p_pupil boolean, p_staff boolean, p_status text, p_subject_kind text,
                                    p_rung text, p_no_rung boolean, p_overdue text, p_subject bigint, p_dossier bigint)
        RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        DECLARE
            s record;
            n bigint;
        BEGIN
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            SELECT count(*) INTO n FROM "case" k
            WHERE (s.school IS NULL OR k.school_id = s.school)
              AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
              AND (p_status IS NULL OR k.status = p_status)
              AND (p_subject_kind IS NULL OR k.subject_kind = p_subject_kind)
              AND (p_rung IS NULL OR k.rung = p_rung)
              AND (NOT p_no_rung OR p_rung IS NOT NULL OR k.rung IS NULL)
              AND (p_overdue IS NULL OR k.next_due < p_overdue)
              AND (p_subject IS NULL OR k.subject_id = p_subject)
              AND (p_dossier IS NULL OR k.dossier_id = p_dossier);
            RETURN n;
        END $$;

        CREATE FUNCTION steps(p_case bigint) RETURNS SETOF step LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT st.* FROM step st JOIN "case" k ON k.id = st.case_id
            WHERE st.case_id = p_case AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY st.id;
        END $$;

        CREATE FUNCTION obligations(p_case bigint) RETURNS SETOF obligation LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT o.* FROM obligation o JOIN "case" k ON k.id = o.case_id
            WHERE o.case_id = p_case AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY o.due, o.id;
        END $$;

        -- When and how a dossier's letters were sent: for whoever may see the dossier.
        CREATE FUNCTION letter_sendings(p_dossier bigint) RETURNS SETOF letter_sent LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT s.* FROM letter_sent s JOIN person p ON p.id = s.dossier_id
            WHERE s.dossier_id = p_dossier AND person_visible(c, p.id, p.school_id, p.kind) ORDER BY s.entry_id;
        END $$;

        CREATE FUNCTION case_facts(p_case bigint) RETURNS SETOF case_fact LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN QUERY SELECT f.* FROM case_fact f JOIN "case" k ON k.id = f.case_id
            WHERE f.case_id = p_case AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY f.id;
        END $$;
        """#
}
