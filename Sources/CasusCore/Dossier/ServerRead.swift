/// A line of the server's own log of reads (`log_read`): every read of a dossier, a case, an entry,
/// a file, a search, a list, a walk of `verify` or the audit log, by casus or by anyone who logs in to the
/// server with `psql`. Its time is the server's. A personal database keeps no such log: every read
/// casus makes there is a line of the audit log, and nothing else reads through casus's rules.
public struct ServerRead: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var at: Timestamp
    public var account: String
    /// What was read: dossier, case, entry, evidence, search, walk, audit, or a list (its detail
    /// says which: cases, reports or people).
    public var what: String
    public var personID: PersonID?
    public var caseID: CaseID?
    public var detail: String
    /// The case's number (2026-0042), as its director knows it; nil where the line names none
    /// of the reader's school.
    public var caseNumber: String?

    public init(
        id: Int64, at: Timestamp, account: String, what: String, personID: PersonID?, caseID: CaseID?,
        detail: String, caseNumber: String? = nil
    ) {
        self.id = id
        self.at = at
        self.account = account
        self.what = what
        self.personID = personID
        self.caseID = caseID
        self.detail = detail
        self.caseNumber = caseNumber
    }
}
