/// One step of a sanction ladder. The raw values are the stable ids of DESIGN.md §2.
public enum Rung: String, Sendable, Codable, CaseIterable, Hashable {
    case warning
    case deviceCustody = "device-custody"
    case ictBan = "ict-ban"
    case contract
    case suspension
    case removal
    case reprimand
    case dismissal
    case summaryDismissal = "summary-dismissal"

    /// The rungs a ladder for this kind of subject may hold.
    public static func allowed(for kind: SubjectKind) -> [Rung] {
        switch kind {
        case .pupil, .parent: [.warning, .deviceCustody, .ictBan, .contract, .suspension, .removal]
        case .staff: [.warning, .reprimand, .suspension, .dismissal, .summaryDismissal]
        }
    }

    public func label(for kind: SubjectKind) -> Phrase {
        switch self {
        case .warning:
            kind == .staff
                ? Phrase("waarschuwing (informeel)", "warning (informal)") : Phrase("waarschuwing", "warning")
        case .deviceCustody: Phrase("apparaat in bewaring", "device in custody")
        case .ictBan: Phrase("ICT-verbod", "ICT ban")
        case .contract: Phrase("contract", "contract")
        case .suspension: Phrase("schorsing", "suspension")
        case .removal: Phrase("verwijdering", "removal")
        case .reprimand: Phrase("schriftelijke berisping", "written reprimand")
        case .dismissal: Phrase("ontslag", "dismissal")
        case .summaryDismissal: Phrase("ontslag op staande voet", "summary dismissal")
        }
    }

    /// Short label for lists and the ladder drawing.
    public var shortLabel: Phrase {
        switch self {
        case .warning: Phrase("waarschuwing", "warning")
        case .deviceCustody: Phrase("bewaring", "custody")
        case .ictBan: Phrase("ICT-verbod", "ICT ban")
        case .contract: Phrase("contract", "contract")
        case .suspension: Phrase("schorsing", "suspension")
        case .removal: Phrase("verwijdering", "removal")
        case .reprimand: Phrase("berisping", "reprimand")
        case .dismissal: Phrase("ontslag", "dismissal")
        case .summaryDismissal: Phrase("staande voet", "summary")
        }
    }
}
