import CasusCore
import CasusDemo
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// Several people at once on one server (issue 14, part 3).
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresConcurrencyTests {
    /// Two directors close the same case at the same moment: the one who saves first wins; the
    /// other is told who changed it, and nothing of theirs is saved.
    @Test func twoDirectorsOnOneCaseOneWinsTheOtherIsTold() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let clock = TestClock("2026-11-18")
        _ = try DemoSchool.populate(
            storage: try PostgresStorage(url: url), protocolID: "koe-troubadour", account: "tester",
            profiles: Fixtures.profiles, clock: clock.clock)
        func director() throws -> CasusService {
            try CasusService.session(
                storage: try PostgresStorage(url: url), account: "tester", profiles: Fixtures.profiles,
                clock: clock.clock)
        }
        let first = try director(), second = try director()
        // An open case that may be closed (no open obligation holds it).
        let closable = try first.cases.rows(CaseFilter(), offset: 0, limit: 1000).first { row in
            try row.status == .open && first.cases.detail(row.id).obligations.allSatisfy { $0.doneAt != nil }
        }
        let id = try #require(closable?.id)
        let tokenBefore = try first.storage.changeToken()

        var secondSaved = false
        let refusal = #expect(throws: CasusError.self) {
            _ = try first.session.write { tx in
                _ = try tx.r.caseRecord(id: id)  // the first director looks at the case …
                if !secondSaved {  // … while the second closes it and saves first
                    secondSaved = true
                    try second.cases.close(id, outcome: .founded, reason: "Afgehandeld door de tweede directeur.")
                }
                try first.cases.close(
                    id, outcome: .founded, reason: "Afgehandeld door de eerste directeur.", in: tx, at: tx.now)
            }
        }
        #expect(refusal?.kind == .refused)
        // Told either way: by the server's chain check (the other saved between this director's
        // reads and save: "… heeft dit zojuist gewijzigd") or, as here, by the rules reading the
        // case as the other left it ("… is al gesloten").
        let told = refusal?.message.nl ?? ""
        #expect(told.contains("zojuist gewijzigd") || told.contains("is al gesloten"), "\(told)")
        let saved = try #require(try first.storage.read { try $0.caseRecord(id: id) })
        #expect(saved.status == .closed && saved.closeReason == "Afgehandeld door de tweede directeur.")
        // The first director's screen hears of it (LISTEN/NOTIFY) and every chain still verifies.
        #expect(try first.storage.changeToken() > tokenBefore)
        #expect(try first.integrity.verify().isSound)
    }
}
