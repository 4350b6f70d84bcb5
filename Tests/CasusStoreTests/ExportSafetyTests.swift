import CasusCore
import CasusStore
import Foundation
import Testing

/// Issue 12: what a dossier export quotes stays text in every format.
@Suite struct ExportSafetyTests {
    static let injected =
        "Foto gedeeld.\n## Stukken\n<img src=x onerror=alert(1)>\n![p](http://evil.example/p.png) [klik](http://evil.example)\n- lijst\n1. nummer\n---\n> citaat `code` *vet* &lt; | a | b |\n    \u{202E}gnp.exe\u{202C}"

    func school() throws -> (TestSchool, Person) {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Tygo", "Bouzid", group: "8")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: Self.injected)
        try school.service.cases.addEntry(
            c.id, kind: .meeting, title: "Titel # kop <b>vet</b>", body: Self.injected, heard: [.pupil])
        return (school, pupil)
    }

    @Test func markdownExportKeepsUserTextAsText() throws {
        let (school, pupil) = try school()
        let md = try school.service.dossiers.export(pupil.id, format: .md)
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Headings: only casus's own.
        #expect(lines.filter { $0.hasPrefix("## Stukken") }.count == 1)
        let own: Set<String> = [
            "## Stukken", "## Zaken", "## Gegevens", "## Meldingen", "## Wat de school met deze gegevens doet",
        ]
        #expect(!lines.contains { $0.hasPrefix("# kop") || $0.hasPrefix("## ") && !own.contains($0) })
        // No raw HTML, image, link, list, rule or emphasis from the text.
        // casus's own lines (hashes, the chain, the seal: no user text in them) may use markup.
        for (i, line) in lines.enumerated()
        where !line.hasPrefix("`hash ") && !line.hasPrefix("- Hashketen") && !line.hasPrefix("- casus-ketenkop") {
            // casus's own markers: headings (with an entry's "#seq"), list items, the quote.
            var text = Substring(line)
            for marker in ["### #", "### ", "## ", "# ", "- ", "> ", ">"] where text.hasPrefix(marker) {
                text = text.dropFirst(marker.count)
                if marker == "### #" { text = text.drop { $0.isNumber } }
                break
            }
            let chars = Array(text)
            for (j, c) in chars.enumerated() where "<>[]!*`|&_~#".contains(c) {
                #expect(j > 0 && chars[j - 1] == "\\", "line \(i + 1) has a raw \(c): \(line)")
            }
            #expect(!text.hasPrefix("- lijst") && !text.hasPrefix("1. ") && !text.hasPrefix("---"), "\(line)")
        }
        #expect(!md.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{202C}" })
    }

    @Test func htmlExportEscapesEverything() throws {
        let (school, pupil) = try school()
        let html = try school.service.dossiers.export(pupil.id, format: .html)
        #expect(!html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{202C}" })
    }

    @Test func jsonExportEscapesControls() throws {
        let (school, pupil) = try school()
        let json = try school.service.dossiers.export(pupil.id, format: .json)
        #expect(!json.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{202C}" })
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let entries = value?["entries"] as? [[String: Any]] ?? []
        #expect(entries.contains { ($0["body"] as? String) == Self.injected })
    }

    /// JSONEncoder writes DEL, C1 and the bidi controls raw (JSON allows it); casus escapes them.
    @Test func escapingJSONLeavesTheMeaningAlone() throws {
        let text = "a\u{7F}b\u{85}c\u{9B}d\u{202E}e\u{2066}f\u{2069}g€h\u{2028}i"
        let data = try JSONEncoder().encode([text])
        let escaped = TerminalText.escapingJSON(data)
        let raw = String(decoding: escaped, as: UTF8.self)
        #expect(!raw.unicodeScalars.contains { TerminalText.isUnsafe($0) })
        #expect(try JSONDecoder().decode([String].self, from: escaped) == [text])
    }

    /// Cells that a spreadsheet would run (=, +, -, @) are stored as typed. casus has no CSV
    /// export; in the JSON, Markdown and HTML exports they stay text.
    @Test func formulaLikeCellsAreStoredAsTypedAndExportedAsText() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let csv = """
            Leerlingnummer;Roepnaam;Achternaam;Groep
            1;"=HYPERLINK(""http://evil.example"";""klik"")";+31612345678;5
            2;@SUM(1+1);-2+3;6
            """
        _ = try school.service.directory.importPeople(kind: .pupil, csv: Array(csv.utf8), file: "l.csv", dryRun: false)
        let people = try school.service.directory.people(kinds: [.pupil])
        let first = try #require(people.first { $0.externalID == "1" })
        #expect(first.firstName == "=HYPERLINK(\"http://evil.example\";\"klik\")" && first.lastName == "+31612345678")
        let second = try #require(people.first { $0.externalID == "2" })
        #expect(second.firstName == "@SUM(1+1)" && second.lastName == "-2+3")
        try school.service.dossiers.addEntry(
            person: first.id, kind: .note, title: "=1+1", body: "=cmd|' /C calc'!A0\n+1\n-1\n@A1")
        let md = try school.service.dossiers.export(first.id, format: .md)
        for line in md.split(separator: "\n") {
            let text = line.hasPrefix("> ") ? line.dropFirst(2) : line
            #expect(!text.hasPrefix("=") && !text.hasPrefix("+") && !text.hasPrefix("-1"), "\(line)")
        }
        #expect(md.contains("> \\=cmd|") == false && md.contains("> \\=cmd\\|"))
        let json = try school.service.dossiers.export(first.id, format: .json)
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((value?["dossier"] as? String)?.hasSuffix("+31612345678") == true)
        let html = try school.service.dossiers.export(first.id, format: .html)
        #expect(html.contains("=HYPERLINK(&quot;http://evil.example&quot;;&quot;klik&quot;)"))
    }
}

/// A report that names a staff member, as what the pupil's case leaves out: its text is staff data
/// (an allegation about a teacher's conduct), and the export for the pupil's parents gave it whole
/// while the case said it stays out of the pupil's dossier (a review of a board's server).
@Suite struct ExportOfStaffReportsTests {
    @Test func aPupilsExportLeavesOutTheTextOfAReportNamingStaff() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Sanne", "Bakker", group: "8")
        let karel = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Karel", lastName: "Smit", function: "leerkracht")
        ).value
        let report = try school.service.intake.report(
            summary: "Ruzie op Instagram; meester Karel schold Sanne uit, hij was dronken.", platform: "Instagram",
            subjects: [pupil.id, karel.id],
            evidence: [EvidenceFile(name: "berichten-karel.png", bytes: Array("PNG van de berichten".utf8))]
        ).value
        _ = try school.service.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil)
            .value
        let md = try school.service.dossiers.export(pupil.id, format: .md)
        #expect(!md.contains("dronken"), "\(md)")
        #expect(md.contains("die ook een medewerker noemt"), "\(md)")
        // Nor its evidence, the same staff data (a screenshot of the teacher's messages, a review).
        #expect(!md.contains("berichten-karel.png"), "\(md)")
        // The employee's own export keeps it: it is about him.
        let his = try school.service.dossiers.export(karel.id, format: .md)
        #expect(his.contains("dronken"))
    }
}
