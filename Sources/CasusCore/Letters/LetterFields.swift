/// The fields a letter leaves for the director to fill in: each `[…]` its template wrote, the
/// address block casus could not fill, and an account name that would name another pupil. A
/// bracket the director typed (a quoted "[naam] is dom", a Markdown link) is their text, not a
/// field: scanning the letter for any `[…]` blocked filing it (found by a review of the letters).
public struct LetterFields: Sendable {
    /// One `[…]` of the template's text, by its words (`words`): those before the first `{{…}}`
    /// and after the last (a field may hold a value, "[geboortedatum van {{{pupil.firstName}}}
    /// ontbreekt …]", or a section, "[Wat {{#toPupil}}jij{{/toPupil}}{{^toPupil}}u{{/toPupil}} in
    /// het hoorgesprek …]").
    struct Field: Sendable, Equatable {
        let head: String
        let tail: String
        let hasValue: Bool

        /// A bracket that still holds the field: its words, or its words with some added ("[datum
        /// en tijd volgt]"), whatever the capitals and punctuation ("[Datum en tijd]" was filed,
        /// found by a review).
        func matches(_ words: String) -> Bool {
            guard hasValue else { return LetterFields.starts(words, with: head) }
            return words.count >= head.count + tail.count && LetterFields.starts(words, with: head)
                && (tail.isEmpty || words == tail || words.hasSuffix(" " + tail))
        }
    }

    let fields: [Field]

    /// The fields of a template's text (its Mustache source). A field that is only a value
    /// ("[{{{pupil.firstName}}}]", in a school's own template) has no words to know it by and
    /// would take every bracket typed for it: it is left to the director.
    public init(template source: String) {
        fields = LetterText.brackets(in: source, maxLines: LetterFields.maxLines).compactMap { bracket in
            let inner = bracket.inner
            guard let open = inner.range(of: "{{"), let close = inner.range(of: "}}", options: .backwards) else {
                let words = Self.words(inner)
                return words.isEmpty ? nil : Field(head: words, tail: "", hasValue: false)
            }
            let head = Self.words(inner[..<open.lowerBound])
            let tail = Self.words(inner[close.upperBound...])
            return head.isEmpty && tail.isEmpty ? nil : Field(head: head, tail: tail, hasValue: true)
        }
        endings = fields.map { $0.hasValue ? $0.tail : $0.head }.filter { !$0.isEmpty } + Self.casusFieldTexts
    }

    /// The words each field ends with: a line that ends a field without its start is what is left
    /// of it, however the field was wrapped ("of contract]" was filed, a review).
    let endings: [String]

    /// The whole texts of the fields casus writes, by their words.
    static let casusFieldTexts = [
        LetterContext.missingAddress, LetterContext.missingParents, LetterContext.missingSigner,
        CaseSummary.factsToWrite, CaseSummary.ownFactsToWrite, LetterContext.sourceToCheck,
    ].map { words($0) }

    /// A field wrapped by an editor at a narrow width runs over more lines than a typed bracket.
    static let maxLines = 12

    /// Whether `words` begin with the whole words `head` ("datum" begins "datum en tijd", not
    /// "datumprikker").
    static func starts(_ words: String, with head: String) -> Bool {
        head.isEmpty || words == head || words.hasPrefix(head + " ")
    }

    /// A text's words, lowercased, one space apart: what a field is known by.
    static func words<S: StringProtocol>(_ text: S) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// The fields casus itself writes into a letter's values: an address block it has no
    /// address for, an account name that would name another pupil, the facts of a case whose
    /// report is about staff too or that holds only the report's words (by their words).
    /// Each known by its words before the first ":": what is typed after it (inside the brackets)
    /// leaves it a field. "[beschrijf wat er is gebeurd, in uw eigen woorden: Ids maakte…]" was
    /// filed, the instruction in the letter (a review).
    static let casusFields = [
        LetterContext.missingAddress, LetterContext.missingParents, LetterContext.missingSigner,
        LetterReview.handleReplacement,
        CaseSummary.factsToWrite, CaseSummary.ownFactsToWrite, LetterContext.sourceToCheck,
    ].map { words($0.prefix { $0 != ":" }) }

    /// The first field of `text` still to fill in, as the letter shows it, and its line (1-based).
    public func firstUnfilled(in text: String) -> (String, Int)? {
        if let own = Self.casusFieldLeft(in: text) { return own }
        if let whole = LetterText.brackets(in: text, maxLines: Self.maxLines).first(where: { bracket in
            let words = Self.words(bracket.inner)
            return fields.contains { $0.matches(words) }
        }) {
            return ("[\(whole.inner)]", whole.line)
        }
        // The end of a field left when its first lines were replaced: the template's own, or one
        // casus writes and wraps ("…de tekst / wordt niet overgenomen]" was filed, a review).
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (n, line) in lines.enumerated() {
            guard let close = line.firstIndex(of: "]"), !line[..<close].contains("[") else { continue }
            let words = Self.words(line[..<close])
            guard words.contains(" ") else { continue }
            if endings.contains(where: { $0 == words || $0.hasSuffix(" " + words) }) {
                return ("…" + LetterText.oneLine(line[...close]), n + 1)
            }
        }
        return nil
    }

    /// A field casus writes, found by "[" and its words before the colon wherever they stand,
    /// however long or bracketed what was typed after them: a field with "[zie schermafbeelding]"
    /// or 1,300 characters typed inside it was filed, the instruction in the letter (a review).
    static func casusFieldLeft(in text: String) -> (String, Int)? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (n, line) in lines.enumerated() {
            guard let open = line.firstIndex(of: "[") else { continue }
            // The words from the "[" on, with the next lines' (a field wraps over a few).
            let here = String(line[open...])
            let from = ([here] + lines.dropFirst(n + 1).prefix(3).map(String.init)).joined(separator: " ")
            // Only brackets that begin on this line: the next lines are searched in their turn.
            for bracket in here.indices where here[bracket] == "[" {
                let words = Self.words(from[from.index(after: bracket)...])
                if casusFields.contains(where: { starts(words, with: $0) }) {
                    // The field up to its own "]": the next line's town and date ran on into it,
                    // and into the command the refusal gave ("--town] Bilthoven, 5", a review).
                    let field = from[bracket...]
                    if let close = field.firstIndex(of: "]"), field.distance(from: field.startIndex, to: close) < 200 {
                        return (LetterText.oneLine(field[...close]), n + 1)
                    }
                    return (LetterText.oneLine(field.prefix(80)) + (field.count > 80 ? "…" : ""), n + 1)
                }
            }
        }
        return nil
    }
}
