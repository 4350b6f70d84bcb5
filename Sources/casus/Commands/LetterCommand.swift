import ArgumentParser
import CasusCore
import CasusTerminal
import Foundation

struct LetterCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract:
            .nl(
                "Een brief uit een sjabloon in het dossier van een zaak (de verplichting die hij vervult wordt afgevinkt).",
                en: "A letter from a template in a case's dossier (the obligation it fulfils is marked done)."),
        discussion: .nl(
            "Zonder --body-file of --edit wordt het ingevulde sjabloon opgeslagen; met --print alleen getoond.",
            en: "Without --body-file or --edit the filled-in template is filed; with --print it is only shown."))
    @OptionGroup var global: GlobalOptions
    @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
    @Option(
        help: .nl(
            "Sjabloon (templates/ van de instellingen): waarschuwing, schorsingsbesluit, verwijderingsbesluit, ...",
            en: "Template (templates/ of the configuration): waarschuwing, schorsingsbesluit, verwijderingsbesluit, ..."
        ))
    var template: String
    @Option(
        name: .customLong("body-file"),
        help: .nl(
            "De tekst van de brief uit dit bestand ('-' = standaardinvoer).",
            en: "The letter's text from this file ('-' = standard input)."))
    var bodyFile: String?
    @Flag(help: .nl("Eerst bewerken in $VISUAL/$EDITOR.", en: "Edit in $VISUAL/$EDITOR first.")) var edit = false
    @Flag(
        help: .nl(
            "Alleen het ingevulde sjabloon tonen; niets opslaan.", en: "Only show the filled-in template; save nothing."
        )) var print = false
    @Option(
        help: .nl(
            "Schrijf de opgeslagen brief met zijn ketenkop naar dit bestand (0600), om te versturen.",
            en: "Write the saved letter with its chain head to this file (0600), to send."))
    var out: String?

    func run(_ ctx: Context) throws {
        if bodyFile != nil && edit {
            throw CasusError(
                .usage, Phrase("--body-file en --edit gaan niet samen", "--body-file and --edit do not go together"))
        }
        if let out { try PrivateFile.checkFree(out) }
        let service = try ctx.service()
        let letters = try ctx.config.letters()
        let t = try letters.require(template)
        let caseID = try service.cases.resolve(id)
        var body: String
        if let bodyFile {
            let data =
                bodyFile == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: bodyFile)
            guard let data, let text = String(data: data, encoding: .utf8) else {
                throw CasusError.invalid(
                    "kan \(bodyFile) niet lezen als UTF-8-tekst", "cannot read \(bodyFile) as UTF-8 text")
            }
            body = text
        } else {
            body = try service.letters.draft(case: caseID, template: t)
        }
        if print {
            return Output.line(body)
        }
        if edit {
            guard let editor = ExternalEditor.configured else {
                throw CasusError(.usage, Phrase("--edit vraagt $VISUAL of $EDITOR", "--edit needs $VISUAL or $EDITOR"))
            }
            guard let edited = ExternalEditor.edit(body, editor: editor) else {
                throw CasusError(
                    .refused,
                    Phrase("de editor gaf een fout; er is niets opgeslagen", "the editor failed; nothing was saved"))
            }
            body = edited
        }
        let filed = try service.letters.file(case: caseID, template: t, body: body).value
        let (entry, done) = (filed.entry, filed.done)
        Output.line(
            Phrase(
                "Brief opgeslagen als stuk \(entry.id) (nr. \(entry.seq)).",
                "Letter filed as entry \(entry.id) (no. \(entry.seq)).")(ctx.lang))
        for o in done { Output.line("  " + Phrase("afgevinkt: ", "done: ")(ctx.lang) + o.kind.label(ctx.lang)) }
        let seal = try service.letters.seal(entry: entry.id)
        if let out {
            try PrivateFile.write(entry.body + "\n\n" + seal.line(ctx.lang) + "\n", to: out)
            Output.line(Phrase("Geschreven: \(out).", "Written: \(out).")(ctx.lang))
        } else {
            Output.line(seal.line(ctx.lang))
        }
    }
}
