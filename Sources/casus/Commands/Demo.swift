import ArgumentParser
import CasusCore
import CasusDemo
import Foundation

struct Demo: CasusCommand {
    static let configuration = CommandConfiguration(
        abstract: "Een fictieve school om casus te leren kennen, daarna het volledige scherm.",
        discussion:
            "Zonder --db komt de demo in een eigen database (demo.sqlite naast de echte), zodat fictieve gegevens nooit tussen echte dossiers staan. Nog een keer draaien voegt niets dubbel toe."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Protocolprofiel van de demoschool (zie `casus protocols`).")
    var `protocol`: String = DemoSchool.defaultProtocol

    @Option(help: "small: één school; district: 30 scholen (zie BENCHMARKS.md).")
    var size: DemoSchool.Size = .small

    @Flag(help: "Alleen de database vullen, niet het scherm openen.")
    var noTui = false

    @Option(help: ArgumentHelp("Bij --size district: hoeveel van de 30 scholen (voor tests).", visibility: .hidden))
    var schools: Int = DistrictDemo.schools

    func run(_ ctx: Context) throws {
        let path =
            global.db ?? ProcessInfo.processInfo.environment["CASUS_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Context.dataFolder
            + (size == .district
                ? "/demo-district.sqlite"
                : `protocol` == DemoSchool.defaultProtocol ? "/demo.sqlite" : "/demo-\(`protocol`).sqlite")
        let profiles = try ctx.profiles()
        let storage = try ctx.storage(path: path)
        let account = try Context.osAccount()
        if size == .district {
            let start = Date()
            let r = try storage.bulkLoad {
                try DistrictDemo.populate(storage: storage, account: account, profiles: profiles, schools: schools) {
                    p in
                    FileHandle.standardError.write(
                        Data(
                            String(
                                format: "\rschool %2d/%d  %.0f s", p.school, DistrictDemo.schools,
                                Date().timeIntervalSince(start)
                            ).utf8))
                }
            }
            FileHandle.standardError.write(Data("\n".utf8))
            Output.line(
                Phrase(
                    "District: \(r.schoolsCreated) scholen aangemaakt, \(r.schoolsPresent) waren er al (\(path), \(Int(Date().timeIntervalSince(start))) s). U bent bestuur: u ziet alle scholen.",
                    "District: \(r.schoolsCreated) schools created, \(r.schoolsPresent) were there already (\(path), \(Int(Date().timeIntervalSince(start))) s). You are the board: you see every school."
                )(ctx.lang))
            if noTui { return }
            let service = try CasusService.session(
                storage: storage, account: account, as: global.asAccount, profiles: profiles)
            return try TUILauncher.run(service: service, lang: ctx.lang, configFolder: Context.configFolder)
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
            return
        }
        let service = try CasusService.session(
            storage: storage, account: account, as: global.asAccount, profiles: profiles)
        try TUILauncher.run(service: service, lang: ctx.lang, configFolder: Context.configFolder)
    }
}

struct Init: CasusCommand {
    static let configuration = CommandConfiguration(
        abstract: "Een nieuwe database voor een school; u wordt de directeur.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Naam van de school.")
    var school: String

    @Option(name: .customLong("protocol"), help: "Protocolprofiel (zie `casus protocols`).")
    var protocolID: String

    @Option(help: "Plaats.")
    var town: String = ""

    @Option(help: "Uw naam als directeur: \"Voornaam [tussenvoegsel] Achternaam\".")
    var name: String?

    @Flag(help: "U wordt het bestuur (alle scholen; voegt directeuren toe) in plaats van directeur.")
    var board = false

    func run(_ ctx: Context) throws {
        let parts = PersonName.split(try name ?? Context.osAccount()).parts
        let service = try Directory.initialize(
            storage: try ctx.storage(), schoolName: school, town: town,
            protocolID: protocolID, account: try Context.osAccount(),
            director: parts, role: board ? .board : .director, profiles: try ctx.profiles())
        let role = service.actor.role.label
        Output.line(
            Phrase(
                "School \(school) aangemaakt in \(ctx.databasePath); \(service.actor.account) is \(role.nl).",
                "School \(school) created in \(ctx.databasePath); \(service.actor.account) is \(role.en).")(ctx.lang))
    }
}
