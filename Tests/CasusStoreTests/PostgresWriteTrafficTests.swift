@testable import CasusCore
@testable import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// What a save costs in waits for the server. Every wait is a round trip through both processes'
/// schedulers, and on a busy server those waits, not the server's work, make the slow saves. A
/// note in a dossier is three: the first read (with the BEGIN and the chains' heads), the
/// dossier's head with a new id, and the event, its audit line and the COMMIT together.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresWriteTrafficTests {
    @Test func aNoteInADossierWaitsForTheServerThreeTimes() throws {
        let w = try PostgresRoleTests().world()
        let storage = try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder"))
        let service = try CasusService.session(storage: storage, account: "founder", profiles: Fixtures.profiles)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Daan", lastName: "de Groot", group: "8")
        ).value
        // The first note prepares the statements (once per connection).
        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Eerste", body: "Voorbereid.")
        var waits: [Int] = []
        for n in 1...3 {
            let before = storage.main.roundTrips
            _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek \(n)", body: "Daan.")
            waits.append(storage.main.roundTrips - before)
        }
        #expect(waits == [3, 3, 3])
        // Each saved, in its place in the dossier's chain, and every chain verifies.
        let entries = try storage.read { try $0.entries(dossier: pupil.id, offset: 0, limit: 100) }
            .sorted { $0.seq < $1.seq }
        #expect(entries.map(\.title).suffix(3) == ["Gesprek 1", "Gesprek 2", "Gesprek 3"])
        #expect(entries.map(\.seq) == Array(1...Int64(entries.count)))
        #expect(try service.integrity.verify().isSound)
    }

    /// A write's event travels with the next statement that is waited for. When the server refuses
    /// it, that statement fails with the server's refusal (not with "pipeline aborted"), nothing of
    /// the transaction is kept, and the connection goes on with the next one.
    @Test func aRefusedEventFailsTheReadThatCarriedItAndNothingIsKept() throws {
        let scratch = Scratch("traffic")
        let storage = try #require(try Backend.postgres.make(in: scratch) as? PostgresStorage)
        let world = try StorageContractTests.world(storage)
        let pupil = world.person(0, .pupil)
        let head = try storage.read { try $0.chainHead(dossier: pupil.id) }
        let events = try storage.read { try $0.eventHead() }
        var readAfter = false
        let refusal = #expect(throws: CasusError.self) {
            try storage.write { w in
                var e = DossierChain.link(
                    EntryDraft(kind: .note, title: "Vervalst", body: "x"), dossier: pupil.id,
                    after: ChainHead(seq: head.seq, hash: String(repeating: "f", count: 64)), author: "x",
                    authorName: "x", at: StorageContractTests.at)
                e.id = try w.nextID(.entry)
                try w.append(
                    EventChain.link(
                        .entryAppended(e, evidence: []), after: try w.eventHead(), at: StorageContractTests.at,
                        account: "x", realAccount: nil, auditSeq: try w.auditHead().seq))
                _ = try w.schools()
                readAfter = true
            }
        }
        #expect(!readAfter, "the read that carried the refused event failed")
        let said = refusal.map { "\($0)" } ?? ""
        #expect(said.contains("laatste stuk van dossier"), "\(said)")
        #expect(try storage.read { try $0.chainHead(dossier: pupil.id) } == head)
        #expect(try storage.read { try $0.eventHead() } == events)
        // The connection goes on: a good note is saved after it.
        let next = try Fixtures.builder(storage).write { tx in
            try tx.append(EntryDraft(kind: .note, title: "Goed", body: "y"), to: pupil.id, at: StorageContractTests.at)
        }.value
        #expect(next.seq == head.seq + 1 && next.prevHash == head.hash)
    }
}
