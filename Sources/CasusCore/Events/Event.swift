/// Every write that decides something is an event in one hash chain (DESIGN.md §5, "Nothing
/// silently changed"). The tables the screens read are derived from the events; `casus verify`
/// replays them (`Ledger`) and compares every derived row.
///
/// An event holds the decision's structure and, for free text, the SHA-256 of the text, never
/// the text itself: the text lives in the derived rows (where a purge may remove it), and the
/// chain can be verified for ever. The bytes that are hashed are written down in `EventCodec`
/// and docs/EVENTS.md, so that every backend computes the same hashes.
public enum EventPayload: Sendable, Hashable {
    case schoolCreated(School)
    /// The key its texts are hashed under (`PersonKey`): fresh at every write of a person.
    case personAdded(Person, key: PersonKey)
    case personChanged(Person, key: PersonKey)
    case guardianLinked(parent: PersonID, pupil: PersonID)
    case userAdded(User)
    /// An account's access ended (it left the school, or its role changes: removed, then added
    /// again in the same save). The user as it was, so that the event says whose access it was.
    case userRemoved(User)
    /// The report's evidence files go to the store with the event (as an entry's); the chain
    /// holds their hashes (`Incident.evidence`).
    case incidentReported(Incident, involved: [InvolvedRef], reportedBy: String, evidence: [EvidenceFile] = [])
    case incidentTriaged(IncidentID)
    case incidentDismissed(IncidentID, reason: String, at: Timestamp, by: String)
    case caseOpened(Case, dossierKind: DossierKind, subjectKind: SubjectKind, openedBy: String)
    case caseRung(CaseID, Rung?)
    /// The outcome is nil only in a close written before casus asked for one (read as founded).
    case caseClosed(CaseID, reason: String, at: Timestamp, by: String, outcome: CaseOutcome?)
    /// The articles and severity of an open case changed, with a reason (a repair, audited).
    case caseReclassified(Reclassification)
    case stepTaken(Step)
    case obligationCreated(Obligation, stepID: Int64?, createdAt: Timestamp)
    case obligationDone(CaseID, ObligationID, entry: EntryID?, at: Timestamp, by: String)
    /// The entry itself (its text, its evidence) goes to the store with the event; the chain
    /// holds its place and its hash.
    case entryAppended(DossierEntry, evidence: [EvidenceFile])
    case dossierPurged(Purge)
    /// The school record (sector, denomination, bevoegd gezag, addresses, region, town): which law
    /// a case follows. The school's id and name stay.
    case schoolRecordSet(School)
    /// A day or days the school is closed (imported from its vakantierooster or added by hand).
    case closureAdded(Closure)
    /// Closures removed (an import replaces the imported ones of its period), by id.
    case closuresRemoved(SchoolID, ids: [ClosureID])
    /// A dated legal fact on a case (another school accepts the pupil, a consultation, a zienswijze …).
    case factRecorded(CaseFact)
    /// An open obligation's due date moved, its term suspended from `pausedFrom`, or resumed (nil).
    case obligationRescheduled(CaseID, ObligationID, due: LocalDate, pausedFrom: LocalDate?)
    /// A filed letter recorded as sent (on a day, by post, e-mail or by hand): on its dossier.
    case letterSent(LetterSending)
    case checkpointSigned(Checkpoint)

    public var kind: EventKind {
        switch self {
        case .schoolCreated: .schoolCreated
        case .personAdded: .personAdded
        case .personChanged: .personChanged
        case .guardianLinked: .guardianLinked
        case .userAdded: .userAdded
        case .userRemoved: .userRemoved
        case .incidentReported: .incidentReported
        case .incidentTriaged: .incidentTriaged
        case .incidentDismissed: .incidentDismissed
        case .caseOpened: .caseOpened
        case .caseRung: .caseRung
        case .caseClosed: .caseClosed
        case .caseReclassified: .caseReclassified
        case .stepTaken: .stepTaken
        case .obligationCreated: .obligationCreated
        case .obligationDone: .obligationDone
        case .entryAppended: .entryAppended
        case .dossierPurged: .dossierPurged
        case .schoolRecordSet: .schoolRecordSet
        case .closureAdded: .closureAdded
        case .closuresRemoved: .closuresRemoved
        case .factRecorded: .factRecorded
        case .obligationRescheduled: .obligationRescheduled
        case .letterSent: .letterSent
        case .checkpointSigned: .checkpointSigned
        }
    }

    /// The dossier whose content the event is about (what a purge of that dossier covers).
    public var dossier: PersonID? {
        switch self {
        case let .caseOpened(c, _, _, _): c.dossierID
        case let .entryAppended(e, _): e.dossierID
        case let .dossierPurged(p): p.dossierID
        case let .letterSent(s): s.dossierID
        default: nil
        }
    }

    /// What the event changes, for the screens that show it.
    public var changes: Changes {
        switch self {
        case .schoolCreated: Changes([.schools])
        case .personAdded, .guardianLinked: Changes([.people])
        case let .personChanged(p, _): Changes([.people, .dossier(p.id), .cases])
        case .userAdded, .userRemoved: Changes([.users])
        case let .incidentReported(i, _, _, _): Changes([.incidents, .incident(i.id), .figures])
        case let .incidentTriaged(id), let .incidentDismissed(id, _, _, _): Changes([.incidents, .incident(id)])
        case let .caseOpened(c, _, _, _):
            Changes([.cases, .case(c.id), .incident(c.incidentID), .incidents, .dossier(c.dossierID), .figures])
        case let .caseRung(id, _): Changes([.cases, .case(id), .figures])
        // A case closed as a mistake may send its report back to the reports to triage.
        case let .caseClosed(id, _, _, _, _): Changes([.cases, .case(id), .figures, .incidents])
        case let .caseReclassified(r): Changes([.cases, .case(r.caseID), .figures])
        case let .stepTaken(s): Changes([.case(s.caseID), .cases, .figures])
        case let .obligationCreated(o, _, _): Changes([.case(o.caseID), .cases, .figures])
        case let .obligationDone(c, _, _, _, _): Changes([.case(c), .cases, .figures])
        case let .entryAppended(e, _):
            Changes(Set([.dossier(e.dossierID)] + (e.caseID.map { [Changes.Item.case($0)] } ?? [])))
        case .dossierPurged: .everything
        // The school record and calendar decide which law a case follows and which days count.
        case .schoolRecordSet, .closureAdded, .closuresRemoved: Changes([.schools, .cases])
        case let .factRecorded(f): Changes([.case(f.caseID), .cases])
        case let .obligationRescheduled(c, _, _, _): Changes([.case(c), .cases, .figures])
        case let .letterSent(s):
            Changes(Set([.dossier(s.dossierID)] + (s.caseID.map { [Changes.Item.case($0), .cases] } ?? [])))
        case .checkpointSigned: Changes()
        }
    }
}

/// The event kinds, as they are named in the chain.
public enum EventKind: String, Sendable, Hashable, CaseIterable {
    case schoolCreated = "school.created"
    case personAdded = "person.added"
    case personChanged = "person.changed"
    case guardianLinked = "guardian.linked"
    case userAdded = "user.added"
    case userRemoved = "user.removed"
    case incidentReported = "incident.reported"
    case incidentTriaged = "incident.triaged"
    case incidentDismissed = "incident.dismissed"
    case caseOpened = "case.opened"
    case caseRung = "case.rung"
    case caseClosed = "case.closed"
    case caseReclassified = "case.reclassified"
    case stepTaken = "step.taken"
    case obligationCreated = "obligation.created"
    case obligationDone = "obligation.done"
    case entryAppended = "entry.appended"
    case dossierPurged = "dossier.purged"
    case schoolRecordSet = "school.record-set"
    case closureAdded = "closure.added"
    case closuresRemoved = "closures.removed"
    case factRecorded = "fact.recorded"
    case obligationRescheduled = "obligation.rescheduled"
    case letterSent = "letter.sent"
    case checkpointSigned = "checkpoint.signed"
}

/// A change of an open case's articles and severity: what they become, why, when and by whom
/// (what they were is in the chain before it; the case's dossier entry states both).
public struct Reclassification: Sendable, Hashable {
    public var caseID: CaseID
    public var articles: [String]
    public var severity: Severity
    public var reason: String
    public var at: Timestamp
    public var by: String

    public init(caseID: CaseID, articles: [String], severity: Severity, reason: String, at: Timestamp, by: String) {
        self.caseID = caseID
        self.articles = articles
        self.severity = severity
        self.reason = reason
        self.at = at
        self.by = by
    }
}

/// Whose dossier a case is filed in: a leerlingdossier or a personeelsdossier.
public enum DossierKind: String, Sendable, Hashable, Codable {
    case pupil, staff

    public static func of(_ owner: Person) -> DossierKind { owner.kind.isPersonnel ? .staff : .pupil }
}

/// Who is involved in a report, by id.
public struct InvolvedRef: Sendable, Hashable {
    public var person: PersonID
    public var role: Involvement

    public init(person: PersonID, role: Involvement) {
        self.person = person
        self.role = role
    }
}

/// A dossier entry as the event chain knows it: where it stands in its dossier's own chain, and
/// its hash (which covers its text).
public struct EntryRef: Sendable, Hashable {
    public var id: EntryID
    public var dossierID: PersonID
    public var seq: Int64
    public var caseID: CaseID?
    public var hash: String

    public init(id: EntryID, dossierID: PersonID, seq: Int64, caseID: CaseID?, hash: String) {
        self.id = id
        self.dossierID = dossierID
        self.seq = seq
        self.caseID = caseID
        self.hash = hash
    }

    public init(_ e: DossierEntry) {
        self.init(id: e.id, dossierID: e.dossierID, seq: e.seq, caseID: e.caseID, hash: e.hash)
    }
}

/// What a retention purge removes, exactly: the dossier's entries up to `lastSeq`, the cases
/// filed in it (with their articles, steps and obligations), and the reports that were only
/// about this person. Nothing else leaves the store.
public struct Purge: Sendable, Hashable {
    public var dossierID: PersonID
    public var reason: String
    public var entryCount: Int
    public var lastSeq: Int64
    public var lastHash: String
    public var cases: [CaseID]
    public var incidents: [IncidentID]
    /// The people whose name, birth date, address and numbers go with it (`Person.erased`): no
    /// record that stays names them any more (`StorageReader.erasable`). Since the thirty-sixth
    /// stop; a purge before kept every person's details.
    public var erased: [PersonID]

    public init(
        dossierID: PersonID, reason: String, entryCount: Int, lastSeq: Int64, lastHash: String, cases: [CaseID],
        incidents: [IncidentID], erased: [PersonID] = []
    ) {
        self.dossierID = dossierID
        self.reason = reason
        self.entryCount = entryCount
        self.lastSeq = lastSeq
        self.lastHash = lastHash
        self.cases = cases
        self.incidents = incidents
        self.erased = erased
    }
}

/// An event linked into the chain: its place, who and when, the audit log's length at that
/// moment (so the audit log's tail cannot be cut unnoticed before a later event), and the hashes.
public struct LinkedEvent: Sendable, Hashable {
    public var seq: Int64
    public var at: Timestamp
    public var account: String
    public var realAccount: String?
    public var payload: EventPayload
    /// The payload's canonical bytes (`EventCodec.payloadBytes`), as hashed and as stored.
    public var payloadBytes: [UInt8]
    /// How many audit lines there were when the event was written.
    public var auditSeq: Int64
    public var prevHash: String
    public var hash: String

    public var kind: EventKind { payload.kind }
    public var dossier: PersonID? { payload.dossier }
}

/// A payload with its canonical bytes, its texts checked (`StoredText`). Encoding is most of
/// an event's cost (a SHA-256 per free text, a person's name folded into sort and search keys)
/// and does not depend on the event's place in the chain, so a bulk write (an import of 5,000
/// people) encodes its events before the write transaction opens and the transaction only
/// links and stores them.
public struct EncodedPayload: Sendable, Hashable {
    public let payload: EventPayload
    public let bytes: [UInt8]

    /// Refused (nothing encoded) when a text cannot be stored exactly as it is hashed.
    public init(_ payload: EventPayload) throws {
        try StoredText.check(payload)
        self.init(unchecked: payload)
    }

    /// For history written from rows that are already stored (the move to the event chain).
    init(unchecked payload: EventPayload) {
        self.payload = payload
        self.bytes = EventCodec.payloadBytes(payload)
    }
}

extension EventChain {
    /// A payload linked after `head`: the next seq, the head's hash as prev_hash, and its own
    /// hash. The one place events get their place in the chain.
    public static func link(
        _ payload: EventPayload, after head: ChainHead, at: Timestamp, account: String,
        realAccount: String?, auditSeq: Int64
    ) -> LinkedEvent {
        link(
            EncodedPayload(unchecked: payload), after: head, at: at, account: account, realAccount: realAccount,
            auditSeq: auditSeq)
    }

    /// An encoded payload linked after `head`: only the header is encoded here.
    public static func link(
        _ encoded: EncodedPayload, after head: ChainHead, at: Timestamp, account: String,
        realAccount: String?, auditSeq: Int64
    ) -> LinkedEvent {
        var e = LinkedEvent(
            seq: head.seq + 1, at: at, account: account, realAccount: realAccount, payload: encoded.payload,
            payloadBytes: encoded.bytes, auditSeq: auditSeq, prevHash: head.hash, hash: "")
        e.hash = hash(e)
        return e
    }

    /// SHA-256(prev_hash ‖ canonical header ‖ canonical payload) (`EventCodec.canonical`).
    public static func hash(_ e: LinkedEvent) -> String {
        DossierChain.hash(prev: e.prevHash, canonical: EventCodec.canonicalHeader(e), e.payloadBytes)
    }
}

/// The global chain of events.
public enum EventChain {}
