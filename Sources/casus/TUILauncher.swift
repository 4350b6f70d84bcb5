import ArgumentParser
import CasusCore
import CasusTUI
import CasusTerminal
import Foundation

/// Starts the full-screen program on the real terminal and always gives the terminal back.
enum TUILauncher {
    static func run(service: CasusService, lang: Lang, config: ConfigSet) throws {
        // Everything that can be wrong in the configuration is said before the screen changes.
        var keymap = Keymap.standard
        if let keys = try config.file("keys.yaml") {
            keymap = try Keymap.load(file: keys.location, text: keys.text)
        }
        let letters = try config.letters()
        // An interactive session: the store may prepare for it (SQLite checkpoints in the
        // background) and tidy up after it (planner statistics), after the terminal is given back.
        try service.storage.sessionWillStart()
        defer { service.storage.sessionDidEnd() }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let error as TerminalError {
            throw Self.described(error)
        }
        defer { terminal.stop() }
        let (w, h) = terminal.size
        let printer = FolderPrinter.configured
        let runtime = try Runtime(
            service: service, keymap: keymap, letters: letters, editor: ExternalEditor.configured,
            printer: printer, files: printer.folder, retention: try config.retention(),
            lang: lang, width: w, height: h)
        // For `casus bench`: key-to-frame times on the real terminal, written when the loop ends.
        guard let log = ProcessInfo.processInfo.environment["CASUS_FRAME_LOG"], !log.isEmpty else {
            runtime.loop(on: terminal)
            // Ctrl-C: the terminal is given back first (the defers), then the shell hears 130.
            if runtime.state.interrupted { throw ExitCode(130) }
            return
        }
        var lines: [String] = []
        runtime.loop(on: terminal) { ms, event, tab in
            lines.append(String(format: "%.4f\t%@ on %@", ms, "\(event)", "\(tab)"))
        }
        let text = lines.joined(separator: "\n") + "\nrss \(PeakMemory.megabytes)\n"
        unlink(log)  // the benchmark's own log of an earlier run
        try? PrivateFile.create(log, contents: Array(text.utf8))
    }
}

extension TUILauncher {
    /// Why the screen cannot start, in the language asked for: it said "casus: casus: …" in Dutch
    /// and English at once, and named a `--no-tui` that only `casus demo` has (a review).
    static func described(_ error: TerminalError) -> CasusError {
        switch error {
        case .notATerminal:
            CasusError(
                .usage,
                Phrase(
                    "het scherm heeft een terminal nodig, en invoer of uitvoer is hier geen terminal",
                    "the full screen needs a terminal, and input or output is not one here"),
                hint: Phrase(
                    "Start casus in een terminal (ook over ssh), of gebruik een subcommando: `casus --help`. `casus demo --no-tui` maakt de demo zonder scherm.",
                    "Start casus in a terminal (over ssh too), or use a subcommand: `casus --help`. `casus demo --no-tui` makes the demo without the screen."
                ))
        case let .cannotStart(term):
            CasusError(
                .usage,
                Phrase(
                    "het scherm start niet op terminal ‘\(TerminalText.neutralised(term, keepLayout: false))’",
                    "the full screen cannot start on terminal ‘\(TerminalText.neutralised(term, keepLayout: false))’"),
                hint: Phrase(
                    "Controleer TERM (bijvoorbeeld TERM=xterm-256color).",
                    "Check TERM (for example TERM=xterm-256color)."))
        }
    }
}

/// The TUI's `p` in the letter preview: the PDF (weasyprint) in `$CASUS_PDF_DIR`, else in the
/// folder casus was started in. Evidence saved from the screen (`b`) goes there too.
struct FolderPrinter: LetterPrinter {
    var folder: String

    static var configured: FolderPrinter {
        let env = ProcessInfo.processInfo.environment["CASUS_PDF_DIR"] ?? ""
        return FolderPrinter(folder: env.isEmpty ? FileManager.default.currentDirectoryPath : env)
    }

    func print(_ document: LetterDocument, suggestedName: String) throws -> PrintedCopy {
        // A PDF of the same letter made before stays: this one gets the next free name.
        let path =
            FilePath.free(suggestedName, in: folder) ?? (folder as NSString).appendingPathComponent(suggestedName)
        switch try PDFRenderer.write(document, to: path) {
        case let .pdf(written, sha256):
            let lost = DocumentText.unprinted(document, in: written).map { Phrase(" — ", " — ") + $0 }
            return PrintedCopy(
                said: Phrase("PDF om te ondertekenen: \(written)", "PDF to sign: \(written)")
                    + (lost ?? Phrase("", "")),
                sha256: sha256)
        case let .html(written, sha256):
            return PrintedCopy(
                said: Phrase(
                    "weasyprint ontbreekt: HTML geschreven naar \(written)",
                    "weasyprint is missing: HTML written to \(written)"), htmlSHA256: sha256)
        }
    }
}
