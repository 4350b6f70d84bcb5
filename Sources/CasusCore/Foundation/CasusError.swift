/// Every refusal or failure casus reports: what happened, where, and what to do.
/// The CLI prints it on stderr and exits 1 (64 for usage); the TUI shows it in the status line.
public struct CasusError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// The rules (law, protocol, role) do not allow it.
        case refused
        /// Input is malformed: bad option, bad CSV row, bad profile.
        case invalid
        /// The thing asked for does not exist (or the role may not know it exists).
        case notFound
        /// The database or the file system failed.
        case storage
        /// Wrong use of the command line.
        case usage
    }

    public let kind: Kind
    public let message: Phrase
    public let hint: Phrase?
    /// File:line, row number or field, when the input has a place.
    public let location: String?
    /// Refused because another session changed, at the same moment, what this decision was made
    /// on: what the screen showed when it was asked is out of date (a dialog's proposal with it).
    public let staleState: Bool
    /// Refused to keep a mistake from being made for good, where the user may knowingly go on:
    /// the same letter filed twice (`--again`, or Enter once more on the screen).
    public let canInsist: Bool

    public init(
        _ kind: Kind, _ message: Phrase, hint: Phrase? = nil, location: String? = nil, staleState: Bool = false,
        canInsist: Bool = false
    ) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.location = location
        self.staleState = staleState
        self.canInsist = canInsist
    }

    /// The same refusal with `more` after its message (which of several it was about), and `hint`
    /// where it has none.
    public func appending(_ more: Phrase, hint fallback: Phrase? = nil) -> CasusError {
        CasusError(
            kind, message + more, hint: hint ?? fallback, location: location, staleState: staleState,
            canInsist: canInsist)
    }

    public func text(_ lang: Lang) -> String {
        var parts: [String] = []
        if let location { parts.append(location + ":") }
        parts.append(message(lang))
        var line = parts.joined(separator: " ")
        if let hint { line += "\n" + hint(lang) }
        return line
    }

    public static func refused(_ nl: String, _ en: String, hint: Phrase? = nil) -> CasusError {
        CasusError(.refused, Phrase(nl, en), hint: hint)
    }

    public static func invalid(_ nl: String, _ en: String, hint: Phrase? = nil, at location: String? = nil)
        -> CasusError
    {
        CasusError(.invalid, Phrase(nl, en), hint: hint, location: location)
    }

    public static func notFound(_ nl: String, _ en: String, hint: Phrase? = nil) -> CasusError {
        CasusError(.notFound, Phrase(nl, en), hint: hint)
    }
}
