import CasusCore
import CasusTestSupport
@testable import CasusTUI
import Testing

/// What the director chose in triage stays chosen until they say otherwise: a search that hid a
/// ticked article lowered the severity the case opened with, a Space typed in a search unticked an
/// article with nothing said, and Esc threw every choice away unasked (a review at 80×24).
@Suite struct TriageChoicesTests {
    static func triage() throws -> Runtime {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("1"), .char("t"))
        _ = try #require(rt.state.topScreen(TriageScreen.self))
        return rt
    }

    @Test func aSearchThatHidesATickedArticleKeepsItsSeverity() throws {
        let rt = try Self.triage()
        var t = try #require(rt.state.topScreen(TriageScreen.self))
        let heaviest = try #require(
            t.bindingArticles.filter { $0.severity != nil }.max { ($0.severity ?? .light) < ($1.severity ?? .light) })
        let index = try #require(t.visibleArticles.firstIndex { $0.id == heaviest.id })
        for _ in 0..<abs(index - t.articleCursor) { rt.press(index > t.articleCursor ? .down : .up) }
        rt.press(.char(" "))
        #expect(
            rt.state.status?.text.contains("Artikel \(heaviest.id) aangevinkt") == true,
            "\(rt.state.status?.text ?? "")")
        t = try #require(rt.state.topScreen(TriageScreen.self))
        #expect(t.effectiveSeverity == heaviest.severity)
        rt.type("zzzq")  // hides every article
        t = try #require(rt.state.topScreen(TriageScreen.self))
        #expect(t.visibleArticles.isEmpty && t.articles == [heaviest.id])
        #expect(t.effectiveSeverity == heaviest.severity, "the severity the case would open with")
    }

    @Test func escAsksBeforeItThrowsTheChoicesAway() throws {
        let rt = try Self.triage()
        rt.press(.char(" "))  // the suggestion the cursor is on
        rt.press(.escape)
        #expect(rt.state.topScreen(TriageScreen.self) != nil, "closed at the first Esc")
        #expect(
            rt.state.status?.text.contains("De keuzes zijn nog niet opgeslagen: nog een keer Esc gooit ze weg") == true,
            "\(rt.state.status?.text ?? "")")
        rt.press(.escape)
        #expect(rt.state.topScreen(TriageScreen.self) == nil)
        #expect(rt.state.status?.text.contains("Weggegooid") == true)
        // Nothing chosen: Esc closes at once.
        rt.press(.char("t"))
        rt.press(.escape)
        #expect(rt.state.topScreen(TriageScreen.self) == nil)
    }

    @Test func theSeverityChosenIsSaidBesideTheArticles() throws {
        let rt = try Self.triage()
        rt.press(.char(" "), .tab)
        #expect(rt.state.topScreen(TriageScreen.self)?.section == .options)
        rt.press(.char(" "))
        let said = rt.state.status?.text ?? ""
        #expect(said.contains("Ernst: licht, zelf gekozen"), "\(said)")
    }
}
