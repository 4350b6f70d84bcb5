import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// A dossier whose case went up the ladder is purged whole, on every backend: its obligations
/// point at the steps that made them, and the purge removed the steps first, which the database
/// refused ("FOREIGN KEY constraint failed"); as the purge is one write, no dossier was purged at
/// all once one with a suspension was due (a review).
@Suite struct PurgeOfStepsTests {
    let scratch = Scratch("purge-steps")

    @Test(arguments: Backend.all)
    func aDossierWithASuspensionIsPurgedAndTheOthersWithIt(_ backend: Backend) throws {
        let clock = TestClock("2026-11-16", hour: 9)
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        func pupil(_ first: String) throws -> Person {
            try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: first, lastName: "Bos", group: "7")
            ).value
        }
        let tygo = try pupil("Tygo"), auke = try pupil("Auke"), sem = try pupil("Sem")
        let report = try service.intake.report(
            summary: "Melding van de leerkracht over een foto.", platform: "WhatsApp", subjects: [tygo.id]
        ).value
        // A report about Tygo and Sem, each judged in a case: settled, and still so once Tygo's
        // dossier (and the case in it) is purged (it went back to "in behandeling" for good, a review).
        let both = try service.intake.report(
            summary: "Nog een foto, van beiden.", platform: "WhatsApp", subjects: [tygo.id, sem.id]
        ).value
        for c in try service.cases.triage(
            incident: both.id, subjects: [tygo.id, sem.id], articles: ["A.5"], severity: nil, flags: CaseFlags()
        ).value {
            _ = try service.cases.close(c.id, outcome: .unfounded, reason: "Niet betrokken.").value
        }
        #expect(try service.intake.incident(both.id).0.standing == .settled)
        let c = try service.cases.open(
            incident: report.id, subject: tygo.id, articles: ["A.5"], severity: nil, flags: CaseFlags(),
            summary: "Tygo zette een foto van een klasgenoot online."
        ).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        try service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        // One obligation ticked with an entry of the dossier (an obligation points at it too).
        let note = try service.cases.addEntry(
            c.id, kind: .email, body: "Schorsing gemeld per e-mail aan de Inspectie; moeder ingelicht."
        ).value
        try service.sendDecision(c, "schorsingsbesluit", on: Fixtures.date("2026-11-16"))
        for (i, o) in try service.cases.detail(c.id).obligations.enumerated() where !o.isDone {
            // The Inspectie's notice with the note that shows it given (NoticeRecordTests).
            _ = try service.cases.markDone(
                c.id, obligation: String(o.id), entry: i == 0 || o.kind.isNotice ? note.id : nil
            ).value
        }
        _ = try service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.").value
        _ = try service.dossiers.addEntry(person: auke.id, kind: .note, title: "Gesprek", body: "Over de app.").value
        try service.directory.setLeft(tygo.id, on: Fixtures.date("2026-11-20")).value
        try service.directory.setLeft(auke.id, on: Fixtures.date("2026-11-20")).value
        clock.set("2029-01-07")
        #expect(Set(try service.integrity.retentionDue().map(\.person.id)) == [tygo.id, auke.id])
        let purged = try service.integrity.purge().value
        #expect(Set(purged.map(\.dossierID)) == [tygo.id, auke.id])
        #expect(throws: CasusError.self) { try service.cases.detail(c.id) }
        #expect(try service.intake.incident(both.id).0.standing == .settled)
        #expect(try service.integrity.verify().isSound)
    }

    /// A purged dossier's words leave the database file: FTS5 deletes by marking, and the words of a
    /// purged care note ("angststoornis", "ggz") stayed in `entry_fts_data`, in the file and in
    /// every backup made after the purge (a review). Search found nothing; `grep` on the file did.
    @Test func aPurgedDossiersWordsLeaveTheFile() throws {
        let path = scratch.path("woorden.sqlite")
        let clock = TestClock("2026-11-16", hour: 9)
        do {
            let service = try jozefschool(on: try SQLiteStorage(path: path), clock: clock.clock)
            let lisa = try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: "Lisa", lastName: "Bos", group: "6")
            ).value
            let kept = try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: "Auke", lastName: "Bos", group: "6")
            ).value
            _ = try service.dossiers.addEntry(
                person: lisa.id, kind: .note, title: "Zorg", body: "Lisa heeft een angstqqstoornis; behandeling ggzqq."
            ).value
            let report = try service.intake.report(
                summary: "Lisa plaatste een fotoqqfilmpje.", platform: "TikTok", subjects: [lisa.id]
            ).value
            _ = try service.cases.open(
                incident: report.id, subject: lisa.id, articles: ["A.5"], severity: nil, flags: CaseFlags(),
                summary: "Zaak over het fotoqqfilmpje."
            ).value
            let c = try service.cases.page(CaseFilter(), offset: 0, limit: 1).rows[0]
            _ = try service.cases.close(c.id, outcome: .unfounded, reason: "Geen zaak.").value
            _ = try service.dossiers.addEntry(person: kept.id, kind: .note, title: "Gesprek", body: "Over de app.")
                .value
            try service.directory.setLeft(lisa.id, on: Fixtures.date("2026-11-20")).value
            clock.set("2029-01-07")
            #expect(try service.integrity.purge().value.map(\.dossierID) == [lisa.id])
            #expect(try service.dossiers.search("angstqqstoornis").isEmpty)
        }
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            for word in ["angstqqstoornis", "ggzqq", "fotoqqfilmpje"] {
                #expect(bytes.range(of: Data(word.utf8)) == nil, "\(word) is still in \(file)")
            }
        }
    }

}
