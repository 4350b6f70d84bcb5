import Foundation
import Testing

/// The command line as a script drives it: what a loop that builds arguments, or a typo, gives
/// casus is refused with what to do, and nothing is stored (a review of the clerk's side).
@Suite struct ScriptInputTests {
    func school(_ cli: CLI) throws -> (String, String) {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let a = CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Noor Peters", "--group", "7"))
        let b = CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Sem Bakker", "--group", "7"))
        return (a, b)
    }

    /// `--subject 224 --subject 225` filed a report about 225 alone, and `--body A --body B` a note
    /// of B alone, with exit 0: the parser keeps an option's last value.
    @Test func anOptionGivenTwiceIsRefusedAndNothingIsStored() throws {
        let cli = try CLI()
        let (a, b) = try school(cli)
        let twice = try cli.run(["incident", "add", "--subject", a, "--subject", b, "--summary", "Twee leerlingen"])
        #expect(twice.code == 64)
        #expect(twice.err.contains("--subject staat er twee keer; er is niets gedaan"), "\(twice.err)")
        #expect(twice.err.contains("--subject 224,225"))
        #expect(try cli.ok("incident", "list").err.contains("Geen meldingen."))
        let global = try cli.run(["--db", cli.db, "incident", "list", "--db", cli.db])
        #expect(global.code == 64 && global.err.contains("--db staat er twee keer"), "\(global.err)")
        let spelled = try cli.run(["incident", "list", "--limit=1", "--limit", "2"])
        #expect(spelled.code == 64 && spelled.err.contains("--limit staat er twee keer"), "\(spelled.err)")
        // What may be repeated still may: one report, both files, both subjects comma-separated.
        let one = cli.folder + "/een.png"
        let two = cli.folder + "/twee.png"
        try Data("PNG een".utf8).write(to: URL(fileURLWithPath: one))
        try Data("PNG twee".utf8).write(to: URL(fileURLWithPath: two))
        let filed = try cli.ok(
            "incident", "add", "--subject", "\(a),\(b)", "--summary", "Twee leerlingen", "--evidence", one,
            "--evidence", two, "--json")
        let report = try #require(filed.json as? [String: Any])
        #expect((report["evidence"] as? [Any])?.count == 2, "\(filed.out)")
    }

    /// `casus --db x people` (a group with no command) said its --db was unknown.
    @Test func aGroupWithoutItsCommandSaysSo() throws {
        let cli = try CLI()
        _ = try school(cli)
        for args in [["--db", cli.db, "people"], ["school", "--db", cli.db]] {
            let r = try cli.run(args)
            #expect(r.code == 64)
            #expect(!r.err.contains("Onbekende optie"), "\(r.err)")
            #expect(r.err.contains("wil een opdracht erachter:"), "\(r.err)")
        }
        #expect(try cli.run(["--db", cli.db, "people"]).err.contains("add, edit, list"))
    }

    /// A name with a tab or a line break was folded into "Tab Kid Nl x"; a title of 120,000
    /// characters was stored; "--heard teacher,teacher" and the parents heard in an employee's case
    /// were filed (a review). Each is refused and nothing is stored.
    @Test func aNameTitleOrHearingThatIsNotOneIsRefused() throws {
        let cli = try CLI()
        let (a, _) = try school(cli)
        let folded = try cli.run(["people", "add", "--kind", "pupil", "--name", "Tab\tKid Nl\nx", "--group", "5"])
        #expect(folded.code != 0 && folded.err.contains("--name bevat een tab"), "\(folded.err)")
        #expect(try !cli.ok("people", "list").out.contains("Kid"))
        let report = try Self.reportID(cli, about: a)
        let opened = try cli.ok("case", "open", "--incident", report, "--subject", a, "--article", "A.5", "--json")
        let number = try #require((opened.json as? [String: Any])?["number"] as? String, "\(opened.out)")
        let long = try cli.run(["note", number, "--title", String(repeating: "t", count: 5000), "--body", "x"])
        #expect(
            long.code != 0 && long.err.contains("de titel is te lang (5000 tekens, ten hoogste 200)"), "\(long.err)")
        let twice = try cli.run(["note", number, "--kind", "meeting", "--heard", "teacher,teacher", "--body", "x"])
        #expect(twice.code != 0 && twice.err.contains("groepsleerkracht staat twee keer"), "\(twice.err)")
        let staff = CLI.firstID(
            try cli.ok("people", "add", "--kind", "staff", "--name", "Bas de Wit", "--function", "leerkracht"))
        let about = try Self.reportID(cli, about: staff)
        let staffCase = try cli.ok(
            "case", "open", "--incident", about, "--subject", staff, "--article", "A.7", "--json")
        let staffNumber = try #require((staffCase.json as? [String: Any])?["number"] as? String, "\(staffCase.out)")
        let parents = try cli.run(["note", staffNumber, "--kind", "meeting", "--heard", "parents", "--body", "x"])
        #expect(
            parents.code != 0 && parents.err.contains("ouders wordt niet gehoord in een zaak over een medewerker"),
            "\(parents.err)")
        #expect(try cli.run(["verify"]).code == 0)
    }

    /// `people add --kind parent --group 5` listed a parent in group 5, a pupil "leraar"; `incident
    /// show -5` said the id was missing (a review).
    @Test func whatDoesNotBelongToAPersonAndANegativeIdAreSaid() throws {
        let cli = try CLI()
        let (a, _) = try school(cli)
        let parent = try cli.run([
            "people", "add", "--kind", "parent", "--name", "Piet Jansen", "--guardian-of", a, "--group", "5",
        ])
        #expect(parent.code == 64 && parent.err.contains("--group hoort bij een leerling"), "\(parent.err)")
        let pupil = try cli.run(["people", "add", "--kind", "pupil", "--name", "Lot Jansen", "--function", "leraar"])
        #expect(pupil.code == 64 && pupil.err.contains("--function hoort bij personeel"), "\(pupil.err)")
        #expect(try !cli.ok("people", "list").out.contains("Jansen"))
        let negative = try cli.run(["incident", "show", "-5"])
        #expect(negative.code == 64 && negative.err.contains("‘-5’ is geen nummer dat casus geeft"), "\(negative.err)")
    }

    /// Letters to two households: `--print` filled in and filed with `--body-file` made one entry of
    /// both letters; `--edit` with a field left kept only the first letter (a review).
    @Test func lettersToTwoHouseholdsAreFiledAndKeptOneByOne() throws {
        let cli = try CLI()
        let (a, _) = try school(cli)
        for (name, street) in [("Ans Peters", "Kerkstraat 1"), ("Bob Peters", "Dorpsweg 2")] {
            try cli.ok(
                "people", "add", "--kind", "parent", "--name", name, "--guardian-of", a, "--street", street,
                "--postcode", "8011AA", "--town", "Zwolle")
        }
        let report = try Self.reportID(cli, about: a)
        let opened = try cli.ok("case", "open", "--incident", report, "--subject", a, "--article", "A.5", "--json")
        let number = try #require((opened.json as? [String: Any])?["number"] as? String)
        let printed = try cli.ok("letter", number, "--template", "uitnodiging-gesprek", "--print").out
        let both = cli.folder + "/beide.txt"
        try printed.replacingOccurrences(of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
            .write(toFile: both, atomically: true, encoding: .utf8)
        let one = try cli.run(["letter", number, "--template", "uitnodiging-gesprek", "--body-file", both])
        #expect(one.code == 64 && one.err.contains("bevat meer brieven"), "\(one.err)")
        // A space after the line is the same line.
        let spaced = cli.folder + "/beide2.txt"
        try String(contentsOfFile: both, encoding: .utf8).replacingOccurrences(
            of: String(repeating: "-", count: 78), with: String(repeating: "-", count: 78) + " "
        ).write(toFile: spaced, atomically: true, encoding: .utf8)
        let again = try cli.run(["letter", number, "--template", "uitnodiging-gesprek", "--body-file", spaced])
        #expect(again.code == 64 && again.err.contains("bevat meer brieven"), "\(again.err)")
        let editor = cli.folder + "/niets.sh"
        try "#!/bin/sh\nexit 0\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let left = try cli.run(
            ["letter", number, "--template", "uitnodiging-gesprek", "--edit"], env: ["EDITOR": editor])
        #expect(left.code == 1 && left.err.contains("niet ingevuld veld"), "\(left.err)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: cli.temporary).filter {
            $0.hasPrefix("casus-brief-")
        }
        #expect(kept.count == 2, "\(kept) \(left.err)")
        #expect(left.err.contains("één brief per bestand"))
        // The first filed, then its PDF fails: the second household's letter, not filed, is kept.
        for file in kept { try FileManager.default.removeItem(atPath: cli.temporary + "/" + file) }
        let fill = cli.folder + "/vul.sh"
        try "#!/bin/sh\nperl -0pi -e 's/\\[[^\\]]*\\]/ingevuld/gs' \"$1\"\n".write(
            toFile: fill, atomically: true, encoding: .utf8)
        chmod(fill, 0o755)
        let pdf = try cli.run(
            ["letter", number, "--template", "uitnodiging-gesprek", "--edit", "--pdf", cli.folder + "/u.pdf"],
            env: ["EDITOR": fill, "CASUS_PDF_RENDERER": "/bin/false"])
        #expect(pdf.code != 0, "\(pdf.err)")
        let second = try FileManager.default.contentsOfDirectory(atPath: cli.temporary).filter {
            $0.hasPrefix("casus-brief-")
        }
        #expect(second.count == 1, "\(second) \(pdf.err)")
    }

    /// A report about `person`, filed: its id.
    static func reportID(_ cli: CLI, about person: String) throws -> String {
        let filed = try cli.ok("incident", "add", "--subject", person, "--summary", "Bericht gedeeld.", "--json")
        return String(try #require((filed.json as? [String: Any])?["id"] as? Int))
    }
}
