import Foundation
import Testing

/// `--json` for scripts: every key of a shape in every row, `null` where there is nothing (DESIGN
/// §7, "rung (rung id or null)"), and a command that changes a case gives it as `case show --json`
/// does. `rung` was missing from 4 of 9 rows of `case list --json`, and `case open --json` gave
/// `"options": null` and a Dutch `law` with `--lang en` (a review).
@Suite struct JSONShapeTests {
    @Test func everyRowHasEveryKeyAndAChangedCaseIsShownAsCaseShowShowsIt() throws {
        let cli = try CLI()
        try cli.ok("demo", "--no-tui", "--db", cli.db)
        for list in [["case", "list"], ["people", "list"], ["incident", "list"], ["audit", "--limit", "50"]] {
            let result = try cli.run(list + ["--json", "--db", cli.db])
            let rows = try #require(result.json as? [[String: Any]], "\(list): \(result.err)")
            let keys = Set(rows.first.map { Array($0.keys) } ?? [])
            #expect(
                rows.count > 1 && rows.allSatisfy { Set($0.keys) == keys }, "\(list): \(rows.map { $0.keys.sorted() })")
        }
        let cases = try #require(try cli.ok("case", "list", "--json", "--db", cli.db).json as? [[String: Any]])
        #expect(cases.contains { $0["rung"] is NSNull }, "a case without a rung says null")
        // A case opened: as `case show --json` gives it, in the language asked for.
        let pupils = try #require(
            try cli.run(["people", "list", "--kind", "pupil", "--json", "--db", cli.db]).json as? [[String: Any]])
        let pupil = String(try #require(pupils.first?["id"] as? Int))
        let report = try cli.run([
            "incident", "add", "--subject", pupil, "--summary", "Filmpje.", "--json", "--db", cli.db,
        ])
        let incident = String(try #require((report.json as? [String: Any])?["id"] as? Int))
        let opened = try cli.run([
            "--lang", "en", "case", "open", "--incident", incident, "--subject", pupil, "--article", "3A.8",
            "--severity", "light", "--json", "--db", cli.db,
        ])
        #expect(opened.code == 0, "\(opened.err)")
        let changed = try #require(opened.json as? [String: Any])
        let number = try #require(changed["number"] as? String)
        let shown = try #require(
            try cli.run(["--lang", "en", "case", "show", number, "--json", "--db", cli.db]).json as? [String: Any])
        #expect(Set(changed.keys) == Set(shown.keys))
        #expect(changed["options"] is [Any], "\(String(describing: changed["options"]))")
        #expect(changed["law"] as? String == shown["law"] as? String)
        #expect((changed["law"] as? String)?.contains("primary") == true, "\(String(describing: changed["law"]))")
    }
}
