import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import GRDB
import Testing

/// A purge takes the details of who no record that stays names any more: a purged pupil's name,
/// birth date, home address and leerlingnummer stayed in every list of people and every backup for
/// good, with their parent's (a review; AVG art. 5 lid 1 onder c and e). Who is still named in a
/// report that stays keeps their name while it stays.
@Suite struct PurgeErasesPeopleTests {
    let scratch = Scratch("purge-erases")

    struct World {
        var storage: any CasusStorage
        var service: CasusService
        var clock: TestClock
        var lisa: Person, karin: Person, tygo: Person, noor: Person, sem: Person
        /// Left, with no dossier of their own; a witness in Lisa's report only.
        var wim: Person
        /// Sem's report, naming Noor as a witness.
        var aboutSem: IncidentID
    }

    func world(_ backend: Backend, path: String? = nil) throws -> World {
        let clock = TestClock("2026-11-16", hour: 9)
        let storage = try path.map { try SQLiteStorage(path: $0) as any CasusStorage } ?? backend.make(in: scratch)
        let service = try jozefschool(on: storage, clock: clock.clock)
        func add(_ p: Person, guardianOf pupil: PersonID? = nil) throws -> Person {
            try service.directory.addPerson(p, guardianOf: pupil).value
        }
        let lisa = try add(
            Person(
                schoolID: 1, kind: .pupil, firstName: "Lisaqq", lastName: "Bosqq", group: "6", externalID: "L-4711",
                birthDate: Fixtures.date("2015-03-14"), salutation: .mevrouw,
                address: PostalAddress(street: "Kerkqqstraat 12", postcode: "1234 AB", town: "Zwolle")))
        let karin = try add(
            Person(
                schoolID: 1, kind: .parent, firstName: "Karinqq", lastName: "Bosqq",
                address: PostalAddress(street: "Kerkqqstraat 12", postcode: "1234 AB", town: "Zwolle")),
            guardianOf: lisa.id)
        let tygo = try add(Person(schoolID: 1, kind: .pupil, firstName: "Tygo", lastName: "Smit", group: "6"))
        let noor = try add(Person(schoolID: 1, kind: .pupil, firstName: "Noor", lastName: "Visser", group: "8"))
        let sem = try add(Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Mulder", group: "8"))
        let wim = try add(Person(schoolID: 1, kind: .pupil, firstName: "Wimqq", lastName: "Dekker", group: "6"))
        // Lisa's case: its report names Tygo as the one it was done to, and goes with Lisa's dossier.
        let aboutLisa = try service.intake.report(
            summary: "Lisa zette een foto van Tygo online.", platform: "TikTok", subjects: [lisa.id],
            victims: [tygo.id], witnesses: [wim.id]
        ).value
        let c = try service.cases.open(
            incident: aboutLisa.id, subject: lisa.id, articles: ["A.5"], severity: nil, flags: CaseFlags(),
            summary: "Een foto van een klasgenoot online."
        ).value
        _ = try service.cases.close(c.id, outcome: .founded, reason: "Gesprek gevoerd.").value
        // Sem's report names Noor as a witness; Sem stays at school, so the report stays.
        let aboutSem = try service.intake.report(
            summary: "Sem schold in de klassenapp.", platform: "WhatsApp", subjects: [sem.id], witnesses: [noor.id]
        ).value
        _ = try service.dossiers.addEntry(person: noor.id, kind: .note, title: "Gesprek", body: "Over de app.").value
        for p in [lisa, noor, wim] { try service.directory.setLeft(p.id, on: Fixtures.date("2026-11-20")).value }
        clock.set("2029-01-07")
        return World(
            storage: storage, service: service, clock: clock, lisa: lisa, karin: karin, tygo: tygo, noor: noor,
            sem: sem, wim: wim,
            aboutSem: aboutSem.id)
    }

    @Test(arguments: Backend.all)
    func aPurgedPupilAndTheirParentKeepNoNameBirthDateOrAddress(_ backend: Backend) throws {
        let w = try world(backend)
        // Wim left with no record of his own: his turn comes too (he was never purged, a review).
        #expect(Set(try w.service.integrity.purge().value.map(\.dossierID)) == [w.lisa.id, w.noor.id, w.wim.id])
        for gone in [w.lisa, w.karin, w.wim] {
            let p = try w.service.directory.person(gone.id)
            #expect(p.name == "#\(gone.id)" && p.sortName == "#\(gone.id)", "\(gone.name) is still named")
            #expect(p.birthDate == nil && p.externalID == nil && p.group == nil)
            #expect(p.address == .none && p.salutation == .onbekend)
            #expect(p.kind == gone.kind && p.schoolID == 1)
        }
        #expect(try w.service.directory.person(w.lisa.id).leftOn == Fixtures.date("2026-11-20"))
        // Still named in a report that stays (Noor), or never purged (Tygo, Sem): as they were.
        for kept in [w.tygo, w.noor, w.sem] { #expect(try w.service.directory.person(kept.id).name == kept.name) }
        #expect(try w.service.directory.people(text: "Lisaqq").isEmpty)
        #expect(try w.service.directory.people(text: "Bosqq").isEmpty)
        #expect(try w.service.integrity.verify().isSound)
    }

    /// One whose leaving is announced for a later day has not left: a purge of another's dossier
    /// erased a teacher and a pupil still at school, named in its report, and `verify` said all was
    /// sound (a review).
    @Test(arguments: Backend.all)
    func aLeavingAnnouncedForLaterErasesNoOne(_ backend: Backend) throws {
        let w = try world(backend)
        try w.service.directory.setLeft(w.wim.id, on: Fixtures.date("2029-06-30")).value
        #expect(try w.service.integrity.purge().value.contains { $0.dossierID == w.lisa.id })
        #expect(try w.service.directory.person(w.wim.id).name == w.wim.name, "Wim has not left yet")
        #expect(try w.service.integrity.verify().isSound)
    }

    /// A pupil who left with no record at all, and their parent: kept for good, while the pupil's
    /// export promised their details erased two years after leaving (a review of the AVG). Their turn
    /// comes as anyone's, once.
    @Test(arguments: Backend.all)
    func whoLeftWithNoRecordIsErasedToo(_ backend: Backend) throws {
        let w = try world(backend)
        let sanne = try w.service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sanneqq", lastName: "Bos", group: "4")
        ).value
        let mother = try w.service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Marjaqq", lastName: "Bos",
                address: PostalAddress(street: "Dorpsqqweg 3", postcode: "8011 AA", town: "Zwolle")),
            guardianOf: sanne.id
        ).value
        try w.service.directory.setLeft(sanne.id, on: Fixtures.date("2026-11-20")).value
        #expect(try w.service.integrity.retentionDue().contains { $0.person.id == sanne.id && $0.entries == 0 })
        #expect(try w.service.integrity.purge().value.contains { $0.dossierID == sanne.id })
        for gone in [sanne, mother] {
            #expect(try w.service.directory.person(gone.id).name == "#\(gone.id)", "\(gone.name) is still named")
        }
        #expect(try w.service.integrity.retentionDue().isEmpty, "once")
        #expect(try w.service.integrity.verify().isSound)
    }

    /// Who still has an account is not erased: the purge marked them purged for good and kept the
    /// name (a review). Kept until the account is ended, said why; then their turn comes.
    @Test(arguments: Backend.all)
    func whoStillHasAnAccountIsKeptUntilItEnds(_ backend: Backend) throws {
        let w = try world(backend)
        let els = try w.service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Elsqq", lastName: "Visser", function: "intern begeleider")
        ).value
        try w.service.directory.addUser(account: "ib_els", role: .ib, personID: els.id).value
        try w.service.directory.setLeft(els.id, on: Fixtures.date("2026-11-20")).value
        w.clock.set("2034-01-09")
        let held = try #require(try w.service.integrity.retentionDue().first { $0.person.id == els.id })
        #expect(
            held.hold?.nl.contains("account ib_els hoort nog bij deze persoon") == true,
            "\(String(describing: held.hold))")
        #expect(try !w.service.integrity.purge().value.contains { $0.dossierID == els.id })
        try w.service.directory.removeUser(account: "ib_els", reason: "Vertrokken.").value
        #expect(try w.service.integrity.purge().value.contains { $0.dossierID == els.id })
        #expect(try w.service.directory.person(els.id).name == "#\(els.id)")
    }

    /// Once the report that still named them goes with the last dossier that kept it, so do their
    /// details: Noor's dossier went first, Sem's report named her, and Sem's purge took both.
    @Test(arguments: Backend.all)
    func whoWasStillNamedGoesWithTheLastReportThatNamedThem(_ backend: Backend) throws {
        let w = try world(backend)
        _ = try w.service.integrity.purge().value
        #expect(try w.service.directory.person(w.noor.id).name == w.noor.name)
        _ = try w.service.intake.dismiss(w.aboutSem, reason: "Opgelost in de klas.").value
        try w.service.directory.setLeft(w.sem.id, on: Fixtures.date("2029-01-08")).value
        w.clock.set("2031-03-02")
        #expect(try w.service.integrity.purge().value.map(\.dossierID) == [w.sem.id])
        #expect(try w.service.directory.person(w.noor.id).name == "#\(w.noor.id)")
        #expect(try w.service.directory.person(w.sem.id).name == "#\(w.sem.id)")
        #expect(try w.service.directory.person(w.tygo.id).name == w.tygo.name)
        #expect(try w.service.integrity.verify().isSound)
    }

    /// The chain, kept for good, holds a person's texts as digests under a key of their own, which
    /// the purge takes: a plain SHA-256 of a birth date, a postcode or a name told it to whoever tried
    /// every value (a review; AVG art. 5 lid 1 onder c and e). No digest in any event matches a
    /// guess of who they were, before the purge or after it, and the erased rows keep no key.
    @Test(arguments: Backend.all)
    func theChainKeepsNothingAGuessCanBeTestedAgainst(_ backend: Backend) throws {
        let w = try world(backend)
        let guesses = [
            "Lisaqq", "Bosqq", "Karinqq", "L-4711", "2015-03-14", "1234 AB", "Kerkqqstraat 12", "Zwolle",
            "Bosqq, Lisaqq", "Wimqq",
        ]
        let plain = Set(guesses.map { EventCodec.text($0) })
        func digestsFound() throws -> [String] {
            var found: [String] = []
            try w.storage.read { r in
                try r.forEachEvent { e in
                    for field in EventCodec.parse(e.payload) ?? [] {
                        if let v = field.value, plain.contains(v) { found.append("\(e.kind) \(field.name)") }
                    }
                }
            }
            return found
        }
        #expect(try digestsFound().isEmpty)
        _ = try w.service.integrity.purge().value
        #expect(try digestsFound().isEmpty)
        #expect(try w.service.integrity.verify().isSound)
    }

    /// Nothing of who they were is left in the file: not in the person's row, not in the names'
    /// search index (checked with the bytes, as `grep` on a backup would).
    @Test func theirDetailsLeaveTheFile() throws {
        let path = scratch.path("personen.sqlite")
        var keys: [String] = []
        do {
            let w = try world(.sqliteFile, path: path)
            // The keys their digests were made under go too (PersonKey): with one, a guess could be tested.
            keys = try DatabaseQueue(path: path).read { db in
                try String.fetchAll(
                    db, sql: "SELECT salt FROM person WHERE id IN (?, ?)", arguments: [w.lisa.id, w.karin.id])
            }
            #expect(keys.count == 2 && keys.allSatisfy { $0.count == 64 })
            _ = try w.service.integrity.purge().value
        }
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            for word in ["Lisaqq", "lisaqq", "Bosqq", "bosqq", "Karinqq", "Kerkqqstraat", "L-4711", "2015-03-14"] + keys
            {
                #expect(bytes.range(of: Data(word.utf8)) == nil, "\(word) is still in \(file)")
            }
        }
    }
}
