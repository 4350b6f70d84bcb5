import ArgumentParser
import CasusCore

struct Casus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casus",
        abstract: .nl(
            "Incidenten onder het social-mediaprotocol van de school: meldingen, zaken, sanctieladder en dossiers.",
            en: "Incidents under the school's social media protocol: reports, cases, the sanction ladder and dossiers."),
        discussion: .nl(
            "Zonder subcommando opent casus het volledige scherm. Globale opties --db, --as en --lang mogen voor of na het subcommando staan. De taal is --lang, anders $CASUS_LANG, anders Nederlands.",
            en:
                "Without a subcommand casus opens the full screen. The global options --db, --as and --lang may stand before or after the subcommand. The language is --lang, else $CASUS_LANG, else Dutch."
        ),
        subcommands: [
            Tui.self, Demo.self, Init.self, SchoolCommand.self, CalendarCommand.self, Protocols.self,
            ProtocolCommand.self, Users.self, People.self,
            IncidentCommand.self, CaseCommand.self, NoteCommand.self, LetterCommand.self, DossierCommand.self,
            SearchCommand.self,
            Verify.self, CheckpointCommand.self, AuditCommand.self, StatsCommand.self, Purge.self, Backup.self,
            Restore.self, ConfigCommand.self, Bench.self, ServerCommand.self, MigrateCommand.self, ManualCommand.self,
        ],
        defaultSubcommand: Tui.self
    )
}

/// `casus` / `casus tui`: the full-screen program.
struct Tui: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: .nl(
            "Open het volledige scherm (ook: casus zonder argumenten).",
            en: "Open the full screen (also: casus without arguments)."))

    @OptionGroup var global: GlobalOptions

    func run(_ ctx: Context) throws {
        try TUILauncher.run(service: try ctx.service(concurrent: true), lang: ctx.lang, config: ctx.config)
    }
}

extension Casus {
    /// A first word that is no command of casus (`casus bogus`, `casus help bogus`): said so,
    /// where ArgumentParser gave the full screen's usage ("Onverwacht argument") or, for `help`,
    /// the whole help with exit 0.
    static func unknownCommand(_ arguments: [String]) -> Phrase? {
        let names = Set(configuration.subcommands.map { $0._commandName })
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let word = first == "help" ? arguments.dropFirst().first { !$0.hasPrefix("-") } : first
        guard let word, !names.contains(word), !(first == "help" && word == "help") else { return nil }
        return Phrase(
            "casus: onbekende opdracht ‘\(word)’; `casus --help` noemt de opdrachten",
            "casus: unknown command ‘\(word)’; `casus --help` lists the commands")
    }
}
