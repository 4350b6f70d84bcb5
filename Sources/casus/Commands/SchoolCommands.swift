import ArgumentParser
import CasusCore
import Foundation

/// The school record's options, shared by `casus init` and `casus school set`.
struct SchoolRecordOptions: ParsableArguments {
    @Option(
        help: .nl("Sector: po (WPO), vo (WVO 2020) of so (WEC).", en: "Sector: po (WPO), vo (WVO 2020) or so (WEC)."))
    var sector: Sector?
    @Option(
        help: .nl("Richting: openbaar of bijzonder.", en: "Denomination: openbaar (public) or bijzonder (private)."))
    var denomination: Denomination?
    @Option(
        name: .customLong("board-name"),
        help: .nl(
            "Naam van het bevoegd gezag (stichting of gemeente).",
            en: "Name of the bevoegd gezag (foundation or municipality)."))
    var boardName: String?
    @Option(
        name: .customLong("board-address"),
        help: .nl(
            "Postadres van het bevoegd gezag; regels gescheiden door ';' (\"Postbus 12; 8000 AA Zwolle\").",
            en: "Postal address of the bevoegd gezag; lines separated by ';' (\"Postbus 12; 8000 AA Zwolle\")."))
    var boardAddress: String?
    @Option(
        name: .customLong("address"),
        help: .nl(
            "Postadres van de school; regels gescheiden door ';'.",
            en: "Postal address of the school; lines separated by ';'."))
    var address: String?
    @Option(
        help: .nl(
            "Vakantieregio voor de landelijke vakantiedata: noord, midden of zuid.",
            en: "Holiday region for the national holiday dates: noord, midden or zuid.")) var region: Region?

    var change: SchoolRecordChange {
        SchoolRecordChange(
            sector: sector, denomination: denomination, boardName: boardName, boardAddress: boardAddress,
            address: address, region: region)
    }

    func check(_ global: GlobalOptions) throws {
        for (name, value) in [("--board-name", boardName), ("--board-address", boardAddress), ("--address", address)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(
                    global.lang == .nl
                        ? "\(name) is leeg; laat de optie weg of geef een waarde"
                        : "\(name) is empty; leave the option out or give a value")
            }
        }
    }
}

struct SchoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "school",
        abstract: .nl(
            "Het schoolrecord: sector, richting, bevoegd gezag, adressen, vakantieregio.",
            en: "The school record: sector, denomination, bevoegd gezag, addresses, holiday region."),
        subcommands: [Show.self, Set.self, Add.self])

    struct JSON: Encodable {
        var id: SchoolID
        var name: String
        var town: String
        var sector: Sector
        var denomination: Denomination
        var recordSet: Bool
        var law: String
        var board: Board
        var address: [String]
        var region: Region?
        var protocol_: String
        struct Board: Encodable {
            var name: String
            var address: [String]
        }
        enum CodingKeys: String, CodingKey {
            case id, name, town, sector, denomination, recordSet, law, board, address, region
            case protocol_ = "protocol"
        }
    }

    static func print(_ s: School, lang: Lang) {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        let none = t("(niet ingesteld)", "(not set)")
        Output.line("\(s.name)" + (s.town.isEmpty ? "" : ", \(s.town)") + " (\(s.id))")
        Output.line(
            t("  Sector:         ", "  Sector:         ")
                + "\(s.sector.rawValue) — \(s.sector.label(lang)) (\(s.sector.act))")
        Output.line(
            t("  Richting:       ", "  Denomination:   ")
                + (s.denomination.label(lang) == s.denomination.rawValue
                    ? s.denomination.rawValue : "\(s.denomination.rawValue) — \(s.denomination.label(lang))")
        )
        Output.line(t("  Bevoegd gezag:  ", "  Board:          ") + (s.boardName.isEmpty ? none : s.boardName))
        for line in School.addressLines(s.boardAddress) { Output.line("                  " + line) }
        let address = School.addressLines(s.address)
        Output.line(t("  Adres school:   ", "  School address: ") + (address.first ?? none))
        for line in address.dropFirst() { Output.line("                  " + line) }
        Output.line(t("  Vakantieregio:  ", "  Holiday region: ") + (s.region.map { $0.label(lang) } ?? none))
        Output.line(t("  Protocol:       ", "  Protocol:       ") + s.protocolID)
        if let notice = s.assumedNotice {
            Output.line()
            Output.line(notice(lang))
        }
        if s.region == nil {
            Output.line(
                t(
                    "Zonder vakantieregio telt casus alleen de landelijke kerstvakantie (en meivakantie 2028) als vakantie; stel de regio in met --region of importeer het rooster van de school (`casus calendar import`).",
                    "Without a holiday region casus counts only the national Christmas holiday (and the May holiday of 2028); set the region with --region or import the school's calendar (`casus calendar import`)."
                ))
        }
    }

    struct Show: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: .nl("Het schoolrecord tonen.", en: "Show the school record."))
        @OptionGroup var global: GlobalOptions
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func run(_ ctx: Context) throws {
            let s = try ctx.service().directory.school(school)
            if json {
                return try Output.json(
                    JSON(
                        id: s.id, name: s.name, town: s.town, sector: s.sector, denomination: s.denomination,
                        recordSet: s.isLegalRecordSet, law: s.sector.act,
                        board: .init(name: s.boardName, address: School.addressLines(s.boardAddress)),
                        address: School.addressLines(s.address), region: s.region, protocol_: s.protocolID))
            }
            SchoolCommand.print(s, lang: ctx.lang)
        }
    }

    struct Add: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: .nl(
                "Een school van het bestuur toevoegen, met het account van haar directeur (alleen het bestuur).",
                en: "Add a school of the board, with its director's account (the board only)."))
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("Naam van de school.", en: "Name of the school.")) var name: String
        @Option(
            name: .customLong("protocol"),
            help: .nl("Protocolprofiel (zie `casus protocols`).", en: "Protocol profile (see `casus protocols`)."))
        var protocolID: String
        @Option(
            help: .nl(
                "Het account van de directeur (de loginnaam van het besturingssysteem).",
                en: "The director's account (the operating-system login name).")) var director: String
        @Option(
            name: .customLong("director-name"),
            help: .nl(
                "Naam van de directeur: \"Voornaam [tussenvoegsel] Achternaam\" (de brieven dragen die naam).",
                en: "The director's name: \"First [infix] Last\" (the letters carry it)."))
        var directorName: String
        @Option(help: .nl("Plaats.", en: "Town.")) var town: String = ""
        @OptionGroup var record: SchoolRecordOptions

        func validate() throws { try record.check(global) }

        func run(_ ctx: Context) throws {
            let parts = try PersonName.given(directorName, option: "--director-name").parts
            let s = try ctx.service().directory.addSchool(
                name: name, town: town, protocolID: protocolID, director: director, directorName: parts,
                record: record.change
            ).value
            Output.line(
                Phrase(
                    "School \(s.name) (\(s.id)) toegevoegd; \(director) is er directeur en voegt zelf de IB'ers en leerkrachten toe.",
                    "School \(s.name) (\(s.id)) added; \(director) is its director and adds its IBs and teachers.")(
                        ctx.lang))
            SchoolCommand.print(s, lang: ctx.lang)
        }
    }

    struct Set: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: .nl(
                "Het schoolrecord wijzigen (directeur of bestuur).", en: "Change the school record (director or board)."
            ))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var record: SchoolRecordOptions
        @Option(help: .nl("Plaats.", en: "Town.")) var town: String?
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?

        func validate() throws { try record.check(global) }

        func run(_ ctx: Context) throws {
            var change = record.change
            change.town = town
            let directory = try ctx.service().directory
            let notice = try directory.lawChangeNotice(change, school: school)
            let s = try directory.setSchool(change, school: school).value
            Output.line(Phrase("Schoolrecord opgeslagen.", "School record saved.")(ctx.lang))
            if let notice { Output.line(notice(ctx.lang)) }
            SchoolCommand.print(s, lang: ctx.lang)
        }
    }
}

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: .nl(
            "De schoolkalender: vakanties en studiedagen, waarop termijnen en schorsingsdagen worden geteld.",
            en: "The school calendar: holidays and study days, which terms and suspension days count around."),
        subcommands: [Show.self, Import.self, Add.self, Remove.self])

    struct Show: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: .nl("Vakanties en vrije dagen van een schooljaar.", en: "Holidays and days off of a school year.")
        )
        @OptionGroup var global: GlobalOptions
        @Option(
            help: .nl(
                "Schooljaar, bij het eerste kalenderjaar: 2026 is 2026-2027 (standaard het huidige).",
                en: "School year, by its first calendar year: 2026 is 2026-2027 (default the current one).")) var year:
            Int?
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        struct Row: Encodable {
            var first: LocalDate
            var last: LocalDate
            var reason: String
            var kind: ClosureKind
            var source: ClosureSource
            var schoolDaysLost: Int
        }

        func validate() throws { try checkSchoolYear(year) }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let view = try service.directory.calendar(school: school)
            let y = year ?? service.today.schoolYear
            let from = LocalDate(year: y, month: 8, day: 1)
            let to = LocalDate(year: y + 1, month: 7, day: 31)
            let rows = view.calendar.closures.filter { $0.last >= from && $0.first <= to }
            let weekdays = SchoolCalendar.weekdays
            if json {
                return try Output.json(
                    rows.map {
                        Row(
                            first: $0.first, last: $0.last, reason: $0.reason, kind: $0.kind, source: $0.source,
                            schoolDaysLost: weekdays.schoolDays(from: $0.first, through: $0.last))
                    })
            }
            let lang = ctx.lang
            func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
            Output.line(
                t("Schoolkalender", "School calendar") + " \(view.school.name) — " + t("schooljaar", "school year")
                    + " \(y)-\(y + 1)" + (view.school.region.map { " · " + $0.label(lang) } ?? ""))
            if rows.isEmpty {
                Output.line(t("  geen vakanties of vrije dagen bekend", "  no holidays or days off known"))
            }
            for c in rows {
                Output.line("  \(c.dates(lang))  \(c.reason) — \(c.origin(lang))")
            }
            Output.line()
            if view.replacedYears.contains(y) {
                Output.line(CalendarView.replacedNote(lang))
            } else {
                Output.line(
                    t(
                        "Landelijke adviesdata (Rijksoverheid, \(NationalCalendar.source)) gelden tot de school haar eigen rooster importeert. Landelijk vastgesteld en verplicht zijn de kerstvakantie (2 weken), de zomervakantie (6 weken) en één week meivakantie; herfst- en voorjaarsvakantie zijn adviesdata (Rijksoverheid, vaststellen data schoolvakanties).",
                        "National advisory dates (Rijksoverheid, \(NationalCalendar.source)) apply until the school imports its own calendar. Set nationally and binding are the Christmas holiday (2 weeks), the summer holiday (6 weeks) and one week of May holiday; the autumn and spring holidays are advisory dates (Rijksoverheid, setting the dates of school holidays)."
                    ))
                for m in view.missing { Output.line("  " + m(lang)) }
                Output.line(PublicHolidays.assumption(lang))
                if !NationalCalendar.schoolYears.contains(y) {
                    Output.line(
                        t(
                            "Voor dit schooljaar levert casus geen landelijke data: importeer het rooster van de school.",
                            "casus ships no national dates for this school year: import the school's calendar."))
                }
            }
            if view.school.region == nil {
                Output.line(
                    t(
                        "Geen vakantieregio ingesteld: alleen landelijke vakanties tellen (`casus school set --region noord|midden|zuid`).",
                        "No holiday region set: only nationwide holidays count (`casus school set --region noord|midden|zuid`)."
                    ))
            }
        }
    }

    /// Runs of days as a list: "25-12-2026, 28-12-2026 t/m 31-12-2026".
    static func dates(_ runs: [ClosedRange<LocalDate>]) -> String {
        runs.map {
            $0.lowerBound == $0.upperBound ? $0.lowerBound.dutch : "\($0.lowerBound.dutch) t/m \($0.upperBound.dutch)"
        }
        .joined(separator: ", ")
    }

    /// Each decided suspension over these runs of changed days, said once (`note`).
    static func noteSuspensions(
        _ runs: [ClosedRange<LocalDate>], _ directory: Directory, school: SchoolID?,
        _ note: (Directory.SuspensionInPeriod) -> String
    ) throws {
        var told = Set<Directory.SuspensionInPeriod>()
        for run in runs {
            for s in try directory.suspensions(during: run.lowerBound, through: run.upperBound, school: school)
            where told.insert(s).inserted {
                Output.line(note(s))
            }
        }
    }

    struct Import: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract:
                .nl(
                    "Het gepubliceerde vakantierooster van de school inlezen (iCalendar, .ics): de vakanties en vrije dagen erin vervangen de landelijke adviesdata van dezelfde vakanties.",
                    en:
                        "Import the school's published holiday schedule (iCalendar, .ics): its holidays and days off replace the national advisory dates of the same holidays."
                )
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Het .ics-bestand.", en: "The .ics file.")) var file: String
        @Flag(
            name: .customLong("every-event"),
            help: .nl(
                "Elke gebeurtenis van hele dagen is een vrije dag, ook als de naam dat niet zegt (een bestand met alleen het vakantierooster).",
                en:
                    "Every event of whole days is a day off, also when its name does not say so (a file of the holidays only)."
            )) var everyEvent = false
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?

        func run(_ ctx: Context) throws {
            let data = try InputFile.bytes(file, kind: .calendar)
            guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
                throw CasusError.invalid(
                    "niet te lezen als tekst (UTF-8)", "cannot be read as text (UTF-8)", at: file)
            }
            let directory = try ctx.service().directory
            let result = try directory.importCalendar(text, file: file, everyEvent: everyEvent, school: school).value
            let years = result.schoolYears.map { "\($0)-\($0 + 1)" }.joined(separator: ", ")
            Output.line(
                Phrase(
                    "\(result.imported.count) vakanties en vrije dagen ingelezen voor schooljaar \(years)"
                        + (result.replaced > 0 ? " (\(result.replaced) eerder ingelezen vervangen)" : "") + ".",
                    "\(result.imported.count) holidays and days off imported for school year \(years)"
                        + (result.replaced > 0 ? " (\(result.replaced) imported before replaced)" : "") + ".")(ctx.lang)
            )
            for c in result.imported {
                Output.line("  \(c.first.dutch) t/m \(c.last.dutch)  \(c.reason) — \(c.kind.label(ctx.lang))")
            }
            if !result.openPublicHolidays.isEmpty {
                let days = result.openPublicHolidays.map { "\($0.reason) \($0.first.dutch)" }.joined(separator: ", ")
                Output.line(
                    Phrase(
                        "Let op: dit rooster noemt deze feestdagen niet, dus telt casus ze als schooldagen: \(days). Is de school dan dicht, voeg ze toe met `casus calendar add DATUM --reason NAAM` of neem ze op in het rooster.",
                        "Note: this calendar does not name these public holidays, so casus counts them as school days: \(days). If the school is closed then, add them with `casus calendar add DATE --reason NAME` or put them in the calendar."
                    )(ctx.lang))
            }
            if !result.removed.isEmpty {
                Output.line(Phrase("Vervangen (eerder ingelezen):", "Replaced (imported before):")(ctx.lang))
                for c in result.removed {
                    Output.line("  \(c.dates(ctx.lang))  \(c.reason) — \(c.kind.label(ctx.lang))")
                }
            }
            if !result.nationalReplaced.isEmpty {
                let days = result.nationalReplaced.map { "\($0.reason) \($0.dates(ctx.lang))" }.joined(separator: ", ")
                Output.line(
                    Phrase(
                        "Het rooster vervangt deze landelijke adviesdata: \(days).",
                        "The calendar replaces these national advisory dates: \(days).")(ctx.lang))
            }
            if !result.nationalKept.isEmpty {
                let days = result.nationalKept.map { "\($0.reason) \($0.dates(ctx.lang))" }.joined(separator: ", ")
                Output.line(
                    Phrase(
                        "Dit rooster noemt deze vakanties niet; casus blijft de landelijke adviesdata tellen: \(days). Heeft de school ze op andere dagen, neem ze op in het rooster.",
                        "This calendar does not name these holidays; casus goes on counting the national advisory dates: \(days). If the school has them on other days, put them in the calendar."
                    )(ctx.lang))
            }
            if !result.skipped.isEmpty {
                Output.line(
                    Phrase(
                        "Niet ingelezen: geen vrije dag volgens de naam, een deel van een dag, geannuleerd of herhalend (\(result.skipped.count)):",
                        "Not imported: no day off by its name, part of a day, cancelled or recurring (\(result.skipped.count)):"
                    )(ctx.lang))
                for e in result.skipped {
                    let why =
                        e.tooLong
                        ? Phrase("langer dan een vakantie", "longer than a holiday")
                        : e.cancelled
                            ? Phrase("geannuleerd", "cancelled")
                            : e.recurrence != nil
                                ? Phrase("herhalend", "recurring")
                                : !e.wholeDays ? Phrase("deel van de dag", "part of the day") : nil
                    let dates = e.first == e.last ? e.first.dutch : "\(e.first.dutch) t/m \(e.last.dutch)"
                    Output.line("  \(dates)  \(e.summary)" + (why.map { " (" + $0(ctx.lang) + ")" } ?? ""))
                }
                Output.line(
                    Phrase(
                        "Is de school op een van die dagen dicht, voeg die dag toe met `casus calendar add`, of lees het bestand in met --every-event.",
                        "If the school is closed on one of those days, add it with `casus calendar add`, or import the file with --every-event."
                    )(ctx.lang))
            }
            // A closure added or removed inside a suspension decided changes what its days were.
            try CalendarCommand.noteSuspensions(result.changedDays, directory, school: school) {
                Self.suspensionNote($0, ctx.lang)
            }
        }

        static func suspensionNote(_ s: Directory.SuspensionInPeriod, _ lang: Lang) -> String {
            Phrase(
                "Let op: het rooster verandert de schooldagen in de schorsing van \(s.pupil) (zaak \(s.caseNumber), \(s.from.dutch) t/m \(s.through.dutch)). Het besluit blijft zoals het is genomen; laat de ouders weten wat dat voor de schorsing betekent, of neem een nieuw besluit.",
                "Note: the calendar changes the school days within the suspension of \(s.pupil) (case \(s.caseNumber), \(s.from.dutch) to \(s.through.dutch)). The decision stays as it was taken; tell the parents what this means for the suspension, or take a new decision."
            )(lang)
        }
    }

    struct Add: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract:
                .nl(
                    "Een vakantie of studiedag toevoegen: casus calendar add 2027-03-15..2027-03-16 --reason Studiedagen",
                    en: "Add a holiday or study day: casus calendar add 2027-03-15..2027-03-16 --reason Studiedagen"))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("EERSTE..LAATSTE of één datum (JJJJ-MM-DD).", en: "FIRST..LAST or one date (YYYY-MM-DD)."))
        var range: String
        @Option(help: .nl("Waarom de school dicht is.", en: "Why the school is closed.")) var reason: String
        @Flag(
            name: .customLong("study-day"),
            help: .nl("Een studiedag (anders een vakantie).", en: "A study day (otherwise a holiday).")) var studyDay =
            false
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?

        func dates() throws -> (LocalDate, LocalDate) { try Self.dates(range, lang: global.lang) }

        /// "2027-03-15..2027-03-16" or one date, as `calendar add` and `calendar remove` take it.
        static func dates(_ range: String, lang: Lang) throws -> (LocalDate, LocalDate) {
            func invalid(_ nl: String, _ en: String) -> ValidationError { ValidationError(lang == .nl ? nl : en) }
            let parts = range.components(separatedBy: "..")
            let texts = parts.map { $0.trimmingCharacters(in: .whitespaces) }
            // As every other date: within 1900–2199 (9999-12-31 was taken as a closure, a review).
            guard parts.count <= 2, let first = LocalDate(iso: texts[0]), DateRange.years.contains(first.year),
                let last = LocalDate(iso: texts.last ?? ""), DateRange.years.contains(last.year)
            else {
                let why = texts.lazy.compactMap { LocalDate.whyNot(typed: $0) }.first
                throw invalid(
                    "‘\(range)’ is geen datum of periode\(why.map { " (" + $0.nl + ")" } ?? ""); schrijf 2027-03-15 of 2027-03-15..2027-03-16",
                    "‘\(range)’ is not a date or range\(why.map { " (" + $0.en + ")" } ?? ""); write 2027-03-15 or 2027-03-15..2027-03-16"
                )
            }
            return (first, last)
        }

        func validate() throws { _ = try dates() }

        func run(_ ctx: Context) throws {
            let (first, last) = try dates()
            let directory = try ctx.service().directory
            let was = try directory.calendar(school: school).calendar
            let c = try directory.addClosure(
                from: first, through: last, reason: reason, kind: studyDay ? .studyDay : .holiday, school: school
            ).value
            Output.line(
                Phrase(
                    "Toegevoegd: \(c.first.dutch) t/m \(c.last.dutch) \(c.reason) (\(c.kind.label.nl)).",
                    "Added: \(c.first.dutch) to \(c.last.dutch) \(c.reason) (\(c.kind.label.en)).")(ctx.lang))
            // What else changed: a national holiday this replaces (a few days added before
            // Christmas took the Christmas holiday away unsaid, a review).
            let now = try directory.calendar(school: school).calendar
            let changed = SchoolCalendar.changes(
                from: was, to: now,
                over: LocalDate(
                    year: first.schoolYear, month: 8, day: 1)...LocalDate(
                        year: last.schoolYear + 1, month: 7, day: 31))
            let elsewhere = changed.filter { !(first <= $0.lowerBound && $0.upperBound <= last) }
            if !elsewhere.isEmpty {
                let days = CalendarCommand.dates(elsewhere)
                Output.line(
                    Phrase(
                        "Let op: deze vakantie vervangt landelijke adviesdata; als schooldag telt casus nu ook: \(days) (`casus calendar show`).",
                        "Note: this holiday replaces national advice dates; casus now counts as school days also: \(days) (`casus calendar show`)."
                    )(ctx.lang))
            }
            try CalendarCommand.noteSuspensions([first...last] + elsewhere, directory, school: school) { s in
                Phrase(
                    "Let op: dit valt in de schorsing van \(s.pupil) (zaak \(s.caseNumber), \(s.from.dutch) t/m \(s.through.dutch)). Het besluit blijft zoals het is genomen; laat de ouders weten wat de vrije dag voor de schorsing betekent, of neem een nieuw besluit.",
                    "Note: this falls within the suspension of \(s.pupil) (case \(s.caseNumber), \(s.from.dutch) to \(s.through.dutch)). The decision stays as it was taken; tell the parents what the day off means for the suspension, or take a new decision."
                )(ctx.lang)
            }
        }
    }

    struct Remove: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract:
                .nl(
                    "Een eigen vrije dag van de school weghalen (ingelezen of toegevoegd): casus calendar remove 2027-06-25",
                    en: "Take a day off of the school's own away (imported or added): casus calendar remove 2027-06-25")
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("EERSTE..LAATSTE of één datum (JJJJ-MM-DD).", en: "FIRST..LAST or one date (YYYY-MM-DD)."))
        var range: String
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?

        func validate() throws { _ = try Add.dates(range, lang: global.lang) }

        func run(_ ctx: Context) throws {
            let (first, last) = try Add.dates(range, lang: global.lang)
            let directory = try ctx.service().directory
            let result = try directory.removeClosures(from: first, through: last, school: school).value
            // What else changed: a national holiday or a public holiday that counts again (it came
            // back without a word, a review).
            let elsewhere = result.changedDays.filter { run in
                !result.removed.contains { $0.first <= run.lowerBound && run.upperBound <= $0.last }
            }
            if !elsewhere.isEmpty {
                let days = CalendarCommand.dates(elsewhere)
                Output.line(
                    Phrase(
                        "Daardoor telt casus weer de landelijke adviesdata of feestdagen op: \(days) (`casus calendar show`).",
                        "So casus counts the national advice or public holidays again on: \(days) (`casus calendar show`)."
                    )(ctx.lang))
            }
            for c in result.removed {
                Output.line(
                    Phrase(
                        "Weggehaald: \(c.first.dutch) t/m \(c.last.dutch) \(c.reason) (\(c.kind.label.nl)).",
                        "Removed: \(c.first.dutch) to \(c.last.dutch) \(c.reason) (\(c.kind.label.en)).")(ctx.lang))
            }
            try CalendarCommand.noteSuspensions(result.changedDays, directory, school: school) {
                Import.suspensionNote($0, ctx.lang)
            }
        }
    }

}
