import Crypto

/// The canonical bytes of an event: what is hashed, identical in every backend (docs/EVENTS.md).
///
/// ```
/// casus-event-v1\n
/// seq:<len>:<value>\n at… account… real_account… kind… dossier… audit_seq…   (the header)
/// <field>:<len>:<value>\n …                                                  (the payload, per kind)
/// ```
/// Every field is its name, the value's length in UTF-8 bytes, and the value; an absent value is
/// `<name>:nil`. Free text (names, summaries, reasons, notes) is written as the SHA-256 of its
/// UTF-8 bytes (lowercase hex), never as the text: the chain holds decisions, the rows hold the
/// text, and `verify` compares the two.
public enum EventCodec {
    public static let version = "casus-event-v1"

    /// One field of an event: a name and a value, or nil.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String?

        public init(_ name: String, _ value: String?) {
            self.name = name
            self.value = value
        }
    }

    public static func canonical(_ e: LinkedEvent) -> [UInt8] {
        canonicalHeader(e) + payloadBytes(e.payload)
    }

    /// The version line and the header: the part of the canonical bytes that depends on the
    /// event's place in the chain.
    static func canonicalHeader(_ e: LinkedEvent) -> [UInt8] {
        // The fields of `header`, written straight into the bytes: every write links one.
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out += versionLine
        func put(_ name: StaticString, _ value: String?) {
            out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            out.append(UInt8(ascii: ":"))
            guard var v = value else {
                out += "nil\n".utf8
                return
            }
            v.withUTF8 { bytes in
                out += String(bytes.count).utf8
                out.append(UInt8(ascii: ":"))
                out.append(contentsOf: bytes)
            }
            out.append(UInt8(ascii: "\n"))
        }
        put("seq", String(e.seq))
        put("at", e.at.iso)
        put("account", e.account)
        put("real_account", e.realAccount)
        put("kind", e.kind.rawValue)
        put("dossier", e.dossier.map(String.init))
        put("audit_seq", String(e.auditSeq))
        return out
    }

    private static let versionLine: [UInt8] = Array((version + "\n").utf8)

    static func append(_ f: Field, to out: inout [UInt8]) {
        out += f.name.utf8
        out.append(UInt8(ascii: ":"))
        guard let v = f.value else {
            out += "nil".utf8
            out.append(UInt8(ascii: "\n"))
            return
        }
        out += String(v.utf8.count).utf8
        out.append(UInt8(ascii: ":"))
        out += v.utf8
        out.append(UInt8(ascii: "\n"))
    }

    public static func header(_ e: LinkedEvent) -> [Field] {
        [
            Field("seq", String(e.seq)), Field("at", e.at.iso), Field("account", e.account),
            Field("real_account", e.realAccount),
            Field("kind", e.kind.rawValue), Field("dossier", e.dossier.map(String.init)),
            Field("audit_seq", String(e.auditSeq)),
        ]
    }

    /// The SHA-256 of a text, as the chain writes it.
    public static func text(_ s: String) -> String { DossierChain.sha256Hex(Array(s.utf8)) }
    static func text(_ s: String?) -> String? { s.map(text) }
    static func int(_ i: Int64) -> String { String(i) }
    static func opt(_ i: Int64?) -> String? { i.map { String($0) } }
    static func opt(_ i: Int?) -> String? { i.map { String($0) } }
    static func flag(_ b: Bool) -> String { b ? "1" : "0" }

    /// The payload's fields, in the order they are hashed.
    public static func fields(_ p: EventPayload) -> [Field] {
        switch p {
        case let .schoolCreated(s):
            return [
                Field("id", int(s.id)), Field("name", s.name), Field("town", s.town), Field("protocol", s.protocolID),
                Field("demo", flag(s.isDemo)),
            ]
        case let .personAdded(x, key), let .personChanged(x, key):
            return person(x, key: key)
        case let .guardianLinked(parent, pupil):
            return [Field("parent", int(parent)), Field("pupil", int(pupil))]
        case let .userAdded(u), let .userRemoved(u):
            return [
                Field("account", u.account), Field("person", opt(u.personID)), Field("role", u.role.rawValue),
                Field("school", opt(u.schoolID)),
            ]
        case let .incidentReported(i, involved, reportedBy, _):
            // The day it happened and the evidence since issue 16 (item 10): both fields, only when
            // the report has either, so a report without them is written exactly as before.
            let when =
                i.happenedOn == nil && i.evidence.isEmpty
                ? []
                : [
                    Field("happened_on", i.happenedOn?.iso),
                    Field("evidence", i.evidence.map(\.sha256).joined(separator: ",")),
                ]
            return [
                Field("id", int(i.id)), Field("school", int(i.schoolID)), Field("reported_at", i.reportedAt.iso),
                Field("summary", text(i.summary)), Field("platform", i.platform),
                Field("reporter_name", text(i.reporterName)),
                Field("reported_by", reportedBy),
                Field("involved", involved.map { "\($0.person)=\($0.role.rawValue)" }.joined(separator: ",")),
            ] + when
        case let .incidentTriaged(id):
            return [Field("id", int(id))]
        case let .incidentDismissed(id, reason, at, by):
            return [Field("id", int(id)), Field("reason", text(reason)), Field("at", at.iso), Field("by", by)]
        case let .caseOpened(c, dossierKind, subjectKind, openedBy):
            return [
                Field("id", int(c.id)), Field("school", int(c.schoolID)), Field("number", c.number),
                Field("incident", int(c.incidentID)), Field("subject", int(c.subjectID)),
                Field("dossier", int(c.dossierID)),
                Field("dossier_kind", dossierKind.rawValue), Field("subject_kind", subjectKind.rawValue),
                Field("profile", c.profileID), Field("articles", c.articles.joined(separator: ",")),
                Field("severity", c.severity.rawValue), Field("criminal", flag(c.flags.criminal)),
                Field("crossing", flag(c.flags.crossing)), Field("meldplicht", flag(c.flags.meldplicht)),
                Field("summary", text(c.summary)), Field("opened_at", c.openedAt.iso), Field("opened_by", openedBy),
                // Since v9 (a case opened before holds neither flag: both 0).
                Field("data_breach", flag(c.flags.dataBreach)), Field("meldcode", flag(c.flags.meldcode)),
            ]
        case let .caseRung(id, rung):
            return [Field("id", int(id)), Field("rung", rung?.rawValue)]
        case let .caseClosed(id, reason, at, by, outcome):
            // The outcome since issue 16; a close written before has no outcome field (read as founded).
            return [Field("id", int(id)), Field("reason", text(reason)), Field("at", at.iso), Field("by", by)]
                + (outcome.map { [Field("outcome", $0.rawValue)] } ?? [])
        case let .caseReclassified(r):
            return [
                Field("id", int(r.caseID)), Field("articles", r.articles.joined(separator: ",")),
                Field("severity", r.severity.rawValue), Field("reason", text(r.reason)), Field("at", r.at.iso),
                Field("by", r.by),
            ]
        case let .stepTaken(s):
            return [
                Field("id", int(s.id)), Field("case", int(s.caseID)), Field("rung", s.rung.rawValue),
                Field("detail", text(s.detail)), Field("at", s.at.iso), Field("on_date", s.date.iso),
                Field("days", opt(s.days)),
                Field("start_date", s.startDate?.iso), Field("end_date", s.endDate?.iso),
                Field("reason", text(s.reason)),
                Field("justification", text(s.justification)), Field("actor", s.actor),
                // Since v9 (a step taken before is a decision).
                Field("phase", s.phase.rawValue),
            ]
        case let .obligationCreated(o, stepID, createdAt):
            return [
                Field("id", int(o.id)), Field("case", int(o.caseID)), Field("step", opt(stepID)),
                Field("kind", o.kind.rawValue),
                Field("due", o.due.iso), Field("note", text(o.note)), Field("for_others", flag(o.isDeadlineForOthers)),
                Field("created_at", createdAt.iso), Field("done_at", o.doneAt?.iso), Field("done_by", o.doneBy),
                Field("entry", opt(o.entryID)),
                // Since v9 (an obligation created before was never suspended).
                Field("paused_from", o.pausedFrom?.iso),
            ]
        case let .obligationDone(caseID, id, entry, at, by):
            return [
                Field("case", int(caseID)), Field("id", int(id)), Field("entry", opt(entry)), Field("at", at.iso),
                Field("by", by),
            ]
        case let .entryAppended(e, _):
            return [
                Field("id", int(e.id)), Field("dossier", int(e.dossierID)), Field("seq", int(e.seq)),
                Field("case", opt(e.caseID)), Field("hash", e.hash),
                Field("evidence", e.evidence.joined(separator: ",")),
            ]
        case let .dossierPurged(p):
            return [
                Field("dossier", int(p.dossierID)), Field("reason", text(p.reason)),
                Field("entry_count", String(p.entryCount)),
                Field("last_seq", int(p.lastSeq)), Field("last_hash", p.lastHash),
                Field("cases", p.cases.map(String.init).joined(separator: ",")),
                Field("incidents", p.incidents.map(String.init).joined(separator: ",")),
            ]
                // Since the thirty-sixth stop, and only when someone's details go: a purge that
                // erases no one is written exactly as before.
                + (p.erased.isEmpty ? [] : [Field("erased", p.erased.map(String.init).joined(separator: ","))])
        case let .schoolRecordSet(s):
            return [
                Field("id", int(s.id)), Field("town", s.town), Field("sector", s.sector.rawValue),
                Field("denomination", s.denomination.rawValue), Field("legal_set", flag(s.isLegalRecordSet)),
                Field("board_name", text(s.boardName)), Field("board_address", text(s.boardAddress)),
                Field("address", text(s.address)), Field("region", s.region?.rawValue),
            ]
        case let .closureAdded(c):
            return [
                Field("id", int(c.id)), Field("school", int(c.schoolID)), Field("first", c.first.iso),
                Field("last", c.last.iso), Field("reason", text(c.reason)), Field("kind", c.kind.rawValue),
                Field("source", c.source.rawValue),
            ]
        case let .closuresRemoved(school, ids):
            return [Field("school", int(school)), Field("ids", ids.map(String.init).joined(separator: ","))]
        case let .factRecorded(f):
            return [
                Field("id", int(f.id)), Field("case", int(f.caseID)), Field("kind", f.kind.rawValue),
                Field("on_date", f.date.iso), Field("value", text(f.value)), Field("note", text(f.note)),
                Field("at", f.at.iso), Field("actor", f.actor), Field("entry", opt(f.entryID)),
            ]
        case let .obligationRescheduled(caseID, id, due, pausedFrom):
            return [
                Field("case", int(caseID)), Field("id", int(id)), Field("due", due.iso),
                Field("paused_from", pausedFrom?.iso),
            ]
        case let .letterSent(s):
            return [
                Field("entry", int(s.entryID)), Field("dossier", int(s.dossierID)), Field("case", opt(s.caseID)),
                Field("on", s.on.iso), Field("via", s.via.rawValue), Field("at", s.recordedAt.iso),
                Field("by", s.recordedBy),
            ]
        case let .checkpointSigned(c):
            return [
                Field("event_seq", int(c.event.seq)), Field("event_hash", c.event.hash),
                Field("audit_seq", int(c.audit.seq)), Field("audit_hash", c.audit.hash), Field("at", c.at.iso),
                Field("key", c.publicKey), Field("signature", c.signature),
            ]
                // A server's log of reads, since the twenty-seventh stop: only when signed, so a
                // checkpoint without it is written exactly as before.
                + (c.access.map { [Field("access_seq", int($0.seq)), Field("access_hash", $0.hash)] } ?? [])
        }
    }

    static func person(_ p: Person, key: PersonKey) -> [Field] {
        // Under the person's key (PersonKey): a purge that erases them takes the key with the texts.
        func keyed(_ s: String?) -> String? { s.map(key.digest) }
        let (street, postcode, town): (String, String, String) = (
            key.digest(p.address.street), key.digest(p.address.postcode), key.digest(p.address.town)
        )
        let before: [Field] = [
            Field("id", int(p.id)), Field("school", int(p.schoolID)), Field("kind", p.kind.rawValue),
            Field("first_name", key.digest(p.firstName)), Field("infix", key.digest(p.infix)),
            Field("last_name", key.digest(p.lastName)), Field("group", p.group), Field("function", keyed(p.function)),
            Field("external_id", keyed(p.externalID)), Field("birth_date", keyed(p.birthDate?.iso)),
            Field("left_on", p.leftOn?.iso), Field("sort_name", key.digest(p.sortKey)),
            Field("search_name", key.digest(p.searchKey)),
        ]
        // Since issue 16 (item 2), and only for a person with a salutation, an address or a key: any
        // other person is written as before (so the move of an old database to the chain writes what
        // it always wrote), and replays as onbekend, without an address (their empty texts' plain
        // digests; a keyed person's are written, as no replay could make them).
        guard p.salutation != .onbekend || !p.address.isEmpty || key != .none else { return before }
        return before + [
            Field("salutation", p.salutation.rawValue), Field("street", street), Field("postcode", postcode),
            Field("town", town),
        ]
    }

    /// The payload's fields as bytes, to store beside the header (the chain can be replayed from them).
    public static func payloadBytes(_ p: EventPayload) -> [UInt8] {
        var out: [UInt8] = []
        for f in fields(p) { append(f, to: &out) }
        return out
    }

    /// An absent value's bytes after its name (`name:nil\n`).
    static let nilField = Array("nil\n".utf8)

    /// A length as the canonical form writes it: ASCII digits only, at most 18 of them.
    static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var n = 0
        for d in digits {
            guard d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(d - UInt8(ascii: "0"))
        }
        return n
    }

    /// Reads stored payload bytes back into fields; nil when they are not in the canonical form.
    public static func parse(_ bytes: [UInt8]) -> [Field]? {
        var fields: [Field] = []
        var i = 0
        while i < bytes.count {
            guard let colon = bytes[i...].firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let name = String(decoding: bytes[i..<colon], as: UTF8.self)
            var j = colon + 1
            if bytes[j...].starts(with: nilField) {
                fields.append(Field(name, nil))
                i = j + 4
                continue
            }
            guard let second = bytes[j...].firstIndex(of: UInt8(ascii: ":")), let n = decimal(bytes[j..<second]),
                second + 1 + n < bytes.count, bytes[second + 1 + n] == UInt8(ascii: "\n")
            else { return nil }
            j = second + 1
            fields.append(Field(name, String(decoding: bytes[j..<(j + n)], as: UTF8.self)))
            i = j + n + 1
        }
        return fields
    }
}

extension Person {
    /// "vries, sanne de", folded: how lists sort a person.
    public var sortKey: String { typedSortName.folded }
    /// The folded name with every non-letter a space, as the name index splits it.
    public var searchKey: String {
        // The name as typed, not `name`: an erased person's "#812" is no name to find them by.
        let typed = [firstName, infix, lastName].filter { !$0.isEmpty }.joined(separator: " ")
        return " " + SearchQuery.words(typed.folded).joined(separator: " ")
    }
}
