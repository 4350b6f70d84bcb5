import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import GRDB
import Testing

/// A command that runs and exits opens one connection (`concurrent: false`); the database it
/// makes or opens is the same as the full screen's: in WAL mode, so a reader never holds up a
/// writer of another process, and readable by a pool afterwards.
@Suite struct StorageConnectionTests {
    @Test func oneConnectionMakesAndKeepsAWriteAheadLogDatabase() throws {
        let scratch = Scratch("connection")
        let path = scratch.path("casus.sqlite")
        do {
            let storage = try SQLiteStorage(path: path, concurrent: false)
            let service = try Directory.initialize(
                storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "directeur",
                director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles)
            try service.directory.addPerson(Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos"))
        }
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        // The same database through a pool and through one connection again: both see the pupil.
        for concurrent in [true, false] {
            let service = try CasusService.session(
                storage: try SQLiteStorage(path: path, concurrent: concurrent), account: "directeur",
                profiles: Fixtures.profiles)
            #expect(try service.directory.people(kinds: [.pupil]).map(\.firstName) == ["Sem"])
        }
        withExtendedLifetime(scratch) {}
    }
}
