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
            "case", "open", "--summary", "Joëlle zette een foto van Milan Jansen op Snapchat.", "--incident",
            String(incidentID), "--subject", pupil, "--article", "A.5",
            "--severity", "medium", "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")

        let refused = try cli.run(["letter", number, "--template", "waarschuwing"])
        #expect(refused.code == 1)
        #expect(
            refused.err.contains("noemt een andere leerling")
                && refused.err.contains("‘Milan Jansen’ (Milan Jansen) op regel"))
        #expect(refused.err.contains("--redact") && refused.err.contains("er is niets opgeslagen"))
        let dossier = try cli.ok("dossier", "show", pupil)
        #expect(!dossier.out.contains("Schriftelijke waarschuwing"), "nothing was filed")

        let shown = try cli.ok("letter", number, "--template", "waarschuwing", "--print")
        #expect(!shown.out.contains("Milan") && shown.out.contains("een andere leerling"))
        #expect(shown.err.contains("Andere leerlingen en hun ouders worden in een brief niet genoemd"))
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

        // --edit --redact: the editor opens on the replaced text; a name typed there is refused, and the
        // edited text is kept in a private file to file again.
        let seen = cli.folder + "/gezien.txt"
        let edited = try cli.run(
            // A second letter to the same parents, knowingly (--again): the first was filed above.
            ["letter", number, "--template", "waarschuwing", "--edit", "--redact", "--again"],
            env: ["VISUAL": "sh -c 'cp \"$0\" \(seen); echo \"Milan Jansen was erbij.\" >> \"$0\"'"])
        #expect(edited.code == 1 && edited.err.contains("noemt een andere leerling"), "\(edited.err)")
        let shownInEditor = try String(contentsOfFile: seen, encoding: .utf8)
        #expect(!shownInEditor.contains("Milan") && shownInEditor.contains("een andere leerling"))
        let kept = try #require(
            edited.err.split(separator: " ").first { $0.contains("casus-brief-") }.map {
                String($0.trimmingCharacters(in: CharacterSet(charactersIn: "(),;`\n")))
            })
        #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("Milan Jansen was erbij."))
        #expect((try FileManager.default.attributesOfItem(atPath: kept)[.posixPermissions] as? Int) == 0o600)
    }
}
