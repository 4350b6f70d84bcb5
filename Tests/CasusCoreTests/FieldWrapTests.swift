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

/// The rest of a field over two lines left when its first line was replaced, as the refusal
/// asked: "of contract]" was filed (a review).
@Suite struct FieldRemnantTests {
    @Test func theLastLineOfAFieldLeftBehindIsAField() {
        let fields = LetterFields(
            template: "Maatregel: [apparaat in bewaring, ICT-verbod, intrekken e-mailadres\n            of contract]\n")
        let left = fields.firstUnfilled(
            in: "Maatregel: apparaat in bewaring\n            of contract]\nMet vriendelijke groet")
        #expect(left?.0 == "…of contract]" && left?.1 == 2, "\(String(describing: left))")
        #expect(fields.firstUnfilled(in: "Maatregel: apparaat in bewaring\nMet vriendelijke groet") == nil)
        // And of a field casus writes and wraps (a third review: "wordt niet overgenomen]" was filed).
        let facts = LetterFields(template: "Feiten: {{{facts}}}\n")
        let wrapped = facts.firstUnfilled(in: "Feiten: Sophie deelde een foto; de tekst\nwordt niet overgenomen]\n")
        #expect(wrapped?.1 == 2, "\(String(describing: wrapped))")
        // A bracket the director typed is theirs.
        #expect(fields.firstUnfilled(in: "Zie [bijlage] en contract]") == nil)
    }
}
