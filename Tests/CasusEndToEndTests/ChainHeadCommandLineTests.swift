import CasusTerminal
import Foundation
import Testing

/// `casus letter --out`, `casus dossier export`, `casus verify --against` and `casus checkpoint`,
/// as a director and a board use them.
@Suite struct ChainHeadCommandLineTests {
    func school(_ cli: CLI) throws -> (pupil: String, caseNumber: String) {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let pupil = CLI.firstID(
            try cli.ok("people", "add", "--kind", "pupil", "--name", "Joëlle de Vries", "--group", "7"))
        try cli.ok(
            "people", "add", "--kind", "parent", "--name", "Hélène de Vries", "--guardian-of", pupil, "--salutation",
            "mevrouw", "--street", "Kerkstraat 12a", "--postcode", "8011ab", "--town", "Zwolle")
        let incident = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Foto van een klasgenoot op Snapchat gezet.",
            "--platform", "Snapchat", "--json")
        let incidentID = (incident.json as? [String: Any])?["id"] as? Int ?? 0
        let opened = try cli.ok(
            "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident",
            String(incidentID), "--subject", pupil, "--article", "A.5",
            "--severity", "medium", "--json")
        return (pupil, (opened.json as? [String: Any])?["number"] as? String ?? "")
    }

    /// A text that is filed, not sent (a data breach assessment, a phone note, an aangifte) is
    /// said as what it is and ends well: asking for a letter's seal of it ended a filing that had
    /// succeeded with status 1, and a script would file it again (a review). A PDF is for a letter.
    @Test func aTextThatIsNoLetterIsFiledAndEndsWell() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        let body = cli.folder + "/beoordeling.txt"
        try "Beoordeling: geen persoonsgegevens gelekt.".write(toFile: body, atomically: true, encoding: .utf8)
        let pdf = try cli.run([
            "letter", number, "--template", "datalek-beoordeling", "--body-file", body, "--pdf", cli.folder + "/x.pdf",
        ])
        #expect(pdf.code == 64 && pdf.err.contains("--pdf is voor een brief"), "\(pdf.err)")
        let out = cli.folder + "/kopie.txt"
        let filed = try cli.run([
            "letter", number, "--template", "datalek-beoordeling", "--body-file", body, "--out", out,
        ])
        #expect(filed.code == 0, "\(filed.err)")
        #expect(filed.out.contains("opgeslagen als stuk") && !filed.out.contains("Brief opgeslagen"), "\(filed.out)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("geen persoonsgegevens gelekt"))
    }

    @Test func aSentLetterAndAnExportAreCheckedAgainstTheChain() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        let letter = cli.folder + "/brief.txt"
        try cli.ok("letter", number, "--template", "waarschuwing", "--out", letter)
        let perms = try FileManager.default.attributesOfItem(atPath: letter)[.posixPermissions] as? Int
        #expect(perms == 0o600, "a letter is personal data")
        let sound = try cli.run(["verify", "--against", letter])
        #expect(sound.code == 0, "\(sound.out + sound.err)")
        #expect(sound.out.contains("de tekst van het document is die van de opgeslagen brief"))
        #expect(sound.out.contains("klopt met de keten."))

        // The same file again is refused before anything is saved (a second letter, knowingly:
        // without --again the letter itself is refused as already in the case).
        let twice = try cli.run(["letter", number, "--template", "waarschuwing", "--out", letter, "--again"])
        #expect(twice.code == 1)
        #expect(twice.err.contains("bestaat al"))

        // A changed word on the paper is found and named.
        let text = try String(contentsOfFile: letter, encoding: .utf8)
        let changed = cli.folder + "/gewijzigd.txt"
        try text.replacingOccurrences(of: "Joëlle", with: "Joelle").write(
            toFile: changed, atomically: true, encoding: .utf8)
        let bad = try cli.run(["verify", "--against", changed])
        #expect(bad.code == 1)
        #expect(bad.out.contains("ontbreekt: ‘Joëlle’"), "\(bad.out)")

        // An export made now, checked after the dossier moved on.
        let export = cli.folder + "/inzage.html"
        try cli.ok("dossier", "export", pupil, "--format", "html", "--out", export)
        try cli.ok("note", number, "--kind", "phone", "--body", "Moeder gebeld.")
        let later = try cli.run(["--lang", "en", "verify", "--against", export])
        #expect(later.code == 0, "\(later.err)")
        #expect(later.out.contains("since then: 1 entr(y/ies) in this dossier"), "\(later.out)")
        // A copy whose line ends went through another system holds, and is not said to be the
        // export "to the character": the record is of every word and mark, not every space.
        let reflowed = cli.folder + "/inzage-crlf.html"
        try String(contentsOfFile: export, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n  ").write(
            toFile: reflowed, atomically: true, encoding: .utf8)
        let copy = try cli.run(["verify", "--against", reflowed])
        #expect(copy.code == 0, "\(copy.out + copy.err)")
        #expect(copy.out.contains("witruimte en regeleinden niet meegeteld"), "\(copy.out)")
        #expect(!copy.out.contains("tot op het teken"), "\(copy.out)")

        let none = cli.folder + "/scan.txt"
        try "Geachte ouders,".write(toFile: none, atomically: true, encoding: .utf8)
        let refused = try cli.run(["verify", "--against", none])
        #expect(refused.code == 2, "a file that cannot be checked is no finding: \(refused.err)")
        #expect(refused.err.contains("draagt geen casus-ketenkop"))
        #expect(refused.err.contains("Er is niets gecontroleerd (exit 2)"))
    }

    /// A genuine letter held against a database changed elsewhere behind casus's back: the letter
    /// was said to "klop" and the exit was 0, the database's finding unsaid (`--json` too). The
    /// whole database is now verified with it: exit 1, the letter's verdict says it cannot be
    /// trusted, and the finding is named (a review).
    @Test func aLetterIsNeverSoundAgainstADatabaseThatIsNot() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        let letter = cli.folder + "/brief.txt"
        try cli.ok("letter", number, "--template", "waarschuwing", "--out", letter)
        #expect(try cli.run(["verify", "--against", letter]).code == 0)
        _ = try Spawn.run(
            [
                "/usr/bin/sqlite3", cli.db,
                "DROP TRIGGER IF EXISTS person_no_update; UPDATE person SET first_name = 'X' WHERE id = \(pupil);",
            ], capture: true)
        let checked = try cli.run(["verify", "--against", letter])
        #expect(checked.code == 1, "\(checked.out)")
        #expect(checked.out.contains("maar de database zelf klopt niet"), "\(checked.out)")
        let json = try cli.run(["verify", "--against", letter, "--json"])
        #expect(json.code == 1 && (json.json as? [String: Any])?["sound"] as? Bool == false, "\(json.out)")
        // Nothing chained onto the broken log: a check's line "brief nr. …: ok" was (a review).
        let lines = try Spawn.run(
            ["/usr/bin/sqlite3", cli.db, "SELECT count(*) FROM audit WHERE action = 'verify.document'"], capture: true)
        #expect(lines.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "the sound check's line only: \(lines)")
    }

    @Test func aBoardSignsCheckpointsAndVerifyChecksTheLatest() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        let key = cli.folder + "/bestuur.key"
        let made = try cli.ok("checkpoint", "keygen", "--out", key)
        #expect(made.out.contains("Sleutelpaar gemaakt"))
        #expect((try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int) == 0o600)
        // Before any signing the key confirms nothing: not "alles klopt" and exit 0, which is also
        // what a rewrite that took every checkpoint out read (a review).
        let unsigned = try cli.run(["verify", "--key", key + ".pub"])
        #expect(unsigned.code == 2, "\(unsigned.out + unsigned.err)")
        #expect(
            unsigned.out.contains("NIET BEVESTIGD: de keten houdt geen ijkpunt met deze sleutel")
                && !unsigned.out.contains("alles klopt"), "\(unsigned.out)")
        // And a script reads it too: `"sound": true` alone read as all well to a board's monitoring
        // (a review).
        let unsignedJSON = try cli.run(["verify", "--key", key + ".pub", "--json"])
        #expect(unsignedJSON.code == 2)
        let verdict = try JSONSerialization.jsonObject(with: Data(unsignedJSON.out.utf8)) as? [String: Any]
        #expect(verdict?["confirmed"] as? Bool == false, "\(unsignedJSON.out)")
        // The public file is not signed with, nor a secret one others may read (a review).
        let publicFile = try cli.run(["checkpoint", "sign", "--key", key + ".pub"])
        #expect(publicFile.code == 1 && publicFile.err.contains("is de publieke sleutel"), "\(publicFile.err)")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let exposed = try cli.run(["checkpoint", "sign", "--key", key])
        #expect(exposed.code == 1 && exposed.err.contains("chmod 600"), "\(exposed.err)")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key)
        let signed = try cli.ok("checkpoint", "sign", "--key", key)
        #expect(signed.out.hasPrefix("casus-ijkpunt: gebeurtenis "))
        let kept = cli.folder + "/ijkpunt.txt"
        try signed.out.write(toFile: kept, atomically: true, encoding: .utf8)
        // The list, as lines and as JSON (it had no --json).
        #expect(try cli.ok("checkpoint", "list").out.contains("casus-ijkpunt: gebeurtenis "))
        let listed = try cli.ok("checkpoint", "list", "--json").out
        let rows = try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1, "\(listed)")
        let row = try #require(rows?.first)
        // The event head it signs is the one the signing printed ("casus-ijkpunt: gebeurtenis N …").
        let printed = signed.out.split(separator: " ").dropFirst(2).first.flatMap { Int($0) }
        #expect((row["eventHead"] as? [String: Any])?["seq"] as? Int == printed, "\(listed) / \(signed.out)")
        #expect(((row["eventHead"] as? [String: Any])?["hash"] as? String)?.count == 64)
        #expect((row["signature"] as? String)?.isEmpty == false && (row["publicKey"] as? String)?.isEmpty == false)

        let v = try cli.run(["verify", "--key", key + ".pub"])
        #expect(v.code == 0, "\(v.out + v.err)")
        let confirmed = try cli.run(["verify", "--key", key + ".pub", "--json"]).out
        let confirmedJSON = try JSONSerialization.jsonObject(with: Data(confirmed.utf8)) as? [String: Any]
        #expect(confirmedJSON?["confirmed"] as? Bool == true, "\(confirmed)")
        // What holds is a note, not a finding: a script that took any finding for an alarm fired on
        // a sound database (a review).
        #expect((confirmedJSON?["findings"] as? [String])?.isEmpty == true, "\(confirmed)")
        #expect((confirmedJSON?["notes"] as? [String])?.first?.contains("zijn ondertekend") == true, "\(confirmed)")
        #expect(
            v.out.contains("zijn ondertekend en staan zo in de ketens; 0 gebeurtenis(sen) en 0 auditregel(s) erna"),
            "\(v.out)")
        let withKept = try cli.run(["verify", "--key", key + ".pub", "--against", kept])
        #expect(withKept.code == 0, "\(withKept.out + withKept.err)")
        // The kept line is said to hold, not passed over in silence (a review).
        _ = try cli.ok("note", number, "--body", "Later stuk.")
        _ = try cli.ok("checkpoint", "sign", "--key", key)
        let afterNewer = try cli.run(["verify", "--key", key + ".pub", "--against", kept])
        #expect(afterNewer.code == 0 && afterNewer.out.contains("bewaard ijkpunt ("), "\(afterNewer.out)")
        let noKey = try cli.run(["verify", "--against", kept])
        #expect(noKey.code == 64)
        #expect(noKey.err.contains("geef --key"))
        let wrongFile = try cli.run(["verify", "--key", kept])
        #expect(wrongFile.code == 2)
        #expect(wrongFile.err.contains("geen publieke Ed25519-sleutel"))
        // A key file not there is no tampering: exit 2, not the 1 of a finding (a review).
        let missing = try cli.run(["verify", "--key", cli.folder + "/weg.pub"])
        #expect(missing.code == 2, "\(missing.out + missing.err)")
        #expect(missing.err.contains("weg.pub") && missing.err.contains("Er is niets gecontroleerd"), "\(missing.err)")
        #expect(!missing.out.contains("NIET IN ORDE"))
        // Another key, never signed with, where this one signed: not "alles klopt" and exit 0, but
        // the question whether it is the right key file, and exit 2 (a review).
        _ = try cli.ok("checkpoint", "keygen", "--out", cli.folder + "/ander")
        let other = try cli.run(["verify", "--key", cli.folder + "/ander.pub"])
        #expect(other.code == 2, "\(other.out + other.err)")
        #expect(other.out.contains("is dit het goede sleutelbestand"), "\(other.out)")
    }
}
