import CasusCore
import CasusTestSupport
import Testing

/// A dossier shows the cases filed in it (the Dossiers screen's header, `dossier show`, `case list
/// --dossier`): a director opening a pupil's dossier saw every letter but not whether a case was
/// still running, nor one about a parent filed there (a review).
@Suite struct DossierCasesTests {
    let scratch = Scratch("dossier-cases")

    /// Zoë's dossier with three cases: one closed, two open (the newest about her mother, filed in
    /// Zoë's dossier), and Bram's with one of his own.
    func school(_ backend: Backend) throws -> (CasusService, zoe: Person, mother: Person, bram: Person, [Case]) {
        let clock = TestClock("2026-11-16")
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let zoe = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Zoë", infix: "de", lastName: "Vries", group: "7")
        ).value
        let mother = try service.directory.addPerson(
            Person(schoolID: 1, kind: .parent, firstName: "Ilse", infix: "de", lastName: "Vries"), guardianOf: zoe.id
        ).value
        let bram = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Bram", lastName: "Smit", group: "7")
        ).value
        func open(_ summary: String, about subject: Person, article: String) throws -> Case {
            let report = try service.intake.report(summary: summary, platform: "WhatsApp", subjects: [subject.id])
                .value
            return try service.cases.open(incident: report.id, subject: subject.id, articles: [article], severity: nil)
                .value
        }
        let first = try open("Zoë deelde een foto van Bram.", about: zoe, article: "A.5")
        _ = try service.cases.close(first.id, outcome: .founded, reason: "Afgehandeld.").value
        clock.set("2026-11-18")
        let second = try open("Zoë schold in de klassenapp.", about: zoe, article: "A.5")
        clock.set("2026-11-19")
        let third = try open("Moeder van Zoë zette een filmpje van de les op Facebook.", about: mother, article: "A.7")
        _ = try open("Bram deelde een meme.", about: bram, article: "A.5")
        return (service, zoe, mother, bram, [first, second, third])
    }

    @Test(arguments: Backend.all)
    func theTimelineCountsTheDossiersCasesAndNamesTheOpenOnes(_ backend: Backend) throws {
        let (service, zoe, _, bram, cases) = try school(backend)
        let page = try service.dossiers.timelinePage(zoe.id, offset: 0, limit: 20)
        #expect(page.cases.total == 3 && page.cases.openCount == 2)
        #expect(page.cases.open.map(\.number) == [cases[2].number, cases[1].number], "open ones, newest first")
        #expect(page.cases.open.first?.subjectName == "Ilse de Vries", "the case about the mother is in Zoë's dossier")
        let whole = try service.dossiers.dossier(zoe.id)
        #expect(whole.cases.map(\.number) == [cases[2].number, cases[1].number, cases[0].number])
        #expect(whole.cases.map(\.status) == [.open, .open, .closed])
        // Bram's dossier has his case only.
        #expect(try service.dossiers.timelinePage(bram.id, offset: 0, limit: 20).cases.total == 1)
        // The Zaken list of one dossier: every case of it, open and closed, and nobody else's.
        let list = try service.cases.page(CaseFilter(dossierID: zoe.id), offset: 0, limit: 50)
        #expect(list.total == 3 && Set(list.rows.map(\.number)) == Set(cases.map(\.number)))
        let openOnly = try service.cases.page(CaseFilter(status: .open, dossierID: zoe.id), offset: 0, limit: 50)
        #expect(openOnly.total == 2)
        // A list of her cases is a read of her dossier, named in its line (it named no one, a review).
        let lines = try service.session.read { try $0.audit(person: zoe.id, offset: 0, limit: 5) }
        #expect(lines.contains { $0.action == "dossier.read" && $0.detail == "2 zaken" }, "\(lines.map(\.detail))")
    }

    /// A closed case says how it ended wherever it is listed: the Zaken list, the dossier's header
    /// and `dossier show` said "gesloten" of a case closed as unfounded, which an IB read as a
    /// measure behind the pupil (a review).
    @Test(arguments: Backend.all)
    func aClosedCaseSaysHowItEndedWhereverItIsListed(_ backend: Backend) throws {
        let (service, zoe, _, _, cases) = try school(backend)
        _ = try service.cases.close(cases[1].id, outcome: .unfounded, reason: "Het was een ander kind.").value
        let rows = try service.cases.rows(CaseFilter(dossierID: zoe.id), offset: 0, limit: 10)
        #expect(
            rows.map(\.outcome) == [nil, .unfounded, .founded], "\(rows.map { ($0.number, $0.outcome as Any) })")
        let header = try service.dossiers.timelinePage(zoe.id, offset: 0, limit: 20).cases
        #expect(header.closedOutcomes?.map(\.outcome) == [.founded, .unfounded])
        #expect(header.closedOutcomes?.map(\.count) == [1, 1])
        #expect(try service.dossiers.dossier(zoe.id).cases.map(\.outcome) == [nil, .unfounded, .founded])
    }

    @Test(arguments: Backend.all)
    func aListOfNoDossierSaysSoInsteadOfListingNothing(_ backend: Backend) throws {
        let (service, _, mother, _, _) = try school(backend)
        for id in [mother.id, 9_999] {
            let refusal = refusal { _ = try service.cases.rows(CaseFilter(dossierID: id), offset: 0, limit: 10) }
            #expect(refusal?.kind == .notFound, "person \(id)")
        }
        let parent = refusal { _ = try service.cases.rows(CaseFilter(dossierID: mother.id), offset: 0, limit: 10) }
        #expect(parent?.message.nl.contains("is een ouder en heeft geen eigen dossier") == true)
    }
}
