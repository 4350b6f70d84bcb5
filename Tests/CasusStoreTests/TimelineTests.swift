import CasusCore
import CasusTestSupport
import Testing

/// A dossier's timeline (the Dossiers screen and `dossier show`) lists every entry exactly once,
/// a correction under the entry it corrects. A correction of a correction used to be left out of
/// both: it stood under a correction, which is never a line of its own.
@Suite struct TimelineTests {
    let scratch = Scratch("timeline")

    /// A school with one pupil, Zoë de Vries, whose dossier is still empty.
    func school(_ backend: Backend, clock: TestClock = TestClock("2026-11-16")) throws -> (CasusService, Person) {
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Zoë", infix: "de", lastName: "Vries", group: "7")
        ).value
        return (service, pupil)
    }

    @Test(arguments: Backend.all)
    func everyEntryIsOnTheTimelineOnceWithCorrectionsUnderWhatTheyCorrect(_ backend: Backend) throws {
        let (service, pupil) = try school(backend)
        func note(_ body: String, corrects: EntryID? = nil) throws -> EntryID {
            try service.dossiers.addEntry(
                person: pupil.id, kind: corrects == nil ? .note : .correction, title: nil, body: body,
                corrects: corrects
            ).value.id
        }
        let first = try note("Gesprek met Zoë op maandag.")
        let second = try note("Moeder gebeld.")
        let fix = try note("Het gesprek was op dinsdag.", corrects: first)
        let third = try note("Mentor ingelicht.")
        let fixOfFix = try note("Het gesprek was op woensdag, niet op dinsdag.", corrects: fix)
        let fixOfSecond = try note("Vader gebeld, niet moeder.", corrects: second)
        let laterFix = try note("Om 10 uur.", corrects: first)

        let view = try service.dossiers.dossier(pupil.id)
        let timeline = view.timeline
        #expect(
            timeline.map(\.entry.id) == [first, fix, fixOfFix, laterFix, second, fixOfSecond, third],
            "each correction under the entry its corrections began with, in the order written")
        #expect(timeline.map(\.isCorrection) == [false, true, true, true, false, true, false])
        #expect(Set(timeline.map(\.entry.id)).count == view.entries.count)
        // The entry screen of a correction shows the correction of it.
        #expect(view.corrections[fix]?.map(\.id) == [fixOfFix])
    }
}

extension TimelineTests {
    /// A window of the timeline (the Dossiers screen) is the slice of the whole timeline there,
    /// at every offset, with the corrections of its entries; each window read leaves an access line.
    @Test(arguments: Backend.all)
    func aWindowOfTheTimelineIsTheSliceOfTheWholeOne(_ backend: Backend) throws {
        let clock = TestClock("2026-11-16")
        let (service, pupil) = try school(backend, clock: clock)
        let empty = try service.dossiers.timelinePage(pupil.id, offset: 0, limit: 89)
        #expect(empty.total == 0 && empty.items.isEmpty, "a dossier without entries opens empty")
        // Three entries, then the dossier purged: the entries after it are numbered from 4.
        for n in 1...3 {
            _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: nil, body: "Vroeger \(n).")
        }
        try service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-20")).value
        clock.set("2029-09-01")
        #expect(try service.integrity.purge().value.map(\.dossierID) == [pupil.id])
        var ids: [EntryID] = []
        var lastCorrection: EntryID?
        for n in 1...14 {
            // Every fourth entry corrects the one three before it; every seventh corrects the last
            // correction (a correction of a correction).
            let corrects: EntryID? = n % 7 == 0 ? lastCorrection : n % 4 == 0 ? ids[n - 4] : nil
            let id = try service.dossiers.addEntry(
                person: pupil.id, kind: corrects == nil ? .note : .correction, title: "Stuk \(n)",
                body: "Tekst \(n).", corrects: corrects
            ).value.id
            ids.append(id)
            if corrects != nil { lastCorrection = id }
        }
        let whole = try service.dossiers.dossier(pupil.id)
        let timeline = whole.timeline
        #expect(timeline.count == 14 && whole.entries.first?.seq == 4)
        #expect(whole.corrections[ids[3]]?.map(\.id) == [ids[6]], "no. 7 corrects no. 4, itself a correction")
        for size in [1, 3] {
            for offset in 0...15 {
                let page = try service.dossiers.timelinePage(pupil.id, offset: offset, limit: size)
                #expect(page.total == 14)
                let expected = Array(timeline.dropFirst(offset).prefix(size))
                #expect(page.items == expected, "the window at \(offset) of \(size)")
                for item in page.items {
                    #expect(
                        page.corrections[item.entry.id]?.map(\.id) ?? [] == whole.corrections[item.entry.id]?.map(\.id)
                            ?? [], "the corrections of \(item.entry.title)")
                    #expect(page.corrected.contains(item.entry.id) == (whole.corrections[item.entry.id] != nil))
                }
            }
        }
        let lines = try service.integrity.auditLog(person: pupil.id, limit: 1000).filter { $0.action == "dossier.read" }
        #expect(lines.contains { $0.detail == "stukken 4–6 van 14" }, "a window read is in the access log")
        #expect(try service.dossiers.timelinePage(pupil.id, offset: 0, limit: 5).tombstones.count == 1)
        // A dossier the reader may not see reads as not existing, here as in the whole read: an IB
        // and a staff member's dossier.
        let staff = try service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Els", lastName: "Bakker", function: "leerkracht")
        ).value
        _ = try service.dossiers.addEntry(person: staff.id, kind: .note, title: nil, body: "Personeelsgeheim.")
        try service.directory.addUser(account: "ib_els", role: .ib, personID: nil, schoolID: 1).value
        let ib = try CasusService.session(
            storage: service.session.storage, account: "ib_els", profiles: Fixtures.profiles, clock: clock.clock)
        #expect(throws: CasusError.self) { try ib.dossiers.timelinePage(staff.id, offset: 0, limit: 10) }
        #expect(try ib.dossiers.timelinePage(pupil.id, offset: 0, limit: 3).items.count == 3)
    }
}
