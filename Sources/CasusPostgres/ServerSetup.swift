import CasusCore
import Foundation

/// `casus server init` and `casus server check`: the schema, its owner, the group roles and the
/// grants on a PostgreSQL database, set up once by a database superuser.
///
/// - `casus_owner` (NOLOGIN, CREATEROLE) owns every table and function; nobody logs in as it.
///   CREATEROLE lets `casus users add` (through the functions) create an account's login role.
/// - `casus_director`, `casus_board`, `casus_ib`, `casus_teacher` (NOLOGIN) are the groups: they
///   may connect, use the schema and EXECUTE casus's SECURITY DEFINER functions, nothing else.
///   No group has any privilege on any table; the helper functions are the owner's alone.
/// - The founder (`--director ACCOUNT`) gets a login role in `casus_director` and may found the
///   first school (`casus init`) while the server has no accounts yet.
public enum ServerSetup {
    public struct Report: Sendable {
        public var database: String
        public var founder: String
        public var unaccent: Bool
    }

    /// Installs everything in one transaction: all of it, or nothing.
    public static func initialize(url: String, founder: String) throws -> Report {
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
            let unaccent = try c.row("SELECT 1 AS x FROM pg_available_extensions WHERE name = 'unaccent'") != nil
            try c.execute("BEGIN")
            do {
                try install(c, founder: founder, unaccent: unaccent)
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
    static func install(_ c: PGConnection, founder: String, unaccent: Bool) throws {
        // Roles are the server's, not one database's: made once, kept if there.
        for (role, options) in [(PGSchema.owner, "NOLOGIN CREATEROLE")] + PGSchema.groups.map({ ($0, "NOLOGIN") }) {
            try c.execute(
                """
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(role)') THEN CREATE ROLE \(role) \(options); END IF;
                END $$;
                ALTER ROLE \(role) \(options);
                """)
        }
        try c.execute("CREATE SCHEMA casus AUTHORIZATION \(PGSchema.owner)")
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
        try c.execute("SET LOCAL ROLE \(PGSchema.owner); SET LOCAL search_path = casus, pg_temp")
        try c.execute("CREATE TEXT SEARCH CONFIGURATION casus.casus_folded (COPY = pg_catalog.simple); " + folding)
        try installParts(c)
        try c.execute(
            "INSERT INTO meta (key, value) VALUES ('version', '\(PGSchema.version)'), ('founder', '\(founder)')")
        try c.execute("RESET ROLE; SET LOCAL search_path = casus, pg_temp")
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
    static func installParts(_ c: PGConnection) throws {
        for (i, part) in PGSchema.all.enumerated() {
            do {
                try c.execute(part)
            } catch let PGError.server(e) {
                // A fault in casus's own SQL: say which part, so it can be found.
                var e = e
                e.message += " (casus schema part \(i + 1) of \(PGSchema.all.count))"
                throw PGError.server(e)
            }
        }
    }

    /// Nothing for anyone but the owner, then EXECUTE on the SECURITY DEFINER functions (the API)
    /// for the groups: exactly that, also where an earlier casus or a hand granted more
    /// (`server upgrade` gives the grants again).
    static func grants(database: String) -> String {
        let groups = PGSchema.groups.joined(separator: ", ")
        let db = PGSchema.quoted(database)
        // The groups as role ids, for the grants that are theirs to keep.
        let groupIDs = "ARRAY[" + PGSchema.groups.map { "'\($0)'::regrole" }.joined(separator: ", ") + "]::oid[]"
        return """
            REVOKE ALL ON SCHEMA casus FROM PUBLIC, \(groups);
            REVOKE ALL ON ALL TABLES IN SCHEMA casus FROM PUBLIC, \(groups);
            REVOKE ALL ON ALL SEQUENCES IN SCHEMA casus FROM PUBLIC, \(groups);
            GRANT USAGE ON SCHEMA casus TO \(groups);
            DO $$
            DECLARE f record;
            BEGIN
                FOR f IN SELECT p.oid::regprocedure AS name, p.prosecdef AS api FROM pg_proc p
                         JOIN pg_namespace n ON n.oid = p.pronamespace
                         WHERE n.nspname = 'casus' AND p.proowner = '\(PGSchema.owner)'::regrole LOOP
                    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC, \(groups)', f.name);
                    IF f.api THEN
                        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO \(groups)', f.name);
                    END IF;
                END LOOP;
            END $$;
            -- Whatever else anyone was granted on casus's schema, tables and functions (by hand, or
            -- by an earlier casus): the owner's alone again.
            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT format('%s %I.%I', CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                                       'casus', c.relname) AS object, a.grantee
                         FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                         WHERE c.relnamespace = 'casus'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')
                           AND a.grantee <> c.relowner
                         UNION
                         SELECT 'FUNCTION ' || p.oid::regprocedure::text, a.grantee
                         FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a
                         WHERE p.pronamespace = 'casus'::regnamespace AND p.proowner = '\(PGSchema.owner)'::regrole
                           AND a.grantee <> p.proowner AND NOT (p.prosecdef AND a.grantee = ANY (\(groupIDs)))
                         UNION
                         SELECT 'SCHEMA casus', a.grantee FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
                         WHERE n.nspname = 'casus' AND a.grantee <> n.nspowner
                           AND NOT (a.grantee = ANY (\(groupIDs))
                                    AND a.privilege_type = 'USAGE')
                LOOP
                    EXECUTE format('REVOKE ALL ON %s FROM %s', r.object,
                                   CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.grantee)) END);
                END LOOP;
            END $$;
            GRANT USAGE ON SCHEMA casus TO \(groups);
            REVOKE CONNECT, TEMPORARY ON DATABASE \(db) FROM PUBLIC;
            GRANT CONNECT ON DATABASE \(db) TO \(groups);
            """
    }
}
