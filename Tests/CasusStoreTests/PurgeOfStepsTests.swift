import CasusCore
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
        let tygo = try pupil("Tygo"), auke = try pupil("Auke")
        let report = try service.intake.report(
            summary: "Melding van de leerkracht over een foto.", platform: "WhatsApp", subjects: [tygo.id]
        ).value
        let c = try service.cases.open(
            incident: report.id, subject: tygo.id, articles: ["A.5"], severity: nil, flags: CaseFlags(),
            summary: "Tygo zette een foto van een klasgenoot online."
        ).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        try service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        // One obligation ticked with an entry of the dossier (an obligation points at it too).
        let note = try service.cases.addEntry(c.id, kind: .phone, body: "Moeder gebeld over de schorsing.").value
        for (i, o) in try service.cases.detail(c.id).obligations.enumerated() where !o.isDone {
            _ = try service.cases.markDone(c.id, obligation: String(o.id), entry: i == 0 ? note.id : nil).value
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
        #expect(try service.integrity.verify().isSound)
    }
}
