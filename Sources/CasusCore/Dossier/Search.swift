/// A search over what a role may see (DESIGN.md §5).
public struct SearchQuery: Sendable, Hashable {
    public var scope: Scope
    public var text: String
    public var limit: Int

    public init(scope: Scope, text: String, limit: Int = 200) {
        self.scope = scope
        self.text = text
        self.limit = limit
    }

    /// What was typed, as words: split at everything that is not a letter or digit, as the
    /// search indexes split text. So no input can be read as query syntax ("NOT", quotes,
    /// colons, the index's own `_school` tokens).
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The words as an FTS5 query, each word quoted; nil when nothing searchable was typed.
    /// `prefix`: each word also matches longer words ("gesprek" finds "gesprekken").
    public func ftsQuery(prefix: Bool) -> String? {
        let words = SearchQuery.words(text)
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"" + (prefix ? "*" : "") }.joined(separator: " ")
    }
}

public struct SearchHit: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Codable { case entry, caseSummary = "case" }

    public var source: Source
    public var entryID: EntryID?
    public var caseID: CaseID?
    public var caseNumber: String?
    public var person: PersonID
    public var personName: String
    public var personKind: PersonKind
    public var schoolID: SchoolID
    public var title: String
    /// The matching text with the hits between « and ».
    public var snippet: String
    public var at: Timestamp

    public init(
        source: Source, entryID: EntryID?, caseID: CaseID?, caseNumber: String?, person: PersonID, personName: String,
        personKind: PersonKind, schoolID: SchoolID, title: String, snippet: String, at: Timestamp
    ) {
        self.schoolID = schoolID
        self.source = source
        self.entryID = entryID
        self.caseID = caseID
        self.caseNumber = caseNumber
        self.person = person
        self.personName = personName
        self.personKind = personKind
        self.title = title
        self.snippet = snippet
        self.at = at
    }
}

/// What a retention purge leaves of a dossier.
public struct Tombstone: Sendable, Hashable, Codable {
    public var dossierID: PersonID
    public var purgedAt: Timestamp
    public var purgedBy: String
    public var entryCount: Int
    public var lastSeq: Int64
    public var lastHash: String
    public var reason: String

    public init(
        dossierID: PersonID, purgedAt: Timestamp, purgedBy: String, entryCount: Int, lastSeq: Int64, lastHash: String,
        reason: String
    ) {
        self.dossierID = dossierID
        self.purgedAt = purgedAt
        self.purgedBy = purgedBy
        self.entryCount = entryCount
        self.lastSeq = lastSeq
        self.lastHash = lastHash
        self.reason = reason
    }
}
