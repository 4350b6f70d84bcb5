import Foundation
import Testing

/// `casus letter` with another pupil's name in the text (issue 16, item 3): refused and named;
/// `--print` shows the replacements; `--redact` files the replaced text and says what it replaced.
@Suite struct LetterRedactionCommandLineTests {
    @Test func anotherPupilsNameIsRefusedShownAndReplacedOnRequest() throws {
        let cli = try CLI()
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let pupil = CLI.firstID(
            try cli.ok("people", "add", "--kind", "pupil", "--name", "Joëlle de Vries", "--group", "7"))
        try cli.ok(
            "people", "add", "--kind", "parent", "--name", "Hélène de Vries", "--guardian-of", pupil, "--street",
            "Kerkstraat 12a", "--postcode", "8011 AB", "--town", "Zwolle")
        try cli.ok("people", "add", "--kind", "pupil", "--name", "Milan Jansen", "--group", "7")
        let incident = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Foto van Milan Jansen op Snapchat gezet.",
            "--platform", "Snapchat", "--json")
        let incidentID = (incident.json as? [String: Any])?["id"] as? Int ?? 0
        let opened = try cli.ok(
            "case", "open", "--incident", String(incidentID), "--subject", pupil, "--article", "A.5",
            "--severity", "medium", "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")

        let refused = try cli.run(["letter", number, "--template", "waarschuwing"])
        #expect(refused.code == 1)
        #expect(refused.err.contains("noemt een andere leerling") && refused.err.contains("(Milan Jansen), regel"))
        #expect(refused.err.contains("--redact") && refused.err.contains("er is niets opgeslagen"))
        let dossier = try cli.ok("dossier", "show", pupil)
        #expect(!dossier.out.contains("Schriftelijke waarschuwing"), "nothing was filed")

        let shown = try cli.ok("letter", number, "--template", "waarschuwing", "--print")
        #expect(!shown.out.contains("Milan") && shown.out.contains("een andere leerling"))
        #expect(shown.err.contains("Andere leerlingen worden in een brief niet genoemd"))
        #expect(shown.err.contains("‘Milan Jansen’ → ‘een andere leerling’ (Milan Jansen)"))

        let filed = try cli.ok("letter", number, "--template", "waarschuwing", "--redact")
        #expect(filed.out.contains("‘Milan Jansen’ → ‘een andere leerling’ (Milan Jansen)"))
        #expect(filed.out.contains("Brief opgeslagen als stuk"))
        let after = try cli.ok("dossier", "show", pupil, "--json")
        let bodies = ((after.json as? [String: Any])?["entries"] as? [[String: Any]] ?? []).compactMap {
            $0["body"] as? String
        }
        #expect(bodies.contains { $0.contains("een andere leerling") })
        #expect(!bodies.contains { $0.contains("Milan") })
    }
}
