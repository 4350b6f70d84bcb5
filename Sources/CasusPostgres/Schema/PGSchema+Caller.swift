extension PGSchema {
    /// Who is calling. Inside a SECURITY DEFINER function `current_user` is the owner, so the
    /// caller is `session_user`: the role that logged in (peer authentication makes it the OS
    /// account). Its casus role and school come from the `app_user` rows the event chain derives,
    /// and it must also be a member of that role's group (`casus_director`, …): a DBA who revokes
    /// the membership shuts the account out. A superuser is the administrator (server init,
    /// migrate): the chains are still checked, the role rules are not. The founder named by
    /// `server init` may found the first school while there are no accounts yet, or move a
    /// personal database here (`casus migrate --to`), as the administrator inside that move.
    ///
    /// What a caller reaches is AccessPolicy.scope's rule: a director their school, the board every
    /// school, an IB their school's pupil dossiers, a teacher no dossier.
    static let caller = #"""
        CREATE TYPE caller_t AS (
            account text, known boolean, admin boolean, founder boolean, role text, school_id bigint, person_id bigint
        );

        -- Inside the transaction of a migration (`import_begin`) that this login began. plpgsql,
        -- which keeps its plan for the session: a sql function with a query is planned anew in
        -- every transaction (twice in every save).
        CREATE FUNCTION importing() RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN EXISTS (SELECT 1 FROM meta WHERE key = 'import'
                           AND value = pg_current_xact_id_if_assigned()::text || ' ' || session_user::text);
        END $$;

        CREATE FUNCTION caller_for(p_account text) RETURNS caller_t LANGUAGE plpgsql STABLE AS $$
        DECLARE
            c caller_t;
            u app_user;
            exists_as_role boolean;
        BEGIN
            c.account := p_account;
            SELECT true, r.rolsuper INTO exists_as_role, c.admin FROM pg_roles r WHERE r.rolname = p_account;
            c.admin := coalesce(c.admin, false);
            -- Who the caller is, is read as things stand at each statement: in a transaction that
            -- reads one snapshot throughout (REPEATABLE READ, SERIALIZABLE), an account ended after it
            -- began kept reading dossiers with it (a review). casus's own client reads READ COMMITTED.
            IF NOT c.admin AND current_setting('transaction_isolation') <> 'read committed' THEN
                PERFORM refused(
                    'casus werkt alleen in transacties van READ COMMITTED: elke opdracht ziet wie u nu bent; er is niets gelezen of veranderd',
                    'casus works only in READ COMMITTED transactions: each statement sees who you are now; nothing was read or changed');
            END IF;
            SELECT * INTO u FROM app_user WHERE account = p_account;
            c.known := FOUND AND coalesce(exists_as_role, false)
                AND (c.admin OR pg_has_role(p_account, 'casus_' || u.role, 'MEMBER'));
            IF c.known THEN
                c.role := u.role;
                c.school_id := u.school_id;
                c.person_id := u.person_id;
            END IF;
            c.founder := NOT c.known AND NOT EXISTS (SELECT 1 FROM app_user)
                AND EXISTS (SELECT 1 FROM meta WHERE key = 'founder' AND value = p_account);
            -- The importer is the administrator inside its own import's transaction (PGSchema+Import).
            -- A transaction that has written nothing has no id and is no import: reads, the most
            -- frequent calls, skip the look-up.
            IF NOT c.admin AND p_account = session_user::text AND pg_current_xact_id_if_assigned() IS NOT NULL THEN
                c.admin := importing();
            END IF;
            RETURN c;
        END $$;

        CREATE FUNCTION caller() RETURNS caller_t LANGUAGE sql STABLE AS $$ SELECT caller_for(session_user::text) $$;

        -- What a caller reaches: a school (NULL: every school; -1: none) and the dossier kinds. Each
        -- part is a plain expression PostgreSQL writes into the query or the plpgsql expression that
        -- asks it: reading them as a row of a function of their own made PostgreSQL plan that
        -- function's query at every call (0.2–0.3 ms for each report or case read, 0.1 ms of every
        -- list's page).
        CREATE FUNCTION scope_school(c caller_t) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN c.admin THEN NULL
                        WHEN c.known AND c.role = 'board' THEN c.school_id
                        WHEN c.known AND c.school_id IS NOT NULL THEN c.school_id
                        ELSE -1 END
        $$;
        CREATE FUNCTION scope_pupil(c caller_t) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT c.admin OR (c.known AND c.role IN ('director', 'board', 'ib'))
        $$;
        CREATE FUNCTION scope_staff(c caller_t) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT c.admin OR (c.known AND c.role IN ('director', 'board'))
        $$;

        -- The scope a client asks for, within what the caller reaches.
        CREATE FUNCTION eff_scope(p_school bigint, p_pupil boolean, p_staff boolean,
                                  OUT school bigint, OUT pupil boolean, OUT staff boolean)
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            c caller_t := caller();
            reach bigint := scope_school(c);
        BEGIN
            pupil := coalesce(p_pupil, false) AND scope_pupil(c);
            staff := coalesce(p_staff, false) AND scope_staff(c);
            IF reach IS NULL THEN
                school := p_school;
            ELSIF p_school IS NULL OR p_school = reach THEN
                school := reach;
            ELSE
                school := -1;
                pupil := false;
                staff := false;
            END IF;
        END $$;

        CREATE FUNCTION personnel(p_kind text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT p_kind IN ('staff', 'volunteer', 'intern')
        $$;

        -- Scope.admits: a record of this school, filed in a dossier of this kind.
        CREATE FUNCTION admits(s_school bigint, s_pupil boolean, s_staff boolean, p_school bigint, p_staff boolean)
        RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT (s_school IS NULL OR s_school = p_school) AND CASE WHEN p_staff THEN s_staff ELSE s_pupil END
        $$;

        -- AccessPolicy.maySeePerson: a caller always sees their own person; a teacher no one else's
        -- (the roster gives it names to report, `roster`; its own report's people, `involved`).
        CREATE FUNCTION person_visible(c caller_t, p_id bigint, p_school bigint, p_kind text) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
            SELECT c.admin OR (c.known AND (p_id = c.person_id OR (
                c.role <> 'teacher' AND (c.school_id IS NULL AND c.role = 'board' OR c.school_id = p_school)
                AND CASE c.role WHEN 'ib' THEN NOT personnel(p_kind) ELSE true END)))
        $$;

        -- The dossier of this person may be read (AccessPolicy.maySeeDossier).
        CREATE FUNCTION dossier_visible(c caller_t, p_school bigint, p_kind text) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
            SELECT admits(scope_school(c), scope_pupil(c), scope_staff(c), p_school, personnel(p_kind))
        $$;

        -- The refusals the functions raise, in Dutch and English ("nl | en"); the client shows one.
        CREATE FUNCTION refused(p_nl text, p_en text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = p_nl || ' | ' || p_en;
        END $$;

        CREATE FUNCTION not_found(p_nl text, p_en text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = 'CA003', MESSAGE = p_nl || ' | ' || p_en;
        END $$;

        -- The caller must be a casus account (or the administrator, or the founder before the first school).
        CREATE FUNCTION require_account(c caller_t) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT (c.known OR c.admin OR c.founder) THEN
                PERFORM refused(format('account ''%s'' is niet bekend bij casus op deze server', c.account),
                                format('account ''%s'' is not known to casus on this server', c.account));
            END IF;
        END $$;

        -- Who an event or audit line is written as: the caller, or (--as) another account of the
        -- caller's school that a director or the board acts as; the real account is the caller.
        CREATE FUNCTION acting(me caller_t, p_account text, p_real text) RETURNS caller_t LANGUAGE plpgsql AS $$
        DECLARE
            other caller_t;
        BEGIN
            IF me.admin THEN
                RETURN me;
            END IF;
            PERFORM require_account(me);
            IF p_real IS NULL THEN
                IF p_account IS DISTINCT FROM me.account THEN
                    PERFORM refused(format('u bent aangemeld als %s en kunt niet schrijven als %s', me.account, p_account),
                                    format('you are logged in as %s and cannot write as %s', me.account, p_account));
                END IF;
                RETURN me;
            END IF;
            IF p_real IS DISTINCT FROM me.account OR NOT me.known OR me.role NOT IN ('director', 'board') THEN
                PERFORM refused(format('alleen een directeur of het bestuur treedt op als een ander (%s)', p_account),
                                format('only a director or the board acts as another account (%s)', p_account));
            END IF;
            other := caller_for(p_account);
            -- Acting as an administrator of the server (a superuser named as a school's account)
            -- would be the administrator's reach, every school's and every check's: never.
            IF other.admin THEN
                PERFORM refused(format('%s is een beheerder van de server; niemand treedt daarvoor op', p_account),
                                format('%s is an administrator of the server; nobody acts as one', p_account));
            END IF;
            -- One who works at a school (a director) acts only within it, and never as the board (the
            -- client alone refused it, a review).
            IF NOT other.known OR (me.school_id IS NOT NULL AND other.school_id IS DISTINCT FROM me.school_id)
               OR (other.role = 'board' AND me.role <> 'board') THEN
                PERFORM refused(format('%s is geen account van uw school', p_account),
                                format('%s is not an account of your school', p_account));
            END IF;
            RETURN other;
        END $$;

        -- Whether the actor (as `acting` gave it) reaches a school.
        CREATE FUNCTION reaches(a caller_t, p_school bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
            SELECT a.admin OR (a.known AND (a.role = 'board' AND a.school_id IS NULL OR a.school_id = p_school))
        $$;
        """#
}
