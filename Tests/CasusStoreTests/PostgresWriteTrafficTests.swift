@testable import CasusCore
@testable import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// What a save costs in waits for the server. Every wait is a round trip through both processes'
/// schedulers, and on a busy server those waits, not the server's work, make the slow saves. A
/// note in a dossier is two: its reads (the BEGIN, the chains' heads, the dossier's head, a new
/// id and the person it belongs to) together, then the event, its audit line and the COMMIT.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresWriteTrafficTests {
    @Test func aNoteInADossierWaitsForTheServerTwice() throws {
        let w = try PostgresRoleTests().world()
        let (storage, service) = try Self.founder(w)
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
        #expect(waits == [2, 2, 2])
        // Each saved, in its place in the dossier's chain, and every chain verifies.
        let entries = try storage.read { try $0.entries(dossier: pupil.id, offset: 0, limit: 100) }
            .sorted { $0.seq < $1.seq }
        #expect(entries.map(\.title).suffix(3) == ["Gesprek 1", "Gesprek 2", "Gesprek 3"])
        #expect(entries.map(\.seq) == Array(1...Int64(entries.count)))
        #expect(try service.integrity.verify().isSound)
    }

    /// A director's work on a case, each after a first time that prepares the statements: a note
    /// in a case waits twice (its place in the dossier is asked for with the case's record), the
    /// step dialog twice (the record, then every part at once), a step three times (its id with
    /// the reads, then its obligations' ids and the decision's place, then the COMMIT), opening a
    /// case from a report four times, filing a report three times (ids with the first read,
    /// everyone named at once) and filing a letter four times. They were 3, 9, 8, 13, 5 and 10.
    @Test func aDirectorsCaseWorkWaitsForTheServerAFewTimes() throws {
        let w = try PostgresRoleTests().world()
        let (storage, s) = try Self.founder(w)
        let other = try s.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Lotte", lastName: "Visser", group: "7")
        ).value
        _ = try s.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Ilse", lastName: "Jansen",
                address: PostalAddress(street: "Dorpsstraat 1", postcode: "1234 AB", town: "Ede")),
            guardianOf: w.pupil.id)
        func waits(_ body: () throws -> Void) rethrows -> Int {
            let before = storage.main.roundTrips
            try body()
            return storage.main.roundTrips - before
        }
        func report(_ text: String) throws -> Incident {
            try s.intake.report(summary: text, platform: "TikTok", subjects: [w.pupil.id], victims: [other.id]).value
        }
        func open(_ i: Incident) throws -> Case {
            try s.cases.open(
                incident: i.id, subject: w.pupil.id, articles: ["A.5"], severity: nil, summary: "Foto gedeeld."
            ).value
        }
        // Once each, to prepare the statements.
        let first = try open(try report("Eerste filmpje."))
        _ = try s.cases.addEntry(first.id, kind: .note, title: "Gesprek", body: "Eerste.")
        _ = try s.cases.step(first.id, StepRequest(rung: .warning, reason: "Filmpje."))
        let warm = try open(try report("Tweede filmpje."))
        _ = try s.cases.step(
            warm.id, StepRequest(rung: .suspension, reason: "Ernstig.", days: 2, justification: "Ernstig genoeg."))

        var filed: Incident?
        #expect(try waits { filed = try report("Derde filmpje.") } == 3)
        var opened: Case?
        #expect(try waits { opened = try open(try #require(filed)) } == 4)
        let c = try #require(opened)
        for n in 1...2 {
            #expect(try waits { _ = try s.cases.addEntry(c.id, kind: .note, title: "Gesprek \(n)", body: "Sem.") } == 2)
        }
        // Two, and one more for the pupil's other case that reached a suspension: the dialog says a
        // suspension's days as the step takes them, after the one there (it named other days).
        #expect(try waits { _ = try s.cases.stepOptions(c.id) } == 3)
        #expect(try waits { _ = try s.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")) } == 3)
        let later = try open(try report("Vierde filmpje."))
        let step = StepRequest(rung: .suspension, reason: "Ernstig.", days: 2, justification: "Ernstig genoeg.")
        var stepped: CaseWorkflow.Stepped?
        // Four, and one more for the pupil's other case that reached a suspension (its steps, read
        // against its line in the access log): a suspension starts after the one that runs there.
        let stepWaits = try waits { stepped = try s.cases.step(later.id, step).value }
        #expect(stepWaits == 5, "\(stepWaits)")
        #expect(stepped?.obligations.count ?? 0 >= 2, "the step's obligations, with their ids drawn together")
        // Its letter: filed in four waits (the case's two, the school's people at once for the check
        // that no other pupil is named, the COMMIT; its place in the dossier with the first). Was ten.
        let letter = try Fixtures.letters.require("schorsingsbesluit")
        _ = try s.letters.file(
            case: warm.id, template: letter, body: try s.letters.draft(case: warm.id, template: letter))
        let text = try s.letters.draft(case: later.id, template: letter)
        #expect(try waits { _ = try s.letters.file(case: later.id, template: letter, body: text) } == 4)
        // Every id drawn was used, in order, and every chain verifies.
        let notes = try s.session.read { try $0.caseEntries(case: c.id, newest: CaseParts.timelineWindow).newest }
        #expect(notes.map(\.title).suffix(2) == ["Gesprek 1", "Gesprek 2"])
        let obligations = try #require(stepped?.obligations).map(\.id)
        #expect(obligations == Array(obligations[0]...(obligations[0] + Int64(obligations.count) - 1)))
        let sequences = try s.session.read { try $0.sequences() }
        let used = try s.session.read { r in
            (try r.cases(aboutSubject: w.pupil.id).map(\.id).max(), try r.obligations(case: later.id).map(\.id).max())
        }
        #expect(sequences[SequenceName.id(.case)] == used.0, "no case id drawn and left unused")
        #expect(sequences[SequenceName.id(.obligation)] == used.1, "no obligation id drawn and left unused")
        #expect(try s.integrity.verify().isSound)
    }

    /// A note in a case is refused as before when the case is not the writer's to see (an IB and a
    /// staff member's case): the same words, nothing saved, no id used.
    @Test func aRefusedNoteInACaseIsRefusedAsBeforeAndUsesNoID() throws {
        let roles = PostgresRoleTests()
        let w = try roles.world()
        let (director, staffCase) = try roles.staffCase(w)
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")), account: "ib_els",
            profiles: Fixtures.profiles)
        func lastEntryID() throws -> Int64 {
            try director.session.read { try $0.sequences()[SequenceName.id(.entry)] ?? 0 }
        }
        let before = try lastEntryID()
        let hidden = #expect(throws: CasusError.self) {
            try ib.cases.addEntry(staffCase.id, kind: .care, title: nil, body: "Zorg.")
        }
        #expect(
            hidden?.kind == .notFound && "\(hidden.map { "\($0)" } ?? "")".contains("bestaat niet"),
            "\(String(describing: hidden))")
        let missing = #expect(throws: CasusError.self) {
            try director.cases.addEntry(99_999, kind: .note, title: nil, body: "Niemand.")
        }
        #expect(missing?.kind == .notFound)
        #expect(try lastEntryID() == before, "no id was used")
        let saved = try director.cases.addEntry(staffCase.id, kind: .note, title: nil, body: "Verder.").value
        #expect(saved.id == before + 1 && saved.dossierID == w.staff.id)
    }

    /// A step reads the case's notes, and the IB saves a care note in the same dossier at the same
    /// moment: the step waits for the note's COMMIT (drawing its id takes the chains' lock) and is
    /// saved after it, on the first try, without telling the director that someone changed what they
    /// read (its reads came after the note). It was refused as a change by the IB.
    @Test func aStepRacingANoteInTheSameDossierIsSavedAfterIt() throws {
        let w = try PostgresRoleTests().world()
        let director = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")),
            account: "founder", profiles: Fixtures.profiles)
        let ibStorage = try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els"))
        let ib = try CasusService.session(storage: ibStorage, account: "ib_els", profiles: Fixtures.profiles)
        let report = try director.intake.report(summary: "Filmpje.", platform: "TikTok", subjects: [w.pupil.id]).value
        let c = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
        _ = try director.cases.stepOptions(c.id)
        let stepped = try Self.race(
            ib,
            holding: { tx in
                _ = try tx.append(
                    EntryDraft(kind: .care, title: "Zorg", body: "Tijdens de stap."), to: w.pupil.id, at: tx.now)
            }, against: { _ = try director.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")) })
        #expect(throws: Never.self) { try stepped.get() }
        let steps = try director.session.read { try $0.steps(case: c.id) }
        #expect(steps.map(\.rung) == [.warning])
        let notes = try director.session.read { try $0.entries(dossier: w.pupil.id, offset: 0, limit: 50) }
        #expect(notes.contains { $0.title == "Zorg" })
        #expect(try director.integrity.verify().isSound)
    }

    /// Two directors step the same case at the same moment: the second's step waits for the first's
    /// COMMIT (drawing its id takes the chains' lock), and is then refused with who changed the
    /// case, not saved on top of a step its director did not see.
    @Test func twoDirectorsSteppingOneCaseAtOnceTheSecondIsTold() throws {
        let w = try PostgresRoleTests().world()
        func director() throws -> CasusService {
            try CasusService.session(
                storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")),
                account: "founder", profiles: Fixtures.profiles)
        }
        let first = try director(), second = try director()
        let report = try first.intake.report(summary: "Filmpje.", platform: "TikTok", subjects: [w.pupil.id]).value
        let c = try first.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil).value
        _ = try second.cases.stepOptions(c.id)
        let secondStep = try Self.race(
            first,
            holding: { tx in
                _ = try first.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste."), in: tx, at: tx.now)
            }, against: { _ = try second.cases.step(c.id, StepRequest(rung: .warning, reason: "Tweede.")) })
        let told = #expect(throws: CasusError.self) { try secondStep.get() }
        #expect(
            told?.kind == .refused && told?.message.nl.contains("zojuist gewijzigd") == true,
            "\(String(describing: told))")
        let steps = try first.session.read { try $0.steps(case: c.id) }
        #expect(steps.map(\.reason) == ["Eerste."])
        #expect(try first.integrity.verify().isSound)
    }

    /// The director's storage (its waits are counted) and session on the world's database.
    static func founder(_ w: PostgresRoleTests.World) throws -> (PostgresStorage, CasusService) {
        let storage = try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder"))
        return (storage, try CasusService.session(storage: storage, account: "founder", profiles: Fixtures.profiles))
    }

    /// Runs `save` on another thread while `holder`'s write, having done `work`, holds the chains'
    /// lock (its events are on the server, its COMMIT not yet sent): `save`'s first statements reach
    /// the server meanwhile. Returns how `save` ended.
    static func race(
        _ holder: CasusService, holding work: (Transaction) throws -> Void,
        against save: @escaping @Sendable () throws -> Void
    ) throws -> Result<Void, Error> {
        let locked = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var ended: Result<Void, Error>?
        Thread.detachNewThread {
            locked.wait()
            ended = Result { try save() }
            done.signal()
        }
        _ = try holder.session.write { tx in
            try work(tx)
            _ = try tx.r.schools()  // everything queued goes to the server: the chains' lock is held
            locked.signal()
            Thread.sleep(forTimeInterval: 0.4)
        }
        done.wait()
        return ended ?? .failure(CasusError.invalid("the race did not run", "the race did not run"))
    }

    /// A search is its access-log line (on the second connection), then one wait for its hits (entries
    /// and case summaries together, whole words or prefixes decided on the server), then the audit
    /// lines of the search, one per person shown, in one call.
    @Test func aSearchWaitsForItsHitsOnce() throws {
        let w = try PostgresRoleTests().world()
        let storage = try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder"))
        let service = try CasusService.session(storage: storage, account: "founder", profiles: Fixtures.profiles)
        // Each statement is prepared once per connection: a search with hits and one without.
        _ = try service.dossiers.search("gesprek")
        _ = try service.dossiers.search("niets")
        for word in ["gesprek", "gespr", "niets"] {
            let before = storage.main.roundTrips
            let hits = try service.dossiers.search(word)
            #expect(storage.main.roundTrips - before == 2, "\(word)")
            #expect(hits.isEmpty == (word == "niets"), "\(word): \(hits.map(\.snippet))")
        }
    }

    /// The dossier's head and a new id are asked for before the reads that decide the note. A note
    /// that is then refused (an IB's care note in a staff dossier, a director's care note there)
    /// is refused as before, with the same words, and leaves nothing: not even a used id.
    @Test func aRefusedNoteIsRefusedAsBeforeAndUsesNoID() throws {
        let w = try PostgresRoleTests().world()
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")), account: "ib_els",
            profiles: Fixtures.profiles)
        let director = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")),
            account: "founder", profiles: Fixtures.profiles)
        func lastEntryID() throws -> Int64 {
            try director.session.read { try $0.sequences()[SequenceName.id(.entry)] ?? 0 }
        }
        let before = try lastEntryID()
        let hidden = #expect(throws: CasusError.self) {
            try ib.dossiers.addEntry(person: w.staff.id, kind: .care, title: nil, body: "Zorg.")
        }
        // The words and the hint the service gives (Dossiers.visibleOwner), not the server's head
        // look-up's, which travelled first: for a dossier hidden from the IB and for one that is not there.
        #expect(hidden?.kind == .notFound, "\(String(describing: hidden))")
        #expect("\(hidden.map { "\($0)" } ?? "")".contains("bestaat niet (of u mag het niet zien)"))
        #expect(hidden?.hint?.nl.contains("casus people list") == true, "\(String(describing: hidden?.hint))")
        let missing = #expect(throws: CasusError.self) {
            try director.dossiers.addEntry(person: 99_999, kind: .note, title: nil, body: "Niemand.")
        }
        #expect(missing?.kind == .notFound && missing?.hint?.nl.contains("casus people list") == true)
        let misplaced = #expect(throws: CasusError.self) {
            try director.dossiers.addEntry(person: w.staff.id, kind: .care, title: nil, body: "Zorg.")
        }
        #expect(misplaced?.kind == .refused && "\(misplaced.map { "\($0)" } ?? "")".contains("leerlingdossier"))
        #expect(try lastEntryID() == before, "no id was used")
        // The IB's care note in a pupil's dossier is saved, with the next id.
        let saved = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Zorg.").value
        #expect(saved.id == before + 1)
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
        let next = try Fixtures.builder(storage).build { tx in
            try tx.append(EntryDraft(kind: .note, title: "Goed", body: "y"), to: pupil.id, at: StorageContractTests.at)
        }.value
        #expect(next.seq == head.seq + 1 && next.prevHash == head.hash)
    }
}
