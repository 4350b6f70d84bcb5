import CasusCore
@testable import CasusTUI
import Testing

/// What a terminal sends that is not one key: a pasted text (bracketed paste) and the escape
/// sequences ncurses leaves undecoded. A paste of two lines into a step's reason saved the
/// sanction at its first line end; an unknown Home was Esc (closing what was being written) and
/// the sequence's letters as keys.
@Suite struct PasteAndEscapeTests {
    @Test func escapeSequencesAreOneKeyOrNothing() {
        func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
        #expect(EscapeSequence.meaning([]) == .escape)
        #expect(EscapeSequence.meaning(bytes("[1~")) == .key(.home))
        #expect(EscapeSequence.meaning(bytes("[4~")) == .key(.end))
        #expect(EscapeSequence.meaning(bytes("OH")) == .key(.home))
        #expect(EscapeSequence.meaning(bytes("[200~")) == .pasteStart)
        #expect(EscapeSequence.meaning(bytes("[201~")) == .none)
        #expect(!EscapeSequence.introducers.contains(UInt8(ascii: "x")), "Esc x is Esc, then x")
        #expect(EscapeSequence.meaning(bytes("[38;2;1;2;3m")) == .none)
        #expect(!EscapeSequence.isComplete(bytes("[20")) && EscapeSequence.isComplete(bytes("[200~")))
        #expect(EscapeSequence.isComplete(bytes("x")) && !EscapeSequence.isComplete(bytes("O")))
        #expect(EscapeSequence.isComplete(Array(repeating: UInt8(ascii: "1"), count: 20)))
    }

    /// A paste longer than casus keeps is read to its end mark and its rest dropped, never run as
    /// keys (after 1 MB the rest, "\n2\n" and the end mark's last byte, reached the screen as keys
    /// and saved a suspension).
    @Test func aPasteIsReadToItsEndMarkHoweverLong() {
        var reader = PasteReader()
        let body = Array(repeating: UInt8(ascii: "x"), count: PasteReader.keep + 500_000) + Array("\n2\n".utf8)
        var done = false
        for b in body + EscapeSequence.pasteEnd where !done { done = reader.feed(b) }
        #expect(done)
        let (text, cut) = reader.finish()
        #expect(cut && text.utf8.count == PasteReader.keep && !text.contains("2"))
        // A short one, with an ESC [ in it that is not the end mark.
        var short = PasteReader()
        for b in Array("a\u{1B}[20b".utf8) + EscapeSequence.pasteEnd { _ = short.feed(b) }
        #expect(short.finish() == ("a\u{1B}[20b", false))
        // No end mark: what came is the paste.
        var open = PasteReader()
        for b in Array("abc\u{1B}[20".utf8) { _ = open.feed(b) }
        #expect(open.finish() == ("abc\u{1B}[20", false))
    }

    /// The preview asks once before it throws the text away, as the editor does (one Esc or q lost a
    /// whole letter).
    @Test func thePreviewAsksOnceBeforeItThrowsTheTextAway() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("3"))
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter, .char("n"))
        rt.type("Gesprek met vader.")
        rt.press(.function(2))
        #expect(rt.state.topScreen(PreviewScreen.self) != nil)
        rt.press(.escape)
        #expect(rt.state.topScreen(PreviewScreen.self) != nil)
        #expect(rt.state.status?.text.contains("nog een keer Esc gooit hem weg") == true)
        rt.press(.down, .escape)  // another key first: asks again
        #expect(rt.state.topScreen(PreviewScreen.self) != nil)
        rt.press(.escape)
        #expect(rt.state.topScreen(PreviewScreen.self) == nil && rt.state.topScreen(DossierScreen.self) != nil)
        // A tab's key asks as Esc does: `2` dropped the previewed text without a word (a review).
        rt.press(.char("n"))
        rt.type("Tweede gesprek.")
        rt.press(.function(2), .char("2"))
        #expect(rt.state.topScreen(PreviewScreen.self) != nil, "\(rt.frame.text)")
        #expect(
            rt.state.status?.text.contains("nog een keer 2 gooit hem weg") == true, "\(rt.state.status?.text ?? "")")
        rt.press(.char("2"))
        #expect(rt.state.topScreen(DossierScreen.self) != nil, "\(rt.frame.text)")
        rt.press(.char("n"))
        rt.send(.event(.paste("abc", cut: true)))
        #expect(rt.state.status?.text.contains("Alleen de eerste megabyte") == true)
        #expect(rt.state.topScreen(EditorScreen.self)?.area.value == "abc")
    }

    @Test func aPastedReasonOfTwoLinesIsTypedAndSavesNothing() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0003")
        rt.press(.enter, .char("+"))
        let d = try #require(rt.state.topScreen(StepDialog.self))
        let warning = try #require(d.options.firstIndex { $0.rung == .warning })
        for _ in 0..<abs(warning - d.cursor) { rt.press(warning > d.cursor ? .down : .up) }
        rt.press(.enter, .enter)  // the rung; the facts as they stand
        #expect(rt.state.topScreen(StepDialog.self)?.focus == .reason)
        rt.send(.event(.paste("Eerste regel\r\nTweede regel\tmet tab\u{07}")))
        let after = try #require(rt.state.topScreen(StepDialog.self), "the paste closed the dialog")
        #expect(after.reason.value == "Eerste regel Tweede regel met tab")
    }

    /// A reason typed in the step dialog went at the second Esc without a word (the first moves
    /// to the rungs); every other text asks first (a review). Now the second Esc says what a third
    /// does, Tab goes back to the fields with the text kept, and a dialog with nothing typed still
    /// closes at once.
    @Test func aTypedReasonInTheStepDialogGoesOnlyAtAnEscConfirmed() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0003")
        rt.press(.enter, .char("+"), .escape)
        #expect(rt.state.topScreen(StepDialog.self) == nil, "nothing typed: one Esc closes")
        rt.press(.char("+"), .tab, .tab)
        #expect(rt.state.topScreen(StepDialog.self)?.focus == .reason)
        rt.type("Lange onderbouwing")
        rt.press(.escape, .escape)
        #expect(rt.state.topScreen(StepDialog.self)?.reason.value == "Lange onderbouwing", "the second Esc asks")
        #expect(rt.state.status?.text.contains("nog een keer Esc gooit hem weg") == true)
        rt.press(.tab, .tab)
        #expect(rt.state.topScreen(StepDialog.self)?.focus == .reason)
        rt.press(.escape, .escape, .escape)
        #expect(rt.state.topScreen(StepDialog.self) == nil)
        #expect(rt.state.status?.text.contains("Weggegooid") == true)
    }

    /// The preview's warning names the key that asked, and only that key again throws the letter
    /// away: it named Esc, and a second `q` threw an edited letter away (a review).
    @Test func aPreviewsTextGoesOnlyAtTheSameKeyAgain() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        _ = try #require(try openWarningLetter(rt), "not a letter")
        rt.type("MIJN EIGEN TEKST ")
        rt.press(.function(2))
        #expect(rt.state.topScreen(PreviewScreen.self) != nil)
        rt.press(.char("q"))
        #expect(
            rt.state.status?.text.contains("nog een keer q gooit hem weg") == true,
            "\(String(describing: rt.state.status))")
        rt.press(.escape)
        #expect(rt.state.topScreen(PreviewScreen.self) != nil, "another key asks again")
        #expect(rt.state.status?.text.contains("nog een keer Esc gooit hem weg") == true)
        rt.press(.escape)
        #expect(rt.state.topScreen(PreviewScreen.self) == nil)
        #expect(rt.state.status?.text.contains("Weggegooid") == true)
    }

    /// A refusal on the full screen named the command line's options: "vraagt een reden
    /// (--reason)", "met --on JJJJ-MM-DD" (a review). The screen names its own fields.
    @Test func aRefusalOnScreenNamesTheFieldNotTheOption() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.select(case: "2026-0003")
        rt.press(.enter, .char("+"), .tab, .tab, .enter)  // the facts as they stand; no reason
        let said = rt.state.status?.text ?? ""
        #expect(!said.contains("--"), "\(said)")
        #expect(
            ScreenWords.onScreen("op het scherm dd-mm-jjjj, met --on JJJJ-MM-DD), niet", .nl)
                == "op het scherm dd-mm-jjjj), niet")
        #expect(ScreenWords.onScreen("vraagt een reden (--reason)", .nl) == "vraagt een reden (veld Reden)")
        // A suspension's length, as the step dialog's refusal said it (a review at 80×24).
        #expect(
            ScreenWords.onScreen("geef de duur van de schorsing in schooldagen (--days 1 tot en met 5)", .nl)
                == "geef de duur van de schorsing in schooldagen (veld Dagen: 1 tot en met 5)")
        #expect(!ScreenWords.onScreen("geef de duur in kalenderdagen (--days N)", .nl).contains("--"))
        #expect(
            ScreenWords.onScreen("Leg het vast na 10-12-2026 (--received), of leg de zienswijze vast", .nl)
                == "Leg het vast na 10-12-2026, of leg de zienswijze vast")
        #expect(
            ScreenWords.onScreen("Sluit de zaak als gegrond (--outcome founded): de maatregel staat", .nl)
                == "Sluit de zaak als gegrond: de maatregel staat")
        // A letter filed twice on purpose: the screen's way only (it named --again, a review).
        #expect(
            ScreenWords.onScreen(
                "Is dit bewust een tweede brief, sla hem dan op met --again (op het scherm: Enter nog eens).", .nl)
                == "Is dit bewust een tweede brief, druk dan nog eens op Enter.")
        // Advice with a value names the field and the value as the field takes it (a review).
        #expect(
            ScreenWords.onScreen("kies ten hoogste 4 schooldagen (--days 4) of een andere eerste dag (--start)", .nl)
                == "kies ten hoogste 4 schooldagen (veld Dagen: 4) of een andere eerste dag (veld Eerste dag)")
        #expect(
            ScreenWords.onScreen("laat haar beginnen na de vakantie (--start 2027-01-04)", .nl)
                == "laat haar beginnen na de vakantie (veld Eerste dag: 04-01-2027)")
        #expect(
            ScreenWords.onScreen("uiterlijk op 05-12-2027 (--start 10-12-2027)", .nl)
                == "uiterlijk op 05-12-2027 (veld Eerste dag)")
    }

    @Test func aPasteIntoTheEditorKeepsItsLinesAndOutsideATextFieldRunsNoKeys() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("3"))
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter)
        let dossier = try #require(rt.state.topScreen(DossierScreen.self))
        // In the dossier's list: the letters of "q2" would quit and switch tabs.
        rt.send(.event(.paste("q2")))
        #expect(rt.state.topScreen(DossierScreen.self)?.personID == dossier.personID && !rt.state.quitting)
        #expect(rt.state.status?.text.contains("Plakken kan alleen in een tekstveld") == true)
        rt.press(.char("n"))
        rt.send(.event(.paste("Regel een\nRegel twee")))
        let editor = try #require(rt.state.topScreen(EditorScreen.self))
        #expect(editor.area.value == "Regel een\nRegel twee")
    }

    /// A pasted tab was dropped in the editor: "Bedrag schade:\t12\t50 euro" was saved as
    /// "Bedrag schade:1250 euro" (a review). It types what the Tab key types (spaces); a one-line
    /// field takes it as a space.
    @Test func aPastedTabKeepsTheWordsApart() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("3"))
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter, .char("n"))
        rt.send(.event(.paste("Bedrag schade:\t12\t50 euro\nAanwezig:\tmevr. De Boer")))
        let editor = try #require(rt.state.topScreen(EditorScreen.self))
        #expect(editor.area.value == "Bedrag schade:    12    50 euro\nAanwezig:    mevr. De Boer")
        rt.press(.escape, .escape)
        rt.press(.char("1"), .home, .char("x"))
        try #require(rt.state.topScreen(PromptScreen.self) != nil, "\(rt.frame.text)")
        rt.send(.event(.paste("Telefoonregels\tgymles: opgelost")))
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "Telefoonregels gymles: opgelost")
    }

    /// A line wider than the editor goes on over the next row, whole: a sentence pasted at the end
    /// of a long line was out of sight (a review), then shown only as a "…" at the edge.
    @Test func aLineWiderThanTheEditorGoesOnOverTheNextRow() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("3"))
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter, .char("n"))
        let long = String(repeating: "lang ", count: 30) + "EINDE"
        rt.type(long)
        rt.press(.enter)
        rt.type("korte regel")
        let rows = rt.frame.text.split(separator: "\n")
        let first = try #require(rows.firstIndex { $0.contains("lang lang") })
        #expect(
            rows[first + 1].contains("lang lang") && rows[first + 2].contains("EINDE")
                && rows[first + 3].contains("korte regel"), "\(rt.frame.text)")
        #expect(!rt.frame.text.contains("…"), "\(rt.frame.text)")
    }
}
