import CasusCore
@testable import CasusTUI
import Testing

/// A parent's request for access to their own data (AVG art. 15) on the full screen: the screen
/// told the director "x in het dossier", and `x` in the child's dossier exports the child's whole
/// dossier; from a search, Enter on the parent opened an empty dossier with a shell command in it
/// (a review). `x` on the parent's line in the Dossiers tab makes the parent's own export.
@Suite struct ParentAccessRequestTests {
    @Test func xOnAParentsLineExportsTheParentsOwnData() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("3"), .char("f"))
        rt.type("anke de")
        rt.press(.enter)
        for _ in 0..<10 where rt.state.people.selectedRow?.kind != .parent { rt.press(.down) }
        let parent = try #require(rt.state.people.selectedRow)
        try #require(parent.kind == .parent)
        rt.press(.enter)
        #expect(rt.state.topScreen(DossierScreen.self) == nil)
        let said = rt.state.status?.text ?? ""
        #expect(said.contains("x op de regel van de ouder (tab Dossiers)"), "\(said)")
        #expect(!said.contains("casus dossier export") && !said.contains("in het dossier"), "\(said)")
        rt.press(.char("x"))
        let export = try #require(rt.state.topScreen(ExportScreen.self), "\(rt.frame.text)")
        #expect(export.review.person.id == parent.id)
    }

    @Test func enterOnAParentFoundBySearchOpensNoEmptyDossier() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("/"))
        rt.type("Anke de Boer")
        rt.press(.enter)
        let search = try #require(rt.state.topScreen(SearchScreen.self), "\(rt.frame.text)")
        let row = try #require(search.people.firstIndex { $0.kind == .parent })
        for _ in 0..<row { rt.press(.down) }
        rt.press(.enter)
        #expect(rt.state.topScreen(DossierScreen.self) == nil, "\(rt.frame.text)")
        #expect(rt.state.status?.text.contains("Ouders hebben geen eigen dossier") == true)
    }
}
