/// One write transaction of a session. Reads go to `r`; writes go through the methods here,
/// which note what they change and link dossier entries and audit lines into their hash
/// chains (the chain rules live here, in the core, so every backend stores the same chains;
/// a backend only stores rows and enforces its constraints).
public struct Transaction {
    /// What the transaction has changed so far, and the chain heads it has moved (a bulk load
    /// appends thousands of entries in one transaction without asking the store for each head).
    final class Log {
        var changes = Changes()
        var heads: [PersonID: ChainHead] = [:]
        var auditHead: ChainHead?
    }

    let writer: any StorageWriter
    let log: Log
    public let now: Timestamp
    let session: Session

    /// Reads inside the transaction (they see its own writes).
    public var r: any StorageReader { writer }
    var actor: Actor { session.actor }

    /// The same transaction, with another session acting in it (the demo generators found a
    /// school as its director-to-be, then act as the director).
    public func acting(as other: Session) -> Transaction {
        Transaction(writer: writer, log: log, now: now, session: other)
    }

    /// The same transaction with another "now" (the demo generators write history).
    public func at(_ time: Timestamp) -> Transaction {
        Transaction(writer: writer, log: log, now: time, session: session)
    }

    func changed(_ items: Changes.Item...) { for i in items { log.changes.insert(i) } }

    // MARK: Schools, people, users

    func insert(school: School) throws -> School {
        changed(.schools)
        return try writer.insert(school: school)
    }

    func update(school: School) throws {
        // The school record decides which law a case follows: every case screen reads it again.
        changed(.schools, .cases)
        try writer.update(school: school)
    }

    func insert(closure: Closure) throws -> Closure {
        changed(.schools, .cases)
        return try writer.insert(closure: closure)
    }

    func deleteClosures(school: SchoolID, source: ClosureSource, from: LocalDate, through: LocalDate) throws -> Int {
        changed(.schools, .cases)
        return try writer.deleteClosures(school: school, source: source, from: from, through: through)
    }

    func insert(person: Person) throws -> Person {
        changed(.people)
        return try writer.insert(person: person)
    }

    func update(person: Person) throws {
        // A person's kind or school decides who may read their dossier.
        changed(.people, .dossier(person.id), .cases)
        try writer.update(person: person)
    }

    func link(parent: PersonID, pupil: PersonID) throws {
        changed(.people)
        try writer.link(parent: parent, pupil: pupil)
    }

    func insert(user: User) throws {
        changed(.users)
        try writer.insert(user: user)
    }

    // MARK: Incidents and cases

    func insert(incident: Incident, involved: [(PersonID, Involvement)]) throws -> Incident {
        let saved = try writer.insert(incident: incident, involved: involved, reportedBy: actor.account)
        changed(.incidents, .incident(saved.id), .figures)
        return saved
    }

    func setIncident(_ id: IncidentID, status: IncidentStatus, reason: String?, at: Timestamp) throws {
        changed(.incidents, .incident(id))
        try writer.setIncident(id: id, status: status, reason: reason, by: actor.account, at: at)
    }

    public func nextCaseNumber(year: Int) throws -> String { try writer.nextCaseNumber(year: year) }

    func insert(case c: Case) throws -> Case {
        let saved = try writer.insert(case: c, openedBy: actor.account)
        changed(.cases, .case(saved.id), .incident(c.incidentID), .incidents, .dossier(c.dossierID), .figures)
        return saved
    }

    func close(case c: Case, at: Timestamp, reason: String) throws {
        changed(.cases, .case(c.id), .incident(c.incidentID), .figures)
        try writer.close(case: c.id, at: at, by: actor.account, reason: reason)
    }

    func refreshCaseSummary(_ id: CaseID) throws {
        changed(.cases, .case(id))
        try writer.refreshCaseSummary(case: id)
    }

    func setRung(_ id: CaseID, _ rung: Rung?) throws {
        changed(.cases, .case(id), .figures)
        try writer.setRung(case: id, rung)
    }

    func insert(step: Step) throws -> Step {
        changed(.case(step.caseID), .figures)
        return try writer.insert(step: step)
    }

    func insert(obligation: Obligation, stepID: Int64?, at: Timestamp) throws -> Obligation {
        changed(.case(obligation.caseID), .cases, .figures)
        return try writer.insert(obligation: obligation, stepID: stepID, at: at)
    }

    func markDone(_ o: Obligation, at: Timestamp, entry: EntryID?) throws {
        changed(.case(o.caseID), .cases, .figures)
        try writer.markDone(obligation: o.id, at: at, by: actor.account, entry: entry)
    }

    func setDue(_ o: Obligation, due: LocalDate, pausedFrom: LocalDate?) throws {
        changed(.case(o.caseID), .cases, .figures)
        try writer.setDue(obligation: o.id, due: due, pausedFrom: pausedFrom)
    }

    func insert(fact: CaseFact) throws -> CaseFact {
        changed(.case(fact.caseID), .cases)
        return try writer.insert(fact: fact)
    }

    func purge(dossier: PersonID, at: Timestamp, reason: String) throws -> Tombstone {
        log.changes.formUnion(.everything)
        log.heads[dossier] = nil
        return try writer.purge(dossier: dossier, at: at, by: actor.account, reason: reason)
    }

    // MARK: Chains

    /// Appends to a dossier's hash chain (DossierChain), and notes the append in the audit log,
    /// whose `seq=` lets `verify` notice a dossier that lost its last entries.
    func append(_ draft: EntryDraft, to dossier: PersonID, at: Timestamp) throws -> DossierEntry {
        let head = try log.heads[dossier] ?? writer.chainHead(dossier: dossier)
        let entry = DossierChain.link(
            draft, dossier: dossier, after: head, author: actor.account,
            authorName: actor.displayName, at: at)
        let id = try writer.insert(entry: entry, evidence: draft.evidence)
        log.heads[dossier] = ChainHead(seq: entry.seq, hash: entry.hash)
        changed(.dossier(dossier))
        if let c = draft.caseID { changed(.case(c)) }
        try audit(
            "entry.append", person: dossier, case: draft.caseID, detail: "seq=\(entry.seq) kind=\(draft.kind.rawValue)",
            at: at)
        var saved = entry
        saved.id = id
        return saved
    }

    /// A line in the audit log's chain: who (as whom) did or read what.
    public func audit(
        _ action: String, person: PersonID? = nil, case caseID: CaseID? = nil, detail: String = "",
        at: Timestamp? = nil
    ) throws {
        let head = try log.auditHead ?? writer.auditHead()
        var record = AuditRecord(
            at: at ?? now, account: actor.account, realAccount: actor.realAccount, action: action,
            personID: person, caseID: caseID, detail: detail, prevHash: head.hash)
        record.hash = record.expectedHash
        try writer.insert(audit: record)
        log.auditHead = ChainHead(seq: head.seq + 1, hash: record.hash)
    }
}
