import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// A step is decided on the case as the director saw it. Two directors with one case on screen:
/// the first steps to a warning; the second, still looking at the case without it, chooses a
/// warning too and saves. The second warning (and its letter to the parents) went in, or not,
/// depending on the moment the second save began; now it is refused, saying who stepped, and
/// nothing of it is saved. Chosen again on the case as it is, it is taken.
@Suite struct StepBasisTests {
    @Test(arguments: Backend.all)
    func aStepChosenOnACaseThatMovedOnIsRefused(_ backend: Backend) throws {
        let scratch = Scratch("step-basis")
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-18")
        let first = try jozefschool(on: storage, clock: clock.clock)
        _ = try first.directory.addUser(account: "tweede", role: .director, personID: nil)
        let second = try CasusService.session(
            storage: storage, account: "tweede", profiles: Fixtures.profiles, clock: clock.clock)
        let pupil = try first.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let report = try first.intake.report(summary: "Filmpje.", platform: "TikTok", subjects: [pupil.id]).value
        let c = try first.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil).value

        // Both look at the case's steps; the first steps.
        let (_, seenByFirst) = try first.cases.stepOptions(c.id)
        let (_, seenBySecond) = try second.cases.stepOptions(c.id)
        _ = try first.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.", basis: seenByFirst.basis))
        // The second, on what it saw, is told and nothing of it is saved.
        let told = #expect(throws: CasusError.self) {
            _ = try second.cases.step(
                c.id, StepRequest(rung: .warning, reason: "Ook een waarschuwing.", basis: seenBySecond.basis))
        }
        #expect(told?.kind == .refused && told?.staleState == true)
        #expect(
            told?.message.nl.contains("is gewijzigd sinds u de stappen bekeek") == true, "\(String(describing: told))")
        // By name, as colleagues know each other, not the OS account ("door root", a review).
        #expect(told?.message.nl.contains("door Marieke van Dam") == true, "\(String(describing: told))")
        let steps = try first.session.read { try $0.steps(case: c.id) }
        #expect(steps.map(\.reason) == ["Filmpje."])
        // Looked at again, the choice is the second's to make.
        let (_, now) = try second.cases.stepOptions(c.id)
        #expect(now.basis != seenBySecond.basis)
        // A reclassification too: chosen on the case before the first's, it is refused, the articles
        // stay as the first set them.
        let seen = try #require(now.basis)
        _ = try first.cases.reclassify(c.id, articles: ["A.5"], severity: .severe, reason: "Ernstiger dan gedacht.")
        let stale = #expect(throws: CasusError.self) {
            _ = try second.cases.reclassify(
                c.id, articles: ["A.5"], severity: .light, reason: "Minder ernstig.", basis: seen)
        }
        #expect(
            stale?.message.nl.contains("zijn artikelen of ernst zijn herzien") == true, "\(String(describing: stale))")
        #expect(try first.cases.detail(c.id).record.severity == .severe)
        // A close too: its outcome chosen on the case before the first's reclassification is
        // refused, the case stays open; chosen on the case as it is, it closes.
        let beforeClose = try #require(try second.cases.stepOptions(c.id).1.basis)
        _ = try first.cases.reclassify(c.id, articles: ["A.5"], severity: .light, reason: "Toch licht.")
        let closing = #expect(throws: CasusError.self) {
            _ = try second.cases.close(c.id, outcome: .unfounded, reason: "Niet bewezen.", basis: beforeClose)
        }
        #expect(closing?.staleState == true, "\(String(describing: closing))")
        #expect(try first.cases.detail(c.id).record.status == .open)
        #expect(try first.integrity.verify().isSound)
    }

    /// A director made teacher in another session went on saving notes as director until the
    /// screen noticed (a review; a file has no server to refuse it). Each write reads the account
    /// as it stands: refused, nothing saved.
    @Test func aWriteAfterTheAccountsRoleChangedElsewhereIsRefused() throws {
        let clock = TestClock("2026-11-18")
        let first = try jozefschool(on: try SQLiteStorage(), clock: clock.clock)
        _ = try first.directory.addUser(account: "tweede", role: .director, personID: nil)
        let second = try CasusService.session(
            storage: first.session.storage, account: "tweede", profiles: Fixtures.profiles, clock: clock.clock)
        let pupil = try first.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        try first.directory.setRole(account: "tweede", to: .teacher, reason: "Andere taak.")
        let refused = #expect(throws: CasusError.self) {
            _ = try second.dossiers.addEntry(person: pupil.id, kind: .note, title: nil, body: "Gesprek.")
        }
        #expect(refused?.message.nl.contains("uw rol is intussen gewijzigd (nu: leerkracht)") == true)
        #expect(refused?.staleState == true)
        try first.directory.removeUser(account: "tweede", reason: "Weg.")
        let ended = #expect(throws: CasusError.self) {
            _ = try second.dossiers.addEntry(person: pupil.id, kind: .note, title: nil, body: "Gesprek.")
        }
        #expect(ended?.message.nl.contains("uw toegang tot casus is intussen beëindigd") == true)
    }
}
