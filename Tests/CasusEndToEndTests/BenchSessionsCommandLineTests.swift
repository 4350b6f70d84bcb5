import CasusTestSupport
import Foundation
import Testing

/// `casus bench run --sessions N` (issue 18, item 3): while it measures, others work on the same
/// server, each as a demo account of their own role on a connection and a screen of their own;
/// the bench says what they did and every error they met, and verify afterwards finds nothing lost.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct BenchSessionsCommandLineTests {
    @Test func othersAtWorkOnTheServerAreCountedAndLoseNothing() throws {
        let cli = try CLI()
        try cli.ok("demo", "--no-tui", "--db", cli.db)
        // On a file there is one user: refused before anything is measured.
        let alone = try cli.run(["bench", "run", "--sessions", "4", "--keys", "10"])
        #expect(alone.code != 0 && alone.err.contains("--sessions"), "\(alone.err)")

        let cluster = try PostgresCluster.shared()
        let conninfo = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: conninfo)
        let uri = "postgresql:///\(database)?host=\(cluster.folder)"
        try cli.ok("migrate", "--to", uri + "&user=postgres")
        let negative = try cli.run(["--db", uri, "bench", "run", "--sessions=-1", "--keys", "10"])
        #expect(negative.code != 0 && negative.err.contains("0 of meer"), "\(negative.err)")
        // The test cluster lets the bench log in as the demo's accounts, as a bench server must.
        let bench = try cli.run([
            "--db", uri, "bench", "run", "--keys", "2000", "--search-rounds", "8", "--appends", "20", "--sessions", "4",
        ])
        #expect(bench.code == 0, "\(bench.err)")
        let summary = try #require(bench.out.split(separator: "\n").first { $0.contains("other sessions at once") })
        // Round the roles the demo has accounts for (it has no board), a teacher's made for the bench.
        #expect(summary.contains("4 other sessions at once (directors 2, IBs 1, teachers 1)"), "\(summary)")
        #expect(summary.hasSuffix(", 0 errors"), "\(bench.out)")
        // "…: K keys, S searches, W saves, E errors"
        func figure(_ what: String) -> Int {
            summary.split(separator: ":").last?.split(separator: ",")
                .first { $0.hasSuffix(" " + what) }.flatMap { Int($0.split(separator: " ").first ?? "") } ?? -1
        }
        // Long enough (a save every 50 keys at a key per 100 ms) for every writer to have saved.
        #expect(figure("keys") > 0 && figure("saves") > 0, "\(summary)")
        #expect(bench.out.contains("key to frame (the other sessions' screens)"))
        // Everything the others saved is in the chains, and they verify.
        #expect(bench.out.contains("verify (") && !bench.out.contains("NOT sound"), "\(bench.out)")
        // Nothing the others saved was lost: each note and report is on the server.
        let saved = try cluster.psql(
            database,
            """
            SELECT (SELECT count(*) FROM casus.entry
                    WHERE body IN ('Notitie tijdens de meting.', 'Zorgnotitie tijdens de meting.'))
                 + (SELECT count(*) FROM casus.incident WHERE summary LIKE 'Meting %: een filmpje uit de klas gedeeld.')
            """)
        #expect(Int(saved.trimmingCharacters(in: .whitespacesAndNewlines)) == figure("saves"), "\(summary)")
    }
}
