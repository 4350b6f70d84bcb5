import ArgumentParser
import CasusCore
import CasusDemo
import Foundation

struct Demo: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: .nl(
            "Een fictieve school om casus te leren kennen, daarna het volledige scherm.",
            en: "A fictional school to get to know casus, then the full screen."),
        discussion:
            .nl(
                "Zonder --db komt de demo in een eigen database (demo.sqlite naast de echte), zodat fictieve gegevens nooit tussen echte dossiers staan. Nog een keer draaien voegt niets dubbel toe.",
                en:
                    "Without --db the demo goes into a database of its own (demo.sqlite beside the real one), so fictional data never sits among real dossiers. Running it again adds nothing twice."
            )
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        help: .nl(
            "Protocolprofiel van de demoschool (zie `casus protocols`).",
            en: "The demo school's protocol profile (see `casus protocols`)."))
    var `protocol`: String = DemoSchool.defaultProtocol

    @Option(
        help: .nl(
            "small: één school; district: 30 scholen; board: die 30 scholen met tien perioden geschiedenis (zie BENCHMARKS.md).",
            en:
                "small: one school; district: 30 schools; board: those 30 schools with ten periods of history (see BENCHMARKS.md)."
        ))
    var size: DemoSchool.Size = .small

    @Flag(
        help: .nl(
            "Alleen de database vullen, niet het scherm openen.", en: "Only fill the database; do not open the screen.")
    )
    var noTui = false

    @Flag(
        help: .nl(
            "Eerst de demodatabase weggooien en opnieuw beginnen (alleen als er geen echte school in staat).",
            en: "Throw the demo database away first and start afresh (only if no real school is in it)."))
    var reset = false

    @Option(
        help: ArgumentHelp(
            .nl(
                "Bij --size district of board: hoeveel van de 30 scholen (voor tests).",
                en: "With --size district or board: how many of the 30 schools (for tests)."), visibility: .hidden))
    var schools: Int = DistrictDemo.schools

    func run(_ ctx: Context) throws {
        let path =
            global.db ?? ProcessInfo.processInfo.environment["CASUS_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Context.dataFolder
            + (size == .district
                ? "/demo-district.sqlite"
                : size == .board
                    ? "/demo-board.sqlite"
                    : `protocol` == DemoSchool.defaultProtocol ? "/demo.sqlite" : "/demo-\(`protocol`).sqlite")
        let profiles = try ctx.profiles()
        // The protocol before anything is made: a refused demo left an empty database behind.
        if size == .small { _ = try profiles.require(`protocol`) }
        if reset { try DemoReset.remove(path, ctx) }
        try Context.refuseEmptyFile(path)
        let storage = try ctx.storage(path: path, concurrent: true)
        let account = try Context.osAccount()
        if size == .district || size == .board {
            let start = Date()
            let onTerminal = isatty(STDERR_FILENO) == 1
            let periods = size == .board ? DistrictDemo.boardPeriods : 1
            // Checkpoints on the other core while the next school is made, as in a TUI session.
            try storage.sessionWillStart()
            let r = try storage.bulkLoad {
                try DistrictDemo.populate(
                    storage: storage, account: account, profiles: profiles, schools: schools, periods: periods
                ) { p in
                    // On a terminal one line written over; into a file a line a step ("\r" filled a
                    // redirected log with one line, a review). In the language asked for.
                    let line = String(
                        format: Phrase("school %2d/%d, periode %2d/%d  %.0f s", "school %2d/%d, period %2d/%d  %.0f s")(
                            ctx.lang), p.school, schools, p.period + 1, periods, Date().timeIntervalSince(start))
                    FileHandle.standardError.write(
                        Data(((onTerminal ? "\r" : "") + line + (onTerminal ? "" : "\n")).utf8))
                }
            }
            if onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            let seconds = Int(Date().timeIntervalSince(start))
            let history =
                size == .board
                ? Phrase(
                    " en \(r.periodsCreated) perioden geschiedenis (\(r.periodsPresent) waren er al)",
                    " and \(r.periodsCreated) periods of history (\(r.periodsPresent) were there already)")(ctx.lang)
                : ""
            Output.line(
                Phrase(
                    "\(size == .board ? "Bestuur" : "District"): \(r.schoolsCreated) scholen aangemaakt, \(r.schoolsPresent) waren er al\(history) (\(path), \(seconds) s). U bent bestuur: u ziet alle scholen.",
                    "\(size == .board ? "Board" : "District"): \(r.schoolsCreated) schools created, \(r.schoolsPresent) were there already\(history) (\(path), \(seconds) s). You are the board: you see every school."
                )(ctx.lang))
            if noTui { return }
            let service = try CasusService.session(
                storage: storage, account: account, as: global.asAccount, profiles: profiles)
            return try TUILauncher.run(service: service, lang: ctx.lang, config: ctx.config)
        }
        let result = try DemoSchool.populate(
            storage: storage, protocolID: `protocol`, account: account, profiles: profiles)
        let msg =
            result.created
            ? Phrase(
                "Demoschool \(result.school.name) aangemaakt: \(result.people) personen, \(result.incidents) meldingen, \(result.cases) zaken.",
                "Demo school \(result.school.name) created: \(result.people) people, \(result.incidents) reports, \(result.cases) cases."
            )
            : Phrase(
                "Demoschool \(result.school.name) bestaat al in \(path); er is niets dubbel toegevoegd.",
                "Demo school \(result.school.name) already exists in \(path); nothing was added twice.")
        if noTui {
            Output.line(msg(ctx.lang))
            Output.line(Phrase("Database: \(path)", "Database: \(path)")(ctx.lang))
            // The other roles to try, and how (the accounts were found only with `users list`).
            Output.line(
                Phrase(
                    "U bent directeur (\(account)). Kijk mee als intern begeleider of leerkracht: casus --db \(path) --as \(DemoSchool.ibAccount) of --as \(DemoSchool.teacherAccount).",
                    "You are the director (\(account)). See it as the intern begeleider or a teacher: casus --db \(path) --as \(DemoSchool.ibAccount) or --as \(DemoSchool.teacherAccount)."
                )(ctx.lang))
            return
        }
        let service = try CasusService.session(
            storage: storage, account: account, as: global.asAccount, profiles: profiles)
        try TUILauncher.run(service: service, lang: ctx.lang, config: ctx.config)
    }
}

struct Init: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: .nl(
            "Een nieuwe database voor een school; u wordt de directeur.",
            en: "A new database for a school; you become its director."))

    @OptionGroup var global: GlobalOptions

    @Option(help: .nl("Naam van de school.", en: "Name of the school."))
    var school: String

    @Option(
        name: .customLong("protocol"),
        help: .nl("Protocolprofiel (zie `casus protocols`).", en: "Protocol profile (see `casus protocols`)."))
    var protocolID: String

    @Option(help: .nl("Plaats.", en: "Town."))
    var town: String = ""

    @Option(
        help: .nl(
            "Uw naam als directeur: \"Voornaam [tussenvoegsel] Achternaam\".",
            en: "Your name as director: \"First [infix] Last\"."))
    var name: String?

    @Flag(
        help: .nl(
            "U wordt het bestuur (alle scholen; voegt directeuren toe) in plaats van directeur.",
            en: "You become the board (every school; adds directors) instead of director."))
    var board = false

    @OptionGroup var record: SchoolRecordOptions

    func validate() throws { try record.check(global) }

    func run(_ ctx: Context) throws {
        // An account's name is one word, and stands for both parts until the director gives theirs.
        let parts = try name.map { try PersonName.given($0) }?.parts ?? PersonName.split(try Context.osAccount()).parts
        let path = ctx.databasePath
        let fresh = StorageSelection.isMissingFile(path)
        let service: CasusService
        do {
            service = try Directory.initialize(
                storage: try ctx.storage(), schoolName: school, town: town,
                protocolID: protocolID, account: try Context.osAccount(),
                director: parts, role: board ? .board : .director, record: record.change,
                profiles: try ctx.profiles())
        } catch {
            // A refused init leaves no database behind (an unknown protocol left an empty one).
            if fresh { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
            throw error
        }
        let role = service.actor.role.label
        Output.line(
            Phrase(
                "School \(school) aangemaakt in \(ctx.databasePath); \(service.actor.account) is \(role.nl).",
                "School \(school) created in \(ctx.databasePath); \(service.actor.account) is \(role.en).")(ctx.lang))
        if let school = try service.directory.homeSchool() {
            Output.line(Phrase("Wet: ", "Law: ")(ctx.lang) + school.legalLabel(ctx.lang))
            if let notice = school.assumedNotice { Output.line(notice(ctx.lang)) }
        }
    }
}

/// `casus demo --reset`: the demo database goes, never a real school's.
enum DemoReset {
    static func remove(_ path: String, _ ctx: Context) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        // Opened and closed before anything is removed: a real school in it stops the reset.
        let schools = try ctx.storage(path: path).read { try $0.schools() }
        if let real = schools.first(where: { !$0.isDemo }) {
            throw CasusError.refused(
                "\(path) bevat de echte school \(real.name); er is niets verwijderd",
                "\(path) holds the real school \(real.name); nothing was removed",
                hint: Phrase(
                    "--reset gooit alleen een demodatabase weg. Geef met --db het pad van de demo.",
                    "--reset only throws a demo database away. Give the demo's path with --db."))
        }
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.removeItem(atPath: file)
        }
        Output.line(Phrase("Demodatabase \(path) weggegooid.", "Demo database \(path) removed.")(ctx.lang))
    }
}
