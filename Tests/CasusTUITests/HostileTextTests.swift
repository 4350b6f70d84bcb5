import CasusCore
import Foundation
import Testing

@testable import CasusTUI

/// Issue 12: text that tries to steer the terminal, and pasted text that must survive, in the TUI.
@Suite struct HostileTextTests {
    /// The Canvas shows what the CLI shows: a control is �, never sent to the terminal.
    @Test func canvasShowsControlsAsReplacementCharacters() {
        var c = Canvas(width: 40, height: 1)
        c.put("a\u{1B}]0;x\u{07}b\u{9B}c\u{202E}d\u{2066}e\tf", x: 0, y: 0)
        #expect(c.line(0).hasPrefix("a\u{FFFD}]0;x\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e f"))
        for x in 0..<c.width {
            #expect(!c[x, 0].text.unicodeScalars.contains { TerminalText.isUnsafe($0) })
        }
    }
}

/// Issue 12: the inzage export from the dossier screen shows what it replaces first, and
/// writes only on Enter.
@Suite struct ExportScreenTests {
    @Test func theExportScreenShowsTheReplacementsAndWritesOnlyOnConfirmation() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("3"), .char("f"))
        rt.type("tygo bouz")
        rt.press(.enter)
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter)
        #expect(rt.state.topScreen(DossierScreen.self) != nil)
        rt.press(.char("x"))
        guard let screen = rt.state.topScreen(ExportScreen.self) else {
            Issue.record("x on a dossier did not open the export screen: \(rt.state.status?.text ?? "")")
            return
        }
        #expect(screen.review.person.lastName == "Bouzid")
        Golden.check(rt.frame, "export-100x30")
        #expect(rt.frame.text.contains("[leerling]"))
        let folder = NSTemporaryDirectory() + "casus-tui-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/inzage.md"
        rt.press(.tab)  // html → md
        #expect(rt.state.topScreen(ExportScreen.self)?.format == .md)
        rt.press(.ctrl("u"))
        rt.type(path)
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written before Enter")
        rt.press(.escape)
        #expect(rt.state.topScreen(ExportScreen.self) == nil)
        #expect(!FileManager.default.fileExists(atPath: path), "Esc writes nothing")
        rt.press(.char("x"), .tab, .ctrl("u"))
        rt.type(path)
        rt.press(.enter)
        #expect(rt.state.topScreen(ExportScreen.self) == nil)
        #expect(rt.state.status?.text.contains("geëxporteerd naar \(path)") == true)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Leerlingdossier Tygo Bouzid"))
        // Again to the same file: refused, shown, nothing overwritten.
        rt.press(.char("x"), .tab, .ctrl("u"))
        rt.type(path)
        rt.press(.enter)
        #expect(rt.state.status?.isError == true)
        #expect(rt.state.status?.text.contains("bestaat al") == true)
    }
}
