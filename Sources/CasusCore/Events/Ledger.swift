import Crypto

/// The events replayed into the rows the tables must hold (`DerivedTable`), for `casus verify`.
/// Pure: events in, rows out. A row the events do not account for, or an event that refers to
/// something no earlier event made, is a disagreement that names the event.
public struct Ledger: Sendable {
    /// An event as the store keeps it: its header and its payload's canonical fields.
    public struct StoredEvent: Sendable {
        public var seq: Int64
        public var at: String
        public var account: String
        public var realAccount: String?
        public var kind: String
        public var dossier: PersonID?
        public var auditSeq: Int64
        public var payload: [UInt8]
        public var prevHash: String
        public var hash: String

        public init(
            seq: Int64, at: String, account: String, realAccount: String?, kind: String, dossier: PersonID?,
            auditSeq: Int64, payload: [UInt8], prevHash: String, hash: String
        ) {
            self.seq = seq
            self.at = at
            self.account = account
            self.realAccount = realAccount
            self.kind = kind
            self.dossier = dossier
            self.auditSeq = auditSeq
            self.payload = payload
            self.prevHash = prevHash
            self.hash = hash
        }

        /// The hash the stored header and payload give.
        public var expectedHash: String {
            var bytes: [UInt8] = Array((EventCodec.version + "\n").utf8)
            let header = [
                EventCodec.Field("seq", String(seq)), .init("at", at), .init("account", account),
                .init("real_account", realAccount), .init("kind", kind), .init("dossier", dossier.map(String.init)),
                .init("audit_seq", String(auditSeq)),
            ]
            for f in header { EventCodec.append(f, to: &bytes) }
            bytes += payload
            return DossierChain.hash(prev: prevHash, canonical: bytes)
        }
    }

    /// Why replaying stopped making sense at an event.
    public struct Problem: Sendable, Hashable {
        public var seq: Int64
        public var message: Phrase
    }

    var rows: [DerivedTable: [String: DerivedRow]] = [:]
    /// The event that last set each row, for the messages.
    var setBy: [DerivedTable: [String: Int64]] = [:]
    public private(set) var problems: [Problem] = []
    public private(set) var events = 0
    /// The checkpoints signed into the chain, with the event that holds each and who saved it.
    public private(set) var checkpoints: [(seq: Int64, checkpoint: Checkpoint, account: String)] = []
    var tombstones: [[String: String?]] = []
    /// The reports naming each person (any role), by person id: what a purge may erase is told by
    /// them, also where `incident_person` is kept as a digest.
    var reportsNaming: [String: Set<String>] = [:]
    /// The people each report names, by report id (what a purge of it takes out of `reportsNaming`).
    var namedIn: [String: [String]] = [:]
    /// Each report's subjects, by report id: a report goes with a purge of one of them alone.
    var subjectsOf: [String: [String]] = [:]
    /// Per case, whether a court case runs (its last court fact "started"), and how many disputes
    /// put to the Geschillencommissie await their opinion: what keeps a dossier from a purge, told
    /// by them, where `case_fact` is kept as a digest.
    var courtRunning: [String: Bool] = [:]
    /// A fact's value as its event holds it (`EventCodec.text`): a court case begun.
    static let started = EventCodec.text(CourtOutcome.started.rawValue)
    var disputesOpen: [String: Int] = [:]
    /// The latest purge: its event and its time, the time its retention was judged at.
    public private(set) var lastPurge: (seq: Int64, at: String)?
    /// Whether an event dated before a purge was said (once: the first is named).
    private var purgeTimeSaid = false
    /// How far two events' clocks may differ before their order says a clock was set: NTP's
    /// corrections and two computers' clocks stay within it (the server's own check is this).
    static let clockSlack: Int64 = 300

    /// How the ledger keeps the entry table, by far the largest (a million rows on the district),
    /// and the other tables whose rows never change once written (`digested`).
    public enum EntryKeeping: Sendable {
        /// Every row, to compare row by row and name the first difference.
        case rows
        /// Per dossier, an order-free digest of its rows and their ids: a few bytes a dossier and
        /// eight an entry instead of every row (`entryDigest`; verify compares it with the
        /// table's, and replays with `.rows` only to name a difference). Likewise the rows of
        /// the `digested` tables, per case or report: a report's people, a case's steps.
        case digest
    }
    public let entryKeeping: EntryKeeping
    var entryDigests: [String: RowDigest] = [:]
    var entryIDs: [String: [Int64]] = [:]

    /// Tables whose rows are only ever added, and removed a whole case's or report's at a time
    /// (a reclassification, a purge): with `.digest` they are kept as a digest per that case or
    /// report (the column named here) instead of row by row. On the district that is 450,000
    /// rows (a report's people, the steps, the articles) not held while `verify` replays.
    public static let digested: [DerivedTable: String] = [
        .incidentPerson: "incident_id", .incidentEvidence: "incident_id", .step: "case_id",
        .caseArticle: "case_id", .caseFact: "case_id",
    ]
    var groupDigests: [DerivedTable: [String: RowDigest]] = [:]

    /// What the digests are keyed with (RowDigest): fresh for every ledger, so for every `verify`.
    public let digestKey = DigestKey()

    public init(entries: EntryKeeping = .rows) { entryKeeping = entries }

    /// The digest of every entry row the events leave (with `.digest`).
    public var entryDigest: RowDigest { entryDigests.values.reduce(RowDigest(), +) }

    /// Whether `table`'s rows are kept as digests (`digest(of:)`), not as rows (`expected`).
    public func keepsDigest(of table: DerivedTable) -> Bool {
        entryKeeping == .digest && (table == .entry || Self.digested[table] != nil)
    }

    /// The digest of every row of `table` the events leave, where `keepsDigest(of:)`.
    public func digest(of table: DerivedTable) -> RowDigest {
        table == .entry ? entryDigest : (groupDigests[table] ?? [:]).values.reduce(RowDigest(), +)
    }

    static func key(_ parts: String?...) -> String {
        parts.count == 1 ? parts[0] ?? "" : parts.map { $0 ?? "" }.joined(separator: "|")
    }

    /// Each table's columns, and the sequence its ids are drawn from, worked out once: `put` runs
    /// for every row of every event (millions on a board).
    static let columnsOf: [DerivedTable: [String]] = Dictionary(
        uniqueKeysWithValues: DerivedTable.allCases.map { ($0, $0.columns) })
    static let idSequence: [DerivedTable: String] = Dictionary(
        uniqueKeysWithValues: DerivedTable.allCases.compactMap { t in
            RecordKind(rawValue: t.rawValue).map { (t, SequenceName.id($0)) }
        })

    /// Column positions per table.
    static let positions: [DerivedTable: [String: Int]] = Dictionary(
        uniqueKeysWithValues: DerivedTable.allCases.map { t in
            (t, Dictionary(uniqueKeysWithValues: t.columns.enumerated().map { ($1, $0) }))
        })

    /// A row as values by column name, kept as an array in column order.
    struct Named {
        var table: DerivedTable
        var values: DerivedRow
        subscript(_ column: String) -> String? {
            get { values[Ledger.positions[table]![column]!] }
            set { values[Ledger.positions[table]![column]!] = newValue }
        }
    }

    mutating func put(_ table: DerivedTable, _ key: String, _ row: [String: String?], _ seq: Int64) {
        let values = Self.columnsOf[table]!.map { row[$0] ?? nil }
        if entryKeeping == .digest, let group = Self.digested[table] {
            groupDigests[table, default: [:]][(row[group] ?? nil) ?? "", default: RowDigest()] += RowDigest(
                values, key: digestKey)
        } else {
            rows[table, default: [:]][key] = values
            setBy[table, default: [:]][key] = seq
        }
        if let sequence = Self.idSequence[table], let id = Int64((row["id"] ?? nil) ?? "") {
            drawn(sequence, id)
        }
        if table == .caseFact, let id = row["case_id"] ?? nil {
            switch row["kind"] ?? nil {
            case FactKind.courtCase.rawValue?: courtRunning[id] = (row["value"] ?? nil) == Self.started
            case FactKind.disputeRequested.rawValue?: disputesOpen[id, default: 0] += 1
            case FactKind.disputeOpinion.rawValue?: disputesOpen[id, default: 0] -= 1
            default: break
            }
        }
        if table == .case, let number = row["number"] ?? nil, let year = Int(number.prefix(4)),
            let n = Int64(number.dropFirst(5))
        {
            drawn(SequenceName.caseNumber(year: year), n)
        }
    }

    /// The highest number each sequence has handed out, as the events show it: the store's
    /// sequences must never be below (or a purged id or case number would come back).
    public private(set) var highestDrawn: [String: Int64] = [:]

    mutating func drawn(_ sequence: String, _ value: Int64) {
        if value > highestDrawn[sequence] ?? 0 { highestDrawn[sequence] = value }
    }

    mutating func update(
        _ table: DerivedTable, _ key: String, _ seq: Int64, _ what: String, _ change: (inout Named) -> Void
    ) {
        guard let values = rows[table]?[key] else {
            problems.append(
                Problem(
                    seq: seq,
                    message: Phrase(
                        "gebeurtenis \(seq) verwijst naar \(what), die geen eerdere gebeurtenis maakte",
                        "event \(seq) refers to \(what), which no earlier event made")))
            return
        }
        var row = Named(table: table, values: values)
        change(&row)
        rows[table]![key] = row.values
        setBy[table, default: [:]][key] = seq
    }

    /// A person's row from a `person.added` or `person.changed` payload.
    static func personRow(_ v: (String) -> String?) -> [String: String?] {
        [
            "id": v("id"), "school_id": v("school"), "kind": v("kind"), "first_name": v("first_name"),
            "infix": v("infix"), "last_name": v("last_name"), "grp": v("group"),
            "function": v("function"), "external_id": v("external_id"),
            "birth_date": v("birth_date"), "left_on": v("left_on"), "sort_name": v("sort_name"),
            "search_name": v("search_name"),
            // Absent in a person written before issue 16: onbekend, no address.
            "salutation": v("salutation") ?? Salutation.onbekend.rawValue,
            "street": v("street") ?? EventCodec.text(""), "postcode": v("postcode") ?? EventCodec.text(""),
            "town": v("town") ?? EventCodec.text(""),
        ]
    }

    /// The columns a purge empties in an erased person's row (`Person.erased`), as the chain
    /// writes them; the id, school, kind and leaving day stay.
    static let erasedPersonColumns: [String: String?] = {
        let fields = EventCodec.person(
            Person(schoolID: 0, kind: .pupil, firstName: "", lastName: "").erased, key: .none)
        let row = personRow { name in fields.first { $0.name == name }?.value ?? nil }
        return row.filter { !["id", "school_id", "kind", "left_on"].contains($0.key) }
    }()

    /// A user's row from a `user.added` or `user.removed` payload.
    private func userRow(_ v: (String) -> String?) -> [String: String?] {
        ["account": v("account"), "person_id": v("person"), "role": v("role"), "school_id": v("school")]
    }

    /// Applies one event. Its payload must be in the canonical form of its kind.
    public mutating func apply(_ e: StoredEvent) {
        events += 1
        // A purge is judged at its own time: an event after it dated before it says the clock was set
        // ahead for the purge and back after it, and a dossier may have gone before its retention
        // ended (a review purged one two years early with faketime; `verify` said "alles klopt").
        // Other events are not held to their order: a demo's history is written back-dated.
        if let purge = lastPurge, !purgeTimeSaid, e.at < purge.at, let a = Timestamp(iso: e.at),
            let b = Timestamp(iso: purge.at), b.seconds - a.seconds > Self.clockSlack
        {
            purgeTimeSaid = true
            problems.append(
                Problem(
                    seq: e.seq,
                    message: Phrase(
                        "gebeurtenis \(e.seq) (\(a.dutch())) is gedateerd vóór de opschoning in gebeurtenis \(purge.seq) (\(b.dutch())): de klok stond bij die opschoning vooruit of is daarna teruggezet, en het dossier kan zijn opgeschoond vóór zijn bewaartermijn voorbij was",
                        "event \(e.seq) (\(a.dutch())) is dated before the purge in event \(purge.seq) (\(b.dutch())): the clock was ahead at that purge or set back after it, and the dossier may have been purged before its retention ended"
                    )))
        }
        if e.kind == EventKind.dossierPurged.rawValue { lastPurge = (e.seq, e.at) }
        guard let list = EventCodec.parse(e.payload), let kind = EventKind(rawValue: e.kind) else {
            problems.append(
                Problem(
                    seq: e.seq,
                    message: Phrase(
                        "gebeurtenis \(e.seq) is onleesbaar (soort \(e.kind))",
                        "event \(e.seq) cannot be read (kind \(e.kind))")))
            return
        }
        var f: [String: String?] = [:]
        f.reserveCapacity(list.count)
        for field in list { f[field.name] = field.value }
        func v(_ name: String) -> String? { f[name] ?? nil }
        let seq = e.seq
        switch kind {
        case .schoolCreated:
            put(
                .school, Self.key(v("id")),
                [
                    "id": v("id"), "name": v("name"), "town": v("town"), "protocol_id": v("protocol"),
                    "demo": v("demo"),
                    // Until its record is set, a school is po/bijzonder, assumed (v9's defaults).
                    "sector": "po", "denomination": "bijzonder", "legal_set": "0", "board_name": EventCodec.text(""),
                    "board_address": EventCodec.text(""), "address": EventCodec.text(""), "region": nil,
                ], seq)
        case .schoolRecordSet:
            update(.school, Self.key(v("id")), seq, "school \(v("id") ?? "?")") {
                for column in [
                    "town", "sector", "denomination", "legal_set", "board_name", "board_address", "address", "region",
                ] {
                    $0[column] = v(column)
                }
            }
        case .closureAdded:
            put(
                .schoolClosure, Self.key(v("id")),
                [
                    "id": v("id"), "school_id": v("school"), "first": v("first"), "last": v("last"),
                    "reason": v("reason"), "kind": v("kind"), "source": v("source"),
                ], seq)
        case .closuresRemoved:
            for id in (v("ids") ?? "").split(separator: ",").map(String.init) {
                let key = Self.key(id)
                guard rows[.schoolClosure]?[key] != nil else {
                    problems.append(
                        Problem(
                            seq: seq,
                            message: Phrase(
                                "gebeurtenis \(seq) verwijst naar sluiting \(id), die geen eerdere gebeurtenis maakte",
                                "event \(seq) refers to closure \(id), which no earlier event made")))
                    continue
                }
                rows[.schoolClosure]?[key] = nil
                setBy[.schoolClosure]?[key] = nil
            }
        case .factRecorded:
            guard rows[.case]?[Self.key(v("case"))] != nil else {
                problems.append(
                    Problem(
                        seq: seq,
                        message: Phrase(
                            "gebeurtenis \(seq) verwijst naar zaak \(v("case") ?? "?"), die geen eerdere gebeurtenis maakte",
                            "event \(seq) refers to case \(v("case") ?? "?"), which no earlier event made")))
                return
            }
            put(
                .caseFact, Self.key(v("id")),
                [
                    "id": v("id"), "case_id": v("case"), "kind": v("kind"), "on_date": v("on_date"),
                    "value": v("value"), "note": v("note"), "at": v("at"), "actor": v("actor"), "entry_id": v("entry"),
                ], seq)
        case .obligationRescheduled:
            update(.obligation, Self.key(v("id")), seq, "verplichting \(v("id") ?? "?")") {
                // Only an open obligation moves (as the store does it).
                guard $0["done_at"] == nil else { return }
                $0["due"] = v("due")
                $0["paused_from"] = v("paused_from")
            }
        case .personAdded, .personChanged:
            let row = Self.personRow(v)
            if kind == .personChanged {
                update(.person, Self.key(v("id")), seq, "persoon \(v("id") ?? "?")") {
                    $0.values = DerivedTable.person.columns.map { row[$0] ?? nil }
                }
            } else {
                put(.person, Self.key(v("id")), row, seq)
            }
        case .guardianLinked:
            put(
                .guardianship, Self.key(v("parent"), v("pupil")), ["parent_id": v("parent"), "pupil_id": v("pupil")],
                seq)
        case .userAdded:
            put(.user, Self.key(v("account")), userRow(v), seq)
        case .userRemoved:
            // The user as the event says it was, or the event removes someone else's access.
            let key = Self.key(v("account"))
            let was = Self.columnsOf[.user]!.map { userRow(v)[$0] ?? nil }
            guard rows[.user]?[key] == was else {
                problems.append(
                    Problem(
                        seq: seq,
                        message: Phrase(
                            "gebeurtenis \(seq) beëindigt account \(v("account") ?? "?") zoals het niet was",
                            "event \(seq) ends account \(v("account") ?? "?") as it was not")))
                return
            }
            rows[.user]?[key] = nil
            setBy[.user]?[key] = nil
        case .incidentReported:
            put(
                .incident, Self.key(v("id")),
                [
                    "id": v("id"), "school_id": v("school"), "reported_at": v("reported_at"),
                    "summary": v("summary"), "platform": v("platform"), "status": "new",
                    "reporter_name": v("reporter_name"), "reported_by": v("reported_by"),
                    "dismissed_reason": nil, "dismissed_at": nil, "dismissed_by": nil,
                    // Since issue 16 (item 10); a report written before has no day.
                    "happened_on": v("happened_on"),
                ], seq)
            for (i, sha) in (v("evidence") ?? "").split(separator: ",").enumerated() {
                put(
                    .incidentEvidence, Self.key(v("id"), String(i)),
                    ["incident_id": v("id"), "position": String(i), "sha256": String(sha)], seq)
            }
            for pair in (v("involved") ?? "").split(separator: ",") {
                let parts = pair.split(separator: "=").map(String.init)
                guard parts.count == 2 else { continue }
                put(
                    .incidentPerson, Self.key(v("id"), parts[0], parts[1]),
                    ["incident_id": v("id"), "person_id": parts[0], "role": parts[1]], seq)
                reportsNaming[parts[0], default: []].insert(v("id") ?? "")
                namedIn[v("id") ?? "", default: []].append(parts[0])
                if parts[1] == Involvement.subject.rawValue { subjectsOf[v("id") ?? "", default: []].append(parts[0]) }
            }
        case .incidentTriaged:
            update(.incident, Self.key(v("id")), seq, "melding \(v("id") ?? "?")") { $0["status"] = "triaged" }
        case .incidentDismissed:
            update(.incident, Self.key(v("id")), seq, "melding \(v("id") ?? "?")") {
                $0["status"] = "dismissed"
                $0["dismissed_reason"] = v("reason")
                $0["dismissed_at"] = v("at")
                $0["dismissed_by"] = v("by")
            }
        case .caseOpened:
            put(
                .case, Self.key(v("id")),
                [
                    "id": v("id"), "school_id": v("school"), "number": v("number"),
                    "incident_id": v("incident"), "subject_id": v("subject"), "dossier_id": v("dossier"),
                    "dossier_kind": v("dossier_kind"), "subject_kind": v("subject_kind"),
                    "profile_id": v("profile"), "severity": v("severity"), "criminal": v("criminal"),
                    "crossing": v("crossing"), "meldplicht": v("meldplicht"), "status": "open",
                    "summary": v("summary"), "opened_at": v("opened_at"), "opened_by": v("opened_by"),
                    "closed_at": nil, "closed_by": nil, "close_reason": nil, "rung": nil, "next_due": nil,
                    // A case opened before v9 holds neither flag.
                    "data_breach": v("data_breach") ?? "0", "meldcode": v("meldcode") ?? "0", "outcome": nil,
                ],
                seq)
            for (i, article) in (v("articles") ?? "").split(separator: ",").enumerated() {
                put(
                    .caseArticle, Self.key(v("id"), String(i)),
                    ["case_id": v("id"), "position": String(i), "article_id": String(article)],
                    seq)
            }
        case .caseRung:
            update(.case, Self.key(v("id")), seq, "zaak \(v("id") ?? "?")") { $0["rung"] = v("rung") }
        case .caseClosed:
            update(.case, Self.key(v("id")), seq, "zaak \(v("id") ?? "?")") {
                $0["status"] = "closed"
                $0["closed_at"] = v("at")
                $0["closed_by"] = v("by")
                $0["close_reason"] = v("reason")
                // A close written before issue 16 has no outcome: it counted as founded, and still does.
                $0["outcome"] = v("outcome") ?? CaseOutcome.founded.rawValue
            }
            if v("outcome") == CaseOutcome.mistake.rawValue { returnToTriage(case: v("id"), seq) }
        case .caseReclassified:
            let id = v("id")
            update(.case, Self.key(id), seq, "zaak \(id ?? "?")") { $0["severity"] = v("severity") }
            guard rows[.case]?[Self.key(id)] != nil else { return }
            if keepsDigest(of: .caseArticle) {
                groupDigests[.caseArticle]?[id ?? ""] = nil
            } else {
                let c = Ledger.positions[.caseArticle]!["case_id"]!
                for (key, row) in rows[.caseArticle] ?? [:] where row[c] == id {
                    rows[.caseArticle]?[key] = nil
                    setBy[.caseArticle]?[key] = nil
                }
            }
            for (i, article) in (v("articles") ?? "").split(separator: ",").enumerated() {
                put(
                    .caseArticle, Self.key(id, String(i)),
                    ["case_id": id, "position": String(i), "article_id": String(article)], seq)
            }
        case .stepTaken:
            put(
                .step, Self.key(v("id")),
                [
                    "id": v("id"), "case_id": v("case"), "rung": v("rung"), "detail": v("detail"),
                    "at": v("at"), "on_date": v("on_date"), "days": v("days"), "start_date": v("start_date"),
                    "end_date": v("end_date"), "reason": v("reason"), "justification": v("justification"),
                    "actor": v("actor"), "phase": v("phase") ?? "decision",
                ], seq)
        case .obligationCreated:
            put(
                .obligation, Self.key(v("id")),
                [
                    "id": v("id"), "case_id": v("case"), "step_id": v("step"), "kind": v("kind"),
                    "due": v("due"), "note": v("note"), "for_others": v("for_others"),
                    "created_at": v("created_at"), "done_at": v("done_at"), "done_by": v("done_by"),
                    "entry_id": v("entry"), "paused_from": v("paused_from"),
                ], seq)
        case .obligationDone:
            update(.obligation, Self.key(v("id")), seq, "verplichting \(v("id") ?? "?")") {
                $0["done_at"] = v("at")
                $0["done_by"] = v("by")
                $0["entry_id"] = v("entry")
            }
        case .entryAppended:
            let row: [String: String?] = [
                "id": v("id"), "dossier_id": v("dossier"), "seq": v("seq"), "case_id": v("case"), "hash": v("hash"),
            ]
            if entryKeeping == .rows {
                put(.entry, Self.key(v("id")), row, seq)
            } else {
                let dossier = v("dossier") ?? ""
                entryDigests[dossier, default: RowDigest()] += RowDigest(
                    Self.columnsOf[.entry]!.map { row[$0] ?? nil }, key: digestKey)
                if let id = Int64(v("id") ?? "") {
                    entryIDs[dossier, default: []].append(id)
                    drawn(SequenceName.id(.entry), id)
                }
            }
            for (i, sha) in (v("evidence") ?? "").split(separator: ",").enumerated() {
                put(
                    .entryEvidence, Self.key(v("id"), String(i)),
                    ["entry_id": v("id"), "position": String(i), "sha256": String(sha)], seq)
            }
        case .dossierPurged:
            purge(f, e)
        case .letterSent:
            put(
                .letterSent, Self.key(v("entry")),
                [
                    "entry_id": v("entry"), "dossier_id": v("dossier"), "case_id": v("case"), "sent_on": v("on"),
                    "via": v("via"), "recorded_at": v("at"), "recorded_by": v("by"),
                ], seq)
        case .checkpointSigned:
            guard let es = Int64(v("event_seq") ?? ""), let au = Int64(v("audit_seq") ?? ""),
                let at = Timestamp(iso: v("at") ?? "")
            else { return }
            checkpoints.append(
                (
                    e.seq,
                    Checkpoint(
                        event: ChainHead(seq: es, hash: v("event_hash") ?? ""),
                        audit: ChainHead(seq: au, hash: v("audit_hash") ?? ""),
                        access: Int64(v("access_seq") ?? "").map { ChainHead(seq: $0, hash: v("access_hash") ?? "") },
                        at: at, publicKey: v("key") ?? "", signature: v("signature") ?? ""),
                    e.account
                ))
        }
    }

    /// A case closed as a mistake: its report goes back to the reports to triage when none of its
    /// cases still stands (open, or closed as founded or unfounded), as the stores do it.
    mutating func returnToTriage(case id: String?, _ seq: Int64) {
        let c = Ledger.positions[.case]!, i = Ledger.positions[.incident]!
        guard let row = rows[.case]?[Self.key(id)], let incident = row[c["incident_id"]!] else { return }
        let standing = (rows[.case] ?? [:]).values.contains { other in
            other[c["incident_id"]!] == incident
                && (other[c["status"]!] == "open" || other[c["outcome"]!] != CaseOutcome.mistake.rawValue)
        }
        guard !standing, rows[.incident]?[Self.key(incident)]?[i["status"]!] == "triaged" else { return }
        update(.incident, Self.key(incident), seq, "melding \(incident)") { $0["status"] = "new" }
    }

    /// A purge is of a dossier whose person had left by then, and takes every case filed in it,
    /// each closed: a purge written into the file by hand took a pupil still at school with an
    /// open case, and `verify` replayed it as any (a review). It takes nothing else: no case of
    /// another dossier, no report a case that stays is of or that neither its cases nor its
    /// person are in, and it erases no one a record that stays still names (a purge rewritten by
    /// hand took another pupil's open case, two reports and her name, a review). (How long the
    /// dossier was kept after leaving is the school's setting, not the chain's: not checked here.)
    mutating func purgeAllowed(
        dossier: String?, cases: Set<String>, incidents: Set<String>, erased: [String], _ e: StoredEvent
    ) {
        func problem(_ nl: String, _ en: String) {
            problems.append(
                Problem(seq: e.seq, message: Phrase("gebeurtenis \(e.seq): " + nl, "event \(e.seq): " + en)))
        }
        let p = Self.positions[.person]!, c = Self.positions[.case]!
        let person = rows[.person]?[Self.key(dossier)]
        let left = (person?[p["left_on"]!] ?? nil) ?? ""
        if left.isEmpty || left > String(e.at.prefix(10)) {
            problem(
                "een opschoning van dossier \(dossier ?? "?") terwijl die persoon de school nog niet had verlaten",
                "a purge of dossier \(dossier ?? "?") while that person had not left the school")
        }
        for row in (rows[.case] ?? [:]).values where row[c["dossier_id"]!] == dossier {
            let id = row[c["id"]!] ?? "?"
            let number = (row[c["number"]!] ?? nil) ?? id
            if !cases.contains(id) {
                problem(
                    "een opschoning van dossier \(dossier ?? "?") laat zaak \(number) achter",
                    "a purge of dossier \(dossier ?? "?") leaves case \(number) behind")
            } else if row[c["status"]!] != CaseStatus.closed.rawValue {
                problem(
                    "een opschoning neemt zaak \(number) mee terwijl die nog open was",
                    "a purge takes case \(number) while it was still open")
            }
        }
        // What `purge` itself keeps (the server's rule for a purge, `Integrity`'s holds): a court case,
        // a dispute put to the Geschillencommissie or an objection still running in one of the
        // dossier's cases. A purge forged during a running court case verified (a review).
        let o = Self.positions[.obligation]!
        let own = Set(
            (rows[.case] ?? [:]).values.filter { $0[c["dossier_id"]!] == dossier }.compactMap { $0[c["id"]!] ?? nil })
        for id in own.sorted() {
            let court = courtRunning[id] ?? false
            let dispute = (disputesOpen[id] ?? 0) > 0
            let objection = (rows[.obligation] ?? [:]).values.contains {
                $0[o["case_id"]!] == id && $0[o["kind"]!] == ObligationKind.objectionDecision.rawValue
                    && (($0[o["done_at"]!] ?? nil) ?? "").isEmpty
            }
            if court || dispute || objection {
                let number = (rows[.case]?[id]?[c["number"]!] ?? nil) ?? id
                problem(
                    "een opschoning van dossier \(dossier ?? "?") terwijl in zaak \(number) een rechtszaak, geschil of bezwaar liep",
                    "a purge of dossier \(dossier ?? "?") while a court case, dispute or objection was running in case \(number)"
                )
            }
        }
        // By whom `purge` allows it: a director of the dossier's school, or the board. A purge whose
        // account was a teacher's, or no account at all, verified (a review).
        let who = rows[.user]?[e.account]
        let role = (who?[Self.positions[.user]!["role"]!] ?? nil) ?? ""
        let school = (who?[Self.positions[.user]!["school_id"]!] ?? nil) ?? ""
        let dossierSchool = (person?[p["school_id"]!] ?? nil) ?? ""
        if !(role == Role.board.rawValue
            || (role == Role.director.rawValue && (school.isEmpty || school == dossierSchool)))
        {
            problem(
                "een opschoning van dossier \(dossier ?? "?") door \(e.account), die dat niet mocht (geen directeur van die school of bestuur)",
                "a purge of dossier \(dossier ?? "?") by \(e.account), who could not make it (not a director of that school nor the board)"
            )
        }
        let allCases = rows[.case] ?? [:]
        for id in cases.sorted() where (allCases[id]?[c["dossier_id"]!] ?? nil) != dossier {
            let number = (allCases[id]?[c["number"]!] ?? nil) ?? id
            problem(
                "een opschoning van dossier \(dossier ?? "?") neemt zaak \(number) mee, die daar niet in staat",
                "a purge of dossier \(dossier ?? "?") takes case \(number), which is not filed in it")
        }
        let ofCases = Set(cases.compactMap { allCases[$0]?[c["incident_id"]!] ?? nil })
        let remaining = allCases.values.filter { !cases.contains(($0[c["id"]!] ?? nil) ?? "") }
        let purgedBefore = Set(tombstones.compactMap { $0["dossier_id"] ?? nil })
        let i = Self.positions[.incident]!
        for id in incidents.sorted() {
            let keptBy = remaining.first { $0[c["incident_id"]!] == id }
            // Without a case of its own in the purge: a report judged (not new) about this person,
            // which no other subject keeps (`ReportAboutPerson.leavesWithDossier`). One about
            // another pupil that named the purged teacher as its reporter, or one a current pupil
            // was a second subject of, went with a forged purge (a review).
            let subjects = subjectsOf[id] ?? []
            let alone =
                subjects.contains(dossier ?? "")
                && (rows[.incident]?[id]?[i["status"]!] ?? nil) != IncidentStatus.new.rawValue
                && subjects.allSatisfy { s in
                    s == dossier || purgedBefore.contains(s)
                        || (rows[.person]?[s]?[p["kind"]!] ?? nil) == PersonKind.parent.rawValue
                }
            if let keptBy {
                problem(
                    "een opschoning neemt melding \(id) mee, waar zaak \((keptBy[c["number"]!] ?? nil) ?? "?") nog over gaat",
                    "a purge takes report \(id), which case \((keptBy[c["number"]!] ?? nil) ?? "?") still stands on")
            } else if !ofCases.contains(id) && !alone {
                problem(
                    "een opschoning van dossier \(dossier ?? "?") neemt melding \(id) mee, die niet alleen over die persoon gaat",
                    "a purge of dossier \(dossier ?? "?") takes report \(id), which is not about that person alone")
            }
        }
        let u = Self.positions[.user]!, g = Self.positions[.guardianship]!
        let day = String(e.at.prefix(10))
        for id in erased where id != dossier {
            let stillNamed =
                !(reportsNaming[id] ?? []).subtracting(incidents).isEmpty
                || remaining.contains { $0[c["subject_id"]!] == id || $0[c["dossier_id"]!] == id }
                || (rows[.user] ?? [:]).values.contains { $0[u["person_id"]!] == id }
            let kind = (rows[.person]?[id]?[p["kind"]!] ?? nil) ?? ""
            let gone: Bool
            if kind == PersonKind.parent.rawValue {
                // A parent whose children's dossiers all went (with this one, or before).
                gone = (rows[.guardianship] ?? [:]).values.filter { $0[g["parent_id"]!] == id }.allSatisfy {
                    let child = ($0[g["pupil_id"]!] ?? nil) ?? ""
                    return child == dossier || purgedBefore.contains(child)
                }
            } else {
                // One who left by the purge's day (not a leaving announced for later, a review), or
                // whose own dossier went before.
                let left = (rows[.person]?[id]?[p["left_on"]!] ?? nil) ?? ""
                gone = (!left.isEmpty && left <= day) || purgedBefore.contains(id)
            }
            if stillNamed || !gone {
                problem(
                    "een opschoning van dossier \(dossier ?? "?") wist de gegevens van persoon \(id), die nog genoemd wordt of de school niet verliet",
                    "a purge of dossier \(dossier ?? "?") erases the details of person \(id), who is still named or had not left the school"
                )
            }
        }
    }

    mutating func purge(_ f: [String: String?], _ e: StoredEvent) {
        func v(_ name: String) -> String? { f[name] ?? nil }
        let dossier = v("dossier")
        let last = Int64(v("last_seq") ?? "") ?? 0
        let entries: Set<String>
        if entryKeeping == .rows {
            let purged = (rows[.entry] ?? [:]).values.filter { row in
                row[1] == dossier && (Int64(row[2] ?? "") ?? 0) <= last
            }
            entries = Set(purged.map { $0[0] ?? "" })
            rows[.entry] = rows[.entry]?.filter { _, row in !entries.contains(row[0] ?? "") }
        } else {
            // A purge is the chain's head of its dossier: it takes every entry the dossier has.
            entries = Set((entryIDs[dossier ?? ""] ?? []).map(String.init))
            entryDigests[dossier ?? ""] = nil
            entryIDs[dossier ?? ""] = nil
        }
        let cases = Set((v("cases") ?? "").split(separator: ",").map(String.init))
        let incidents = Set((v("incidents") ?? "").split(separator: ",").map(String.init))
        let erased = (v("erased") ?? "").split(separator: ",").map(String.init)
        purgeAllowed(dossier: dossier, cases: cases, incidents: incidents, erased: erased, e)
        for id in incidents {
            for person in namedIn.removeValue(forKey: id) ?? [] { reportsNaming[person]?.remove(id) }
        }
        func keep(_ table: DerivedTable, _ column: String, _ gone: Set<String>) {
            if keepsDigest(of: table) {
                // Kept per case or report: the groups of the purged ones go.
                for key in gone { groupDigests[table]?[key] = nil }
                return
            }
            let i = Ledger.positions[table]![column]!
            rows[table] = rows[table]?.filter { _, row in !gone.contains(row[i] ?? "") }
        }
        keep(.entryEvidence, "entry_id", entries)
        keep(.letterSent, "entry_id", entries)
        keep(.case, "id", cases)
        keep(.caseArticle, "case_id", cases)
        keep(.step, "case_id", cases)
        keep(.obligation, "case_id", cases)
        keep(.caseFact, "case_id", cases)
        keep(.incident, "id", incidents)
        keep(.incidentPerson, "incident_id", incidents)
        keep(.incidentEvidence, "incident_id", incidents)
        for id in erased {
            update(.person, Self.key(id), e.seq, "persoon \(id)") { row in
                for (column, value) in Self.erasedPersonColumns { row[column] = value }
            }
        }
        tombstones.append([
            "dossier_id": dossier, "purged_at": e.at, "purged_by": e.account, "entry_count": v("entry_count"),
            "last_seq": v("last_seq"), "last_hash": v("last_hash"), "reason": v("reason"),
        ])
    }

    /// The rows a table must hold, sorted as the backends hand them over. The case list's derived
    /// columns (next due date, the subject's kind) are worked out from the rows they depend on.
    public func expected(_ table: DerivedTable) -> [(row: DerivedRow, event: Int64)] {
        if table == .tombstone { return tombstones.map { r in (table.columns.map { r[$0] ?? nil }, 0) } }
        var list: [(DerivedRow, Int64)] = []
        list.reserveCapacity(rows[table]?.count ?? 0)
        let dueByCase = table == .case ? nextDue() : [:]
        let person = Ledger.positions[.person]!, cases = Ledger.positions[.case]!
        for (key, row) in rows[table] ?? [:] {
            var r = row
            if table == .case {
                r[cases["next_due"]!] = dueByCase[row[0] ?? ""]
                if let subject = row[cases["subject_id"]!], let kind = rows[.person]?[subject]?[person["kind"]!] ?? nil
                {
                    r[cases["subject_kind"]!] = PersonKind(rawValue: kind)?.ladderKind.rawValue
                }
            }
            list.append((r, setBy[table]?[key] ?? 0))
        }
        return list.sorted { table.precedes($0.0, $1.0) }
    }

    /// Earliest due date of each case's open obligations of the school (not deadlines for others).
    func nextDue() -> [String: String] {
        var due: [String: String] = [:]
        let o = Ledger.positions[.obligation]!
        for row in (rows[.obligation] ?? [:]).values {
            guard row[o["done_at"]!] == nil, row[o["for_others"]!] == "0", row[o["paused_from"]!] == nil,
                let c = row[o["case_id"]!],
                let d = row[o["due"]!]
            else { continue }
            if let old = due[c], old <= d { continue }
            due[c] = d
        }
        return due
    }
}

/// The secret a `RowDigest` is keyed with: 32 random bytes, made for one verification and never stored.
public struct DigestKey: Sendable, Hashable {
    public let bytes: [UInt8]

    public init() {
        var rng = SystemRandomNumberGenerator()
        bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }
}

/// An order-free digest of a set of rows: the sum (mod 2^128) of each row's keyed SHA-256, cut to 128 bits.
/// Equal sets give equal digests whatever the order; a changed, missing or extra row changes it.
///
/// The key is fresh for every `verify` (`DigestKey`): a plain sum of hashes can be matched on purpose
/// by changing many rows at once (Wagner's generalised birthday attack: about 128 rows, tens of
/// thousands of tries each), but not when the hash it must aim at depends on a key made after the
/// database was changed.
public struct RowDigest: Sendable, Hashable {
    public var high: UInt64 = 0
    public var low: UInt64 = 0
    public var rows = 0

    public init() {}

    public init(_ row: DerivedRow, key: DigestKey) {
        var bytes: [UInt8] = key.bytes
        for value in row {
            // Length-prefixed, NULL apart from the empty text, so no two rows share their bytes.
            guard let value else {
                bytes.append(0)
                continue
            }
            let utf8 = Array(value.utf8)
            bytes.append(1)
            withUnsafeBytes(of: UInt32(utf8.count).bigEndian) { bytes.append(contentsOf: $0) }
            bytes += utf8
        }
        let hash = Array(SHA256.hash(data: bytes))
        high = hash[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = hash[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
        rows = 1
    }

    public static func + (a: RowDigest, b: RowDigest) -> RowDigest {
        var out = RowDigest()
        let (low, carry) = a.low.addingReportingOverflow(b.low)
        out.low = low
        out.high = a.high &+ b.high &+ (carry ? 1 : 0)
        out.rows = a.rows + b.rows
        return out
    }

    public static func += (a: inout RowDigest, b: RowDigest) { a = a + b }
}
