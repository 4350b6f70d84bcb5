import CasusCore

/// Everything that can happen to the app: input, and the answers of the store.
public enum Message: Sendable {
    case event(TerminalEvent)
    case casesLoaded(offset: Int, rows: [CaseRow], total: Int)
    case incidentsLoaded(offset: Int, rows: [IncidentRow], total: Int)
    case caseLoaded(CaseDetail, LadderAssessment)
    case incidentLoaded(Incident, [Involved], [Case], GroupResponse.Level?)
    case failed(CasusError)
}

/// What `update` asks the world to do. The runtime performs it and answers with a `Message`.
public enum Effect: Sendable, Equatable {
    case loadCases(CaseFilter, offset: Int, limit: Int)
    case loadIncidents(offset: Int, limit: Int)
    case loadCase(CaseID)
    case loadIncident(IncidentID)
}
