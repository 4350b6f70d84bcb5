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

/// Where a report stands for whoever follows it: its status, and for one taken into cases whether
/// every subject it names has a case and every case it led to is closed. Read from the cases,
/// never stored: a closed case is the one fact.
public enum ReportStanding: String, Sendable, Hashable, Codable {
    case new, inProgress, settled, dismissed

    public init(status: IncidentStatus, casesClosed: Bool) {
        switch status {
        case .new: self = .new
        case .triaged: self = casesClosed ? .settled : .inProgress
        case .dismissed: self = .dismissed
        }
    }

    public var label: Phrase {
        switch self {
        case .new: Phrase("nieuw", "new")
        case .inProgress: Phrase("in behandeling", "triaged")
        case .settled: Phrase("afgehandeld", "settled")
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
    /// The day it happened, as the reporter gives it (nil: not given); not when it was reported.
    public var happenedOn: LocalDate?

    /// The first day a meeting about it can have been held: the day it happened, else the day it
    /// was reported (a hearing dated 2019 was filed in a case opened today, a review).
    public var firstMeetingDay: LocalDate { happenedOn ?? reportedAt.localDate() }
    /// The files that came with the report (screenshots), in order, kept as a dossier entry's
    /// evidence is: inside the store, with their SHA-256 in the chain.
    public var evidence: [EvidenceNote]
    /// The account that filed it (nil for a report of before accounts were kept): the one account
    /// besides the queue's readers that may read it back.
    public var reportedBy: String?
    /// Every case it led to is closed (read with the report from the cases, not from its event).
    public var casesClosed: Bool = false

    public var standing: ReportStanding { ReportStanding(status: status, casesClosed: casesClosed) }

    public init(
        id: IncidentID = 0, schoolID: SchoolID, reportedAt: Timestamp, summary: String, platform: String? = nil,
        status: IncidentStatus = .new, reporterName: String? = nil, dismissedReason: String? = nil,
        happenedOn: LocalDate? = nil, evidence: [EvidenceNote] = [], reportedBy: String? = nil
    ) {
        self.reportedBy = reportedBy
        self.id = id
        self.schoolID = schoolID
        self.reportedAt = reportedAt
        self.summary = summary
        self.platform = platform
        self.status = status
        self.reporterName = reporterName
        self.dismissedReason = dismissedReason
        self.happenedOn = happenedOn
        self.evidence = evidence
    }
}

/// An evidence file as a record names it: its name, size and SHA-256 (the bytes stay in the store).
public struct EvidenceNote: Sendable, Hashable, Codable {
    public var name: String
    public var size: Int
    public var sha256: String

    public init(name: String, size: Int, sha256: String) {
        self.name = name
        self.size = size
        self.sha256 = sha256
    }

    public init(_ file: EvidenceFile) { self.init(name: file.name, size: file.bytes.count, sha256: file.sha256) }

    /// The first twelve hex digits, as screens show it.
    public var shortHash: String { String(sha256.prefix(12)) }

    /// The size as screens show it: 830 B, 14 kB, 2,4 MB (Dutch decimal comma).
    public var sizeText: String {
        if size < 1024 { return "\(size) B" }
        if size < 1024 * 1024 { return "\((size + 512) / 1024) kB" }
        let tenths = (size * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}
