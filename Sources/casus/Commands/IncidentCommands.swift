import ArgumentParser
import CasusCore

/// "12,14" → [12, 14], refusing anything that is not a list of ids.
func idList(_ text: String, option: String) throws -> [Int64] {
    let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let ids = parts.compactMap { Int64($0) }
    guard !parts.isEmpty, ids.count == parts.count else {
        throw CasusError(
            .usage,
            Phrase(
                "\(option) verwacht nummers gescheiden door komma's, niet '\(text)'",
                "\(option) expects ids separated by commas, not '\(text)'"))
    }
    return ids
}

struct IncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident",
        abstract: .nl("Meldingen: de wachtrij om te beoordelen.", en: "Reports: the queue to triage."),
        subcommands: [Add.self, List.self, Show.self, Evidence.self, Dismiss.self])

    struct Add: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: .nl("Een melding doen.", en: "File a report."), aliases: ["report"])
        @OptionGroup var global: GlobalOptions
        @Option(
            help: .nl(
                "Betrokkenen: één of meer persoon-id's, gescheiden door komma's.",
                en: "Subjects: one or more person ids, separated by commas.")) var subject: String
        @Option(help: .nl("Wat er is gebeurd.", en: "What happened.")) var summary: String
        @Option(help: .nl("Platform (WhatsApp, TikTok, ...).", en: "Platform (WhatsApp, TikTok, ...).")) var platform:
            String?
        @Option(
            help: .nl(
                "Slachtoffers: één of meer persoon-id's, gescheiden door komma's.",
                en: "Victims: one or more person ids, separated by commas.")) var victim: String?
        @Option(
            help: .nl(
                "Getuigen: één of meer persoon-id's, gescheiden door komma's.",
                en: "Witnesses: one or more person ids, separated by commas.")) var witness: String?
        @Option(help: .nl("Melder: persoon-id.", en: "Reporter: person id.")) var reporter: PersonID?
        @Option(
            help: .nl(
                "School-id (alleen voor het bestuur met meer scholen).",
                en: "School id (only for a board with several schools).")) var school: SchoolID?
        @Option(
            name: .customLong("happened-on"),
            help: .nl(
                "De dag waarop het gebeurde (DD-MM-JJJJ of JJJJ-MM-DD; niet na vandaag). Weggelaten: onbekend.",
                en: "The day it happened (DD-MM-YYYY or YYYY-MM-DD; not after today). Left out: not known."))
        var happenedOn: String?
        @Option(
            help: .nl(
                "Bewijsstuk (schermafbeelding, hoogstens 25 MB), opgeslagen met zijn SHA-256; mag vaker.",
                en: "Evidence (a screenshot, at most 25 MB), stored with its SHA-256; may be repeated."))
        var evidence: [String] = []
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func validate() throws { _ = try day() }

        /// --happened-on as typed: 15-11-2026 or 2026-11-15.
        func day() throws -> LocalDate? {
            guard let happenedOn else { return nil }
            guard let day = LocalDate(typed: happenedOn) else {
                // Why, when it is written as a day ("februari 2026 heeft 28 dagen").
                let why =
                    LocalDate.whyNot(typed: happenedOn).map { (" (" + $0.nl + ")", " (" + $0.en + ")") } ?? ("", "")
                throw invalid(
                    "--happened-on verwacht een dag als 15-11-2026 of 2026-11-15, niet '\(happenedOn)'\(why.0); er is niets opgeslagen",
                    "--happened-on expects a day like 15-11-2026 or 2026-11-15, not '\(happenedOn)'\(why.1); nothing was saved"
                )
            }
            return day
        }

        func run(_ ctx: Context) throws {
            let i = try ctx.service().intake.report(
                summary: summary, platform: platform,
                subjects: try idList(subject, option: "--subject"),
                victims: try victim.map { try idList($0, option: "--victim") } ?? [],
                witnesses: try witness.map { try idList($0, option: "--witness") } ?? [], reporter: reporter,
                schoolID: school, happenedOn: try day(), evidence: try EvidenceFiles.read(evidence)
            ).value
            if json { return try Output.json(i) }
            // Not "the management sees it": one about the director is the board's, and was said to be
            // in a queue its subject never saw (a review).
            Output.line(
                Phrase(
                    "Melding \(i.id) staat in de wachtrij: de directie handelt haar af, of het bestuur als zij over de directie gaat.",
                    "Report \(i.id) is in the queue: the school's management handles it, or the board if it is about the management."
                )(ctx.lang))
            // Who triages dismisses it themselves (a director was told to ask the management).
            if !AccessPolicy.allows(try ctx.service().actor, .triage) {
                Output.line(Intake.madeAMistake(i.id)(ctx.lang))
            }
        }
    }

    struct List: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: .nl("Meldingen, oudste eerst.", en: "Reports, oldest first."))
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("new, triaged of dismissed.", en: "new, triaged or dismissed.")) var status: IncidentStatus?
        @Flag(
            help: .nl(
                "Alleen de meldingen die u zelf deed, met hun stand (voor een leerkracht vanzelf).",
                en: "Only the reports you filed yourself, with their status (a teacher's default)."))
        var mine = false
        @OptionGroup var window: ListWindow
        @Flag(help: .nl("Als JSON (rij voor rij geschreven).", en: "As JSON (written row by row).")) var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            // A role without the queue (a teacher) follows its own reports.
            let own = mine || !AccessPolicy.allows(service.actor, .readTriageQueue)
            // A role that may neither read the queue nor file a report (an IB) is refused for the
            // queue it asked for, not for "filing a report" it did not ask to do.
            if own {
                try AccessPolicy.require(
                    service.actor,
                    mine || AccessPolicy.allows(service.actor, .reportIncident) ? .reportIncident : .readTriageQueue)
            }
            let fetch = { (offset: Int, limit: Int) in
                own
                    ? try service.intake.ownRows(status: status, offset: offset, limit: limit)
                    : try service.intake.rows(status: status, offset: offset, limit: limit)
            }
            if json { return try RowStream.json(window, fetch: fetch) }
            try RowStream.each(window, none: Phrase("meldingen", "reports"), ctx.lang, fetch: fetch) { r in
                let days = r.reportedAt.localDate().days(until: service.today)
                Output.row(
                    "\(String(r.id).padding(toLength: 5, withPad: " ", startingAt: 0)) \(r.reportedAt.localDate().dutch) (\(days)d) \(r.standing.label(ctx.lang)) · \(r.subjects) · \(r.summary)"
                )
            }
        }
    }

    struct Show: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: .nl("Eén melding met de betrokkenen.", en: "One report with the people involved."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Melding-id.", en: "Report id.")) var id: IncidentID
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        struct JSON: Encodable {
            var incident: Incident
            var involved: [Involved]
            var groupResponse: String?
            /// The conduct articles the report most likely concerns, best first (id, cite, score).
            var suggestedArticles: [ArticleSuggester.Suggestion]
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let (i, involved) = try service.intake.incident(id)
            let group = try service.intake.groupResponse(for: i, involved: involved)
            let suggested =
                AccessPolicy.allows(service.actor, .triage)
                ? try service.intake.suggestedArticles(for: i, involved: involved) : []
            if json {
                return try Output.json(
                    JSON(incident: i, involved: involved, groupResponse: group?.action, suggestedArticles: suggested))
            }
            Output.line(
                ["\(i.id)", i.reportedAt.dutch(), i.standing.label(ctx.lang), i.platform ?? ""].filter { !$0.isEmpty }
                    .joined(separator: " · "))
            let t = { (nl: String, en: String) in Phrase(nl, en)(ctx.lang) }
            Output.line(t("Gebeurd op: ", "Happened on: ") + (i.happenedOn?.dutch ?? t("onbekend", "not known")))
            Output.line(i.summary)
            // As the full screen shows it (plain output left it out, `--json` had it; a review).
            if let reason = i.dismissedReason { Output.line(t("Afgewezen: ", "Dismissed: ") + reason) }
            for file in i.evidence {
                Output.line(t("  bewijs: ", "  evidence: ") + "\(file.name) (\(file.shortHash)…, \(file.sizeText))")
            }
            if !i.evidence.isEmpty {
                Output.line(
                    t(
                        "  (als bestanden: casus incident evidence \(i.id))",
                        "  (as files: casus incident evidence \(i.id))"))
            }
            for p in involved {
                Output.line(
                    "  \(p.role.label(ctx.lang)): \(p.person.id) \(p.person.name) (\(p.person.kind.label(ctx.lang)))")
            }
            if let group {
                Output.line(
                    Phrase("Aanpak volgens het protocol: ", "Response under the protocol: ")(ctx.lang) + group.action)
            }
            if !suggested.isEmpty {
                Output.line(
                    Phrase("Voorgestelde artikelen: ", "Suggested articles: ")(ctx.lang)
                        + suggested.map { "\($0.id) (\($0.cite))" }.joined(separator: ", "))
            }
        }
    }

    struct Dismiss: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "dismiss",
            abstract: .nl(
                "Een of meer meldingen afwijzen, met één reden (alle of geen).",
                en: "Dismiss one or more reports, with one reason (all or none)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Melding-id's (5 7 9 of 5,7,9).", en: "Report ids (5 7 9 or 5,7,9).")) var ids: [String]
        /// Said where it is typed, as the screen's dialog says it: a reason naming a colleague's
        /// earlier warning was read word for word by the teacher who filed the report (a review).
        @Option(
            help: .nl(
                "Waarom er geen zaak komt. Wie de melding invoerde, leest deze reden bij de melding: noem geen andere namen of maatregelen.",
                en:
                    "Why there will be no case. Whoever filed the report reads this reason with it: name no other people or measures."
            )) var reason: String

        func run(_ ctx: Context) throws {
            let words = ids.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            let chosen = words.compactMap { IncidentID($0) }.filter { $0 > 0 }
            guard !words.isEmpty, chosen.count == words.count else {
                throw CasusError(
                    .usage,
                    Phrase(
                        "‘\(ids.joined(separator: " "))’ zijn geen melding-id's (getallen, zoals 5 7 9)",
                        "‘\(ids.joined(separator: " "))’ are no report ids (numbers, such as 5 7 9)"),
                    hint: Phrase(
                        "`casus incident list` toont de meldingen met hun id. Er is niets afgewezen.",
                        "`casus incident list` lists the reports with their ids. Nothing was dismissed."))
            }
            try ctx.service().intake.dismiss(chosen, reason: reason)
            let list = chosen.map(String.init).joined(separator: ", ")
            Output.line(
                chosen.count == 1
                    ? Phrase("Melding \(list) afgewezen.", "Report \(list) dismissed.")(ctx.lang)
                    : Phrase("Meldingen \(list) afgewezen.", "Reports \(list) dismissed.")(ctx.lang))
        }
    }
}
