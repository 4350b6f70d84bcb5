import CasusCore
import Foundation
import GRDB
import Synchronization

/// A row read by column name (a column added or moved in a query cannot shift another into the
/// wrong field), the names resolved to positions once per query: GRDB's own lookup by name
/// lowercases and searches the names on every access, a cost paid a million times in a bulk load.
struct NamedRow {
    let row: Row
    let columns: [String: Int]

    func position(_ name: String) -> Int {
        guard let i = columns[name] else { preconditionFailure("casus: the query has no column \(name)") }
        return i
    }

    /// Total: a value of another type than the column's (a BLOB in `entry.body`, written behind
    /// casus's back; SQLite does not refuse it) is made into the type asked for instead of
    /// trapping, so every screen and `verify` still read the row; `verify` names it
    /// (`integrityProblems`).
    subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value {
        let i = position(name)
        if let value = try? row.decode(Value.self, atIndex: i) { return value }
        return NamedRow.coerced(row[i] as DatabaseValue)
    }
    /// Whether the query has the column (the move to the event chain reads rows from before v9).
    func has(_ name: String) -> Bool { columns[name] != nil }

    subscript(_ name: String) -> DatabaseValue { row[position(name)] }

    /// The nearest value of the type: text from the bytes (invalid UTF-8 as U+FFFD) or the
    /// number; else NULL for an optional, else 0 (or false).
    static func coerced<Value: DatabaseValueConvertible>(_ value: DatabaseValue) -> Value {
        let text: String =
            switch value.storage {
            case .blob(let data): String(decoding: data, as: UTF8.self)
            case .string(let s): s
            case .int64(let n): String(n)
            case .double(let d): String(d)
            case .null: ""
            }
        let candidates: [DatabaseValue] = [
            text.databaseValue, .null, (Int64(text) ?? 0).databaseValue, false.databaseValue, Data().databaseValue,
        ]
        for candidate in candidates {
            if let v = Value.fromDatabaseValue(candidate) { return v }
        }
        preconditionFailure("casus: no \(Value.self) can stand for \(value)")
    }

    /// A value as text whatever its storage class (what `verify` compares): NULL is nil,
    /// numbers are decimal, a BLOB where text belongs is shown as x'…', which no text matches.
    func value(_ name: String) -> String? {
        let v: DatabaseValue = row[position(name)]
        switch v.storage {
        case .null: return nil
        case let .int64(i): return String(i)
        case let .double(d): return String(d)
        case let .string(s): return s
        case let .blob(data): return "x'" + data.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }

    /// Text, leniently (a BLOB is read as UTF-8).
    func text(_ name: String) -> String? {
        let v: DatabaseValue = row[position(name)]
        switch v.storage {
        case .null: return nil
        case let .string(s): return s
        case let .blob(data): return String(decoding: data, as: UTF8.self)
        case let .int64(i): return String(i)
        case let .double(d): return String(d)
        }
    }

    /// Bytes, leniently (text is taken as its UTF-8).
    func bytes(_ name: String) -> [UInt8] {
        let v: DatabaseValue = row[position(name)]
        switch v.storage {
        case let .blob(data): return [UInt8](data)
        case let .string(s): return Array(s.utf8)
        default: return []
        }
    }
}

/// Query text → column positions, shared by every connection.
private let columnCache = Mutex<[String: [String: Int]]>([:])

extension SQLiteAccess {
    /// Column positions of a statement, by name; worked out once per query text (the same SQL
    /// has the same columns on every connection of one schema).
    /// Keyed by the text the caller passed: GRDB's `Statement.sql` rebuilds the string from
    /// SQLite on every call, which cost a tenth of the district demo.
    static func columns(_ sql: String, _ statement: Statement) -> [String: Int] {
        if let known = columnCache.withLock({ $0[sql] }) { return known }
        let map = Dictionary(
            statement.columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        columnCache.withLock { $0[sql] = map }
        return map
    }

    /// Every row of a query (a cached statement: compiled once per connection).
    func rows(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> [NamedRow] {
        let statement = try db.cachedStatement(sql: sql)
        let columns = Self.columns(sql, statement)
        return try Row.fetchAll(statement, arguments: arguments).map { NamedRow(row: $0, columns: columns) }
    }

    func row(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> NamedRow? {
        let statement = try db.cachedStatement(sql: sql)
        return try Row.fetchOne(statement, arguments: arguments).map {
            NamedRow(row: $0, columns: Self.columns(sql, statement))
        }
    }

    /// Walks a query's rows one at a time without holding them (verification of a million entries).
    func each(_ sql: String, _ body: (NamedRow) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: sql)
        let columns = Self.columns(sql, statement)
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() { try body(NamedRow(row: row, columns: columns)) }
    }
}

/// Maps rows to domain values by column name. Kept by hand, not as Codable records, so the
/// domain types stay free of GRDB and the SQL stays visible.
extension NamedRow {
    func date(_ column: String) -> LocalDate? { (self[column] as String?).flatMap(LocalDate.init(iso:)) }
    func time(_ column: String) -> Timestamp? { (self[column] as String?).flatMap(Timestamp.init(iso:)) }

    /// "Sanne de Vries" from the three name columns of a person under `prefix`.
    func name(_ prefix: String = "") -> String {
        [self[prefix + "first_name"] as String, self[prefix + "infix"] as String, self[prefix + "last_name"] as String]
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension School {
    /// The columns before the school record (v9): what the move to the event chain (v8) reads.
    static let v8Columns = "id, name, protocol_id, town, demo"
    static let columns = v8Columns + ", sector, denomination, legal_set, board_name, board_address, address, region"

    init(row: NamedRow) {
        self.init(
            id: row["id"], name: row["name"], protocolID: row["protocol_id"], town: row["town"], isDemo: row["demo"])
        guard row.has("sector") else { return }
        sector = Sector(rawValue: row["sector"]) ?? .po
        denomination = Denomination(rawValue: row["denomination"]) ?? .bijzonder
        isLegalRecordSet = row["legal_set"]
        boardName = row["board_name"]
        boardAddress = row["board_address"]
        address = row["address"]
        region = (row["region"] as String?).flatMap(Region.init(rawValue:))
    }
}

extension Closure {
    static let columns = "id, school_id, first, last, reason, kind, source"

    /// nil for a row this version cannot read (written by a newer casus): skipped, not guessed.
    init?(row: NamedRow) {
        guard let first = row.date("first"), let last = row.date("last"),
            let kind = ClosureKind(rawValue: row["kind"]), let source = ClosureSource(rawValue: row["source"])
        else { return nil }
        self.init(
            id: row["id"], schoolID: row["school_id"], first: first, last: last, reason: row["reason"], kind: kind,
            source: source)
    }
}

extension CaseFact {
    static let columns = "id, case_id, kind, on_date, value, note, at, actor, entry_id"

    /// nil for a kind this version does not know (written by a newer casus).
    init?(row: NamedRow) {
        guard let kind = FactKind(rawValue: row["kind"]), let date = row.date("on_date") else { return nil }
        self.init(
            id: row["id"], caseID: row["case_id"], kind: kind, date: date, value: row["value"], note: row["note"],
            at: row.time("at") ?? Timestamp(seconds: 0), actor: row["actor"], entryID: row["entry_id"])
    }
}

extension User {
    static let columns = "account, person_id, role, school_id"

    init(row: NamedRow) {
        self.init(
            account: row["account"], personID: row["person_id"], role: Role(rawValue: row["role"]) ?? .teacher,
            schoolID: row["school_id"])
    }
}

extension Person {
    /// The columns before the address (v12): what the move to the event chain (v8) reads.
    static let v8Columns =
        "p.id, p.school_id, p.kind, p.first_name, p.infix, p.last_name, p.grp, p.function, p.external_id, p.birth_date, p.left_on"
    static let columns = v8Columns + ", p.salutation, p.street, p.postcode, p.town"

    init(row: NamedRow) {
        self.init(
            id: row["id"], schoolID: row["school_id"], kind: PersonKind(rawValue: row["kind"]) ?? .pupil,
            firstName: row["first_name"], infix: row["infix"], lastName: row["last_name"], group: row["grp"],
            function: row["function"], externalID: row["external_id"], birthDate: row.date("birth_date"),
            leftOn: row.date("left_on"),
            salutation: row.has("salutation") ? Salutation(rawValue: row["salutation"]) ?? .onbekend : .onbekend,
            address: row.has("street")
                ? PostalAddress(street: row["street"], postcode: row["postcode"], town: row["town"]) : .none)
    }
}

extension Incident {
    /// The columns the move to the event chain (v8) reads; `happened_on` came with v13.
    static let v8Columns =
        "i.id, i.school_id, i.reported_at, i.summary, i.platform, i.status, i.reporter_name, i.dismissed_reason"
    static let columns = v8Columns + ", i.happened_on, i.reported_by"

    init(row: NamedRow) {
        self.init(
            id: row["id"], schoolID: row["school_id"], reportedAt: row.time("reported_at") ?? Timestamp(seconds: 0),
            summary: row["summary"], platform: row["platform"], status: IncidentStatus(rawValue: row["status"]) ?? .new,
            reporterName: row["reporter_name"], dismissedReason: row["dismissed_reason"],
            happenedOn: row.has("happened_on") ? row.date("happened_on") : nil,
            reportedBy: row.has("reported_by") ? row["reported_by"] : nil)
        if row.has("cases_closed") { casesClosed = row["cases_closed"] }
    }
}

extension Case {
    /// The columns before the data breach and meldcode flags (v9): what the move to the event chain (v8) reads.
    static let v8Columns = """
        c.id, c.school_id, c.number, c.incident_id, c.subject_id, c.dossier_id, c.profile_id, c.severity,
        c.criminal, c.crossing, c.meldplicht, c.status, c.summary, c.opened_at, c.closed_at, c.close_reason, c.rung,
        (SELECT group_concat(article_id, ',') FROM (SELECT article_id FROM case_article WHERE case_id = c.id ORDER BY position)) AS articles
        """
    static let columns = v8Columns + ", c.data_breach, c.meldcode, c.outcome"

    init(row: NamedRow) {
        let articles = (row["articles"] as String?)?.split(separator: ",").map(String.init) ?? []
        self.init(
            id: row["id"], schoolID: row["school_id"], number: row["number"], incidentID: row["incident_id"],
            subjectID: row["subject_id"], dossierID: row["dossier_id"], profileID: row["profile_id"],
            articles: articles,
            severity: Severity(rawValue: row["severity"]) ?? .medium,
            flags: CaseFlags(
                criminal: row["criminal"], crossing: row["crossing"], meldplicht: row["meldplicht"],
                dataBreach: row.has("data_breach") && row["data_breach"],
                meldcode: row.has("meldcode") && row["meldcode"]),
            status: CaseStatus(rawValue: row["status"]) ?? .open, summary: row["summary"],
            openedAt: row.time("opened_at") ?? Timestamp(seconds: 0), closedAt: row.time("closed_at"),
            closeReason: row["close_reason"], rung: (row["rung"] as String?).flatMap(Rung.init(rawValue:)),
            outcome: row.has("outcome") ? (row["outcome"] as String?).flatMap(CaseOutcome.init(rawValue:)) : nil)
    }
}

extension Step {
    /// The columns before the phase (v9): what the move to the event chain (v8) reads.
    static let v8Columns =
        "id, case_id, rung, detail, at, on_date, days, start_date, end_date, reason, justification, actor"
    static let columns = v8Columns + ", phase"

    init(row: NamedRow) {
        self.init(
            id: row["id"], caseID: row["case_id"], rung: Rung(rawValue: row["rung"]) ?? .warning, detail: row["detail"],
            at: row.time("at") ?? Timestamp(seconds: 0),
            date: row.date("on_date") ?? LocalDate(year: 1970, month: 1, day: 1),
            days: row["days"], startDate: row.date("start_date"), endDate: row.date("end_date"), reason: row["reason"],
            justification: row["justification"], actor: row["actor"],
            phase: row.has("phase") ? StepPhase(rawValue: row["phase"]) ?? .decision : .decision)
    }
}

extension Obligation {
    /// The columns before a suspended term (v9): what the move to the event chain (v8) reads.
    static let v8Columns = "id, case_id, kind, due, note, for_others, done_at, done_by, entry_id"
    static let columns = v8Columns + ", paused_from"

    /// nil for a kind this version does not know (written by a newer casus): skipped, not guessed.
    init?(row: NamedRow) {
        guard let kind = ObligationKind(rawValue: row["kind"]), let due = row.date("due") else { return nil }
        self.init(
            id: row["id"], caseID: row["case_id"], kind: kind, due: due, note: row["note"],
            isDeadlineForOthers: row["for_others"], doneAt: row.time("done_at"), doneBy: row["done_by"],
            entryID: row["entry_id"], pausedFrom: row.has("paused_from") ? row.date("paused_from") : nil)
    }
}

extension DossierEntry {
    static let columns = unsaltedColumns + ", e.salt"

    /// An entry's columns as they were before v24 (the move to the event chain, v8, reads them).
    static let unsaltedColumns = """
        e.id, e.dossier_id, e.seq, e.kind, e.title, e.body, e.author, e.author_name, e.at, e.case_id,
        (SELECT number FROM "case" WHERE id = e.case_id) AS case_number, e.corrects, e.heard, e.evidence, e.prev_hash, e.hash
        """

    /// Decodes leniently: a row changed behind casus's back must still be shown to `verify`,
    /// which then finds the hash no longer matches.
    init(row: NamedRow) {
        let heard = (row["heard"] as String).split(separator: ",").compactMap { HeardParty(rawValue: String($0)) }
        let evidence = (row["evidence"] as String).split(separator: ",").map(String.init)
        self.init(
            id: row["id"], dossierID: row["dossier_id"], seq: row["seq"],
            kind: EntryKind(rawValue: row["kind"]) ?? .note,
            title: row["title"], body: row["body"], author: row["author"], authorName: row["author_name"],
            at: row.time("at") ?? Timestamp(seconds: 0), caseID: row["case_id"], caseNumber: row["case_number"],
            corrects: row["corrects"], heard: heard, evidence: evidence, prevHash: row["prev_hash"], hash: row["hash"],
            salt: row.has("salt") ? row.text("salt") ?? "" : "")
    }
}

extension AuditRecord {
    static let columns = "id, at, account, real_account, action, person_id, case_id, detail, prev_hash, hash"

    /// The same columns of the table under the name `alias`.
    static func columns(of alias: String) -> String {
        columns.split(separator: ", ").map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    init(row: NamedRow) {
        self.init(
            id: row["id"], at: row.time("at") ?? Timestamp(seconds: 0), account: row["account"],
            realAccount: row["real_account"], action: row["action"], personID: row["person_id"], caseID: row["case_id"],
            detail: row["detail"], prevHash: row["prev_hash"], hash: row["hash"])
    }
}

extension Tombstone {
    static let columns = "dossier_id, purged_at, purged_by, entry_count, last_seq, last_hash, reason"

    init(row: NamedRow) {
        self.init(
            dossierID: row["dossier_id"], purgedAt: row.time("purged_at") ?? Timestamp(seconds: 0),
            purgedBy: row["purged_by"],
            entryCount: row["entry_count"], lastSeq: row["last_seq"], lastHash: row["last_hash"], reason: row["reason"])
    }
}
