@testable import CasusCore
@testable import CasusStore
import Foundation
import GRDB
import Testing
import CasusTestSupport

/// Databases made by earlier versions of casus are brought up to date when they are opened:
/// their rows written into the event chain as its history, their search index rebuilt, their
/// kept counts filled, and nothing in them changed.
@Suite struct MigrationTests {
    @Test func aVersionOneDatabaseIsBroughtUpToDateWhenOpened() throws {
        let scratch = Scratch("v1")
        let path = scratch.path("casus.sqlite")
        let at = Fixtures.at("2026-10-05")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = \(Schema.applicationID)") }
            try Schema.migrator.migrate(queue, upTo: "v1-foundation")
            // The rows as the first casus wrote them.
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO school (id, name, town, protocol_id) VALUES (1, 'OBS De Linde', 'Ede', 'jozefschool');
                        INSERT INTO person (id, school_id, kind, first_name, infix, last_name, function, sort_name, search_name)
                            VALUES (1, 1, 'staff', 'Marieke', 'van', 'Dam', 'directeur', 'dam marieke van', ' marieke van dam');
                        INSERT INTO user (account, person_id, role, school_id) VALUES ('directeur', 1, 'director', 1);
                        INSERT INTO person (id, school_id, kind, first_name, infix, last_name, grp, sort_name, search_name)
                            VALUES (2, 1, 'pupil', 'Zoë', 'de', 'Vries', '7', 'vries zoe de', ' zoe de vries');
                        INSERT INTO incident (id, school_id, reported_at, summary, platform, reported_by)
                            VALUES (1, 1, '\(at.iso)', 'Filmpje van de gymles.', 'TikTok', 'directeur');
                        INSERT INTO incident_person (incident_id, person_id, role) VALUES (1, 2, 'subject');
                        INSERT INTO "case" (id, school_id, number, incident_id, subject_id, dossier_id, dossier_kind, profile_id,
                            severity, summary, opened_at, opened_by, rung) VALUES (1, 1, '2026-0001', 1, 2, 2, 'pupil',
                            'jozefschool', 'medium', 'Filmpje van de gymles gedeeld.', '\(at.iso)', 'directeur', 'warning');
                        INSERT INTO case_article (case_id, position, article_id) VALUES (1, 0, 'A.5');
                        """)
                // Unsalted, as every entry was before the forty-ninth stop (casus-entry-v1).
                var entry = DossierChain.link(
                    EntryDraft(kind: .meeting, title: "Gesprek", body: "Gesprek met Zoë over het filmpje.", caseID: 1),
                    dossier: 2, after: .genesis, author: "directeur", authorName: "Marieke van Dam", at: at)
                entry.salt = ""
                entry.hash = DossierChain.expectedHash(of: entry)
                try db.execute(
                    sql: """
                        INSERT INTO entry (id, dossier_id, seq, kind, title, body, author, author_name, at, case_id,
                            prev_hash, hash) VALUES (1, 2, 1, 'meeting', ?, ?, 'directeur', 'Marieke van Dam', ?, 1, ?, ?)
                        """, arguments: [entry.title, entry.body, at.iso, entry.prevHash, entry.hash])
            }
        }
        // The first casus made its database 0600 too; GRDB here made it with the umask's mode.
        chmod(path, 0o600)
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "directeur", profiles: Fixtures.profiles)
        #expect(try service.dossiers.search("filmpje").contains { $0.source == .entry })
        #expect(try service.dossiers.search("gymles").contains { $0.source == .caseSummary })
        #expect(try service.cases.count(CaseFilter(status: .open, subjectKind: .pupil, rung: .warning)) == 1)
        let stats = try service.reports.statistics(schoolYear: 2026)
        #expect(stats.cases == 1 && stats.incidents == 1)
        #expect(stats.byPlatform.map(\.key) == ["TikTok"] && stats.byArticle.map(\.key) == ["A.5"])
        #expect(try service.directory.people(text: "zoe de").map(\.lastName) == ["Vries"])
        #expect(try service.directory.countPeople(kinds: [.pupil]) == 1)
        let report = try service.integrity.verify()
        #expect(report.isSound, "\(report.differences) \(report.problems) \(report.integrity)")
        // v8: a school from before the school record is po/bijzonder until the director sets it, and says so.
        let school = try service.directory.school()
        #expect(school.sector == .po && school.denomination == .bijzonder && !school.isLegalRecordSet)
        #expect(school.assumedNotice?.nl.contains("gaat uit van po/bijzonder") == true)
        let assessment = try service.cases.assess(try service.cases.resolve("2026-0001"))
        #expect(assessment.advice.contains { $0.nl.contains("nog niet ingesteld") })
        let set = try service.directory.setSchool(SchoolRecordChange(sector: .po, denomination: .openbaar)).value
        #expect(set.isLegalRecordSet && set.denomination == .openbaar)
        #expect(
            !(try service.cases.assess(try service.cases.resolve("2026-0001")).advice.contains {
                $0.nl.contains("nog niet ingesteld")
            }))
        // The history became events; the next write follows them in the chain.
        #expect(report.events > 0)
        let entry = try service.cases.addEntry(1, kind: .note, body: "Na de migratie.")
        #expect(entry.value.seq == 2)
        #expect(try service.integrity.verify().isSound)
    }

    /// A database the previous release of casus wrote (its demo school, with a purged dossier):
    /// after opening, every entry keeps its hash, every count stays, the tombstone stays, and the
    /// whole file verifies against its new event chain.
    @Test func aDatabaseOfThePreviousReleaseKeepsEveryRecord() throws {
        let scratch = Scratch("v6")
        let path = scratch.path("casus.sqlite")
        try FileManager.default.copyItem(atPath: Fixtures.root + "/Tests/Fixtures/casus-v6-demo.sqlite", toPath: path)
        // A checkout's file is 0644; casus refuses a database other accounts can read (issue 12).
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        func snapshot() throws -> [String] {
            let queue = try DatabaseQueue(path: path)
            return try queue.read { db in
                try [
                    "SELECT group_concat(hash) FROM (SELECT hash FROM entry ORDER BY id)",
                    "SELECT group_concat(number || status || ifnull(rung, '-')) FROM (SELECT * FROM \"case\" ORDER BY id)",
                    "SELECT count(*) FROM person", "SELECT count(*) FROM incident", "SELECT count(*) FROM step",
                    "SELECT count(*) FROM obligation", "SELECT count(*) FROM audit",
                    "SELECT group_concat(dossier_id || last_hash) FROM tombstone",
                ].map { try String.fetchOne(db, sql: $0) ?? "" }
            }
        }
        let before = try snapshot()
        #expect(before[7] != "", "the fixture holds a purged dossier")
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "demo-directeur", profiles: Fixtures.profiles)
        let report = try service.integrity.verify()
        #expect(report.isSound, "\(report.differences) \(report.problems) \(report.breaks) \(report.integrity)")
        #expect(report.entries == 9 && report.events > 300)
        let after = try snapshot()
        // Opening wrote one audit line (the migration); everything else reads as before.
        #expect(Array(after[0..<6]) == Array(before[0..<6]))
        #expect(after[7] == before[7])
        // The audit log's lines about a person are found by the person index built on opening
        // (Schema v20), exactly those that name them.
        let named = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(
                db, sql: "SELECT person_id, count(*) AS n FROM audit WHERE person_id IS NOT NULL GROUP BY person_id")
        }
        #expect(!named.isEmpty, "the fixture's log names people")
        for row in named {
            let lines = try service.integrity.auditLog(person: row["person_id"], offset: 0, limit: 1000)
            #expect(lines.count == row["n"] && lines.allSatisfy { $0.personID == row["person_id"] })
        }
        // Opening again changes nothing.
        let again = try SQLiteStorage(path: path)
        let second = try CasusService.session(storage: again, account: "demo-directeur", profiles: Fixtures.profiles)
        #expect(try second.integrity.verify().events == report.events)
    }

    /// A database already on the event chain (v8), written before the school record: it moves to
    /// v9 with none of the new tables filled, its school po/bijzonder and assumed, and verifies;
    /// the school record set afterwards is an event that verifies too.
    @Test func aDatabaseOnTheEventChainWithoutTheSchoolRecordMoves() throws {
        let scratch = Scratch("v8")
        let path = scratch.path("casus.sqlite")
        try FileManager.default.copyItem(atPath: Fixtures.root + "/Tests/Fixtures/casus-v6-demo.sqlite", toPath: path)
        // A checkout's file is 0644; casus refuses a database other accounts can read (issue 12).
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v8-events")
        let events = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event") ?? 0 }
        #expect(events > 300)
        #expect(try queue.read { try $0.tableExists("case_fact") } == false)
        try queue.close()
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "demo-directeur", profiles: Fixtures.profiles)
        let report = try service.integrity.verify()
        #expect(report.isSound, "\(report.differences) \(report.problems) \(report.integrity)")
        #expect(report.events == events, "moving to v9 writes no event")
        let school = try service.directory.school()
        #expect(school.sector == .po && school.denomination == .bijzonder && !school.isLegalRecordSet)
        let set = try service.directory.setSchool(SchoolRecordChange(sector: .vo, denomination: .openbaar)).value
        #expect(set.sector == .vo && set.isLegalRecordSet)
        let after = try service.integrity.verify()
        #expect(after.isSound && after.events == events + 1)
    }

    /// A database from before issue 16 (v10): its closes have no outcome. It moves to v11 writing
    /// no event, every case it had closed reads as founded (what it counted as), and it verifies.
    @Test func aCaseClosedBeforeOutcomesReadsAsFounded() throws {
        let scratch = Scratch("v10")
        let path = scratch.path("casus.sqlite")
        try FileManager.default.copyItem(atPath: Fixtures.root + "/Tests/Fixtures/casus-v6-demo.sqlite", toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v10-letter-sent")
        let (events, closed) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0,
                try Int64.fetchAll(db, sql: "SELECT id FROM \"case\" WHERE status = 'closed' ORDER BY id")
            )
        }
        #expect(!closed.isEmpty, "the fixture holds a closed case")
        let payload = try queue.read { db in
            try Data.fetchOne(db, sql: "SELECT payload FROM event WHERE kind = 'case.closed' LIMIT 1")
        }
        #expect(EventCodec.parse(Array(try #require(payload)))?.map(\.name) == ["id", "reason", "at", "by"])
        try queue.close()
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "demo-directeur", profiles: Fixtures.profiles)
        let report = try service.integrity.verify()
        #expect(report.isSound, "\(report.differences) \(report.problems) \(report.integrity)")
        #expect(report.events == events, "moving to v11 writes no event")
        for id in closed {
            #expect(try service.cases.detail(id).record.outcome == .founded)
        }
    }

    /// A database from before issue 16, item 10 (v11): its reports have no day and no evidence.
    /// It moves to v13 writing no event; every report reads as not dated, without evidence, and
    /// the events written before (eight fields) keep verifying.
    @Test func aReportFiledBeforeTheDayAndEvidenceKeepsVerifying() throws {
        let scratch = Scratch("v11")
        let path = scratch.path("casus.sqlite")
        try FileManager.default.copyItem(atPath: Fixtures.root + "/Tests/Fixtures/casus-v6-demo.sqlite", toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v11-case-outcome")
        let (events, reports) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0,
                try Int64.fetchAll(db, sql: "SELECT id FROM incident ORDER BY id")
            )
        }
        #expect(!reports.isEmpty, "the fixture holds reports")
        let payload = try queue.read { db in
            try Data.fetchOne(db, sql: "SELECT payload FROM event WHERE kind = 'incident.reported' LIMIT 1")
        }
        #expect(EventCodec.parse(Array(try #require(payload)))?.map(\.name).last == "involved")
        try queue.close()
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "demo-directeur", profiles: Fixtures.profiles)
        let report = try service.integrity.verify()
        #expect(report.isSound, "\(report.differences) \(report.problems) \(report.integrity)")
        #expect(report.events == events, "moving to v13 writes no event")
        for id in reports {
            let (i, _) = try service.intake.incident(id)
            #expect(i.happenedOn == nil && i.evidence.isEmpty)
        }
    }

    /// A database from before issue 16, item 2 (v11): its people have no salutation and no address,
    /// their events the thirteen fields of before. It moves to v12 writing no event, every person
    /// reads as onbekend without an address, it verifies, and an address recorded afterwards is a
    /// chained fact that verifies too.
    @Test func aPersonFromBeforeAddressesReadsAsUnknownAndCanBeAddressed() throws {
        let scratch = Scratch("v11")
        let path = scratch.path("casus.sqlite")
        try FileManager.default.copyItem(atPath: Fixtures.root + "/Tests/Fixtures/casus-v6-demo.sqlite", toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v11-case-outcome")
        let (events, parent, columns) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0,
                try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE kind = 'parent' ORDER BY id LIMIT 1"),
                try Row.fetchAll(db, sql: "PRAGMA table_info(person)").map { $0["name"] as String }
            )
        }
        #expect(!columns.contains("street"), "v11 has no address")
        let payload = try queue.read { db in
            try Data.fetchOne(db, sql: "SELECT payload FROM event WHERE kind = 'person.added' LIMIT 1")
        }
        #expect(EventCodec.parse(Array(try #require(payload)))?.count == 13)
        try queue.close()
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "demo-directeur", profiles: Fixtures.profiles)
        let report = try service.integrity.verify()
        #expect(report.isSound, "\(report.differences) \(report.problems) \(report.integrity)")
        #expect(report.events == events, "moving to v12 writes no event")
        let id = try #require(parent, "the fixture holds a parent")
        let before = try service.directory.person(id)
        #expect(before.salutation == .onbekend && before.address.isEmpty)
        try service.directory.setAddress(
            id, salutation: .mevrouw, street: "Kerkstraat 1", postcode: "8011AB", town: "Zwolle"
        ).value
        let after = try service.integrity.verify()
        #expect(after.isSound && after.events == events + 1)
        #expect(try service.directory.person(id).address.lines == ["Kerkstraat 1", "8011 AB  ZWOLLE"])
    }
}
