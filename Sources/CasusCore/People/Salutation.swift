/// How a person wishes to be addressed in a letter: "heer", "mevrouw", or by name only
/// ("neutraal"). "onbekend" until the administration or the director records it; casus never
/// guesses it from a first name (Taaladvies.net, "Taal en gender: brieven en e-mails": "Het is af
/// te raden om het gender van iemand af te leiden uit iemands voornaam").
public enum Salutation: String, Sendable, Codable, CaseIterable, Hashable {
    case heer, mevrouw, neutraal, onbekend

    public var label: Phrase {
        switch self {
        case .heer: Phrase("heer", "Mr")
        case .mevrouw: Phrase("mevrouw", "Ms")
        case .neutraal: Phrase("neutraal (alleen de naam)", "neutral (name only)")
        case .onbekend: Phrase("onbekend", "unknown")
        }
    }

    /// From an administration's column or an option: m/v/man/vrouw/heer/mevrouw/dhr/mw, x/neutraal,
    /// onbekend (or empty). nil when it is none of these.
    public static func parse(_ text: String) -> Salutation? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: ["."]) {
        case "m", "man", "heer", "de heer", "dhr", "mr", "male": .heer
        case "v", "vrouw", "mevrouw", "mevr", "mw", "f", "female", "ms": .mevrouw
        case "x", "neutraal", "neutral", "o", "anders": .neutraal
        case "", "onbekend", "unknown", "?": .onbekend
        default: nil
        }
    }
}

/// A postal address in the Netherlands: street with house number, postcode, town.
public struct PostalAddress: Sendable, Hashable, Codable {
    /// "Kerkstraat 12a".
    public var street: String
    /// "1234 AB" (normalised by `PostalAddress.postcode(_:)`).
    public var postcode: String
    public var town: String

    public init(street: String = "", postcode: String = "", town: String = "") {
        self.street = street
        self.postcode = postcode
        self.town = town
    }

    public static let none = PostalAddress()

    public var isEmpty: Bool { street.isEmpty && postcode.isEmpty && town.isEmpty }
    /// Street, postcode and town all known: a letter can be posted to it.
    public var isComplete: Bool { !street.isEmpty && !postcode.isEmpty && !town.isEmpty }

    /// The lines under the name: "Kerkstraat 12a", "1234 AB  AMSTERDAM". PostNL's addressing
    /// advice: the postcode's digits and letters separated by one space, postcode and town by two,
    /// the town in capitals (postnl.nl, "Addressing tips").
    public var lines: [String] {
        let place = [postcode, town.uppercased()].filter { !$0.isEmpty }.joined(separator: "  ")
        return [street, place].filter { !$0.isEmpty }
    }

    /// "1234 AB" from "1234ab", "1234 ab", "1234  AB"; nil when it is no Dutch postcode (four
    /// digits, the first not 0, then two letters).
    public static func postcode(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }.uppercased()
        let chars = Array(compact)
        guard chars.count == 6, chars[0] != "0", chars[0..<4].allSatisfy({ $0.isASCII && $0.isNumber }),
            chars[4...].allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        return String(chars[0..<4]) + " " + String(chars[4...])
    }

    /// "Kerkstraat" and "12a" → "Kerkstraat 12a" (an import's separate house number column).
    public static func street(_ street: String, number: String) -> String {
        [street, number].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

/// The Dutch salutation and address lines of a letter, the way Taaladvies.net (Nederlandse
/// Taalunie) gives them:
/// - "Geachte heer/mevrouw + achternaam": "In de aanhef … wordt na Geachte heer of Geachte mevrouw
///   de (eerste) achternaam van de aangeschrevene vermeld" (taaladvies.net/taal/advies/vraag/304),
///   the tussenvoegsel then with a capital: "Geachte heer of mevrouw Van der Aa".
/// - By name only, when the person asked for that or it is not known how they wish to be
///   addressed: "Geachte + voorletter(s) + achternaam … is formeel en vooral geschikt voor
///   officiële contexten" (taaladvies.net, "Aanhef voor een non-binaire persoon"); casus writes
///   "Geachte K. van den Berg": a letter about a measure is an official one. The tussenvoegsel
///   keeps its small letter after initials.
/// - Addressing: "Mevrouw An Vinks", "De heer O. Yilmaz", or "K. Verbeek" without a title
///   (taaladvies.net, "Taal en gender: brieven en e-mails (algemeen)", 1. Adressering).
public enum LetterSalutation {
    /// "K.", "A.M." (every first name's initial).
    public static func initials(_ firstName: String) -> String {
        firstName.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).compactMap(\.first)
            .map { "\(String($0).uppercased())." }.joined()
    }

    /// The surname as it follows "heer"/"mevrouw": the tussenvoegsel's first letter a capital
    /// ("van den Berg" → "Van den Berg"; "El Amrani" stays; "Jansen-van Dijk" keeps its second part).
    public static func surname(_ p: Person) -> String {
        let full = [p.infix, p.lastName].filter { !$0.isEmpty }.joined(separator: " ")
        return full.prefix(1).uppercased() + full.dropFirst()
    }

    /// "K. van den Berg": initials, tussenvoegsel and surname as written.
    public static func formalName(_ p: Person) -> String {
        [initials(p.firstName), p.infix, p.lastName].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// What follows "Geachte" for one person: "heer Van den Berg", "mevrouw El Amrani", "K. van den Berg".
    public static func addressed(_ p: Person) -> String {
        switch p.salutation {
        case .heer: "heer \(surname(p))"
        case .mevrouw: "mevrouw \(surname(p))"
        case .neutraal, .onbekend: formalName(p)
        }
    }

    /// "Geachte heer Van den Berg", "Geachte heer Van den Berg en mevrouw El Amrani",
    /// "Geachte K. van den Berg". Without anyone: "Geachte ouders/verzorgers" (the caller's fallback).
    public static func salutation(_ people: [Person], fallback: String = "Geachte ouders/verzorgers") -> String {
        let names = people.map(addressed)
        guard let last = names.last else { return fallback }
        return "Geachte " + (names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " en " + last)
    }

    /// The name line of the address: "De heer K. van den Berg", "Mevrouw F. El Amrani", "K. van den Berg".
    public static func addressName(_ p: Person) -> String {
        switch p.salutation {
        case .heer: "De heer \(formalName(p))"
        case .mevrouw: "Mevrouw \(formalName(p))"
        case .neutraal, .onbekend: formalName(p)
        }
    }
}
