@testable import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// The time of a note, a letter or a decision is the client's (it is inside the hashes the client
/// makes); on a server it is the truth for everyone, so the server takes only a time near its own
/// clock. Found by the twenty-second stop: a director could date a note back a year.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresClockTests {
    /// A database as `casus server init` makes it (not the tests' template, whose servers take any
    /// time for the tests' fixed moments), and the school on it.
    func server(clock: Clock) throws -> (PostgresCluster, String, CasusService) {
        let cluster = try PostgresCluster.shared()
        let database = PostgresCluster.database(of: try cluster.makeDatabase()) + "_clock"
        try cluster.psql("postgres", "CREATE DATABASE \(database)")
        _ = try ServerSetup.initialize(url: cluster.url(database: database), founder: "founder")
        let service = try Directory.initialize(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "founder")),
            schoolName: "OBS De Linde", protocolID: "jozefschool", account: "founder",
            director: ("Anne", "van der", "Berg"), profiles: Fixtures.profiles, clock: clock)
        return (cluster, database, service)
    }

    func session(_ cluster: PostgresCluster, _ database: String, clock: Clock) throws -> CasusService {
        try CasusService.session(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "founder")), account: "founder",
            profiles: Fixtures.profiles, clock: clock)
    }

    @Test func aNoteDatedBackOrAheadIsRefusedAndNothingIsSaved() throws {
        let (cluster, database, director) = try server(clock: .system)
        let pupil = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        let before = try director.dossiers.dossier(pupil.id).entries.count

        for (moment, words) in [
            (Timestamp.now().adding(seconds: -400 * 86_400), "400 dagen achter"),
            (Timestamp.now().adding(seconds: 3 * 3_600), "3 uur voor"),
            (Timestamp.now().adding(seconds: -10 * 60), "10 minuten achter"),
        ] {
            let backdated = try session(cluster, database, clock: .fixed(moment))
            var refusal: CasusError?
            do {
                _ = try backdated.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Achteraf.")
            } catch let e as CasusError {
                refusal = e
            }
            #expect(refusal?.kind == .refused)
            #expect(
                refusal?.message.nl.contains("de klok van deze computer loopt \(words) op die van de server") == true)
            #expect(refusal?.message.nl.contains("timedatectl set-ntp true") == true)
        }
        #expect(try director.dossiers.dossier(pupil.id).entries.count == before)

        // Within five minutes, as two clocks may differ, it is saved; the chain still verifies.
        let nearly = try session(cluster, database, clock: .fixed(Timestamp.now().adding(seconds: -90)))
        _ = try nearly.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Zojuist.")
        #expect(try director.dossiers.dossier(pupil.id).entries.count == before + 1)
        #expect(try director.integrity.verify().isSound)
    }

    /// Every moment an event carries is judged as its own time is: a report sent with a time a
    /// year back, in an event of now, was listed a year old.
    @Test func aReportDatedBackInsideANowEventIsRefused() throws {
        let (_, _, director) = try server(clock: .system)
        let pupil = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        var message = ""
        do {
            _ = try director.session.write { tx in
                tx.sendsAsIs()
                let id = try tx.writer.nextID(.incident)
                try tx.emit(
                    .incidentReported(
                        Incident(
                            id: id, schoolID: 1, reportedAt: Timestamp.now().adding(seconds: -365 * 86_400),
                            summary: "Oud.", reporterName: "founder", reportedBy: "founder"),
                        involved: [InvolvedRef(person: pupil.id, role: .subject)], reportedBy: "founder"),
                    at: tx.now)
            }
        } catch {
            message = "\(error)"
        }
        #expect(message.contains("de klok van deze computer loopt 365 dagen achter"), "\(message)")
        #expect(try director.intake.rows(status: nil, offset: 0, limit: 10).isEmpty)
    }

    /// A line of the audit log is dated by the server's clock too: a client that writes one itself
    /// (with `psql`, through the function casus uses) cannot put a read at another moment.
    @Test func anAuditLineDatedBackIsRefused() throws {
        let (cluster, database, _) = try server(clock: .system)
        let sql = """
            SELECT casus.read_lines('2025-01-06T09:00:00Z', 'founder', NULL, 'search', NULL, NULL, '1 woord, 0 treffers')
            """
        var message = ""
        do { _ = try cluster.psql(database, sql, user: "founder") } catch { message = "\(error)" }
        #expect(message.contains("de klok van deze computer loopt"))
        let now = Timestamp.now().iso
        let fine = try cluster.psql(
            database, "SELECT casus.read_lines('\(now)', 'founder', NULL, 'search', NULL, NULL, '1 woord, 0 treffers')",
            user: "founder")
        #expect(!fine.isEmpty)
    }
}
