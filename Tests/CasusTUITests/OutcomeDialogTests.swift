import CasusCore
import CasusDemo
@testable import CasusTUI
import Testing
import CasusTestSupport

/// Issue 16, item 7 on screen: `s` asks what closing decides before the reason; `w` changes the
/// articles and severity of an open case (ticked, then the severity, then the reason). Item 9: a
/// meeting note asks the day of the meeting after who was heard.
@Suite struct OutcomeDialogTests {
    /// An open case of the demo that can be closed now (no obligation holds it).
    func closeable(_ service: CasusService) throws -> CaseRow {
        let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100)
        return try #require(try open.first { try service.cases.assess($0.id).closeBlockers.isEmpty })
    }

    /// A case an obligation holds open says so at `s`, before the outcome and the reason are asked
    /// (they were typed, then refused, a review).
    @Test func aCaseThatCannotCloseSaysSoBeforeAskingAnything() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100)
        let held = try #require(try open.first { !(try service.cases.assess($0.id).closeBlockers.isEmpty) })
        rt.select(case: held.number)
        rt.press(.enter, .char("s"))
        #expect(rt.state.topScreen(PickerScreen.self) == nil)
        #expect(rt.state.status?.text.contains("kan nog niet dicht") == true, "\(rt.state.status?.text ?? "")")
        #expect(try service.cases.detail(held.id).record.status == .open)
    }

    @Test func closingAsksTheOutcomeThenTheReason() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let row = try closeable(service)
        rt.select(case: row.number)
        rt.press(.enter, .char("s"))
        Golden.check(rt.frame, "close-outcome-80x24")
        let text = rt.frame.text
        #expect(text.contains("Zaak sluiten: uitkomst"))
        #expect(text.contains("Gegrond") && text.contains("Ongegrond") && text.contains("Vergissing"))
        #expect(text.contains("telt niet als overtreding"))
        rt.press(.down, .enter)  // ongegrond
        #expect(rt.frame.text.contains("Zaak sluiten: ongegrond"))
        rt.type("Het was niet deze leerling.")
        // Asked once more, for good: one stray Enter closed a case as founded, an offence for good
        // (a review). Another key goes back to the reason, as typed.
        rt.press(.enter)
        #expect(try service.cases.detail(row.id).record.status == .open)
        let asked = rt.state.status?.text ?? ""
        #expect(
            asked.contains("De zaak sluiten als ongegrond (de melding klopt niet; telt niet als overtreding)?")
                && asked.contains("Enter sluit haar, blijvend"), "\(asked)")
        rt.press(.char("x"))
        #expect(try service.cases.detail(row.id).record.status == .open)
        #expect(rt.state.topScreen(PromptScreen.self)?.field.value == "Het was niet deze leerling.")
        rt.press(.enter, .enter)
        let closed = try service.cases.detail(row.id).record
        #expect(closed.status == .closed && closed.outcome == .unfounded)
        #expect(closed.closeReason == "Het was niet deze leerling.")
        let screen = try #require(rt.state.topScreen(CaseScreen.self))
        #expect(
            !screen.footer(rt.state).flatMap(\.actions).contains(.reclassify), "a closed case is not reclassified")
        #expect(rt.state.status?.text.contains("Zaak gesloten: ongegrond. Telt niet als overtreding.") == true)
        #expect(rt.frame.text.contains("ongegrond (telt niet als overtreding)"))
    }

    /// A second director reclassified the case while the first was choosing its outcome: the
    /// outcome was chosen on a case that is no longer there, and closing it as "ongegrond" went in
    /// over the other's reclassification. Now the close is refused saying what moved, the case
    /// stays open, and the screen shows it as it is now (the outcome is to be chosen again).
    @Test func aCloseChosenOnACaseThatMovedOnIsRefused() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let row = try closeable(service)
        rt.select(case: row.number)
        rt.press(.enter, .char("s"), .down, .enter)  // ongegrond
        let before = try service.cases.detail(row.id).record
        _ = try service.cases.reclassify(
            row.id, articles: before.articles, severity: before.severity == .severe ? .light : .severe,
            reason: "Ernst herzien door de tweede directeur.")
        rt.type("Het was niet deze leerling.")
        rt.press(.enter, .enter)
        let after = try service.cases.detail(row.id).record
        #expect(after.status == .open && after.outcome == nil)
        let said = rt.state.status?.text ?? ""
        #expect(said.contains("is gewijzigd") && said.contains("zijn artikelen of ernst zijn herzien"), "\(said)")
        #expect(!rt.frame.text.contains("Zaak sluiten: ongegrond"), "the outcome chosen on the old case is gone")
        #expect(rt.frame.text.contains("ernst: \(after.severity.label.nl)"), "\(rt.frame.text)")
    }

    /// One report about two pupils, a case each: closing one as a mistake said the report was back
    /// at Meldingen, while the other case kept it in hand (a review). It now says which case does.
    @Test func aMistakeWithAnotherCaseOfTheReportSaysTheReportStaysInHand() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let pupils = try service.directory.people(kinds: [.pupil], limit: 2)
        let report = try service.intake.report(
            summary: "Twee leerlingen in één filmpje.", platform: "TikTok", subjects: pupils.map(\.id)
        ).value
        let article = try #require(try service.cases.triageContext(report.id).articles.first).id
        let first = try service.cases.open(
            incident: report.id, subject: pupils[0].id, articles: [article], severity: .light
        ).value
        let second = try service.cases.open(
            incident: report.id, subject: pupils[1].id, articles: [article], severity: .light
        ).value
        rt.press(.char(":"))
        rt.type("case \(first.number)")
        rt.press(.enter, .char("s"), .down, .down, .enter)  // vergissing
        rt.type("Verkeerde leerling.")
        rt.press(.enter, .enter)
        let said = rt.state.status?.text ?? ""
        #expect(!said.contains("staat weer bij Meldingen"), "\(said)")
        #expect(said.contains("gaat niet terug naar Meldingen: ook zaak \(second.number)"), "\(said)")
    }

    /// The letter picker after a step: its title says Esc skips the letter, and its footer said
    /// "annuleer" (and "kies" for two keys); now both say what the keys do (a review).
    @Test func theLetterPickerSaysEscSkips() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        let picker = PickerScreen(title: "Brief uit sjabloon", items: [], purpose: .template(1))
        let labels = picker.footer(rt.state).map { $0.label.nl }
        #expect(labels.contains("overslaan") && !labels.contains("annuleer"), "\(labels)")
        #expect(Set(labels).count == labels.count, "each key says its own thing: \(labels)")
    }

    /// Both parents' letters in "Welke brief is verzonden?": the title, the same on both rows,
    /// stayed whole and the addressee went ("aan De h…" twice, a review). A date stays whole.
    @Test func aPickersLongDetailGivesWayToTheLabel() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        var picker = PickerScreen(
            title: "Welke brief is verzonden?",
            items: [
                PickerItem(
                    id: "14", label: "stuk 14, nr. 4 · aan De heer D. de Bruijn",
                    detail: "Besluit tot schorsing — zaak 2026-0010"),
                PickerItem(
                    id: "13", label: "stuk 13, nr. 3 · aan Mevrouw J. de Bruijn-van Leeuwen",
                    detail: "Besluit tot schorsing — zaak 2026-0010"),
                PickerItem(
                    id: "o", label: String(repeating: "Schoolwerk regelen ", count: 4), detail: "uiterlijk 07-12-2026"),
            ], purpose: .template(1))
        picker.layout(rt.state)
        var canvas = Canvas(width: 80, height: 24)
        picker.draw(rt.state, into: &canvas)
        let text = canvas.text
        #expect(
            text.contains("aan De heer D. de Bruijn") && text.contains("aan Mevrouw J. de Bruijn-van Leeuwen"),
            "\(text)")
        #expect(text.contains("uiterlijk 07-12-2026"), "\(text)")
    }

    @Test func aMistakeSendsTheReportBackToTheQueue() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 100)
        let row = try #require(
            try open.first {
                try service.cases.assess($0.id).closeBlockers.isEmpty
                    && service.cases.cases(ofIncident: try service.cases.detail($0.id).record.incidentID).count == 1
            })
        let incident = try service.cases.detail(row.id).record.incidentID
        rt.press(.char("1"))
        let queued = rt.state.incidents.total
        rt.select(case: row.number)
        rt.press(.enter, .char("s"), .down, .down, .enter)  // vergissing
        rt.type("Verkeerde leerling.")
        rt.press(.enter, .enter)
        #expect(try service.cases.detail(row.id).record.outcome == .mistake)
        #expect(rt.state.status?.text.contains("De melding staat weer bij Meldingen") == true)
        rt.press(.char("1"))
        #expect(rt.state.incidents.total == queued + 1)
        #expect(rt.state.incidents.rows.contains { $0.id == incident })
    }

    /// A letter not yet recorded as sent is named when closing is asked (a case was closed with its
    /// warning letter unsent, and nothing said, a review).
    @Test func closingNamesTheLettersNotYetSent() throws {
        let said = PromptScreen.closing(.founded, about: .pupil, unsent: [11, 14])
        #expect(said.nl.contains("Nog niet als verzonden vastgelegd: 2 brieven (stuk 11, stuk 14)"), "\(said.nl)")
        #expect(said.nl.contains("telt als overtreding"))
        #expect(!PromptScreen.closing(.founded, about: .pupil, unsent: []).nl.contains("verzonden"))
    }

    /// A case about an employee closed as a mistake is about the wrong employee: the dialog said
    /// "verkeerde leerling" (a review).
    @Test func aStaffCasesMistakeIsTheWrongEmployee() {
        let said = PromptScreen.closing(.mistake, about: .staff, unsent: [])
        #expect(
            said.nl.contains("verkeerde medewerker of verkeerd ingedeeld") && !said.nl.contains("leerling"),
            "\(said.nl)")
        #expect(said.en.contains("wrong employee or misfiled"), "\(said.en)")
        #expect(PromptScreen.closing(.mistake, about: .pupil, unsent: []).nl.contains("verkeerde leerling"))
    }

    @Test func escapeInTheOutcomeListClosesNothing() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let row = try closeable(service)
        rt.select(case: row.number)
        rt.press(.enter, .char("s"), .escape)
        #expect(try service.cases.detail(row.id).record.status == .open)
        #expect(rt.state.topScreen(CaseScreen.self) != nil)
    }

    @Test func wReclassifiesTheArticlesAndSeverity() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 120, height: 30)
        rt.select(case: "2026-0006")
        rt.press(.enter)
        #expect(rt.frame.text.contains("w herzien"))
        #expect(rt.state.topScreen(CaseScreen.self)?.footer(rt.state).flatMap(\.actions).contains(.reclassify) == true)
        let before = try service.cases.detail(try service.cases.resolve("2026-0006"))
        rt.press(.char("w"))
        Golden.check(rt.frame, "reclassify-120x30")
        #expect(rt.frame.text.contains("Artikelen herzien"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self))
        #expect(picker.items.filter(\.checked).map(\.id) == before.record.articles)
        // Tick one more article.
        let extra = try #require(picker.items.firstIndex { !$0.checked })
        for _ in 0..<extra { rt.press(.down) }
        rt.press(.char(" "), .enter)
        #expect(rt.frame.text.contains("Ernst"))
        rt.press(.down, .enter)  // another severity than now (now comes first)
        #expect(rt.frame.text.contains("Reden: "))
        rt.type("Ook een tweede regel overtreden.")
        rt.press(.enter)
        let after = try service.cases.detail(before.record.id)
        #expect(after.record.articles == before.record.articles + [picker.items[extra].id])
        #expect(after.record.severity != before.record.severity)
        #expect(after.entries.last?.title.contains("Artikelen en ernst herzien") == true)
        #expect(rt.state.status?.text.contains("Herzien:") == true)
    }

    @Test func onlyARoleThatDecidesSeesTheReclassifyKey() throws {
        #expect(Action.reclassify.isAllowed(for: .director, in: .caseScreen))
        #expect(!Action.reclassify.isAllowed(for: .ib, in: .caseScreen))
        #expect(!Action.reclassify.isAllowed(for: .teacher, in: .caseScreen))
        let rt = try TUIFixture.runtime(width: 100, height: 30, account: DemoSchool.ibAccount)
        rt.press(.char("2"), .enter)
        #expect(rt.state.topScreen(CaseScreen.self)?.detail != nil, "the IB sees a pupil's case")
        #expect(!rt.frame.text.contains("w herzien"))
        rt.press(.char("w"))
        #expect(rt.state.topScreen(PickerScreen.self) == nil)
        // Nor is a legal fact or the consultation's outcome offered, and r says why at once (it
        // went through a date and the editor to be refused at the save).
        #expect(
            !Action.legal.isAllowed(for: .ib, in: .caseScreen) && !Action.consult.isAllowed(for: .ib, in: .caseScreen))
        #expect(!rt.frame.text.contains("r vastleggen"))
        rt.press(.char("r"))
        #expect(rt.state.topScreen(PickerScreen.self) == nil && rt.state.topScreen(PromptScreen.self) == nil)
        #expect(rt.state.status?.text.contains("Uw rol (intern begeleider) mag dit niet") == true)
        // n on a case says where an IB writes: in the pupil's dossier, as a care note (it said only
        // "mag dit niet: brieven en notities vastleggen", a review).
        rt.press(.char("n"))
        #expect(rt.state.topScreen(PickerScreen.self) == nil)
        #expect(rt.state.status?.text.contains("Een zorgnotitie schrijft u in het dossier van de leerling") == true)
    }

    @Test func aMeetingNoteAsksTheDayOfTheMeeting() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        rt.select(case: "2026-0006")
        rt.press(.enter, .char("n"), .down, .enter)  // gespreksverslag
        rt.press(.char(" "), .down, .char(" "), .enter)  // the class teacher and the parents were heard
        Golden.check(rt.frame, "meeting-date-80x24")
        #expect(rt.frame.text.contains("Gespreksverslag: wanneer was het gesprek?"))
        // A day still to come is refused, and nothing is saved; the prompt stays, to be put right.
        for _ in 0..<10 { rt.press(.backspace) }
        rt.type("20-11-2026")
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("is geen dag van een gesprek") == true)
        #expect(rt.frame.text.contains("Gespreksverslag: wanneer was het gesprek?"))
        // A day before the report is refused here, before the note is written: refused after it,
        // the note was thrown away to change the day (a review).
        let report = try #require(try service.cases.detail(try service.cases.resolve("2026-0006")).incident)
        let before = report.firstMeetingDay.adding(days: -1)
        for _ in 0..<10 { rt.press(.backspace) }
        rt.type(before.dutch)
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("niet vóór \(report.firstMeetingDay.dutch) gehouden") == true)
        #expect(rt.frame.text.contains("Gespreksverslag: wanneer was het gesprek?"))
        #expect(rt.state.topScreen(EditorScreen.self) == nil)
        for _ in 0..<10 { rt.press(.backspace) }
        rt.type("13-11-2026")
        rt.press(.enter)
        rt.type("Hoorgesprek met de ouders en de leerkracht.")
        rt.press(.function(2), .enter)
        let detail = try service.cases.detail(try service.cases.resolve("2026-0006"))
        let note = try #require(detail.entries.last)
        #expect(note.kind == .meeting && Set(note.heard) == [.teacher, .parents])
        let fact = try #require(detail.facts.last { $0.kind == .meetingHeld })
        #expect(fact.date.iso == "2026-11-13" && fact.entryID == note.id)
        #expect(CaseLayout.factValue(fact, .nl) == "gehoord: groepsleerkracht, ouders")
    }
}

/// A close refused at the save leaves its reason to be put right, and Esc leaves as from any typed
/// reason: twice. After the refusal the question "Vastleggen?" still counted as open: the first
/// Esc said only "Niet gesloten; de reden staat er nog", a third closed the dialog, and the keys
/// typed after two went into the reason (a review).
extension OutcomeDialogTests {
    @Test func aRefusedCloseIsLeftWithTwoEscapes() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let decided = try closeable(service)
        try service.cases.step(decided.id, StepRequest(rung: .warning, reason: "Gesprek gevoerd.")).value
        #expect(try service.cases.assess(decided.id).closeBlockers.isEmpty)
        rt.select(case: decided.number)
        rt.press(.enter, .char("s"), .down, .enter)  // ongegrond
        rt.type("Toch niet gebeurd.")
        rt.press(.enter, .enter)
        #expect(rt.state.status?.isError == true, "\(String(describing: rt.state.status?.text))")
        #expect(try service.cases.detail(decided.id).record.status == .open)
        rt.press(.escape)
        #expect(rt.state.status?.text.contains("Niet gesloten; de reden staat er nog") != true)
        rt.press(.escape)
        rt.type(":")
        #expect(!rt.frame.text.contains("Toch niet gebeurd.:"), "\(rt.frame.text)")
        #expect(rt.state.stack.last is PromptScreen)
        #expect((rt.state.stack.last as? PromptScreen)?.purpose == .command, "the : line, not the reason")
    }
}
