@testable import CasusCore
import Testing
import CasusTestSupport

@Suite struct ShippedProfileTests {
    @Test func allFiveSeedProfilesLoad() throws {
        #expect(
            try Fixtures.profiles.profiles.map(\.id).sorted() == [
                "cbo-meilan", "jozefschool", "koe-troubadour", "konot", "schoolwerkplaats",
            ])
    }

    @Test func profilesWithoutASanctionsSectionUseTheDefaultLaddersAndSaySo() {
        for id in ["schoolwerkplaats", "konot"] {
            let p = Fixtures.profile(id)
            #expect(p.ladders.isDefault)
            #expect(p.ladders.pupil == [.warning, .suspension, .removal])
            #expect(p.ladders.staff == [.warning, .reprimand, .suspension, .dismissal, .summaryDismissal])
            #expect(p.ladders.source.contains("standaard"))
        }
    }

    @Test func jozefschoolHasItsArticlesAndMandatoryAangifte() {
        let p = Fixtures.profile("jozefschool")
        for id in ["A.1", "A.5", "A.7", "B.1", "B.3", "C.1", "C.3", "S.5"] {
            #expect(p.article(id) != nil, "missing \(id)")
        }
        #expect(p.article("A.5")!.text.contains("foto-, film- en geluidsopnamen"))
        #expect(p.escalations.aangifte == .mandatory)
        #expect(p.ladders.pupil == [.warning, .suspension, .removal])
    }

    @Test func staffOrderOfTheSeedsDiffersFromTheLawAndCasusFollowsTheLaw() {
        let p = Fixtures.profile("jozefschool")
        #expect(p.ladders.staff == [.warning, .suspension, .reprimand, .dismissal, .summaryDismissal])
        #expect(
            LegalOrder.effective(p.ladders.staff, kind: .staff) == [
                .warning, .reprimand, .suspension, .dismissal, .summaryDismissal,
            ])
        let diff = LegalOrder.differences(p.ladders.staff, kind: .staff)
        #expect(diff.count == 1)
        #expect(diff[0].nl.contains("CAO PO") && diff[0].nl.contains("casus volgt de cao"))
        // A school's case cites its own sector's cao: a VO school's cited the CAO PO (a review).
        let vo = LegalOrder.differences(p.ladders.staff, kind: .staff, sector: .vo)
        #expect(vo[0].nl.contains("De CAO VO rangschikt") && !vo[0].nl.contains("CAO PO"), "\(vo[0].nl)")
        #expect(
            LegalOrder.differences(p.ladders.staff, kind: .staff, sector: .po)[0].nl.contains("De CAO PO rangschikt"))
    }

    @Test func koeHasTheVertrouwensinspecteurTheGroupResponseAndOptionalAangifte() {
        let p = Fixtures.profile("koe-troubadour")
        #expect(p.escalations.vertrouwensinspecteur?.phone == "0900-1113111")
        #expect(p.escalations.vertrouwensinspecteur?.qualifiedBy == [.director, .board])
        #expect(p.escalations.aangifte == .optional)
        #expect(p.groupResponse?.levels.map(\.scope) == [.smallGroup, .class, .severalGroups])
        #expect(p.ladders.pupil.first == .deviceCustody)
        #expect(p.measures.map(\.id) == ["remove-posts"])
    }

    @Test func meilanHasThePhoneRuleEmailWithdrawalAndTheBoardQualifies() {
        let p = Fixtures.profile("cbo-meilan")
        let phone = p.offenceRules.first { $0.id == "phone" }!
        #expect(phone.steps.map(\.rung) == [.deviceCustody, .deviceCustody, .deviceCustody])
        #expect(phone.step(forOffence: 7)?.count == 3)
        #expect(phone.steps[1].obligations == [.informParents])
        #expect(p.measures.contains { $0.id == "email-withdrawal" })
        #expect(p.escalations.vertrouwensinspecteur?.qualifiedBy == [.board])
        #expect(p.escalations.informParents == .everySanction)
        #expect(p.escalations.aangifte == .mandatory)
    }

    @Test func everyArticleIsQuotedTitledAndCited() throws {
        for p in try Fixtures.profiles.profiles {
            for a in p.articles {
                #expect(!a.text.isEmpty && a.title.count <= 48 && !a.cite.isEmpty, "\(p.id) \(a.id)")
                if a.conduct {
                    #expect(!a.appliesTo.isEmpty && a.severity != nil && a.words.count >= 10, "\(p.id) \(a.id)")
                } else {
                    #expect(a.severity == nil && a.words.isEmpty && a.why != nil, "\(p.id) \(a.id)")
                }
            }
            #expect(p.articles.filter(\.general).count == 1, "\(p.id)")
        }
    }

    /// Sanction clauses, procedures and awareness statements cannot be chosen as breached.
    @Test func sanctionClausesAndProceduresAreNotConduct() {
        let notConduct = [
            "jozefschool": ["A.1", "A.2", "B.1", "B.2", "B.3", "S.1", "S.2", "S.3", "S.4", "S.5"],
            "konot": ["1", "7", "8", "9", "10"],
            "schoolwerkplaats": ["C.4", "M.2", "M.3", "M.4"],
            "koe-troubadour": ["3A.3", "3A.4", "3A.9", "3A.10", "3A.11", "3B.2", "3B.4", "3B.5", "3D.1", "3D.7"],
            "cbo-meilan": ["I.8", "E.1", "G.3", "G.4", "W.2", "W.3", "SA.1", "EM.1", "SM.6", "MT.1", "MT.3", "T.3"],
        ]
        for (id, articles) in notConduct {
            let p = Fixtures.profile(id)
            for a in articles { #expect(p.article(a)?.conduct == false, "\(id) \(a)") }
        }
        // The school's own duties bind nobody.
        #expect(Fixtures.profile("konot").article("10")?.appliesTo.isEmpty == true)
        #expect(Fixtures.profile("koe-troubadour").article("3A.10")?.appliesTo.isEmpty == true)
    }

    @Test func citesAreHowTheSchoolNumbersItsRules() {
        #expect(Fixtures.profile("schoolwerkplaats").article("L.4")?.cite == "richtlijn 4 voor leerlingen")
        #expect(Fixtures.profile("schoolwerkplaats").article("L.4")?.citeWithID == "richtlijn 4 voor leerlingen (L.4)")
        #expect(Fixtures.profile("konot").article("3")?.citeWithID == "richtlijn 3")
        #expect(Fixtures.profile("cbo-meilan").article("G.5")?.citeWithID == "afspraak 5 (Gebruikers; G.5)")
        #expect(Fixtures.profile("jozefschool").article("A.5")?.citeWithID == "richtlijn A.5")
    }

    @Test func aLetterNamesOnlyTheNextRungByDefault() {
        let p = Fixtures.profile("jozefschool")
        #expect(p.ladders.consequences(for: .pupil, after: .warning) == [.suspension])
        #expect(p.ladders.consequences(for: .pupil, after: nil) == [.warning])
        #expect(p.ladders.consequences(for: .pupil, after: .removal) == [])
        #expect(p.ladders.consequences(for: .staff, after: .warning) == [.reprimand])
        // Meilân's pupil ladder has side measures after the warning; the next rung on the ladder is
        // the suspension.
        #expect(Fixtures.profile("cbo-meilan").ladders.consequences(for: .pupil, after: .warning) == [.suspension])
    }
}

@Suite struct ProfileValidationTests {
    static let valid = """
        id: test
        name: Testschool
        document: Protocol
        articles:
          - id: A.1
            title: Geen opnamen
            text: Het is niet toegestaan.
            applies_to: [pupil]
            severity: medium
            conduct: true
            cite: artikel A.1
        ladders:
          source: waarschuwing, schorsing en verwijdering
          pupil: [warning, suspension, removal]
          parent: [warning, suspension, removal]
          staff: [warning, reprimand, suspension, dismissal]
        """

    func refusal(_ text: String) -> CasusError? {
        do {
            _ = try ProfileLoader.load(file: "Config/protocols/test.yaml", text: text)
            return nil
        } catch let e as CasusError {
            return e
        } catch {
            return CasusError(.storage, Phrase(verbatim: "\(error)"))
        }
    }

    @Test func theValidProfileLoads() throws {
        let p = try ProfileLoader.load(file: "Config/protocols/test.yaml", text: Self.valid)
        #expect(p.articles.count == 1)
    }

    /// A character a terminal obeys, or one that turns the writing direction, in a profile's text is
    /// refused at its line when the profile is read (only a letter made from it was refused, without
    /// naming the profile, a review).
    @Test(arguments: [
        ("title: Geen opnamen", "title: \"Geen\\e[31m opnamen\"", "test.yaml:6", "stuurteken (U+001B)"),
        ("name: Testschool", "name: \"Test\\u202Eschool\"", "test.yaml:2", "teken 5"),
        ("text: Het is niet toegestaan.", "text: \"Het is\\a niet toegestaan.\"", "test.yaml:7", "U+0007"),
        ("applies_to: [pupil]", "applies_to: [pupil]\n    words: [\"film\\e]52;c;eA==\\a\"]", "test.yaml:9", "U+001B"),
    ])
    func aControlCharacterIsRefusedWithItsLine(_ old: String, _ new: String, _ at: String, _ what: String) {
        let e = refusal(Self.valid.replacingOccurrences(of: old, with: new))
        #expect(e?.location?.hasSuffix(at) == true, "\(String(describing: e))")
        #expect(e?.message.nl.contains(what) == true, "\(String(describing: e))")
    }

    @Test func anUnknownKeyIsRefusedWithItsLine() {
        let e = refusal(
            Self.valid.replacingOccurrences(
                of: "    severity: medium", with: "    severity: medium\n    severty: light"))
        #expect(e?.location == "Config/protocols/test.yaml:10")
        #expect(e?.message.en.contains("unknown key 'severty'") == true)
    }

    @Test func aDuplicateArticleIsRefused() {
        let dup = Self.valid.replacingOccurrences(
            of: "ladders:",
            with: """
                  - id: A.1
                    title: Nog eens
                    text: Dubbel.
                    applies_to: [pupil]
                    severity: light
                    conduct: true
                    cite: artikel A.1
                ladders:
                """)
        let e = refusal(dup)
        #expect(e?.message.en.contains("article 'A.1' appears twice") == true)
        #expect(e?.location == "Config/protocols/test.yaml:12")
    }

    @Test func aRungAfterRemovalIsRefused() {
        let e = refusal(
            Self.valid.replacingOccurrences(
                of: "  pupil: [warning, suspension, removal]", with: "  pupil: [warning, removal, suspension]"))
        #expect(e?.message.en.contains("ladder ends with its heaviest measure") == true)
        #expect(e?.location == "Config/protocols/test.yaml:14")
    }

    @Test func aStaffRungOnAPupilLadderIsRefused() {
        let e = refusal(
            Self.valid.replacingOccurrences(
                of: "  pupil: [warning, suspension, removal]", with: "  pupil: [warning, reprimand, removal]"))
        #expect(e?.message.en.contains("unknown value 'reprimand'") == true)
    }

    @Test func aReferenceToAMissingArticleIsRefused() {
        let e = refusal(Self.valid + "\nescalations:\n  aangifte: mandatory\n  aangifte_source: Z.9\n")
        #expect(e?.message.en.contains("article 'Z.9', which does not exist") == true)
        #expect(e?.location == "Config/protocols/test.yaml:19")
    }

    @Test func brokenYamlIsRefusedWithItsLine() {
        let e = refusal(Self.valid.replacingOccurrences(of: "name: Testschool", with: "name: [Testschool"))
        #expect(e?.message.en.contains("not valid YAML") == true)
        #expect(e?.location?.hasPrefix("Config/protocols/test.yaml:") == true)
    }

    @Test func theIdMustMatchTheFileName() {
        let e = refusal(Self.valid.replacingOccurrences(of: "id: test", with: "id: other"))
        #expect(e?.message.en.contains("differs from the file name") == true)
    }

    @Test func offenceStepsMustCountUp() {
        let e = refusal(
            Self.valid + """

                offence_rules:
                  - id: phone
                    title: Telefoon
                    articles: [A.1]
                    steps:
                      - count: 1
                        rung: device-custody
                        detail: Einde dag
                      - count: 3
                        rung: device-custody
                        detail: Langer
                """)
        #expect(e?.message.en.contains("found 3 after 1") == true)
    }

    @Test func aNonConductArticleHasNoSeverity() {
        let e = refusal(Self.valid.replacingOccurrences(of: "    conduct: true", with: "    conduct: false"))
        #expect(e?.message.en.contains("severity belongs only to a rule of conduct") == true)
        #expect(e?.location == "Config/protocols/test.yaml:9")
    }

    @Test func conductAndCiteAreRequired() {
        let e = refusal(Self.valid.replacingOccurrences(of: "    conduct: true\n", with: ""))
        #expect(e?.message.en.contains("key 'conduct' is missing") == true)
        let c = refusal(Self.valid.replacingOccurrences(of: "    cite: artikel A.1\n", with: ""))
        #expect(c?.message.en.contains("key 'cite' is missing") == true)
    }

    @Test func aProfileWithoutConductIsRefused() {
        let e = refusal(
            Self.valid.replacingOccurrences(of: "    severity: medium\n    conduct: true", with: "    conduct: false"))
        #expect(e?.message.en.contains("no article has conduct: true") == true)
    }

    @Test func letterConsequencesAreReadPerLadder() throws {
        let text = Self.valid.replacingOccurrences(
            of: "  staff: [warning, reprimand, suspension, dismissal]",
            with:
                "  staff: [warning, reprimand, suspension, dismissal]\n  letter_consequences:\n    pupil: none\n    parent: [suspension, removal]"
        )
        let p = try ProfileLoader.load(file: "Config/protocols/test.yaml", text: text)
        #expect(p.ladders.consequences(for: .pupil, after: .warning) == [])
        // A parent is not suspended: the document's suspension is read as the access ban (LegalOrder).
        #expect(p.ladders.consequences(for: .parent, after: .warning) == [.accessBan, .removal])
        #expect(p.ladders.consequences(for: .staff, after: .warning) == [.reprimand])
        let e = refusal(text.replacingOccurrences(of: "pupil: none", with: "pupil: everything"))
        #expect(e?.message.en.contains("unknown value 'everything'") == true)
    }
}
