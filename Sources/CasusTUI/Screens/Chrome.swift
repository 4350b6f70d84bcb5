import CasusCore

extension App {
    /// Draws the whole state. Pure: the same state always gives the same Canvas.
    public static func view(_ s: AppState) -> Canvas {
        var c = Canvas(width: s.width, height: s.height)
        if s.isTooSmall {
            Chrome.tooSmall(s, into: &c)
            return c
        }
        if let standing = s.accessChanged {
            Chrome.accessChanged(standing, s, into: &c)
            return c
        }
        Chrome.header(s, into: &c)
        // Boxes (prompts, pickers) are drawn over the screen they were opened from.
        let base = s.stack.lastIndex { !$0.isOverlay }
        if let base {
            s.stack[base].draw(s, into: &c)
        } else {
            Chrome.tabs(s, into: &c)
            s.tabScreen(s.tab).draw(s, into: &c)
        }
        for overlay in s.stack.dropFirst((base ?? -1) + 1) { overlay.draw(s, into: &c) }
        Chrome.status(s, into: &c)
        Chrome.footer(s.top.footer(s), s, into: &c)
        return c
    }
}

/// The frame around every screen: header, tabs, status line, footer of keys.
enum Chrome {
    static func header(_ s: AppState, into c: inout Canvas) {
        c.fill(x: 0, y: 0, width: c.width, height: 1, style: .header)
        let left = " casus · \(s.session.schoolName)"
        var role = s.session.role.label(s.lang)
        if let real = s.session.realAccount {
            role += s.t(" (als \(s.session.account), door \(real))", " (as \(s.session.account), by \(real))")
        }
        // The school's name keeps at least half the row: the person's name gives way first, then
        // the role is cut (with `--as` it left "casus · B" of the school).
        let full = "\(s.session.personName) · \(role) "
        let half = max(0, c.width / 2 - 1)
        let right: String
        if DisplayWidth.of(left) + DisplayWidth.of(full) < c.width || DisplayWidth.of(full) <= half {
            right = full
        } else if DisplayWidth.of(role) + 1 <= half {
            right = role + " "
        } else {
            right = DisplayWidth.truncate(role, to: half) + " "
        }
        let rightWidth = DisplayWidth.of(right)
        c.put(left, x: 0, y: 0, style: .header, maxX: max(0, c.width - rightWidth - 1))
        c.put(right, x: max(0, c.width - rightWidth), y: 0, style: .header)
    }

    /// The tabs, each with the count of the rows its list holds (read with those rows).
    static func tabs(_ s: AppState, into c: inout Canvas) {
        var x = 1
        for tab in s.tabs {
            var title = "\(tab.rawValue) \((tab == .incidents ? s.reportsTabTitle : tab.title)(s.lang))"
            if tab == .incidents, s.hasReportsTab, s.incidents.isLoaded { title += " (\(s.incidents.total))" }
            if tab == .cases, s.cases.isLoaded { title += " (\(s.cases.total))" }
            let style: Style = tab == s.tab ? Style(reverse: true, underline: false) : .plain
            x = c.put(" \(title) ", x: x, y: 1, style: style) + 1
        }
    }

    /// The status line, above the footer; a message longer than the width wraps upwards over what
    /// is beneath (up to a third of the screen), so a refusal is read whole (at 80 columns it was
    /// cut mid-word, its reason and what to do lost).
    static func status(_ s: AppState, into c: inout Canvas) {
        guard let status = s.status, c.width > 2, c.height > 3 else { return }
        var lines = DisplayWidth.wrap(status.text, to: c.width - 2)
        let room = max(1, (c.height - 2) / 3)
        if lines.count > room {
            lines = Array(lines.prefix(room))
            lines[room - 1] = DisplayWidth.truncate(lines[room - 1] + " …", to: c.width - 2)
        }
        let style: Style = status.isError ? .alarm : .accent
        // Above the `:` line while it is open (it sits where a message ends): Tab's list of
        // commands hid the line it completed.
        let bottom = (s.stack.last as? PromptScreen)?.purpose == .command ? c.height - 2 : c.height - 1
        let top = bottom - lines.count
        for (i, line) in lines.enumerated() {
            // A wrapped message stands on its own rows; one line is written as it always was.
            if lines.count > 1 { c.fill(x: 0, y: top + i, width: c.width, height: 1, style: .plain) }
            c.put(" " + line, x: 0, y: top + i, style: style)
        }
    }

    /// The keys that matter here, from the keymap: what the footer says is what the keys do.
    /// Where they do not all fit, the keys everyone knows give way first (the arrows, then Esc,
    /// then ?; the help screen lists them all), then the gaps narrow, so that the screen's own
    /// actions stay in sight at 80 columns.
    static func footer(_ items: [FooterItem], _ s: AppState, into c: inout Canvas) {
        let y = c.height - 1
        c.fill(x: 0, y: y, width: c.width, height: 1, style: .reverse)
        let context = s.context
        var shown: [(key: String, label: String, actions: [Action])] = []
        for item in items where item.actions.allSatisfy({ $0.isAllowed(for: s.session.role, in: context) }) {
            let keys = item.actions.compactMap { s.keymap.keys(for: $0, in: context).first?.symbol(s.lang) }
            guard keys.count == item.actions.count, !keys.isEmpty else { continue }
            let key =
                item.actions.count == 1 && item.both
                ? s.keymap.keys(for: item.actions[0], in: context).prefix(2).map { $0.symbol(s.lang) }.joined(
                    separator: "/")
                : keys.joined()
            shown.append((key, item.label(s.lang), item.actions))
        }
        func width(_ gap: Int) -> Int {
            1 + shown.reduce(0) { $0 + DisplayWidth.of($1.key) + 1 + DisplayWidth.of($1.label) + gap } - gap
        }
        let known: [Set<Action>] = [[.up, .down, .pageUp, .pageDown, .top, .bottom], [.back], [.help]]
        for group in known where width(2) > c.width - 1 {
            shown.removeAll { $0.actions.allSatisfy(group.contains) }
        }
        let gap = width(2) > c.width - 1 ? 1 : 2
        var x = 1
        for item in shown {
            if x + DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label) > c.width - 1 { break }
            x = c.put(item.key, x: x, y: y, style: Style(bold: true, reverse: true))
            x = c.put(" \(item.label)" + String(repeating: " ", count: gap), x: x, y: y, style: .reverse)
        }
    }

    /// What is left when a director changed this account's role or ended its access.
    static func accessChanged(_ standing: AccountStanding, _ s: AppState, into c: inout Canvas) {
        let what: String
        switch standing {
        case let .changed(role):
            what = s.t(
                "Uw rol is gewijzigd: u bent nu \(role.label.nl).",
                "Your role was changed: you are now \(role.label.en).")
        case .ended, .unchanged, .widened:
            what = s.t(
                "Een directeur heeft uw toegang tot casus beëindigd.", "A director ended your access to casus.")
        }
        var lines = DisplayWidth.wrap(what, to: max(20, c.width - 4))
        lines += DisplayWidth.wrap(
            s.t(
                "Wat u onder uw vorige rol zag, is van het scherm gehaald; wat u typte en nog niet had opgeslagen, is niet opgeslagen.",
                "What you saw under your previous role has been taken off the screen; what you typed and had not saved yet was not saved."
            ), to: max(20, c.width - 4))
        lines.append("")
        lines.append(
            standing == .ended
                ? s.t("Een toets sluit casus.", "Any key closes casus.")
                : s.t(
                    "Een toets sluit casus; start het opnieuw om verder te werken.",
                    "Any key closes casus; start it again to go on."))
        let top = max(0, (c.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (c.width - DisplayWidth.of(line)) / 2)
            c.put(line, x: x, y: top + i, style: i == 0 ? .bold : .plain)
        }
    }

    static func tooSmall(_ s: AppState, into c: inout Canvas) {
        let lines =
            [
                s.t("Terminal te klein", "Terminal too small"),
                "\(s.width)×\(s.height)",
                s.t(
                    "minimaal \(AppState.minWidth)×\(AppState.minHeight)",
                    "at least \(AppState.minWidth)×\(AppState.minHeight)"),
            ]
            + (s.stack.isEmpty
                ? [s.t("q stopt", "q quits")]
                : [
                    s.t("maak het venster groter", "make the window larger"),
                    s.t("wat u typt blijft", "what you type is kept"),
                ])
        let top = max(0, (c.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (c.width - DisplayWidth.of(line)) / 2)
            c.put(line, x: x, y: top + i, style: i == 0 ? .bold : .plain)
        }
    }
}

/// The footer's short words for actions.
enum Words {
    static func short(_ a: Action) -> Phrase {
        switch a {
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
        case .mark: Phrase("markeer", "mark")
        case .stepUp: Phrase("trede", "rung")
        case .letter: Phrase("brief", "letter")
        case .sent: Phrase("verzonden", "sent")
        case .note: Phrase("notitie", "note")
        case .done: Phrase("afvinken", "done")
        case .closeCase: Phrase("sluit", "close")
        case .reclassify: Phrase("herzien", "reclassify")
        case .consult: Phrase("overleg VI", "consult")
        case .legal: Phrase("vastleggen", "record")
        case .school: Phrase("school", "school")
        case .edit: Phrase("wijzig", "edit")
        case .export: Phrase("export", "export")
        case .newReport: Phrase("nieuwe melding", "new report")
        case .evidence: Phrase("bewijs", "evidence")
        case .dossierCases: Phrase("zaken", "cases")
        default: a.help
        }
    }

    /// Footer items for actions, each with its short word.
    static func items(_ actions: [Action]) -> [FooterItem] { actions.map { FooterItem($0, short($0)) } }
}

/// A scrolling page below the header: its lines, its viewport, and the share scrolled.
enum Page {
    /// Rows a page has below the header (and the tab bar, when `top` is 2).
    static func rows(_ s: AppState, top y0: Int = 1) -> Int { max(1, s.height - 2 - y0) }

    static func draw(_ lines: [StyledLine], _ viewport: Viewport, _ s: AppState, into c: inout Canvas, top y0: Int = 1)
    {
        let rows = s.height - 2 - y0
        guard rows > 0 else { return }
        for (row, i) in viewport.visible.enumerated() where i < lines.count {
            lines[i].draw(into: &c, x: 1, y: y0 + row, maxX: c.width - 1)
        }
        if let pct = viewport.percent {
            c.put(" \(pct)% ", x: c.width - 7, y: s.height - 2, style: .dim)
        }
    }

    /// The same for a page whose lines are made as they are shown (a timeline of thousands of
    /// entries lays out only the rows on screen).
    static func draw(
        count: Int, _ viewport: Viewport, _ s: AppState, into c: inout Canvas, top y0: Int = 1,
        line: (Int) -> StyledLine
    ) {
        let rows = s.height - 2 - y0
        guard rows > 0 else { return }
        for (row, i) in viewport.visible.enumerated() where i < count {
            line(i).draw(into: &c, x: 1, y: y0 + row, maxX: c.width - 1)
        }
        if let pct = viewport.percent {
            c.put(" \(pct)% ", x: c.width - 7, y: s.height - 2, style: .dim)
        }
    }

    static let loading = [StyledLine("Laden…", .dim)]
    static func loading(_ s: AppState) -> [StyledLine] { [StyledLine(s.t("Laden…", "Loading…"), .dim)] }
}
