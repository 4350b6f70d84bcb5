import CasusCore
import CasusTestSupport
import Testing

/// A leaving day starts a dossier's retention clock: a parent has none to start, no one leaves
/// before being born, and a second day replaces the first in words (all three were taken
/// silently, a review).
@Suite struct PeopleLeavingTests {
    @Test func aLeavingDayIsCheckedAndAReplacedOneIsSaid() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, parent) = try school.pupil("Auke", "Dekker", parent: "Anne Dekker", born: "2016-04-01")
        let parentRefused = refusal {
            try school.service.directory.setLeft(parent!.id, on: Fixtures.date("2026-11-01"))
        }
        #expect(parentRefused?.message.nl.contains("is een ouder") == true, "\(String(describing: parentRefused))")
        let early = refusal { try school.service.directory.setLeft(pupil.id, on: Fixtures.date("1990-01-01")) }
        #expect(early?.message.nl.contains("vóór de geboortedatum") == true)
        #expect(try school.service.directory.person(pupil.id).leftOn == nil, "nothing changed")
        let first = try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-13")).value
        #expect(first == nil)
        let second = try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-06")).value
        #expect(second == Fixtures.date("2026-11-13"))
        #expect(try school.service.directory.person(pupil.id).leftOn == Fixtures.date("2026-11-06"))
    }
}
