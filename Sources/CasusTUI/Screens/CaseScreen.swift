import CasusCore

/// One case: subject, articles quoted, the ladder with the current rung, obligations with due
/// dates, steps and the timeline; the director's actions on it.
public struct CaseScreen: ScreenModel {
    public let id: CaseID
    public private(set) var data = Loadable<CaseData>()
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public struct CaseData: Sendable {
        public var detail: CaseDetail
        public var assessment: LadderAssessment
    }

    public init(id: CaseID) { self.id = id }

    public var detail: CaseDetail? { data.value?.detail }
    public var assessment: LadderAssessment? { data.value?.assessment }

    public var context: KeyContext { .caseScreen }

    /// The case's keys, most used first; `a` and `v` only where the case makes them relevant
    /// (possibly criminal or meldplicht; staff conduct qualified as grensoverschrijdend or meldplicht).
    /// Keys the role may not use are left out (Chrome.footer asks AccessPolicy).
    public func footer(_ s: AppState) -> [FooterItem] {
        // A closed case takes letters, notes, their sending and a court case (`r`), nothing more:
        // its footer offered a step and closing, which then refused (a review).
        if detail?.record.status == .closed {
            var actions: [Action] = [.back, .letter]
            if let d = detail, !Self.unsent(d).isEmpty { actions.append(.sent) }
            if let d = detail, Self.openInzage(d) { actions.append(.done) }
            return Words.items(actions + [.note, .legal, .up, .down, .help])
        }
        var actions: [Action] = [.back, .stepUp]
        let flags = detail?.record.flags ?? CaseFlags()
        // Meldplicht: the consultation's outcome is asked first (and ticks its obligation).
        if flags.meldplicht, detail?.facts.contains(where: { $0.kind == .consultation }) == false {
            actions.append(.consult)
        }
        actions.append(.letter)
        if let d = detail, !Self.unsent(d).isEmpty { actions.append(.sent) }
        actions += [.note, .done, .legal]
        if flags.criminal || flags.meldplicht { actions.append(.aangifte) }
        if detail?.subject.kind.isPersonnel == true, flags.crossing, !flags.meldplicht {
            actions.append(.vertrouwensinspecteur)
        }
        actions.append(.closeCase)
        // Reclassifying, as it is used less, where the width allows.
        actions.append(.reclassify)
        return Words.items(actions + [.up, .down, .help])
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
        case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
        case .top: viewport.move(.top)
        case .bottom: viewport.move(.bottom)
        case .stepUp, .letter, .note, .done, .aangifte, .vertrouwensinspecteur, .closeCase, .consult, .legal,
            .reclassify:
            return act(action, &s)
        case .sent:
            return recordSent(&s)
        case .open:
            return readEntries(&s)
        default: return nil
        }
        return .handled
    }

    /// Enter: the case's letters and notes to read in full. The timeline shows each as one line,
    /// cut, and Enter did nothing: a letter could be read only from its dossier (a review).
    func readEntries(_ s: inout AppState) -> Outcome {
        guard let detail else { return .handled }
        let entries = Array(detail.entries.reversed())
        guard !entries.isEmpty else {
            s.say(Phrase("Deze zaak heeft nog geen stukken.", "This case has no entries yet."))
            return .handled
        }
        let more =
            detail.entryCount > entries.count
            ? s.t(
                ", de \(entries.count) nieuwste (alle: tab Dossiers)",
                ", the \(entries.count) newest (all: the Dossiers tab)")
            : ""
        return .open(
            PickerScreen(
                title: s.t("Stukken van zaak \(detail.record.number)", "Entries of case \(detail.record.number)") + more
                    + s.t(" (Enter leest)", " (Enter reads)"),
                items: entries.map {
                    PickerItem(
                        id: String($0.id), label: "\($0.at.localDate().dutch) \($0.title)", detail: $0.reference(s.lang)
                    )
                },
                purpose: .readEntry(entries, sendings: detail.sendings)))
    }

    /// The case's filed letters not yet recorded as sent, oldest first.
    static func unsent(_ d: CaseDetail) -> [DossierEntry] {
        d.meetingsAndLetters.filter { $0.kind == .letter && d.sendings[$0.id] == nil }
    }

    /// z: which letter went out (asked when several wait: only the newest was offered, and an
    /// older decision letter could not be recorded as sent before it, found by a review), how,
    /// then on which day (also on a closed case: a letter may go out after the case is closed).
    func recordSent(_ s: inout AppState) -> Outcome {
        guard let detail else { return .handled }
        let letters = Self.unsent(detail)
        guard let only = letters.first else {
            s.say(
                Phrase(
                    "Deze zaak heeft geen brief die nog niet als verzonden is vastgelegd.",
                    "This case has no letter that is not yet recorded as sent."))
            return .handled
        }
        guard letters.count > 1 else {
            return .open(
                Self.sendMethods(s, id, entry: only.id, reference: only.reference(s.lang), title: only.title))
        }
        return .open(
            PickerScreen(
                title: s.t("Welke brief is verzonden?", "Which letter was sent?"),
                items: letters.reversed().map {
                    PickerItem(id: String($0.id), label: Self.addressed($0, s), detail: $0.title)
                },
                purpose: .sentLetter(id)))
    }

    /// A letter as the picker names it: its reference and whom its address block names first (a
    /// decision's letters to two parents had the same title, and told apart nothing, a review).
    /// "stuk 12, nr. 3 · aan De heer R. Vos": the first line of the address block, under the
    /// school's name that heads every letter (it named the school for every letter, so two letters
    /// to two parents looked alike, a review).
    static func addressed(_ e: DossierEntry, _ s: AppState) -> String {
        let lines = e.body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let firstText = lines.firstIndex { !$0.isEmpty }
        let blank = firstText.flatMap { start in lines[start...].firstIndex { $0.isEmpty } }
        let address = blank.flatMap { gap in lines[gap...].first { !$0.isEmpty } }
        let to = address ?? firstText.map { lines[$0] }
        return e.reference(s.lang) + (to.map { s.t(" · aan ", " · to ") + $0 } ?? "")
    }

    /// How the letter went out: post, e-mail or by hand.
    static func sendMethods(_ s: AppState, _ id: CaseID, entry: EntryID, reference: String, title: String)
        -> PickerScreen
    {
        // A letter that goes registered offers that first: "Per post" stood under the cursor, and a
        // sending once recorded is not changed (a review recorded a voornemen by post).
        let registered = title.lowercased().contains("aangetekend")
        let methods =
            registered
            ? [.registered, .hand] + SendMethod.allCases.filter { ![.registered, .hand].contains($0) }
            : SendMethod.allCases
        return PickerScreen(
            title: s.t("Hoe is de brief verzonden? (\(reference))", "How was the letter sent? (\(reference))"),
            items: methods.map {
                PickerItem(id: $0.rawValue, label: $0.label(s.lang).capitalizedFirst, detail: title)
            },
            purpose: .sendMethod(id, entry))
    }

    /// A closed case with an inzage request still to answer: its one obligation `o` ticks.
    static func openInzage(_ d: CaseDetail) -> Bool {
        d.obligations.contains { $0.kind == .inzageAnswer && !$0.isDone }
    }

    func act(_ action: Action, _ s: inout AppState) -> Outcome {
        guard let detail else { return .handled }
        if detail.record.status == .closed, action == .legal {
            // A court case can start (or end) after the case closed: it holds the dossier's retention.
            // An inzage request comes when it comes (it was refused on a closed case, a review).
            let picker = LegalItem.picker(detail, s)
            return .open(
                PickerScreen(
                    title: picker.title,
                    items: picker.items.filter { $0.id.hasPrefix("court") || $0.id == LegalItem.inzage.rawValue },
                    purpose: picker.purpose))
        }
        // Letters and notes go on after a close (a letter to the parents, a meeting's record); `n`
        // was offered and then refused (a review). So does an inzage request's answer.
        // A step typed while another closed the case: its text is offered as a note, which a
        // closed case takes ("+ vult hem weer in" was said, and + then said only that the case
        // was closed, a review).
        if detail.record.status == .closed, action == .stepUp, let kept = s.keptStep, kept.caseID == id {
            s.keptStep = nil
            s.say(
                Phrase(
                    "De zaak is gesloten; de stap is niet gezet. Uw tekst staat hier als notitie: F2 en Enter slaan hem op, Esc gooit hem weg.",
                    "The case is closed; the step was not taken. Your text stands here as a note: F2 and Enter save it, Esc throws it away."
                ), error: true)
            return EditorScreen.start(StepDialog.asNote(kept.typed, s), .note(id, .note, heard: [], title: ""), s)
        }
        if detail.record.status == .closed, action != .letter, action != .note,
            !(action == .done && Self.openInzage(detail))
        {
            s.say(Phrase("De zaak is gesloten.", "The case is closed."), error: true)
            return .handled
        }
        let kind = detail.subject.kind.ladderKind
        switch action {
        case .legal:
            return .open(LegalItem.picker(detail, s))
        case .stepUp:
            return .run([.ask(.stepOptions(id))])
        case .letter:
            let proposed = assessment?.current.flatMap { LadderEngine.template(for: $0, kind: kind) }
            return .open(
                PickerScreen.templates(
                    s, caseID: id, proposed: proposed, kind: kind, ladder: assessment?.ladder,
                    objected: detail.obligations.contains { $0.kind == .objectionDecision },
                    ended: PickerScreen.employmentEnded(detail)))
        case .note:
            let kinds: [EntryKind] = [.note, .meeting, .phone, .email]
            return .open(
                PickerScreen(
                    title: s.t("Soort stuk", "Kind of entry"),
                    items: kinds.map { PickerItem(id: $0.rawValue, label: $0.label(s.lang).capitalizedFirst) },
                    purpose: .noteKind(id)))
        case .done:
            let open = detail.obligations.filter {
                !$0.isDone && !$0.isDeadlineForOthers && (detail.record.status == .open || $0.kind == .inzageAnswer)
            }
            guard !open.isEmpty else {
                s.say(Phrase("Geen open verplichtingen.", "No open obligations."))
                return .handled
            }
            return .open(
                PickerScreen(
                    title: s.t("Verplichting afvinken", "Mark an obligation done"),
                    items: open.map {
                        PickerItem(
                            id: String($0.id), label: $0.kind.label(s.lang),
                            detail: s.t("uiterlijk ", "due ") + $0.due.dutch)
                    },
                    purpose: .obligation(id)))
        case .aangifte:
            return .run([
                .ask(.draft(id, template: "aangifte", purpose: .escalation(id, .aangifte, template: "aangifte")))
            ])
        case .consult,
            .vertrouwensinspecteur where detail.record.flags.meldplicht:
            // Under the meldplicht the consultation records whether there is a reasonable suspicion.
            guard detail.record.flags.meldplicht else {
                s.say(
                    Phrase(
                        "Geen meldplichtzaak: een melding bij de vertrouwensinspecteur legt u vast met v.",
                        "Not a meldplicht case: record a report to the vertrouwensinspecteur with v."), error: true)
                return .handled
            }
            if detail.facts.contains(where: { $0.kind == .consultation }) {
                s.say(Phrase("Het overleg is al vastgelegd.", "The consultation is already recorded."), error: true)
                return .handled
            }
            return .open(
                PickerScreen(
                    title: s.t(
                        "Overleg vertrouwensinspecteur: redelijk vermoeden?", "Consultation: reasonable suspicion?"),
                    items: [
                        PickerItem(
                            id: "yes", label: s.t("Ja: redelijk vermoeden", "Yes: reasonable suspicion"),
                            detail: s.t("aangifte na informeren ouders en betrokkene", "aangifte after informing")),
                        PickerItem(
                            id: "no", label: s.t("Nee: geen redelijk vermoeden", "No: no reasonable suspicion"),
                            detail: s.t("geen aangifteplicht", "no duty to report")),
                    ], purpose: .consult(id)))
        case .vertrouwensinspecteur:
            return .run([
                .ask(
                    .draft(
                        id, template: "telefoonnotitie-vertrouwensinspecteur",
                        purpose: .escalation(
                            id, .vertrouwensinspecteur, template: "telefoonnotitie-vertrouwensinspecteur")))
            ])
        case .reclassify:
            // The rules of conduct that bind this kind of subject; the case's own ticked.
            let items = detail.profile.conductArticles.filter { $0.binds(kind) }.map {
                PickerItem(
                    id: $0.id, label: "\($0.id) \($0.title)", detail: $0.severity.map { $0.label(s.lang) } ?? "",
                    checked: detail.record.articles.contains($0.id))
            }
            return .open(
                PickerScreen(
                    title: s.t(
                        "Artikelen herzien (spatie kiest, Enter verder)",
                        "Reclassify: articles (Space ticks, Enter goes on)"),
                    items: items, multiple: true,
                    purpose: .reclassifyArticles(
                        id, current: detail.record.severity, seen: StepBasis(detail.record, steps: detail.steps))))
        default:
            // What keeps the case open is said before the outcome and the reason are asked: they
            // were typed first, then refused (a review).
            if let blockers = assessment?.closeBlockers, !blockers.isEmpty {
                s.say(
                    Phrase(
                        "Zaak \(detail.record.number) kan nog niet dicht: " + blockers.map(\.nl).joined(separator: "; ")
                            + ". Vink elke verplichting af met o.",
                        "Case \(detail.record.number) cannot be closed yet: "
                            + blockers.map(\.en).joined(separator: "; ")
                            + ". Tick each obligation with o."), error: true)
                return .handled
            }
            return .open(
                PickerScreen.closeOutcome(
                    id, seen: StepBasis(detail.record, steps: detail.steps), unsent: Self.unsent(detail).map(\.id),
                    about: detail.subject.kind, s))
        }
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard data.state.needsRequest else { return [] }
        return [.fetch(.caseDetail(id), ticket: data.state.begin())]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard request == .caseDetail(id), case let .caseDetail(detail, assessment) = value else { return false }
        guard data.take(CaseData(detail: detail, assessment: assessment), ticket: ticket, version: version) else {
            return false
        }
        laidOut = nil
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        request == .caseDetail(id) && data.state.fail(ticket, error)
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        if isAffected(.caseDetail(id)) { data.state.markStale() }
    }
    public mutating func retry(onTick: Bool) { data.state.retry(onTick: onTick) }

    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            if let d = data.value {
                lines = CaseLayout.lines(
                    d.detail, d.assessment, width: s.width, lang: s.lang, today: s.today, keymap: s.keymap)
                laidOut = key
            } else {
                lines =
                    data.state.error.map { StyledLine.wrapped($0.text(s.lang), width: s.width - 2, style: .alarm) }
                    ?? Page.loading(s)
            }
        }
        viewport.resize(count: lines.count, rows: Page.rows(s))
    }

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c) }
}
