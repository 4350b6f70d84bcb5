import CasusCore
import CasusTestSupport
import Testing

/// A dossier's timeline (the Dossiers screen and `dossier show`) lists every entry exactly once,
/// a correction under the entry it corrects. A correction of a correction used to be left out of
/// both: it stood under a correction, which is never a line of its own.
@Suite struct TimelineTests {
    let scratch = Scratch("timeline")

    @Test(arguments: Backend.all)
    func everyEntryIsOnTheTimelineOnceWithCorrectionsUnderWhatTheyCorrect(_ backend: Backend) throws {
        let service = try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "De st. Jozefschool", protocolID: "jozefschool",
            account: "directeur", director: ("Marieke", "van", "Dam"),
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder), profiles: Fixtures.profiles,
            clock: TestClock("2026-11-16").clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Zoë", infix: "de", lastName: "Vries", group: "7")
        ).value
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
