import CasusCore

/// Everything that can happen to the app: input, and the answers of the store.
public enum Message: Sendable {
    case event(TerminalEvent)
    case casesLoaded(offset: Int, rows: [CaseRow], total: Int)
    case incidentsLoaded(offset: Int, rows: [IncidentRow], total: Int)
    case caseLoaded(CaseDetail, LadderAssessment)
    case incidentLoaded(Incident, [Involved], [Case], GroupResponse.Level?)
    case triageLoaded(TriageData)
    case peopleLoaded(offset: Int, rows: [Person], total: Int)
    case dossierLoaded(DossierView)
    /// `withObligations`: false when only the year's figures were asked for (the open
    /// obligations do not depend on the year and are kept).
    case statsLoaded(Statistics, withObligations: Bool)
    case stepOptions(CaseID, SubjectKind, LadderAssessment)
    case triaged([Case])
    case stepped(CaseID, Step, [Obligation], template: String?)
    case drafted(String, EditPurpose)
    case edited(String?, EditPurpose)
    case searched(String, [SearchHit])
    /// A write succeeded: say so, and reload what shows it.
    case saved(Phrase, reloadCase: CaseID?)
    case dossierSaved(PersonID, Phrase)
    case openCase(CaseID)
    case failed(CasusError)
}

/// What `update` asks the world to do. The runtime performs it and answers with a `Message`.
public enum Effect: Sendable, Equatable {
    case loadCases(CaseFilter, offset: Int, limit: Int)
    case loadIncidents(offset: Int, limit: Int)
    case loadCase(CaseID)
    case loadIncident(IncidentID)
    case loadTriage(IncidentID)
    case loadPeople(kind: PersonKind?, group: String?, text: String, offset: Int, limit: Int)
    case loadDossier(PersonID)
    case loadStats(year: Int, obligations: Bool)
    case loadStepOptions(CaseID)
    case triage(IncidentID, subjects: [PersonID], articles: [String], severity: Severity, flags: CaseFlags)
    case dismiss(IncidentID, reason: String)
    case step(CaseID, StepRequest)
    case done(CaseID, obligation: ObligationID)
    case close(CaseID, reason: String)
    case draft(CaseID, template: String, purpose: EditPurpose)
    case editExternally(String, EditPurpose)
    case save(EditPurpose, body: String)
    case search(String)
    case findCase(String)
}
