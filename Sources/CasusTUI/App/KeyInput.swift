import CasusCore

/// What the keyboard's bytes mean, apart from the function keys ncurses decodes itself: one
/// scalar from the UTF-8 decoder becomes a key, Ctrl-C a hangup, Ctrl-Z a suspend, and what is
/// not a key (invalid UTF-8, a C1 control) noise. Pure, so a fuzz test can feed it any bytes.
public enum KeyInput {
    public enum Event: Sendable, Hashable {
        case event(TerminalEvent)
        /// Ctrl-Z: the terminal gives the shell its screen and stops.
        case suspend
    }

    public static func event(forScalar v: UInt32) -> Event {
        switch v {
        case 27: return .event(.key(.escape))
        case 10, 13: return .event(.key(.enter))
        case 9: return .event(.key(.tab))
        case 8, 127: return .event(.key(.backspace))
        case 3: return .event(.interrupt)  // Ctrl-C: quit cleanly from anywhere
        case 26: return .suspend
        case 0: return .event(.noise)  // Ctrl-Space / NUL: no key casus uses
        case 1...26: return .event(.key(.ctrl(Character(Unicode.Scalar(v + 96)!))))
        // Ctrl-\, Ctrl-], Ctrl-^ and Ctrl-_ by the keys' own names: they were "Ctrl-|", "Ctrl-}",
        // "Ctrl-~" and "Ctrl-" with a DEL in the message that said they do nothing (a review).
        case 28...31: return .event(.key(.ctrl(Character(Unicode.Scalar(v + 64)!))))
        default:
            // A C1 control or a bidi override is not a key (TerminalText: never passed on).
            guard let scalar = Unicode.Scalar(v), !TerminalText.isUnsafe(v) else { return .event(.noise) }
            return .event(.key(.char(Character(scalar))))
        }
    }

    /// Bytes in, events out: the UTF-8 decoder and `event(forScalar:)` together, as the
    /// terminal runs them.
    public struct Decoder: Sendable {
        private var utf8 = UTF8Decoder()

        public init() {}

        public var isPending: Bool { utf8.isPending }

        public mutating func feed(_ byte: UInt8) -> [Event] {
            utf8.feed(byte).map { output in
                switch output {
                case let .scalar(s): KeyInput.event(forScalar: s.value)
                case .invalid: .event(.noise)
                }
            }
        }

        /// No more bytes came: what was pending is noise.
        public mutating func flush() -> [Event] { utf8.flush() == nil ? [] : [.event(.noise)] }
    }
}
