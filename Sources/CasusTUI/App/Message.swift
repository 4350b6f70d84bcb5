import CasusCore

/// What the runtime asks the store for on a screen's behalf; the answer comes back with the
/// same request and its ticket (see LoadState).
public enum Fetch: Sendable, Hashable {
    /// The triage queue, or with `mine` the reports the session's account filed (a teacher's).
    case incidents(offset: Int, limit: Int, mine: Bool)
    case cases(CaseFilter, offset: Int, limit: Int)
    case people(kind: PersonKind?, group: String?, text: String, offset: Int, limit: Int)
    case figures(year: Int, withObligations: Bool)
    case caseDetail(CaseID)
    case incident(IncidentID)
    /// A report's triage, with the other reports marked to be triaged alike.
    case triage(IncidentID, alike: [IncidentID])
    /// A window of a dossier's timeline (DossierScreen).
    case timeline(PersonID, offset: Int, limit: Int)
    case school
    /// Who a report may name, found by the letters typed (the report form).
    case roster(String)
    /// The numbers of an entry's corrections now (EntryScreen, after a change elsewhere).
    case corrections(seq: Int64, dossier: PersonID)
    /// An entry read again, with its corrections (EntryScreen, when a correction came).
    case entry(EntryID, dossier: PersonID)

    public var key: DataKey {
        switch self {
        case .incidents: .incidentQueue
        case .cases: .caseList
        case .people: .people
        case .figures: .figures
        case let .caseDetail(id): .caseDetail(id)
        case let .incident(id): .incident(id)
        case let .triage(id, _): .triage(id)
        case let .timeline(id, _, _): .dossier(id)
        case .school: .school
        case .roster: .people
        case let .corrections(_, dossier): .dossier(dossier)
        case let .entry(_, dossier): .dossier(dossier)
        }
    }
}

/// A fetched value.
public enum Fetched: Sendable {
    case incidents(rows: [IncidentRow], total: Int)
    case cases(rows: [CaseRow], total: Int)
    /// `capped`: more people match than the list scrolls through (Directory.peopleCap).
    case people(rows: [Person], total: Int, capped: Bool)
    case figures(Statistics)
    case caseDetail(CaseDetail, LadderAssessment)
    case incident(Incident, [Involved], [Case], GroupResponse.Level?)
    case triage(TriageContext)
    case timeline(TimelinePage)
    /// The school record, its calendar, the legal layer, and whether the actor may edit them.
    case school(CalendarView, [LegalSummary.Section], editable: Bool)
    case roster([Person])
    case corrections([Int64])
    case entry(EntryRead)
}

/// A question whose answer opens something (a dialog, a result list), asked once.
public enum Ask: Sendable, Equatable {
    case stepOptions(CaseID)
    /// A decision as the step would take it, before it is asked once more.
    case stepPreview(CaseID, StepRequest)
    case draft(CaseID, template: String, purpose: EditPurpose)
    case search(String)
    case findCase(String)
    /// One dossier entry in full (a search hit).
    case entry(EntryID)
    case exportReview(PersonID, ColleagueNames = .named)
    /// A letter before its preview: the text as it will be filed, other pupils' names replaced.
    case letterReview(CaseID, body: String, title: String, purpose: EditPurpose)
    /// Whether this account still has the role it opened with (asked when someone saved something).
    case standing
}

public enum Answer: Sendable {
    case stepOptions(CaseID, SubjectKind, LadderAssessment)
    case stepPreviewed(CaseID, StepPlan)
    case drafted(String, EditPurpose)
    /// A search's hits, and the people whose name the words find (their dossiers).
    case searched(String, [SearchHit], people: [Person])
    case foundCase(CaseID)
    case entry(EntryRead)
    case exportReview(ExportReview)
    case letterReviewed(LetterReview, title: String, purpose: EditPurpose)
    case standing(AccountStanding)
}

/// Whose evidence (`Write.saveEvidence`).
public enum EvidenceSource: Sendable, Equatable {
    case report(IncidentID)
    case entry(EntryID)
}

/// A change the user asked for.
public enum Write: Sendable, Equatable {
    /// A report into cases for the subjects chosen; reports marked with it (`alike`) each for the
    /// subjects it names, in the same transaction.
    case triage(
        IncidentID, subjects: [PersonID], alike: [IncidentID], articles: [String], severity: Severity, flags: CaseFlags)
    /// One report, or several marked in the queue, with one reason: all or none.
    case dismiss([IncidentID], reason: String)
    case step(CaseID, StepRequest)
    /// `entry`: the dossier entry that shows it done (a written decision's letter sent).
    /// `on`: the day it happened, where the law counts from it (a consent's date).
    case done(CaseID, obligation: ObligationID, entry: EntryID? = nil, on: LocalDate? = nil)
    case close(CaseID, outcome: CaseOutcome, reason: String, seen: StepBasis)
    /// New articles and severity for an open case, with the reason.
    case reclassify(CaseID, articles: [String], severity: Severity, reason: String, seen: StepBasis)
    /// `again`: a letter filed though the same one is in the case (asked twice on the screen).
    case save(EditPurpose, body: String, again: Bool = false)
    case setSchool(SchoolRecordChange)
    /// A legal fact on a case, with its date and its text (a school, an outcome, a note; or none).
    case legal(CaseID, LegalItem, LocalDate, text: String)
    /// Files a letter, then writes it as a PDF to sign (in the printer's folder).
    case saveAndPrint(EditPurpose, body: String, again: Bool = false)
    /// Records a filed letter as sent.
    case sent(CaseID, entry: EntryID, on: LocalDate, via: SendMethod)
    /// The inzage export, written to a new private file.
    case export(PersonID, format: DossierExport.Format, path: String, colleagues: ColleagueNames = .named)
    /// The evidence of a report or an entry written as files, to be opened.
    case saveEvidence(EvidenceSource)
    /// A new report in the session's own name: the day it happened (nil: not known) and the
    /// paths of its evidence files, read when it is saved.
    case report(
        summary: String, platform: String, subjects: [PersonID], victims: [PersonID] = [],
        witnesses: [PersonID] = [], happenedOn: LocalDate?, evidence: [String])
}

/// What a write did, for the status line and what opens next; its `Changes` say what to read again.
public enum Written: Sendable {
    case triaged([Case])
    /// The reports dismissed, and those of the marked that another session handled meanwhile.
    case dismissed([IncidentID], handled: [(IncidentID, IncidentStatus)] = [])
    case stepped(CaseID, CaseWorkflow.Stepped)
    case done(CaseID, Obligation)
    case closed(CaseID, CaseOutcome, CaseWorkflow.Closed)
    case reclassified(Case)
    case filed(Phrase, dossier: PersonID?)
    /// The record saved, and what its new law means for open cases (`lawChangeNotice`).
    case school(School, notice: Phrase?)
    /// `sound`: the dossier's chain holds (else the export says it is not intact, and so does the screen).
    case exported(path: String, entries: Int, sound: Bool = true)
    case evidenceSaved([String])
    case reported(Incident)
    /// A letter not filed: what it was drafted from changed; the text with the changes carried in,
    /// and who now gets a letter of their own after it (a parent who moved out of this one's address).
    case refreshed(LetterRefresh.Merge, EditPurpose, also: [String] = [])
}

/// Everything that can happen to the app: input, ticks, and the store's answers.
public enum Message: Sendable {
    case event(TerminalEvent)
    case fetched(Fetch, ticket: Int, Result<Fetched, CasusError>, version: UInt64)
    case answered(Ask, Result<Answer, CasusError>)
    case wrote(Write, Result<Saved<Written>, CasusError>, version: UInt64)
    case edited(EditorOutcome, EditPurpose)
    /// The store's change token, read on a tick: when it moved, someone else saved something.
    case changeToken(UInt64)
}

/// What `update` asks the world to do. The runtime performs effects one at a time from a
/// queue, through an `EffectHandler`, and feeds each answer back in as a message.
public enum Effect: Sendable, Equatable {
    case fetch(Fetch, ticket: Int)
    case ask(Ask)
    case write(Write)
    /// Hands the terminal to $VISUAL/$EDITOR.
    case editExternally(String, EditPurpose)
    /// Reads the store's change token (on a tick).
    case checkForChanges
    /// Paints the whole terminal again, whatever it shows now (Ctrl-L: another program wrote over it).
    case repaint

    /// It saves something (its answer closes the dialog that asked, or leaves it with the refusal).
    public var isWrite: Bool {
        if case .write = self { return true }
        return false
    }
}
