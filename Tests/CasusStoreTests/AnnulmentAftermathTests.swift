@testable import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// What follows a court's annulment of a summary dismissal (BW art. 7:681 lid 1) for the measures
/// the dismissal had cut short.
extension EmploymentEndsEveryCaseTests {
    /// An ordemaatregel whose letter never went out lapsed with the dismissal; after the court annulled
    /// it, it neither runs nor is extended: its extension's letter spoke of a first measure the
    /// employee never had in writing, and a new measure was refused as overlapping it (legal
    /// reviews). A new one, on its days or adjoining them, is its own, with a letter of its own.
    @Test(arguments: Backend.all)
    func aMeasureNeverGivenInWritingIsNotExtendedAfterTheAnnulment(_ backend: Backend) throws {
        let (service, first, second, _) = try dismissedInASecondCase(backend)
        try service.cases.courtCase(second.id, .started, on: Fixtures.date("2026-11-18"), note: "")
        try service.cases.courtCase(second.id, .annulled, on: Fixtures.date("2026-11-18"), note: "Kort geding.")
        try service.cases.addEntry(first.id, kind: .meeting, body: "Opnieuw gehoord.", heard: [.employee]).value
        // On the old measure's days (16 to 29 November): not refused as overlapping it.
        var during = StepRequest(rung: .precautionarySuspension, reason: "Onderzoek, opnieuw.", days: 7)
        during.startDate = Fixtures.date("2026-11-23")
        let stepped = try service.cases.step(first.id, during).value
        #expect(!stepped.notices.contains { $0.nl.contains("Verlenging") }, "\(stepped.notices.map(\.nl))")
        let body = try service.fileDrafts(first, "ordemaatregel", limit: 1)[0].body
        #expect(!body.contains("16 november") && body.contains("23 november 2026"), "\(body)")
        #expect(try service.integrity.verify().isSound)
    }
}
