/// Other pupils are not named in a letter (issue 16, item 3). A letter about a pupil or a parent
/// goes home, is read aloud, forwarded, and kept in the pupil's dossier; the names of the other
/// children in the report are not needed for its purpose (AVG art. 5 lid 1 onder c,
/// minimale gegevensverwerking). Before a letter is filed the director sees each name casus
/// would replace, and where; `file` refuses a text that still names another pupil.
///
/// Letters in a staff case are left as they are: a dismissal or a measure must tell the employee
/// exactly what is held against them (BW art. 7:677 lid 1, the reason "onverwijld" and precisely
/// stated), which may include whom it concerned.
public struct LetterReview: Sendable, Equatable {
    /// The text as it will be filed: every other pupil's name replaced.
    public var text: String
    public var replaced: [Redactor.Replaced]
    /// The letter holds the report's own words (pasted over the facts' field): said before filing,
    /// as casus replaces only the names it knows (a review filed a teacher's text naming "Daan").
    public var holdsReport = false
    /// Names of other pupils that stand after a teacher's title ("juf Anna"), kept as a teacher's:
    /// said before filing, for the director to judge.
    public var kept: [Redactor.Replaced] = []

    public init(text: String, replaced: [Redactor.Replaced], holdsReport: Bool = false, kept: [Redactor.Replaced] = [])
    {
        self.text = text
        self.replaced = replaced
        self.holdsReport = holdsReport
        self.kept = kept
    }

    /// What the director reads before filing: the report's words in the letter, names kept after a
    /// teacher's title; nil when neither.
    public var warning: Phrase? {
        var said: [Phrase] = holdsReport ? [Self.reportWarning] : []
        if !kept.isEmpty {
            let list = kept.prefix(5).map { k in
                Phrase(
                    "‘\(k.shown)’ (ook de naam van \(k.people.joined(separator: ", ")), regel \(k.line))",
                    "‘\(k.shown)’ (also the name of \(k.people.joined(separator: ", ")), line \(k.line))")
            }
            let joined = list.dropFirst().reduce(list[0]) { $0 + Phrase("; ", "; ") + $1 }
            said.append(
                Phrase(
                    "Na juf, juffrouw of meester blijft een naam staan als die van een leerkracht: ",
                    "After juf, juffrouw or meester a name stays as a teacher's: ") + joined
                    + Phrase(
                        ". Is het een leerling (een bijnaam), pas de tekst dan aan.",
                        ". If it is a pupil (a nickname), change the text."))
        }
        guard let first = said.first else { return nil }
        return said.dropFirst().reduce(first) { $0 + Phrase(" ", " ") + $1 }
    }

    public static let reportWarning = Phrase(
        "Let op: deze brief bevat de tekst van de melding. De feiten horen in uw eigen woorden, niet in die van de melder, en namen die casus niet kent zijn niet vervangen.",
        "Note: this letter holds the report's own text. The facts belong in your own words, not the reporter's, and names casus does not know are not replaced."
    )

    /// Whether `letter` holds `report` word for word (case, spacing and punctuation aside): the
    /// whole report, or for a longer one any twelve of its words in a row.
    public static func holds(_ letter: String, report: String) -> Bool {
        let words = LetterFields.words(report).split(separator: " ")
        guard words.count >= 4 else { return false }
        let text = " " + LetterFields.words(letter) + " "
        let run = min(12, words.count)
        // At most 40 runs of the report are looked for: a long report need not be tried at every word.
        let step = max(1, (words.count - run + 1) / 40)
        return stride(from: 0, through: words.count - run, by: step).contains {
            text.contains(" " + words[$0..<($0 + run)].joined(separator: " ") + " ")
        }
    }

    /// What stands in another pupil's place in a letter.
    public static let replacement = "een andere leerling"
    /// What stands in the place of another pupil's parent, whose name would name the child.
    public static let parentReplacement = "een ouder van een andere leerling"
    /// What stands in the place of an account name that holds another pupil's name: in brackets,
    /// so the letter is not filed until the director writes what it should say instead.
    public static let handleReplacement = "[account van een andere leerling]"

    /// The replacements as the director reads them, one per line: ‘Sanne’ → ‘een andere
    /// leerling’ (Sanne de Vries), regel 5.
    public var lines: [Phrase] {
        replaced.map { r in
            let who = r.people.joined(separator: ", ")
            return Phrase(
                "‘\(r.shown)’ → ‘\(r.replacement)’ (\(who)), regel \(r.line)",
                "‘\(r.shown)’ → ‘\(r.replacement)’ (\(who)), line \(r.line)")
        }
    }

    public static let heading = Phrase(
        "Andere leerlingen en hun ouders worden in een brief niet genoemd (AVG art. 5 lid 1 onder c); vervangen:",
        "Other pupils and their parents are not named in a letter (GDPR art. 5(1)(c)); replaced:")
}

extension Letters {
    /// The text as it would be filed in case `id`'s dossier, with the replacements made. Only a
    /// letter is reviewed: a phone note to the vertrouwensinspecteur, a data breach assessment or
    /// the record of an aangifte must name the children it is about (AVG art. 33 lid 5).
    public func review(case id: CaseID, template: LetterTemplate, body: String) throws -> LetterReview {
        try reviews(case: id, template: template, bodies: [body])[0]
    }

    /// The same for several letters of one case (one per address): the school's names read once.
    public func reviews(case id: CaseID, template: LetterTemplate, bodies: [String]) throws -> [LetterReview] {
        try session.require(.correspond)
        // The case read once: who may not be named, and the report whose words a letter should not hold.
        let (found, report): (Redactor?, String?) =
            template.entryKind == .letter
            ? try session.read { r in
                let (c, subject, owner) = try CaseWorkflow(session: session).visibleCase(r, id)
                return (
                    try redactor(c, subject: subject, owner: owner, in: r), try r.incident(id: c.incidentID)?.summary
                )
            } : (nil, nil)
        return bodies.map { body in
            let copied = report.map { LetterReview.holds(body, report: $0) } ?? false
            guard let found else { return LetterReview(text: body, replaced: [], holdsReport: copied) }
            let (text, replaced) = found.review(body)
            return LetterReview(text: text, replaced: replaced, holdsReport: copied, kept: found.kept(in: body))
        }
    }

    /// Who may not be named in the case's letters: the school's pupils and the pupils of the
    /// report, but for the pupil the case is about (or the parent's own child) and their parents.
    /// Staff keep their full and titled names. nil for a staff case (see `LetterReview`).
    func redactor(case id: CaseID, in r: any StorageReader) throws -> Redactor? {
        let (c, subject, owner) = try CaseWorkflow(session: session).visibleCase(r, id)
        return try redactor(c, subject: subject, owner: owner, in: r)
    }

    /// The same for a case already read and checked.
    func redactor(_ c: Case, subject: Person, owner: Person, in r: any StorageReader) throws -> Redactor? {
        guard !subject.kind.isPersonnel else { return nil }
        let people = try r.redactionPeople(
            school: RedactionCast.reach(session, school: c.schoolID),
            guardiansOf: owner.kind == .pupil ? owner.id : nil,
            incidents: [c.incidentID])
        let keep = [subject, owner] + people.guardians
        return RedactionCast(people, kept: keep).redactor(
            keep: keep, replacement: LetterReview.replacement, parentReplacement: LetterReview.parentReplacement,
            handleReplacement: LetterReview.handleReplacement)
    }

    /// Refuses a text that names another pupil, listing each name and its line.
    func checkNoOtherPupils(_ h: CaseHistory, owner: Person, _ text: String, in r: any StorageReader) throws {
        guard let redactor = try redactor(h.record, subject: h.subject, owner: owner, in: r) else { return }
        let replaced = redactor.review(text).replaced
        guard !replaced.isEmpty else { return }
        // Nothing was replaced: what was found, whose name it is, where.
        let list = replaced.prefix(5).map { r in
            let who = r.people.joined(separator: ", ")
            return Phrase("‘\(r.shown)’ (\(who)) op regel \(r.line)", "‘\(r.shown)’ (\(who)) on line \(r.line)")
        }
        let more =
            replaced.count > 5
            ? Phrase("; en \(replaced.count - 5) meer", "; and \(replaced.count - 5) more") : Phrase("", "")
        throw CasusError.refused(
            "de brief noemt een andere leerling of diens ouder (\(list.map(\.nl).joined(separator: "; "))\(more.nl)); andere leerlingen en hun ouders worden in een brief niet genoemd (AVG art. 5 lid 1 onder c); er is niets opgeslagen",
            "the letter names another pupil or their parent (\(list.map(\.en).joined(separator: "; "))\(more.en)); other pupils and their parents are not named in a letter (GDPR art. 5(1)(c)); nothing was saved",
            hint: Phrase(
                "Haal de namen weg (in het voorbeeld: e bewerken), of laat casus ze vervangen door ‘\(LetterReview.replacement)’: `casus letter … --redact` toont elke vervanging.",
                "Remove the names (in the preview: e edit), or let casus replace them by ‘\(LetterReview.replacement)’: `casus letter … --redact` shows each replacement."
            ))
    }
}
