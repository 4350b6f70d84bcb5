extension PGSchema {
    /// How long a session may sit idle in a transaction that holds casus's chains (a row of `head`
    /// locked) before the next writer that waits for them ends it. casus's own transactions hold
    /// them for milliseconds; a teacher's psql that called `log_read` after BEGIN and waited held
    /// every read and write of every school for as long as it liked (a review).
    public static let stallSeconds = 10

    /// `stalled_writers` runs as `casus_watch`, the one role of casus's that may see other sessions'
    /// state (pg_read_all_stats) and end them (pg_signal_backend): a session of a casus account
    /// idle in a transaction that holds a lock on `head` for more than `p_seconds` is ended, and
    /// every session that holds one is named. Not a superuser's (PostgreSQL lets no other role end
    /// those), and not one still working: a long import or upgrade is active, never idle.
    /// `unblock` is its entry point, for any account: what a client does when a lock on the
    /// chains did not come within its `lock_timeout` (PostgresStorage.waitingOut).
    static let watch = #"""
        CREATE FUNCTION stalled_writers(p_seconds int) RETURNS TABLE (account text, since text, ended boolean)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        DECLARE
            r record;
            head_oid oid := (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE n.nspname = 'casus' AND c.relname = 'head');
        BEGIN
            FOR r IN SELECT DISTINCT a.pid, a.usename::text AS who, a.state, a.state_change, ro.rolsuper
                     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                     JOIN pg_roles ro ON ro.oid = a.usesysid
                     WHERE l.relation = head_oid AND l.granted AND a.pid <> pg_backend_pid()
                       AND a.datname = current_database()
                     ORDER BY a.state_change LOOP
                account := r.who;
                since := to_char(r.state_change AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
                ended := false;
                IF NOT r.rolsuper AND r.state IN ('idle in transaction', 'idle in transaction (aborted)')
                   AND r.state_change < clock_timestamp() - make_interval(secs => p_seconds) THEN
                    ended := pg_terminate_backend(r.pid);
                END IF;
                RETURN NEXT;
            END LOOP;
        END $$;

        CREATE FUNCTION unblock() RETURNS TABLE (account text, since text, ended boolean)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = casus, pg_temp AS $$
        BEGIN
            PERFORM require_account(caller());
            RETURN QUERY SELECT * FROM stalled_writers(\#(PGSchema.stallSeconds));
        END $$;
        """#
}
