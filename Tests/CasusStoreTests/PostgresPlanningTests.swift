import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// What a director's work costs the server in planning. A casus function written in SQL that
/// PostgreSQL cannot write into its caller (a body with a query, or a body more volatile than the
/// function says it is) is parsed and planned again in every transaction that calls it: 0.05–0.3 ms
/// each, a tenth of a save. So every such function on the path of a save, a step, a close, a
/// dossier read, a search or an audit line is plpgsql (its plans kept for the session) or a body
/// PostgreSQL inlines; with `track_functions = 'all'` the server counts the calls of the sql
/// functions it did not inline, and this test expects none (but those computed while planning).
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresPlanningTests {
    @Test func aDirectorsDayRunsNoSQLFunctionOnItsOwn() throws {
        // A school with its director, an IB and a teacher, made before anything is counted.
        let w = try PostgresRoleTests().world()
        let cluster = w.cluster
        let database = w.database
        // Every session of this database from now on counts its function calls.
        try cluster.psql("postgres", "ALTER DATABASE \(database) SET track_functions = 'all'")
        do {
            let service = try CasusService.session(
                storage: try PostgresStorage(url: cluster.url(database: database, user: "founder")),
                account: "founder", profiles: Fixtures.profiles)
            let pupil = try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: "Daan", lastName: "de Groot", group: "8")
            ).value
            _ = try service.dossiers.addEntry(
                person: pupil.id, kind: .note, title: "Gesprek", body: "Met Daan gesproken.")
            let report = try service.intake.report(
                summary: "Daan heeft een filmpje op TikTok gezet.", platform: "TikTok", subjects: [pupil.id]
            ).value
            let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil)
                .value
            _ = try service.cases.addEntry(c.id, kind: .meeting, title: "Gesprek", body: "Daan en zijn ouders.")
            _ = try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje zonder toestemming."))
            _ = try service.cases.detail(c.id)
            _ = try service.dossiers.timelinePage(pupil.id, offset: 0, limit: 20)
            _ = try service.dossiers.search("gesprek")
            _ = try service.dossiers.search("film")
            _ = try service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.")
            _ = try service.cases.page(CaseFilter(), offset: 0, limit: 20)
        }
        // The session has ended (its connections closed), and with it its counts went to the
        // server's statistics; a backend still ending has not written them yet.
        var waited = 0
        while try cluster.psql(
            "postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)' AND usename = 'founder'")
            != "0", waited < 100
        {
            usleep(50_000)
            waited += 1
        }
        let counted = try cluster.psql(
            database,
            """
            SELECT string_agg(s.funcname || ' ×' || s.calls, ', ' ORDER BY s.funcname)
            FROM pg_stat_user_functions s JOIN pg_proc p ON p.oid = s.funcid JOIN pg_language l ON l.oid = p.prolang
            WHERE s.schemaname = 'casus' AND l.lanname = 'sql'
            """)
        // Read once a session, when it starts: the schema's version and the chain's length. And
        // one-expression IMMUTABLE functions of constants: a plan made for the values at hand (the
        // first calls of a session, and `force_custom_plan`) computes them while planning, which
        // the server counts as a call; in any other plan they are written into the query.
        let allowed: Set<String> = [
            "schema_version", "change_token",
            "scope_school", "scope_pupil", "scope_staff", "reaches", "school_year", "search_vector", "not_about",
            // Whether the caller links its own writes (append_entry, append_event, insert_audit,
            // head_shown): of the caller.
            "writes_letters", "links_own", "head_shown",
        ]
        let planned = counted.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ", ").filter {
            !allowed.contains(String($0.split(separator: " ").first ?? ""))
        }
        #expect(planned.isEmpty, "sql functions planned at every call: \(planned.joined(separator: ", "))")
        // The count is there at all: the plpgsql functions of the same work were counted.
        let plpgsqlCalls = try cluster.psql(
            database, "SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE schemaname = 'casus'")
        #expect(
            (Int(plpgsqlCalls.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 20,
            "the server counted the session's calls (\(plpgsqlCalls))")
    }
}
