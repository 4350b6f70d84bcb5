@testable import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// What follows a court's annulment of a summary dismissal (BW art. 7:681 lid 1) for the measures
/// the dismissal had cut short.
extension EmploymentEndsEveryCaseTests {
    /// An ordemaatregel whose letter never went out lapsed with the dismissal; after the annulment it
    /// is not extended, for its extension's letter spoke of a first measure the employee never had in
    /// writing (a legal review). A new one, with a letter of its own, may follow.
    @Test(arguments: Backend.all)
    func aMeasureNeverGivenInWritingIsNotExtendedAfterTheAnnulment(_ backend: Backend) throws {
        let (service, first, second, _) = try dismissedInASecondCase(backend)
        try service.cases.courtCase(second.id, .started, on: Fixtures.date("2026-11-18"), note: "")
        try service.cases.courtCase(second.id, .annulled, on: Fixtures.date("2026-11-18"), note: "Kort geding.")
        try service.cases.addEntry(first.id, kind: .meeting, body: "Opnieuw gehoord.", heard: [.employee]).value
        var extended = StepRequest(rung: .precautionarySuspension, reason: "Onderzoek loopt door.", days: 7)
        extended.startDate = Fixtures.date("2026-11-30")
        let refused = refusal { try service.cases.step(first.id, extended).value }
        #expect(
            refused?.message.nl.contains(
                "de schorsing als ordemaatregel sinds 16-11-2026 is nooit schriftelijk aan de medewerker gegeven")
                == true,
            "\(String(describing: refused))")
        var fresh = StepRequest(rung: .precautionarySuspension, reason: "Onderzoek, opnieuw.", days: 7)
        fresh.startDate = Fixtures.date("2026-12-01")
        let stepped = try service.cases.step(first.id, fresh).value
        #expect(!stepped.notices.contains { $0.nl.contains("Verlenging") }, "\(stepped.notices.map(\.nl))")
        #expect(try service.integrity.verify().isSound)
    }
}
