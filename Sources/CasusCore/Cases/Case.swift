public typealias CaseID = Int64

public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    case open, closed

    public var label: Phrase {
        switch self {
        case .open: Phrase("open", "open")
        case .closed: Phrase("gesloten", "closed")
        }
    }
}

public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case light, medium, severe

    public var label: Phrase {
        switch self {
        case .light: Phrase("licht", "light")
        case .medium: Phrase("middel", "medium")
        case .severe: Phrase("ernstig", "severe")
        }
    }

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Flags that bring in escalations of the legal layer and the profile.
public struct CaseFlags: Sendable, Hashable, Codable {
    /// Possibly a criminal offence: aangifte (mandatory or optional per profile).
    public var criminal: Bool
    /// Qualified as grensoverschrijdend: phone report to the vertrouwensinspecteur.
    public var crossing: Bool
    /// Possible sexual offence against a pupil by someone with a task at the school: meldplicht
    /// (WPO art. 4a; WVO 2020 art. 3.39; WEC art. 4a).
    public var meldplicht: Bool
    /// A possible personal-data breach: assess within 72 hours (AVG art. 33).
    public var dataBreach: Bool
    /// Signs of domestic violence or child abuse: the meldcode's five steps.
    public var meldcode: Bool

    public init(
        criminal: Bool = false, crossing: Bool = false, meldplicht: Bool = false, dataBreach: Bool = false,
        meldcode: Bool = false
    ) {
        self.criminal = criminal
        self.crossing = crossing
        self.meldplicht = meldplicht
        self.dataBreach = dataBreach
        self.meldcode = meldcode
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        criminal = try c.decodeIfPresent(Bool.self, forKey: .criminal) ?? false
        crossing = try c.decodeIfPresent(Bool.self, forKey: .crossing) ?? false
        meldplicht = try c.decodeIfPresent(Bool.self, forKey: .meldplicht) ?? false
        dataBreach = try c.decodeIfPresent(Bool.self, forKey: .dataBreach) ?? false
        meldcode = try c.decodeIfPresent(Bool.self, forKey: .meldcode) ?? false
    }
}

/// One incident handled against one subject.
public struct Case: Sendable, Hashable, Codable, Identifiable {
    public var id: CaseID
    public var schoolID: SchoolID
    /// Human number, per school and year: 2026-0042.
    public var number: String
    public var incidentID: IncidentID
    public var subjectID: PersonID
    /// Whose dossier the correspondence goes into: the pupil for a pupil's or a parent's case.
    public var dossierID: PersonID
    public var profileID: String
    public var articles: [String]
    public var severity: Severity
    public var flags: CaseFlags
    public var status: CaseStatus
    public var summary: String
    public var openedAt: Timestamp
    public var closedAt: Timestamp?
    public var closeReason: String?
    /// The rung reached, nil before the first step.
    public var rung: Rung?

    public init(
        id: CaseID = 0, schoolID: SchoolID, number: String, incidentID: IncidentID, subjectID: PersonID,
        dossierID: PersonID, profileID: String, articles: [String], severity: Severity,
        flags: CaseFlags = CaseFlags(), status: CaseStatus = .open, summary: String, openedAt: Timestamp,
        closedAt: Timestamp? = nil, closeReason: String? = nil, rung: Rung? = nil
    ) {
        self.id = id
        self.schoolID = schoolID
        self.number = number
        self.incidentID = incidentID
        self.subjectID = subjectID
        self.dossierID = dossierID
        self.profileID = profileID
        self.articles = articles
        self.severity = severity
        self.flags = flags
        self.status = status
        self.summary = summary
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.closeReason = closeReason
        self.rung = rung
    }
}

/// A row of the Zaken list: the case with the names a list shows, fetched in one query.
public struct CaseRow: Sendable, Hashable, Codable, Identifiable {
    public var id: CaseID
    public var schoolID: SchoolID
    public var number: String
    public var status: CaseStatus
    public var subjectName: String
    public var subjectKind: PersonKind
    public var group: String?
    public var rung: Rung?
    public var severity: Severity
    public var summary: String
    public var openedAt: Timestamp
    /// Earliest open obligation's due date.
    public var nextDue: LocalDate?
    public var schoolName: String
    /// Filed in a personeelsdossier (a case about staff) rather than a leerlingdossier.
    public var staffDossier: Bool

    public init(
        id: CaseID, schoolID: SchoolID = 0, number: String, status: CaseStatus, subjectName: String,
        subjectKind: PersonKind,
        group: String?, rung: Rung?, severity: Severity, summary: String, openedAt: Timestamp,
        nextDue: LocalDate?, schoolName: String, staffDossier: Bool? = nil
    ) {
        self.id = id
        self.schoolID = schoolID
        self.staffDossier = staffDossier ?? subjectKind.isPersonnel
        self.number = number
        self.status = status
        self.subjectName = subjectName
        self.subjectKind = subjectKind
        self.group = group
        self.rung = rung
        self.severity = severity
        self.summary = summary
        self.openedAt = openedAt
        self.nextDue = nextDue
        self.schoolName = schoolName
    }
}
