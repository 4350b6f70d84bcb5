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

/// What closing a case decided about the report (issue 16, item 7): founded, unfounded, or a
/// mistake (the wrong pupil, a report filed under the wrong person). Only a founded case counts
/// as an offence on the ladder; a report whose cases were all closed as a mistake returns to the
/// reports to triage. A case closed before casus asked for an outcome reads as founded, which is
/// what it counted as then.
public enum CaseOutcome: String, Sendable, Codable, CaseIterable, Hashable {
    case founded, unfounded, mistake

    public var label: Phrase {
        switch self {
        case .founded: Phrase("gegrond", "founded")
        case .unfounded: Phrase("ongegrond", "unfounded")
        case .mistake: Phrase("vergissing", "mistake")
        }
    }

    /// What it means, for the close dialog of a case about `subject`: a case about an employee was
    /// offered "verkeerde leerling" (a review).
    public func explanation(about subject: PersonKind) -> Phrase {
        switch self {
        case .founded: Phrase("de melding klopt; telt als overtreding", "the report is right; counts as an offence")
        case .unfounded:
            Phrase("de melding klopt niet; telt niet als overtreding", "the report is not right; does not count")
        case .mistake:
            Phrase(
                "verkeerde \(subject.shortLabel.nl) of verkeerd ingedeeld; telt niet",
                "wrong \(subject == .staff ? "employee" : subject.shortLabel.en) or misfiled; does not count")
        }
    }

    /// Counts as an offence on the ladder (offence rules, "2e overtreding").
    public var counts: Bool { self == .founded }

    /// From a word in Dutch or English: gegrond/founded, ongegrond/unfounded, vergissing/mistake.
    public init?(word: String) {
        let w = word.trimmed.lowercased()
        guard let found = Self.allCases.first(where: { $0.rawValue == w || $0.label.nl == w }) else { return nil }
        self = found
    }

    /// The words `init(word:)` takes, for messages: "gegrond, ongegrond, vergissing".
    public static var words: Phrase {
        Phrase(
            allCases.map(\.label.nl).joined(separator: ", ") + " (of "
                + allCases.map(\.rawValue).joined(separator: ", ")
                + ")",
            allCases.map(\.rawValue).joined(separator: ", ") + " (or "
                + allCases.map(\.label.nl).joined(separator: ", ")
                + ")")
    }
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

    /// Crossing conduct is a staff member's (the vertrouwensinspecteur hears of personnel).
    public static func crossingFits(_ kind: PersonKind) -> Bool { kind.isPersonnel }
    /// The meldplicht is about anyone with a task at the school: staff, and a parent helping out;
    /// never a pupil.
    public static func meldplichtFits(_ kind: PersonKind) -> Bool { kind != .pupil }

    /// The flags a case about someone of this kind can hold: the one rule triage opens cases by and
    /// its screen offers them by.
    public func fitting(_ kind: PersonKind) -> CaseFlags {
        var kept = self
        kept.crossing = crossing && Self.crossingFits(kind)
        kept.meldplicht = meldplicht && Self.meldplichtFits(kind)
        return kept
    }
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
    /// What closing decided (nil while open).
    public var outcome: CaseOutcome?
    /// The rung reached, nil before the first step.
    public var rung: Rung?

    /// Counts as an offence on the ladder: open, or closed as founded.
    public var countsAsOffence: Bool { outcome?.counts ?? true }

    public init(
        id: CaseID = 0, schoolID: SchoolID, number: String, incidentID: IncidentID, subjectID: PersonID,
        dossierID: PersonID, profileID: String, articles: [String], severity: Severity,
        flags: CaseFlags = CaseFlags(), status: CaseStatus = .open, summary: String, openedAt: Timestamp,
        closedAt: Timestamp? = nil, closeReason: String? = nil, rung: Rung? = nil, outcome: CaseOutcome? = nil
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
        self.outcome = outcome
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
    /// How a closed case ended (nil while it is open): a list said "gesloten" of a case closed as
    /// unfounded, which an IB read as a measure behind the pupil (a review).
    public var outcome: CaseOutcome?

    public init(
        id: CaseID, schoolID: SchoolID = 0, number: String, status: CaseStatus, subjectName: String,
        subjectKind: PersonKind,
        group: String?, rung: Rung?, severity: Severity, summary: String, openedAt: Timestamp,
        nextDue: LocalDate?, schoolName: String, staffDossier: Bool? = nil, outcome: CaseOutcome? = nil
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
        // A case closed before casus asked for an outcome counted as founded (`CaseOutcome`).
        self.outcome = status == .closed ? outcome ?? .founded : nil
    }
}
