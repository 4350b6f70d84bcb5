/// What a role may see, as a filter every query carries. Computed by `AccessPolicy`,
/// applied by the backend in its own query language, so a list never holds a row it must not show.
public struct Scope: Sendable, Hashable {
    /// nil: every school (the board).
    public var schoolID: SchoolID?
    /// Which dossiers' contents and cases are visible: leerlingdossiers, personeelsdossiers.
    public var pupilDossiers: Bool
    public var staffDossiers: Bool

    public init(schoolID: SchoolID?, pupilDossiers: Bool, staffDossiers: Bool) {
        self.schoolID = schoolID
        self.pupilDossiers = pupilDossiers
        self.staffDossiers = staffDossiers
    }

    public static let nothing = Scope(schoolID: -1, pupilDossiers: false, staffDossiers: false)

    /// The rule every backend applies in its own query language, stated once: a record of this
    /// school, filed in a dossier of this kind, is within the scope. The service checks every
    /// row a backend returns against it, and the storage contract suite checks each backend.
    public func admits(school: SchoolID, staffDossier: Bool) -> Bool {
        if let schoolID, schoolID != school { return false }
        return staffDossier ? staffDossiers : pupilDossiers
    }

    /// A record of this school at all (a report in the triage queue).
    public func admits(school: SchoolID) -> Bool { schoolID == nil || schoolID == school }

    /// A person listed (people, a dossier's owner): staff need the staff scope, everyone else
    /// the pupil scope.
    public func admits(_ p: Person) -> Bool { admits(school: p.schoolID, staffDossier: p.kind.isPersonnel) }

    /// Refused loudly when a backend returned a row the scope does not admit: a backend bug
    /// must never show a child's or an employee's record to the wrong person.
    public func check<Row>(_ rows: [Row], _ admitted: (Row) -> Bool) throws -> [Row] {
        guard rows.allSatisfy(admitted) else {
            throw CasusError(
                .storage,
                Phrase(
                    "de opslag gaf een rij buiten uw bereik; er is niets getoond",
                    "the store returned a row outside your scope; nothing was shown"),
                hint: Phrase(
                    "Dit is een fout in casus: meld het bij de beheerder.",
                    "This is a bug in casus: tell the administrator."))
        }
        return rows
    }
}

public struct CaseQuery: Sendable, Hashable {
    public var scope: Scope
    public var status: CaseStatus?
    public var subjectKind: SubjectKind?
    public var rung: Rung?
    /// Rung filter value meaning "no step taken yet".
    public var noRungYet: Bool
    /// Only cases with an open obligation due before this date.
    public var overdueOn: LocalDate?
    public var subjectID: PersonID?
    /// Only cases filed in this person's dossier.
    public var dossierID: PersonID?

    public init(
        scope: Scope, status: CaseStatus? = nil, subjectKind: SubjectKind? = nil, rung: Rung? = nil,
        noRungYet: Bool = false, overdueOn: LocalDate? = nil, subjectID: PersonID? = nil, dossierID: PersonID? = nil
    ) {
        self.scope = scope
        self.status = status
        self.subjectKind = subjectKind
        self.rung = rung
        self.noRungYet = noRungYet
        self.overdueOn = overdueOn
        self.subjectID = subjectID
        self.dossierID = dossierID
    }
}

public struct IncidentQuery: Sendable, Hashable {
    public var scope: Scope
    public var status: IncidentStatus?
    /// Only the reports this account filed itself (a teacher's "Mijn meldingen"): their own
    /// reports are theirs to follow, whatever dossiers their role may read. The service sets it
    /// to the acting account; the server takes the account from the login, not from here.
    public var reportedBy: String?
    /// The queue without the reports about these people: the reader's own (`Actor.ownPeople`). A
    /// director read the teacher's report about them, with the teacher's name (a review); the board
    /// handles it (Awb art. 2:4). The server leaves out the login's own person whatever is asked.
    public var notAbout: [PersonID]

    public init(
        scope: Scope, status: IncidentStatus? = nil, reportedBy: String? = nil, notAbout: [PersonID] = []
    ) {
        self.scope = scope
        self.status = status
        self.reportedBy = reportedBy
        self.notAbout = notAbout
    }
}

public struct PeopleQuery: Sendable, Hashable {
    public var scope: Scope
    public var kinds: [PersonKind]
    public var group: String?
    /// Matches the start of any name part, diacritics ignored: "jo" finds "Joëlle" and "de Jong".
    public var text: String
    /// Only those who had not left before this day (nil: everyone).
    public var presentOn: LocalDate?

    public init(
        scope: Scope, kinds: [PersonKind] = [], group: String? = nil, text: String = "", presentOn: LocalDate? = nil
    ) {
        self.scope = scope
        self.kinds = kinds
        self.group = group
        self.text = text
        self.presentOn = presentOn
    }
}

/// A row of the Meldingen queue.
public struct IncidentRow: Sendable, Hashable, Codable, Identifiable {
    public var id: IncidentID
    public var schoolID: SchoolID
    public var reportedAt: Timestamp
    public var summary: String
    public var platform: String?
    public var status: IncidentStatus
    public var subjects: String
    public var schoolName: String
    /// Every case it led to is closed (see `ReportStanding`).
    public var casesClosed: Bool

    public var standing: ReportStanding { ReportStanding(status: status, casesClosed: casesClosed) }

    public init(
        id: IncidentID, schoolID: SchoolID, reportedAt: Timestamp, summary: String, platform: String?,
        status: IncidentStatus,
        subjects: String, schoolName: String, casesClosed: Bool = false
    ) {
        self.casesClosed = casesClosed
        self.id = id
        self.schoolID = schoolID
        self.reportedAt = reportedAt
        self.summary = summary
        self.platform = platform
        self.status = status
        self.subjects = subjects
        self.schoolName = schoolName
    }
}

/// A decision on the ladder, as stored.
public struct Step: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var caseID: CaseID
    public var rung: Rung
    public var detail: String
    public var at: Timestamp
    public var date: LocalDate
    public var days: Int?
    public var startDate: LocalDate?
    public var endDate: LocalDate?
    public var reason: String
    public var justification: String?
    public var actor: String
    /// A staff voornemen, or the decision (everything else).
    public var phase: StepPhase

    public init(
        id: Int64 = 0, caseID: CaseID, rung: Rung, detail: String = "", at: Timestamp, date: LocalDate,
        days: Int? = nil, startDate: LocalDate? = nil, endDate: LocalDate? = nil, reason: String,
        justification: String? = nil, actor: String, phase: StepPhase = .decision
    ) {
        self.phase = phase
        self.id = id
        self.caseID = caseID
        self.rung = rung
        self.detail = detail
        self.at = at
        self.date = date
        self.days = days
        self.startDate = startDate
        self.endDate = endDate
        self.reason = reason
        self.justification = justification
        self.actor = actor
    }
}
