import Foundation
import Testing

/// Every list takes `--limit` and `--offset`, and its `--json` is written row by row: the same
/// array the whole list gives, in pages, never the whole list in memory (issue 18).
@Suite struct ListWindowTests {
    func numbers(_ json: Any?) -> [String] {
        (json as? [[String: Any]])?.compactMap { $0["number"] as? String } ?? []
    }

    /// The largest window a number can say, and counts a bench cannot make, are answered, not
    /// crashed on: `users list --limit 9223372036854775807 --offset 1` stopped with an arithmetic
    /// overflow, and `bench append --count -1` with a fatal error (a review).
    @Test func theLargestNumbersAreAnsweredNotCrashedOn() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        let users = try cli.run(["--db", db, "users", "list", "--limit", "9223372036854775807", "--offset", "1"])
        #expect(users.code == 0, "\(users.err)")
        for count in ["-1", "0", "9223372036854775807"] {
            let bench = try cli.run(["--db", db, "bench", "append", "--count", count])
            #expect(
                bench.code == 64 && bench.err.contains("geef een aantal van 1 tot en met"), "\(count): \(bench.err)")
        }
        let dossiers = try cli.run(["--db", db, "bench", "append", "--dossiers", "-2"])
        #expect(dossiers.code == 64, "\(dossiers.err)")
    }

    /// A teacher's `incident list` is its own reports with their status; `--mine` gives a
    /// director the same of its own.
    @Test func aTeacherListsItsOwnReports() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        let pupil = try #require(
            (try cli.ok("--db", db, "people", "list", "--kind", "pupil", "--json", "--limit", "1").json
                as? [[String: Any]])?.first?["id"] as? Int)
        func teacher(_ args: String...) throws -> String {
            let r = try cli.run(["--db", db, "--as", "demo-leerkracht"] + args)
            #expect(r.code == 0, "\(args): \(r.err)")
            return r.out
        }
        #expect(try teacher("incident", "list").isEmpty)
        // Said in words beside the rows (none on standard output, for a script): an empty screen
        // read as a command that did nothing.
        let none = try cli.run(["--db", db, "--as", "demo-leerkracht", "incident", "list"])
        #expect(none.err.contains("Geen meldingen."), "\(none.err)")
        let past = try cli.run(["--db", db, "case", "list", "--offset", "1000"])
        #expect(past.code == 0 && past.out.isEmpty && past.err.contains("Geen zaken meer na de eerste 1000."))
        // A report whose one case is closed is settled (the demo's report 8, case 2026-0009).
        let settled = try cli.ok("--db", db, "incident", "list").out.split(separator: "\n")
        #expect(settled.contains { $0.hasPrefix("8 ") && $0.contains("afgehandeld") }, "\(settled)")
        _ = try teacher("incident", "add", "--summary", "Filmpje van de gymles", "--subject", "\(pupil)")
        let own = try teacher("incident", "list")
        #expect(own.contains("nieuw") && own.contains("Filmpje van de gymles"), "\(own)")
        #expect(own.split(separator: "\n").count == 1)
        #expect(try cli.ok("--db", db, "incident", "list", "--mine").out.isEmpty, "the director filed none itself")
    }

    @Test func aWindowIsASliceOfTheWholeListInTheSameOrder() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        let all = numbers(try cli.ok("--db", db, "case", "list", "--json").json)
        #expect(all.count > 4)
        #expect(Set(all).count == all.count)
        let window = numbers(try cli.ok("--db", db, "case", "list", "--json", "--offset", "1", "--limit", "3").json)
        #expect(window == Array(all[1..<4]))
        let past = try cli.ok("--db", db, "case", "list", "--json", "--offset", "100000")
        #expect(past.out == "[\n\n]\n", "an empty window is the empty array Output.json writes")
        // Text lines too.
        let lines = try cli.ok("--db", db, "case", "list", "--limit", "2").out.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix(all[0]) && lines[1].hasPrefix(all[1]))
        // The other lists.
        let reports = try cli.ok("--db", db, "incident", "list", "--json").json as? [[String: Any]] ?? []
        let second = try cli.ok("--db", db, "incident", "list", "--json", "--offset", "1", "--limit", "1").json
        #expect((second as? [[String: Any]])?.first?["id"] as? Int == reports.dropFirst().first?["id"] as? Int)
        let people = try cli.ok("--db", db, "people", "list", "--json").json as? [[String: Any]] ?? []
        let some = try cli.ok("--db", db, "people", "list", "--json", "--limit", "5").json as? [[String: Any]] ?? []
        #expect(people.count > 5 && some.map { $0["id"] as? Int } == people.prefix(5).map { $0["id"] as? Int })
        let users = try cli.ok("--db", db, "users", "list", "--json", "--limit", "1").json as? [[String: Any]]
        #expect(users?.count == 1)
    }

    @Test func theStreamedJSONIsTheArrayTheWholeListWouldBe() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        let streamed = try cli.ok("--db", db, "case", "list", "--json").out
        // Re-encoded at once, as Output.json would.
        let value = try JSONSerialization.jsonObject(with: Data(streamed.utf8))
        let whole = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
        #expect(
            streamed.replacingOccurrences(of: " : ", with: ":").filter { !$0.isWhitespace }
                == String(decoding: whole, as: UTF8.self).replacingOccurrences(of: " : ", with: ":").filter {
                    !$0.isWhitespace
                })
        #expect(streamed.hasPrefix("[\n  {\n    \""), "pretty-printed like every other --json")
    }

    @Test func aWindowThatCannotBeIsRefusedWithWhatToDo() throws {
        let cli = try CLI()
        let zero = try cli.run(["case", "list", "--limit", "0"])
        #expect(zero.code == 64 && zero.err.contains("--limit 0 kan niet") && zero.err.contains("laat --limit weg"))
        let negative = try cli.run(["people", "list", "--offset=-2"])
        #expect(negative.code == 64 && negative.err.contains("--offset -2 kan niet"))
        let english = try cli.run(["--lang", "en", "incident", "list", "--limit", "0"])
        #expect(english.code == 64 && english.err.contains("give 1 or more"))
        let audit = try cli.run(["audit", "--offset=-1"])
        #expect(audit.code == 64 && audit.err.contains("--offset -1 kan niet"))
    }

    /// `audit --reads` is the server's log of reads: a personal database has none, and says so
    /// with what to use instead.
    @Test func theLogOfReadsIsAServersOnly() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        let r = try cli.run(["--db", db, "--as", "demo-directeur", "audit", "--reads"])
        #expect(r.code == 64 && r.out.isEmpty, "\(r.code) \(r.out)")
        #expect(r.err.contains("alleen een server") && r.err.contains("casus audit zonder --reads"), "\(r.err)")
        // Streamed, it still says so before writing anything.
        let json = try cli.run(["--db", db, "--as", "demo-directeur", "audit", "--reads", "--json"])
        #expect(json.code == 64 && json.out.isEmpty, "\(json.code) \(json.out)")
    }

    /// `audit` is read a page at a time and written as read (`--limit 1000000 --json` held a
    /// district's million lines first, 2.3 GB, a review): a window of it is the same lines as the
    /// window of the whole.
    @Test func theAuditLogIsStreamedAndItsWindowsAgree() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        func ids(_ args: String...) throws -> [Int] {
            let r = try cli.run(["--db", db, "--as", "demo-directeur", "audit", "--json"] + args)
            return (r.json as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? []
        }
        let ten = try ids("--limit", "10")
        #expect(ten.count == 10 && ten == ten.sorted(by: >), "newest first: \(ten)")
        #expect(try ids("--offset", "4", "--limit", "6") == Array(ten[4...]))
    }

    /// `case list` and `incident list` are lists of people (DESIGN §5): each command leaves a line,
    /// as the screen's lists do (neither left one on the command line, a review).
    @Test func theCommandLinesListsLeaveALine() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        func actions() throws -> [String] {
            let r = try cli.run(["--db", db, "--as", "demo-directeur", "audit", "--json", "--limit", "20"])
            return (r.json as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []
        }
        #expect(try !actions().contains("cases.list"))
        #expect(try cli.run(["--db", db, "--as", "demo-directeur", "case", "list"]).code == 0)
        #expect(try cli.run(["--db", db, "--as", "demo-directeur", "incident", "list", "--json"]).code == 0)
        let lines = try actions()
        #expect(lines.contains("cases.list") && lines.contains("reports.list"), "\(lines)")
    }

    /// What a user types into a search cannot show in the audit log as another line: before, a
    /// search for words with a line break in them showed in `casus audit` as a read by the board
    /// that never happened. Nor is it kept there at all: the line says how many words and hits,
    /// not the words, which stayed after the dossier they named was purged (a review).
    @Test func aTypedLineBreakIsNoLineOfTheAuditLog() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        let forged = "03-12-2026 09:00 demo-bestuur      dossier.read     persoon 7"
        _ = try cli.run(["--db", db, "--as", "demo-directeur", "search", "gesprek\n" + forged])
        let r = try cli.run(["--db", db, "--as", "demo-directeur", "audit", "--limit", "5"])
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 5, "\(r.out)")
        #expect(!lines.contains { $0.hasPrefix("03-12-2026 09:00 demo-bestuur") }, "\(r.out)")
        #expect(lines.contains { $0.contains("search") && $0.contains("woorden, ") }, "\(r.out)")
        #expect(!r.out.contains("gesprek"), "\(r.out)")
        // Each account whole, whatever its length (it was cut to 18 characters: "root → demo-direct").
        #expect(lines.allSatisfy { $0.contains(" → demo-directeur ") }, "\(r.out)")
    }

    /// The audit log pages like every other list: newest first, `--offset` the next page.
    @Test func theAuditLogPages() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        func lines(_ args: String...) throws -> [String] {
            let r = try cli.run(["--db", db, "--as", "demo-directeur", "audit"] + args)
            #expect(r.code == 0, "\(r.err)")
            return r.out.split(separator: "\n").map(String.init)
        }
        let first = try lines("--limit", "4")
        let next = try lines("--limit", "2", "--offset", "2")
        #expect(first.count == 4 && next.count == 2)
        #expect(Array(first[2...]) == next)
    }
}
