import Foundation
import Testing

/// The command line of DESIGN.md §7, as scripts use it.
@Suite struct CommandLineTests {
    /// A school with a pupil, a parent and a case about the pupil.
    func school(_ cli: CLI, protocol id: String = "jozefschool") throws -> (pupil: String, caseNumber: String) {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", id, "--name", "Anne van der Berg")
        let pupil = CLI.firstID(
            try cli.ok("people", "add", "--kind", "pupil", "--name", "Joëlle de Vries", "--group", "7"))
        try cli.ok("people", "add", "--kind", "parent", "--name", "Hélène de Vries", "--guardian-of", pupil)
        let incident = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Foto van een klasgenoot op Snapchat gezet.",
            "--platform", "Snapchat", "--json")
        let incidentID = (incident.json as? [String: Any])?["id"] as? Int ?? 0
        let opened = try cli.ok(
            "case", "open", "--incident", String(incidentID), "--subject", pupil, "--article", "A.5",
            "--severity", "medium", "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        return (pupil, number)
    }

    @Test func aRefusedStepExitsOneWithTheReasonAndChangesNothing() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        let nl = try cli.run(["case", "step", number, "--to", "suspension", "--days", "6", "--reason", "Herhaling."])
        #expect(nl.code == 1)
        #expect(nl.err.contains("ten hoogste 5 schooldagen"))
        #expect(nl.err.contains("Er is niets veranderd."))
        let en = try cli.run([
            "--lang", "en", "case", "step", number, "--to", "suspension", "--days", "6", "--reason", "Again.",
        ])
        #expect(en.code == 1)
        #expect(en.err.contains("at most 5 school days"))
        let shown = try cli.ok("case", "show", number, "--json").json as? [String: Any]
        #expect((shown?["steps"] as? [Any])?.count == 1)
        #expect(shown?["rung"] as? String == "warning")
    }

    @Test func caseShowJsonHasTheDocumentedFields() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        try cli.ok("case", "step", number, "--to", "suspension", "--days", "3", "--reason", "Herhaling.")
        let json = try #require(try cli.ok("case", "show", number, "--json").json as? [String: Any])
        for key in ["id", "number", "status", "subject", "rung", "steps", "obligations", "articles"] {
            #expect(json[key] != nil, "case show --json lacks \(key)")
        }
        let subject = json["subject"] as? [String: Any]
        #expect(subject?["name"] as? String == "Joëlle de Vries")
        #expect(subject?["kind"] as? String == "pupil")
        #expect(String(describing: subject?["id"] ?? "") == pupil)
        #expect(json["rung"] as? String == "suspension")
        let steps = json["steps"] as? [[String: Any]] ?? []
        #expect(steps.map { $0["rung"] as? String } == ["warning", "suspension"])
        #expect(steps.allSatisfy { $0["at"] != nil && $0["reason"] != nil })
        let obligations = json["obligations"] as? [[String: Any]] ?? []
        #expect(obligations.compactMap { $0["kind"] as? String } == ["suspension-decision", "inspectie-suspension"])
        #expect(obligations.allSatisfy { $0["id"] != nil && $0["due"] != nil && $0["done"] as? Bool == false })
        #expect(json["articles"] as? [String] == ["A.5"])
    }

    @Test func incidentShowListsSuggestedArticlesBestFirst() throws {
        let cli = try CLI()
        let (pupil, _) = try school(cli)
        let added = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary",
            "Joëlle heeft tijdens de gymles een filmpje gemaakt van een klasgenoot en het op TikTok gezet.",
            "--platform", "TikTok", "--json")
        let id = String((added.json as? [String: Any])?["id"] as? Int ?? 0)
        let json = try #require(try cli.ok("incident", "show", id, "--json").json as? [String: Any])
        let suggested = try #require(json["suggestedArticles"] as? [[String: Any]])
        #expect(suggested.count == 3)
        #expect(suggested.first?["id"] as? String == "A.5")
        #expect(suggested.first?["cite"] as? String == "richtlijn A.5")
        let scores = suggested.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        #expect(try cli.ok("incident", "show", id).out.contains("Voorgestelde artikelen: A.5 (richtlijn A.5)"))
    }

    @Test func aSanctionClauseCannotBeChosenAsBreached() throws {
        let cli = try CLI()
        let (pupil, _) = try school(cli)
        let added = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Gescholden in de klassenapp.", "--json")
        let id = String((added.json as? [String: Any])?["id"] as? Int ?? 0)
        let r = try cli.run(["case", "open", "--incident", id, "--subject", pupil, "--article", "S.4"])
        #expect(r.code == 1)
        #expect(r.err.contains("artikel S.4 (Maatregelen leerlingen en ouders) is geen gedragsregel"))
        #expect(r.err.contains("A.3, A.4, A.5, A.7"))
        #expect(r.err.contains("Er is niets veranderd."))
        #expect(((try cli.ok("case", "list", "--json").json) as? [Any])?.count == 1)
    }

    @Test func globalOptionsWorkBeforeAndAfterTheSubcommand() throws {
        let cli = try CLI()
        _ = try school(cli)
        let other = cli.folder + "/elsewhere.sqlite"
        try cli.ok("--db", other, "init", "--school", "Elders", "--protocol", "konot")
        let before = try cli.ok("--db", other, "case", "list", "--json")
        let after = try cli.ok("case", "list", "--json", "--db", other)
        #expect((before.json as? [Any])?.count == 0)
        #expect((after.json as? [Any])?.count == 0)
        #expect(((try cli.ok("case", "list", "--json").json) as? [Any])?.count == 1)
    }

    @Test func usageErrorsExit64AndRefusalsExit1() throws {
        let cli = try CLI()
        _ = try school(cli)
        #expect(try cli.run(["case", "step"]).code == 64)
        #expect(try cli.run(["case", "list", "--status", "sometimes"]).code == 64)
        let unknown = try cli.run(["case", "show", "2099-0001"])
        #expect(unknown.code == 1)
        #expect(unknown.err.contains("bestaat niet"))
    }

    @Test func anUnknownAccountIsToldHowToBeAdded() throws {
        let cli = try CLI()
        _ = try school(cli)
        let r = try cli.run(["--as", "nobody", "case", "list"])
        #expect(r.code == 1)
        #expect(r.err.contains("casus users add nobody --role"))
    }

    @Test func protocolShowListsTheDifferenceFromTheLaw() throws {
        let cli = try CLI()
        let r = try cli.ok("protocol", "show", "jozefschool")
        #expect(r.out.contains("casus volgt de wet"))
        #expect(r.out.contains("CAO PO"))
        #expect(
            r.out.contains(
                "* A.5    Opnamen alleen met toestemming [leerling, ouder/verzorger, medewerker; middel] — richtlijn A.5"
            ))
        #expect(r.out.contains("S.4") && r.out.contains("geen gedragsregel: Sanctiebepaling"))
        let meilan = try cli.ok("protocol", "show", "cbo-meilan")
        #expect(meilan.out.contains("0900-1113111"))
        #expect(meilan.out.contains("Mobiele telefoon"))
        let list = try cli.ok("protocols", "--json")
        #expect((list.json as? [[String: Any]])?.count == 5)
        #expect(try cli.run(["protocol", "show", "nope"]).code == 1)
    }

    @Test func theDemoWithoutTUIFillsItsOwnDatabaseOnce() throws {
        let cli = try CLI()
        let first = try cli.run(["demo", "--no-tui", "--db", cli.folder + "/demo.sqlite"])
        #expect(first.code == 0)
        #expect(first.out.contains("aangemaakt"))
        let again = try cli.run(["demo", "--no-tui", "--db", cli.folder + "/demo.sqlite"])
        #expect(again.out.contains("niets dubbel"))
        // Into a real school's database it does not write.
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool")
        let real = try cli.run(["demo", "--no-tui"])  // CASUS_DB is the real school's
        #expect(real.code == 1)
        #expect(real.err.contains("echte school"))
    }
}
