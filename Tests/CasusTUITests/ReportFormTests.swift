import CasusCore
import CasusDemo
import CasusStore
@testable import CasusTUI
import Testing
import CasusTestSupport
import Foundation

/// A teacher files a report from the TUI: what happened, the platform, who is involved (found by
/// name as it is typed), saved in its own name, then followed in Mijn meldingen.
@Suite struct ReportFormTests {
    /// Ctrl-C over a half-written report asks first, as Esc does; a second quits (exit 130). It
    /// quit at once and the report was lost (a review: teachers press it by habit, to copy).
    /// Over nothing typed it quits at once, as before.
    @Test func ctrlCOverAHalfWrittenReportAsksFirst() throws {
        let (rt, _) = try TUIFixture.runtimeAndService(width: 80, height: 24, account: DemoSchool.teacherAccount)
        rt.press(.char("n"))
        rt.type("Foto van de gymles")
        rt.send(.event(.interrupt))
        #expect(!rt.state.quitting && rt.state.topScreen(ReportFormScreen.self)?.summary.value == "Foto van de gymles")
        #expect(rt.frame.text.contains("nog een keer Ctrl-C"), "\(rt.frame.text)")
        rt.press(.char(" "))  // any key forgets the question
        rt.send(.event(.interrupt))
        #expect(!rt.state.quitting)
        rt.send(.event(.interrupt))
        #expect(rt.state.quitting && rt.state.interrupted)

        let (empty, _) = try TUIFixture.runtimeAndService(width: 80, height: 24, account: DemoSchool.teacherAccount)
        empty.press(.char("n"))
        empty.send(.event(.interrupt))
        #expect(empty.state.quitting && empty.state.interrupted)
    }

    /// "Wat is er gebeurd?" shows two lines of what is typed, its beginning too: one line showed
    /// only its tail (a review).
    @Test func whatHappenedShowsItsBeginningOverTwoLines() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.teacherAccount)
        rt.press(.char("n"))
        let text =
            "In de groepsapp van groep 7 is een foto van een kind gedeeld; Sem schreef er een gemene tekst bij en anderen lachten mee."
        rt.type(text)
        let lines = rt.frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[4].contains("In de groepsapp van groep 7"), "\(lines[4])")
        // Broken after a word, not inside one.
        let first = lines[4].trimmingCharacters(in: .whitespaces),
            second = lines[5].trimmingCharacters(in: .whitespaces)
        #expect(text.contains(first + " " + second), "\(first) | \(second)")
        #expect(lines[5].contains("lachten mee."), "\(lines[5])")
        let form = try #require(rt.state.topScreen(ReportFormScreen.self))
        #expect(form.summary.value == text)
    }

    /// A paste longer than the field fills it and stops at its first refused character, said once:
    /// each refused character of a 100 KB paste said so again, and the screen hung for a minute (a
    /// review). What is typed next edits the field as ever.
    @Test func aPasteBeyondTheFieldFillsItAndStops() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.teacherAccount)
        rt.press(.char("n"))
        rt.send(.event(.paste(String(repeating: "abcdefghi ", count: 30_000))))
        let form = try #require(rt.state.topScreen(ReportFormScreen.self))
        #expect(form.summary.value.count == 20_000)
        #expect(rt.state.status?.isError == true && rt.state.status?.text.contains("is vol (20.000 tekens)") == true)
        rt.press(.backspace)
        #expect(try #require(rt.state.topScreen(ReportFormScreen.self)).summary.value.count == 19_999)
    }

    /// Enter on a name chosen before gives it the next part: slachtoffer, getuige, then off the
    /// report. The form named subjects only (the command line had --victim and --witness, a review).
    @Test func aTeacherNamesAVictimAndAWitness() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, account: DemoSchool.teacherAccount)
        rt.press(.char("n"))
        rt.type("Gemene tekst bij een foto")
        rt.press(.tab, .tab, .tab)
        // Enter chooses a name; Enter again gives it the next part; a letter typed starts a new name.
        func choose(_ name: String, times: Int = 1) {
            rt.type(name)
            for _ in 0..<times { rt.press(.enter) }
        }
        choose("Inès Bakker")
        choose("Sem Bakker", times: 2)  // chosen, then slachtoffer
        choose("Noor Peters", times: 3)  // chosen, slachtoffer, getuige
        let form = try #require(rt.state.topScreen(ReportFormScreen.self))
        #expect(form.chosen.map { form.part(of: $0) } == [.subject, .victim, .witness], "\(form.chosen.map(\.name))")
        #expect(rt.frame.text.contains("(slachtoffer)") && rt.frame.text.contains("(getuige)"), "\(rt.frame.text)")
        rt.press(.function(2))
        let report = try #require(try service.intake.ownRows(offset: 0, limit: 50).last)
        let involved = try service.intake.incident(report.id).1
        #expect(Set(involved.map(\.role)) == [.subject, .victim, .witness], "\(involved.map(\.role))")
    }

    @Test func aTeacherFilesAReportAndSeesItInMijnMeldingen() throws {
        let storage = try SQLiteStorage()
        let (rt, _) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, account: DemoSchool.teacherAccount, storage: storage)
        #expect(rt.frame.text.contains("n nieuwe melding"), "footer: \(rt.frame.line(29))")
        rt.press(.char("n"))
        #expect(rt.state.topScreen(ReportFormScreen.self) != nil)
        // Saving before anything is written says what is missing and saves nothing.
        rt.press(.function(2))
        #expect(rt.frame.text.contains("Schrijf eerst wat er is gebeurd; er is niets opgeslagen."))
        rt.type("Filmpje van de gymles op TikTok gezet")
        rt.press(.tab)
        rt.type("12-11-2026")
        rt.press(.tab)
        rt.type("TikTok")
        rt.press(.tab)
        rt.press(.function(2))
        #expect(rt.frame.text.contains("Kies wie betrokken is"))
        rt.type("bakk")
        #expect(rt.frame.text.contains("Inès Bakker"), "the roster answers as the name is typed")
        Golden.check(rt.frame, "report-form-100x30")
        rt.press(.enter)
        #expect(rt.frame.text.contains("Betrokkenen (1): Inès Bakker"))
        rt.press(.ctrl("s"))
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil)
        #expect(
            rt.frame.text.contains(
                "opgeslagen; de directie handelt haar af, of het bestuur als zij over de directie gaat"),
            "\(rt.frame.text)")
        #expect(rt.frame.text.contains("1 Mijn meldingen (1)"))
        #expect(rt.frame.line(3).contains("nieuw") && rt.frame.line(3).contains("Filmpje van de gymles"))
        // The director finds it in the queue, in the teacher's name.
        let director = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let queue = try director.intake.rows(status: .new, offset: 0, limit: 1000)
        let filed = try #require(queue.first { $0.summary == "Filmpje van de gymles op TikTok gezet" })
        #expect(filed.platform == "TikTok" && filed.subjects == "Inès Bakker")
        let incident = try director.intake.incident(filed.id).0
        #expect(incident.reporterName == "Hatice Peters")
        #expect(incident.happenedOn?.iso == "2026-11-12" && incident.evidence.isEmpty)
    }

    /// The names found are a window that follows the cursor: at 80x24 six rows show, and ↓ past
    /// the last moved the cursor onto a name nobody saw; Enter put that person in the report (a
    /// review: "Mohamed de Bruijn", never on screen). The name chosen is always one on screen.
    @Test func theNameChosenIsTheOneOnScreen() throws {
        let (rt, _) = try TUIFixture.runtimeAndService(
            width: 80, height: 24, account: DemoSchool.teacherAccount, storage: try SQLiteStorage())
        rt.press(.char("n"), .tab, .tab, .tab)
        rt.type("de")
        let form = try #require(rt.state.topScreen(ReportFormScreen.self))
        #expect(form.found.count > 6, "\(form.found.count) found")
        for _ in 0..<(form.found.count - 1) { rt.press(.down) }
        let last = try #require(form.found.last)
        let shown = rt.frame.text.split(separator: "\n").first { $0.contains(last.name) }
        #expect(shown != nil, "the name under the cursor is on screen")
        #expect(rt.frame.text.contains("\(form.found.count)/\(form.found.count)"))
        rt.press(.enter)
        #expect(rt.frame.text.contains("Betrokkenen (1): \(last.name)"))
    }

    /// Other letters typed, the highlight starts again at the first name found: it stayed on the
    /// third row, and Enter named Tygo Brouwer as victim where Fatima Brouwer stood first (a review).
    @Test func theHighlightStartsAtTheFirstNameWhenTheLettersChange() throws {
        let (rt, _) = try TUIFixture.runtimeAndService(
            width: 80, height: 24, account: DemoSchool.teacherAccount, storage: try SQLiteStorage())
        rt.press(.char("n"), .tab, .tab, .tab)
        rt.type("Bakker")
        rt.press(.down, .down)
        let before = try #require(rt.state.topScreen(ReportFormScreen.self))
        #expect(before.cursor == 2, "\(before.found.map(\.name))")
        for _ in 0..<6 { rt.press(.backspace) }
        rt.type("Brouwer")
        let form = try #require(rt.state.topScreen(ReportFormScreen.self))
        let first = try #require(form.found.first)
        #expect(form.cursor == 0)
        rt.press(.enter)
        #expect(rt.frame.text.contains("Betrokkenen (1): \(first.name)"), "\(rt.frame.text)")
    }

    /// The day and the evidence files (issue 16, item 10): a day that is no day or is still to
    /// come, and a file that is not there, are said with the field and save nothing; the form fits
    /// 80x24; what is saved, the director reads with the day and the files' names and hashes.
    @Test func theDayAndTheEvidenceAreCheckedAndSaved() throws {
        let storage = try SQLiteStorage()
        let (rt, teacher) = try TUIFixture.runtimeAndService(
            width: 80, height: 24, account: DemoSchool.teacherAccount, storage: storage)
        rt.press(.char("n"))
        rt.type("Scheldwoorden in de groepsapp van groep 5")
        rt.press(.tab)
        rt.type("32-11-2026")
        rt.press(.tab)
        rt.type("WhatsApp")
        rt.press(.tab)
        rt.type("bakk")
        rt.press(.enter)
        rt.press(.tab)
        rt.type("groepsapp.png")
        rt.press(.enter)
        rt.type("chat.txt")
        #expect(rt.state.topScreen(ReportFormScreen.self)?.evidence.value == "groepsapp.png, chat.txt")
        Golden.check(rt.frame, "report-form-80x24")
        rt.press(.function(2))
        // The whole message, wrapped above the footer (it was cut at 80 columns).
        let shown = rt.frame.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(shown.contains("Wanneer: ‘32-11-2026’ is geen dag; typ dd-mm-jjjj"), "\(rt.frame.text)")
        #expect(shown.contains("Er is niets opgeslagen."), "\(rt.frame.text)")
        #expect(rt.state.topScreen(ReportFormScreen.self)?.field == .when, "the cursor goes to the field")
        for _ in 0..<10 { rt.press(.backspace) }
        rt.type("19-11-2026")
        rt.press(.ctrl("s"))
        #expect(rt.frame.text.contains("Wanneer: 19-11-2026 moet nog komen"), "\(rt.frame.line(22))")
        for _ in 0..<10 { rt.press(.backspace) }
        rt.type("2026-11-16")
        // The files are read when it is saved: one that is not there is named, and nothing is saved.
        rt.press(.function(2))
        #expect(rt.state.topScreen(ReportFormScreen.self) != nil)
        #expect(rt.frame.text.contains("Bewijs: bewijsstuk groepsapp.png bestaat niet"), "\(rt.frame.line(22))")
        #expect(try teacher.intake.ownCount() == 0, "nothing was saved")

        let scratch = Scratch("report-form")
        let folder = scratch.folder
        let shot = Data("PNG van de groepsapp".utf8), chat = Data("[16-11-2026 21:02] ...".utf8)
        try shot.write(to: URL(fileURLWithPath: folder + "/groepsapp.png"))
        try chat.write(to: URL(fileURLWithPath: folder + "/chat.txt"))
        #expect(rt.state.topScreen(ReportFormScreen.self)?.field == .evidence, "the cursor goes to the field")
        for _ in 0..<"groepsapp.png, chat.txt".count { rt.press(.backspace) }
        rt.type(folder + "/groepsapp.png")
        rt.press(.enter)
        rt.type(folder + "/chat.txt")
        rt.press(.function(2))
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil, "\(rt.frame.line(22))")
        #expect(rt.frame.text.contains("Mijn meldingen (1)"))

        // The director reads the report with the day it happened and the files.
        let director = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let row = try #require(
            try director.intake.rows(status: .new, offset: 0, limit: 1000).first {
                $0.summary == "Scheldwoorden in de groepsapp van groep 5"
            })
        let (incident, involved) = try director.intake.incident(row.id)
        #expect(incident.happenedOn?.iso == "2026-11-16")
        #expect(incident.evidence.map(\.name) == ["groepsapp.png", "chat.txt"])
        #expect(
            incident.evidence.map(\.sha256) == [
                DossierChain.sha256Hex([UInt8](shot)), DossierChain.sha256Hex([UInt8](chat)),
            ])
        let lines = IncidentLayout.lines(
            incident, involved: involved, cases: [], groupResponse: nil, width: 100, lang: .nl,
            today: Fixtures.date("2026-11-18")
        ).map(\.plainText)
        #expect(lines.contains("Gebeurd op: 16-11-2026 (2 dagen geleden)"), "\(lines)")
        #expect(lines.contains("  groepsapp.png  \(incident.evidence[0].shortHash)…  20 B"), "\(lines)")
        #expect(try director.integrity.verify().isSound)
    }

    /// A report about several people says whom of them a case was opened for and whom not yet:
    /// a report about three pupils left the queue with two cases, and nothing said the third had
    /// none (a review).
    @Test func aTriagedReportSaysWhoHasNoCaseYet() throws {
        let (_, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let pupils = Array(try service.directory.people(kinds: [.pupil]).prefix(2))
        let report = try service.intake.report(
            summary: "Filmpje in de groepsapp.", platform: nil, subjects: pupils.map(\.id)
        ).value
        let c = try service.cases.open(incident: report.id, subject: pupils[0].id, articles: ["3A.8"], severity: nil)
            .value
        let (incident, involved) = try service.intake.incident(report.id)
        let lines = IncidentLayout.lines(
            incident, involved: involved, cases: [c], groupResponse: nil, width: 100, lang: .nl,
            today: Fixtures.date("2026-11-18")
        ).map(\.plainText)
        #expect(lines.contains { $0.contains(pupils[0].name) && $0.hasSuffix("zaak \(c.number)") }, "\(lines)")
        #expect(lines.contains { $0.contains(pupils[1].name) && $0.hasSuffix("nog geen zaak (t)") }, "\(lines)")
        // A role that reads no cases (a teacher reading back its report) is told nothing of them: it
        // was told "nog geen zaak (t)" of a pupil with a case, and offered a key it may not use.
        #expect(!Action.triage.isAllowed(for: .teacher, in: .incident))
        let teachers = IncidentLayout.lines(
            incident, involved: involved, cases: [], groupResponse: nil, width: 100, lang: .nl,
            today: Fixtures.date("2026-11-18"), readsCases: false
        ).map(\.plainText)
        #expect(!teachers.contains { $0.contains("zaak") }, "\(teachers)")
        #expect(teachers.contains { $0.contains(pupils[1].name) })
    }

    /// A pasted account keeps its paragraphs, on the form and as saved (four paragraphs were saved
    /// as one), and a text past what the field holds is said, not cut without a word (a review).
    @Test func aPastedAccountKeepsItsParagraphs() throws {
        let storage = try SQLiteStorage()
        let (rt, teacher) = try TUIFixture.runtimeAndService(
            width: 80, height: 24, account: DemoSchool.teacherAccount, storage: storage)
        rt.press(.char("n"))
        rt.send(.event(.paste("Eerste alinea: in de groepsapp.\n\nTweede alinea: Zoë werd gepest.", cut: false)))
        #expect(rt.state.topScreen(ReportFormScreen.self)?.field == .summary, "a paste moves to no other field")
        #expect(rt.frame.text.contains("Tweede alinea: Zoë werd gepest."), "\(rt.frame.text)")
        rt.press(.tab, .tab, .tab)
        rt.type("bakk")
        rt.press(.enter)
        rt.press(.function(2))
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil, "\(rt.frame.text)")
        let row = try #require(try teacher.intake.ownRows(offset: 0, limit: 10).first)
        #expect(row.summary == "Eerste alinea: in de groepsapp.\n\nTweede alinea: Zoë werd gepest.")

        rt.press(.char("n"))
        rt.send(.event(.paste(String(repeating: "a", count: ReportFormScreen.summaryLimit + 5), cut: false)))
        #expect(rt.state.topScreen(ReportFormScreen.self)?.summary.value.count == ReportFormScreen.summaryLimit)
        #expect(
            rt.state.status?.text.contains("‘Wat is er gebeurd?’ is vol (20.000 tekens)") == true,
            "\(rt.state.status?.text ?? "")")
    }

    /// Esc saves nothing; on a form with something in it, it asks first and goes at the second
    /// (a half-written report went at one key).
    @Test func escapeSavesNothing() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.teacherAccount)
        rt.press(.char("n"))
        rt.press(.escape)
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil, "an empty form goes at once")
        #expect(rt.frame.text.contains("Niet opgeslagen."))
        rt.press(.char("n"))
        rt.type("Iets")
        rt.press(.escape)
        #expect(rt.state.topScreen(ReportFormScreen.self)?.summary.value == "Iets")
        #expect(rt.frame.text.contains("nog een keer Esc gooit hem weg"), "\(rt.frame.text)")
        // Typing on after the warning, and a field further: one Esc asks again (it threw the
        // report away, a review).
        rt.type(" meer")
        rt.press(.tab)
        rt.press(.escape)
        #expect(rt.state.topScreen(ReportFormScreen.self)?.summary.value == "Iets meer", "\(rt.frame.text)")
        rt.press(.escape)
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil)
        #expect(rt.frame.text.contains("Weggegooid; er is niets opgeslagen."))
        #expect(rt.frame.text.contains("Mijn meldingen (0)"))
    }

    /// An IB files no reports: `n` is not in its keys, and the roster refuses it.
    @Test func anIBHasNoReportForm() throws {
        let (rt, ib) = try TUIFixture.runtimeAndService(width: 80, height: 24, account: DemoSchool.ibAccount)
        rt.press(.char("n"))
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil)
        #expect(throws: CasusError.self) { try ib.directory.roster("bakk") }
    }
}

/// The director reads a report with the day it happened and its evidence (issue 16, item 10).
@Suite struct ReportWhenScreenTests {
    @Test func theIncidentScreenShowsTheDayAndTheEvidence() throws {
        let storage = try SQLiteStorage()
        let (rt, director) = try TUIFixture.runtimeAndService(width: 100, height: 30, storage: storage)
        let pupil = try #require(try director.directory.people(kinds: [.pupil], limit: 1).first)
        let filed = try director.intake.report(
            summary: "Nepaccount met foto's van de juf op Instagram.", platform: "Instagram", subjects: [pupil.id],
            happenedOn: Fixtures.date("2026-11-13"),
            evidence: [
                EvidenceFile(name: "nepaccount.png", bytes: Array("PNG van het nepaccount".utf8)),
                EvidenceFile(name: "reacties.png", bytes: Array(repeating: 7, count: 3000)),
            ]
        ).value
        rt.send(.event(.tick))
        rt.press(.char("1"), .end)
        #expect(rt.state.incidents.selectedRow?.id == filed.id)
        rt.press(.enter)
        #expect(rt.state.topScreen(IncidentScreen.self) != nil)
        #expect(rt.frame.text.contains("Gebeurd op: 13-11-2026 (5 dagen geleden)"))
        #expect(rt.frame.text.contains("nepaccount.png  \(filed.evidence[0].shortHash)…  22 B"))
        Golden.check(rt.frame, "incident-when-evidence-100x30")
        // Triage names the day beside the protocol.
        rt.press(.escape, .char("t"))
        #expect(rt.frame.line(1).contains("gebeurd op 13-11-2026"), "\(rt.frame.line(1))")
    }
}
