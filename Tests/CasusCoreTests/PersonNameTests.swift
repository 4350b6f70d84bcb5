import CasusCore
import Foundation
import Testing

@Suite struct PersonNameTests {
    func split(_ s: String) -> [String] {
        let n = PersonName.split(s)
        return [n.first, n.infix, n.last]
    }

    /// Names sort and are found folded; ASCII takes a short way (its lower case) that must fold
    /// exactly as Foundation folds, and everything else still goes through Foundation.
    @Test func foldingIsLowerCaseWithoutDiacritics() {
        let ascii = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
        #expect(
            ascii.folded == ascii.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased())
        #expect("Joëlle Çelik".folded == "joelle celik")
        #expect("VAN DER BERG, Anne".folded == "van der berg, anne")
    }

    @Test func dutchTussenvoegselsGoBetweenFirstAndLastName() {
        #expect(split("Anne van der Berg") == ["Anne", "van der", "Berg"])
        #expect(split("Sanne de Vries") == ["Sanne", "de", "Vries"])
        #expect(split("Thijs van 't Hof") == ["Thijs", "van 't", "Hof"])
        #expect(split("Jan Op den Kamp") == ["Jan", "Op den", "Kamp"])
        #expect(split("Yusuf de la Cruz") == ["Yusuf", "de la", "Cruz"])
        #expect(split("Anna Maria van der Berg") == ["Anna Maria", "van der", "Berg"])
        #expect(split("  Joëlle   de  Vries ") == ["Joëlle", "de", "Vries"])
    }

    @Test func elAndAlArePartOfTheSurname() {
        #expect(split("Mohamed El Amrani") == ["Mohamed", "", "El Amrani"])
        #expect(split("Rania Al Khatib") == ["Rania", "", "Al Khatib"])
        #expect(split("Youssef el Idrissi") == ["Youssef", "", "el Idrissi"])
        #expect(split("Samira El Amrani-van Dijk") == ["Samira", "", "El Amrani-van Dijk"])
        #expect(!PersonName.infixes.contains("el") && !PersonName.infixes.contains("al"))
    }

    @Test func withoutTussenvoegselTheFirstWordIsTheFirstName() {
        #expect(split("Daniël Çelik") == ["Daniël", "", "Çelik"])
        #expect(split("directeur") == ["directeur", "", "directeur"])
        // The last word is always the surname, even when it looks like a tussenvoegsel.
        #expect(split("Jan de") == ["Jan", "", "de"])
    }

    @Test func theSortedFormWithACommaIsRead() {
        #expect(split("Berg, Anne van der") == ["Anne", "van der", "Berg"])
        #expect(split("El Amrani, Mohamed") == ["Mohamed", "", "El Amrani"])
        #expect(split("Vries, Sanne de") == ["Sanne", "de", "Vries"])
    }
}
