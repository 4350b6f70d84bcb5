/// What the case screen and the ladder engine read about one case besides its record and who it
/// concerns (read and checked first, CaseWorkflow.read): its report, steps, obligations, its newest
/// notes with their number and every hearing and letter, facts, the school and its closures, the
/// subject's other cases and the dossier's letter sendings.
/// One call of the storage port, so that a server answers it in one round trip instead of a dozen
/// (on a server a case took about twenty round trips to open, half the time of the key that opens it).
public struct CaseParts: Sendable, Equatable {
    /// How many of a case's newest entries are read with it: what its screen shows and `case show`
    /// prints. The others are in the dossier's timeline, which reads in windows. A case read every
    /// note it had: on a server, opening a case of 5,542 notes took 87 ms, and every step on it too.
    public static let timelineWindow = 50

    public var incident: Incident?
    public var steps: [Step]
    public var obligations: [Obligation]
    /// The case's newest `timelineWindow` entries, oldest first.
    public var entries: [DossierEntry]
    /// All the case's entries, counted with them.
    public var entryCount: Int
    /// Every meeting note and letter of the case, oldest first, however old: what the law's checks
    /// read (who was heard, and when) and which letter is not yet sent.
    public var meetingsAndLetters: [DossierEntry]
    public var school: School?
    public var closures: [Closure]
    public var facts: [CaseFact]
    /// The sendings of the letters filed in the case's dossier, by entry (every case's).
    public var sendings: [EntryID: LetterSending]
    /// Every case about the same subject, this one included.
    public var subjectCases: [Case]

    public init(
        incident: Incident?, steps: [Step], obligations: [Obligation], entries: CaseEntries, school: School?,
        closures: [Closure], facts: [CaseFact], sendings: [EntryID: LetterSending], subjectCases: [Case]
    ) {
        self.incident = incident
        self.steps = steps
        self.obligations = obligations
        self.entries = entries.newest
        self.entryCount = entries.count
        self.meetingsAndLetters = entries.meetingsAndLetters
        self.school = school
        self.closures = closures
        self.facts = facts
        self.sendings = sendings
        self.subjectCases = subjectCases
    }
}

/// The entries of a case that are read with it (CaseParts): the newest, how many there are in all,
/// and every meeting note and letter.
public struct CaseEntries: Sendable, Equatable {
    public var newest: [DossierEntry]
    public var count: Int
    public var meetingsAndLetters: [DossierEntry]

    public init(newest: [DossierEntry], count: Int, meetingsAndLetters: [DossierEntry]) {
        self.newest = newest
        self.count = count
        self.meetingsAndLetters = meetingsAndLetters
    }

    /// The kinds read whatever their age.
    public static let alwaysRead: Set<EntryKind> = [.meeting, .letter]

    /// Of a case the reader may not see.
    public static let none = CaseEntries(newest: [], count: 0, meetingsAndLetters: [])

    /// From every entry of the case, oldest first: what each backend's own read must equal
    /// (StorageContractTests).
    public init(all: [DossierEntry], newest: Int) {
        self.init(
            newest: Array(all.suffix(max(0, newest))), count: all.count,
            meetingsAndLetters: all.filter { Self.alwaysRead.contains($0.kind) })
    }
}

/// A case's record and the two people it concerns: its subject and the owner of its dossier (the
/// same person but for a case about a parent, filed in the pupil's dossier). Either is nil when the
/// reader may not see that person. What CaseWorkflow checks before anything else of a case is read.
public struct CaseWithPeople: Sendable, Equatable {
    public var record: Case
    public var subject: Person?
    public var owner: Person?

    public init(record: Case, subject: Person?, owner: Person?) {
        self.record = record
        self.subject = subject
        self.owner = owner
    }
}

/// What opening a case in triage reads about its report: the report, who is involved, the cases
/// already opened from it and its school. One call of the port, so that a server answers it in one
/// round trip (opening a case on a server waited thirteen times, four of them for these).
public struct ReportForTriage: Sendable, Equatable {
    public var incident: Incident
    public var involved: [Involved]
    public var cases: [Case]
    /// nil when the reader may not see the report's school.
    public var school: School?

    public init(incident: Incident, involved: [Involved], cases: [Case], school: School?) {
        self.incident = incident
        self.involved = involved
        self.cases = cases
        self.school = school
    }
}

extension StorageReader {
    public func people(ids: [PersonID]) throws -> [Person?] { try ids.map { try person(id: $0) } }

    public func reportForTriage(id: IncidentID) throws -> ReportForTriage? { try reportForTriageOneByOne(id: id) }

    /// What `reportForTriage` must equal on every backend (StorageContractTests). Nothing more
    /// is read of a report the reader may not see.
    public func reportForTriageOneByOne(id: IncidentID) throws -> ReportForTriage? {
        guard let incident = try incident(id: id) else { return nil }
        return ReportForTriage(
            incident: incident, involved: try involved(incident: id), cases: try cases(ofIncident: id),
            school: try school(id: incident.schoolID))
    }

    /// The record, then its two people: in a file each is a lookup in the same process.
    public func caseWithPeople(id: CaseID) throws -> CaseWithPeople? { try caseWithPeopleOneByOne(id: id) }

    public func caseToOpen(id: CaseID) throws -> CaseWithPeople? { try caseWithPeople(id: id) }

    /// What `caseWithPeople` must equal on every backend (StorageContractTests).
    public func caseWithPeopleOneByOne(id: CaseID) throws -> CaseWithPeople? {
        guard let c = try caseRecord(id: id) else { return nil }
        return CaseWithPeople(record: c, subject: try person(id: c.subjectID), owner: try person(id: c.dossierID))
    }

    /// One part after another: in a file each is a lookup in the same process.
    public func caseParts(of c: Case, sendings: Bool) throws -> CaseParts {
        try casePartsOneByOne(of: c, sendings: sendings)
    }

    /// With the dossier's letter sendings (the case screen's).
    public func caseParts(of c: Case) throws -> CaseParts { try caseParts(of: c, sendings: true) }

    /// The parts read by the port's single reads, one after another: what `caseParts` must equal
    /// on every backend (StorageContractTests).
    public func casePartsOneByOne(of c: Case, sendings: Bool = true) throws -> CaseParts {
        let school = try self.school(id: c.schoolID)
        return CaseParts(
            incident: try incident(id: c.incidentID), steps: try steps(case: c.id),
            obligations: try obligations(case: c.id),
            entries: try caseEntries(case: c.id, newest: CaseParts.timelineWindow), school: school,
            closures: try school.map { try closures(school: $0.id) } ?? [], facts: try facts(case: c.id),
            sendings: sendings ? try letterSendings(dossier: c.dossierID) : [:],
            subjectCases: try cases(aboutSubject: c.subjectID))
    }
}
