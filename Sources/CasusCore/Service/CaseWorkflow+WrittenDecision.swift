extension ObligationKind {
    /// A decision the law asks in writing, to the parents (and the pupil): the suspension and the
    /// time-out (WPO art. 40c lid 2), the removal (WPO art. 40, art. 63 lid 2; Awb art. 3:41), an
    /// access ban, the decision on an objection (Awb art. 7:12). Done by its letter, sent: ticked
    /// bare, or with any entry (a meeting note from before the decision), the case read as if the
    /// parents had the decision, and its term to object never started (a review).
    public var isWrittenDecision: Bool {
        [.suspensionDecision, .removalDecision, .timeOutDecision, .accessBanDecision, .objectionDecision].contains(self)
    }

    /// A letter to the employee the cao asks (CAO PO/VO): the voornemen by registered letter, the
    /// besluit on it, the ordemaatregel. Done as a written decision is, by its own letter sent: the
    /// voornemen's duty was ticked bare, or with an older letter about another measure, and the
    /// besluit on a voornemen the employee never had went through (a review of an employee's case).
    public var isEmployeeLetter: Bool { [.registeredLetter, .decisionLetter, .precautionaryLetter].contains(self) }

    /// Done by its own letter, sent: a written decision or a letter to the employee.
    public var isDoneByLetter: Bool { isWrittenDecision || isEmployeeLetter }

    /// The letter template that writes it, for what the director is told to do.
    var decisionTemplate: String {
        switch self {
        case .removalDecision: "verwijderingsbesluit"
        case .timeOutDecision: "time-out"
        case .accessBanDecision: "toegangsverbod"
        case .objectionDecision: "beslissing-op-bezwaar"
        case .registeredLetter: "voornemen-maatregel"
        case .decisionLetter: "besluit-maatregel"
        case .precautionaryLetter: "ordemaatregel"
        default: "schorsingsbesluit"
        }
    }

    /// How its letter may be recorded as sent (`letter sent --via`).
    var sentVia: String { self == .registeredLetter ? "registered|hand" : "post|registered|mail|hand" }
}

extension CaseWorkflow {
    /// A written decision ticked by hand (`case done --entry`): the entry is a letter of this case
    /// from a template that makes this decision known (a sent invitation ticked a suspension's
    /// decision and an objection's, a review), written after the decision it belongs to (not the
    /// case's latest: a first suspension's own letter was refused once a second one was taken,
    /// a review), recorded as sent (`casus letter sent`). Returns the day it went, from which the
    /// decision counts as made known (its term to object runs from the next day).
    static func writtenDecisionSent(
        _ o: Obligation, entry: EntryID?, in h: CaseHistory, owner: Person, letters: LetterLibrary?,
        _ r: any StorageReader
    ) throws -> LocalDate {
        let n = h.record.number
        let t = o.kind.decisionTemplate
        let via = o.kind.sentVia
        let how = Phrase(
            "Schrijf de brief met `casus letter \(n) --template \(t)` (c in de zaak), of buiten casus (--body-file), en leg vast dat hij verzonden is met `casus letter sent STUK --via \(via)` (z in de zaak): dan is het gedaan.",
            "Write the letter with `casus letter \(n) --template \(t)` (c on the case), or outside casus (--body-file), and record it sent with `casus letter sent ENTRY --via \(via)` (z on the case): then it is done."
        )
        guard let entry else {
            throw CasusError.refused(
                "\(o.kind.label.nl) is een brief: die vinkt u niet zonder meer af; er is niets veranderd",
                "\(o.kind.label.en) is a letter: it is not ticked off bare; nothing was changed", hint: how)
        }
        // Its template by its filed title, in the school's letters or casus's own (a school that renamed
        // a template could not tick with the letters it had sent, a review).
        let filed = try r.entry(id: entry).flatMap { e in template(e.title, letters).map { (e, $0) } }
        guard let (e, made) = filed, e.dossierID == owner.id, e.caseID == h.record.id, e.kind == .letter,
            made.fulfils.contains(o.kind)
        else {
            throw CasusError.refused(
                "stuk \(entry) is geen brief ‘\(t)’ van zaak \(n); \(o.kind.label.nl) is gedaan met \(o.kind == .registeredLetter ? "de brief van het voornemen" : "de brief die het besluit bekendmaakt"); er is niets veranderd",
                "entry \(entry) is no ‘\(t)’ letter of case \(n); \(o.kind.label.en) is done by \(o.kind == .registeredLetter ? "the voornemen's letter" : "the letter that makes the decision known"); nothing was changed",
                hint: how)
        }
        let window = decisionWindow(o, in: h)
        if !window.holds(e.at) {
            let what =
                o.kind == .objectionDecision
                ? Phrase("het bezwaar", "the objection")
                : o.kind == .registeredLetter
                    ? Phrase("het voornemen", "the intention") : Phrase("het besluit", "the decision")
            throw CasusError.refused(
                "brief \(entry) is niet geschreven na \(what.nl) waar \(o.kind.label.nl) bij hoort (\(window.from?.dutch() ?? "?"))\(window.to.map { " en vóór het volgende (\($0.dutch()))" } ?? ""); er is niets veranderd",
                "letter \(entry) was not written after \(what.en) \(o.kind.label.en) belongs to (\(window.from?.dutch() ?? "?"))\(window.to.map { " and before the next (\($0.dutch()))" } ?? ""); nothing was changed",
                hint: how)
        }
        // One letter makes one decision known: one sent letter ticked three suspensions' decisions,
        // the two it did not describe too (a review).
        if let other = h.obligations.first(where: { $0.kind == o.kind && $0.id != o.id && $0.entryID == entry }) {
            throw CasusError.refused(
                "brief \(entry) maakte al een ander besluit bekend (verplichting \(other.id)); er is niets veranderd",
                "letter \(entry) already made another decision known (obligation \(other.id)); nothing was changed",
                hint: how)
        }
        let sendings = try r.letterSendings(dossier: owner.id)
        // Every letter of this decision filed is sent: ticked with the father's letter while the
        // mother's lay unsent, the case closed and she never had the decision (a review). A letter
        // to an address casus does not read as a household's is `letter sent`'s to judge.
        if let unsent = otherLetters(of: e, made.id, in: h, window: window, letters: letters).first(where: {
            sendings[$0.id] == nil
        }) {
            throw CasusError.refused(
                "brief \(unsent.id) van dit besluit (#\(unsent.seq)) is nog niet verzonden; er is niets veranderd",
                "letter \(unsent.id) of this decision (#\(unsent.seq)) has not been sent yet; nothing was changed",
                hint: Phrase(
                    "Leg vast dat hij verzonden is (z in de zaak, of `casus letter sent \(unsent.id) --via post|hand|mail`); dan is het besluit gedaan.",
                    "Record it sent (z on the case, or `casus letter sent \(unsent.id) --via post|hand|mail`); then the decision is done."
                ))
        }
        guard let sending = sendings[entry] else {
            throw CasusError.refused(
                "brief \(entry) is nog niet verzonden; er is niets veranderd",
                "letter \(entry) has not been sent yet; nothing was changed",
                hint: Phrase(
                    "Leg eerst vast dat hij verzonden is: `casus letter sent \(entry) --via \(via)`.",
                    "First record it sent: `casus letter sent \(entry) --via \(via)`."))
        }
        // The voornemen goes by registered post or by hand (CAO): one recorded as sent by e-mail was
        // ticked by hand on casus's own advice, and no registered sending was ever recorded (a review).
        if o.kind == .registeredLetter, !sending.via.provesReceipt {
            throw CasusError.refused(
                "brief \(entry) ging \(sending.via.label.nl), niet aangetekend of per hand; er is niets veranderd",
                "letter \(entry) went \(sending.via.label.en), not registered or by hand; nothing was changed",
                hint: Phrase(
                    "Gaat hij ook aangetekend: sla dat exemplaar op met `casus letter \(n) --template \(t) --again --edit` (de velden ingevuld als in de eerste) en leg het vast met `casus letter sent STUK --via registered` (of hand); dan is het gedaan.",
                    "If it also goes registered: file that copy with `casus letter \(n) --template \(t) --again --edit` (its fields filled in as in the first) and record it with `casus letter sent ENTRY --via registered` (or hand); then it is done."
                ))
        }
        return sending.on
    }

    /// Between the decision (or objection) a written decision belongs to and the next of its kind:
    /// each such step, and each objection recorded, brings one obligation of its kind, so the n-th
    /// obligation of a kind is the n-th decision of its rung (or objection).
    struct Window {
        var from: Timestamp?
        var to: Timestamp?
        func holds(_ at: Timestamp) -> Bool { from.map { at >= $0 } ?? true && to.map { at < $0 } ?? true }
    }

    static func decisionWindow(_ o: Obligation, in h: CaseHistory) -> Window {
        guard o.kind.isDoneByLetter else { return Window() }
        let mine = h.obligations.filter { $0.kind == o.kind }.sorted { $0.id < $1.id }
        guard let n = mine.firstIndex(where: { $0.id == o.id }) else { return Window() }
        // A staff voornemen (a reprimand's, a suspension's) brings the registered letter, the
        // besluit on it its letter (LegalLayer); an ordemaatregel its own.
        let staffMeasures: Set<Rung> = [.reprimand, .suspension]
        let times: [Timestamp] =
            switch o.kind {
            case .objectionDecision: h.facts.filter { $0.kind == .objectionReceived }.map(\.at)
            case .registeredLetter:
                h.steps.filter { $0.phase == .proposal && staffMeasures.contains($0.rung) }.map(\.at)
            case .decisionLetter: h.decisions.filter { staffMeasures.contains($0.rung) }.map(\.at)
            case .precautionaryLetter: h.decisions.filter { $0.rung == .precautionarySuspension }.map(\.at)
            default: h.decisions.filter { $0.rung == (o.kind.decidedRung ?? .accessBan) }.map(\.at)
            }
        guard times.indices.contains(n) else { return Window(from: times.last) }
        return Window(from: times[n], to: times.indices.contains(n + 1) ? times[n + 1] : nil)
    }

    /// casus's own letters, to know a letter filed under a title the school has since changed.
    static let builtinLetters: LetterLibrary? = try? ConfigSet.builtin.letters()

    /// The other letters of the decision `e` was written for: of its template (by either library,
    /// a renamed title too: the other household's letter was skipped, a review) or of its very
    /// title, written in the decision's window.
    static func otherLetters(
        of e: DossierEntry, _ templateID: String?, in h: CaseHistory, window: Window, letters: LetterLibrary?
    ) -> [DossierEntry] {
        h.entries.filter { other in
            guard other.kind == .letter, other.id != e.id, window.holds(other.at) else { return false }
            return other.title == e.title || (templateID != nil && template(other.title, letters)?.id == templateID)
        }
    }

    /// The template a letter was filed from, by its title: the school's, else casus's own.
    static func template(_ title: String, _ letters: LetterLibrary?) -> LetterTemplate? {
        letters?.template(ofFiledTitle: title) ?? builtinLetters?.template(ofFiledTitle: title)
    }
}
