import CasusCore
import CasusDemo
import CasusStore
import CasusTestSupport
import Foundation
import Testing

@testable import CasusTUI

/// "?, F1 deze hulp" stands under "Overal", and did nothing in triage, in the step dialog and (F1)
/// in the report form, where it is needed most (a review). It opens over them; Esc comes back to
/// what was there, nothing lost.
@Suite struct HelpEverywhereTests {
    @Test func helpOpensInTriageAndComesBackToIt() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("1"), .char("t"), .char(" "))
        let ticked = try #require(rt.state.topScreen(TriageScreen.self)).articles
        #expect(!ticked.isEmpty)
        rt.press(.char("?"))
        #expect(rt.state.topScreen(HelpScreen.self) != nil)
        rt.press(.escape)
        #expect(try #require(rt.state.topScreen(TriageScreen.self)).articles == ticked)
        rt.press(.function(1))
        #expect(rt.state.topScreen(HelpScreen.self) != nil)
    }

    @Test func helpOpensOverTheStepDialogAndTheReportForm() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0003")
        rt.press(.enter, .char("+"))
        #expect(rt.state.topScreen(StepDialog.self) != nil)
        rt.press(.function(1))
        #expect(rt.state.topScreen(HelpScreen.self) != nil)
        rt.press(.escape)
        #expect(rt.state.topScreen(StepDialog.self) != nil)

        let teacher = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.teacherAccount)
        teacher.press(.char("n"))
        teacher.type("Er is een filmpje gedeeld.")
        teacher.press(.function(1))
        #expect(teacher.state.topScreen(HelpScreen.self) != nil)
        teacher.press(.escape)
        #expect(teacher.state.topScreen(ReportFormScreen.self)?.summary.value == "Er is een filmpje gedeeld.")
    }
}
