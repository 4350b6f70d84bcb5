import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Issue 16, item 2, on every backend: a person's salutation and postal address are recorded as
/// chained facts; a pupil's letter goes to each parent, one letter per address, with the address
/// block and the Dutch salutation, signed for the bevoegd gezag; a letter without an address is
/// not filed, and the refusal says how to add it. Every chain verifies afterwards.
@Suite struct LetterAddressTests {
    static let library = Fixtures.letters

    struct School {
        let service: CasusService
        let clock: TestClock
        /// Where a file's database is, for as long as the school is used.
        let scratch = Scratch("contract")

        init(_ backend: Backend) throws {
            clock = TestClock("2026-11-16")
            service = try Directory.initialize(
                storage: try backend.make(in: scratch), schoolName: "OBS De Regenboog", protocolID: "jozefschool",
                account: "directeur", director: ("Marieke", "van", "Dam"),
                record: SchoolRecordChange(boardName: "Stichting Primair Onderwijs Zwolle"),
                profiles: Fixtures.profiles, clock: clock.clock)
        }

        func person(_ p: Person, guardianOf pupil: PersonID? = nil) throws -> Person {
            try service.directory.addPerson(p, guardianOf: pupil).value
        }

        /// Tygo, whose parents are Kees van den Berg (heer) and Fatima El Amrani (mevrouw).
        func family(apart: Bool) throws -> (pupil: Person, kees: Person, fatima: Person, c: Case) {
            let tygo = try person(Person(schoolID: 1, kind: .pupil, firstName: "Tygo", lastName: "Berg", group: "7"))
            let kees = try person(
                Person(
                    schoolID: 1, kind: .parent, firstName: "Kees", infix: "van den", lastName: "Berg",
                    salutation: .heer,
                    address: PostalAddress(street: "Kerkstraat 12a", postcode: "8011ab", town: "Zwolle")),
                guardianOf: tygo.id)
            let fatima = try person(
                Person(
                    schoolID: 1, kind: .parent, firstName: "Fatima", lastName: "El Amrani", salutation: .mevrouw,
                    address: apart
                        ? PostalAddress(street: "Molenweg 3", postcode: "8012 CD", town: "Zwolle")
                        : PostalAddress(street: "Kerkstraat 12a", postcode: "8011 AB", town: "Zwolle")),
                guardianOf: tygo.id)
            let incident = try service.intake.report(
                summary: "Een foto van een klasgenoot op Snapchat.", platform: "Snapchat", subjects: [tygo.id]
            ).value
            let c = try service.cases.open(
                incident: incident.id, subject: tygo.id, articles: ["A.5"], severity: nil,
                summary: "Een foto van een klasgenoot gedeeld."
            ).value
            try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming.")).value
            return (tygo, kees, fatima, c)
        }
    }

    @Test(arguments: Backend.all)
    func parentsAtOneAddressGetOneJointLetter(_ backend: Backend) throws {
        let school = try School(backend)
        let (_, kees, _, c) = try school.family(apart: false)
        #expect(kees.address.postcode == "8011 AB", "the postcode is normalised")
        let t = try Self.library.require("waarschuwing")
        let drafts = try school.service.letters.drafts(case: c.id, template: t)
        #expect(drafts.count == 1)
        let text = try #require(drafts.first).body
        #expect(
            text.contains(
                "De heer K. van den Berg\nMevrouw F. El Amrani\nKerkstraat 12a\n8011 AB  ZWOLLE"))
        #expect(text.contains("Geachte heer Van den Berg en mevrouw El Amrani,"))
        #expect(!text.contains("Geachte ouders/verzorgers"))
        #expect(
            text.contains(
                "Met vriendelijke groet,\nnamens het bevoegd gezag, Stichting Primair Onderwijs Zwolle,"))
        #expect(text.contains("Marieke van Dam\ndirecteur, OBS De Regenboog"))
        let filed = try school.service.letters.file(case: c.id, template: t, body: text).value
        #expect(filed.entry.body.contains("8011 AB  ZWOLLE"))
        // The PDF's addressee is the block as the letter has it.
        let doc = try school.service.letters.document(entry: filed.entry.id)
        #expect(
            doc.addressee == ["De heer K. van den Berg", "Mevrouw F. El Amrani", "Kerkstraat 12a", "8011 AB  ZWOLLE"])
        #expect(try school.service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func parentsLivingApartGetALetterEach(_ backend: Backend) throws {
        let school = try School(backend)
        let (_, kees, fatima, c) = try school.family(apart: true)
        let t = try Self.library.require("waarschuwing")
        let drafts = try school.service.letters.drafts(case: c.id, template: t)
        #expect(drafts.map { $0.to.map(\.id) } == [[kees.id], [fatima.id]])
        #expect(drafts[0].body.contains("De heer K. van den Berg\nKerkstraat 12a\n8011 AB  ZWOLLE"))
        #expect(drafts[0].body.contains("Geachte heer Van den Berg,"))
        #expect(drafts[1].body.contains("Mevrouw F. El Amrani\nMolenweg 3\n8012 CD  ZWOLLE"))
        #expect(drafts[1].body.contains("Geachte mevrouw El Amrani,"))
        #expect(!drafts[1].body.contains("Kerkstraat"))
        // --to picks one; someone who gets no letter in this case is refused.
        let onlyFatima = try school.service.letters.drafts(case: c.id, template: t, to: fatima.id)
        #expect(onlyFatima.count == 1 && onlyFatima[0].body.contains("Geachte mevrouw El Amrani,"))
        let stranger = try school.person(Person(schoolID: 1, kind: .staff, firstName: "Bas", lastName: "de Wit"))
        let e = refusal { _ = try school.service.letters.drafts(case: c.id, template: t, to: stranger.id) }
        #expect(e?.message.nl.contains("krijgt geen brief") == true)
        #expect(e?.hint?.nl.contains("\(kees.id) Kees van den Berg") == true)
        for d in drafts { try school.service.letters.file(case: c.id, template: t, body: d.body).value }
        #expect(try school.service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func aLetterWithoutAnAddressIsNotFiledAndSaysHowToAddIt(_ backend: Backend) throws {
        let school = try School(backend)
        let tygo = try school.person(Person(schoolID: 1, kind: .pupil, firstName: "Tygo", lastName: "Berg"))
        let kees = try school.person(
            Person(schoolID: 1, kind: .parent, firstName: "Kees", infix: "van den", lastName: "Berg"),
            guardianOf: tygo.id)
        let incident = try school.service.intake.report(summary: "Foto.", platform: nil, subjects: [tygo.id]).value
        let c = try school.service.cases.open(
            incident: incident.id, subject: tygo.id, articles: ["A.5"], severity: nil, summary: "Foto gedeeld."
        ).value
        let t = try Self.library.require("uitnodiging-gesprek")
        let text = try school.service.letters.draft(case: c.id, template: t)
        // Not known how he wishes to be addressed: the name with initials, never "Geachte Kees …".
        #expect(text.contains("Geachte K. van den Berg,"))
        #expect(text.contains("[adres ontbreekt: casus people edit \(kees.id) --street --postcode --town]"))
        let entries = try school.service.dossiers.dossier(tygo.id).entries.count
        let e = refusal { _ = try school.service.letters.file(case: c.id, template: t, body: text).value }
        #expect(e?.message.nl.contains("de brief heeft nog geen adres") == true)
        #expect(e?.hint?.nl.contains("casus people edit \(kees.id)") == true)
        // The command ends at the field's "]": the school's town and the date on the next lines ran
        // on into it ("--town] Bilthoven, 5", a review).
        let withTown = text.replacingOccurrences(of: "--town]", with: "--town]\n\nZwolle, 30 november 2026")
        let town = refusal { _ = try school.service.letters.file(case: c.id, template: t, body: withTown).value }
        #expect(
            town?.hint?.nl.contains("`casus people edit \(kees.id) --street --postcode --town` (met") == true,
            "\(town?.hint?.nl ?? "")")
        #expect(town?.message.nl.contains("--town]);") == true, "\(town?.message.nl ?? "")")
        #expect(try school.service.dossiers.dossier(tygo.id).entries.count == entries, "nothing was filed")

        // Recorded, and the letter is addressed.
        let events = try school.service.integrity.verify().events
        let saved = try school.service.directory.setAddress(
            kees.id, salutation: .heer, street: "Kerkstraat 12a", postcode: "8011 ab", town: "Zwolle"
        ).value
        #expect(saved.address == PostalAddress(street: "Kerkstraat 12a", postcode: "8011 AB", town: "Zwolle"))
        #expect(try school.service.directory.person(kees.id).salutation == .heer)
        let report = try school.service.integrity.verify()
        #expect(report.isSound && report.events == events + 1, "the address is a chained fact")
        let addressed = try school.service.letters.draft(case: c.id, template: t)
        #expect(addressed.contains("Geachte heer Van den Berg,"))
        try school.service.letters.file(
            case: c.id, template: t,
            body: addressed.replacingOccurrences(of: "[datum en tijd]", with: "maandag 23 november, 14.30 uur")
        ).value

        // A bad postcode changes nothing.
        let bad = refusal { _ = try school.service.directory.setAddress(kees.id, postcode: "80111 AB").value }
        #expect(bad?.message.nl.contains("geen Nederlandse postcode") == true)
        #expect(try school.service.directory.person(kees.id).address.postcode == "8011 AB")
        #expect(try school.service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func aLetterToAnEmployeeIsAddressedToThem(_ backend: Backend) throws {
        let school = try School(backend)
        let bas = try school.person(
            Person(
                schoolID: 1, kind: .staff, firstName: "Bas", infix: "de", lastName: "Wit", function: "leerkracht",
                salutation: .heer, address: PostalAddress(street: "Esdoornlaan 4", postcode: "8021 XY", town: "Zwolle")
            ))
        let incident = try school.service.intake.report(summary: "Bericht.", platform: nil, subjects: [bas.id]).value
        let c = try school.service.cases.open(
            incident: incident.id, subject: bas.id, articles: ["A.7"], severity: nil, summary: "Bericht geplaatst."
        ).value
        let text = try school.service.letters.draft(
            case: c.id, template: try Self.library.require("uitnodiging-gesprek"))
        #expect(text.contains("De heer B. de Wit\nEsdoornlaan 4\n8021 XY  ZWOLLE"))
        #expect(text.contains("Geachte heer De Wit,"))
    }
}
