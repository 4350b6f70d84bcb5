import CasusTerminal
import CasusTestSupport
import Foundation
import Testing

/// A filed letter as an A4 PDF to sign, through the real binary. The PDF tests need weasyprint
/// and pdftotext (Debian: weasyprint, poppler-utils; CI installs them) and are skipped without.
@Suite struct LetterPDFTests {
    static let canRender = Spawn.which("weasyprint") != nil && Spawn.which("pdftotext") != nil

    /// A school, a pupil with parents, a case with a warning: the letter is filed with --pdf.
    func school(_ cli: CLI) throws -> (pupil: String, number: String) {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let pupil = CLI.firstID(
            try cli.ok("people", "add", "--kind", "pupil", "--name", "Joëlle de Vries", "--group", "7"))
        try cli.ok(
            "people", "add", "--kind", "parent", "--name", "Hélène de Vries", "--guardian-of", pupil, "--salutation",
            "mevrouw", "--street", "Kerkstraat 12a", "--postcode", "8011ab", "--town", "Zwolle")
        let incident = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Foto van een klasgenoot op Snapchat gezet.", "--json")
        let id = String((incident.json as? [String: Any])?["id"] as? Int ?? 0)
        let opened = try cli.ok(
            "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident", id,
            "--subject", pupil, "--article", "A.5", "--severity", "medium", "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        return (pupil, number)
    }

    func text(ofPDF path: String) throws -> String {
        let scratch = Scratch("pdftotext")
        let out = scratch.path("brief.txt")
        try Spawn.run([Spawn.which("pdftotext")!, path, out], capture: false)
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }

    @Test(
        .enabled(if: canRender, "weasyprint or pdftotext is not installed (apt-get install weasyprint poppler-utils)"))
    func aFiledLetterBecomesAPDFToSign() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        let pdf = cli.folder + "/waarschuwing.pdf"
        let filed = try cli.ok("letter", number, "--template", "waarschuwing", "--pdf", pdf)
        #expect(filed.out.contains("PDF om te ondertekenen geschreven: \(pdf)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: pdf)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.contents(atPath: pdf)?.prefix(5) == Data("%PDF-".utf8))
        let text = try text(ofPDF: pdf)
        #expect(text.contains("Joëlle"), "the pupil's name is not in the PDF's text:\n\(text)")
        // The letterhead, the address block and the salutation (issue 16, item 2).
        #expect(text.contains("OBS De Linde") && text.contains("H. de Vries"), "\(text)")
        #expect(text.contains("Kerkstraat 12a") && text.contains("8011 AB") && text.contains("ZWOLLE"))
        #expect(text.contains("Geachte mevrouw De Vries"))
        #expect(text.contains("Richtlijn A.5"))
        #expect(text.contains("Anne van der Berg"))  // the signature block
        // The dossier's chain at this letter, in small print: the entry's seq and hash.
        let dossier = try #require(
            try cli.ok("dossier", "show", String(try entryOwner(cli, number)), "--json").json as? [String: Any])
        let entry = try #require((dossier["entries"] as? [[String: Any]])?.last)
        let hash = try #require(entry["hash"] as? String)
        #expect(text.replacingOccurrences(of: "\n", with: "").contains(hash))
        #expect(text.contains("stuk nr."))

        // The PDF carries the casus seal, and its words are the filed letter's.
        let checked = try cli.run(["verify", "--against", pdf])
        #expect(checked.code == 0, "\(checked.out)\(checked.err)")
        #expect(checked.out.contains("de tekst van het document is die van de opgeslagen brief"), "\(checked.out)")

        // The same letter again from the dossier, by its entry id.
        let again = cli.folder + "/opnieuw.pdf"
        let id = String(describing: entry["id"] ?? "")
        try cli.ok("letter", "pdf", id, "--out", again)
        #expect(try self.text(ofPDF: again).contains("Joëlle"))
    }

    /// A threat quoted with emoji and a direction control: the fonts here draw no emoji, and the PDF
    /// printed blanks where they stood without a word; U+202E printed the words backwards; and the
    /// genuine PDF was then called changed (reviews). Said when the PDF is made; the page shows �
    /// for the control; `verify` knows the file casus made.
    @Test(
        .enabled(if: canRender, "weasyprint or pdftotext is not installed (apt-get install weasyprint poppler-utils)"))
    func aPDFThatCannotShowEveryCharacterSaysSoAndStaysCasusOwn() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        let template = try cli.ok("letter", number, "--template", "waarschuwing", "--print").out
        let greeting = try #require(template.range(of: "Met vriendelijke groet"))
        let quote = "Joëlle schreef: \u{202E}ik maak je af\u{202C} 🔪🔪 jij bent de volgende 💀."
        let body = template[..<greeting.lowerBound] + quote + "\n\n" + template[greeting.lowerBound...]
        let file = cli.folder + "/brief.txt"
        try String(body).write(toFile: file, atomically: true, encoding: .utf8)
        let pdf = cli.folder + "/dreiging.pdf"
        let made = try cli.ok("letter", number, "--template", "waarschuwing", "--body-file", file, "--pdf", pdf)
        let text = try text(ofPDF: pdf)
        #expect(text.contains("\u{FFFD}ik maak je af\u{FFFD}"), "\(text)")
        let drawsEmoji = text.contains("🔪")
        #expect(made.out.contains("de PDF toont niet alles van de brief") == !drawsEmoji, "\(made.out)")
        let checked = try cli.run(["verify", "--against", pdf])
        #expect(checked.code == 0, "\(checked.out)\(checked.err)")
        #expect(checked.out.contains("byte voor byte het bestand dat casus maakte"), "\(checked.out)")
        // A script reads whether casus made the file (it was Dutch text only, a review).
        let json = try cli.run(["verify", "--against", pdf, "--json"])
        let documents = (json.json as? [String: Any])?["documents"] as? [[String: Any]]
        #expect(documents?.first?["copy"] as? String == "made", "\(json.out)")
    }

    /// A letter of three pages with a PS under the signature, at a school with a town: the PDF
    /// holds every word the director wrote (the PS was left out), and `verify --against` finds it
    /// the filed letter (it found the small print of every page but the last, and the town in the
    /// letterhead, "added").
    @Test(
        .enabled(if: canRender, "weasyprint or pdftotext is not installed (apt-get install weasyprint poppler-utils)"))
    func aLongLetterWithAPostscriptIsTheFiledLetter() throws {
        let cli = try CLI()
        try cli.ok(
            "init", "--school", "OBS De Linde", "--town", "Zwolle", "--protocol", "jozefschool", "--name",
            "Anne van der Berg")
        let pupil = CLI.firstID(
            try cli.ok("people", "add", "--kind", "pupil", "--name", "Joëlle de Vries", "--group", "7"))
        try cli.ok(
            "people", "add", "--kind", "parent", "--name", "Hélène de Vries", "--guardian-of", pupil, "--salutation",
            "mevrouw", "--street", "Kerkstraat 12a", "--postcode", "8011ab", "--town", "Zwolle")
        let incident = try cli.ok("incident", "add", "--subject", pupil, "--summary", "Foto op Snapchat.", "--json")
        let id = String((incident.json as? [String: Any])?["id"] as? Int ?? 0)
        let opened = try cli.ok(
            "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident", id,
            "--subject", pupil, "--article", "A.5", "--severity", "medium", "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        let template = try cli.ok("letter", number, "--template", "waarschuwing", "--print").out
        // The template's text with forty more paragraphs before the greeting, and a PS after the signature.
        let greeting = try #require(template.range(of: "Met vriendelijke groet"))
        let paragraphs = (1...40).map { "Alinea \($0): wij hebben met Joëlle gesproken over wat er is gebeurd." }
        let body =
            template[..<greeting.lowerBound] + paragraphs.joined(separator: "\n\n") + "\n\n"
            + template[greeting.lowerBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            + "\n\nPS: het gesprek van dinsdag gaat door om 15.00 uur.\n"
        let file = cli.folder + "/brief.txt"
        try body.write(toFile: file, atomically: true, encoding: .utf8)
        let pdf = cli.folder + "/lang.pdf"
        try cli.ok("letter", number, "--template", "waarschuwing", "--body-file", file, "--pdf", pdf)
        let text = try text(ofPDF: pdf)
        #expect(
            text.components(separatedBy: "\u{0C}").filter {
                !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }.count >= 2, "one page only")
        #expect(text.contains("PS: het gesprek van dinsdag gaat door om 15.00 uur."), "\(text)")
        #expect(text.contains("Alinea 40"))
        let checked = try cli.run(["verify", "--against", pdf])
        #expect(checked.code == 0, "\(checked.out)\(checked.err)")
        #expect(checked.out.contains("de tekst van het document is die van de opgeslagen brief"), "\(checked.out)")
        #expect(!checked.out.contains("na het maken nog veranderd"), "\(checked.out)")
        #expect(checked.out.contains("byte voor byte het bestand dat casus maakte"), "\(checked.out)")
        // The same PDF saved whole again by another program (no update appended; here one byte of
        // its producer's name changed, as any rewrite changes bytes): a box drawn over a date kept
        // the letter's words and was certified (a review). Not a PDF casus made.
        let original = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let producer = Data("WeasyPrint".utf8)
        let at = try #require(original.range(of: producer), "weasyprint names itself in the PDF")
        var resaved = original
        resaved.replaceSubrange(at, with: Data("WeasyPrunt".utf8))
        try resaved.write(to: URL(fileURLWithPath: cli.folder + "/opnieuw.pdf"))
        let again = try cli.run(["verify", "--against", cli.folder + "/opnieuw.pdf"])
        #expect(
            again.code == 1 && again.out.contains("is geen van de 1 kopie(ën) die casus van deze brief maakte"),
            "\(again.out)\(again.err)")
        #expect(!again.out.contains(": klopt met de keten."), "\(again.out)")
        // One document, one seal: its report once.
        #expect(checked.out.components(separatedBy: "gebeurtenisketen houdt").count == 2, "\(checked.out)")
        // The same PDF with an update appended, as a viewer saves an annotation or a white box over
        // the text: its text is still the letter's, the page need not be (a review blanked half a
        // page and casus said "klopt"). Not the copy casus made.
        func verifiedWith(_ update: String, as name: String) throws -> CLI.Result {
            var bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
            bytes.append(Data(update.utf8))
            try bytes.write(to: URL(fileURLWithPath: cli.folder + "/" + name))
            return try cli.run(["verify", "--against", cli.folder + "/" + name])
        }
        let told = try verifiedWith(
            "\n9999 0 obj\n<< /Type /Annot /Subtype /Square >>\nendobj\ntrailer\n<< >>\n%%EOF\n", as: "aangepast.pdf")
        #expect(told.code == 1 && told.out.contains("is na het maken nog veranderd"), "\(told.out)\(told.err)")
        // One verdict: not "veranderd" above and "klopt met de keten." below (a review).
        #expect(!told.out.contains(": klopt met de keten."), "\(told.out)")
        // An update without its closing %%EOF (a viewer's, a review): its trailer points back.
        let also = try verifiedWith(
            "\n9999 0 obj\n<< /Type /Annot >>\nendobj\ntrailer\n<< /Prev 9 >>\n", as: "zonder-eof.pdf")
        #expect(also.code == 1 && also.out.contains("is na het maken nog veranderd"), "\(also.out)\(also.err)")
        // The check's line names the letter and its dossier, not the file (its name often names the
        // person, and the line stays for good, a review).
        let log = try cli.ok("audit").out.split(separator: "\n").filter { $0.contains("verify.document") }
        #expect(!log.isEmpty && log.allSatisfy { $0.contains("brief nr.") && !$0.contains(".pdf") }, "\(log)")
    }

    /// Compound words and web addresses the page breaks at its lines' ends, one longer than a line:
    /// the genuine PDF matches (a review: "social-mediaprotocol" came back without its hyphen and
    /// was called changed, and a long address ran off the page), and a hyphen taken out does not.
    @Test(
        .enabled(if: canRender, "weasyprint or pdftotext is not installed (apt-get install weasyprint poppler-utils)"))
    func aPDFsBrokenWordsAreItsOwnAndAHyphenTakenOutIsNot() throws {
        let cli = try CLI()
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let pupil = CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Sophie Dekker"))
        let incident = try cli.ok("incident", "add", "--subject", pupil, "--summary", "Groepsapp.", "--json")
        let id = String((incident.json as? [String: Any])?["id"] as? Int ?? 0)
        let opened = try cli.ok(
            "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident", id,
            "--subject", pupil, "--article", "A.5", "--severity", "light", "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto gedeeld.")
        let sentence =
            "Sophie kreeg een ICT-verbod na berichten in de WhatsApp-groep over het social-mediaprotocol, zie "
            + "https://www.deklimop.nl/protocollen/sociale-media-protocol-2026-definitief.pdf voor de tekst. "
        let long =
            "https://averylongdomainnamewithoutanyhyphensatall.example.com/" + String(repeating: "a", count: 90)
            + "/bbbbbbbbbbbbbbbbb."
        let body =
            "Geachte ouders,\n\n" + String(repeating: sentence, count: 8) + "\n\nZie ook " + long
            + "\n\nWij schorsen Sophie 1-3 dagen.\n"
        let file = cli.folder + "/brief.txt"
        try body.write(toFile: file, atomically: true, encoding: .utf8)
        let pdf = cli.folder + "/brief.pdf"
        try cli.ok("letter", number, "--template", "waarschuwing", "--body-file", file, "--pdf", pdf)
        let checked = try cli.run(["verify", "--against", pdf])
        #expect(checked.code == 0, "\(checked.out)\(checked.err)")
        // The same letter as text, with the hyphen taken out of "1-3": not the letter.
        let txt = cli.folder + "/brief-tekst.txt"
        try cli.ok("letter", number, "--template", "waarschuwing", "--body-file", file, "--out", txt, "--again")
        let forged = try String(contentsOfFile: txt, encoding: .utf8).replacingOccurrences(of: "1-3", with: "13")
        try forged.write(toFile: cli.folder + "/vals.txt", atomically: true, encoding: .utf8)
        let refused = try cli.run(["verify", "--against", cli.folder + "/vals.txt"])
        #expect(refused.code == 1 && refused.out.contains("KLOPT NIET"), "\(refused.out)")
    }

    /// A decision's PDF has headings, and so an outline whose bookmarks point back (/Prev): every such
    /// PDF casus made was called changed after making (a review). Only a trailer that points back is
    /// an update.
    @Test(
        .enabled(if: canRender, "weasyprint or pdftotext is not installed (apt-get install weasyprint poppler-utils)"))
    func aDecisionsPDFWithHeadingsIsTheOneCasusMade() throws {
        let cli = try CLI()
        try cli.ok("demo", "--no-tui", "--db", cli.db)
        let cases = try #require(try cli.run(["case", "list", "--json", "--db", cli.db]).json as? [[String: Any]])
        let number = try #require(cases.first { $0["rung"] as? String == "suspension" }?["number"] as? String)
        // The template's text with its fields filled in, as a director does.
        let template = try cli.run(["letter", number, "--template", "schorsingsbesluit", "--print", "--db", cli.db]).out
        // A heading with a word a PDF's structure uses ("De trailer" became a bookmark's title, and the
        // outline's /Prev read as an update, a review).
        let body =
            template.replacingOccurrences(of: "\\[[^\\]]*\\]", with: "ingevuld", options: .regularExpression)
            + "\n\nDe trailer\n\nNog een alinea onder deze kop.\n"
        let file = cli.folder + "/besluit.txt"
        try body.write(toFile: file, atomically: true, encoding: .utf8)
        let pdf = cli.folder + "/besluit.pdf"
        let filed = try cli.run([
            "letter", number, "--template", "schorsingsbesluit", "--again", "--body-file", file, "--pdf", pdf,
            "--db", cli.db,
        ])
        #expect(filed.code == 0, "\(filed.err)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(bytes.firstRange(of: Data("/Prev".utf8)) != nil, "the outline points back: the case this test is for")
        let checked = try cli.run(["verify", "--against", pdf, "--db", cli.db])
        #expect(
            checked.code == 0 && !checked.out.contains("na het maken nog veranderd"), "\(checked.out)\(checked.err)")
    }

    func entryOwner(_ cli: CLI, _ number: String) throws -> Int {
        let shown = try cli.ok("case", "show", number, "--json").json as? [String: Any]
        let subject = shown?["subject"] as? [String: Any]
        return subject?["id"] as? Int ?? 0
    }

    @Test func withoutARendererTheHTMLIsWrittenAndSaidSo() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("letter", number, "--template", "waarschuwing")
        let dossier = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        let id = String(describing: (dossier["entries"] as? [[String: Any]])?.last?["id"] ?? "")
        let pdf = cli.folder + "/brief.pdf"
        let r = try cli.run(["letter", "pdf", id, "--out", pdf], env: ["CASUS_PDF_RENDERER": ""])
        #expect(r.code == 1)
        #expect(r.err.contains("weasyprint is niet geïnstalleerd"))
        #expect(r.err.contains(cli.folder + "/brief.html"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let html = try String(contentsOfFile: cli.folder + "/brief.html", encoding: .utf8)
        #expect(html.contains("Joëlle de Vries") && html.contains("<!DOCTYPE html>"))
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.folder + "/brief.html")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    /// A PDF never takes the place of a file that is there: `letter pdf --out` named the database
    /// itself, which was then a PDF, every dossier gone.
    @Test func aPDFNeverReplacesAFileThatIsThere() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("letter", number, "--template", "waarschuwing")
        let dossier = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        let id = String(describing: (dossier["entries"] as? [[String: Any]])?.last?["id"] ?? "")
        // A renderer that writes a PDF wherever it is told.
        let renderer = cli.folder + "/renderer"
        try "#!/bin/sh\nprintf '%%PDF-1.7 proef' > \"$3\"\n".write(toFile: renderer, atomically: true, encoding: .utf8)
        chmod(renderer, 0o755)
        let notes = cli.folder + "/aantekeningen.txt"
        try "mijn aantekeningen".write(toFile: notes, atomically: true, encoding: .utf8)
        for target in [cli.db, notes] {
            let r = try cli.run(["letter", "pdf", id, "--out", target], env: ["CASUS_PDF_RENDERER": renderer])
            #expect(r.code == 1 && r.err.contains("\(target) bestaat al; er is niets overschreven"), "\(r.err)")
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "mijn aantekeningen")
        // A print refused is no print: the log held a line for each (a review).
        #expect(!(try cli.ok("audit").out.contains("letter.print")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.db)).prefix(15) == Data("SQLite format 3".utf8))
        #expect(try cli.ok("verify").out.contains("alles klopt"))
        // A new name is written, and is the renderer's PDF.
        let pdf = cli.folder + "/brief.pdf"
        let made = try cli.run(["letter", "pdf", id, "--out", pdf], env: ["CASUS_PDF_RENDERER": renderer])
        #expect(made.code == 0, "\(made.err)")
        #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "%PDF-1.7 proef")
        #expect(try cli.ok("audit").out.components(separatedBy: "letter.print").count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    /// Ctrl-C while the renderer makes the PDF: the letter's text left in the temporary folder for
    /// good, outside every purge (a review). The handler removes it, the folder with it; no PDF
    /// appears, and casus ends as Ctrl-C ends a program.
    @Test func ctrlCWhileThePDFIsMadeLeavesNoCopyOfTheLetter() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("letter", number, "--template", "waarschuwing")
        let dossier = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        let id = String(describing: (dossier["entries"] as? [[String: Any]])?.last?["id"] ?? "")
        let renderer = cli.folder + "/traag"
        try "#!/bin/sh\nsleep 8\n".write(toFile: renderer, atomically: true, encoding: .utf8)
        chmod(renderer, 0o755)
        try FileManager.default.createDirectory(atPath: cli.temporary, withIntermediateDirectories: true)
        let pdf = cli.folder + "/brief.pdf"
        let p = try cli.start(["letter", "pdf", id, "--out", pdf], env: ["CASUS_PDF_RENDERER": renderer])
        func copies() -> [String] {
            ((try? FileManager.default.subpathsOfDirectory(atPath: cli.temporary)) ?? []).filter {
                $0.hasSuffix("brief.html")
            }
        }
        let deadline = Date().addingTimeInterval(20)
        while copies().isEmpty, Date() < deadline { usleep(20_000) }
        #expect(!copies().isEmpty, "the renderer never started")
        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.temporary).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    /// A PDF asked for in a folder that is not there: refused before the letter is filed (it was
    /// filed, then the PDF failed, and asking again filed it twice).
    @Test func aPDFThatCannotBeWrittenFilesNothing() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        let before = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        FileManager.default.createFile(atPath: cli.folder + "/een-bestand", contents: Data())
        for path in [cli.folder + "/geen-map/brief.pdf", cli.folder + "/een-bestand/brief.pdf"] {
            let r = try cli.run(["letter", number, "--template", "waarschuwing", "--pdf", path])
            #expect(r.code != 0, "\(r.out)")
            #expect(
                r.err.contains("kan \(path) niet schrijven") && r.err.contains("er is niets opgeslagen"), "\(r.err)")
            #expect(!r.out.contains("Brief opgeslagen"), "\(r.out)")
        }
        // No file name, and a folder where nothing can be made (as root too).
        for (option, path) in [
            ("--pdf", ""), ("--out", ""), ("--pdf", "/proc/brief.pdf"), ("--out", "/proc/brief.txt"),
        ] {
            let r = try cli.run(["letter", number, "--template", "waarschuwing", option, path])
            #expect(r.code != 0 && !r.out.contains("Brief opgeslagen"), "\(option) \(path): \(r.out)\(r.err)")
        }
        let missing = try cli.run(["letter", number, "--template", "waarschuwing", "--pdf", cli.folder + "/x/b.pdf"])
        #expect(missing.err.contains("de map bestaat niet"), "\(missing.err)")
        let after = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        #expect((after["entries"] as? [Any])?.count == (before["entries"] as? [Any])?.count)
    }

    @Test func onlyALetterBecomesAPDF() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("note", number, "--kind", "note", "--body", "Gesprek gehad.")
        let dossier = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        let id = String(describing: (dossier["entries"] as? [[String: Any]])?.last?["id"] ?? "")
        let r = try cli.run(["letter", "pdf", id, "--out", cli.folder + "/x.pdf"])
        #expect(r.code == 1)
        #expect(r.err.contains("geen brief"))
        let unknown = try cli.run(["letter", "pdf", "99999", "--out", cli.folder + "/x.pdf"])
        #expect(unknown.code == 1 && unknown.err.contains("bestaat niet"))
    }
}
