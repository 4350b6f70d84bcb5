import Foundation
import Testing

/// A name given on the command line is a whole name: one word was taken as both first and last
/// name ("Jan" became "Jan Jan", and the director signed every letter so).
@Suite struct NameInputTests {
    @Test func oneWordIsNoName() throws {
        let cli = try CLI()
        let refused = try cli.run(["init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Jan"])
        #expect(refused.code != 0 && refused.err.contains("‘Jan’ is geen volledige naam"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.db), "a refused init leaves no database")
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Jan de Wit")
        let one = try cli.run(["people", "add", "--kind", "pupil", "--name", "Sem", "--group", "7"])
        #expect(one.code != 0 && one.err.contains("‘Sem’ is geen volledige naam"), "\(one.err)")
        let en = try cli.run(["--lang", "en", "people", "add", "--kind", "pupil", "--name", "Sem"])
        #expect(en.err.contains("‘Sem’ is not a full name"), "\(en.err)")
        #expect(try cli.ok("people", "list", "--kind", "pupil").out.isEmpty)
        let whole = try cli.ok("people", "add", "--kind", "pupil", "--name", "Vos, Sem", "--group", "7")
        #expect(whole.out.contains("Sem Vos"), "\(whole.out)")
    }
}

/// A command that reads changes no file: an empty file named as the database was made into one
/// (372 KB, mode 0600) by `verify` or `case list`, and a refused demo left an empty database.
@Suite struct DatabaseFileTests {
    @Test func anEmptyFileIsNoDatabaseAndStaysEmpty() throws {
        let cli = try CLI()
        FileManager.default.createFile(atPath: cli.db, contents: Data(), attributes: [.posixPermissions: 0o644])
        for args in [["verify"], ["case", "list"], ["demo", "--no-tui", "--db", cli.db]] {
            let r = try cli.run(args)
            #expect(r.code != 0 && r.err.contains("is een leeg bestand, geen casus-database"), "\(args): \(r.err)")
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.db)
        #expect((attributes[.size] as? NSNumber)?.intValue == 0)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o644)
    }

    @Test func aDemoOfAProtocolThatIsNotThereMakesNothing() throws {
        let cli = try CLI()
        let path = cli.folder + "/demo2.sqlite"
        let r = try cli.run(["demo", "--no-tui", "--db", path, "--protocol", "bogus"])
        #expect(r.code != 0 && r.err.contains("bogus"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

/// Bad input said plainly, with nothing changed (found by a review of the command line).
@Suite struct PlainRefusalTests {
    @Test func anUnknownCommandIsSaidToBeOne() throws {
        let cli = try CLI()
        for args in [["bogus"], ["help", "bogus"]] {
            let r = try cli.run(args)
            #expect(r.code == 64 && r.err.contains("onbekende opdracht ‘bogus’") && r.out.isEmpty, "\(args): \(r.err)")
        }
        #expect(try cli.run(["help", "case"]).code == 0)
        // Words after a group that are none of its commands: said in Dutch, with the group's help
        // (ArgumentParser's "2 unexpected arguments: 'erase', '206'" stood in a Dutch line, a review).
        let erase = try cli.run(["dossier", "erase", "206"])
        #expect(erase.code == 64 && erase.err.contains("2 onverwachte argumenten: 'erase', '206'"), "\(erase.err)")
        #expect(erase.err.contains("casus dossier --help") && !erase.err.contains("unexpected"))
    }

    @Test func aFileToReadThatIsNotThereOrAFolderIsSaidToBe() throws {
        let cli = try CLI()
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let missing = try cli.run(["people", "import", "--kind", "pupil", cli.folder + "/geen.csv"])
        #expect(missing.code == 1 && missing.err.contains("geen.csv bestaat niet"), "\(missing.err)")
        let folder = try cli.run(["people", "import", "--kind", "pupil", cli.folder])
        #expect(folder.code == 1 && folder.err.contains("is een map, geen bestand"), "\(folder.err)")
        for year in ["-2026", "1", "99999"] {
            let r = try cli.run(["stats", "--year=\(year)"])
            #expect(r.code == 64 && r.err.contains("is geen schooljaar"), "\(year): \(r.err)")
        }
        #expect(try cli.run(["stats", "--year", "2026"]).code == 0)
    }

    @Test func aLogoIsAPictureByItsFirstBytes() throws {
        let cli = try CLI()
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let text = cli.folder + "/logo.png"
        try "geen plaatje".write(toFile: text, atomically: true, encoding: .utf8)
        let r = try cli.run(["letter", "pdf", "1", "--out", cli.folder + "/b.pdf", "--logo", text])
        #expect(r.code == 1 && r.err.contains("is geen PNG-, JPEG- of SVG-bestand"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/b.pdf"))
    }
}

@Suite struct DismissSeveralTests {
    /// `incident dismiss 5 7 --reason …`: several reports, one reason, all or none.
    @Test func severalReportsAreDismissedWithOneReason() throws {
        let cli = try CLI()
        try #require(try cli.run(["demo", "--no-tui", "--db", cli.db]).code == 0)
        let queue = (try cli.ok("incident", "list", "--status", "new", "--json").json as? [[String: Any]]) ?? []
        let ids = queue.compactMap { $0["id"] as? Int }.prefix(2).map(String.init)
        try #require(ids.count == 2)
        let bad = try cli.run(["incident", "dismiss", ids[0], "x7", "--reason", "Dubbel."])
        #expect(bad.code == 64 && bad.err.contains("geen melding-id's"), "\(bad.err)")
        let r = try cli.run(["incident", "dismiss", ids[0], ids[1], "--reason", "Buiten school."])
        #expect(r.code == 0 && r.out.contains("Meldingen \(ids[0]), \(ids[1]) afgewezen."), "\(r.out) \(r.err)")
        // The reason shows in plain output as on the full screen (only `--json` had it).
        #expect(try cli.ok("incident", "show", ids[0]).out.contains("Afgewezen: Buiten school."))
        let again = try cli.run(["incident", "dismiss", "\(ids[0]),\(ids[1])", "--reason", "Nog eens."])
        #expect(again.code == 1 && again.err.contains("geen van de 2 meldingen"), "\(again.err)")
    }
}
