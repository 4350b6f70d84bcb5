import ArgumentParser
import CasusCore
import Foundation

// Global options (--db, --as, --lang) may stand before the subcommand or after it; they are
// moved behind it so every command parses them the same way.
let arguments = GlobalOptions.reorder(Array(CommandLine.arguments.dropFirst()))
if let bad = RawArguments.firstInvalid() {
    Output.error(RawArguments.refusal(bad)(RunLanguage.current))
    exit(ExitCode.validationFailure.rawValue)
}
// An unknown command is looked for only where it can be: after `help`, or when parsing failed
// (reading every command's configuration costs each start 0.6 M instructions).
func refuseUnknownCommand() {
    guard let unknown = Casus.unknownCommand(arguments) else { return }
    Output.error(unknown(RunLanguage.current))
    exit(ExitCode.validationFailure.rawValue)
}
if arguments.first == "help" { refuseUnknownCommand() }
/// A word as a shell reads it back: as is when it holds nothing the shell treats apart, else in
/// single quotes.
func shellQuoted(_ word: String) -> String {
    let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/:=@%+-,")
    if !word.isEmpty, word.allSatisfy(plain.contains) { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// The usage error to tell. A command group refuses the global options it does not take before it
/// says what is wrong: `casus --db X dossier 2` was told "unknown option '--db'" (the subcommand
/// `show` was left out). Judged without them, it is told that, with the command it may have meant.
func usageError(_ error: Error) -> (Error, Phrase?) {
    let said = Casus.fullMessage(for: error)
    var error = error
    if GlobalOptions.names.contains(where: { said.contains("Unknown option '\($0)'") }) {
        do { _ = try Casus.parseAsRoot(GlobalOptions.stripped(arguments)) } catch let real { error = real }
    }
    let bare = GlobalOptions.stripped(arguments)
    guard Casus.fullMessage(for: error).contains("Unexpected argument"), let group = bare.first, bare.count > 1,
        (try? Casus.parseAsRoot([group, "show"] + bare.dropFirst())) != nil
    else { return (error, nil) }
    // With the global options as given (a suggestion without `--db` would run on another database),
    // each word quoted for the shell where it needs it.
    let globals = GlobalOptions.split(arguments).globals
    let meant = (["casus"] + (globals + [group, "show"] + bare.dropFirst()).map(shellQuoted)).joined(separator: " ")
    return (error, Phrase("Bedoelde u: \(meant)", "Did you mean: \(meant)"))
}
do {
    var command = try Casus.parseAsRoot(arguments)
    try command.run()
} catch var error {
    // What ArgumentParser's `main` does, with its own English words in the run's language, through
    // the same neutralising printer as casus's own: a refused argument is quoted in the message.
    let code = Casus.exitCode(for: error)
    var meant: Phrase?
    if code != .success {
        refuseUnknownCommand()
        (error, meant) = usageError(error)
    }
    let message = ParserText.localized(Casus.fullMessage(for: error), RunLanguage.current)
    if !message.isEmpty {
        if code == .success { Output.line(message) } else { Output.error(message) }
    }
    if let meant { Output.error(meant(RunLanguage.current)) }
    exit(code.rawValue)
}
