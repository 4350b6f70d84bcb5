import CasusCore
@testable import CasusTUI
import Testing

/// Recording the law's dated facts from the case screen (`r`): the items that apply to the case,
/// a date that is today unless typed, a bad date refused with nothing recorded, and the fact and
/// what follows from it on the case.
@Suite struct LegalFactsTests {
    /// A pupil's case in the demo school, opened with `flags`, shown on the case screen.
    static func openCase(_ flags: CaseFlags) throws -> (Runtime, CasusService, Case) {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 120, height: 40)
        let pupil = try #require(try service.directory.people(kinds: [.pupil]).first)
        let incident = try service.intake.report(
            summary: "Klassenlijst met adressen in een groepsapp gedeeld.", platform: "WhatsApp",
            subjects: [pupil.id]
        ).value
        let articles = try service.cases.triageContext(incident.id).articles
        let c = try service.cases.open(
            incident: incident.id, subject: pupil.id, articles: [try #require(articles.first).id], severity: .medium,
            flags: flags
        ).value
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        return (rt, service, c)
    }

    /// The aangifte drafted from its template and saved at once: "[naam verbalisant]" and the rest
    /// went into the dossier, for good (a review). It is now refused like a letter with a field
    /// left, nothing is recorded, and the text stays in the editor to be filled in.
    @Test func anAangifteWithItsFieldsLeftIsNotRecorded() throws {
        let (rt, service, c) = try Self.openCase(CaseFlags(criminal: true))
        let before = try service.cases.detail(c.id).meetingsAndLetters.count
        rt.press(.char("a"))
        #expect(rt.frame.text.contains("[naam verbalisant]"), "\(rt.frame.text)")
        rt.press(.function(2))
        if rt.state.status == nil { rt.press(.enter) }
        let said = rt.state.status?.text ?? ""
        #expect(said.contains("niet ingevuld veld"), "\(said)")
        #expect(try service.cases.detail(c.id).meetingsAndLetters.count == before)
        // The text stays, in its preview, to be edited (e) and filled in.
        #expect(rt.state.topScreen(PreviewScreen.self) != nil || rt.state.topScreen(EditorScreen.self) != nil)
    }

    @Test func aDataBreachIsAssessedFromTheCaseScreen() throws {
        let (rt, service, c) = try Self.openCase(CaseFlags(dataBreach: true))
        #expect(rt.state.topScreen(CaseScreen.self) != nil)
        #expect(rt.frame.text.contains("r vastleggen"))
        rt.press(.char("r"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self))
        // No removal and no voornemen at a bijzondere school: only what applies.
        #expect(picker.items.map(\.id) == ["breach-report", "breach-no-report", "inzage", "court-started"])
        rt.press(.down, .enter)
        // The assessment is dated now: straight to its note.
        #expect(rt.state.topScreen(PromptScreen.self) == nil)
        rt.type("Alleen namen en adressen van groep 7; binnen een uur verwijderd; geen risico.")
        rt.press(.function(2))
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("Vastgelegd: Datalek beoordeeld: niet melden") == true)
        let detail = try service.cases.detail(c.id)
        #expect(detail.facts.contains { $0.kind == .breachAssessed && $0.value == "no-report" })
        // Assessed once: the item is gone from the list.
        rt.press(.char("r"))
        #expect(rt.state.topScreen(PickerScreen.self)?.items.map(\.id) == ["inzage", "court-started"])
    }

    @Test func anInzageRequestTakesItsDateAndABadDateRecordsNothing() throws {
        let (rt, service, c) = try Self.openCase(CaseFlags())
        rt.press(.char("r"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self))
        #expect(picker.items.first?.id == "inzage")
        rt.press(.enter)
        let prompt = try #require(rt.state.topScreen(PromptScreen.self))
        #expect(prompt.field.value == rt.state.today.dutch, "the date is today unless typed")
        rt.press(.ctrl("u"))
        rt.type("31-02-2026")
        rt.press(.enter)
        #expect(rt.state.status?.isError == true)
        #expect(rt.state.status?.text.contains("geen datum") == true)
        #expect(try service.cases.detail(c.id).obligations.allSatisfy { $0.kind != .inzageAnswer })
        rt.press(.char("r"), .enter, .ctrl("u"))
        let received = rt.state.today.adding(days: -3)
        rt.type(received.dutch)
        rt.press(.enter)
        rt.type("Verzoek van de ouders om het dossier in te zien, per e-mail.")
        rt.press(.function(2))
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("antwoord uiterlijk") == true)
        let o = try #require(try service.cases.detail(c.id).obligations.first { $0.kind == .inzageAnswer })
        #expect(o.due == received.adding(months: 1), "AVG art. 12 lid 3: one month after receipt")
    }

    /// At an openbare school, "no view within the term" of a pupil's parents asks the day they were
    /// invited, as "invited, did not come" does: the term ran from it (it was recorded with a note
    /// alone, the day they were invited, a review). One of today is refused, and nothing recorded.
    @Test func parentsWithoutAViewAreAskedTheDayOfTheirInvitation() throws {
        let (rt, service, c) = try Self.openCase(CaseFlags())
        _ = try service.directory.setSchool(SchoolRecordChange(sector: .po, denomination: .openbaar)).value
        rt.send(.event(.tick))
        rt.press(.char("r"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self))
        let ids = picker.items.map(\.id)
        #expect(ids.contains("zienswijze-none-parents") && !ids.contains("zienswijze-none"), "\(ids)")
        for _ in 0..<(ids.firstIndex(of: "zienswijze-none-parents") ?? 0) { rt.press(.down) }
        rt.press(.enter)
        let prompt = try #require(rt.state.topScreen(PromptScreen.self))
        #expect(prompt.label.contains("Uitgenodigd op"), "\(prompt.label)")
        #expect(prompt.field.value.isEmpty, "the day of the invitation is typed, not assumed")
        rt.type(rt.state.today.dutch)
        rt.press(.enter)
        // Then the term's last day, before the note.
        #expect(rt.state.topScreen(PromptScreen.self)?.label.contains("Reageren kon tot en met") == true)
        rt.type(rt.state.today.dutch)
        rt.press(.enter)
        rt.type("Per brief uitgenodigd.")
        rt.press(.function(2))
        rt.press(.enter)
        #expect(
            rt.state.status?.text.contains("heeft de gelegenheid om een zienswijze te geven nog niet gehad") == true,
            "\(rt.state.status?.text ?? "")")
        #expect(try service.cases.detail(c.id).facts.allSatisfy { $0.kind != .zienswijze })
    }

    /// A removal revoked (the objection upheld) is recorded from `r` too, with why; the duty to find
    /// another school ends with it (it could only be ticked, then only with an entry, reviews).
    @Test func aRemovalIsRevokedFromTheCaseScreen() throws {
        let (rt, service, c) = try Self.openCase(CaseFlags())
        try service.cases.addEntry(c.id, kind: .meeting, body: "Hoorgesprek.", heard: [.teacher, .parents]).value
        try service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstig.", justification: "Zeer ernstig voorval.")
        ).value
        rt.send(.event(.tick))
        rt.press(.char("r"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self))
        #expect(Array(picker.items.map(\.id).prefix(2)) == ["accepted", "revoked"], "\(picker.items.map(\.id))")
        rt.press(.down, .enter, .enter)
        rt.type("Het bezwaar is gegrond verklaard; de verwijdering is herroepen.")
        rt.press(.function(2))
        rt.press(.enter)
        #expect(
            rt.state.status?.text.contains("Vastgelegd: Verwijdering herroepen") == true,
            "\(rt.state.status?.text ?? "")")
        let detail = try service.cases.detail(c.id)
        #expect(detail.facts.contains { $0.kind == .removalRevoked })
        #expect(detail.obligations.first { $0.kind == .otherSchool }?.isDone != false)
    }

    /// An employee's revocation of the consent to the dismissal was on the command line only (`r`
    /// offered nothing of it): now from the case screen while its term runs, and the case's rung
    /// goes back with it.
    @Test func anEmployeesConsentIsRevokedFromTheCaseScreen() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 120, height: 40)
        let staff = try #require(try service.directory.people(kinds: [.staff]).first)
        let incident = try service.intake.report(
            summary: "Bericht over een ouder online gezet.", platform: "Facebook", subjects: [staff.id]
        ).value
        let articles = try service.cases.triageContext(incident.id).articles
        let c = try service.cases.open(
            incident: incident.id, subject: staff.id, articles: [try #require(articles.first).id], severity: .severe
        ).value
        try service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .consent)
        ).value
        rt.press(.char(":"))
        rt.type("case \(c.number)")
        rt.press(.enter)
        // Not before the consent itself is recorded (it was offered, then refused, a review).
        rt.press(.char("r"))
        #expect(rt.state.topScreen(PickerScreen.self)?.items.contains { $0.id == "consent-revoked" } == false)
        rt.press(.escape)
        // The consent's day is asked, as `--on` (it was recorded with today's date, a review).
        rt.press(.char("o"))
        let duties = try #require(rt.state.topScreen(PickerScreen.self))
        let consent = try #require(
            duties.items.firstIndex { $0.label.contains("instemming van de werknemer") },
            "\(duties.items.map(\.label))")
        for _ in 0..<consent { rt.press(.down) }
        rt.press(.enter)
        let asked = try #require(rt.state.topScreen(PromptScreen.self))
        #expect(asked.label.contains("Datum op de instemming"), "\(asked.label)")
        // The day typed is the one taken: before the report it is refused as such.
        rt.press(.ctrl("u"))
        rt.type(service.session.today.adding(days: -2).dutch)
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("niet vóór de melding") == true, "\(rt.state.status?.text ?? "")")
        #expect(try service.cases.detail(c.id).facts.contains { $0.kind == .consentGiven } == false)
        try service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: service.session.today
        ).value
        rt.send(.event(.tick))
        while rt.state.topScreen(CaseScreen.self) == nil || rt.state.stack.last is PickerScreen
            || rt.state.stack.last is PromptScreen
        {
            rt.press(.escape)
        }
        rt.press(.char("r"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self))
        let at = try #require(picker.items.firstIndex { $0.id == "consent-revoked" }, "\(picker.items.map(\.id))")
        for _ in 0..<at { rt.press(.down) }
        rt.press(.enter, .enter)
        rt.type("Brief van de werknemer: instemming herroepen.")
        rt.press(.function(2))
        rt.press(.enter)
        #expect(
            rt.state.status?.text.contains("Vastgelegd: Instemming met de opzegging herroepen") == true,
            "\(rt.state.status?.text ?? "")")
        let detail = try service.cases.detail(c.id)
        #expect(detail.facts.contains { $0.kind == .consentRevoked })
        #expect(detail.record.rung != .dismissal)
    }

    @Test func aCourtCaseCanStartAfterTheCaseClosed() throws {
        let (rt, service, c) = try Self.openCase(CaseFlags())
        _ = try service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld met een gesprek.")
        rt.send(.event(.tick))
        #expect(rt.state.topScreen(CaseScreen.self)?.detail?.record.status == .closed)
        rt.press(.char("r"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self))
        // A closed case takes an inzage request too (it was refused on a closed case, a review).
        #expect(picker.items.map(\.id) == ["inzage", "court-started"])
        rt.press(.down, .enter, .enter)
        rt.type("Kort geding aangespannen door de ouders.")
        rt.press(.function(2))
        rt.press(.enter)
        #expect(rt.state.status?.text.contains("Rechtszaak begonnen") == true)
        #expect(try service.cases.detail(c.id).facts.contains { $0.kind == .courtCase && $0.value == "started" })
    }
}
