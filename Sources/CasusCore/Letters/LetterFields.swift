/// The fields a letter leaves for the director to fill in: each `[…]` its template wrote, the
/// address block casus could not fill, and an account name that would name another pupil. A
/// bracket the director typed (a quoted "[naam] is dom", a Markdown link) is their text, not a
/// field: scanning the letter for any `[…]` blocked filing it (found by a review of the letters).
public struct LetterFields: Sendable {
    /// One `[…]` of the template's text: its words before the first `{{…}}` and after the last
    /// (a field may hold a value, "[geboortedatum van {{{pupil.firstName}}} ontbreekt …]", or a
    /// section, "[Wat {{#toPupil}}jij{{/toPupil}}{{^toPupil}}u{{/toPupil}} in het hoorgesprek …]").
    struct Field: Sendable, Equatable {
        let head: String
        let tail: String
        let hasValue: Bool

        func matches(_ inner: String) -> Bool {
            guard hasValue else { return inner == head }
            return inner.count >= head.count + tail.count && inner.hasPrefix(head) && inner.hasSuffix(tail)
        }
    }

    let fields: [Field]

    /// The fields of a template's text (its Mustache source).
    init(template source: String) {
        fields = LetterText.brackets(in: source).map { bracket in
            let inner = bracket.inner
            guard let open = inner.range(of: "{{"), let close = inner.range(of: "}}", options: .backwards) else {
                return Field(head: inner, tail: "", hasValue: false)
            }
            return Field(
                head: LetterText.oneLine(inner[..<open.lowerBound]),
                tail: LetterText.oneLine(inner[close.upperBound...]),
                hasValue: true)
        }
    }

    /// The fields casus itself writes into a letter's values: an address block it has no
    /// address for, an account name that would name another pupil, the facts of a case whose
    /// report is about staff too (by how they begin).
    static let casusFields = [
        LetterContext.missingAddress, LetterContext.missingParents, LetterReview.handleReplacement,
        CaseSummary.factsToWrite,
    ].map { LetterText.oneLine($0.dropLast()) }

    /// The first field of `text` still to fill in, as the letter shows it, and its line (1-based).
    public func firstUnfilled(in text: String) -> (String, Int)? {
        LetterText.brackets(in: text).first { bracket in
            let shown = "[\(bracket.inner)]"
            return Self.casusFields.contains { shown.hasPrefix($0) } || fields.contains { $0.matches(bracket.inner) }
        }.map { ("[\($0.inner)]", $0.line) }
    }
}
