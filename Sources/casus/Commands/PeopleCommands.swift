import ArgumentParser
import Foundation
import CasusCore

extension ImportFormat: ExpressibleByArgument {}

struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Wie casus mag gebruiken: account → persoon en rol.",
                                                    subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een account toevoegen.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Accountnaam van het besturingssysteem.") var account: String
        @Option(help: "director, board, ib of teacher.") var role: Role
        @Option(help: "Persoon-id (zie `casus people list`).") var person: PersonID?
        @Option(help: "School-id (alleen voor het bestuur nodig).") var school: SchoolID?

        func run() throws {
            let ctx = Context(global: global)
            try ctx.run {
                try ctx.service().addUser(account: account, role: role, personID: person, schoolID: school)
                Output.line(Phrase("Account \(account) toegevoegd als \(role.label.nl).", "Account \(account) added as \(role.label.en).")(ctx.lang))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "De accounts.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Als JSON.") var json = false

        func run() throws {
            let ctx = Context(global: global)
            try ctx.run {
                let users = try ctx.service().users()
                if json { return try Output.json(users) }
                for u in users { Output.line("\(u.account.padding(toLength: 20, withPad: " ", startingAt: 0)) \(u.role.label(ctx.lang))") }
            }
        }
    }
}

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Leerlingen, ouders en personeel.", subcommands: [Add.self, List.self, Import.self, Leave.self])

    struct Import: ParsableCommand {
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

        func run() throws {
            let ctx = Context(global: global)
            try ctx.run {
                switch (format, kind) {
                case (.csv, nil):
                    throw CasusError(.usage, Phrase("--kind pupil|parent|staff is verplicht bij een CSV-bestand",
                                                    "--kind pupil|parent|staff is required for a CSV file"),
                                     hint: Phrase("Voor EDEX.XML: casus people import --format edexml \(file)",
                                                  "For EDEX.XML: casus people import --format edexml \(file)"))
                case (.edexml, _?):
                    throw CasusError(.usage, Phrase("--kind past niet bij --format edexml: het bestand bevat leerlingen en leerkrachten",
                                                    "--kind does not go with --format edexml: the file holds pupils and teachers"))
                default: break
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CasusError.invalid("kan \(file) niet lezen", "cannot read \(file)", hint: Phrase("Controleer pad en rechten.", "Check the path and permissions."))
                }
                let service = try ctx.service()
                let r = try kind.map { try service.importPeople(kind: $0, csv: [UInt8](data), file: file, dryRun: dryRun) }
                    ?? service.importPeople(edexml: [UInt8](data), file: file, dryRun: dryRun)
                if json { return try Output.json(r) }
                for line in ImportSummary.lines(r) { Output.line(line(ctx.lang)) }
            }
        }
    }

    struct Leave: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Vastleggen dat een leerling de school verliet of een dienstverband eindigde (de bewaartermijn begint).")
        @OptionGroup var global: GlobalOptions
        @Argument var person: PersonID
        @Option(help: "Datum (JJJJ-MM-DD).") var on: String

        func run() throws {
            let ctx = Context(global: global)
            try ctx.run {
                guard let date = LocalDate(iso: on) else {
                    throw CasusError(.usage, Phrase("--on verwacht een datum JJJJ-MM-DD", "--on expects a date YYYY-MM-DD"))
                }
                try ctx.service().setLeft(person, on: date)
                Output.line(Phrase("Vertrokken op \(date.dutch).", "Left on \(date.dutch).")(ctx.lang))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Een persoon toevoegen.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "pupil, parent, staff, volunteer of intern.") var kind: PersonKind
        @Option(help: "Volledige naam: \"Voornaam [tussenvoegsel] Achternaam\".") var name: String
        @Option(help: "Groep (1–8) voor een leerling.") var group: String?
        @Option(help: "Functie voor personeel.") var function: String?
        @Option(name: .customLong("guardian-of"), help: "Leerling-id waarvan deze ouder verzorger is.") var guardianOf: PersonID?
        @Option(help: "Leerling- of personeelsnummer.") var number: String?
        @Flag(help: "Als JSON.") var json = false

        func run() throws {
            let ctx = Context(global: global)
            try ctx.run {
                let parts = PersonName.split(name)
                let p = try ctx.service().addPerson(Person(schoolID: 0, kind: kind, firstName: parts.first, infix: parts.infix,
                                                           lastName: parts.last, group: group, function: function,
                                                           externalID: number), guardianOf: guardianOf)
                if json { return try Output.json(p) }
                Output.line("\(p.id) \(p.name)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Personen die u mag zien.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Alleen deze soort.") var kind: PersonKind?
        @Option(help: "Alleen deze groep.") var group: String?
        @Option(help: "Naam (begin van een naamdeel).") var name: String = ""
        @Flag(help: "Als JSON.") var json = false

        func run() throws {
            let ctx = Context(global: global)
            try ctx.run {
                let people = try ctx.service().people(kinds: kind.map { [$0] } ?? [], group: group, text: name, limit: 100_000)
                if json { return try Output.json(people) }
                for p in people {
                    var extra = p.kind.label(ctx.lang)
                    if let g = p.group { extra += Phrase(", groep \(g)", ", group \(g)")(ctx.lang) }
                    if let f = p.function { extra += ", \(f)" }
                    Output.line("\(String(p.id).padding(toLength: 6, withPad: " ", startingAt: 0)) \(p.sortName) (\(extra))")
                }
            }
        }
    }
}
