import CasusTestSupport
import Foundation
import Testing

/// libpq and the twenty libraries it brings are loaded only when a server is used (issue 18, item
/// 6: they were about 5 ms of every fresh process), and a missing libpq is said as casus says
/// everything, not a crash.
@Suite struct LibpqLoadingTests {
    /// What the dynamic loader opened for one run (`LD_DEBUG=files` writes it to stderr).
    func loaded(_ cli: CLI, _ args: [String], env: [String: String] = [:]) throws -> (CLI.Result, Bool) {
        var env = env
        env["LD_DEBUG"] = "files"
        let r = try cli.run(args, env: env)
        return (r, r.err.contains("libpq.so"))
    }

    @Test func aDatabaseFileNeverLoadsLibpq() throws {
        let cli = try CLI()
        try cli.ok("demo", "--no-tui", "--db", cli.db)
        let (list, pq) = try loaded(cli, ["case", "list", "--limit", "1"])
        #expect(list.code == 0 && !list.out.isEmpty, "\(list.err.suffix(400))")
        #expect(!pq, "a file's command loaded libpq")
        let (search, pq2) = try loaded(cli, ["search", "gesprek", "--limit", "1"])
        #expect(search.code == 0 && !pq2)
    }

    @Test func aMissingLibpqIsSaidAndChangesNothing() throws {
        let cli = try CLI()
        let r = try cli.run(
            ["--db", "postgresql:///casus?host=/nonexistent", "case", "list"],
            env: ["CASUS_LIBPQ": cli.folder + "/no-such-libpq.so.5"])
        #expect(r.code == 1, "exit \(r.code): \(r.err)")
        #expect(r.err.contains("libpq") && r.err.contains("apt install libpq5"), "\(r.err)")
        #expect(!r.err.contains("Aborted") && !r.err.contains("libpq has no"), "\(r.err)")
    }

    @Test(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
    func aServerLoadsLibpqWhenItConnects() throws {
        let cluster = try PostgresCluster.shared()
        let conninfo = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: conninfo)
        let cli = try CLI()
        let (r, pq) = try loaded(cli, ["--db", "postgresql:///\(database)?host=\(cluster.folder)", "case", "list"])
        #expect(pq, "a server's command did not load libpq: \(r.err.suffix(400))")
    }
}
