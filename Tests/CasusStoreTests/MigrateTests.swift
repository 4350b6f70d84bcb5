@testable import CasusCore
import CasusDemo
import CasusPostgres
@testable import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// `casus migrate --to` (issue 14, item 5): a personal database moved into an empty server, all of
/// it or nothing, every chain checked on both sides.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct MigrateTests {
    struct Server {
        let cluster: PostgresCluster
        let database: String
        func url(_ user: String) -> String { cluster.url(database: database, user: user) }
        func psql(_ sql: String, as user: String = "postgres") throws -> String {
            try cluster.psql(database, sql, user: user).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        /// The server holds nothing of casus: no event, no audit line, no account.
        func isEmpty() throws -> Bool {
            try psql(
                "SELECT (SELECT count(*) FROM casus.event) + (SELECT count(*) FROM casus.audit) + (SELECT count(*) FROM casus.app_user) + (SELECT count(*) FROM casus.person)"
            ) == "0"
        }
    }

    func server() throws -> Server {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: url)
        return Server(cluster: cluster, database: database)
    }

    /// The tamper world (evidence, a purge, closures, facts, letters sent) with a changed address:
    /// texts a later event replaced, which no replay could bring back.
    func source(_ scratch: Scratch) throws -> (path: String, storage: SQLiteStorage) {
        let path = try TamperTests.copy(in: scratch)
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let pupil = try #require(try service.directory.people(kinds: [.pupil], limit: 1).first)
        try service.directory.setAddress(pupil.id, street: "Kerkstraat 1", postcode: "8011AB", town: "Zwolle")
        try service.directory.setAddress(pupil.id, street: "Kerkstraat 12a", postcode: "8011 AB", town: "ZWOLLE")
        return (path, storage)
    }

    func checker(_ storage: any CasusStorage, _ account: String) -> Integrity {
        Integrity.ofWholeStore(storage, checkedBy: account, profiles: Fixtures.profiles)
    }

    func steps(allowed: @escaping (Bool) throws -> Void = { _ in }) -> ServerImport.Steps {
        ServerImport.Steps(
            profiles: Fixtures.profiles, importerAllowed: allowed, progress: { _, _, _ in },
            auditDetail: { head in "tot \(head.seq)" })
    }

    @Test func everythingArrivesAndTheServerReadsAsThePersonalDatabaseDid() throws {
        let scratch = Scratch("migrate")
        let (_, storage) = try source(scratch)
        let before = try checker(storage, "tester").verify(record: false)
        #expect(before.isSound)
        let s = try server()
        let target = try PostgresStorage(url: s.url("postgres"))
        let report = try ServerImport.run(from: storage, into: target, steps: steps())
        #expect(report.administrator)
        #expect(report.verify.isSound, "\(VerifyTextProbe.lines(report.verify))")
        #expect(report.head == before.head)
        #expect(report.verify.entries == before.entries && report.verify.events == before.events)
        // Every table that had rows has them all on the server.
        let counts = try storage.copy { r in
            try (StoreCopy.rows + [StoreCopy.events, StoreCopy.audit]).map { ($0.name, try r.count($0)) }
        }
        for (table, n) in counts {
            let moved = report.tables.first { $0.name == table }?.rows
            #expect(moved == n, "\(table): \(moved ?? -1) of \(n)")
            let onServer = try s.psql("SELECT count(*) FROM casus.\"\(table)\"")
            #expect(Int(onServer) == n + (table == "audit" ? 1 : 0), "\(table) on the server: \(onServer), moved \(n)")
        }
        #expect(counts.first { $0.0 == "tombstone" }!.1 > 0 && counts.first { $0.0 == "evidence" }!.1 > 0)
        // The last audit line is the move, by the importer.
        #expect(
            try s.psql("SELECT action || ' ' || account FROM casus.audit ORDER BY id DESC LIMIT 1")
                == "migrate postgres")
        // The director works on the server as before: the same cases, the same dossier, and a new save.
        let director = try CasusService.session(
            storage: try PostgresStorage(url: s.url("tester")), account: "tester", profiles: Fixtures.profiles)
        let mine = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let filter = CaseFilter()
        #expect(
            try director.cases.rows(filter, offset: 0, limit: 500).map(\.number)
                == mine.cases.rows(filter, offset: 0, limit: 500).map(\.number))
        let pupil = try #require(try mine.directory.people(kinds: [.pupil], limit: 1).first)
        #expect(try director.directory.person(pupil.id).address.street == "Kerkstraat 12a")
        #expect(
            try director.dossiers.dossier(pupil.id).entries.map(\.hash)
                == mine.dossiers.dossier(pupil.id).entries.map(\.hash))
        _ = try director.dossiers.addEntry(
            person: pupil.id, kind: .note, title: "Na de overstap", body: "Eerste notitie.")
        let after = try director.integrity.verify()
        #expect(after.isSound && after.events == before.events + 1)
        // The personal database was left as it was.
        #expect(try checker(storage, "tester").verify(record: false).head == before.head)
    }

    /// The Overzicht's counts: kept on the server as they are in the file (PGSchema+KeptCounts),
    /// so the same figures come back; saves keep them; a count changed behind casus's back is found.
    @Test func theOverzichtReadsTheSameOnTheServerAndKeepsItsCountsThere() throws {
        let scratch = Scratch("migrate")
        let (_, storage) = try source(scratch)
        let s = try server()
        _ = try ServerImport.run(
            from: storage, into: try PostgresStorage(url: s.url("postgres")), steps: steps())
        let onServer = try CasusService.session(
            storage: try PostgresStorage(url: s.url("tester")), account: "tester", profiles: Fixtures.profiles)
        let mine = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for year in [2025, 2026, 2029] {
            let there = try encoder.encode(onServer.reports.statistics(schoolYear: year))
            let here = try encoder.encode(mine.reports.statistics(schoolYear: year))
            #expect(there == here, "school year \(year)")
        }
        // A report, and an open case closed as unfounded: its articles leave the count.
        let pupil = try #require(try onServer.directory.people(kinds: [.pupil], limit: 1).first)
        _ = try onServer.intake.report(summary: "Filmpje op TikTok.", platform: "TikTok", subjects: [pupil.id])
        // (the first open case that may close: one without obligations left)
        let closed = try onServer.cases.rows(CaseFilter(status: .open), offset: 0, limit: 50).first {
            (try? onServer.cases.close($0.id, outcome: .unfounded, reason: "Ongegrond.")) != nil
        }
        #expect(closed != nil)
        #expect(try onServer.integrity.verify().isSound, "the kept counts agree with a recount")
        try s.psql("UPDATE casus.stat_month SET n = n + 1 WHERE month = (SELECT min(month) FROM casus.stat_month)")
        let tampered = try onServer.integrity.verify()
        #expect(!tampered.isSound && tampered.integrity.contains { $0.contains("kept count stat_month") })
    }

    /// The founder of a new server founds the school with its record in one go (`casus init
    /// --sector po --denomination openbaar`): the server refused the record as "maak eerst de
    /// school aan met casus init", the command's own advice (a review), and a school founded
    /// without it was silently po/bijzonder.
    @Test func theFounderFoundsTheSchoolWithItsRecord() throws {
        let s = try server()
        let service = try Directory.initialize(
            storage: try PostgresStorage(url: s.url("founder")), schoolName: "School Noord", protocolID: "konot",
            account: "founder", director: ("Bea", "", "Bestuur"),
            record: SchoolRecordChange(sector: .po, denomination: .openbaar), profiles: Fixtures.profiles)
        let school = try #require(try service.directory.homeSchool())
        #expect(school.sector == .po && school.denomination == .openbaar && school.isLegalRecordSet)
    }

    /// A database superuser cannot be casus's founder: `server init --director root` (root a
    /// superuser) said "root is directeur", and every command after refused root as the server's
    /// administrator (a review). Refused at once, nothing made.
    @Test func aSuperuserIsNoFounder() throws {
        let cluster = try PostgresCluster.shared()
        let database = PostgresCluster.database(of: try cluster.makeDatabase()) + "_super"
        try cluster.psql("postgres", "CREATE DATABASE \(database)")
        let e = #expect(throws: CasusError.self) {
            _ = try ServerSetup.initialize(url: cluster.url(database: database), founder: "postgres")
        }
        #expect(e?.message.nl.contains("'postgres' is een beheerder (superuser) van de databaseserver") == true)
        #expect(try cluster.psql(database, "SELECT count(*) FROM pg_namespace WHERE nspname = 'casus'").contains("0"))
    }

    @Test func theFounderMovesTheirOwnDatabaseAndOnlyIntoAnEmptyServer() throws {
        let scratch = Scratch("migrate")
        let (_, storage) = try source(scratch)
        let s = try server()
        // The founder of this server is "founder", not yet an account in the file: refused, nothing kept.
        let refusal = #expect(throws: CasusError.self) {
            _ = try ServerImport.run(
                from: storage, into: try PostgresStorage(url: s.url("founder")),
                steps: steps { admin in
                    if !admin { throw CasusError.refused("founder is geen directeur", "founder is not a director") }
                })
        }
        #expect(refusal?.message.en.contains("not a director") == true)
        #expect(try s.isEmpty())
        let mine = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        _ = try mine.directory.addUser(account: "founder", role: .director, personID: nil)
        let report = try ServerImport.run(
            from: storage, into: try PostgresStorage(url: s.url("founder")), steps: steps())
        #expect(!report.administrator && report.verify.isSound)
        // Now the server holds a school: a second move is refused and changes nothing.
        let events = try s.psql("SELECT count(*) FROM casus.event")
        let again = #expect(throws: CasusError.self) {
            _ = try ServerImport.run(
                from: storage, into: try PostgresStorage(url: s.url("postgres")), steps: steps())
        }
        #expect(again?.message.en.contains("already holds casus data") == true)
        #expect(try s.psql("SELECT count(*) FROM casus.event") == events)
    }

    @Test func aCopyThatDoesNotFitItsChainLeavesTheServerEmpty() throws {
        // What each change breaks, and who finds it: the server as the rows arrive, or verify's
        // replay inside the transaction. Either way nothing is kept.
        let changes = [
            "UPDATE entry SET body = 'Er is niets gebeurd.' WHERE id = (SELECT min(id) FROM entry)",
            "UPDATE event SET at = '2020-01-01T00:00:00Z' WHERE seq = 5",
            "UPDATE audit SET detail = 'niets' WHERE id = 3",
            "UPDATE evidence SET data = X'00'",
            "UPDATE \"case\" SET severity = 'light' WHERE id = (SELECT min(id) FROM \"case\" WHERE severity <> 'light')",
            "UPDATE person SET kind = 'pupil' WHERE id = (SELECT min(id) FROM person WHERE kind = 'staff' AND id > 1)",
            "UPDATE user SET role = 'board', school_id = NULL WHERE role = 'ib'",
        ]
        for change in changes {
            let scratch = Scratch("migrate")
            let path = try TamperTests.copy(in: scratch)
            try TamperTests.tamper(path, change)
            let storage = try SQLiteStorage(path: path)
            let s = try server()
            var report: ServerImport.Report?
            do {
                report = try ServerImport.run(
                    from: storage, into: try PostgresStorage(url: s.url("postgres")), steps: steps())
            } catch let e as CasusError {
                #expect(e.message.en.contains("nothing was moved"), "\(change): \(e.message.en)")
            }
            #expect(report.map { !$0.verify.isSound } ?? true, "kept despite: \(change)")
            #expect(try s.isEmpty(), "the server kept something after: \(change)")
            // And it can still take a sound database.
            let soundScratch = Scratch("migrate-sound")
            let sound = try SQLiteStorage(path: try TamperTests.copy(in: soundScratch))
            #expect(
                try ServerImport.run(
                    from: sound, into: try PostgresStorage(url: s.url("postgres")), steps: steps()
                )
                .verify.isSound)
        }
    }

    /// A lock another session holds for a few seconds (another database's `server init` holds the
    /// server's role catalog while it makes its roles, and the move makes a login role for every
    /// account) is waited for: the move failed after three seconds with "casus: LockWait()" (CI).
    @Test func aLockHeldForAWhileIsWaitedFor() throws {
        let scratch = Scratch("migrate")
        let (_, storage) = try source(scratch)
        let s = try server()
        let holder = try s.cluster.holdOpen(
            s.database, "BEGIN; LOCK TABLE casus.person IN SHARE MODE; SELECT pg_sleep(5); COMMIT;", user: "postgres")
        defer { holder.terminate() }
        usleep(500_000)
        let report = try ServerImport.run(
            from: storage, into: try PostgresStorage(url: s.url("postgres")), steps: steps())
        #expect(report.verify.isSound)
    }

    /// A lock held longer than casus waits: the move says the server is busy and who holds it, in
    /// words, and nothing is kept.
    @Test func aLockHeldTooLongIsSaidAndNothingIsKept() throws {
        let scratch = Scratch("migrate")
        let (_, storage) = try source(scratch)
        let s = try server()
        let holder = try s.cluster.holdOpen(
            s.database, "BEGIN; LOCK TABLE casus.person IN SHARE MODE;", user: "postgres")
        defer { holder.terminate() }
        usleep(500_000)
        var quick = steps()
        quick.patience = 4
        let start = ContinuousClock.now
        let busy = #expect(throws: CasusError.self) {
            _ = try ServerImport.run(from: storage, into: try PostgresStorage(url: s.url("postgres")), steps: quick)
        }
        #expect(busy?.message.nl.contains("de server is bezet") == true, "\(busy.map { "\($0)" } ?? "")")
        #expect(busy?.message.en.contains("nothing was moved") == true, "\(busy?.message.en ?? "")")
        #expect(start.duration(to: .now) < .seconds(30))
        #expect(try s.isEmpty())
    }

    @Test func theImportFunctionsAreClosedOutsideAnImport() throws {
        let s = try server()
        // Nobody writes rows through them outside an import, the founder included.
        for user in ["founder", "postgres"] {
            #expect(throws: (any Error).self) {
                try s.psql(
                    "SELECT casus.import_rows('school', '[{\"id\": 9, \"name\": \"X\", \"protocol_id\": \"p\"}]')",
                    as: user)
            }
        }
        // An import that is begun but not finished is not kept.
        #expect(throws: (any Error).self) {
            try s.psql(
                "BEGIN; SELECT casus.import_begin(); SELECT casus.import_rows('school', '[{\"id\": 9, \"name\": \"X\", \"protocol_id\": \"p\", \"town\": \"\", \"demo\": 0, \"sector\": \"po\", \"denomination\": \"openbaar\", \"legal_set\": 0, \"board_name\": \"\", \"board_address\": \"\", \"address\": \"\"}]'); COMMIT;",
                as: "founder")
        }
        #expect(try s.psql("SELECT count(*) FROM casus.school") == "0")
        // Nor one that brings nobody who could use the server.
        let zeros = String(repeating: "0", count: 64)
        let empty = #expect(throws: (any Error).self) {
            try s.psql(
                "BEGIN; SELECT casus.import_begin(); SELECT casus.import_finish(0, '\(zeros)', 0, '\(zeros)'); COMMIT;",
                as: "founder")
        }
        #expect("\(empty.map { "\($0)" } ?? "")".contains("no director or board"))
        // Only the founder or an administrator may begin one.
        try s.psql("CREATE ROLE someone LOGIN; GRANT casus_director TO someone")
        #expect(throws: (any Error).self) { try s.psql("BEGIN; SELECT casus.import_begin(); ROLLBACK;", as: "someone") }
    }
}

/// The verify report's findings as text, for a failing expectation's message.
enum VerifyTextProbe {
    static func lines(_ r: VerifyReport) -> String {
        "events \(r.events), break \(String(describing: r.eventBreak)), problems \(r.problems.count), differences \(r.differences.map { "\($0.table) \($0.key) \($0.kind) \($0.column ?? "")" }), breaks \(r.breaks.count), audit \(String(describing: r.auditBreak?.reason)), evidence \(r.evidence), integrity \(r.integrity), sequences \(r.sequences.map(\.name))"
    }
}
