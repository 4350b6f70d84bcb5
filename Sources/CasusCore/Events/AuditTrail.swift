/// Which changes a line in the audit log stands for, by its action: the events a transaction
/// writing a line of that action may hold. Every event of a transaction needs a line that stands
/// for it (naming its dossier, for an event filed in one), and every line of a change an event it
/// stands for. A server refused an event without a line of the same transaction, but took any
/// line: a director closed a case with psql under the line "calendar.import" (found by a review),
/// and `casus audit --person` never showed the close.
///
/// The server checks this table (PGSchema's `audit_allows`, made from it) when a transaction
/// commits; casus checks its own transactions against it in a debug build, so a change that
/// writes the wrong line is found by the tests on either backend.
public enum AuditTrail {
    /// A fact's line is "case." and the fact's kind (CaseWorkflow.recordFact).
    static let factActions = FactKind.allCases.map { "case.\($0.rawValue)" }

    /// The events a line of each action stands for.
    public static let events: [String: Set<EventKind>] = {
        var table: [String: Set<EventKind>] = [
            "school.init": [.schoolCreated, .personAdded, .userAdded, .schoolRecordSet],
            "school.set": [.schoolRecordSet],
            "calendar.import": [.closureAdded, .closuresRemoved],
            "calendar.add": [.closureAdded],
            "calendar.remove": [.closuresRemoved],
            "person.add": [.personAdded, .guardianLinked],
            "people.import": [.personAdded, .personChanged, .guardianLinked],
            "person.left": [.personChanged],
            "person.address": [.personChanged],
            "user.add": [.userAdded],
            "user.remove": [.userRemoved],
            // A role changes as the account's access ends and begins again, in one save.
            "user.role": [.userRemoved, .userAdded],
            "incident.add": [.incidentReported],
            "incident.dismiss": [.incidentDismissed],
            "case.open": [.caseOpened, .incidentTriaged, .obligationCreated, .caseRung],
            "case.step": [.stepTaken, .obligationCreated, .caseRung, .factRecorded],
            // A consent to dismissal recorded moves the term to revoke it and brings the duty to tell
            // the employee of that right; that notice shortens the term (CaseWorkflow.consentGiven).
            "case.done": [.obligationDone, .obligationRescheduled, .obligationCreated],
            "case.objection": [.obligationCreated, .obligationRescheduled, .factRecorded],
            // A case whose ordemaatregel was taken before the record kept one gets it at its close.
            "case.close": [.caseClosed, .caseRung],
            "case.reclassify": [.caseReclassified, .obligationCreated],
            "entry.append": [.entryAppended],
            // The objection term runs from the sending (Letters.madeKnown).
            "letter.sent": [.letterSent, .obligationRescheduled],
            "dossier.purge": [.dossierPurged],
            "checkpoint.sign": [.checkpointSigned],
        ]
        for action in factActions {
            table[action] = [.factRecorded, .obligationCreated, .obligationDone, .obligationRescheduled]
        }
        // A revocation moves the case's rung back (CaseWorkflow.revoked).
        for kind in [FactKind.removalRevoked, .consentRevoked] { table["case.\(kind.rawValue)"]?.insert(.caseRung) }
        // So does a dismissal's consent or court request that lapsed (CaseWorkflow.settleRung).
        table["case.\(FactKind.dutyLapsed.rawValue)"]?.insert(.caseRung)
        // And a court's annulment of a dismissal (CaseWorkflow.courtCase).
        table["case.\(FactKind.courtCase.rawValue)"]?.insert(.caseRung)
        // An aangifte, a call to the vertrouwensinspecteur, a report to the board: their obligation
        // done with the entry (CaseWorkflow.recordEscalation).
        for kind in [ObligationKind.aangifte, .vertrouwensinspecteur, .boardReport] {
            table["case.\(kind.rawValue)"] = [.obligationCreated, .obligationDone]
        }
        return table
    }()

    /// Lines of a change that holds no event: an export and its review (a read recorded as the
    /// write it is not), an import of people or of a calendar that found nothing new.
    public static let withoutEvent: Set<String> = [
        "dossier.export", "dossier.export.review", "people.import", "calendar.import",
    ]

    public static func allows(_ action: String, _ kind: EventKind) -> Bool {
        events[action]?.contains(kind) == true
    }

    /// The action of a line that stands for an event of `kind` (the first, by name, of those whose
    /// words are not held to a shape: `AuditRecord.writtenShapes`).
    public static func action(for kind: EventKind) -> String {
        let actions = events.keys.sorted().filter { allows($0, kind) }
        return actions.first { AuditRecord.writtenShapes[$0] == nil }
            ?? actions.first { AuditRecord.writtenShapes[$0]?.namesPerson != false } ?? actions[0]
    }

    /// The facts a step records under its own line (an urgency, a dismissal's route, the facts
    /// as established); every other fact is recorded under the line of its own kind.
    public static let stepFacts: Set<String> = [
        FactKind.urgency.rawValue, FactKind.dismissalRoute.rawValue, FactKind.established.rawValue,
        // A voornemen a summary dismissal left undecided (LadderEngine).
        FactKind.proposalLapsed.rawValue,
        // The duties the employment's end by a summary dismissal made moot (LadderEngine).
        FactKind.dutyLapsed.rawValue,
    ]

    /// What a line must name to stand for an event: its case (none for an event of no case), the
    /// people it may name (the event's dossier; a person's own record; a case's dossier is the
    /// server's to look up), and a fact's kind. A line "case.zienswijze" about another pupil stood
    /// for a court case recorded on a closed case, and invented lines rode along beside a real
    /// change (a review of this table's first form).
    public struct Bound: Sendable, Hashable {
        public var kind: EventKind
        public var dossier: PersonID?
        public var caseID: CaseID?
        public var people: Set<PersonID> = []
        public var factKind: String?
        /// The words of the line that names this event where its numbers are held to it (a report's,
        /// an entry's: the server's `line_numbers`); nil for any other.
        public var line: String?

        public init(_ payload: EventPayload) {
            kind = payload.kind
            dossier = payload.dossier
            if let dossier { people.insert(dossier) }
            switch payload {
            case let .caseOpened(c, _, _, _): caseID = c.id
            case let .caseRung(id, _), let .caseClosed(id, _, _, _, _): caseID = id
            case let .caseReclassified(r): caseID = r.caseID
            case let .stepTaken(step): caseID = step.caseID
            case let .obligationCreated(o, _, _): caseID = o.caseID
            case let .obligationDone(id, _, _, _, _), let .obligationRescheduled(id, _, _, _): caseID = id
            case let .factRecorded(f):
                caseID = f.caseID
                factKind = f.kind.rawValue
            case let .entryAppended(e, _): caseID = e.caseID
            case let .letterSent(l): caseID = l.caseID
            case let .personAdded(p, _), let .personChanged(p, _): people.insert(p.id)
            case let .userAdded(u), let .userRemoved(u): if let p = u.personID { people.insert(p) }
            case let .guardianLinked(parent, pupil): people.formUnion([parent, pupil])
            default: break
            }
        }

        /// Whether a line of `action` may stand for an event of this fact's kind (any action for
        /// an event that is no fact).
        func factFits(_ action: String) -> Bool {
            factKind.map { Self.fits(action, factKind: $0) } ?? true
        }

        static func fits(_ action: String, factKind: String) -> Bool {
            action == "case.\(factKind)" || (action == "case.step" && stepFacts.contains(factKind))
        }
    }

    /// The events and lines of a transaction. `asSent`: a test sends what casus never would, for a
    /// server to refuse; it is not held against the table here.
    struct Written {
        var asSent = false
        var events: [Bound] = []
        var lines: [(action: String, person: PersonID?, caseID: CaseID?)] = []
    }

    /// The actions whose lines stand for an event of each kind.
    static let actions: [EventKind: [String]] = {
        var out: [EventKind: [String]] = [:]
        for (action, kinds) in events { for kind in kinds { out[kind, default: []].append(action) } }
        return out.mapValues { $0.sorted() }
    }()

    /// What in a transaction's events and lines does not fit the table, in words for a log (nil
    /// when all fits): an event needs a line of an action that stands for it, naming its case (or
    /// none) and its dossier (for an event filed in one) or one of its people; a line of a change
    /// needs such an event. Lines of actions the table does not know (the demo's) are left alone.
    /// The server checks the same with the dossier of each case looked up; here a case's line
    /// may name any person. Indexed, so the demo's thousands of events in one transaction are
    /// checked in linear time.
    static func mismatch(_ w: Written) -> String? {
        guard !w.asSent else { return nil }
        struct Key: Hashable {
            var action: String
            var caseID: CaseID?
        }
        var named: [Key: Set<PersonID?>] = [:]
        var actionsWritten = Set<String>()
        for l in w.lines {
            named[Key(action: l.action, caseID: l.caseID), default: []].insert(l.person)
            actionsWritten.insert(l.action)
        }
        func lines() -> String {
            "\(w.lines.map { "\($0.action) \($0.person.map(String.init) ?? "-")/\($0.caseID.map(String.init) ?? "-")" })"
        }
        var seen = Set<Bound>()
        for e in w.events where seen.insert(e).inserted {
            let stood = (actions[e.kind] ?? []).contains { action in
                guard e.factFits(action), actionsWritten.contains(action) else { return false }
                // A report is triaged under the line of the case opened from it.
                if e.kind == .incidentTriaged { return true }
                return Set([e.caseID, nil]).contains { c in
                    guard let people = named[Key(action: action, caseID: c)] else { return false }
                    if let d = e.dossier { return people.contains(d) }
                    return people.contains(nil) || e.caseID != nil
                        || people.contains { $0.map(e.people.contains) ?? false }
                }
            }
            if !stood {
                return
                    "event \(e.kind.rawValue) (case \(e.caseID.map(String.init) ?? "-"), dossier \(e.dossier.map(String.init) ?? "-")) has no line that stands for it; lines: \(lines())"
            }
        }
        // Each line of a change: an event of a kind it stands for, of its case, with its person.
        var casesByKind: [EventKind: Set<CaseID?>] = [:]
        var peopleByKind: [EventKind: Set<PersonID>] = [:]
        var factsByCase: [CaseID?: Set<String>] = [:]
        for e in seen {
            casesByKind[e.kind, default: []].insert(e.caseID)
            peopleByKind[e.kind, default: []].formUnion(e.people)
            if let f = e.factKind { factsByCase[e.caseID, default: []].insert(f) }
        }
        for (key, people) in named where !withoutEvent.contains(key.action) {
            guard let kinds = events[key.action] else { continue }
            for person in people {
                let fits = kinds.contains { kind in
                    guard let cases = casesByKind[kind] else { return false }
                    if kind == .factRecorded {
                        let facts = key.caseID.map { factsByCase[$0] ?? [] } ?? Set(factsByCase.values.joined())
                        guard facts.contains(where: { Bound.fits(key.action, factKind: $0) }) else { return false }
                    }
                    if let c = key.caseID, !cases.contains(c), kind != .incidentTriaged { return false }
                    guard let person else { return true }
                    return peopleByKind[kind]?.contains(person) == true || cases.contains { $0 != nil }
                }
                if !fits {
                    return
                        "line \(key.action) (person \(person.map(String.init) ?? "-"), case \(key.caseID.map(String.init) ?? "-")) stands for no event of its transaction; events: \(w.events.map(\.kind.rawValue))"
                }
            }
        }
        return nil
    }
}
