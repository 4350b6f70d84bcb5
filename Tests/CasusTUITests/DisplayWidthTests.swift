@testable import CasusTUI
import Testing

@Suite struct DisplayWidthTests {
    /// The quick count for plain text must agree with the character-by-character rules, and
    /// cutting must give what the slow road gives, for text that mixes both kinds.
    @Test func theQuickWidthAgreesWithTheFullRules() {
        let alphabet: [String] = ["a", "Z", "7", " ", "é", "ë", "ß", "…", "·", "█", "─", "→", "€",
                                  "e\u{301}", "中", "😀", "\u{200B}", "ﬁ", "ö", "\u{2028}", "✔", "x\u{20D7}"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let s = (0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            let slow = s.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(s) == slow, "width of \(s.debugDescription)")
            for columns in 0...8 {
                let cut = DisplayWidth.truncate(s, to: columns)
                #expect(DisplayWidth.of(cut) <= columns, "cut \(s.debugDescription) to \(columns)")
                if columns == 0 { #expect(cut.isEmpty) } else if slow <= columns { #expect(cut == s) } else { #expect(cut.hasSuffix("…")) }
            }
        }
        #expect(DisplayWidth.truncate("Vertrouwensinspecteur", to: 8) == "Vertrou…")
        #expect(DisplayWidth.fit("██", to: 4) == "██  ")
    }
}
