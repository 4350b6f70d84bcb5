import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// Twenty people of four roles on one server at once (issue 14, part 3): teachers filing reports,
/// IBs writing care notes, directors writing notes and reading lists, board members reading and
/// searching, each on a connection of their own login role. Nothing is lost, every chain verifies,
/// nobody sees an error, and the read figures are printed.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresLoadTests {
    static let perRole = 5
    static let rounds = 12

    @Test func twentySessionsOfFourRolesLoseNothing() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: url)
        func storage(_ account: String) throws -> PostgresStorage {
            try PostgresStorage(url: cluster.url(database: database, user: account))
        }
        let board = try Directory.initialize(
            storage: try storage("founder"), schoolName: "OBS De Linde", protocolID: "jozefschool",
            account: "founder", director: ("Bea", "", "Bestuur"), role: .board, profiles: Fixtures.profiles)
        // Twenty pupils: each writing session has a dossier of its own, so no two sessions decide
        // on the same record (that case, one wins and one is told, is PostgresConcurrencyTests').
        var pupils: [Person] = []
        for i in 0..<(4 * Self.perRole) {
            pupils.append(
                try board.directory.addPerson(
                    Person(schoolID: 1, kind: .pupil, firstName: "Kind\(i)", lastName: "Jansen", group: "5")
                ).value)
        }
        let teacher = try board.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Ria", lastName: "Visser", function: "groepsleerkracht")
        ).value
        _ = try board.directory.addUser(account: "dir_anne", role: .director, personID: nil, schoolID: 1)
        _ = try board.directory.addUser(account: "ib_els", role: .ib, personID: nil, schoolID: 1)
        _ = try board.directory.addUser(account: "juf_ria", role: .teacher, personID: teacher.id, schoolID: 1)
        let reportsBefore = try board.intake.count(status: nil)

        let outcome = Outcome()
        let roles: [(account: String, role: Role)] = [
            ("juf_ria", .teacher), ("ib_els", .ib), ("dir_anne", .director), ("founder", .board),
        ]
        let group = DispatchGroup()
        for (r, who) in roles.enumerated() {
            for k in 0..<Self.perRole {
                let pupil = pupils[r * Self.perRole + k]
                let login = cluster.url(database: database, user: who.account)
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    var errors: [String] = []
                    var reads: [Double] = []
                    func timed<T>(_ body: () throws -> T) rethrows -> T {
                        let start = DispatchTime.now().uptimeNanoseconds
                        defer { reads.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
                        return try body()
                    }
                    do {
                        let s = try CasusService.session(
                            storage: try PostgresStorage(url: login), account: who.account, profiles: Fixtures.profiles)
                        for n in 0..<Self.rounds {
                            switch who.role {
                            case .teacher:
                                _ = try s.intake.report(
                                    summary: "Melding \(n) over \(pupil.firstName)", platform: "WhatsApp",
                                    subjects: [pupil.id])
                            case .ib:
                                _ = try s.dossiers.addEntry(
                                    person: pupil.id, kind: .care, title: "Zorg \(n)", body: "Gesprek \(n) met mentor.")
                                _ = try timed { try s.dossiers.search("gesprek") }
                            case .director:
                                _ = try s.dossiers.addEntry(
                                    person: pupil.id, kind: .note, title: "Notitie \(n)", body: "Gesprek \(n).")
                                _ = try timed { try s.intake.rows(status: nil, offset: 0, limit: 50) }
                            case .board:
                                _ = try s.dossiers.addEntry(
                                    person: pupil.id, kind: .note, title: "Bestuur \(n)", body: "Gesprek \(n).")
                                _ = try timed { try s.cases.rows(CaseFilter(), offset: 0, limit: 50) }
                                _ = try timed { try s.dossiers.search("gesprek") }
                            }
                        }
                    } catch {
                        errors.append("\(who.account): \(error)")
                    }
                    outcome.add(errors, reads)
                }
            }
        }
        group.wait()
        let (errors, readMillis) = outcome.collected
        #expect(errors.isEmpty, "\(errors.count) errors: \(errors.map { String($0.prefix(160)) })")

        // Nothing lost: every report, every note in the dossier it was written to.
        #expect(try board.intake.count(status: nil) == reportsBefore + Self.perRole * Self.rounds)
        for (i, pupil) in pupils.enumerated() where i >= Self.perRole {
            let entries = try board.dossiers.dossier(pupil.id).entries.count
            #expect(entries == Self.rounds, "\(pupil.firstName): \(entries) entries")
        }
        #expect(try board.integrity.verify().isSound)

        let sorted = readMillis.sorted()
        let p95 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
        let p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        print(
            "20 sessions, 4 roles, \(Self.rounds) rounds: \(sorted.count) reads, p50 \(String(format: "%.1f", p50)) ms, p95 \(String(format: "%.1f", p95)) ms"
        )
    }
}

/// What the sessions report back, from their threads.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    private var readMillis: [Double] = []

    func add(_ e: [String], _ reads: [Double]) {
        lock.withLock {
            errors += e
            readMillis += reads
        }
    }

    var collected: ([String], [Double]) { lock.withLock { (errors, readMillis) } }
}
