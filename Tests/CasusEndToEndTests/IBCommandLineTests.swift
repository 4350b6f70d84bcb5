import Foundation
import Testing

/// An intern begeleider on the command line of the demo school (a review of a week as IB): a
/// surname finds the people it names, as `/` does on the full screen (it found "Niets" and an IB
/// concluded a child had no record); `note` on a case writes her care note by default (it refused
/// its own default); a correction of another's entry says why it is refused (it said she may not
/// record notes, having just written one); a parent's dossier does not send her to an export her
/// role may not make.
@Suite struct IBCommandLineTests {
    @Test func anIBsSearchNotesAndCorrectionsSayWhatSheMayDo() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        func ib(_ args: String...) throws -> CLI.Result { try cli.run(["--db", db, "--as", "demo-ib"] + args) }

        let search = try ib("search", "Terpstra")
        #expect(search.code == 0, "\(search.err)")
        #expect(
            search.out.contains("Personen") && search.out.contains("Terpstra, Isa (leerling, groep 7)"), "\(search.out)"
        )
        #expect(!search.out.contains("Karin"), "staff is not the IB's: \(search.out)")
        #expect(!search.out.contains("Niets gevonden"), "\(search.out)")
        let audit = try cli.run(["--db", db, "audit", "--limit", "3"])
        #expect(audit.out.contains("people.list"), "the names shown leave a line: \(audit.out)")

        let note = try ib("note", "2026-0003", "--body", "Mohamed heeft een gesprek met de IB gehad.")
        #expect(note.code == 0, "\(note.err)")
        let shown = try cli.run(["--db", db, "case", "show", "2026-0003"])
        #expect(shown.out.contains("zorgnotitie"), "\(shown.out)")

        // The dossier of the case's pupil, and a director's entry in it.
        let json = try #require(
            try cli.run(["--db", db, "case", "show", "2026-0005", "--json"]).json as? [String: Any])
        let dossier = try #require((json["dossier"] as? [String: Any])?["id"] as? Int)
        let parent = try #require((json["subject"] as? [String: Any])?["id"] as? Int)
        let entries = try #require(
            (try cli.run(["--db", db, "dossier", "show", String(dossier), "--json"]).json as? [String: Any])?["entries"]
                as? [[String: Any]])
        let directors = try #require(entries.first { ($0["author"] as? String) == "demo-directeur" }?["id"] as? Int)
        let fix = try ib("dossier", "note", String(dossier), "--corrects", String(directors), "--body", "Fout.")
        #expect(fix.code != 0 && fix.err.contains("u corrigeert alleen wat u zelf schreef"), "\(fix.err)")
        #expect(!fix.err.contains("brieven en notities vastleggen"), "\(fix.err)")

        let parentDossier = try ib("dossier", "show", String(parent))
        #expect(parentDossier.err.contains("is een ouder en heeft geen eigen dossier"), "\(parentDossier.err)")
        #expect(!parentDossier.err.contains("casus dossier export"), "\(parentDossier.err)")
    }

    /// A case's number finds the case (the search found only texts holding both numbers).
    @Test func aCaseNumberFindsTheCase() throws {
        let cli = try CLI()
        let db = cli.folder + "/demo.sqlite"
        try #require(try cli.run(["demo", "--no-tui", "--db", db]).code == 0)
        let r = try cli.run(["--db", db, "search", "2026-5"])
        #expect(r.code == 0, "\(r.err)")
        // The case first; its digits are no loose words ("Groep: 5" found another pupil's letter).
        let lines = r.out.split(separator: "\n")
        // Its number said once (it read "zaak 2026-0005 · Zaak 2026-0005").
        #expect(lines.count >= 2 && lines[1].contains("zaak 2026-0005"), "\(r.out)")
        #expect(!r.out.contains("Zaak 2026-0005"), "\(r.out)")
        #expect(!r.out.contains("2026-0007"), "\(r.out)")
    }
}
