import CasusCore
import CasusTestSupport
import Testing

@testable import CasusTUI

/// Issue 12: the keyboard decoder and the text wrapper, fed seeded random input. Properties:
/// nothing traps; a valid key is read as itself whatever came before it; no key carries a
/// control a terminal would obey; every wrapped line fits and the text keeps its characters in
/// order. A crash found here is kept as a named regression test below.
@Suite struct InputFuzzTests {
    static let byteAlphabet: [[UInt8]] = [
        [0x1B], Array("[".utf8), Array("O".utf8), Array("1;5A".utf8), Array("]52;c;".utf8), [0x07], [0x9B], [0x80],
        [0xBF], [0xC0], [0xC1], [0xC2], [0xE0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90], [0xF5], [0xFF], [0x00],
        [0x03], [0x1A], [0x7F], Array("é".utf8), Array("漢".utf8), Array("😀".utf8), Array("e\u{301}".utf8),
        Array("\u{202E}".utf8), Array("a".utf8), Array("q".utf8), [0x0D], [0x0A], [0x09],
    ]

    @Test func theKeyDecoderNeverTrapsAndResynchronises() {
        var rng = SeededRandom(seed: Fuzz.seed(0x4B45))
        for _ in 0..<Fuzz.iterations(3000) {
            var decoder = KeyInput.Decoder()
            var events: [KeyInput.Event] = []
            for _ in 0..<rng.next(40) {
                for byte in rng.pick(Self.byteAlphabet) { events += decoder.feed(byte) }
            }
            // Whatever came before, the next plain key is read as itself.
            let after = decoder.feed(0x61)
            #expect(after.last == .event(.key(.char("a"))))
            events += after + decoder.flush()
            for case let .event(.key(.char(c))) in events {
                #expect(!c.unicodeScalars.contains(where: TerminalText.isUnsafe), "\(c.unicodeScalars.map(\.value))")
            }
        }
    }

    /// Every scalar a keyboard can send, as UTF-8, comes out as itself, in order; a bidi control
    /// among them (which a terminal would obey) as noise, and only it.
    @Test func validUTF8IsReadAsItsScalars() {
        var rng = SeededRandom(seed: Fuzz.seed(0x5554))
        for _ in 0..<Fuzz.iterations(2000) {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<(1 + rng.next(12)) {
                let range = rng.pick(
                    [0x20...0x7E, 0xA0...0x7FF, 0x800...0xFFFD, 0x2028...0x206F, 0x10000...0x10FFFF]
                        as [ClosedRange<UInt32>])
                if let u = Unicode.Scalar(
                    range.lowerBound + UInt32(rng.next(Int(range.upperBound - range.lowerBound) + 1)))
                {
                    scalars.append(u)
                }
            }
            var decoder = KeyInput.Decoder()
            var events: [KeyInput.Event] = []
            for u in scalars { for byte in String(u).utf8 { events += decoder.feed(byte) } }
            #expect(
                events
                    == scalars.map { TerminalText.isUnsafe($0) ? .event(.noise) : .event(.key(.char(Character($0)))) })
        }
    }

    /// Decoded byte storms into the running app at tiny and odd sizes: it never traps.
    @Test func decodedByteStormsNeverTrapTheApp() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        var rng = SeededRandom(seed: Fuzz.seed(0xA44))
        var decoder = KeyInput.Decoder()
        for i in 0..<Fuzz.iterations(3000) {
            if i % 500 == 0 { rt.send(.event(.resize(width: 1 + rng.next(130), height: 1 + rng.next(50)))) }
            for byte in rng.pick(Self.byteAlphabet) {
                for case let .event(event) in decoder.feed(byte) where event != .hangup && event != .interrupt {
                    rt.send(.event(event))
                }
            }
        }
        rt.send(.event(.resize(width: 80, height: 24)))
        #expect(rt.frame.width == 80)
    }

    // MARK: The wrapper

    static let words = [
        "a", "het", "filmpje", "Joëlle", "e\u{301}", "नमस्ते", "क्षि", "漢字", "😀", "👩‍👩‍👧", "🇳🇱", "☺️", "\t", "\u{200B}",
        "https://example.nl/heel/lang/adres/zonder/spaties", String(repeating: "x", count: 90), "—", "\u{202E}",
    ]

    @Test func wrappedLinesFitAndKeepEveryCharacterInOrder() {
        var rng = SeededRandom(seed: Fuzz.seed(0x3A9))
        for _ in 0..<Fuzz.iterations(1500) {
            var text = ""
            for _ in 0..<rng.next(30) {
                text += rng.pick(Self.words)
                text += rng.pick([" ", " ", " ", "  ", "\n", ""])
            }
            let columns = 1 + rng.next(40)
            let lines = DisplayWidth.wrap(text, to: columns)
            for line in lines {
                // A line fits, or holds one visible character that is wider than the line (a wide
                // character in one column, with zero-width ones beside it).
                let visible = line.filter { DisplayWidth.of($0) > 0 }
                #expect(
                    DisplayWidth.of(line) <= columns || visible.count == 1, "\(line.debugDescription) in \(columns)")
            }
            #expect(
                lines.joined().filter { $0 != " " } == text.filter { $0 != " " && $0 != "\n" },
                "\(text.debugDescription) at \(columns)")
            let styled = StyledLine.wrapped(text, width: columns + 2, indent: 2)
            #expect(styled.count == lines.count)
        }
    }

    // MARK: Found by the fuzzers

    /// theKeyDecoderNeverTrapsAndResynchronises: a typed or pasted U+202E RIGHT-TO-LEFT
    /// OVERRIDE became a key (`.char`), so text could carry it; a bidi control is noise now,
    /// as C1 was. And NUL (Ctrl-Space) was a `.char("\0")` key.
    @Test func aBidiOverrideOrNULIsNoKey() {
        for v: UInt32 in [0x202A, 0x202E, 0x2066, 0x2069, 0x85, 0x9B, 0] {
            #expect(KeyInput.event(forScalar: v) == .event(.noise), "U+\(String(v, radix: 16))")
        }
        #expect(KeyInput.event(forScalar: 0x200D) == .event(.key(.char("\u{200D}"))))  // ZWJ is text
    }

    /// Ctrl-\, Ctrl-], Ctrl-^ and Ctrl-_ are named as the keys they are: "Toets Ctrl-| doet hier
    /// niets" named a key nobody pressed, and Ctrl-_ a DEL (a review).
    @Test func theControlKeysPastZAreNamedAsTheirKeys() {
        let names = (28...31).map { v -> String in
            guard case let .event(.key(key)) = KeyInput.event(forScalar: UInt32(v)) else { return "?" }
            return key.description
        }
        #expect(names == ["Ctrl-\\", "Ctrl-]", "Ctrl-^", "Ctrl-_"])
        #expect(KeyInput.event(forScalar: 1) == .event(.key(.ctrl("a"))))
    }

    /// wrappedLinesFitAndKeepEveryCharacterInOrder: a control measured 0 columns, but the Canvas
    /// draws it as a one-column �, so a wrapped line with controls ran past its width and lost
    /// its end at the edge. Now measured as drawn.
    @Test func aControlIsMeasuredAsTheCanvasDrawsIt() {
        let text = "ab\u{1B}cd\u{202E}ef\tgh"
        #expect(DisplayWidth.of(text) == 11)
        for line in DisplayWidth.wrap(text, to: 4) { #expect(DisplayWidth.of(line) <= 4) }
        var c = Canvas(width: 11, height: 1)
        #expect(c.put(text, x: 0, y: 0) == DisplayWidth.of(text))
    }
}
