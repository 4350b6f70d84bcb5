@testable import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A report's evidence is opened by writing it out: a teacher's screenshot was stored with its
/// report and shown as a name and a hash, and no screen, command or export gave it back (a review).
@Suite struct EvidenceOutTests {
    let scratch = Scratch("evidence-out")

    @Test(arguments: Backend.all)
    func aReportsScreenshotIsWrittenOutWholeAndPrivateAndTheReadIsLogged(_ backend: Backend) throws {
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-16")
        let service = try jozefschool(on: storage, clock: clock.clock)
        let sem = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let shot = EvidenceFile(name: "screenshot groepsapp.png", bytes: Array("PNG\u{0}bytes".utf8))
        // What the reporter's computer called a file is only a name: no folder, nothing hidden.
        let sly = EvidenceFile(name: "../../.bashrc", bytes: Array("echo hoi".utf8))
        let report = try service.intake.report(
            summary: "Filmpje gedeeld.", platform: "WhatsApp", subjects: [sem.id], evidence: [shot, sly]
        ).value
        let folder = scratch.path("uit-\(backend)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let paths = try service.intake.saveEvidence(ofReport: report.id, in: folder)
        #expect(paths == [folder + "/screenshot groepsapp.png", folder + "/bewijs-\(sly.sha256.prefix(12)).bashrc"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: paths[0])) == Data(shot.bytes))
        let mode = try FileManager.default.attributesOfItem(atPath: paths[0])[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Again: nothing overwritten, the next free name.
        let again = try service.intake.saveEvidence(ofReport: report.id, in: folder)
        #expect(again.first == folder + "/screenshot groepsapp-2.png")
        // Each read a line naming the report's subject (`audit --person` finds it).
        let lines = try service.integrity.auditLog(person: sem.id, offset: 0, limit: 100).filter {
            $0.action == "evidence.read"
        }
        #expect(lines.count == 4)
        // A folder that is not there: said, nothing written.
        #expect(throws: CasusError.self) {
            try service.intake.saveEvidence(ofReport: report.id, in: folder + "/nergens")
        }
        // An IB opens a file of a pupil's dossier it may read (it was told it may not write
        // letters, a review), and no staff member's.
        let note = try service.dossiers.addEntry(
            person: sem.id, kind: .note, title: "Zorg", body: "Foto van het bord.",
            evidence: [EvidenceFile(name: "bord.jpg", bytes: Array("JPG".utf8))]
        ).value
        let kees = try service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Kees", lastName: "Bakker", function: "leerkracht")
        ).value
        let staffNote = try service.dossiers.addEntry(
            person: kees.id, kind: .note, title: "Gesprek", body: "Verslag.",
            evidence: [EvidenceFile(name: "verslag.pdf", bytes: Array("PDF".utf8))]
        ).value
        try service.directory.addUser(account: "ib_els", role: .ib, personID: nil)
        let ib = try CasusService.session(
            storage: storage, account: "ib_els", profiles: Fixtures.profiles, clock: clock.clock)
        #expect(try ib.dossiers.saveEvidence(ofEntry: note.id, in: folder) == [folder + "/bord.jpg"])
        #expect(throws: CasusError.self) { try ib.dossiers.saveEvidence(ofEntry: staffNote.id, in: folder) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/verslag.pdf"))
    }

    @Test func aStoredNameIsMadeSafe() {
        let sha = String(repeating: "ab", count: 32)
        #expect(Dossiers.fileName("foto.jpg", sha256: sha) == "foto.jpg")
        #expect(Dossiers.fileName("C:/Users/juf/foto.jpg", sha256: sha) == "foto.jpg")
        #expect(Dossiers.fileName("..", sha256: sha) == "bewijs-abababababab")
        #expect(Dossiers.fileName("", sha256: sha) == "bewijs-abababababab")
        #expect(Dossiers.fileName("a\u{1B}[2Jb\u{200B}.png", sha256: sha) == "a[2Jb.png")
        #expect(
            Dossiers.fileName(String(repeating: "x", count: 300) + ".png", sha256: sha) == "bewijs-abababababab.png")
    }
}
