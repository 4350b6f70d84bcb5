import CasusCore

extension Dialogs {
    static func fill(_ t: inout TriageState, with data: TriageData) {
        t.data = data
        t.subjects = data.involved.filter { $0.role == .subject }.map(\.person.id)
        let visible = t.visibleArticles.map(\.id)
        t.articles = data.suggested.filter(visible.contains).prefix(1).map { $0 }
        t.articleCursor = t.articles.first.flatMap { visible.firstIndex(of: $0) } ?? 0
    }

    /// The triage options, in the order the screen lists them.
    enum TriageOption: Int, CaseIterable { case severity, criminal, crossing, meldplicht }

    static func triageKey(_ key: Key, _ t: inout TriageState, _ s: inout AppState) -> [Effect] {
        defer { if case .triage? = s.stack.last { s.stack[s.stack.count - 1] = .triage(t) } }
        guard let data = t.data else {
            if key == .escape { s.stack.removeLast() }
            return []
        }
        let sections = TriageState.Section.allCases
        switch key {
        case .escape:
            s.stack.removeLast()
        case .tab:
            t.section = sections[(t.section.rawValue + 1) % sections.count]
        case .backTab:
            t.section = sections[(t.section.rawValue + sections.count - 1) % sections.count]
        case .up, .char("k"), .down, .char("j"):
            let d = (key == .up || key == .char("k")) ? -1 : 1
            switch t.section {
            case .subjects: t.subjectCursor = max(0, min(data.involved.count - 1, t.subjectCursor + d))
            case .articles:
                t.articleCursor = max(0, min(t.visibleArticles.count - 1, t.articleCursor + d))
            case .options: t.optionCursor = max(0, min(TriageOption.allCases.count - 1, t.optionCursor + d))
            }
        case .char(" "), .char("x"):
            switch t.section {
            case .subjects:
                guard data.involved.indices.contains(t.subjectCursor) else { break }
                let id = data.involved[t.subjectCursor].person.id
                if let i = t.subjects.firstIndex(of: id) { t.subjects.remove(at: i) } else { t.subjects.append(id) }
                let visible = Set(t.visibleArticles.map(\.id))
                t.articles.removeAll { !visible.contains($0) }
                t.articleCursor = min(t.articleCursor, max(0, t.visibleArticles.count - 1))
            case .articles:
                let visible = t.visibleArticles
                guard visible.indices.contains(t.articleCursor) else { break }
                let id = visible[t.articleCursor].id
                if let i = t.articles.firstIndex(of: id) { t.articles.remove(at: i) } else { t.articles.append(id) }
            case .options:
                switch TriageOption(rawValue: t.optionCursor) {
                case .severity?:
                    let order: [Severity?] = [nil, .light, .medium, .severe]
                    t.severity = order[((order.firstIndex(of: t.severity) ?? 0) + 1) % order.count]
                case .criminal?: t.flags.criminal.toggle()
                case .crossing?: t.flags.crossing.toggle()
                case .meldplicht?: t.flags.meldplicht.toggle()
                case nil: break
                }
            }
        case .enter:
            guard !t.subjects.isEmpty else {
                s.status = StatusLine(text: s.t("Kies minstens één betrokkene (spatie).", "Choose at least one subject (Space)."), isError: true)
                break
            }
            guard !t.articles.isEmpty else {
                s.status = StatusLine(text: s.t("Kies minstens één artikel (Tab naar Artikelen, spatie).",
                                                "Choose at least one article (Tab to Articles, Space)."), isError: true)
                break
            }
            // Keep the article order of the protocol.
            let ordered = data.articles.map(\.id).filter(t.articles.contains)
            return [.triage(t.incidentID, subjects: t.subjects, articles: ordered, severity: t.effectiveSeverity, flags: t.flags)]
        default:
            break
        }
        return []
    }

    static func stepKey(_ key: Key, _ d: inout StepDialogState, _ s: inout AppState) -> [Effect] {
        defer { if case .stepDialog? = s.stack.last { s.stack[s.stack.count - 1] = .stepDialog(d) } }
        let fields = d.fields
        func next() -> Bool {
            if d.focus == .options { d.focus = fields.first ?? .options; return false }
            guard let i = fields.firstIndex(of: d.focus) else { return false }
            if i + 1 < fields.count { d.focus = fields[i + 1]; return false }
            return true  // past the last field: submit
        }
        switch (d.focus, key) {
        case (_, .escape):
            if d.focus == .options { s.stack.removeLast() } else { d.focus = .options }
        case (.options, .up), (.options, .char("k")):
            d.cursor = max(0, d.cursor - 1)
        case (.options, .down), (.options, .char("j")):
            d.cursor = min(d.options.count - 1, d.cursor + 1)
        case (_, .tab):
            _ = next()
        case (_, .backTab):
            if let i = fields.firstIndex(of: d.focus), i > 0 { d.focus = fields[i - 1] } else { d.focus = .options }
        case (_, .enter):
            if next() { return submitStep(d, &s) }
        case (.reason, _):
            _ = d.reason.handle(key)
        case (.days, let .char(c)) where !c.isNumber:
            s.status = StatusLine(text: s.t("Alleen cijfers: het aantal schooldagen.", "Digits only: the number of school days."), isError: true)
        case (.days, _):
            _ = d.days.handle(key)
        case (.justification, _):
            _ = d.justification.handle(key)
        default:
            break
        }
        return []
    }

    static func submitStep(_ d: StepDialogState, _ s: inout AppState) -> [Effect] {
        guard let o = d.option else { return [] }
        if !o.isAllowed {
            s.status = StatusLine(text: s.t("Geweigerd: ", "Refused: ") + o.refusals.map { $0(s.lang) }.joined(separator: "; "), isError: true)
            return []
        }
        let days = d.days.value.isEmpty ? nil : Int(d.days.value)
        return [.step(d.caseID, StepRequest(rung: o.rung, reason: d.reason.value, days: o.needsDays ? days : nil,
                                            justification: d.justification.value.isEmpty ? nil : d.justification.value))]
    }
}
