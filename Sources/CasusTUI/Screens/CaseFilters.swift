import CasusCore

/// The Zaken filters, cycled by keys: only values the role's cases can have (an IB was offered
/// "medewerker", "berisping", "ontslag", each an always empty list that suggested staff cases
/// were hidden somewhere, a review).
enum CaseFilters {
    static func apply(_ action: Action, to f: inout CaseFilter, staff: Bool = true) {
        let kinds: [SubjectKind] = staff ? SubjectKind.allCases : SubjectKind.allCases.filter { $0 != .staff }
        // The rungs of the kind chosen, else of every kind the role sees (an IB with "ouder" chosen
        // was offered time-out and ICT-verbod, a review). An ordemaatregel is a staff member's too.
        func of(_ kind: SubjectKind) -> [Rung] {
            Rung.allCases.filter {
                Rung.allowed(for: kind).contains($0) || (kind == .staff && $0 == .precautionarySuspension)
            }
        }
        let rungs =
            f.subjectKind.map(of)
            ?? (staff ? Rung.allCases : Rung.allCases.filter { rung in kinds.contains { of($0).contains(rung) } })
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
            let cycle: [SubjectKind?] = [nil] + kinds.map { $0 }
            let i = cycle.firstIndex(of: f.subjectKind) ?? 0
            f.subjectKind = cycle[(i + 1) % cycle.count]
            // A rung the new kind cannot have goes (time-out stayed on for "ouder", a review).
            if let rung = f.rung, let kind = f.subjectKind, !of(kind).contains(rung) { f.rung = nil }
        case .filterRung:
            // all → no rung yet → each rung in turn → all
            if f.rung == nil && !f.noRungYet {
                f.noRungYet = true
            } else if f.noRungYet {
                f.noRungYet = false
                f.rung = rungs.first
            } else if let r = f.rung, let i = rungs.firstIndex(of: r), i + 1 < rungs.count {
                f.rung = rungs[i + 1]
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
