import CasusCore

/// Drawing of the workflow dialogs.
enum DialogScreens {
    static func checkbox(_ on: Bool) -> String { on ? "[x]" : "[ ]" }

    // MARK: Triage

    static func triage(_ t: TriageState, _ s: AppState, into c: inout Canvas) {
        let w = c.width
        guard let data = t.data else {
            c.put(s.t("Laden…", "Loading…"), x: 2, y: 2, style: .dim)
            return
        }
        var y = 1
        c.put(s.t("Melding \(data.incident.id) beoordelen", "Triage report \(data.incident.id)"), x: 1, y: y, style: .bold)
        c.put(" — \(data.profileName)", x: 1 + DisplayWidth.of(s.t("Melding \(data.incident.id) beoordelen", "Triage report \(data.incident.id)")), y: y, style: .dim)
        y += 1
        for line in DisplayWidth.wrap(data.incident.summary, to: w - 4).prefix(2) {
            c.put(line, x: 3, y: y)
            y += 1
        }
        func title(_ text: String, _ section: TriageState.Section) {
            let active = t.section == section
            c.put((active ? "▸ " : "  ") + text, x: 1, y: y, style: active ? .accent : .bold)
            y += 1
        }
        title(s.t("Betrokkenen (spatie kiest wie een zaak krijgt)", "People involved (Space chooses who gets a case)"), .subjects)
        let shownPeople = min(data.involved.count, 4)
        let peopleTop = max(0, min(t.subjectCursor - shownPeople + 1, data.involved.count - shownPeople))
        for (i, inv) in data.involved.enumerated().dropFirst(peopleTop).prefix(shownPeople) {
            var text = "\(checkbox(t.subjects.contains(inv.person.id))) \(inv.person.name) — \(inv.person.kind.label(s.lang))"
            if let g = inv.person.group { text += s.t(", groep \(g)", ", group \(g)") }
            text += " (\(inv.role.label(s.lang)))"
            let selected = t.section == .subjects && i == t.subjectCursor
            if selected { c.fill(x: 2, y: y, width: w - 3, height: 1, style: .selected) }
            c.put(text, x: 3, y: y, style: selected ? .selected : .plain, maxX: w - 1)
            y += 1
        }
        title(s.t("Artikelen van het protocol (spatie kiest)", "Articles of the protocol (Space chooses)"), .articles)
        let visible = t.visibleArticles
        let bottomReserved = 7  // article text (4), options (1), status and footer (2)
        let rows = max(1, c.height - y - bottomReserved)
        let top = max(0, min(t.articleCursor - rows / 2, visible.count - rows))
        for (i, a) in visible.enumerated().dropFirst(max(0, top)).prefix(rows) {
            let suggested = data.suggested.contains(a.id) ? s.t(" ★", " ★") : ""
            let text = "\(checkbox(t.articles.contains(a.id))) \(DisplayWidth.fit(a.id, to: 5)) \(a.title) (\(a.severity.label(s.lang)))\(suggested)"
            let selected = t.section == .articles && i == t.articleCursor
            if selected { c.fill(x: 2, y: y, width: w - 3, height: 1, style: .selected) }
            c.put(text, x: 3, y: y, style: selected ? .selected : .plain, maxX: w - 1)
            y += 1
        }
        y = c.height - bottomReserved
        if visible.indices.contains(t.articleCursor) {
            let a = visible[t.articleCursor]
            for line in DisplayWidth.wrap("“\(a.text)”", to: w - 6).prefix(4) {
                c.put(line, x: 4, y: y, style: .dim)
                y += 1
            }
        }
        y = c.height - 3
        var x = 1
        let options: [(String, Bool)] = [
            (s.t("Ernst: ", "Severity: ") + t.effectiveSeverity.label(s.lang) + (t.severity == nil ? s.t(" (auto)", " (auto)") : ""), true),
            ("\(checkbox(t.flags.criminal)) " + s.t("strafbaar", "criminal"), true),
            ("\(checkbox(t.flags.crossing)) " + s.t("grensoverschrijdend", "crossing"), data.crossingAllowed),
            ("\(checkbox(t.flags.meldplicht)) " + s.t("meldplicht", "meldplicht"), true),
        ]
        c.put(t.section == .options ? "▸" : " ", x: x, y: y, style: .accent)
        x += 2
        for (i, (text, enabled)) in options.enumerated() {
            let selected = t.section == .options && i == t.optionCursor
            x = c.put(text, x: x, y: y, style: selected ? .selected : enabled ? .plain : .dim) + 2
        }
        if let group = data.groupResponse {
            c.put(s.t("Protocol: ", "Protocol: ") + group.action, x: 3, y: c.height - 2 - (s.status == nil ? 0 : 1), style: .accent, maxX: w - 1)
        }
    }

    // MARK: Step dialog

    static func step(_ d: StepDialogState, _ s: AppState, into c: inout Canvas) {
        let w = c.width
        var y = 1
        c.put(s.t("Volgende stap op de ladder", "Next step on the ladder"), x: 1, y: y, style: .bold)
        y += 1
        for (i, o) in d.options.enumerated() {
            var text = (o.isAllowed ? "  " : "✗ ") + o.label(s.lang)
            if o.isSuggested { text += s.t("  (voorgesteld)", "  (suggested)") }
            if !o.skips.isEmpty { text += s.t("  — slaat over: ", "  — skips: ") + o.skips.map { $0.label(for: d.kind)(s.lang) }.joined(separator: ", ") }
            let selected = i == d.cursor
            let style: Style = selected ? (d.focus == .options ? .selected : .bold) : o.isAllowed ? .plain : .dim
            if selected && d.focus == .options { c.fill(x: 2, y: y, width: w - 3, height: 1, style: .selected) }
            c.put(text, x: 2, y: y, style: style, maxX: w - 1)
            y += 1
        }
        y += 1
        guard let o = d.option else { return }
        var lines: [StyledLine] = []
        if let detail = o.detail { lines += StyledLine.wrapped(detail, width: w - 2, indent: 2, style: .accent) }
        for r in o.refusals { lines += StyledLine.wrapped("✗ " + r(s.lang), width: w - 2, indent: 2, style: .alarm) }
        for n in o.notes { lines += StyledLine.wrapped(n(s.lang), width: w - 2, indent: 2, style: .dim) }
        for p in o.obligations {
            lines += StyledLine.wrapped(s.t("verplichting: ", "obligation: ") + p.kind.label(s.lang) + s.t(" — uiterlijk ", " — due ") + p.due.dutch,
                                        width: w - 2, indent: 2)
        }
        if let template = o.template, let title = s.templates.first(where: { $0.id == template })?.title {
            lines += StyledLine.wrapped(s.t("brief: ", "letter: ") + title, width: w - 2, indent: 2, style: .dim)
        }
        let fieldRows = d.fields.count + 1
        for line in lines.prefix(max(0, c.height - y - fieldRows - 3)) {
            line.draw(into: &c, x: 1, y: y, maxX: w - 1)
            y += 1
        }
        y = c.height - 3 - d.fields.count
        for field in d.fields {
            let (label, value): (String, TextField) = switch field {
            case .reason: (s.t("Reden: ", "Reason: "), d.reason)
            case .days: (s.t("Schooldagen (1–5): ", "School days (1–5): "), d.days)
            case .justification: (s.t("Onderbouwing: ", "Justification: "), d.justification)
            case .options: ("", d.reason)
            }
            let x = c.put(label, x: 2, y: y, style: d.focus == field ? .accent : .plain)
            value.draw(into: &c, x: x, y: y, width: max(4, (field == .days ? 4 : w - x - 2)), focused: d.focus == field)
            y += 1
        }
    }

    // MARK: Boxes

    /// A bordered box in the middle of the screen; returns the inner origin and width.
    static func box(title: String, height: Int, into c: inout Canvas) -> (x: Int, y: Int, width: Int) {
        let width = min(max(40, c.width - 10), 90)
        let x = max(0, (c.width - width) / 2)
        let y = max(1, (c.height - height) / 2)
        c.fill(x: x, y: y, width: width, height: height, style: .plain)
        c.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: .accent)
        for row in 1..<(height - 1) {
            c.put("│", x: x, y: y + row, style: .accent)
            c.put("│", x: x + width - 1, y: y + row, style: .accent)
        }
        c.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: .accent)
        if !title.isEmpty { c.put(" \(title) ", x: x + 2, y: y, style: .bold, maxX: x + width - 2) }
        return (x + 2, y + 1, width - 4)
    }

    static func prompt(_ p: PromptState, _ s: AppState, into c: inout Canvas) {
        if p.purpose == .command {
            let y = c.height - 2
            c.fill(x: 0, y: y, width: c.width, height: 1)
            let x = c.put(":", x: 0, y: y, style: .bold)
            p.field.draw(into: &c, x: x, y: y, width: c.width - x - 1, focused: true)
            return
        }
        let (x, y, width) = box(title: p.title, height: 5, into: &c)
        let fx = c.put(p.label, x: x, y: y + 1)
        p.field.draw(into: &c, x: fx, y: y + 1, width: width - (fx - x), focused: true)
    }

    static func picker(_ p: PickerState, _ s: AppState, into c: inout Canvas) {
        let rows = min(p.items.count, max(3, c.height - 8))
        let (x, y, width) = box(title: p.title, height: rows + 2, into: &c)
        let top = max(0, min(p.cursor - rows + 1, p.items.count - rows))
        for (i, item) in p.items.enumerated().dropFirst(top).prefix(rows) {
            let row = y + i - top
            let selected = i == p.cursor
            if selected { c.fill(x: x - 1, y: row, width: width + 2, height: 1, style: .selected) }
            let mark = p.multiple ? checkbox(item.checked) + " " : ""
            let end = c.put(mark + item.label, x: x, y: row, style: selected ? .selected : .plain, maxX: x + width)
            if !item.detail.isEmpty {
                c.put("  " + item.detail, x: end, y: row, style: selected ? .selected : .dim, maxX: x + width)
            }
        }
    }

    // MARK: Editor, preview, search

    static func editor(_ e: EditorState, _ s: AppState, into c: inout Canvas) {
        c.put(s.t("Bewerken: ", "Editing: ") + e.title, x: 1, y: 1, style: .bold)
        c.hline(x: 0, y: 2, width: c.width)
        e.area.draw(into: &c, x: 1, y: 3, width: c.width - 2, rows: max(1, c.height - 6))
    }

    static func previewLines(_ p: PreviewState, _ s: AppState, width: Int) -> [StyledLine] {
        [StyledLine(s.t("Voorbeeld: ", "Preview: ") + p.title, .bold), .empty]
            + p.text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [StyledLine] in
                line.isEmpty ? [.empty] : StyledLine.wrapped(String(line), width: width - 2, indent: 2)
            }
    }

    static func searchLines(_ r: SearchState, _ s: AppState, width: Int) -> (lines: [StyledLine], cursorLine: Int) {
        var lines: [StyledLine] = [StyledLine(s.t("Zoekresultaten voor ‘\(r.query)’ (\(r.hits.count))", "Results for ‘\(r.query)’ (\(r.hits.count))"), .bold)]
        var cursorLine = 0
        var lastPerson: PersonID?
        for (i, hit) in r.hits.enumerated() {
            if hit.person != lastPerson {
                lines.append(.empty)
                lines.append(StyledLine("\(hit.personName) (\(hit.personKind.label(s.lang)))", .accent))
                lastPerson = hit.person
            }
            let selected = i == r.cursor
            if selected { cursorLine = lines.count }
            let place = hit.caseNumber.map { s.t("zaak ", "case ") + $0 } ?? s.t("dossier", "dossier")
            lines.append(StyledLine("  \(hit.at.localDate().dutch) · \(place) · \(hit.title)", selected ? .selected : .bold))
            // «…» marks what matched: drawn underlined, markers dropped.
            for text in DisplayWidth.wrap(hit.snippet, to: max(10, width - 8)).prefix(2) {
                var line = StyledLine("      ")
                var bold = false
                var chunk = ""
                for ch in text {
                    if ch == "«" || ch == "»" {
                        if !chunk.isEmpty { line.add(chunk, bold ? Style(bold: true, underline: true) : .plain) }
                        chunk = ""
                        bold = ch == "«"
                    } else {
                        chunk.append(ch)
                    }
                }
                if !chunk.isEmpty { line.add(chunk, bold ? Style(bold: true, underline: true) : .plain) }
                lines.append(line)
            }
        }
        return (lines, cursorLine)
    }
}
