import CasusCore

/// What the server knows of each event kind's payload: its field names in canonical order, and
/// which fields are free text written as their SHA-256 (the client sends the text beside the
/// payload, and the server checks it against the hash before it stores it). The names come from
/// `EventCodec.fields` itself, over a sample of each kind, so the server can never drift from the
/// codec; the texts are listed here and checked against the codec by the tests.
public enum PGEventShapes {
    /// The hashed free-text fields of each kind.
    public static let texts: [EventKind: [String]] = [
        .personAdded: personTexts, .personChanged: personTexts,
        .incidentReported: ["summary", "reporter_name"],
        .incidentDismissed: ["reason"],
        .caseOpened: ["summary"],
        .caseClosed: ["reason"],
        .caseReclassified: ["reason"],
        .stepTaken: ["detail", "reason", "justification"],
        .obligationCreated: ["note"],
        .dossierPurged: ["reason"],
        .schoolRecordSet: ["board_name", "board_address", "address"],
        .closureAdded: ["reason"],
        .factRecorded: ["value", "note"],
    ]

    /// How many trailing fields a kind may leave off, together: fields added later that an event
    /// without them does not write (a report without a day or evidence is written as before).
    public static let optionalTail: [EventKind: Int] = [
        // A person without salutation or address (issue 16, item 2) has the thirteen fields from before.
        .incidentReported: 2, .personAdded: 4, .personChanged: 4,
        // A checkpoint without the log of reads' head (personal mode's, and one signed before).
        .checkpointSigned: 2,
        // A purge that erases no one's details (and every purge before the thirty-sixth stop).
        .dossierPurged: 1,
    ]

    static let personTexts = [
        "first_name", "infix", "last_name", "function", "external_id", "birth_date", "sort_name", "search_name",
        "street", "postcode", "town",
    ]

    /// The field names of each kind, in order.
    public static var names: [EventKind: [String]] {
        Dictionary(uniqueKeysWithValues: samples.map { ($0.kind, EventCodec.fields($0).map(\.name)) })
    }

    /// One payload of every kind (the values do not matter, only the fields the codec writes).
    public static var samples: [EventPayload] {
        let at = Timestamp(seconds: 0)
        let day = LocalDate(year: 2026, month: 1, day: 1)
        // With an address: the shape lists every field (one without has the first thirteen only).
        let person = Person(
            id: 1, schoolID: 1, kind: .pupil, firstName: "a", lastName: "b", salutation: .heer,
            address: PostalAddress(street: "s", postcode: "1234 AB", town: "t"))
        let c = Case(
            id: 1, schoolID: 1, number: "2026-0001", incidentID: 1, subjectID: 1, dossierID: 1, profileID: "p",
            articles: [], severity: .light, summary: "s", openedAt: at)
        let entry = DossierEntry(
            id: 1, dossierID: 1, seq: 1, kind: .note, title: "t", body: "b", author: "a", authorName: "a", at: at,
            caseID: nil, corrects: nil, heard: [], evidence: [], prevHash: "", hash: "")
        let payloads: [EventPayload] = [
            .schoolCreated(School(id: 1, name: "s", protocolID: "p")),
            .personAdded(person, key: .fresh()), .personChanged(person, key: .fresh()),
            .guardianLinked(parent: 1, pupil: 2),
            .userAdded(User(account: "a", personID: nil, role: .teacher, schoolID: 1)),
            .userRemoved(User(account: "a", personID: nil, role: .teacher, schoolID: 1)),
            // With the day and evidence (issue 16): the full form; `optionalTail` admits it without.
            .incidentReported(
                Incident(
                    id: 1, schoolID: 1, reportedAt: at, summary: "s", happenedOn: day,
                    evidence: [EvidenceNote(name: "e", size: 1, sha256: "0")]),
                involved: [], reportedBy: "a"),
            .incidentTriaged(1),
            .incidentDismissed(1, reason: "r", at: at, by: "a"),
            .caseOpened(c, dossierKind: .pupil, subjectKind: .pupil, openedBy: "a"),
            .caseRung(1, nil),
            // A close on the server always has its outcome (one written before issue 16 has none, and
            // is never sent to a server).
            .caseClosed(1, reason: "r", at: at, by: "a", outcome: .founded),
            .caseReclassified(
                Reclassification(caseID: 1, articles: [], severity: .light, reason: "r", at: at, by: "a")),
            .stepTaken(Step(id: 1, caseID: 1, rung: .warning, at: at, date: day, reason: "r", actor: "a")),
            .obligationCreated(
                Obligation(id: 1, caseID: 1, kind: .informParents, due: day), stepID: nil, createdAt: at),
            .obligationDone(1, 1, entry: nil, at: at, by: "a"),
            .entryAppended(entry, evidence: []),
            .dossierPurged(
                Purge(
                    dossierID: 1, reason: "r", entryCount: 0, lastSeq: 0, lastHash: "", cases: [], incidents: [],
                    erased: [1])),
            .schoolRecordSet(School(id: 1, name: "s", protocolID: "p")),
            .closureAdded(Closure(id: 1, schoolID: 1, first: day, last: day, reason: "r")),
            .closuresRemoved(1, ids: [1]),
            .factRecorded(CaseFact(id: 1, caseID: 1, kind: .consultation, date: day, at: at, actor: "a")),
            .obligationRescheduled(1, 1, due: day, pausedFrom: nil),
            .letterSent(
                LetterSending(
                    entryID: 1, dossierID: 1, caseID: nil, on: day, via: .post, recordedAt: at, recordedBy: "a")),
            // With the log of reads' head (a server's): `optionalTail` admits one without.
            .checkpointSigned(
                Checkpoint(event: .genesis, audit: .genesis, access: .genesis, at: at, publicKey: "k", signature: "s")),
        ]
        precondition(Set(payloads.map(\.kind)) == Set(EventKind.allCases), "casus: an event kind has no sample")
        return payloads
    }

    /// The SQL function that answers, for a kind, its field names and its text fields.
    static var sql: String {
        let cases = EventKind.allCases.map { kind -> String in
            let names = (names[kind] ?? []).map { "'\($0)'" }.joined(separator: ",")
            let texts = (texts[kind] ?? []).map { "'\($0)'" }.joined(separator: ",")
            let optional = optionalTail[kind] ?? 0
            return
                "WHEN '\(kind.rawValue)' THEN ROW(ARRAY[\(names)]::text[], ARRAY[\(texts)]::text[], \(optional))::event_shape_t"
        }
        return """
            CREATE TYPE event_shape_t AS (names text[], texts text[], optional int);
            CREATE FUNCTION event_shape(p_kind text) RETURNS event_shape_t LANGUAGE sql IMMUTABLE AS $$
                SELECT CASE p_kind
                    \(cases.joined(separator: "\n        "))
                END
            $$;
            """
    }
}

extension PGSchema {
    static var eventShapes: String { PGEventShapes.sql }
}
