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
            "person.add": [.personAdded, .guardianLinked],
            "people.import": [.personAdded, .personChanged, .guardianLinked],
            "person.left": [.personChanged],
            "person.address": [.personChanged],
            "user.add": [.userAdded],
            "incident.add": [.incidentReported],
            "incident.dismiss": [.incidentDismissed],
            "case.open": [.caseOpened, .incidentTriaged, .obligationCreated, .caseRung],
            "case.step": [.stepTaken, .obligationCreated, .caseRung, .factRecorded],
            "case.done": [.obligationDone],
            "case.objection": [.obligationCreated, .obligationRescheduled, .factRecorded],
            "case.close": [.caseClosed],
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

    /// The action of a line that stands for an event of `kind` (the first, by name).
    public static func action(for kind: EventKind) -> String {
        events.keys.sorted().first { allows($0, kind) }!
    }

    /// An event or line of a transaction. `asSent`: a test sends what casus never would, for a
    /// server to refuse; it is not held against the table here.
    struct Written {
        var asSent = false
        var events: [(kind: EventKind, dossier: PersonID?)] = []
        var lines: [(action: String, person: PersonID?)] = []
    }

    /// The actions whose lines stand for an event of each kind.
    static let actions: [EventKind: [String]] = {
        var out: [EventKind: [String]] = [:]
        for (action, kinds) in events { for kind in kinds { out[kind, default: []].append(action) } }
        return out.mapValues { $0.sorted() }
    }()

    /// What in a transaction's events and lines does not fit the table, in words for a log (nil
    /// when all fits). Lines of actions the table does not know (the demo's) are left alone.
    /// Linear in the events and lines: the demo writes a school's thousands in one transaction.
    static func mismatch(_ w: Written) -> String? {
        guard !w.asSent else { return nil }
        struct Named: Hashable {
            var action: String
            var person: PersonID?
        }
        let lines = Set(w.lines.map { Named(action: $0.action, person: $0.person) })
        let actionsWritten = Set(w.lines.map(\.action))
        for e in w.events {
            let allowed = actions[e.kind] ?? []
            let stood =
                e.dossier.map { d in allowed.contains { lines.contains(Named(action: $0, person: d)) } }
                ?? allowed.contains { actionsWritten.contains($0) }
            if !stood {
                return
                    "event \(e.kind.rawValue) (dossier \(e.dossier.map(String.init) ?? "-")) has no line that stands for it; lines: \(w.lines.map(\.action))"
            }
        }
        let kinds = Set(w.events.map(\.kind))
        for action in actionsWritten where !withoutEvent.contains(action) {
            guard let stands = events[action] else { continue }
            guard !stands.isDisjoint(with: kinds) else {
                return "line \(action) stands for no event of its transaction: \(w.events.map(\.kind.rawValue))"
            }
        }
        return nil
    }
}
