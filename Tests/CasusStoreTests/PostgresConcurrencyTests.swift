@testable import CasusCore
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

    /// A save whose event was overtaken (another session saved first) is judged by what it had read
    /// before that event, not by a read that was to travel with the event and never ran: a change
    /// of the staff member by someone else, while the director saves a change of the pupil and then
    /// looks at the staff member, costs the director nothing (the save runs again, unnoticed).
    @Test func aSaveOvertakenByAnotherIsJudgedByWhatItReadBefore() throws {
        let w = try PostgresRoleTests().world()
        let url = w.cluster.url(database: w.database, user: "founder")
        let mine = try CasusService.session(
            storage: try PostgresStorage(url: url), account: "founder", profiles: Fixtures.profiles)
        let other = try CasusService.session(
            storage: try PostgresStorage(url: url), account: "founder", profiles: Fixtures.profiles)
        var attempts = 0
        try mine.session.build { tx in
            attempts += 1
            var pupil = try #require(try tx.r.person(id: w.pupil.id))
            pupil.group = "8"
            try tx.update(person: pupil)
            if attempts == 1 {
                var staff = w.staff
                staff.function = "intern begeleider"
                _ = try other.session.build { t in try t.update(person: staff) }
            }
            _ = try tx.r.person(id: w.staff.id)
        }
        #expect(attempts == 2, "run again on the new state, not refused")
        #expect(try mine.session.read { try $0.person(id: w.pupil.id) }?.group == "8")
        #expect(try mine.session.read { try $0.person(id: w.staff.id) }?.function == "intern begeleider")
        #expect(try mine.integrity.verify().isSound)
    }

    /// A read's audit line saved by another session between a writer's look at the heads and its
    /// own line: the writer's line is refused at its link, it runs again on the new head without
    /// the user noticing, and the audit chain holds both lines, linked.
    @Test func aReadsLineBetweenAWritersHeadsAndItsLineCostsTheWriterNothing() throws {
        let url = try PostgresCluster.shared().makeDatabase()
        let writer = try PostgresStorage(url: url), reader = try PostgresStorage(url: url)
        _ = try StorageContractTests.world(writer)
        let at = StorageContractTests.at
        let (writerAccount, readerAccount) = (writer.account, reader.account)
        var attempts = 0
        try writer.write { w in
            attempts += 1
            let head = try w.auditHead()
            if attempts == 1 {
                try reader.appendAuditLine(
                    AuditRecord(
                        at: at, account: readerAccount, realAccount: nil, action: "search", personID: nil,
                        caseID: nil, detail: "tussendoor"))
            }
            var line = AuditRecord(
                at: at, account: writerAccount, realAccount: nil, action: "test", personID: nil, caseID: nil,
                detail: "schrijver", prevHash: head.hash)
            line.hash = line.expectedHash
            try w.insert(audit: line)
        }
        #expect(attempts == 2, "the writer ran again once, on the new head")
        var lines: [AuditRecord] = []
        try reader.read { r in try r.forEachAudit { lines.append($0) } }
        #expect(lines.suffix(2).map(\.detail) == ["tussendoor", "schrijver"])
        for (earlier, line) in zip(lines, lines.dropFirst()) {
            #expect(line.prevHash == earlier.hash && line.hash == line.expectedHash, "line \(line.id)")
        }
    }
}
