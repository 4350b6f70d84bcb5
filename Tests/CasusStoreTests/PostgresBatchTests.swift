@testable import CasusCore
@testable import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// `PGConnection.batch`: several of casus's calls in one message (a case's parts, `CaseParts`). A
/// call the server refuses stops the rest, its refusal is what the reader is told, and the
/// connection goes on with the next transaction as if nothing happened.
@Suite struct PostgresBatchTests {
    @Test(.enabled(if: PostgresCluster.isInstalled))
    func aRefusedCallStopsTheBatchAndTheConnectionGoesOn() throws {
        let scratch = Scratch("batch")
        let storage = try #require(try Backend.postgres.make(in: scratch) as? PostgresStorage)
        let world = try StorageContractTests.world(storage)
        let c = world.cases[0]
        // A case's notes against a ticket that is not in the access log: the server refuses them.
        do {
            _ = try storage.read { r in
                let access = try #require(r as? PGAccess)
                return try access.conn.batch([
                    PGCall("cases_about", c.subjectID, try access.listTicket("cases")),
                    PGCall("case_entries", c.id, 999_999, 50),
                    PGCall("obligations", c.id, 999_999),
                ])
            }
            Issue.record("the server gave out a case's notes without an access-log line")
        } catch let error as CasusError {
            #expect(error.kind == .refused && "\(error)".contains("toegangslog"), "\(error)")
        }
        // The same connection reads on: the parts in one message are the parts one by one.
        try storage.read { r throws -> Void in
            let parts = try r.caseParts(of: c)
            #expect(parts == (try r.casePartsOneByOne(of: c)))
            #expect(!parts.entries.isEmpty && parts.subjectCases.contains { $0.id == c.id })
        }
    }

    /// A read's COMMIT is not waited for: its answer is read before the next statement. What follows
    /// gets its own rows, not the COMMIT's; the read was committed, not left open; notifications,
    /// a batch, a walk and a refusal after it each behave as after a COMMIT that was waited for.
    @Test(.enabled(if: PostgresCluster.isInstalled))
    func aReadsCommitIsReadWithTheNextStatement() throws {
        let url = try PostgresCluster.shared().makeDatabase()
        let storage = try PostgresStorage(url: url)
        let world = try StorageContractTests.world(storage)
        let conn = storage.main
        try conn.execute("BEGIN")
        _ = try conn.query("SELECT set_config('casus.kept', $1, false) AS v", [.text("read")])
        try conn.commitWithoutWaiting()
        // The next statement, with the COMMIT's answer still on its way, gets its own row.
        #expect(try conn.row("SELECT current_setting('casus.kept', true) AS v")?.text("v") == "read")
        #expect(!conn.inTransaction, "committed, nothing left open")
        // Whatever the server's default, casus's transactions are READ COMMITTED.
        #expect(try conn.row("SELECT current_setting('transaction_isolation') AS v")?.text("v") == "read committed")
        // A transaction that ran nothing sends nothing.
        try conn.execute("BEGIN")
        try conn.commitWithoutWaiting()
        #expect(!conn.inTransaction)
        // Through the port: reads one after another, each its own transaction, each its own answer.
        let other = try PostgresStorage(url: url)
        for c in world.cases {
            let read = try storage.read { r in try r.caseRecord(id: c.id) }
            #expect(read?.id == c.id && read?.number == c.number)
            // A save by another session, heard (LISTEN/NOTIFY) right after a read's COMMIT.
            let token = try storage.changeToken()
            _ = try Fixtures.builder(other).build { tx in
                try tx.insert(
                    incident: Incident(schoolID: c.schoolID, reportedAt: StorageContractTests.at, summary: "Ander"),
                    involved: [])
            }
            usleep(20_000)
            #expect(try storage.changeToken() > token, "the other session's save is heard")
            let parts = try storage.read { r in try r.caseParts(of: c) }
            #expect(parts.steps == (try storage.read { try $0.steps(case: c.id) }))
        }
        var seen = 0
        try storage.read { r in try r.forEachEntry { _ in seen += 1 } }
        #expect(seen == world.entries.count)
        // A refusal right after a read is that statement's own.
        _ = try storage.read { r in try r.schools() }
        do {
            _ = try conn.query("SELECT casus.no_such_function() AS x")
            Issue.record("a call of a function that does not exist answered")
        } catch let error as PGError {
            #expect(error.sqlstate == "42883", "the statement's own refusal: \(error)")
        }
        #expect(try storage.read { r in try r.caseRecord(id: world.cases[0].id) }?.id == world.cases[0].id)
        // A write after a read saves and is seen by another connection.
        _ = try storage.read { r in try r.schools() }
        _ = try Fixtures.builder(storage).build { tx in
            try tx.insert(
                incident: Incident(schoolID: world.schools[0].id, reportedAt: StorageContractTests.at, summary: "Na"),
                involved: [])
        }
        let everything = IncidentQuery(scope: Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true))
        #expect(
            try other.read { r in try r.countIncidents(everything) } == world.incidents.count + world.cases.count + 1)
    }

    /// A BEGIN travels with the statement after it (one round trip less for every read): what
    /// follows is still one transaction, a transaction that ran nothing ends without a word to the
    /// server, and a rolled-back write leaves nothing.
    @Test(.enabled(if: PostgresCluster.isInstalled))
    func aTransactionBeginsWithItsFirstStatement() throws {
        let scratch = Scratch("begin")
        let storage = try #require(try Backend.postgres.make(in: scratch) as? PostgresStorage)
        let conn = storage.main
        try conn.execute("BEGIN")
        #expect(conn.inTransaction)
        let first = try conn.row("SELECT now()::text AS t, pg_current_xact_id()::text AS x")
        usleep(3000)
        let second = try conn.row("SELECT now()::text AS t, pg_current_xact_id()::text AS x")
        #expect(first?.text("t") == second?.text("t") && first?.text("x") == second?.text("x"), "one transaction")
        try conn.execute("COMMIT")
        #expect(!conn.inTransaction)
        try conn.execute("BEGIN")
        try conn.execute("COMMIT")
        #expect(!conn.inTransaction, "nothing ran, nothing is open")
        // A second BEGIN in a transaction is nothing, and its COMMIT commits.
        try conn.execute("BEGIN")
        try conn.execute("BEGIN")
        try conn.execute("COMMIT")
        #expect(!conn.inTransaction, "BEGIN, BEGIN, COMMIT leaves nothing open")
        try conn.execute("BEGIN")
        try conn.execute("BEGIN")
        _ = try conn.query("SELECT set_config('casus.kept', $1, false) AS v", [.text("y")])
        try conn.execute("COMMIT")
        #expect(!conn.inTransaction, "the transaction was committed, not left open")
        #expect(try conn.row("SELECT current_setting('casus.kept', true) AS v")?.text("v") == "y")
        // A write in a transaction that is rolled back: gone, also when it was the first statement.
        try conn.execute("BEGIN")
        _ = try conn.query("SELECT set_config('casus.probe', $1, false) AS v", [.text("x")])
        try conn.execute("ROLLBACK")
        #expect(try conn.row("SELECT current_setting('casus.probe', true) AS v")?.text("v") ?? "" == "")
        #expect(!conn.inTransaction)
    }
}
