import CasusCore

/// Verification's walks (a page at a time, in key order), search and the Overzicht's figures.
extension PGAccess {
    static let page = 5000

    func forEachEvent(_ body: (Ledger.StoredEvent) throws -> Void) throws {
        saw("*")
        var after: Int64 = 0
        while true {
            let page = try rows(
                "SELECT * FROM casus.events_page($1, $2, $3)", [.int(after), .int(Self.page), .int(try walkTicket())])
            for i in 0..<page.count {
                let e = Ledger.StoredEvent(pg: page[i])
                try body(e)
                after = e.seq
            }
            if page.count < Self.page { return }
        }
    }

    /// A seal's event through its own function: a walk (events_page) is the whole server's, and a
    /// school's director on a server of several schools reads neither it nor an event's hash.
    func sealedEvent(seq: Int64, entry: (dossier: PersonID, seq: Int64), makers: SealedEvent.Makers?) throws
        -> SealedEvent?
    {
        try row(
            "SELECT * FROM casus.sealed_event($1, $2, $3, $4, $5)",
            [
                .int(seq), .int(entry.dossier), .int(entry.seq),
                makers.map { .text(PGArray.text($0.lines.map(String.init))) }, makers.map { .bool($0.filer) },
            ]
        ).map { r in
            SealedEvent(
                seq: r.id("seq"), hash: r.string("hash"),
                entry: r.int64("dossier_id").map {
                    SealedEvent.Appended(dossier: $0, seq: r.id("entry_seq"), hash: r.string("entry_hash"))
                }, entryEvent: r.int64("entry_event"), makerMayLackHash: r.bool("maker_may_lack_hash"))
        }
    }

    func event(seq: Int64) throws -> Ledger.StoredEvent? {
        saw("*")
        return try row("SELECT * FROM casus.events_page($1, 1, $2)", [.int(seq - 1), .int(try walkTicket())])
            .map(Ledger.StoredEvent.init(pg:))
            .flatMap { $0.seq == seq ? $0 : nil }
    }

    func forEachDerivedRow(_ table: DerivedTable, _ body: (DerivedRow) throws -> Void) throws {
        saw("*")
        var after: [String?]?
        let keyLength = table.keyLength
        while true {
            let page = try rows(
                "SELECT casus.derived_page($1, $2, $3, $4) AS r",
                [
                    .text(table.rawValue), after.map { .text(PGArray.text($0.map { $0 ?? "" })) }, .int(Self.page),
                    .int(try walkTicket()),
                ])
            for i in 0..<page.count {
                let row = PGArrayLiteral.parse(page[i].string("r"))
                try body(row)
                after = Array(row.prefix(keyLength))
            }
            // The tombstones have no key to page by: they come in one page.
            if page.count < Self.page || keyLength == 0 { return }
        }
    }

    func forEachEntry(_ body: (DossierEntry) throws -> Void) throws {
        saw("*")
        var after: (Int64, Int64) = (0, 0)
        while true {
            let page = try rows(
                "SELECT * FROM casus.entries_page($1, $2, $3, $4)",
                [.int(after.0), .int(after.1), .int(Self.page), .int(try walkTicket())])
            for i in 0..<page.count {
                let e = DossierEntry(pg: page[i])
                try body(e)
                after = (e.dossierID, e.seq)
            }
            if page.count < Self.page { return }
        }
    }

    func forEachAudit(_ body: (AuditRecord) throws -> Void) throws {
        saw("*")
        var after: Int64 = 0
        while true {
            let page = try rows(
                "SELECT * FROM casus.audit_page($1, $2, $3)", [.int(after), .int(Self.page), .int(try walkTicket())])
            for i in 0..<page.count {
                let a = AuditRecord(pg: page[i])
                try body(a)
                after = a.id
            }
            if page.count < Self.page { return }
        }
    }

    func forEachEvidence(_ body: (String, [UInt8]) throws -> Void) throws {
        saw("*")
        var after = ""
        while true {
            let page = try rows(
                "SELECT * FROM casus.evidence_page($1, $2, $3)", [.text(after), .int(100), .int(try walkTicket())])
            for i in 0..<page.count {
                after = page[i].string("sha256")
                try body(after, page[i].bytes("data"))
            }
            if page.count < 100 { return }
        }
    }

    /// The access-log line for walking the whole store: one for a verify, taken again once it is
    /// five minutes old (the server takes one for ten), so a walk of a board's millions of rows
    /// leaves a line every five minutes, not one a page.
    func walkTicket() throws -> Int64 {
        if let taken = walk, taken.at.duration(to: .now) < .seconds(300) { return taken.ticket }
        let ticket = try storage.ticket("walk", id: nil)
        walk = (ticket, .now)
        return ticket
    }

    func sequences() throws -> [String: Int64] {
        saw("*")
        var all: [String: Int64] = [:]
        for r in try rows("SELECT * FROM casus.sequences()") { all[r.string("name")] = r.id("last") }
        return all
    }

    func evidenceNames(entry: EntryID) throws -> [String: String] {
        guard let ticket = try ticket("entry", id: entry) else { return [:] }
        var names: [String: String] = [:]
        for r in try rows("SELECT * FROM casus.entry_evidence_names($1, $2)", [.int(entry), .int(ticket)])
        where names[r.string("sha256")] == nil {
            names[r.string("sha256")] = r.string("name")
        }
        return names
    }

    func lastNumber(_ name: String) throws -> Int64 {
        saw("people")
        return try conn.row("SELECT casus.last_number($1) AS n", [.text(name)])?.int64("n") ?? 0
    }

    func integrityProblems() throws -> [String] {
        saw("*")
        return try rows("SELECT casus.integrity() AS p").map { $0.string("p") }
    }

    /// Whole words first, then each word as a prefix when those gave fewer than
    /// `SearchQuery.wholeWordsEnough` (SearchQuery.wholeWordsFirst's rule, which the server applies:
    /// the snippets are made once, for the hits it returns); case summaries, reports (for a role that
    /// reads the queue) and entries, each newest first, in one round trip after the access-log line.
    func search(_ q: SearchQuery) throws -> [SearchHit] {
        saw("*")
        let words = SearchQuery.words(q.text)
        guard !words.isEmpty else { return [] }
        // The search's line in the server's log of reads is bound to its words (a thousand characters
        // at most), and holds how many (`search_line`).
        let detail = words.joined(separator: " ")
        guard detail.count <= AuditRecord.detailLimit else {
            throw CasusError.invalid(
                "zoekwoorden van samen meer dan 1000 tekens kan de server niet vastleggen; er is niet gezocht",
                "search words of more than 1,000 characters together cannot be logged by the server; nothing was searched",
                hint: Phrase("Zoek op minder of kortere woorden.", "Search for fewer or shorter words."))
        }
        let ticket = try storage.searchTicket(
            Self.scope(q.scope), words: words, limit: q.limit, enough: SearchQuery.wholeWordsEnough, reports: q.reports)
        let arguments =
            Self.scope(q.scope) + [
                .text(PGArray.text(words)), .int(q.limit), .int(SearchQuery.wholeWordsEnough), .int(ticket),
            ]
        var summaries: [SearchHit] = []
        try conn.enqueue("SELECT * FROM casus.find_cases($1, $2, $3, $4, $5, $6, $7)", arguments) { rows in
            summaries = rows.map { r in
                SearchHit(
                    source: .caseSummary, entryID: nil, caseID: r.int64("id"), caseNumber: r.text("number"),
                    person: r.id("person_id"), personName: r.name,
                    personKind: PersonKind(rawValue: r.string("kind")) ?? .pupil, schoolID: r.id("school_id"),
                    title: "Zaak \(r.string("number"))", snippet: SearchHit.marked(r.string("snippet")),
                    at: r.time("opened_at") ?? Timestamp(seconds: 0),
                    caseOutcome: r.text("outcome").flatMap(CaseOutcome.init(rawValue:)))
            }
        }
        var reports: [SearchHit] = []
        if q.reports {
            let reportArguments: [PGValue?] = [
                q.scope.schoolID.map { .int($0) }, .text(PGArray.text(words)), .int(q.limit),
                .int(SearchQuery.wholeWordsEnough), .int(ticket), .text(PGArray.ints(q.reportsNotAbout)),
            ]
            try conn.enqueue("SELECT * FROM casus.find_reports($1, $2, $3, $4, $5, $6::bigint[])", reportArguments) {
                rows in
                reports = rows.map { r in
                    var hit = SearchHit(
                        source: .report, entryID: nil, caseID: nil, caseNumber: nil, person: r.id("person_id"),
                        personName: r.name, personKind: PersonKind(rawValue: r.string("kind")) ?? .pupil,
                        schoolID: r.id("school_id"), title: r.text("subjects") ?? "",
                        snippet: SearchHit.marked(r.string("snippet")),
                        at: r.time("reported_at") ?? Timestamp(seconds: 0), incidentID: r.int64("id"),
                        reportStatus: IncidentStatus(rawValue: r.string("status")))
                    hit.reportPeople = r.string("person_ids").split(separator: ",").compactMap { PersonID($0) }
                    hit.reportCasesClosed = r.bool("cases_closed")
                    return hit
                }
            }
        }
        let found = try rows("SELECT * FROM casus.find_entries($1, $2, $3, $4, $5, $6, $7)", arguments).map { r in
            SearchHit(
                source: .entry, entryID: r.int64("id"), caseID: r.int64("case_id"), caseNumber: r.text("number"),
                person: r.id("person_id"), personName: r.name,
                personKind: PersonKind(rawValue: r.string("kind")) ?? .pupil, schoolID: r.id("school_id"),
                title: r.string("title"), snippet: SearchHit.marked(r.string("snippet")),
                at: r.time("at") ?? Timestamp(seconds: 0))
        }
        return summaries + reports + found
    }

    func statistics(scope: Scope, from: LocalDate, to: LocalDate, obligationLimit: Int, countIncidents: Bool) throws
        -> RawStatistics
    {
        saw("*")
        let figures = try rows(
            "SELECT * FROM casus.statistics($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            Self.scope(scope) + [
                .text(from.iso), .text(to.iso), .int(from.year), .int(obligationLimit), .bool(countIncidents),
                .int(try listTicket("cases")),
            ])
        var byMonth: [String: Int] = [:]
        var byRung: [String: Int] = [:]
        var byPlatform: [String: Int] = [:]
        var byArticle: [(profile: String, article: String, count: Int)] = []
        var obligations: [(caseID: CaseID, number: String, subject: String, kind: String, due: String)] = []
        var incidents = 0
        for i in 0..<figures.count {
            let r = figures[i]
            let n = r.int("n") ?? 0
            switch r.string("part") {
            case "month": byMonth[r.string("key1")] = n
            case "rung": byRung[r.string("key1")] = n
            case "platform": byPlatform[r.string("key1")] = n
            case "article": byArticle.append((r.string("key1"), r.string("key2"), n))
            case "incidents": incidents = n
            case "obligation":
                obligations.append(
                    (r.id("case_id"), r.string("number"), r.string("subject"), r.string("key1"), r.string("due")))
            default: break
            }
        }
        func ranked(_ d: [String: Int]) -> [(String, Int)] {
            d.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
                ($0.key, $0.value)
            }
        }
        return RawStatistics(
            incidents: incidents, cases: byMonth.values.reduce(0, +), byMonth: byMonth, byArticle: byArticle,
            byPlatform: Array(ranked(byPlatform).map { ($0.0.isEmpty ? "(onbekend)" : $0.0, $0.1) }.prefix(20)),
            byRung: ranked(byRung).map { ($0.0.isEmpty ? nil : $0.0, $0.1) }, openObligations: obligations)
    }
}

/// A text[] in libpq's text form ({a,"b c",NULL}) as its elements.
enum PGArrayLiteral {
    static func parse(_ literal: String) -> [String?] {
        var out: [String?] = []
        var chars = Array(literal.unicodeScalars)
        guard chars.first == "{", chars.last == "}" else { return [] }
        chars = Array(chars.dropFirst().dropLast())
        var i = 0
        while i < chars.count {
            if chars[i] == "\"" {
                var s = String.UnicodeScalarView()
                i += 1
                while i < chars.count, chars[i] != "\"" {
                    if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                    s.append(chars[i])
                    i += 1
                }
                out.append(String(s))
                i += 2  // the closing quote and the comma
            } else {
                var s = String.UnicodeScalarView()
                while i < chars.count, chars[i] != "," {
                    s.append(chars[i])
                    i += 1
                }
                let text = String(s)
                out.append(text == "NULL" ? nil : text)
                i += 1
            }
        }
        return out
    }
}
