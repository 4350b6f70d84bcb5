import ArgumentParser
import Foundation

// Global options (--db, --as, --lang) may stand before the subcommand or after it; they are
// moved behind it so every command parses them the same way.
let arguments = GlobalOptions.reorder(Array(CommandLine.arguments.dropFirst()))
do {
    var command = try Casus.parseAsRoot(arguments)
    try command.run()
} catch {
    // What ArgumentParser's `main` does, with its own English words in the run's language.
    let code = Casus.exitCode(for: error)
    let message = ParserText.localized(Casus.fullMessage(for: error), RunLanguage.current)
    if !message.isEmpty {
        if code == .success {
            print(message)
        } else {
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
    }
    exit(code.rawValue)
}
