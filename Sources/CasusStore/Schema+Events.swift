import CasusCore
import Foundation
import GRDB

extension Schema {
    static let genesis = String(repeating: "0", count: 64)

    /// v8: every decision is an event in one hash chain; the tables are derived from it. A purge
    /// is an event too (the `purge_grant` side door is gone): entries, steps and cases leave only
    /// while the chain's head is the purge of their dossier. Ids and case numbers come from
    /// sequences that never go back. An existing database is checked first, then its history is
    /// written as events from its rows, and the rows are checked against the replayed events.
    static func v8Events(_ db: Database) throws {
        try SQLiteMigrationCheck.before(db)
        try db.execute(
            sql: """
                CREATE TABLE event (
                    seq INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    account TEXT NOT NULL,
                    real_account TEXT,
                    kind TEXT NOT NULL,
                    dossier_id INTEGER,
                    audit_seq INTEGER NOT NULL,
                    payload BLOB NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX event_dossier ON event(dossier_id) WHERE dossier_id IS NOT NULL;

                CREATE TABLE sequence (name TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;

                DROP TRIGGER entry_no_delete;
                DROP TRIGGER step_no_delete;
                DROP TABLE purge_grant;
                DROP TABLE revision;
                """)
        for table in revisedTables {
            let name = table.replacingOccurrences(of: "\"", with: "")
            for event in ["insert", "update", "delete"] {
                try db.execute(sql: "DROP TRIGGER revision_\(name)_\(event)")
            }
        }
        for (name, table) in [
            ("school", "school"), ("person", "person"), ("incident", "incident"), ("case", "\"case\""),
            ("step", "step"), ("obligation", "obligation"), ("entry", "entry"),
        ] {
            try db.execute(
                sql: "INSERT INTO sequence (name, last) SELECT 'id:\(name)', coalesce(max(id), 0) FROM \(table)")
        }
        try db.execute(
            sql: """
                INSERT INTO sequence (name, last)
                SELECT 'case-number:' || substr(number, 1, 4), max(CAST(substr(number, 6) AS INTEGER)) FROM "case" GROUP BY 1
                """)
        try refreshNameKeys(db)
        try SQLiteHistory.write(db)
        try db.execute(sql: eventTriggers)
        try SQLiteMigrationCheck.after(db)
    }

    /// A person's sort and search keys are derived from the name by the code that reads them;
    /// an older casus may have derived them differently, so they are derived again here, before
    /// the rows are checked against the events.
    static func refreshNameKeys(_ db: Database) throws {
        let access = SQLiteAccess(db: db)
        for r in try access.rows("SELECT \(Person.v8Columns), p.sort_name, p.search_name FROM person p ORDER BY id") {
            let p = Person(row: r)
            guard r.text("sort_name") != p.sortKey || r.text("search_name") != p.searchKey else { continue }
            try db.execute(
                sql: "UPDATE person SET sort_name = ?, search_name = ? WHERE id = ?",
                arguments: [p.sortKey, p.searchKey, p.id])
        }
    }

    /// The chain's links, append-only events, and deletions only by a purge at the head.
    static let eventTriggers = """
        CREATE TRIGGER event_chain_link BEFORE INSERT ON event
        WHEN NEW.seq IS NOT coalesce((SELECT max(seq) FROM event), 0) + 1
          OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM event WHERE seq = NEW.seq - 1), '\(genesis)')
        BEGIN SELECT RAISE(ABORT, 'casus: an event must follow the head of the chain'); END;
        CREATE TRIGGER event_no_update BEFORE UPDATE ON event
        BEGIN SELECT RAISE(ABORT, 'casus: events are append-only'); END;
        CREATE TRIGGER event_no_delete BEFORE DELETE ON event
        BEGIN SELECT RAISE(ABORT, 'casus: events are append-only'); END;

        CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry
        WHEN NOT EXISTS (\(purgeAtHead("OLD.dossier_id")))
        BEGIN SELECT RAISE(ABORT, 'casus: dossier entries are append-only'); END;
        CREATE TRIGGER step_no_delete BEFORE DELETE ON step
        WHEN NOT EXISTS (\(purgeAtHead("(SELECT dossier_id FROM \"case\" WHERE id = OLD.case_id)")))
        BEGIN SELECT RAISE(ABORT, 'casus: ladder steps are append-only'); END;
        CREATE TRIGGER obligation_no_delete BEFORE DELETE ON obligation
        WHEN NOT EXISTS (\(purgeAtHead("(SELECT dossier_id FROM \"case\" WHERE id = OLD.case_id)")))
        BEGIN SELECT RAISE(ABORT, 'casus: obligations leave only with their case in a purge'); END;
        CREATE TRIGGER case_article_no_delete BEFORE DELETE ON case_article
        WHEN NOT EXISTS (\(purgeAtHead("(SELECT dossier_id FROM \"case\" WHERE id = OLD.case_id)")))
        BEGIN SELECT RAISE(ABORT, 'casus: a case keeps its articles'); END;
        CREATE TRIGGER case_no_delete BEFORE DELETE ON "case"
        WHEN NOT EXISTS (\(purgeAtHead("OLD.dossier_id")))
        BEGIN SELECT RAISE(ABORT, 'casus: cases leave only in a purge of their dossier'); END;
        CREATE TRIGGER incident_no_delete BEFORE DELETE ON incident
        WHEN NOT EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'dossier.purged')
        BEGIN SELECT RAISE(ABORT, 'casus: reports leave only in a purge'); END;
        CREATE TRIGGER incident_person_no_delete BEFORE DELETE ON incident_person
        WHEN NOT EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'dossier.purged')
        BEGIN SELECT RAISE(ABORT, 'casus: reports leave only in a purge'); END;
        CREATE TRIGGER person_no_delete BEFORE DELETE ON person BEGIN SELECT RAISE(ABORT, 'casus: people are never deleted'); END;
        CREATE TRIGGER user_no_delete BEFORE DELETE ON user BEGIN SELECT RAISE(ABORT, 'casus: accounts are never deleted'); END;
        CREATE TRIGGER school_no_delete BEFORE DELETE ON school BEGIN SELECT RAISE(ABORT, 'casus: schools are never deleted'); END;
        CREATE TRIGGER guardianship_no_delete BEFORE DELETE ON guardianship
        BEGIN SELECT RAISE(ABORT, 'casus: a guardianship is never deleted'); END;
        """

    /// v21: an account's access ends (`user.removed`): its row leaves while that event is the
    /// chain's head, and only then.
    static func v21UserRemoved(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER user_no_delete;
                CREATE TRIGGER user_no_delete BEFORE DELETE ON user
                WHEN NOT EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'user.removed')
                BEGIN SELECT RAISE(ABORT, 'casus: an account leaves only by its user.removed event'); END;
                """)
    }

    /// v22: the key a person's texts are hashed under in the chain (PersonKey), empty for everyone
    /// written before (their events hold plain SHA-256s, which stay); a purge that erases them empties it.
    static func v22PersonKey(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE person ADD COLUMN salt TEXT NOT NULL DEFAULT ''
                    CHECK (salt = '' OR (length(salt) = 64 AND salt NOT GLOB '*[^0-9a-f]*'))
                """)
    }

    /// v23: an evidence file's name as it was filed with each entry and report. The file is kept
    /// once by its hash; its name was the first filer's, and a second record holding the same bytes
    /// showed that name (on a server, another school's: "lotte-bos-naaktfoto.png" to a teacher, a
    /// review). Rows filed before keep '' and read the file's first name, as they did.
    static func v23EvidenceNames(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE entry_evidence ADD COLUMN name TEXT NOT NULL DEFAULT '';
                ALTER TABLE incident_evidence ADD COLUMN name TEXT NOT NULL DEFAULT '';
                """)
    }

    /// v24: a dossier entry's salt (EntrySalt), hashed with it. An entry written before keeps ''
    /// and hashes as it did (`casus-entry-v1`).
    static func v24EntrySalt(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE entry ADD COLUMN salt TEXT NOT NULL DEFAULT ''
                    CHECK (salt = '' OR (length(salt) = 32 AND salt NOT GLOB '*[^0-9a-f]*'))
                """)
    }

    /// v10: a filed letter recorded as sent (when, how), derived from its `letter.sent` event;
    /// it leaves only with its entry in a purge.
    static func v10LetterSent(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE letter_sent (
                    entry_id INTEGER PRIMARY KEY REFERENCES entry(id),
                    dossier_id INTEGER NOT NULL,
                    case_id INTEGER,
                    sent_on TEXT NOT NULL,
                    via TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    recorded_by TEXT NOT NULL
                );
                CREATE INDEX letter_sent_dossier ON letter_sent(dossier_id);
                CREATE TRIGGER letter_sent_no_update BEFORE UPDATE ON letter_sent
                BEGIN SELECT RAISE(ABORT, 'casus: a letter is recorded as sent once'); END;
                CREATE TRIGGER letter_sent_no_delete BEFORE DELETE ON letter_sent
                WHEN NOT EXISTS (\(purgeAtHead("OLD.dossier_id")))
                BEGIN SELECT RAISE(ABORT, 'casus: a sending leaves only with its letter in a purge'); END;
                """)
    }

    /// v11 (issue 16): a case's outcome (founded, unfounded, mistake), from its `case.closed`
    /// event; a case closed before reads as founded, which is what it counted as. A case's articles
    /// may now also leave while a `case.reclassified` event of that case is the chain's head.
    static func v11CaseOutcome(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE "case" ADD COLUMN outcome TEXT CHECK (outcome IN ('founded','unfounded','mistake'));
                UPDATE "case" SET outcome = 'founded' WHERE status = 'closed';
                DROP TRIGGER case_article_no_delete;
                CREATE TRIGGER case_article_no_delete BEFORE DELETE ON case_article
                WHEN NOT EXISTS (\(purgeAtHead("(SELECT dossier_id FROM \"case\" WHERE id = OLD.case_id)")))
                  AND NOT EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event)
                                  AND kind = 'case.reclassified')
                BEGIN SELECT RAISE(ABORT, 'casus: a case keeps its articles'); END;
                """)
    }

    /// Issue 16, item 2: how a person is addressed and where their letters go. A person from before
    /// is onbekend, without an address (as `Ledger` replays their events, which have neither field).
    static func v15PersonAddress(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE person ADD COLUMN salutation TEXT NOT NULL DEFAULT 'onbekend'
                    CHECK (salutation IN ('heer','mevrouw','neutraal','onbekend'));
                ALTER TABLE person ADD COLUMN street TEXT NOT NULL DEFAULT '';
                ALTER TABLE person ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
                ALTER TABLE person ADD COLUMN town TEXT NOT NULL DEFAULT '';
                """)
    }

    /// v13 (issue 16, item 10): a report's day it happened and its evidence files, from its
    /// `incident.reported` event. The files are kept as an entry's are (`evidence`, by SHA-256);
    /// the links leave only with their report in a purge. A report written before has neither.
    static func v13IncidentWhen(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE incident ADD COLUMN happened_on TEXT;
                CREATE TABLE incident_evidence (
                    incident_id INTEGER NOT NULL REFERENCES incident(id),
                    position INTEGER NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES evidence(sha256),
                    PRIMARY KEY (incident_id, position)
                ) WITHOUT ROWID;
                CREATE INDEX incident_evidence_sha ON incident_evidence(sha256);
                CREATE TRIGGER incident_evidence_no_update BEFORE UPDATE ON incident_evidence
                BEGIN SELECT RAISE(ABORT, 'casus: a report keeps its evidence'); END;
                CREATE TRIGGER incident_evidence_no_delete BEFORE DELETE ON incident_evidence
                WHEN NOT EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'dossier.purged')
                BEGIN SELECT RAISE(ABORT, 'casus: the evidence of a report leaves only with it in a purge'); END;
                """)
    }

    static func purgeAtHead(_ dossier: String) -> String {
        "SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'dossier.purged' AND dossier_id = \(dossier)"
    }
}

/// The history of a database from before the event chain, written as events from its rows, in
/// the order the rows' own times give (what has no time of its own comes first).
enum SQLiteHistory {
    struct Fact {
        var time: String
        var order: Int
        var id: Int64
        var at: String
        var account: String
        var payload: EventPayload
    }

    static func write(_ db: Database) throws {
        let access = SQLiteAccess(db: db)
        var facts: [Fact] = []
        // Times are ISO strings: they sort as they read.
        let times = try access.rows(
            """
            SELECT min(t) AS first FROM (SELECT min(reported_at) AS t FROM incident UNION ALL SELECT min(opened_at) FROM "case"
                UNION ALL SELECT min(at) FROM entry UNION ALL SELECT min(at) FROM audit)
            """)
        let first: String = times.first?.text("first") ?? Timestamp.now().iso
        let founder =
            try access.row("SELECT account FROM audit WHERE action = 'school.init' ORDER BY id LIMIT 1")?.text(
                "account")
            ?? "casus"
        func add(_ time: String?, _ order: Int, _ id: Int64, _ account: String?, _ payload: EventPayload) {
            facts.append(
                Fact(
                    time: time ?? first, order: order, id: id, at: time ?? first, account: account ?? founder,
                    payload: payload))
        }
        for r in try access.rows("SELECT \(School.v8Columns) FROM school ORDER BY id") {
            add(nil, 0, r["id"], nil, .schoolCreated(School(row: r)))
        }
        for r in try access.rows("SELECT \(Person.v8Columns) FROM person p ORDER BY id") {
            add(nil, 1, r["id"], nil, .personAdded(Person(row: r), key: .none))
        }
        for r in try access.rows("SELECT parent_id, pupil_id FROM guardianship ORDER BY parent_id, pupil_id") {
            add(nil, 2, r["parent_id"], nil, .guardianLinked(parent: r["parent_id"], pupil: r["pupil_id"]))
        }
        for r in try access.rows("SELECT \(User.columns) FROM user ORDER BY account") {
            add(nil, 3, 0, nil, .userAdded(User(row: r)))
        }
        var involved: [IncidentID: [InvolvedRef]] = [:]
        for r in try access.rows(
            "SELECT incident_id, person_id, role FROM incident_person ORDER BY incident_id, role, person_id")
        {
            involved[r["incident_id"], default: []].append(
                InvolvedRef(
                    person: r["person_id"],
                    role: Involvement(rawValue: r["role"]) ?? .witness))
        }
        var triagedAt: [IncidentID: String] = [:]
        for r in try access.rows("SELECT incident_id, min(opened_at) AS at FROM \"case\" GROUP BY incident_id") {
            triagedAt[r["incident_id"]] = r.text("at")
        }
        for r in try access.rows(
            "SELECT \(Incident.v8Columns), i.reported_by, i.dismissed_at, i.dismissed_by FROM incident i ORDER BY id")
        {
            var i = Incident(row: r)
            let status = i.status
            i.status = .new
            let reportedBy = r.text("reported_by")
            add(
                i.reportedAt.iso, 4, i.id, reportedBy,
                .incidentReported(i, involved: involved[i.id] ?? [], reportedBy: reportedBy ?? founder))
            switch status {
            case .triaged: add(triagedAt[i.id] ?? i.reportedAt.iso, 6, i.id, reportedBy, .incidentTriaged(i.id))
            case .dismissed:
                let at = r.text("dismissed_at") ?? i.reportedAt.iso
                let by = r.text("dismissed_by") ?? founder
                add(
                    at, 12, i.id, by,
                    .incidentDismissed(
                        i.id, reason: i.dismissedReason ?? "",
                        at: Timestamp(iso: at) ?? i.reportedAt, by: by))
            case .new: break
            }
        }
        var lastStep: [CaseID: String] = [:]
        for r in try access.rows("SELECT \(Step.v8Columns) FROM step ORDER BY id") {
            let s = Step(row: r)
            add(s.at.iso, 7, s.id, s.actor, .stepTaken(s))
            lastStep[s.caseID] = max(lastStep[s.caseID] ?? "", s.at.iso)
        }
        for r in try access.rows(
            "SELECT \(Case.v8Columns), c.dossier_kind, c.subject_kind, c.opened_by, c.closed_by FROM \"case\" c ORDER BY id"
        ) {
            var c = Case(row: r)
            let (status, rung, closedAt, reason) = (c.status, c.rung, c.closedAt, c.closeReason)
            c.status = .open
            c.rung = nil
            c.closedAt = nil
            c.closeReason = nil
            let openedBy = r.text("opened_by") ?? founder
            add(
                c.openedAt.iso, 5, c.id, openedBy,
                .caseOpened(
                    c, dossierKind: DossierKind(rawValue: r.text("dossier_kind") ?? "") ?? .pupil,
                    subjectKind: SubjectKind(rawValue: r.text("subject_kind") ?? "") ?? .pupil, openedBy: openedBy))
            if let rung { add(lastStep[c.id] ?? c.openedAt.iso, 9, c.id, openedBy, .caseRung(c.id, rung)) }
            if status == .closed {
                let at = closedAt ?? c.openedAt
                let by = r.text("closed_by") ?? openedBy
                add(at.iso, 13, c.id, by, .caseClosed(c.id, reason: reason ?? "", at: at, by: by, outcome: nil))
            }
        }
        for r in try access.rows("SELECT \(Obligation.v8Columns), step_id, created_at FROM obligation ORDER BY id") {
            guard var o = Obligation(row: r) else { continue }
            let created = r.text("created_at") ?? first
            let (doneAt, doneBy, entry) = (o.doneAt, o.doneBy, o.entryID)
            o.doneAt = nil
            o.doneBy = nil
            o.entryID = nil
            add(
                created, 8, o.id, nil,
                .obligationCreated(o, stepID: r["step_id"], createdAt: Timestamp(iso: created) ?? .init(seconds: 0)))
            if let doneAt {
                let at = max(doneAt.iso, created)
                add(
                    at, 11, o.id, doneBy,
                    .obligationDone(o.caseID, o.id, entry: entry, at: doneAt, by: doneBy ?? founder))
            }
        }
        for r in try access.rows("SELECT \(DossierEntry.unsaltedColumns) FROM entry e ORDER BY id") {
            let e = DossierEntry(row: r)
            var files: [EvidenceFile] = []
            for sha in e.evidence {
                if let f = try access.evidence(sha256: sha) { files.append(f) }
            }
            add(e.at.iso, 10, e.id, e.author, .entryAppended(e, evidence: files))
        }
        for r in try access.rows("SELECT \(Tombstone.columns) FROM tombstone ORDER BY id") {
            let t = Tombstone(row: r)
            add(
                t.purgedAt.iso, 14, 0, t.purgedBy,
                .dossierPurged(
                    Purge(
                        dossierID: t.dossierID, reason: t.reason, entryCount: t.entryCount, lastSeq: t.lastSeq,
                        lastHash: t.lastHash, cases: [], incidents: [])))
        }
        facts.sort { ($0.time, $0.order, $0.id) < ($1.time, $1.order, $1.id) }
        var head = ChainHead.genesis
        for f in facts {
            let e = EventChain.link(
                f.payload, after: head, at: Timestamp(iso: f.at) ?? .init(seconds: 0), account: f.account,
                realAccount: nil, auditSeq: 0)
            try db.execute(
                sql: """
                    INSERT INTO event (seq, at, account, real_account, kind, dossier_id, audit_seq, payload, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    e.seq, e.at.iso, e.account, e.realAccount, e.kind.rawValue, e.dossier, e.auditSeq,
                    Data(e.payloadBytes), e.prevHash, e.hash,
                ])
            head = ChainHead(seq: e.seq, hash: e.hash)
        }
    }
}

/// The checks around the move to the event chain: the old chains before, the replayed events
/// against every row after. Either failing leaves the database as it was.
enum SQLiteMigrationCheck {
    static func before(_ db: Database) throws {
        let access = SQLiteAccess(db: db)
        var starts: [PersonID: DossierChain.Walker] = [:]
        for t in try access.tombstones() {
            starts[t.dossierID] = DossierChain.Walker(prev: t.lastHash, nextSeq: t.lastSeq + 1)
        }
        var walkers: [PersonID: DossierChain.Walker] = [:]
        var broken: (PersonID, Int64)?
        try access.forEachEntry(columns: DossierEntry.unsaltedColumns) { e in
            guard broken == nil else { return }
            var w = walkers[e.dossierID] ?? starts[e.dossierID] ?? DossierChain.Walker()
            if w.check(e) != nil { broken = (e.dossierID, e.seq) }
            walkers[e.dossierID] = w
        }
        if let (dossier, seq) = broken {
            throw refusal(
                Phrase(
                    "dossier \(dossier) is al gebroken bij stuk #\(seq)",
                    "dossier \(dossier) is already broken at entry #\(seq)"))
        }
    }

    static func after(_ db: Database) throws {
        let access = SQLiteAccess(db: db)
        var ledger = Ledger()
        try access.forEachEvent { ledger.apply($0) }
        if let p = ledger.problems.first { throw refusal(p.message) }
        for table in DerivedTable.allCases {
            // The columns this schema has: a table or column a later migration adds is checked after it.
            let name = table == .case ? "case" : table.rawValue
            let present = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(name)\")").map { $0["name"] as String })
            guard !present.isEmpty else { continue }
            let kept = table.columns.map { present.contains($0) }
            func only(_ row: DerivedRow) -> DerivedRow { zip(row, kept).map { $1 ? $0 : nil } }
            var expected = ledger.expected(table).makeIterator()
            var problem: Phrase?
            try access.forEachDerivedRow(table, present: present) { row in
                guard problem == nil else { return }
                if expected.next().map({ only($0.row) }) != row {
                    problem = Phrase(
                        "tabel \(table.rawValue) wijkt af bij \(row.prefix(max(1, table.keyLength)).map { $0 ?? "NULL" })",
                        "table \(table.rawValue) differs at \(row.prefix(max(1, table.keyLength)).map { $0 ?? "NULL" })"
                    )
                }
            }
            if problem == nil, expected.next() != nil {
                problem = Phrase("tabel \(table.rawValue) mist rijen", "table \(table.rawValue) is missing rows")
            }
            if let problem { throw refusal(problem) }
        }
    }

    static func refusal(_ what: Phrase) -> CasusError {
        CasusError(
            .storage,
            Phrase(
                "deze database kan niet naar de gebeurtenisketen van deze casus: ",
                "this database cannot move to this casus's event chain: ")
                + what,
            hint: Phrase(
                "Er is niets veranderd. Controleer de database met de vorige versie van casus (`casus verify`) en zet zo nodig een reservekopie terug.",
                "Nothing was changed. Check the database with the previous casus (`casus verify`) and restore a backup if needed."
            ))
    }
}
