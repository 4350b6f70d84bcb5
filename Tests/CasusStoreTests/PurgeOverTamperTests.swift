import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// A purge is for good: it goes only over chains that hold. Rows back-dated behind casus's back
/// (its guards dropped) made a dossier due two years early, and `purge --yes` erased it (a review).
@Suite struct PurgeOverTamperTests {
    @Test func aPurgeRefusesChainsThatDoNotHold() throws {
        let scratch = Scratch("purge-tamper")
        let path = scratch.path("casus.sqlite")
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16", storage: try SQLiteStorage(path: path))
        let (pupil, _) = try school.pupil("Isa", "Bos", parent: "Ilse Bos")
        try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-16"))
        #expect(try school.service.integrity.retentionDue().isEmpty, "kept for years")
        try TamperTests.tamper(path, "UPDATE person SET left_on = '2020-01-01' WHERE id = \(pupil.id)")
        let refused = refusal { _ = try school.service.integrity.purge().value }
        #expect(refused?.message.nl.contains("NIET IN ORDE") == true, "\(String(describing: refused))")
        #expect(refused?.message.nl.contains("Er is niets opgeschoond") == true)
        #expect(try school.service.directory.person(pupil.id).firstName == "Isa", "nothing erased")
    }
}
