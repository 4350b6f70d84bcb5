import CasusCore
import CasusStore
import Foundation
import Testing
import CasusTestSupport

/// Every template read for correct, proportionate Dutch, rendered with a realistic case of each
/// kind it is meant for. The checks look at patterns, not exact sentences, so the legal
/// sentences can change without breaking them.
@Suite struct LetterLanguageTests {
    static let library = try! LetterLibrary.load(folder: Fixtures.configFolder + "/templates")

    /// The placeholders a template leaves for the director on purpose (the letter cannot be filed
    /// until they are filled in). Anything else in brackets is a value casus should have filled.
    static let forTheDirector: Set<String> = [
        "[Wanneer en hoe de medewerker over deze maatregel is gehoord]",
        "[Wanneer en hoe wij u over deze feiten hebben gehoord; of waarom wij u niet hebben gehoord]",
        "[Bij welke commissie van beroep en binnen welke termijn de medewerker tegen dit besluit in beroep kan, volgens de cao]",
        "[datum en tijd]", "[adres]", "[datum]", "[tijdstip]", "[naam vertrouwensinspecteur]",
        "[geboortedatum]", "[datum gedaan, of datum waarop gepland]", "[adres politiebureau]",
        "[naam verbalisant]", "[registratienummer van de aangifte]",
        "[de dringende reden]", "[wat de maatregel inhoudt en hoe lang hij duurt]",
        "[apparaat in bewaring, ICT-verbod, intrekken e-mailadres of contract]", "[schorsing of verwijdering]",
        "[ten hoogste vijf]",
        // The invitation to the hearing on an objection (Awb art. 7:4 lid 3: where and when).
        "[datum en tijd van de hoorzitting]", "[namen en functies]",
        "[datum, ten minste een week vóór de hoorzitting]", "[plaats en tijden]",
        "[Wat u in het hoorgesprek naar voren bracht en waarom dat niet tot een ander besluit heeft geleid.]",
        "[Gegrond of ongegrond: de beslissing op het bezwaar, en wat zij betekent voor het besluit.]",
        "[De redenen van de beslissing, met wat in het bezwaar en bij het horen naar voren is gebracht en hoe het is gewogen.]",
        // The law's letters (issue 15): what only the director knows, and what casus could not verify.
        "[Uw zienswijze, of: u heeft binnen de termijn geen zienswijze gegeven. Waarom die het bevoegd gezag niet tot een ander besluit brengt.]",
        "[Beroepsmogelijkheid volgens de geldende CAO: bij welke commissie en binnen welke termijn. casus heeft de CAO-artikelen niet geverifieerd.]",
        "[Toets dit besluit aan de eigen regeling van het bestuur; casus vond er geen wettelijke regeling voor.]",
        // A source casus could not verify is the director's to check (a legal review: a letter said
        // "niet geverifieerd" to the parents' lawyer).
        "[bron nagaan: CAO PO, de bepalingen over disciplinaire maatregelen]",
        "[bron nagaan: CAO PO, ordemaatregel: in beginsel ten hoogste vier weken]",
        "[tijdstip waarop de time-out inging]", "[en door u opgehaald]",
        // The letter to the Inspectie says what was done only once it is recorded (a legal review).
        "[Nog niet elke brief over de schorsing is als verzonden vastgelegd: leg dat eerst vast (casus letter sent), dan noemt deze melding de dag.]",
        "[Nog niet elke brief over het besluit is als verzonden vastgelegd: leg dat eerst vast (casus letter sent), dan noemt deze melding de dag.]",
        "[Burgemeester en wethouders (leerplicht) moeten worden geïnformeerd (Leerplichtwet 1969 art. 18 lid 1): leg vast hoe en wanneer dat gebeurde (een notitie) en vink het daarmee af (casus case done … --entry STUK), dan noemt deze melding de dag.]",
        // The data breach assessment (AVG art. 33): the facts of the breach.
        "[namen, foto's, cijfers, zorggegevens ...]", "[wie, hoeveel]",
        "[gedeeld via sociale media, verkeerd gemaild ...]",
        "[bericht verwijderd, wachtwoord gewijzigd ...]", "[geen / laag / hoog, en waarom]", "[ja / nee]",
    ]

    struct Rendered {
        var template: String
        var kind: SubjectKind
        var text: String
        var names: [String]
    }

    /// A pupil on a suspension, a parent on a warning, a teacher on a warning, and a pupil case
    /// without a step: every template for every case it is meant for.
    static func render(protocol id: String, articles: (pupil: String, parent: String, staff: String)) throws
        -> [Rendered]
    {
        let school = try TestSchool(protocol: id)
        let (pupil, parent) = try school.pupil("Daniëlle", "van den Berg", group: "7", parent: "Ayşe Yılmaz")
        let (other, _) = try school.pupil("Sem", "Bakker", group: "5", parent: "Wytske Bakker")
        let teacher = try school.staff("Jeroen", "de Wit")
        let pupilCase = try school.openCase(
            about: pupil, articles: [articles.pupil],
            summary:
                "Daniëlle heeft in de pauze een filmpje gemaakt van een klasgenoot die huilde en het in de groepsapp gezet."
        )
        try school.service.cases.step(pupilCase.id, StepRequest(rung: .warning, reason: "Filmpje zonder toestemming."))
            .value
        try school.service.cases.step(
            pupilCase.id, StepRequest(rung: .suspension, reason: "Opnieuw een filmpje verspreid.", days: 2)
        ).value
        let parentCase = try school.openCase(
            about: parent!, articles: [articles.parent],
            summary: "In de oudergroep schreef de moeder dat de leerkracht van groep 7 incompetent is.")
        try school.service.cases.step(parentCase.id, StepRequest(rung: .warning, reason: "Beledigend bericht.")).value
        let staffCase = try school.openCase(
            about: teacher, articles: [articles.staff],
            summary: "De leerkracht reageerde op Facebook onder een bericht van een ouder met een scheldwoord.")
        try school.service.cases.step(staffCase.id, StepRequest(rung: .warning, reason: "Onprofessionele reactie."))
            .value
        let fresh = try school.openCase(
            about: other, articles: [articles.pupil], summary: "Sem heeft een foto van een klasgenoot gedeeld.")
        var out: [Rendered] = []
        for c in [pupilCase, parentCase, staffCase, fresh] {
            let detail = try school.service.cases.detail(c.id)
            let kind = detail.subject.kind.ladderKind
            let names =
                [detail.subject.firstName, detail.dossierOwner.firstName, "Daniëlle", "Sem", "Jeroen", "Ayşe"]
                + (detail.school?.name.split(separator: " ").map(String.init) ?? [])
            for t in library.templates where t.appliesTo.contains(kind) {
                // A decision's letter is made only after that decision (LetterTemplate.announces);
                // its words are checked as the template gives them, from the case's latest step. A
                // letter on an objection likewise, in a case that has none.
                let text =
                    !t.needsObjection
                        && ((t.announces.isEmpty && t.proposes.isEmpty) || t.step(in: detail.steps) != nil)
                    ? try school.service.letters.draft(case: c.id, template: t)
                    : t.render(
                        LetterContext.build(
                            detail,
                            parents: try school.service.session.read {
                                try $0.guardians(ofPupil: detail.dossierOwner.id)
                            },
                            signer: school.service.session.actor, today: school.service.session.today))
                out.append(Rendered(template: t.id, kind: kind, text: text, names: names))
            }
        }
        return out
    }

    static func check(_ r: Rendered) {
        let where_ = "\(r.template) (\(r.kind.rawValue))"
        let text = r.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The letter's own words: not the quoted protocol texts and not the director's summary.
        var own: [String] = []
        var quoting = false
        for line in lines {
            if line.hasPrefix("\"") { quoting = true }
            if !quoting && !line.contains("filmpje gemaakt") { own.append(line) }
            if quoting && line.hasSuffix("\"") { quoting = false }
        }

        // No "(en)", "(n)", "(s)" plural hacks.
        #expect(text.range(of: #"\p{L}\((en|n|s)\)"#, options: .regularExpression) == nil, "\(where_): plural hack")
        // No "Laat u mij …".
        #expect(!text.contains("Laat u mij") && !text.contains("laat u mij"), "\(where_): 'Laat u mij'")
        // No mixed "wij" and "ik" in the letter's own words.
        let joined = own.joined(separator: " ").lowercased()
        func has(_ words: [String]) -> Bool {
            words.contains { joined.range(of: "\\b\($0)\\b", options: .regularExpression) != nil }
        }
        #expect(!(has(["ik", "mij", "mijn"]) && has(["wij", "we", "ons", "onze"])), "\(where_): mixes wij and ik")
        // No capital after a colon in the middle of a sentence ("… de volgende reden: Herhaling").
        for line in own {
            guard let m = line.range(of: #"\p{Ll}: \p{Lu}\p{Ll}+"#, options: .regularExpression) else { continue }
            let before = line[..<m.lowerBound].trimmingCharacters(in: .whitespaces)
            let word = line[m].dropFirst(3).prefix { $0.isLetter }
            // A label ("Toelichting: Foto zonder toestemming.", "  Namens school: Marieke van Dam").
            let isLabel = before.split(separator: " ").count <= 3 && before.first?.isUppercase == true
            #expect(isLabel || r.names.contains(String(word)), "\(where_): capital after a colon: \(line)")
        }
        // No words split over two lines ("ouders-\nverzorgers", "ouders/\nverzorgers").
        for (a, b) in zip(lines, lines.dropFirst()) {
            let split = (a.hasSuffix("-") || a.hasSuffix("/")) && b.first?.isLowercase == true
            #expect(!split, "\(where_): a word split over two lines: \(a) / \(b)")
        }
        // No placeholder casus should have filled.
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { break }
            let inner = rest[rest.index(after: open)..<close].split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
            if !inner.hasPrefix("Afspraken over het onderwijs aan") {
                #expect(forTheDirector.contains("[\(inner)]"), "\(where_): unexpected placeholder [\(inner)]")
            }
            rest = rest[rest.index(after: close)...]
        }
        // Mustache leftovers, HTML escapes, over-long lines.
        #expect(!text.contains("{{") && !text.contains("&#"), "\(where_): a tag or an escape")
        #expect(lines.allSatisfy { $0.count <= 78 || $0.hasPrefix(" ") }, "\(where_): a line over 78 columns")
    }

    static let templates = library.templates.map(\.id)

    @Test(arguments: templates) func theTemplateReadsAsCorrectDutch(_ id: String) throws {
        // Two profiles: their articles are cited differently ("richtlijn A.5", "afspraak 5 (Gebruikers; G.5)").
        let all =
            try Self.render(protocol: "jozefschool", articles: ("A.5", "A.7", "A.7"))
            + Self.render(protocol: "cbo-meilan", articles: ("G.5", "G.7", "G.7"))
        let mine = all.filter { $0.template == id }
        #expect(!mine.isEmpty)
        for r in mine { Self.check(r) }
    }

    /// Letters to parents name only what the profile allows as the next consequence.
    @Test func aWarningNamesOnlyTheNextRung() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Noor", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming.")).value
        let letter = try school.service.letters.draft(case: c.id, template: try Self.library.require("waarschuwing"))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(letter.contains("dan kan dat leiden tot een schorsing."))
        #expect(!letter.contains("verwijdering"))
        #expect(letter.contains("Richtlijn A.5 – Opnamen alleen met toestemming"))
    }

    @Test func theCiteStandsBesideCasussId() throws {
        let school = try TestSchool(protocol: "schoolwerkplaats")
        let (pupil, _) = try school.pupil("Noor", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["L.4"])
        let letter = try school.service.letters.draft(
            case: c.id, template: try Self.library.require("uitnodiging-gesprek")
        ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(letter.contains("Richtlijn 4 voor leerlingen (L.4) – Geen foto's en filmpjes zonder toestemming"))
    }

    /// A school, a pupil with a case, and the draft of the letter to the parents about a measure.
    static func measureLetter() throws -> (TestSchool, Person, Case, LetterTemplate, String) {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Noor", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        let t = try library.require("maatregel-ouders")
        return (school, pupil, c, t, try school.service.letters.draft(case: c.id, template: t))
    }

    /// A letter saved with a `[…]` still in it is refused, naming the placeholder and its line.
    @Test func aLetterWithAnUnfilledPlaceholderIsNotFiled() throws {
        let (school, pupil, c, t, draft) = try Self.measureLetter()
        let line = draft.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.contains("[apparaat in bewaring")
        }!
        let e = refusal { _ = try school.service.letters.file(case: c.id, template: t, body: draft).value }
        #expect(e?.kind == .invalid)
        #expect(
            e?.message.nl
                == "de brief bevat nog een niet ingevuld veld [apparaat in bewaring, ICT-verbod, intrekken e-mailadres of contract] op regel \(line + 1); er is niets opgeslagen"
        )
        #expect(try school.service.dossiers.dossier(pupil.id).entries.isEmpty)
        let filled = draft.replacingOccurrences(
            of: "[apparaat in bewaring, ICT-verbod, intrekken e-mailadres of contract]",
            with: "telefoon in bewaring"
        ).replacingOccurrences(
            of: "[wat de maatregel inhoudt en hoe lang hij duurt]", with: "tot het einde van de schooldag")
        let filed = try school.service.letters.file(case: c.id, template: t, body: filled).value
        #expect(filed.entry.body.contains("tot het einde van de schooldag"))
    }

    @Test func bracketsAreFoundWithTheirLine() {
        func first(_ text: String) -> (String, Int)? { LetterText.brackets(in: text).first.map { ($0.inner, $0.line) } }
        #expect(first("Geachte heer,\n\nOp [datum en tijd] komt u.")! == ("datum en tijd", 3))
        #expect(LetterText.brackets(in: "Tabel [1] en [ 2 ]").isEmpty)
        #expect(first("a [twee\n  regels] b")! == ("twee regels", 1))
        #expect(LetterText.brackets(in: "zonder haken").isEmpty)
        // A line counted past a field over two lines.
        #expect(LetterText.brackets(in: "[een\ntwee]\n[drie]").map(\.line) == [1, 3])
    }

    /// Square brackets the director types are theirs: a quoted message ("[naam] is dom"), a
    /// Markdown link. Only what the template asks to fill in blocks filing, also a field that
    /// holds a value casus filled in (a review found a quote refused as an "unfilled field").
    @Test func aDirectorsOwnBracketsDoNotBlockFiling() throws {
        let (school, _, c, t, draft) = try Self.measureLetter()
        let filled = draft.replacingOccurrences(
            of: "[apparaat in bewaring, ICT-verbod, intrekken e-mailadres of contract]",
            with: "telefoon in bewaring"
        ).replacingOccurrences(
            of: "[wat de maatregel inhoudt en hoe lang hij duurt]",
            with:
                "tot het einde van de schooldag. In de groepsapp stond: \"[naam] is dom\" (zie [het protocol](https://school.nl/protocol))"
        )
        #expect(t.fields.firstUnfilled(in: draft) != nil)
        #expect(t.fields.firstUnfilled(in: filled) == nil)
        let filed = try school.service.letters.file(case: c.id, template: t, body: filled).value
        #expect(filed.entry.body.contains("\"[naam] is dom\""))
        // A field with a value in it: the same words with another name are still the field.
        let hearing = try Self.library.require("verwijderingsbesluit")
        let field =
            "[Wat u in het hoorgesprek naar voren bracht en waarom dat niet tot een\nander besluit heeft geleid.]"
        let shown = hearing.fields.firstUnfilled(in: "Geachte heer,\n\n" + field)
        #expect(
            shown?.1 == 3 && shown?.0.hasPrefix("[Wat u in het hoorgesprek") == true, "\(String(describing: shown))")
        let birth = try Self.library.require("schorsingsbesluit").fields.firstUnfilled(
            in:
                "[geboortedatum van Anna ontbreekt: leg die vast met casus people edit 7 --born JJJJ-MM-DD; de leeftijd beslist wie dit besluit krijgt]"
        )
        #expect(birth != nil)
        #expect(try Self.library.require("schorsingsbesluit").fields.firstUnfilled(in: "[naam] is dom") == nil)
        // A field barely touched is still the field: capitals, punctuation, words added, a wrap
        // over many lines (each was filed, found by a review).
        let invite = try Self.library.require("uitnodiging-gesprek")
        for touched in ["[Datum en tijd]", "[datum en tijd volgt]", "[datum, en tijd]", "[datum\n\nen\n\ntijd]"] {
            #expect(invite.fields.firstUnfilled(in: "Op " + touched + " komt u.") != nil, "\(touched)")
        }
        #expect(invite.fields.firstUnfilled(in: "Zie [datumprikker] en [tijdschema].") == nil)
        #expect(
            LetterFields(template: "Beste [{{{pupil.firstName}}}],").firstUnfilled(in: "[naam] is dom") == nil,
            "a field of a value alone takes no typed bracket")
    }
}
