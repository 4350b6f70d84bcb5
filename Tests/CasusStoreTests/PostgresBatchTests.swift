import CasusCore
@testable import CasusPostgres
import CasusTestSupport
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
}
