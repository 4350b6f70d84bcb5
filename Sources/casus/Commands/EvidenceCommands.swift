import ArgumentParser
import CasusCore
import Foundation

/// `casus incident evidence` and `casus dossier evidence`: the files stored with a report or an
/// entry, written in a folder to be opened (they were stored and never shown, a review).
enum EvidenceOutput {
    static func save(_ hashes: [String], to folder: String?, _ service: CasusService, _ ctx: Context) throws {
        let folder = folder ?? FileManager.default.currentDirectoryPath
        for path in try service.dossiers.saveEvidence(hashes, in: folder) {
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
            let (incident, _) = try service.intake.incident(id)
            try EvidenceOutput.save(incident.evidence.map(\.sha256), to: to, service, ctx)
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
            try EvidenceOutput.save(try service.dossiers.entry(id).entry.evidence, to: to, service, ctx)
        }
    }
}
