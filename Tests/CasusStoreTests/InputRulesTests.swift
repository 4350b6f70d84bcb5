import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// What a dossier or a report takes, on every backend, and what it refuses with nothing saved
/// (found by a review of the command line).
@Suite struct InputRulesTests {
    let scratch = Scratch("input-rules")

    func school(_ backend: Backend) throws -> (CasusService, Person, Person) {
        let service = try jozefschool(on: try backend.make(in: scratch), clock: TestClock("2026-11-16").clock)
        let sem = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let eva = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Eva", lastName: "Bos", group: "7")
        ).value
        return (service, sem, eva)
    }

    /// Only a correction names the entry it corrects: a note saved with one showed, for good, as
    /// correcting another entry.
    @Test(arguments: Backend.all)
    func onlyACorrectionNamesAnEntry(_ backend: Backend) throws {
        let (service, sem, _) = try school(backend)
        let first = try service.dossiers.addEntry(person: sem.id, kind: .note, title: nil, body: "Gesprek.").value
        let before = try service.dossiers.dossier(sem.id).entries.count
        let error = try #require(
            refusal {
                _ = try service.dossiers.addEntry(
                    person: sem.id, kind: .note, title: nil, body: "Nog een notitie.", corrects: first.id)
            })
        #expect(error.kind == .invalid && error.message.nl.contains("hoort bij een correctie"), "\(error.message.nl)")
        #expect(try service.dossiers.dossier(sem.id).entries.count == before)
        let fix = try service.dossiers.addEntry(
            person: sem.id, kind: .correction, title: nil, body: "Het was dinsdag.", corrects: first.id
        ).value
        #expect(fix.corrects == first.id)
    }

    /// A person is in a report once: as the one it is about, the one it was done to or a witness.
    @Test(arguments: Backend.all)
    func aPersonIsInAReportOnce(_ backend: Backend) throws {
        let (service, sem, eva) = try school(backend)
        let before = try service.intake.count(status: nil)
        for (subjects, victims, witnesses) in [
            ([sem.id], [sem.id], []), ([sem.id], [eva.id], [eva.id]), ([sem.id, sem.id], [], []),
        ] {
            let error = try #require(
                refusal {
                    _ = try service.intake.report(
                        summary: "Filmpje.", platform: nil, subjects: subjects, victims: victims, witnesses: witnesses)
                })
            #expect(error.kind == .invalid && error.message.nl.contains("twee keer"), "\(error.message.nl)")
        }
        #expect(try service.intake.count(status: nil) == before)
        _ = try service.intake.report(summary: "Filmpje.", platform: nil, subjects: [sem.id], victims: [eva.id])
        #expect(try service.intake.count(status: nil) == before + 1)
    }
}

extension InputRulesTests {
    /// A day decided now lies within a year (DateRange): a pupil's leaving day in 2099 started
    /// the retention clock in 2099, a suspension asked to start in 9999 was taken, a meeting on
    /// 1800-01-01 too.
    @Test(arguments: Backend.all)
    func aDayIsWithinReason(_ backend: Backend) throws {
        let (service, sem, _) = try school(backend)
        let error = try #require(refusal { try service.directory.setLeft(sem.id, on: LocalDate(iso: "2099-01-01")) })
        #expect(error.kind == .invalid && error.message.nl.contains("meer dan een jaar vooruit"), "\(error.message.nl)")
        #expect(try service.directory.person(sem.id).leftOn == nil)
        try service.directory.setLeft(sem.id, on: LocalDate(iso: "2027-07-31"))  // the end of the school year
        #expect(try service.directory.person(sem.id).leftOn?.iso == "2027-07-31")
        for typed in ["1800-01-01", "31-12-9999", "01-01-1899"] { #expect(LocalDate(typed: typed) == nil, "\(typed)") }
        #expect(LocalDate(typed: "02-03-1961")?.iso == "1961-03-02")
    }

    @Test func aMeasureStartsWithinAYearOfItsDecision() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-30")
        let (pupil, _) = try school.pupil("Lotte", "Jansen", parent: "Anne Jansen")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let e = refusal {
            try school.service.cases.step(
                c.id,
                StepRequest(rung: .suspension, reason: "Herhaling.", days: 2, startDate: Fixtures.date("2099-12-31"))
            ).value
        }
        #expect(e?.message.nl.contains("begint uiterlijk een jaar na het besluit") == true, "\(e?.message.nl ?? "")")
        #expect(try school.service.cases.detail(c.id).steps.count == 1, "nothing changed")
    }
}

extension InputRulesTests {
    /// A one-line field holds a line (ShortText): 100,000 characters of town, street, function or
    /// platform were taken and printed in every letterhead, list and figure.
    @Test(arguments: Backend.all)
    func aOneLineFieldHoldsALine(_ backend: Backend) throws {
        let (service, sem, _) = try school(backend)
        let long = String(repeating: "a", count: 100_000)
        let refusals: [CasusError?] = [
            refusal {
                try service.directory.addPerson(
                    Person(schoolID: 1, kind: .staff, firstName: "Jan", lastName: "Wit", function: long)
                ).value
            },
            refusal {
                _ = try service.intake.report(summary: "Filmpje.", platform: long, subjects: [sem.id])
            },
            refusal { try service.directory.setAddress(sem.id, street: long).value },
            refusal { try service.directory.setAddress(sem.id, town: long).value },
            refusal { try service.directory.setSchool(SchoolRecordChange(town: long)).value },
        ]
        for error in refusals {
            #expect(error?.kind == .invalid && error?.message.nl.contains("is te lang (100000 tekens") == true)
        }
        #expect(try service.directory.person(sem.id).address.town.isEmpty)
        #expect(try service.intake.count(status: nil) == 0)
        _ = try service.intake.report(summary: "Filmpje.", platform: "TikTok", subjects: [sem.id])
    }
}

extension InputRulesTests {
    /// Reports dismissed together with one reason are dismissed all or none: one that was
    /// triaged meanwhile is named, and none is dismissed.
    @Test(arguments: Backend.all)
    func reportsDismissedTogetherGoAllOrNone(_ backend: Backend) throws {
        let (service, sem, eva) = try school(backend)
        let a = try service.intake.report(summary: "Filmpje 1.", platform: nil, subjects: [sem.id]).value
        let b = try service.intake.report(summary: "Filmpje 2.", platform: nil, subjects: [eva.id]).value
        let c = try service.intake.report(summary: "Filmpje 3.", platform: nil, subjects: [eva.id]).value
        try service.intake.dismiss(c.id, reason: "Dubbel.")
        let error = try #require(refusal { try service.intake.dismiss([a.id, b.id, c.id], reason: "Buiten school.") })
        #expect(error.message.nl.contains("melding \(c.id)") && error.message.nl.contains("geen van de 3"))
        #expect(try service.intake.incident(a.id).0.status == .new)
        try service.intake.dismiss([a.id, b.id], reason: "Buiten school.")
        #expect(try [a.id, b.id].allSatisfy { try service.intake.incident($0).0.status == .dismissed })
        #expect(refusal { try service.intake.dismiss([a.id, a.id], reason: "x") }?.kind == .invalid)
    }
}

extension InputRulesTests {
    /// Reports triaged alike (DESIGN.md §6): each into a case for the subjects it names, with the
    /// same articles and severity; all or none.
    @Test(arguments: Backend.all)
    func reportsTriagedAlikeOpenTheirCasesAllOrNone(_ backend: Backend) throws {
        let (service, sem, eva) = try school(backend)
        let a = try service.intake.report(summary: "Filmpje 1.", platform: nil, subjects: [sem.id]).value
        let b = try service.intake.report(summary: "Filmpje 2.", platform: nil, subjects: [eva.id]).value
        let c = try service.intake.report(summary: "Filmpje 3.", platform: nil, subjects: [eva.id]).value
        try service.intake.dismiss(c.id, reason: "Dubbel.")
        let refused = try #require(
            refusal {
                _ = try service.cases.triage(
                    first: a.id, subjects: [sem.id], alike: [b.id, c.id], articles: ["A.5"], severity: .medium,
                    flags: CaseFlags())
            })
        #expect(refused.message.nl.contains("melding \(c.id)"), "\(refused.message.nl)")
        #expect(try service.cases.rows(CaseFilter(), offset: 0, limit: 100).isEmpty, "nothing opened")
        let cases = try service.cases.triage(
            first: a.id, subjects: [sem.id], alike: [b.id], articles: ["A.5"], severity: .medium, flags: CaseFlags()
        ).value
        #expect(cases.map(\.subjectID) == [sem.id, eva.id])
        #expect(cases.allSatisfy { $0.articles == ["A.5"] && $0.severity == .medium })
        #expect(try service.intake.incident(b.id).0.status == .triaged)
    }
}
