import Foundation
import Testing

/// The command line of DESIGN.md §7, as scripts use it.
@Suite struct CommandLineTests {
    /// A school with a pupil, a parent and a case about the pupil.
    func school(_ cli: CLI, protocol id: String = "jozefschool") throws -> (pupil: String, caseNumber: String) {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", id, "--name", "Anne van der Berg")
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
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        return (pupil, number)
    }

    /// A subcommand left out is said, with the command meant, not blamed on a global option: `casus
    /// --db X dossier 2` was told "Onbekende optie '--db'" (a review). Nothing runs (exit 64).
    @Test func aSubcommandLeftOutIsSaidWithTheCommandMeant() throws {
        let cli = try CLI()
        let nl = try cli.run(["--db", cli.db, "dossier", "2"])
        #expect(nl.code == 64 && nl.err.contains("Onverwacht argument '2'"), "\(nl.err)")
        #expect(
            nl.err.contains("Bedoelde u: casus --db \(cli.db) dossier show 2") && !nl.err.contains("'--db'"),
            "\(nl.err)")
        let en = try cli.run(["--lang", "en", "--db", cli.db, "case", "2026-0001"])
        #expect(
            en.code == 64 && en.err.contains("Did you mean: casus --lang en --db \(cli.db) case show 2026-0001"),
            "\(en.err)")
        let spaced = try cli.run(["--db", cli.folder + "/a b.sqlite", "dossier", "2"])
        #expect(spaced.err.contains("casus --db '\(cli.folder)/a b.sqlite' dossier show 2"), "\(spaced.err)")
        #expect(!en.err.contains("'--lang'"), "\(en.err)")
        let lone = try cli.run(["dossier", "--db"])
        #expect(lone.code == 64 && lone.err.contains("--db staat er zonder waarde"), "\(lone.err)")
        let option = try cli.run(["--db", cli.db, "case", "list", "--bogus"])
        #expect(
            option.code == 64 && option.err.contains("Onbekende optie '--bogus'") && !option.err.contains("Bedoelde"))
        #expect(!FileManager.default.fileExists(atPath: cli.db), "nothing was made")
    }

    /// A letter's sending is kept for good: the confirmation names whose dossier and which case the
    /// letter is of, and `--case` refuses a letter of another case (a review recorded another
    /// pupil's letter as sent: the screen gave the dossier's number, the command took the id).
    @Test func aLetterSentNamesItsDossierAndCaseAndRefusesAnotherCase() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto gedeeld.")
        let written = try cli.ok("letter", number, "--template", "waarschuwing")
        let id = try #require(
            written.out.split(separator: " ").drop { $0 != "stuk" }.dropFirst().first.flatMap { Int($0) },
            "\(written.out)")
        // Another case of the same pupil: its number, or its id, is refused for this letter.
        let other = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Nog een foto.", "--platform", "Snapchat", "--json")
        let otherCase = try cli.ok(
            "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident",
            String((other.json as? [String: Any])?["id"] as? Int ?? 0), "--subject",
            pupil, "--article", "A.5", "--severity", "medium", "--json")
        let otherNumber = (otherCase.json as? [String: Any])?["number"] as? String ?? ""
        let otherID = (otherCase.json as? [String: Any])?["id"] as? Int ?? 0
        for ref in [otherNumber, String(otherID)] {
            let wrong = try cli.run(["letter", "sent", String(id), "--via", "post", "--case", ref])
            #expect(
                wrong.code == 1 && wrong.err.contains("niet van zaak \(otherNumber); er is niets vastgelegd"),
                "\(ref): \(wrong.err)")
        }
        let unknown = try cli.run(["letter", "sent", String(id), "--via", "post", "--case", "2026-11"])
        #expect(unknown.code != 0 && unknown.err.contains("2026-11"), "\(unknown.err)")
        let sent = try cli.ok("letter", "sent", String(id), "--via", "post", "--case", number)
        #expect(sent.out.contains("in het dossier van Joëlle de Vries, zaak \(number)"), "\(sent.out)")
        #expect(sent.out.contains("verzonden per post"), "\(sent.out)")
    }

    /// Issue 16, item 2: `people edit` records how a parent is addressed and where (a bad postcode
    /// refused, nothing changed); a letter without an address is not filed and says how to add it;
    /// parents living apart get a letter each, written as -1 and -2; `--to` picks one.
    @Test func parentsLivingApartGetALetterEachFromTheCommandLine() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        let father = CLI.firstID(
            try cli.ok("people", "add", "--kind", "parent", "--name", "Kees van den Berg", "--guardian-of", pupil))
        let bad = try cli.run(["people", "edit", father, "--postcode", "80111 AB"])
        #expect(bad.code != 0)
        #expect(bad.err.contains("--postcode '80111 AB' is geen Nederlandse postcode"), "\(bad.err)")
        let badKind = try cli.run(["people", "edit", father, "--salutation", "meneer"])
        #expect(badKind.code != 0)
        #expect(
            badKind.err.contains("--salutation 'meneer' bestaat niet; kies heer, mevrouw, neutraal of onbekend"),
            "\(badKind.err)")

        let out = cli.folder + "/brief.txt"
        let refused = try cli.run(["letter", number, "--template", "waarschuwing", "--out", out])
        #expect(refused.code != 0)
        #expect(refused.err.contains("brief 1 van 2: de brief heeft nog geen adres"), "\(refused.err)")
        #expect(refused.err.contains("casus people edit \(father) --street --postcode --town"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/brief-2.txt"), "none is filed")

        let edited = try cli.ok(
            "people", "edit", father, "--salutation", "heer", "--street", "Molenweg 3", "--postcode", "8012cd",
            "--town", "Zwolle")
        #expect(edited.out.contains("Geachte heer Van den Berg"))
        #expect(edited.out.contains("8012 CD  ZWOLLE"))
        let filed = try cli.ok("letter", number, "--template", "waarschuwing", "--out", out)
        #expect(filed.out.contains("brief-1.txt") && filed.out.contains("brief-2.txt"), "\(filed.out)")
        let one = try String(contentsOfFile: cli.folder + "/brief-1.txt", encoding: .utf8)
        let two = try String(contentsOfFile: cli.folder + "/brief-2.txt", encoding: .utf8)
        #expect(one.contains("De heer K. van den Berg\nMolenweg 3\n8012 CD  ZWOLLE"))
        #expect(one.contains("Geachte heer Van den Berg,"))
        #expect(two.contains("Mevrouw H. de Vries\nKerkstraat 12a\n8011 AB  ZWOLLE"))
        #expect(two.contains("Geachte mevrouw De Vries,"))
        #expect(two.contains("namens het bevoegd gezag van OBS De Linde,"))
        let only = try cli.ok("letter", number, "--template", "waarschuwing", "--to", father, "--print")
        #expect(only.out.contains("Geachte heer Van den Berg,") && !only.out.contains("Geachte mevrouw"))
        // Both letters are in the case: asked again, refused, naming the first; with one parent's
        // letter in it, only the other's is filed (the letters to both were refused, a review).
        let twice = try cli.run(["letter", number, "--template", "waarschuwing"])
        #expect(twice.code == 1 && twice.err.contains("deze brief staat al in de zaak"), "\(twice.err)")
        // A new step, a second later (times are to the second): its letter is a new one.
        Thread.sleep(forTimeInterval: 1.1)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Weer een foto.")
        try cli.ok("letter", number, "--template", "waarschuwing", "--to", father)
        let rest = try cli.ok("letter", number, "--template", "waarschuwing")
        #expect(
            rest.out.contains("stond al in de zaak") && rest.out.contains("Brief opgeslagen als stuk"), "\(rest.out)")
        try cli.ok("verify")
    }

    /// Two parents at one address get one letter; the director was told it went "aan" the first
    /// alone (a review).
    @Test func aLetterToTwoParentsAtOneAddressSaysBoth() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        try cli.ok(
            "people", "add", "--kind", "parent", "--name", "Kees de Vries", "--guardian-of", pupil, "--salutation",
            "heer", "--street", "Kerkstraat 12a", "--postcode", "8011ab", "--town", "Zwolle")
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        let filed = try cli.ok("letter", number, "--template", "waarschuwing", "--out", cli.folder + "/brief.txt")
        // Inside the sentence each title is written small (it said "aan Mevrouw …", a review).
        #expect(filed.out.contains("aan mevrouw H. de Vries en de heer K. de Vries"), "\(filed.out)")
    }

    @Test func aRefusedStepExitsOneWithTheReasonAndChangesNothing() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        let nl = try cli.run(["case", "step", number, "--to", "suspension", "--days", "6", "--reason", "Herhaling."])
        #expect(nl.code == 1)
        #expect(nl.err.contains("ten hoogste één week, in casus 5 schooldagen"))
        #expect(nl.err.contains("Er is niets veranderd."))
        let en = try cli.run([
            "--lang", "en", "case", "step", number, "--to", "suspension", "--days", "6", "--reason", "Again.",
        ])
        #expect(en.code == 1)
        #expect(en.err.contains("at most one week, in casus 5 school days"))
        let shown = try cli.ok("case", "show", number, "--json").json as? [String: Any]
        #expect((shown?["steps"] as? [Any])?.count == 1)
        #expect(shown?["rung"] as? String == "warning")
    }

    /// Issue 16, item 7: a close needs an outcome from the list (in either language); a bad one is
    /// refused with the list, nothing closed; `reclassify` changes the articles with a reason.
    @Test func closeTakesAnOutcomeAndReclassifyChangesTheArticles() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        let missing = try cli.run(["case", "close", number, "--reason", "Klaar."])
        #expect(missing.code == 64)
        #expect(missing.err.contains("--outcome"))
        let bad = try cli.run(["case", "close", number, "--outcome", "misschien", "--reason", "Klaar."])
        #expect(bad.code == 64)
        #expect(bad.err.contains("--outcome 'misschien' bestaat niet; kies gegrond, ongegrond, vergissing"))
        #expect(bad.err.contains("Er is niets veranderd."))
        let en = try cli.run(["--lang", "en", "case", "close", number, "--outcome", "maybe", "--reason", "Done."])
        #expect(en.err.contains("choose founded, unfounded, mistake (or gegrond, ongegrond, vergissing)"))
        #expect((try cli.ok("case", "show", number, "--json").json as? [String: Any])?["status"] as? String == "open")

        let noReason = try cli.run(["case", "reclassify", number, "--article", "A.7", "--reason", " "])
        #expect(noReason.code == 1)
        #expect(noReason.err.contains("herzien vraagt een reden"))
        let changed = try cli.ok(
            "case", "reclassify", number, "--article", "A.5,A.7", "--severity", "severe", "--reason",
            "Er werd ook een opname gedeeld.")
        #expect(changed.out.contains("herzien: A.5, A.7; ernstig"))
        let shown = try #require(try cli.ok("case", "show", number, "--json").json as? [String: Any])
        #expect(shown["articles"] as? [String] == ["A.5", "A.7"])
        #expect(shown["severity"] as? String == "severe")

        // Issue 16, item 9: a meeting note with the day it was held.
        let wrongKind = try cli.run(["note", number, "--kind", "phone", "--body", "Gebeld.", "--held-on", "2025-06-02"])
        #expect(wrongKind.code == 64)
        #expect(wrongKind.err.contains("--held-on hoort bij een gespreksverslag"))
        // Not before the report came in (today): a hearing of last year was taken.
        let before = try cli.run([
            "note", number, "--kind", "meeting", "--heard", "parents", "--held-on", "2025-06-02", "--body", "Gesprek.",
        ])
        #expect(before.code != 0 && before.err.contains("is niet vóór"), "\(before.err)")
        // The school's day (Europe/Amsterdam), as casus counts it: between 23:00 and 24:00 UTC the machine's
        // day was the day before, and the hearing fell "before the report" (CI found it, at 23:05 UTC).
        let today = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "Europe/Amsterdam")!, formatOptions: [.withFullDate])
        try cli.ok(
            "note", number, "--kind", "meeting", "--heard", "parents,teacher", "--held-on", today, "--body",
            "Gesprek met de ouders en de leerkracht.")
        let facts = (try cli.ok("case", "show", number, "--json").json as? [String: Any])?["facts"] as? [[String: Any]]
        #expect(
            facts?.contains { $0["kind"] as? String == "meeting-held" && $0["date"] as? String == today } == true
        )

        let closed = try cli.ok("case", "close", number, "--outcome", "ongegrond", "--reason", "Het was niet Joëlle.")
        #expect(closed.out.contains("gesloten: ongegrond"))
        #expect(closed.out.contains("Telt niet als overtreding."))
        let json = try #require(try cli.ok("case", "show", number, "--json").json as? [String: Any])
        #expect(json["outcome"] as? String == "unfounded")
        #expect(try cli.ok("case", "show", number).out.contains("ongegrond (telt niet als overtreding)"))
        #expect(try cli.ok("verify").code == 0)
    }

    @Test func caseShowJsonHasTheDocumentedFields() throws {
        let cli = try CLI()
        let (pupil, number) = try school(cli)
        // Before any step the rung is null, not left out (DESIGN §7: "rung id or null"); so is a
        // dossier note's case.
        let fresh = try #require(try cli.ok("case", "show", number, "--json").json as? [String: Any])
        #expect(fresh["rung"] is NSNull, "rung: \(String(describing: fresh["rung"]))")
        #expect(fresh["outcome"] is NSNull && fresh["closeReason"] is NSNull)
        try cli.ok("dossier", "note", pupil, "--body", "Los van een zaak.")
        let dossier = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        let loose = (dossier["entries"] as? [[String: Any]])?.first { $0["body"] as? String == "Los van een zaak." }
        #expect(loose?["case"] is NSNull && loose?["corrects"] is NSNull, "\(String(describing: loose))")
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
        #expect(
            obligations.compactMap { $0["kind"] as? String } == [
                "suspension-decision", "inspectie-suspension", "schoolwork",
            ])
        #expect(obligations.contains { ($0["note"] as? String)?.contains("WPO art. 40c lid 3") == true })
        #expect(obligations.allSatisfy { $0["id"] != nil && $0["due"] != nil && $0["done"] as? Bool == false })
        #expect(json["articles"] as? [String] == ["A.5"])
    }

    /// A witness is named on the command line as in the report form: the refusal of a person named
    /// twice told to use `--witness`, an option `incident add` did not have (a review).
    @Test func aReportNamesItsWitnesses() throws {
        let cli = try CLI()
        let (pupil, _) = try school(cli)
        let witness = CLI.firstID(
            try cli.ok("people", "add", "--kind", "pupil", "--name", "Sem Bakker", "--group", "7"))
        let added = try cli.ok(
            "incident", "add", "--subject", pupil, "--witness", witness, "--summary", "Filmpje in de klassenapp.",
            "--json")
        let id = String((added.json as? [String: Any])?["id"] as? Int ?? 0)
        #expect(try cli.ok("incident", "show", id).out.contains("getuige: \(witness) Sem Bakker"))
        let twice = try cli.run(["incident", "add", "--subject", pupil, "--witness", pupil, "--summary", "x"])
        #expect(twice.code == 1 && twice.err.contains("--witness"), "\(twice.err)")
    }

    /// `--limit -1` was told "Er ontbreekt een waarde" (the -1 read as an option); it is the
    /// option's value, refused for what it is (a review).
    @Test func aNegativeNumberIsTheOptionsValue() throws {
        let cli = try CLI()
        _ = try school(cli)
        for args in [["case", "list", "--limit", "-1"], ["case", "list", "--offset", "-5"]] {
            let r = try cli.run(args)
            #expect(r.code == 64 && r.err.contains("kan niet: geef") && !r.err.contains("ontbreekt"), "\(r.err)")
        }
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

    /// Issue 16, item 10: a report with the day it happened (typed either way) and evidence files;
    /// `incident show` (and --json) gives both, `case show` the day; a day still to come or a file
    /// that is not there is refused with the reason, and nothing is saved.
    @Test func aReportKeepsTheDayItHappenedAndItsEvidence() throws {
        let cli = try CLI()
        let (pupil, _) = try school(cli)
        let shot = cli.folder + "/tiktok.png"
        try Data("PNG van het filmpje".utf8).write(to: URL(fileURLWithPath: shot))
        let today = Date()
        let day = { (offset: Int) -> (dutch: String, iso: String) in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
            let c = calendar.dateComponents(
                [.year, .month, .day], from: today.addingTimeInterval(Double(offset) * 86400))
            let (y, m, d) = (c.year!, c.month!, c.day!)
            return (
                String(format: "%02d-%02d-%04d", d, m, y), String(format: "%04d-%02d-%02d", y, m, d)
            )
        }
        let before = try cli.ok("incident", "list", "--json").out

        let future = try cli.run([
            "incident", "add", "--subject", pupil, "--summary", "Filmpje.", "--happened-on", day(3).dutch,
        ])
        #expect(future.code == 1)
        #expect(future.err.contains("die dag moet nog komen"), "\(future.err)")
        let notADay = try cli.run([
            "incident", "add", "--subject", pupil, "--summary", "Filmpje.", "--happened-on", "32-13-2026",
        ])
        #expect(notADay.code == 64)
        #expect(notADay.err.contains("--happened-on verwacht een dag als 15-11-2026 of 2026-11-15, niet '32-13-2026'"))
        let missing = try cli.run([
            "incident", "add", "--subject", pupil, "--summary", "Filmpje.", "--evidence", cli.folder + "/weg.png",
        ])
        #expect(missing.code == 1)
        #expect(missing.err.contains("bewijsstuk \(cli.folder)/weg.png bestaat niet"), "\(missing.err)")
        #expect(try cli.ok("incident", "list", "--json").out == before, "nothing was saved")

        let added = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Filmpje van de gymles op TikTok gezet.",
            "--platform", "TikTok", "--happened-on", day(-2).dutch, "--evidence", shot, "--json")
        let id = String((added.json as? [String: Any])?["id"] as? Int ?? 0)
        let shown = try cli.ok("incident", "show", id).out
        #expect(shown.contains("Gebeurd op: \(day(-2).dutch)"), "\(shown)")
        #expect(shown.contains("bewijs: tiktok.png ("), "\(shown)")
        // Written out to be opened (it was stored and never given back, a review): whole, in the
        // folder asked for, a name there never overwritten.
        #expect(shown.contains("casus incident evidence \(id)"), "\(shown)")
        let out = cli.folder + "/bewijs-uit"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        #expect(try cli.ok("incident", "evidence", id, "--to", out).out.contains("\(out)/tiktok.png"))
        #expect(try cli.ok("incident", "evidence", id, "--to", out).out.contains("\(out)/tiktok-2.png"))
        #expect(FileManager.default.contentsEqual(atPath: out + "/tiktok.png", andPath: shot))
        let json = try #require(try cli.ok("incident", "show", id, "--json").json as? [String: Any])
        let incident = try #require(json["incident"] as? [String: Any])
        #expect(incident["happenedOn"] as? String == day(-2).iso)
        let evidence = try #require(incident["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["name"] as? String } == ["tiktok.png"])
        #expect((evidence.first?["sha256"] as? String)?.count == 64)
        // The ISO form is taken too; the case opened on the report shows the day.
        let iso = try cli.ok(
            "incident", "report", "--subject", pupil, "--summary", "Nog een filmpje.", "--happened-on", day(0).iso,
            "--json")
        let isoID = (iso.json as? [String: Any])?["id"] as? Int ?? 0
        let opened = try cli.ok(
            "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident",
            String(isoID), "--subject", pupil, "--article", "A.5", "--severity", "light",
            "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        #expect(try cli.ok("case", "show", number).out.contains("(gebeurd op \(day(0).dutch))"))
        #expect(try cli.ok("verify").code == 0)
    }

    @Test func aSanctionClauseCannotBeChosenAsBreached() throws {
        let cli = try CLI()
        let (pupil, _) = try school(cli)
        let added = try cli.ok(
            "incident", "add", "--subject", pupil, "--summary", "Gescholden in de klassenapp.", "--json")
        let id = String((added.json as? [String: Any])?["id"] as? Int ?? 0)
        let r = try cli.run([
            "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident", id,
            "--subject", pupil, "--article", "S.4",
        ])
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

    /// A board's accounts are listed with their school (it did not say whose director an account
    /// was); a protocol with no rule of conduct for a pupil says so, not "Kies een gedragsregel …: ."
    /// with an empty list (a review).
    @Test func aBoardsUsersShowTheirSchoolAndAnEmptyListOfRulesIsSaidInWords() throws {
        let cli = try CLI()
        try cli.ok("init", "--board", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne Berg")
        try cli.ok(
            "school", "add", "--name", "CBS De Es", "--protocol", "konot", "--director", "dir_es", "--director-name",
            "Bo Dijk")
        let users = try cli.ok("users", "list").out
        #expect(users.contains("dir_es") && users.contains("directeur · CBS De Es"), "\(users)")
        let pupil = CLI.firstID(
            try cli.ok("people", "add", "--kind", "pupil", "--name", "Kees Jansen", "--group", "5", "--school", "2"))
        try cli.ok("incident", "add", "--subject", pupil, "--summary", "Foto gedeeld.", "--school", "2")
        let refused = try cli.run(["case", "open", "--incident", "1", "--subject", pupil, "--article", "1"])
        #expect(
            refused.code != 0 && refused.err.contains("heeft geen gedragsregel die geldt voor een leerling"),
            "\(refused.err)")
        #expect(!refused.err.contains("leerling: ."), "\(refused.err)")
    }

    @Test func anUnknownAccountIsToldHowToBeAdded() throws {
        let cli = try CLI()
        _ = try school(cli)
        let r = try cli.run(["--as", "nobody", "case", "list"])
        #expect(r.code == 1)
        #expect(r.err.contains("casus users add nobody --role"))
        // Said as the account acted as, not as the one asking to be added (a review).
        #expect(r.err.contains("--as nobody") && !r.err.contains("voegt u (weer) toe"), "\(r.err)")
        #expect(r.err.contains("is geen account van uw school"), "\(r.err)")
        // An empty account is said as such (its advice read "casus users add  --role", a review).
        let empty = try cli.run(["--as", "", "case", "list"])
        #expect(empty.code == 64 && empty.err.contains("--as zonder account"), "\(empty.code) \(empty.err)")
    }

    /// An IB asking for the reports is refused for the queue, which it asked for, not for filing a
    /// report ("mag dit niet: een melding doen" answered `incident list`).
    @Test func anIBAskingForTheReportsIsToldItIsTheQueue() throws {
        let cli = try CLI()
        _ = try school(cli)
        try cli.ok("users", "add", "ib_els", "--role", "ib")
        let r = try cli.run(["--as", "ib_els", "incident", "list"])
        #expect(r.code == 1)
        #expect(r.err.contains("mag dit niet: meldingen inzien"), "\(r.err)")
        let mine = try cli.run(["--as", "ib_els", "incident", "list", "--mine"])
        #expect(mine.err.contains("mag dit niet: een melding doen"), "\(mine.err)")
        // A teacher sees no case: told so, and where their own reports are (an empty list, exit 0).
        try cli.ok("users", "add", "juf_ria", "--role", "teacher")
        let cases = try cli.run(["--as", "juf_ria", "case", "list"])
        #expect(cases.code == 1 && cases.err.contains("ziet geen zaken") && cases.err.contains("casus incident list"))
    }

    /// An IB reads a pupil's case whose report names a teacher: the report's text is kept from them,
    /// and the case says so (it left the report out without a word, a review).
    @Test func anIBIsToldTheReportIsKeptFromThem() throws {
        let cli = try CLI()
        let (pupil, _) = try school(cli)
        let teacher = CLI.firstID(
            try cli.ok("people", "add", "--kind", "staff", "--name", "Gerrit Hoogeveen", "--function", "leerkracht"))
        let incident = try cli.ok(
            "incident", "add", "--subject", pupil, "--victim", teacher, "--summary", "Filmpje van meester Gerrit.",
            "--json")
        let id = String((incident.json as? [String: Any])?["id"] as? Int ?? 0)
        let opened = try cli.ok(
            "case", "open", "--summary", "Een filmpje gedeeld.", "--incident", id, "--subject", pupil, "--article",
            "A.5", "--severity", "medium", "--json")
        let number = (opened.json as? [String: Any])?["number"] as? String ?? ""
        try cli.ok("users", "add", "ib_els", "--role", "ib")
        let shown = try cli.ok("--as", "ib_els", "case", "show", number)
        #expect(shown.out.contains("Melding \(id): niet te lezen voor uw rol"), "\(shown.out)")
        #expect(!shown.out.contains("meester Gerrit"), "\(shown.out)")
    }

    /// Who leaves keeps their account until it is ended: `people leave` says so, with the command
    /// (an IB who left read a pupil's dossier the next week, and nothing said so, a review).
    @Test func aLeavingEmployeesAccountIsNamed() throws {
        let cli = try CLI()
        _ = try school(cli)
        let els = CLI.firstID(
            try cli.ok("people", "add", "--kind", "staff", "--name", "Els Visser", "--function", "intern begeleider"))
        try cli.ok("users", "add", "ib_els", "--role", "ib", "--person", els)
        let left = try cli.ok("people", "leave", els, "--on", "2026-11-13")
        #expect(
            left.out.contains("account ib_els hoort bij deze persoon") && left.out.contains("casus users remove ib_els")
        )
    }

    /// A refused `init`, and a command on a database that is not there, leave no file behind (each
    /// left an empty database of 364 KB, while saying nothing was saved).
    @Test func aRefusedInitAndACommandOnNoDatabaseMakeNoFile() throws {
        let cli = try CLI()
        let db = cli.folder + "/nieuw.sqlite"
        let refused = try cli.run(["--db", db, "init", "--school", "OBS X", "--protocol", "bestaat-niet"])
        #expect(refused.code != 0)
        #expect(!FileManager.default.fileExists(atPath: db), "\(refused.err)")
        let list = try cli.run(["--db", db, "case", "list"])
        #expect(list.code == 1)
        #expect(list.err.contains("er is geen database op \(db)") && list.err.contains("casus init"), "\(list.err)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func protocolShowListsTheDifferenceFromTheLaw() throws {
        let cli = try CLI()
        let r = try cli.ok("protocol", "show", "jozefschool")
        // The staff ladder's order comes from the cao (CAO PO or CAO VO, as the school's sector).
        #expect(r.out.contains("casus volgt de cao"))
        #expect(r.out.contains("CAO PO, CAO VO"))
        #expect(
            r.out.contains(
                "* A.5    Opnamen alleen met toestemming [leerling, ouder/verzorger, medewerker; middel] — richtlijn A.5"
            ))
        #expect(r.out.contains("S.4") && r.out.contains("geen gedragsregel: Sanctiebepaling"))
        let meilan = try cli.ok("protocol", "show", "cbo-meilan")
        #expect(meilan.out.contains("0900-1113111"))
        #expect(meilan.out.contains("Mobiele telefoon"))
        // The legal layer, by sector and denomination, each rule with its source.
        let vo = try cli.ok("protocol", "show", "jozefschool", "--sector", "vo", "--denomination", "openbaar")
        #expect(vo.out.contains("Wettelijke laag — vo/openbaar (WVO 2020)"))
        #expect(vo.out.contains("WVO 2020 art. 8.14 lid 3") && vo.out.contains("WVO 2020 art. 8.15 lid 4"))
        #expect(vo.out.contains("Awb art. 4:8") && !vo.out.contains("Inrichtingsbesluit"))
        #expect(r.out.contains("aangenomen; kies met --sector"))
        #expect(
            r.out.contains("WPO art. 43 lid 4")
                && r.out.contains("CAO PO, de bepalingen over disciplinaire maatregelen; niet geverifieerd"))
        #expect(meilan.out.contains("maatregelen voor leerlingen"))
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

    @Test func theSchoolRecordIsSetAtInitAndShown() throws {
        let cli = try CLI()
        let created = try cli.ok(
            "init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--sector", "po", "--denomination",
            "openbaar", "--board-name", "Stichting Openbaar Onderwijs", "--board-address", "Postbus 12; 8000 AA Zwolle",
            "--address", "Lindelaan 1; 8011 AB Zwolle", "--region", "noord")
        #expect(created.out.contains("primair onderwijs, openbaar (WPO)"))
        let json = try #require(try cli.ok("school", "show", "--json").json as? [String: Any])
        #expect(json["sector"] as? String == "po" && json["denomination"] as? String == "openbaar")
        #expect(json["recordSet"] as? Bool == true && json["region"] as? String == "noord")
        #expect((json["board"] as? [String: Any])?["address"] as? [String] == ["Postbus 12", "8000 AA Zwolle"])
        try cli.ok("school", "set", "--sector", "vo")
        #expect(try cli.ok("school", "show").out.contains("WVO 2020"))
        let bad = try cli.run(["school", "set", "--sector", "mbo"])
        #expect(bad.code == 64)
    }

    @Test func aSchoolWithoutASectorAssumesPoBijzonderAndSaysSo() throws {
        let cli = try CLI()
        let created = try cli.ok("init", "--school", "De Fontein", "--protocol", "jozefschool")
        #expect(created.out.contains("gaat uit van po/bijzonder"))
        #expect(try cli.ok("school", "show").out.contains("nog niet ingesteld"))
        let half = try cli.run(["school", "set", "--sector", "vo"])
        #expect(half.code == 1 && half.err.contains("sector én richting samen") && half.err.contains("niets veranderd"))
        try cli.ok("school", "set", "--sector", "vo", "--denomination", "bijzonder")
        #expect(!(try cli.ok("school", "show").out.contains("nog niet ingesteld")))
    }

    /// A leaving day ahead is said as one ("Vertrokken op 31-01-2027" was said in December, a review).
    @Test func aLeavingDayAheadIsSaidAsOne() throws {
        let cli = try CLI()
        let (pupil, _) = try school(cli)
        let ahead = Calendar(identifier: .gregorian).date(byAdding: .day, value: 40, to: Date())!
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: ahead)
        let iso = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        let said = try cli.ok("people", "leave", pupil, "--on", iso)
        #expect(said.out.hasPrefix("Vertrekt op "), "\(said.out)")
    }

    /// A study day imported into a decided suspension changes its school days: said, as `calendar
    /// add` says it (the import said nothing, and the letter then counted a day too many, a review).
    @Test func anImportIntoADecidedSuspensionIsSaid() throws {
        let cli = try CLI()
        let (_, number) = try school(cli)
        try cli.ok("case", "step", number, "--to", "warning", "--reason", "Foto zonder toestemming.")
        try cli.ok("case", "step", number, "--to", "suspension", "--days", "3", "--reason", "Herhaling.")
        // Its first day, whatever day the test runs (a holiday moves it).
        let shown = try #require(try cli.ok("case", "show", number, "--json").json as? [String: Any])
        let steps = try #require(shown["steps"] as? [[String: Any]])
        let start = try #require(steps.compactMap { $0["start"] as? String }.last)
        let file = cli.folder + "/studiedag.ics"
        try
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:\(start.replacingOccurrences(of: "-", with: ""))\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try cli.ok("calendar", "import", file)
        #expect(
            imported.out.contains("verandert de schooldagen in de schorsing van Joëlle de Vries"), "\(imported.out)")
        #expect(imported.out.contains("zaak \(number)"))
    }

    @Test func aSchoolImportsItsCalendarAndABrokenFileChangesNothing() throws {
        let cli = try CLI()
        try cli.ok(
            "init", "--school", "De Fontein", "--protocol", "jozefschool", "--region", "midden",
            "--sector", "po", "--denomination", "bijzonder")
        let shown = try cli.ok("calendar", "show", "--year", "2026")
        #expect(shown.out.contains("Herfstvakantie") && shown.out.contains("landelijk advies"))
        #expect(shown.out.contains("niet geverifieerd"))
        // Three holidays are binding, the May holiday's week too (it said only Christmas and summer).
        #expect(shown.out.contains("één week meivakantie") && !shown.out.contains("alleen kerst- en zomervakantie"))
        let broken = cli.folder + "/kapot.ics"
        try
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261219\nDTEND;VALUE=DATE:20261201\nEND:VEVENT\nEND:VCALENDAR\n"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try cli.run(["calendar", "import", broken])
        #expect(
            refused.code == 1 && refused.err.contains("kapot.ics:4") && refused.err.contains("Er is niets ingelezen"))
        #expect(try cli.ok("calendar", "show", "--year", "2026", "--json").json as? [Any] != nil)
        let good = cli.folder + "/rooster.ics"
        try
            ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261017\r\nDTEND;VALUE=DATE:20261026\r\nSUMMARY:Herfst\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20270105\r\nSUMMARY:Kerstvakantie\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270710\r\nDTEND;VALUE=DATE:20270823\r\nSUMMARY:Zomervakantie\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART:20261110T193000\r\nDTEND:20261110T210000\r\nSUMMARY:Ouderavond\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            .write(toFile: good, atomically: true, encoding: .utf8)
        // Public holidays are days off by default, said with what casus assumes and why.
        #expect(
            shown.out.contains("29-03-2027  Tweede Paasdag — feestdag")
                && shown.out.contains("Goede Vrijdag en 5 mei bepaalt de school zelf"))
        let imported = try cli.ok("calendar", "import", good)
        #expect(imported.out.contains("3 vakanties en vrije dagen ingelezen voor schooljaar 2026-2027."))
        // A rooster without them leaves them school days within its dates: the import says which.
        #expect(
            imported.out.contains("noemt deze feestdagen niet") && imported.out.contains("Tweede Paasdag 29-03-2027"))
        // The national holidays it does not name still count, and the ouderavond is no day off.
        #expect(imported.out.contains("blijft de landelijke adviesdata tellen: Voorjaarsvakantie"), "\(imported.out)")
        #expect(imported.out.contains("10-11-2026  Ouderavond (deel van de dag)"), "\(imported.out)")
        let after = try cli.ok("calendar", "show", "--year", "2026")
        #expect(after.out.contains("Herfst — vakantie, rooster van de school"), "\(after.out)")
        #expect(
            !after.out.contains("Herfstvakantie — vakantie, landelijk advies")
                && after.out.contains("Voorjaarsvakantie"))
        try cli.ok("calendar", "add", "2027-03-15..2027-03-16", "--reason", "Studiedagen", "--study-day")
        #expect(try cli.ok("calendar", "show", "--year", "2026").out.contains("Studiedagen — studiedag"))
        let wrong = try cli.run(["calendar", "add", "2027-03-16..2027-03-15", "--reason", "Omgekeerd"])
        #expect(wrong.code == 1 && wrong.err.contains("ligt na de laatste"))
        #expect(try cli.run(["calendar", "add", "15-03-2027", "--reason", "x"]).code == 64)
    }
}
