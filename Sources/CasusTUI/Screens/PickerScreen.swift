import CasusCore

/// What a list to choose from is for.
public enum PickerPurpose: Sendable, Equatable {
    case template(CaseID)
    case obligation(CaseID)
    case noteKind(CaseID)
    case heard(CaseID)
    /// Meldplicht: the consultation's outcome, reasonable suspicion yes or no.
    case consult(CaseID)
    /// A legal fact to record on the case (LegalItem).
    case legal(CaseID)
    /// The school screen: which part of the record to change, then its value.
    case schoolField
    case schoolValue(String)
    /// Which of a case's unsent letters went out (when there are several); then how.
    case sentLetter(CaseID)
    /// How a letter (entry) was sent; then the day is asked.
    case sendMethod(CaseID, EntryID)
    /// Closing a case: its outcome (founded, unfounded, mistake); then the reason is asked.
    /// `unsent`: the case's letters not recorded as sent, said before the case is closed.
    case closeOutcome(CaseID, seen: StepBasis, unsent: [EntryID], about: PersonKind)
    /// Reclassifying a case: its articles (ticked), then its severity, then the reason.
    case reclassifyArticles(CaseID, current: Severity, seen: StepBasis)
    case reclassifySeverity(CaseID, articles: [String], seen: StepBasis)
    /// A case's entries to read in full (Enter on the case screen), newest first.
    case readEntry([DossierEntry], sendings: [EntryID: LetterSending])
    /// The entry that shows an obligation done: a written decision's letter, sent; after a pupil
    /// left, the entry that ends another school's duty. The command line's `--entry` was the only
    /// way (a review).
    case obligationEntry(CaseID, ObligationID)
}

public struct PickerItem: Sendable, Equatable {
    public var id: String
    public var label: String
    public var detail: String
    public var checked: Bool

    public init(id: String, label: String, detail: String = "", checked: Bool = false) {
        self.id = id
        self.label = label
        self.detail = detail
        self.checked = checked
    }
}

/// A list to choose from, in a box: a letter template, an obligation, who was heard.
public struct PickerScreen: ScreenModel {
    public var title: String
    public var items: [PickerItem]
    public private(set) var viewport: Viewport
    /// Several may be ticked with Space (who was heard); otherwise Enter picks one.
    public var multiple: Bool
    public var purpose: PickerPurpose

    public init(title: String, items: [PickerItem], multiple: Bool = false, purpose: PickerPurpose) {
        self.title = title
        self.items = items
        self.multiple = multiple
        self.purpose = purpose
        self.viewport = Viewport(selectable: true, count: items.count, rows: items.count)
    }

    public var cursor: Int { viewport.cursor ?? 0 }

    /// The letter templates for a case's kind of subject, the one that goes with the step first.
    /// `ladder`: the case's rungs; a letter making known a decision none of them is, is not offered
    /// (a parent's case offered the pupil's "Besluit tot schorsing", then refused it, a review).
    /// `objected`: the case has an objection recorded; a letter on one is offered only then.
    /// `ended`: a summary dismissal, in the case or another about its employee, ended the employment:
    /// a letter of another measure is not offered (the list offered them all, and each was refused
    /// when picked, a review).
    static func templates(
        _ s: AppState, caseID: CaseID, proposed: String?, kind: SubjectKind?, ladder: [Rung]? = nil,
        objected: Bool = true, ended: Bool = false
    ) -> PickerScreen {
        // The measures taken whatever the ladder too: the ordemaatregel's letter was never offered,
        // not even by its own step (a review).
        let rungs = ladder.map { $0 + (kind.map(LadderEngine.onTop) ?? []) }
        let onLadder = { (t: LetterChoice) in
            t.announces.isEmpty || rungs.map { !t.announces.isDisjoint(with: $0) } ?? true
        }
        var items = s.templates.filter {
            (kind.map($0.kinds.contains) ?? true) && onLadder($0) && (objected || !$0.onObjection)
                && !(ended && kind == .staff && $0.anotherMeasure)
        }.map {
            PickerItem(id: $0.id, label: $0.title, detail: $0.id)
        }
        if let proposed, let i = items.firstIndex(where: { $0.id == proposed }) {
            var first = items.remove(at: i)
            first.detail = s.t("voorgesteld bij deze stap", "proposed with this step")
            items.insert(first, at: 0)
        }
        return PickerScreen(
            title: s.t(
                "Brief uit sjabloon (Enter kiest, Esc overslaan)", "Letter from a template (Enter picks, Esc skips)"),
            items: items, purpose: .template(caseID))
    }

    /// Whether a summary dismissal, in the case or another about its employee, ended the employment.
    static func employmentEnded(_ d: CaseDetail) -> Bool {
        LadderEngine.endingDismissal(in: d.steps, facts: d.facts, elsewhere: nil) != nil
            || d.employmentEnd.map { $0.bySummaryDismissal && $0.caseNumber != d.record.number } == true
    }

    /// Which entry shows obligation `o` done: a written decision's letters (its own, sent, the
    /// store judges), newest first; for another school, the case's entries.
    static func entryFor(_ o: ObligationID, _ kind: ObligationKind, in detail: CaseDetail, _ s: inout AppState)
        -> Outcome
    {
        // A notice: only what could show it, written since what it reports (the picker offered a
        // meeting's note of before the decision, bound to be refused, a review).
        let since = CaseWorkflow.reported(kind, steps: detail.steps, facts: detail.facts)
        let notice = detail.obligations.first { $0.id == o }
        let candidates =
            kind.isDoneByLetter
            ? detail.meetingsAndLetters.filter { $0.kind == .letter }
            : kind.isNotice
                ? detail.entries.filter { e in
                    notice.map {
                        CaseWorkflow.mayShow($0, e, sent: detail.sendings[e.id] != nil, letters: nil)
                    } == true && since.map { e.at >= $0 } ?? true
                } : detail.entries
        guard !candidates.isEmpty else {
            s.say(
                kind.isNotice
                    ? Phrase(
                        "\(kind.label.nl): leg eerst vast hoe en wanneer het gemeld is (een brief met c, een notitie met n); er is niets veranderd.",
                        "\(kind.label.en): first record how and when it was given (a letter with c, a note with n); nothing was changed."
                    )
                    : Phrase(
                        "\(kind.label.nl) is een brief: schrijf hem met c en leg vast dat hij verzonden is; er is niets veranderd.",
                        "\(kind.label.en) is a letter: write it with c and record it sent; nothing was changed."),
                error: true)
            return .handled
        }
        return .open(
            PickerScreen(
                title: s.t("Met welk stuk? (Enter kiest, Esc terug)", "With which entry? (Enter picks, Esc back)"),
                // A letter says to whom and whether it went: two parents' decisions read alike, and
                // an unsent one was picked and refused with a command to type (a review).
                // Whom it is to and whether it went come first, the title (alike for both parents'
                // letters) after them: at 80 columns the end of the row is cut (the next review).
                items: candidates.sorted { $0.seq > $1.seq }.map { e in
                    let to = Letters.addressee(of: e).map { s.t("aan ", "to ") + $0 + " · " } ?? ""
                    let sent =
                        e.kind != .letter
                        ? ""
                        : detail.sendings[e.id].map {
                            s.t("verzonden ", "sent ") + $0.on.dutch + " " + $0.via.label(s.lang) + " · "
                        } ?? s.t("niet verzonden (eerst z) · ", "not sent (z first) · ")
                    return PickerItem(
                        id: String(e.id), label: "stuk \(e.id) (#\(e.seq)) \(to)\(sent)\(e.title)", detail: e.at.dutch()
                    )
                },
                purpose: .obligationEntry(detail.record.id, o)))
    }

    /// s on a case: what closing decides, each outcome with what it means.
    static func closeOutcome(
        _ id: CaseID, seen: StepBasis, unsent: [EntryID], about subject: PersonKind, _ s: AppState
    ) -> PickerScreen {
        var picker = PickerScreen(
            title: s.t("Zaak sluiten: uitkomst (Enter kiest)", "Close the case: outcome (Enter picks)"),
            items: CaseOutcome.allCases.map {
                PickerItem(
                    id: $0.rawValue, label: $0.label(s.lang).capitalizedFirst,
                    detail: $0.explanation(about: subject)(s.lang))
            },
            purpose: .closeOutcome(id, seen: seen, unsent: unsent, about: subject))
        // A reason kept from a close refused meanwhile: on the outcome it was written for.
        if let kept = s.keptClose, kept.caseID == id, let i = CaseOutcome.allCases.firstIndex(of: kept.outcome) {
            picker.viewport.move(.to(i))
        }
        return picker
    }

    public var context: KeyContext { .picker }
    public var isOverlay: Bool { true }
    public var isDialog: Bool { true }

    public func footer(_ s: AppState) -> [FooterItem] {
        // After a step, Esc skips the letter (the title says so; the footer said "annuleer", and
        // "kies" twice, a review).
        let back: Phrase =
            if case .template = purpose { Phrase("overslaan", "skip") } else { Phrase("annuleer", "cancel") }
        return multiple
            ? [
                FooterItem(.toggle, Phrase("aan/uit", "toggle")), FooterItem(.confirm, Phrase("verder", "go on")),
                FooterItem(.back, back),
            ]
            : [
                FooterItem([.up, .down], Phrase("verplaats", "move")), FooterItem(.confirm, Phrase("kies", "pick")),
                FooterItem(.back, back),
            ]
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .back: return .closed
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp)
        case .pageDown: viewport.move(.pageDown)
        case .top: viewport.move(.top)
        case .bottom: viewport.move(.bottom)
        case .toggle where multiple:
            if items.indices.contains(cursor) { items[cursor].checked.toggle() }
        case .confirm:
            var outcome = choose(&s)
            // A list of entries to read stays under the one read: Esc comes back to it.
            if case .readEntry = purpose {} else { outcome.close = true }
            return outcome
        default: break
        }
        return .handled
    }

    func choose(_ s: inout AppState) -> Outcome {
        guard items.indices.contains(cursor) else { return .handled }
        let item = items[cursor]
        switch purpose {
        case let .template(id):
            return .run([.ask(.draft(id, template: item.id, purpose: .letter(id, template: item.id)))])
        case let .obligation(id):
            guard let o = ObligationID(item.id) else { return .handled }
            // The case as its top-most screen shows it (one opened earlier may be older).
            let detail = s.stack.reversed().lazy.compactMap {
                ($0 as? CaseScreen).flatMap { $0.id == id ? $0.detail : nil }
            }.first
            // A letter's duty that ended with the employment, after a summary dismissal here or in
            // another case about the employee: ticked, it lapses (the service records why). The
            // screen offered only the letter, whose sending is refused after the dismissal, and the
            // case could not be closed from it (a legal review).
            if let detail, let kind = detail.obligations.first(where: { $0.id == o })?.kind,
                StepPlan.endedWithEmployment.contains(kind), Self.employmentEnded(detail)
            {
                return .run([.write(.done(id, obligation: o))])
            }
            if let detail, let kind = detail.obligations.first(where: { $0.id == o })?.kind,
                kind.isDoneByLetter || kind == .otherSchool || kind.isNotice
            {
                return Self.entryFor(o, kind, in: detail, &s)
            }
            // The day the law counts from: a consent signed days before was recorded with today's
            // date, and its term to revoke ended too late (a review). As `--on` on the command line.
            if let kind = detail?.obligations.first(where: { $0.id == o })?.kind,
                kind == .dismissalConsent || kind == .revocationNotice
            {
                return .open(
                    PromptScreen(
                        title: kind.label(s.lang),
                        label: kind == .dismissalConsent
                            ? s.t("Datum op de instemming (dd-mm-jjjj): ", "Date the consent bears (dd-mm-yyyy): ")
                            : s.t(
                                "Dag van de schriftelijke mededeling (dd-mm-jjjj): ",
                                "Day of the written notice (dd-mm-yyyy): "),
                        text: s.today.dutch, purpose: .doneOn(id, o)))
            }
            return .run([.write(.done(id, obligation: o))])
        case let .obligationEntry(id, o):
            guard let entry = EntryID(item.id) else { return .handled }
            return .run([.write(.done(id, obligation: o, entry: entry))])
        case let .noteKind(id):
            guard let kind = EntryKind(rawValue: item.id) else { return .handled }
            if kind == .meeting {
                let kind = s.stack.lazy.compactMap {
                    ($0 as? CaseScreen).flatMap { $0.id == id ? $0.detail?.subject.kind.ladderKind : nil }
                }.first
                let parties = HeardParty.parties(for: kind ?? .pupil).map {
                    PickerItem(id: $0.rawValue, label: $0.label(s.lang))
                }
                return .open(
                    PickerScreen(
                        title: s.t(
                            "Wie is gehoord? (spatie kiest, Enter verder)",
                            "Who was heard? (Space ticks, Enter goes on)"),
                        items: parties, multiple: true, purpose: .heard(id)))
            }
            return EditorScreen.start("", .note(id, kind, heard: [], title: ""), s)
        case let .heard(id):
            let heard = items.filter(\.checked).compactMap { HeardParty(rawValue: $0.id) }
            return .open(
                PromptScreen(
                    title: s.t("Gespreksverslag: wanneer was het gesprek?", "Meeting note: when was the meeting?"),
                    label: s.t("Gehouden op (dd-mm-jjjj): ", "Held on (dd-mm-yyyy): "), text: s.today.dutch,
                    purpose: .meetingDate(id, heard)))
        case let .consult(id):
            return EditorScreen.start("", .consult(id, suspicion: item.id == "yes"), s)
        case let .legal(id):
            guard let legal = LegalItem(rawValue: item.id) else { return .handled }
            return LegalItem.picked(id, legal, &s)
        case .schoolField:
            guard let field = SchoolScreen.Field(rawValue: item.id) else { return .handled }
            if let choices = SchoolScreen.choices(field, s) {
                return .open(
                    PickerScreen(title: field.label(s), items: choices, purpose: .schoolValue(field.rawValue)))
            }
            let school = s.stack.lazy.compactMap { ($0 as? SchoolScreen)?.school }.first
            let current: String =
                switch field {
                case .boardName: school?.boardName ?? ""
                case .boardAddress: School.addressLines(school?.boardAddress ?? "").joined(separator: "; ")
                case .address: School.addressLines(school?.address ?? "").joined(separator: "; ")
                default: ""
                }
            return .open(
                PromptScreen(
                    title: field.label(s)
                        + (field == .boardName ? "" : s.t(" (regels scheiden met ;)", " (separate lines with ;)")),
                    label: "", text: current, purpose: .schoolText(field.rawValue)))
        case let .schoolValue(name):
            guard let field = SchoolScreen.Field(rawValue: name), let change = SchoolScreen.change(field, item.id)
            else { return .handled }
            return .run([.write(.setSchool(change))])
        case let .closeOutcome(id, seen, unsent, subject):
            guard let outcome = CaseOutcome(rawValue: item.id) else { return .handled }
            // Kept for this outcome alone, until it is offered with it.
            let kept = s.keptClose.flatMap { $0.caseID == id && $0.outcome == outcome ? $0.reason : nil }
            if kept != nil { s.keptClose = nil }
            var prompt = PromptScreen(
                title: s.t("Zaak sluiten: \(outcome.label.nl)", "Close the case: \(outcome.label.en)"),
                label: s.t("Reden: ", "Reason: "), text: kept ?? "", purpose: .close(id, outcome, seen: seen))
            prompt.confirmation = PromptScreen.closing(outcome, about: subject, unsent: unsent)
            return .open(prompt)
        case let .reclassifyArticles(id, current, seen):
            let articles = items.filter(\.checked).map(\.id)
            guard !articles.isEmpty else {
                s.say(
                    Phrase(
                        "Kies minstens één artikel (spatie); er is niets veranderd.",
                        "Tick at least one article (Space); nothing was changed."), error: true)
                return .handled
            }
            var levels = Severity.allCases.map {
                PickerItem(id: $0.rawValue, label: $0.label(s.lang).capitalizedFirst)
            }
            if let i = levels.firstIndex(where: { $0.id == current.rawValue }) {
                levels[i].detail = s.t("nu", "now")
                levels.insert(levels.remove(at: i), at: 0)
            }
            return .open(
                PickerScreen(
                    title: s.t("Ernst (Enter kiest)", "Severity (Enter picks)"), items: levels,
                    purpose: .reclassifySeverity(id, articles: articles, seen: seen)))
        case let .reclassifySeverity(id, articles, seen):
            guard let severity = Severity(rawValue: item.id) else { return .handled }
            return .open(
                PromptScreen(
                    title: s.t(
                        "Herzien: \(articles.joined(separator: ", ")); \(severity.label.nl)",
                        "Reclassify: \(articles.joined(separator: ", ")); \(severity.label.en)"),
                    label: s.t("Reden: ", "Reason: "),
                    purpose: .reclassify(id, articles: articles, severity: severity, seen: seen)))
        case let .readEntry(entries, sendings):
            guard let e = entries.first(where: { String($0.id) == item.id }) else { return .handled }
            return .open(
                EntryScreen(
                    entry: e, corrections: entries.filter { $0.corrects == e.id },
                    correctsSeq: e.corrects.flatMap { target in entries.first { $0.id == target }?.seq },
                    sending: .known(sendings[e.id])))
        case let .sentLetter(id):
            guard let entry = EntryID(item.id) else { return .handled }
            return .open(CaseScreen.sendMethods(s, id, entry: entry, reference: item.label, title: item.detail))
        case let .sendMethod(id, entry):
            guard let via = SendMethod(rawValue: item.id) else { return .handled }
            return .open(
                PromptScreen(
                    title: s.t("Brief \(via.label.nl)", "Letter \(via.label.en)"),
                    label: s.t("Verzonden op (dd-mm-jjjj): ", "Sent on (dd-mm-yyyy): "), text: s.today.dutch,
                    purpose: .sentOn(id, entry, via)))
        }
    }

    public mutating func layout(_ s: AppState) {
        viewport.resize(count: items.count, rows: min(items.count, max(3, s.height - 8)))
    }

    /// A detail this wide stays whole (a date, "uiterlijk 07-12-2026"); a wider one is cut first.
    static let shortDetail = 22

    public func draw(_ s: AppState, into c: inout Canvas) {
        let (x, y, width) = Box.draw(title: title, height: viewport.rows + 2, into: &c)
        for (row, i) in viewport.visible.enumerated() {
            let item = items[i]
            let selected = i == cursor
            if selected { c.fill(x: x - 1, y: y + row, width: width + 2, height: 1, style: .selected) }
            let mark = multiple ? TriageScreen.checkbox(item.checked) + " " : ""
            // A short detail (an obligation's last day) stays whole and a long label gives way with
            // "…" (the day was cut off, found by a review); a long one (a letter's title, the same
            // on every row) gives way to the label, which tells the rows apart ("aan De h…" on both
            // parents' letters, a review).
            let detail =
                DisplayWidth.of(item.detail) > Self.shortDetail
                ? DisplayWidth.truncate(
                    item.detail,
                    to: max(10, width - DisplayWidth.of(mark + item.label) - 2))
                : item.detail
            let detailWidth = detail.isEmpty ? 0 : 2 + DisplayWidth.of(detail)
            let label =
                detailWidth > 0 && DisplayWidth.of(mark + item.label) + detailWidth > width
                ? DisplayWidth.truncate(item.label, to: max(8, width - detailWidth - DisplayWidth.of(mark)))
                : item.label
            let end = c.put(mark + label, x: x, y: y + row, style: selected ? .selected : .plain, maxX: x + width)
            if !detail.isEmpty {
                c.put("  " + detail, x: end, y: y + row, style: selected ? .selected : .dim, maxX: x + width)
            }
        }
    }
}
