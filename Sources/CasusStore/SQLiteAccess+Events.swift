import CasusCore
import Foundation
import GRDB

/// The event chain in SQLite: events are stored as they were hashed, and each one derives the
/// rows it changes (the projection). `verify` replays the events (Ledger) and compares.
extension SQLiteAccess {
    func eventHead() throws -> ChainHead {
        try row("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1").map {
            ChainHead(seq: $0["seq"], hash: $0["hash"])
        }
            ?? .genesis
    }

    func append(_ e: LinkedEvent) throws {
        try run(
            """
            INSERT INTO event (seq, at, account, real_account, kind, dossier_id, audit_seq, payload, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                e.seq, e.at.iso, e.account, e.realAccount, e.kind.rawValue, e.dossier, e.auditSeq,
                Data(e.payloadBytes), e.prevHash, e.hash,
            ])
        try project(e)
    }

    func nextID(_ kind: RecordKind) throws -> Int64 {
        if let bulk, BulkTransaction.blockKinds.contains(kind) {
            return try bulk.nextID(kind) { try nextIDs(kind, count: BulkTransaction.idBlock) }
        }
        return try next(SequenceName.id(kind))
    }

    func nextIDs(_ kind: RecordKind, count: Int) throws -> Int64 {
        let name = SequenceName.id(kind)
        let last = try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    INSERT INTO sequence (name, last) VALUES (?1, ?2)
                    ON CONFLICT (name) DO UPDATE SET last = last + ?2 RETURNING last
                    """), arguments: [name, count])!
        return last - Int64(count) + 1
    }

    func sequences() throws -> [String: Int64] {
        var all: [String: Int64] = [:]
        for r in try rows("SELECT name, last FROM sequence") { all[r["name"]] = r["last"] }
        return all
    }

    func evidenceNames(entry: EntryID) throws -> [String: String] {
        var names: [String: String] = [:]
        for r in try rows(
            """
            SELECT ee.sha256, coalesce(nullif(ee.name, ''), e.name) AS name
            FROM entry_evidence ee JOIN evidence e ON e.sha256 = ee.sha256 WHERE ee.entry_id = ? ORDER BY ee.position
            """, [entry])
        where names[r["sha256"]] == nil {
            names[r["sha256"]] = r["name"]
        }
        return names
    }

    func lastNumber(_ name: String) throws -> Int64 {
        try row("SELECT last FROM sequence WHERE name = ?", [name]).map { $0["last"] } ?? 0
    }

    func nextCaseNumber(year: Int) throws -> String {
        "\(year)-" + String(format: "%04d", try next(SequenceName.caseNumber(year: year)))
    }

    /// Draws the next number of a sequence: one more than ever drawn, whatever was purged since.
    private func next(_ name: String) throws -> Int64 {
        try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    INSERT INTO sequence (name, last) VALUES (?, 1)
                    ON CONFLICT (name) DO UPDATE SET last = last + 1 RETURNING last
                    """), arguments: [name])!
    }

    /// The rows an event derives.
    func project(_ e: LinkedEvent) throws {
        bulk?.projecting(e.payload)
        switch e.payload {
        case let .schoolCreated(s):
            try run(
                "INSERT INTO school (id, name, town, protocol_id, demo) VALUES (?, ?, ?, ?, ?)",
                arguments: [s.id, s.name, s.town, s.protocolID, s.isDemo])
        case let .personAdded(p, key):
            try run(
                """
                INSERT INTO person (id, school_id, kind, first_name, infix, last_name, grp, function, external_id, birth_date,
                    left_on, sort_name, search_name, salutation, street, postcode, town, salt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [p.id] + personArguments(p, key))
        case let .personChanged(p, key):
            try update(person: p, key: key)
        case let .guardianLinked(parent, pupil):
            try run(
                "INSERT OR IGNORE INTO guardianship (parent_id, pupil_id) VALUES (?, ?)", arguments: [parent, pupil])
        case let .userAdded(u):
            try run(
                "INSERT INTO user (account, person_id, role, school_id) VALUES (?, ?, ?, ?)",
                arguments: [u.account, u.personID, u.role.rawValue, u.schoolID])
        case let .userRemoved(u):
            try run("DELETE FROM user WHERE account = ?", arguments: [u.account])
        case let .incidentReported(i, involved, reportedBy, evidence):
            try store(evidence)
            try run(
                """
                INSERT INTO incident (id, school_id, reported_at, summary, platform, status, reporter_name, reported_by,
                    happened_on)
                VALUES (?, ?, ?, ?, ?, 'new', ?, ?, ?)
                """,
                arguments: [
                    i.id, i.schoolID, i.reportedAt.iso, i.summary, i.platform, i.reporterName, reportedBy,
                    i.happenedOn?.iso,
                ])
            for ref in involved {
                try run(
                    "INSERT INTO incident_person (incident_id, person_id, role) VALUES (?, ?, ?)",
                    arguments: [i.id, ref.person, ref.role.rawValue])
            }
            for (n, note) in i.evidence.enumerated() {
                try run(
                    "INSERT INTO incident_evidence (incident_id, position, sha256, name) VALUES (?, ?, ?, ?)",
                    arguments: [i.id, n, note.sha256, note.name])
            }
        case let .incidentTriaged(id):
            try run("UPDATE incident SET status = 'triaged' WHERE id = ?", arguments: [id])
        case let .incidentDismissed(id, reason, at, by):
            try run(
                "UPDATE incident SET status = 'dismissed', dismissed_reason = ?, dismissed_at = ?, dismissed_by = ? WHERE id = ?",
                arguments: [reason, at.iso, by, id])
        case let .caseOpened(c, dossierKind, subjectKind, openedBy):
            try run(
                """
                INSERT INTO "case" (id, school_id, number, incident_id, subject_id, dossier_id, dossier_kind, subject_kind,
                    profile_id, severity, criminal, crossing, meldplicht, status, summary, opened_at, opened_by, data_breach,
                    meldcode)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)
                """,
                arguments: [
                    c.id, c.schoolID, c.number, c.incidentID, c.subjectID, c.dossierID, dossierKind.rawValue,
                    subjectKind.rawValue, c.profileID, c.severity.rawValue, c.flags.criminal, c.flags.crossing,
                    c.flags.meldplicht, c.summary, c.openedAt.iso, openedBy, c.flags.dataBreach, c.flags.meldcode,
                ])
            for (i, article) in c.articles.enumerated() {
                try run(
                    "INSERT INTO case_article (case_id, position, article_id) VALUES (?, ?, ?)",
                    arguments: [c.id, i, article])
            }
        case let .caseRung(id, rung):
            try run("UPDATE \"case\" SET rung = ? WHERE id = ?", arguments: [rung?.rawValue, id])
        case let .caseClosed(id, reason, at, by, outcome):
            // A close written before issue 16 has no outcome: it counted as founded, and still does.
            let outcome = outcome ?? .founded
            try run(
                """
                UPDATE "case" SET status = 'closed', closed_at = ?, closed_by = ?, close_reason = ?, outcome = ?
                WHERE id = ?
                """,
                arguments: [at.iso, by, reason, outcome.rawValue, id])
            if outcome == .mistake {
                // The report goes back to triage when none of its cases still stands (Ledger.returnToTriage).
                try run(
                    """
                    UPDATE incident SET status = 'new'
                    WHERE id = (SELECT incident_id FROM "case" WHERE id = ?1) AND status = 'triaged'
                      AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = incident.id
                                      AND (k.status = 'open' OR k.outcome IS NOT 'mistake'))
                    """, arguments: [id])
            }
        case let .caseReclassified(r):
            // The old articles leave while this event is the chain's head (Schema.v11CaseOutcome).
            try run("UPDATE \"case\" SET severity = ? WHERE id = ?", arguments: [r.severity.rawValue, r.caseID])
            try run("DELETE FROM case_article WHERE case_id = ?", arguments: [r.caseID])
            for (i, article) in r.articles.enumerated() {
                try run(
                    "INSERT INTO case_article (case_id, position, article_id) VALUES (?, ?, ?)",
                    arguments: [r.caseID, i, article])
            }
        case let .stepTaken(s):
            try run(
                """
                INSERT INTO step (id, case_id, rung, detail, at, on_date, days, start_date, end_date, reason, justification, actor,
                    phase)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    s.id, s.caseID, s.rung.rawValue, s.detail, s.at.iso, s.date.iso, s.days, s.startDate?.iso,
                    s.endDate?.iso,
                    s.reason, s.justification, s.actor, s.phase.rawValue,
                ])
        case let .obligationCreated(o, stepID, createdAt):
            try run(
                """
                INSERT INTO obligation (id, case_id, step_id, kind, due, note, for_others, created_at, done_at, done_by, entry_id,
                    paused_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    o.id, o.caseID, stepID, o.kind.rawValue, o.due.iso, o.note, o.isDeadlineForOthers, createdAt.iso,
                    o.doneAt?.iso, o.doneBy, o.entryID, o.pausedFrom?.iso,
                ])
            try refreshNextDue(o.caseID)
        case let .obligationDone(caseID, id, entry, at, by):
            try run(
                "UPDATE obligation SET done_at = ?, done_by = ?, entry_id = ? WHERE id = ? AND done_at IS NULL",
                arguments: [at.iso, by, entry, id])
            try refreshNextDue(caseID)
        case let .entryAppended(entry, evidence):
            try insert(entry: entry, evidence: evidence)
        case let .dossierPurged(p):
            try purge(p, at: e.at, by: e.account)
        case let .schoolRecordSet(school):
            try run(
                """
                UPDATE school SET town = ?, sector = ?, denomination = ?, legal_set = ?, board_name = ?, board_address = ?,
                    address = ?, region = ?
                WHERE id = ?
                """,
                arguments: [
                    school.town, school.sector.rawValue, school.denomination.rawValue, school.isLegalRecordSet,
                    school.boardName, school.boardAddress, school.address, school.region?.rawValue, school.id,
                ])
        case let .closureAdded(c):
            try run(
                """
                INSERT INTO school_closure (id, school_id, first, last, reason, kind, source) VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [c.id, c.schoolID, c.first.iso, c.last.iso, c.reason, c.kind.rawValue, c.source.rawValue])
        case let .closuresRemoved(school, ids):
            for id in ids {
                try run("DELETE FROM school_closure WHERE id = ? AND school_id = ?", arguments: [id, school])
            }
        case let .factRecorded(f):
            try run(
                """
                INSERT INTO case_fact (id, case_id, kind, on_date, value, note, at, actor, entry_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    f.id, f.caseID, f.kind.rawValue, f.date.iso, f.value, f.note, f.at.iso, f.actor, f.entryID,
                ])
        case let .obligationRescheduled(caseID, id, due, pausedFrom):
            try run(
                "UPDATE obligation SET due = ?, paused_from = ? WHERE id = ? AND done_at IS NULL",
                arguments: [due.iso, pausedFrom?.iso, id])
            try refreshNextDue(caseID)
        case let .letterSent(s):
            try run(
                """
                INSERT INTO letter_sent (entry_id, dossier_id, case_id, sent_on, via, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                arguments: [
                    s.entryID, s.dossierID, s.caseID, s.on.iso, s.via.rawValue, s.recordedAt.iso, s.recordedBy,
                ])
        case .checkpointSigned:
            break  // kept in the chain only: verify reads checkpoints from the events
        }
    }

    private func personArguments(_ p: Person, _ key: PersonKey) -> StatementArguments {
        [
            p.schoolID, p.kind.rawValue, p.firstName, p.infix, p.lastName, p.group, p.function, p.externalID,
            p.birthDate?.iso, p.leftOn?.iso, p.sortKey, p.searchKey, p.salutation.rawValue, p.address.street,
            p.address.postcode, p.address.town, key.hex,
        ]
    }

    /// The case list's due column: the earliest open due date of the school's own obligations.
    private func refreshNextDue(_ id: CaseID) throws {
        try run(
            """
            UPDATE "case" SET
              next_due = (SELECT min(due) FROM obligation
                          WHERE case_id = ?1 AND done_at IS NULL AND for_others = 0 AND paused_from IS NULL)
            WHERE id = ?1
            """, arguments: [id])
    }

    /// Evidence files, once each by their hash: an entry's and a report's alike.
    private func store(_ evidence: [EvidenceFile]) throws {
        for file in evidence {
            try run(
                "INSERT OR IGNORE INTO evidence (sha256, name, size, data) VALUES (?, ?, ?, ?)",
                arguments: [file.sha256, file.name, file.bytes.count, Data(file.bytes)])
        }
    }

    private func insert(entry e: DossierEntry, evidence: [EvidenceFile]) throws {
        try store(evidence)
        try run(
            """
            INSERT INTO entry (id, dossier_id, seq, kind, title, body, author, author_name, at, case_id, corrects, heard,
                evidence, prev_hash, hash, salt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                e.id, e.dossierID, e.seq, e.kind.rawValue, e.title, e.body, e.author, e.authorName, e.at.iso, e.caseID,
                e.corrects, e.heard.map(\.rawValue).joined(separator: ","), e.evidence.joined(separator: ","),
                e.prevHash, e.hash, e.salt,
            ])
        // Each file under the name it was filed with here (v23).
        for (i, sha) in e.evidence.enumerated() {
            try run(
                "INSERT INTO entry_evidence (entry_id, position, sha256, name) VALUES (?, ?, ?, ?)",
                arguments: [e.id, i, sha, evidence.first { $0.sha256 == sha }?.name ?? ""])
        }
    }

    /// A person's row as `p` holds it, with the key its texts were hashed under.
    private func update(person p: Person, key: PersonKey) throws {
        try run(
            """
            UPDATE person SET school_id = ?, kind = ?, first_name = ?, infix = ?, last_name = ?, grp = ?, function = ?,
                external_id = ?, birth_date = ?, left_on = ?, sort_name = ?, search_name = ?, salutation = ?,
                street = ?, postcode = ?, town = ?, salt = ? WHERE id = ?
            """, arguments: personArguments(p, key) + [p.id])
    }

    /// Removes exactly what the purge event names; the delete triggers let these rows go only
    /// while that event is the chain's head (Schema.v8Events).
    private func purge(_ p: Purge, at: Timestamp, by: String) throws {
        // What points at a row goes before it: facts, sendings and obligations point at entries, an
        // obligation at the step that made it, entries at their case. (Steps went before their
        // obligations and entries before the obligations ticked with them: every dossier with a
        // suspension was refused, and with it the whole purge, a review.)
        for c in p.cases {
            try run("DELETE FROM case_fact WHERE case_id = ?", arguments: [c])
            try run("DELETE FROM obligation WHERE case_id = ?", arguments: [c])
            try run("DELETE FROM step WHERE case_id = ?", arguments: [c])
            try run("DELETE FROM case_article WHERE case_id = ?", arguments: [c])
        }
        try run(
            "DELETE FROM letter_sent WHERE entry_id IN (SELECT id FROM entry WHERE dossier_id = ? AND seq <= ?)",
            arguments: [p.dossierID, p.lastSeq])
        try run("DELETE FROM entry WHERE dossier_id = ? AND seq <= ?", arguments: [p.dossierID, p.lastSeq])
        for c in p.cases {
            try run("DELETE FROM \"case\" WHERE id = ?", arguments: [c])
        }
        for i in p.incidents {
            try run("DELETE FROM incident_person WHERE incident_id = ?", arguments: [i])
            try run("DELETE FROM incident_evidence WHERE incident_id = ?", arguments: [i])
            try run("DELETE FROM incident WHERE id = ?", arguments: [i])
        }
        try run(
            """
            DELETE FROM evidence WHERE sha256 NOT IN (SELECT sha256 FROM entry_evidence)
              AND sha256 NOT IN (SELECT sha256 FROM incident_evidence)
            """)
        try run(
            """
            INSERT INTO tombstone (dossier_id, purged_at, purged_by, entry_count, last_seq, last_hash, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [p.dossierID, at.iso, by, p.entryCount, p.lastSeq, p.lastHash, p.reason])
        for id in p.erased {
            guard let person = try person(id: id) else { continue }
            try update(person: person.erased, key: .none)
        }
        effects?.purged = true
    }

    func letterSendings(dossier id: PersonID) throws -> [EntryID: LetterSending] {
        var all: [EntryID: LetterSending] = [:]
        for r in try rows(
            """
            SELECT entry_id, dossier_id, case_id, sent_on, via, recorded_at, recorded_by FROM letter_sent
            WHERE dossier_id = ? ORDER BY entry_id
            """, [id])
        {
            guard let on = r.date("sent_on"), let via = SendMethod(rawValue: r["via"]) else { continue }
            all[r["entry_id"]] = LetterSending(
                entryID: r["entry_id"], dossierID: r["dossier_id"], caseID: r["case_id"], on: on, via: via,
                recordedAt: r.time("recorded_at") ?? Timestamp(seconds: 0), recordedBy: r["recorded_by"])
        }
        return all
    }

    // MARK: Reading the chain

    func forEachEvidence(_ body: (String, [UInt8]) throws -> Void) throws {
        try each("SELECT sha256, data FROM evidence ORDER BY sha256") {
            try body($0.text("sha256") ?? "", $0.bytes("data"))
        }
    }

    func forEachEvent(_ body: (Ledger.StoredEvent) throws -> Void) throws {
        try each("SELECT \(Self.eventColumns) FROM event ORDER BY seq") { try body(Self.storedEvent($0)) }
    }

    func event(seq: Int64) throws -> Ledger.StoredEvent? {
        try row("SELECT \(Self.eventColumns) FROM event WHERE seq = ?", [seq]).map(Self.storedEvent)
    }

    /// Every login of a personal database reads every event whole: no seal of it lacks its hash.
    func sealedEvent(seq: Int64, entry: (dossier: PersonID, seq: Int64), makers: SealedEvent.Makers?) throws
        -> SealedEvent?
    {
        guard let e = try event(seq: seq) else { return nil }
        // The entry's own event: of its dossier, at its moment (one save), whose payload names it.
        let appended = try rows(
            """
            SELECT \(Self.eventColumns) FROM event
            WHERE dossier_id = ? AND kind = ? AND at = (SELECT at FROM entry WHERE dossier_id = ? AND seq = ?)
            ORDER BY seq
            """, [entry.dossier, EventKind.entryAppended.rawValue, entry.dossier, entry.seq]
        ).map(Self.storedEvent).first { SealedEvent.appended($0)?.seq == entry.seq }
        return SealedEvent(e, entryEvent: appended?.seq)
    }

    static let eventColumns = "seq, at, account, real_account, kind, dossier_id, audit_seq, payload, prev_hash, hash"

    /// Leniently: a row changed behind casus's back must still reach `verify`.
    static func storedEvent(_ r: NamedRow) -> Ledger.StoredEvent {
        Ledger.StoredEvent(
            seq: r["seq"], at: r.text("at") ?? "", account: r.text("account") ?? "",
            realAccount: r.text("real_account"),
            kind: r.text("kind") ?? "", dossier: r["dossier_id"], auditSeq: r["audit_seq"] ?? 0,
            payload: r.bytes("payload"),
            prevHash: r.text("prev_hash") ?? "", hash: r.text("hash") ?? "")
    }

    /// A derived table's rows in the form `verify` compares (DerivedTable), sorted by key.
    /// `present`: only these columns are read, the others are nil (the migration checks, before a later
    /// migration adds a column).
    func forEachDerivedRow(_ table: DerivedTable, _ body: (DerivedRow) throws -> Void) throws {
        try forEachDerivedRow(table, present: nil, body)
    }

    func forEachDerivedRow(_ table: DerivedTable, present: Set<String>?, _ body: (DerivedRow) throws -> Void) throws {
        let quoted = table == .case ? "\"case\"" : table.rawValue
        let order = table == .tombstone ? "id" : table.columns.prefix(table.keyLength).joined(separator: ", ")
        let texts = table.textColumns
        let columns = table.columns
        var selected = present.map { p in columns.filter { p.contains($0) } } ?? columns
        // A migration's check before the key's column was added reads no key (texts were plain then).
        let keyColumn = table.digestKey.flatMap { k in present.map { $0.contains(k) } ?? true ? k : nil }
        if let keyColumn { selected.append(keyColumn) }
        try each("SELECT \(selected.joined(separator: ", ")) FROM \(quoted) ORDER BY \(order)") { r in
            let key = keyColumn.flatMap { r.value($0) } ?? ""
            try body(
                columns.map { name in
                    guard present?.contains(name) ?? true else { return nil }
                    let value = r.value(name)
                    if texts.contains(name), let text = value { return EventCodec.text(key + text) }
                    return value
                })
        }
    }
}
