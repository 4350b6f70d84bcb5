/// A letter as whoever writes no letters reads it (an IB): from its salutation on. Everything above
/// it (the school, the address block or blocks, a heading, the place and date) is one line saying
/// it is left out; a letter with no salutation line is withheld whole. Cut at the salutation,
/// not by finding the address: an IB read a second parent's address in a letter to both, the
/// school's block above a parent's, a Belgian address, an address on one line (a review). The
/// server cuts the same way (`letter_shown`, PGSchema+ReadsEntries).
public enum LetterHead {
    public static let leftOut = "[briefhoofd met naam en adres weggelaten]"
    public static let withheld = "[brief zonder aanhef: alleen wie brieven schrijft leest hem]"

    /// The words a salutation line begins with: "Geachte mevrouw Bakker," "Beste Daan," "Zeer geachte
    /// heer Dekker," (and the English templates' "Dear …,"). A greeting of two words is one, as such:
    /// "zeer" alone began "ZEER DRINGEND" above the address block, which the IB then read (a review).
    /// Not "Aan …": it heads an address block as often ("Aan de ouders van").
    public static let greetings = ["geachte", "beste", "dear", "hallo", "zeer geachte"]

    /// Words that begin a salutation only with its comma: "Dag Sanne,", "Lieve ouders,". Without it,
    /// "Dag Hammarskjöldlaan 12" (a street) or "Dag en datum van verzending: …" above the address
    /// were taken for one (a review).
    public static let greetingsWithComma = ["dag", "lieve"]

    /// A greeting and a word after it, in any case: "GEACHTE HEER JANSEN," and "Geachte heer Jansen"
    /// without its comma withheld a letter whole (a review). `strict`: ending in a comma, as a
    /// salutation does; such a line is the salutation before any line that only begins like one
    /// ("Hallo Zwolle (onze nieuwsbrief …)" above the address block showed the address, the next
    /// review). Spaces are `isSpace`'s, spelled out as such on the server (`letter_shown`): the two cut alike.
    static func isSalutation(_ line: String, strict: Bool) -> Bool {
        let words = line.split(whereSeparator: isSpace)
        let withComma = line.reversed().drop(while: isSpace).first == ","
        let greeted = (openings + (strict && withComma ? openingsWithComma : [])).contains { opening in
            words.count > opening.count && zip(words, opening).allSatisfy { $0.lowercased() == $1 }
        }
        return greeted && (!strict || withComma)
    }

    /// Whether a line is like a salutation, with its comma or without.
    static func isLikeSalutation(_ line: String) -> Bool {
        isSalutation(line, strict: false) || isSalutation(line, strict: true)
    }

    /// The greetings as their words, split once (`isSalutation` runs for every line of every letter
    /// an IB reads).
    private static let openings = greetings.map { $0.split(separator: " ") }
    private static let openingsWithComma = greetingsWithComma.map { $0.split(separator: " ") }

    /// A heading line, "Betreft: uw zoon.", "Datum: 7 december 2026.", "Ons kenmerk: 2026-0003.": a
    /// label of at most three words before a colon. Not the letter's first sentence, though it may
    /// end in a full stop: taken for it, a line like a salutation above the address block above it
    /// was the salutation, and the IB read the address (a review).
    static func isHeading(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        return !label.contains(".") && (1...3).contains(label.split(whereSeparator: isSpace).count)
    }

    /// A line that begins with a postcode: a Dutch one ("8015 ZC  ZWOLLE"), or one of four or five
    /// digits before a town ("1000 Bruxelles", "10115 Berlin"). The server reads the same (`postcodeLine`).
    static func isPostcodeLine(_ line: String) -> Bool {
        line.contains(
            /^[ \t\r\x{0B}\x{0C}\x{A0}]*[1-9][0-9]{3}( ?[A-Za-z]{2}([^A-Za-z]|$)|[0-9]?[ \t\r\x{0B}\x{0C}\x{A0}]+[A-Z])/
        )
    }

    /// A space as the server reads one (`[ \t\r\v\f\u00a0]`, whatever the cluster's locale): ASCII's, and
    /// the no-break space a word processor puts after "Geachte" (such a letter was withheld whole, a review).
    static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" || c == "\u{00A0}"
    }

    public static func cut(_ body: String) -> String {
        // Lines as the server splits them, at every "\n": a letter written on Windows ("\r\n", one
        // Character) was one line here and withheld whole, and cut at its salutation there (a review).
        let lines = body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        guard let start = salutation(in: lines) else { return withheld }
        return ([leftOut, ""] + lines[start...]).joined(separator: "\n")
    }

    /// Where the salutation stands: the last line like one above the letter's first sentence (a
    /// line ending in ".", "!" or "?"), one ending in its comma before one without; else the first
    /// such line at all. The first line like one was taken: "Beste wensen voor 2027," or "Hallo
    /// Zwolle (onze nieuwsbrief)," above the address block, and the address showed (a review).
    /// The server finds the same line (`letter_shown`).
    static func salutation(in lines: [String]) -> Int? {
        // Below the last postcode that a line like a salutation follows: a salutation stands under
        // the address blocks. A line like one above them ("Hallo Zwolle (onze nieuwsbrief)," "Beste
        // onderwijs, dichtbij huis"), with a line ending in a full stop below the address or a
        // salutation casus does not know, was taken, and the IB read the address (a review).
        let lastLikeSalutation = lines.indices.dropFirst().last { isLikeSalutation(lines[$0]) } ?? 0
        let floor = lines.indices.dropFirst().prefix { $0 < lastLikeSalutation }.last { isPostcodeLine(lines[$0]) } ?? 0
        let rest = lines.indices.dropFirst(floor + 1)
        let sentence =
            rest.first { i in
                let line = lines[i].reversed().drop(while: isSpace)
                return line.first.map { ".!?".contains($0) } == true && !isSalutation(lines[i], strict: false)
                    && !isHeading(lines[i])
            } ?? lines.endIndex
        let head = rest.prefix { $0 < sentence }
        return head.last { isSalutation(lines[$0], strict: true) }
            ?? head.last { isSalutation(lines[$0], strict: false) }
            ?? rest.first { isSalutation(lines[$0], strict: true) }
            ?? rest.first { isSalutation(lines[$0], strict: false) }
    }

    /// Whether an entry's body is a letter as `cut` gives it: no addressee is named from it.
    public static func isCut(_ body: String) -> Bool { body.hasPrefix(leftOut) || body == withheld }

}
