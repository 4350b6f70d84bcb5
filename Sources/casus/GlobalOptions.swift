import ArgumentParser
import CasusCore
import CasusDemo

/// Options every command takes, before or after the subcommand (DESIGN.md §7).
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("db"), help: "Database file (default: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.sqlite).")
    var db: String?

    @Option(
        name: .customLong("as"), help: "Act as another account (directors; recorded in the audit log with both names).")
    var asAccount: String?

    @Option(name: .customLong("lang"), help: "Language of messages: nl (default) or en.")
    var lang: Lang = .nl

    static let names: Set<String> = ["--db", "--as", "--lang"]

    /// Moves global options to the end, so `casus --db X case list` parses as `casus case list --db X`.
    static func reorder(_ args: [String]) -> [String] {
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
        if let dd = rest.firstIndex(of: "--") {
            return Array(rest[..<dd]) + globals + Array(rest[dd...])
        }
        return rest + globals
    }
}

extension Lang: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension PersonKind: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}
extension IncidentStatus: ExpressibleByArgument {}
extension EntryKind: ExpressibleByArgument {}
extension Rung: ExpressibleByArgument {}
extension Sector: ExpressibleByArgument {}
extension Denomination: ExpressibleByArgument {}
extension Region: ExpressibleByArgument {}
extension DismissalRoute: ExpressibleByArgument {}
extension DemoSchool.Size: ExpressibleByArgument {}
