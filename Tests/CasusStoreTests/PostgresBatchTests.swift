import CasusCore
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
                try #require(r as? PGAccess).conn.batch([
                    PGCall("steps", c.id), PGCall("entries_of_case", c.id, 999_999), PGCall("obligations", c.id),
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
