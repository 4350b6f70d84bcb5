import CasusCore
@testable import CasusTUI
import Testing

@Suite struct DisplayWidthTests {
    /// The quick count for plain text must agree with the character-by-character rules, and
    /// cutting must give what the slow road gives, for text that mixes both kinds.
    @Test func theQuickWidthAgreesWithTheFullRules() {
        let alphabet: [String] = [
            "a", "Z", "7", " ", "é", "ë", "ß", "…", "·", "█", "─", "→", "€",
            "e\u{301}", "中", "😀", "\u{200B}", "ﬁ", "ö", "\u{2028}", "✔", "x\u{20D7}",
        ]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let s = (0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            let slow = s.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(s) == slow, "width of \(s.debugDescription)")
            for columns in 0...8 {
                let cut = DisplayWidth.truncate(s, to: columns)
                #expect(DisplayWidth.of(cut) <= columns, "cut \(s.debugDescription) to \(columns)")
                if columns == 0 {
                    #expect(cut.isEmpty)
                } else if slow <= columns {
                    #expect(cut == s)
                } else {
                    #expect(cut.hasSuffix("…"))
                }
            }
        }
        #expect(DisplayWidth.truncate("Vertrouwensinspecteur", to: 8) == "Vertrou…")
        #expect(DisplayWidth.fit("██", to: 4) == "██  ")
    }
}

/// DisplayWidth against the generated Unicode tables (DisplayWidthTables.swift, made by
/// Scripts/unicode-width/generate.py) and against the sequences terminals draw as one glyph.
@Suite struct DisplayWidthUnicodeTests {
    typealias T = DisplayWidthTables

    /// What the tables say one scalar alone is: the single-scalar rules of `DisplayWidth.of`,
    /// read from the property tables rather than from the merged run table the code uses.
    static func expectedWidth(_ v: UInt32) -> Int {
        // Drawn as � by the Canvas (TerminalText), a tab as a space: one column, as drawn.
        // And what shows as nothing, standing alone (a zero-width space): drawn as � too.
        if TerminalText.isUnsafe(v) || TerminalText.isInvisible(v) { return 1 }
        if T.contains(T.zeroWidth, v) || T.contains(T.spacingMark, v) { return 0 }
        if T.contains(T.eastAsianWide, v) || T.contains(T.emojiPresentation, v) { return 2 }
        return 1
    }

    /// Every Unicode scalar, U+0000–U+10FFFF without the surrogates (which are no scalars and
    /// cannot be put in a Character), unassigned ones included: their width is in the data too
    /// (Default_Ignorable_Code_Point ones are 0, reserved ones in the CJK planes 2).
    @Test func everyScalarAloneHasTheWidthTheUnicodeDataGives() {
        var checked = 0, wrong: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            let expected = Self.expectedWidth(v)
            let got = DisplayWidth.of(Character(u))
            // (A lone Hangul filler is wide in the data, and drawn as one �: its class stays wide.)
            let wide = TerminalText.isInvisible(v) || DisplayWidth.isWide(v) == (expected == 2)
            if got != expected || DisplayWidth.scalarWidth(v) != expected || !wide {
                if wrong.count < 20 {
                    wrong.append("U+\(String(v, radix: 16, uppercase: true)): \(got), the data says \(expected)")
                }
            }
            checked += 1
        }
        #expect(checked == 0x110000 - 0x800)
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func theGeneratedTablesAreSortedAndMerged() {
        let tables: [(String, [UInt32])] = [
            ("zeroWidth", T.zeroWidth), ("spacingMark", T.spacingMark),
            ("eastAsianWide", T.eastAsianWide), ("emojiPresentation", T.emojiPresentation),
            ("textStyleEmoji", T.textStyleEmoji), ("emojiVariationBase", T.emojiVariationBase),
        ]
        for (name, table) in tables {
            #expect(!table.isEmpty && table.count % 2 == 0, "\(name)")
            for i in stride(from: 0, to: table.count, by: 2) {
                #expect(table[i] <= table[i + 1], "\(name) range \(i / 2)")
                if i > 0 { #expect(table[i] > table[i - 1] + 1, "\(name) ranges \(i / 2 - 1) and \(i / 2) touch") }
            }
            #expect(table.last! <= 0x10FFFF, "\(name)")
        }
        #expect(T.runStarts.first == 0 && T.runStarts.count == T.runClasses.count)
        for i in 1..<T.runStarts.count {
            #expect(T.runStarts[i] > T.runStarts[i - 1])
            #expect(T.runClasses[i] != T.runClasses[i - 1], "runs \(i - 1) and \(i) have one class")
        }
        #expect(T.unicodeVersion == "17.0.0")
    }

    /// The fast path counts scalars; that is only right for scalars that are 1 wide alone and
    /// never join another simple scalar into one character.
    @Test func theFastPathHoldsOnlyScalarsTheDataMakesOneWide() {
        var simple: [Unicode.Scalar] = []
        for v in UInt32(0)...0x10FFFF where DisplayWidth.isSimple(v) {
            let u = Unicode.Scalar(v)!
            simple.append(u)
            #expect(Self.expectedWidth(v) == 1 && !T.contains(T.emojiPresentation, v), "U+\(String(v, radix: 16))")
        }
        for u in simple {
            for probe in [u, "a", "\u{AD}", "\u{2500}", "\u{2194}"] as [Unicode.Scalar] {
                var s = String(u)
                s.unicodeScalars.append(probe)
                #expect(s.count == 2, "U+\(String(u.value, radix: 16)) joins U+\(String(probe.value, radix: 16))")
                var r = String(probe)
                r.unicodeScalars.append(u)
                #expect(r.count == 2, "U+\(String(probe.value, radix: 16)) joins U+\(String(u.value, radix: 16))")
            }
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var s = ""
            for _ in 0..<Int.random(in: 0...16, using: &rng) {
                s.unicodeScalars.append(simple.randomElement(using: &rng)!)
            }
            #expect(DisplayWidth.simpleWidth(s) == s.reduce(0) { $0 + DisplayWidth.of($1) }, "\(s.debugDescription)")
        }
    }

    @Test func emojiAreWideOnlyWhenShownAsEmoji() {
        #expect(DisplayWidth.of("\u{263A}" as Character) == 1)  // ☺ text-style emoji
        #expect(DisplayWidth.of("\u{263A}\u{FE0F}" as Character) == 2)  // ☺️ emoji presentation
        #expect(DisplayWidth.of("\u{263A}\u{FE0E}" as Character) == 1)  // ☺︎ text presentation
        #expect(DisplayWidth.of("\u{2764}" as Character) == 1)  // ❤
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}" as Character) == 2)  // ❤️
        #expect(DisplayWidth.of("\u{1F321}" as Character) == 1)  // 🌡 thermometer, text-style
        #expect(DisplayWidth.of("\u{1F321}\u{FE0F}" as Character) == 2)
        #expect(DisplayWidth.of("\u{231A}" as Character) == 2)  // ⌚ Emoji_Presentation, W
        #expect(DisplayWidth.of("\u{231A}\u{FE0E}" as Character) == 2)  // still East_Asian_Width W
        #expect(DisplayWidth.of("\u{1F600}" as Character) == 2)  // 😀
        #expect(DisplayWidth.of("a\u{FE0F}" as Character) == 1)  // no emoji sequence for "a"
        #expect(DisplayWidth.of("\u{00A9}\u{FE0F}" as Character) == 2)  // ©️
    }

    @Test func keycapsFlagsAndJoinedEmojiAreOneWideGlyph() {
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}" as Character) == 2)  // 1️⃣
        #expect(DisplayWidth.of("#\u{FE0F}\u{20E3}" as Character) == 2)  // #️⃣
        #expect(DisplayWidth.of("*\u{FE0F}\u{20E3}" as Character) == 2)  // *️⃣
        #expect(DisplayWidth.of("1\u{20E3}" as Character) == 1)  // no VS16: a digit with a mark
        #expect(DisplayWidth.of("\u{1F1F3}\u{1F1F1}" as Character) == 2)  // 🇳🇱
        #expect(DisplayWidth.of("\u{1F1F3}\u{1F1F1}\u{1F1E7}\u{1F1EA}") == 4)  // 🇳🇱🇧🇪: two flags
        #expect(DisplayWidth.of("\u{1F1F3}" as Character) == 2)  // a lone regional indicator
        #expect(DisplayWidth.of("\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}" as Character) == 2)  // 👩‍👩‍👧
        #expect(DisplayWidth.of("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}" as Character) == 2)  // 🏳️‍🌈
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}\u{200D}\u{1F525}" as Character) == 2)  // ❤️‍🔥
        #expect(DisplayWidth.of("\u{1F44D}\u{1F3FD}" as Character) == 2)  // 👍🏽
        #expect(DisplayWidth.of("\u{261D}\u{1F3FD}" as Character) == 2)  // ☝🏽 text-style base, modifier
        // England
        #expect(DisplayWidth.of("\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}" as Character) == 2)
        #expect(DisplayWidth.of("Hoi \u{1F44B}\u{1F3FB}!") == 7)
    }

    @Test func marksTakeTheirBaseOrAColumnBesideIt() {
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)  // é decomposed
        #expect(DisplayWidth.of("e\u{301}" as String) == DisplayWidth.of("\u{E9}" as String))
        #expect(DisplayWidth.of("x\u{20D7}\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{301}" as Character) == 0)  // a stray mark
        #expect(DisplayWidth.of("\u{93F}" as Character) == 0)  // a spacing mark with no base
        #expect(DisplayWidth.of("\u{915}" as Character) == 1)  // क
        #expect(DisplayWidth.of("\u{915}\u{93F}" as Character) == 2)  // कि: KA + VOWEL SIGN I (Mc)
        #expect(DisplayWidth.of("\u{915}\u{947}" as Character) == 1)  // के: KA + VOWEL SIGN E (Mn)
        #expect(DisplayWidth.of("\u{915}\u{94D}\u{937}" as String) == 2)  // क्ष: a conjunct
        #expect(DisplayWidth.of("\u{928}\u{92E}\u{938}\u{94D}\u{924}\u{947}" as String) == 4)  // नमस्ते
        #expect(DisplayWidth.of("\u{E01}\u{E33}" as Character) == 2)  // Thai กำ: KO KAI + SARA AM (a spacing mark)
        #expect(DisplayWidth.of("\u{AD}" as Character) == 1)  // soft hyphen
        #expect(DisplayWidth.of("\u{200D}" as Character) == 0)  // ZWJ alone
        #expect(DisplayWidth.of("\u{200B}" as Character) == 1)  // zero width space: drawn as �
        #expect(DisplayWidth.of("\u{2028}" as Character) == 0)  // line separator
        #expect(DisplayWidth.of("\r\n" as Character) == 1)  // drawn as one �
        #expect(DisplayWidth.of("\u{600}\u{661}\u{662}") == 3)  // ARABIC NUMBER SIGN over ١٢
    }

    @Test func hangulSyllablesAreTwoWide() {
        #expect(DisplayWidth.of("\u{D55C}" as Character) == 2)  // 한 precomposed
        #expect(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}" as Character) == 2)  // 한 from jamo L V T
        #expect(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}\u{AD6D}\u{C5B4}") == 6)  // 한국어
        #expect(DisplayWidth.of("\u{115F}\u{1161}" as Character) == 2)  // choseong filler + vowel
        #expect(DisplayWidth.of("\u{1161}" as Character) == 0)  // a medial vowel alone
        #expect(DisplayWidth.of("\u{AC00}\u{302E}" as Character) == 2)  // with a tone mark (Mc, W)
        #expect(DisplayWidth.of("中文") == 4)
    }
}

/// What the terminal is sent for a cell whose cluster ncurses cannot hold in one cell: always
/// every column of the cell, never nothing (a refused cell let the screen before show through).
@Suite struct CellGlyphTests {
    /// glibc's wcwidth, as far as these tests need it.
    static func wcwidth(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x200D, 0xFE0F, 0x0301: 0
        case 0x1F3FB...0x1F3FF: 2
        case 0x1F1E6...0x1F1FF: 1
        case 0x1F466...0x1F469, 0x1F44D: 2
        case 0x261D: 1
        default: 1
        }
    }

    func pieces(_ text: String, _ width: Int) -> [String] {
        CellGlyph.pieces(text, width: width, columns: Self.wcwidth).map { "\($0.column):\($0.text)" }
    }

    @Test func aClusterIsDrawnInEveryColumnOfItsCell() {
        #expect(pieces("é", 1) == ["0:é"])
        #expect(pieces("e\u{0301}", 1) == ["0:e\u{0301}"])
        #expect(pieces("👨‍👩‍👧‍👦", 2) == ["0:👨"])
        #expect(pieces("🇳🇱", 2) == ["0:N", "1:L"])
        #expect(pieces("👍🏽", 2) == ["0:👍"])
        #expect(pieces("☝\u{FE0F}", 2) == ["0:☝", "1: "])
        #expect(pieces("", 1) == ["0: "])
    }
}
