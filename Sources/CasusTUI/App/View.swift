import CasusCore

extension App {
    /// Draws the whole state. Pure: the same state always gives the same Canvas.
    public static func view(_ s: AppState, keymap: Keymap) -> Canvas {
        var c = Canvas(width: s.width, height: s.height)
        if s.isTooSmall {
            Chrome.tooSmall(s, into: &c)
            return c
        }
        Chrome.header(s, into: &c)
        // Boxes (prompts, pickers) are drawn over the screen they were opened from.
        let base = s.stack.lastIndex { screen in
            switch screen {
            case .prompt, .picker: false
            default: true
            }
        }
        if let base {
            screen(s.stack[base], s, keymap, into: &c)
        } else {
            Chrome.tabs(s, into: &c)
            switch s.tab {
            case .cases: ListScreens.cases(s, into: &c)
            case .incidents: ListScreens.incidents(s, into: &c)
            case .dossiers: BrowseScreens.people(s, into: &c)
            case .overview:
                page(s.overviewLines, scroll: s.overviewScroll, s, into: &c, top: 2)
            }
        }
        for overlay in s.stack.dropFirst((base ?? -1) + 1) {
            switch overlay {
            case let .prompt(p): DialogScreens.prompt(p, s, into: &c)
            case let .picker(p): DialogScreens.picker(p, s, into: &c)
            default: break
            }
        }
        Chrome.status(s, into: &c)
        Chrome.footer(s, keymap: keymap, into: &c)
        return c
    }

    static func screen(_ screen: Screen, _ s: AppState, _ keymap: Keymap, into c: inout Canvas) {
        switch screen {
        case let .caseDetail(screen):
            let lines = screen.detail.map { CaseScreen.lines($0, screen.assessment, width: s.width, lang: s.lang, today: s.today) }
                ?? [StyledLine(s.t("Laden…", "Loading…"), .dim)]
            page(lines, scroll: screen.scroll, s, into: &c)
        case let .incident(screen):
            page(IncidentScreen.lines(screen, width: s.width, lang: s.lang, today: s.today), scroll: screen.scroll, s, into: &c)
        case let .help(scroll):
            page(HelpScreen.lines(keymap: keymap, lang: s.lang), scroll: scroll, s, into: &c)
        case let .triage(t):
            DialogScreens.triage(t, s, into: &c)
        case let .stepDialog(d):
            DialogScreens.step(d, s, into: &c)
        case let .editor(e):
            DialogScreens.editor(e, s, into: &c)
        case let .preview(p):
            page(DialogScreens.previewLines(p, s, width: s.width), scroll: p.scroll, s, into: &c)
        case let .search(r):
            let (lines, cursor) = DialogScreens.searchLines(r, s, width: s.width)
            page(lines, scroll: max(0, cursor - (s.height - 3) / 2), s, into: &c)
        case let .dossier(d):
            let (lines, cursor) = BrowseScreens.dossierLines(d, s, width: s.width)
            page(lines, scroll: max(0, cursor - (s.height - 3) / 2), s, into: &c)
        case let .entry(e):
            page(BrowseScreens.entryLines(e, s, width: s.width), scroll: e.scroll, s, into: &c)
        case .prompt, .picker:
            break
        }
    }

    /// A scrolling page below the header; the scroll is clamped here so any key sequence is safe.
    static func page(_ lines: [StyledLine], scroll: Int, _ s: AppState, into c: inout Canvas, top y0: Int = 1) {
        let rows = s.height - 2 - y0
        guard rows > 0 else { return }
        let maxScroll = max(0, lines.count - rows)
        let top = min(max(0, scroll), maxScroll)
        for (i, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            line.draw(into: &c, x: 1, y: y0 + i, maxX: c.width - 1)
        }
        if maxScroll > 0 {
            let pct = maxScroll == 0 ? 100 : top * 100 / maxScroll
            c.put(" \(pct)% ", x: c.width - 7, y: s.height - 2, style: .dim)
        }
    }
}
