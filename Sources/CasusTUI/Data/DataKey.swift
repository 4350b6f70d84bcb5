import CasusCore

/// What a screen shows from the store. The one place that knows what depends on what: a
/// write's `Changes` mark stale every value whose key they affect, on every screen and tab,
/// shown or not.
public enum DataKey: Sendable, Hashable {
    case incidentQueue
    case caseList
    case people
    case figures
    case caseDetail(CaseID)
    case incident(IncidentID)
    case triage(IncidentID)
    case dossier(PersonID)
    /// The school record and its calendar.
    case school

    public func isAffected(by changes: Changes) -> Bool {
        if changes.isEverything { return true }
        switch self {
        case .incidentQueue: return changes.contains(.incidents)
        case .caseList: return changes.contains(.cases)
        case .people: return changes.contains(.people)
        case .figures: return changes.contains(.figures)
        // The school record decides which law a case follows.
        case let .caseDetail(id):
            return changes.contains(.case(id)) || changes.contains(.people) || changes.contains(.schools)
        case let .incident(id): return changes.contains(.incident(id)) || changes.contains(.people)
        case let .triage(id): return changes.contains(.incident(id))
        case let .dossier(id): return changes.contains(.dossier(id)) || changes.contains(.people)
        case .school: return changes.contains(.schools)
        }
    }
}
