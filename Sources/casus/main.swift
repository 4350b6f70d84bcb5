import ArgumentParser
import Foundation

// Global options (--db, --as, --lang) may stand before the subcommand or after it; they are
// moved behind it so every command parses them the same way.
let arguments = GlobalOptions.reorder(Array(CommandLine.arguments.dropFirst()))
if let bad = RawArguments.firstInvalid() {
    Output.error(RawArguments.refusal(bad)(RunLanguage.current))
    exit(ExitCode.validationFailure.rawValue)
}
if let unknown = Casus.unknownCommand(arguments) {
    Output.error(unknown(RunLanguage.current))
    exit(ExitCode.validationFailure.rawValue)
}
do {
    var command = try Casus.parseAsRoot(arguments)
    try command.run()
} catch {
    // What ArgumentParser's `main` does, with its own English words in the run's language, through
    // the same neutralising printer as casus's own: a refused argument is quoted in the message.
    let code = Casus.exitCode(for: error)
    let message = ParserText.localized(Casus.fullMessage(for: error), RunLanguage.current)
    if !message.isEmpty {
        if code == .success { Output.line(message) } else { Output.error(message) }
    }
    exit(code.rawValue)
}
