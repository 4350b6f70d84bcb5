import ArgumentParser
import CasusCore
import Foundation

struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: .nl("Het dossier van een leerling of medewerker.", en: "A pupil's or employee's dossier."),
        subcommands: [Show.self, Note.self, Evidence.self, DossierExportCommand.self])

    struct Show: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: .nl(
                "Alle stukken, correcties naast wat ze corrigeren (wordt gelogd).",
                en: "Every entry, corrections beside what they correct (logged)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Persoon-id van de leerling of medewerker.", en: "The pupil's or employee's person id."))
        var person: PersonID
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        struct JSON: Encodable {
            struct PersonJSON: Encodable {
                var id: PersonID
                var name: String
                var kind: PersonKind
            }
            struct EntryJSON: Encodable {
                var id: EntryID
                var seq: Int64
                var kind: EntryKind
                var title: String
                var body: String
                var author: String
                var authorName: String
                var at: Timestamp
                @Null var `case`: String?
                @Null var corrects: EntryID?
                var correctedBy: [EntryID]
                var heard: [HeardParty]
                var evidence: [String]
                /// A letter's sending: the day and how (null while not recorded, and for any other entry).
                @Null var sentOn: LocalDate?
                @Null var sentVia: SendMethod?
                var hash: String
                var prevHash: String
            }
            struct CaseJSON: Encodable {
                var number: String
                var status: CaseStatus
                @Null var rung: Rung?
                var openedAt: Timestamp
                @Null var nextDue: LocalDate?
                /// How a closed case ended (founded, unfounded, mistake); null while open.
                @Null var outcome: CaseOutcome?
                var subject: String
                var summary: String
            }
            var person: PersonJSON
            var cases: [CaseJSON]
            var entries: [EntryJSON]
            var tombstones: [Tombstone]
        }

        func run(_ ctx: Context) throws {
            let d = try ctx.service().dossiers.dossier(person)
            if json {
                return try Output.json(
                    JSON(
                        person: .init(id: d.person.id, name: d.person.name, kind: d.person.kind),
                        cases: d.cases.map {
                            .init(
                                number: $0.number, status: $0.status, rung: $0.rung, openedAt: $0.openedAt,
                                nextDue: $0.nextDue, outcome: $0.outcome, subject: $0.subjectName,
                                summary: $0.summary)
                        },
                        entries: d.entries.map { e in
                            .init(
                                id: e.id, seq: e.seq, kind: e.kind, title: e.title, body: e.body, author: e.author,
                                authorName: e.authorName, at: e.at, case: e.caseNumber, corrects: e.corrects,
                                correctedBy: d.corrections[e.id]?.map(\.id) ?? [], heard: e.heard, evidence: e.evidence,
                                sentOn: d.sendings[e.id]?.on, sentVia: d.sendings[e.id]?.via, hash: e.hash,
                                prevHash: e.prevHash)
                        },
                        tombstones: d.tombstones))
            }
            DossierText.print(d, lang: ctx.lang)
        }
    }

    struct Note: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: .nl(
                "Een notitie of zorgnotitie in een dossier, los van een zaak.",
                en: "A note or care note in a dossier, apart from a case."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Persoon-id van de leerling of medewerker.", en: "The pupil's or employee's person id."))
        var person: PersonID
        @Option(
            help: .nl(
                "note, care (zorgnotitie), email, phone of correction; standaard note, voor de IB care.",
                en: "note, care (care note), email, phone or correction; by default note, for the IB care."))
        var kind: EntryKind?
        @Option(help: .nl("De tekst.", en: "The text.")) var body: String
        @Option(help: .nl("Titel.", en: "Title.")) var title: String?
        @Option(
            help: .nl("Bij een correctie: het stuk dat zij corrigeert.", en: "For a correction: the entry it corrects.")
        ) var corrects: EntryID?
        @Option(help: .nl("Bewijsstuk (schermafbeelding); mag vaker.", en: "Evidence (a screenshot); may be repeated."))
        var evidence: [String] = []

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            // An IB writes care notes: `dossier note` without --kind was refused it (a review).
            let kind = kind ?? (corrects != nil ? .correction : service.actor.role == .ib ? .care : .note)
            let e = try service.dossiers.addEntry(
                person: person, kind: kind, title: title, body: body, corrects: corrects,
                evidence: try EvidenceFiles.read(evidence)
            ).value
            Output.line(
                Phrase("Stuk \(e.id) toegevoegd (nr. \(e.seq)).", "Entry \(e.id) added (no. \(e.seq)).")(ctx.lang))
        }
    }
}

/// `dossier show` as text: the timeline, with corrections beside what they correct.
enum DossierText {
    static func print(_ d: DossierView, lang: Lang) {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        let kind = d.isStaffDossier ? t("Personeelsdossier", "Staff dossier") : t("Leerlingdossier", "Pupil dossier")
        Output.line("\(kind) \(d.person.name) (\(d.person.id))")
        for tomb in d.tombstones {
            Output.line(
                t(
                    "  opgeschoond op \(tomb.purgedAt.dutch()): \(tomb.entryCount) stukken; \(tomb.reason)",
                    "  purged on \(tomb.purgedAt.dutch()): \(tomb.entryCount) entries; \(tomb.reason)"))
        }
        // The cases filed in it, newest first: whether one is still running, and how many there were.
        if d.cases.isEmpty {
            Output.line(t("  Zaken: geen", "  Cases: none"))
        } else {
            Output.line(t("  Zaken (\(d.cases.count)):", "  Cases (\(d.cases.count)):"))
            for c in d.cases {
                var parts = [c.rung.map { $0.shortLabel(lang) } ?? t("nog geen trede", "no rung yet")]
                if let outcome = c.outcome { parts.insert(outcome.label(lang), at: 0) }
                parts.append(t("geopend ", "opened ") + c.openedAt.localDate().dutch)
                if c.status == .open, let due = c.nextDue { parts.append(t("uiterlijk ", "due ") + due.dutch) }
                if c.subjectKind != .pupil, !c.subjectKind.isPersonnel { parts.append(c.subjectName) }
                parts.append(c.summary)
                Output.line(
                    "    \(c.number)  \(c.status.label(lang).padding(toLength: 8, withPad: " ", startingAt: 0)) "
                        + parts.joined(separator: " · "))
            }
        }
        if d.entries.isEmpty { Output.line(t("  (geen stukken)", "  (no entries)")) }
        for item in d.timeline { line(item.entry, d: d, lang: lang, indent: item.isCorrection ? "      ↳ " : "  ") }
    }

    static func line(_ e: DossierEntry, d: DossierView, lang: Lang, indent: String) {
        let corrected =
            d.corrections[e.id].map { cs in
                Phrase(
                    " [gecorrigeerd door \(cs.map { "#\($0.seq)" }.joined(separator: ", "))]",
                    " [corrected by \(cs.map { "#\($0.seq)" }.joined(separator: ", "))]")(lang)
            } ?? ""
        let caseText = e.caseNumberBesideTitle.map { " · \(Phrase("zaak", "case")(lang)) \($0)" } ?? ""
        Output.line(
            "\(indent)#\(e.seq) (\(Phrase("stuk", "entry")(lang)) \(e.id)) \(e.at.dutch()) \(e.kind.label(lang)) — \(e.title)\(caseText) — \(e.authorName)\(corrected)"
        )
        for l in e.body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            Output.line(indent + "    " + l)
        }
        if !e.evidence.isEmpty {
            Output.line(indent + "    " + Phrase("bewijs: ", "evidence: ")(lang) + e.evidence.joined(separator: ", "))
        }
        if e.kind == .letter {
            Output.line(
                indent + "    "
                    + (d.sendings[e.id].map { "✓ " + $0.summary(lang) }
                        ?? Phrase("○ nog niet verzonden", "○ not sent yet")(lang)))
        }
    }
}

struct SearchCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: .nl(
            "Zoeken in stukken, zaken en meldingen die u mag zien.",
            en: "Search the entries, cases and reports you may see."))
    @OptionGroup var global: GlobalOptions
    @Argument(help: .nl("Zoekwoorden (begin van een woord volstaat).", en: "Search words (a word's start is enough)."))
    var words: [String]
    @Option(
        help: .nl(
            "Ten hoogste zoveel treffers (standaard 200): de meldingen, de zaken, dan de stukken, elk nieuwste eerst.",
            en: "At most this many hits (default 200): the reports, the cases, then the entries, each newest first."))
    var limit: Int = 200
    @Option(
        help: .nl(
            "Sla eerst zoveel treffers over (standaard 0): de volgende bladzijde.",
            en: "Skip this many hits first (default 0): the next page.")) var offset: Int = 0
    @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

    func validate() throws {
        try PageWindow.check(limit: limit, offset: offset, defaultLimit: 200)
        // No words asks nothing: it said "Niets gevonden." with exit 0 (a review).
        if SearchQuery.words(words.joined(separator: " ")).isEmpty {
            throw ValidationError(
                String.nl(
                    "geef een of meer woorden om te zoeken (casus search WOORD …)",
                    en: "give one or more words to search for (casus search WORD …)"))
        }
    }

    func run(_ ctx: Context) throws {
        let text = words.joined(separator: " ")
        if let searched = SearchQuery.cut(text) {
            Output.error(
                Phrase(
                    "casus zoekt op de eerste \(SearchQuery.maxWords) woorden: \(searched)",
                    "casus searches for the first \(SearchQuery.maxWords) words: \(searched)")(ctx.lang))
        }
        let service = try ctx.service()
        let page = try service.dossiers.searchPage(text, offset: offset, limit: limit)
        // Only when there is a next page (then offset + limit fits: the service checked it).
        var next: String {
            Phrase(
                "Er zijn meer treffers: de volgende bladzijde met --offset \(offset + limit).",
                "There are more hits: the next page with --offset \(offset + limit).")(ctx.lang)
        }
        if json {
            try Output.json(page.hits)
            if page.more { Output.error(next) }
            return
        }
        // The people the words name, as `/` on the full screen lists them first: a surname found
        // only texts that happened to hold it, and an IB concluded a child had no record (a review).
        // On the first page, for a role that reads people's records; one line in the audit log.
        let people = offset == 0 ? try service.directory.searchedPeople(text) : []
        if !people.isEmpty {
            Output.line(
                Phrase("Personen (dossier: casus dossier show ID)", "People (dossier: casus dossier show ID)")(ctx.lang)
            )
            let sectors = try People.sectors(service)
            for p in people.prefix(Directory.searchPeopleShown) {
                Output.line("  " + People.row(p, ctx.lang, sectors: sectors))
            }
            if people.count > Directory.searchPeopleShown {
                Output.line(
                    Phrase(
                        "  en meer: casus people list --name \"\(text)\"",
                        "  and more: casus people list --name \"\(text)\"")(
                            ctx.lang))
            }
        }
        if page.hits.isEmpty {
            Output.line(
                offset == 0
                    ? (people.isEmpty
                        ? Phrase("Niets gevonden.", "Nothing found.")
                        : Phrase(
                            "Geen stukken, zaken of meldingen met deze woorden.",
                            "No entries, cases or reports with these words."))(ctx.lang)
                    : Phrase(
                        "Geen treffers meer na de eerste \(offset).", "No more hits after the first \(offset).")(
                            ctx.lang))
        }
        // The page's reports first (a report is in no one's dossier; its line names whom it is
        // about), then its other hits per person (by name), within a person in the list's order.
        let reports = page.hits.filter { $0.source == .report }
        if !reports.isEmpty { Output.line(Phrase("Meldingen", "Reports")(ctx.lang)) }
        for h in reports {
            Output.line(
                "  \(h.at.localDate().dutch) \(Phrase("melding", "report")(ctx.lang)) \(h.incidentID ?? 0)"
                    + (h.reportStanding.map { " (\($0.label(ctx.lang)))" } ?? "") + " · \(h.title): \(h.snippet)"
            )
        }
        var order: [PersonID] = []
        var byPerson: [PersonID: [SearchHit]] = [:]
        for h in page.hits where h.source != .report {
            if byPerson[h.person] == nil { order.append(h.person) }
            byPerson[h.person, default: []].append(h)
        }
        // The person of a case whose number was typed first, then by name.
        let exact = Set(Dossiers.exactFirst(page.hits, typed: text).exact.map(\.person))
        func rank(_ p: PersonID) -> Int { exact.contains(p) ? 0 : 1 }
        for person in order.sorted(by: {
            (rank($0), byPerson[$0]![0].personName, $0) < (rank($1), byPerson[$1]![0].personName, $1)
        }) {
            let group = byPerson[person]!
            Output.line("\(group[0].personName) (\(person))")
            for h in group {
                let where_ = h.casePlace(ctx.lang) ?? Phrase("dossier", "dossier")(ctx.lang)
                // The case's number is said once, by the place.
                let title = h.placedTitle.isEmpty ? "" : " · \(h.placedTitle)"
                Output.line("  \(h.at.localDate().dutch) \(where_)\(title): \(h.snippet)")
            }
        }
        if page.more { Output.line(next) }
    }
}

struct AuditCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: .nl("Wie wat las of schreef, en wanneer.", en: "Who read or wrote what, and when."))
    @OptionGroup var global: GlobalOptions
    @Option(help: .nl("Alleen over deze persoon.", en: "Only about this person.")) var person: PersonID?
    @Option(help: .nl("Hoeveel regels (nieuwste eerst).", en: "How many lines (newest first).")) var limit: Int = 200
    @Option(
        help: .nl(
            "Sla eerst zoveel regels over (standaard 0): de volgende bladzijde.",
            en: "Skip this many lines first (default 0): the next page.")) var offset: Int = 0
    @Flag(
        help: .nl(
            "Het leeslog van de server: wie wat las, via casus of met psql (alleen op een server).",
            en: "The server's log of reads: who read what, through casus or with psql (on a server only)."))
    var reads = false
    @Option(
        help: .nl(
            "Alleen de regels vanaf deze dag (JJJJ-MM-DD), bijvoorbeeld voor een vraag van ouders of de AP over wie een dossier las.",
            en:
                "Only the lines from this day on (YYYY-MM-DD), for instance for a question from parents or the DPA about who read a dossier."
        )) var since: LocalDate?
    @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

    func validate() throws { try PageWindow.check(limit: limit, offset: offset, defaultLimit: 200) }

    func run(_ ctx: Context) throws {
        let service = try ctx.service()
        if reads { return try showReads(service, ctx) }
        // Read a page at a time and written as read: `--limit 1000000 --json` held the whole log
        // first, 2.3 GB for a district's million lines (a review; DESIGN §10, lists stream). Newest
        // first, so the lines before `--since` end the list.
        let fetch = RowStream.log { (before: Int64?, offset: Int, limit: Int) in
            try service.integrity.auditLog(person: person, since: since, before: before, offset: offset, limit: limit)
        }
        if json { return try RowStream.json(offset: offset, limit: limit, fetch: fetch) }
        var shown = 0
        try RowStream.each(offset: offset, limit: limit, fetch: fetch) { a in
            let who = a.realAccount.map { "\($0) → \(a.account)" } ?? a.account
            // One line whatever a line holds: one written before casus kept details to one line,
            // or by another client of a server.
            let about = a.personID.map { "\(Phrase("persoon", "person")(ctx.lang)) \($0) " } ?? ""
            Output.row(Self.line(a.at, who, a.action, about + a.detail))
            shown += 1
        }
        if shown == 0, let since {
            // Nothing printed read as nothing asked (a review of the first version).
            Output.line(
                Phrase(
                    "Geen regels vanaf \(since.dutch)\(offset > 0 ? " op deze bladzijde" : "").",
                    "No lines from \(since.iso) on\(offset > 0 ? " on this page" : "").")(ctx.lang))
        }
    }

    /// A line of the audit log or of the server's log of reads: when, who, what, about whom.
    /// The columns are padded, never cut: "demo-directeur-1" and "demo-directeur-2" cut to
    /// one width were one account.
    static func line(_ at: Timestamp, _ who: String, _ action: String, _ rest: String) -> String {
        func padded(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        return "\(at.dutch()) \(padded(who, 18)) \(padded(action, 16)) \(rest)"
    }

    /// `--reads`: the server's own log of reads, in the audit log's layout.
    private func showReads(_ service: CasusService, _ ctx: Context) throws {
        // A page at a time and written as read, as the audit log (a board's log of reads runs to
        // millions of lines).
        let fetch = RowStream.log { (before: Int64?, offset: Int, limit: Int) in
            guard
                let lines = try service.integrity.serverReads(
                    person: person, since: since, before: before, offset: offset, limit: limit)
            else {
                throw CasusError(
                    .usage,
                    Phrase(
                        "--reads: deze database houdt geen apart leeslog bij; alleen een server doet dat, voor wie er met psql leest",
                        "--reads: this database keeps no separate log of reads; only a server does, for whoever reads there with psql"
                    ),
                    hint: Phrase(
                        "Er is niets veranderd. Hier staat elk lezen door casus in het auditlog: casus audit zonder --reads.",
                        "Nothing was changed. Here every read casus makes is in the audit log: casus audit without --reads."
                    ))
            }
            return lines
        }
        if json { return try RowStream.json(offset: offset, limit: limit, fetch: fetch) }
        try RowStream.each(offset: offset, limit: limit, fetch: fetch) { r in
            let at = r.personID.map { "\(Phrase("persoon", "person")(ctx.lang)) \($0) " } ?? ""
            let inCase =
                r.caseNumber.map { "\(Phrase("zaak", "case")(ctx.lang)) \($0) " }
                ?? r.caseID.map { "\(Phrase("zaak-id", "case id")(ctx.lang)) \($0) " } ?? ""
            Output.row(Self.line(r.at, r.account, "read." + r.what, at + inCase + r.detail))
        }
    }
}

struct Purge: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: .nl(
            "Dossiers opschonen waarvan de bewaartermijn voorbij is (laat een grafsteen achter).",
            en: "Purge dossiers whose retention period has passed (leaves a tombstone)."))
    @OptionGroup var global: GlobalOptions
    @Flag(help: .nl("Alleen tonen wat aan de beurt is.", en: "Only show what is due.")) var dryRun = false
    /// Removing dossiers for good is asked for in so many words: `casus purge` deleted them at once,
    /// printing the same list as `--dry-run` before it acted (a review).
    @Flag(
        help: .nl(
            "Echt opschonen: zonder --yes toont casus alleen wat weg zou gaan.",
            en: "Really purge: without --yes casus only shows what would go."))
    var yes = false
    @Flag(
        help: .nl(
            "Wat aan de beurt is als JSON (alleen met --dry-run).", en: "What is due as JSON (with --dry-run only)."))
    var json = false

    /// A dossier due, as `--dry-run --json` gives it: every key always there (`hold` null when it goes).
    struct DueJSON: Encodable {
        var person: PersonID
        var name: String
        var kind: PersonKind
        var entries: Int
        var reports: Int
        var dueSince: LocalDate
        @Null var hold: String?
    }

    func validate() throws {
        if json, !dryRun {
            throw ValidationError(
                String.nl(
                    "--json hoort bij --dry-run: een opschoning zelf geeft geen lijst",
                    en:
                        "--json goes with --dry-run: a purge itself gives no list"))
        }
    }

    func run(_ ctx: Context) throws {
        let service = try ctx.service()
        let policy = try ctx.retention()
        let due = try service.integrity.retentionDue(policy: policy)
        if json {
            return try Output.json(
                due.map {
                    DueJSON(
                        person: $0.person.id, name: $0.person.name, kind: $0.person.kind, entries: $0.entries,
                        reports: $0.reports, dueSince: $0.dueSince, hold: $0.hold?(ctx.lang))
                })
        }
        if due.isEmpty { return Output.line(Phrase("Niets aan de beurt.", "Nothing is due.")(ctx.lang)) }
        for item in due {
            Output.line(
                "\(item.person.id) \(item.person.name) (\(item.person.kind.label(ctx.lang))) — \(item.entries) "
                    + Phrase("stukken", "entries")(ctx.lang) + Self.reports(item.reports)(ctx.lang)
                    + Phrase("; termijn voorbij sinds ", "; due since ")(ctx.lang) + item.dueSince.dutch
                    + (item.hold.map { " — " + $0(ctx.lang) } ?? ""))
        }
        if dryRun {
            return Output.line(Phrase("(proef: er is niets verwijderd)", "(dry run: nothing was removed)")(ctx.lang))
        }
        let going = due.filter { $0.hold == nil }.count
        let dossiers = Phrase.count(going, "dossier", "dossiers", "dossier", "dossiers")
        guard yes else {
            return Output.line(
                (going == 0
                    ? Phrase(
                        "Er gaat niets weg: elk dossier hierboven wordt bewaard.",
                        "Nothing goes: every dossier above is kept.")
                    : Phrase(
                        "Er is niets verwijderd. Opschonen verwijdert \(dossiers.nl) voorgoed; herhaal met --yes om dat te doen.",
                        "Nothing was removed. Purging removes \(dossiers.en) for good; repeat with --yes to do it."))(
                        ctx.lang))
        }
        let tombs = try service.integrity.purge(policy: policy).value
        let purged = Phrase.count(tombs.count, "dossier", "dossiers", "dossier", "dossiers")
        Output.line(
            Phrase(
                "\(purged.nl) opgeschoond; elk liet een grafsteen met de laatste hash achter. Oudere reservekopieën houden ze nog: gooi die weg volgens dezelfde bewaartermijn.",
                "\(purged.en) purged; each left a tombstone with its last hash. Older backups still hold them: discard those by the same retention period."
            )(ctx.lang))
    }

    /// The reports without a case that go with a dossier (Transaction.purge), said beside its entries.
    static func reports(_ n: Int) -> Phrase {
        switch n {
        case 0: Phrase("", "")
        case 1:
            Phrase(
                " en 1 melding zonder zaak over alleen deze persoon",
                " and 1 report without a case about this person alone")
        default:
            Phrase(
                " en \(n) meldingen zonder zaak over alleen deze persoon",
                " and \(n) reports without a case about this person alone")
        }
    }
}

struct DossierExportCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            .nl(
                "Het hele dossier voor een inzageverzoek (AVG): namen van andere leerlingen weggelakt, met de hashes; wordt gelogd.",
                en:
                    "The whole dossier for a subject access request (AVG): other pupils' names blacked out, with the hashes; logged."
            ),
        discussion: .nl(
            """
            Met --review toont casus eerst elke naam die het vervangt door `[leerling]` (of `[ouder]`, voor de ouder van een andere leerling), van wie die is en waar, en schrijft niets.
            Een naam die ook een gewoon woord is (`Roos`, `Bas`, `Joy`, `Hoop`, `Van`, `Bakker`) wordt alleen vervangen waar hij met een hoofdletter staat.
            """,
            en: """
                With --review casus first shows every name it replaces by `[leerling]` (or `[ouder]`, for another pupil's parent), whose it is and where, and writes nothing.
                A name that is also an ordinary word (`Roos`, `Bas`, `Joy`, `Hoop`, `Van`, `Bakker`) is only replaced where it is capitalised.
                """))
    @OptionGroup var global: GlobalOptions
    @Argument(
        help: .nl(
            "Persoon-id van de leerling of medewerker; van een ouder: wat over die ouder is vastgelegd.",
            en: "The pupil's or employee's person id; a parent's: what is recorded about that parent."))
    var person: PersonID
    @Option(help: .nl("html, md of json.", en: "html, md or json.")) var format: String?
    @Option(
        help: .nl(
            "Het bestand om te schrijven (wordt niet overschreven).", en: "The file to write (never overwritten)."))
    var out: String?
    @Flag(
        help: .nl(
            "Alleen tonen welke namen vervangen worden; niets schrijven.",
            en: "Only show which names are replaced; write nothing."))
    var review = false
    @Option(
        help: .nl(
            "Schrijf ook de bewijsstukken (schermafbeeldingen, foto's) die de export noemt in deze map, om mee te geven.",
            en: "Also write the evidence files (screenshots, photos) the export names in this folder, to hand over."))
    var evidence: String?
    @Flag(
        help: .nl(
            "Medewerker: vervang ook de namen van collega's door [collega] (bijvoorbeeld van wie de melding deed), waar hun rechten dat vragen (AVG art. 15 lid 4).",
            en:
                "Employee: replace the names of colleagues too, by [collega] (of who made the report, for example), where their rights ask it (AVG art. 15 lid 4)."
        ))
    var hideColleagues = false

    func validate() throws {
        guard !review else { return }
        guard format != nil || out != nil || evidence == nil else { return }
        guard format != nil, out != nil else {
            throw invalid(
                "geef --format html|md|json en --out BESTAND (of --review om eerst de vervangingen te zien)",
                "give --format html|md|json and --out FILE (or --review to see the replacements first)")
        }
    }

    func run(_ ctx: Context) throws {
        let service = try ctx.service()
        let colleagues: ColleagueNames = hideColleagues ? .hidden : .named
        if review {
            return Self.print(try service.dossiers.exportReview(person, colleagues: colleagues), lang: ctx.lang)
        }
        guard let format, let out else { return try writeEvidence(service, ctx) }
        // The folder for the files is checked before the export is written: the export was made,
        // then "geen bestaande map … --to MAP" refused the files with status 1 (a review).
        if let evidence { try Dossiers.requireFolder(evidence, option: "--evidence") }
        guard let f = DossierExport.Format(rawValue: format) else {
            throw CasusError(
                .usage,
                Phrase(
                    "--format is html, md of json; niet '\(format)'", "--format is html, md or json; not '\(format)'"))
        }
        // Personal data: a new file, private to the account from its first byte.
        let made = try service.dossiers.export(
            person, format: f, to: out, retention: try ctx.retention(), colleagues: colleagues)
        let whole = URL(fileURLWithPath: out).standardizedFileURL.path
        Output.line(Phrase("Dossier geëxporteerd naar \(whole).", "Dossier exported to \(whole).")(ctx.lang))
        // A chain that does not hold is said where the director reads, not only inside the file
        // ("Hashketen: … NIET ongeschonden"): a changed dossier was handed out unwarned (a review).
        if !made.chainSound { Output.error(Self.brokenChain(ctx.lang)) }
        Output.line(ExportReview.readForOtherNames(ctx.lang))
        // Said when the file is made too: a director who skips --review gave a parent's case to the
        // other parent unwarned (a review).
        for line in ExportReview.parentCaseLines(made.parentCases) { Output.line(line(ctx.lang)) }
        if let line = ExportReview.colleaguesLine(made.colleaguesNamed()) { Output.line(line(ctx.lang)) }
        if evidence != nil { try writeEvidence(service, ctx) }
    }

    static func brokenChain(_ lang: Lang) -> String {
        Phrase(
            "Let op: de hashketen van dit dossier is NIET ongeschonden: een stuk is buiten casus om veranderd of weggenomen. Geef deze export niet af voordat `casus verify` zegt wat er is gebeurd.",
            "Note: this dossier's hash chain is NOT intact: an entry was changed or taken out behind casus's back. Do not hand this export out before `casus verify` says what happened."
        )(lang)
    }

    /// `--evidence MAP`: the files the export names, written beside it.
    private func writeEvidence(_ service: CasusService, _ ctx: Context) throws {
        guard let evidence else { return }
        try Dossiers.requireFolder(evidence, option: "--evidence")
        let written = try service.dossiers.exportEvidence(person, in: evidence)
        if written.isEmpty {
            Output.line(
                Phrase(
                    "De export noemt geen bewijsstukken; er is niets in \(evidence) geschreven.",
                    "The export names no evidence files; nothing was written in \(evidence).")(ctx.lang))
        }
        for path in written { Output.line(Phrase("Bewijsstuk: \(path)", "Evidence: \(path)")(ctx.lang)) }
    }

    /// The replacements, one line each: what, by what, whose, how often and where.
    static func print(_ review: ExportReview, lang: Lang) {
        for line in ExportReview.lines(review) { Output.line(line(lang)) }
        Output.line(
            Phrase(
                "Er is niets geschreven. Exporteer zonder --review (met --format en --out) om het bestand te maken.",
                "Nothing was written. Export without --review (with --format and --out) to make the file.")(lang))
    }
}
