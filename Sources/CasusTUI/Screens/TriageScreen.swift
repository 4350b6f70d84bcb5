import CasusCore

/// `t` on a report: who gets a case, which articles, the severity and flags, in one screen.
public struct TriageScreen: ScreenModel {
    public enum Section: Int, Sendable, CaseIterable { case subjects, articles, options }
    /// The triage options, in the order the screen lists them.
    enum Option: Int, CaseIterable { case severity, criminal, crossing, meldplicht, dataBreach, meldcode }

    public let incidentID: IncidentID
    public private(set) var data = Loadable<TriageContext>()
    public var subjects: [PersonID] = []
    public var articles: [String] = []
    public var severity: Severity?
    public var flags = CaseFlags()
    public var section: Section = .articles
    public var subjectCursor = 0
    public var articleCursor = 0
    public var optionCursor = 0
    /// What the director typed in the articles section: filters by id, title, cite and words.
    public var filter = TextField("", limit: 40)
    /// The subjects the report named, as the screen began: what Esc would not lose.
    var namedSubjects: [PersonID] = []
    var discard = DiscardGuard()

    /// Something was chosen that Esc would throw away: it went at once, unasked, though the screen
    /// says "hele melding: Esc, dan Enter" (a review).
    var hasChoices: Bool {
        !articles.isEmpty || severity != nil || flags != CaseFlags() || subjects != namedSubjects
    }

    /// Other reports marked in the queue, triaged alike: each with the subjects it names.
    public let alike: [IncidentID]

    public init(incidentID: IncidentID, alike: [IncidentID] = []) {
        self.incidentID = incidentID
        self.alike = alike
    }

    /// In the articles section letters go to the filter; the keys bound in `triage` keep working.
    public var context: KeyContext { section == .articles ? .articleFilter : .triage }
    public var isDialog: Bool { true }

    public func footer(_ s: AppState) -> [FooterItem] {
        var items = [
            FooterItem(.nextField, Phrase("onderdeel", "section")), FooterItem([.up, .down], Phrase("kies", "move")),
            FooterItem(.toggle, Phrase("aan/uit", "toggle")),
            FooterItem(.confirm, Phrase("zaak openen", "open case(s)")),
        ]
        if section == .articles {
            items.append(
                FooterItem(.back, filter.value.isEmpty ? Phrase("terug", "back") : Phrase("wis zoekterm", "clear")))
        } else {
            items.append(FooterItem(.back, Phrase("terug", "back")))
        }
        return items
    }

    /// Says whose cases a flag goes onto.
    func sayWhoGets(_ flag: Phrase, _ fits: (PersonKind) -> Bool, _ s: inout AppState) {
        let names = flaggedPeople.filter { fits($0.kind) }.map(\.name)
        s.say(
            flag + Phrase(": in de zaak van ", ": in the case of ")
                + Phrase(names.joined(separator: ", "), names.joined(separator: ", ")) + Phrase(".", "."))
    }

    /// Everyone who gets a case: the chosen subjects, and the subjects of the reports triaged alike.
    var flaggedPeople: [Person] {
        guard let data = data.value else { return [] }
        return data.involved.filter { subjects.contains($0.person.id) }.map(\.person)
            + data.alike.flatMap(\.subjects)
    }

    /// The kinds of the chosen subjects.
    var chosenKinds: Set<SubjectKind> {
        guard let data = data.value else { return [] }
        return Set(data.involved.filter { subjects.contains($0.person.id) }.map { $0.person.kind.ladderKind })
    }

    /// Conduct articles that bind at least one chosen subject.
    public var bindingArticles: [Article] {
        guard let data = data.value else { return [] }
        let kinds = chosenKinds
        return data.articles.filter { $0.conduct && !kinds.isDisjoint(with: $0.appliesTo) }
    }

    /// The binding articles that match what was typed (all of them when nothing was).
    public var visibleArticles: [Article] {
        let words = filter.value.folded.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return bindingArticles }
        return bindingArticles.filter { a in
            let fields = [a.id, a.title, a.cite].map(\.folded) + a.words.map(\.folded)
            return words.allSatisfy { w in fields.contains { $0.contains(w) } }
        }
    }

    /// The suggester's best three among the binding articles (★), best first. Never ticked for the director.
    public var starred: [String] {
        guard let data = data.value else { return [] }
        let binding = Set(bindingArticles.map(\.id))
        return Array(data.suggested.filter { binding.contains($0.id) && $0.score > 0 }.prefix(3).map(\.id))
    }

    /// The cursor on the best suggestion that is visible, else on the first row.
    mutating func placeArticleCursor() {
        let visible = visibleArticles.map(\.id)
        articleCursor = starred.lazy.compactMap { visible.firstIndex(of: $0) }.first ?? 0
    }

    /// Letters, digits and editing keys in the articles section go to the filter; the other keys
    /// bound in `triage` keep working (Space toggles, Tab moves on, Enter opens the case). A letter
    /// bound in `triage` is typed here too: "sexting" read "seting" and ticked an article the
    /// director never chose, x being bound to toggle (a review).
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        // The options are one row: Left and Right move along it (they did nothing, a review), as
        // Up and Down do.
        if section == .options, key == .left || key == .right {
            optionCursor = max(0, min(Option.allCases.count - 1, optionCursor + (key == .left ? -1 : 1)))
            return .handled
        }
        // An accent typed on its own (a dead key, an input method) joins the letter before it, as in
        // every other field: it was refused with "Toets ́ doet hier niets" (a review).
        let typing = !filter.value.isEmpty
        let isMark = { (c: Character) in
            typing
                && c.unicodeScalars.allSatisfy {
                    [.nonspacingMark, .spacingMark, .enclosingMark].contains($0.properties.generalCategory)
                }
        }
        let typed: Bool = if case let .char(c) = key { c.isLetter || c.isNumber || isMark(c) } else { false }
        guard section == .articles, data.value != nil,
            s.keymap.ownAction(for: key, in: .articleFilter) == nil,
            typed || s.keymap.ownAction(for: key, in: .triage) == nil
        else { return nil }
        switch key {
        case let .char(c) where c.isLetter || c.isNumber || isMark(c) || c == "." || c == "-" || c == "'":
            break
        case .backspace, .delete, .left, .right, .ctrl("u"):
            guard !filter.value.isEmpty else { return nil }
        default:
            return nil
        }
        let before = filter.value
        guard filter.handle(key, &s) else { return nil }
        if filter.value != before { placeArticleCursor() }
        discard = DiscardGuard()
        return .handled
    }

    /// The severity shown: chosen, else the heaviest of the chosen articles, whether or not a search
    /// shows them: typing a search that hid a ticked article lowered the severity the case opened
    /// with, unsaid (a review).
    public var effectiveSeverity: Severity { severity ?? articleSeverity }

    /// The heaviest severity of the articles ticked.
    var articleSeverity: Severity {
        bindingArticles.filter { articles.contains($0.id) }.compactMap(\.severity).max() ?? .medium
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        guard let data = data.value else { return action == .back ? .closed : .handled }
        let sections = Section.allCases
        if action != .back { discard = DiscardGuard() }
        switch action {
        case .back:
            if section == .articles, !filter.value.isEmpty {
                filter = TextField("", limit: 40)
                placeArticleCursor()
                return .handled
            }
            guard hasChoices else { return .closed }
            return discard.allows(
                &s, then: Phrase("een andere toets laat ze staan", "any other key keeps them"),
                what: Phrase("De keuzes zijn nog niet opgeslagen", "The choices are not saved yet"),
                it: Phrase("ze", "them")) ? DiscardGuard.discarded(&s) : .handled
        case .nextField:
            section = sections[(section.rawValue + 1) % sections.count]
        case .previousField:
            section = sections[(section.rawValue + sections.count - 1) % sections.count]
        case .up, .down:
            let d = action == .up ? -1 : 1
            switch section {
            case .subjects: subjectCursor = max(0, min(data.involved.count - 1, subjectCursor + d))
            case .articles: articleCursor = max(0, min(visibleArticles.count - 1, articleCursor + d))
            case .options: optionCursor = max(0, min(Option.allCases.count - 1, optionCursor + d))
            }
        case .toggle:
            toggle(data, &s)
        case .confirm:
            guard !subjects.isEmpty else {
                s.say(
                    Phrase("Kies minstens één betrokkene (spatie).", "Choose at least one subject (Space)."),
                    error: true)
                return .handled
            }
            guard !articles.isEmpty else {
                s.say(
                    bindingArticles.isEmpty
                        ? Phrase(
                            "Geen gedragsregel van dit protocol geldt voor de gekozen betrokkenen; er kan geen zaak worden geopend. Kies een andere betrokkene of wijs de melding af (x).",
                            "No rule of conduct of this protocol binds the chosen subjects; no case can be opened. Choose another subject or dismiss the report (x)."
                        )
                        : Phrase(
                            "Kies minstens één artikel (Tab naar Artikelen, spatie). ★ = voorgesteld.",
                            "Choose at least one article (Tab to Articles, Space). ★ = suggested."),
                    error: true)
                return .handled
            }
            // Keep the article order of the protocol.
            let ordered = data.articles.map(\.id).filter(articles.contains)
            return .run([
                .write(
                    .triage(
                        incidentID, subjects: subjects, alike: alike, articles: ordered, severity: effectiveSeverity,
                        flags: flags))
            ])
        // Help opens here as everywhere (the footer's "?, F1" did nothing in triage, a review).
        case .help:
            return nil
        default:
            return .handled
        }
        return .handled
    }

    /// Ticks or unticks what the cursor is on. An article or the severity says what it did, on the
    /// status line: a Space typed in a search unticked an article and lowered the severity, the
    /// screen saying nothing of either (a review).
    mutating func toggle(_ data: TriageContext, _ s: inout AppState) {
        switch section {
        case .subjects:
            guard data.involved.indices.contains(subjectCursor) else { return }
            let id = data.involved[subjectCursor].person.id
            if let i = subjects.firstIndex(of: id) { subjects.remove(at: i) } else { subjects.append(id) }
            let binding = Set(bindingArticles.map(\.id))
            articles.removeAll { !binding.contains($0) }
            placeArticleCursor()
        case .articles:
            let visible = visibleArticles
            guard visible.indices.contains(articleCursor) else { return }
            let id = visible[articleCursor].id
            let before = effectiveSeverity
            let ticked = !articles.contains(id)
            if let i = articles.firstIndex(of: id) { articles.remove(at: i) } else { articles.append(id) }
            let after = effectiveSeverity
            s.say(
                (ticked
                    ? Phrase("Artikel \(id) aangevinkt", "Article \(id) ticked")
                    : Phrase("Artikel \(id) uitgevinkt", "Article \(id) unticked"))
                    + (after != before
                        ? Phrase("; ernst nu \(after.label.nl)", "; severity now \(after.label.en)") : Phrase("", ""))
                    + Phrase(".", "."))
        case .options:
            switch Option(rawValue: optionCursor) {
            case .severity?:
                let order: [Severity?] = [nil, .light, .medium, .severe]
                severity = order[((order.firstIndex(of: severity) ?? 0) + 1) % order.count]
                let articles = articleSeverity
                s.say(
                    severity.map { chosen in
                        Phrase("Ernst: \(chosen.label.nl), zelf gekozen", "Severity: \(chosen.label.en), chosen")
                            + (chosen != articles
                                ? Phrase(
                                    " (de artikelen zeggen \(articles.label.nl))",
                                    " (the articles say \(articles.label.en))") : Phrase("", ""))
                            + Phrase(".", ".")
                    }
                        ?? Phrase(
                            "Ernst: \(articles.label.nl), volgt de artikelen.",
                            "Severity: \(articles.label.en), follows the articles."))
            case .criminal?: flags.criminal.toggle()
            // Ticked only where a case it is opened with can hold it: the service leaves both off a
            // pupil's case, and "[x] grensov." for a pupil was dropped without a word (a review).
            case .crossing?
            where !flags.crossing && !flaggedPeople.contains(where: { CaseFlags.crossingFits($0.kind) }):
                s.say(
                    Phrase(
                        "Grensoverschrijdend gedrag (vertrouwensinspecteur) gaat over een medewerker; wie hier een zaak krijgt, is geen medewerker: niet aangevinkt.",
                        "Crossing conduct (vertrouwensinspecteur) is about a staff member; nobody getting a case here is one: not ticked."
                    ), error: true)
            case .meldplicht?
            where !flags.meldplicht && !flaggedPeople.contains(where: { CaseFlags.meldplichtFits($0.kind) }):
                s.say(
                    Phrase(
                        "De meldplicht gaat over wie een taak heeft op school, nooit over een leerling; wie hier een zaak krijgt, is leerling: niet aangevinkt.",
                        "The meldplicht is about someone with a task at the school, never a pupil; everyone getting a case here is a pupil: not ticked."
                    ), error: true)
            // Said whose cases get it: ticked once, it went onto every case it can hold, a parent's
            // among them, unseen (a review).
            case .crossing?:
                flags.crossing.toggle()
                if flags.crossing { sayWhoGets(Phrase("Grensoverschrijdend", "Crossing"), CaseFlags.crossingFits, &s) }
            case .meldplicht?:
                flags.meldplicht.toggle()
                if flags.meldplicht { sayWhoGets(Phrase("Meldplicht", "Meldplicht"), CaseFlags.meldplichtFits, &s) }
            case .dataBreach?: flags.dataBreach.toggle()
            case .meldcode?: flags.meldcode.toggle()
            case nil: break
            }
        }
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        // Filled once: a reload would undo what the director ticked.
        guard data.state.needsRequest, data.value == nil else { return [] }
        return [.fetch(.triage(incidentID, alike: alike), ticket: data.state.begin())]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard request == .triage(incidentID, alike: alike), case let .triage(context) = value,
            data.take(context, ticket: ticket, version: version)
        else { return false }
        subjects = context.involved.filter { $0.role == .subject }.map(\.person.id)
        namedSubjects = subjects
        // Suggested (★), never ticked: the director decides. The cursor starts on the best one.
        articles = []
        placeArticleCursor()
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        request == .triage(incidentID, alike: alike) && data.state.fail(ticket, error)
    }

    public mutating func retry(onTick: Bool) { data.state.retry(onTick: onTick) }

    /// Report numbers as one list, the last after "en" ("10, 11 en 16").
    static func list(_ ids: [IncidentID], _ and: String) -> String {
        let names = ids.map(String.init)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(and) " + names.last!
    }

    static func checkbox(_ on: Bool) -> String { on ? "[x]" : "[ ]" }

    public func draw(_ s: AppState, into c: inout Canvas) {
        let w = c.width
        guard let data = data.value else {
            c.put(
                data.state.error.map { $0.text(s.lang) } ?? s.t("Laden…", "Loading…"), x: 2, y: 2, style: .dim,
                maxX: w - 1)
            return
        }
        var y = 1
        let all = [data.incident.id] + alike
        let heading =
            alike.isEmpty
            ? s.t("Melding \(data.incident.id) beoordelen", "Triage report \(data.incident.id)")
            : s.t(
                "Meldingen \(Self.list(all, "en")) gelijk beoordelen", "Triage reports \(Self.list(all, "and")) alike")
        c.put(heading, x: 1, y: y, style: .bold)
        // The day first: the protocol's name is what may be shortened (the day was cut off).
        let day = data.incident.happenedOn.map { s.t(" — gebeurd op ", " — happened on ") + $0.dutch } ?? ""
        let after = 1 + DisplayWidth.of(heading)
        c.put(
            DisplayWidth.truncate(
                day + (day.isEmpty ? " — " : " · ") + s.t("protocol: ", "protocol: ") + data.profileName,
                to: max(0, w - 1 - after)),
            x: after, y: y, style: .dim, maxX: w - 1)
        y += 1
        // A report longer than its lines here ends in "…" and says where it is read whole (it was
        // cut without a sign, a review).
        let reportLines = DisplayWidth.wrap(data.incident.summary, to: w - 4)
        let shownLines = alike.isEmpty ? 2 : 1
        for (i, line) in reportLines.prefix(shownLines).enumerated() {
            let cut = i == shownLines - 1 && reportLines.count > shownLines
            let more = s.t(" … (hele melding: Esc, dan Enter)", " … (whole report: Esc, then Enter)")
            let room = max(0, w - 4 - DisplayWidth.of(more))
            c.put(
                cut ? DisplayWidth.truncate(line, to: room, ellipsis: false) + more : line, x: 3, y: y, maxX: w - 1)
            y += 1
        }
        if !alike.isEmpty {
            // Wrapped: at 80 columns "alle of geen" was cut off.
            let text = s.t(
                "Dezelfde artikelen en ernst voor \(Self.list(alike, "en")), elk voor de eigen betrokkenen; alle of geen.",
                "The same articles and severity for \(Self.list(alike, "and")), each for its own subjects; all or none."
            )
            for line in DisplayWidth.wrap(text, to: w - 4).prefix(2) {
                c.put(line, x: 3, y: y, style: .accent, maxX: w - 1)
                y += 1
            }
            // Whom the other reports give a case, by name: "each for its own subjects" named none,
            // and a pupil never shown here got a case (a review).
            // One who gets a case from two of these reports gets two cases: said beside the name
            // (two reports of one event opened two parallel cases, a review).
            var from = Dictionary(subjects.map { ($0, data.incident.id) }, uniquingKeysWith: { first, _ in first })
            let others = data.alike.map { r in
                let names = r.subjects.map { p -> String in
                    guard let earlier = from[p.id] else {
                        from[p.id] = r.id
                        return p.name
                    }
                    return p.name + s.t(" — tweede zaak, ook uit \(earlier)", " — a second case, also from \(earlier)")
                }
                return (names.isEmpty ? s.t("niemand", "nobody") : names.joined(separator: ", "))
                    + s.t(" (melding \(r.id))", " (report \(r.id))")
            }
            let names = DisplayWidth.wrap(
                s.t("Ook een zaak voor: ", "A case too for: ") + others.joined(separator: "; "), to: w - 4)
            for (i, line) in names.prefix(2).enumerated() {
                let cut = i == 1 && names.count > 2
                c.put(cut ? DisplayWidth.truncate(line + " …", to: w - 4) : line, x: 3, y: y, style: .bold, maxX: w - 1)
                y += 1
            }
        }
        func title(_ text: String, _ part: Section) {
            let active = section == part
            c.put((active ? "▸ " : "  ") + text, x: 1, y: y, style: active ? .accent : .bold)
            y += 1
        }
        title(
            s.t("Betrokkenen (spatie kiest wie een zaak krijgt)", "People involved (Space chooses who gets a case)"),
            .subjects)
        let shownPeople = min(data.involved.count, 4)
        let peopleTop = max(0, min(subjectCursor - shownPeople + 1, data.involved.count - shownPeople))
        for (i, inv) in data.involved.enumerated().dropFirst(peopleTop).prefix(shownPeople) {
            var text = "\(Self.checkbox(subjects.contains(inv.person.id))) \(inv.person.name)"
            // Beside the name, where 80 columns do not cut it off (it stood last, a review).
            if let open = data.openCases[inv.person.id], let first = open.first {
                let more = open.count > 1 ? s.t(" en \(open.count - 1) meer", " and \(open.count - 1) more") : ""
                text += s.t(" (loopt al: zaak \(first.number)\(more))", " (already open: case \(first.number)\(more))")
            }
            text += " — \(inv.person.kind.label(s.lang))"
            text += s.session.group(inv.person, s.lang)
            text += " (\(inv.role.label(s.lang)))"
            let selected = section == .subjects && i == subjectCursor
            if selected { c.fill(x: 2, y: y, width: w - 3, height: 1, style: .selected) }
            c.put(
                DisplayWidth.truncate(text, to: max(1, w - 4)), x: 3, y: y, style: selected ? .selected : .plain,
                maxX: w - 1)
            y += 1
        }
        let articlesTitle = s.t(
            "Artikelen (spatie kiest, ★ voorgesteld) zoek: ", "Articles (Space chooses, ★ suggested) find: ")
        let active = section == .articles
        let fieldX = c.put((active ? "▸ " : "  ") + articlesTitle, x: 1, y: y, style: active ? .accent : .bold)
        let fieldWidth = max(6, min(20, w - fieldX - 2))
        filter.draw(into: &c, x: fieldX, y: y, width: fieldWidth, focused: active)
        let titleY = y
        y += 1
        let visible = visibleArticles
        let stars = starred
        // Cite and article text (4), the protocol's group response (1, when it has one), options (1),
        // status and footer (2). The response was drawn over the options row whenever a message
        // showed, the focus marker then on the wrong line (a review).
        let responseRows = data.groupResponse == nil ? 0 : 1
        let bottomReserved = 7 + responseRows
        let rows = max(1, c.height - y - bottomReserved)
        if visible.isEmpty {
            let kinds = chosenKinds.sorted { $0.rawValue < $1.rawValue }.map { $0.label(s.lang) }.joined(
                separator: ", ")
            let message =
                !filter.value.isEmpty
                ? s.t(
                    "Geen artikel past bij ‘\(filter.value)’ (Esc wist).",
                    "No article matches ‘\(filter.value)’ (Esc clears).")
                : subjects.isEmpty
                    ? s.t("Kies eerst een betrokkene.", "Choose a subject first.")
                    : s.t(
                        "Geen gedragsregel van dit protocol geldt voor: \(kinds).",
                        "No rule of conduct of this protocol binds: \(kinds).")
            c.put(message, x: 3, y: y, style: .dim, maxX: w - 1)
        }
        let top = max(0, min(articleCursor - rows / 2, visible.count - rows))
        // What the list leaves above and below, a suggestion among it marked: articles above the
        // visible part, a suggested one too, showed only after ↑ (a review).
        let above = visible.prefix(top)
        let below = visible.dropFirst(top + rows)
        let marks = [
            above.isEmpty ? nil : "↑\(above.count)" + (above.contains { stars.contains($0.id) } ? "★" : ""),
            below.isEmpty ? nil : "↓\(below.count)" + (below.contains { stars.contains($0.id) } ? "★" : ""),
        ].compactMap { $0 }.joined(separator: " ")
        if !marks.isEmpty, w - DisplayWidth.of(marks) - 2 > fieldX + fieldWidth {
            c.put(marks, x: w - DisplayWidth.of(marks) - 2, y: titleY, style: .dim, maxX: w - 1)
        }
        for (i, a) in visible.enumerated().dropFirst(max(0, top)).prefix(rows) {
            let star = stars.contains(a.id) ? " ★" : ""
            let severity = a.severity.map { " (\($0.label(s.lang)))" } ?? ""
            let text =
                "\(Self.checkbox(articles.contains(a.id))) \(DisplayWidth.fit(a.id, to: 5)) \(a.title)\(severity)\(star)"
            let selected = section == .articles && i == articleCursor
            if selected { c.fill(x: 2, y: y, width: w - 3, height: 1, style: .selected) }
            c.put(text, x: 3, y: y, style: selected ? .selected : .plain, maxX: w - 1)
            y += 1
        }
        y = c.height - bottomReserved
        if visible.indices.contains(articleCursor) {
            // The school's own number first ("Richtlijn 4 voor leerlingen"), then the quoted text.
            let a = visible[articleCursor]
            c.put(a.cite.prefix(1).uppercased() + a.cite.dropFirst(), x: 4, y: y, style: .accent, maxX: w - 1)
            y += 1
            let lines = DisplayWidth.wrap("“\(a.text)”", to: w - 6)
            for (i, line) in lines.prefix(3).enumerated() {
                let cut = i == 2 && lines.count > 3
                c.put(cut ? DisplayWidth.truncate(line + " …", to: w - 6) : line, x: 4, y: y, style: .dim)
                y += 1
            }
        }
        y = c.height - 3
        var x = 1
        // Narrow screens get the short words, so every flag stays on the line.
        let narrow = w < 100
        let options: [(String, Bool)] = [
            (
                s.t("Ernst: ", "Severity: ") + effectiveSeverity.label(s.lang)
                    + (severity == nil && !narrow ? " (auto)" : ""), true
            ),
            ("\(Self.checkbox(flags.criminal)) " + s.t(narrow ? "strafb." : "strafbaar", "criminal"), true),
            (
                "\(Self.checkbox(flags.crossing)) " + s.t(narrow ? "grensov." : "grensoverschrijdend", "crossing"),
                data.crossingAllowed && flaggedPeople.contains { CaseFlags.crossingFits($0.kind) }
            ),
            (
                "\(Self.checkbox(flags.meldplicht)) " + s.t(narrow ? "meldpl." : "meldplicht", "meldplicht"),
                flaggedPeople.contains { CaseFlags.meldplichtFits($0.kind) }
            ),
            ("\(Self.checkbox(flags.dataBreach)) " + s.t("datalek", narrow ? "breach" : "data breach"), true),
            ("\(Self.checkbox(flags.meldcode)) " + s.t("meldcode", "meldcode"), true),
        ]
        c.put(section == .options ? "▸" : " ", x: x, y: y, style: .accent)
        x += 2
        for (i, (text, enabled)) in options.enumerated() {
            let selected = section == .options && i == optionCursor
            x = c.put(text, x: x, y: y, style: selected ? .selected : enabled ? .plain : .dim) + (narrow ? 1 : 2)
        }
        if let group = data.groupResponse {
            StyledLine(s.t("Protocol: ", "Protocol: ") + group.action, .accent).draw(
                into: &c, x: 3, y: c.height - 4, maxX: w - 1)
        }
    }
}
