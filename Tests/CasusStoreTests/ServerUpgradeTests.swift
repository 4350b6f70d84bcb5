import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Synchronization
import Testing

/// `casus server upgrade`: a server set up by an earlier casus gets this casus's functions, views,
/// triggers, indexes and grants, and keeps its data; what is refused changes nothing.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct ServerUpgradeTests {
    /// Everything an upgrade may change, as the catalog prints it: each function with its owner,
    /// body, grants and whether it runs as its owner; each index, trigger and view; the owners of
    /// and grants on the tables, the schema and the text search configuration.
    func catalog(_ cluster: PostgresCluster, _ db: String) throws -> String {
        try cluster.psql(
            db,
            """
            SELECT 'function ' || p.oid::regprocedure::text || ' ' || p.proowner::regrole::text || ' ' || p.prosecdef
                   || ' ' || coalesce(p.proacl::text, '') || E'\\n' || pg_get_functiondef(p.oid)
            FROM pg_proc p WHERE p.pronamespace = 'casus'::regnamespace AND p.prokind = 'f'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                              AND d.deptype = 'e')
            UNION ALL SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
              WHERE c.relnamespace = 'casus'::regnamespace
            UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
              WHERE c.relnamespace = 'casus'::regnamespace AND NOT t.tgisinternal
            UNION ALL SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' ' || c.relowner::regrole::text
              || ' ' || coalesce(c.relacl::text, '') || coalesce(' ' || pg_get_viewdef(c.oid), '')
              FROM pg_class c WHERE c.relnamespace = 'casus'::regnamespace AND c.relkind IN ('r', 'v', 'S')
            UNION ALL SELECT 'schema ' || n.nspowner::regrole::text || ' ' || coalesce(n.nspacl::text, '')
              FROM pg_namespace n WHERE n.nspname = 'casus'
            UNION ALL SELECT 'configuration ' || t.cfgname || ' ' || t.cfgowner::regrole::text FROM pg_ts_config t
              WHERE t.cfgnamespace = 'casus'::regnamespace
            UNION ALL SELECT 'type ' || t.typname || ' ' || t.typowner::regrole::text FROM pg_type t
              WHERE t.typnamespace = 'casus'::regnamespace
            UNION ALL SELECT 'schemas ' || count(*) FROM pg_namespace n WHERE n.nspname LIKE 'casus%'
            ORDER BY 1
            """)
    }

    /// The upgraded server's catalog is what `server init` of this casus makes (`reference`), and a
    /// second run finds nothing to do.
    func expectAsMadeAndUpToDate(
        _ cluster: PostgresCluster, _ db: String, url: String, reference: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let after = try catalog(cluster, db)
        let (a, b) = (Set(after.split(separator: "\n")), Set(reference.split(separator: "\n")))
        #expect(
            after == reference, "only after: \(a.subtracting(b).sorted()); only fresh: \(b.subtracting(a).sorted())",
            sourceLocation: sourceLocation)
        #expect(try ServerUpgrade.run(url: url).isUpToDate, sourceLocation: sourceLocation)
    }

    /// A server set up by a casus before the seventeenth stop: `casus_owner` owned the schema, the
    /// tables, the types, every function and the search configuration, and could make roles, so
    /// code running as it could have made itself a member of the tables' owner. The upgrade gives
    /// each object to the role this casus gives it and takes the membership and CREATEROLE back,
    /// so the functions' role can no longer switch a guard off; the data stays and casus works on
    /// it, accounts added included. On a cluster of its own: roles are the whole server's.
    @Test func aServerWhereTheFunctionsRoleOwnedTheTablesIsMoved() throws {
        let cluster = try PostgresCluster.isolated()
        defer { cluster.stop() }
        let w = try PostgresRoleTests().world(on: cluster)
        let url = w.cluster.url(database: w.database, user: "postgres")
        let reference = try catalog(w.cluster, PostgresCluster.database(of: try w.cluster.makeDatabase()))
        try w.cluster.psql(
            w.database,
            """
            ALTER SCHEMA casus OWNER TO casus_owner;
            ALTER TEXT SEARCH CONFIGURATION casus.casus_folded OWNER TO casus_owner;
            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                         WHERE c.relnamespace = 'casus'::regnamespace AND c.relkind IN ('r', 'v') LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO casus_owner', r.name);
                END LOOP;
                FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid
                         WHERE t.typnamespace = 'casus'::regnamespace AND c.relkind = 'c' LOOP
                    EXECUTE format('ALTER TYPE %s OWNER TO casus_owner', r.name);
                END LOOP;
                FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                         WHERE p.pronamespace = 'casus'::regnamespace AND p.proowner <> 'postgres'::regrole LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO casus_owner', r.name);
                END LOOP;
            END $$;
            ALTER ROLE casus_owner CREATEROLE;
            """)
        // As it was: the functions' role could make itself the tables' owner, and then switch the
        // event chain's guard off (even after the tables were given to casus_data).
        try w.cluster.psql(w.database, "SET ROLE casus_owner; GRANT casus_data TO casus_owner")
        try w.cluster.psql(
            w.database,
            "SET ROLE casus_owner; ALTER TABLE casus.event DISABLE TRIGGER event_no_change; ALTER TABLE casus.event ENABLE TRIGGER event_no_change"
        )
        let report = try ServerUpgrade.run(url: url)
        #expect(report.ownersMoved > 50 && report.rolesRestored, "\(report)")
        #expect(report.replaced.isEmpty && report.added.isEmpty && report.dropped.isEmpty, "\(report)")
        let roles = try w.cluster.psql(
            w.database,
            "SELECT count(*) FROM pg_auth_members WHERE member = 'casus_owner'::regrole"
                + " UNION ALL SELECT count(*) FROM pg_roles WHERE rolname = 'casus_owner' AND rolcreaterole")
        #expect(roles.split(separator: "\n") == ["0", "0"], "\(roles)")
        let after = try catalog(w.cluster, w.database)
        let (a, b) = (Set(after.split(separator: "\n")), Set(reference.split(separator: "\n")))
        #expect(
            after == reference, "only after: \(a.subtracting(b).sorted()); only fresh: \(b.subtracting(a).sorted())")
        let refusal = PostgresRoleTests().refused(
            w, "SET ROLE casus_owner; ALTER TABLE casus.event DISABLE TRIGGER event_no_change", as: "postgres")
        #expect(refusal?.contains("must be owner") == true, "\(refusal ?? "switched off")")
        #expect(try ServerUpgrade.run(url: url).isUpToDate)
        let director = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")),
            account: "founder", profiles: Fixtures.profiles)
        #expect(try director.dossiers.dossier(w.pupil.id).entries.map(\.body) == ["Leerlingnotitie S."])
        _ = try director.directory.addUser(account: "meester_tom", role: .teacher, personID: nil)
        #expect(try director.integrity.verify().isSound)
    }

    /// `server check` looks at casus's accounts too: a teacher's login made a member of
    /// `pg_read_all_data` read every table, with settings of its own, and the check said all was
    /// well (a review). Named, with what to do; neither a check nor an upgrade changes them. On a
    /// cluster of its own: roles are the whole server's.
    @Test func anAccountWithMoreThanCasusGivesIsNamed() throws {
        let cluster = try PostgresCluster.isolated()
        defer { cluster.stop() }
        let w = try PostgresRoleTests().world(on: cluster)
        let url = w.cluster.url(database: w.database, user: "postgres")
        #expect(try ServerUpgrade.run(url: url, purpose: .check).isUpToDate)
        try w.cluster.psql(
            "postgres",
            "CREATE ROLE meester LOGIN; GRANT casus_teacher TO meester; GRANT pg_read_all_data TO meester; "
                + "ALTER ROLE meester SET work_mem = '64MB'")
        let found = try ServerUpgrade.run(url: url, purpose: .check)
        #expect(!found.isUpToDate)
        let said = found.accounts.map(\.nl).joined(separator: " | ")
        #expect(said.contains("account meester is ook lid van pg_read_all_data"), "\(said)")
        #expect(said.contains("account meester heeft eigen instellingen (work_mem=64MB)"), "\(said)")
        let upgraded = try ServerUpgrade.run(url: url)
        #expect(!upgraded.accounts.isEmpty, "an upgrade names them too, and leaves them")
        try w.cluster.psql("postgres", "REVOKE pg_read_all_data FROM meester; ALTER ROLE meester RESET ALL")
        #expect(try ServerUpgrade.run(url: url, purpose: .check).isUpToDate)
    }

    @Test func anEarlierServerGetsThisCasussFunctionsAndKeepsItsData() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let db = PostgresCluster.database(of: url)
        let reference = try catalog(cluster, PostgresCluster.database(of: try cluster.makeDatabase()))
        let service = try Directory.initialize(
            storage: try PostgresStorage(url: cluster.url(database: db, user: "founder")), schoolName: "OBS De Linde",
            protocolID: "jozefschool", account: "founder", director: ("Anne", "van der", "Berg"),
            profiles: Fixtures.profiles)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Met Sem gesproken.")
        // What an earlier casus left: a function with another body, one with another result, one
        // this casus no longer has, an index with a column fewer, a guard missing, a grant too many.
        try cluster.psql(
            db,
            """
            SET ROLE casus_data; SET search_path = casus, pg_temp;
            CREATE OR REPLACE FUNCTION page_window(p_offset bigint, p_limit bigint, counted bigint,
                OUT from_end boolean, OUT lim bigint, OUT off bigint)
            LANGUAGE sql IMMUTABLE AS $$ SELECT false, p_limit, p_offset $$;
            DROP FUNCTION incidents_where(bigint, boolean, boolean, text, text, bigint[]);
            CREATE FUNCTION incidents_where(p_school bigint, p_pupil boolean, p_staff boolean, p_status text, p_mine text,
                p_not_about bigint[], OUT w text, OUT school bigint) LANGUAGE plpgsql STABLE AS $$ BEGIN w := 'true'; END $$;
            CREATE FUNCTION my_scope(c caller_t, OUT school bigint) LANGUAGE sql IMMUTABLE AS $$ SELECT 1::bigint $$;
            DROP INDEX person_sort;
            CREATE INDEX person_sort ON person(sort_name, id) INCLUDE (school_id, kind, grp);
            DROP TRIGGER event_no_change ON event;
            ALTER TABLE entry DISABLE TRIGGER entry_no_update;
            CREATE VIEW old_view AS SELECT id FROM person;
            CREATE OR REPLACE FUNCTION name_words(p_search_name text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
                SELECT array_to_tsvector(ARRAY[upper(btrim(p_search_name))])
            $$;
            RESET ROLE;
            GRANT EXECUTE ON FUNCTION casus.caller_for(text) TO casus_teacher;
            GRANT SELECT, UPDATE ON casus.entry TO founder;
            GRANT CREATE ON SCHEMA casus TO casus_ib;
            """)
        // The name index as that other function built it: its file, to see it built again.
        let nameIndex = "SELECT relfilenode FROM pg_class WHERE oid = 'casus.person_words'::regclass"
        let built = try cluster.psql(db, nameIndex)
        #expect(try catalog(cluster, db) != reference)
        let report = try ServerUpgrade.run(url: url)
        #expect(report.replaced.contains { $0.hasPrefix("function page_window(") }, "\(report.replaced)")
        #expect(report.replaced.contains { $0.hasPrefix("function incidents_where(") }, "\(report.replaced)")
        #expect(report.replaced.contains("index person_sort"), "\(report.replaced)")
        #expect(report.replaced.contains("trigger entry_no_update"), "\(report.replaced)")
        #expect(report.replaced.contains { $0.hasPrefix("function name_words(") }, "\(report.replaced)")
        #expect(report.replaced.contains("index person_words"), "\(report.replaced)")
        #expect(report.grantsRestored)
        #expect(report.added == ["trigger event_no_change"], "\(report.added)")
        #expect(report.dropped == ["function my_scope(casus.caller_t)", "view old_view"], "\(report.dropped)")
        // Now the server is what `server init` of this casus makes, grants included, and a second
        // run finds nothing to do.
        try expectAsMadeAndUpToDate(cluster, db, url: url, reference: reference)
        // The data stayed, casus works on it, and the guard is back.
        let director = try CasusService.session(
            storage: try PostgresStorage(url: cluster.url(database: db, user: "founder")), account: "founder",
            profiles: Fixtures.profiles)
        #expect(try director.dossiers.dossier(pupil.id).entries.map(\.body) == ["Met Sem gesproken."])
        #expect(throws: (any Error).self) { try cluster.psql(db, "UPDATE casus.event SET account = 'x'") }
        #expect(throws: (any Error).self) { try cluster.psql(db, "UPDATE casus.entry SET title = 'x'") }
        // The index on the name function that changed was built again (REINDEX: a new file).
        #expect(try cluster.psql(db, nameIndex) != built)
    }

    /// A function this casus adds, called in the SQL body of one it replaces that sorts before it:
    /// PostgreSQL checks a SQL function's body when it is made, and the upgrade from schema 29
    /// stopped at `head_shown`, whose body calls `links_own`, not made yet ("function links_own
    /// (caller_t) does not exist"; a review). Nothing changed, and the server stayed at 29.
    @Test func aFunctionAddedIsCalledByOneReplacedBeforeIt() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let db = PostgresCluster.database(of: url)
        let reference = try catalog(cluster, PostgresCluster.database(of: try cluster.makeDatabase()))
        try cluster.psql(
            db,
            """
            SET ROLE casus_data; SET search_path = casus, pg_temp;
            CREATE OR REPLACE FUNCTION head_shown(c caller_t, p_hash text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                SELECT CASE WHEN writes_letters(c) THEN p_hash ELSE '' END
            $$;
            DROP FUNCTION links_own(caller_t);
            """)
        let report = try ServerUpgrade.run(url: url)
        #expect(report.added.contains { $0.hasPrefix("function links_own(") }, "\(report.added)")
        #expect(report.replaced.contains { $0.hasPrefix("function head_shown(") }, "\(report.replaced)")
        try expectAsMadeAndUpToDate(cluster, db, url: url, reference: reference)
    }

    /// A server of schema 11 (its reports' words parsed again at every search) is brought to 12 by
    /// `server upgrade`: the reports keep their words beside them, filled from their summaries; the
    /// catalog is then what `server init` makes; what was there stays and is found. Before the
    /// upgrade a client is refused with what to do; a version no step leads from is refused as before.
    @Test func aSchemaElevenServerIsBroughtToTwelveAndItsReportsAreFound() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let db = PostgresCluster.database(of: url)
        let reference = try catalog(cluster, PostgresCluster.database(of: try cluster.makeDatabase()))
        let login = cluster.url(database: db, user: "founder")
        let service = try Directory.initialize(
            storage: try PostgresStorage(url: login), schoolName: "OBS De Linde", protocolID: "jozefschool",
            account: "founder", director: ("Anne", "van der", "Berg"), profiles: Fixtures.profiles)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        let report = try service.intake.report(
            summary: "Foto van de juf op Instagram gezet.", platform: "Instagram", subjects: [pupil.id]
        ).value
        // Schema 11's reports table and index, as that casus made them.
        try cluster.psql(
            db,
            """
            SET session_replication_role = replica;
            DROP TRIGGER numbers_used ON casus.sequence;
            DROP INDEX casus.incident_search;
            ALTER TABLE casus.incident DROP COLUMN search;
            CREATE INDEX incident_search ON casus.incident USING gin (casus.search_vector(summary)) WITH (fastupdate = off);
            CREATE TABLE public.kept_salt AS SELECT id, salt FROM casus.person;
            ALTER TABLE casus.person DROP COLUMN salt;
            CREATE TABLE public.kept_entry_salt AS SELECT id, salt FROM casus.entry;
            DROP VIEW casus.entry_v CASCADE;
            ALTER TABLE casus.entry DROP COLUMN salt;
            CREATE VIEW casus.entry_v AS
            SELECT e.id, e.dossier_id, e.seq, e.kind, e.title, e.body, e.author, e.author_name, e.at, e.case_id,
                   (SELECT k.number FROM casus."case" k WHERE k.id = e.case_id) AS case_number, e.corrects, e.heard,
                   e.evidence, e.prev_hash, e.hash
            FROM casus.entry e;
            ALTER TABLE casus.entry_evidence DROP COLUMN name;
            ALTER TABLE casus.incident_evidence DROP COLUMN name;
            UPDATE casus.meta SET value = '11' WHERE key = 'version';
            """)
        let refused = #expect(throws: CasusError.self) { _ = try PostgresStorage(url: login) }
        #expect(refused?.hint?.nl.contains("server upgrade") == true, "\(String(describing: refused))")
        let upgraded = try ServerUpgrade.run(url: url)
        #expect(
            upgraded.tableSteps.map { "\($0.from)→\($0.to)" } == [
                "11→12", "12→13", "13→14", "14→15", "15→16", "16→17", "17→18", "18→19", "19→20", "20→21", "21→22",
                "22→23", "23→24", "24→25", "25→26", "26→27", "27→28", "28→29", "29→30", "30→31", "31→32", "32→33",
                "33→34", "34→35", "35→36", "36→37",
            ],
            "\(upgraded.tableSteps)")
        #expect(upgraded.added.contains("index incident_search"), "\(upgraded.added)")
        #expect(upgraded.added.contains("trigger numbers_used"), "\(upgraded.added)")
        try expectAsMadeAndUpToDate(cluster, db, url: url, reference: reference)
        // 17→18 gave every person an empty key, as a server's people written before have (their
        // events hold plain digests). These were written by this casus, under keys: given back.
        #expect(
            try cluster.psql(db, "SELECT count(*) FROM casus.person WHERE salt <> ''").trimmingCharacters(
                in: .whitespacesAndNewlines) == "0")
        try cluster.psql(
            db,
            """
            SET session_replication_role = replica;
            UPDATE casus.person p SET salt = k.salt FROM public.kept_salt k WHERE k.id = p.id;
            DROP TABLE public.kept_salt;
            UPDATE casus.entry e SET salt = k.salt FROM public.kept_entry_salt k WHERE k.id = e.id;
            DROP TABLE public.kept_entry_salt;
            """)
        let director = try CasusService.session(
            storage: try PostgresStorage(url: login), account: "founder", profiles: Fixtures.profiles)
        let hits = try director.dossiers.search("instagram")
        #expect(hits.contains { $0.source == .report && $0.incidentID == report.id }, "\(hits.map(\.title))")
        #expect(try director.integrity.verify().isSound)
        // A version no step leads from: refused, nothing changed.
        try cluster.psql(
            db, "SET session_replication_role = replica; UPDATE casus.meta SET value = '10' WHERE key = 'version'")
        #expect(throws: CasusError.self) { _ = try ServerUpgrade.run(url: url) }
        #expect(
            try cluster.psql(db, "SELECT value FROM casus.meta WHERE key = 'version'").trimmingCharacters(
                in: .whitespacesAndNewlines) == "10")
    }

    /// Roles are the whole server's: two databases upgraded at the same moment, each finding the
    /// roles to mend, both succeed (the second waits for the first's lock on the role catalog;
    /// without it, one was refused with "tuple concurrently updated"). On a cluster of its own.
    @Test func twoDatabasesUpgradedAtOnceBothSucceed() throws {
        let cluster = try PostgresCluster.isolated()
        defer { cluster.stop() }
        let urls = try (0..<2).map { _ in try cluster.makeDatabase() }
        try cluster.psql("postgres", "ALTER ROLE casus_owner CREATEROLE")
        let results = Mutex<[Result<ServerUpgrade.Report, any Error>]>([])
        DispatchQueue.concurrentPerform(iterations: urls.count) { i in
            let result = Result { try ServerUpgrade.run(url: urls[i]) }
            results.withLock { $0.append(result) }
        }
        let reports = try results.withLock { try $0.map { try $0.get() } }
        #expect(reports.count == 2 && reports.contains { $0.rolesRestored }, "\(reports)")
        for url in urls { #expect(try ServerUpgrade.run(url: url).isUpToDate) }
    }

    /// An upgrade that only brings this casus's own functions (one new, one with another body)
    /// reports them, and not that it took back grants: a function PostgreSQL makes is executable by
    /// everyone until the grants are given again, and that was the upgrade's own doing.
    @Test func newFunctionsAreNoGrantsTakenBack() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let db = PostgresCluster.database(of: url)
        try cluster.psql(
            db,
            """
            SET ROLE casus_data; SET search_path = casus, pg_temp;
            DROP FUNCTION entry_slot(bigint);
            CREATE OR REPLACE FUNCTION page_window(p_offset bigint, p_limit bigint, counted bigint,
                OUT from_end boolean, OUT lim bigint, OUT off bigint)
            LANGUAGE sql IMMUTABLE AS $$ SELECT false, p_limit, p_offset $$;
            """)
        let report = try ServerUpgrade.run(url: url)
        #expect(report.added == ["function entry_slot(bigint)"], "\(report.added)")
        #expect(report.replaced.contains { $0.hasPrefix("function page_window(") }, "\(report.replaced)")
        #expect(!report.grantsRestored)
        // A grant too many is still found and taken back.
        try cluster.psql(db, "GRANT EXECUTE ON FUNCTION casus.caller_for(text) TO casus_teacher")
        let again = try ServerUpgrade.run(url: url)
        #expect(again.grantsRestored && again.replaced.isEmpty && again.added.isEmpty, "\(again)")
    }

    /// An index the upgrade makes again is one the planner knows: its table is analysed, so the
    /// statistics of its expressions are there (without them a typed name in Dossiers took 10–12 ms
    /// instead of 2 on the district server, until autovacuum came by).
    @Test func anIndexMadeAgainHasItsStatistics() throws {
        let w = try PostgresRoleTests().world()
        let url = w.cluster.url(database: w.database, user: "postgres")
        let statistics = "SELECT count(*) FROM pg_statistic WHERE starelid = 'casus.person_words'::regclass"
        try w.cluster.psql(w.database, "ANALYZE casus.person")
        #expect(try w.cluster.psql(w.database, statistics).trimmingCharacters(in: .whitespacesAndNewlines) != "0")
        // An earlier casus's index of another shape (for pupils only): it is built again.
        try w.cluster.psql(
            w.database,
            """
            SET ROLE casus_data; DROP INDEX casus.person_words;
            CREATE INDEX person_words ON casus.person USING gin (casus.name_words(search_name)) WHERE kind = 'pupil';
            """)
        #expect(try w.cluster.psql(w.database, statistics).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let report = try ServerUpgrade.run(url: url)
        #expect(report.replaced.contains("index person_words"), "\(report.replaced)")
        #expect(try w.cluster.psql(w.database, statistics).trimmingCharacters(in: .whitespacesAndNewlines) != "0")
    }

    /// An index that differs only in its storage parameters (the search indexes before they were
    /// written through) is altered in place, not built again: on a board that would hold its table
    /// for minutes. What it kept unsorted is taken in.
    @Test func anIndexWhoseParametersAloneDifferIsAlteredInPlace() throws {
        let w = try PostgresRoleTests().world()
        let url = w.cluster.url(database: w.database, user: "postgres")
        try w.cluster.psql(
            w.database, "SET ROLE casus_data; ALTER INDEX casus.entry_words_search SET (fastupdate = on)")
        let director = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")),
            account: "founder", profiles: Fixtures.profiles)
        _ = try director.dossiers.addEntry(person: w.pupil.id, kind: .note, title: "Later", body: "Na de upgrade.")
        _ = try w.cluster.psql(w.database, "CREATE EXTENSION IF NOT EXISTS pgstattuple")
        let pending = "SELECT pending_tuples FROM pgstatginindex('casus.entry_words_search')"
        #expect(try w.cluster.psql(w.database, pending).trimmingCharacters(in: .whitespacesAndNewlines) != "0")
        let file =
            "SELECT relfilenode || ' ' || array_to_string(reloptions, ',') FROM pg_class"
            + " WHERE oid = 'casus.entry_words_search'::regclass"
        let before = try w.cluster.psql(w.database, file)
        let report = try ServerUpgrade.run(url: url)
        #expect(report.replaced == ["index entry_words_search"] && report.added.isEmpty, "\(report)")
        let after = try w.cluster.psql(w.database, file).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(after.split(separator: " ").first == before.split(separator: " ").first, "the same file: \(after)")
        #expect(after.hasSuffix(" fastupdate=off"), "\(after)")
        #expect(try w.cluster.psql(w.database, pending).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect(try ServerUpgrade.run(url: url).isUpToDate)
        #expect(try director.dossiers.search("upgrade").count == 1)
    }

    /// The refusal of an upgrade of `db` as `user`, with the catalog before and after it (which must
    /// be the same).
    func refusal(
        _ cluster: PostgresCluster, _ db: String, as user: String = "postgres"
    ) throws -> (error: CasusError?, unchanged: Bool) {
        let before = try catalog(cluster, db)
        var refused: CasusError?
        do {
            _ = try ServerUpgrade.run(url: cluster.url(database: db, user: user))
        } catch let error as CasusError {
            refused = error
        }
        return (refused, try catalog(cluster, db) == before)
    }

    @Test func whoIsNoSuperuserOrWhoseTablesDifferIsRefusedAndNothingChanges() throws {
        let cluster = try PostgresCluster.shared()
        let db = PostgresCluster.database(of: try cluster.makeDatabase())
        try cluster.psql(db, "SET ROLE casus_data; DROP INDEX casus.person_sort")
        let founder = try refusal(cluster, db, as: "founder")
        #expect(founder.error?.message.nl.contains("databasebeheerder") == true && founder.unchanged)
        // A schema by the name the upgrade works in: said, not overwritten.
        try cluster.psql(db, "CREATE SCHEMA casus_upgrade")
        let beside = try refusal(cluster, db)
        #expect(beside.error?.message.nl.contains("er is al een schema casus_upgrade") == true && beside.unchanged)
        try cluster.psql(db, "DROP SCHEMA casus_upgrade")
        // A server of another version: its tables are another casus's.
        // (The server's records are guarded: an administrator's hand goes round the guard.)
        let byHand = "SET session_replication_role = replica; "
        try cluster.psql(db, byHand + "UPDATE casus.meta SET value = '10' WHERE key = 'version'")
        let other = try refusal(cluster, db)
        #expect(other.error?.message.nl.contains("versie 10, deze casus kent versie \(PGSchema.version)") == true)
        #expect(other.error?.message.en.contains("an upgrade changes no tables") == true && other.unchanged)
        try cluster.psql(db, byHand + "UPDATE casus.meta SET value = '\(PGSchema.version)' WHERE key = 'version'")
        // A check this casus makes dropped, or a column it does not know: the tables are not this
        // casus's (the role check is what keeps an account from being made casus_owner).
        for change in [
            "ALTER TABLE casus.app_user DROP CONSTRAINT app_user_role_check",
            "ALTER TABLE casus.school ADD COLUMN motto text",
        ] {
            try cluster.psql(db, change)
            let tables = try refusal(cluster, db)
            #expect(tables.error?.message.nl.contains("tabellen") == true && tables.unchanged, "\(change)")
        }
    }
}
