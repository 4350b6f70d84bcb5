import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// An employee's view answers the voornemen as it reached them: "no view within the term" was
/// recorded before the voornemen's letter was sent, and the besluit followed the day it was sent
/// ("Bij aangetekende brief van 5 januari … geen zienswijze … Datum van het besluit: 5 januari");
/// a view dated before the sending was taken too (an employment lawyer's review; BW art. 3:37 lid 3).
@Suite struct ViewAfterTheVoornemenTests {
    @Test func noViewIsRecordedBeforeTheVoornemenWasSent() throws {
        let (school, _, c) = try LawWalkTests.reprimandProposed()
        let cases = school.service.cases
        school.clock.set("2027-01-05")
        let unsent = refusal {
            try cases.zienswijze(c.id, on: Fixtures.date("2027-01-05"), given: false, note: "").value
        }
        #expect(
            unsent?.message.nl.contains("nog niet als verzonden vastgelegd") == true, "\(String(describing: unsent))")
        #expect(unsent?.hint?.nl.contains("casus letter sent") == true)
        let early = refusal {
            try cases.zienswijze(c.id, on: Fixtures.date("2026-12-07"), given: true, note: "Spijt.").value
        }
        #expect(early != nil, "a view before the letter went")
        #expect(try cases.detail(c.id).facts.allSatisfy { $0.kind != .zienswijze }, "nothing recorded")
        // Sent on the 5th: a view of the 4th is before it; the term runs from the sending.
        let letter = try school.service.fileDrafts(c, "voornemen-maatregel")[0]
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2027-01-05"), via: .registered, library: Fixtures.letters
        ).value
        let before = refusal {
            try cases.zienswijze(c.id, on: Fixtures.date("2027-01-04"), given: true, note: "Spijt.").value
        }
        #expect(
            before?.message.nl.contains("vóór de verzending van het voornemen (05-01-2027)") == true,
            "\(String(describing: before))")
        let running = refusal {
            try cases.zienswijze(c.id, on: Fixtures.date("2027-01-05"), given: false, note: "").value
        }
        #expect(running?.message.nl.contains("loopt nog tot en met") == true, "\(String(describing: running))")
        _ = try cases.zienswijze(c.id, on: Fixtures.date("2027-01-05"), given: true, note: "Spijt.").value
    }
}
