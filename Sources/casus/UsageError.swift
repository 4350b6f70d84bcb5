import ArgumentParser
import CasusCore
import Foundation

/// What a usage error tells. A command group refuses the global options it does not take before it
/// says what is wrong: `casus --db X dossier 2` was told "unknown option '--db'" (the subcommand
/// `show` was left out). Judged without them, it is told that, with the command it may have meant.
enum UsageError {
    static func told(_ error: Error, arguments: [String]) -> (Error, Phrase?) {
        let said = Casus.fullMessage(for: error)
        var error = error
        let (bare, globals) = GlobalOptions.split(arguments)
        // A global option last, without its value, stays among the arguments.
        if let lone = bare.first(where: GlobalOptions.names.contains), said.contains("Unknown option '\(lone)'") {
            return (
                error,
                Phrase(
                    "\(lone) staat er zonder waarde: geef --db PAD (of postgresql://…), --as ACCOUNT of --lang nl|en",
                    "\(lone) is given without its value: give --db PATH (or postgresql://…), --as ACCOUNT or --lang nl|en"
                )
            )
        }
        // A day that is written as one but is none: why ("februari 2026 heeft 28 dagen").
        if let value = invalidValue(said), let why = LocalDate.whyNot(typed: value) {
            let v = TerminalText.neutralised(value, keepLayout: false)
            return (
                error,
                Phrase("‘\(v)’ is geen dag: ", "‘\(v)’ is not a day: ") + why
                    + Phrase(
                        ". Geef een dag als JJJJ-MM-DD, bijvoorbeeld 2026-11-15.",
                        ". Give a day as YYYY-MM-DD, for example 2026-11-15.")
            )
        }
        if GlobalOptions.names.contains(where: { said.contains("Unknown option '\($0)'") }) {
            do {
                // Without them it parses: a command group with no command (`casus --db x people`)
                // was told its --db was unknown (a review).
                let parsed = try Casus.parseAsRoot(bare)
                let subcommands = type(of: parsed).configuration.subcommands.map { $0.configuration.commandName ?? "" }
                if !subcommands.isEmpty, let group = bare.first {
                    let list = subcommands.joined(separator: ", ")
                    let phrase = Phrase(
                        "casus \(group) wil een opdracht erachter: \(list)",
                        "casus \(group) needs a command after it: \(list)")
                    error = ValidationError(phrase(RunLanguage.current))
                }
            } catch let real { error = real }
        }
        // `casus incident show -5`: the parser took "-5" for an option and said the id was missing.
        if Casus.fullMessage(for: error).contains("Missing expected argument"),
            let negative = bare.prefix(while: { $0 != "--" }).first(where: { $0.wholeMatch(of: /-[0-9]+/) != nil })
        {
            return (
                error,
                Phrase(
                    "‘\(negative)’ is geen nummer dat casus geeft: een id is 1 of meer.",
                    "‘\(negative)’ is not a number casus gives: an id is 1 or more.")
            )
        }
        guard Casus.fullMessage(for: error).contains("Unexpected argument"), let group = bare.first, bare.count > 1,
            (try? Casus.parseAsRoot([group, "show"] + bare.dropFirst())) != nil
        else { return (error, nil) }
        // With the global options as given (a suggestion without `--db` would run on another
        // database), each word quoted for the shell where it needs it.
        let meant = (["casus"] + (globals + [group, "show"] + bare.dropFirst()).map(shellQuoted))
            .joined(separator: " ")
        return (error, Phrase("Bedoelde u: \(meant)", "Did you mean: \(meant)"))
    }

    /// The value of "The value 'X' is invalid for '--on <on>'", ArgumentParser's words.
    static func invalidValue(_ said: String) -> String? {
        guard let start = said.range(of: "The value '"), let end = said.range(of: "' is invalid for ")
        else { return nil }
        guard start.upperBound <= end.lowerBound else { return nil }
        return String(said[start.upperBound..<end.lowerBound])
    }

    /// A word as a shell reads it back: as is when it holds nothing the shell treats apart, else in
    /// single quotes.
    static func shellQuoted(_ word: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/:=@%+-,")
        if !word.isEmpty, word.allSatisfy(plain.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
