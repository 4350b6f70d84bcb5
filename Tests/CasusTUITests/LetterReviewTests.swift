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
        rt.press(.enter, .enter, .enter)  // asked once more; the proposed warning, in the built-in editor
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

/// A letter open in the editor while someone else changes what it was drafted from: it was filed
/// with the parent's old address, citing an article just dropped, without a word (a review). Now
/// it is not filed: it comes back with the change carried into the director's text, said on the
/// status line, and is filed once read again.
@Suite struct LetterRefreshTests {
    @Test func aLetterWhoseAddresseeMovedWhileItWasOpenComesBackWithTheNewAddress() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let (_, to, drafted) = try #require(try openWarningLetter(rt), "not a letter to someone")
        let before = try service.directory.person(to)
        #expect(!before.address.street.isEmpty && drafted.contains(before.address.street))
        rt.type("Wij hebben met u gesproken. ")
        // Meanwhile, in another session: the parent moved.
        try service.directory.setAddress(to, street: "Nieuwelaan 99", postcode: "2222 BB", town: "Amersfoort").value
        rt.press(.function(2))
        rt.press(.enter)
        let shown = try #require(rt.state.topScreen(PreviewScreen.self))
        #expect(shown.text.contains("Nieuwelaan 99") && !shown.text.contains(before.address.street), "\(shown.text)")
        #expect(shown.text.hasPrefix("Wij hebben met u gesproken. "), "the director's own words stay")
        let status = rt.state.status?.text ?? ""
        #expect(status.contains("Niet opgeslagen") && status.contains("‘Nieuwelaan 99’"), "\(status)")
        let c = try #require(rt.state.stack.compactMap { $0 as? CaseScreen }.last)
        #expect(try service.cases.detail(c.id).entries.filter { $0.kind == .letter }.isEmpty, "nothing was filed")
        rt.press(.enter)
        let letters = try service.cases.detail(c.id).entries.filter { $0.kind == .letter }
        #expect(letters.count == 1 && letters[0].body.contains("Nieuwelaan 99"), "\(letters.map(\.body))")
    }
}

/// A line the director changed that someone else's change touched too: not overwritten, and the
/// letter is not filed before the director edits it once more (a second Enter filed the old
/// address, a review).
@Suite struct LetterConflictTests {
    @Test func aLetterWithALineBothChangedWaitsForAnEdit() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let (editor, to, _) = try #require(try openWarningLetter(rt), "not a letter to someone")
        let before = try service.directory.person(to)
        let streetLine = try #require(
            editor.area.value.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.trimmingCharacters(in: .whitespaces) == before.address.street
            })
        // The director adds to the street line, then the parent moves.
        for _ in 0..<streetLine { rt.press(.down) }
        rt.press(.end)
        rt.type(" hs")
        try service.directory.setAddress(to, street: "Nieuwelaan 99", postcode: "2222 BB", town: "Amersfoort").value
        rt.press(.function(2))
        rt.press(.enter)
        let shown = try #require(rt.state.topScreen(PreviewScreen.self))
        #expect(shown.text.contains(before.address.street + " hs") && shown.text.contains("2222 BB"), "\(shown.text)")
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("Eerst aanpassen (e)") == true, "\(String(describing: rt.state.status))")
        let c = try #require(rt.state.stack.compactMap { $0 as? CaseScreen }.last)
        #expect(try service.cases.detail(c.id).entries.filter { $0.kind == .letter }.isEmpty, "nothing was filed")
        // Mended in the editor (the street line typed anew), then filed.
        rt.press(.char("e"))
        #expect(rt.state.topScreen(EditorScreen.self) != nil)
        for _ in 0..<streetLine { rt.press(.down) }
        rt.press(.end)
        for _ in 0..<(before.address.street.count + 3) { rt.press(.backspace) }
        rt.type("Nieuwelaan 99")
        rt.press(.function(2))
        rt.press(.enter)
        let letters = try service.cases.detail(c.id).entries.filter { $0.kind == .letter }
        #expect(
            letters.count == 1 && letters[0].body.contains("Nieuwelaan 99")
                && !letters[0].body.contains(before.address.street), "\(letters.map(\.body))")
    }
}

/// A staff voornemen is no measure taken: the status line said "Stap gezet: berisping" where the
/// command line says "Voornemen vastgelegd" (a review).
@Suite struct ProposalStatusTests {
    @Test func aVoornemenIsSaidAsAVoornemen() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        rt.select(case: "2026-0004")
        rt.press(.enter)
        rt.press(.char("+"))
        let d = try #require(rt.state.topScreen(StepDialog.self), "\(rt.frame.text)")
        let reprimand = try #require(d.options.firstIndex { $0.rung == .reprimand }, "\(d.options.map(\.rung))")
        for _ in 0..<abs(reprimand - d.cursor) { rt.press(reprimand > d.cursor ? .down : .up) }
        rt.press(.enter, .enter)
        rt.type("Opnieuw contact met leerlingen via Instagram")
        for _ in 0..<4 where rt.state.topScreen(StepDialog.self) != nil { rt.press(.enter) }
        let c = try #require(rt.state.stack.compactMap { $0 as? CaseScreen }.last)
        let steps = try service.cases.detail(c.id).steps
        #expect(steps.last?.phase == .proposal, "\(steps) \(rt.frame.text)")
        let status = rt.state.status?.text ?? ""
        #expect(status.hasPrefix("Voornemen vastgelegd: ") && !status.contains("Stap gezet"), "\(status)")
    }
}

/// Case 2026-0003 stepped to a warning on the full screen, its letter open in the built-in editor:
/// the editor, to whom the letter goes and the text it was drafted as (nil: no such letter).
func openWarningLetter(_ rt: Runtime) throws -> (editor: EditorScreen, to: PersonID, drafted: String)? {
    rt.select(case: "2026-0003")
    rt.press(.enter)
    rt.press(.char("+"))
    let d = try #require(rt.state.topScreen(StepDialog.self))
    let warning = try #require(d.options.firstIndex { $0.rung == .warning })
    for _ in 0..<abs(warning - d.cursor) { rt.press(warning > d.cursor ? .down : .up) }
    rt.press(.enter, .enter)
    rt.type("Meme doorgestuurd over de leerkracht")
    rt.press(.enter, .enter, .enter)  // asked, recorded, its letter picked
    guard let editor = rt.state.topScreen(EditorScreen.self),
        case let .letter(_, _, to?, _, drafted) = editor.purpose
    else { return nil }
    return (editor, to, drafted)
}

/// One letter to two parents at one address, and one of them moves out while it is open: it came
/// back to the parent who moved alone, and the other parent got no letter at all (a review of two
/// sessions at once). Now the other parent's own letter follows, said on the status line.
@Suite struct LetterSplitTests {
    @Test func aParentWhoMovesOutOfTheLettersAddressGetsTheirOwnLetterNext() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        rt.select(case: "2026-0003")
        rt.press(.enter)
        let owner = try #require(rt.state.topScreen(CaseScreen.self)?.detail?.dossierOwner)
        let parents = try service.session.read { try $0.guardians(ofPupil: owner.id) }
        try #require(parents.count == 2)
        // Both at the first parent's address: one letter to both.
        let home = parents[0].address
        try service.directory.setAddress(
            parents[1].id, street: home.street, postcode: home.postcode, town: home.town
        ).value
        rt.press(.escape)
        let (_, to, drafted) = try #require(try openWarningLetter(rt), "not a letter to someone")
        let editor = try #require(rt.state.topScreen(EditorScreen.self))
        guard case let .letter(_, _, _, then, _) = editor.purpose else {
            Issue.record("no letter")
            return
        }
        #expect(then.isEmpty && drafted.contains(parents[1].lastName), "one letter to both")
        // Meanwhile, in another session: the parent the letter is addressed by moves out.
        try service.directory.setAddress(to, street: "Nieuwelaan 99", postcode: "2222 BB", town: "Amersfoort").value
        rt.press(.function(2))
        rt.press(.enter)
        let status = rt.state.status?.text ?? ""
        let other = try #require(parents.first { $0.id != to })
        #expect(status.contains("nu ook een eigen brief aan"), "\(status)")
        rt.press(.enter)
        // Filed to the parent who moved; the other parent's letter opens next.
        let next = try #require(rt.state.topScreen(EditorScreen.self), "the other parent's letter opens")
        #expect(next.area.value.contains(home.street) && next.area.value.contains(other.lastName), "\(next.area.value)")
    }
}

/// The facts a step's letters state show whole, wrapped, while they are typed: the field showed one
/// row, its end, and words typed after the case's facts were filed glued onto them ("…
/// doorgestuurd.Mohamed stuurde…") in both parents' decision letters (a review).
@Suite struct StepFactsShownTests {
    @Test func theFactsShowWholeWhileTyped() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0003")
        rt.press(.enter)
        rt.press(.char("+"))
        let d = try #require(rt.state.topScreen(StepDialog.self))
        let suspension = try #require(d.options.firstIndex { $0.rung == .suspension })
        for _ in 0..<abs(suspension - d.cursor) { rt.press(suspension > d.cursor ? .down : .up) }
        rt.press(.enter)
        let facts = try #require(rt.state.topScreen(StepDialog.self)?.facts.value)
        #expect(DisplayWidth.of(facts) > 60, "\(facts)")
        #expect(rt.frame.text.contains("Feiten, zoals de brieven ze noemen"), "\(rt.frame.text)")
        // Every word of the facts on screen, in order, none cut at the edge.
        rt.type(" Hij deed het twee keer.")
        let lines = rt.frame.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let first = try #require(lines.firstIndex { $0.hasPrefix("Feiten, zoals") })
        let shown = lines[(first + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("Feiten (uw") }.joined(separator: " ")
        #expect(shown.hasPrefix(facts + " Hij deed het twee keer."), "\(rt.frame.text)")
    }
}
