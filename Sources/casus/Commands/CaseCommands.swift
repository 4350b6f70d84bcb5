import ArgumentParser
import CasusCore

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: .nl(
            "Zaken: één melding tegen één betrokkene, op de sanctieladder.",
            en: "Cases: one report against one subject, on the sanction ladder."),
        subcommands: [
            Open.self, List.self, Show.self, StepCommand.self, Done.self, Close.self, Reclassify.self, Objection.self,
            Accept.self, Revoke.self,
            Dispute.self, Consult.self, Zienswijze.self, Declined.self, Breach.self, Inzage.self, Ended.self,
            Court.self,
        ])

    struct Open: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "open",
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
                "Eén of meer artikelen van het protocol, gescheiden door komma's: A.5,A.7.",
                en: "One or more articles of the protocol, separated by commas: A.5,A.7.")) var article: String
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
            help:
                .nl(
                    "Mogelijk zedenmisdrijf tegen een leerling door iemand met taken op school: personeel, stagiair, vrijwilliger, hulpouder (meldplicht).",
                    en:
                        "Possible sexual offence against a pupil by someone with tasks at school: staff, intern, volunteer, helping parent (duty to report)."
                )
        )
        var meldplicht = false
        @Flag(
            name: .customLong("data-breach"),
            help: .nl(
                "Mogelijk datalek: beoordelen binnen 72 uur (AVG art. 33).",
                en: "Possible data breach: assess within 72 hours (GDPR art. 33)."))
        var dataBreach = false
        @Flag(
            help: .nl(
                "Signalen van huiselijk geweld of kindermishandeling: de vijf stappen van de meldcode.",
                en: "Signs of domestic violence or child abuse: the five steps of the meldcode."))
        var meldcode = false
        @Option(
            help: .nl(
                "Bij een zaak over een ouder: het leerlingdossier (id van het kind).",
                en: "For a case about a parent: the pupil's dossier (the child's id).")) var dossier: PersonID?
        @Option(
            help: .nl(
                "Waar de zaak over gaat, in uw woorden (standaard de tekst van de melding; noemt de melding ook een medewerker, dan een verwijzing naar de melding).",
                en:
                    "What the case is about, in your words (default: the report's text; when the report names a staff member too, a reference to the report)."
            )) var summary: String?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

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
                dossierPupil: dossier, summary: summary
            ).value
            if json { return try Output.json(try CaseJSON.read(c.id, service, ctx.lang)) }
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
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: .nl("Zaken die u mag zien, nieuwste eerst.", en: "Cases you may see, newest first."))
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("open of closed.", en: "open or closed.")) var status: CaseStatus?
        @Flag(
            help: .nl("Alleen zaken met een verplichting over de datum.", en: "Only cases with an overdue obligation."))
        var overdue = false
        @Option(
            help: .nl(
                "Alleen de zaken in het dossier van deze leerling of medewerker (persoon-id), open en gesloten.",
                en: "Only the cases in this pupil's or employee's dossier (person id), open and closed."))
        var dossier: PersonID?
        @OptionGroup var window: ListWindow
        @Flag(help: .nl("Als JSON (rij voor rij geschreven).", en: "As JSON (written row by row).")) var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            // A role that sees no dossier sees no case: said, not an empty list that reads as "no cases".
            let scope = AccessPolicy.scope(for: service.actor)
            if !scope.pupilDossiers, !scope.staffDossiers {
                throw CasusError.refused(
                    "uw rol (\(service.actor.role.label.nl)) ziet geen zaken",
                    "your role (\(service.actor.role.label.en)) sees no cases",
                    hint: Phrase(
                        "Uw eigen meldingen en hun stand: casus incident list.",
                        "Your own reports and their status: casus incident list."))
            }
            let filter = CaseFilter(status: status, overdueOnly: overdue, dossierID: dossier)
            let fetch = { (offset: Int, limit: Int) in try service.cases.rows(filter, offset: offset, limit: limit) }
            if json { return try RowStream.json(window, fetch: fetch) }
            try RowStream.each(window, none: Phrase("zaken", "cases"), ctx.lang, fetch: fetch) { r in
                // A closed case says how it ended before its rung (unfounded: no measure stands).
                let rung =
                    (r.outcome.map { $0.label(ctx.lang) + " · " } ?? "")
                    + (r.rung.map { $0.shortLabel(ctx.lang) } ?? "—")
                let due = r.nextDue.map { " · " + Phrase("uiterlijk ", "due ")(ctx.lang) + $0.dutch } ?? ""
                Output.row(
                    "\(r.number)  \(r.status.label(ctx.lang).padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.subjectName) · \(rung)\(due) · \(r.summary)"
                )
            }
        }
    }

    struct Show: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: .nl("Eén zaak: ladder, verplichtingen, stukken.", en: "One case: ladder, obligations, entries."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer (2026-0001) of id.", en: "Case number (2026-0001) or id.")) var id: String
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            let (detail, assessment) = try service.cases.detailAndAssessment(caseID)
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
                    "Trede: warning, time-out, device-custody, ict-ban, contract, suspension, access-ban, removal, reprimand, precautionary-suspension, dismissal, summary-dismissal.",
                    en:
                        "Rung: warning, time-out, device-custody, ict-ban, contract, suspension, access-ban, removal, reprimand, precautionary-suspension, dismissal, summary-dismissal."
                )
        ) var to: Rung
        @Option(help: .nl("De reden van de maatregel.", en: "The reason for the measure.")) var reason: String
        @Option(
            help:
                .nl(
                    "Duur: een schorsing van een leerling in schooldagen (1–5); een toegangsverbod of ordemaatregel in kalenderdagen.",
                    en:
                        "Length: a pupil's suspension in school days (1–5); an access ban or precautionary measure in calendar days."
                )
        ) var days: Int?
        @Option(
            help: .nl(
                "Onderbouwing als de stap treden overslaat (of bij verwijdering om het gedrag van een ouder).",
                en: "Justification when the step skips rungs (or for a removal because of a parent's conduct)."))
        var justify: String?
        @Option(
            help: .nl(
                "Eerste dag (JJJJ-MM-DD; een schorsing standaard de volgende schooldag); een time-out: de schooldag waarop hij is gegeven (standaard vandaag).",
                en:
                    "First day (YYYY-MM-DD; a suspension by default the next school day); a time-out: the school day it was given (by default today)."
            )) var start: LocalDate?
        @Option(
            help: .nl(
                "Openbare school, schorsing zonder zienswijze van de ouders: de spoedeisende reden (Awb 4:11).",
                en: "Public school, suspension without hearing the parents' view: the urgent reason (Awb 4:11)."))
        var urgent: String?
        @Option(
            help: .nl(
                "Ontslag: consent (instemming), uwv of kantonrechter.",
                en: "Dismissal: consent, uwv or kantonrechter (court).")) var route: DismissalRoute?
        @Option(
            name: .customLong("respond-days"),
            help: .nl(
                "Voornemen (medewerker): reactietermijn in schooldagen (standaard 10).",
                en: "Proposal (staff): days to respond, in school days (default 10)."))
        var respondDays: Int?
        @Option(
            help: .nl(
                "Waar het protocol de maatregel aan de directie laat: wat hij inhoudt en hoe lang hij duurt.",
                en: "Where the protocol leaves the measure to the director: what it is and how long it lasts."))
        var measure: String?
        @Option(
            help: .nl(
                "Wat u heeft vastgesteld, in uw eigen woorden: de feiten die de brieven van de zaak noemen (anders de samenvatting van de zaak; is dat de tekst van de melding, dan vraagt de brief ze).",
                en:
                    "What you established, in your own words: the facts the case's letters state (otherwise the case's summary; where that is the report's text, the letter asks for them)."
            ))
        var facts: String?
        @Flag(
            help: .nl(
                "Medewerker: het besluit op het lopende voornemen (anders: het voornemen).",
                en: "Staff: the decision on the pending proposal (otherwise: the proposal).")) var besluit = false
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            let stepped = try service.cases.step(
                caseID,
                StepRequest(
                    rung: to, reason: reason, days: days,
                    justification: justify, startDate: start, phase: besluit ? .decision : nil, urgency: urgent,
                    route: route, respondDays: respondDays, measure: measure, facts: facts)
            ).value
            let (step, obligations) = (stepped.step, stepped.obligations)
            if json { return try Output.json(try CaseJSON.read(caseID, service, ctx.lang)) }
            let kind = try service.cases.detail(caseID).subject.kind.ladderKind
            var line =
                (step.phase == .proposal
                ? Phrase("Voornemen vastgelegd: ", "Proposal recorded: ") : Phrase("Stap gezet: ", "Step taken: "))(
                    ctx.lang) + step.rung.label(for: kind)(ctx.lang)
            if let days = step.days, let s = step.startDate, let e = step.endDate {
                line += " \(days)d (\(s.dutch)–\(e.dutch))"
            }
            Output.line(line)
            if justify?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false, step.justification == nil {
                Output.line(
                    "  "
                        + Phrase(
                            "--justify is niet gebruikt: deze stap slaat geen trede over (een brief noemt geen reden om een lichtere maatregel over te slaan)",
                            "--justify was not used: this step skips no rung (a letter names no reason for skipping a lighter measure)"
                        )(ctx.lang))
            }
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
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: .nl("Een verplichting afvinken.", en: "Mark an obligation done."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "Verplichting: id of soort (suspension-decision, aangifte, ...).",
                en: "Obligation: id or kind (suspension-decision, aangifte, ...).")) var obligation: String
        @Option(help: .nl("Het stuk in het dossier dat het bewijst.", en: "The dossier entry that proves it."))
        var entry: EntryID?
        @Option(
            help: .nl(
                "De dag waarop het gebeurde, waar de wet ervan telt (JJJJ-MM-DD; weggelaten: vandaag): de datum op de instemming met ontslag (dismissal-consent), de dag van het wijzen op de bedenktermijn (revocation-notice).",
                en:
                    "The day it happened, where the law counts from it (YYYY-MM-DD; default today): the date on the consent to dismissal (dismissal-consent), the day of the notice of the right to revoke (revocation-notice)."
            ))
        var on: LocalDate?
        @Flag(
            help: .nl(
                "Bij objection-documents: de ouders stemden in met het achterwege laten van de terinzagelegging (Awb art. 7:4 lid 5); --entry is de notitie daarvan.",
                en:
                    "With objection-documents: the parents agreed to leave out the inspection of the documents (Awb art. 7:4 lid 5); --entry is the note of it."
            ))
        var waived = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let (o, lapse) = try service.cases.tick(
                try service.cases.resolve(id), obligation: obligation, entry: entry, on: on,
                letters: try ctx.config.letters(), waived: waived
            ).value
            // A duty that lapsed with the employment is not done: said as the case shows it.
            if let lapse {
                Output.line(
                    Phrase("Vervallen: ", "Lapsed: ")(ctx.lang) + o.kind.label(ctx.lang) + " (\(lapse.note))")
            } else {
                Output.line(Phrase("Gedaan: ", "Done: ")(ctx.lang) + o.kind.label(ctx.lang))
            }
        }
    }

    struct Close: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: .nl(
                "Een zaak sluiten (niet zolang verplichtingen open staan).",
                en: "Close a case (not while obligations are open)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "De uitkomst: gegrond, ongegrond of vergissing (verkeerde leerling of medewerker, verkeerd ingedeeld); ook founded, unfounded, mistake. Alleen een gegronde zaak telt als overtreding.",
                en:
                    "The outcome: founded, unfounded or mistake (wrong pupil or employee, misfiled); also gegrond, ongegrond, vergissing. Only a founded case counts as an offence."
            ))
        var outcome: String
        @Option(help: .nl("Waarom de zaak klaar is.", en: "Why the case is finished.")) var reason: String

        func validate() throws {
            guard CaseOutcome(word: outcome) != nil else {
                throw invalid(
                    "--outcome '\(outcome)' bestaat niet; kies \(CaseOutcome.words.nl). Er is niets veranderd.",
                    "--outcome '\(outcome)' does not exist; choose \(CaseOutcome.words.en). Nothing was changed.")
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let outcome = CaseOutcome(word: outcome) ?? .founded
            let closed = try service.cases.close(try service.cases.resolve(id), outcome: outcome, reason: reason).value
            Output.line(
                Phrase("Zaak \(id) gesloten: \(outcome.label.nl).", "Case \(id) closed: \(outcome.label.en).")(ctx.lang)
            )
            if outcome == .mistake && !closed.reportBackToTriage {
                let others = closed.standing.joined(separator: ", ")
                Output.line(
                    Phrase(
                        "Telt niet als overtreding. De melding gaat niet terug naar Meldingen: ook zaak \(others) gaat erover.",
                        "Does not count as an offence. The report stays in hand: case \(others) is about it too."
                    )(ctx.lang))
            } else if outcome == .mistake {
                Output.line(
                    Phrase(
                        "Telt niet als overtreding. De melding kan opnieuw beoordeeld worden (`casus case open --incident ID …`).",
                        "Does not count as an offence. The report can be triaged again (`casus case open --incident ID …`)."
                    )(ctx.lang))
            } else if outcome == .unfounded {
                Output.line(Phrase("Telt niet als overtreding.", "Does not count as an offence.")(ctx.lang))
            }
        }
    }

    struct Reclassify: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "reclassify",
            abstract: .nl(
                "De artikelen en de ernst van een open zaak herzien (met reden; in het dossier en het auditlog).",
                en:
                    "Change the articles and severity of an open case (with a reason; in the dossier and the audit log)."
            ),
            discussion: .nl(
                "De ladder leest daarna de nieuwe artikelen en ernst (bijvoorbeeld welke overtreding het is).",
                en: "The ladder then reads the new articles and severity (for instance which offence it is)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "De nieuwe artikelen van het protocol, gescheiden door komma's: A.5,A.7 (zoals bij `case open --article`).",
                en: "The new articles of the protocol, separated by commas: A.5,A.7 (as `case open --article`)."))
        var article: String
        @Option(
            help: .nl(
                "light, medium of severe (standaard: de zwaarste van de artikelen).",
                en: "light, medium or severe (default: the heaviest of the articles)."))
        var severity: Severity?
        @Option(help: .nl("Waarom de zaak anders is ingedeeld.", en: "Why the case is classified differently."))
        var reason: String
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let list = article.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let c = try service.cases.reclassify(
                try service.cases.resolve(id), articles: list, severity: severity, reason: reason
            ).value
            if json { return try Output.json(try CaseJSON.read(c.id, service, ctx.lang)) }
            Output.line(
                Phrase(
                    "Zaak \(c.number) herzien: \(c.articles.joined(separator: ", ")); \(c.severity.label.nl).",
                    "Case \(c.number) reclassified: \(c.articles.joined(separator: ", ")); \(c.severity.label.en).")(
                        ctx.lang))
        }
    }

    struct Objection: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "objection",
            abstract: .nl(
                "Bezwaar van de ouders tegen een verwijdering vastleggen (beslissen binnen 4 weken), of op een openbare school tegen een schorsing (binnen 6 weken na de bezwaartermijn, Awb art. 7:10).",
                en:
                    "Record the parents' objection to a removal (decide within 4 weeks), or at a public school to a suspension (within 6 weeks after the objection period, Awb art. 7:10)."
            ))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Datum van ontvangst (JJJJ-MM-DD).", en: "Date of receipt (YYYY-MM-DD).")) var received:
            LocalDate

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
            commandName: "accept",
            abstract: .nl(
                "Verwijdering: een andere school laat de leerling toe; de verwijdering wordt definitief.",
                en: "Removal: another school admits the pupil; the removal becomes final."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("De school die de leerling toelaat.", en: "The school that admits the pupil.")) var school:
            String
        @Option(
            help: .nl(
                "Datum van de toelating (JJJJ-MM-DD; standaard vandaag).",
                en: "Date of admission (YYYY-MM-DD; default today).")) var on: LocalDate?

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

    struct Revoke: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: .nl(
                "Verwijdering: het besluit is herroepen (het bezwaar gegrond, of heroverwogen); de leerling blijft, een andere school is niet meer nodig. Ontslag met instemming: de werknemer herriep de instemming (BW art. 7:671 lid 2).",
                en:
                    "Removal: the decision is revoked (the objection upheld, or reconsidered); the pupil stays, another school is no longer needed. Dismissal by consent: the employee revoked the consent (BW art. 7:671 lid 2)."
            ))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "Waarom (bijvoorbeeld: het bezwaar is gegrond verklaard bij besluit van …).",
                en: "Why (for example: the objection was upheld by the decision of …).")) var reason: String
        @Option(
            help: .nl(
                "Datum van het herroepen (JJJJ-MM-DD; standaard vandaag).",
                en: "Date of the revocation (YYYY-MM-DD; default today).")) var on: LocalDate?

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let caseID = try service.cases.resolve(id)
            // A case about an employee: the consent to a dismissal, revoked by the employee.
            if try service.cases.detail(caseID).subject.kind.isPersonnel {
                let f = try service.cases.consentRevoked(caseID, on: on ?? service.today, reason: reason).value
                Output.line(
                    Phrase(
                        "Vastgelegd: de werknemer herriep de instemming op \(f.date.dutch); de opzegging wordt geacht niet te hebben plaatsgevonden (BW art. 7:671 lid 4).",
                        "Recorded: the employee revoked the consent on \(f.date.iso); the notice is deemed not to have taken place (BW art. 7:671 lid 4)."
                    )(ctx.lang))
                return
            }
            let f = try service.cases.removalRevoked(caseID, on: on ?? service.today, reason: reason).value
            Output.line(
                Phrase(
                    "Vastgelegd: de verwijdering is herroepen per \(f.date.dutch); de leerling blijft ingeschreven.",
                    "Recorded: the removal is revoked as of \(f.date.dutch); the pupil stays enrolled.")(ctx.lang))
        }
    }

    struct Dispute: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "dispute",
            abstract:
                .nl(
                    "Geschillencommissie passend onderwijs: het verzoek (--requested) of het oordeel (--opinion, --outcome); de beslistermijn op bezwaar wordt opgeschort (WPO art. 43 lid 4).",
                    en:
                        "Disputes committee for passend onderwijs: the request (--requested) or its opinion (--opinion, --outcome); the term to decide on an objection is suspended (WPO art. 43 lid 4)."
                )
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "Datum waarop de ouders het geschil voorlegden.", en: "Date on which the parents submitted the dispute."
            )) var requested: LocalDate?
        @Option(help: .nl("Datum van het oordeel van de commissie.", en: "Date of the committee's opinion."))
        var opinion: LocalDate?
        @Option(help: .nl("Het oordeel in een paar woorden.", en: "The opinion in a few words.")) var outcome: String?

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
            commandName: "consult",
            abstract:
                .nl(
                    "Meldplicht: het overleg met de vertrouwensinspecteur (0900-1113111) — redelijk vermoeden ja of nee.",
                    en:
                        "Duty to report: the consultation with the vertrouwensinspecteur (0900-1113111) — reasonable suspicion yes or no."
                ))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Redelijk vermoeden: yes/ja of no/nee.", en: "Reasonable suspicion: yes/ja or no/nee."))
        var suspicion: Answer
        @Option(help: .nl("Wat er besproken is.", en: "What was discussed.")) var note: String

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
            commandName: "zienswijze",
            abstract:
                .nl(
                    "Een zienswijze vastleggen: van de medewerker op een voornemen, of van de ouders vóór een schorsing (openbare school).",
                    en:
                        "Record a view (zienswijze): the staff member's on a proposal, or the parents' before a suspension (public school)."
                )
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Datum van ontvangst (standaard vandaag).", en: "Date received (default today)."))
        var received: LocalDate?
        @Option(
            help: .nl(
                "De zienswijze in het kort; met --none: hoe de ouders van een leerling zijn uitgenodigd (de dagen: --invited, --until).",
                en: "The view in short; with --none: how a pupil's parents were invited (the days: --invited, --until)."
            ))
        var note: String?
        @Flag(help: .nl("Er kwam geen zienswijze binnen de termijn.", en: "No view was given within the term."))
        var none = false
        @Option(
            help: .nl(
                "Bij een leerling: de dag waarop de ouders zijn uitgenodigd hun zienswijze te geven (nodig bij --none).",
                en: "For a pupil: the day the parents were invited to give their view (needed with --none)."))
        var invited: LocalDate?
        @Option(
            help: .nl(
                "Bij een leerling: de laatste dag waarop de ouders konden reageren (nodig bij --none).",
                en: "For a pupil: the last day the parents could answer (needed with --none)."))
        var until: LocalDate?

        func validate() throws {
            if !none, note == nil {
                throw invalid("geef --note TEKST of --none", "give --note TEXT or --none")
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try service.cases.zienswijze(
                try service.cases.resolve(id), on: received ?? service.today, given: !none, invited: invited,
                until: until,
                note: note ?? "")
            Output.line(
                (none
                    ? Phrase("Vastgelegd: geen zienswijze binnen de termijn.", "Recorded: no view within the term.")
                    : Phrase("Zienswijze vastgelegd.", "View recorded."))(ctx.lang))
        }
    }

    /// `casus case declined CASE --party parents --note …`: invited to be heard before a removal,
    /// the parents (or, in VO, the pupil) did not take up the opportunity.
    struct Declined: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "declined",
            abstract:
                .nl(
                    "Vóór een verwijdering, of over een bezwaar dat nog op een beslissing wacht: de ouders (of in het vo de leerling) zijn uitgenodigd om gehoord te worden en namen die gelegenheid niet aan.",
                    en:
                        "Before a removal, or on an objection still to be decided: the parents (or in VO the pupil) were invited to be heard and did not take up the opportunity."
                )
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Wie: parents of pupil.", en: "Who: parents or pupil.")) var party: String
        @Option(
            help: .nl(
                "De dag waarop vaststond dat zij niet kwamen (standaard vandaag).",
                en: "The day it was clear they would not come (default today).")) var on: LocalDate?
        @Option(
            help: .nl(
                "De dag waarop zij zijn uitgenodigd om gehoord te worden (vóór --on).",
                en: "The day they were invited to be heard (before --on).")) var invited: LocalDate
        @Option(
            help: .nl(
                "Hoe en wanneer zij zijn uitgenodigd en wat er gebeurde.",
                en: "How and when they were invited and what happened.")) var note: String

        func validate() throws {
            guard let p = HeardParty(rawValue: party), p == .parents || p == .pupil else {
                throw invalid(
                    "--party is parents of pupil, niet '\(TerminalText.neutralised(String(party.prefix(30)), keepLayout: false))'",
                    "--party is parents or pupil, not '\(TerminalText.neutralised(String(party.prefix(30)), keepLayout: false))'"
                )
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let party = HeardParty(rawValue: party) ?? .parents
            let fact = try service.cases.hearingDeclined(
                try service.cases.resolve(id), party: party, invited: invited, on: on ?? service.today, note: note
            ).value
            Output.line(
                Phrase(
                    "Vastgelegd: \(party.label.nl) uitgenodigd, gelegenheid om gehoord te worden niet benut (\(fact.date.dutch)).",
                    "Recorded: \(party.label.en) invited, opportunity to be heard not taken (\(fact.date.iso)).")(
                        ctx.lang))
        }
    }

    struct Breach: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "breach",
            abstract:
                .nl(
                    "Datalek: de beoordeling (ook de registratie in het register van datalekken) — melden aan de Autoriteit Persoonsgegevens ja of nee.",
                    en:
                        "Data breach: the assessment (also its entry in the register of data breaches) — notify the Autoriteit Persoonsgegevens yes or no."
                )
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Melden aan de AP: yes/ja of no/nee.", en: "Notify the AP: yes/ja or no/nee.")) var report:
            Answer
        @Option(
            help: .nl(
                "Wat er gebeurde, wie het raakt, de gevolgen en de genomen maatregelen.",
                en: "What happened, whom it affects, the consequences and the measures taken.")) var note: String

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
            commandName: "inzage",
            abstract: .nl(
                "Een inzageverzoek (AVG art. 15): antwoord binnen één maand (AVG art. 12 lid 3).",
                en: "A subject access request (GDPR art. 15): answer within one month (GDPR art. 12(3))."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Datum van ontvangst (JJJJ-MM-DD).", en: "Date received (YYYY-MM-DD).")) var received:
            LocalDate
        @Option(help: .nl("Van wie en waarover.", en: "From whom and about what.")) var note: String = ""

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
            commandName: "ended",
            abstract: .nl(
                "De arbeidsovereenkomst is geëindigd (begin van de termijn van BW art. 7:686a lid 4).",
                en: "The employment contract has ended (start of the term of BW art. 7:686a lid 4)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "Datum waarop de arbeidsovereenkomst eindigde.", en: "Date on which the employment contract ended."))
        var on: LocalDate

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let replaced = try service.cases.contractEnded(try service.cases.resolve(id), on: on).value.replaced
            Output.line(
                Phrase(
                    "Einde arbeidsovereenkomst vastgelegd: \(on.dutch)"
                        + (replaced.map { "; dit vervangt het einde op \($0.dutch)" } ?? "") + ".",
                    "End of employment recorded: \(on.dutch)"
                        + (replaced.map { "; this replaces the end on \($0.dutch)" } ?? "")
                        + ".")(ctx.lang))
        }
    }

    struct Court: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "court",
            abstract: .nl(
                "Een rechtszaak begon of eindigde; zolang zij loopt, wordt het dossier niet opgeschoond.",
                en: "A court case began or ended; while it runs, the dossier is not purged."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(help: .nl("Datum waarop de rechtszaak begon.", en: "Date on which the court case began.")) var started:
            LocalDate?
        @Option(help: .nl("Datum waarop de rechtszaak eindigde.", en: "Date on which the court case ended.")) var ended:
            LocalDate?
        @Flag(
            help: .nl(
                "Met --ended: de rechter vernietigde het ontslag of veroordeelde tot herstel van de arbeidsovereenkomst (BW art. 7:681 lid 1, 7:682 lid 1, 7:683 lid 3); het dienstverband loopt door.",
                en:
                    "With --ended: the court annulled the dismissal or ordered the contract restored (BW art. 7:681 lid 1, 7:682 lid 1, 7:683 lid 3); the employment goes on."
            )) var annulled = false
        @Flag(
            help: .nl(
                "Met --ended: de kantonrechter wees het verzoek tot ontbinding af (BW art. 7:671b); het ontslag beëindigde niets.",
                en:
                    "With --ended: the kantonrechter rejected the request for dissolution (BW art. 7:671b); the dismissal ended nothing."
            )) var rejected = false
        @Option(help: .nl("Welke rechter, welk kenmerk.", en: "Which court, which reference.")) var note: String = ""

        func validate() throws {
            guard (started == nil) != (ended == nil) else {
                throw invalid("geef --started DATUM of --ended DATUM", "give --started DATE or --ended DATE")
            }
            if annulled || rejected, ended == nil {
                throw invalid(
                    "--annulled en --rejected horen bij --ended: de uitspraak eindigt de rechtszaak",
                    "--annulled and --rejected go with --ended: the ruling ends the court case")
            }
            if annulled, rejected {
                throw invalid(
                    "geef --annulled of --rejected, niet beide", "give --annulled or --rejected, not both")
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let outcome: CourtOutcome = started != nil ? .started : annulled ? .annulled : rejected ? .rejected : .ended
            let caseID = try service.cases.resolve(id)
            // As it stood before this court case began (an earlier one in the case takes the notice away).
            let before = try started.map { _ in try service.cases.detail(caseID) }
            try service.cases.courtCase(caseID, outcome, on: started ?? ended!, note: note)
            Output.line(
                outcome == .annulled
                    ? Phrase(
                        "Vastgelegd: het ontslag is vernietigd of de arbeidsovereenkomst hersteld; het dienstverband loopt door.",
                        "Recorded: the dismissal is annulled or the contract restored; the employment goes on.")(
                            ctx.lang)
                    : outcome == .rejected
                        ? Phrase(
                            "Vastgelegd: de kantonrechter wees het verzoek tot ontbinding af; het dienstverband loopt door.",
                            "Recorded: the kantonrechter rejected the request for dissolution; the employment goes on.")(
                                ctx.lang)
                        : Phrase("Vastgelegd.", "Recorded.")(ctx.lang))
            if let started, let before,
                let late = CaseWorkflow.lateContest(before.obligations, before.facts, startedOn: started)
            {
                Output.line(late(ctx.lang))
            }
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
            "note, meeting, phone, email, care of correction; standaard note, voor de IB care (met --corrects: correction).",
            en:
                "note, meeting, phone, email, care or correction; by default note, for the IB care (with --corrects: correction)."
        ))
    var kind: EntryKind?
    @Option(help: .nl("De tekst.", en: "The text.")) var body: String
    @Option(help: .nl("Titel (standaard: soort en zaaknummer).", en: "Title (default: kind and case number)."))
    var title: String?
    @Option(
        help: .nl(
            "Bij een gespreksverslag: wie is gehoord (teacher, parents, pupil, employee; komma's).",
            en: "For a meeting record: who was heard (teacher, parents, pupil, employee; commas).")) var heard: String?
    @Option(
        name: .customLong("held-on"),
        help: .nl(
            "Bij een gespreksverslag: de dag van het gesprek (JJJJ-MM-DD; standaard vandaag). Het horen telt vanaf die dag.",
            en:
                "For a meeting record: the day of the meeting (YYYY-MM-DD; default today). The hearing counts from that day."
        ))
    var heldOn: LocalDate?
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
        if heldOn != nil, kind != nil, kind != .meeting {
            throw invalid(
                "--held-on hoort bij een gespreksverslag (--kind meeting)",
                "--held-on goes with a meeting note (--kind meeting)")
        }
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
        // As `dossier note` takes it: an IB writes care notes, and the default refused her (a review).
        let kind = kind ?? (corrects != nil ? .correction : service.actor.role == .ib ? .care : .note)
        if heldOn != nil, kind != .meeting {
            throw CasusError(
                .usage,
                Phrase(
                    "--held-on hoort bij een gespreksverslag (--kind meeting)",
                    "--held-on goes with a meeting note (--kind meeting)"))
        }
        let e = try service.cases.addEntry(
            try service.cases.resolve(id), kind: kind, title: title, body: body,
            heard: parties, corrects: corrects, evidence: try EvidenceFiles.read(evidence), heldOn: heldOn
        ).value
        if json { return try Output.json(e) }
        Output.line(
            Phrase(
                "Stuk \(e.id) toegevoegd aan het dossier (nr. \(e.seq)).",
                "Entry \(e.id) added to the dossier (no. \(e.seq)).")(ctx.lang))
    }
}
