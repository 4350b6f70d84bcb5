import CasusCore
import CasusTestSupport
@testable import CasusTUI
import Testing

/// The letters `c` offers on a case are those its ladder can make known: a parent's case offered
/// the pupil's "Besluit tot schorsing", then refused it as a decision "(toegangsverbod (schorsing
/// van een ouder))" not on a ladder that showed "toegangsverbod" (a review).
@Suite struct LetterPickerTests {
    @Test func aParentsCaseOffersTheLettersOfItsOwnLadder() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 120, height: 40)
        let parent = try #require(try service.directory.people(kinds: [.parent]).first)
        let incident = try service.intake.report(
            summary: "Een ouder schreef op Facebook over een leerkracht.", platform: "Facebook",
            subjects: [parent.id]
        ).value
        let articles = try service.cases.triageContext(incident.id).articles
        let c = try service.cases.open(
            incident: incident.id, subject: parent.id,
            articles: [try #require(articles.first { $0.appliesTo.contains(.parent) }).id], severity: .medium
        ).value
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        rt.press(.char("c"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.frame.text)")
        let offered = picker.items.map(\.id)
        #expect(!offered.contains("schorsingsbesluit"), "\(offered)")
        #expect(offered.contains("toegangsverbod"), "\(offered)")
        #expect(offered.contains("uitnodiging-gesprek"), "\(offered)")
    }

    /// After a summary dismissal the employment has ended (BW art. 7:677 lid 1): a letter of another
    /// measure is refused, and `c` offered them all, in the case and in the employee's other case
    /// (a review). The dismissal's own letter is offered, first after its step.
    @Test func afterASummaryDismissalNoLetterOfAnotherMeasureIsOffered() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 120, height: 40)
        let staff = try #require(try service.directory.people(kinds: [.staff]).first)
        let other = try service.reportedAndOpened(about: staff.id, "Berichten aan leerlingen.", articles: ["3A.8"])
        let c = try service.reportedAndOpened(about: staff.id, "Opnieuw leerlingen benaderd.", articles: ["3A.8"])
        try service.cases.addEntry(c.id, kind: .meeting, body: "Gehoord.", heard: [.employee]).value
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        rt.press(.char("c"))
        let before = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.frame.text)").items.map(\.id)
        let anotherMeasure = Set(
            Fixtures.letters.templates.filter {
                $0.makesKnownAnotherMeasureThanADismissal && $0.appliesTo.contains(.staff)
            }.map(\.id))
        #expect(!anotherMeasure.isDisjoint(with: before), "before the dismissal they are offered: \(before)")
        rt.press(.escape)
        try service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        for number in [c.number, other.number] {
            rt.press(.char(":"))
            rt.type("case \(number)")
            rt.press(.enter)
            rt.press(.char("c"))
            let offered = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.frame.text)").items.map(\.id)
            #expect(anotherMeasure.isDisjoint(with: offered), "\(number): \(offered)")
            #expect(offered.contains("ontslag-op-staande-voet"), "\(number): \(offered)")
            rt.press(.escape)
        }
    }
}
