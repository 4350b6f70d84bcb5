import CasusCore
import CasusPostgres
import CasusStore
import CasusTestSupport
import Foundation
import GRDB
import Testing

/// Issue 16, item 10, on every backend: a report keeps the day it happened and its evidence
/// files (kept as a dossier entry's are, by SHA-256, in the chain); `verify` checks both, a bad
/// day or file saves nothing, and a purge takes them with the report.
@Suite struct ReportWhenEvidenceTests {
    /// A store and, where the test can reach its tables behind casus's back, a way to change them.
    /// A file's database goes in `scratch` (a file of its own there), which the test keeps.
    func store(_ backend: Backend, in scratch: Scratch) throws -> (
        any CasusStorage, tamper: ((String) throws -> Void)?
    ) {
        switch backend {
        case .sqliteMemory:
            return (try backend.make(in: scratch), nil)
        case .sqliteFile:
            let path = scratch.path("casus-\(UUID().uuidString).sqlite")
            let storage = try SQLiteStorage(path: path)
            return (
                storage,
                { sql in
                    try DatabaseQueue(path: path).writeWithoutTransaction { db in
                        for t in try String.fetchAll(
                            db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'incident%'")
                        {
                            try db.execute(sql: "DROP TRIGGER \(t)")
                        }
                        try db.execute(sql: sql)
                        #expect(db.changesCount > 0, "the change to make did nothing: \(sql)")
                    }
                }
            )
        case .postgres:
            let cluster = try PostgresCluster.shared()
            let url = try cluster.makeDatabase()
            let name = PostgresCluster.database(of: url)
            return (
                try PostgresStorage(url: url),
                { sql in
                    // As the superuser, with the guards and the foreign keys off: what only a superuser can do.
                    try cluster.psql(name, "SET session_replication_role = replica; SET search_path = casus; \(sql)")
                }
            )
        }
    }

    func school(_ storage: any CasusStorage, on day: String) throws -> (CasusService, TestClock, Person) {
        let clock = TestClock(day)
        let service = try jozefschool(on: storage, clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        return (service, clock, pupil)
    }

    static let screenshot = EvidenceFile(name: "tiktok-scherm.png", bytes: Array("PNG van het filmpje".utf8))
    static let chat = EvidenceFile(name: "groepsapp.txt", bytes: Array("[12-11-2026 20:14] ...".utf8))

    @Test(arguments: Backend.all)
    func aReportKeepsTheDayItHappenedAndItsEvidence(_ backend: Backend) throws {
        let scratch = Scratch("report")
        let (storage, _) = try store(backend, in: scratch)
        let (service, clock, pupil) = try school(storage, on: "2026-11-18")
        let filed = try service.intake.report(
            summary: "Filmpje van de gymles op TikTok.", platform: "TikTok", subjects: [pupil.id],
            happenedOn: Fixtures.date("2026-11-12"), evidence: [Self.screenshot, Self.chat]
        ).value
        let plain = try service.intake.report(
            summary: "Scheldwoorden in de groepsapp.", platform: nil, subjects: [pupil.id]
        )
        .value

        let (read, _) = try service.intake.incident(filed.id)
        #expect(read.happenedOn?.iso == "2026-11-12")
        #expect(read.reportedAt.localDate().iso == "2026-11-18", "the day it happened is not the day it was reported")
        #expect(read.evidence.map(\.name) == ["tiktok-scherm.png", "groepsapp.txt"])
        #expect(read.evidence.map(\.sha256) == [Self.screenshot.sha256, Self.chat.sha256])
        #expect(read.evidence.first?.size == Self.screenshot.bytes.count)
        let (old, _) = try service.intake.incident(plain.id)
        #expect(old.happenedOn == nil && old.evidence.isEmpty)
        #expect(try service.integrity.verify().isSound)

        // The pupil leaves; years later the purge takes its dossier and the reports about it, evidence and all.
        // (A purge takes the reports of the cases in the dossier.)
        let c = try service.cases.open(incident: filed.id, subject: pupil.id, articles: ["A.5"], severity: nil).value
        // Closed: an open case keeps its dossier (Integrity.hold).
        try service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.").value
        try service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-20")).value
        clock.set("2029-09-01")
        // The other report still awaits triage: it keeps the dossier until it is dealt with.
        #expect(try service.integrity.purge().value.isEmpty)
        try service.intake.dismiss(plain.id, reason: "Dubbel gemeld.").value
        let purged = try service.integrity.purge().value
        #expect(!purged.isEmpty)
        #expect(throws: CasusError.self) { try service.intake.incident(filed.id) }
        let report = try service.integrity.verify()
        #expect(report.isSound, "\(report.differences) \(report.problems) \(report.evidence)")
    }

    @Test(arguments: Backend.all)
    func aDayStillToComeOrAMissingFileSavesNothing(_ backend: Backend) throws {
        let scratch = Scratch("report")
        let (storage, _) = try store(backend, in: scratch)
        let (service, _, pupil) = try school(storage, on: "2026-11-18")
        let future = refusal {
            _ = try service.intake.report(
                summary: "Filmpje.", platform: nil, subjects: [pupil.id], happenedOn: Fixtures.date("2026-11-19")
            ).value
        }
        #expect(future?.kind == .invalid)
        #expect(
            future?.message.nl.contains("19-11-2026: die dag moet nog komen") == true, "\(String(describing: future))")
        #expect(future?.hint?.nl.contains("Er is niets opgeslagen.") == true)
        // Nor before someone named was born (a report "about" 1900 was taken, a review).
        var draft = Person(schoolID: 1, kind: .pupil, firstName: "Noor", lastName: "Vos", group: "5")
        draft.birthDate = Fixtures.date("2015-03-01")
        let born = try service.directory.addPerson(draft).value
        let unborn = refusal {
            _ = try service.intake.report(
                summary: "Filmpje.", platform: nil, subjects: [pupil.id, born.id],
                happenedOn: Fixtures.date("1900-01-01")
            ).value
        }
        #expect(
            unborn?.message.nl.contains("Noor Vos is geboren op 01-03-2015") == true, "\(String(describing: unborn))")
        // Today is allowed.
        _ = try service.intake.report(
            summary: "Vandaag gebeurd.", platform: nil, subjects: [pupil.id], happenedOn: Fixtures.date("2026-11-18")
        ).value

        let missing = NSTemporaryDirectory() + "casus-nothing-\(UUID().uuidString)/scherm.png"
        let unread = refusal {
            _ = try service.intake.report(
                summary: "Filmpje.", platform: nil, subjects: [pupil.id], evidence: try EvidenceFiles.read([missing])
            ).value
        }
        #expect(unread?.message.nl == "bewijsstuk \(missing) bestaat niet", "\(String(describing: unread))")
        // One file named twice, by two names: refused, with both names (a review linked one twice).
        let folder = NSTemporaryDirectory() + "casus-twice-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a.png", "b.png"] {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("zelfde".utf8))
        }
        let twice = refusal { _ = try EvidenceFiles.read([folder + "/a.png", folder + "/b.png"]) }
        #expect(twice?.message.nl == "\(folder)/a.png en \(folder)/b.png zijn hetzelfde bestand")
        // An empty file shows and proves nothing; a device is no file (/dev/zero was read to 25 MB);
        // a link to a file is the file (a review).
        _ = FileManager.default.createFile(atPath: folder + "/leeg.png", contents: Data())
        #expect(
            refusal { _ = try EvidenceFiles.read([folder + "/leeg.png"]) }?.message.nl.contains("is leeg (0 bytes)")
                == true)
        #expect(
            refusal { _ = try EvidenceFiles.read(["/dev/zero"]) }?.message.nl
                == "bewijsstuk /dev/zero is geen bestand maar een apparaat")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.png", withDestinationPath: folder + "/a.png")
        #expect(try EvidenceFiles.read([folder + "/link.png"]).first?.bytes == Array("zelfde".utf8))
        #expect(try service.intake.count(status: nil) == 1, "only the report of today was saved")
        #expect(try service.integrity.verify().isSound)
    }

    /// The chain holds the day and the files' hashes: a day or a link to another file changed in
    /// the table, or a file's bytes changed, is found by `verify`.
    @Test(arguments: Backend.all.filter { $0 != .sqliteMemory })
    func evidenceOrADayChangedBehindCasussBackIsFound(_ backend: Backend) throws {
        let changes: [(sql: String, table: String?)] = [
            ("UPDATE incident_evidence SET sha256 = '\(Self.chat.sha256)' WHERE position = 0", "incident_evidence"),
            ("UPDATE incident SET happened_on = '2026-11-01' WHERE happened_on IS NOT NULL", "incident"),
            // SQLite writes a blob literal its own way.
            (
                backend == .postgres
                    ? "UPDATE evidence SET data = '\\x00'::bytea WHERE name = 'tiktok-scherm.png'"
                    : "UPDATE evidence SET data = X'00' WHERE name = 'tiktok-scherm.png'", nil
            ),
        ]
        let scratch = Scratch("report")
        for (statement, table) in changes {
            let (storage, tamper) = try store(backend, in: scratch)
            let (service, _, pupil) = try school(storage, on: "2026-11-18")
            _ = try service.intake.report(
                summary: "Filmpje.", platform: "TikTok", subjects: [pupil.id], happenedOn: Fixtures.date("2026-11-12"),
                evidence: [Self.screenshot, Self.chat]
            ).value
            #expect(try service.integrity.verify().isSound)
            let change = try #require(tamper)
            try change(statement)
            let r = try service.integrity.verify()
            #expect(!r.isSound, "verify did not notice: \(statement)")
            if let table {
                #expect(r.differences.contains { $0.table.rawValue == table }, "\(statement): \(r.differences)")
            } else {
                #expect(r.evidence == [Self.screenshot.sha256], "\(statement): \(r.evidence)")
            }
        }
    }

    /// On the server, by the teacher's own login: the report is filed with its day and evidence;
    /// the director reads them; the teacher reads its own report back with the files' names, and
    /// another teacher reads nothing of it.
    @Test(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
    func aTeacherFilesEvidenceOnTheServerThatOnlyTheDirectorReads() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: url)
        let director = try Directory.initialize(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "founder")),
            schoolName: "OBS De Linde", protocolID: "jozefschool", account: "founder",
            director: ("Anne", "van der", "Berg"), profiles: Fixtures.profiles)
        let pupil = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        _ = try director.directory.addUser(account: "juf_ria", role: .teacher, personID: nil)
        let teacher = try CasusService.session(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "juf_ria")),
            account: "juf_ria", profiles: Fixtures.profiles)
        let filed = try teacher.intake.report(
            summary: "Filmpje in de klas", platform: "TikTok", subjects: [pupil.id],
            happenedOn: teacher.today.adding(days: -1), evidence: [Self.screenshot]
        ).value
        #expect(try teacher.intake.ownRows(offset: 0, limit: 10).map(\.summary) == ["Filmpje in de klas"])
        let (read, _) = try director.intake.incident(filed.id)
        #expect(read.happenedOn == teacher.today.adding(days: -1))
        #expect(read.evidence.map(\.name) == ["tiktok-scherm.png"])
        // The teacher reads back what it filed, the file's name with it (`incident show`), and no
        // other report's: an IB's, say, of its own school.
        let own = try cluster.reportTicket(database, filed.id, user: "juf_ria")
        let theirs = try cluster.psql(
            database, "SELECT * FROM casus.incident_evidence(\(filed.id), \(own))", user: "juf_ria")
        #expect(theirs.contains("tiktok-scherm.png"), "\(theirs)")
        _ = try director.directory.addUser(account: "meester_bas", role: .teacher, personID: nil)
        let bas = try cluster.reportTicket(database, filed.id, user: "meester_bas")
        let others = try cluster.psql(
            database, "SELECT * FROM casus.incident_evidence(\(filed.id), \(bas))", user: "meester_bas")
        #expect(others.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(others)")
        #expect(try director.integrity.verify().isSound)
    }
}
