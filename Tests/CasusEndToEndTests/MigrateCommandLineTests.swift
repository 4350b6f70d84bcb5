import CasusTestSupport
import Foundation
import Testing

/// `casus migrate --to` as a director types it (issue 14, item 5): a demo file moved to a fresh
/// server, the server then answering as the file did, the file left as it was, and each wrong
/// start refused with what to do and nothing changed.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct MigrateCommandLineTests {
    /// A fresh server database (set up by `server init`, founder "founder") as a libpq URI.
    func server() throws -> (cluster: PostgresCluster, uri: String) {
        let cluster = try PostgresCluster.shared()
        let conninfo = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: conninfo)
        return (cluster, "postgresql:///\(database)?host=\(cluster.folder)")
    }

    func database(_ uri: String) -> String {
        String(uri.dropFirst("postgresql:///".count).prefix { $0 != "?" })
    }

    func auditLines(_ db: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [db, "SELECT count(*) FROM audit"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aDemoFileMovesToTheServerAndIsReadThereAsBefore() throws {
        let cli = try CLI()
        try cli.ok("demo", "--no-tui", "--db", cli.db)
        let beforeTheMove = cli.folder + "/voor-de-overstap.sqlite"
        try cli.ok("backup", beforeTheMove)
        let (cluster, uri) = try server()
        // The list is a read with a line of its own (cases.list): counted before the move.
        let cases = try cli.ok("case", "list").out
        let before = try auditLines(cli.db)
        // As the database administrator (the demo's accounts are not the server's founder).
        let moved = try cli.ok("migrate", "--to", uri + "&user=postgres")
        #expect(moved.out.contains("Persoonlijke database gecontroleerd"))
        #expect(moved.out.contains("Overgezet en op de server gecontroleerd"))
        // The file gains one line, the move, and takes nothing more: a note saved there by habit
        // afterwards never reached the server, with no word (a review).
        #expect(Int(try auditLines(cli.db)) == Int(before).map { $0 + 1 }, "the file gained or lost audit lines")
        #expect(moved.out.contains("neemt niets meer aan"), "\(moved.out)")
        for args in [["case", "list"], ["note", "2026-0001", "--body", "Na de overstap geschreven."]] {
            let refused = try cli.run(args)
            #expect(refused.code == 1, "\(args)")
            #expect(refused.err.contains("overgezet naar een server (naar postgresql:///"), "\(args): \(refused.err)")
            #expect(refused.err.contains("Werk verder op de server"), "\(args): \(refused.err)")
        }
        #expect(Int(try auditLines(cli.db)) == Int(before).map { $0 + 1 }, "nothing was saved after the move")
        let checked = try cli.run(["verify"])
        #expect(checked.code == 0 && checked.out.contains("alles klopt"), "\(checked.out)\(checked.err)")
        // Its backup restores as a copy of a moved database, without a refusal after the restore
        // (it said "er is niets veranderd" and ended with status 1 once restored, a review).
        let copy = cli.folder + "/kopie.sqlite"
        try cli.ok("backup", copy)
        let restored = try cli.run(["--db", cli.folder + "/terug.sqlite", "restore", copy])
        #expect(restored.code == 0 && restored.out.contains("Teruggezet"), "\(restored.out)\(restored.err)")
        #expect(!restored.err.contains("niets veranderd"), "\(restored.err)")
        #expect(restored.out.contains("Let op: dit is een kopie van een database die is overgezet naar een server"))
        // The director (this OS account, as the demo made it) now works on the server.
        let onServer = try cli.run(["--db", uri, "case", "list"])
        #expect(onServer.code == 0, "\(onServer.err)")
        #expect(onServer.out == cases)
        let verified = try cli.run(["--db", uri, "verify"])
        #expect(verified.code == 0 && verified.out.contains("alles klopt"), "\(verified.out)\(verified.err)")
        // The move is the audit log's last line before the director's reads, by the administrator.
        let last = try cluster.psql(
            database(uri),
            "SELECT account || ' ' || action FROM casus.audit WHERE action NOT IN ('verify', 'cases.list') "
                + "ORDER BY id DESC LIMIT 1")
        #expect(last.trimmingCharacters(in: .whitespacesAndNewlines) == "postgres migrate")
        // Moved once, not again: a second server held the same dossiers as the live copy (a review).
        let again = try cli.run(["migrate", "--to", uri + "&user=postgres"])
        #expect(again.code == 1 && again.err.contains("al overgezet"), "\(again.err)")
        // A copy of the same chain, unlatched (as a move left it that could not latch its file,
        // a full disk): moved again it is latched, the server as it was; it was left open.
        let copyOfTheSame = cli.folder + "/zelfde.sqlite"
        try cli.ok("--db", copyOfTheSame, "restore", beforeTheMove)
        let latched = try cli.run(["--db", copyOfTheSame, "migrate", "--to", uri + "&user=postgres"])
        #expect(
            latched.code == 0 && latched.out.contains("De server houdt deze database al"),
            "\(latched.out)\(latched.err)")
        let closed = try cli.run(["--db", copyOfTheSame, "note", "2026-0001", "--body", "Hier niet meer."])
        #expect(closed.code == 1 && closed.err.contains("overgezet naar een server"), "\(closed.err)")
        // Another file into a server that holds casus data: refused, nothing changed.
        let other = try CLI()
        try other.ok("demo", "--no-tui", "--db", other.db)
        try other.ok("note", "2026-0001", "--body", "Een andere database.")
        let into = try other.run(["migrate", "--to", uri + "&user=postgres"])
        #expect(into.code == 1 && into.err.contains("houdt al gegevens"), "\(into.err)")
    }

    @Test func aWrongStartIsRefusedAndChangesNothing() throws {
        let cli = try CLI()
        let (_, uri) = try server()
        // --to must be a server.
        let file = try cli.run(["migrate", "--to", cli.folder + "/other.sqlite"])
        #expect(file.code == 64 && file.err.contains("--to vraagt een server"), "\(file.err)")
        // A file that is not there is not made.
        let missing = cli.folder + "/nergens.sqlite"
        let none = try cli.run(["--db", missing, "migrate", "--to", uri])
        #expect(none.code != 0 && none.err.contains("er is geen database op"), "\(none.err)")
        #expect(!FileManager.default.fileExists(atPath: missing))
        // The source must be a file, not a server.
        let both = try cli.run(["--db", uri, "migrate", "--to", uri])
        #expect(both.code != 0 && both.err.contains("--db noemt al een server"), "\(both.err)")
    }
}
