import CasusCore
import CasusStore
import Foundation
import Testing
import CasusTestSupport

/// What a privacy officer found an inzage export and the read log give away.
@Suite struct PrivacyReviewTests {
    /// Parents who live apart get a letter each; the export quoted both letters whole, and gave
    /// each parent the other's home address (AVG art. 15 lid 4, a review).
    @Test func anExportLeavesTheLettersAddressesOut() throws {
        let (school, pupil, c, letters) = try TestSchool.warnedApart()
        #expect(letters.count == 2 && letters.contains { $0.body.contains("Geheimweg 9") })
        for format in DossierExport.Format.allCases {
            let text = try school.service.dossiers.export(pupil.id, format: format)
            #expect(
                !text.contains("Geheimweg") && !text.contains("8912") && !text.contains("Dorpsstraat 1"), "\(format)")
            #expect(text.contains("Kees de Vries") || text.contains("K. de Vries"), "the addressee stays named")
            #expect(text.contains("adres weggelaten"))
        }
        // A letter whose text holds a parent's e-mail address is named (a fifth review).
        let withMail = letters[0].body.replacingOccurrences(
            of: "Met vriendelijke groet", with: "Deze brief gaat ook naar kees1979@gmail.com.\n\nMet vriendelijke groet"
        )
        #expect(withMail != letters[0].body)
        let mailed = try school.service.letters.file(
            case: c.id, template: try Fixtures.letters.require("waarschuwing"), body: withMail, again: true
        ).value.entry
        let review = try school.service.dossiers.exportReview(pupil.id)
        #expect(review.lettersWithContact == [mailed.seq])
        #expect(ExportReview.lines(review).contains { $0.nl.contains("staat een e-mailadres of telefoonnummer") })
        #expect(review.addressesLeftOut.count == 3)
        #expect(ExportReview.lines(review).contains { $0.nl.contains("het adres van de geadresseerde weggelaten") })
    }

    /// A corrected letter printed again as a PDF to sign, the wrong fact in it and the correction
    /// on no page, with no word (AVG art. 16, a review).
    @Test func aCorrectedLetterIsNotPrintedToSignAgain() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Anouk", "de Jong", group: "6", parent: "Mark de Jong")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let letter = try #require(try school.service.fileDrafts(c, "waarschuwing").first)
        _ = try school.service.letters.document(entry: letter.id)
        school.clock.set("2026-11-17")
        _ = try school.service.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: "Correctie", body: "Geen foto's maar een video.",
            corrects: letter.id)
        let refused = refusal { _ = try school.service.letters.document(entry: letter.id) }
        #expect(refused?.message.nl.contains("is gecorrigeerd door #") == true, "\(String(describing: refused))")
        #expect(refused?.hint?.nl.contains("schrijf de brief opnieuw") == true)
        // Nor recorded as sent after it (a second review: it was, and ticked the decision's duty);
        // sent before the correction, it is recorded as it was.
        let sent = refusal {
            _ = try school.service.letters.sent(
                entry: letter.id, on: Fixtures.date("2026-11-17"), via: .post, library: Fixtures.letters)
        }
        #expect(sent?.message.nl.contains("een gecorrigeerde brief wordt niet als verzonden vastgelegd") == true)
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-16"), via: .post, library: Fixtures.letters)
    }

    /// A letter written on Windows ("\r\n"), on an old Mac ("\r") or with Unicode line separators:
    /// its address block was one line to the export, not found, and the other parent read the
    /// address (a review). Left out alike, every other line and break as written.
    @Test(arguments: ["\r\n", "\r", "\u{2028}", "\u{2029}"])
    func theAddressIsLeftOutWhateverTheLineBreaks(_ brk: String) {
        let lines = [
            "Basisschool De Klimop", "", "Mevrouw I. Hoekstra", "Veerallee 3", "8019 AB  ZWOLLE", "",
            "Geachte mevrouw Hoekstra,", "", "Met vriendelijke groet,", "",
        ]
        let out = DossierExport.withoutAddress(lines.joined(separator: brk))
        #expect(!out.contains("Veerallee") && !out.contains("8019"), "\(out.debugDescription)")
        let kept = [
            "Basisschool De Klimop", "", "Mevrouw I. Hoekstra", DossierExport.addressLeftOut, "",
            "Geachte mevrouw Hoekstra,", "", "Met vriendelijke groet,", "",
        ]
        #expect(out == kept.joined(separator: brk), "\(out.debugDescription)")
        // Breaks of two kinds in one letter keep each its own.
        let mixed = DossierExport.withoutAddress(
            "School\n\nMevrouw I. Hoekstra\r\nVeerallee 3\r\n8019 AB  ZWOLLE\n\nGeachte mevrouw,")
        #expect(mixed == "School\n\nMevrouw I. Hoekstra\r\n\(DossierExport.addressLeftOut)\n\nGeachte mevrouw,")
    }

    /// A letter to both parents at two addresses has a block each, and the school's address may stand
    /// above them: the first block alone was left out, and the other parent read the second, the
    /// review calling the letter cleaned (a review). Every block above the salutation goes; a line
    /// below it that looks like a postcode is the letter's text.
    @Test func everyAddressBlockAboveTheSalutationIsLeftOut() {
        let body = """
            Basisschool De Klimop
            Schoolstraat 1
            8011 AB  ZWOLLE
            038-1234567

            De heer D. de Bruijn
            Vondelstraat 18
            8015 ZC  ZWOLLE

            J. de Bruijn
            Thorbeckegracht 34
            8042 VZ  ZWOLLE

            Geachte heer en mevrouw De Bruijn,

            Mohamed krijgt een waarschuwing.

            2026 is het jaar waarin hij twaalf wordt.
            """
        let out = DossierExport.withoutAddress(body)
        // The school's own block counts as one (its street taken for the name: the school's, no one's home).
        for gone in ["Vondelstraat", "8015", "Thorbeckegracht", "8042", "038-1234567"] {
            #expect(!out.contains(gone), "\(gone): \(out)")
        }
        #expect(out.contains("De heer D. de Bruijn\n[adres weggelaten]\n\nJ. de Bruijn\n[adres weggelaten]"), "\(out)")
        #expect(out.contains("Geachte heer en mevrouw De Bruijn,") && out.contains("2026 is het jaar"), "\(out)")
        // A foreign block goes too; a paragraph of the letter that begins with a year is its text,
        // above the salutation or below it (it was left out as an address, a review).
        let abroad = DossierExport.withoutAddress(
            "School\n\nDe heer D. de Bruijn\nMeir 12\n2000 Antwerpen\nBelgië\n\nGraag nodigen wij u uit. Sinds september\n2026 is hij vaak afwezig geweest.\n\nGoedemiddag meneer De Bruijn,\n\nTekst.\n\nBeste groet,"
        )
        #expect(!abroad.contains("Meir 12") && !abroad.contains("Antwerpen"), "\(abroad)")
        #expect(abroad.contains("2026 is hij vaak afwezig geweest.") && abroad.contains("Sinds september"), "\(abroad)")
        // A block without a postcode cannot be found: the letter is named for the director to read.
        #expect(
            DossierExport.addressMayRemain(
                "School\n\nMevrouw J. de Bruijn\nThorbeckegracht 34\nZwolle\n\nGeachte mevrouw,\nTekst."))
        #expect(!DossierExport.addressMayRemain(out))
        #expect(!DossierExport.addressMayRemain("School\nZwolle, 7 december 2026\n\nGeachte mevrouw,\nTekst."))
        // Contact details in any case or from abroad are named for the director to read.
        #expect(DossierExport.holdsContact("E-mail: DURK@EXAMPLE.NL"))
        #expect(DossierExport.holdsContact("Tel.: +32 470 12 34 56") && DossierExport.holdsContact("tel. 06-12345678"))
        #expect(!DossierExport.holdsContact("Vondelstraat 18\n8015 ZC  ZWOLLE"))
    }

    /// A paragraph of capitals above the address ("PER POST EN PER E-MAIL", a blank line under
    /// it) was taken for the address block, and the address went out (a second review); a letter
    /// with no block found is named in the review; the pupil's own address is said.
    @Test func theAddressIsFoundUnderAParagraphOfCapitals() throws {
        let body =
            "Basisschool De Klimop\n\nPER POST EN PER E-MAIL\n\nDe heer D. Dekker\nWilhelminastraat 9\n8037 VJ  ZWOLLE\n\nGeachte heer Dekker,\n"
        let out = DossierExport.withoutAddress(body)
        #expect(!out.contains("Wilhelminastraat") && out.contains("De heer D. Dekker\n[adres weggelaten]"), "\(out)")
        #expect(out.contains("PER POST EN PER E-MAIL"))
        // A heading of small letters above the address, and an e-mail address beside the name (a
        // third review: the address went out, the review counting the letter as cleaned).
        let headed = DossierExport.withoutAddress(
            "Basisschool De Klimop\n\nPersoonlijk en vertrouwelijk\nPer aangetekende post\n\nPer e-mail: ilse.hoekstra@example.nl\nMevrouw I. Hoekstra\nVeerallee 3\n8019 AB  ZWOLLE\n\nGeachte mevrouw Hoekstra,\n"
        )
        #expect(
            !headed.contains("Veerallee") && !headed.contains("8019") && !headed.contains("@example.nl"), "\(headed)")
        #expect(
            headed.contains("Mevrouw I. Hoekstra\n[adres weggelaten]")
                && headed.contains("Persoonlijk en vertrouwelijk"))
        // An address of three lines, and an e-mail address in a heading of its own (a fourth review).
        let longer = DossierExport.withoutAddress(
            "Basisschool De Klimop\n\nPersoonlijk en vertrouwelijk\nPer e-mail: g.dehaan@gmail.com\n\nDe heer G. de Haan\nAssendorperstraat 56\nAppartement 3\n8013 ZK  ZWOLLE\n\nGeachte heer De Haan,\n"
        )
        #expect(
            !longer.contains("Assendorperstraat") && !longer.contains("gmail") && !longer.contains("Appartement"),
            "\(longer)")
        #expect(longer.contains("De heer G. de Haan\n[adres weggelaten]"))
        // Both parents at one address, a line each: both stay named (the second was taken for the
        // address, and the parents' copy read as sent to one, the last look).
        let both = DossierExport.withoutAddress(
            "Basisschool De Klimop\n\nMevrouw A. Bosma\nMevrouw K. Sijtsma\nBeukenlaan 53\n8050 VJ  ZWOLLE\n\nGeachte mevrouw Bosma en mevrouw Sijtsma,\n"
        )
        #expect(
            both.contains("Mevrouw A. Bosma\nMevrouw K. Sijtsma\n[adres weggelaten]") && !both.contains("Beukenlaan"),
            "\(both)")
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Sophie", "Dekker", group: "6", parent: "Ilse Hoekstra")
        try school.service.directory.setAddress(
            pupil.id, street: "Geheimstraat 77", postcode: "1111 ZZ", town: "Apeldoorn")
        try school.service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Daan", lastName: "Dekker",
                address: PostalAddress(street: "Wilhelminastraat 9", postcode: "8037 VJ", town: "Zwolle")),
            guardianOf: pupil.id)
        let review = try school.service.dossiers.exportReview(pupil.id)
        #expect(review.pupilAddressWithParentsApart)
        #expect(ExportReview.lines(review).contains { $0.nl.contains("waar het kind woont") })
    }
}

/// What a director's first morning found unsaid (a review at 80×24).
@Suite struct FirstMorningTests {
    /// The breach assessed a day after its 72 hours showed a plain ✓.
    @Test func aDutyDoneAfterItsLastDayIsLate() {
        let due = Fixtures.date("2026-12-05")
        let late = Obligation(caseID: 1, kind: .breachAssessment, due: due, doneAt: Fixtures.at("2026-12-06", hour: 9))
        let inTime = Obligation(
            caseID: 1, kind: .breachAssessment, due: due, doneAt: Fixtures.at("2026-12-05", hour: 17))
        #expect(late.doneLate && !inTime.doneLate)
    }

    /// An account for a teacher gone since 2023 was given (a privacy officer's review).
    @Test func anAccountIsNotGivenToSomeoneWhoLeft() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let teacher = try school.staff("Baukje", "El Amrani")
        try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-11-01"))
        let refused = refusal {
            _ = try school.service.directory.addUser(account: "baukje", role: .teacher, personID: teacher.id)
        }
        #expect(
            refused?.message.nl.contains("is uit dienst sinds 01-11-2026") == true, "\(String(describing: refused))")
    }

    /// A letter in the dossier's list by whom it is to: every one showed the school's name.
    @Test func aLettersAddresseeIsItsLine() {
        let letter = DossierEntry(
            id: 1, dossierID: 1, seq: 1, kind: .letter, title: "Waarschuwing — zaak 2026-0001",
            body:
                "Basisschool De Klimop\n\nMevrouw F. El Amrani\nThorbeckegracht 54\n8026 CK  ZWOLLE\n\nGeachte mevrouw,",
            author: "directeur", authorName: "", at: Fixtures.at("2026-11-16"), caseID: 1, corrects: nil, heard: [],
            evidence: [], prevHash: "", hash: "")
        #expect(Letters.addressee(of: letter) == "Mevrouw F. El Amrani")
        // One letter to both parents at one address names both (it named the father alone, a review).
        var both = letter
        both.body =
            "Basisschool De Klimop\n\nDe heer D. Dekker\nMevrouw I. Hoekstra\nWilhelminastraat 9\n8011 AB  ZWOLLE\n\nGeachte ouders,"
        #expect(Letters.addressee(of: both) == "De heer D. Dekker en Mevrouw I. Hoekstra")
    }
}

/// An employee's inzage export named the colleague who reported him ("Marloes Hendriks had het
/// gemeld"), unsaid, while its notice said the names of others were replaced (a review). The
/// notice says what is replaced; the review names the colleagues; the director may hide them.
@Suite struct ColleaguesInAnEmployeesExportTests {
    static func school() throws -> (TestSchool, Person) {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let employee = try school.staff("Pieter", "de Vries")
        _ = try school.staff("Marloes", "Hendriks")
        let c = try school.openCase(
            about: employee, articles: ["4"], summary: "Filmpje van de klas op TikTok; Marloes zag het.")
        _ = try school.heard(c, [.employee], "Gesprek met Pieter. Marloes Hendriks had het gemeld.")
        return (school, employee)
    }

    @Test func theReviewNamesTheColleaguesAndTheNoticeSaysTheyStand() throws {
        let (school, employee) = try Self.school()
        let review = try school.service.dossiers.exportReview(employee.id)
        #expect(review.colleaguesNamed.flatMap(\.people).contains("Marloes Hendriks"), "\(review.colleaguesNamed)")
        let said = ExportReview.lines(review).map(\.nl).joined(separator: "\n")
        #expect(said.contains("De export noemt collega's bij naam: Marloes Hendriks"), "\(said)")
        #expect(said.contains("--hide-colleagues") && !said.contains("ouders die apart wonen"), "\(said)")
        // A pupil's full name with a colleague's surname in it names no colleague (the last review).
        let colleagues = try school.service.directory.people(kinds: [.staff], limit: 50)
        let before = try school.service.dossiers.exportReview(employee.id).colleaguesNamed.flatMap(\.places)
        _ = try school.pupil("Nina", "Hendriks", group: "7", parent: "Els Hendriks")
        _ = try school.service.dossiers.addEntry(
            person: employee.id, kind: .note, title: "Gesprek", body: "Nina Hendriks kreeg een verzoek.")
        let again = try school.service.dossiers.exportReview(employee.id).colleaguesNamed.flatMap(\.places)
        #expect(again == before && colleagues.contains { $0.lastName == "Hendriks" }, "\(again)")
        let text = try school.service.dossiers.export(employee.id, format: .md)
        #expect(text.contains("Marloes Hendriks had het gemeld"))
        #expect(!text.contains("met de namen van anderen vervangen"))
        #expect(text.contains("collega's staan er met hun naam"), "\(text)")
    }

    @Test func hiddenColleaguesAreReplacedEverywhere() throws {
        let (school, employee) = try Self.school()
        let review = try school.service.dossiers.exportReview(employee.id, colleagues: .hidden)
        #expect(review.colleagues == .hidden && review.colleaguesNamed.isEmpty)
        #expect(review.items.contains { $0.found == "Marloes Hendriks" && $0.replacement == "[collega]" })
        #expect(review.items.contains { $0.found == "Marloes" && $0.replacement == "[collega]" })
        let text = try school.service.dossiers.export(employee.id, format: .md, colleagues: .hidden)
        #expect(!text.contains("Marloes") && !text.contains("Hendriks"), "\(text)")
        #expect(text.contains("\\[collega\\] had het gemeld") && text.contains("Gesprek met Pieter"), "\(text)")
        #expect(text.contains("collega's die casus kent vervangen"))
        // The director who decided stays named (she signs his letters).
        let decided = try school.service.dossiers.export(employee.id, format: .md, colleagues: .hidden)
        _ = try school.service.dossiers.addEntry(
            person: employee.id, kind: .note, title: "Besluit", body: "Marieke van Dam besloot tot een gesprek.")
        let after = try school.service.dossiers.export(employee.id, format: .md, colleagues: .hidden)
        #expect(after.contains("Marieke van Dam besloot") && !decided.isEmpty, "\(after)")
    }

    /// A report a teacher filed from her own account is hers to see (AVG art. 15): her export listed
    /// only the reports a director entered with her as reporter (a review).
    @Test func aReportFiledFromOnesOwnAccountIsInOnesExport() throws {
        let (school, employee) = try Self.school()
        let marloes = try #require(
            try school.service.directory.people(kinds: [.staff], limit: 50).first { $0.firstName == "Marloes" })
        _ = try school.service.directory.addUser(account: "marloes", role: .teacher, personID: marloes.id)
        let report = try school.session("marloes").intake.report(
            summary: "Pieter zette een filmpje van de klas op TikTok.", platform: "TikTok", subjects: [employee.id]
        ).value
        let text = try school.service.dossiers.export(marloes.id, format: .md)
        #expect(text.contains("Melding \(report.id)") && text.contains("als melder"), "\(text)")
        #expect(text.contains("een filmpje van de klas op TikTok"), "\(text)")
    }

    /// A report a director entered for another reporter is that reporter's, not hers: a director's
    /// own export listed every report she typed in "als melder" (the next review).
    @Test func aReportEnteredForAnotherIsNotTheEnterersOwn() throws {
        let (school, employee) = try Self.school()
        let marloes = try #require(
            try school.service.directory.people(kinds: [.staff], limit: 50).first { $0.firstName == "Marloes" })
        let director = try #require(
            try school.service.directory.people(kinds: [.staff], limit: 50).first { $0.firstName == "Marieke" })
        let forHer = try school.service.intake.report(
            summary: "Pieter plaatste een foto.", platform: nil, subjects: [employee.id], reporter: marloes.id
        ).value
        let text = try school.service.dossiers.export(director.id, format: .md)
        #expect(!text.contains("Melding \(forHer.id) "), "\(text)")
        #expect(try school.service.dossiers.export(marloes.id, format: .md).contains("Melding \(forHer.id) "))
    }

    /// A pupil's export keeps the staff readable, and its notice says whose names are replaced.
    @Test func aPupilsExportSaysWhoseNamesAreReplaced() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "7", parent: "Esther de Groot")
        let text = try school.service.dossiers.export(pupil.id, format: .md)
        #expect(text.contains("met de namen van andere leerlingen en hun ouders die casus kent vervangen"), "\(text)")
    }
}

/// An employee's informal warning leaves no entry: what the director established about them was
/// only a case fact, and the inzage export left it out (the last look).
@Suite struct EstablishedFactsInTheExportTests {
    @Test func theFactsTheDirectorEstablishedAreInTheExport() throws {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let teacher = try school.staff("Ilse", "Postma")
        let c = try school.openCase(about: teacher, articles: ["4"], severity: .severe)
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .warning, reason: "Eerste keer.", facts: "Bericht in de appgroep van de klas; gesprek gevoerd.")
        ).value
        let text = try school.service.dossiers.export(teacher.id, format: .md)
        #expect(text.contains("vastgestelde feiten: Bericht in de appgroep van de klas; gesprek gevoerd."), "\(text)")
    }
}
