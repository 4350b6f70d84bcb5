import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Issue 16, item 9, on every backend: a meeting note records the day the meeting took place and
/// who was heard, and the law's hearings count from that day, not from when the note was written.
@Suite struct MeetingDateTests {
    /// Where a file's database is: each test has its own, removed when it ends.
    let scratch = Scratch("contract")

    func school(_ backend: Backend, on day: String) throws -> (CasusService, TestClock) {
        let clock = TestClock(day)
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        return (service, clock)
    }

    func removalRefusals(_ service: CasusService, _ c: Case) throws -> [String] {
        try service.cases.assess(c.id).options.first { $0.rung == .removal }?.refusals.map(\.nl) ?? []
    }

    @Test(arguments: Backend.all)
    func aHearingCountsFromTheDayItWasHeld(_ backend: Backend) throws {
        let (service, clock) = try school(backend, on: "2026-11-09")
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let incident = try service.intake.report(
            summary: "Nepaccount op naam van de juf.", platform: "Instagram", subjects: [pupil.id]
        ).value
        let c = try service.cases.open(incident: incident.id, subject: pupil.id, articles: ["A.5"], severity: nil)
            .value
        clock.set("2026-11-16")
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Nepaccount.")).value

        // Written on the 18th, about a meeting on the 12th: before the warning, so about the warning.
        clock.set("2026-11-18")
        let old = try service.cases.addEntry(
            c.id, kind: .meeting, body: "Gesprek met ouders en leerkracht.", heard: [.parents, .teacher],
            heldOn: Fixtures.date("2026-11-12")
        ).value
        #expect(try removalRefusals(service, c).filter { $0.contains("gehoord") }.count == 2)
        let detail = try service.cases.detail(c.id)
        let fact = try #require(detail.facts.first { $0.kind == .meetingHeld })
        #expect(fact.date.iso == "2026-11-12" && fact.entryID == old.id && fact.value == "parents,teacher")
        #expect(old.title == "Gespreksverslag van 12-11-2026 — zaak \(c.number)")

        // A meeting on the 17th (after the warning), written on the 18th: the hearing counts.
        try service.cases.addEntry(
            c.id, kind: .meeting, body: "Hoorgesprek over verwijdering.", heard: [.parents, .teacher],
            heldOn: Fixtures.date("2026-11-17")
        ).value
        #expect(try removalRefusals(service, c).filter { $0.contains("gehoord") }.isEmpty)
        let notes = try service.cases.assess(c.id).options.first { $0.rung == .removal }?.notes.map(\.nl) ?? []
        #expect(notes.contains { $0.contains("de groepsleerkracht op 17-11-2026") || $0.contains("op 17-11-2026") })
        // The removal decision says when the teacher and the parents were heard (the latest hearing
        // before the decision).
        try service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Herhaald nepaccount.", justification: "Ernstig en herhaald.")
        ).value
        let decision = try service.letters.draft(
            case: c.id, template: try Fixtures.letters.require("verwijderingsbesluit")
        ).replacingOccurrences(of: "\n", with: " ")
        #expect(decision.contains("De groepsleerkracht is gehoord op 17 november 2026."), "\(decision)")
        #expect(decision.contains("U bent gehoord op 17 november 2026."))

        // The day must have come; a date on another kind of note is refused. Nothing is saved.
        let entries = try service.cases.detail(c.id).entries.count
        let future = refusal {
            _ = try service.cases.addEntry(
                c.id, kind: .meeting, body: "Gesprek.", heard: [.parents], heldOn: Fixtures.date("2026-11-20")
            ).value
        }
        #expect(future?.message.nl.contains("die dag moet nog komen") == true)
        let phone = refusal {
            _ = try service.cases.addEntry(c.id, kind: .phone, body: "Gebeld.", heldOn: Fixtures.date("2026-11-17"))
                .value
        }
        #expect(phone?.kind == .invalid)
        // Nor before what it is about: the report came in on the 9th (a hearing of 2019 was taken).
        let before = refusal {
            _ = try service.cases.addEntry(
                c.id, kind: .meeting, body: "Gesprek.", heard: [.parents], heldOn: Fixtures.date("2019-01-01")
            ).value
        }
        #expect(
            before?.message.nl
                == "een gesprek over zaak \(c.number) is niet vóór 09-11-2026 gehouden: de melding kwam binnen op 09-11-2026; er is niets opgeslagen"
        )
        #expect(try service.cases.detail(c.id).entries.count == entries)
        #expect(try service.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func aMeetingNoteWithoutADateIsHeldToday(_ backend: Backend) throws {
        let (service, _) = try school(backend, on: "2026-11-16")
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let incident = try service.intake.report(summary: "Foto gedeeld.", platform: "Snapchat", subjects: [pupil.id])
            .value
        let c = try service.cases.open(incident: incident.id, subject: pupil.id, articles: ["A.5"], severity: nil)
            .value
        try service.cases.addEntry(c.id, kind: .meeting, body: "Gesprek.", heard: [.pupil]).value
        #expect(try service.cases.detail(c.id).facts.map(\.date.iso) == ["2026-11-16"])
    }
}
