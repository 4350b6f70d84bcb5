@testable import CasusCore
@testable import CasusStore
import CasusDemo
import Foundation
import GRDB
import Testing
import CasusTestSupport

/// Every table of the schema, changed behind casus's back with its triggers dropped (as anyone
/// holding the file can): `verify` must find it. A table added to the schema without a case
/// here fails `everyTableIsCovered`, so nothing new slips outside the check.
@Suite struct TamperTests {
    /// Tables `verify` cannot and need not check, each with the reason.
    static let outside: [String: String] = [
        "grdb_migrations":
            "the list of schema steps applied; changing it makes casus redo or refuse a step, never a record",
        "sqlite_sequence": "SQLite's own AUTOINCREMENT bookkeeping (casus draws ids from its sequence table)",
        "sqlite_stat1": "the query planner's statistics",
        "entry_fts_config": "FTS5's settings row; a change makes the index unreadable, which the index check reports",
        "case_fts_config": "as entry_fts_config", "person_fts_config": "as entry_fts_config",
        "incident_fts_config": "as entry_fts_config", "audit_person_fts_config": "as entry_fts_config",
    ]

    /// One change per table, as an attacker would make it.
    static let changes: [String: String] = [
        "school": "UPDATE school SET name = 'Andere school' WHERE id = 1",
        "person":
            "UPDATE person SET kind = 'pupil' WHERE id = (SELECT min(id) FROM person WHERE kind = 'staff' AND id > 1)",
        "guardianship": "DELETE FROM guardianship WHERE parent_id = (SELECT min(parent_id) FROM guardianship)",
        "user": "UPDATE user SET role = 'director' WHERE role = 'ib'",
        "incident": "UPDATE incident SET summary = 'Niets aan de hand.' WHERE id = (SELECT min(id) FROM incident)",
        "incident_person":
            "DELETE FROM incident_person WHERE incident_id = (SELECT min(incident_id) FROM incident_person)",
        "case":
            "UPDATE \"case\" SET severity = 'light' WHERE severity <> 'light' AND id = (SELECT min(id) FROM \"case\" WHERE severity <> 'light')",
        "case_article":
            "UPDATE case_article SET article_id = 'X.1' WHERE case_id = (SELECT min(case_id) FROM case_article)",
        "step": "DELETE FROM step WHERE id = (SELECT max(id) FROM step)",
        "obligation":
            "UPDATE obligation SET done_at = '2026-11-20T09:00:00Z', done_by = 'x' WHERE id = (SELECT min(id) FROM obligation WHERE done_at IS NULL)",
        "entry": "UPDATE entry SET body = 'Er is niets gebeurd.' WHERE id = (SELECT min(id) FROM entry)",
        "evidence": "UPDATE evidence SET data = X'00'",
        "entry_evidence": "DELETE FROM entry_evidence",
        "incident_evidence": "UPDATE incident_evidence SET sha256 = (SELECT min(sha256) FROM entry_evidence)",
        "tombstone": "DELETE FROM tombstone",
        "letter_sent": "UPDATE letter_sent SET via = 'hand', sent_on = '2026-11-01'",
        "audit": "DELETE FROM audit WHERE id > (SELECT max(id) - 3 FROM audit)",
        "event": "DELETE FROM event WHERE seq = (SELECT max(seq) FROM event)",
        "sequence": "UPDATE sequence SET last = 1 WHERE name = 'id:entry'",
        "school_closure":
            "UPDATE school_closure SET last = '2029-12-31' WHERE id = (SELECT min(id) FROM school_closure)",
        "case_fact": "UPDATE case_fact SET value = 'ended' WHERE id = (SELECT min(id) FROM case_fact)",
        "stat_month": "UPDATE stat_month SET n = n + 1 WHERE month = (SELECT min(month) FROM stat_month)",
        "stat_rung": "UPDATE stat_rung SET n = n + 1",
        "stat_platform": "UPDATE stat_platform SET n = n + 1",
        "stat_article": "UPDATE stat_article SET n = n + 1",
        "stat_incident": "UPDATE stat_incident SET n = n + 1",
        "case_count": "UPDATE case_count SET n = n + 1 WHERE status = 'open'",
        "person_count": "UPDATE person_count SET n = n - 1 WHERE kind = 'pupil'",
        "entry_fts":
            "INSERT INTO entry_fts(entry_fts, rowid, title, body, scope) SELECT 'delete', id, title, body, scope FROM entry_search WHERE id = (SELECT min(id) FROM entry)",
        "entry_fts_data": "DELETE FROM entry_fts_data WHERE id = (SELECT max(id) FROM entry_fts_data)",
        "entry_fts_idx": "UPDATE entry_fts_idx SET pgno = pgno + 100",
        "entry_fts_docsize":
            "UPDATE entry_fts_docsize SET sz = X'010101' WHERE id = (SELECT min(id) FROM entry_fts_docsize)",
        "case_fts":
            "INSERT INTO case_fts(case_fts, rowid, summary, scope) SELECT 'delete', id, summary, scope FROM case_search WHERE id = (SELECT min(id) FROM \"case\")",
        "case_fts_data": "DELETE FROM case_fts_data WHERE id = (SELECT max(id) FROM case_fts_data)",
        "case_fts_idx": "UPDATE case_fts_idx SET pgno = pgno + 100",
        "case_fts_docsize":
            "UPDATE case_fts_docsize SET sz = X'0101' WHERE id = (SELECT min(id) FROM case_fts_docsize)",
        "incident_fts":
            "INSERT INTO incident_fts(incident_fts, rowid, summary, scope) SELECT 'delete', id, summary, scope FROM incident_search WHERE id = (SELECT min(id) FROM incident)",
        "incident_fts_data": "DELETE FROM incident_fts_data WHERE id = (SELECT max(id) FROM incident_fts_data)",
        "incident_fts_idx": "UPDATE incident_fts_idx SET pgno = pgno + 100",
        "incident_fts_docsize":
            "UPDATE incident_fts_docsize SET sz = X'0101' WHERE id = (SELECT min(id) FROM incident_fts_docsize)",
        "person_fts":
            "INSERT INTO person_fts(person_fts, rowid, search_name, scope) SELECT 'delete', id, search_name, scope FROM person_search WHERE id = (SELECT min(id) FROM person)",
        "person_fts_data": "DELETE FROM person_fts_data WHERE id = (SELECT max(id) FROM person_fts_data)",
        "person_fts_idx": "UPDATE person_fts_idx SET pgno = pgno + 100",
        "person_fts_docsize":
            "UPDATE person_fts_docsize SET sz = X'0101' WHERE id = (SELECT min(id) FROM person_fts_docsize)",
        // The audit log's person index: a line taken out of it is a read `casus audit --person` no
        // longer shows (a subject access request would miss it).
        "audit_person_fts":
            "INSERT INTO audit_person_fts(audit_person_fts, rowid, person_id) SELECT 'delete', id, person_id FROM audit WHERE id = (SELECT max(id) FROM audit WHERE person_id IS NOT NULL)",
        "audit_person_fts_data":
            "DELETE FROM audit_person_fts_data WHERE id = (SELECT max(id) FROM audit_person_fts_data)",
        "audit_person_fts_idx": "UPDATE audit_person_fts_idx SET pgno = pgno + 100",
    ]

    /// The demo school, plus what the demo lacks: an evidence file, a purged dossier, the school's
    /// own closures (one imported and replaced, one by hand), and a legal fact on a case. Its
    /// database is in `scratch`, which the caller keeps.
    static func world(in scratch: Scratch) throws -> (path: String, service: CasusService) {
        let path = scratch.path("casus.sqlite")
        let storage = try SQLiteStorage(path: path)
        let clock = TestClock("2026-11-18")
        _ = try DemoSchool.populate(
            storage: storage, protocolID: "koe-troubadour", account: "tester", profiles: Fixtures.profiles,
            clock: clock.clock)
        let service = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: clock.clock)
        let pupils = try service.directory.people(kinds: [.pupil], limit: 2)
        _ = try service.dossiers.addEntry(
            person: pupils[0].id, kind: .note, title: "Schermafdruk", body: "De schermafdruk van de ouder.",
            evidence: [EvidenceFile(name: "scherm.png", bytes: Array("PNG-ish".utf8))])
        // The purged pupil's dossier, written and left years ago: the world's purge is made at its
        // own time, not with the clock set ahead (one dated after an event that follows it, or
        // after now, is a finding of `verify`).
        clock.set("2023-03-01")
        _ = try service.dossiers.addEntry(person: pupils[1].id, kind: .note, title: nil, body: "Notitie.")
        clock.set("2026-11-18")
        // A report with the day it happened and a screenshot (issue 16, item 10).
        _ = try service.intake.report(
            summary: "Filmpje op TikTok.", platform: "TikTok", subjects: [pupils[0].id],
            happenedOn: Fixtures.date("2026-11-16"),
            evidence: [EvidenceFile(name: "tiktok.png", bytes: Array("PNG van de melding".utf8))])
        // A letter recorded as sent in a case, and one in the dossier that is purged (its sending goes with it).
        let c = try #require(try service.cases.rows(CaseFilter(), offset: 0, limit: 1).first)
        let letter = try service.cases.addEntry(c.id, kind: .letter, body: "Geachte ouders, ...").value
        try service.letters.sent(entry: letter.id, on: clock.clock.today, via: .post, library: LetterLibrary([])).value
        clock.set("2023-03-02")
        let purgedLetter = try service.session.write { tx in
            try service.dossiers.addEntry(
                person: pupils[1].id, kind: .letter, title: "Brief", body: "Geachte ouders, ...", in: tx, at: tx.now)
        }.value
        try service.letters.sent(entry: purgedLetter.id, on: clock.clock.today, via: .mail, library: LetterLibrary([]))
            .value
        try service.directory.setLeft(pupils[1].id, on: Fixtures.date("2023-07-01")).value
        clock.set("2026-11-19")
        let purged = try service.integrity.purge().value
        #expect(!purged.isEmpty, "the world needs a tombstone")
        clock.set("2026-11-20")
        let ics = { (summary: String) in
            """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20271020
            DTEND;VALUE=DATE:20271029
            SUMMARY:\(summary)
            END:VEVENT
            END:VCALENDAR
            """
        }
        try service.directory.importCalendar(ics("Herfstvakantie"), file: "rooster.ics")
        try service.directory.importCalendar(ics("Herfstvakantie (nieuw)"), file: "rooster.ics")
        try service.directory.addClosure(
            from: Fixtures.date("2027-11-12"), through: Fixtures.date("2027-11-12"), reason: "Studiedag",
            kind: .studyDay)
        let open = try #require(try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 1).first)
        try service.cases.courtCase(open.id, started: true, on: Fixtures.date("2026-11-20"), note: "Kort geding.")
        return (path, service)
    }

    /// Built once; each test changes its own copy. Its folder goes when the test process ends.
    static let shared = Result { try world(in: Scratch.untilExit("tamper")).path }

    /// A copy of the shared world in `scratch`, which the test keeps.
    static func copy(in scratch: Scratch) throws -> String {
        let path = scratch.path("casus.sqlite")
        let source = try shared.get()
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix)
        }
        return path
    }

    /// `verify` of a copy of the shared world after this change (`tamper`).
    static func verified(after sql: String) throws -> VerifyReport {
        let scratch = Scratch("tamper")  // kept to the end: its folder goes with it
        let path = try copy(in: scratch)
        try tamper(path, sql)
        let service = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles)
        defer { withExtendedLifetime(scratch) {} }
        return try service.integrity.verify()
    }

    /// The change made as an attacker with the file would: the guards dropped, the row changed,
    /// the guards put back as they were (so that what `verify` finds is the row, not the missing
    /// guards, which it names on their own: `aDroppedGuardIsFound`).
    static func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                .filter { ($0["name"] as String).contains("_no_") || ($0["name"] as String).contains("chain_link") }
            for t in triggers { try db.execute(sql: "DROP TRIGGER \(t["name"] as String)") }
            try db.execute(sql: sql)
            #expect(
                db.changesCount > 0 || sql.contains("entry_fts(") || sql.contains("case_fts(")
                    || sql.contains("person_fts("),
                "the change to make did nothing: \(sql)")
            for t in triggers { try db.execute(sql: t["sql"] as String) }
        }
    }

    /// A file whose guards were dropped could not be backed up at all, and nothing put them back
    /// (a review): a backup's copy gets them back as casus's migrations make them. Rows changed
    /// behind casus's back stay found.
    @Test func aCopysGuardsArePutBackAndItsRowsStillChecked() throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER entry_no_update; CREATE INDEX extra ON entry(title)")
        }
        let storage = try SQLiteStorage(path: path)
        let put = try storage.restoreGuards()
        #expect(put.contains("trigger entry_no_update made") && put.contains { $0.contains("extra") }, "\(put)")
        // At the world's time.
        let clock = TestClock("2026-11-20").clock
        let service = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: clock)
        #expect(try service.integrity.verify().isSound)
        try Self.tamper(path, "UPDATE entry SET body = 'anders' WHERE id = (SELECT min(id) FROM entry)")
        let again = try SQLiteStorage(path: path)
        _ = try again.restoreGuards()
        let after = try CasusService.session(
            storage: again, account: "tester", profiles: Fixtures.profiles, clock: clock)
        #expect(!(try after.integrity.verify().isSound))
    }

    /// A guard dropped (or emptied) and nothing else: the file keeps its rows and chains, and
    /// loses its protection. `verify` said "alles klopt" and `restore` took such a file (a review).
    @Test(arguments: [
        "DROP TRIGGER entry_no_update",
        "DROP TRIGGER audit_no_delete",
        "DROP TRIGGER event_no_delete; CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN SELECT 1; END",
        "DROP INDEX case_due",
        // A table of one's own, where a copy of what a purge erased can live on (a review).
        "CREATE TABLE zz (x); INSERT INTO zz VALUES ('Lotte Jansen, dossier 12')",
        // A column of one's own in a table of casus's, where the same copy lives on (a review).
        "ALTER TABLE school ADD COLUMN archive TEXT; UPDATE school SET archive = 'Gesprek met Isa'",
        // A generated column, which `table_info` does not list (a review).
        "ALTER TABLE person ADD COLUMN copy TEXT GENERATED ALWAYS AS (first_name || ' ' || last_name) VIRTUAL",
        // A check taken out of a table's definition.
        "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, ' CHECK (role IN (''subject'',''victim'',''witness'',''reporter''))', '') WHERE name = 'incident_person'; PRAGMA writable_schema = OFF",
        // A table and a trigger named as SQLite's own, through `writable_schema`: every note went on
        // into the table, a purge left it there, and reads went unlogged (a review).
        """
        CREATE TABLE keep (body TEXT);
        CREATE TRIGGER keepit AFTER INSERT ON entry BEGIN INSERT INTO keep VALUES (new.body); END;
        PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET name = 'sqlite_keep', tbl_name = 'sqlite_keep', sql = replace(sql, 'TABLE keep', 'TABLE sqlite_keep') WHERE name = 'keep';
        UPDATE sqlite_master SET name = 'sqlite_keepit', sql = 'CREATE TRIGGER sqlite_keepit AFTER INSERT ON entry BEGIN INSERT INTO sqlite_keep VALUES (new.body); END' WHERE name = 'keepit';
        PRAGMA writable_schema = OFF
        """,
        """
        CREATE TRIGGER quiet BEFORE INSERT ON audit WHEN new.action = 'dossier.read' BEGIN SELECT RAISE(IGNORE); END;
        PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET name = 'sqlite_quiet', sql = replace(sql, 'TRIGGER quiet', 'TRIGGER sqlite_quiet') WHERE name = 'quiet';
        PRAGMA writable_schema = OFF
        """,
        // Text in SQLite's own statistics: in an index's name, as a number where text stands (verify
        // and backup crashed), spelled as numbers (a review of the first mend).
        "ANALYZE; INSERT INTO sqlite_stat1 VALUES ('entry', 'sqlite_autoindex_entry_Lotte Jansen: gesprek', '10 2 1')",
        "ANALYZE; INSERT INTO sqlite_stat1 VALUES ('entry', NULL, 5)",
        "ANALYZE; INSERT INTO sqlite_stat1 VALUES ('entry', 'entry_case', '66 97 117 107 106 101')",
        // SQLite's own statistics table, made anew with a column of one's own.
        "ANALYZE; PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE TABLE sqlite_stat1(tbl,idx,stat,copy)' WHERE name = 'sqlite_stat1'; PRAGMA writable_schema = OFF",
    ])
    func aDroppedGuardIsFound(_ sql: String) throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: sql) }
        let service = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles)
        let r = try service.integrity.verify()
        #expect(!r.isSound && r.integrity.contains { "\($0)".contains("schema: ") }, "\(r.integrity)")
    }

    /// SQLite's own statistics, as casus's sessions and ANALYZE write them, are no finding.
    @Test func sqlitesOwnStatisticsAreNoFinding() throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
        let service = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles)
        let r = try service.integrity.verify()
        #expect(r.isSound, "\(r.integrity)")
    }

    @Test func everyTableIsCovered() throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        let uncovered = Set(tables).subtracting(Self.changes.keys).subtracting(Self.outside.keys)
        #expect(
            uncovered.isEmpty, "tables with no tampering case and no reason to be outside verify: \(uncovered.sorted())"
        )
    }

    @Test func theUntouchedWorldVerifies() throws {
        let scratch = Scratch("tamper")
        let (_, service) = try Self.world(in: scratch)
        let r = try service.integrity.verify()
        #expect(r.isSound, "\(r.differences) \(r.problems) \(r.integrity) \(r.sequences.map(\.name))")
    }

    @Test(arguments: changes.keys.sorted())
    func aChangeBehindCasussBackIsFound(_ table: String) throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        try Self.tamper(path, Self.changes[table]!)
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let r = try service.integrity.verify()
        #expect(!r.isSound, "verify did not notice a change to \(table)")
    }

    /// The audit log cut from the last write's own line on: every event's audit_seq is the log's
    /// length before its write's line, so no event named that line, and `verify` said "alles
    /// klopt" with the last write unlogged (a review).
    @Test func theLastWritesAuditLineCutIsFound() throws {
        let r = try Self.verified(
            after: """
                DELETE FROM audit WHERE id > (SELECT max(audit_seq) FROM event);
                INSERT INTO audit_person_fts(audit_person_fts) VALUES ('rebuild');
                """)
        #expect(!r.isSound && r.auditCut != nil, "\(r.integrity) \(String(describing: r.auditCut))")
    }

    /// A write's audit line before the last, deleted or made another action, the log's hashes
    /// computed again: only the last event's line was held against its event, and `verify` said
    /// "alles klopt" (a review deleted the line of a note and changed a letter's sending line).
    @Test(arguments: [
        "DELETE FROM audit WHERE id = (SELECT min(id) FROM audit WHERE action = 'entry.append')",
        "UPDATE audit SET action = 'case.read' WHERE id = (SELECT min(id) FROM audit WHERE action = 'case.step')",
    ])
    func aWritesAuditLineChangedAndRehashedIsFound(_ sql: String) throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        try Self.tamper(path, sql)
        try Self.rehashAudit(path)
        let service = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles)
        let r = try service.integrity.verify()
        #expect(r.auditBreak == nil, "the log's hashes were computed again")
        #expect(!r.isSound && r.auditUnmatched != nil, "\(String(describing: r.auditUnmatched))")
    }

    /// The audit log's hashes computed again from its first line, as one who holds the file can.
    static func rehashAudit(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            let triggers = try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")
            for t in triggers { try db.execute(sql: "DROP TRIGGER \(t["name"] as String)") }
            var prev = DossierChain.genesis
            for row in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id") {
                var line = AuditRecord(
                    id: row["id"], at: Timestamp(iso: row["at"])!, account: row["account"],
                    realAccount: row["real_account"], action: row["action"], personID: row["person_id"],
                    caseID: row["case_id"], detail: row["detail"], prevHash: prev)
                line.hash = line.expectedHash
                try db.execute(
                    sql: "UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", arguments: [prev, line.hash, line.id])
                prev = line.hash
            }
            for t in triggers { try db.execute(sql: t["sql"] as String) }
        }
    }

    /// A purge casus would refuse, written through the store's own purge (as one who holds the file
    /// can, its event chained as any): of a pupil still at school, taking an open case. `verify`
    /// replayed it as any (a review); it now names what no purge may do.
    @Test func aPurgeOfAPupilStillAtSchoolWithAnOpenCaseIsFound() throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        let service = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles)
        let row = try #require(
            try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100).first { $0.subjectKind == .pupil })
        let detail = try service.cases.detail(row.id)
        #expect(detail.dossierOwner.leftOn == nil)
        _ = try service.session.build { tx in
            try tx.purge(dossier: detail.dossierOwner.id, at: tx.now, reason: "Bewaartermijn verstreken.")
        }
        let r = try service.integrity.verify()
        let said = r.problems.map(\.message.nl).joined(separator: " | ")
        #expect(!r.isSound && said.contains("de school nog niet had verlaten"), "\(said)")
        #expect(said.contains("zaak \(detail.record.number) mee terwijl die nog open was"), "\(said)")
    }

    /// The tamper world's copy in `scratch`, its director's session, and a colleague added to it.
    static func formerColleague(_ scratch: Scratch) throws -> (CasusService, String, Person) {
        let path = try Self.copy(in: scratch)
        let service = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles)
        let gone = try service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Oud", lastName: "Collega", function: "conciërge")
        ).value
        return (service, path, gone)
    }

    /// A purge casus would refuse for what runs in the dossier, or for who makes it, written through
    /// the store's own purge: during a court case, and by a teacher. `verify` replayed both as any
    /// (a review).
    @Test func aPurgeDuringACourtCaseOrByATeacherIsFound() throws {
        let scratch = Scratch("tamper")
        let (service, _, gone) = try Self.formerColleague(scratch)
        let c = try service.reportedAndOpened(about: gone.id, "Berichten.", articles: ["3A.8"])
        try service.cases.courtCase(c.id, .started, on: service.today, note: "Procedure.").value
        for o in try service.cases.detail(c.id).obligations where !o.isDone && !o.isDeadlineForOthers {
            try service.cases.markDone(c.id, obligation: String(o.id)).value
        }
        _ = try service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld; de rechtszaak loopt.").value
        try service.directory.setLeft(gone.id, on: Fixtures.date("2020-07-01")).value
        _ = try service.session.build { tx in
            try tx.purge(dossier: gone.id, at: tx.now, reason: "Bewaartermijn verstreken.")
        }
        let r = try service.integrity.verify()
        let said = r.problems.map(\.message.nl).joined(separator: " | ")
        #expect(
            !r.isSound && said.contains("terwijl in zaak \(c.number) een rechtszaak, geschil of bezwaar liep"),
            "\(said)")

        let other = Scratch("tamper-teacher")
        let (director, second, left) = try Self.formerColleague(other)
        try director.directory.setLeft(left.id, on: Fixtures.date("2020-07-01")).value
        try director.directory.addUser(account: "juf_ria", role: .teacher, personID: nil).value
        let teacher = try CasusService.session(
            storage: try SQLiteStorage(path: second), account: "juf_ria", profiles: Fixtures.profiles)
        _ = try teacher.session.build { tx in
            try tx.purge(dossier: left.id, at: tx.now, reason: "Bewaartermijn verstreken.")
        }
        let t = try director.integrity.verify()
        let told = t.problems.map(\.message.nl).joined(separator: " | ")
        #expect(!t.isSound && told.contains("door juf_ria, die dat niet mocht"), "\(told)")
    }

    /// A purge written by hand, its event chained as any, of a dossier that may go (its person left
    /// years ago, no case) but naming another pupil's open case, its report, another report about
    /// her, and her details: `verify` replayed it as any, and
    /// with it the pupil's case, two reports and her name were gone under a signed checkpoint (a
    /// review). It names each.
    @Test func aPurgeTakingAnotherDossiersRecordsIsFound() throws {
        let scratch = Scratch("tamper")
        let (service, path, gone) = try Self.formerColleague(scratch)
        try service.directory.setLeft(gone.id, on: Fixtures.date("2020-07-01")).value
        // A pupil still at school, her report and its open case.
        let roos = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Roos", lastName: "Sijtsma", group: "7")
        ).value
        let report = try service.intake.report(summary: "Bericht.", platform: nil, subjects: [roos.id]).value
        let taken = try service.cases.open(incident: report.id, subject: roos.id, articles: ["3A.1"], severity: nil)
            .value
        let other = try service.intake.report(summary: "Over een ander.", platform: nil, subjects: [roos.id]).value
        // Reports the gone colleague is in, but not theirs alone: one they only witnessed, and one
        // dismissed with Roos as its second subject (a second review found both taken unnoticed).
        let witnessed = try service.intake.report(
            summary: "Gezien door de conciërge.", platform: nil, subjects: [roos.id], witnesses: [gone.id]
        ).value
        let shared = try service.intake.report(
            summary: "Samen een filmpje.", platform: nil, subjects: [gone.id, roos.id]
        ).value
        try service.intake.dismiss(shared.id, reason: "Geen grond.").value
        // The guards dropped for the write, as one with the file can, and put back after it.
        let queue = try DatabaseQueue(path: path)
        let guards = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                .filter { ($0["name"] as String).contains("_no_") }.map { ($0["name"] as String, $0["sql"] as String) }
        }
        try queue.writeWithoutTransaction { db in for g in guards { try db.execute(sql: "DROP TRIGGER \(g.0)") } }
        _ = try service.session.build { tx in
            try tx.emit(
                .dossierPurged(
                    Purge(
                        dossierID: gone.id, reason: "Bewaartermijn verstreken.", entryCount: 0, lastSeq: 0,
                        lastHash: DossierChain.genesis, cases: [taken.id],
                        incidents: [report.id, other.id, witnessed.id, shared.id],
                        erased: [gone.id, roos.id])), at: tx.now)
        }
        try queue.writeWithoutTransaction { db in for g in guards { try db.execute(sql: g.1) } }
        let r = try service.integrity.verify()
        let said = r.problems.map(\.message.nl).joined(separator: " | ")
        #expect(!r.isSound)
        #expect(said.contains("neemt zaak \(taken.number) mee, die daar niet in staat"), "\(said)")
        for id in [other.id, witnessed.id, shared.id] {
            #expect(said.contains("neemt melding \(id) mee, die niet alleen over die persoon gaat"), "\(said)")
        }
        #expect(
            said.contains("wist de gegevens van persoon \(roos.id), die nog genoemd wordt of de school niet verliet"),
            "\(said)")
        #expect(!said.contains("persoon \(gone.id),"), "the purged dossier's own person may go: \(said)")
    }

    /// The key a person's texts are hashed under (PersonKey) is checked with them: another key, or
    /// none, makes every text of the person differ from the chain.
    @Test(arguments: [
        "UPDATE person SET salt = '' WHERE id = (SELECT min(id) FROM person WHERE salt <> '')",
        "UPDATE person SET salt = replace(salt, substr(salt, 1, 1), 'f') WHERE id = (SELECT max(id) FROM person)",
    ])
    func aPersonsKeyChangedIsFound(_ sql: String) throws {
        let r = try Self.verified(after: sql)
        #expect(!r.isSound && r.differences.contains { "\($0)".contains("person") }, "\(r.differences)")
    }

    /// The law a case follows hangs on the school record: a sector, denomination or closure changed
    /// behind casus's back is named, not just "something differs".
    @Test(arguments: [
        "UPDATE school SET denomination = 'openbaar' WHERE id = 1",
        "UPDATE school SET sector = 'vo' WHERE id = 1",
        "DELETE FROM school_closure WHERE id = (SELECT max(id) FROM school_closure)",
        "UPDATE step SET phase = 'proposal' WHERE id = (SELECT min(id) FROM step)",
        // Only a founded case counts as an offence: an outcome changed behind casus's back is named.
        "UPDATE \"case\" SET outcome = 'unfounded' WHERE outcome = 'founded'",
    ])
    func theSchoolRecordAndTheLawsRowsAreChecked(_ sql: String) throws {
        let scratch = Scratch("tamper")
        let path = try Self.copy(in: scratch)
        try Self.tamper(path, sql)
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let r = try service.integrity.verify()
        let table =
            sql.contains("outcome")
            ? "case" : sql.contains("school_closure") ? "school_closure" : sql.contains("step") ? "step" : "school"
        #expect(!r.isSound && r.differences.contains { $0.table.rawValue == table }, "\(r.differences)")
    }
}
