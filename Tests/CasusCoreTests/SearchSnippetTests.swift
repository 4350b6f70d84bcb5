import CasusCore
import Testing

/// A hit's snippet, made in one pass over its text: the words around where the searched words
/// stand together, the hits marked, "…" where the text goes on.
@Suite struct SearchSnippetTests {
    func shown(_ s: String) -> String { SearchHit.marked(s) }

    @Test func theWordsAroundTheHitsMarked() {
        let text =
            "Op maandag belde de moeder van Daan. Zij vertelde dat de foto in de groepsapp van groep 8 stond, "
            + "en dat Daan zich schaamde. Het gesprek met de leerkracht volgt op dinsdag."
        let s = shown(SearchSnippet.make(text, terms: ["groepsapp"], prefix: false, words: 8))
        #expect(s.contains("«groepsapp»"), "\(s)")
        #expect(s.hasPrefix("…") && s.hasSuffix("…"), "\(s)")
        // Where both words stand together, not the first place one of them does.
        let both = shown(SearchSnippet.make(text, terms: ["daan", "schaamde"], prefix: false, words: 6))
        #expect(both.contains("«Daan» zich «schaamde»"), "\(both)")
    }

    /// A letter's snippet is one line: its address, date and blank lines before the word filled
    /// both lines the full screen gives a hit, and the match was cut off (a review).
    @Test func aLettersSnippetIsOneLineWithItsMatch() {
        let letter =
            "Basisschool De Klimop\nDorpsstraat 1\n\n5 december 2026\n\nOns kenmerk: zaak 2026-0007\nBetreft: schorsing"
        let s = shown(SearchSnippet.make(letter, terms: ["kenmerk"], prefix: false))
        #expect(!s.contains("\n") && !s.contains("  "), "\(s)")
        #expect(s.contains("«kenmerk»"), "\(s)")
        #expect(shown("a\n\n \t b\n") == "a b")
    }

    /// The hit stands near the snippet's start, where a list line shows it: it was the window's last
    /// word, and the line showed the words before it only (a review: "…het bevoegd gezag van …").
    @Test func theHitStandsNearTheStart() {
        let text =
            "Het bevoegd gezag van Stichting Demoscholen heeft besloten dat Isa niet naar het café in de "
            + "buurt mag tijdens de pauze, omdat daar foto's zijn gemaakt."
        let s = shown(SearchSnippet.make(text, terms: ["cafe"], prefix: false, words: 10))
        let words = s.split(separator: " ")
        let at = words.firstIndex { $0.contains("«café»") }
        #expect(at != nil && at! <= 4, "\(s)")
    }

    @Test func prefixesDiacriticsAndCase() {
        let text = "Gesprekken met Joëlle en haar ouders."
        let s = shown(SearchSnippet.make(text, terms: ["gesprek", "joelle"], prefix: true))
        #expect(s == "«Gesprekken» met «Joëlle» en haar ouders.", "\(s)")
        #expect(!shown(SearchSnippet.make(text, terms: ["gesprek"], prefix: false)).contains("«"))
    }

    /// A report of 40,000 times one word: its snippet is 16 words (FTS5's took minutes).
    @Test func aVeryLongTextOfOneWordGivesAShortSnippet() {
        let text = String(repeating: "cd ", count: 40_000)
        let s = SearchSnippet.make(text, terms: ["cd"], prefix: false)
        #expect(s.components(separatedBy: SearchHit.hitStart).count - 1 == 16)
        #expect(s.hasSuffix("…") && !s.hasPrefix("…"))
    }
}
