import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Issue 16, item 7, on every backend: a case is closed with an outcome and only a founded case
/// counts as an offence; a report whose case was closed as a mistake can be triaged again; the
/// articles and severity of an open case can be changed with a reason, and the ladder reads them.
/// Every chain verifies afterwards (the events replay into the same rows).
@Suite struct CaseOutcomeTests {
    /// Meilân (phone rule T.1/T.2: first, second, third offence this school year) on a backend.
    struct School {
        let service: CasusService
        let clock: TestClock
        /// Where a file's database is, for as long as the school is used.
        let scratch = Scratch("contract")

        init(_ backend: Backend, on day: String = "2026-09-14") throws {
            clock = TestClock(day)
            service = try Directory.initialize(
                storage: try backend.make(in: scratch), schoolName: "CBS Meilân", protocolID: "cbo-meilan",
                account: "directeur", director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles,
                clock: clock.clock)
        }

        func pupil(_ first: String, _ last: String) throws -> Person {
            try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: first, lastName: last, group: "6")
            ).value
        }

        func report(_ summary: String, about subjects: [Person]) throws -> Incident {
            try service.intake.report(summary: summary, platform: "telefoon", subjects: subjects.map(\.id)).value
        }

        func open(_ incident: Incident, _ subject: Person, _ articles: [String]) throws -> Case {
            try service.cases.open(incident: incident.id, subject: subject.id, articles: articles, severity: nil)
                .value
        }

        /// What the step dialog proposes for the phone rule, as the director reads it.
        func custodyDetail(_ c: Case) throws -> String {
            try service.cases.assess(c.id).options.first { $0.rung == .deviceCustody }?.detail ?? ""
        }

        var eventCount: Int { get throws { try service.integrity.verify().events } }
    }

    @Test(arguments: Backend.all)
    func aCaseClosedUnfoundedLeavesTheNextOffenceNumberUnchanged(_ backend: Backend) throws {
        let school = try School(backend)
        let sem = try school.pupil("Sem", "de Boer")
        // "Ongegrond: het was niet Sem" — not an offence.
        let first = try school.open(try school.report("Telefoon in de les.", about: [sem]), sem, ["T.1"])
        #expect(try school.custodyDetail(first).contains("1e overtreding"))
        try school.service.cases.close(first.id, outcome: .unfounded, reason: "Ongegrond: het was niet Sem.").value
        let closed = try school.service.cases.detail(first.id).record
        #expect(closed.status == .closed && closed.outcome == .unfounded)

        school.clock.set("2026-10-05")
        let second = try school.open(try school.report("Weer een telefoon in de les.", about: [sem]), sem, ["T.1"])
        #expect(try school.service.cases.assess(second.id).offence?.count == 1)
        #expect(try school.custodyDetail(second).contains("1e overtreding"))

        // The open (not yet closed) second case does count for a third report.
        school.clock.set("2026-11-16")
        let third = try school.open(try school.report("Filmde in de klas.", about: [sem]), sem, ["T.2"])
        #expect(try school.service.cases.assess(third.id).offence?.count == 2)
        #expect(try school.custodyDetail(third).contains("2e overtreding"))
        #expect(try school.service.integrity.verify().isSound)
    }

    /// The Overzicht's "per artikel" counts open and founded cases only: an unfounded case or a
    /// mistake breached nothing. A founded one stays counted.
    @Test(arguments: Backend.all)
    func theArticleCountsLeaveOutWhatWasNotFounded(_ backend: Backend) throws {
        let school = try School(backend)
        let sem = try school.pupil("Sem", "de Boer")
        let daan = try school.pupil("Daan", "Visser")
        let a = try school.open(try school.report("Telefoon in de les.", about: [sem]), sem, ["T.1"])
        let b = try school.open(try school.report("Filmde in de klas.", about: [daan]), daan, ["T.2"])
        func counted() throws -> [String: Int] {
            Dictionary(
                uniqueKeysWithValues: try school.service.reports.statistics().byArticle.map { ($0.key, $0.count) })
        }
        #expect(try counted() == ["T.1": 1, "T.2": 1])
        try school.service.cases.close(a.id, outcome: .unfounded, reason: "Ongegrond: het was niet Sem.").value
        try school.service.cases.close(b.id, outcome: .founded, reason: "Afgehandeld.").value
        #expect(try counted() == ["T.2": 1])
        #expect(try school.service.integrity.verify().isSound, "the kept counts agree with a recount")
    }

    @Test(arguments: Backend.all)
    func aReportWhoseCaseWasAMistakeCanBeTriagedAgain(_ backend: Backend) throws {
        let school = try School(backend)
        let sem = try school.pupil("Sem", "de Boer")
        let daan = try school.pupil("Daan", "Visser")
        let report = try school.report("Telefoon in de les; het bleek Daan te zijn.", about: [sem, daan])
        let wrong = try school.open(report, sem, ["T.1"])
        #expect(try school.service.intake.incident(report.id).0.status == .triaged)
        // Not yet: the case about Sem still stands.
        #expect(refusal { _ = try school.open(report, sem, ["T.1"]) }?.kind == .refused)

        try school.service.cases.close(wrong.id, outcome: .mistake, reason: "Verkeerde leerling: het was Daan.").value
        // Back among the reports to triage, and no offence for Sem.
        #expect(try school.service.intake.incident(report.id).0.status == .new)
        #expect(try school.service.intake.rows(status: .new, offset: 0, limit: 10).map(\.id).contains(report.id))
        let right = try school.open(report, daan, ["T.1"])
        #expect(try school.service.intake.incident(report.id).0.status == .triaged)
        #expect(try school.custodyDetail(right).contains("1e overtreding"))
        // Sem can be triaged again on the same report too (a misfiled report), as a first offence.
        let again = try school.open(report, sem, ["T.2"])
        #expect(try school.service.cases.assess(again.id).offence?.count == 1)
        #expect(try school.service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func anUnfoundedCaseKeepsItsReportTriaged(_ backend: Backend) throws {
        let school = try School(backend)
        let sem = try school.pupil("Sem", "de Boer")
        let report = try school.report("Telefoon in de les.", about: [sem])
        let c = try school.open(report, sem, ["T.1"])
        try school.service.cases.close(c.id, outcome: .unfounded, reason: "Het was niet waar.").value
        #expect(try school.service.intake.incident(report.id).0.status == .triaged)
        #expect(refusal { _ = try school.open(report, sem, ["T.1"]) }?.kind == .refused)
    }

    @Test(arguments: Backend.all)
    func reclassifyingChangesWhatTheLadderReads(_ backend: Backend) throws {
        let school = try School(backend)
        let sem = try school.pupil("Sem", "de Boer")
        _ = try school.open(try school.report("Telefoon in de les.", about: [sem]), sem, ["T.1"])
        school.clock.set("2026-10-05")
        let c = try school.open(try school.report("Gegevens van een klasgenoot online.", about: [sem]), sem, ["I.7"])
        #expect(try school.service.cases.assess(c.id).offence == nil)
        let before = try school.service.cases.detail(c.id)

        // Refused, and nothing changed: no reason, the same articles and severity, a rule nobody can breach.
        let events = try school.eventCount
        let noReason = refusal {
            _ = try school.service.cases.reclassify(c.id, articles: ["T.1"], severity: nil, reason: "  ").value
        }
        #expect(noReason?.kind == .invalid)
        let same = refusal {
            _ = try school.service.cases.reclassify(
                c.id, articles: ["I.7"], severity: before.record.severity, reason: "Toch hetzelfde."
            ).value
        }
        #expect(same?.kind == .refused)
        #expect(same?.message.nl.contains("heeft deze artikelen en deze ernst al") == true)
        let notConduct = refusal {
            _ = try school.service.cases.reclassify(c.id, articles: ["I.8"], severity: nil, reason: "Fout.").value
        }
        #expect(notConduct?.message.nl.contains("geen gedragsregel") == true)
        #expect(try school.eventCount == events)

        let saved = try school.service.cases.reclassify(
            c.id, articles: ["T.1"], severity: .medium, reason: "Het ging om de telefoon in de les, niet om gegevens."
        ).value
        #expect(saved.articles == ["T.1"] && saved.severity == .medium)
        let after = try school.service.cases.detail(c.id)
        #expect(after.record.articles == ["T.1"])
        #expect(after.record.severity == .medium)
        // The second phone offence now, and the change is in the dossier with what it was.
        #expect(try school.service.cases.assess(c.id).offence?.count == 2)
        #expect(try school.custodyDetail(c).contains("2e overtreding"))
        let entry = try #require(after.entries.last)
        #expect(entry.kind == .decision)
        #expect(entry.title.contains("Artikelen en ernst herzien"))
        #expect(entry.body.contains("Artikelen: I.7 (Geen persoonlijke gegevens via internet) → T.1"))
        #expect(entry.body.contains("Reden: Het ging om de telefoon in de les"))

        // A closed case is not reclassified.
        try school.service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.").value
        let closed = refusal {
            _ = try school.service.cases.reclassify(c.id, articles: ["T.2"], severity: nil, reason: "Later.").value
        }
        #expect(closed?.message.nl.contains("is gesloten") == true)
        #expect(try school.service.integrity.verify().isSound)
    }
}
