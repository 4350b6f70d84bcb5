@testable import CasusCore
import Testing
import CasusTestSupport

@Suite struct ShippedProfileTests {
    @Test func allFiveSeedProfilesLoad() {
        #expect(
            Fixtures.profiles.profiles.map(\.id).sorted() == [
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
        #expect(diff[0].nl.contains("CAO PO"))
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

    @Test func everyArticleIsQuotedAndTitled() {
        for p in Fixtures.profiles.profiles {
            for a in p.articles {
                #expect(!a.text.isEmpty && a.title.count <= 48 && !a.appliesTo.isEmpty, "\(p.id) \(a.id)")
            }
        }
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
                ladders:
                """)
        let e = refusal(dup)
        #expect(e?.message.en.contains("article 'A.1' appears twice") == true)
        #expect(e?.location == "Config/protocols/test.yaml:10")
    }

    @Test func aRungAfterRemovalIsRefused() {
        let e = refusal(
            Self.valid.replacingOccurrences(
                of: "  pupil: [warning, suspension, removal]", with: "  pupil: [warning, removal, suspension]"))
        #expect(e?.message.en.contains("ladder ends with its heaviest measure") == true)
        #expect(e?.location == "Config/protocols/test.yaml:12")
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
        #expect(e?.location == "Config/protocols/test.yaml:17")
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
}
