import CasusCore

/// The Zaken filters, cycled by keys.
enum CaseFilters {
    static func apply(_ action: Action, to f: inout CaseFilter) {
        switch action {
        case .filter:
            f = CaseFilter(status: .open)
        case .filterStatus:
            f.status =
                switch f.status {
                case .open?: .closed
                case .closed?: nil
                case nil: .open
                }
        case .filterKind:
            let kinds: [SubjectKind?] = [nil] + SubjectKind.allCases.map { $0 }
            let i = kinds.firstIndex(of: f.subjectKind) ?? 0
            f.subjectKind = kinds[(i + 1) % kinds.count]
        case .filterRung:
            // all → no rung yet → each rung in turn → all
            if f.rung == nil && !f.noRungYet {
                f.noRungYet = true
            } else if f.noRungYet {
                f.noRungYet = false
                f.rung = Rung.allCases.first
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
