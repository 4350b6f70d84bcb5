public typealias ObligationID = Int64

/// Something that must be done on a case, by a due date: a verplichting.
/// The raw values are stable ids (`casus case done ID --obligation KIND` takes them too).
public enum ObligationKind: String, Sendable, Codable, CaseIterable {
    case informParents = "inform-parents"
    case suspensionDecision = "suspension-decision"
    case accessBanDecision = "access-ban-decision"
    case inspectieSuspension = "inspectie-suspension"
    case removalDecision = "removal-decision"
    case inspectieRemoval = "inspectie-removal"
    case leerplichtRemoval = "leerplicht-removal"
    case otherSchool = "other-school"
    case objectionWindow = "objection-window"
    case objectionDecision = "objection-decision"
    case registeredLetter = "registered-letter"
    case urgentReason = "urgent-reason"
    case boardReport = "board-report"
    case vertrouwensinspecteur
    case aangifte

    public var label: Phrase {
        switch self {
        case .informParents: Phrase("Ouders informeren over de maatregel", "Inform the parents of the measure")
        case .suspensionDecision:
            Phrase(
                "Schriftelijk schorsingsbesluit aan ouders (redenen, duur, bezwaar)",
                "Written suspension decision to the parents (reasons, duration, objection)")
        case .accessBanDecision:
            Phrase(
                "Schriftelijk besluit (toegangsverbod) aan de ouder, met redenen en duur",
                "Written decision (access ban) to the parent, with reasons and duration")
        case .inspectieSuspension:
            Phrase(
                "Schorsing > 1 dag schriftelijk melden aan de Inspectie",
                "Report the suspension (> 1 day) to the Inspectie in writing")
        case .removalDecision:
            Phrase(
                "Schriftelijk verwijderingsbesluit met redenen aan ouders",
                "Written removal decision with reasons to the parents")
        case .inspectieRemoval: Phrase("Verwijdering melden aan de Inspectie", "Inform the Inspectie of the removal")
        case .leerplichtRemoval:
            Phrase(
                "Verwijdering melden aan de leerplichtambtenaar",
                "Inform the leerplichtambtenaar of the removal")
        case .otherSchool:
            Phrase(
                "Andere school vinden (8 weken aantoonbaar zoeken)",
                "Find another school (8 weeks of documented search)")
        case .objectionWindow: Phrase("Bezwaartermijn ouders (6 weken)", "Parents' objection period (6 weeks)")
        case .objectionDecision:
            Phrase("Beslissen op bezwaar (binnen 4 weken)", "Decide on the objection (within 4 weeks)")
        case .registeredLetter:
            Phrase("Voorgenomen maatregel per aangetekende brief", "Send the proposed measure by registered letter")
        case .urgentReason:
            Phrase(
                "Dringende reden onverwijld en gelijktijdig meedelen",
                "State the urgent reason without delay and at the same time")
        case .boardReport: Phrase("Direct melden aan het bevoegd gezag (bestuur)", "Report to the board at once")
        case .vertrouwensinspecteur:
            Phrase(
                "Melden bij de vertrouwensinspecteur (0900-1113111)",
                "Report to the vertrouwensinspecteur (0900-1113111)")
        case .aangifte: Phrase("Aangifte bij de politie", "Report to the police (aangifte)")
        }
    }
}

/// An obligation on a case: created by a step or a flag, done when recorded.
public struct Obligation: Sendable, Hashable, Codable, Identifiable {
    public var id: ObligationID
    public var caseID: CaseID
    public var kind: ObligationKind
    public var due: LocalDate
    public var note: String
    /// Informational deadlines (the parents' objection period) are never "overdue" for the school.
    public var isDeadlineForOthers: Bool
    public var doneAt: Timestamp?
    public var doneBy: String?
    public var entryID: EntryID?

    public init(
        id: ObligationID = 0, caseID: CaseID, kind: ObligationKind, due: LocalDate, note: String = "",
        isDeadlineForOthers: Bool = false, doneAt: Timestamp? = nil, doneBy: String? = nil,
        entryID: EntryID? = nil
    ) {
        self.id = id
        self.caseID = caseID
        self.kind = kind
        self.due = due
        self.note = note
        self.isDeadlineForOthers = isDeadlineForOthers
        self.doneAt = doneAt
        self.doneBy = doneBy
        self.entryID = entryID
    }

    public var isDone: Bool { doneAt != nil }

    public func isOverdue(on today: LocalDate) -> Bool {
        !isDone && !isDeadlineForOthers && due < today
    }
}
