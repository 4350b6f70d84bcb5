import ArgumentParser
import CasusCore
import Foundation

/// `casus incident evidence` and `casus dossier evidence`: the files stored with a report or an
/// entry, written in a folder to be opened (they were stored and never shown, a review).
enum EvidenceOutput {
    /// The files written by `save` into `--to` (by default the current folder), each said.
    static func write(to folder: String?, _ ctx: Context, _ save: (String) throws -> [String]) throws {
        for path in try save(folder ?? FileManager.default.currentDirectoryPath) {
            Output.line(
                Phrase("Bewijsstuk geschreven: \(path)", "Evidence written: \(path)")(ctx.lang))
        }
    }

    static let toHelp = ArgumentHelp.nl(
        "De map waarin de bestanden komen (standaard de huidige); een bestaande naam wordt niet overschreven.",
        en: "The folder the files go to (by default the current one); a name there is never overwritten.")
}

extension IncidentCommand {
    struct Evidence: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "evidence",
            abstract: .nl(
                "De bewijsstukken van een melding als bestanden schrijven, om te openen.",
                en: "Write a report's evidence as files, to open them."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Melding-id.", en: "Report id.")) var id: IncidentID
        @Option(help: EvidenceOutput.toHelp) var to: String?

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try EvidenceOutput.write(to: to, ctx) { try service.intake.saveEvidence(ofReport: id, in: $0) }
        }
    }
}

extension DossierCommand {
    struct Evidence: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "evidence",
            abstract: .nl(
                "De bewijsstukken van een stuk in een dossier als bestanden schrijven, om te openen.",
                en: "Write the evidence of a dossier entry as files, to open them."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Stuk-id.", en: "Entry id.")) var id: EntryID
        @Option(help: EvidenceOutput.toHelp) var to: String?

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try EvidenceOutput.write(to: to, ctx) { try service.dossiers.saveEvidence(ofEntry: id, in: $0) }
        }
    }
}
