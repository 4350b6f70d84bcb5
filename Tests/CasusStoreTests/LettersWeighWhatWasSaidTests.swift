import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A decision weighs what was said before it (Awb art. 3:46 with 4:8): the suspension's letter did
/// not say the parents gave their view, nor ask how it was weighed; the decision on an objection
/// said nothing of the Geschillencommissie's opinion; a voornemen stated the breach as established
/// before the employee could answer (reviews by a parents' lawyer and an employment lawyer).
@Suite struct LettersWeighWhatWasSaidTests {
    @Test func theSuspensionLetterWeighsTheParentsView() throws {
        let (school, _, c) = try LawWalkTests().warnedPupil(.openbaar)
        _ = try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-11-30"), given: true, note: "Vader belde: Sem heeft spijt."
        ).value
        _ = try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        let t = try Fixtures.letters.require("schorsingsbesluit")
        let body = try school.service.letters.drafts(case: c.id, template: t)[0].body
        let flat = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("U heeft op 30 november 2026 uw zienswijze gegeven"), "\(flat)")
        #expect(flat.contains("Vader belde: Sem heeft spijt."))
        #expect(flat.contains("[Hoe de zienswijze is gewogen"), "a placeholder the director fills in")
    }

    @Test func theDecisionOnTheObjectionSaysWhatIsDoneWithTheCommissionsOpinion() throws {
        let scratch = Scratch("weigh")
        let (service, clock, _, c) = try DisputeOnEveryBackendTests.semsCase(.sqliteMemory, in: scratch)
        try DisputeOnEveryBackendTests.removedAndDisputed(service, clock, c)
        clock.set("2027-02-01")
        try service.cases.disputeOpinion(
            c.id, on: Fixtures.date("2027-02-01"), outcome: "Verwijdering onvoldoende zorgvuldig"
        ).value
        let t = try Fixtures.letters.require("beslissing-op-bezwaar")
        let body = try service.letters.drafts(case: c.id, template: t)[0].body
        let flat = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            flat.contains("gaf op 1 februari 2027 haar oordeel: Verwijdering onvoldoende zorgvuldig."), "\(flat)")
        #expect(flat.contains("[Wat het bevoegd gezag met het oordeel van de commissie doet"))
    }

    @Test func aVoornemenDoesNotStateTheBreachAsEstablished() throws {
        let (school, _, c) = try LawWalkTests.reprimandProposed()
        let t = try Fixtures.letters.require("voornemen-maatregel")
        let body = try school.service.letters.drafts(case: c.id, template: t)[0].body
        let flat = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!flat.contains("merkt uw gedrag aan als plichtsverzuim"), "\(flat)")
        #expect(flat.contains("is voornemens uw gedrag aan te merken als plichtsverzuim"))
        #expect(flat.contains("is voornemens vast te stellen dat u met dit gedrag heeft gehandeld in strijd"))
    }
}
