import CasusCore
import Foundation

/// A key press as the terminal decoded it.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    /// Something the terminal sent that casus does not know (an unknown escape sequence).
    case unknown

    /// The name used in Config/keys.yaml and in the help screen.
    public var description: String {
        switch self {
        case let .char(c): c == " " ? "Space" : String(c)
        case let .ctrl(c): "Ctrl-\(c.uppercased())"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case let .function(n): "F\(n)"
        case .unknown: "?"
        }
    }

    /// How the footer and the help screen show the key.
    public var symbol: String { symbol(.en) }

    public func symbol(_ lang: Lang) -> String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .char(" "): lang == .nl ? "Spatie" : "Space"
        default: description
        }
    }

    /// Parses a key name as written in Config/keys.yaml: "j", "Enter", "Ctrl-R", "F5", "PgDn".
    public init?(name: String) {
        let n = name.trimmingCharacters(in: .whitespaces)
        let lower = n.lowercased()
        switch lower {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "backspace": self = .backspace
        case "delete", "del": self = .delete
        case "tab": self = .tab
        case "shift-tab", "backtab": self = .backTab
        case "space": self = .char(" ")
        default:
            if lower.hasPrefix("ctrl-"), n.count == 6, let c = lower.last, c.isLetter {
                self = .ctrl(c)
            } else if lower.hasPrefix("f"), let k = Int(lower.dropFirst()), (1...12).contains(k) {
                self = .function(k)
            } else if n.count == 1, let c = n.first {
                self = .char(c)
            } else {
                return nil
            }
        }
    }
}

/// What the terminal reports.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Input that is not a key casus can use (invalid UTF-8, a mouse report): ignored, never fatal.
    case noise
    /// The terminal is gone (hangup): quit cleanly from anywhere.
    case hangup
    /// Ctrl-C: quit cleanly from anywhere, and end as an interrupted program does (exit 130), so
    /// a script or shell sees it was stopped, not finished.
    case interrupt
    /// Nothing happened for a moment: look whether others saved something, retry what failed.
    case tick
    /// Text pasted into the terminal (bracketed paste): typed into the text field on top, its line
    /// ends never pressed as Enter. `cut`: longer than casus takes (1 MB); the rest was read and
    /// dropped, never run as keys.
    case paste(String, cut: Bool = false)
}
