import ArgumentParser
import Foundation
import CasusCore

extension ImportFormat: ExpressibleByArgument {}

struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Wie casus mag gebruiken: account → persoon en rol.",
        subcommands: [Add.self, List.self])

    struct Add: CasusCommand {
        static let configuration = CommandConfiguration(abstract: "Een account toevoegen.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Accountnaam van het besturingssysteem.") var account: String
        @Option(help: "director, board, ib of teacher.") var role: Role
        @Option(help: "Persoon-id (zie `casus people list`).") var person: PersonID?
        @Option(help: "School-id (alleen voor het bestuur nodig).") var school: SchoolID?

        func run(_ ctx: Context) throws {
            try ctx.service().directory.addUser(account: account, role: role, personID: person, schoolID: school)
            Output.line(
                Phrase(
                    "Account \(account) toegevoegd als \(role.label.nl).",
                    "Account \(account) added as \(role.label.en).")(ctx.lang))
        }
    }

    struct List: CasusCommand {
        static let configuration = CommandConfiguration(abstract: "De accounts.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Als JSON.") var json = false

        func run(_ ctx: Context) throws {
            let users = try ctx.service().directory.users()
            if json { return try Output.json(users) }
            for u in users {
                Output.line("\(u.account.padding(toLength: 20, withPad: " ", startingAt: 0)) \(u.role.label(ctx.lang))")
            }
        }
    }
}

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Leerlingen, ouders en personeel.", subcommands: [Add.self, List.self, Import.self, Leave.self])

    struct Import: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "Personen inlezen uit een export van de leerlingadministratie (CSV of EDEXML).",
            discussion: """
                CSV (--format csv, standaard; --kind verplicht): kolommen zoals leerlingnummer, voornaam/roepnaam, tussenvoegsel, achternaam, groep, geboortedatum (ouders: leerlingnummer van het kind, en e-mail/telefoon/adres om dezelfde ouder van meer kinderen te herkennen; personeel: personeelsnummer, functie). Scheidingsteken en codering (UTF-8 of Windows-1252) worden herkend.
                EDEXML (--format edexml): EDEX.XML uit ParnasSys, Esis e.a. (EDEXML 2.x): leerlingen met hun groep 1–8 en leerkrachten als personeel, in één keer. BSN, geslacht, postcode en andere velden die casus niet nodig heeft worden niet overgenomen (dataminimalisatie, AVG art. 5 lid 1 sub c); de uitvoer noemt ze.
                Elke foute regel wordt genoemd (bestand:regel) en dan wordt niets ingelezen; opnieuw inlezen werkt bij en maakt nooit dubbelen.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "csv (standaard) of edexml.") var format: ImportFormat = .csv
        @Option(help: "pupil, parent of staff (alleen bij --format csv, daar verplicht).") var kind: PersonKind?
        @Argument(help: "Het CSV- of EDEXML-bestand.") var file: String
        @Flag(help: "Alleen controleren en tellen; niets inlezen.") var dryRun = false
        @Flag(help: "Als JSON.") var json = false

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
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CasusError.invalid(
                    "kan \(file) niet lezen", "cannot read \(file)",
                    hint: Phrase("Controleer pad en rechten.", "Check the path and permissions."))
            }
            let directory = try ctx.service().directory
            let r =
                try kind.map { try directory.importPeople(kind: $0, csv: [UInt8](data), file: file, dryRun: dryRun) }
                ?? directory.importPeople(edexml: [UInt8](data), file: file, dryRun: dryRun)
            if json { return try Output.json(r.value) }
            for line in ImportSummary.lines(r.value) { Output.line(line(ctx.lang)) }
        }
    }

    struct Leave: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Vastleggen dat een leerling de school verliet of een dienstverband eindigde (de bewaartermijn begint)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument var person: PersonID
        @Option(help: "Datum (JJJJ-MM-DD).") var on: LocalDate

        func run(_ ctx: Context) throws {
            try ctx.service().directory.setLeft(person, on: on)
            Output.line(Phrase("Vertrokken op \(on.dutch).", "Left on \(on.dutch).")(ctx.lang))
        }
    }

    struct Add: CasusCommand {
        static let configuration = CommandConfiguration(abstract: "Een persoon toevoegen.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "pupil, parent, staff, volunteer of intern.") var kind: PersonKind
        @Option(help: "Volledige naam: \"Voornaam [tussenvoegsel] Achternaam\".") var name: String
        @Option(help: "Groep (1–8) voor een leerling.") var group: String?
        @Option(help: "Functie voor personeel.") var function: String?
        @Option(name: .customLong("guardian-of"), help: "Leerling-id waarvan deze ouder verzorger is.") var guardianOf:
            PersonID?
        @Option(help: "Leerling- of personeelsnummer.") var number: String?
        @Flag(help: "Als JSON.") var json = false

        func validate() throws { try validateGroup(group, global) }

        func run(_ ctx: Context) throws {
            let parts = PersonName.split(name)
            let p = try ctx.service().directory.addPerson(
                Person(
                    schoolID: 0, kind: kind, firstName: parts.first, infix: parts.infix,
                    lastName: parts.last, group: group.flatMap(PeopleImport.group), function: function,
                    externalID: number), guardianOf: guardianOf
            ).value
            if json { return try Output.json(p) }
            Output.line("\(p.id) \(p.name)")
        }
    }

    struct List: CasusCommand {
        static let configuration = CommandConfiguration(abstract: "Personen die u mag zien.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Alleen deze soort.") var kind: PersonKind?
        @Option(help: "Alleen deze groep.") var group: String?
        @Option(help: "Naam (begin van een naamdeel).") var name: String = ""
        @Flag(help: "Als JSON.") var json = false

        func validate() throws { try validateGroup(group, global) }

        func run(_ ctx: Context) throws {
            let people = try ctx.service().directory.people(
                kinds: kind.map { [$0] } ?? [], group: group.flatMap(PeopleImport.group), text: name, limit: 100_000)
            if json { return try Output.json(people) }
            for p in people {
                var extra = p.kind.label(ctx.lang)
                if let g = p.group { extra += Phrase(", groep \(g)", ", group \(g)")(ctx.lang) }
                if let f = p.function { extra += ", \(f)" }
                Output.line(
                    "\(String(p.id).padding(toLength: 6, withPad: " ", startingAt: 0)) \(p.sortName) (\(extra))")
            }
        }
    }
}

/// `--group`: a group 1 to 8 ("5", "groep 5"); anything else is refused before anything is opened.
func validateGroup(_ group: String?, _ global: GlobalOptions) throws {
    guard let group, PeopleImport.group(group) == nil else { return }
    let shown = TerminalText.neutralised(String(group.prefix(30)), keepLayout: false)
    throw ValidationError(
        global.lang == .nl
            ? "--group is een groep 1 tot en met 8, niet '\(shown)'"
            : "--group is a group 1 to 8, not '\(shown)'")
}
