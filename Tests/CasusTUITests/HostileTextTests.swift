import CasusCore
import CasusTestSupport
import Foundation
import Testing

@testable import CasusTUI

/// Issue 12: text that tries to steer the terminal, and pasted text that must survive, in the TUI.
@Suite struct HostileTextTests {
    /// The Canvas shows what the CLI shows: a control is �, never sent to the terminal.
    @Test func canvasShowsControlsAsReplacementCharacters() {
        var c = Canvas(width: 40, height: 1)
        c.put("a\u{1B}]0;x\u{07}b\u{9B}c\u{202E}d\u{2066}e\tf", x: 0, y: 0)
        #expect(c.line(0).hasPrefix("a\u{FFFD}]0;x\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e f"))
        for x in 0..<c.width {
            #expect(!c[x, 0].text.unicodeScalars.contains { TerminalText.isUnsafe($0) })
        }
        // What shows as nothing is seen: "bed\u{200B}reiging" read as "bedreiging", which a search
        // for that word did not find (a review). A joiner inside an emoji stays.
        var hidden = Canvas(width: 40, height: 1)
        hidden.put("bed\u{200B}reiging soft\u{AD}hyphen 👩\u{200D}💻", x: 0, y: 0)
        #expect(hidden.line(0).hasPrefix("bed\u{FFFD}reiging soft\u{FFFD}hyphen 👩\u{200D}💻"), "\(hidden.line(0))")
    }

    /// A � takes a column, and every layout counts it so: a wrapped note lost a letter to every
    /// zero-width space on its row, and the cursor showed the wrong letter (a review). A letter
    /// joined by a hidden mark is drawn, then �.
    @Test func aHiddenCharacterTakesTheColumnItIsDrawnIn() {
        #expect(DisplayWidth.of("a\u{200B}b") == 3)
        // A mark that is part of a letter (a Hangul filler, a flag's tags) stays part of it.
        var flag = Canvas(width: 10, height: 1)
        flag.put("\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}x", x: 0, y: 0)
        #expect(!flag.line(0).contains("\u{FFFD}"), "\(flag.line(0))")
        // Tags after a plain letter, and the Hangul fillers alone, are no part of anything: shown (a
        // review read "bed" and two tags as "bed").
        var tags = Canvas(width: 20, height: 1)
        tags.put("bed\u{E0041}\u{E0042}reiging :\u{3164}:", x: 0, y: 0)
        #expect(tags.line(0).hasPrefix("bed\u{FFFD}reiging :\u{FFFD}:"), "\(tags.line(0))")
        #expect(DisplayWidth.of("bed\u{E0041}\u{E0042}reiging :\u{3164}:") == 15)
        let text =
            "Ouders\u{200B} \u{200B}gebeld\u{200B} \u{200B}over\u{200B} de afspraken; zij zijn akkoord met de schorsing en komen maandag langs."
        var area = TextArea(text)
        _ = area.handle(.end, page: 10, width: 30)
        area.scroll(rows: 10, width: 30)
        var c = Canvas(width: 32, height: 10)
        area.draw(into: &c, x: 1, y: 0, width: 30, rows: 10)
        let shown = (0..<10).map { c.line($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ").replacingOccurrences(of: "\u{FFFD}", with: "")
        for word in ["Ouders", "gebeld", "over", "afspraken;", "schorsing", "en", "komen", "maandag", "langs."] {
            #expect(shown.contains(word), "\(word): \(shown)")
        }
        // A one-line field's cursor stands on the letter it is at.
        var field = TextField("a\u{200B}b\u{200B}cdef")
        for key in [Key.home, .right, .right, .right, .right] { _ = field.handle(key) }
        var f = Canvas(width: 20, height: 1)
        field.draw(into: &f, x: 0, y: 0, width: 20, focused: true)
        #expect(f.line(0).hasPrefix("a\u{FFFD}b\u{FFFD}cdef"), "\(f.line(0))")
        let cursor = (0..<20).first { f[$0, 0].style.reverse }
        #expect(cursor.map { f[$0, 0].text } == "c", "\(f.line(0)) at \(String(describing: cursor))")
    }

    /// A joiner that joins nothing is not sent: the terminal would join the next cell's letter to
    /// it and shift the rest of the row (a review's report "zwj\u{200D}q"). In an emoji sequence
    /// it joins within its cell and stays.
    @Test func aJoinerAtACharactersEndIsNotSentButAnEmojiSequenceKeepsItsOwn() {
        var c = Canvas(width: 20, height: 1)
        c.put("zwj\u{200D}q rest", x: 0, y: 0)
        #expect(c.line(0).hasPrefix("zwjq rest"))
        #expect(!(0..<c.width).contains { c[$0, 0].text.unicodeScalars.last == "\u{200D}" })
        var e = Canvas(width: 20, height: 1)
        e.put("a👨\u{200D}👩b", x: 0, y: 0)
        #expect(e[1, 0].text == "👨\u{200D}👩" && e[3, 0].text == "b")
    }
}

/// Issue 12: the inzage export from the dossier screen shows what it replaces first, and
/// writes only on Enter.
@Suite struct ExportScreenTests {
    @Test func theExportScreenShowsTheReplacementsAndWritesOnlyOnConfirmation() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("3"), .char("f"))
        rt.type("tygo bouz")
        rt.press(.enter)
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter)
        #expect(rt.state.topScreen(DossierScreen.self) != nil)
        rt.press(.char("x"))
        guard let screen = rt.state.topScreen(ExportScreen.self) else {
            Issue.record("x on a dossier did not open the export screen: \(rt.state.status?.text ?? "")")
            return
        }
        #expect(screen.review.person.lastName == "Bouzid")
        Golden.check(rt.frame, "export-100x30")
        #expect(rt.frame.text.contains("[leerling]"))
        let scratch = Scratch("tui-export")
        let path = scratch.path("inzage.md")
        rt.press(.tab)  // html → md
        #expect(rt.state.topScreen(ExportScreen.self)?.format == .md)
        rt.press(.ctrl("u"))
        rt.type(path)
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written before Enter")
        rt.press(.escape)
        #expect(rt.state.topScreen(ExportScreen.self) == nil)
        #expect(!FileManager.default.fileExists(atPath: path), "Esc writes nothing")
        rt.press(.char("x"), .tab, .ctrl("u"))
        rt.type(path)
        rt.press(.enter)
        #expect(rt.state.topScreen(ExportScreen.self) == nil)
        #expect(rt.state.status?.text.contains("geëxporteerd naar \(path)") == true)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Leerlingdossier Tygo Bouzid"))
        // Again to the same file: refused, shown, nothing overwritten.
        rt.press(.char("x"), .tab, .ctrl("u"))
        rt.type(path)
        rt.press(.enter)
        #expect(rt.state.status?.isError == true)
        #expect(rt.state.status?.text.contains("bestaat al") == true)
    }
}

/// Issue 12: pasted text arrives scalar by scalar; a combining mark, ZWJ, a variation selector
/// or the second half of a flag joins the character before it instead of being dropped.
@Suite struct PastedTextTests {
    static func typed(_ text: String) -> [Key] { text.unicodeScalars.map { .char(Character($0)) } }

    static let samples = [
        "Ine\u{300}s", "Noe\u{308}l", "नमस्ते", "مُحَمَّد", "👩\u{200D}👩\u{200D}👧", "🇳🇱", "❤\u{FE0F}",
        "S\u{336}a\u{336}r\u{336}a\u{336}", "\u{1100}\u{1161}\u{11A8}", "a\u{200C}b", "क्ष",
    ]

    @Test func aTextFieldKeepsMarksAndJoiners() {
        for sample in Self.samples {
            var field = TextField()
            for key in Self.typed(sample) { _ = field.handle(key) }
            #expect(field.value == sample, "\(sample.debugDescription) became \(field.value.debugDescription)")
            #expect(field.cursor == field.text.count)
        }
    }

    @Test func aTextAreaKeepsMarksAndJoiners() {
        for sample in Self.samples {
            var area = TextArea("")
            for key in Self.typed("x " + sample) { _ = area.handle(key, page: 10, width: 78) }
            #expect(area.value == "x " + sample, "\(sample.debugDescription) became \(area.value.debugDescription)")
        }
    }

    /// A mark typed in the middle joins the character before the cursor.
    @Test func aMarkJoinsTheCharacterBeforeTheCursor() {
        var field = TextField("Noel")
        _ = field.handle(.left)
        _ = field.handle(.char("\u{308}"))
        #expect(field.value == "Noe\u{308}l")
        #expect(field.text.count == 4 && field.cursor == 3)
    }

    /// Controls and bidi overrides are still refused.
    @Test func controlsAndBidiOverridesAreRefused() {
        var field = TextField()
        for key in Self.typed("a\u{1B}b\u{202E}c\u{7}d\u{9B}e") { _ = field.handle(key) }
        #expect(field.value == "abcde")
    }
}

/// A field's limit is said when it is reached: a 725-character justification pasted into the
/// step dialog, or a long reason for dismissing a report, was saved cut mid word, into the chain,
/// without a word (a review).
@Suite struct FullFieldTests {
    @Test func aFullFieldSaysSoAndKeepsWhatItShows() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("1"), .char("x"))
        guard rt.state.topScreen(PromptScreen.self) != nil else {
            Issue.record("x on a report did not ask for the reason: \(rt.state.status?.text ?? "")")
            return
        }
        rt.type(String(repeating: "woord ", count: 83))
        #expect(rt.state.status == nil || rt.state.status?.isError == false, "498 characters fit")
        rt.type("EINDE")
        #expect(rt.state.status?.text.contains("Dit veld is vol (500 tekens): de rest is niet opgenomen") == true)
        #expect(rt.state.status?.isError == true)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value.hasSuffix("woord EI") == true)
    }
}
