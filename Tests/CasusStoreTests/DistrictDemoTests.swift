import CasusCore
import CasusDemo
@testable import CasusStore
import Foundation
import GRDB
import Testing
import CasusTestSupport

/// `casus demo --size district`, one school of the thirty (the whole district is the benchmark's).
@Suite struct DistrictDemoTests {
    /// Generated once for the suite (a school is 2,000 cases and 33,000 entries).
    static let shared = Result { try oneSchool() }

    static func oneSchool() throws -> SQLiteStorage {
        let storage = try SQLiteStorage()
        _ = try storage.bulkLoad {
            try DistrictDemo.populate(storage: storage, account: "bestuurder", profiles: Fixtures.profiles, schools: 1)
        }
        return storage
    }

    static func digest(_ storage: SQLiteStorage) throws -> [String] {
        try storage.withDatabase { db in
            try [
                String.fetchOne(db, sql: "SELECT group_concat(hash, '') FROM (SELECT hash FROM entry ORDER BY id)")
                    ?? "",
                String.fetchOne(
                    db,
                    sql:
                        "SELECT group_concat(number || rung, ',') FROM (SELECT number, coalesce(rung, '-') AS rung FROM \"case\" ORDER BY id)"
                ) ?? "",
                // The chains' heads: every event and audit line the same, in the same order.
                String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY seq DESC LIMIT 1") ?? "",
                // The audit chain as the demo left it (other tests' reads of the shared school add lines after).
                String.fetchOne(
                    db, sql: "SELECT hash FROM audit WHERE action LIKE 'demo.%' ORDER BY id DESC LIMIT 1") ?? "",
            ]
        }
    }

    /// `--size board`: a period of history before the latest is its own generation of pupils with
    /// reports a year further back, verified like the rest; running it again adds nothing.
    @Test func aBoardPeriodGoesAYearFurtherBackAndARerunAddsNothing() throws {
        let storage = try SQLiteStorage()
        let first = try storage.bulkLoad {
            try DistrictDemo.populate(
                storage: storage, account: "bestuurder", profiles: Fixtures.profiles, schools: 1, periods: 2)
        }
        #expect(first.schoolsCreated == 1 && first.periodsCreated == 1 && first.periodsPresent == 0)
        let (pupils, oldest, older) = try storage.withDatabase { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM person WHERE kind = 'pupil'") ?? 0,
                try String.fetchOne(db, sql: "SELECT min(opened_at) FROM \"case\"") ?? "",
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \"case\" WHERE opened_at < '2024-09-01'") ?? 0
            )
        }
        #expect(pupils == 2 * DistrictDemo.pupilsPerSchool)
        // The latest period reaches 800 days back (September 2024); the one before, 365 days further.
        #expect(oldest < "2023-10-01")
        #expect(older >= DistrictDemo.casesPerSchool)
        let again = try DistrictDemo.populate(
            storage: storage, account: "bestuurder", profiles: Fixtures.profiles, schools: 1, periods: 2)
        #expect(again.schoolsPresent == 1 && again.periodsPresent == 1 && again.periodsCreated == 0)
        let service = try CasusService.session(storage: storage, account: "bestuurder", profiles: Fixtures.profiles)
        #expect(try service.integrity.verify().isSound)
    }

    /// The one input that differed between two processes (a Set's order is seeded per process, so
    /// this test's two runs in one process could not tell): the board's accounts go in by name.
    @Test func theBoardsAccountsAreAddedInTheSameOrderInEveryProcess() throws {
        let storage = try Self.shared.get()
        let accounts = try storage.withDatabase { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT substr(CAST(payload AS TEXT), 1, 200) FROM event WHERE kind = 'user.added'
                    AND account = 'demo-bestuur' ORDER BY seq
                    """)
        }
        let names = accounts.compactMap { $0.split(separator: "\n").first.map(String.init) }
        #expect(names.count == 2)
        #expect(names == names.sorted())
    }

    @Test func oneSchoolHasItsShareOfTheDistrictAtEveryRung() throws {
        let storage = try Self.shared.get()
        let board = try CasusService.session(storage: storage, account: "bestuurder", profiles: Fixtures.profiles)
        #expect(board.actor.role == .board)
        func count(_ sql: String) throws -> Int { try storage.withDatabase { try Int.fetchOne($0, sql: sql) ?? 0 } }
        #expect(try count("SELECT count(*) FROM person WHERE kind = 'pupil'") == DistrictDemo.pupilsPerSchool)
        // The staff, and the director.
        #expect(try count("SELECT count(*) FROM person WHERE kind = 'staff'") == DistrictDemo.staffPerSchool + 1)
        #expect(try count("SELECT count(*) FROM incident") == DistrictDemo.incidentsPerSchool)
        #expect(try count("SELECT count(*) FROM \"case\"") == DistrictDemo.casesPerSchool)
        #expect(try count("SELECT count(*) FROM entry") >= DistrictDemo.entriesPerSchool)
        // Every rung of the school's protocol (Meilân: its pupils' ladder has every measure) is taken.
        #expect(
            try storage.withDatabase { try String.fetchOne($0, sql: "SELECT protocol_id FROM school") } == "cbo-meilan")
        let taken = try storage.withDatabase { try String.fetchSet($0, sql: "SELECT rung FROM step") }
        // (A school has a few staff cases that go all the way; across the district they end in
        // dismissal and summary dismissal in turn.)
        let ends: Set<String> = ["dismissal", "summary-dismissal"]
        let meilan = Fixtures.profile("cbo-meilan")
        let walked = Set(
            SubjectKind.allCases.flatMap { LegalOrder.effective(meilan.ladders.written(for: $0), kind: $0) }.map(
                \.rawValue))
        #expect(
            taken.isSuperset(of: walked.subtracting(ends)) && !taken.isDisjoint(with: ends),
            "\(taken)")
        let reached = try storage.withDatabase {
            try String.fetchSet($0, sql: "SELECT rung FROM \"case\" WHERE rung IS NOT NULL")
        }
        #expect(
            reached.isSuperset(of: ["warning", "device-custody", "ict-ban", "suspension", "removal", "reprimand"]),
            "\(reached)")
        // The search index was built at the end of the load, and everything verifies.
        #expect(try !board.dossiers.search("telefoon").isEmpty)
        #expect(try board.integrity.verify().isSound)
        // The director and the IB of the school are there, with their school's view.
        let ib = try CasusService.session(storage: storage, account: "demo-ib-1", profiles: Fixtures.profiles)
        #expect(
            try ib.cases.rows(CaseFilter(status: nil), offset: 0, limit: 5000).allSatisfy { $0.subjectKind != .staff })
    }

    @Test func theSameSeedMakesTheSameDistrictAndARerunAddsNothing() throws {
        let a = try Self.shared.get()
        let before = try Self.digest(a)
        let b = try Self.oneSchool()
        let after = try Self.digest(b)
        for (i, part) in ["entries", "cases", "event head", "audit head"].enumerated() {
            #expect(after[i] == before[i], "\(part) differ")
        }
        let again = try DistrictDemo.populate(
            storage: b, account: "bestuurder", profiles: Fixtures.profiles, schools: 1)
        #expect(again.schoolsCreated == 0 && again.schoolsPresent == 1)
        #expect(try Self.digest(b) == before)
    }
}
