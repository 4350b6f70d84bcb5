import ArgumentParser
import CasusCore

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Zaken: één melding tegen één betrokkene, op de sanctieladder.",
        subcommands: [Open.self, List.self, Show.self, StepCommand.self, Done.self, Close.self, Objection.self])

    struct Open: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "Een melding beoordelen: een zaak openen over één betrokkene.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Melding-id.") var incident: IncidentID
        @Option(help: "Betrokkene (persoon-id) over wie de zaak gaat.") var subject: PersonID
        @Option(help: "Eén of meer artikelen van het protocol, gescheiden door komma's: A.5,A.7.") var article: String
        @Option(help: "light, medium of severe (standaard: de zwaarste van de artikelen).") var severity: Severity?
        @Flag(help: "Mogelijk een strafbaar feit (aangifte volgens het protocol).") var criminal = false
        @Flag(help: "Grensoverschrijdende communicatie door een medewerker (vertrouwensinspecteur).") var crossing =
            false
        @Flag(help: "Mogelijk zedendelict door een medewerker tegen een minderjarige leerling (meldplicht).")
        var meldplicht = false
        @Option(help: "Bij een zaak over een ouder: het leerlingdossier (id van het kind).") var dossier: PersonID?
        @Flag(help: "Als JSON.") var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let articles = article.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let c = try service.cases.open(
                incident: incident, subject: subject, articles: articles, severity: severity,
                flags: CaseFlags(criminal: criminal, crossing: crossing, meldplicht: meldplicht),
                dossierPupil: dossier
            ).value
            if json { return try Output.json(CaseJSON(try service.cases.detail(c.id))) }
            Output.line(Phrase("Zaak \(c.number) geopend.", "Case \(c.number) opened.")(ctx.lang))
        }
    }

    struct List: CasusCommand {
        static let configuration = CommandConfiguration(abstract: "Zaken die u mag zien, nieuwste eerst.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "open of closed.") var status: CaseStatus?
        @Flag(help: "Alleen zaken met een verplichting over de datum.") var overdue = false
        @Flag(help: "Als JSON.") var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let rows = try service.cases.rows(
                CaseFilter(status: status, overdueOnly: overdue), offset: 0, limit: Int.max)
            if json { return try Output.json(rows) }
            for r in rows {
                let rung = r.rung.map { $0.shortLabel(ctx.lang) } ?? "—"
                let due = r.nextDue.map { " · " + Phrase("uiterlijk ", "due ")(ctx.lang) + $0.dutch } ?? ""
                Output.line(
                    "\(r.number)  \(r.status.label(ctx.lang).padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.subjectName) · \(rung)\(due) · \(r.summary)"
                )
            }
        }
    }

    struct Show: CasusCommand {
        static let configuration = CommandConfiguration(abstract: "Eén zaak: ladder, verplichtingen, stukken.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer (2026-0001) of id.") var id: String
        @Flag(help: "Als JSON.") var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            let detail = try service.cases.detail(caseID)
            let assessment = try service.cases.assess(caseID)
            if json { return try Output.json(CaseJSON(detail, assessment: assessment, lang: ctx.lang)) }
            CaseText.print(detail, assessment, lang: ctx.lang, today: service.today)
        }
    }

    struct StepCommand: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "step", abstract: "De zaak een trede op: waarschuwing, schorsing, ...")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(
            help:
                "Trede: warning, device-custody, ict-ban, contract, suspension, removal, reprimand, dismissal, summary-dismissal."
        ) var to: Rung
        @Option(help: "De reden van de maatregel.") var reason: String
        @Option(help: "Duur van een schorsing in schooldagen (1–5).") var days: Int?
        @Option(help: "Onderbouwing als de stap treden overslaat.") var justify: String?
        @Option(help: "Eerste dag van een schorsing (JJJJ-MM-DD; standaard de volgende schooldag).") var start:
            LocalDate?
        @Flag(help: "Als JSON.") var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            let stepped = try service.cases.step(
                caseID,
                StepRequest(
                    rung: to, reason: reason, days: days,
                    justification: justify, startDate: start)
            ).value
            let (step, obligations) = (stepped.step, stepped.obligations)
            if json { return try Output.json(CaseJSON(try service.cases.detail(caseID))) }
            let kind = try service.cases.detail(caseID).subject.kind.ladderKind
            var line = Phrase("Stap gezet: ", "Step taken: ")(ctx.lang) + step.rung.label(for: kind)(ctx.lang)
            if let days = step.days, let s = step.startDate, let e = step.endDate {
                line += " \(days)d (\(s.dutch)–\(e.dutch))"
            }
            Output.line(line)
            for o in obligations {
                Output.line(
                    "  " + Phrase("verplichting: ", "obligation: ")(ctx.lang) + "\(o.kind.label(ctx.lang)) — "
                        + Phrase("uiterlijk ", "due ")(ctx.lang) + o.due.dutch)
            }
        }
    }

    struct Done: CasusCommand {
        static let configuration = CommandConfiguration(abstract: "Een verplichting afvinken.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Verplichting: id of soort (suspension-decision, aangifte, ...).") var obligation: String
        @Option(help: "Het stuk in het dossier dat het bewijst.") var entry: EntryID?

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let o = try service.cases.markDone(try service.cases.resolve(id), obligation: obligation, entry: entry)
                .value
            Output.line(Phrase("Gedaan: ", "Done: ")(ctx.lang) + o.kind.label(ctx.lang))
        }
    }

    struct Close: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "Een zaak sluiten (niet zolang verplichtingen open staan).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Waarom de zaak klaar is.") var reason: String

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try service.cases.close(try service.cases.resolve(id), reason: reason)
            Output.line(Phrase("Zaak \(id) gesloten.", "Case \(id) closed.")(ctx.lang))
        }
    }

    struct Objection: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bezwaar van de ouders tegen een verwijdering vastleggen (beslissen binnen 4 weken).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Datum van ontvangst (JJJJ-MM-DD).") var received: LocalDate

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let o = try service.cases.recordObjection(try service.cases.resolve(id), receivedOn: received).value
            Output.line(
                Phrase("Bezwaar vastgelegd; beslissen uiterlijk ", "Objection recorded; decide by ")(ctx.lang)
                    + o.due.dutch)
        }
    }
}

struct NoteCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Een notitie, gespreksverslag of telefoonnotitie in het dossier van een zaak.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Zaaknummer of id.") var id: String
    @Option(help: "note, meeting, phone, email, care of correction.") var kind: EntryKind = .note
    @Option(help: "De tekst.") var body: String
    @Option(help: "Titel (standaard: soort en zaaknummer).") var title: String?
    @Option(help: "Bij een gespreksverslag: wie is gehoord (teacher, parents, pupil, employee; komma's).") var heard:
        String?
    @Option(help: "Bij een correctie: het stuk dat zij corrigeert.") var corrects: EntryID?
    @Option(help: "Bewijsstuk (schermafbeelding), opgeslagen met zijn SHA-256; mag vaker.") var evidence: [String] = []
    @Flag(help: "Als JSON.") var json = false

    func validate() throws {
        guard kind != .letter, kind != .decision else {
            throw invalid(
                "brieven gaan via `casus letter`; besluiten via `casus case step`",
                "letters go through `casus letter`; decisions through `casus case step`")
        }
        _ = try parties()
    }

    /// "teacher,parents" → who was heard.
    func parties() throws -> [HeardParty] {
        try (heard ?? "").split(separator: ",").map { word in
            guard let p = HeardParty(rawValue: word.trimmingCharacters(in: .whitespaces)) else {
                throw invalid(
                    "--heard kent: teacher, parents, pupil, employee; niet '\(word)'",
                    "--heard takes: teacher, parents, pupil, employee; not '\(word)'")
            }
            return p
        }
    }

    func run(_ ctx: Context) throws {
        let parties = try parties()
        let service = try ctx.service()
        let e = try service.cases.addEntry(
            try service.cases.resolve(id), kind: kind, title: title, body: body,
            heard: parties, corrects: corrects, evidence: try EvidenceFiles.read(evidence)
        ).value
        if json { return try Output.json(e) }
        Output.line(
            Phrase(
                "Stuk \(e.id) toegevoegd aan het dossier (nr. \(e.seq)).",
                "Entry \(e.id) added to the dossier (no. \(e.seq)).")(ctx.lang))
    }
}
