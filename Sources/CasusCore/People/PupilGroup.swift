/// A pupil's group or class as the school names it. A primary school (PO) has groups 1 to 8
/// ("Groep 5", "5B" → "5"); a secondary school (VO) has classes ("3B", "H4a", "2 vwo") and a
/// special school (SO) its own names: casus took every pupil's group to be 1 to 8, so a VO school
/// could not import its pupils at all (found by a legal review of the letters, which name the class).
public enum PupilGroup {
    /// The most characters a class name may have ("4 havo/vwo" is 10).
    public static let longestClass = 12

    /// The group as casus records it, or nil when `text` is none in this sector.
    public static func normalized(_ text: String, sector: Sector) -> String? {
        switch sector {
        case .po: return primary(text)
        case .vo, .so: return className(text)
        }
    }

    /// Whether `text` is a group in some sector: what a command checks before it knows the school.
    public static func plausible(_ text: String) -> Bool { primary(text) != nil || className(text) != nil }

    /// "groepen zijn 1 tot en met 8" / "een klas heeft 1 tot 12 letters, cijfers, spaties, - of /".
    public static func rule(_ sector: Sector) -> Phrase {
        switch sector {
        case .po: Phrase("groepen zijn 1 tot en met 8", "groups are 1 to 8")
        case .vo, .so:
            Phrase(
                "een klas is 1 tot \(longestClass) letters (a–z), cijfers, spaties, - of / (zoals 3B, H4a of 2 vwo)",
                "a class is 1 to \(longestClass) letters (a–z), digits, spaces, - or / (such as 3B, H4a or 2 vwo)")
        }
    }

    /// The word for it in a message: "groep" (PO), "klas" (VO, SO).
    public static func word(_ sector: Sector) -> Phrase {
        sector == .po ? Phrase("groep", "group") : Phrase("klas", "class")
    }

    /// "groep 5", "klas 3B": a pupil's group as the school's sector names it.
    public static func label(_ group: String, _ sector: Sector) -> Phrase {
        word(sector) + " \(group)"
    }

    /// Each school's sector, by id: what a list of pupils of several schools labels their groups by.
    public static func sectors(_ schools: [School]) -> [SchoolID: Sector] {
        Dictionary(schools.map { ($0.id, $0.sector) }, uniquingKeysWith: { a, _ in a })
    }

    /// "Groep 5", "5", "5B", "groep 8a" → "5" (a parallel group's letter is not kept); "3B!" is none.
    static func primary(_ text: String) -> String? {
        let rest = text.folded.replacingOccurrences(of: "groep", with: "").trimmingCharacters(in: .whitespaces)
        let digits = rest.prefix { ("0"..."9").contains($0) }
        guard let n = Int(digits), (1...8).contains(n),
            rest.dropFirst(digits.count).allSatisfy({ $0.isLetter })
        else { return nil }
        return String(n)
    }

    /// "3B", "Klas 3B" → "3B", " 2  vwo " → "2 vwo": letters, digits, single spaces, - and /,
    /// beginning with a letter or a digit.
    static func className(_ text: String) -> String? {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count > 1, ["klas", "groep"].contains(words[0].lowercased()) { words.removeFirst() }
        let name = words.joined(separator: " ")
        // Latin letters and digits only: a Cyrillic "ЗБ" reads as 3B and is another class (found by a review).
        func letterOrDigit(_ c: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
        }
        guard (1...longestClass).contains(name.count), !["klas", "groep"].contains(name.lowercased()),
            name.unicodeScalars.allSatisfy({ letterOrDigit($0) || $0 == " " || $0 == "-" || $0 == "/" }),
            let first = name.unicodeScalars.first, letterOrDigit(first)
        else { return nil }
        return name
    }
}
