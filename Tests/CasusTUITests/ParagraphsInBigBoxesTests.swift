import CasusCore
import CasusDemo
import CasusStore
@testable import CasusTUI
import Testing
import CasusTestSupport
import Foundation

/// The two boxes of several rows (a report's "Wat is er gebeurd?", a step's facts being written)
/// take Enter as a new line, as a text box on any form does; Tab goes on. Enter went to the next
/// field: a teacher's second paragraph was typed into the ten-character date field and cut there,
/// a director's into the reason (a review).
@Suite struct ParagraphsInBigBoxesTests {
    @Test func aReportKeepsItsSecondParagraph() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(
            width: 80, height: 24, account: DemoSchool.teacherAccount)
        rt.press(.char("n"))
        rt.type("In de groepsapp is een foto gedeeld.")
        rt.press(.enter)
        rt.type("Daarna schreef Sem er een gemene tekst bij.")
        let form = try #require(rt.state.topScreen(ReportFormScreen.self))
        #expect(form.field == .summary && form.when.value.isEmpty, "\(form.field) \(form.when.value)")
        #expect(rt.frame.text.contains("Enter nieuwe regel"), "\(rt.frame.text)")
        rt.press(.tab, .tab, .tab)
        rt.type("Inès Bakker")
        rt.press(.enter)
        rt.press(.function(2))
        #expect(rt.state.topScreen(ReportFormScreen.self) == nil, "\(rt.frame.text)")
        let report = try #require(try service.intake.ownRows(offset: 0, limit: 50).last)
        let filed = try service.intake.incident(report.id).0
        #expect(filed.summary == "In de groepsapp is een foto gedeeld.\nDaarna schreef Sem er een gemene tekst bij.")
        #expect(filed.happenedOn == nil)
    }

    @Test func aStepsFactsKeepTheirSecondParagraph() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0003")
        rt.press(.enter)
        rt.press(.char("+"))
        let d = try #require(rt.state.topScreen(StepDialog.self))
        let suspension = try #require(d.options.firstIndex { $0.rung == .suspension })
        for _ in 0..<abs(suspension - d.cursor) { rt.press(suspension > d.cursor ? .down : .up) }
        rt.press(.enter)
        #expect(rt.state.topScreen(StepDialog.self)?.focus == .facts)
        // Facts left as the case gave them are passed with Enter, as every field is.
        #expect(rt.frame.text.contains("Enter: verder"), "\(rt.frame.text)")
        rt.press(.enter)
        #expect(rt.state.topScreen(StepDialog.self)?.focus == .reason)
        rt.press(.backTab)
        // Once the director writes in them, Enter starts a new line.
        rt.type("Dat gaf hij toe.")
        #expect(rt.frame.text.contains("Enter nieuwe regel"), "\(rt.frame.text)")
        rt.press(.enter)
        rt.type("Hij deed het twee keer.")
        var dialog = try #require(rt.state.topScreen(StepDialog.self))
        #expect(dialog.focus == .facts && dialog.reason.value.isEmpty, "\(dialog.focus)")
        #expect(dialog.facts.value.hasSuffix(" Dat gaf hij toe.\nHij deed het twee keer."), "\(dialog.facts.value)")
        // The second paragraph shows on its own line.
        #expect(
            rt.frame.text.split(separator: "\n").contains {
                $0.trimmingCharacters(in: .whitespaces) == "Hij deed het twee keer."
            })
        rt.press(.tab)
        dialog = try #require(rt.state.topScreen(StepDialog.self))
        #expect(dialog.focus == .reason)
        // A pasted paragraph keeps its line end there too.
        rt.press(.backTab)
        rt.send(.event(.paste("\nDe ouders zijn gebeld.")))
        dialog = try #require(rt.state.topScreen(StepDialog.self))
        #expect(dialog.facts.value.hasSuffix("twee keer.\nDe ouders zijn gebeld."), "\(dialog.facts.value)")
    }
}

/// A one-line field scrolled to its end marks its beginning out of sight with "…", as its end is
/// marked when not edited: "Onderbouwing: huwing doet onvoldoende recht…" read as a text that had
/// lost its start (a review).
@Suite struct OneLineFieldEdgeTests {
    @Test func aFieldScrolledPastItsBeginningSaysSo() {
        let field = TextField("Een waarschuwing doet onvoldoende recht aan de ernst van de bedreiging.")
        var c = Canvas(width: 30, height: 1)
        field.draw(into: &c, x: 0, y: 0, width: 30, focused: true)
        #expect(c.line(0).hasPrefix("…"), "\(c.line(0))")
        #expect(c.line(0).contains("bedreiging."), "\(c.line(0))")
        var short = Canvas(width: 30, height: 1)
        TextField("Kort.").draw(into: &short, x: 0, y: 0, width: 30, focused: true)
        #expect(short.line(0).hasPrefix("Kort."), "\(short.line(0))")
    }
}

/// The Zaken list says which rows of how many show, where not all do: 21 open cases at 80×24
/// showed 18, the newest out of sight above, with no sign (a review).
@Suite struct CaseListPositionTests {
    @Test func theListSaysWhichRowsShow() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let first = try #require(
            try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 10).first { $0.subjectKind == .pupil })
        let pupil = try service.cases.detail(first.id).subject.id
        for n in 0..<14 {
            let report = try service.intake.report(
                summary: "Bericht \(n) in de klassenapp.", platform: nil, subjects: [pupil]
            ).value
            _ = try service.cases.open(incident: report.id, subject: pupil, articles: ["3A.8"], severity: nil).value
        }
        rt.send(.event(.tick))
        rt.press(.char("2"))
        let total = rt.state.cases.total
        try #require(total > rt.state.cases.viewport.rows)
        func position() -> String { rt.frame.line(2).trimmingCharacters(in: .whitespaces) }
        let rows = rt.state.cases.viewport.rows
        rt.press(.char("g"))
        #expect(position().hasSuffix("1–\(rows) van \(total)"), "\(rt.frame.text)")
        rt.press(.char("G"))
        #expect(position().hasSuffix("\(total - rows + 1)–\(total) van \(total)"), "\(position())")
        let tall = try TUIFixture.runtime(width: 80, height: 40)
        tall.press(.char("2"))
        #expect(!tall.frame.line(2).contains(" van "), "\(tall.frame.line(2))")
    }
}

/// Two marked reports naming one pupil give her two cases: said beside her name, and whose cases a
/// flag ticked goes onto (two reports of one event opened two parallel cases unseen, and a
/// meldplicht went onto a parent's case, a review).
@Suite struct TriagedAlikeSaysTests {
    @Test func aSecondCaseForOnePupilIsSaid() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let queue = try service.intake.rows(status: .new, offset: 0, limit: 100)
        let first = try #require(
            try queue.first {
                try service.intake.incident($0.id).1.filter { $0.role == .subject }.allSatisfy {
                    $0.person.kind == .pupil
                }
            })
        let pupil = try #require(try service.intake.incident(first.id).1.first { $0.role == .subject }?.person)
        let again = try service.intake.report(
            summary: "Hetzelfde filmpje, ook gemeld.", platform: nil, subjects: [pupil.id]
        ).value
        rt.send(.event(.tick))
        rt.press(.char("1"), .char("g"))
        let ids = (0..<rt.state.incidents.total).compactMap { rt.state.incidents.row(at: $0)?.id }
        for id in ids {
            if [first.id, again.id].contains(id) { rt.press(.char(" ")) } else { rt.press(.down) }
        }
        rt.press(.char("t"))
        let screen = rt.frame.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(screen.contains("\(pupil.name) — tweede zaak, ook uit"), "\(rt.frame.text)")
    }
}
