import CasusCore
import CasusDemo
import CasusStore
@testable import CasusTUI
import Testing
import CasusTestSupport

/// A teacher files a report from the TUI: what happened, the platform, who is involved (found by
/// name as it is typed), saved in its own name, then followed in Mijn meldingen.
@Suite struct ReportFormTests {
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
        rt.type("TikTok")
        rt.press(.tab)
        rt.press(.function(2))
        #expect(rt.frame.text.contains("Kies wie betrokken is"))
        rt.type("bakk")
        #expect(rt.frame.text.contains("Inès Bakker"), "the roster answers as the name is typed")
        Golden.check(rt.frame, "report-form-100x30")
        rt.press(.enter)
        #expect(rt.frame.text.contains("Betrokkenen: Inès Bakker"))
        rt.press(.ctrl("s"))
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil)
        #expect(rt.frame.text.contains("opgeslagen; de directie ziet hem in de wachtrij"), "\(rt.frame.text)")
        #expect(rt.frame.text.contains("1 Mijn meldingen (1)"))
        #expect(rt.frame.line(3).contains("nieuw") && rt.frame.line(3).contains("Filmpje van de gymles"))
        // The director finds it in the queue, in the teacher's name.
        let director = try CasusService.session(storage: storage, account: "tester", profiles: Fixtures.profiles)
        let queue = try director.intake.rows(status: .new, offset: 0, limit: 1000)
        let filed = try #require(queue.first { $0.summary == "Filmpje van de gymles op TikTok gezet" })
        #expect(filed.platform == "TikTok" && filed.subjects == "Inès Bakker")
        #expect(try director.intake.incident(filed.id).0.reporterName == "Hatice Peters")
    }

    @Test func escapeSavesNothing() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.teacherAccount)
        rt.press(.char("n"))
        rt.type("Iets")
        rt.press(.escape)
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil)
        #expect(rt.frame.text.contains("Niet opgeslagen."))
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
