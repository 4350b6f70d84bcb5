@testable import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

extension PostgresRoleTests {
    /// A board of two schools on a fresh database: the founder as the board, OBS De Linde (school
    /// 1) and CBS De Es (school 2) with `director` as its director.
    struct BoardWorld {
        let cluster: PostgresCluster
        let database: String
        let board: CasusService

        /// A session of this account, logged in to the server as itself.
        func session(_ account: String) throws -> CasusService {
            try CasusService.session(
                storage: try PostgresStorage(url: cluster.url(database: database, user: account)), account: account,
                profiles: Fixtures.profiles)
        }
    }

    func boardWorld(director: String) throws -> BoardWorld {
        let cluster = try PostgresCluster.shared()
        let database = PostgresCluster.database(of: try cluster.makeDatabase())
        // The logins are the cluster's: granted one test at a time (`logins`).
        let board = try Self.logins.withLock {
            let board = try Directory.initialize(
                storage: try PostgresStorage(url: cluster.url(database: database, user: "founder")),
                schoolName: "OBS De Linde", protocolID: "jozefschool", account: "founder",
                director: ("Anne", "van der", "Berg"), role: .board, profiles: Fixtures.profiles)
            _ = try board.directory.addSchool(
                name: "CBS De Es", protocolID: "jozefschool", director: director, directorName: ("Bo", "", "Visser"))
            return board
        }
        return BoardWorld(cluster: cluster, database: database, board: board)
    }
}

/// An evidence file is kept once by its hash. Its name was the first filer's: a teacher of one
/// school whose report held the same bytes as a note in another school's pupil's dossier read that
/// school's file name ("lotte-bos-naaktfoto-jeugdzorg.png"), and could not read her own file back,
/// which told her the screenshot is held somewhere on the server (a review of the server).
extension PostgresRoleTests {
    @Test func aFilesNameIsTheOneItWasFiledWithHere() throws {
        let world = try boardWorld(director: "dir_es")
        let (board, cluster, database) = (world.board, world.cluster, world.database)
        let sem = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        try Self.logins.withLock {
            _ = try board.directory.addUser(account: "juf_ria", role: .teacher, personID: nil, schoolID: 1)
        }
        func session(_ account: String) throws -> CasusService { try world.session(account) }
        let es = try session("dir_es")
        let lotte = try es.directory.addPerson(
            Person(schoolID: 2, kind: .pupil, firstName: "Lotte", lastName: "Bos", group: "6")
        ).value
        let bytes = Array("\u{89}PNG viral meme bytes 12345".utf8)
        _ = try es.dossiers.addEntry(
            person: lotte.id, kind: .note, title: "Bewijs", body: "Foto.",
            evidence: [EvidenceFile(name: "lotte-bos-naaktfoto-jeugdzorg.png", bytes: bytes)]
        ).value
        let ria = try session("juf_ria")
        let report = try ria.intake.report(
            summary: "Meme rondgestuurd.", platform: "WhatsApp", subjects: [sem.id],
            evidence: [EvidenceFile(name: "screenshot.png", bytes: bytes)]
        ).value
        let (seen, _) = try ria.intake.incident(report.id)
        #expect(seen.evidence.map(\.name) == ["screenshot.png"], "\(seen.evidence)")
        let (directorSees, _) = try board.intake.incident(report.id)
        #expect(directorSees.evidence.map(\.name) == ["screenshot.png"])
        // Her own file, read back whole, under her name for it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ev-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try ria.intake.saveEvidence(ofReport: report.id, in: folder)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["screenshot.png"], "\(written)")
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: written[0]))) == bytes)
        // The director's own report of the same bytes writes its file under the director's name for
        // it, not the teacher's (a file was written as "Sara_de_Vries_dader.png" for a report about
        // another pupil, a review).
        let own = try board.intake.report(
            summary: "Zelfde meme.", platform: "WhatsApp", subjects: [sem.id], schoolID: 1,
            evidence: [EvidenceFile(name: "directie-bewijs.png", bytes: bytes)]
        ).value
        let mine = try board.intake.saveEvidence(ofReport: own.id, in: folder)
        #expect(mine.map { ($0 as NSString).lastPathComponent } == ["directie-bewijs.png"], "\(mine)")
        // A name the server does not take: empty (it then read the first filer's), or of two lines
        // (it printed a made-up person under the report), or with a direction mark.
        for bad in ["", "filmpje.mp4\n  betrokkene: 5 Ria Bakker (medewerker)", "c\u{202E}txt.exe"] {
            let refusal = refusalOf {
                _ = try ria.intake.report(
                    summary: "Nog een.", platform: nil, subjects: [sem.id],
                    evidence: [EvidenceFile(name: bad, bytes: bytes)]
                ).value
            }
            // casus refuses the last two itself; the server refuses what another client sends.
            let said = refusal ?? "taken"
            #expect(
                said.contains("naam van één regel") || said.contains("de naam van het bewijsstuk bevat"),
                "\(bad.debugDescription): \(said)")
        }
        // The other school's director still has the name she filed it with.
        let hers = try session("dir_es")
        #expect(
            try hers.dossiers.evidence(EvidenceFile(name: "", bytes: bytes).sha256).name
                == "lotte-bos-naaktfoto-jeugdzorg.png")
        #expect(try board.integrity.verify().isSound)
    }
}

/// A school's director on a board's server: an import of the school's people (it asked for every
/// counter of the server, and was refused, a review), and an entry's file under its own name.
extension PostgresRoleTests {
    @Test func aSchoolsDirectorOnABoardsServerImportsAndReadsItsOwnFileNames() throws {
        let es = try boardWorld(director: "dir_es_import").session("dir_es_import")
        let csv = Array("leerlingnummer;voornaam;achternaam;groep\n7001;Lotte;Bos;6\n7002;Daan;Smit;6\n".utf8)
        let dry = try es.directory.importPeople(kind: .pupil, csv: csv, file: "l.csv", dryRun: true).value
        #expect(dry.added == 2)
        let done = try es.directory.importPeople(kind: .pupil, csv: csv, file: "l.csv", dryRun: false).value
        #expect(done.added == 2)
        let lotte = try #require(try es.directory.people(kinds: [.pupil]).first { $0.externalID == "7001" })
        // Two notes with the same bytes under two names: each written out under its own.
        let bytes = Array("schermafbeelding".utf8)
        let first = try es.dossiers.addEntry(
            person: lotte.id, kind: .note, title: "Eerste", body: "Bewijs.",
            evidence: [EvidenceFile(name: "verslag mentor.jpg", bytes: bytes)]
        ).value
        let second = try es.dossiers.addEntry(
            person: lotte.id, kind: .note, title: "Tweede", body: "Kopie.",
            evidence: [EvidenceFile(name: "tweede naam.jpg", bytes: bytes)]
        ).value
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ev-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try es.dossiers.saveEvidence(ofEntry: second.id, in: folder)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["tweede naam.jpg"], "\(written)")
        #expect(try es.session.read { try $0.evidenceNames(entry: first.id) }.values.first == "verslag mentor.jpg")
    }
}

/// `casus backup` on a server says the server's own tools back it up, for the board and a school's
/// director alike: it first asked the server for a line of the backup, and the board read that its
/// role may not read what such a line records (a review of the server).
extension PostgresRoleTests {
    @Test func aBackupOnAServerSaysItIsTheServersTools() throws {
        let world = try boardWorld(director: "dir_es")
        for service in [world.board, try world.session("dir_es")] {
            var refused: CasusError?
            do { try service.integrity.backup(to: NSTemporaryDirectory() + "/never.sqlite") } catch let e as CasusError
            {
                refused = e
            }
            #expect(
                refused?.message.nl.contains("deze database wordt niet door casus gekopieerd") == true,
                "\(String(describing: refused))")
            #expect(refused?.hint?.nl.contains("Server mode") == true)
        }
    }
}
