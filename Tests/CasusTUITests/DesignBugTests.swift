import CasusCore
import CasusDemo
import CasusStore
import Dispatch
@testable import CasusTUI
import Testing
import CasusTestSupport

/// The five bugs that came from the design (loads, changes, scrolling, layout): each as a user
/// would notice it.
@Suite struct DesignBugTests {
    /// The lines between the header and the status line, as text.
    static func body(_ c: Canvas) -> [String] {
        Array(c.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropFirst().dropLast(2))
    }

    /// `G` then `k`: one line up from the bottom, on every scrolling screen.
    @Test(arguments: ["help", "overview", "case"])
    func upAfterBottomScrollsUpOneLine(screen: String) throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        switch screen {
        case "help": rt.press(.char("?"))
        case "overview": rt.press(.char("4"))
        default:
            rt.select(case: "2026-0006")
            rt.press(.enter)
        }
        rt.press(.char("G"))
        let bottom = Self.body(rt.frame)
        rt.press(.char("k"))
        let up = Self.body(rt.frame)
        #expect(up != bottom, "k after G did nothing on \(screen)")
        // Everything moved down by one row: what was on the first content row is now on the second.
        #expect(Array(up.dropFirst(2).prefix(10)) == Array(bottom.dropFirst(1).prefix(10)))
    }

    /// After a triage the tab bar counts the queue as it is, whatever tab is showing.
    @Test func theReportCountFollowsATriage() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("1"))
        let before = rt.state.incidents.total
        #expect(rt.frame.text.contains("Meldingen (\(before))"))
        rt.press(.char("t"), .char(" "), .enter, .escape)  // triage (tick the suggestion), then back to the Zaken list
        let tabs = rt.frame.text.split(separator: "\n")[1]
        #expect(tabs.contains("Meldingen (\(before - 1))"), "tab bar: \(tabs)")
    }

    /// A teacher may not see the Overzicht: pressing 4 says so once, and casus keeps running.
    /// At 80 columns the case's own keys stay in the footer (issue 16, item 10): the keys everyone
    /// knows (arrows, Esc, ?) give way first, then the gaps narrow.
    @Test func theCaseFooterKeepsItsActionsAt80Columns() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0003")
        rt.press(.enter)
        let footer = String(rt.frame.text.split(separator: "\n").last ?? "")
        for key in ["+ trede", "c brief", "n notitie", "o afvinken", "s sluit", "w herzien"] {
            #expect(footer.contains(key), "\(key) missing from \(footer)")
        }
        #expect(!footer.contains("Esc terug"))
        let wide = try TUIFixture.runtime(width: 140, height: 30)
        wide.select(case: "2026-0003")
        wide.press(.enter)
        #expect(String(wide.frame.text.split(separator: "\n").last ?? "").contains("Esc terug"))
    }

    /// A closed case offers the keys that still work (a letter, a note, their sending, a court
    /// case), not a step or a close, which only answered "De zaak is gesloten" (a review).
    @Test func aClosedCaseOffersOnlyWhatStillWorks() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let pupil = try #require(try service.directory.people(kinds: [.pupil]).first)
        let report = try service.intake.report(summary: "Bericht.", platform: nil, subjects: [pupil.id]).value
        let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["3A.8"], severity: nil).value
        try service.cases.close(c.id, outcome: .unfounded, reason: "Niets aan de hand.").value
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        #expect(rt.state.topScreen(CaseScreen.self)?.detail?.record.status == .closed)
        let footer = String(rt.frame.text.split(separator: "\n").last ?? "")
        for key in ["c brief", "n notitie"] { #expect(footer.contains(key), "\(key) missing from \(footer)") }
        for key in ["trede", "sluit", "afvinken", "herzien"] { #expect(!footer.contains(key), "\(key) in \(footer)") }
        // And `n` does what it offers: the kinds of note.
        rt.press(.char("n"))
        #expect(rt.state.topScreen(PickerScreen.self) != nil, "\(rt.state.status?.text ?? "")")
    }

    @Test func aTeacherPressingFourIsToldNotCrashed() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.teacherAccount)
        rt.press(.char("4"))
        #expect(rt.frame.text.contains("heeft geen tab Overzicht"), "no refusal shown")
        rt.press(.char("4"), .char("j"), .char("4"))
        #expect(!rt.state.quitting)
    }

    /// Footers and `?` show only the keys the role may use; a key it may not use says why.
    @Test func anIBSeesNoStepLetterOrCloseKeys() throws {
        let rt = try TUIFixture.runtime(width: 120, height: 40, account: DemoSchool.ibAccount)
        rt.select(case: "2026-0006")
        rt.press(.enter)
        let footer = String(rt.frame.text.split(separator: "\n").last ?? "")
        #expect(rt.state.topScreen(CaseScreen.self) != nil)
        #expect(footer.contains("terug"))
        for word in ["trede", "brief", "sluit", "afvinken"] { #expect(!footer.contains(word), "\(word) in \(footer)") }
        rt.press(.char("+"))
        #expect(rt.frame.text.contains("Uw rol (intern begeleider) mag dit niet: maatregelen nemen"))
        #expect(rt.state.topScreen(StepDialog.self) == nil)
        let help = HelpLayout.lines(keymap: .standard, lang: .nl, role: .ib).map { $0.segments.map(\.0).joined() }
            .joined(separator: "\n")
        for command in [":step", ":letter", ":close", ":triage", ":dismiss", ":tab-meldingen"] {
            #expect(!help.contains(command), "\(command) in the IB's help")
        }
        #expect(help.contains(":note") && help.contains(":tab-overzicht"))
        #expect(help.contains("voor een IB: zorgnotitie"), "a dossier's n is a care note for an IB")
    }

    /// A teacher starts on "Mijn meldingen": the reports it filed and where each stands, with no
    /// key to triage or open the queue, and `:tab-meldingen` in its help.
    @Test func aTeacherStartsOnItsOwnReports() throws {
        let storage = try SQLiteStorage()
        let (rt, teacher) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, account: DemoSchool.teacherAccount, storage: storage)
        #expect(rt.state.tab == .incidents)
        #expect(rt.frame.text.contains("U hebt nog geen melding gedaan."))
        let director = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let pupil = try #require(try director.directory.people(kinds: [.pupil], limit: 1).first)
        _ = try teacher.intake.report(
            summary: "Filmpje van de gymles op TikTok gezet", platform: "TikTok", subjects: [pupil.id])
        rt.send(.event(.tick))
        let text = rt.frame.text
        #expect(text.contains("1 Mijn meldingen (1)"), "tab title: \(rt.frame.line(1))")
        #expect(rt.frame.line(3).contains("nieuw") && rt.frame.line(3).contains("Filmpje van de gymles"))
        #expect(text.contains("Stand"))
        let footer = String(text.split(separator: "\n").last ?? "")
        for word in ["beoordeel", "afwijzen"] { #expect(!footer.contains(word), "\(word) in \(footer)") }
        rt.press(.char("t"))
        #expect(rt.state.topScreen(TriageScreen.self) == nil)
        Golden.check(rt.frame, "teacher-own-reports-100x30")
        // Enter opens the teacher's own report (RoleTabsAndPromptTests).
        rt.press(.enter)
        #expect(rt.state.topScreen(IncidentScreen.self) != nil)
        let help = HelpLayout.lines(keymap: .standard, lang: .nl, role: .teacher).map { $0.segments.map(\.0).joined() }
            .joined(separator: "\n")
        #expect(help.contains(":tab-meldingen"))
    }

    @Test func aTeachersHelpListsOnlyWhatATeacherCanDo() {
        let help = HelpLayout.lines(keymap: .standard, lang: .nl, role: .teacher).map { $0.segments.map(\.0).joined() }
            .joined(separator: "\n")
        for command in [
            ":step", ":letter", ":note", ":triage", ":tab-overzicht", ":search", ":year-next", ":export",
            ":filter-rung",
        ] {
            #expect(!help.contains(command), "\(command) in the teacher's help")
        }
        // Nor the screens a teacher never reaches (a review: Zaken, Beoordelen, "Stap op de ladder").
        let titles = Set(
            HelpLayout.lines(keymap: .standard, lang: .nl, role: .teacher).map { $0.segments.map(\.0).joined() })
        for screen in ["Zaken", "Dossiers", "Beoordelen", "Stap op de ladder", "Inzage-export", "Overzicht"] {
            #expect(!titles.contains(screen), "\(screen) in the teacher's help")
        }
        #expect(titles.contains("Nieuwe melding"))
        let completion = CommandCompletion.names(keymap: .standard, role: .teacher)
        for name in ["export", "filter-rung", "step"] {
            #expect(!completion.contains(name), "\(name) completed for a teacher")
        }
        let ib = Set(HelpLayout.lines(keymap: .standard, lang: .nl, role: .ib).map { $0.segments.map(\.0).joined() })
        #expect(!ib.contains("Beoordelen") && !ib.contains("Stap op de ladder") && ib.contains("Dossier"))
        #expect(help.contains(":quit") && help.contains(":help"))
        let director = HelpLayout.lines(keymap: .standard, lang: .nl, role: .director).map {
            $0.segments.map(\.0).joined()
        }.joined(separator: "\n")
        #expect(director.contains(":step") && director.contains(":triage"))
    }

    /// The help's key column is as wide as the longest list of keys: nothing is cut off.
    @Test func theHelpNeverCutsAKeyListOff() {
        var keymap = Keymap.standard
        keymap.bind(.function(12), .pageDown, in: .global)
        let lines = HelpLayout.lines(keymap: keymap, lang: .nl).map { $0.segments.map(\.0).joined() }
        let row = try? #require(lines.first { $0.contains(":page-down") })
        #expect(row?.contains("PgDn, Ctrl-F, Spatie, F12") == true, "\(row ?? "")")
        #expect(!lines.contains { $0.contains("…") })
    }

    /// The fastest of a few runs of `body`, in nanoseconds: the run least disturbed by other
    /// work on the machine.
    static func fastest(of runs: Int = 5, _ body: () -> Void) -> UInt64 {
        var best = UInt64.max
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, DispatchTime.now().uptimeNanoseconds - start)
        }
        return best
    }

    /// Wrapping is linear: a 40,000-character word (a pasted link, a base64 blob) wraps at once.
    /// Timed against a word a quarter as long rather than against a clock, so a busy machine
    /// cannot fail it: four times the text takes about four times as long when the work is
    /// linear, sixteen times when it is quadratic (328 ms for one such word, before the fix).
    @Test func aLongWordWrapsInLinearTime() {
        func words(_ n: Int) -> String {
            let word = String(repeating: "x", count: n) + "é"
            return word + " " + word
        }
        let (short, long) = (words(10_000), words(40_000))
        let lines = DisplayWidth.wrap(long, to: 70)
        #expect(lines.count == 2 * ((40_001 + 69) / 70))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 70 })
        let quarter = Self.fastest { _ = DisplayWidth.wrap(short, to: 70) }
        let whole = Self.fastest { _ = DisplayWidth.wrap(long, to: 70) }
        let ratio = Double(whole) / Double(max(quarter, 1))
        #expect(ratio < 8, "4× the text took \(ratio)× as long (\(quarter / 1000) µs, \(whole / 1000) µs)")
    }

    /// A text field draws only what shows: the cursor at the end of 40,000 characters is cheap.
    /// Timed against 10,000 characters: drawing only what shows takes as long for both; drawing
    /// the whole text four times as long; anything worse fails.
    @Test func aLongTextFieldDrawsInLinearTime() {
        func field(_ pairs: Int) -> TextField {
            var field = TextField("", limit: 100_000)
            for c in String(repeating: "ab", count: pairs) { _ = field.handle(.char(c)) }
            return field
        }
        let (short, long) = (field(5_000), field(20_000))
        var canvas = Canvas(width: 80, height: 1)
        long.draw(into: &canvas, x: 0, y: 0, width: 60, focused: true)
        // Its tail, its beginning out of sight marked "…".
        #expect(canvas.text.hasPrefix("…b") || canvas.text.hasPrefix("…a"), "\(canvas.text.prefix(10))")
        // Twenty draws a run: one draw is too short to time on its own.
        let quarter = Self.fastest {
            for _ in 0..<20 { short.draw(into: &canvas, x: 0, y: 0, width: 60, focused: true) }
        }
        let whole = Self.fastest { for _ in 0..<20 { long.draw(into: &canvas, x: 0, y: 0, width: 60, focused: true) } }
        let ratio = Double(whole) / Double(max(quarter, 1))
        #expect(ratio < 8, "4× the text took \(ratio)× as long (\(quarter / 1000) µs, \(whole / 1000) µs)")
    }
}
