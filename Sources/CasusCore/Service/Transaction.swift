/// One write transaction of a session. Reads go to `r`; every write goes through a method here,
/// which makes it an event linked into the chain (`EventChain`), hands it to the store (which
/// derives the rows from it), and notes what changed. Dossier entries are also linked into their
/// dossier's own chain, and audit lines into the audit chain: the chain rules live here, in the
/// core, so every backend stores the same chains; a backend stores rows and enforces the links.
public struct Transaction {
    /// What the transaction has changed so far, and the chain heads it has moved (a bulk load
    /// appends thousands of entries in one transaction without asking the store for each head).
    final class Log {
        var changes = Changes()
        var heads: [PersonID: ChainHead] = [:]
        var auditHead: ChainHead?
        var eventHead: ChainHead?
        /// The event chain's length before this transaction's first event.
        var eventsBefore: Int64?
        /// The dossiers this transaction's events are filed in: each needs a line of its own in the
        /// audit log (a server refuses the transaction without it).
        var dossiers: Set<PersonID> = []
        /// Its events and its lines of changes, to hold against `AuditTrail`: kept in a debug build
        /// only, off the hot path of a release (the district demo writes 1.77 million events).
        var written = AuditTrail.Written()
    }

    let writer: any StorageWriter
    let log: Log
    public let now: Timestamp
    let session: Session

    /// Reads inside the transaction (they see its own writes).
    public var r: any StorageReader { writer }
    var actor: Actor { session.actor }

    /// The dossiers this transaction has filed events in so far (an entry, a case opened, a
    /// letter sent, a purge).
    public var dossiersWritten: Set<PersonID> { log.dossiers }

    /// This transaction's events and lines go as they are, whatever `AuditTrail` says: for a test
    /// that sends what casus never would, to see a server refuse it.
    public func sendsAsIs() { log.written.asSent = true }

    /// The events this transaction has written so far, in order (a debug build; tests).
    public var eventsWritten: [AuditTrail.Bound] { log.written.events }

    /// The same transaction, with another session acting in it (the demo generators found a
    /// school as its director-to-be, then act as the director).
    public func acting(as other: Session) -> Transaction {
        Transaction(writer: writer, log: log, now: now, session: other)
    }

    /// The same transaction with another "now" (the demo generators write history).
    public func at(_ time: Timestamp) -> Transaction {
        Transaction(writer: writer, log: log, now: time, session: session)
    }

    /// Every write: refused if its text cannot be stored exactly as it is hashed, then linked
    /// after the chain's head, stored, and noted.
    @discardableResult
    func emit(_ payload: EventPayload, at: Timestamp) throws -> LinkedEvent {
        try emit(try EncodedPayload(payload), at: at)
    }

    /// An event encoded before (its texts checked then): linked after the chain's head, stored,
    /// and noted. The heads are read once per transaction and then kept in the log.
    @discardableResult
    func emit(_ encoded: EncodedPayload, at: Timestamp) throws -> LinkedEvent {
        let head = try log.eventHead ?? writer.eventHead()
        if log.eventsBefore == nil { log.eventsBefore = head.seq }
        let audit = try log.auditHead ?? writer.auditHead()
        log.auditHead = audit
        let event = EventChain.link(
            encoded, after: head, at: at, account: actor.account, realAccount: actor.realAccount,
            auditSeq: audit.seq)
        try writer.append(event)
        log.eventHead = head.advanced(to: event.hash)
        log.changes.formUnion(encoded.payload.changes)
        if let dossier = encoded.payload.dossier { log.dossiers.insert(dossier) }
        #if DEBUG
            var bound = AuditTrail.Bound(encoded.payload)
            switch encoded.payload {
            case let .incidentReported(i, _, _, _): bound.line = "melding \(i.id)"
            case let .incidentDismissed(id, _, _, _): bound.line = "melding \(id)"
            case let .entryAppended(e, _): bound.line = "seq=\(e.seq) event=\(event.seq)"
            default: break
            }
            log.written.events.append(bound)
        #endif
        return event
    }

    /// Events encoded before the transaction opened (an import encodes 5,000 people while
    /// others can still write): here they are only linked and stored, in order, at `now`.
    func emit(_ events: [EncodedPayload]) throws {
        for e in events { try emit(e, at: now) }
    }

    /// The first of `count` new ids of a kind drawn at once, for events encoded with them.
    func drawIDs(_ kind: RecordKind, count: Int) throws -> Int64 {
        try writer.nextIDs(kind, count: count)
    }

    // MARK: Schools, people, users

    func insert(school: School) throws -> School {
        var s = school
        s.id = try writer.nextID(.school)
        try emit(.schoolCreated(s), at: now)
        // A school made with its record (casus init --sector …) gets it as the record's event.
        let assumed = School(id: s.id, name: s.name, protocolID: s.protocolID, town: s.town, isDemo: s.isDemo)
        if s != assumed { try update(school: s) }
        return s
    }

    /// The school record (a school created with one gets it as a second event; the name stays).
    func update(school: School) throws {
        try emit(.schoolRecordSet(school), at: now)
    }

    func insert(closure: Closure) throws -> Closure {
        var c = closure
        c.id = try writer.nextID(.schoolClosure)
        try emit(.closureAdded(c), at: now)
        return c
    }

    /// Removes these closures of a school.
    func deleteClosures(_ closures: [Closure], school: SchoolID) throws {
        guard !closures.isEmpty else { return }
        try emit(.closuresRemoved(school, ids: closures.map(\.id)), at: now)
    }

    func insert(person: Person) throws -> Person {
        var p = person
        p.id = try writer.nextID(.person)
        try emit(.personAdded(p, key: session.personKeys.key(for: p)), at: now)
        return p
    }

    func update(person: Person) throws {
        try emit(.personChanged(person, key: session.personKeys.key(for: person)), at: now)
    }

    func link(parent: PersonID, pupil: PersonID) throws {
        try emit(.guardianLinked(parent: parent, pupil: pupil), at: now)
    }

    func insert(user: User) throws {
        try emit(.userAdded(user), at: now)
    }

    func remove(user: User) throws {
        try emit(.userRemoved(user), at: now)
    }

    // MARK: Incidents and cases

    func insert(incident: Incident, involved: [(PersonID, Involvement)], evidence: [EvidenceFile] = []) throws
        -> Incident
    {
        var i = incident
        i.id = try writer.nextID(.incident)
        // Kept with the report (the event names it): the one account besides the queue's readers that reads it.
        i.reportedBy = actor.account
        // The files are the report's evidence, in order: the chain holds their hashes.
        i.evidence = evidence.map(EvidenceNote.init)
        var seen = Set<InvolvedRef>()
        let refs = involved.map { InvolvedRef(person: $0.0, role: $0.1) }.filter { seen.insert($0).inserted }
        try emit(.incidentReported(i, involved: refs, reportedBy: actor.account, evidence: evidence), at: now)
        return i
    }

    func setIncident(_ id: IncidentID, status: IncidentStatus, reason: String?, at: Timestamp) throws {
        switch status {
        case .dismissed: try emit(.incidentDismissed(id, reason: reason ?? "", at: at, by: actor.account), at: at)
        case .triaged: try emit(.incidentTriaged(id), at: at)
        case .new: break
        }
    }

    public func nextCaseNumber(year: Int) throws -> String { try writer.nextCaseNumber(year: year) }

    /// A case is opened next in this transaction: its number and id are drawn ahead.
    func willOpenCase(year: Int) throws {
        try writer.prepareNumbers(SequenceName.caseNumber(year: year), count: 1)
        try willInsert([.case: 1])
    }

    /// A case about `subject` in `owner`'s dossier (as read in this transaction).
    func insert(case c: Case, subject: Person, owner: Person) throws -> Case {
        guard subject.id == c.subjectID, owner.id == c.dossierID else {
            throw CasusError.notFound("persoon van de zaak bestaat niet", "the case's person does not exist")
        }
        var saved = c
        saved.id = try writer.nextID(.case)
        try emit(
            .caseOpened(saved, dossierKind: .of(owner), subjectKind: subject.kind.ladderKind, openedBy: actor.account),
            at: c.openedAt)
        return saved
    }

    func close(case c: Case, at: Timestamp, reason: String, outcome: CaseOutcome) throws {
        try emit(.caseClosed(c.id, reason: reason, at: at, by: actor.account, outcome: outcome), at: at)
    }

    /// New articles and severity for an open case (the store replaces its articles).
    func reclassify(case c: Case, articles: [String], severity: Severity, reason: String, at: Timestamp) throws {
        try emit(
            .caseReclassified(
                Reclassification(
                    caseID: c.id, articles: articles, severity: severity, reason: reason, at: at, by: actor.account)),
            at: at)
    }

    func setRung(_ id: CaseID, _ rung: Rung?, at: Timestamp) throws {
        try emit(.caseRung(id, rung), at: at)
    }

    func insert(step: Step) throws -> Step {
        var s = step
        s.id = try writer.nextID(.step)
        try emit(.stepTaken(s), at: s.at)
        return s
    }

    func insert(obligation: Obligation, stepID: Int64?, at: Timestamp) throws -> Obligation {
        var o = obligation
        o.id = try writer.nextID(.obligation)
        try emit(.obligationCreated(o, stepID: stepID, createdAt: at), at: at)
        return o
    }

    func markDone(_ o: Obligation, at: Timestamp, entry: EntryID?) throws {
        try emit(.obligationDone(o.caseID, o.id, entry: entry, at: at, by: actor.account), at: at)
    }

    /// Moves an open obligation's due date, or suspends its term (`pausedFrom`), or resumes it (nil).
    func setDue(_ o: Obligation, due: LocalDate, pausedFrom: LocalDate?) throws {
        try emit(.obligationRescheduled(o.caseID, o.id, due: due, pausedFrom: pausedFrom), at: now)
    }

    /// A legal fact on a case; facts are never changed (a purge removes them with the case).
    func insert(fact: CaseFact) throws -> CaseFact {
        var f = fact
        f.id = try writer.nextID(.caseFact)
        try emit(.factRecorded(f), at: f.at)
        return f
    }

    /// A filed letter recorded as sent: an event on its dossier.
    func record(sending: LetterSending) throws {
        try emit(.letterSent(sending), at: sending.recordedAt)
    }

    /// A purge is an event that names exactly what leaves the store: the dossier's entries (up to
    /// its head), the cases filed in it, and the reports that were only about this person: those
    /// of its cases, and those dismissed without a case.
    func purge(dossier: PersonID, at: Timestamp, reason: String) throws -> Tombstone {
        let head = try log.heads[dossier] ?? writer.chainHead(dossier: dossier)
        let count = try writer.countEntries(dossier: dossier)
        let everything = Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true)
        let cases = try writer.cases(CaseQuery(scope: everything, dossierID: dossier), offset: 0, limit: Int.max).map(
            \.id)
        var incidents: [IncidentID] = []
        for c in cases {
            guard let incident = try writer.caseRecord(id: c)?.incidentID, !incidents.contains(incident) else {
                continue
            }
            let others = try writer.cases(ofIncident: incident).contains { !cases.contains($0.id) }
            let reportedAt = try writer.incident(id: incident)?.reportedAt ?? at
            let otherSubjects = try writer.involved(incident: incident).contains { i in
                guard i.role == .subject, i.person.id != dossier else { return false }
                // One whose own dossier went since has left it to the others (a report about two
                // pupils, each with a case, outlived both purges).
                if try writer.hasLetGo(i.person.id, reportedAt: reportedAt) { return false }
                // A parent has no dossier of their own: a case about them is filed in their child's,
                // this one. When every case about them goes with it, nothing of theirs keeps the
                // report (a review found a parent's report left behind, caseless, naming the child).
                guard i.person.kind == .parent else { return true }
                return try writer.cases(aboutSubject: i.person.id).contains { !cases.contains($0.id) }
            }
            if !others && !otherSubjects { incidents.append(incident) }
        }
        // A report dismissed without a case, about this person alone, is theirs: it outlived the
        // dossier it was about, with their name and what was said of them.
        incidents += try writer.reports(aboutSubject: dossier).filter(\.leavesWithDossier).map(\.id)
        let p = Purge(
            dossierID: dossier, reason: reason, entryCount: count, lastSeq: head.seq, lastHash: head.hash,
            cases: cases.sorted(), incidents: incidents.sorted(),
            erased: try writer.erasable(purging: dossier, cases: cases, incidents: incidents, on: at.localDate()))
        try emit(.dossierPurged(p), at: at)
        log.heads[dossier] = head
        return Tombstone(
            dossierID: dossier, purgedAt: at, purgedBy: actor.account, entryCount: count, lastSeq: head.seq,
            lastHash: head.hash, reason: reason)
    }

    /// Signs the event chain's and the audit log's heads as they stand, and keeps the signature
    /// as an event (the audit line of the signing comes first, so the signed audit head holds it).
    func checkpoint(with key: CheckpointKey.Private, at: Timestamp) throws -> Checkpoint {
        try audit("checkpoint.sign", detail: "key=\(key.publicKey)", at: at)
        let event = try log.eventHead ?? writer.eventHead()
        let auditHead = try log.auditHead ?? writer.auditHead()
        let c = try Checkpoint.sign(
            event: event, audit: auditHead, access: try writer.accessHead(), at: at, with: key)
        try emit(.checkpointSigned(c), at: at)
        return c
    }

    // MARK: Chains

    /// An entry of this dossier follows in this transaction (StorageWriter.prepareEntrySlot).
    func willAppend(to dossier: PersonID) throws {
        if log.heads[dossier] == nil { try writer.prepareEntrySlot(dossier: dossier) }
    }

    /// An entry of this case's dossier follows in this transaction, the case not read yet. Only
    /// for the transaction's first entry: after one, the dossier's head is this transaction's own.
    func willAppend(toCase id: CaseID) throws {
        if log.heads.isEmpty { try writer.prepareEntrySlot(case: id) }
    }

    /// At least these records will be inserted from here on in this transaction: their ids are
    /// drawn together (StorageWriter.prepareNumbers). Only what will be inserted: an id drawn and
    /// not used is a gap.
    func willInsert(_ counts: KeyValuePairs<RecordKind, Int>) throws {
        for (kind, count) in counts { try writer.prepareNumbers(SequenceName.id(kind), count: count) }
    }

    /// Appends to a dossier's hash chain (DossierChain) as an event of the global chain, and
    /// notes the append in the audit log.
    func append(_ draft: EntryDraft, to dossier: PersonID, at: Timestamp) throws -> DossierEntry {
        // Nothing is written into one's own dossier, where every case about oneself is filed: a
        // director corrected the board's hearing record in their own case (a review).
        try AccessPolicy.requireNotAbout(
            dossier, actor: actor, what: Phrase("dit dossier (\(dossier))", "this dossier (\(dossier))"))
        // A title is one line of a list: 120,000 characters were stored and filled the case screen
        // (a review); every other one-line field has its bound.
        try ShortText.check(draft.title, Phrase("de titel", "the title"))
        // The head this transaction has moved, else the store's (with a new id in one ask).
        let slot =
            try log.heads[dossier].map { (head: $0, id: try writer.nextID(.entry)) }
            ?? writer.entrySlot(dossier: dossier)
        var entry = DossierChain.link(
            draft, dossier: dossier, after: slot.head, author: actor.account,
            authorName: actor.displayName, at: at,
            salt: session.personKeys.salt(dossier: dossier, seq: slot.head.seq + 1))
        entry.id = slot.id
        entry = try storeLinked(entry)
        let event = try emit(.entryAppended(entry, evidence: draft.evidence), at: at)
        // The head as the store showed it: one without its hash stays so for the next entry.
        log.heads[dossier] = slot.head.advanced(to: entry.hash)
        // The audit log reads on its own: who wrote what in which dossier, and which event holds it.
        try audit(
            "entry.append", person: dossier, case: draft.caseID,
            detail: "seq=\(entry.seq) event=\(event.seq)", at: at)
        return entry
    }

    /// An entry linked after its dossier's head as the store showed it: as it is, or, where the head
    /// came without its hash (an IB's login on a server), linked by the store, which answers the
    /// hash alone (`StorageWriter.linkedHash`): the entry goes without a head or a salt.
    func storeLinked(_ entry: DossierEntry) throws -> DossierEntry {
        guard entry.prevHash.isEmpty else { return entry }
        var linked = entry
        linked.salt = ""
        linked.hash = try writer.linkedHash(of: linked)
        return linked
    }

    /// The number the next line of this transaction gets in the audit log.
    public func nextAuditLine() throws -> Int64 {
        // Kept as the transaction's head, so the line written next does not read it again.
        let head = try log.auditHead ?? writer.auditHead()
        log.auditHead = head
        return head.seq + 1
    }

    /// A line in the audit log's chain: who (as whom) did or read what.
    public func audit(
        _ action: String, person: PersonID? = nil, case caseID: CaseID? = nil, detail: String = "",
        at: Timestamp? = nil
    ) throws {
        let head = try log.auditHead ?? writer.auditHead()
        let record = AuditRecord(
            at: at ?? now, account: actor.account, realAccount: actor.realAccount, action: action,
            personID: person, caseID: caseID, detail: AuditRecord.oneLine(detail)
        ).linked(after: head)
        try writer.insert(audit: record)
        log.auditHead = head.advanced(to: record.hash)
        #if DEBUG
            if !AuditRecord.readActions.contains(action) { log.written.lines.append((action, person, caseID)) }
            // A server takes a line only in casus's own words: a line casus writes otherwise is found
            // by the tests on either backend.
            // (Not a test's own line sent as it is, for the server to refuse: `sendsAsIs`.)
            assert(
                log.written.asSent || AuditRecord.isWritten(action, person: person, detail: record.detail),
                "audit line \(action) «\(record.detail)» is not as AuditRecord.writtenShapes says")
        #endif
    }
}
