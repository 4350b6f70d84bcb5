/// A full name split the Dutch way: voornaam, tussenvoegsel, achternaam. "Anne van der Berg" →
/// ("Anne", "van der", "Berg"). Used where a name comes in as one text (`--name`, `casus init`);
/// an administration's export gives the parts separately and is taken as it is.
public struct PersonName: Sendable, Hashable {
    public var first: String
    public var infix: String
    public var last: String

    public init(first: String, infix: String = "", last: String) {
        self.first = first
        self.infix = infix
        self.last = last
    }

    /// Tussenvoegsels (lowercase) as Dutch registers have them, with the French, Portuguese,
    /// Spanish, Italian and German ones that occur in Dutch schools. Not "el" and "al": in a
    /// Moroccan or Arabic surname (El Amrani, Al Khatib) they belong to the surname and are
    /// sorted under E and A.
    public static let infixes: Set<String> = [
        "van", "de", "der", "den", "het", "'t", "’t", "ten", "ter", "te", "in", "op", "aan", "bij", "uit", "onder",
        "over",
        "la", "le", "les", "du", "da", "das", "do", "dos", "di", "del", "della", "dei", "von", "vom", "zu", "zum",
        "zur",
    ]

    /// "Anne van der Berg", "Anna Maria van der Berg" (two first names before the tussenvoegsel),
    /// "Mohamed El Amrani", and the sorted form "Berg, Anne van der". One word is both first and
    /// last name (an account name as a director's name).
    public static func split(_ full: String) -> PersonName {
        let text = full.trimmingCharacters(in: .whitespacesAndNewlines)
        if let comma = text.firstIndex(of: ",") {
            // "Berg, Anne van der": the surname first, the tussenvoegsel trailing the first names.
            let last = text[..<comma].trimmingCharacters(in: .whitespaces)
            var rest = text[text.index(after: comma)...].split(whereSeparator: \.isWhitespace).map(String.init)
            var infix: [String] = []
            while rest.count > 1, let w = rest.last, infixes.contains(w.lowercased()) {
                infix.insert(w, at: 0)
                rest.removeLast()
            }
            if !last.isEmpty, !rest.isEmpty {
                return PersonName(first: rest.joined(separator: " "), infix: infix.joined(separator: " "), last: last)
            }
        }
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return PersonName(first: text, last: text) }
        // The first tussenvoegsel after the first word starts the surname's prefix; the last
        // word is always part of the surname.
        guard
            let start = words.indices.dropFirst().dropLast().first(where: { infixes.contains(words[$0].lowercased()) })
        else {
            return PersonName(first: words[0], last: words.dropFirst().joined(separator: " "))
        }
        var i = start
        while i < words.count - 1, infixes.contains(words[i].lowercased()) { i += 1 }
        return PersonName(
            first: words[..<start].joined(separator: " "), infix: words[start..<i].joined(separator: " "),
            last: words[i...].joined(separator: " "))
    }

    /// A name a user gave as one text: as `split`, but one word is refused, not taken as both first
    /// and last name ("Jan" became "Jan Jan" on every letter the person signed or received).
    public static func given(_ full: String, option: String = "--name") throws -> PersonName {
        // A name is one line: a tab and a line break were folded into spaces without a word, where
        // every other one-line field refuses them (a review).
        if let fault = StoredText.fault(in: full, multiline: false) {
            throw CasusError.invalid(
                "\(option) bevat \(fault.what.nl) (teken \(fault.column)); een naam is één regel, er is niets opgeslagen",
                "\(option) holds \(fault.what.en) (character \(fault.column)); a name is one line, nothing was saved")
        }
        let words = full.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard words.count > 1 else {
            throw CasusError.invalid(
                "‘\(full)’ is geen volledige naam: geef voornaam en achternaam (\(option))",
                "‘\(full)’ is not a full name: give the first and the last name (\(option))",
                hint: Phrase(
                    "Bijvoorbeeld \(option) \"Anne van der Berg\" of \(option) \"Berg, Anne van der\". Er is niets opgeslagen.",
                    "For example \(option) \"Anne van der Berg\" or \(option) \"Berg, Anne van der\". Nothing was saved."
                ))
        }
        return split(full)
    }

    /// The tuple `CasusService.initialize` takes for the director.
    public var parts: (first: String, infix: String, last: String) { (first, infix, last) }
}
