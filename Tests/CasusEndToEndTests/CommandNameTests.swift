import ArgumentParser
import Testing

@testable import casus

/// Every command names itself. Without a `commandName` ArgumentParser derives the name from the
/// type with `String(describing:)`, which searches the binary's protocol conformances, for every
/// command of the tree, at every start: a fifth of a `casus search` (about 10 ms, issue 18 item 6).
@Suite struct CommandNameTests {
    @Test func everyCommandOfTheTreeHasItsNameWrittenOut() {
        var unnamed: [String] = []
        func walk(_ command: any ParsableCommand.Type, _ path: String) {
            let configuration = command.configuration
            let name = configuration.commandName ?? "?"
            if configuration.commandName == nil { unnamed.append("\(path) \(command)") }
            for sub in configuration.subcommands { walk(sub, "\(path) \(name)") }
        }
        walk(Casus.self, "")
        #expect(unnamed.isEmpty, "commands without commandName: \(unnamed)")
    }
}
