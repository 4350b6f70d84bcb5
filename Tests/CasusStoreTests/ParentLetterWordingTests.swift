import CasusCore
import CasusTestSupport
import Testing

/// What letters to parents and to the Inspectie say, as a parents' lawyer read them (a review):
/// a warning that threatened itself, a Leerplichtwet rule told to an adult, the teacher's hearing
/// cited for the parents', and a report to the Inspectie with an empty line.
@Suite struct ParentLetterWordingTests {
    static let letters = Fixtures.letters

    func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// The written warning is the warning: in a case that has not taken it, the letter is refused
    /// pointing to the step; once taken, it names what lies above the warning, not the warning.
    @Test func aWarningLetterIsTheWarningAndNamesWhatComesAfterIt() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16", record: SchoolRecordChange(sector: .po, denomination: .openbaar))
        let (pupil, _) = try school.pupil("Roos", "Vos", group: "6", parent: "Rik Vos", born: "2015-05-01")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
        let t = try Self.letters.require("waarschuwing")
        let refused = refusal { _ = try school.service.letters.drafts(case: c.id, template: t) }
        #expect(refused?.message.nl.contains("maakt een besluit bekend dat zaak \(c.number) niet heeft") == true)
        #expect(refused?.hint?.nl.contains("casus case step \(c.number) --to warning") == true)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")).value
        let letter = words(try school.service.letters.draft(case: c.id, template: t))
        #expect(letter.contains("Daarom geven wij Roos hierbij een schriftelijke waarschuwing."), "\(letter)")
        #expect(letter.contains("dan kan dat leiden tot een schorsing."), "\(letter)")
        #expect(!letter.contains("leiden tot een schriftelijke waarschuwing"), "\(letter)")
    }

    /// A letter for a measure the school's ladder does not have says so: the time-out letter pointed to
    /// `case step --to time-out`, which the ladder then refused (a review).
    @Test func aLetterForARungTheLadderLacksSaysSo() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Noah", "Vos", group: "6", parent: "Rik Vos", born: "2015-05-01")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        let refused = refusal {
            _ = try school.service.letters.drafts(case: c.id, template: try Self.letters.require("time-out"))
        }
        #expect(
            refused?.message.nl.contains("dat niet op de ladder van deze zaak staat") == true,
            "\(String(describing: refused))")
        #expect(refused?.hint?.nl.contains("case step") == false)
        // An employee's ordemaatregel is taken on top of any ladder: its letter waits for the step,
        // and says so (it was refused as a measure the protocol lacks, a review).
        let member = try school.staff("Karin", "Terpstra")
        let staffCase = try school.openCase(about: member, articles: ["A.5"])
        let first = refusal {
            _ = try school.service.letters.drafts(
                case: staffCase.id, template: try Self.letters.require("ordemaatregel"))
        }
        #expect(first?.hint?.nl.contains("--to precautionary-suspension") == true, "\(String(describing: first))")
    }

    /// Lpw art. 11 onder c makes a suspension geoorloofd verzuim for whom the Leerplichtwet binds:
    /// a letter to a pupil of 18 said so beside the removal letter's "de Leerplichtwet geldt niet
    /// meer voor je".
    @Test func anAdultsSuspensionLetterDoesNotCiteTheLeerplichtwet() throws {
        for (born, adult) in [("2008-06-01", true), ("2011-06-01", false)] {
            let school = try TestSchool(
                protocol: "jozefschool", on: "2026-11-16",
                record: SchoolRecordChange(sector: .vo, denomination: .openbaar))
            let (pupil, _) = try school.pupil("Lars", "Vos", group: "5", parent: "Rik Vos", born: born)
            let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
            try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")).value
            try school.service.cases.step(
                c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2, urgency: "Veiligheid.")
            ).value
            let drafts = try school.service.letters.drafts(
                case: c.id, template: try Self.letters.require("schorsingsbesluit"))
            for d in drafts {
                let letter = words(d.body)
                #expect(letter.contains("geoorloofd verzuim") == !adult, "\(born): \(letter)")
            }
        }
    }

    /// The invitation to the parents cites their own hearing: WPO art. 40 lid 11 is the teacher's.
    @Test func theInvitationToTheParentsCitesTheirOwnHearing() throws {
        let cases: [(Denomination, String)] = [(.openbaar, "Awb art. 4:8"), (.bijzonder, "WPO art. 63 lid 2")]
        for (denomination, source) in cases {
            let school = try TestSchool(
                protocol: "jozefschool", on: "2026-11-16",
                record: SchoolRecordChange(sector: .po, denomination: denomination))
            let (pupil, _) = try school.pupil("Daan", "Vos", group: "6", parent: "Rik Vos", born: "2015-05-01")
            let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
            let letter = words(
                try school.service.letters.draft(
                    case: c.id, template: try Self.letters.require("uitnodiging-hoorgesprek")))
            #expect(
                letter.contains("wil het u horen. Dat schrijft de wet voor (\(source))"), "\(denomination): \(letter)")
            #expect(!letter.contains("WPO art. 40 lid 11"), "\(letter)")
        }
    }

    /// Parents at two addresses get a letter each, and casus records the parents heard together:
    /// the father who did not come read "U bent gehoord op 5 december" (a review). A letter to one
    /// of two households asks the director whom; one to parents living together says it as before.
    @Test func aParentLivingApartIsNotToldTheyWereHeard() throws {
        for apart in [true, false] {
            let (school, _, c) = try TestSchool.removalOfDaan(on: "2026-11-16", apart: apart)
            let drafts = try school.service.letters.drafts(
                case: c.id, template: try Self.letters.require("verwijderingsbesluit"))
            #expect(drafts.count == (apart ? 2 : 1))
            for d in drafts {
                let letter = words(d.body)
                #expect(letter.contains("U bent gehoord op") == !apart, "\(apart): \(letter)")
                #expect(letter.contains("[welke ouder of ouders; is de andere ouder uitgenodigd?]") == apart)
                // Nor asked what "u" said at the hearing (reviews of this fix).
                #expect(letter.contains("[Wat u in het hoorgesprek naar voren bracht") == !apart, "\(letter)")
            }
        }
    }

    /// The report of a removal to the Inspectie names no school that admits the pupil before one
    /// does, and goes to none of the family.
    @Test func theInspectiesReportHasNoEmptyLineAndNoParentAsAddressee() throws {
        let (school, _, c) = try TestSchool.removalOfDaan(on: "2026-11-16", apart: false)
        let drafts = try school.service.letters.drafts(
            case: c.id, template: try Self.letters.require("melding-inspectie"))
        #expect(drafts.count == 1)
        #expect(!drafts[0].body.contains("Toegelaten door"), "\(drafts[0].body)")
        #expect(drafts[0].addressees.isEmpty && drafts[0].body.contains("Aan de Inspectie van het Onderwijs"))
    }
}
