import CasusCore
import CasusTestSupport
import Testing

/// What the staff letters say of what is not established: a warning's letter before the employee
/// was heard said "Dit is in strijd met …" of a report not yet put to them, a reproach kept in the
/// personnel file; an ordemaatregel's letter banned all contact with colleagues, on no basis given,
/// which kept the employee from naming witnesses (a legal review).
@Suite struct StaffWarningLetterTests {
    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func aWarningBeforeTheHearingSaysWhatTheReportDescribes() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-12-03")
        let teacher = try school.staff("Piet", "Smit")
        let c = try school.openCase(about: teacher, articles: ["3A.8"], summary: "Zou een foto hebben geplaatst.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto van een leerling.")).value
        let warning = try Fixtures.letters.require("waarschuwing")
        let unheard = Self.words(try school.service.letters.draft(case: c.id, template: warning))
        #expect(unheard.contains("U bent hierover nog niet gehoord. Klopt wat de melding beschrijft"), "\(unheard)")
        #expect(unheard.contains("onder voorbehoud van wat u ons over het voorval vertelt"), "\(unheard)")
        #expect(!unheard.contains("Dit is in strijd met"), "\(unheard)")
        #expect(!unheard.contains("opnieuw niet"), "no breach assumed: \(unheard)")
        // Heard after the warning, before its letter: the letter no longer says "nog niet gehoord"
        // beside the meeting note in the same file (a review).
        try school.service.cases.addEntry(c.id, kind: .meeting, body: "Zij erkent het.", heard: [.employee]).value
        let later = Self.words(try school.service.letters.draft(case: c.id, template: warning))
        #expect(!later.contains("nog niet gehoord") && later.contains("Dit is in strijd met"), "\(later)")

        // Heard first, then warned: the letter states it, and says when they talked.
        let second = try school.openCase(about: teacher, articles: ["3A.8"], summary: "Weer een foto geplaatst.")
        try school.service.cases.addEntry(second.id, kind: .meeting, body: "Gehoord.", heard: [.employee]).value
        try school.service.cases.step(second.id, StepRequest(rung: .warning, reason: "Weer een foto.")).value
        let heard = Self.words(try school.service.letters.draft(case: second.id, template: warning))
        #expect(heard.contains("Dit is in strijd met de volgende afspraken"), "\(heard)")
        #expect(heard.contains("Wij hebben dit op 3 december 2026 met u besproken"), "\(heard)")
        #expect(!heard.contains("nog niet gehoord"), "\(heard)")
    }

    @Test func anOrdemaatregelAsksNoSilenceTowardsColleagues() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-12-03")
        let teacher = try school.staff("Piet", "Smit")
        let c = try school.openCase(about: teacher, articles: ["3A.8"], severity: .severe)
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek naar de foto's.", days: 14,
                startDate: Fixtures.date("2026-12-08"), urgency: "Direct nodig: onderzoek.")
        ).value
        let text = Self.words(
            try school.service.letters.draft(case: c.id, template: try Fixtures.letters.require("ordemaatregel")))
        #expect(!text.contains("collega's over deze zaak"), "\(text)")
        #expect(
            text.contains(
                "Contact met een raadsman, uw vakbond, de vertrouwenspersoon en de bedrijfsarts staat u vrij"),
            "\(text)")
    }
}
