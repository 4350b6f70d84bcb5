import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// What the letters say, as an employee, the police and the inspectie read them (a review of the
/// letters' words).
@Suite struct LetterWordsTests {
    /// The registered voornemen was filed in a case with only an informal warning: "Voorgenomen
    /// maatregel: waarschuwing (informeel)" and "uiterlijk op ." with no day to respond by.
    @Test func theVoornemenIsWrittenOnlyOfAVoornemenAndNamesTheDayToRespondBy() throws {
        let (school, _, c) = try LawWalkTests.staffCase()
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        let t = try Fixtures.letters.require("voornemen-maatregel")
        let refused = refusal { _ = try school.service.letters.drafts(case: c.id, template: t) }
        #expect(
            refused?.message.nl.contains("maakt een voornemen bekend (schriftelijke berisping of schorsing)") == true,
            "\(String(describing: refused))")
        #expect(refused?.hint?.nl.contains("casus case step 2026-0001 --to reprimand") == true)
        school.clock.set("2026-11-17", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Opnieuw.", facts: "Bericht."))
            .value
        let body = try #require(try school.service.letters.drafts(case: c.id, template: t).first).body
        let flat = ObjectionHearingInvitationTests.flat(body)
        #expect(flat.contains("Voorgenomen maatregel: schriftelijke berisping"), "\(body)")
        #expect(flat.range(of: #"uiterlijk op \d+ \w+ 20\d\d\."#, options: .regularExpression) != nil, "\(body)")
    }

    /// The record of an aangifte named the protocol's source ("Stichting KOE / De Troubadour") as
    /// the school's board; the phone note to the vertrouwensinspecteur and the breach assessment,
    /// filed for good, told the director which casus command to run.
    @Test func documentsForThePoliceAndTheDossierNameTheBoardAndNoCommand() throws {
        let school = try TestSchool(
            protocol: "koe-troubadour", on: "2026-11-16", record: SchoolRecordChange(boardName: "Stichting Klimop"))
        let teacher = try school.staff("Ilse", "Postma")
        let c = try school.openCase(about: teacher, articles: ["3A.8"], severity: .severe)
        let aangifte = try school.service.letters.drafts(
            case: c.id, template: try Fixtures.letters.require("aangifte"))[0].body
        #expect(aangifte.contains("Bevoegd gezag:     Stichting Klimop"), "\(aangifte)")
        #expect(!aangifte.contains(school.profile.name))
        for id in ["telefoonnotitie-vertrouwensinspecteur", "datalek-beoordeling"] {
            let text = try school.service.letters.drafts(case: c.id, template: try Fixtures.letters.require(id))[0]
                .body
            #expect(!text.contains("`casus"), "\(id): \(text)")
        }
    }
}
