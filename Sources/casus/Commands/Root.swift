import ArgumentParser
import CasusCore

struct Casus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casus",
        abstract:
            "Incidenten onder het social-mediaprotocol van de school: meldingen, zaken, sanctieladder en dossiers.",
        discussion:
            "Zonder subcommando opent casus het volledige scherm. Globale opties --db, --as en --lang mogen voor of na het subcommando staan.",
        subcommands: [
            Tui.self, Demo.self, Init.self, Protocols.self, ProtocolCommand.self, Users.self, People.self,
            IncidentCommand.self, CaseCommand.self, NoteCommand.self, LetterCommand.self, DossierCommand.self,
            SearchCommand.self,
            Verify.self, CheckpointCommand.self, AuditCommand.self, StatsCommand.self, Purge.self, Bench.self,
        ],
        defaultSubcommand: Tui.self
    )
}

/// `casus` / `casus tui`: the full-screen program.
struct Tui: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "Open het volledige scherm (ook: casus zonder argumenten).")

    @OptionGroup var global: GlobalOptions

    func run(_ ctx: Context) throws {
        try TUILauncher.run(service: try ctx.service(), lang: ctx.lang, configFolder: Context.configFolder)
    }
}
