import Foundation
import Testing

/// A teacher files reports on the command line too (DESIGN.md §4), and `incident add` takes people
/// by number: `people roster NAAM` gives the numbers a teacher may name (names and group, no parent),
/// where `people list` gave a teacher an empty list and no way to find them.
@Suite struct RosterCommandLineTests {
    @Test func aTeacherFindsWhomToNameOnTheCommandLine() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        func teacher(_ args: String...) throws -> CLI.Result {
            try cli.run(["--db", db, "--as", "demo-leerkracht"] + args)
        }
        // The demo's Sophie Dekker, a pupil; her parents are not offered.
        let found = try teacher("people", "roster", "dekk")
        #expect(found.code == 0, "\(found.err)")
        #expect(found.out.contains("Dekker, Sophie (leerling, groep"), "\(found.out)")
        #expect(!found.out.contains("ouder"), "a parent was offered: \(found.out)")
        let id = try #require(
            found.out.split(separator: "\n").first { $0.contains("Sophie") }?.split(separator: " ").first)
        let filed = try teacher("incident", "add", "--subject", String(id), "--summary", "Filmpje in de klas")
        #expect(filed.code == 0, "\(filed.err)")

        let list = try teacher("people", "list")
        #expect(list.code == 1 && list.out.isEmpty && list.err.contains("casus people roster NAAM"), "\(list.err)")
        let unknown = try teacher("incident", "add", "--subject", "99999", "--summary", "Filmpje")
        #expect(unknown.code == 1 && unknown.err.contains("casus people roster NAAM"), "\(unknown.err)")
        let tooMany = try teacher("people", "roster", "a", "--limit", "51")
        #expect(tooMany.code == 64 && tooMany.err.contains("1 tot en met 50"), "\(tooMany.err)")
        // As JSON, what the roster holds and nothing more (no empty address or salutation).
        let json = try teacher("people", "roster", "dekk", "--json")
        let rows = try #require(json.json as? [[String: Any]])
        #expect(
            rows.allSatisfy { Set($0.keys).isSubset(of: ["id", "school", "name", "kind", "group"]) }, "\(json.out)")
        let long = try teacher("people", "roster", String(repeating: "a", count: 300))
        #expect(long.code == 1 && long.err.contains("200 tekens"), "\(long.err)")
        // An IB files no reports, so looks up no names to report.
        let ib = try cli.run(["--db", db, "--as", "demo-ib", "people", "roster", "dekk"])
        #expect(ib.code == 1, "\(ib.out)")
    }
}

/// A list of people is a read the audit log keeps (DESIGN §5: "a list of people"), once per list
/// with what it was filtered on: `casus people list` showed names, groups and addresses and left
/// no line (found by a review of the server).
@Suite struct PeopleListAuditTests {
    @Test func aListOfPeopleLeavesOneLine() throws {
        let cli = try CLI()
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        for name in ["Joëlle de Vries", "Sem Vos", "Lot Bos"] {
            try cli.ok("people", "add", "--kind", "pupil", "--name", name, "--group", "7")
        }
        let listed = try cli.ok("people", "list", "--kind", "pupil", "--name", "vo", "--limit", "1")
        #expect(listed.out.contains("Vos") || listed.out.contains("Vries"))
        let lines = try cli.ok("audit").out.split(separator: "\n").filter { $0.contains("people.list") }
        #expect(lines.count == 1, "\(lines)")
        // How many words of a name were typed, not the words (they outlived a purge, a review).
        #expect(lines.first?.contains("pupil, een naam van 1 woord") == true, "\(lines)")
        #expect(lines.first?.contains(" vo") == false, "\(lines)")
        // A name with no letters in it finds everyone, and the line says so.
        try cli.ok("people", "list", "--name", "'")
        let all = try cli.ok("audit").out.split(separator: "\n").filter { $0.contains("people.list") }
        #expect(all.first?.hasSuffix("allen") == true, "\(all)")
    }
}
