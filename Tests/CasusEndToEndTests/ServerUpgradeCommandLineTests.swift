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
}
