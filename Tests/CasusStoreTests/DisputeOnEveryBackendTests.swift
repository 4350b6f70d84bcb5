import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A removal walked through its objection and the Geschillencommissie on every backend: on a
/// server the commission's opinion was refused (its term runs for someone else, and only a
/// zienswijze's term could be ended by what it waits for), so the case could never close
/// (found by a review).
@Suite struct DisputeOnEveryBackendTests {
    let scratch = Scratch("dispute")

    /// De st. Jozefschool on `backend` on 26 November, 9:00, and a case about Sem Vos (groep 7).
    static func semsCase(_ backend: Backend, in scratch: Scratch) throws -> (CasusService, TestClock, Person, Case) {
        let clock = TestClock("2026-11-26", hour: 9)
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let report = try service.intake.report(summary: "Filmpje.", platform: nil, subjects: [pupil.id]).value
        let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil).value
        return (service, clock, pupil, c)
    }

    /// Sem heard and removed on 26 November, the parents' objection on 10 December, and the
    /// Geschillencommissie asked on the 15th.
    static func removedAndDisputed(_ service: CasusService, _ clock: TestClock, _ c: Case) throws {
        try service.cases.addEntry(c.id, kind: .meeting, body: "Hoorgesprek.", heard: [.teacher, .parents]).value
        clock.set("2026-11-26", hour: 10)
        try service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstig.", justification: "Zeer ernstig voorval.")
        ).value
        clock.set("2026-12-10")
        try service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-10")).value
        clock.set("2026-12-15")
        try service.cases.disputeRequested(c.id, on: Fixtures.date("2026-12-15")).value
    }

    @Test(arguments: Backend.all)
    func theCommissionsOpinionIsRecordedAndEndsItsTerm(_ backend: Backend) throws {
        let (service, clock, pupil, c) = try Self.semsCase(backend, in: scratch)
        try Self.removedAndDisputed(service, clock, c)
        clock.set("2027-02-01")
        try service.cases.disputeOpinion(c.id, on: Fixtures.date("2027-02-01"), outcome: "Verwijdering zorgvuldig.")
            .value
        let term = try #require(try service.cases.detail(c.id).obligations.first { $0.kind == .disputeOpinion })
        #expect(term.isDone)
        #expect(try service.integrity.verify().isSound)
        // The audit log names the fact, not what the commission found (it kept "gegrond: verwijdering
        // onzorgvuldig, …" after the purge, a review).
        let lines = try service.integrity.auditLog(person: pupil.id, offset: 0, limit: 100)
        let opinion = try #require(lines.first { $0.action == "case.dispute-opinion" })
        #expect(!opinion.detail.contains("zorgvuldig") && opinion.detail.contains("feit"), "\(opinion.detail)")
        // Revoked after all: recorded as such on every backend, and the duty to find another school
        // ends with it; ticked with any entry while the pupil is at school it is refused there too.
        let note = try service.cases.addEntry(c.id, kind: .note, body: "Bezwaar besproken.").value
        #expect(throws: CasusError.self) {
            try service.cases.markDone(c.id, obligation: "other-school", entry: note.id).value
        }
        try service.cases.removalRevoked(c.id, on: Fixtures.date("2027-02-01"), reason: "Het bezwaar is gegrond.")
            .value
        #expect(try service.cases.detail(c.id).obligations.first { $0.kind == .otherSchool }?.isDone == true)
        #expect(try service.integrity.verify().isSound)
    }
}

/// A case's own hit in a search says how the case ended once closed: a case closed as unfounded
/// was a bare "zaak 2026-0001" among a pupil's hits, read as a measure behind the pupil (a review).
@Suite struct CaseHitOutcomeTests {
    let scratch = Scratch("case-hit")

    @Test(arguments: Backend.all)
    func aClosedCasesHitSaysHowItEnded(_ backend: Backend) throws {
        let (service, _, pupil, c) = try DisputeOnEveryBackendTests.semsCase(backend, in: scratch)
        let report = try service.intake.report(summary: "Tweede bericht.", platform: nil, subjects: [pupil.id]).value
        let open = try service.cases.open(
            incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil, summary: "Klassenapp bericht."
        ).value
        _ = try service.cases.close(c.id, outcome: .unfounded, reason: "Niet waar gebleken.").value
        let hits = try service.dossiers.search("filmpje") + service.dossiers.search("klassenapp")
        let closedHit = try #require(hits.first { $0.source == .caseSummary && $0.caseID == c.id }, "\(hits)")
        #expect(closedHit.caseOutcome == .unfounded)
        #expect(closedHit.casePlace(.nl) == "zaak \(c.number) (gesloten: ongegrond)")
        // Found by its number too (a review: the one hit that did not say it).
        let byNumber = try service.dossiers.search(c.number).first { $0.source == .caseSummary && $0.caseID == c.id }
        #expect(byNumber?.casePlace(.nl) == "zaak \(c.number) (gesloten: ongegrond)", "\(String(describing: byNumber))")
        let openHit = try #require(hits.first { $0.source == .caseSummary && $0.caseID == open.id }, "\(hits)")
        #expect(openHit.caseOutcome == nil && openHit.casePlace(.nl) == "zaak \(open.number)")
        #expect(openHit.placedTitle == "", "a case's own hit: its number is its title")
    }

    /// A letter's hit is placed in its case, whose number its title ends with: said once ("zaak
    /// 2026-0001 · Waarschuwing — zaak 2026-0001", a review).
    @Test(arguments: Backend.all)
    func aLettersHitNamesItsCaseOnce(_ backend: Backend) throws {
        let (service, _, _, c) = try DisputeOnEveryBackendTests.semsCase(backend, in: scratch)
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let letter = try service.fileDrafts(c, "waarschuwing", limit: 1)[0]
        #expect(letter.title.hasSuffix(" — zaak \(c.number)"), "\(letter.title)")
        let hit = try #require(
            try service.dossiers.search("ingevuld").first { $0.entryID == letter.id }, "the letter is found")
        #expect(hit.casePlace(.nl) == "zaak \(c.number)")
        #expect(hit.placedTitle == String(letter.title.dropLast(" — zaak \(c.number)".count)), "\(hit.placedTitle)")
        #expect(!hit.placedTitle.contains(c.number))
    }
}
