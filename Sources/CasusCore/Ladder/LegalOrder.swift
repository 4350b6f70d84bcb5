/// The order the law gives the heavy measures (DESIGN.md §3). A profile lists its rungs in the
/// document's order; where that differs from the law, casus follows the law and says so.
public enum LegalOrder {
    /// Rank by law; nil for measures the law does not rank (warning, custody, ICT ban, contract for pupils).
    public static func rank(_ rung: Rung, kind: SubjectKind) -> Int? {
        switch kind {
        case .pupil:
            switch rung {
            case .timeOut: 1
            case .suspension: 2
            case .removal: 3
            default: nil
            }
        case .parent:
            switch rung {
            case .accessBan: 1
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

    /// Pupil measures a parent's ladder never holds: a parent's device is not the school's to
    /// keep, and a contract or ICT ban binds pupils (DESIGN.md §3, "Parents").
    public static let pupilOnly: [Rung] = [.deviceCustody, .ictBan, .contract, .timeOut]

    /// The rungs the document names, as casus walks them for this kind: for a parent a
    /// suspension is an access ban, and the pupil measures are left out.
    static func walked(_ written: [Rung], kind: SubjectKind) -> [Rung] {
        guard kind == .parent else { return written }
        var out: [Rung] = []
        for rung in written {
            let r = rung == .suspension ? Rung.accessBan : rung
            if pupilOnly.contains(r) || out.contains(r) { continue }
            out.append(r)
        }
        return out
    }

    /// The ladder casus walks: the document's rungs (for a parent without the pupil measures,
    /// a suspension read as an access ban), with the ranked ones put in legal order in the
    /// places the document gave them.
    public static func effective(_ written: [Rung], kind: SubjectKind) -> [Rung] {
        let rungs = walked(written, kind: kind)
        let slots = rungs.indices.filter { rank(rungs[$0], kind: kind) != nil }
        let ranked = slots.map { rungs[$0] }.sorted { rank($0, kind: kind)! < rank($1, kind: kind)! }
        var out = rungs
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

    /// What casus does differently from the document, in words, for `casus protocol show` and the
    /// case screen.
    /// `sector`: the school's, for the cao a staff ladder's order comes from (a VO school's case
    /// cited the CAO PO); nil where no school is known (`casus protocol show`).
    public static func differences(_ written: [Rung], kind: SubjectKind, sector: Sector? = nil) -> [Phrase] {
        var out: [Phrase] = []
        if kind == .parent {
            let dropped = written.filter(pupilOnly.contains)
            if !dropped.isEmpty {
                let nl = dropped.map { $0.label(for: .pupil).nl }.joined(separator: ", ")
                let en = dropped.map { $0.label(for: .pupil).en }.joined(separator: ", ")
                out.append(
                    Phrase(
                        "ouder/verzorger: het protocol noemt ook \(nl); dat zijn maatregelen voor leerlingen, geen treden voor ouders, en casus laat ze weg.",
                        "parent/guardian: the protocol also names \(en); those are pupil measures, not rungs for parents, and casus leaves them out."
                    ))
            }
            if written.contains(.suspension) {
                out.append(
                    Phrase(
                        "ouder/verzorger: een schorsing van een ouder is een toegangsverbod tot de school: met duur en onderbouwing, zonder maximum van vijf dagen en zonder melding aan de Inspectie"
                            + Law.accessBan.bracketed.nl + ".",
                        "parent/guardian: a parent's suspension is an access ban from the school premises: with a duration and a justification, no five-day cap, no report to the Inspectie"
                            + Law.accessBan.bracketed.en + "."))
            }
        }
        let walked = walked(written, kind: kind)
        let effective = effective(written, kind: kind)
        guard effective != walked else { return out }
        let w = written.map { $0.label(for: kind).nl }.joined(separator: " → ")
        let e = effective.map { $0.label(for: kind).nl }.joined(separator: " → ")
        let we = written.map { $0.label(for: kind).en }.joined(separator: " → ")
        let ee = effective.map { $0.label(for: kind).en }.joined(separator: " → ")
        var why = Phrase("", "")
        if kind == .staff, let r = written.firstIndex(of: .reprimand), let s = written.firstIndex(of: .suspension),
            s < r
        {
            let cao = sector.map { $0 == .vo ? ("CAO VO", Law.caoVO) : ("CAO PO", Law.caoPO) }
            why =
                cao.map {
                    Phrase(
                        " De \($0.0) rangschikt een schriftelijke berisping lichter dan een schorsing",
                        " The \($0.0) ranks a written reprimand below a suspension") + $0.1.bracketed + "."
                }
                ?? Phrase(
                    " De cao van de sector (CAO PO, CAO VO) rangschikt een schriftelijke berisping lichter dan een schorsing.",
                    " The sector's collective agreement (CAO PO, CAO VO) ranks a written reprimand below a suspension.")
        }
        // A staff member's measures are ordered by the cao, not by a law (a review read "casus volgt
        // de wet" above an order from the CAO PO).
        let follows =
            kind == .staff
            ? Phrase("casus volgt de cao", "casus follows the collective agreement")
            : Phrase("casus volgt de wet", "casus follows the law")
        out.append(
            Phrase(
                "\(kind.label.nl): het protocol noemt \(w); \(follows.nl): \(e).",
                "\(kind.label.en): the protocol lists \(we); \(follows.en): \(ee).") + why)
        return out
    }
}
