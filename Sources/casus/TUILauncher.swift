import CasusCore
import CasusTUI
import CasusTerminal
import Foundation

/// Starts the full-screen program on the real terminal and always gives the terminal back.
enum TUILauncher {
    static func run(service: CasusService, lang: Lang, configFolder: String?) throws {
        let keymap = Keymap.standard
        let terminal = try NcursesTerminal()
        defer { terminal.stop() }
        let (w, h) = terminal.size
        let runtime = try Runtime(service: service, keymap: keymap, lang: lang, width: w, height: h)
        runtime.loop(on: terminal)
    }
}
