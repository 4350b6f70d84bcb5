extension PGSchema {
    /// How long a session may sit idle in a transaction that holds casus's chains (a row of `head`
    /// locked) before the next writer that waits for them ends it. casus's own transactions hold
    /// them for milliseconds; a teacher's psql that called `log_read` after BEGIN and waited held
    /// every read and write of every school for as long as it liked (a review).
    public static let stallSeconds = 10

    /// `stalled_writers` runs as `casus_watch`, the one role of casus's that may see other sessions'
    /// state (pg_read_all_stats) and end them (pg_signal_backend). A session that holds the chains
    /// (a row of `head` locked for a write: more than the lock a plain read takes) and waits for no
    /// lock itself is ended when it is a casus account's and has held them more than `p_seconds`:
    /// - sitting idle in its transaction, whoever's (casus's own transactions never pause);
    /// - at all, a teacher's or an IB's (their saves take milliseconds): a teacher's psql kept a
    ///   statement running (`pg_sleep`, `\watch`) and held every school up for minutes (a review).
    /// A director's or the board's working session (an import, a purge of many dossiers) is waited
    /// for; a superuser's (PostgreSQL lets no other role end those) and another role's (a backup's
    /// snapshot, a monitor) are left alone. Each holder is named, with whether it was ended.
    /// `unblock` is its entry point, for any account: what a client does when a lock on the chains
    /// did not come within its `lock_timeout` (PostgresStorage.waitingOut); the names go only to a
    /// director or the board.
    static var watch: String {
        let groups = sqlList(PGSchema.groups)
        let quick = sqlList(["casus_teacher", "casus_ib"])
        return #"""
            CREATE FUNCTION stalled_writers(p_seconds int) RETURNS TABLE (account text, since text, ended boolean)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
            DECLARE
                r record;
                head_oid oid := (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'casus' AND c.relname = 'head');
                limit_at timestamptz := clock_timestamp() - make_interval(secs => p_seconds);
            BEGIN
                FOR r IN SELECT DISTINCT a.pid, a.usename::text AS who, a.state, a.state_change, a.xact_start,
                                a.wait_event_type IS NOT DISTINCT FROM 'Lock' AS waiting,
                                EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                        WHERE m.member = a.usesysid AND g.rolname IN (\#(quick))) AS quick
                         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                         JOIN pg_roles ro ON ro.oid = a.usesysid
                         WHERE l.relation = head_oid AND l.granted AND l.mode <> 'AccessShareLock'
                           AND a.pid <> pg_backend_pid() AND a.datname = current_database() AND NOT ro.rolsuper
                           AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                                       WHERE m.member = a.usesysid AND g.rolname IN (\#(groups)))
                         ORDER BY a.xact_start LOOP
                    account := r.who;
                    since := to_char(r.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
                    ended := false;
                    -- A teacher's or an IB's whatever it does, waiting for a lock too (for an advisory
                    -- lock of its own second session, the next review); another's only idle. A
                    -- session waiting for the chains itself is no holder, and not named.
                    IF (NOT r.waiting AND r.state IN ('idle in transaction', 'idle in transaction (aborted)')
                        AND r.state_change < limit_at)
                       OR (r.quick AND r.xact_start < limit_at) THEN
                        ended := pg_terminate_backend(r.pid);
                    END IF;
                    IF ended OR NOT r.waiting THEN
                        RETURN NEXT;
                    END IF;
                END LOOP;
            END $$;

            CREATE FUNCTION unblock() RETURNS TABLE (account text, since text, ended boolean)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
            DECLARE
                c caller_t := caller();
            BEGIN
                PERFORM require_account(c);
                RETURN QUERY SELECT CASE WHEN c.admin OR c.role IN ('director', 'board') THEN s.account END, s.since, s.ended
                             FROM stalled_writers(\#(PGSchema.stallSeconds)) s;
            END $$;
            """#
    }
}
