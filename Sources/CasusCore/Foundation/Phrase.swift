/// The user's language. Dutch is the default: casus is used in Dutch schools.
public enum Lang: String, Sendable, CaseIterable, Codable {
    case nl, en
}

/// A user-facing text in both languages. Core code never decides the language;
/// the edge (CLI, TUI) picks one when it shows the text.
public struct Phrase: Sendable, Hashable, Codable {
    public let nl: String
    public let en: String

    public init(_ nl: String, _ en: String) {
        self.nl = nl
        self.en = en
    }

    /// The same text in both languages (names, numbers, quotes).
    public init(verbatim: String) {
        self.nl = verbatim
        self.en = verbatim
    }

    public func callAsFunction(_ lang: Lang) -> String {
        lang == .nl ? nl : en
    }

    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase {
        Phrase(lhs.nl + rhs.nl, lhs.en + rhs.en)
    }

    public static func + (lhs: Phrase, rhs: String) -> Phrase {
        Phrase(lhs.nl + rhs, lhs.en + rhs)
    }
}

extension Phrase {
    /// A count with its noun in the right number: "1 leerling", "3 leerlingen" (never "leerling(en)").
    public static func count(_ n: Int, _ nlOne: String, _ nlMany: String, _ enOne: String, _ enMany: String) -> Phrase {
        Phrase("\(n) \(n == 1 ? nlOne : nlMany)", "\(n) \(n == 1 ? enOne : enMany)")
    }
}
