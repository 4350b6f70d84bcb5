/// Who a decision to suspend or remove a pupil is made known to, by the school's sector and the
/// pupil's age on the day of the decision: what the legal layer's obligation says
/// (`LegalLayer.suspensionAddressee`, `removalAddressee`) and whom `casus letter` writes to.
/// VO: the pupil, and the parents too while the pupil is under 21 (WVO 2020 art. 8.14 lid 2 and
/// art. 8.15, carried over from Inrichtingsbesluit WVO art. 13 lid 2 and art. 15 lid 1, whose text
/// casus read: "indien deze nog niet de leeftijd van 21 jaar heeft bereikt"; casus said 18). SO: a suspension goes to the parents, or to a pupil of age (WEC art. 40a lid 2:
/// "meerderjarig en handelingsbekwaam": casus cannot know the second, so the director writes to
/// a parent with `--to` when the pupil cannot act alone). PO, and an SO removal: the parents.
public enum DecisionAddressees: Sendable, Equatable {
    case parents, pupilAndParents, pupil

    public static func of(_ rung: Rung, sector: Sector, pupilAge: Int?) -> DecisionAddressees {
        guard rung == .suspension || rung == .removal else { return .parents }
        // An unknown age is taken as young: the parents are not left out of a decision they must receive.
        let age = pupilAge ?? 0
        switch sector {
        case .po: return .parents
        case .vo: return age >= voParentsUntil ? .pupil : .pupilAndParents
        case .so: return rung == .suspension && age >= 18 ? .pupil : .parents
        }
    }

    /// VO: the age from which a decision no longer goes to the parents as well.
    public static let voParentsUntil = 21

    /// The decision a letter from this template makes known, if any.
    public static func rung(of template: LetterTemplate) -> Rung? {
        if template.fulfils.contains(.suspensionDecision) { return .suspension }
        if template.fulfils.contains(.removalDecision) { return .removal }
        return nil
    }
}
