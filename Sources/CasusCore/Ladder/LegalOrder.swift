/// The order the law gives the heavy measures (DESIGN.md §3). A profile lists its rungs in the
/// document's order; where that differs from the law, casus follows the law and says so.
public enum LegalOrder {
    /// Rank by law; nil for measures the law does not rank (warning, custody, ICT ban, contract for pupils).
    public static func rank(_ rung: Rung, kind: SubjectKind) -> Int? {
        switch kind {
        case .pupil, .parent:
            switch rung {
            case .suspension: 1
            case .removal: 2
            default: nil
            }
        case .staff:
            // CAO PO: a warning is no disciplinary measure; a written reprimand is lighter than a
            // suspension; dismissal, then summary dismissal (BW 7:677) as the heaviest.
            switch rung {
            case .warning: 0
            case .reprimand: 1
            case .suspension: 2
            case .dismissal: 3
            case .summaryDismissal: 4
            default: nil
            }
        }
    }

    /// The ladder casus walks: the document's rungs, with the ranked ones put in legal order
    /// in the places the document gave them.
    public static func effective(_ written: [Rung], kind: SubjectKind) -> [Rung] {
        let slots = written.indices.filter { rank(written[$0], kind: kind) != nil }
        let ranked = slots.map { written[$0] }.sorted { rank($0, kind: kind)! < rank($1, kind: kind)! }
        var out = written
        for (slot, rung) in zip(slots, ranked) { out[slot] = rung }
        return out
    }

    /// A refusal at load: a ladder must end with its heaviest measure. Moving a light rung is a
    /// difference casus can follow the law on; a measure listed after removal or dismissal is not.
    public static func outOfOrder(_ rungs: [Rung], kind: SubjectKind) -> Phrase? {
        let terminal: [Rung] = kind == .staff ? [.dismissal, .summaryDismissal] : [.removal]
        guard let first = rungs.firstIndex(where: terminal.contains) else { return nil }
        let after = rungs[(first + 1)...].filter { !terminal.contains($0) }
        guard let wrong = after.first else { return nil }
        let label = rungs[first].label(for: kind)
        return Phrase(
            "trede '\(wrong.rawValue)' staat na '\(rungs[first].rawValue)' (\(label.nl)); een ladder eindigt met de zwaarste maatregel",
            "rung '\(wrong.rawValue)' comes after '\(rungs[first].rawValue)' (\(label.en)); a ladder ends with its heaviest measure"
        )
    }

    /// What casus does differently from the document, in words, for `casus protocol show`.
    public static func differences(_ written: [Rung], kind: SubjectKind) -> [Phrase] {
        let effective = effective(written, kind: kind)
        guard effective != written else { return [] }
        let w = written.map { $0.label(for: kind).nl }.joined(separator: " → ")
        let e = effective.map { $0.label(for: kind).nl }.joined(separator: " → ")
        let we = written.map { $0.label(for: kind).en }.joined(separator: " → ")
        let ee = effective.map { $0.label(for: kind).en }.joined(separator: " → ")
        var why = Phrase("", "")
        if kind == .staff, let r = written.firstIndex(of: .reprimand), let s = written.firstIndex(of: .suspension),
            s < r
        {
            why = Phrase(
                " De CAO PO rangschikt een schriftelijke berisping lichter dan een schorsing.",
                " The CAO PO ranks a written reprimand below a suspension.")
        }
        return [
            Phrase(
                "\(kind.label.nl): het protocol noemt \(w); casus volgt de wet: \(e).",
                "\(kind.label.en): the protocol lists \(we); casus follows the law: \(ee).") + why
        ]
    }
}
