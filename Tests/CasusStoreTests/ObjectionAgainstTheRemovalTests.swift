import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Parents who objected to a suspension and later to the removal that followed: the second
/// objection was refused while the first was undecided ("het bezwaar is al vastgelegd"), and once
/// the first was decided it was recorded as a late objection to the suspension, with the
/// suspension's terms, where it was in time against the removal (Awb art. 6:7; WPO art. 40 lid 12;
/// a review by a parents' lawyer).
@Suite struct ObjectionAgainstTheRemovalTests {
    @Test func anObjectionToTheRemovalIsAgainstTheRemoval() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: .po, denomination: .openbaar, region: .noord))
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "7", parent: "Esther de Groot")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming gedeeld.")
        let cases = school.service.cases
        try cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        try cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1, urgency: "Veiligheid van de klas.")
        ).value
        try school.sendDecision(c, "schorsingsbesluit")
        school.clock.set("2026-11-19")
        try cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-19")).value
        school.clock.set("2026-11-23")
        _ = try school.heard(c, [.teacher, .parents], "Gesprek over een verwijdering.")
        try cases.step(c.id, StepRequest(rung: .removal, reason: "Opnieuw gefilmd.", justification: "Zeer ernstig."))
            .value
        try school.sendDecision(c, "verwijderingsbesluit")
        // While the suspension's objection is undecided: said what it is, and how to record this one.
        school.clock.set("2026-12-14")
        let waiting = refusal { _ = try cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-14")).value }
        #expect(waiting?.message.nl.contains("al vastgelegd") == false, "\(String(describing: waiting))")
        #expect(waiting?.message.nl.contains("schorsingsbesluit") == true, "\(String(describing: waiting))")
        #expect(waiting?.hint?.nl.contains("--received 2026-12-14") == true, "\(String(describing: waiting?.hint))")
        // The suspension's objection decided; the removal's recorded as received, against the removal.
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar tegen de schorsing.")
        try school.sendDecision(c, "beslissing-op-bezwaar")
        #expect(try school.obligations(c).allSatisfy { $0.kind != .objectionDecision || $0.isDone })
        let removal = try cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-14")).value
        #expect(removal.remark.nl.contains("Bezwaar ontvangen op 14-12-2026"), "\(removal.remark.nl)")
        #expect(!removal.remark.nl.contains("na de bezwaartermijn"), "\(removal.remark.nl)")
        // Four weeks after the removal's own objection period (made known 23-11-2026, WPO art. 40 lid 12).
        let end = StatutoryTerm.objection(madeKnown: Fixtures.date("2026-11-23"))
        #expect(removal.due == StatutoryTerm.end(end.adding(days: 28)), "\(removal.due)")
        let note = try #require(
            try school.service.cases.detail(c.id).entries.first {
                $0.title.hasPrefix("Bezwaar ontvangen") && $0.body.contains("14-12-2026")
            })
        #expect(note.body.contains("tegen het verwijderingsbesluit"), "\(note.body)")
        #expect(try cases.detail(c.id).facts.last { $0.kind == .objectionReceived }?.value == Rung.removal.rawValue)
    }
}
