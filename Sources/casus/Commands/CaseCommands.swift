import ArgumentParser
import CasusCore

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: .nl(
            "Zaken: één melding tegen één betrokkene, op de sanctieladder.",
            en: "Cases: one report against one subject, on the sanction ladder."),
        subcommands: [Open.self, List.self, Show.self, StepCommand.self, Done.self, Close.self, Objection.self])

    struct Open: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: .nl(
                "Een melding beoordelen: een zaak openen over één betrokkene.",
                en: "Triage a report: open a case about one subject."))
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("Melding-id.", en: "Report id.")) var incident: IncidentID
        @Option(
            help: .nl(
                "Betrokkene (persoon-id) over wie de zaak gaat.", en: "The subject (person id) the case is about."))
        var subject: PersonID
        @Option(
            help: .nl(
                "Artikel(en) van het protocol, gescheiden door komma's: A.5,A.7.",
                en: "Article(s) of the protocol, separated by commas: A.5,A.7.")) var article: String
        @Option(
            help: .nl(
                "light, medium of severe (standaard: de zwaarste van de artikelen).",
                en: "light, medium or severe (default: the heaviest of the articles).")) var severity: Severity?
        @Flag(
            help: .nl(
                "Mogelijk een strafbaar feit (aangifte volgens het protocol).",
                en: "Possibly a criminal offence (a police report as the protocol says).")) var criminal = false
        @Flag(
            help: .nl(
                "Grensoverschrijdende communicatie door een medewerker (vertrouwensinspecteur).",
                en: "Boundary-crossing communication by a staff member (vertrouwensinspecteur).")) var crossing =
            false
        @Flag(
            help: .nl(
                "Mogelijk zedendelict door een medewerker tegen een minderjarige leerling (meldplicht).",
                en: "Possible sexual offence by a staff member against a minor pupil (duty to report)."))
        var meldplicht = false
        @Option(
            help: .nl(
                "Bij een zaak over een ouder: het leerlingdossier (id van het kind).",
                en: "For a case about a parent: the pupil's dossier (the child's id).")) var dossier: PersonID?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

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
        static let configuration = CommandConfiguration(
            abstract: .nl("Zaken die u mag zien, nieuwste eerst.", en: "Cases you may see, newest first."))
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("open of closed.", en: "open or closed.")) var status: CaseStatus?
        @Flag(
            help: .nl("Alleen zaken met een verplichting over de datum.", en: "Only cases with an overdue obligation."))
        var overdue = false
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

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
        static let configuration = CommandConfiguration(
            abstract: .nl("Eén zaak: ladder, verplichtingen, stukken.", en: "One case: ladder, obligations, entries."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer (2026-0001) of id.", en: "Case number (2026-0001) or id.")) var id: String
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

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
            commandName: "step",
            abstract: .nl(
                "De zaak een trede op: waarschuwing, schorsing, ...",
                en: "Move the case up a rung: warning, suspension, ..."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help:
                .nl(
                    "Trede: warning, device-custody, ict-ban, contract, suspension, removal, reprimand, dismissal, summary-dismissal.",
                    en:
                        "Rung: warning, device-custody, ict-ban, contract, suspension, removal, reprimand, dismissal, summary-dismissal."
                )
        ) var to: Rung
        @Option(help: .nl("De reden van de maatregel.", en: "The reason for the measure.")) var reason: String
        @Option(
            help: .nl(
                "Duur van een schorsing in schooldagen (1–5).", en: "Length of a suspension in school days (1–5)."))
        var days: Int?
        @Option(help: .nl("Onderbouwing als de stap treden overslaat.", en: "Justification when the step skips rungs."))
        var justify: String?
        @Option(
            help: .nl(
                "Eerste dag van een schorsing (JJJJ-MM-DD; standaard de volgende schooldag).",
                en: "First day of a suspension (YYYY-MM-DD; default the next school day).")) var start: LocalDate?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

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
        static let configuration = CommandConfiguration(
            abstract: .nl("Een verplichting afvinken.", en: "Mark an obligation done."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "Verplichting: id of soort (suspension-decision, aangifte, ...).",
                en: "Obligation: id or kind (suspension-decision, aangifte, ...).")) var obligation: String
        @Option(help: .nl("Het stuk in het dossier dat het bewijst.", en: "The dossier entry that proves it."))
        var entry: EntryID?

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let o = try service.cases.markDone(try service.cases.resolve(id), obligation: obligation, entry: entry)
                .value
            Output.line(Phrase("Gedaan: ", "Done: ")(ctx.lang) + o.kind.label(ctx.lang))
        }
    }

    struct Close: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: .nl(
                "Een zaak sluiten (niet zolang verplichtingen open staan).",
                en: "Close a case (not while obligations are open)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Waarom de zaak klaar is.", en: "Why the case is finished.")) var reason: String

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try service.cases.close(try service.cases.resolve(id), reason: reason)
            Output.line(Phrase("Zaak \(id) gesloten.", "Case \(id) closed.")(ctx.lang))
        }
    }

    struct Objection: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: .nl(
                "Bezwaar van de ouders tegen een verwijdering vastleggen (beslissen binnen 4 weken).",
                en: "Record the parents' objection to a removal (decide within 4 weeks)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Datum van ontvangst (JJJJ-MM-DD).", en: "Date of receipt (YYYY-MM-DD).")) var received:
            LocalDate

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
        commandName: "note",
        abstract: .nl(
            "Een notitie, gespreksverslag of telefoonnotitie in het dossier van een zaak.",
            en: "A note, meeting record or phone note in a case's dossier."))
    @OptionGroup var global: GlobalOptions
    @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
    @Option(
        help: .nl(
            "note, meeting, phone, email, care of correction.", en: "note, meeting, phone, email, care or correction."))
    var kind: EntryKind = .note
    @Option(help: .nl("De tekst.", en: "The text.")) var body: String
    @Option(help: .nl("Titel (standaard: soort en zaaknummer).", en: "Title (default: kind and case number)."))
    var title: String?
    @Option(
        help: .nl(
            "Bij een gespreksverslag: wie is gehoord (teacher, parents, pupil, employee; komma's).",
            en: "For a meeting record: who was heard (teacher, parents, pupil, employee; commas).")) var heard: String?
    @Option(
        help: .nl("Bij een correctie: het stuk dat zij corrigeert.", en: "For a correction: the entry it corrects."))
    var corrects: EntryID?
    @Option(
        help: .nl(
            "Bewijsstuk (schermafbeelding), opgeslagen met zijn SHA-256; mag vaker.",
            en: "Evidence (a screenshot), stored with its SHA-256; may be repeated.")) var evidence: [String] = []
    @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

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
