import CasusCore

/// The frame around every screen: header, tabs, status line, footer of keys.
enum Chrome {
    static func header(_ s: AppState, into c: inout Canvas) {
        c.fill(x: 0, y: 0, width: c.width, height: 1, style: .header)
        let left = " casus · \(s.session.schoolName)"
        var who = "\(s.session.personName) · \(s.session.role.label(s.lang))"
        if let real = s.session.realAccount { who += s.t(" (als \(s.session.account), door \(real))", " (as \(s.session.account), by \(real))") }
        let right = who + " "
        let rightWidth = DisplayWidth.of(right)
        c.put(left, x: 0, y: 0, style: .header, maxX: max(0, c.width - rightWidth - 1))
        c.put(right, x: max(0, c.width - rightWidth), y: 0, style: .header)
    }

    static func tabs(_ s: AppState, into c: inout Canvas) {
        var x = 1
        for tab in Tab.allCases {
            var title = "\(tab.rawValue) \(tab.title(s.lang))"
            if tab == .incidents, let n = s.openIncidentCount { title += " (\(n))" }
            if tab == .cases, s.cases.isLoaded { title += " (\(s.cases.total))" }
            let style: Style = tab == s.tab ? Style(reverse: true, underline: false) : .plain
            x = c.put(" \(title) ", x: x, y: 1, style: style) + 1
        }
    }

    static func status(_ s: AppState, into c: inout Canvas) {
        guard let status = s.status else { return }
        c.put(" " + status.text, x: 0, y: c.height - 2, style: status.isError ? .alarm : .accent)
    }

    /// The keys that matter here, from the keymap: what the footer says is what the keys do.
    static func footer(_ s: AppState, keymap: Keymap, into c: inout Canvas) {
        let y = c.height - 1
        c.fill(x: 0, y: y, width: c.width, height: 1, style: .reverse)
        var actions: [Action]
        let fixed: [(String, Phrase)]
        switch s.stack.last {
        case .triage?:
            fixed = [("Tab", Phrase("onderdeel", "section")), ("↑↓", Phrase("kies", "move")), ("Spatie", Phrase("aan/uit", "toggle")),
                     ("Enter", Phrase("zaak openen", "open case(s)")), ("Esc", Phrase("terug", "back"))]
        case .stepDialog?:
            fixed = [("↑↓", Phrase("trede", "rung")), ("Enter", Phrase("verder/bevestig", "next/confirm")),
                     ("Tab", Phrase("veld", "field")), ("Esc", Phrase("terug", "back"))]
        case .prompt?:
            fixed = [("Enter", Phrase("bevestig", "confirm")), ("Esc", Phrase("annuleer", "cancel"))]
        case .picker(let p)?:
            fixed = p.multiple ? [("Spatie", Phrase("aan/uit", "toggle")), ("Enter", Phrase("verder", "go on")), ("Esc", Phrase("annuleer", "cancel"))]
                : [("↑↓", Phrase("kies", "move")), ("Enter", Phrase("kies", "pick")), ("Esc", Phrase("annuleer", "cancel"))]
        case .editor?:
            fixed = [("F2/Ctrl-S", Phrase("klaar", "done")), ("Esc", Phrase("weggooien", "discard"))]
        case .preview?:
            fixed = [("Enter", Phrase("opslaan in dossier", "file in dossier")), ("e", Phrase("bewerken", "edit")),
                     ("Esc", Phrase("weggooien", "discard")), ("↑↓", Phrase("scroll", "scroll"))]
        default:
            fixed = []
        }
        if !fixed.isEmpty {
            fixedFooter(fixed, s, into: &c)
            return
        }
        switch s.stack.last {
        case .caseDetail?: actions = [.back, .up, .down, .stepUp, .letter, .note, .done, .closeCase, .help]
        case .incident?: actions = [.back, .triage, .dismiss, .help]
        case .search?: actions = [.open, .up, .down, .back]
        case .dossier?: actions = [.back, .up, .down, .open, .note, .help]
        case .entry?: actions = [.back, .up, .down]
        case nil:
            switch s.tab {
            case .cases: actions = [.open, .filterStatus, .filterKind, .filterRung, .filterOverdue, .search, .help, .quit]
            case .incidents: actions = [.open, .triage, .dismiss, .search, .help, .quit]
            case .dossiers:
                if s.peopleFilter.typing {
                    fixedFooter([("Enter", Phrase("klaar", "done")), ("Esc", Phrase("wissen", "clear")), ("↑↓", Phrase("kies", "move"))], s, into: &c)
                    return
                }
                actions = [.open, .filterName, .filterKind, .filterGroup, .search, .help, .quit]
            case .overview: actions = [.yearPrevious, .yearNext, .up, .down, .search, .help, .quit]
            }
        default: actions = [.back, .up, .down]
        }
        var x = 1
        for action in actions {
            guard let key = keymap.keys(for: action, in: s.context).first else { continue }
            let label = shortLabel(action, s.lang)
            let text = "\(key.symbol) \(label)"
            if x + DisplayWidth.of(text) + 1 > c.width { break }
            x = c.put(key.symbol, x: x, y: y, style: Style(bold: true, reverse: true))
            x = c.put(" \(label)  ", x: x, y: y, style: .reverse)
        }
    }

    static func fixedFooter(_ fixed: [(String, Phrase)], _ s: AppState, into c: inout Canvas) {
        let y = c.height - 1
        var x = 1
        for (key, label) in fixed {
            if x + DisplayWidth.of(key) + DisplayWidth.of(label(s.lang)) + 3 > c.width { break }
            x = c.put(key, x: x, y: y, style: Style(bold: true, reverse: true))
            x = c.put(" \(label(s.lang))  ", x: x, y: y, style: .reverse)
        }
    }

    static func shortLabel(_ a: Action, _ lang: Lang) -> String {
        let p: Phrase = switch a {
        case .open: Phrase("open", "open")
        case .back: Phrase("terug", "back")
        case .quit: Phrase("stop", "quit")
        case .help: Phrase("hulp", "help")
        case .search: Phrase("zoek", "search")
        case .up: Phrase("omhoog", "up")
        case .down: Phrase("omlaag", "down")
        case .nextTab: Phrase("tab", "tab")
        case .filterStatus: Phrase("open/dicht", "open/closed")
        case .filterKind: Phrase("soort", "kind")
        case .filterRung: Phrase("trede", "rung")
        case .filterOverdue: Phrase("te laat", "overdue")
        case .filterName: Phrase("naam", "name")
        case .filterGroup: Phrase("groep", "group")
        case .yearPrevious: Phrase("vorig jaar", "previous year")
        case .yearNext: Phrase("volgend jaar", "next year")
        case .triage: Phrase("beoordeel", "triage")
        case .aangifte: Phrase("aangifte", "aangifte")
        case .vertrouwensinspecteur: Phrase("vertr.insp.", "VI report")
        case .dismiss: Phrase("wijs af", "dismiss")
        case .stepUp: Phrase("trede", "rung")
        case .letter: Phrase("brief", "letter")
        case .note: Phrase("notitie", "note")
        case .done: Phrase("afvinken", "done")
        case .closeCase: Phrase("sluit", "close")
        default: a.help
        }
        return p(lang)
    }

    static func tooSmall(_ s: AppState, into c: inout Canvas) {
        let lines = [
            s.t("Terminal te klein", "Terminal too small"),
            "\(s.width)×\(s.height)",
            s.t("minimaal \(AppState.minWidth)×\(AppState.minHeight)", "at least \(AppState.minWidth)×\(AppState.minHeight)"),
            s.t("q stopt", "q quits"),
        ]
        let top = max(0, (c.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (c.width - DisplayWidth.of(line)) / 2)
            c.put(line, x: x, y: top + i, style: i == 0 ? .bold : .plain)
        }
    }
}
