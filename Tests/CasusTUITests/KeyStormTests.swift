import CasusCore
@testable import CasusTUI
import Testing

/// Random key streams, escape storms and resize storms down to 1×1: the loop never traps, and
/// every frame fits the terminal and keeps the selection inside the list.
@Suite struct KeyStormTests {
    struct RNG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    static func randomEvent(_ rng: inout RNG) -> TerminalEvent {
        let keys: [Key] =
            Keymap.standard.bindings.map(\.key) + [
                .char("\u{0}"), .char("\u{301}"), .char("😀"), .char("漢"), .char("é"), .char("\u{7F}"), .char("\u{1B}"),
                .escape, .escape, .unknown, .function(12), .ctrl("x"), .delete, .backspace, .left, .right, .enter,
                .enter,
            ]
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: return .resize(width: Int.random(in: 0...140, using: &rng), height: Int.random(in: 0...50, using: &rng))
        case 1: return .resize(width: 1, height: 1)
        case 2: return .noise
        default: return .key(keys.randomElement(using: &rng)!)
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomStreamsNeverTrap(seed: UInt64) throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        var rng = RNG(state: seed)
        for _ in 0..<3000 {
            rt.send(.event(Self.randomEvent(&rng)))
            let frame = rt.frame
            #expect(frame.width == rt.state.width && frame.height == rt.state.height)
            let cases = rt.state.cases
            if cases.total > 0 { #expect(cases.selected >= 0 && cases.selected < cases.total) }
            if rt.state.quitting { rt.send(.event(.key(.char("2")))) }  // keep going after a quit
        }
    }

    @Test func anEscapeStormEndsOnTheTopLevel() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("2"), .enter, .char("?"))
        for _ in 0..<500 { rt.press(.escape) }
        #expect(rt.state.stack.isEmpty)
        #expect(!rt.state.quitting)
    }
}

@Suite struct CanvasTests {
    @Test func wideCharactersTakeTwoCellsAndNeverSpillOver() {
        var c = Canvas(width: 5, height: 1)
        let end = c.put("漢字漢", x: 0, y: 0)
        #expect(end == 4)  // the third would not fit
        #expect(c.text == "漢字")
        c.put("a", x: 1, y: 0)  // over the right half of 漢
        #expect(c.text == " a字")
    }

    /// A mark joins its letter; a control (BEL here) is one visible � cell (TerminalText), so
    /// the grid moves by exactly what is shown.
    @Test func combiningMarksAndControlsDoNotShiftTheGrid() {
        var c = Canvas(width: 10, height: 1)
        c.put("Noe\u{308}l\u{7}le", x: 0, y: 0)
        #expect(DisplayWidth.of("Noe\u{308}lle") == 6)
        #expect(c.text == "Noël\u{FFFD}le")
    }

    @Test func writesOutsideAreClipped() {
        var c = Canvas(width: 3, height: 2)
        c.put("abcdef", x: -2, y: 0)
        c.put("x", x: 1, y: 5)
        c.fill(x: -5, y: -5, width: 100, height: 1)
        #expect(c.text == "cde\n")
        var empty = Canvas(width: 0, height: 0)
        empty.put("a", x: 0, y: 0)
        #expect(empty.text == "")
    }

    @Test func wrapBreaksLongWords() {
        #expect(DisplayWidth.wrap("een heel lange zin", to: 8) == ["een heel", "lange", "zin"])
        #expect(DisplayWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    }
}

@Suite struct UTF8DecoderTests {
    func decode(_ bytes: [UInt8]) -> [UTF8Decoder.Output] {
        var d = UTF8Decoder()
        var out = bytes.flatMap { d.feed($0) }
        if let rest = d.flush() { out.append(rest) }
        return out
    }

    @Test func validTextDecodes() {
        #expect(decode(Array("aë漢😀".utf8)) == ["a", "ë", "漢", "😀"].map { .scalar(Unicode.Scalar($0)!) })
    }

    @Test func invalidBytesBecomeInvalidAndDoNotSwallowWhatFollows() {
        #expect(decode([0xFF, 0x32]) == [.invalid, .scalar("2")])
        #expect(decode([0xC3, 0x28]) == [.invalid, .scalar("(")])
        #expect(decode([0x80, 0x0D]) == [.invalid, .scalar("\r")])
        #expect(decode([0xE2, 0x82]) == [.invalid])  // cut off
        #expect(decode([0xC0, 0xAF]) == [.invalid, .invalid])  // overlong
        #expect(decode([0xED, 0xA0, 0x80]) == [.invalid])  // a surrogate
    }
}
