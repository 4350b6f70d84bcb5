import CasusCore

/// A new report (`n` on Meldingen, a teacher's Mijn meldingen): what happened, when (a day, or
/// empty when not known), the platform, who is involved (found by name as it is typed) and the
/// evidence files (paths, separated by commas; each read whole, at most 25 MB, when it is saved).
/// Saved (F2, Ctrl-S) in the session's own name;
/// a teacher then follows it in Mijn meldingen. Who may be named comes from the store's roster:
/// names and groups of the school's pupils and staff, nothing of their dossiers. Enter on a name
/// chosen before gives it the next part: betrokkene, slachtoffer, getuige, then off the report (the
/// form named subjects only; the command line had --victim and --witness, a review).
public struct ReportFormScreen: ScreenModel {
    public enum Field: Int, Sendable, CaseIterable {
        case summary, when, platform, people, evidence
    }

    public var field: Field = .summary
    public var summary = TextField("", limit: Self.summaryLimit)
    /// What "Wat is er gebeurd?" holds: a long account with its paragraphs; reaching it is said
    /// (4,000 characters ended a pasted account without a word, a review).
    public static let summaryLimit = 20_000
    public var when = TextField("", limit: 10)
    // As long as the store takes (a 59-character platform was refused only at the save, a review).
    public var platform = TextField("", limit: ShortText.platform)
    /// Paths of evidence files, separated by commas (Enter adds the separator).
    public var evidence = TextField("", limit: 2000)
    public var name = TextField("", limit: 60)
    /// The roster's answer for `name` as typed, and the one under the cursor.
    public private(set) var found: [Person] = []
    /// The most names a search of the roster gives the form (the list scrolls).
    public static let namesFound = 50
    public private(set) var cursor = 0
    public private(set) var chosen: [Person] = []
    /// Each chosen person's part in the report, by id (betrokkene when not set).
    public private(set) var parts: [PersonID: Involvement] = [:]
    /// After Enter the name stays, so Enter again changes its part; the next letter typed starts a
    /// new name.
    var nameDone = false
    var roster = LoadState()
    /// Esc on a form with something in it asks first (as the editor does): a half-written report
    /// went at one key.
    var discard = DiscardGuard()
    /// The letters the answer in flight (or on screen) was asked for.
    var asked = ""

    public init() {}

    public var context: KeyContext { .reportForm }
    public var isDialog: Bool { true }
    public var holdsWriting: Bool { true }

    public var hasUnsavedText: Bool {
        ![summary, when, platform, evidence, name].allSatisfy {
            $0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        } || !chosen.isEmpty
    }

    public func footer(_ s: AppState) -> [FooterItem] {
        [
            FooterItem(.nextField, Phrase("volgend veld", "next field")),
            FooterItem(.confirm, confirmLabel),
            FooterItem(.save, Phrase("opslaan", "save"), bothKeys: true),
            FooterItem(.back, Phrase("annuleer", "cancel")),
        ]
    }

    var confirmLabel: Phrase {
        switch field {
        case .people: Phrase("kies; nog eens: rol", "choose; again: part")
        case .evidence: Phrase("nog een bestand", "another file")
        case .summary: Phrase("nieuwe regel", "new line")
        default: Phrase("verder", "next")
        }
    }

    public var takesLineBreaks: Bool { field == .summary }

    /// Every key types into the field in focus, but for those bound in the form (Tab, Enter, F2,
    /// Ctrl-S), Esc, and ↑↓ in the list of names.
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        guard s.keymap.ownAction(for: key, in: .reportForm) == nil, key != .escape else { return nil }
        // A function key types nothing: F1's help is the keymap's (the fields swallowed it, a review).
        if case .function = key { return nil }
        // Typing after the warning asks again: one Esc much later threw the whole report away (a review).
        discard = DiscardGuard()
        switch field {
        case .summary:
            if case .char = key, summary.isFull {
                s.say(
                    Phrase(
                        "Het veld ‘Wat is er gebeurd?’ is vol (20.000 tekens): de rest is niet opgenomen. Voeg een langer verslag toe als bewijsstuk (een bestand).",
                        "The field ‘What happened?’ is full (20,000 characters): the rest was not taken. Add a longer account as evidence (a file)."
                    ), error: true)
                return .handled
            }
            if key == .char("\n") { summary.insertLineBreak() } else { _ = summary.handle(key) }
        case .when: _ = when.handle(key, &s)
        case .platform: _ = platform.handle(key, &s)
        case .evidence: _ = evidence.handle(key, &s)
        case .people:
            switch key {
            case .up: cursor = max(0, cursor - 1)
            case .down: cursor = min(max(0, found.count - 1), cursor + 1)
            default:
                if nameDone, case .char = key {
                    name = TextField("", limit: 60)
                    cursor = 0
                }
                nameDone = false
                let before = name.value
                _ = name.handle(key, &s)
                // Other letters, other names: the highlight starts at the first (it stayed on the
                // third row, and Enter named another pupil as victim, a review).
                if name.value != before {
                    roster.reset()
                    cursor = 0
                }
            }
        }
        return .handled
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        if action != .back, action != .quit { discard = DiscardGuard() }
        switch action {
        case .nextField: field = Field(rawValue: (field.rawValue + 1) % Field.allCases.count)!
        case .previousField:
            field = Field(rawValue: (field.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case .confirm:
            // "Wat is er gebeurd?" is a box of several lines: Enter starts a new one, Tab goes on.
            // Enter went to the date field, and a second paragraph typed there was cut at ten
            // characters (a review).
            if field == .summary {
                _ = input(.char("\n"), &s)
                return .handled
            }
            if field == .evidence {
                // Enter separates the files, as a comma does (a pasted list of lines arrives so).
                let typed = evidence.value.trimmingCharacters(in: .whitespaces)
                if !typed.isEmpty, !typed.hasSuffix(",") { evidence = TextField(typed + ", ", limit: 2000) }
                return .handled
            }
            guard field == .people else {
                field = Field(rawValue: field.rawValue + 1) ?? .people
                return .handled
            }
            // Only a name from the roster's answer to what stands typed now: Enter before it came
            // picked from the names of the letters typed before.
            guard found.indices.contains(cursor), asked == name.value.trimmingCharacters(in: .whitespaces),
                roster.hasLoaded
            else { return .handled }
            let person = found[cursor]
            if let i = chosen.firstIndex(where: { $0.id == person.id }) {
                switch part(of: person) {
                case .subject: parts[person.id] = .victim
                case .victim: parts[person.id] = .witness
                default:
                    chosen.remove(at: i)
                    parts[person.id] = nil
                }
            } else {
                chosen.append(person)
            }
            nameDone = true
        case .save:
            return save(&s)
        case .back, .quit:
            if !hasUnsavedText {
                s.say(Phrase("Niet opgeslagen.", "Not saved."))
                return .closed
            }
            return discard.allows(&s, action, then: Phrase("F2 of Ctrl-S slaat op", "F2 or Ctrl-S saves"))
                ? DiscardGuard.discarded(&s) : .handled
        // F1 opens help over the form, what is typed kept (it did nothing, a review).
        case .help:
            return nil
        default:
            return .handled
        }
        return .handled
    }

    func part(of p: Person) -> Involvement { parts[p.id] ?? .subject }

    func chosen(as part: Involvement) -> [PersonID] { chosen.filter { self.part(of: $0) == part }.map(\.id) }

    /// What is missing is said, field by field, and nothing is saved until it is there.
    mutating func save(_ s: inout AppState) -> Outcome {
        let text = summary.value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            field = .summary
            s.say(
                Phrase(
                    "Schrijf eerst wat er is gebeurd; er is niets opgeslagen.",
                    "Write what happened first; nothing was saved."), error: true)
            return .handled
        }
        let typedDay = when.value.trimmingCharacters(in: .whitespaces)
        var day: LocalDate?
        if !typedDay.isEmpty {
            guard let parsed = LocalDate(typed: typedDay) else {
                field = .when
                s.say(
                    Phrase(
                        "Wanneer: ‘\(typedDay)’ is geen dag; typ dd-mm-jjjj (15-11-2026) of laat het leeg als u het niet weet. Er is niets opgeslagen.",
                        "When: ‘\(typedDay)’ is not a day; type dd-mm-yyyy (15-11-2026) or leave it empty if you do not know. Nothing was saved."
                    ), error: true)
                return .handled
            }
            guard parsed <= s.today else {
                field = .when
                s.say(
                    Phrase(
                        "Wanneer: \(parsed.dutch) moet nog komen; geef vandaag of een eerdere dag. Er is niets opgeslagen.",
                        "When: \(parsed.dutch) is still to come; give today or an earlier day. Nothing was saved."),
                    error: true)
                return .handled
            }
            day = parsed
        }
        if chosen.isEmpty {
            field = .people
            s.say(
                Phrase(
                    "Kies wie betrokken is: typ een naam en druk Enter; er is niets opgeslagen.",
                    "Choose who is involved: type a name and press Enter; nothing was saved."), error: true)
            return .handled
        }
        if chosen(as: .subject).isEmpty {
            field = .people
            s.say(
                Phrase(
                    "Kies wie het gedrag vertoonde (betrokkene): Enter op een gekozen naam wisselt de rol; er is niets opgeslagen.",
                    "Choose whose conduct it is (subject): Enter on a chosen name changes the part; nothing was saved."),
                error: true)
            return .handled
        }
        return .run([
            .write(
                .report(
                    summary: text, platform: platform.value.trimmingCharacters(in: .whitespaces),
                    subjects: chosen(as: .subject), victims: chosen(as: .victim), witnesses: chosen(as: .witness),
                    happenedOn: day, evidence: EvidenceFiles.paths(evidence.value)))
        ])
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        let letters = name.value.trimmingCharacters(in: .whitespaces)
        guard !letters.isEmpty else {
            found = []
            return []
        }
        guard roster.needsRequest else { return [] }
        asked = letters
        return [.fetch(.roster(letters), ticket: roster.begin())]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard case let .roster(letters) = request, case let .roster(people) = value, letters == asked,
            roster.finish(ticket, version: version)
        else { return false }
        found = people
        cursor = min(cursor, max(0, people.count - 1))
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        guard case .roster = request else { return false }
        return roster.fail(ticket, error)
    }

    public mutating func retry(onTick: Bool) { roster.retry(onTick: onTick) }

    public func draw(_ s: AppState, into c: inout Canvas) {
        let w = c.width
        c.put(s.t("Nieuwe melding", "New report"), x: 1, y: 1, style: .bold)
        c.put(
            s.t(
                "De melding komt op uw naam in de wachtrij van de directie.",
                "The report goes in your name to the management's queue."), x: 17, y: 1, style: .dim, maxX: w - 1)
        func label(_ text: String, _ f: Field, y: Int) {
            c.put((field == f ? "▸ " : "  ") + text, x: 1, y: y, style: field == f ? .bold : .plain, maxX: w - 1)
        }
        label(
            s.t(
                "Wat is er gebeurd? (Enter: nieuwe regel; Tab: volgend veld)",
                "What happened? (Enter: new line; Tab: next field)"),
            .summary, y: 3)
        summary.drawWrapped(into: &c, x: 3, y: 4, width: w - 5, rows: 2, focused: field == .summary)
        // The short fields on one line each, their boxes in one column.
        let column = min(44, max(3, w - 36))
        label(s.t("Wanneer? (dd-mm-jjjj; leeg: onbekend)", "When? (dd-mm-yyyy; empty: not known)"), .when, y: 6)
        when.draw(into: &c, x: column, y: 6, width: 12, focused: field == .when)
        label(s.t("Platform (WhatsApp, TikTok, …)", "Platform (WhatsApp, TikTok, …)"), .platform, y: 7)
        platform.draw(into: &c, x: column, y: 7, width: min(30, w - column - 2), focused: field == .platform)
        label(
            s.t(
                "Wie zijn betrokken? Typ een naam (Enter nog eens: slachtoffer, getuige, weg).",
                "Who is involved? Type a name (Enter again: victim, witness, off)."), .people, y: 9)
        name.draw(into: &c, x: 3, y: 10, width: min(40, w - 5), focused: field == .people)
        var y = 11
        let rows = max(1, min(8, c.height - 18))
        if let error = roster.error {
            c.put(error.text(s.lang), x: 3, y: y, style: .alarm, maxX: w - 1)
            y += 1
        } else if !name.value.trimmingCharacters(in: .whitespaces).isEmpty && roster.hasLoaded && found.isEmpty {
            // Parents are not in the roster: said, with what to do (a review looked for one in vain).
            c.put(
                s.t(
                    // Within 80 columns (it was cut at "schrijf dat he", a review).
                    "Niemand met die naam. Ouders staan er niet in: noem het kind.",
                    "Nobody by that name. Parents are not listed: name the child."),
                x: 3, y: y, style: .dim, maxX: w - 1)
            y += 1
        }
        // The names shown are a window that follows the cursor: ↓ past the last row drawn moved
        // the cursor onto a name nobody saw, and Enter put that person in the report (a review).
        let top = max(0, min(cursor - rows + 1, found.count - rows))
        if found.count > rows {
            let box = min(40, w - 5)
            // At the most asked for, there may be more: "+" (type more of the name).
            let more = found.count >= Self.namesFound ? "+" : ""
            c.put("\(cursor + 1)/\(found.count)\(more)", x: 3 + box + 1, y: 10, style: .dim, maxX: w - 1)
        }
        for (i, p) in found.enumerated().dropFirst(top).prefix(rows) {
            let isChosen = chosen.contains { $0.id == p.id }
            let mark = isChosen ? "✓ " : "  "
            let detail =
                (p.group.map { s.t("groep ", "group ") + $0 } ?? p.kind.label(s.lang))
                + (isChosen ? " · " + part(of: p).label(s.lang) : "")
            let selected = field == .people && i == cursor
            if selected { c.fill(x: 3, y: y, width: w - 5, height: 1, style: .selected) }
            c.put(mark + p.name + "  " + detail, x: 3, y: y, style: selected ? .selected : .plain, maxX: w - 2)
            y += 1
        }
        y = max(y, 11 + rows)
        // Everyone chosen, over two lines, with how many: a third name past the edge was cut off
        // without a sign, and the teacher could not check whom the report names (found by a review).
        let names = chosen.map { "\($0.name) (\(part(of: $0).label(s.lang)))" }.joined(separator: ", ")
        let text =
            chosen.isEmpty
            ? s.t("Betrokkenen: nog niemand", "Involved: nobody yet")
            : s.t("Betrokkenen (\(chosen.count)): ", "Involved (\(chosen.count)): ") + names
        let lines = DisplayWidth.wrap(text, to: max(10, w - 4))
        for (i, line) in lines.prefix(2).enumerated() {
            let shown = i == 1 && lines.count > 2 ? DisplayWidth.truncate(line + " …", to: max(10, w - 4)) : line
            c.put(shown, x: 3, y: y + i, style: chosen.isEmpty ? .dim : .plain, maxX: w - 1)
        }
        label(
            s.t(
                "Bewijs: bestanden, met komma's ertussen (elk hoogstens 25 MB)",
                "Evidence: files, separated by commas (each at most 25 MB)"), .evidence, y: y + 2)
        evidence.draw(into: &c, x: 3, y: y + 3, width: w - 5, focused: field == .evidence)
    }
}
