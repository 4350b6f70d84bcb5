import ArgumentParser
import CasusCore
import Foundation

// Global options (--db, --as, --lang) may stand before the subcommand or after it; they are
// moved behind it so every command parses them the same way.
let arguments = GlobalOptions.reorder(RawArguments.negativeValuesJoined(Array(CommandLine.arguments.dropFirst())))
if let bad = RawArguments.firstInvalid() {
    Output.error(RawArguments.refusal(bad, letter: CommandLine.arguments.contains("letter"))(RunLanguage.current))
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
// Ctrl-C in the middle of an export, a PDF or a backup leaves no half-written file behind.
PartialFiles.removeOnSignal()
do {
    var command = try Casus.parseAsRoot(arguments)
    if let twice = RawArguments.repeatedOption(arguments, in: command) {
        Output.error(RawArguments.repeatedRefusal(twice)(RunLanguage.current))
        exit(ExitCode.validationFailure.rawValue)
    }
    try command.run()
} catch var error {
    // What ArgumentParser's `main` does, with its own English words in the run's language, through
    // the same neutralising printer as casus's own: a refused argument is quoted in the message.
    let code = Casus.exitCode(for: error)
    var meant: Phrase?
    if code != .success {
        refuseUnknownCommand()
        (error, meant) = UsageError.told(error, arguments: arguments)
    }
    let message = ParserText.localized(Casus.fullMessage(for: error), RunLanguage.current)
    if !message.isEmpty {
        if code == .success { Output.line(message) } else { Output.error(message) }
    }
    if let meant { Output.error(meant(RunLanguage.current)) }
    exit(code.rawValue)
}
