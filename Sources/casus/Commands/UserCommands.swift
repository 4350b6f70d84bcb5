import ArgumentParser
import CasusCore

struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: .nl(
            "Wie casus mag gebruiken: account → persoon en rol.", en: "Who may use casus: account → person and role."),
        subcommands: [Add.self, SetRole.self, Remove.self, List.self])

    struct Add: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: .nl("Een account toevoegen.", en: "Add an account."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Accountnaam van het besturingssysteem.", en: "Operating-system account name."))
        var account: String
        @Option(help: .nl("director, board, ib of teacher.", en: "director, board, ib or teacher.")) var role: Role
        @Option(help: .nl("Persoon-id (zie `casus people list`).", en: "Person id (see `casus people list`)."))
        var person: PersonID?
        @Option(help: .nl("School-id (alleen voor het bestuur nodig).", en: "School id (needed for the board only)."))
        var school: SchoolID?

        func run(_ ctx: Context) throws {
            try ctx.service().directory.addUser(account: account, role: role, personID: person, schoolID: school)
            Output.line(
                Phrase(
                    "Account \(account) toegevoegd als \(role.label.nl).",
                    "Account \(account) added as \(role.label.en).")(ctx.lang))
        }
    }

    /// `casus users role ACCOUNT --role R --reason TEXT`.
    struct SetRole: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "role",
            abstract: .nl("De rol van een account veranderen.", en: "Change an account's role."),
            discussion: .nl(
                "Het account houdt zijn naam en persoon; wat het voortaan mag volgt de nieuwe rol. Het auditlog houdt de oude en de nieuwe rol en de reden.",
                en:
                    "The account keeps its name and person; what it may do from now on follows the new role. The audit log keeps the old and the new role and the reason."
            ))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Accountnaam (zie `casus users list`).", en: "Account name (see `casus users list`)."))
        var account: String
        @Option(help: .nl("director, ib of teacher.", en: "director, ib or teacher.")) var role: Role
        @Option(help: .nl("Waarom (voor het auditlog).", en: "Why (for the audit log).")) var reason: String

        func run(_ ctx: Context) throws {
            try ctx.service().directory.setRole(account: account, to: role, reason: reason)
            Output.line(
                Phrase(
                    "Account \(account) is nu \(role.label.nl).", "Account \(account) is now \(role.label.en).")(
                        ctx.lang))
        }
    }

    /// `casus users remove ACCOUNT --reason TEXT`.
    struct Remove: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: .nl("De toegang van een account beëindigen.", en: "End an account's access."),
            discussion: .nl(
                "Voor wie de school verlaat of casus niet meer nodig heeft. Wat het account schreef blijft, onder zijn naam; het kan casus niet meer openen en niemand treedt er nog voor op (--as). Op een server weigert elke functie van casus de login vanaf dan.",
                en:
                    "For someone who leaves the school or no longer needs casus. What the account wrote stays, under its name; it can no longer open casus and nobody acts as it (--as). On a server every casus function refuses the login from then on."
            ))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Accountnaam (zie `casus users list`).", en: "Account name (see `casus users list`)."))
        var account: String
        @Option(help: .nl("Waarom (voor het auditlog).", en: "Why (for the audit log).")) var reason: String

        func run(_ ctx: Context) throws {
            try ctx.service().directory.removeUser(account: account, reason: reason)
            Output.line(
                Phrase(
                    "De toegang van account \(account) is beëindigd.", "Account \(account)'s access has ended.")(
                        ctx.lang))
        }
    }

    struct List: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: .nl("De accounts.", en: "The accounts."))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var window: ListWindow
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let users = RowStream.window(try service.directory.users(), window)
            if json { return try Output.json(users) }
            // With several schools (a board), each account's school by name: the list did not say
            // whose director or IB an account was (a review).
            let schools = try service.directory.schools()
            let names = Dictionary(schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            for u in users {
                let role = u.role.label(ctx.lang)
                let school =
                    schools.count > 1 ? u.schoolID.flatMap { names[$0] }.map { " · \($0)" } ?? "" : ""
                Output.line("\(u.account.padding(toLength: 20, withPad: " ", startingAt: 0)) \(role)\(school)")
            }
        }
    }
}
