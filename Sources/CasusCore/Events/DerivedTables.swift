/// The tables the screens read, as every backend must hold them: which columns, which are the
/// key, and which hold free text (compared by its SHA-256, as the events write it). A backend
/// hands `verify` its rows in this form (`StorageReader.forEachDerivedRow`), sorted by key; the
/// `Ledger` rebuilds the same rows from the events.
public enum DerivedTable: String, Sendable, CaseIterable, Hashable {
    case school, person, guardianship, user, incident, incidentPerson = "incident_person", `case`
    case caseArticle = "case_article", step, obligation, entry, entryEvidence = "entry_evidence", tombstone
    case schoolClosure = "school_closure", caseFact = "case_fact"
    case letterSent = "letter_sent"
    case incidentEvidence = "incident_evidence"

    public var columns: [String] {
        switch self {
        case .school:
            [
                "id", "name", "town", "protocol_id", "demo", "sector", "denomination", "legal_set", "board_name",
                "board_address", "address", "region",
            ]
        case .person:
            [
                "id", "school_id", "kind", "first_name", "infix", "last_name", "grp", "function", "external_id",
                "birth_date",
                "left_on", "sort_name", "search_name", "salutation", "street", "postcode", "town",
            ]
        case .guardianship: ["parent_id", "pupil_id"]
        case .user: ["account", "person_id", "role", "school_id"]
        case .incident:
            [
                "id", "school_id", "reported_at", "summary", "platform", "status", "reporter_name", "reported_by",
                "dismissed_reason", "dismissed_at", "dismissed_by", "happened_on",
            ]
        case .incidentPerson: ["incident_id", "person_id", "role"]
        case .case:
            [
                "id", "school_id", "number", "incident_id", "subject_id", "dossier_id", "dossier_kind", "subject_kind",
                "profile_id", "severity", "criminal", "crossing", "meldplicht", "status", "summary", "opened_at",
                "opened_by",
                "closed_at", "closed_by", "close_reason", "rung", "next_due", "data_breach", "meldcode", "outcome",
            ]
        case .caseArticle: ["case_id", "position", "article_id"]
        case .step:
            [
                "id", "case_id", "rung", "detail", "at", "on_date", "days", "start_date", "end_date", "reason",
                "justification",
                "actor", "phase",
            ]
        case .obligation:
            [
                "id", "case_id", "step_id", "kind", "due", "note", "for_others", "created_at", "done_at", "done_by",
                "entry_id", "paused_from",
            ]
        case .entry: ["id", "dossier_id", "seq", "case_id", "hash"]
        case .entryEvidence: ["entry_id", "position", "sha256"]
        case .incidentEvidence: ["incident_id", "position", "sha256"]
        case .tombstone: ["dossier_id", "purged_at", "purged_by", "entry_count", "last_seq", "last_hash", "reason"]
        case .schoolClosure: ["id", "school_id", "first", "last", "reason", "kind", "source"]
        case .caseFact: ["id", "case_id", "kind", "on_date", "value", "note", "at", "actor", "entry_id"]
        case .letterSent: ["entry_id", "dossier_id", "case_id", "sent_on", "via", "recorded_at", "recorded_by"]
        }
    }

    /// How many leading columns are the key (rows are sorted by them).
    public var keyLength: Int {
        switch self {
        case .guardianship, .caseArticle, .entryEvidence, .incidentEvidence: 2
        case .incidentPerson: 3
        case .tombstone: 0  // in order of the purges
        default: 1
        }
    }

    /// The column holding the key a row's texts are hashed under (PersonKey), read beside the
    /// compared columns: a person's texts are compared as SHA-256(key ‖ text).
    public var digestKey: String? { self == .person ? "salt" : nil }

    /// Free-text columns: compared by SHA-256 (under the row's `digestKey`, where it has one).
    public var textColumns: Set<String> {
        switch self {
        case .person:
            [
                "first_name", "infix", "last_name", "function", "external_id", "birth_date", "sort_name", "search_name",
                "street", "postcode", "town",
            ]
        case .incident: ["summary", "reporter_name", "dismissed_reason"]
        case .case: ["summary", "close_reason"]
        case .step: ["detail", "reason", "justification"]
        case .obligation: ["note"]
        case .tombstone: ["reason"]
        case .school: ["board_name", "board_address", "address"]
        case .schoolClosure: ["reason"]
        case .caseFact: ["value", "note"]
        default: []
        }
    }

    /// Key columns that are numbers (sorted as numbers, not as text).
    public var numericKeys: Bool { self != .user }
}

/// One row in the form `verify` compares: a value per column (nil for NULL); numbers in
/// decimal, booleans as 0/1, dates and times as casus writes them, free text as its SHA-256.
public typealias DerivedRow = [String?]

extension DerivedTable {
    /// Orders rows by key as the backends must hand them over.
    public func precedes(_ a: DerivedRow, _ b: DerivedRow) -> Bool {
        for i in 0..<keyLength {
            let x = a[i] ?? "", y = b[i] ?? ""
            if x == y { continue }
            if numericKeys, let xi = Int64(x), let yi = Int64(y) { return xi < yi }
            return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        }
        return false
    }
}
