import CasusCore
import CasusTUI
import CasusTerminal
import Foundation

/// Starts the full-screen program on the real terminal and always gives the terminal back.
enum TUILauncher {
    static func run(service: CasusService, lang: Lang, configFolder: String?) throws {
        // Everything that can be wrong in the configuration is said before the screen changes.
        var keymap = Keymap.standard
        var letters = LetterLibrary([])
        if let folder = configFolder {
            let keys = folder + "/keys.yaml"
            if let data = FileManager.default.contents(atPath: keys) {
                keymap = try Keymap.load(file: keys, text: String(decoding: data, as: UTF8.self))
            }
            letters = try LetterLibrary.load(folder: folder + "/templates")
        }
        // An interactive session: the store may prepare for it (SQLite checkpoints in the
        // background) and tidy up after it (planner statistics), after the terminal is given back.
        try service.storage.sessionWillStart()
        defer { service.storage.sessionDidEnd() }
        let terminal = try NcursesTerminal()
        defer { terminal.stop() }
        let (w, h) = terminal.size
        let runtime = try Runtime(
            service: service, keymap: keymap, letters: letters, editor: ExternalEditor.configured,
            lang: lang, width: w, height: h)
        // For `casus bench`: key-to-frame times on the real terminal, written when the loop ends.
        guard let log = ProcessInfo.processInfo.environment["CASUS_FRAME_LOG"], !log.isEmpty else {
            return runtime.loop(on: terminal)
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
