import ArgumentParser
import CasusCore
import CasusPostgres
import Foundation

/// `casus --db URL server init --director ACCOUNT`: server mode (DESIGN.md §5), run once by a
/// database superuser (e.g. `sudo -u postgres`); `server upgrade` brings the functions of a newer
/// casus to a server set up with the same tables.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: .nl(
            "Servermodus op PostgreSQL: de server inrichten, controleren en bijwerken.",
            en: "Server mode on PostgreSQL: set up, check and bring up to date the server."),
        subcommands: [ServerInit.self, ServerCheckCommand.self, ServerUpgradeCommand.self])
}

struct ServerInit: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: .nl(
            "Richt een lege PostgreSQL-database in voor casus (als databasebeheerder, eenmalig).",
            en: "Sets up an empty PostgreSQL database for casus (as the database administrator, once)."),
        discussion: .nl(
            """
            Maakt het schema van casus, zijn functies (de enige weg naar de gegevens), de groepsrollen \
            casus_director, casus_board, casus_ib en casus_teacher, en de inlogrol van ACCOUNT als eerste \
            directeur. Geen rol krijgt rechten op een tabel. Daarna: `casus --db URL init --school … --protocol …` \
            als die directeur. Voorbeeld: sudo -u postgres casus --db 'postgresql:///casus?host=/run/postgresql' \
            server init --director anne
            """,
            en: """
                Creates casus's schema, its functions (the only way to the data), the group roles \
                casus_director, casus_board, casus_ib and casus_teacher, and the login role of ACCOUNT as the \
                first director. No role is granted any table. Then: `casus --db URL init --school … --protocol …` \
                as that director. Example: sudo -u postgres casus --db 'postgresql:///casus?host=/run/postgresql' \
                server init --director anne
                """))
    @OptionGroup var global: GlobalOptions
    @Option(
        help: .nl(
            "Het OS-account van de eerste directeur (wordt de databaserol met dezelfde naam).",
            en: "The OS account of the first director (becomes the database role of the same name)."))
    var director: String

    func validate() throws { try requireServer("server init") }

    func run(_ ctx: Context) throws {
        let report = try ServerSetup.initialize(
            url: ctx.databasePath, founder: director, retention: try ctx.retention())
        Output.line(
            Phrase(
                "Database \(report.database) ingericht voor casus; \(report.founder) is directeur. Volgende stap (als \(report.founder)): casus --db URL init --school … --protocol …",
                "Database \(report.database) set up for casus; \(report.founder) is director. Next (as \(report.founder)): casus --db URL init --school … --protocol …"
            )(ctx.lang))
        if !report.unaccent {
            Output.line(
                Phrase(
                    "Let op: de extensie unaccent ontbreekt; zoeken vouwt accenten niet (Zoë vindt Zoe niet).",
                    "Note: the unaccent extension is missing; search does not fold accents (Zoë does not find Zoe).")(
                        ctx.lang))
        }
    }
}

/// `casus --db URL server upgrade`: the functions, views, triggers and indexes of this casus on a
/// server set up with the same tables (ServerUpgrade), by a database superuser.
struct ServerUpgradeCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: .nl(
            "Zet de functies van deze casus op een ingerichte server (als databasebeheerder; gegevens blijven).",
            en: "Puts this casus's functions on a server already set up (as the database administrator; data stays)."),
        discussion: .nl(
            """
            Vergelijkt de functies, views, triggers en indexen op de server met die van deze casus en \
            vervangt wat verschilt, in één transactie: alles of niets. De tabellen en de gegevens blijven \
            zoals ze zijn; een server met andere tabellen wordt geweigerd. Voorbeeld: sudo -u postgres casus \
            --db 'postgresql:///casus?host=/run/postgresql' server upgrade
            """,
            en: """
                Compares the functions, views, triggers and indexes on the server with this casus's and \
                replaces what differs, in one transaction: all or nothing. The tables and the data stay as \
                they are; a server with other tables is refused. Example: sudo -u postgres casus \
                --db 'postgresql:///casus?host=/run/postgresql' server upgrade
                """))
    @OptionGroup var global: GlobalOptions

    func validate() throws { try requireServer("server upgrade") }

    func run(_ ctx: Context) throws {
        let report = try ServerUpgrade.run(url: ctx.databasePath, retention: try ctx.retention())
        let lang = ctx.lang
        var functions = report
        functions.accounts = []
        if functions.isUpToDate {
            Output.line(
                Phrase(
                    "Database \(report.database) had de functies van deze casus al; er is niets veranderd.",
                    "Database \(report.database) already had this casus's functions; nothing was changed.")(lang))
            // What an upgrade does not change is said (it said "bijgewerkt" after them, a review).
            for line in report.changes(lang, would: false) { Output.line(line) }
            return
        }
        for line in report.changes(lang, would: false) { Output.line(line) }
        Output.line(
            (report.tableSteps.isEmpty
                ? Phrase(
                    "Database \(report.database) bijgewerkt; de tabellen en gegevens zijn niet veranderd. Controleer daarna met casus --db URL verify.",
                    "Database \(report.database) brought up to date; the tables and data did not change. Check it afterwards with casus --db URL verify."
                )
                : Phrase(
                    "Database \(report.database) bijgewerkt; de tabellen kregen wat hierboven staat, geen gegeven is veranderd. Controleer daarna met casus --db URL verify.",
                    "Database \(report.database) brought up to date; the tables got what is said above, no record changed. Check it afterwards with casus --db URL verify."
                ))(lang))
        if report.ownersMoved > 0 || report.rolesRestored {
            // The roles are the whole server's: a casus database not yet upgraded runs functions
            // that still expect the roles as an earlier casus made them.
            Output.line(
                Phrase(
                    "Let op: de rollen gelden voor de hele PostgreSQL-server. Werk elke casus-database op deze server bij met deze casus (server upgrade), en richt er geen nieuwe in met een oudere casus.",
                    "Note: the roles are the whole PostgreSQL server's. Upgrade every casus database on this server with this casus (server upgrade), and set none up with an older casus."
                )(lang))
        }
    }
}

/// `casus --db URL server check`: what `server upgrade` would change, and nothing changed (DESIGN §7):
/// whether the server's functions, triggers, indexes, owners, roles and grants are still the ones
/// this casus sets up. Exit status 2 when anything differs, 1 when it could not check: a board's
/// monitoring can run it.
struct ServerCheckCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: .nl(
            "Controleert of de server is ingericht zoals deze casus dat doet (als databasebeheerder; verandert niets).",
            en:
                "Checks that the server is set up as this casus sets it up (as the database administrator; changes nothing)."
        ),
        discussion: .nl(
            """
            Vergelijkt de functies, views, triggers, indexen, eigenaren, rollen en rechten op de server met \
            die van deze casus, en noemt wat verschilt: een recht dat iemand heeft toegekend, een trigger die \
            is uitgezet, een functie die met de hand is vervangen. Er verandert niets (alles wordt aan het \
            eind teruggedraaid); de tabellen worden even vastgehouden. Ook de accounts van casus worden \
            bekeken (een lidmaatschap van een andere rol, eigen instellingen). Afsluitstatus 0: in orde; 2: er \
            verschilt iets (herstel met `casus server upgrade`, de accounts met de hand); 1: de controle kon \
            niet worden gedaan. Voorbeeld: sudo -u postgres casus \
            --db 'postgresql:///casus?host=/run/postgresql' server check
            """,
            en: """
                Compares the functions, views, triggers, indexes, owners, roles and grants on the server with \
                this casus's, and names what differs: a grant someone gave, a trigger switched off, a function \
                replaced by hand. Nothing changes (all is rolled back at the end); the tables are held for a \
                moment. casus's accounts are looked at too (a membership of another role, settings of their own). \
                Exit status 0: as set up; 2: something differs (mend it with `casus server upgrade`, the accounts \
                by hand); 1: the check could not be made. \
                Example: sudo -u postgres casus --db 'postgresql:///casus?host=/run/postgresql' server check
                """))
    @OptionGroup var global: GlobalOptions

    func validate() throws { try requireServer("server check") }

    func run(_ ctx: Context) throws {
        let report = try ServerUpgrade.run(url: ctx.databasePath, retention: try ctx.retention(), purpose: .check)
        let lang = ctx.lang
        if report.isUpToDate {
            Output.line(
                Phrase(
                    "Database \(report.database) is ingericht zoals deze casus dat doet: functies, triggers, indexen, eigenaren, rollen en rechten. Er is niets veranderd.",
                    "Database \(report.database) is set up as this casus sets it up: functions, triggers, indexes, owners, roles and grants. Nothing was changed."
                )(lang))
            return
        }
        Output.line(
            Phrase(
                "Database \(report.database) verschilt van wat deze casus inricht:",
                "Database \(report.database) differs from what this casus sets up:")(
                    lang))
        for line in report.changes(lang, would: true) { Output.line("  " + line) }
        Output.line(
            Phrase(
                "Er is niets veranderd. Herstel met: sudo -u postgres casus --db URL server upgrade (en daarna casus --db URL verify); wat bij de accounts staat, herstelt u met de hand.",
                "Nothing was changed. Mend it with: sudo -u postgres casus --db URL server upgrade (and then casus --db URL verify); what is said of the accounts you mend by hand."
            )(lang))
        // 2: the server differs; 1 stays for a check that could not be made (monitoring tells them apart).
        throw ExitCode(2)
    }
}

extension ServerUpgrade.Report {
    /// What an upgrade changed (or, for a check, would change), a line each.
    func changes(_ lang: Lang, would: Bool) -> [String] {
        var out: [String] = []
        for step in tableSteps {
            out.append(
                Phrase("tabellen: schema \(step.from) → \(step.to): ", "tables: schema \(step.from) → \(step.to): ")(
                    lang)
                    + step.what(lang))
        }
        let verbs =
            would
            ? [
                Phrase("te vervangen", "to replace"), Phrase("toe te voegen", "to add"),
                Phrase("te verwijderen", "to drop"),
            ]
            : [Phrase("vervangen", "replaced"), Phrase("toegevoegd", "added"), Phrase("verwijderd", "dropped")]
        for (what, lines) in zip(verbs, [replaced, added, dropped]) where !lines.isEmpty {
            out.append("\(what(lang)) (\(lines.count)): " + lines.joined(separator: ", "))
        }
        if ownersMoved > 0 {
            out.append(
                (would
                    ? Phrase(
                        "eigenaren: \(ownersMoved) tabellen, functies en dergelijke horen niet bij de rol die casus ze geeft",
                        "owners: \(ownersMoved) tables, functions and the like do not belong to the role casus gives them"
                    )
                    : Phrase(
                        "eigenaren: \(ownersMoved) tabellen, functies en dergelijke horen nu bij de rol die casus ze geeft (geen functie kan de beveiliging van een tabel uitzetten of rollen maken; de functies die lezen schrijven niets)",
                        "owners: \(ownersMoved) tables, functions and the like now belong to the role casus gives them (no function can switch a table's guards off or make roles; the functions that read write nothing)"
                    ))(lang))
        }
        if rolesRestored {
            out.append(
                (would
                    ? Phrase(
                        "rollen: de rollen van casus zijn niet zoals casus ze geeft (opties of lidmaatschappen)",
                        "roles: casus's roles are not as casus gives them (options or memberships)")
                    : Phrase(
                        "rollen: de rollen van casus zijn teruggezet zoals casus ze geeft (opties en lidmaatschappen)",
                        "roles: casus's roles are set back as casus gives them (options and memberships)"))(lang))
        }
        for line in accounts {
            out.append(
                (would
                    ? Phrase("accounts: ", "accounts: ")
                    : Phrase("accounts (niet veranderd): ", "accounts (not changed): "))(
                        lang) + line(lang))
        }
        if grantsRestored {
            out.append(
                (would
                    ? Phrase(
                        "rechten: er is meer toegekend dan casus geeft",
                        "grants: more has been granted than casus gives")
                    : Phrase(
                        "rechten: wat meer was toegekend dan casus geeft, is teruggenomen",
                        "grants: what was granted beyond what casus gives has been taken back"))(lang))
        }
        return out
    }
}

extension CasusCommand {
    /// A `server` command works on a database on a server (`--db` or CASUS_DB): anything else is
    /// refused before it runs.
    func requireServer(_ command: String) throws {
        guard let db = global.db ?? ProcessInfo.processInfo.environment["CASUS_DB"], StorageSelection.isServer(db)
        else {
            throw invalid(
                "\(command) vraagt --db postgresql://… (of CASUS_DB): de database op de server; er is niets veranderd",
                "\(command) needs --db postgresql://… (or CASUS_DB): the database on the server; nothing was changed")
        }
    }
}
