import CasusCore
import CasusDemo
import CasusStore
@testable import CasusTUI
import CasusTestSupport
import Foundation
import Testing

/// What the fifth review of the full screen left: the tab bar shows the tabs the role has; a
/// teacher opens its own report; a dialog that saves keeps its text when the store refuses; the
/// dismiss dialog names the report; the `:` line completes and remembers.
@Suite struct RoleTabsAndPromptTests {
    func tabBar(_ rt: Runtime) -> String { rt.frame.line(1) }

    /// An IB was shown "1 Mijn meldingen", a tab it could only be refused; a teacher "2 Zaken",
    /// "3 Dossiers" it could open only to read that it sees nothing there.
    @Test func theTabBarHoldsTheTabsTheRoleHas() throws {
        let ib = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.ibAccount)
        #expect(!tabBar(ib).contains("eldingen"), "IB: \(tabBar(ib))")
        #expect(
            tabBar(ib).contains("2 Zaken") && tabBar(ib).contains("3 Dossiers") && tabBar(ib).contains("4 Overzicht"))
        var seen: [Tab] = []
        for _ in 0..<4 {
            ib.press(.tab)
            seen.append(ib.state.tab)
        }
        #expect(!seen.contains(.incidents), "Tab went to a tab the IB may not open: \(seen)")
        #expect(Set(seen) == [.cases, .dossiers, .overview])

        let teacher = try TUIFixture.runtime(width: 80, height: 24, account: DemoSchool.teacherAccount)
        #expect(tabBar(teacher).contains("1 Mijn meldingen"))
        for other in ["Zaken", "Dossiers", "Overzicht"] {
            #expect(!tabBar(teacher).contains(other), "teacher: \(tabBar(teacher))")
        }
        teacher.press(.char("2"))
        #expect(teacher.state.tab == .incidents)
        // A tab is not a thing done: said as a tab the role has not.
        #expect(teacher.frame.text.contains("Uw rol (leerkracht) heeft geen tab Zaken."))
        teacher.press(.tab)
        #expect(teacher.state.tab == .incidents)
        // The `:` line asks what the keys ask: `:tab-zaken` opened the hidden tab, `:dismiss` a dialog.
        for command in ["tab-zaken", "dismiss", "case 2026-0001"] {
            teacher.press(.char(":"))
            teacher.type(command)
            teacher.press(.enter)
            #expect(teacher.state.tab == .incidents && teacher.state.stack.isEmpty, ":\(command)")
            let told = teacher.frame.text.contains("mag dit niet") || teacher.frame.text.contains("heeft geen tab")
            #expect(told, ":\(command): \(teacher.frame.text)")
        }

        let director = try TUIFixture.runtime(width: 80, height: 24)
        for tab in ["1 Meldingen", "2 Zaken", "3 Dossiers", "4 Overzicht"] {
            #expect(tabBar(director).contains(tab), "director: \(tabBar(director))")
        }
    }

    /// Enter on a report under Mijn meldingen opens it: what was written, who was named, where it
    /// stands and (dismissed) why; no key to triage or dismiss it.
    @Test func aTeacherOpensItsOwnReport() throws {
        let storage = try SQLiteStorage()
        let (rt, teacher) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, account: DemoSchool.teacherAccount, storage: storage)
        let director = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: .fixed(TUIFixture.moment))
        let pupil = try #require(try director.directory.people(kinds: [.pupil], limit: 1).first)
        let filed = try teacher.intake.report(
            summary: "Filmpje van de gymles op TikTok gezet", platform: "TikTok", subjects: [pupil.id]
        ).value
        try director.intake.dismiss(filed.id, reason: "Buiten schooltijd gebeurd")
        rt.send(.event(.tick))
        rt.press(.enter)
        #expect(rt.state.topScreen(IncidentScreen.self) != nil)
        let text = rt.frame.text
        #expect(text.contains("Filmpje van de gymles op TikTok gezet"))
        #expect(text.contains(pupil.name))
        #expect(text.contains("Buiten schooltijd gebeurd"))
        let footer = rt.frame.line(29)
        for word in ["beoordeel", "afwijzen"] { #expect(!footer.contains(word), "\(word) in \(footer)") }
        rt.press(.char("x"))
        #expect(rt.state.topScreen(PromptScreen.self) == nil)
    }

    /// The dismiss dialog says which report it dismisses and that its reporter reads the reason.
    @Test func theDismissDialogNamesTheReport() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("1"))
        let row = try #require(rt.state.incidents.selectedRow)
        rt.press(.char("x"))
        let text = rt.frame.text
        #expect(text.contains("Melding \(row.id) afwijzen: \(row.summary.prefix(10))"), "\(text)")
        #expect(text.contains("Wie de melding in casus invoerde, leest deze reden"))
    }

    /// A dialog whose save the store refuses stays, with what was typed and the refusal beneath:
    /// an empty dismissal reason, a close an open obligation blocks. Both closed the dialog first
    /// and lost the text.
    @Test func aRefusedSaveKeepsTheDialogAndItsText() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        rt.press(.char("1"))
        let queued = rt.state.incidents.total
        rt.press(.char("x"), .char(" "), .enter)
        #expect(rt.state.status?.isError == true, "an empty reason is refused")
        let prompt = try #require(rt.state.topScreen(PromptScreen.self), "the dialog closed")
        #expect(prompt.field.value == " ")
        rt.press(.ctrl("u"))
        rt.type("Al besproken met de ouders")
        rt.press(.enter)
        #expect(rt.state.topScreen(PromptScreen.self) == nil, "saved: the dialog closes")
        #expect(rt.state.incidents.total == queued - 1)

        let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100)
        let blocked = try #require(try open.first { !(try service.cases.assess($0.id).closeBlockers.isEmpty) })
        rt.select(case: blocked.number)
        rt.press(.enter, .char("s"))
        guard rt.state.topScreen(PickerScreen.self) != nil else { return }  // refused before any text
        rt.press(.down, .enter)
        rt.type("Het was niet deze leerling.")
        rt.press(.enter, .enter)
        #expect(try service.cases.detail(blocked.id).record.status == .open)
        #expect(rt.state.status?.isError == true)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "Het was niet deze leerling.")
    }

    /// `:` then Tab completes a command the role may give; Up and Down recall the lines run before.
    /// A command of another screen says where it works: `:step` on the Zaken list did nothing and
    /// said nothing (found by a review). On a case it steps, as `+` does.
    @Test func aCommandOfAnotherScreenSaysWhereItWorks() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("2"), .char(":"))
        rt.type("step")
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("‘step’ werkt op het scherm Zaak") == true, "\(rt.frame.text)")
        #expect(rt.state.status?.isError == true && rt.state.topScreen(StepDialog.self) == nil)
        rt.press(.enter, .char(":"))
        rt.type("step")
        rt.press(.enter)
        #expect(rt.state.topScreen(StepDialog.self) != nil, "\(rt.frame.text)")
    }

    @Test func theCommandLineCompletesAndRemembers() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char(":"))
        rt.type("hel")
        rt.press(.tab)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "help ")
        rt.press(.ctrl("u"))
        rt.type("tab-")
        rt.press(.tab)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "tab-")
        #expect(rt.state.status?.text.contains("tab-zaken") == true)
        // The list stands above the `:` line, which stays in sight.
        #expect(rt.frame.line(22).hasPrefix(":tab-"), "\(rt.frame.text)")
        rt.press(.ctrl("u"))
        rt.type("case 2026-0001")
        rt.press(.tab)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "case 2026-0001")
        #expect(rt.state.status?.isError != true, "nothing to complete is no error")
        rt.press(.ctrl("u"))
        rt.type("qqq")
        rt.press(.tab)
        #expect(rt.state.status?.text.contains("Geen opdracht begint met ‘qqq’") == true)
        rt.press(.escape)

        for line in ["tab-zaken", "tab-dossiers"] {
            rt.press(.char(":"))
            rt.type(line)
            rt.press(.enter)
        }
        #expect(rt.state.tab == .dossiers)
        rt.press(.char(":"))
        rt.type("ca")
        rt.press(.up)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "tab-dossiers")
        rt.press(.up, .up)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "tab-zaken")
        rt.press(.down)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "tab-dossiers")
        rt.press(.down)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "ca", "what was being typed comes back")
        rt.press(.escape)

        // An IB is not offered what it may not do.
        let ib = CommandCompletion.names(keymap: .standard, role: .ib)
        #expect(!ib.contains("step") && !ib.contains("dismiss") && ib.contains("note"))
        #expect(CommandCompletion.names(keymap: .standard, role: .teacher).contains("case") == false)
    }

    /// An action takes nothing after its name, and `:zaak` needs a number: `:sent 4` opened the
    /// newest letter, not nr. 4, and `:zaak` alone did nothing and said nothing (a review).
    @Test func aCommandWithWhatItDoesNotTakeIsToldAndDoesNothing() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("1"))
        rt.press(.char(":"))
        rt.type("tab-zaken 5")
        rt.press(.enter)
        #expect(rt.state.tab == .incidents && rt.frame.text.contains("neemt niets achter zich"), "\(rt.frame.text)")
        // An unknown command is unknown, whatever follows it (it was told it takes nothing).
        rt.press(.char(":"))
        rt.type("foo bar")
        rt.press(.enter)
        #expect(rt.frame.text.contains("Onbekende opdracht ‘foo’"), "\(rt.frame.text)")
        rt.press(.char(":"))
        rt.type("zaak")
        rt.press(.enter)
        #expect(rt.frame.text.contains("opent een zaak op nummer"), "\(rt.frame.text)")
    }
}
