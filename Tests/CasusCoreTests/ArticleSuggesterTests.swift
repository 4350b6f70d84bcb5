@testable import CasusCore
import Foundation
import Testing
import CasusTestSupport

/// One report of the triage corpus: what a teacher, parent or director wrote, and the article a
/// careful director would tick first.
struct TriageReport: Sendable {
    var text: String
    var platform: String?
    var subject: SubjectKind
    var expect: String
    var also: [String]

    /// The reports of one fixture file (Tests/CasusCoreTests/Fixtures/triage/...).
    static func load(_ relative: String) throws -> [TriageReport] {
        let path = Fixtures.root + "/Tests/CasusCoreTests/Fixtures/triage/" + relative
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let root = try YAMLReader(file: path).root(text).map()
        _ = root.optional("profile")
        let reports = try root.required("reports").list().map { item in
            let m = try item.map()
            let r = TriageReport(
                text: try m.required("text").nonEmptyString(),
                platform: try m.optional("platform").flatMap { v in
                    let s = try v.string()
                    return s == "null" || s.isEmpty ? nil : s
                },
                subject: try m.required("subject").oneOf(SubjectKind.self, allowed: SubjectKind.allCases),
                expect: try m.required("expect").nonEmptyString(),
                also: try m.optional("also")?.strings() ?? [])
            try m.finish()
            return r
        }
        try root.finish()
        return reports
    }
}

/// How often the suggester's first proposal, and its first three, hold the expected article.
struct TriageFigures: CustomStringConvertible {
    var profile: String
    var count = 0
    var first = 0
    var topThree = 0
    var misses: [String] = []

    var firstShare: Double { count == 0 ? 0 : Double(first) / Double(count) }
    var topThreeShare: Double { count == 0 ? 0 : Double(topThree) / Double(count) }

    var description: String {
        func pct(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
        return
            "\(profile): \(count) reports; first right \(first)/\(count) = \(pct(firstShare)); in the first three \(topThree)/\(count) = \(pct(topThreeShare))"
    }

    static func measure(_ profile: ProtocolProfile, _ reports: [TriageReport]) -> TriageFigures {
        let suggester = ArticleSuggester(profile: profile)
        var f = TriageFigures(profile: profile.id)
        for r in reports {
            let ranked = suggester.rank(summary: r.text, platform: r.platform, kinds: [r.subject]).map(\.id)
            f.count += 1
            if ranked.first == r.expect {
                f.first += 1
            } else {
                f.misses.append("\(r.expect) ← \(ranked.prefix(3)): \(r.text)")
            }
            if ranked.prefix(3).contains(r.expect) { f.topThree += 1 }
        }
        return f
    }
}

@Suite struct ArticleSuggesterTests {
    static let profiles = ["schoolwerkplaats", "konot", "jozefschool", "koe-troubadour", "cbo-meilan"]

    /// The development part of the corpus (about 80% of each profile's reports).
    @Test(arguments: profiles) func firstSuggestionIsRightOnTheCorpus(_ id: String) throws {
        let reports = try TriageReport.load("\(id).yaml")
        #expect(reports.count >= 40)
        let f = TriageFigures.measure(Fixtures.profile(id), reports)
        print("triage corpus (development) — \(f)")
        #expect(f.firstShare >= 0.85, "\(f)\n\(f.misses.joined(separator: "\n"))")
        #expect(f.topThreeShare >= 0.95, "\(f)")
    }

    @Test func everyExpectedArticleIsAConductArticleThatBindsTheSubject() throws {
        for id in Self.profiles {
            let p = Fixtures.profile(id)
            for r in try TriageReport.load("\(id).yaml") {
                for a in [r.expect] + r.also {
                    #expect(p.article(a)?.binds(r.subject) == true, "\(id) \(a) for a \(r.subject): \(r.text)")
                }
            }
        }
    }

    @Test func onlyConductArticlesThatBindTheSubjectAreProposed() {
        let p = Fixtures.profile("jozefschool")
        let ranked = ArticleSuggester(profile: p).rank(
            summary: "Na de schorsing dreigde de vader met aangifte en sancties", platform: nil, kinds: [.parent])
        #expect(!ranked.isEmpty)
        for s in ranked {
            let a = p.article(s.id)!
            #expect(a.conduct && a.appliesTo.contains(.parent), "\(s.id)")
        }
        #expect(!ranked.map(\.id).contains("S.4"))
        #expect(!ranked.map(\.id).contains("A.6"))  // binds staff only
    }

    @Test func theGeneralArticleComesFirstWhenNothingSpecificIsSaid() {
        let p = Fixtures.profile("jozefschool")
        let ranked = ArticleSuggester(profile: p).rank(
            summary: "Zakaria stuurde Mehmet gisteren iets naars", platform: "WhatsApp", kinds: [.pupil])
        #expect(ranked.first?.id == "A.7")
    }

    @Test func suggestionsCarryTheSchoolsOwnNumber() {
        let p = Fixtures.profile("schoolwerkplaats")
        let top = ArticleSuggester.suggest(
            summary: "Lotte heeft een filmpje van Sanne gemaakt en op haar story gezet", platform: "Snapchat",
            articles: p.articles, kinds: [.pupil])
        #expect(top.first?.id == "L.4")
        #expect(top.first?.cite == "richtlijn 4 voor leerlingen")
    }

    @Test func dutchInflectionsMeetTheirStem() {
        for (a, b) in [("filmpje", "filmen"), ("gefilmd", "film"), ("filmde", "filmen"), ("berichtjes", "bericht")] {
            #expect(DutchText.match(DutchText.stem(a), DutchText.stem(b)) > 0, "\(a) \(b)")
        }
        #expect(DutchText.tokens("Zoë's foto’s") == ["zoe", "s", "foto", "s"])
        #expect(DutchText.match("doodsbedreig", "bedreig") > 0)
        #expect(DutchText.match("film", "filosofie") == 0)
    }
}
