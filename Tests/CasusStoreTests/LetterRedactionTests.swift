import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Issue 16, item 3: other pupils' names never reach a letter. The director sees each
/// replacement before filing; a text that still names another pupil is refused, on every backend.
@Suite struct LetterRedactionTests {
    @Test(arguments: Backend.all)
    func aLetterHomeNamesNoOtherPupil(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-16")
        let service = try Directory.initialize(
            storage: storage, schoolName: "Testschool", protocolID: "jozefschool", account: "directeur",
            director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles, clock: clock.clock)
        func add(_ kind: PersonKind, _ first: String, _ infix: String = "", last: String, of pupil: PersonID? = nil)
            throws -> Person
        {
            try service.directory.addPerson(
                Person(
                    schoolID: 1, kind: kind, firstName: first, infix: infix, lastName: last, group: "7",
                    // A parent's letter is addressed (issue 16, item 2).
                    address: kind == .parent
                        ? PostalAddress(street: "Kerkstraat 1", postcode: "8011 AB", town: "Zwolle") : .none),
                guardianOf: pupil
            ).value
        }
        let tygo = try add(.pupil, "Tygo", last: "Bouzid")
        let fatima = try add(.parent, "Fatima", last: "Bouzid", of: tygo.id)
        let sanne = try add(.pupil, "Sanne", "de", last: "Vries")
        _ = try add(.parent, "Ayşe", last: "Yılmaz", of: sanne.id)
        _ = try add(.pupil, "Daan", last: "Kok")
        let teacher = try service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Bas", infix: "de", lastName: "Wit", function: "leerkracht")
        ).value
        let incident = try service.intake.report(
            summary: "Een foto op Snapchat.", platform: "Snapchat", subjects: [tygo.id], victims: [sanne.id],
            schoolID: 1
        ).value
        // The director's own words, naming others as a first summary does.
        let c = try service.cases.open(
            incident: incident.id, subject: tygo.id, articles: ["A.5"], severity: nil,
            summary:
                "Sanne stuurde juf Bas de Wit een screenshot. Tygo had een foto van Sanne de Vries en daan kok geplaatst. "
                + "Haar moeder, mevrouw Yilmaz, belde de school. Het account was @sanne_dv2013."
        ).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming.")).value
        let template = try Fixtures.letters.require("maatregel-ouders")
        let draft = try service.letters.draft(case: c.id, template: template)
            .replacingOccurrences(of: "[wat de maatregel inhoudt en hoe lang hij duurt]", with: "een waarschuwing")
            // A warning is no lighter measure of this letter's (those it names by their step): the
            // director names it.
            .replacingOccurrences(
                of: #"\[apparaat in bewaring,[^\]]*\]"#, with: "waarschuwing", options: .regularExpression)
        #expect(draft.contains("Sanne"), "the draft is what the templates make of the director's facts")

        // Filing the raw text is refused, naming each name and its line; nothing is saved.
        let entries = try service.cases.detail(c.id).entries.count
        let refused = refusal { _ = try service.letters.file(case: c.id, template: template, body: draft) }
        #expect(refused?.message.nl.contains("noemt een andere leerling") == true)
        #expect(refused?.message.nl.contains("(Sanne de Vries) op regel") == true)
        #expect(refused?.message.nl.contains("AVG art. 5 lid 1 onder c") == true)
        #expect(refused?.hint?.nl.contains("--redact") == true)
        #expect(try service.cases.detail(c.id).entries.count == entries)

        // The review: what is replaced, whose name it is, where; the subject, the parent and the
        // teacher keep their names.
        let review = try service.letters.review(case: c.id, template: template, body: draft)
        let found = review.replaced.map(\.found)
        // "Sanne de Vries" is wrapped across two lines in the letter: one name still.
        #expect(found.contains("Sanne") && found.contains { $0.hasPrefix("Sanne de") && $0.hasSuffix("Vries") })
        #expect(found.contains("daan kok"), "a name that is no ordinary word is a name however it is written")
        #expect(
            review.replaced.allSatisfy {
                $0.people == ["Sanne de Vries"] || $0.people == ["Daan Kok"] || $0.people == ["Ayşe Yılmaz"]
            })
        // Another pupil's parent would name the child: replaced with the title that named her.
        #expect(review.text.contains("Haar moeder, een ouder van een andere leerling, belde de school."))
        let line = try #require(review.replaced.first { $0.found == "Sanne" }?.line)
        #expect(draft.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("Sanne"))
        #expect(!review.text.contains("Sanne") && !review.text.contains("de Vries"))
        #expect(review.text.contains("Een andere leerling stuurde juf Bas de Wit"), "a capital where a sentence begins")
        #expect(review.text.contains("een foto van een andere leerling"))
        #expect(review.text.contains("Tygo") && review.text.contains("F. Bouzid"))  // as the letter addresses her
        #expect(review.lines.first?.nl.contains("→ ‘Een andere leerling’ (Sanne de Vries), regel") == true)

        // An account name with her name in it is replaced whole, in brackets: not filed until rewritten.
        #expect(
            review.text.replacingOccurrences(of: "\n", with: " ").contains(
                "Het account was [account van een andere leerling]."))
        let handle = refusal { _ = try service.letters.file(case: c.id, template: template, body: review.text) }
        #expect(handle?.message.nl.contains("niet ingevuld veld [account van een andere leerling]") == true)

        // The reviewed text, the account rewritten, files as it was shown.
        let rewritten = review.text.replacingOccurrences(
            of: "[account van een andere leerling]", with: "van een andere leerling")
        let filed = try service.letters.file(case: c.id, template: template, body: rewritten).value.entry
        #expect(filed.body == rewritten.trimmingCharacters(in: .whitespacesAndNewlines))
        _ = teacher
    }

    /// A staff case's letter states the facts as they are (BW 7:677: the reason, precisely).
    /// A teacher's report names a child casus does not know ("Daan", of another school): a case
    /// opened without the director's own summary put those words in the letter to the parents,
    /// where no replacement could find the name (a review). The letter now holds a field for the
    /// director's facts, and is not filed before it is filled in.
    @Test(arguments: Backend.all)
    func aLetterStatesTheDirectorsFactsNeverTheReportsWords(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let clock = TestClock("2026-11-16")
        let service = try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "Testschool", protocolID: "jozefschool",
            account: "directeur", director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles,
            clock: clock.clock)
        let sem = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Bakker", group: "4")
        ).value
        _ = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Ilse", lastName: "Bakker",
                address: PostalAddress(street: "Kerkstraat 1", postcode: "8011 AB", town: "Zwolle")),
            guardianOf: sem.id
        ).value
        let report = try service.intake.report(
            summary: "In de groepsapp van groep 7 is een foto van Daan gedeeld, Sem schreef er iets gemeens bij.",
            platform: "WhatsApp", subjects: [sem.id]
        ).value
        let c = try service.cases.open(incident: report.id, subject: sem.id, articles: ["A.5"], severity: nil).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gemene tekst bij een foto.")).value
        let template = try Fixtures.letters.require("waarschuwing")
        let draft = try service.letters.draft(case: c.id, template: template)
        // The field as the letter wraps it.
        let field = try #require(
            draft.range(of: #"\[beschrijf wat er is gebeurd[^\]]*\]"#, options: .regularExpression))
        #expect(
            !draft.contains("Daan")
                && draft[field].replacingOccurrences(of: "\n", with: " ") == CaseSummary.ownFactsToWrite, "\(draft)")
        let refused = refusal { _ = try service.letters.file(case: c.id, template: template, body: draft) }
        #expect(refused?.message.nl.contains("in uw eigen woorden") == true, "\(refused?.message.nl ?? "")")
        // Words typed inside the brackets leave it a field (the instruction was filed with them, a review).
        let typedInside = draft.replacingCharacters(
            in: field, with: "[beschrijf wat er is gebeurd, in uw eigen woorden: Sem schreef iets gemeens.]")
        #expect(refusal { _ = try service.letters.file(case: c.id, template: template, body: typedInside) } != nil)
        // Nor a bracket of its own typed inside, nor a long text (a review filed both, instruction and all).
        for inside in [
            "Sem schreef iets gemeens [zie schermafbeelding] bij een foto.",
            String(repeating: "Sem schreef iets gemeens bij een foto van een kind in de groepsapp.\n", count: 20),
        ] {
            let text = draft.replacingCharacters(
                in: field, with: "[beschrijf wat er is gebeurd, in uw eigen woorden: " + inside + "]")
            #expect(
                refusal { _ = try service.letters.file(case: c.id, template: template, body: text) } != nil,
                "\(inside.prefix(40))")
        }
        #expect(refused?.hint?.nl.contains("het hele veld, haken en al") == true)
        #expect(try service.cases.detail(c.id).entries.isEmpty, "nothing filed")
        let own = draft.replacingCharacters(
            in: field, with: "Sem heeft een gemene tekst bij een foto van een kind gezet.")
        #expect(!(try service.letters.review(case: c.id, template: template, body: own).holdsReport))
        // The report's text pasted over the field is filed if the director wants it, but said first.
        let pasted = draft.replacingCharacters(in: field, with: report.summary)
        #expect(try service.letters.review(case: c.id, template: template, body: pasted).holdsReport)
        let filed = try service.letters.file(case: c.id, template: template, body: own).value
        #expect(filed.entry.body.contains("Sem heeft een gemene tekst") && !filed.entry.body.contains("Daan"))
        // A summary that is the report's text less its full stop, or a piece of it, is no summary of
        // the director's own (a review).
        #expect(
            CaseSummary.copies(
                "In de groepsapp van groep 7 is een foto van Daan gedeeld, Sem schreef er", of: report.summary))
        #expect(
            CaseSummary.copies(
                "  in de GROEPSAPP van groep 7 is een foto van Daan gedeeld;  Sem schreef er iets gemeens bij",
                of: report.summary))
        #expect(!CaseSummary.copies("In de groepsapp", of: report.summary), "a few of its words are no copy")
        #expect(!CaseSummary.copies("Sem schreef iets gemeens bij een foto.", of: report.summary))
        // Facts the director established at a step are the letter's facts as well.
        try service.cases.step(
            c.id,
            StepRequest(rung: .suspension, reason: "Herhaling.", days: 1, facts: "Sem schreef opnieuw iets gemeens.")
        ).value
        let next = try service.letters.draft(case: c.id, template: try Fixtures.letters.require("schorsingsbesluit"))
        #expect(next.contains("Sem schreef opnieuw iets gemeens.") && !next.contains("[beschrijf wat er is gebeurd"))
    }

    @Test func aStaffLetterKeepsThePupilItConcerns() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (sanne, _) = try school.pupil("Sanne", "Vries")
        let teacher = try school.staff("Bas", "de Wit")
        let c = try school.openCase(about: teacher, articles: ["A.7"], summary: "Foto van Sanne Vries op Facebook.")
        let review = try school.service.letters.review(
            case: c.id, template: try Fixtures.letters.require("waarschuwing"), body: "Een foto van Sanne Vries.")
        #expect(review.replaced.isEmpty && review.text.contains("Sanne Vries"))
        _ = sanne
    }

    /// The letter states what the director established, in their own words (asked with the
    /// step), not the report as a teacher wrote it; the same words again record nothing new.
    @Test(arguments: Backend.all)
    func theLetterStatesTheFactsInTheDirectorsWords(_ backend: Backend) throws {
        let clock = TestClock("2026-11-16")
        let scratch = Scratch("contract")
        let service = try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "Testschool", protocolID: "jozefschool",
            account: "directeur", director: ("Marieke", "van", "Dam"), profiles: Fixtures.profiles, clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Tygo", lastName: "Bouzid", group: "7")
        ).value
        let incident = try service.intake.report(
            summary: "Volgens juf heeft Tygo misschien een foto gezet.", platform: "Snapchat", subjects: [pupil.id],
            schoolID: 1
        ).value
        let c = try service.cases.open(incident: incident.id, subject: pupil.id, articles: ["A.5"], severity: nil)
            .value
        let facts = "Op 12 november heeft Tygo een foto van een klasgenoot zonder toestemming op Snapchat gezet."
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto.", facts: facts)).value
        let detail = try service.cases.detail(c.id)
        #expect(detail.facts.filter { $0.kind == .established }.map(\.note) == [facts])
        let letter = try service.letters.draft(
            case: c.id, template: try Fixtures.letters.require("waarschuwing"))
        #expect(letter.replacingOccurrences(of: "\n", with: " ").contains(facts))
        #expect(!letter.contains("misschien"), "the report's words are not stated as fact")
        try service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1, facts: " \(facts) ")
        ).value
        #expect(try service.cases.detail(c.id).facts.filter { $0.kind == .established }.count == 1)
        #expect(try service.integrity.verify().isSound, "the facts are a chained event that replays")
    }
}
