import CasusCore

/// `+` on a case: the rungs the engine offers, with preconditions, refusals and obligations,
/// then the facts as the director established them (what the letters state), the reason (and
/// days, and a justification for a skip).
public struct StepDialog: ScreenModel {
    public enum Focus: Sendable {
        case options, facts, measure, reason, days, start, justification, urgency, route, respondDays
    }

    public let caseID: CaseID
    public let kind: SubjectKind
    public let options: [StepOption]
    public private(set) var cursor: Int
    public var reason = TextField()
    public var days = TextField("", limit: 3)
    /// A suspension's first day (dd-mm-jjjj); empty: the next school day. Only `case step
    /// --start` could set it, so a Friday's suspension from Monday could not be given here (a
    /// review).
    public var start = TextField("", limit: 10)
    public var justification = TextField()
    /// Openbare school without the parents' view: why it was urgent (Awb 4:11).
    public var urgency = TextField()
    /// What the measure is and how long it lasts, where the profile leaves it to the director.
    public var measure = TextField()
    /// What the director established, in their own words: filled in with the case's facts so far
    /// (the report's text until the director rewrites it); what the step's letter states.
    public var facts: TextField
    let factsBefore: String
    /// Dismissal: consent, uwv or kantonrechter.
    public var route = TextField("", limit: 14)
    /// A staff voornemen: the school days the employee has to respond (the step's default when
    /// empty). The dialog said "(--respond-days)" and had no field for it (a review).
    public var respondDays = TextField("", limit: 2)
    public var focus: Focus = .options
    /// The first line of the chosen rung's explanation shown (PgDn, PgUp), kept within its lines
    /// by `layout`: at 80×24 a removal's notices and obligations ran past the fields and were cut
    /// off without a sign (found by a review).
    public private(set) var detailOffset = 0

    /// The case the options were worked out on: the step carries it, and is refused when the case
    /// moved on meanwhile (another director's step).
    public let basis: StepBasis?
    /// What was typed goes only at a second Esc, as in the editor (a suspension's reason and
    /// justification went without a word, a review).
    var discard = DiscardGuard()
    /// A decision (a suspension, a removal, a dismissal…) asks for Enter once more, with what it
    /// will record said on the line: Enter moved from field to field and, in the last, saved a
    /// suspension at once, with nothing to check first (a review). Any other key asks again.
    var confirming = false
    public var asksForGood: Bool { confirming }
    public var takesLineBreaks: Bool { focus == .facts }
    /// The facts are being rewritten: Enter is a new line there. Facts left as the case gave them
    /// are passed with Enter, as every field is.
    var writingFacts: Bool { focus == .facts && facts.value != factsBefore }

    public var hasUnsavedText: Bool { hasTyped }
    /// The store refused the step as typed: leaving keeps the fields for the next `+`.
    var keepOnLeaving = false
    /// Said when the typed fields are kept for the next `+`.
    static let keptSaid = Phrase("Uw tekst is bewaard: + vult hem weer in.", "Your text is kept: + fills it in again.")

    /// The fields typed into besides the facts, as one list: what closing would lose, and what a
    /// dialog closed by another session's change keeps (`Typed`).
    static var typedFields: [WritableKeyPath<StepDialog, TextField>] {
        [\.reason, \.days, \.start, \.justification, \.urgency, \.measure, \.route, \.respondDays]
    }

    /// Something was typed that closing would lose (the facts count once changed).
    var hasTyped: Bool {
        facts.value != factsBefore || !Self.typedFields.allSatisfy { self[keyPath: $0].value.isEmpty }
    }

    public init(
        caseID: CaseID, kind: SubjectKind, options: [StepOption], facts: String = "", basis: StepBasis? = nil
    ) {
        self.basis = basis
        // Typing goes on after the case's facts with a space between: words typed at their end were
        // glued onto their last sentence ("door Roos.Roos nam", a review).
        let filled = facts.isEmpty || facts.last?.isWhitespace == true ? facts : facts + " "
        self.facts = TextField(filled, limit: max(2000, filled.count))
        self.factsBefore = filled
        self.caseID = caseID
        self.kind = kind
        self.options = options
        self.cursor = options.firstIndex(where: \.isSuggested) ?? 0
    }

    public var option: StepOption? { options.indices.contains(cursor) ? options[cursor] : nil }

    /// What was typed into the dialog's fields, kept when another session's change closes it (its
    /// options are out of date): the next `+` on the case fills them in again. A refused step threw
    /// away the reason and justification typed (a review of two sessions at once).
    public struct Typed: Sendable {
        var facts: TextField?
        var fields: [TextField]
        /// The step chosen, said in the note a closed case takes (`asNote`).
        var rung: Rung? = nil
        var kind: SubjectKind = .pupil
    }

    /// The fields as typed (each with its limit); the facts only where they were changed.
    public var typed: Typed {
        Typed(
            facts: facts.value != factsBefore ? facts : nil, fields: Self.typedFields.map { self[keyPath: $0] },
            rung: option?.rung, kind: kind)
    }

    /// What was typed, as a note's text: each field with its name (the step itself was not taken).
    static func asNote(_ t: Typed, _ s: AppState) -> String {
        let names = [
            s.t("Reden", "Reason"), s.t("Dagen", "Days"), s.t("Eerste dag", "First day"),
            s.t("Onderbouwing", "Justification"), s.t("Waarom niet eerst gehoord", "Why not heard first"),
            s.t("Maatregel", "Measure"), s.t("Route", "Route"), s.t("Dagen om te reageren", "Days to respond"),
        ]
        let step = t.rung.map { " (" + $0.label(for: t.kind)(s.lang) + ")" } ?? ""
        var lines = [
            s.t("Stap niet gezet\(step): de zaak werd gesloten.", "Step not taken\(step): the case was closed.")
        ]
        if let facts = t.facts, !facts.value.isEmpty { lines.append(s.t("Feiten: ", "Facts: ") + facts.value) }
        for (name, field) in zip(names, t.fields) where !field.value.isEmpty { lines.append(name + ": " + field.value) }
        return lines.joined(separator: "\n")
    }

    /// The fields filled in with what was typed before.
    public mutating func restore(_ t: Typed) {
        if let typed = t.facts { facts = typed }
        for (path, field) in zip(Self.typedFields, t.fields) { self[keyPath: path] = field }
    }

    /// The fields this option asks for, in order.
    public var fields: [Focus] {
        guard let o = option else { return [] }
        var f: [Focus] = o.measureByDirector ? [.facts, .measure, .reason] : [.facts, .reason]
        if o.needsDays { f += [.days, .start] }
        if o.asksDay { f.append(.start) }
        if !o.skips.isEmpty || o.needsJustification { f.append(.justification) }
        if o.needsUrgency { f.append(.urgency) }
        if o.needsRoute { f.append(.route) }
        if o.phase == .proposal { f.append(.respondDays) }
        return f
    }

    public var context: KeyContext { .step }
    public var isDialog: Bool { true }

    public func footer(_ s: AppState) -> [FooterItem] {
        [
            FooterItem([.up, .down], Phrase("trede", "rung")),
            writingFacts
                ? FooterItem(.confirm, Phrase("nieuwe regel", "new line"))
                : FooterItem(.confirm, Phrase("verder/bevestig", "next/confirm")),
            FooterItem(.nextField, Phrase("veld", "field")),
        ]
            + (detailRoom(s.height) < detailLines(s).count
                ? [FooterItem(.pageDown, Phrase("meer uitleg", "more details"))] : [])
            + [FooterItem(.back, Phrase("terug", "back"))]
    }

    /// The chosen rung's explanation: what it is, why it is refused, its notes, obligations and letter.
    func detailLines(_ s: AppState) -> [StyledLine] {
        guard let o = option else { return [] }
        let w = s.width
        var lines: [StyledLine] = []
        if let detail = o.detail { lines += StyledLine.wrapped(detail, width: w - 2, indent: 2, style: .accent) }
        for r in o.refusals {
            lines += StyledLine.wrapped(
                "✗ " + ScreenWords.onScreen(r(s.lang), s.lang, keymap: s.keymap), width: w - 2, indent: 2, style: .alarm
            )
        }
        for n in o.notes {
            lines += StyledLine.wrapped(
                ScreenWords.onScreen(n(s.lang), s.lang, keymap: s.keymap), width: w - 2, indent: 2, style: .dim)
        }
        for p in o.obligations {
            lines += StyledLine.wrapped(
                s.t("verplichting: ", "obligation: ") + p.kind.label(s.lang) + s.t(" — uiterlijk ", " — due ")
                    + p.due.dutch,
                width: w - 2, indent: 2)
        }
        if let template = o.template, let title = s.templates.first(where: { $0.id == template })?.title {
            lines += StyledLine.wrapped(s.t("brief: ", "letter: ") + title, width: w - 2, indent: 2, style: .dim)
        }
        return lines
    }

    /// The rows between the rungs and the fields.
    func detailRoom(_ height: Int) -> Int { max(0, height - (3 + options.count) - fields.count - 4) }

    public mutating func layout(_ s: AppState) {
        detailOffset = min(detailOffset, max(0, detailLines(s).count - detailRoom(s.height)))
    }

    /// In a field, keys type, but for those bound in this dialog (Enter, Tab) and Esc.
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        guard s.keymap.ownAction(for: key, in: .step) == nil, key != .escape else { return nil }
        if confirming {
            // Any other key: back to the fields, as typed; not typed into one ("Ernstign" was saved
            // as the justification, a review).
            confirming = false
            s.say(Phrase("Niet vastgelegd; de velden staan er nog.", "Not recorded; the fields are still there."))
            return .handled
        }
        guard focus != .options else { return nil }
        discard = DiscardGuard()
        switch focus {
        case .days:
            if case let .char(c) = key, !c.isNumber {
                s.say(Phrase("Alleen cijfers: het aantal dagen.", "Digits only: the number of days."), error: true)
                return .handled
            }
            return days.handle(key, &s) ? .handled : nil
        case .respondDays:
            if case let .char(c) = key, !c.isNumber {
                s.say(
                    Phrase("Alleen cijfers: het aantal schooldagen.", "Digits only: the number of school days."),
                    error: true)
                return .handled
            }
            return respondDays.handle(key, &s) ? .handled : nil
        case .reason: return reason.handle(key, &s) ? .handled : nil
        case .start: return start.handle(key, &s) ? .handled : nil
        case .justification: return justification.handle(key, &s) ? .handled : nil
        case .urgency: return urgency.handle(key, &s) ? .handled : nil
        case .route: return route.handle(key, &s) ? .handled : nil
        case .measure: return measure.handle(key, &s) ? .handled : nil
        case .facts:
            if key == .char("\n") {
                facts.insertLineBreak()
                return .handled
            }
            return facts.handle(key, &s) ? .handled : nil
        case .options: return nil
        }
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        if action != .back { discard = DiscardGuard() }
        if action != .confirm { confirming = false }
        switch action {
        case .back:
            if focus == .options {
                guard hasTyped else { return .closed }
                // Refused for what must come first: its fields go with the director (`keepRefusedStep`).
                if keepOnLeaving {
                    s.keptStep = (caseID, typed)
                    s.say(Self.keptSaid)
                    return .closed
                }
                return discard.allows(&s, then: Phrase("Tab gaat terug naar de velden", "Tab goes back to the fields"))
                    ? DiscardGuard.discarded(&s) : .handled
            }
            focus = .options
        case .up where focus == .options:
            cursor = max(0, cursor - 1)
            detailOffset = 0
        case .down where focus == .options:
            cursor = min(options.count - 1, cursor + 1)
            detailOffset = 0
        case .pageDown:
            // Kept within the lines by `layout`, which knows the screen.
            detailOffset += max(1, detailRoom(s.height) - 1)
            layout(s)
        case .pageUp:
            detailOffset = max(0, detailOffset - max(1, detailRoom(s.height) - 1))
        case .nextField:
            _ = next()
        case .previousField:
            if let i = fields.firstIndex(of: focus), i > 0 { focus = fields[i - 1] } else { focus = .options }
        // Facts being written are a box of several lines: Enter starts a new one, Tab goes on.
        // Enter went to the reason, and a second paragraph was filed as the reason (a review).
        case .confirm where writingFacts:
            return input(.char("\n"), &s)
        case .confirm:
            guard next() else { break }
            return submit(&s)
        // Help opens over the dialog, its fields kept (it did nothing, a review).
        case .help:
            return nil
        default:
            break
        }
        return .handled
    }

    /// To the next field; true when past the last one (submit).
    mutating func next() -> Bool {
        if focus == .options {
            focus = fields.first ?? .options
            return false
        }
        guard let i = fields.firstIndex(of: focus) else { return false }
        if i + 1 < fields.count {
            focus = fields[i + 1]
            return false
        }
        return true
    }

    /// What Enter once more will record, on one line: the step as the engine plans it.
    func confirmation(_ plan: StepPlan) -> Phrase {
        let step = plan.step
        var nl = option?.label(.nl) ?? step.rung.label(for: kind).nl
        var en = option?.label(.en) ?? step.rung.label(for: kind).en
        if let n = step.days, let first = step.startDate, let last = step.endDate {
            let school = option?.length == .schoolDays
            let unit =
                school
                ? (n == 1 ? Phrase("schooldag", "school day") : Phrase("schooldagen", "school days"))
                : (n == 1 ? Phrase("kalenderdag", "calendar day") : Phrase("kalenderdagen", "calendar days"))
            // The days themselves: "the next school day" left the director to work out which.
            let (f, l) = (first.dutchWithWeekday, last.dutchWithWeekday)
            let (fe, le) = (first.englishWithWeekday, last.englishWithWeekday)
            nl += ", \(n) \(unit.nl), " + (first == last ? "op \(f)" : "van \(f) t/m \(l)")
            en += ", \(n) \(unit.en), " + (first == last ? "on \(fe)" : "from \(fe) to \(le)")
        }
        if let o = option, o.needsRoute, !route.value.isEmpty {
            nl += ", route \(route.value)"
            en += ", route \(route.value)"
        }
        // What the engine says of how it was planned ("De schorsing begint op … na de kerstvakantie").
        // Every one: the screen showed the first, and a summary dismissal's second and third
        // cautions were never read there (a review).
        let notes = plan.notices.reduce(Phrase("", "")) { $0 + Phrase(" ", " ") + $1 }
        return Phrase(
            "Vastleggen: \(nl)?\(notes.nl) Enter legt het vast, blijvend; een andere toets: terug.",
            "Record: \(en)?\(notes.en) Enter records it, for good; any other key: back.")
    }

    /// What was typed checked first (a day that is none is said before anything is asked), then the
    /// step asked once more, then written. Every step, not only a besluit: each goes into the dossier
    /// for good and opens the next rung, and two pasted lines saved a pupil's warning at the second
    /// line end, nothing asked (a review).
    mutating func submit(_ s: inout AppState) -> Outcome {
        guard let o = option, let request = checked(o, &s) else {
            confirming = false
            return .handled
        }
        // The step is first planned by the engine, read-only: its days said, or its refusal, before
        // it is asked once more (`Update`: `.stepPreviewed`).
        if !confirming {
            return .run([.ask(.stepPreview(caseID, request))])
        }
        confirming = false
        return .run([.write(.step(caseID, request))])
    }

    /// The step as typed, or nil with what is wrong said on the line.
    mutating func checked(_ o: StepOption, _ s: inout AppState) -> StepRequest? {
        if !o.isAllowed {
            s.say(
                s.t("Geweigerd: ", "Refused: ")
                    + o.refusals.map { ScreenWords.onScreen($0(s.lang), s.lang, keymap: s.keymap) }.joined(
                        separator: "; "), error: true)
            return nil
        }
        let n = days.value.isEmpty ? nil : Int(days.value)
        var chosen: DismissalRoute?
        if o.needsRoute {
            chosen = Self.route(route.value)
            if chosen == nil {
                s.say(
                    Phrase(
                        "Route: consent (instemming), uwv of kantonrechter; niet ‘\(route.value)’.",
                        "Route: consent, uwv or kantonrechter; not ‘\(route.value)’."), error: true)
                return nil
            }
        }
        let firstDay = start.value.trimmingCharacters(in: .whitespaces)
        let datedHere = o.needsDays || o.asksDay
        let startDate = firstDay.isEmpty || !datedHere ? nil : LocalDate(typed: firstDay)
        if datedHere, !firstDay.isEmpty, startDate == nil {
            s.say(
                Phrase(
                    "\(o.asksDay ? "Dag van de time-out" : "Eerste dag"): ‘\(firstDay)’ is geen dag; typ dd-mm-jjjj (\(s.today.adding(days: o.asksDay ? -1 : 3).dutch)) of laat het leeg. Er is niets opgeslagen.",
                    "\(o.asksDay ? "Day of the time-out" : "First day"): ‘\(firstDay)’ is not a day; type dd-mm-yyyy (\(s.today.adding(days: o.asksDay ? -1 : 3).dutch)) or leave it empty. Nothing was saved."
                ), error: true)
            focus = .start
            return nil
        }
        let respond = respondDays.value.trimmingCharacters(in: .whitespaces)
        if o.phase == .proposal, !respond.isEmpty, Int(respond) == nil {
            s.say(
                Phrase(
                    "Reactietermijn: een aantal schooldagen (1–60), niet ‘\(respond)’.",
                    "Response term: a number of school days (1–60), not ‘\(respond)’."), error: true)
            return nil
        }
        return
            StepRequest(
                rung: o.rung, reason: reason.value, days: o.needsDays ? n : nil,
                // Only where the option asks for it: a justification typed for another option went
                // into the letter as the reason a lighter measure was skipped (a review).
                justification: justification.value.isEmpty || (o.skips.isEmpty && !o.needsJustification)
                    ? nil : justification.value,
                startDate: startDate, phase: o.phase,
                urgency: o.needsUrgency && !urgency.value.isEmpty ? urgency.value : nil, route: chosen,
                respondDays: o.phase == .proposal ? Int(respond) : nil,
                measure: o.measureByDirector ? measure.value : nil,
                facts: facts.value == factsBefore ? nil : facts.value, basis: basis)
    }

    /// What was typed for the route: the ids, or their Dutch words.
    static func route(_ text: String) -> DismissalRoute? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "consent", "instemming": .consent
        case "uwv": .uwv
        case "kantonrechter", "rechter": .kantonrechter
        default: nil
        }
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        let w = c.width
        var y = 1
        // Headed as what it offers: with every rung refused it read "Volgende stap" all the same, as
        // if one were on offer (a review).
        let heading =
            options.contains(where: \.isAllowed)
            ? s.t("Volgende stap op de ladder", "Next step on the ladder")
            : s.t(
                "Geen stap mogelijk op de ladder (✗: waarom staat eronder)",
                "No step possible on the ladder (✗: why is below)")
        c.put(DisplayWidth.truncate(heading, to: max(1, w - 2)), x: 1, y: y, style: .bold, maxX: w - 1)
        y += 1
        for (i, o) in options.enumerated() {
            var text = (o.isAllowed ? "  " : "✗ ") + o.label(s.lang)
            if o.isSuggested { text += s.t("  (voorgesteld)", "  (suggested)") }
            if !o.skips.isEmpty {
                text +=
                    s.t("  — slaat over: ", "  — skips: ")
                    + o.skips.map { $0.label(for: kind)(s.lang) }.joined(separator: ", ")
            }
            let selected = i == cursor
            let style: Style = selected ? (focus == .options ? .selected : .bold) : o.isAllowed ? .plain : .dim
            if selected && focus == .options { c.fill(x: 2, y: y, width: w - 3, height: 1, style: .selected) }
            // Cut with "…", so a list of skipped rungs does not end in a comma as if complete.
            c.put(DisplayWidth.truncate(text, to: max(1, w - 3)), x: 2, y: y, style: style, maxX: w - 1)
            y += 1
        }
        y += 1
        guard let o = option else { return }
        let room = detailRoom(c.height)
        // In the facts the whole text shows, wrapped, where the explanation stood: the field shows
        // one row, and words typed after the case's facts, out of sight, were filed glued onto them
        // in both parents' decision letters (a review).
        let factsShown = focus == .facts && room >= 3
        if factsShown {
            c.put(
                writingFacts
                    ? s.t(
                        "Feiten, zoals de brieven ze noemen (Enter: nieuwe regel; Tab: verder):",
                        "Facts, as the letters state them (Enter: new line; Tab: next):")
                    : s.t(
                        "Feiten, zoals de brieven ze noemen (typ om ze te wijzigen; Enter: verder):",
                        "Facts, as the letters state them (type to change them; Enter: next):"),
                x: 2, y: y, style: .bold, maxX: w - 1)
            facts.drawWrapped(into: &c, x: 2, y: y + 1, width: w - 4, rows: room - 1, focused: true)
        }
        let lines = factsShown ? [] : detailLines(s)
        let start = min(detailOffset, max(0, lines.count - room))
        // What does not fit is said, with how many lines and the key (PgDn): never cut off unseen.
        let below = lines.count - start - room
        let shown = below > 0 ? max(0, room - 1) : room
        for line in lines.dropFirst(start).prefix(shown) {
            line.draw(into: &c, x: 1, y: y, maxX: w - 1)
            y += 1
        }
        if below > 0, room > 0 {
            let more = lines.count - start - shown
            c.put(
                s.t("  ↓ nog \(more) regels uitleg (PgDn)", "  ↓ \(more) more lines (PgDn)")
                    + (start > 0 ? s.t(", terug met PgUp", ", back with PgUp") : ""),
                x: 1, y: y, style: .dim, maxX: w - 1)
        } else if start > 0, room > 0 {
            c.put(s.t("  ↑ PgUp: het begin", "  ↑ PgUp: the beginning"), x: 1, y: y, style: .dim, maxX: w - 1)
        }
        y = c.height - 3 - fields.count
        for field in fields {
            let (label, value): (String, TextField) =
                switch field {
                case .reason: (s.t("Reden: ", "Reason: "), reason)
                case .days:
                    o.length == .schoolDays
                        // "Dagen" first: a refusal names the field "veld Dagen" (ScreenWords), which the
                        // label "Schooldagen (1–5)" did not show (a review).
                        ? (s.t("Dagen (schooldagen, 1–5): ", "Days (school days, 1–5): "), days)
                        : (s.t("Dagen (kalenderdagen): ", "Days (calendar days): "), days)
                case .justification: (s.t("Onderbouwing: ", "Justification: "), justification)
                // The day an empty field gives, as the step will take it (after a measure that runs).
                case .start where o.asksDay:
                    (
                        s.t(
                            "Dag van de time-out (leeg: vandaag, \(s.today.dutchWithWeekday)): ",
                            "Day of the time-out (empty: today, \(s.today.englishWithWeekday)): "), self.start
                    )
                case .start:
                    o.defaultFirst.map {
                        (
                            s.t(
                                "Eerste dag (leeg: \($0.dutchWithWeekday)): ",
                                "First day (empty: \($0.englishWithWeekday)): "), self.start
                        )
                    } ?? (s.t("Eerste dag: ", "First day: "), self.start)
                // An employee's ordemaatregel is no Awb decision: the field says why not heard (a review).
                case .urgency:
                    o.rung == .precautionarySuspension
                        ? (s.t("Waarom niet eerst gehoord: ", "Why not heard first: "), urgency)
                        : (s.t("Spoed (Awb 4:11): ", "Urgency (Awb 4:11): "), urgency)
                case .route: (s.t("Route (consent/uwv/kantonrechter): ", "Route (consent/uwv/kantonrechter): "), route)
                case .measure: (s.t("Maatregel (wat en hoe lang): ", "Measure (what and how long): "), measure)
                case .respondDays: (s.t("Reactietermijn (schooldagen): ", "Response term (school days): "), respondDays)
                case .facts: (s.t("Feiten (uw woorden): ", "Facts (your words): "), facts)
                case .options: ("", reason)
                }
            let x = c.put(label, x: 2, y: y, style: focus == field ? .accent : .plain)
            if field == .facts, factsShown {
                c.put(s.t("↑ hierboven", "↑ above"), x: x, y: y, style: .dim, maxX: w - 1)
                y += 1
                continue
            }
            value.draw(
                into: &c, x: x, y: y,
                width: max(4, [.days, .respondDays].contains(field) ? 4 : field == .start ? 11 : w - x - 2),
                focused: focus == field)
            y += 1
        }
    }
}
