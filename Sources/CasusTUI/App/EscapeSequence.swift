/// What the bytes after an ESC mean, for the sequences ncurses does not decode itself (its
/// terminfo lacks them, or they are no key): a key casus knows, the start of a bracketed paste,
/// or nothing. Never Esc followed by the sequence's letters as typed keys: an unknown Home
/// (`ESC [ 1 ~`) closed what was being written (Esc) and ran a key (`1` switched tabs). Only `[`
/// (CSI) and `O` (SS3) open a sequence; Esc followed by any other key is Esc and then that key
/// (two keys typed fast, or a terminal's Alt). Pure, so a test can feed it any bytes.
public enum EscapeSequence {
    public enum Meaning: Sendable, Equatable {
        /// Esc pressed alone (nothing followed it).
        case escape
        case key(Key)
        /// `ESC [ 200 ~`: what follows up to `ESC [ 201 ~` is pasted text.
        case pasteStart
        /// A sequence casus has no use for (Alt with a key, a paste's stray end, a report).
        case none
    }

    /// The bytes after an ESC that open a sequence.
    public static let introducers: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "O")]

    /// Whether `bytes` (those after the ESC) are a whole sequence, or more are to come. A CSI
    /// (`[`) ends at its final byte, an SS3 (`O`) after one byte, anything else after one byte.
    public static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "["):
            // Parameters and intermediates (0x20–0x3F) until a final byte (0x40–0x7E).
            return bytes.count > 1 && (0x40...0x7E).contains(bytes.last!) || bytes.count >= maxLength
        case UInt8(ascii: "O"):
            return bytes.count >= 2
        default:
            return true
        }
    }

    /// No sequence casus reads is longer (a longer one is not a key).
    public static let maxLength = 16

    public static func meaning(_ bytes: [UInt8]) -> Meaning {
        guard let first = bytes.first else { return .escape }
        let rest = String(decoding: bytes.dropFirst(), as: UTF8.self)
        switch first {
        case UInt8(ascii: "["):
            switch rest {
            case "200~": return .pasteStart
            case "A": return .key(.up)
            case "B": return .key(.down)
            case "C": return .key(.right)
            case "D": return .key(.left)
            case "H", "1~", "7~": return .key(.home)
            case "F", "4~", "8~": return .key(.end)
            case "5~": return .key(.pageUp)
            case "6~": return .key(.pageDown)
            case "3~": return .key(.delete)
            case "Z": return .key(.backTab)
            default: return .none
            }
        case UInt8(ascii: "O"):
            switch rest {
            case "A": return .key(.up)
            case "B": return .key(.down)
            case "C": return .key(.right)
            case "D": return .key(.left)
            case "H": return .key(.home)
            case "F": return .key(.end)
            case "P", "Q", "R", "S": return .key(.function(Int(bytes[1]) - Int(UInt8(ascii: "P")) + 1))
            default: return .none
            }
        default:
            // Not a sequence (see `introducers`): the terminal reads it as Esc and a key.
            return .none
        }
    }

    /// The end of a bracketed paste.
    public static let pasteEnd: [UInt8] = [27] + Array("[201~".utf8)
}

/// A bracketed paste's bytes, read to its end mark however long the paste is: what is past the
/// first megabyte is read and dropped (`cut`), never left to run as keys (a longer paste's rest
/// ran as keys, and a paste's letters are commands outside a text field). Pure, fed byte by byte.
public struct PasteReader: Sendable {
    public static let keep = 1 << 20
    private var out: [UInt8] = []
    /// The last bytes read, which may be the start of the end mark: passed on once they are not.
    private var window: [UInt8] = []
    public private(set) var cut = false

    public init() {}

    /// Takes a byte; true when it completed the end mark (the paste is whole).
    public mutating func feed(_ b: UInt8) -> Bool {
        window.append(b)
        guard window.count == EscapeSequence.pasteEnd.count else { return false }
        if window == EscapeSequence.pasteEnd {
            window.removeAll()
            return true
        }
        pass(window.removeFirst())
        return false
    }

    private mutating func pass(_ b: UInt8) {
        if out.count < Self.keep { out.append(b) } else { cut = true }
    }

    /// The text pasted (with what was held back, when the end mark never came).
    public mutating func finish() -> (text: String, cut: Bool) {
        for b in window { pass(b) }
        window.removeAll()
        // A cut text ends on a whole character: half a "€" became a "�" nobody typed (a review).
        if cut {
            var end = out.count
            // Back over the continuation bytes of a character the cut split, and its lead byte.
            var back = 0
            while end > 0, out[end - 1] & 0xC0 == 0x80, back < 3 {
                end -= 1
                back += 1
            }
            if end > 0, out[end - 1] >= 0xC0 {
                let lead = out[end - 1]
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if back + 1 < length { out.removeLast(out.count - (end - 1)) }
            }
        }
        return (String(decoding: out, as: UTF8.self), cut)
    }
}
