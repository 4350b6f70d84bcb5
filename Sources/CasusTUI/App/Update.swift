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
            if case var .caseDetail(screen)? = s.stack.last, screen.id == detail.record.id {
                screen.detail = detail
                screen.assessment = assessment
                s.stack[s.stack.count - 1] = .caseDetail(screen)
            }
        case let .incidentLoaded(incident, involved, cases, group):
            if case var .incident(screen)? = s.stack.last, screen.id == incident.id {
                screen.incident = incident
                screen.involved = involved
                screen.cases = cases
                screen.groupResponse = group
                s.stack[s.stack.count - 1] = .incident(screen)
            }
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
        default: break
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
            guard let action = keymap.action(for: key, in: s.context) else {
                if s.isTooSmall { return [] }
                if case .unknown = key { return [] }
                s.status = StatusLine(text: s.t("Toets \(key) doet hier niets — ? toont de toetsen",
                                                "Key \(key) does nothing here — ? shows the keys"), isError: false)
                return []
            }
            return perform(action, &s)
        }
    }

    static func perform(_ action: Action, _ s: inout AppState) -> [Effect] {
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
        case .filter, .filterStatus, .filterKind, .filterRung, .filterOverdue:
            guard s.stack.isEmpty, s.tab == .cases else { return [] }
            CaseFilters.apply(action, to: &s.caseFilter)
            s.cases.invalidate()
            s.cases.moveTo(0, visible: s.listRows)
            s.status = StatusLine(text: CaseFilters.describe(s.caseFilter, lang: s.lang), isError: false)
            return []
        default:
            s.status = StatusLine(text: s.t("Nog niet beschikbaar in deze versie: \(action.help.nl)",
                                            "Not available in this version yet: \(action.help.en)"), isError: false)
            return []
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
        switch s.stack.last {
        case var .caseDetail(screen)?:
            screen.scroll = max(0, screen.scroll &+ delta(s.pageRows - 1))
            s.stack[s.stack.count - 1] = .caseDetail(screen)
        case var .incident(screen)?:
            screen.scroll = max(0, screen.scroll &+ delta(s.pageRows - 1))
            s.stack[s.stack.count - 1] = .incident(screen)
        case let .help(scroll)?:
            s.stack[s.stack.count - 1] = .help(scroll: max(0, scroll &+ delta(s.pageRows - 1)))
        case nil:
            let rows = s.listRows
            switch s.tab {
            case .cases: s.cases.move(by: delta(rows), visible: rows)
            case .incidents: s.incidents.move(by: delta(rows), visible: rows)
            default: break
            }
        }
    }

    static func open(_ s: inout AppState) -> [Effect] {
        guard s.stack.isEmpty else { return [] }
        switch s.tab {
        case .cases:
            guard let row = s.cases.selectedRow else { return [] }
            s.stack.append(.caseDetail(CaseScreenState(id: row.id)))
            return [.loadCase(row.id)]
        case .incidents:
            guard let row = s.incidents.selectedRow else { return [] }
            s.stack.append(.incident(IncidentScreenState(id: row.id)))
            return [.loadIncident(row.id)]
        default:
            return []
        }
    }
}

/// The Zaken filters, cycled by keys.
enum CaseFilters {
    static func apply(_ action: Action, to f: inout CaseFilter) {
        switch action {
        case .filter:
            f = CaseFilter(status: .open)
        case .filterStatus:
            f.status = switch f.status {
            case .open?: .closed
            case .closed?: nil
            case nil: .open
            }
        case .filterKind:
            let kinds: [SubjectKind?] = [nil] + SubjectKind.allCases.map { $0 }
            let i = kinds.firstIndex(of: f.subjectKind) ?? 0
            f.subjectKind = kinds[(i + 1) % kinds.count]
        case .filterRung:
            // nil → no rung yet → each rung → nil
            let order: [Rung?] = Rung.allCases.map { $0 }
            if f.rung == nil && !f.noRungYet {
                f.noRungYet = true
            } else if f.noRungYet {
                f.noRungYet = false
                f.rung = order.first!
            } else if let r = f.rung, let i = Rung.allCases.firstIndex(of: r), i + 1 < Rung.allCases.count {
                f.rung = Rung.allCases[i + 1]
            } else {
                f.rung = nil
            }
        case .filterOverdue:
            f.overdueOnly.toggle()
        default:
            break
        }
    }

    static func describe(_ f: CaseFilter, lang: Lang) -> String {
        var parts: [String] = []
        parts.append(f.status.map { $0.label(lang) } ?? Phrase("alle", "all")(lang))
        if let k = f.subjectKind { parts.append(k.label(lang)) }
        if f.noRungYet { parts.append(Phrase("nog geen trede", "no rung yet")(lang)) }
        if let r = f.rung { parts.append(r.shortLabel(lang)) }
        if f.overdueOnly { parts.append(Phrase("te laat", "overdue")(lang)) }
        return Phrase("Filter: ", "Filter: ")(lang) + parts.joined(separator: " · ")
    }
}
