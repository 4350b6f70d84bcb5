import CasusCore
import Foundation

/// `casus server init` and `casus server check`: the schema, its owners, the group roles and the
/// grants on a PostgreSQL database, set up once by a database superuser.
///
/// - `casus_data` (NOLOGIN) owns the schema, every table with its guards and indexes, and every
///   function that is no entry point. Only a table's owner can switch its triggers off, drop it or
///   replace a guard, and no code runs as `casus_data` but `analyze_tables` (fixed statements).
/// - `casus_owner` (NOLOGIN) owns the entry points that write (the SECURITY DEFINER functions the
///   groups may call that are VOLATILE), which run as it. It may read rows, add them, and update
///   and delete those casus changes (the guards refuse what they refuse), and nothing else: no
///   CREATE in the schema, no TRUNCATE but of kept counts, no roles.
/// - `casus_reader` (NOLOGIN) owns the read-only entry points (STABLE), which run as it: it may
///   read the tables and run the helpers, and write nothing.
/// - `casus_roles` (NOLOGIN, CREATEROLE) owns `ensure_login` alone, which `casus users add` uses
///   (through the functions) to make an account's login role in one of the four groups.
/// - `casus_director`, `casus_board`, `casus_ib`, `casus_teacher` (NOLOGIN) are the groups: they
///   may connect, use the schema and EXECUTE casus's entry points, nothing else. No group has any
///   privilege on any table; the helper functions are for `casus_owner` and `casus_reader` alone.
/// - The founder (`--director ACCOUNT`) gets a login role in `casus_director` and may found the
///   first school (`casus init`) while the server has no accounts yet.
public enum ServerSetup {
    public struct Report: Sendable {
        public var database: String
        public var founder: String
        public var unaccent: Bool
    }

    /// Installs everything in one transaction: all of it, or nothing.
    public static func initialize(url: String, founder: String, retention: RetentionPolicy = .standard) throws
        -> Report
    {
        let label = ConnectionString.redacted(url)
        do {
            let c = try PGConnection(url)
            try checkSuperuser(c, label: label)
            guard founder.range(of: "^[a-z_][a-z0-9_.-]*[$]?$", options: .regularExpression) != nil,
                founder.count <= 32, !founder.hasPrefix("casus_"), !founder.hasPrefix("pg_")
            else {
                throw CasusError.invalid(
                    "'\(PGText.safe(founder))' is geen geldige accountnaam (--director)",
                    "'\(PGText.safe(founder))' is not a valid account name (--director)",
                    hint: Phrase(
                        "Gebruik de loginnaam van het besturingssysteem (kleine letters). Er is niets veranderd.",
                        "Use the operating-system login name (lowercase). Nothing was changed."))
            }
            let encoding = try c.row(
                "SELECT pg_encoding_to_char(encoding) AS e FROM pg_database WHERE datname = current_database()")?
                .text("e")
            guard encoding == "UTF8" else {
                throw CasusError(
                    .refused,
                    Phrase(
                        "database \(c.database) heeft tekenset \(encoding ?? "?"); casus vraagt UTF8",
                        "database \(c.database) has encoding \(encoding ?? "?"); casus needs UTF8"),
                    hint: Phrase(
                        "Er is niets veranderd. Maak de database met `createdb -E UTF8 -T template0 NAAM`.",
                        "Nothing was changed. Create the database with `createdb -E UTF8 -T template0 NAME`."))
            }
            if try c.row("SELECT 1 AS x FROM pg_namespace WHERE nspname = 'casus'") != nil {
                throw CasusError(
                    .refused,
                    Phrase("\(c.database) is al ingericht voor casus", "\(c.database) is already set up for casus"),
                    hint: Phrase(
                        "Er is niets veranderd. `casus --db URL verify` toont hoe het ervoor staat.",
                        "Nothing was changed. `casus --db URL verify` shows how it stands."))
            }
            // A superuser is the server's administrator, never an account in casus: made founder,
            // it was told "directeur" here and refused by every command after (a review).
            if try c.row("SELECT 1 AS x FROM pg_roles WHERE rolname = $1 AND rolsuper", [.text(founder)]) != nil {
                throw CasusError(
                    .refused,
                    Phrase(
                        "'\(founder)' is een beheerder (superuser) van de databaseserver en kan geen account in casus zijn; er is niets veranderd",
                        "'\(founder)' is an administrator (superuser) of the database server and cannot be an account in casus; nothing was changed"
                    ),
                    hint: Phrase(
                        "Geef het OS-account van de directeur (--director), niet dat van de beheerder; de beheerder richt in, de directeur werkt in casus.",
                        "Give the OS account of the director (--director), not the administrator's; the administrator sets up, the director works in casus."
                    ))
            }
            let unaccent = try c.row("SELECT 1 AS x FROM pg_available_extensions WHERE name = 'unaccent'") != nil
            try c.execute("BEGIN")
            do {
                try install(c, founder: founder, unaccent: unaccent, retention: retention)
                try c.execute("COMMIT")
            } catch {
                try? c.execute("ROLLBACK")
                throw error
            }
            return Report(database: c.database, founder: founder, unaccent: unaccent)
        } catch let error as PGError {
            throw PGErrorMapping.map(error, label: label)
        }
    }

    static func checkSuperuser(
        _ c: PGConnection, label: String, command: String = "server init", arguments: String = " --director ACCOUNT"
    ) throws {
        let superuser = try c.row("SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user")?.bool("s") ?? false
        guard superuser else {
            throw CasusError(
                .refused,
                Phrase(
                    "\(command) vraagt een databasebeheerder; \(c.user) is dat niet",
                    "\(command) needs a database superuser; \(c.user) is not one"),
                hint: Phrase(
                    "Er is niets veranderd. Bijvoorbeeld: sudo -u postgres casus --db '\(label)' \(command)\(arguments)",
                    "Nothing was changed. For example: sudo -u postgres casus --db '\(label)' \(command)\(arguments)"))
        }
    }

    /// The statements, in order, inside the caller's transaction.
    static func install(_ c: PGConnection, founder: String, unaccent: Bool, retention: RetentionPolicy) throws {
        try c.execute(roles)
        try c.execute("CREATE SCHEMA casus AUTHORIZATION \(PGSchema.dataOwner)")
        // Diacritics folded in search ("Zoë" finds "Zoe"), when the server has the extension.
        var folding =
            "ALTER TEXT SEARCH CONFIGURATION casus.casus_folded ALTER MAPPING FOR hword, hword_part, word WITH "
        if unaccent {
            try c.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA casus")
            let schema =
                try c.row(
                    "SELECT n.nspname AS s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
                )?.text("s") ?? "casus"
            folding += "\"\(schema)\".unaccent, pg_catalog.simple"
        } else {
            folding += "pg_catalog.simple"
        }
        try c.execute("SET LOCAL ROLE \(PGSchema.dataOwner); SET LOCAL search_path = casus, pg_temp")
        try c.execute("CREATE TEXT SEARCH CONFIGURATION casus.casus_folded (COPY = pg_catalog.simple); " + folding)
        try installParts(c, retention: retention)
        try c.execute(
            "INSERT INTO meta (key, value) VALUES ('version', '\(PGSchema.version)'), ('founder', '\(founder)')")
        try c.execute("RESET ROLE; SET LOCAL search_path = casus, pg_temp")
        try c.execute(ownership(schema: "casus"))
        try c.execute(grants(database: c.database))
        try c.execute(
            """
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(founder)') THEN CREATE ROLE "\(founder)" LOGIN; END IF;
            END $$;
            GRANT casus_director TO "\(founder)";
            """)
    }

    /// casus's schema (PGSchema.all) into the schema first on the search path: `casus` at `server
    /// init`, the upgrade's scratch schema at `server upgrade`.
    static func installParts(_ c: PGConnection, retention: RetentionPolicy) throws {
        let parts = PGSchema.parts(retention: retention)
        for (i, part) in parts.enumerated() {
            do {
                try c.execute(part)
            } catch let PGError.server(e) {
                // A fault in casus's own SQL: say which part, so it can be found.
                var e = e
                e.message += " (casus schema part \(i + 1) of \(parts.count))"
                throw PGError.server(e)
            }
        }
    }

    /// casus's roles, made if the server has none by their names, and kept as casus needs them:
    /// none may log in, be a superuser, make databases, replicate or bypass row security; only
    /// `casus_roles` makes roles (a casus before the seventeenth stop gave `casus_owner` CREATEROLE:
    /// taken back). No membership involves casus's own three roles and no group is a member of
    /// anything: one made while `casus_owner` could make roles (`GRANT casus_data TO casus_owner`)
    /// is revoked. Roles are the server's, not one database's: the lock on the role catalog keeps
    /// another database's `server init` or `upgrade` from changing them at the same moment, and
    /// they are changed only where they differ.
    static var roles: String {
        let made = (PGSchema.ownRoles + PGSchema.groups.map { ($0, false) }).map { role, makesRoles in
            let options = "NOLOGIN " + (makesRoles ? "CREATEROLE" : "NOCREATEROLE")
            return """
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(role)') THEN
                        CREATE ROLE \(role) \(options);
                    ELSIF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(role)' AND NOT rolcanlogin
                                      AND rolcreaterole = \(makesRoles) AND NOT rolsuper AND NOT rolcreatedb
                                      AND NOT rolreplication AND NOT rolbypassrls) THEN
                        ALTER ROLE \(role) \(options) NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS;
                    END IF;
                END $$;
                """
        }
        return "LOCK TABLE pg_catalog.pg_authid IN SHARE ROW EXCLUSIVE MODE;\n" + made.joined(separator: "\n")
            + """

            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT m.roleid::regrole::text AS role, m.member::regrole::text AS member
                         FROM pg_auth_members m WHERE \(memberships) LOOP
                    EXECUTE format('REVOKE %I FROM %I', r.role, r.member);
                END LOOP;
            END $$;
            GRANT \(PGSchema.watcherGroups.joined(separator: ", ")) TO \(PGSchema.watcher);
            """
    }

    /// The memberships casus gives none of (`pg_auth_members m`): any in casus's own roles, and
    /// any of casus's own roles or groups in another role.
    static var memberships: String {
        "(m.roleid::regrole::text IN (\(PGSchema.ownRoleNames))"
            + " OR m.member::regrole::text IN (\(PGSchema.ownRoleNames), \(PGSchema.groupNames)))"
            + " AND NOT \(PGSchema.givenMemberships)"
    }

    /// casus's roles as they stand: their options and memberships (`server upgrade` says whether
    /// it changed them).
    static var roleState: String {
        """
        SELECT coalesce(string_agg(x, E'\\n' ORDER BY x), '') AS state FROM (
            SELECT r.rolname || ' ' || concat_ws(',', r.rolcanlogin, r.rolsuper, r.rolcreaterole, r.rolcreatedb,
                                                 r.rolreplication, r.rolbypassrls) AS x
            FROM pg_roles r WHERE r.rolname IN (\(PGSchema.ownRoleNames), \(PGSchema.groupNames))
            UNION ALL
            SELECT m.member::regrole::text || ' in ' || m.roleid::regrole::text FROM pg_auth_members m
            WHERE \(memberships)) s
        """
    }

    /// Who owns what in `schema` (casus's, or the upgrade's scratch copy): `casus_data` the schema,
    /// the tables, views, sequences and types, the text search configuration and every routine
    /// but the entry points; `casus_owner` the entry points (SECURITY DEFINER, not a trigger's);
    /// `PGSchema.functionOwners` the two that run as another role (by name and argument types). An
    /// extension's functions keep theirs. Everything is made as `casus_data` and only the entry
    /// points are given away, so a server of an earlier casus (where `casus_owner` owned all) is
    /// moved by the same statement.
    static func ownership(schema: String) -> String {
        let data = PGSchema.dataOwner
        let special = PGSchema.functionOwners.map { "WHEN '\($0.key)' THEN '\($0.value)'" }.joined(separator: " ")
        return """
            DO $$
            DECLARE
                r record;
                s regnamespace := '\(schema)'::regnamespace;
            BEGIN
                EXECUTE format('ALTER SCHEMA %I OWNER TO \(data)', s::text);
                FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                         WHERE c.relnamespace = s AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                           AND c.relowner <> '\(data)'::regrole
                           -- A column's sequence follows its table.
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                           AND d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
                    EXECUTE format('ALTER %s %s OWNER TO \(data)',
                                   CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                                  WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                                   r.name);
                END LOOP;
                -- Types of their own (a composite, an enum, a domain, a range): a table's row type
                -- follows its table, an array type its element.
                FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
                         LEFT JOIN pg_class c ON c.oid = t.typrelid
                         WHERE t.typnamespace = s AND t.typowner <> '\(data)'::regrole AND t.typelem = 0
                           AND t.typtype IN ('c', 'e', 'd', 'r', 'm') AND (t.typrelid = 0 OR c.relkind = 'c')
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                           AND d.objid = t.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER TYPE %s OWNER TO \(data)', r.name);
                END LOOP;
                FOR r IN SELECT t.oid::regconfig AS name FROM pg_ts_config t
                         WHERE t.cfgnamespace = s AND t.cfgowner <> '\(data)'::regrole LOOP
                    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %s OWNER TO \(data)', r.name);
                END LOOP;
                FOR r IN SELECT p.oid::regprocedure AS name, w.owner
                         FROM pg_proc p
                         CROSS JOIN LATERAL (SELECT CASE p.proname || '(' || oidvectortypes(p.proargtypes) || ')' \(special)
                             ELSE CASE WHEN p.prosecdef AND p.prorettype <> 'trigger'::regtype
                                       THEN CASE p.provolatile WHEN 'v' THEN '\(PGSchema.owner)'
                                                 ELSE '\(PGSchema.reader)' END
                                       ELSE '\(data)' END END AS owner) w
                         WHERE p.pronamespace = s AND p.prokind IN ('f', 'p') AND p.proowner <> w.owner::regrole
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                           AND d.objid = p.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, r.owner);
                END LOOP;
            END $$;
            """
    }

    /// Nothing for anyone but the owners, then: the groups EXECUTE on the entry points;
    /// `casus_owner` reads and adds rows of every table, updates and deletes those of the tables
    /// casus's functions update and delete (`PGSchema.rowsUpdated`, `rowsDeleted`), truncates
    /// the kept counts an import writes again, and EXECUTE on the other functions: exactly that, also where an earlier casus or a hand granted more
    /// (`server upgrade` gives the grants again). An extension's functions are left as it made them.
    static func grants(database: String) -> String {
        let groups = PGSchema.groups.joined(separator: ", ")
        let db = PGSchema.quoted(database)
        let owner = PGSchema.owner
        let reader = PGSchema.reader
        let casusRoles = PGSchema.ownRoleIDs
        func tables(_ names: [String]) -> String {
            names.map { "casus." + PGSchema.quoted($0) }.joined(separator: ", ")
        }
        return """
            -- Every grant on casus's schema, tables, sequences and functions taken back, whoever gave
            -- it (by hand, or an earlier casus); a function's unwritten default lets PUBLIC run it.
            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT format('%s %I.%I', CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                                       'casus', c.relname) AS object, a.grantee
                         FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                         WHERE c.relnamespace = 'casus'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')
                           AND a.grantee <> c.relowner
                         UNION
                         SELECT 'ROUTINE ' || p.oid::regprocedure::text, a.grantee
                         FROM pg_proc p CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                         WHERE p.pronamespace = 'casus'::regnamespace AND p.proowner = ANY (\(casusRoles))
                           AND p.prokind IN ('f', 'p') AND a.grantee <> p.proowner
                         UNION
                         SELECT 'SCHEMA casus', a.grantee FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
                         WHERE n.nspname = 'casus' AND a.grantee <> n.nspowner
                LOOP
                    EXECUTE format('REVOKE ALL ON %s FROM %s', r.object,
                                   CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.grantee)) END);
                END LOOP;
            END $$;
            -- Then exactly what casus gives.
            GRANT USAGE ON SCHEMA casus TO \(groups), \(owner), \(reader);
            GRANT SELECT ON ALL TABLES IN SCHEMA casus TO \(owner), \(reader);
            DO $$
            DECLARE t record;
            BEGIN
                -- Rows are added to tables, not through views.
                FOR t IN SELECT c.oid::regclass AS name FROM pg_class c
                         WHERE c.relnamespace = 'casus'::regnamespace AND c.relkind IN ('r', 'p') LOOP
                    EXECUTE format('GRANT INSERT ON TABLE %s TO \(owner)', t.name);
                END LOOP;
            END $$;
            GRANT UPDATE ON TABLE \(tables(PGSchema.rowsUpdated)) TO \(owner);
            GRANT DELETE ON TABLE \(tables(PGSchema.rowsDeleted)) TO \(owner);
            GRANT TRUNCATE ON TABLE \(tables(PGSchema.compacted)) TO \(owner);
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA casus TO \(owner);
            DO $$
            DECLARE f record;
            BEGIN
                -- The entry points (the writers' and the readers') for the groups; the helpers for
                -- the two roles the entry points run as; a function that runs as another role of
                -- casus's for the writers' only.
                FOR f IN SELECT p.oid::regprocedure AS name,
                                CASE WHEN p.prosecdef AND p.proowner IN ('\(owner)'::regrole, '\(reader)'::regrole)
                                     THEN '\(groups)'
                                     WHEN p.prosecdef THEN '\(owner)' ELSE '\(owner), \(reader)' END AS grantees
                         FROM pg_proc p
                         WHERE p.pronamespace = 'casus'::regnamespace AND p.proowner = ANY (\(casusRoles))
                           AND p.prokind IN ('f', 'p') AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                           AND d.objid = p.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('GRANT EXECUTE ON ROUTINE %s TO %s', f.name, f.grantees);
                END LOOP;
            END $$;
            REVOKE CONNECT, TEMPORARY ON DATABASE \(db) FROM PUBLIC;
            GRANT CONNECT ON DATABASE \(db) TO \(groups);
            """
    }
}
