/// A letter as whoever writes no letters reads it (an IB): from its salutation on. Everything above
/// it (the school, the address block or blocks, a heading, the place and date) is one line saying
/// it is left out; a letter with no salutation line is withheld whole. Cut at the salutation,
/// not by finding the address: an IB read a second parent's address in a letter to both, the
/// school's block above a parent's, a Belgian address, an address on one line (a review). The
/// server cuts the same way (`letter_shown`, PGSchema+ReadsEntries).
public enum LetterHead {
    public static let leftOut = "[briefhoofd met naam en adres weggelaten]"
    public static let withheld = "[brief zonder aanhef: alleen wie brieven schrijft leest hem]"

    /// The words a salutation line begins with: "Geachte mevrouw Bakker," "Beste Daan," (and the
    /// English templates' "Dear …,").
    public static let greetings = ["geachte", "beste", "dear", "hallo"]

    /// A greeting and a word after it, in any case, with or without a comma: "GEACHTE HEER JANSEN"
    /// and "Geachte heer Jansen" without its comma withheld a letter whole (a review). The server
    /// reads the same (`letter_shown`: `^\s*(geachte|…)\s+\S`, case-insensitive).
    static func isSalutation(_ line: Substring) -> Bool {
        let rest = line.drop(while: \.isWhitespace)
        guard let gap = rest.firstIndex(where: \.isWhitespace) else { return false }
        return greetings.contains(rest[..<gap].lowercased()) && rest[gap...].contains { !$0.isWhitespace }
    }

    /// Whether an entry's body is a letter as `cut` gives it: no addressee is named from it.
    public static func isCut(_ body: String) -> Bool { body.hasPrefix(leftOut) || body == withheld }

    public static func cut(_ body: String) -> String {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.indices.dropFirst().first(where: { isSalutation(lines[$0]) }) else { return withheld }
        return ([Substring(leftOut), ""] + lines[start...]).joined(separator: "\n")
    }
}
