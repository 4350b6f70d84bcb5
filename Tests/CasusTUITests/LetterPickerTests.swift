import CasusCore
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
}
