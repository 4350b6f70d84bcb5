import CasusCore
@testable import CasusTUI
import Testing

/// A letter wrapped at 78 columns, read at 80 (76 for text): its paragraphs are wrapped anew, not
/// each line with a word left over ("…het gedrag van Sem" / "op", a review); what fits is shown as
/// written, lists line by line.
@Suite struct TextBlocksTests {
    @Test func aLetterWrappedAt78ReadsWithoutOrphansAt80() throws {
        // Five lines of 78 columns, as a letter's paragraph is wrapped.
        let line = "Wij hebben een melding ontvangen over het gedrag van Sem op WhatsApp; het gaat"
        #expect(line.count == 78)
        let paragraph = Array(repeating: line, count: 5).joined(separator: "\n")
        let letter =
            "De heer R. Vos\nKerkstraat 12a\n8011 AB  ZWOLLE\n\n" + paragraph + "\n\n- eerste punt\n- tweede punt"
        let shown = TextBlocks.lines(letter, width: 78, indent: 2).map(\.plainText)
        #expect(shown.prefix(3) == ["  De heer R. Vos", "  Kerkstraat 12a", "  8011 AB  ZWOLLE"])
        let body = shown.dropFirst(4).prefix { !$0.isEmpty }
        #expect(body.count == 6 && body.allSatisfy { $0.count <= 78 }, "\(body)")
        #expect(body.dropLast().allSatisfy { $0.count > 60 }, "no line left with a word or two: \(body)")
        #expect(shown.suffix(2) == ["  - eerste punt", "  - tweede punt"], "\(shown)")
        // A short heading keeps its own line above a long quote (it was joined to it, a review).
        let quoted = TextBlocks.lines("Richtlijn 3A.8 – Fatsoensnormen\n" + line + "\n" + line, width: 78)
            .map(\.plainText)
        #expect(quoted.first == "  Richtlijn 3A.8 – Fatsoensnormen", "\(quoted)")
        // Line by line, the old way, each 78-column line left a word on a line of its own.
        let old = paragraph.split(separator: "\n").flatMap { StyledLine.wrapped(String($0), width: 78, indent: 2) }
        #expect(old.count == 10)
    }

    /// A note's lines, each a sentence, and a link at a line's end keep their lines: they were
    /// joined into one paragraph, the link running on into the next words (a review).
    @Test func aNotesSentencesAndLinksKeepTheirLines() {
        let note =
            "Regel één van het verslag, met een zin die lang genoeg is om breed te zijn.\n"
            + "Zie het verslag op https://example.org/verslag/9?x=e-en-een-lange-staart-erachter\n"
            + "Derde regel van het verslag."
        let shown = TextBlocks.lines(note, width: 100, indent: 2).map(\.plainText)
        #expect(shown.count == 3, "\(shown)")
        #expect(shown.last == "  Derde regel van het verslag.", "\(shown)")
    }

    /// A note typed in casus ends a line where its writer pressed Enter, whatever the line's
    /// width or last word: "…Ëën café⏎Tweede regel." showed as one line (a review). A letter's
    /// wrapped lines still run on.
    @Test func aTypedNotesLineBreaksStay() {
        let note =
            "Gesprek met moeder over de app en wat er verder in de klas gebeurde met Ëën café\n" + "Tweede regel."
        let narrow = 60
        #expect(TextBlocks.lines(note, width: narrow, wrappedText: false).map(\.plainText).last == "  Tweede regel.")
        let joined = TextBlocks.lines(note, width: narrow).map(\.plainText)
        #expect(!joined.contains("  Tweede regel."), "a letter's wrapped line runs on: \(joined)")
    }

}
