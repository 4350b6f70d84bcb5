import CasusCore

/// The Dossiers tab (people, a dossier's timeline, one entry) and the Overzicht tab.
enum BrowseScreens {
    static func people(_ s: AppState, into c: inout Canvas) {
        let f = s.peopleFilter
        var x = c.put(s.t(" Naam: ", " Name: "), x: 0, y: 2, style: f.typing ? .accent : .plain)
        f.name.draw(into: &c, x: x, y: 2, width: 24, focused: f.typing)
        x += 26
        let kind = f.kind.map { $0.label(s.lang) } ?? s.t("iedereen", "everyone")
        let group = f.group.map { s.t("groep ", "group ") + $0 } ?? s.t("alle groepen", "all groups")
        c.put("\(kind) · \(group)", x: x, y: 2, style: .dim)
        let table = Table(columns: [
            .init(title: s.t("Naam", "Name"), width: min(40, 28 + max(0, c.width - 80) / 3)),
            .init(title: s.t("Soort", "Kind"), width: 16),
            .init(title: s.t("Groep/functie", "Group/function"), width: 0, flexible: true),
        ])
        table.drawHeader(into: &c, y: 3)
        let rows = s.listRows - 1
        if s.people.isLoaded && s.people.total == 0 {
            c.put(s.t("Niemand gevonden.", "Nobody found."), x: 2, y: 5, style: .dim)
            return
        }
        for i in 0..<rows {
            let index = s.people.top + i
            guard index < s.people.total else { break }
            guard let p = s.people.row(at: index) else {
                c.put("…", x: 1, y: 4 + i, style: .dim)
                continue
            }
            let extra = p.group.map { s.t("groep ", "group ") + $0 } ?? p.function ?? ""
            table.drawRow([(p.sortName, .plain), (p.kind.label(s.lang), .dim), (extra, .plain)], into: &c, y: 4 + i,
                          selected: index == s.people.selected)
        }
    }

    static func dossierLines(_ d: DossierScreenState, _ s: AppState, width: Int) -> (lines: [StyledLine], cursorLine: Int) {
        guard let view = d.view else { return ([StyledLine(s.t("Laden…", "Loading…"), .dim)], 0) }
        let p = view.person
        var head = StyledLine()
        head.add((view.isStaffDossier ? s.t("Personeelsdossier ", "Staff dossier ") : s.t("Leerlingdossier ", "Pupil dossier ")) + p.name, .bold)
        if let g = p.group { head.add(s.t(" · groep \(g)", " · group \(g)")) }
        if let f = p.function { head.add(" · \(f)") }
        head.add(s.t(" · \(view.entries.count) stukken", " · \(view.entries.count) entries"), .dim)
        var lines = [head]
        for t in view.tombstones {
            lines.append(StyledLine(s.t("opgeschoond op \(t.purgedAt.dutch()): \(t.entryCount) stukken (\(t.reason))",
                                        "purged on \(t.purgedAt.dutch()): \(t.entryCount) entries (\(t.reason))"), .dim))
        }
        lines.append(.empty)
        if view.entries.isEmpty { lines.append(StyledLine(s.t("  nog geen stukken", "  no entries yet"), .dim)) }
        var cursorLine = 0
        for (i, item) in d.ordered.enumerated() {
            let e = item.entry
            let selected = i == d.cursor
            if selected { cursorLine = lines.count }
            let indent = item.isCorrection ? "    ↳ " : "  "
            let corrected = view.corrections[e.id] != nil ? s.t("  (gecorrigeerd)", "  (corrected)") : ""
            let caseText = e.caseNumber.map { s.t(" · zaak ", " · case ") + $0 } ?? ""
            let style: Style = selected ? .selected : item.isCorrection ? .warn : .plain
            lines.append(StyledLine([(indent + "#\(e.seq) \(e.at.dutch())  ", selected ? .selected : .dim),
                                     ("\(e.kind.label(s.lang))  ", selected ? .selected : .bold),
                                     (e.title + caseText, style), (corrected, selected ? .selected : .warn)]))
            if let first = e.body.split(separator: "\n").first {
                lines.append(StyledLine(String(repeating: " ", count: indent.count + 4) + DisplayWidth.truncate(String(first), to: width - indent.count - 8), .dim))
            }
        }
        return (lines, cursorLine)
    }

    static func entryLines(_ e: EntryScreenState, _ s: AppState, width: Int) -> [StyledLine] {
        let x = e.entry
        var lines: [StyledLine] = [StyledLine("#\(x.seq) \(x.kind.label(s.lang).capitalizedFirst): \(x.title)", .bold)]
        func meta(_ label: String, _ value: String) {
            lines.append(StyledLine([(DisplayWidth.fit(label, to: 14), .dim), (value, .plain)]))
        }
        meta(s.t("Datum", "Date"), x.at.dutch())
        meta(s.t("Auteur", "Author"), "\(x.authorName) (\(x.author))")
        if let n = x.caseNumber { meta(s.t("Zaak", "Case"), n) }
        if !x.heard.isEmpty { meta(s.t("Gehoord", "Heard"), x.heard.map { $0.label(s.lang) }.joined(separator: ", ")) }
        if let c = x.corrects { meta(s.t("Corrigeert", "Corrects"), s.t("stuk \(c)", "entry \(c)")) }
        lines.append(.empty)
        for line in x.body.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += line.isEmpty ? [.empty] : StyledLine.wrapped(String(line), width: width - 2, indent: 2)
        }
        for c in e.corrections {
            lines.append(.empty)
            lines.append(StyledLine(s.t("Correctie #\(c.seq) (\(c.at.dutch()), \(c.authorName))", "Correction #\(c.seq) (\(c.at.dutch()), \(c.authorName))"), .warn))
            lines += StyledLine.wrapped(c.body, width: width - 2, indent: 2)
        }
        lines.append(.empty)
        for sha in x.evidence { meta(s.t("Bewijs", "Evidence"), "sha256 \(sha)") }
        meta("Hash", x.hash)
        meta(s.t("Vorige hash", "Previous hash"), x.prevHash)
        return lines
    }
}
