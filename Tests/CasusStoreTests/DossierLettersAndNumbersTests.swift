import CasusCore
import CasusTestSupport
import Testing

/// What a director looks for in a dossier and by search, on every backend: whether a letter went
/// out (the dossier showed a letter with no word of its sending, a review), and a case by its number
/// ("2026-0012" found only texts holding both numbers, a case opened that morning nothing).
@Suite struct DossierLettersAndNumbersTests {
    let scratch = Scratch("dossier-letters")

    /// Daan's case with its warning's letter filed; `sent`: recorded as sent by post that day.
    func school(_ backend: Backend, sent: Bool) throws -> (CasusService, Person, Case, EntryID) {
        let clock = TestClock("2026-11-16")
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Daan", lastName: "Vos", group: "6")
        ).value
        _ = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Petra", lastName: "Jansen",
                address: PostalAddress(street: "Dorpsstraat 1", postcode: "1234 AB", town: "Ede")),
            guardianOf: pupil.id
        ).value
        let report = try service.intake.report(
            summary: "Daan deelde een meme.", platform: "WhatsApp", subjects: [pupil.id]
        )
        .value
        let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Meme gedeeld.")).value
        let entry = try #require(try service.fileDrafts(c, "waarschuwing", limit: 1).first).id
        if sent {
            _ = try service.letters.sent(
                entry: entry, on: Fixtures.date("2026-11-16"), via: .post, library: Fixtures.letters
            ).value
        }
        return (service, pupil, c, entry)
    }

    @Test(arguments: Backend.all)
    func theDossierSaysWhetherALetterWentOut(_ backend: Backend) throws {
        let (service, pupil, _, letter) = try school(backend, sent: true)
        let page = try service.dossiers.timelinePage(pupil.id, offset: 0, limit: 20)
        #expect(page.sendings[letter]?.via == .post && page.sendings[letter]?.on.iso == "2026-11-16")
        #expect(try service.dossiers.entry(letter).sending?.via == .post)
        #expect(try service.dossiers.dossier(pupil.id).sendings[letter]?.via == .post)
        let (unsent, other, _, draft) = try school(backend, sent: false)
        #expect(try unsent.dossiers.timelinePage(other.id, offset: 0, limit: 20).sendings[draft] == nil)
        #expect(try unsent.dossiers.entry(draft).sending == nil)
    }

    @Test(arguments: Backend.all)
    func aCaseNumberFindsItsCase(_ backend: Backend) throws {
        let (service, pupil, c, _) = try school(backend, sent: false)
        for typed in [c.number, " \(c.number) ", "2026-1"] {
            let hits = try service.dossiers.search(typed)
            let first = try #require(hits.first, "\(typed): \(hits)")
            #expect(first.source == .caseSummary && first.caseID == c.id && first.person == pupil.id, "\(typed)")
            let page = try service.dossiers.searchPage(typed, offset: 0, limit: 10)
            #expect(page.hits.first?.caseID == c.id && page.hits.first?.source == .caseSummary, "\(typed)")
        }
        #expect(try service.dossiers.search("2026-0099").allSatisfy { $0.caseID != c.id })
        #expect(CaseNumber.typed("2026-12") == "2026-0012" && CaseNumber.typed("2026-12345") == "2026-12345")
        #expect(
            CaseNumber.typed("12-2026") == nil && CaseNumber.typed("2026-0") == nil
                && CaseNumber.typed("zaak 2026-1") == nil)
    }

    /// What an inzage export tells of a case and a letter: a case closed as unfounded read as
    /// "(gesloten)" only, the accusation standing for the parents who asked; a letter never sent read
    /// as a warning given (a review).
    @Test(arguments: Backend.all)
    func anExportSaysHowACaseClosedAndWhetherALetterWentOut(_ backend: Backend) throws {
        let (service, pupil, c, _) = try school(backend, sent: false)
        // A case whose warning was decided is not closed as unfounded: the measure stands (a review
        // of exports read a suspension decided and sent beside "ongegrond").
        let warned = refusal { _ = try service.cases.close(c.id, outcome: .unfounded, reason: "Toch niet.").value }
        #expect(
            warned?.message.nl.contains("een zaak met een genomen maatregel is geen vergissing en niet ongegrond")
                == true)
        let report = try service.intake.report(summary: "Daan zou gefilmd hebben.", platform: nil, subjects: [pupil.id])
            .value
        let unfounded = try service.cases.open(
            incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil
        ).value
        _ = try service.cases.close(unfounded.id, outcome: .unfounded, reason: "Het was een ander toestel.").value
        for format in [DossierExport.Format.md, .html, .json] {
            let text = try service.dossiers.export(pupil.id, format: format)
            #expect(text.contains("ongegrond: Het was een ander toestel."), "\(format): \(text)")
            #expect(text.contains("niet als verzonden vastgelegd"), "\(format)")
        }
        let (sent, other, _, _) = try school(backend, sent: true)
        #expect(try sent.dossiers.export(other.id, format: .md).contains("verzonden per post op 16-11-2026"))
    }
}
