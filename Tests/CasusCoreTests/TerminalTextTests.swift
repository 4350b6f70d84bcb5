import Foundation
import CasusCore
import Testing

@Suite struct TerminalTextTests {
    @Test func everyObeyedScalarIsReplacedAndNothingElse() {
        for v in UInt32(0)...0x2100 {
            guard let u = Unicode.Scalar(v) else { continue }
            let shown = TerminalText.neutralised("a" + String(u) + "b", keepLayout: false)
            let unsafe =
                v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || [0x200E, 0x200F, 0x061C].contains(v)
                // And what shows as nothing (a zero-width space hid a word from a reader, a review).
                || [0xAD, 0x200B].contains(v) || (0x2060...0x2064).contains(v) || (0x206A...0x206F).contains(v)
            #expect((shown == "a\u{FFFD}b") == unsafe, "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x2066, 0x2067, 0x2068, 0x2069] {
            #expect(TerminalText.neutralised("x" + String(Unicode.Scalar(v)!)) == "x\u{FFFD}")
        }
    }

    @Test func lineFeedsAndTabsStayWhereTheLayoutNeedsThem() {
        #expect(TerminalText.neutralised("a\nb\tc") == "a\nb\tc")
        #expect(TerminalText.neutralised("a\nb\tc", keepLayout: false) == "a\u{FFFD}b\u{FFFD}c")
        // A CRLF or a lone CR, laid out, is the line end it means (it was U+FFFD at every line's end).
        #expect(TerminalText.neutralised("a\r\nb\rc\r\r\nd") == "a\nb\nc\n\nd")
        #expect(TerminalText.neutralised("a\r\nb", keepLayout: false) == "a\u{FFFD}\u{FFFD}b")
        // Marks, ZWJ sequences and every script pass untouched; a direction mark (U+200E) is shown
        // as �, as the overrides are: the command line printed it raw and the full screen dropped it.
        let fine = "Ine\u{300}s नमस्ते مُحَمَّد 김민준 S\u{336}ara 👩‍👩‍👧 🇳🇱 "
        #expect(TerminalText.neutralised(fine) == fine)
        #expect(TerminalText.neutralised(fine + "\u{200E}x\u{061C}") == fine + "\u{FFFD}x\u{FFFD}")
        #expect(
            String(decoding: TerminalText.escapingJSON(Data("\"a\u{200F}b\u{061C}\"".utf8)), as: UTF8.self)
                == "\"a\\u200fb\\u061c\"")
        // What shows as nothing is escaped too (JSON had a zero-width space raw, a review); a flag's
        // tags and a Hangul filler in its syllable are left as they are.
        #expect(
            String(
                decoding: TerminalText.escapingJSON(Data("\"Sa\u{200B}ra ge\u{AD}heim\u{FEFF}\"".utf8)), as: UTF8.self)
                == "\"Sa\\u200bra ge\\u00adheim\\ufeff\"")
        // The command line shows what the screen shows: tags that are no flag's, a compatibility filler.
        let flagText = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        #expect(
            TerminalText.neutralised(flagText + " bed\u{E0041}reiging :\u{3164}:") == flagText
                + " bed\u{FFFD}reiging :\u{FFFD}:")
        #expect(TerminalText.neutralised("\u{1100}\u{1161}\u{115F}\u{1161}") == "\u{1100}\u{1161}\u{115F}\u{1161}")
        let flag = "\"\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}\""
        #expect(String(decoding: TerminalText.escapingJSON(Data(flag.utf8)), as: UTF8.self) == flag)
    }
}
