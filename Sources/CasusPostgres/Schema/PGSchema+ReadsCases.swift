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
            SELECT admits(scope_school(c), scope_pupil(c), scope_staff(c), p_school, p_dossier_kind = 'staff')
        $$;

        CREATE FUNCTION case_record(p_id bigint, p_ticket bigint) RETURNS SETOF case_v LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'cases', p_id);
            RETURN QUERY SELECT * FROM case_v k WHERE k.id = p_id AND case_visible(c, k.school_id, k.dossier_kind);
        END $$;

        -- Who a case concerns (its subject and its dossier's owner; one row when they are one person),
        -- each as person_by_id gives them, and nobody for a case the caller may not see.
        CREATE FUNCTION case_people(p_case bigint, p_ticket bigint) RETURNS SETOF person LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'cases', p_case);
            RETURN QUERY SELECT s.* FROM "case" k JOIN person p ON p.id IN (k.subject_id, k.dossier_id)
            CROSS JOIN LATERAL person_shown(c, p) s
            WHERE k.id = p_case AND case_visible(c, k.school_id, k.dossier_kind)
              AND person_visible(c, p.id, p.school_id, p.kind)
            ORDER BY p.id;
        END $$;

        CREATE FUNCTION case_id(p_number text) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            RETURN (SELECT k.id FROM "case" k WHERE k.number = p_number AND case_visible(c, k.school_id, k.dossier_kind));
        END $$;

        CREATE FUNCTION cases_of_incident(p_incident bigint, p_ticket bigint) RETURNS SETOF case_v LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'cases');
            RETURN QUERY SELECT * FROM case_v k WHERE k.incident_id = p_incident
                AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY k.id;
        END $$;

        CREATE FUNCTION cases_about(p_subject bigint, p_ticket bigint) RETURNS SETOF case_v LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'cases');
            RETURN QUERY SELECT * FROM case_v k WHERE k.subject_id = p_subject
                AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY k.opened_at, k.id;
        END $$;

        -- Whether a case counts in a list (count_cases, over the kept counts or the cases): the
        -- scope eff_scope gave, then the filters. Inlined by the planner, which folds the NULL
        -- filters away. (A page builds its query from the filters asked for instead: see `cases`.)
        CREATE FUNCTION case_listed(k_school bigint, k_status text, k_dossier_kind text, k_subject_kind text,
                                    k_rung text, k_next_due text, k_subject bigint, k_dossier bigint,
                                    s_school bigint, s_pupil boolean, s_staff boolean, p_status text,
                                    p_subject_kind text, p_rung text, p_no_rung boolean, p_overdue text,
                                    p_subject bigint, p_dossier bigint) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
            SELECT (s_school IS NULL OR k_school = s_school)
               AND (s_staff OR k_dossier_kind <> 'staff') AND (s_pupil OR k_dossier_kind <> 'pupil')
               AND (p_status IS NULL OR k_status = p_status)
               AND (p_subject_kind IS NULL OR k_subject_kind = p_subject_kind)
               AND (p_rung IS NULL OR k_rung = p_rung)
               AND (NOT p_no_rung OR p_rung IS NOT NULL OR k_rung IS NULL)
               AND (p_overdue IS NULL OR k_next_due < p_overdue)
               AND (p_subject IS NULL OR k_subject = p_subject)
               AND (p_dossier IS NULL OR k_dossier = p_dossier)
        $$;

        -- A page of the Zaken list, newest first: the ids of the page, then their rows. The list as it
        -- opens (every case, or those of one status) is read by one of six fixed queries whose
        -- plans PostgreSQL makes once a session (force_generic_plan: an index-only walk of the
        -- Zaken order); planning a page's query anew cost more than reading it (0.5–0.9 ms against
        -- 0.1 ms). A page with other filters names only the filters asked for in a query planned
        -- for its values. A deep page is read from the other end (page_window). Values travel as
        -- parameters; only fixed fragments are joined into the text.
        CREATE FUNCTION cases(p_school bigint, p_pupil boolean, p_staff boolean, p_status text, p_subject_kind text,
                              p_rung text, p_no_rung boolean, p_overdue text, p_subject bigint, p_dossier bigint,
                              p_limit bigint, p_offset bigint, p_ticket bigint)
        RETURNS TABLE (id bigint, school_id bigint, number text, status text, first_name text, infix text, last_name text,
                       kind text, grp text, rung text, severity text, summary text, opened_at text, next_due text,
                       dossier_kind text, school_name text, outcome text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_generic_plan AS $$
        #variable_conflict use_column
        DECLARE
            s record;
            win record;
            ids bigint[];
            dir text;
            w text := 'true';
        BEGIN
            PERFORM require_list_ticket(p_ticket, 'cases');
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            IF NOT (s.pupil OR s.staff) THEN
                RETURN;  -- every case is in a pupil's or a staff member's dossier
            END IF;
            SELECT * INTO win FROM page_window(p_offset, p_limit, CASE WHEN deep_page(p_offset, p_limit)
                THEN count_cases(p_school, p_pupil, p_staff, p_status, p_subject_kind, p_rung, p_no_rung, p_overdue,
                                 p_subject, p_dossier) END);
            IF p_subject_kind IS NULL AND p_rung IS NULL AND NOT p_no_rung AND p_overdue IS NULL AND p_subject IS NULL
               AND p_dossier IS NULL THEN
                -- One status of every school walks that status's index (case_status); every case of
                -- every school the Zaken order (case_browse_all); one school's, its own (case_browse).
                IF s.school IS NULL AND p_status IS NULL AND NOT win.from_end THEN
                    ids := ARRAY(SELECT k.id FROM "case" k
                                 WHERE (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                                 ORDER BY k.opened_at DESC, k.id DESC LIMIT win.lim OFFSET win.off);
                ELSIF s.school IS NULL AND p_status IS NULL THEN
                    ids := ARRAY(SELECT k.id FROM "case" k
                                 WHERE (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                                 ORDER BY k.opened_at, k.id LIMIT win.lim OFFSET win.off);
                ELSIF s.school IS NULL AND NOT win.from_end THEN
                    ids := ARRAY(SELECT k.id FROM "case" k
                                 WHERE k.status = p_status
                                   AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                                 ORDER BY k.opened_at DESC, k.id DESC LIMIT win.lim OFFSET win.off);
                ELSIF s.school IS NULL THEN
                    ids := ARRAY(SELECT k.id FROM "case" k
                                 WHERE k.status = p_status
                                   AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                                 ORDER BY k.opened_at, k.id LIMIT win.lim OFFSET win.off);
                ELSIF NOT win.from_end THEN
                    ids := ARRAY(SELECT k.id FROM "case" k
                                 WHERE k.school_id = s.school
                                   AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                                   AND (p_status IS NULL OR k.status = p_status)
                                 ORDER BY k.opened_at DESC, k.id DESC LIMIT win.lim OFFSET win.off);
                ELSE
                    ids := ARRAY(SELECT k.id FROM "case" k
                                 WHERE k.school_id = s.school
                                   AND (s.staff OR k.dossier_kind <> 'staff') AND (s.pupil OR k.dossier_kind <> 'pupil')
                                   AND (p_status IS NULL OR k.status = p_status)
                                 ORDER BY k.opened_at, k.id LIMIT win.lim OFFSET win.off);
                END IF;
            ELSE
                dir := CASE WHEN win.from_end THEN 'ASC' ELSE 'DESC' END;
                IF s.school IS NOT NULL THEN w := w || ' AND k.school_id = $1'; END IF;
                IF NOT s.staff THEN w := w || ' AND k.dossier_kind <> ''staff'''; END IF;
                IF NOT s.pupil THEN w := w || ' AND k.dossier_kind <> ''pupil'''; END IF;
                IF p_status IS NOT NULL THEN w := w || ' AND k.status = $2'; END IF;
                IF p_subject_kind IS NOT NULL THEN w := w || ' AND k.subject_kind = $3'; END IF;
                IF p_rung IS NOT NULL THEN w := w || ' AND k.rung = $4';
                ELSIF p_no_rung THEN w := w || ' AND k.rung IS NULL'; END IF;
                IF p_overdue IS NOT NULL THEN w := w || ' AND k.next_due < $5'; END IF;
                IF p_subject IS NOT NULL THEN w := w || ' AND k.subject_id = $6'; END IF;
                IF p_dossier IS NOT NULL THEN w := w || ' AND k.dossier_id = $7'; END IF;
                EXECUTE format($q$
                    SELECT ARRAY(SELECT k.id FROM casus."case" k WHERE %s ORDER BY k.opened_at %s, k.id %s LIMIT $8 OFFSET $9)
                $q$, w, dir, dir)
                INTO ids USING s.school, p_status, p_subject_kind, p_rung, p_overdue, p_subject, p_dossier, win.lim, win.off;
            END IF;
            RETURN QUERY
            SELECT k.id, k.school_id, k.number, k.status, p.first_name, p.infix, p.last_name, p.kind, p.grp, k.rung,
                   k.severity, k.summary, k.opened_at, k.next_due, k.dossier_kind, sc.name, k.outcome
            FROM "case" k JOIN person p ON p.id = k.subject_id JOIN school sc ON sc.id = k.school_id
            WHERE k.id = ANY (ids)
            ORDER BY k.opened_at DESC, k.id DESC;
        END $$;

        -- The count above the list: from the kept `case_count` (PGSchema+KeptCounts) unless the
        -- query asks for what it does not keep (one person's cases, overdue on a day), which are
        -- narrow and use their own index.
        CREATE FUNCTION count_cases(p_school bigint, p_pupil boolean, p_staff boolean, p_status text, p_subject_kind text,
                                    p_rung text, p_no_rung boolean, p_overdue text, p_subject bigint, p_dossier bigint)
        RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = casus, pg_temp SET plan_cache_mode = force_custom_plan AS $$
        DECLARE
            s record;
            n bigint;
        BEGIN
            SELECT * INTO s FROM eff_scope(p_school, p_pupil, p_staff);
            IF p_overdue IS NULL AND p_subject IS NULL AND p_dossier IS NULL THEN
                SELECT coalesce(sum(k.n), 0) INTO n FROM case_count k
                WHERE case_listed(k.school_id, k.status, k.dossier_kind, k.subject_kind, nullif(k.rung, ''), NULL, NULL,
                                  NULL, s.school, s.pupil, s.staff, p_status, p_subject_kind, p_rung, p_no_rung, NULL,
                                  NULL, NULL);
                RETURN n;
            END IF;
            SELECT count(*) INTO n FROM "case" k
            WHERE case_listed(k.school_id, k.status, k.dossier_kind, k.subject_kind, k.rung, k.next_due, k.subject_id,
                              k.dossier_id, s.school, s.pupil, s.staff, p_status, p_subject_kind, p_rung, p_no_rung,
                              p_overdue, p_subject, p_dossier);
            RETURN n;
        END $$;

        -- A case's contents (its steps, obligations and facts, as its notes) are given only against a
        -- committed access-log line for the case (require_ticket): whoever reads a case, with casus or
        -- psql, leaves that line first. Its record as the lists show it needs none.
        CREATE FUNCTION steps(p_case bigint, p_ticket bigint) RETURNS SETOF step LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_ticket(p_ticket, 'case', NULL, p_case, NULL);
            RETURN QUERY SELECT st.* FROM step st JOIN "case" k ON k.id = st.case_id
            WHERE st.case_id = p_case AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY st.id;
        END $$;

        CREATE FUNCTION obligations(p_case bigint, p_ticket bigint) RETURNS SETOF obligation LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_ticket(p_ticket, 'case', NULL, p_case, NULL);
            RETURN QUERY SELECT o.* FROM obligation o JOIN "case" k ON k.id = o.case_id
            WHERE o.case_id = p_case AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY o.due, o.id;
        END $$;

        -- When and how a dossier's letters were sent: for whoever may see the dossier, against a line
        -- in the access log that names it (a read of the dossier, or of one of its cases: the case
        -- screen shows them). An IB listed every pupil's letters, when and how sent, and left no line.
        CREATE FUNCTION letter_sendings(p_dossier bigint, p_ticket bigint) RETURNS SETOF letter_sent LANGUAGE plpgsql
        STABLE SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            -- Of a dossier the caller may read (a teacher sees people, not their dossiers).
            IF NOT dossier_readable(c, p_dossier) THEN
                RETURN;
            END IF;
            PERFORM require_ticket(p_ticket, (SELECT a.what FROM access_log a WHERE a.id = p_ticket AND a.what IN ('dossier', 'case')),
                                   p_dossier, NULL, NULL);
            RETURN QUERY SELECT s.* FROM letter_sent s WHERE s.dossier_id = p_dossier ORDER BY s.entry_id;
        END $$;

        CREATE FUNCTION case_facts(p_case bigint, p_ticket bigint) RETURNS SETOF case_fact LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = casus, pg_temp AS $$
        DECLARE
            c caller_t := caller();
        BEGIN
            PERFORM require_ticket(p_ticket, 'case', NULL, p_case, NULL);
            RETURN QUERY SELECT f.* FROM case_fact f JOIN "case" k ON k.id = f.case_id
            WHERE f.case_id = p_case AND case_visible(c, k.school_id, k.dossier_kind) ORDER BY f.id;
        END $$;
        """#
}
