import CasusCore
import CasusDemo
@testable import CasusStore
import Foundation
import GRDB
import Testing
import CasusTestSupport

@Suite struct StoreTests {
    /// This test's folder, removed when it ends.
    let scratch = Scratch("test")

    /// A path in a folder casus has to make.
    func tempPath(_ name: String = "casus.sqlite") -> String { scratch.path("sub/" + name) }

    @Test func theDatabaseIsCreatedPrivateInWALMode() throws {
        let path = tempPath()
        let storage = try SQLiteStorage(path: path)
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let mode = try storage.withDatabase { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let fk = try storage.withDatabase { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") }
        #expect(fk == 1)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let path = tempPath("notes.txt")
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let text = String(repeating: "Dit is geen database. ", count: 300)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let e = refusal { _ = try SQLiteStorage(path: path) }
        #expect(e?.kind == .storage)
        #expect(e?.message.en.contains("not a (readable) casus database") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func anotherApplicationsSQLiteFileIsRefusedUntouched() throws {
        let path = tempPath("other.sqlite")
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let q = try DatabaseQueue(path: path)
        try q.write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        try q.close()
        let e = refusal { _ = try SQLiteStorage(path: path) }
        #expect(e?.message.en.contains("not a casus database") == true)
        let tables = try DatabaseQueue(path: path).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type='table'")
        }
        #expect(tables == ["recipes"])
    }

    @Test func aDatabaseFromANewerCasusIsRefused() throws {
        let path = tempPath()
        _ = try SQLiteStorage(path: path)
        let q = try DatabaseQueue(path: path)
        try q.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try q.close()
        let e = refusal { _ = try SQLiteStorage(path: path) }
        #expect(e?.message.en.contains("made by a newer version of casus") == true)
    }

    @Test func anUnwritableFolderGivesAClearMessage() throws {
        guard geteuid() != 0 else { return }  // root writes anywhere; the message path is covered below
        let e = refusal { _ = try SQLiteStorage(path: "/proc/casus/casus.sqlite") }
        #expect(e?.kind == .storage)
    }

    @Test func aFolderThatCannotBeCreatedGivesAClearMessage() {
        let e = refusal { _ = try SQLiteStorage(path: "/proc/self/casus-cannot-be-here/casus.sqlite") }
        #expect(e?.kind == .storage)
        #expect(e?.hint?.en.contains("--db") == true)
    }

    @Test func entriesAndTheAuditLogAreAppendOnly() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Milan", "Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.addEntry(c.id, kind: .note, body: "Eerste notitie.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Waarschuwing.")).value
        for sql in [
            "UPDATE entry SET body = 'anders'", "DELETE FROM entry", "UPDATE audit SET detail = 'x'",
            "DELETE FROM audit",
            "UPDATE step SET reason = 'x'",
        ] {
            #expect(throws: DatabaseError.self) { try school.storage.withDatabase { try $0.execute(sql: sql) } }
        }
        #expect(try school.service.cases.detail(c.id).entries.map(\.body) == ["Eerste notitie."])
    }

    @Test func everyDossierEntryContinuesTheChain() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Milan", "Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        for i in 1...5 { try school.service.cases.addEntry(c.id, kind: .note, body: "Notitie \(i).") }
        let entries = try school.service.cases.detail(c.id).entries
        #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
        var walker = DossierChain.Walker()
        #expect(entries.allSatisfy { walker.check($0) == nil })
        #expect(entries[0].prevHash == DossierChain.genesis)
    }

    @Test func aCommandIsOneTransaction() throws {
        // The step fails after its checks would pass at the database level: nothing is left behind.
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Milan", "Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        let before = try school.storage.withDatabase { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") }
        _ = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .suspension, reason: "r", days: 9, justification: "j")
            ).value
        }
        let after = try school.storage.withDatabase { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") }
        #expect(before == after)
        #expect(try school.storage.withDatabase { try Int.fetchOne($0, sql: "SELECT count(*) FROM obligation") } == 0)
    }
}

@Suite struct DemoTests {
    @Test func theDemoIsDeterministicAndNeverAddedTwice() throws {
        let storage = try SQLiteStorage()
        let clock = TestClock("2026-11-18")
        let first = try DemoSchool.populate(
            storage: storage, protocolID: "koe-troubadour", account: "tester",
            profiles: Fixtures.profiles, clock: clock.clock)
        #expect(first.created)
        #expect(first.people > 200)
        let again = try DemoSchool.populate(
            storage: storage, protocolID: "koe-troubadour", account: "tester",
            profiles: Fixtures.profiles, clock: clock.clock)
        #expect(!again.created)
        #expect(again.people == first.people && again.incidents == first.incidents && again.cases == first.cases)
        let service = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: clock.clock)
        let pupils = try service.directory.people(kinds: [.pupil])
        #expect(Set(pupils.compactMap(\.group)) == Set((1...8).map(String.init)))
        #expect(pupils.contains { $0.name.unicodeScalars.contains { $0.value > 0x7F } })  // diacritics
        let summaries = try service.intake.rows(status: nil, offset: 0, limit: 100).map(\.summary).joined(
            separator: "\n")
        for theme in ["les gefilmd", "meme over", "vriendschapsverzoeken", "opname van de online les"] {
            #expect(summaries.contains(theme), "missing demo report: \(theme)")
        }
    }

    @Test func theDemoRefusesADatabaseWithARealSchool() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let e = refusal {
            _ = try DemoSchool.populate(
                storage: school.storage, protocolID: "koe-troubadour", account: "x", profiles: Fixtures.profiles)
        }
        #expect(e?.message.en.contains("holds a real school") == true)
    }

    @Test func everyShippedProfileMakesADemo() throws {
        for p in try Fixtures.profiles.profiles {
            let r = try DemoSchool.populate(
                storage: try SQLiteStorage(), protocolID: p.id, account: "tester", profiles: Fixtures.profiles,
                clock: TestClock("2026-11-18").clock)
            // Konot's protocol binds staff only: its pupils' reports wait in the queue.
            #expect(r.cases >= (p.articles(for: .pupil).isEmpty ? 2 : 6), "\(p.id)")
        }
    }
}
