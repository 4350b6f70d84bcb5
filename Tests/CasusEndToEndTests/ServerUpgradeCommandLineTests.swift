import CasusTestSupport
import Foundation
import Testing

/// `casus server upgrade` as the database administrator types it: what changed, then nothing to do,
/// and a file refused with what to do.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct ServerUpgradeCommandLineTests {
    @Test func theAdministratorBringsAServerUpToDateAndIsToldWhatChanged() throws {
        let cli = try CLI()
        let cluster = try PostgresCluster.shared()
        let conninfo = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: conninfo)
        let uri = "postgresql:///\(database)?host=\(cluster.folder)&user=postgres"
        try cluster.psql(database, "SET ROLE casus_data; DROP TRIGGER event_no_change ON casus.event")
        let first = try cli.run(["--db", uri, "server", "upgrade"])
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out.contains("toegevoegd (1): trigger event_no_change"), "\(first.out)")
        #expect(first.out.contains("Controleer daarna met casus --db URL verify"), "\(first.out)")
        let second = try cli.run(["--db", uri, "server", "upgrade", "--lang", "en"])
        #expect(second.code == 0 && second.out.contains("already had this casus's functions"), "\(second.out)")
        let file = try cli.run(["--db", cli.db, "server", "upgrade"])
        #expect(file.code != 0 && file.err.contains("server upgrade vraagt --db postgresql://"), "\(file.err)")
    }

    /// `server check` names what differs from what this casus sets up (a trigger dropped, a table
    /// granted to a casus role) and changes nothing: a second check finds the same; after an
    /// upgrade the check finds the server as casus sets it up.
    @Test func theAdministratorChecksAServerAndNothingChanges() throws {
        let cli = try CLI()
        let cluster = try PostgresCluster.shared()
        let conninfo = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: conninfo)
        let uri = "postgresql:///\(database)?host=\(cluster.folder)&user=postgres"
        let fresh = try cli.run(["--db", uri, "server", "check"])
        #expect(
            fresh.code == 0 && fresh.out.contains("is ingericht zoals deze casus dat doet"), "\(fresh.out)\(fresh.err)")
        try cluster.psql(
            database,
            "SET ROLE casus_data; DROP TRIGGER event_no_change ON casus.event; GRANT SELECT ON casus.event TO casus_ib")
        for _ in 0..<2 {
            let found = try cli.run(["--db", uri, "server", "check"])
            // 2: the server differs (1 is a check that could not be made).
            #expect(found.code == 2, "\(found.err)")
            #expect(found.out.contains("toe te voegen (1): trigger event_no_change"), "\(found.out)")
            #expect(found.out.contains("rechten: er is meer toegekend dan casus geeft"), "\(found.out)")
            #expect(found.out.contains("Er is niets veranderd. Herstel met"), "\(found.out)")
        }
        #expect(
            try cluster.psql(database, "SELECT has_table_privilege('casus_ib', 'casus.event', 'SELECT')")
                .trimmingCharacters(in: .whitespacesAndNewlines) == "t")
        #expect(try cli.run(["--db", uri, "server", "upgrade"]).code == 0)
        let mended = try cli.run(["--db", uri, "server", "check", "--lang", "en"])
        #expect(mended.code == 0 && mended.out.contains("is set up as this casus sets it up"), "\(mended.out)")
        let file = try cli.run(["--db", cli.db, "server", "check"])
        #expect(file.code != 0 && file.err.contains("server check vraagt --db postgresql://"), "\(file.err)")
    }
}
