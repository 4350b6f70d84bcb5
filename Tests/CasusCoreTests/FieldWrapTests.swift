@testable import CasusCore
import Testing

/// A field to fill in that fits on a line is not broken over two: the refusal names one line, and clearing it
/// left "gekoppeld]" behind in the letter (a review).
@Suite struct FieldWrapTests {
    @Test func aFieldStaysOnOneLine() {
        let line = "  Namens school: [naam van wie ondertekent: uw account is aan geen persoon gekoppeld], directeur"
        let wrapped = LetterText.wrap(line, width: 72)
        #expect(
            wrapped.contains { $0.contains("[naam van wie ondertekent: uw account is aan geen persoon gekoppeld],") },
            "\(wrapped)")
        #expect(wrapped.allSatisfy { $0.hasPrefix("  ") })
        #expect(LetterText.wrap("een heel gewone zin die te lang is voor de regel", width: 20).count == 3)
    }
}
