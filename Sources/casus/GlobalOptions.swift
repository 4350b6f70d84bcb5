import ArgumentParser
import CasusCore
import CasusDemo
import Foundation

/// Options every command takes, before or after the subcommand (DESIGN.md §7).
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: .nl(
            "Databasebestand (standaard: $CASUS_DB, anders $XDG_DATA_HOME/casus/casus.sqlite).",
            en: "Database file (default: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.sqlite)."))
    var db: String?

    @Option(
        name: .customLong("as"),
        help: .nl(
            "Optreden als een ander account (directeuren; het auditlog noemt beide namen).",
            en: "Act as another account (directors; recorded in the audit log with both names)."))
    var asAccount: String?

    @Option(
        name: .customLong("lang"),
        help: .nl(
            "Taal van hulp en meldingen: nl of en; $CASUS_LANG zet de standaard.",
            en: "Language of help and messages: nl or en; $CASUS_LANG sets the default."))
    var lang: Lang = RunLanguage.environmentDefault

    /// A language in $CASUS_LANG that casus does not speak is said, not silently ignored; a
    /// `--lang` on the command line wins, as the help says (it was refused all the same, a review).
    func validate() throws {
        let env = RunLanguage.environmentValue
        if !env.isEmpty, RunLanguage.environmentLang == nil,
            RunLanguage.asked(in: Array(CommandLine.arguments.dropFirst())) == nil
        {
            throw ValidationError(
                String.nl(
                    "CASUS_LANG=\(env) kent casus niet; zet CASUS_LANG op nl of en, of haal het weg",
                    en: "casus does not know CASUS_LANG=\(env); set CASUS_LANG to nl or en, or unset it"))
        }
    }

    static let names: Set<String> = ["--db", "--as", "--lang"]

    /// Moves global options to the end, so `casus --db X case list` parses as `casus case list --db X`.
    static func reorder(_ args: [String]) -> [String] {
        let (rest, globals) = split(args)
        // A request for help needs no global options (the language is read before parsing,
        // RunLanguage), and a command group would refuse them: `casus --lang en case --help`.
        let options = rest.prefix { $0 != "--" }
        if options.first == "help" || options.contains("--help") || options.contains("-h") { return rest }
        if let dd = rest.firstIndex(of: "--") {
            return Array(rest[..<dd]) + globals + Array(rest[dd...])
        }
        return rest + globals
    }

    /// The arguments without the global options, and those (a usage error is judged without them:
    /// a command group refuses them before it says what is wrong, UsageError).
    static func split(_ args: [String]) -> (rest: [String], globals: [String]) {
        var rest: [String] = []
        var globals: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" {
                rest += args[i...]
                break
            }
            if names.contains(a), i + 1 < args.count {
                globals += [a, args[i + 1]]
                i += 2
                continue
            }
            if let eq = a.firstIndex(of: "="), names.contains(String(a[..<eq])) {
                globals.append(a)
                i += 1
                continue
            }
            rest.append(a)
            i += 1
        }
        return (rest, globals)
    }
}

extension Lang: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension PersonKind: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}
extension IncidentStatus: ExpressibleByArgument {}
extension EntryKind: ExpressibleByArgument {
    /// The kinds a user writes: a letter goes through `casus letter` and a decision through `casus
    /// case step`; the help listed both among the values and then refused them (a review).
    public static var allValueStrings: [String] { ["note", "meeting", "phone", "email", "care", "correction"] }
}
extension Rung: ExpressibleByArgument {}
extension Sector: ExpressibleByArgument {}
extension Denomination: ExpressibleByArgument {}
extension Region: ExpressibleByArgument {}
extension DismissalRoute: ExpressibleByArgument {}
extension DemoSchool.Size: ExpressibleByArgument {}
