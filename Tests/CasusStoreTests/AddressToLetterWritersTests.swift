import CasusCore
import CasusPostgres
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// A home address goes to whoever writes letters (a director, the board) and to no one else: the
/// Dossiers tab hid a parent's street from an IB, `casus people list --json` and psql gave it
/// (a review). AVG art. 5 lid 1 onder c: an IB has no task that needs it.
@Suite struct AddressToLetterWritersTests {
    @Test func anIBReadsNoHomeAddressADirectorDoes() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, parent) = try school.pupil("Sanne", "de Vries", group: "6", parent: "Petra de Vries")
        let mother = try #require(parent)
        _ = try school.service.directory.setAddress(
            pupil.id, street: "Dorpsstraat 1", postcode: "8011 AA", town: "Zwolle")
        _ = try school.service.directory.addUser(account: "ib_els", role: .ib, personID: nil)
        let ib = try school.session("ib_els")
        let director = school.service
        #expect(try director.directory.person(mother.id).address.street == "Dorpsstraat 1")
        #expect(try ib.directory.person(mother.id).address.isEmpty)
        #expect(try ib.directory.person(pupil.id).address.isEmpty)
        #expect(try ib.directory.people(kinds: [.parent]).allSatisfy(\.address.isEmpty))
        #expect(
            try ib.directory.peoplePage(kinds: [], group: nil, text: "vries", offset: 0, limit: 10).rows
                .allSatisfy(\.address.isEmpty))
        #expect(try ib.dossiers.dossier(pupil.id).person.address.isEmpty)
        #expect(try ib.dossiers.timelinePage(pupil.id, offset: 0, limit: 10).person.address.isEmpty)
        // The name and the group stay: what an IB works with.
        #expect(try ib.directory.person(mother.id).name == "Petra de Vries")
        #expect(try ib.directory.person(pupil.id).group == "6")
        #expect(try director.directory.person(pupil.id).address.town == "Zwolle")
    }

    /// A letter in the pupil's dossier reads without its address block to an IB, as an export gives
    /// it: parents living apart get a letter each, and an IB read both home addresses (a review).
    @Test func anIBReadsALetterWithoutItsAddress() throws {
        let (school, pupil, c, letters) = try TestSchool.warnedApart()
        #expect(letters.count == 2 && letters.contains { $0.body.contains("Geheimweg 9") })
        _ = try school.service.directory.addUser(account: "ib_els", role: .ib, personID: nil)
        let ib = try school.session("ib_els")
        var bodies = try ib.dossiers.dossier(pupil.id).entries.filter { $0.kind == .letter }.map(\.body)
        bodies += try ib.dossiers.timelinePage(pupil.id, offset: 0, limit: 50).items.map(\.entry)
            .filter { $0.kind == .letter }.map(\.body)
        bodies += try letters.map { try ib.dossiers.entry($0.id).entry.body }
        bodies += try ib.cases.detail(c.id).meetingsAndLetters.filter { $0.kind == .letter }.map(\.body)
        #expect(bodies.count == 8)
        for body in bodies {
            #expect(!body.contains("Geheimweg") && !body.contains("8912") && !body.contains("Dorpsstraat"), "\(body)")
            #expect(body.hasPrefix(LetterHead.leftOut + "\n\nGeachte "), "\(body)")
        }
        // Nor a hash to try addresses against (plain SHA-256 of what the letter holds, a review).
        #expect(try ib.dossiers.entry(letters[0].id).entry.hash.isEmpty)
        // A letter the director wrote in their own words: a second parent's block, the school's
        // address above, a Belgian address, an address on one line; cut at the salutation all the
        // same, and one with no salutation is withheld (a review found each of these).
        let own = """
            Testschool
            Schoolstraat 1
            8011 AA Zwolle

            AANGETEKEND
            Mevrouw P. de Vries, Kerkstraat 12a, 8012 KB Zwolle
            De heer K. de Vries
            Rue de la Loi 16
            1000 Brussel

            Zwolle, 16 november 2026

            Geachte mevrouw De Vries, geachte heer De Vries,

            Sanne krijgt een waarschuwing.
            """
        let template = try Fixtures.letters.require("waarschuwing")
        // A letter in the director's own words, filed again beside the template's.
        func filed(_ body: String) throws -> DossierEntry {
            try school.service.letters.file(case: c.id, template: template, body: body, again: true).value.entry
        }
        let edited = try filed(own)
        let bare = try filed("Aan de familie De Vries, Rue de la Loi 16, Brussel.\n\nSanne krijgt een waarschuwing.")
        let shown = try ib.dossiers.entry(edited.id).entry.body
        #expect(
            shown == LetterHead.leftOut
                + "\n\nGeachte mevrouw De Vries, geachte heer De Vries,\n\nSanne krijgt een waarschuwing.",
            "\(shown)")
        #expect(try ib.dossiers.entry(bare.id).entry.body == LetterHead.withheld)
        // A salutation in the director's own words: "Zeer geachte …", "Dag …", "Lieve …" (such a
        // letter was withheld whole).
        // And "Geachte" with the no-break space a word processor types after it.
        for greeting in [
            "Zeer geachte mevrouw De Vries,", "Dag Sanne,", "Lieve ouders,", "ZEER GEACHTE MEVROUW",
            "Geachte\u{00A0}mevrouw De Vries,",
        ] {
            let own = try filed(
                "Testschool\n\nMevrouw P. de Vries\nGeheimweg 9\n8912 CD  SNEEK\n\n\(greeting)\n\nSanne krijgt een waarschuwing."
            )
            #expect(
                try ib.dossiers.entry(own.id).entry.body
                    == LetterHead.leftOut + "\n\n\(greeting)\n\nSanne krijgt een waarschuwing.", "\(greeting)")
        }
        // A salutation in capitals or without its comma is one all the same: the letter was withheld
        // whole (a review).
        // A line that only begins like a greeting above the address ("ZEER DRINGEND", a street "Dag
        // Hammarskjöldlaan 12", "Dag en datum …"), and a heading ending in a full stop below it: the
        // IB read the address (a review).
        for (above, heading) in [
            ("ZEER DRINGEND", "Betreft: uw dochter Sanne."),
            ("Dag en datum van verzending: 7 december", "Datum: 7 december 2026."),
            ("Hallo Zwolle (onze nieuwsbrief)", "Ons kenmerk: 2026-0003."),
            ("Hallo Zwolle (onze nieuwsbrief),", "Per e-mail en per post."),
            ("Beste onderwijs, dichtbij huis", "Betr.: uw dochter."),
        ] {
            let headed = try filed(
                "Testschool\n\(above)\nMevrouw P. de Vries\nGeheimweg 9\n8912 CD  SNEEK\n\n\(heading)\n\nGeachte mevrouw De Vries,\n\nSanne krijgt een waarschuwing."
            )
            let shown = try ib.dossiers.entry(headed.id).entry.body
            #expect(!shown.contains("Geheimweg") && shown.contains("Sanne krijgt"), "\(shown)")
        }
        let street = try filed(
            "Testschool\nMevrouw P. de Vries\nDag Hammarskjöldlaan 12\n8912 CD  SNEEK\n\nDatum: 7 december 2026.\n\nGeachte mevrouw,\n\nSanne krijgt een waarschuwing."
        )
        #expect(!(try ib.dossiers.entry(street.id).entry.body.contains("Hammarskjöld")))
        let shouted = try filed(
            "Testschool\nDorpsstraat 1\n8011 AA Zwolle\n\nGEACHTE MEVROUW DE VRIES\n\nSanne krijgt een waarschuwing.")
        #expect(
            try ib.dossiers.entry(shouted.id).entry.body
                == LetterHead.leftOut + "\n\nGEACHTE MEVROUW DE VRIES\n\nSanne krijgt een waarschuwing.")
        // A line above the address that only begins like a salutation: the one with its comma is it.
        let tagline = try filed(
            "Testschool\nHallo Zwolle (onze nieuwsbrief)\n\nMevrouw P. de Vries\nGeheimweg 9\n8912 CD  SNEEK\n\nGeachte mevrouw De Vries,\n\nSanne krijgt een waarschuwing."
        )
        let wishes = try filed(
            "Testschool\nBeste wensen voor 2027,\n\nMevrouw P. de Vries\nGeheimweg 9\n8912 CD  SNEEK\n\nGeachte mevrouw De Vries,\n\nSanne krijgt een waarschuwing.\n\nBeste groeten,"
        )
        let wishesShown = try ib.dossiers.entry(wishes.id).entry.body
        #expect(!wishesShown.contains("Geheimweg") && wishesShown.contains("Sanne krijgt"), "\(wishesShown)")
        let taglineShown = try ib.dossiers.entry(tagline.id).entry.body
        #expect(
            !taglineShown.contains("Geheimweg") && taglineShown.contains("Geachte mevrouw De Vries,"), "\(taglineShown)"
        )
        // Its search finds a letter by the words it shows, with its snippet from them: on a personal
        // database it showed the address block the dossier hid (a review).
        let letterIDs = Set(
            try school.service.dossiers.dossier(pupil.id).entries.filter { $0.kind == .letter }.map(\.id))
        func letterHits(_ s: CasusService, _ text: String) throws -> [SearchHit] {
            try s.dossiers.search(text).filter { $0.entryID.map(letterIDs.contains) == true }
        }
        #expect(try letterHits(ib, "Geheimweg").isEmpty)
        #expect(try letterHits(ib, "8912").isEmpty)
        let warned = try letterHits(ib, "waarschuwing")
        #expect(!warned.isEmpty && warned.allSatisfy { !$0.snippet.contains("Geheimweg") }, "\(warned.map(\.snippet))")
        #expect(try !letterHits(school.service, "Geheimweg").isEmpty)
        // Nor is a letter read without its head said to go to "Geachte …" (a review): it names no one.
        #expect(Letters.addressee(of: try ib.dossiers.entry(letters[0].id).entry) == nil)
        #expect(Letters.addressee(of: try school.service.dossiers.entry(letters[0].id).entry) != nil)
        // The director's own reads keep it: the letter as it went.
        #expect(try school.service.dossiers.entry(letters[0].id).entry.body == letters[0].body)
    }
}

/// On a server the server blanks it, whatever the client asks: an IB's own login, through casus
/// and through psql.
extension PostgresRoleTests {
    @Test func anIBsLoginReadsNoHomeAddressOnTheServer() throws {
        let w = try world()
        let director = try login(w, "founder")
        let mother = try director.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Petra", lastName: "Jansen",
                address: PostalAddress(street: "Geheimweg 9", postcode: "8912 CD", town: "Sneek")),
            guardianOf: w.pupil.id
        ).value
        #expect(try director.directory.person(mother.id).address.street == "Geheimweg 9")
        let ib = try login(w, "ib_els")
        #expect(try ib.directory.person(mother.id).address.isEmpty)
        #expect(try ib.directory.people(kinds: [.parent]).allSatisfy(\.address.isEmpty))
        let ticket = try w.cluster.listTicket(w.database, "people", user: "ib_els")
        let calls = [
            "casus.person_by_id(\(mother.id), \(ticket))",
            "casus.guardians(\(w.pupil.id), \(ticket))",
            "casus.people(1, true, false, ARRAY['parent'], NULL, NULL, 50, 0, \(ticket))",
        ]
        for call in calls {
            let seen = try w.cluster.psql(
                w.database, "SELECT count(*), string_agg(street || postcode || town || salt, '') FROM \(call)",
                user: "ib_els"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(seen == "1|", "\(call): \(seen)")
        }
        // The director's login reads it, and nobody the key its texts are hashed under.
        let founderTicket = try w.cluster.listTicket(w.database, "people", user: "founder")
        let own = try w.cluster.psql(
            w.database, "SELECT street, salt FROM casus.person_by_id(\(mother.id), \(founderTicket))", user: "founder"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(own == "Geheimweg 9|", "\(own)")
    }

    /// The server cuts a letter where casus does (`letter_shown`, `LetterHead.cut`), line for line.
    @Test func theServerCutsALetterWhereCasusDoes() throws {
        let w = try world()
        let bodies = [
            "School\nStraat 1\n\nGeachte mevrouw Jansen,\n\nTekst.",
            "School\n\nGEACHTE HEER JANSEN\nTekst.",
            "School\n  beste   Daan\nTekst.",
            "Geachte heer,\nalleen de eerste regel",
            "School\nGeachtestraat 4\nGeachte \nDear Sir or Madam:\nText.",
            "School\nHallo\nBeste\n\nTekst zonder aanhef.",
            "",
            // A line that only begins like a salutation above the address: the salutation with its
            // comma goes first (the address showed, a review).
            "School\nHallo Zwolle (onze nieuwsbrief: www.klimop.nl)\n\nMevrouw M. Smit\nVeerallee 14\n\nGeachte mevrouw Smit,\nTekst.",
            "School\r\nStraat 1\r\n\r\nGeachte heer Jansen,\r\nTekst.\r\n",
            "School\n\u{00A0}Beste Daan,\nGeachte\u{00A0}heer,\nGeachte ,\nTekst.",
            "School\nGeachte\u{2003}mevrouw,\n\tDEAR   Sir\nTekst.",
            // Lines like a salutation above the address: the last one above the first sentence is it.
            "School\nBeste wensen voor 2027,\n\nMevrouw M. Smit\nVeerallee 14\n\nGeachte mevrouw Smit,\n\nTekst.\nBeste groeten,",
            "School\nDear parents, this letter is in Dutch,\nVeerallee 14\nGeachte heer,\nTekst.",
            "School\nHallo Zwolle (nieuwsbrief)\nWilhelminastraat 9\nGEACHTE HEER DEKKER\nTekst!",
            "School\nGeachte heer Dekker\n\nTekst.\n\nBeste groeten,\nAnne",
            "School\nBetreft: uw brief.\nGeachte heer,\nTekst.",
            "School\nMevrouw M. Smit\nVeerallee 14\n\nZeer geachte mevrouw Smit,\nTekst.",
            "School\nDag Sanne,\nTekst.\nLieve ouders,",
            // Lines like a greeting above the address, a heading ending in a full stop below it (a review).
            "School\nZEER DRINGEND\nDe heer D. de Bruijn\nVondelstraat 18\n8015 ZC  ZWOLLE\n\nBetreft: uw zoon Mohamed.\n\nGeachte heer De Bruijn,\n\nTekst.",
            "School\nDe heer D. de Bruijn\nDag Hammarskjöldlaan 12\n8015 ZC  ZWOLLE\n\nDatum: 7 december 2026.\n\nGeachte heer,\nTekst.",
            "School\nDag en datum van verzending: maandag 7 december 2026\nDe heer D. de Bruijn (06-12345678)\nVondelstraat 18\n\nOns kenmerk: 2026-0003.\nBeste Durk,\nTekst.",
            "School\nLet op: dit is een brief.\nGeachte  heer,\nZeer   geachte mevrouw\nTekst.",
            // A line like a salutation above the address, a line ending in a full stop or a salutation
            // casus does not know below it (a second review).
            "School\nHallo Zwolle (onze nieuwsbrief),\nDe heer D. de Bruijn\nVondelstraat 18\n8015 ZC  ZWOLLE\n\nBetr.: uw zoon Mohamed.\n\nGeachte heer De Bruijn,\n\nTekst.",
            "School\nBeste onderwijs, dichtbij huis\nDe heer D. de Bruijn\nVondelstraat 18\n8015 ZC  ZWOLLE\n\nGoedemiddag meneer De Bruijn,\n\nTekst.\n\nBeste groet,\nMarieke",
            "School\nMevrouw X\nRue de la Loi 16\n1000 Bruxelles\nDag Sanne,\nTekst.",
            "School\nMevrouw X\nStraat 1\n8015\u{00A0}ZC ZWOLLE\n\nGeachte\u{00A0}mevrouw\u{00A0}X,\u{00A0}\nBetreft:\u{00A0}iets.\nTekst.",
        ]
        for body in bodies {
            let literal = body.replacingOccurrences(of: "'", with: "''")
            let server = try w.cluster.psql(w.database, "SELECT casus.letter_shown('\(literal)')")
            #expect(
                server.trimmingCharacters(in: .newlines) == LetterHead.cut(body).trimmingCharacters(in: .newlines),
                "\(body)")
        }
    }

    /// The pupil's mother at an address of her own (Geheimweg 9, 8912 CD Sneek), the pupil warned,
    /// and the warning's letter to her filed: the founder's login, the case and the letter.
    func warningToTheMother(_ w: World) throws -> (director: CasusService, case: Case, letter: DossierEntry) {
        let director = try login(w, "founder")
        _ = try director.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Petra", lastName: "Jansen", salutation: .mevrouw,
                address: PostalAddress(street: "Geheimweg 9", postcode: "8912 CD", town: "Sneek")),
            guardianOf: w.pupil.id)
        let (_, c) = try pupilCase(w)
        try director.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        return (director, c, try director.fileDrafts(c, "waarschuwing", limit: 1)[0])
    }

    /// A letter's address block reaches an IB's login neither through the server's entry functions
    /// nor through its search: a search for a postcode told where a parent lives (a review).
    @Test func anIBsLoginReadsNoLettersAddressOnTheServer() throws {
        let w = try world()
        let (director, c, letter) = try warningToTheMother(w)
        #expect(letter.body.contains("Geheimweg 9"))
        let dossier = try w.cluster.psql(
            w.database, "SELECT casus.log_read('dossier', \(w.pupil.id), NULL)", user: "ib_els"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let entry = try w.cluster.psql(
            w.database, "SELECT casus.log_read('entry', \(letter.id), NULL)", user: "ib_els"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let caseTicket = try w.cluster.psql(
            w.database, "SELECT casus.log_read('case', \(c.id), NULL)", user: "ib_els"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let calls = [
            "casus.entries_of_dossier(\(w.pupil.id), 0, 100, \(dossier))",
            "casus.entries_by_seq(\(w.pupil.id), ARRAY[\(letter.seq)], \(dossier))",
            "casus.entry_by_id(\(letter.id), \(entry))",
            "casus.case_entries(\(c.id), \(caseTicket), 100)",
        ]
        for call in calls {
            let body = try w.cluster.psql(
                w.database, "SELECT body FROM \(call) WHERE kind = 'letter'", user: "ib_els")
            #expect(body.hasPrefix(LetterHead.leftOut) && body.contains("Geachte "), "\(call): \(body)")
            #expect(
                !body.contains("Geheimweg") && !body.contains("8912") && !body.contains("Sneek"), "\(call): \(body)")
            let hashes = try w.cluster.psql(
                w.database, "SELECT coalesce(string_agg(hash || prev_hash, ''), '') FROM \(call)", user: "ib_els"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(hashes.isEmpty, "\(call): \(hashes)")
        }
        // Whether a search went on to prefixes told whether a word stood in a letter's hidden head
        // (asked with psql for one hit): a whole word of the head counts for nothing (a review).
        let ib = try login(w, "ib_els")
        _ = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Tekent graag: sneekx.").value
        let search = try w.cluster.psql(
            w.database, "SELECT casus.log_search(1, true, false, ARRAY['sneek'], 10, 1, false)", user: "ib_els"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try w.cluster.psql(
            w.database, "SELECT count(*) FROM casus.find_entries(1, true, false, ARRAY['sneek'], 10, 1, \(search))",
            user: "ib_els"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(found == "1", "the prefix search found the note: \(found)")
        // Its search finds the letter by the words it shows, not by the address.
        func letters(_ s: CasusService, _ text: String) throws -> [SearchHit] {
            try s.dossiers.search(text).filter { $0.entryID == letter.id }
        }
        #expect(try letters(ib, "Sneek").isEmpty)
        #expect(try letters(ib, "8912").isEmpty)
        let warned = try letters(ib, "waarschuwing")
        #expect(warned.count == 1 && warned.allSatisfy { !$0.snippet.contains("Geheimweg") }, "\(warned)")
        // The director's login reads the letter as it went, and finds it by the town.
        #expect(try director.dossiers.entry(letter.id).entry.body == letter.body)
        #expect(try letters(director, "Sneek").count == 1)
    }
}
