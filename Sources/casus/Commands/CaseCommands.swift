import ArgumentParser
import CasusCore

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Zaken: één melding tegen één betrokkene, op de sanctieladder.",
        subcommands: [
            Open.self, List.self, Show.self, StepCommand.self, Done.self, Close.self, Objection.self, Accept.self,
            Dispute.self, Consult.self, Zienswijze.self, Breach.self, Inzage.self, Ended.self, Court.self,
        ])

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
        @Flag(
            help:
                "Mogelijk zedenmisdrijf tegen een leerling door iemand met taken op school: personeel, stagiair, vrijwilliger, hulpouder (meldplicht)."
        )
        var meldplicht = false
        @Flag(name: .customLong("data-breach"), help: "Mogelijk datalek: beoordelen binnen 72 uur (AVG art. 33).")
        var dataBreach = false
        @Flag(help: "Signalen van huiselijk geweld of kindermishandeling: de vijf stappen van de meldcode.")
        var meldcode = false
        @Option(help: "Bij een zaak over een ouder: het leerlingdossier (id van het kind).") var dossier: PersonID?
        @Flag(help: "Als JSON.") var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let articles = article.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let c = try service.cases.open(
                incident: incident, subject: subject, articles: articles, severity: severity,
                flags: CaseFlags(
                    criminal: criminal, crossing: crossing, meldplicht: meldplicht, dataBreach: dataBreach,
                    meldcode: meldcode),
                dossierPupil: dossier
            ).value
            if json { return try Output.json(CaseJSON(try service.cases.detail(c.id))) }
            Output.line(Phrase("Zaak \(c.number) geopend.", "Case \(c.number) opened.")(ctx.lang))
            let detail = try service.cases.detail(c.id)
            for o in detail.obligations {
                Output.line(
                    "  " + Phrase("verplichting: ", "obligation: ")(ctx.lang) + "\(o.kind.label(ctx.lang)) — "
                        + Phrase("uiterlijk ", "due ")(ctx.lang) + o.due.dutch)
                if !o.note.isEmpty { Output.line("    " + o.remark(ctx.lang)) }
            }
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
                "Trede: warning, time-out, device-custody, ict-ban, contract, suspension, access-ban, removal, reprimand, precautionary-suspension, dismissal, summary-dismissal."
        ) var to: Rung
        @Option(help: "De reden van de maatregel.") var reason: String
        @Option(
            help:
                "Duur: een schorsing van een leerling in schooldagen (1–5); een toegangsverbod of ordemaatregel in kalenderdagen."
        ) var days: Int?
        @Option(help: "Onderbouwing als de stap treden overslaat (of bij verwijdering om het gedrag van een ouder).")
        var justify: String?
        @Option(help: "Eerste dag (JJJJ-MM-DD; een schorsing standaard de volgende schooldag).") var start: LocalDate?
        @Option(help: "Openbare school, schorsing zonder zienswijze van de ouders: de spoedeisende reden (Awb 4:11).")
        var urgent: String?
        @Option(help: "Ontslag: consent (instemming), uwv of kantonrechter.") var route: DismissalRoute?
        @Option(
            name: .customLong("respond-days"),
            help: "Voornemen (medewerker): reactietermijn in schooldagen (standaard 10).")
        var respondDays: Int?
        @Flag(help: "Medewerker: het besluit op het lopende voornemen (anders: het voornemen).") var besluit = false
        @Flag(help: "Als JSON.") var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            let stepped = try service.cases.step(
                caseID,
                StepRequest(
                    rung: to, reason: reason, days: days,
                    justification: justify, startDate: start, phase: besluit ? .decision : nil, urgency: urgent,
                    route: route, respondDays: respondDays)
            ).value
            let (step, obligations) = (stepped.step, stepped.obligations)
            if json { return try Output.json(CaseJSON(try service.cases.detail(caseID))) }
            let kind = try service.cases.detail(caseID).subject.kind.ladderKind
            var line =
                (step.phase == .proposal
                ? Phrase("Voornemen vastgelegd: ", "Proposal recorded: ") : Phrase("Stap gezet: ", "Step taken: "))(
                    ctx.lang) + step.rung.label(for: kind)(ctx.lang)
            if let days = step.days, let s = step.startDate, let e = step.endDate {
                line += " \(days)d (\(s.dutch)–\(e.dutch))"
            }
            Output.line(line)
            for n in stepped.notices { Output.line("  " + n(ctx.lang)) }
            for o in obligations {
                Output.line(
                    "  " + Phrase("verplichting: ", "obligation: ")(ctx.lang) + "\(o.kind.label(ctx.lang)) — "
                        + Phrase("uiterlijk ", "due ")(ctx.lang) + o.due.dutch
                        + (o.isDeadlineForOthers
                            ? Phrase(" (termijn voor anderen)", " (someone else's term)")(ctx.lang) : ""))
                if !o.note.isEmpty { Output.line("    " + o.remark(ctx.lang)) }
            }
            if let t = stepped.template {
                Output.line(
                    "  " + Phrase("brief: ", "letter: ")(ctx.lang) + "casus letter \(id) --template \(t)")
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
                o.isPaused
                    ? Phrase(
                        "Bezwaar vastgelegd; de beslistermijn is opgeschort zolang de Geschillencommissie oordeelt.",
                        "Objection recorded; the term is suspended while the Geschillencommissie decides.")(ctx.lang)
                    : Phrase("Bezwaar vastgelegd; beslissen uiterlijk ", "Objection recorded; decide by ")(ctx.lang)
                        + o.due.dutch)
            Output.line("  " + o.remark(ctx.lang))
        }
    }

    struct Accept: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verwijdering: een andere school laat de leerling toe; de verwijdering wordt definitief.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "De school die de leerling toelaat.") var school: String
        @Option(help: "Datum van de toelating (JJJJ-MM-DD; standaard vandaag).") var on: LocalDate?

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let f = try service.cases.acceptedElsewhere(
                try service.cases.resolve(id), school: school, on: on ?? service.today
            ).value
            Output.line(
                Phrase(
                    "Vastgelegd: \(f.value) laat de leerling toe; de verwijdering is definitief.",
                    "Recorded: \(f.value) admits the pupil; the removal is final.")(ctx.lang))
        }
    }

    struct Dispute: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Geschillencommissie passend onderwijs: het verzoek (--requested) of het oordeel (--opinion, --outcome); de beslistermijn op bezwaar wordt opgeschort (WPO art. 43 lid 4)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Datum waarop de ouders het geschil voorlegden.") var requested: LocalDate?
        @Option(help: "Datum van het oordeel van de commissie.") var opinion: LocalDate?
        @Option(help: "Het oordeel in een paar woorden.") var outcome: String?

        func validate() throws {
            guard (requested == nil) != (opinion == nil) else {
                throw invalid(
                    "geef --requested DATUM of --opinion DATUM (met --outcome), niet allebei of geen van beide",
                    "give --requested DATE or --opinion DATE (with --outcome), not both or neither")
            }
            if opinion != nil, outcome == nil {
                throw invalid("--opinion vraagt ook --outcome", "--opinion also needs --outcome")
            }
            if requested != nil, outcome != nil {
                throw invalid("--outcome hoort bij --opinion", "--outcome goes with --opinion")
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            if let requested {
                try service.cases.disputeRequested(caseID, on: requested)
                Output.line(
                    Phrase(
                        "Geschil vastgelegd; oordeel binnen 10 weken; de beslistermijn op bezwaar is opgeschort.",
                        "Dispute recorded; opinion within 10 weeks; the term for the decision on the objection is suspended."
                    )(
                        ctx.lang))
            } else if let opinion, let outcome {
                try service.cases.disputeOpinion(caseID, on: opinion, outcome: outcome)
                let due = try service.cases.detail(caseID).obligations.first {
                    $0.kind == .objectionDecision && !$0.isDone
                }
                Output.line(
                    Phrase("Oordeel vastgelegd.", "Opinion recorded.")(ctx.lang)
                        + (due.map {
                            Phrase(" Beslissen op bezwaar uiterlijk ", " Decide on the objection by ")(ctx.lang)
                                + $0.due.dutch + "."
                        } ?? ""))
            }
        }
    }

    enum Answer: String, ExpressibleByArgument {
        case yes, no, ja, nee
        var value: Bool { self == .yes || self == .ja }
    }

    struct Consult: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Meldplicht: het overleg met de vertrouwensinspecteur (0900-1113111) — redelijk vermoeden ja of nee.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Redelijk vermoeden: yes/ja of no/nee.") var suspicion: Answer
        @Option(help: "Wat er besproken is.") var note: String

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            try service.cases.consult(caseID, suspicion: suspicion.value, note: note)
            Output.line(
                (suspicion.value
                    ? Phrase(
                        "Overleg vastgelegd: redelijk vermoeden. Informeer de ouders en de betrokkene, doe daarna aangifte (`casus letter ZAAK --template aangifte`; in het scherm `a`).",
                        "Consultation recorded: reasonable suspicion. Inform the parents and the accused, then report to the police (`casus letter CASE --template aangifte`; on screen `a`)."
                    )
                    : Phrase(
                        "Overleg vastgelegd: geen redelijk vermoeden; geen aangifteplicht.",
                        "Consultation recorded: no reasonable suspicion; no duty to report to the police."))(ctx.lang))
            for o in try service.cases.detail(caseID).obligations where !o.isDone && !o.isDeadlineForOthers {
                Output.line(
                    "  " + Phrase("open: ", "open: ")(ctx.lang) + "\(o.kind.label(ctx.lang)) — "
                        + Phrase("uiterlijk ", "due ")(ctx.lang) + o.due.dutch)
            }
        }
    }

    struct Zienswijze: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Een zienswijze vastleggen: van de medewerker op een voornemen, of van de ouders vóór een schorsing (openbare school)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Datum van ontvangst (standaard vandaag).") var received: LocalDate?
        @Option(help: "De zienswijze in het kort.") var note: String?
        @Flag(help: "Er kwam geen zienswijze binnen de termijn.") var none = false

        func validate() throws {
            if none == (note != nil) {
                throw invalid("geef --note TEKST of --none", "give --note TEXT or --none")
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try service.cases.zienswijze(
                try service.cases.resolve(id), on: received ?? service.today, given: !none, note: note ?? "")
            Output.line(Phrase("Zienswijze vastgelegd.", "View recorded.")(ctx.lang))
        }
    }

    struct Breach: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Datalek: de beoordeling (ook de registratie in het register van datalekken) — melden aan de Autoriteit Persoonsgegevens ja of nee."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Melden aan de AP: yes/ja of no/nee.") var report: Answer
        @Option(help: "Wat er gebeurde, wie het raakt, de gevolgen en de genomen maatregelen.") var note: String

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            try service.cases.assessBreach(caseID, report: report.value, note: note)
            Output.line(
                (report.value
                    ? Phrase(
                        "Beoordeling vastgelegd in het register; melding aan de Autoriteit Persoonsgegevens staat open.",
                        "Assessment recorded in the register; the report to the Autoriteit Persoonsgegevens is open.")
                    : Phrase(
                        "Beoordeling vastgelegd in het register; geen melding nodig.",
                        "Assessment recorded in the register; no report needed."))(ctx.lang))
        }
    }

    struct Inzage: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "Een inzageverzoek (AVG art. 15): antwoord binnen één maand (AVG art. 12 lid 3).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Datum van ontvangst (JJJJ-MM-DD).") var received: LocalDate
        @Option(help: "Van wie en waarover.") var note: String = ""

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let o = try service.cases.inzageRequest(try service.cases.resolve(id), receivedOn: received, note: note)
                .value
            Output.line(
                Phrase("Inzageverzoek vastgelegd; antwoorden uiterlijk ", "Inzage request recorded; answer by ")(
                    ctx.lang)
                    + o.due.dutch)
        }
    }

    struct Ended: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "De arbeidsovereenkomst is geëindigd (begin van de termijn van BW art. 7:686a lid 4).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Datum waarop de arbeidsovereenkomst eindigde.") var on: LocalDate

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try service.cases.contractEnded(try service.cases.resolve(id), on: on)
            Output.line(Phrase("Einde arbeidsovereenkomst vastgelegd.", "End of employment recorded.")(ctx.lang))
        }
    }

    struct Court: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: "Een rechtszaak begon of eindigde; zolang zij loopt, wordt het dossier niet opgeschoond.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Zaaknummer of id.") var id: String
        @Option(help: "Datum waarop de rechtszaak begon.") var started: LocalDate?
        @Option(help: "Datum waarop de rechtszaak eindigde.") var ended: LocalDate?
        @Option(help: "Welke rechter, welk kenmerk.") var note: String = ""

        func validate() throws {
            guard (started == nil) != (ended == nil) else {
                throw invalid("geef --started DATUM of --ended DATUM", "give --started DATE or --ended DATE")
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try service.cases.courtCase(
                try service.cases.resolve(id), started: started != nil, on: started ?? ended!, note: note)
            Output.line(Phrase("Vastgelegd.", "Recorded.")(ctx.lang))
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
