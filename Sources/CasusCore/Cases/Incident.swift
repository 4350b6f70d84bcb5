public typealias IncidentID = Int64

public enum IncidentStatus: String, Sendable, Codable, CaseIterable {
    case new, triaged, dismissed

    public var label: Phrase {
        switch self {
        case .new: Phrase("nieuw", "new")
        case .triaged: Phrase("in behandeling", "triaged")
        case .dismissed: Phrase("afgewezen", "dismissed")
        }
    }
}

/// How a person is involved in a report.
public enum Involvement: String, Sendable, Codable, CaseIterable {
    case subject, victim, witness, reporter

    public var label: Phrase {
        switch self {
        case .subject: Phrase("betrokkene", "subject")
        case .victim: Phrase("slachtoffer", "victim")
        case .witness: Phrase("getuige", "witness")
        case .reporter: Phrase("melder", "reporter")
        }
    }
}

public struct Involved: Sendable, Hashable, Codable {
    public var person: Person
    public var role: Involvement

    public init(person: Person, role: Involvement) {
        self.person = person
        self.role = role
    }
}

/// A report that something happened: a melding in the triage queue.
public struct Incident: Sendable, Hashable, Codable, Identifiable {
    public var id: IncidentID
    public var schoolID: SchoolID
    public var reportedAt: Timestamp
    public var summary: String
    public var platform: String?
    public var status: IncidentStatus
    public var reporterName: String?
    public var dismissedReason: String?

    public init(
        id: IncidentID = 0, schoolID: SchoolID, reportedAt: Timestamp, summary: String, platform: String? = nil,
        status: IncidentStatus = .new, reporterName: String? = nil, dismissedReason: String? = nil
    ) {
        self.id = id
        self.schoolID = schoolID
        self.reportedAt = reportedAt
        self.summary = summary
        self.platform = platform
        self.status = status
        self.reporterName = reporterName
        self.dismissedReason = dismissedReason
    }
}
