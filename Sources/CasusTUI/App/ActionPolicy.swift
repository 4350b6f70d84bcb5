import CasusCore

/// What each key action needs from `AccessPolicy`: the one mapping the keys, the footers and `?`
/// follow, so a role sees only the keys it may use and a key it may not use says why.
extension Action {
    public func permission(in context: KeyContext) -> AccessPolicy.Action? {
        switch self {
        case .triage, .dismiss, .mark: .triage
        case .newReport: .reportIncident
        // Recording a legal fact (a zienswijze, a breach assessment, a court case) and the
        // consultation's outcome are a decision's parts: an IB was offered both, and refused at the end.
        case .stepUp, .done, .aangifte, .vertrouwensinspecteur, .closeCase, .reclassify, .legal, .consult: .decide
        case .letter, .pdf, .sent: .correspond
        // A note in a dossier is a care note for an IB; on a case it is correspondence.
        case .note: context == .dossier ? .careNote : .correspond
        // Tab 1 is the queue, or a teacher's own reports: whoever may file one.
        case .tabIncidents: .reportIncident
        case .tabCases, .tabDossiers, .dossierCases: .readDossiers
        case .tabOverview, .yearPrevious, .yearNext: .readStatistics
        case .search: .search
        // Tabs to move between: a teacher has one (its `?` listed Tab and Shift-Tab, a review).
        case .nextTab, .previousTab: .readDossiers
        // The lists' filters are the lists' (a teacher was offered `:filter-rung`, a review).
        case .filter, .filterStatus, .filterKind, .filterRung, .filterOverdue, .filterName, .filterGroup: .readDossiers
        case .export: .export
        case .edit: context == .school ? .manageSchool : nil
        // Opening a report (`.open`) needs no more than the tab: the store lets a reporter read back
        // what they filed, and no other report.
        default: nil
        }
    }

    public func isAllowed(for role: Role, in context: KeyContext) -> Bool {
        context.isReachable(by: role) && (permission(in: context).map { AccessPolicy.allows(role, $0) } ?? true)
    }
}

extension KeyContext {
    /// What a role needs to be on this screen at all. A screen it never reaches has no keys for it
    /// in `?` or in `:`'s completion: a teacher's `?` listed Zaken, Beoordelen and "Stap op de
    /// ladder", an IB's Beoordelen (a review; DESIGN §6, only the keys the role may use).
    public var permission: AccessPolicy.Action? {
        switch self {
        case .cases, .caseScreen, .dossiers, .dossier, .entry, .nameFilter: .readDossiers
        case .triage, .articleFilter: .triage
        case .step: .decide
        // The school screen is read by every role (its record and the legal layer); edited by few.
        case .overview: .readStatistics
        case .export: .export
        case .reportForm: .reportIncident
        case .search: .search
        default: nil
        }
    }

    public func isReachable(by role: Role) -> Bool {
        // The editor and the preview are for a letter or a note: a teacher writes neither (its `?`
        // listed F2, Ctrl-X and "e opnieuw bewerken", a review); an IB writes care notes.
        if self == .editor || self == .preview {
            return AccessPolicy.allows(role, .correspond) || AccessPolicy.allows(role, .careNote)
        }
        return permission.map { AccessPolicy.allows(role, $0) } ?? true
    }
}

extension AppState {
    /// May the session's role use this action here? Says why not when it may not.
    mutating func permits(_ action: Action, in context: KeyContext) -> Bool {
        guard let needed = action.permission(in: context), !AccessPolicy.allows(session.role, needed) else {
            return true
        }
        // A tab is not something done: an IB pressing 1 was told it may not file a report.
        if [.tabIncidents, .tabCases, .tabDossiers, .tabOverview].contains(action) {
            say(
                Phrase(
                    "Uw rol (\(session.role.label.nl)) heeft geen \(action.help.nl).",
                    "Your role (\(session.role.label.en)) has no \(action.help.en)."),
                error: true)
            return false
        }
        // An IB's note is a care note, written in the pupil's dossier: "mag dit niet: brieven en
        // notities vastleggen" on a case did not say where it can (a review).
        if action == .note, AccessPolicy.allows(session.role, .careNote) {
            say(
                Phrase(
                    "Een zorgnotitie schrijft u in het dossier van de leerling: tab Dossiers, kies de leerling, n.",
                    "You write a care note in the pupil's dossier: the Dossiers tab, choose the pupil, n."
                ), error: true)
            return false
        }
        let what = AccessPolicy.describe(needed)
        say(
            Phrase(
                "Uw rol (\(session.role.label.nl)) mag dit niet: \(what.nl).",
                "Your role (\(session.role.label.en)) may not do this: \(what.en)."),
            error: true)
        return false
    }
}
