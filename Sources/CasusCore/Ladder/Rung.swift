/// One step of a sanction ladder. The raw values are the stable ids of DESIGN.md §2.
public enum Rung: String, Sendable, Codable, CaseIterable, Hashable {
    case warning
    /// A pupil sent home for the rest of the school day (where the profile names it).
    case timeOut = "time-out"
    case deviceCustody = "device-custody"
    case ictBan = "ict-ban"
    case contract
    case suspension
    /// A parent banned from the school's premises, with a duration and a justification.
    case accessBan = "access-ban"
    case removal
    case reprimand
    /// A staff member suspended during an investigation: an ordemaatregel, not a punishment.
    case precautionarySuspension = "precautionary-suspension"
    case dismissal
    case summaryDismissal = "summary-dismissal"

    /// The rungs a profile's ladder for this kind of subject may hold. A parent's ladder may name
    /// the pupil measures as the document does; casus does not walk them (LegalOrder.effective).
    public static func allowed(for kind: SubjectKind) -> [Rung] {
        switch kind {
        case .pupil: [.warning, .timeOut, .deviceCustody, .ictBan, .contract, .suspension, .removal]
        case .parent: [.warning, .deviceCustody, .ictBan, .contract, .suspension, .accessBan, .removal]
        case .staff: [.warning, .reprimand, .suspension, .dismissal, .summaryDismissal]
        }
    }

    public func label(for kind: SubjectKind) -> Phrase {
        switch self {
        case .warning:
            kind == .staff
                ? Phrase("waarschuwing (informeel)", "warning (informal)") : Phrase("waarschuwing", "warning")
        case .timeOut: Phrase("time-out (rest van de schooldag)", "time-out (rest of the school day)")
        case .deviceCustody: Phrase("apparaat in bewaring", "device in custody")
        case .ictBan: Phrase("ICT-verbod", "ICT ban")
        case .contract: Phrase("contract", "contract")
        case .suspension:
            kind == .parent
                ? Phrase("toegangsverbod (schorsing van een ouder)", "access ban (a parent's suspension)")
                : Phrase("schorsing", "suspension")
        case .accessBan: Phrase("toegangsverbod", "access ban")
        case .removal:
            kind == .parent
                ? Phrase("verwijdering van het kind", "removal of the child") : Phrase("verwijdering", "removal")
        case .reprimand: Phrase("schriftelijke berisping", "written reprimand")
        case .precautionarySuspension:
            Phrase("schorsing als ordemaatregel", "precautionary suspension (ordemaatregel)")
        case .dismissal: Phrase("ontslag", "dismissal")
        case .summaryDismissal: Phrase("ontslag op staande voet", "summary dismissal")
        }
    }

    /// Short label for lists and the ladder drawing.
    public var shortLabel: Phrase {
        switch self {
        case .warning: Phrase("waarschuwing", "warning")
        case .timeOut: Phrase("time-out", "time-out")
        case .deviceCustody: Phrase("bewaring", "custody")
        case .ictBan: Phrase("ICT-verbod", "ICT ban")
        case .contract: Phrase("contract", "contract")
        case .suspension: Phrase("schorsing", "suspension")
        case .accessBan: Phrase("toegangsverbod", "access ban")
        case .removal: Phrase("verwijdering", "removal")
        case .reprimand: Phrase("berisping", "reprimand")
        case .precautionarySuspension: Phrase("ordemaatregel", "precautionary")
        case .dismissal: Phrase("ontslag", "dismissal")
        case .summaryDismissal: Phrase("staande voet", "summary")
        }
    }
}
