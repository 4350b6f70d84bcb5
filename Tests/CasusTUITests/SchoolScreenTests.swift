import CasusCore
@testable import CasusTUI
import Testing

/// The school screen (`S` on the Overzicht, `:school`) and the meldplicht's consultation (`u`).
@Suite struct SchoolScreenTests {
    @Test func theDirectorSeesTheRecordAndChangesTheSectorAndDenomination() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("4"), .char("S"))
        guard rt.state.topScreen(SchoolScreen.self) != nil else {
            Issue.record("no school screen")
            return
        }
        Golden.check(rt.frame, "school-100x30")
        #expect(rt.frame.text.contains("primair onderwijs, bijzonder (WPO)"))
        #expect(rt.frame.text.contains("Schoolkalender 2026-2027"))
        rt.press(.char("e"))
        guard let fields = rt.state.topScreen(PickerScreen.self) else {
            Issue.record("no field picker")
            return
        }
        #expect(fields.items.first?.id == "legal")
        rt.press(.enter)
        guard let values = rt.state.topScreen(PickerScreen.self) else {
            Issue.record("no value picker")
            return
        }
        let target = try #require(values.items.firstIndex { $0.id == "vo/openbaar" })
        for _ in 0..<target { rt.press(.down) }
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("voortgezet onderwijs, openbaar (WVO 2020)") == true)
        guard let school = rt.state.topScreen(SchoolScreen.self) else {
            Issue.record("not back on the school screen")
            return
        }
        #expect(school.school?.sector == .vo && school.school?.denomination == .openbaar)
        // A text field: the board's name, through the prompt.
        rt.press(.char("e"), .down, .enter)
        rt.press(.ctrl("u"))  // the prompt holds the current name: clear it
        rt.type("Stichting Voortgezet Onderwijs")
        rt.press(.enter)
        #expect(rt.state.topScreen(SchoolScreen.self)?.school?.boardName == "Stichting Voortgezet Onderwijs")
    }

    @Test func aTeacherReadsTheSchoolScreenButMayNotChangeIt() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30, account: "demo-leerkracht")
        rt.press(.char(":"))
        rt.type("school")
        rt.press(.enter)
        guard rt.state.topScreen(SchoolScreen.self) != nil else {
            Issue.record("no school screen")
            return
        }
        rt.press(.char("e"))
        #expect(rt.state.status?.isError == true)
        #expect(rt.state.status?.text.contains("mag dit niet: de schoolgegevens en de schoolkalender wijzigen") == true)
        #expect(rt.state.topScreen(PickerScreen.self) == nil)
    }

    @Test func theMeldplichtConsultationIsRecordedWithItsOutcome() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let staff = try #require(try service.directory.people(kinds: [.staff]).first { $0.function != "directeur" })
        let incident = try service.intake.report(
            summary: "Signaal over berichten aan een leerling.", platform: "WhatsApp", subjects: [staff.id]
        ).value
        let articles = try service.cases.triageContext(incident.id).articles.filter { $0.appliesTo.contains(.staff) }
        let c = try service.cases.open(
            incident: incident.id, subject: staff.id, articles: [try #require(articles.first).id], severity: .severe,
            flags: CaseFlags(meldplicht: true)
        ).value
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        guard rt.state.topScreen(CaseScreen.self) != nil else {
            Issue.record("no case screen")
            return
        }
        #expect(rt.frame.text.contains("u overleg VI"))
        rt.press(.char("u"))
        guard let picker = rt.state.topScreen(PickerScreen.self) else {
            Issue.record("no suspicion picker")
            return
        }
        #expect(picker.items.map(\.id) == ["yes", "no"])
        rt.press(.down, .enter)
        rt.type("Geen redelijk vermoeden volgens de vertrouwensinspecteur.")
        rt.press(.function(2))
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("geen redelijk vermoeden") == true)
        let detail = try service.cases.detail(c.id)
        #expect(detail.facts.contains { $0.kind == .consultation && $0.value == "no" })
        #expect(detail.obligations.first { $0.kind == .vertrouwensinspecteur }?.isDone == true)
    }
}
