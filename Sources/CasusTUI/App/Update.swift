import CasusCore

/// The app's logic: a state and a message in, a new state and effects out. Pure: it reads no
/// clock, no store and no terminal, so any key sequence can be replayed in a test.
public enum App {
    public static func update(_ state: AppState, _ message: Message, keymap: Keymap) -> (AppState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        switch message {
        case let .event(event):
            effects = handle(event, &s, keymap)
        case let .casesLoaded(offset, rows, total):
            s.cases.loaded(offset: offset, rows: rows, total: total, visible: s.listRows)
        case let .incidentsLoaded(offset, rows, total):
            s.incidents.loaded(offset: offset, rows: rows, total: total, visible: s.listRows)
            s.openIncidentCount = total
        case let .caseLoaded(detail, assessment):
            s.replaceTop { screen in
                guard case var .caseDetail(c) = screen, c.id == detail.record.id else { return nil }
                c.detail = detail
                c.assessment = assessment
                return .caseDetail(c)
            }
            // A case screen lower in the stack (under a dialog) gets the news too.
            for i in s.stack.indices {
                if case var .caseDetail(c) = s.stack[i], c.id == detail.record.id {
                    c.detail = detail
                    c.assessment = assessment
                    s.stack[i] = .caseDetail(c)
                }
            }
        case let .incidentLoaded(incident, involved, cases, group):
            s.replaceTop { screen in
                guard case var .incident(i) = screen, i.id == incident.id else { return nil }
                i.incident = incident
                i.involved = involved
                i.cases = cases
                i.groupResponse = group
                return .incident(i)
            }
        case let .peopleLoaded(offset, rows, total):
            s.people.loaded(offset: offset, rows: rows, total: total, visible: s.listRows)
        case let .dossierLoaded(view):
            for i in s.stack.indices {
                if case var .dossier(d) = s.stack[i], d.personID == view.person.id {
                    d.view = view
                    d.cursor = min(d.cursor, max(0, d.ordered.count - 1))
                    s.stack[i] = .dossier(d)
                }
            }
        case let .statsLoaded(stats, withObligations):
            var stats = stats
            if !withObligations, let old = s.stats { stats.openObligations = old.openObligations }
            if withObligations { s.statsStale = false }
            s.stats = stats
        case let .triageLoaded(data):
            s.replaceTop { screen in
                guard case var .triage(t) = screen, t.incidentID == data.incident.id else { return nil }
                Dialogs.fill(&t, with: data)
                return .triage(t)
            }
        case let .stepOptions(caseID, kind, assessment):
            if assessment.options.isEmpty {
                s.status = StatusLine(text: s.t("Geen stap mogelijk op deze zaak.", "No step is possible on this case."), isError: true)
            } else {
                s.stack.append(.stepDialog(StepDialogState(caseID: caseID, kind: kind, options: assessment.options)))
            }
        case let .triaged(cases):
            s.stack.removeAll { if case .triage = $0 { return true }; if case .incident = $0 { return true }; return false }
            s.incidents.invalidate()
            s.cases.invalidate()
            s.statsStale = true
            let numbers = cases.map(\.number).joined(separator: ", ")
            s.status = StatusLine(text: s.t("Zaak geopend: \(numbers)", "Case opened: \(numbers)"), isError: false)
            if let first = cases.first {
                s.tab = .cases
                s.stack.append(.caseDetail(CaseScreenState(id: first.id)))
                effects.append(.loadCase(first.id))
            }
        case let .stepped(caseID, step, obligations, template):
            s.popDialogs()
            s.cases.invalidate()
            s.statsStale = true
            var text = s.t("Stap gezet: \(step.rung.shortLabel.nl)", "Step taken: \(step.rung.shortLabel.en)")
            if !obligations.isEmpty { text += s.t(" — \(obligations.count) verplichting(en)", " — \(obligations.count) obligation(s)") }
            s.status = StatusLine(text: text, isError: false)
            effects.append(.loadCase(caseID))
            // A step that requires a letter proposes its template.
            if let template, s.templates.contains(where: { $0.id == template }) {
                let kind = s.stack.lazy.compactMap { screen -> SubjectKind? in
                    if case let .caseDetail(c) = screen, c.id == caseID { return c.detail?.subject.kind.ladderKind }
                    return nil
                }.first
                s.stack.append(.picker(Dialogs.templatePicker(s, caseID: caseID, proposed: template, kind: kind)))
            }
        case let .drafted(text, purpose):
            effects += Dialogs.startEditing(text, purpose, &s)
        case let .edited(text, purpose):
            if let text {
                s.popDialogs()
                s.stack.append(.preview(PreviewState(title: Dialogs.title(purpose, s), text: text, purpose: purpose)))
            } else {
                s.status = StatusLine(text: s.t("De editor gaf een fout; er is niets opgeslagen.", "The editor failed; nothing was saved."),
                                      isError: true)
            }
        case let .searched(query, hits):
            s.popDialogs()
            s.stack.append(.search(SearchState(query: query, hits: hits)))
            if hits.isEmpty { s.status = StatusLine(text: s.t("Niets gevonden voor ‘\(query)’.", "Nothing found for ‘\(query)’."), isError: false) }
        case let .saved(text, reload):
            s.popDialogs()
            s.incidents.invalidate()
            s.cases.invalidate()
            s.statsStale = true
            s.status = StatusLine(text: text(s.lang), isError: false)
            if let reload { effects.append(.loadCase(reload)) }
        case let .dossierSaved(person, text):
            s.popDialogs()
            s.status = StatusLine(text: text(s.lang), isError: false)
            effects.append(.loadDossier(person))
        case let .openCase(id):
            s.popDialogs()
            s.stack.append(.caseDetail(CaseScreenState(id: id)))
            effects.append(.loadCase(id))
        case let .failed(error):
            s.status = StatusLine(text: error.text(s.lang).replacingOccurrences(of: "\n", with: " — "), isError: true)
        }
        return (s, effects + loads(s))
    }

    /// The fetches the current screen needs: only the rows that will be visible, and more only
    /// when the window no longer covers them.
    public static func loads(_ s: AppState) -> [Effect] {
        guard s.stack.isEmpty, !s.isTooSmall else { return [] }
        switch s.tab {
        case .cases:
            if let (offset, limit) = s.cases.missing(visible: s.listRows) {
                return [.loadCases(s.caseFilter, offset: offset, limit: limit)]
            }
        case .incidents:
            if let (offset, limit) = s.incidents.missing(visible: s.listRows) {
                return [.loadIncidents(offset: offset, limit: limit)]
            }
        case .dossiers:
            if let (offset, limit) = s.people.missing(visible: s.listRows - 1) {
                let f = s.peopleFilter
                return [.loadPeople(kind: f.kind, group: f.group, text: f.name.value, offset: offset, limit: limit)]
            }
        case .overview:
            // Everything after a save or on the first visit; only the year's figures on [ and ].
            if s.stats == nil || s.statsStale { return [.loadStats(year: s.statsYear, obligations: true)] }
            if s.stats?.schoolYear != s.statsYear { return [.loadStats(year: s.statsYear, obligations: false)] }
        }
        return []
    }

    static func handle(_ event: TerminalEvent, _ s: inout AppState, _ keymap: Keymap) -> [Effect] {
        switch event {
        case let .resize(w, h):
            s.width = max(0, w)
            s.height = max(0, h)
            s.cases.clamp(visible: s.listRows)
            s.incidents.clamp(visible: s.listRows)
            return []
        case .hangup:
            s.quitting = true
            return []
        case .noise:
            return []
        case let .key(key):
            s.status = nil
            if s.isTooSmall {
                if keymap.action(for: key, in: .global) == .quit { s.quitting = true }
                return []
            }
            // A dialog with text input takes its keys first.
            if let effects = Dialogs.handle(key, &s, keymap) { return effects }
            if s.stack.isEmpty, s.tab == .dossiers, s.peopleFilter.typing {
                Browse.typeName(key, &s)
                return []
            }
            guard let action = keymap.action(for: key, in: s.context) else {
                if case .unknown = key { return [] }
                s.status = StatusLine(text: s.t("Toets \(key.symbol) doet hier niets — ? toont de toetsen",
                                                "Key \(key.symbol) does nothing here — ? shows the keys"), isError: false)
                return []
            }
            return perform(action, &s)
        }
    }

    public static func perform(_ action: Action, _ s: inout AppState) -> [Effect] {
        switch action {
        case .quit:
            if s.stack.isEmpty { s.quitting = true } else { s.stack.removeLast() }
            return []
        case .back:
            if !s.stack.isEmpty { s.stack.removeLast() }
            return []
        case .help:
            if case .help? = s.stack.last { s.stack.removeLast() } else { s.stack.append(.help(scroll: 0)) }
            return []
        case .redraw:
            return []
        case .command:
            s.stack.append(.prompt(PromptState(title: "", label: ":", purpose: .command)))
            return []
        case .search:
            s.stack.append(.prompt(PromptState(title: s.t("Zoeken", "Search"), label: s.t("Zoek: ", "Search: "), purpose: .search)))
            return []
        case .tabIncidents, .tabCases, .tabDossiers, .tabOverview, .nextTab, .previousTab:
            s.stack.removeAll()
            let all = Tab.allCases
            switch action {
            case .tabIncidents: s.tab = .incidents
            case .tabCases: s.tab = .cases
            case .tabDossiers: s.tab = .dossiers
            case .tabOverview: s.tab = .overview
            case .nextTab: s.tab = all[(all.firstIndex(of: s.tab)! + 1) % all.count]
            default: s.tab = all[(all.firstIndex(of: s.tab)! + all.count - 1) % all.count]
            }
            return []
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            move(action, &s)
            return []
        case .open:
            return open(&s)
        case .filterName, .filterGroup, .yearPrevious, .yearNext:
            Browse.perform(action, &s)
            return []
        case .filterKind where s.tab == .dossiers && s.stack.isEmpty:
            Browse.perform(action, &s)
            return []
        case .note where s.context == .dossier:
            return Browse.dossierNote(&s)
        case .filter, .filterStatus, .filterKind, .filterRung, .filterOverdue:
            guard s.stack.isEmpty, s.tab == .cases else { return [] }
            CaseFilters.apply(action, to: &s.caseFilter)
            s.cases.invalidate()
            s.cases.moveTo(0, visible: s.listRows)
            s.status = StatusLine(text: CaseFilters.describe(s.caseFilter, lang: s.lang), isError: false)
            return []
        case .triage, .dismiss:
            return Dialogs.incidentAction(action, &s)
        case .stepUp, .letter, .note, .done, .aangifte, .vertrouwensinspecteur, .closeCase:
            return Dialogs.caseAction(action, &s)
        }
    }

    static func move(_ action: Action, _ s: inout AppState) {
        func delta(_ page: Int) -> Int {
            switch action {
            case .up: -1
            case .down: 1
            case .pageUp: -page
            case .pageDown: page
            case .top: Int.min / 2
            default: Int.max / 2
            }
        }
        let page = s.pageRows - 1
        switch s.stack.last {
        case var .caseDetail(screen)?:
            screen.scroll = max(0, screen.scroll &+ delta(page))
            s.stack[s.stack.count - 1] = .caseDetail(screen)
        case var .incident(screen)?:
            screen.scroll = max(0, screen.scroll &+ delta(page))
            s.stack[s.stack.count - 1] = .incident(screen)
        case let .help(scroll)?:
            s.stack[s.stack.count - 1] = .help(scroll: max(0, scroll &+ delta(page)))
        case var .preview(p)?:
            p.scroll = max(0, p.scroll &+ delta(page))
            s.stack[s.stack.count - 1] = .preview(p)
        case var .search(r)?:
            r.cursor = max(0, min(r.hits.count - 1, r.cursor &+ delta(page)))
            s.stack[s.stack.count - 1] = .search(r)
        case var .dossier(d)?:
            d.cursor = max(0, min(d.ordered.count - 1, d.cursor &+ delta(page / 2)))
            s.stack[s.stack.count - 1] = .dossier(d)
        case var .entry(e)?:
            e.scroll = max(0, e.scroll &+ delta(page))
            s.stack[s.stack.count - 1] = .entry(e)
        case nil:
            let rows = s.listRows
            switch s.tab {
            case .cases: s.cases.move(by: delta(rows), visible: rows)
            case .incidents: s.incidents.move(by: delta(rows), visible: rows)
            case .dossiers: s.people.move(by: delta(rows - 1), visible: rows - 1)
            case .overview: s.overviewScroll = max(0, s.overviewScroll &+ delta(page))
            }
        default:
            break
        }
    }

    static func open(_ s: inout AppState) -> [Effect] {
        switch s.stack.last {
        case nil:
            switch s.tab {
            case .cases:
                guard let row = s.cases.selectedRow else { return [] }
                s.stack.append(.caseDetail(CaseScreenState(id: row.id)))
                return [.loadCase(row.id)]
            case .incidents:
                guard let row = s.incidents.selectedRow else { return [] }
                s.stack.append(.incident(IncidentScreenState(id: row.id)))
                return [.loadIncident(row.id)]
            case .dossiers:
                return Browse.openPerson(&s)
            case .overview:
                return []
            }
        case let .dossier(d)?:
            let ordered = d.ordered
            guard ordered.indices.contains(d.cursor), let view = d.view else { return [] }
            let e = ordered[d.cursor].entry
            s.stack.append(.entry(EntryScreenState(entry: e, corrections: view.corrections[e.id] ?? [])))
            return []
        case let .search(r)?:
            guard r.hits.indices.contains(r.cursor), let id = r.hits[r.cursor].caseID else { return [] }
            s.stack.append(.caseDetail(CaseScreenState(id: id)))
            return [.loadCase(id)]
        default:
            return []
        }
    }
}

extension AppState {
    /// Replaces the top screen when `transform` returns one (an answer for a screen still showing).
    mutating func replaceTop(_ transform: (Screen) -> Screen?) {
        guard let top = stack.last, let new = transform(top) else { return }
        stack[stack.count - 1] = new
    }

    /// Closes the dialogs on top, back to the screen they were opened from.
    mutating func popDialogs() {
        while let top = stack.last {
            switch top {
            case .prompt, .picker, .editor, .preview, .stepDialog, .triage: stack.removeLast()
            default: return
            }
        }
    }
}
