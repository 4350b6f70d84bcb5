import CasusCore
import CasusDemo
import CasusTestSupport
import Foundation
import Testing

/// The service on each backend: the demo school made through the service on SQLite and on the
/// PostgreSQL server (when installed) reads the same for a director, an IB and a teacher, and
/// every chain verifies on both.
@Suite struct BackendParityTests {
    struct Seen: Equatable {
        var cases: [CaseRow]
        var caseCount: Int
        var incidents: [IncidentRow]
        var incidentCount: Int
        var people: Int
        var search: Int
    }

    func look(_ backend: Backend) throws -> (sound: Bool, seen: [String: Seen]) {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-18")
        _ = try DemoSchool.populate(
            storage: storage, protocolID: "koe-troubadour", account: "tester", profiles: Fixtures.profiles,
            clock: clock.clock)
        var seen: [String: Seen] = [:]
        for account in ["tester", DemoSchool.ibAccount, DemoSchool.teacherAccount] {
            let s = try CasusService.session(
                storage: storage, account: account, profiles: Fixtures.profiles, clock: clock.clock)
            seen[account] = Seen(
                cases: try s.cases.rows(CaseFilter(), offset: 0, limit: 1000),
                caseCount: try s.cases.count(CaseFilter()),
                incidents: try s.intake.rows(status: nil, offset: 0, limit: 1000),
                incidentCount: try s.intake.count(status: nil),
                people: try s.directory.countPeople(),
                search: (try? s.dossiers.search("gesprek").count) ?? -1)
        }
        let director = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: clock.clock)
        return (try director.integrity.verify().isSound, seen)
    }

    @Test func theDemoReadsTheSameOnEveryBackend() throws {
        let sqlite = try look(.sqliteMemory)
        #expect(sqlite.sound)
        #expect((sqlite.seen["tester"]?.caseCount ?? 0) > 0)
        guard Backend.all.contains(.postgres) else { return }
        let server = try look(.postgres)
        #expect(server.sound)
        for account in sqlite.seen.keys.sorted() {
            #expect(server.seen[account] == sqlite.seen[account], "\(account) sees another school on PostgreSQL")
        }
    }
}
