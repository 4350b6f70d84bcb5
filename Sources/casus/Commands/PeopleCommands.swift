import ArgumentParser
import Foundation
import CasusCore

extension ImportFormat: ExpressibleByArgument {}

/// `--salutation --street --postcode --town`: how a letter addresses a person and where it goes.
struct AddressOptions: ParsableArguments {
    @Option(
        name: .customLong("salutation"),
        help: .nl(
            "Aanhef in brieven: heer, mevrouw, neutraal (alleen de naam) of onbekend.",
            en: "Salutation in letters: heer, mevrouw, neutraal (name only) or onbekend."))
    var salutationWord: String?
    /// heer, mevrouw, neutraal, onbekend (and m, v, x as an administration writes them).
    var salutation: Salutation? {
        salutationWord.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Salutation.parse($0) }
    }
    @Option(help: .nl("Straat en huisnummer: \"Kerkstraat 12a\".", en: "Street and number: \"Kerkstraat 12a\"."))
    var street: String?
    @Option(help: .nl("Postcode: \"1234 AB\".", en: "Postcode: \"1234 AB\".")) var postcode: String?
    @Option(help: .nl("Woonplaats.", en: "Town.")) var town: String?

    var isEmpty: Bool { salutationWord == nil && street == nil && postcode == nil && town == nil }

    /// A postcode that is no Dutch postcode is refused before anything is opened.
    func check(_ lang: Lang) throws {
        if let word = salutationWord, salutation == nil {
            let shown = TerminalText.neutralised(String(word.prefix(30)), keepLayout: false)
            throw ValidationError(
                Phrase(
                    "--salutation '\(shown)' bestaat niet; kies heer, mevrouw, neutraal of onbekend. Er is niets veranderd.",
                    "--salutation '\(shown)' does not exist; choose heer, mevrouw, neutraal or onbekend. Nothing was changed."
                )(lang))
        }
        guard let postcode, !postcode.trimmingCharacters(in: .whitespaces).isEmpty,
            PostalAddress.postcode(postcode) == nil
        else { return }
        let shown = TerminalText.neutralised(String(postcode.prefix(30)), keepLayout: false)
        throw ValidationError(
            Phrase(
                "--postcode '\(shown)' is geen Nederlandse postcode (vier cijfers en twee letters, bijvoorbeeld 1234 AB); er is niets veranderd",
                "--postcode '\(shown)' is not a Dutch postcode (four digits and two letters, for example 1234 AB); nothing was changed"
            )(lang))
    }
}

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: .nl("Leerlingen, ouders en personeel.", en: "Pupils, parents and staff."),
        subcommands: [Add.self, Edit.self, List.self, Roster.self, Import.self, Leave.self])

    /// `casus people edit PERSON --salutation … --street … --postcode … --town …`.
    struct Edit: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: .nl(
                "Aanhef, postadres en geboortedatum van een persoon vastleggen (voor brieven).",
                en: "Record a person's salutation, postal address and date of birth (for letters)."),
            discussion: .nl(
                "Alleen wat u opgeeft verandert; een lege waarde (--street \"\") wist het.",
                en: "Only what you give changes; an empty value (--street \"\") clears it."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Persoon-id (zie `casus people list`).", en: "Person id (see `casus people list`)."))
        var person: PersonID
        @OptionGroup var address: AddressOptions
        @Option(
            help: .nl(
                "Geboortedatum (JJJJ-MM-DD): de leeftijd beslist wie een besluit krijgt.",
                en: "Date of birth (YYYY-MM-DD): the age decides who gets a decision.")) var born: LocalDate?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func validate() throws {
            try address.check(global.lang)
            if address.isEmpty, born == nil {
                throw ValidationError(
                    global.lang == .nl
                        ? "geef minstens een van --salutation, --street, --postcode, --town, --born; er is niets veranderd"
                        : "give at least one of --salutation, --street, --postcode, --town, --born; nothing was changed"
                )
            }
        }

        func run(_ ctx: Context) throws {
            let p = try ctx.service().directory.setAddress(
                person, salutation: address.salutation, street: address.street, postcode: address.postcode,
                town: address.town, born: born
            ).value
            if json { return try Output.json(p) }
            Output.line("\(p.id) \(p.name)")
            Output.line("  " + Phrase("aanhef: ", "salutation: ")(ctx.lang) + LetterSalutation.salutation([p]))
            let lines = [LetterSalutation.addressName(p)] + p.address.lines
            for l in lines { Output.line("  " + l) }
            if !p.address.isComplete {
                Output.line(
                    "  "
                        + Phrase(
                            "het adres is nog niet volledig (straat, postcode en plaats)",
                            "the address is not complete yet (street, postcode and town)")(ctx.lang))
            }
        }
    }

    struct Import: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: .nl(
                "Personen inlezen uit een export van de leerlingadministratie (CSV of EDEXML).",
                en: "Import people from the pupil administration's export (CSV or EDEXML)."),
            discussion: .nl(
                """
                CSV (--format csv, standaard; --kind verplicht): kolommen zoals leerlingnummer, voornaam/roepnaam, tussenvoegsel, achternaam, groep, geboortedatum (ouders: leerlingnummer van het kind, en e-mail/telefoon/adres om dezelfde ouder van meer kinderen te herkennen; personeel: personeelsnummer, functie). Voor brieven aan ouders en personeel: aanhef of geslacht (m/v/x, heer/mevrouw), straat, huisnummer, postcode, plaats. Scheidingsteken en codering (UTF-8 of Windows-1252) worden herkend.
                EDEXML (--format edexml): EDEX.XML uit ParnasSys, Esis e.a. (EDEXML 2.x): leerlingen met hun groep 1–8 en leerkrachten als personeel, in één keer. BSN, geslacht, postcode en andere velden die casus niet nodig heeft worden niet overgenomen (dataminimalisatie, AVG art. 5 lid 1 sub c); de uitvoer noemt ze.
                Elke foute regel wordt genoemd (bestand:regel) en dan wordt niets ingelezen; opnieuw inlezen werkt bij en maakt nooit dubbelen.
                """,
                en: """
                    CSV (--format csv, the default; --kind required): columns such as leerlingnummer, voornaam/roepnaam, tussenvoegsel, achternaam, groep, geboortedatum (parents: the child's leerlingnummer, and e-mail/phone/address to recognise one parent of several children; staff: personeelsnummer, functie). For letters to parents and staff: aanhef or geslacht (m/v/x, heer/mevrouw), straat, huisnummer, postcode, plaats. The delimiter and the encoding (UTF-8 or Windows-1252) are detected.
                    EDEXML (--format edexml): EDEX.XML from ParnasSys, Esis and others (EDEXML 2.x): pupils with their group 1–8 and teachers as staff, in one go. The BSN, sex, postcode and other fields casus does not need are not taken over (data minimisation, AVG art. 5(1)(c)); the output names them.
                    Every wrong line is named (file:line) and then nothing is imported; importing again updates and never makes duplicates.
                    """))
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("csv (standaard) of edexml.", en: "csv (default) or edexml.")) var format: ImportFormat = .csv
        @Option(
            help: .nl(
                "pupil, parent of staff (alleen bij --format csv, daar verplicht).",
                en: "pupil, parent or staff (with --format csv only, where it is required).")) var kind: PersonKind?
        @Argument(help: .nl("Het CSV- of EDEXML-bestand.", en: "The CSV or EDEXML file.")) var file: String
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?
        @Flag(help: .nl("Alleen controleren en tellen; niets inlezen.", en: "Only check and count; import nothing."))
        var dryRun = false
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func validate() throws {
            switch (format, kind) {
            case (.csv, nil):
                throw invalid(
                    "--kind pupil|parent|staff is verplicht bij een CSV-bestand (voor EDEX.XML: --format edexml)",
                    "--kind pupil|parent|staff is required for a CSV file (for EDEX.XML: --format edexml)")
            case (.edexml, _?):
                throw invalid(
                    "--kind past niet bij --format edexml: het bestand bevat leerlingen en leerkrachten",
                    "--kind does not go with --format edexml: the file holds pupils and teachers")
            default: break
            }
        }

        func run(_ ctx: Context) throws {
            let data = try InputFile.bytes(file, kind: .administration)
            let directory = try ctx.service().directory
            let r =
                try kind.map {
                    try directory.importPeople(
                        kind: $0, csv: [UInt8](data), file: file, dryRun: dryRun, schoolID: school)
                }
                ?? directory.importPeople(edexml: [UInt8](data), file: file, dryRun: dryRun, schoolID: school)
            if json { return try Output.json(r.value) }
            for line in ImportSummary.lines(r.value) { Output.line(line(ctx.lang)) }
        }
    }

    struct Leave: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "leave",
            abstract:
                .nl(
                    "Vastleggen dat een leerling de school verliet of een dienstverband eindigde (de bewaartermijn begint).",
                    en: "Record that a pupil left the school or an employment ended (the retention period starts).")
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Persoon-id.", en: "Person id.")) var person: PersonID
        @Option(help: .nl("Datum (JJJJ-MM-DD).", en: "Date (YYYY-MM-DD).")) var on: LocalDate

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let before = try service.directory.setLeft(person, on: on).value
            let was = before.flatMap { $0 == on ? nil : $0 }
            // A day ahead is said as one: "Vertrokken op 31-01-2027" was said in December (a review).
            let ahead = on > service.today
            Output.line(
                Phrase(
                    (ahead ? "Vertrekt op \(on.dutch)" : "Vertrokken op \(on.dutch)")
                        + (was.map { " (vastgelegd was \($0.dutch))" } ?? "") + ".",
                    (ahead ? "Leaves on \(on.dutch)" : "Left on \(on.dutch)")
                        + (was.map { " (recorded before: \($0.dutch))" } ?? "") + ".")(ctx.lang))
            // A closed case's dismissal ended the employment on another day: said, not refused (a
            // court may have annulled it: `case court --annulled` records that).
            if let end = try service.directory.employmentEnd(of: person), end.date != on {
                Output.line(
                    Phrase(
                        "Let op: volgens zaak \(end.caseNumber) eindigde het dienstverband op \(end.date.dutch); dat is de vertrekdatum. Vernietigde de rechter het ontslag of herstelde hij de arbeidsovereenkomst, leg dat dan vast met `casus case court \(end.caseNumber) --ended DATUM --annulled`: het dienstverband loopt dan door.",
                        "Note: according to case \(end.caseNumber) the employment ended on \(end.date.dutch); that is the leaving day. If the court annulled the dismissal or restored the contract, record that with `casus case court \(end.caseNumber) --ended DATE --annulled`: the employment then goes on."
                    )(ctx.lang))
            }
            // Who leaves keeps an account until it is ended: an IB who left read a pupil's dossier
            // the next week, and nothing said so (a review). Said where the actor manages users.
            let accounts =
                AccessPolicy.allows(service.actor, .manageUsers)
                ? try service.directory.users().filter { $0.personID == person }.map(\.account) : []
            for account in accounts {
                Output.line(
                    Phrase(
                        "Let op: account \(account) hoort bij deze persoon en heeft nog toegang tot casus; beëindig het met `casus users remove \(account)`.",
                        "Note: account \(account) belongs to this person and still has access to casus; end it with `casus users remove \(account)`."
                    )(ctx.lang))
            }
        }
    }

    struct Add: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: .nl("Een persoon toevoegen.", en: "Add a person."))
        @OptionGroup var global: GlobalOptions
        @Option(
            help: .nl("pupil, parent, staff, volunteer of intern.", en: "pupil, parent, staff, volunteer or intern."))
        var kind: PersonKind
        @Option(
            help: .nl(
                "Volledige naam: \"Voornaam [tussenvoegsel] Achternaam\".", en: "Full name: \"First [infix] Last\"."))
        var name: String
        @Option(
            help: .nl(
                "Groep (1–8) of, op een school voor vo of so, klas (zoals 3B) van een leerling.",
                en: "A pupil's group (1–8) or, at a VO or SO school, class (such as 3B).")) var group: String?
        @Option(help: .nl("Functie voor personeel.", en: "A staff member's job.")) var function: String?
        @Option(
            name: .customLong("guardian-of"),
            help: .nl(
                "Leerling-id waarvan deze ouder verzorger is.", en: "Id of the pupil this parent is a guardian of."))
        var guardianOf: PersonID?
        @Option(help: .nl("Leerling- of personeelsnummer.", en: "Pupil or staff number.")) var number: String?
        @Option(
            help: .nl(
                "Geboortedatum (JJJJ-MM-DD): de leeftijd beslist wie een besluit krijgt (vo: ook de ouders tot 21).",
                en: "Date of birth (YYYY-MM-DD): the age decides who gets a decision (VO: the parents too until 21)."))
        var born: LocalDate?
        @OptionGroup var address: AddressOptions
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?

        func validate() throws {
            try validateGroup(group, global)
            try address.check(global.lang)
            // What does not belong to this kind of person: a parent "groep 5" and a pupil "leraar"
            // were stored and listed so (a review).
            if group != nil, kind != .pupil {
                throw invalid(
                    "--group hoort bij een leerling, niet bij een \(kind.label.nl); er is niets opgeslagen",
                    "--group goes with a pupil, not with a \(kind.label.en); nothing was saved")
            }
            if function != nil, !kind.isPersonnel {
                throw invalid(
                    "--function hoort bij personeel, niet bij een \(kind.label.nl); er is niets opgeslagen",
                    "--function goes with staff, not with a \(kind.label.en); nothing was saved")
            }
            if guardianOf != nil, kind != .parent {
                throw invalid(
                    "--guardian-of hoort bij een ouder (--kind parent); er is niets opgeslagen",
                    "--guardian-of goes with a parent (--kind parent); nothing was saved")
            }
        }

        func run(_ ctx: Context) throws {
            let parts = try PersonName.given(name)
            let p = try ctx.service().directory.addPerson(
                Person(
                    schoolID: school ?? 0, kind: kind, firstName: parts.first, infix: parts.infix,
                    lastName: parts.last, group: group, function: function,
                    externalID: number, birthDate: born, salutation: address.salutation ?? .onbekend,
                    address: PostalAddress(
                        street: address.street?.trimmingCharacters(in: .whitespaces) ?? "",
                        postcode: address.postcode ?? "", town: address.town?.trimmingCharacters(in: .whitespaces) ?? ""
                    )),
                guardianOf: guardianOf
            ).value
            if json { return try Output.json(p) }
            Output.line("\(p.id) \(p.name)")
        }
    }

    struct List: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: .nl("Personen die u mag zien.", en: "People you may see."))
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("Alleen deze soort.", en: "Only this kind.")) var kind: PersonKind?
        @Option(help: .nl("Alleen deze groep of klas.", en: "Only this group or class.")) var group: String?
        @Option(help: .nl("Naam (begin van een naamdeel).", en: "Name (the start of a part of the name).")) var name:
            String = ""
        @OptionGroup var window: ListWindow
        @Flag(help: .nl("Als JSON (rij voor rij geschreven).", en: "As JSON (written row by row).")) var json = false

        func validate() throws { try validateGroup(group, global) }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            // A role that reads no one's record is told where the names to report are, not given an
            // empty list that reads as "nobody".
            if !AccessPolicy.readsRecords(service.actor) {
                throw CasusError.refused(
                    "uw rol (\(service.actor.role.label.nl)) ziet geen gegevens van personen",
                    "your role (\(service.actor.role.label.en)) sees no one's record",
                    hint: Phrase(
                        "Wie u in een melding kunt noemen, met nummer en groep: casus people roster NAAM.",
                        "Whom you can name in a report, with number and group: casus people roster NAME."))
            }
            let directory = service.directory
            let kinds = kind.map { [$0] } ?? []
            try directory.recordList(kinds: kinds, group: group, text: name)
            let fetch = { (offset: Int, limit: Int) in
                try directory.people(kinds: kinds, group: group, text: name, offset: offset, limit: limit)
            }
            if json { return try RowStream.json(window, fetch: fetch) }
            let sectors = try People.sectors(service)
            try RowStream.each(window, none: Phrase("personen", "people"), ctx.lang, fetch: fetch) {
                Output.row(People.row($0, ctx.lang, sectors: sectors))
            }
        }
    }

    /// Each school's sector, which says whether a pupil has a group or a class.
    static func sectors(_ service: CasusService) throws -> [SchoolID: Sector] {
        PupilGroup.sectors(try service.directory.schools())
    }

    /// A person in a list: number, sorted name, kind, group (a VO or SO school's class) and
    /// function as far as known.
    static func row(_ p: Person, _ lang: Lang, sectors: [SchoolID: Sector] = [:]) -> String {
        var extra = p.kind.label(lang)
        if let g = p.group { extra += ", " + PupilGroup.label(g, sectors[p.schoolID] ?? .po)(lang) }
        if let f = p.function { extra += ", \(f)" }
        return "\(String(p.id).padding(toLength: 6, withPad: " ", startingAt: 0)) \(p.sortName) (\(extra))"
    }
}

extension People {
    /// `casus people roster NAAM`: the names a report may be about, found by name, with the numbers
    /// `incident add --subject` takes; what a teacher may look up (names and group, nothing else).
    struct Roster: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "roster",
            abstract: .nl(
                "Wie u in een melding kunt noemen: leerlingen en personeel van uw school, op naam, met nummer en groep.",
                en: "Whom you can name in a report: pupils and staff of your school, by name, with number and group."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Naam (begin van een naamdeel).", en: "Name (the start of a part of the name)."))
        var name: [String]
        @Option(help: .nl("Ten hoogste zoveel namen (1 tot en met 50).", en: "At most this many names (1 to 50)."))
        var limit: Int = 20
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func validate() throws {
            guard (1...50).contains(limit) else {
                throw invalid(
                    "--limit \(limit) kan niet: geef 1 tot en met 50", "--limit \(limit) is not allowed: give 1 to 50")
            }
        }

        func run(_ ctx: Context) throws {
            let found = try ctx.service().directory.roster(name.joined(separator: " "), limit: limit)
            // What the roster holds, nothing more: no empty address or salutation of a record.
            struct Named: Encodable {
                let id: PersonID
                let school: SchoolID
                let name: String
                let kind: PersonKind
                let group: String?
            }
            if json {
                return try Output.json(
                    found.map { Named(id: $0.id, school: $0.schoolID, name: $0.name, kind: $0.kind, group: $0.group) })
            }
            if found.isEmpty { return Output.line(Phrase("Niemand gevonden.", "Nobody found.")(ctx.lang)) }
            let sectors = try People.sectors(try ctx.service())
            for p in found { Output.row(People.row(p, ctx.lang, sectors: sectors)) }
        }
    }
}

/// `--group`: a group 1 to 8 ("5", "groep 5") or a class ("3B", "H4a"); what is neither is refused
/// before anything is opened. The school's sector decides which (the service checks it).
func validateGroup(_ group: String?, _ global: GlobalOptions) throws {
    guard let group, !PupilGroup.plausible(group) else { return }
    let shown = TerminalText.neutralised(String(group.prefix(30)), keepLayout: false)
    throw ValidationError(
        global.lang == .nl
            ? "--group is een groep 1 tot en met 8 of een klas (letters a–z, cijfers, spaties, - of /, zoals 3B), niet '\(shown)'"
            : "--group is a group 1 to 8 or a class (letters a–z, digits, spaces, - or /, such as 3B), not '\(shown)'")
}
