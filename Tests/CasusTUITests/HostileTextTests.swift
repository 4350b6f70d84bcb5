import CasusCore
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
