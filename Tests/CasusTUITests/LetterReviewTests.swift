import CasusCore
@testable import CasusTUI
import Testing
import CasusTestSupport

/// Issue 16, item 3: the letter's preview shows it as it will be filed, with each other pupil's
/// name replaced and listed above it; Enter files exactly that.
@Suite struct LetterReviewTests {
    @Test func thePreviewListsEachReplacedNameBeforeFiling() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        rt.select(case: "2026-0003")
        rt.press(.enter)
        let subject = try #require(rt.state.topScreen(CaseScreen.self)?.detail?.dossierOwner)
        rt.press(.char("+"))
        let d = try #require(rt.state.topScreen(StepDialog.self))
        let warning = try #require(d.options.firstIndex { $0.rung == .warning })
        for _ in 0..<abs(warning - d.cursor) { rt.press(warning > d.cursor ? .down : .up) }
        rt.press(.enter, .enter)  // the rung; the facts as they stand
        rt.type("Meme doorgestuurd over de leerkracht")
        rt.press(.enter, .enter)  // the proposed warning, in the built-in editor
        let other = try #require(
            try service.directory.people(kinds: [.pupil], limit: 50).first {
                $0.id != subject.id && $0.firstName.count > 3 && !$0.lastName.contains(" ")
            })
        #expect(rt.state.topScreen(EditorScreen.self) != nil)
        rt.type("\(other.firstName) \(other.lastName) zag het. ")
        rt.press(.function(2))
        let preview = try #require(rt.state.topScreen(PreviewScreen.self))
        #expect(!preview.text.contains(other.lastName))
        #expect(preview.text.hasPrefix("Een andere leerling zag het. "))
        let frame = rt.frame.text
        #expect(frame.contains("Andere leerlingen en hun ouders worden in een brief niet genoemd"))
        #expect(
            frame.contains("‘\(other.firstName) \(other.lastName)’ → ‘Een andere leerling’ (\(other.name)), regel 1"))
        Golden.check(rt.frame, "letter-preview-replaced-80x24")

        rt.press(.enter)
        // The other parent lives elsewhere (issue 16, item 2): their letter opens next; not written here.
        #expect(rt.state.topScreen(EditorScreen.self) != nil)
        rt.press(.escape, .escape)  // asked once: the letter's text is not saved
        let c = try #require(rt.state.topScreen(CaseScreen.self))
        let letter = try #require(c.detail?.entries.last)
        #expect(letter.kind == .letter)
        #expect(!letter.body.contains(other.lastName) && letter.body.hasPrefix("Een andere leerling zag het."))
    }
}
