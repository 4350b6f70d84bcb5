import ArgumentParser

// Global options (--db, --as, --lang) may stand before the subcommand or after it; they are
// moved behind it so every command parses them the same way.
Casus.main(GlobalOptions.reorder(Array(CommandLine.arguments.dropFirst())))
