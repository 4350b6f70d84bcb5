import CasusCore
@testable import CasusTUI
import Testing

@Suite struct GoldenScreenTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func caseList(width: Int, height: Int) throws {
        let rt = try TUIFixture.runtime(width: width, height: height)
        rt.press(.char("2"))
        Golden.check(rt.frame, "case-list-\(width)x\(height)")
        #expect(rt.frame.line(0).contains("Basisschool De Klimop"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func caseScreen(width: Int, height: Int) throws {
        let rt = try TUIFixture.runtime(width: width, height: height)
        rt.select(case: "2026-0006")
        rt.press(.enter)
        Golden.check(rt.frame, "case-\(width)x\(height)")
        let text = rt.frame.text
        #expect(text.contains("Zaak 2026-0006"))
        #expect(text.contains("[schorsing]"))
    }

    @Test func caseScreenScrollsToTheTimeline() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0006")
        rt.press(.enter, .end)
        Golden.check(rt.frame, "case-80x24-end")
        #expect(rt.frame.text.contains("Tijdlijn"))
    }

    @Test func triageQueueOldestFirst() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("1"))
        Golden.check(rt.frame, "incidents-100x30")
        let rows = (3..<7).map { rt.frame.line($0) }
        #expect(rows[0].contains("dagen"))
    }

    @Test func helpIsGeneratedFromTheKeymap() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 40)
        rt.press(.char("?"))
        let text = rt.frame.text
        for binding in Keymap.standard.bindings where binding.context == .global {
            #expect(text.contains(binding.action.help.nl), "help lacks \(binding.action)")
        }
        Golden.check(rt.frame, "help-100x40")
    }

    @Test func englishSwitchesTheScreens() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24, lang: .en)
        rt.press(.char("2"))
        let text = rt.frame.text
        #expect(text.contains("Cases"))
        #expect(text.contains("Subject"))
        #expect(!text.contains("Betrokkene"))
    }

    @Test func tooSmallSaysSoAndNeverCrashes() throws {
        let rt = try TUIFixture.runtime(width: 79, height: 24)
        #expect(rt.frame.text.contains("Terminal te klein"))
        for (w, h) in [(1, 1), (0, 0), (3, 2), (20, 5)] {
            rt.send(.event(.resize(width: w, height: h)))
            #expect(rt.frame.width == w && rt.frame.height == h)
        }
        rt.send(.event(.resize(width: 80, height: 24)))
        #expect(rt.frame.text.contains("Zaken"))
    }

    /// A report being written survives a window that shrinks: the letters typed go on into the
    /// field (typed before the window shrank, they arrive after it), and q is a letter there, not
    /// "quit" (a review lost an unsaved report with q on the too-small screen).
    @Test func aWindowTooSmallLosesNothingTyped() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("1"), .char("n"))
        for ch in "Belangrijk" { rt.press(.char(ch)) }
        rt.send(.event(.resize(width: 60, height: 15)))
        #expect(rt.frame.text.contains("wat u typt blijft") && !rt.frame.text.contains("q stopt"))
        for ch in " moet blijven" { rt.press(.char(ch)) }
        // Pasted too (it was dropped while the screen said what is typed is kept, a review).
        rt.send(.event(.paste(" GEPLAKT")))
        rt.press(.char("q"), .enter)
        #expect(!rt.state.quitting)
        rt.send(.event(.resize(width: 80, height: 24)))
        #expect(rt.frame.text.contains("Belangrijk moet blijven GEPLAKTq"), "\(rt.frame.text)")
        // With nothing open, q quits as the screen says.
        rt.press(.escape, .escape)
        rt.send(.event(.resize(width: 60, height: 15)))
        #expect(rt.frame.text.contains("q stopt"))
        rt.press(.char("q"))
        #expect(rt.state.quitting)
    }

    /// A reason typed into a one-line box goes at the second Esc, as an editor's text does (one
    /// Esc emptied a dismissal's reason without a word, found by a review).
    @Test func aReasonTypedIsNotThrownAwayByOneEsc() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("1"), .char("x"))
        #expect(rt.state.topScreen(PromptScreen.self) != nil)
        rt.type("Dubbele melding")
        rt.press(.escape)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "Dubbele melding")
        #expect(rt.state.status?.text.contains("nog een keer Esc") == true)
        rt.press(.escape)
        #expect(rt.state.topScreen(PromptScreen.self) == nil)
        // An empty box closes at once.
        rt.press(.char("x"), .escape)
        #expect(rt.state.topScreen(PromptScreen.self) == nil)
    }

    @Test func theListAsksTheStoreOnlyForAWindowOfRows() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("2"))
        #expect(rt.state.cases.rows.count <= rt.state.listRows + 2 * ListState<CaseRow>.margin)
        #expect(rt.state.cases.isLoaded)
    }

    @Test func filtersNarrowTheCaseList() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("2"))
        let open = rt.state.cases.total
        rt.press(.char("o"))  // closed
        #expect(rt.state.caseFilter.status == .closed)
        #expect(rt.state.cases.total < open)
        rt.press(.char("o"))  // all
        #expect(rt.state.cases.total > open)
        rt.press(.char("f"), .char("!"))  // overdue only
        #expect(rt.state.cases.total >= 1)
        for i in 0..<rt.state.cases.total {
            if let row = rt.state.cases.row(at: i) { #expect(row.nextDue.map { $0 < rt.state.today } == true) }
        }
    }
}

@Suite struct BoardScreenTests {
    /// A board over several schools: the header says "Alle scholen", every list row names its
    /// school, and five-digit case numbers are not cut off.
    @Test(arguments: [80, 120])
    func theBoardSeesWhichSchoolEachCaseIsFrom(width: Int) throws {
        let session = Session(
            schoolName: "Alle scholen (30)", personName: "Bestuurder", account: "bestuur", role: .board, schoolCount: 30
        )
        var s = AppState(width: width, height: 24, lang: .nl, session: session, today: LocalDate(iso: "2026-11-20")!)
        let opened = Timestamp(iso: "2026-11-18T09:00:00Z")!
        let rows = [
            CaseRow(
                id: 1, number: "2026-12345", status: .open, subjectName: "Lotte van Leeuwen", subjectKind: .pupil,
                group: "6",
                rung: .warning, severity: .medium, summary: "Filmpje van de gymles", openedAt: opened, nextDue: nil,
                schoolName: "OBS De Regenboog"),
            CaseRow(
                id: 2, number: "2026-0042", status: .open, subjectName: "Noah in 't Veld", subjectKind: .pupil,
                group: "2",
                rung: nil, severity: .light, summary: "Meme in de klassenapp", openedAt: opened, nextDue: nil,
                schoolName: "CBS De Fontein"),
        ]
        var list = ListState<CaseRow>()
        list.resize(visible: s.listRows)
        let asked = list.request()
        let (ticket, offset, limit) = try #require(asked)
        let taken = list.take(rows: rows, total: 2, offset: offset, limit: limit, ticket: ticket, version: 1)
        #expect(taken)
        s.caseList.list = list
        let text = App.view(s).text
        #expect(text.contains("Alle scholen (30)"), "\(text)")
        #expect(text.contains("School"))
        #expect(text.contains("2026-12345 "))
        #expect(text.contains("De Regenboog") && text.contains("De Fontein"), "\(text)")
    }

    /// Two pupils of one name at two of the board's schools: the search names each one's school
    /// (they looked alike, a review).
    @Test func theBoardsSearchNamesEachPersonsSchool() throws {
        var session = Session(
            schoolName: "Alle scholen (2)", personName: "Bestuurder", account: "bestuur", role: .board, schoolCount: 2)
        session.schoolNames = [1: "OBS De Linde", 2: "CBS De Fontein"]
        var s = AppState(width: 80, height: 24, lang: .nl, session: session, today: LocalDate(iso: "2026-11-20")!)
        let sem = [1, 2].map {
            Person(id: PersonID($0 + 10), schoolID: SchoolID($0), kind: .pupil, firstName: "Sem", lastName: "Bakker")
        }
        s.stack = [SearchScreen(query: "Bakker", hits: [], people: sem)]
        _ = App.settle(&s)
        let text = App.view(s).text
        #expect(text.contains("Sem Bakker (leerling, OBS De Linde)"), "\(text)")
        #expect(text.contains("Sem Bakker (leerling, CBS De Fontein)"), "\(text)")
        // The Dossiers tab names the school too.
        s.stack = []
        s.tab = .dossiers
        var list = ListState<Person>()
        list.resize(visible: s.listRows)
        let asked = list.request()
        let (ticket, offset, limit) = try #require(asked)
        let taken = list.take(rows: sem, total: 2, offset: offset, limit: limit, ticket: ticket, version: 1)
        #expect(taken)
        s.peopleBrowser.list = list
        let tab = App.view(s).text
        #expect(tab.contains("De Linde") && tab.contains("De Fontein"), "\(tab)")
    }
}
