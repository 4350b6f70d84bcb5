import CasusTestSupport
import Foundation
import Testing

/// `casus people import` as a director runs it: CSV and EDEXML, refusals with their exit codes.
@Suite struct ImportCommandLineTests {
    static let sample = Fixtures.root + "/Tests/Fixtures/edexml/EDEX-sample.xml"

    func write(_ cli: CLI, _ name: String, _ text: String) throws -> String {
        let path = cli.folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func anEDEXMLExportImportsAndSaysWhatWasLeftOut() throws {
        let cli = try CLI()
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let dry = try cli.ok("people", "import", "--format", "edexml", Self.sample, "--dry-run")
        #expect(
            dry.out.contains(
                "EDEXML 2.1 (UTF-8): 8 leerlingen in 6 groepen, 4 leerkrachten — 11 nieuw, 0 bijgewerkt, 0 ongewijzigd"
            ))
        #expect(dry.out.contains("proef: er is niets ingelezen"))
        #expect(try cli.ok("people", "list", "--kind", "pupil").out.isEmpty)
        let r = try cli.ok("people", "import", "--format", "edexml", Self.sample)
        #expect(r.out.contains("11 nieuw"))
        #expect(r.out.contains("Niet overgenomen (dataminimalisatie, AVG art. 5 lid 1 sub c"))
        #expect(r.out.contains("bsn — burgerservicenummer (BSN) (9×)"))
        #expect(r.out.contains("peutergroep"))
        #expect(!r.out.contains("725763863"))
        let list = try cli.ok("people", "list", "--kind", "pupil").out
        #expect(list.contains("El Amrani, Noah (leerling, groep 8)"))
        let en = try cli.ok("--lang", "en", "people", "import", "--format", "edexml", Self.sample, "--json")
        let json = en.json as? [String: Any]
        #expect(json?["unchanged"] as? Int == 11 && json?["added"] as? Int == 0)
        #expect((json?["leftOut"] as? [[String: Any]])?.first?["field"] as? String == "bsn")
    }

    @Test func kindAndFormatAreCheckedAndBadFilesExitOne() throws {
        let cli = try CLI()
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool")
        let csv = try write(cli, "l.csv", "leerlingnummer;voornaam;achternaam\n1;Sem;Vos\n")
        let noKind = try cli.run(["people", "import", csv])
        #expect(noKind.code == 64 && noKind.err.contains("--kind pupil|parent|staff is verplicht"))
        let both = try cli.run(["people", "import", "--format", "edexml", "--kind", "pupil", Self.sample])
        #expect(both.code == 64)
        try cli.ok("people", "import", "--kind", "pupil", csv)  // today's form still works
        let headerOnly = try write(cli, "leeg.csv", "leerlingnummer;voornaam;achternaam\n")
        let h = try cli.run(["people", "import", "--kind", "pupil", headerOnly])
        #expect(h.code == 1 && h.err.contains("leeg.csv:1: het bestand heeft een kopregel maar geen rijen"))
        let broken = try write(cli, "EDEX.XML", "<EDEX>\n<leerlingen>\n<leerling key=\"1\">\n</leerlingen>\n</EDEX>\n")
        let b = try cli.run(["people", "import", "--format", "edexml", broken])
        #expect(b.code == 1 && b.err.contains("EDEX.XML:4: geen geldig XML"), "\(b.err)")
        let xmlAsCSV = try cli.run(["people", "import", "--kind", "pupil", Self.sample])
        #expect(xmlAsCSV.code == 1 && xmlAsCSV.err.contains("--format edexml"))
        #expect(try cli.ok("people", "list", "--kind", "pupil").out.split(separator: "\n").count == 1)
    }
}
