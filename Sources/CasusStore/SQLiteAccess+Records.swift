import CasusCore
import Foundation
import GRDB

/// Search, verification, retention: the record-keeping side of the store.
extension SQLiteAccess {
    /// Conditions on the dossier owner (alias p) for what the scope may see.
    static func ownerScope(_ s: Scope, into w: inout [String], _ args: inout [any DatabaseValueConvertible]) {
        if let school = s.schoolID {
            w.append("p.school_id = ?")
            args.append(school)
        }
        switch (s.pupilDossiers, s.staffDossiers) {
        case (true, true): break
        case (true, false): w.append("p.kind NOT IN ('staff','volunteer','intern')")
        case (false, true): w.append("p.kind IN ('staff','volunteer','intern')")
        case (false, false): w.append("0")
        }
    }

    /// Newest first. The scope is applied twice: as tokens inside the index (fast) and on the
    /// joined rows (the rule; see Schema+Search).
    ///
    /// Whole words first (`SearchQuery.wholeWordsFirst`): their hits are counted, FTS5 walking their
    /// posting lists newest first and stopping at `wholeWordsEnough`, without a snippet. Only when
    /// there are fewer is every word taken as a prefix ("gesprek" → "gesprekken"): a prefix query
    /// merges the lists of every longer word before it can return anything (200 ms for a common
    /// word at a million entries). Then the page alone is read, with its snippets.
    func search(_ q: SearchQuery) throws -> [SearchHit] {
        let terms = try self.terms(q.text)
        guard !terms.isEmpty else { return [] }
        let exact = terms.map(Schema.quoted).joined(separator: " ")
        let prefixed = terms.map { Schema.quoted($0) + "*" }.joined(separator: " ")
        let tokens = Schema.searchScopeTokens(q.scope)
        func scoped(_ words: String) -> String { tokens.map { "(\(words)) AND \($0)" } ?? words }
        return try matching {
            let entries = try SearchQuery.wholeWordsFirst(
                limit: q.limit, exactCount: { try count(entryMatches(scoped(exact), q), upTo: $0) },
                exact: { try searchEntries(scoped(exact), q, limit: $0, terms: terms, prefix: false) },
                prefixed: { try searchEntries(scoped(prefixed), q, limit: $0, terms: terms, prefix: true) })
            let cases = try SearchQuery.wholeWordsFirst(
                limit: q.limit, exactCount: { try count(caseMatches(scoped(exact), q), upTo: $0) },
                exact: { try searchCases(scoped(exact), q, limit: $0, terms: terms, prefix: false) },
                prefixed: { try searchCases(scoped(prefixed), q, limit: $0, terms: terms, prefix: true) })
            let reports =
                q.reports
                ? try SearchQuery.wholeWordsFirst(
                    limit: q.limit, exactCount: { try count(reportMatches(reportScoped(exact, q), q), upTo: $0) },
                    exact: { try searchReports(reportScoped(exact, q), q, limit: $0, terms: terms, prefix: false) },
                    prefixed: { try searchReports(reportScoped(prefixed, q), q, limit: $0, terms: terms, prefix: true) }
                )
                : []
            return cases + reports + entries
        } ?? []
    }

    /// The words within the reports' scope token (the school's, if the scope has one).
    private func reportScoped(_ words: String, _ q: SearchQuery) -> String {
        q.scope.schoolID.map { "(\(words)) AND _school\($0)" } ?? words
    }

    /// The reports a match finds within the scope's school, each with the first person it names as
    /// subject (the lowest id: the order they were named in is not kept).
    private func reportMatches(_ match: String, _ q: SearchQuery) -> Matches {
        var w = ["incident_fts MATCH ?"]
        var args: [any DatabaseValueConvertible] = [match]
        if let school = q.scope.schoolID {
            w.append("i.school_id = ?")
            args.append(school)
        }
        if !q.reportsNotAbout.isEmpty {
            w.append(Self.notAbout(q.reportsNotAbout.count))
            args.append(contentsOf: q.reportsNotAbout)
        }
        return (
            """
            FROM incident_fts JOIN incident i ON i.id = incident_fts.rowid
            JOIN person p ON p.id = (SELECT min(ip.person_id) FROM incident_person ip
                                     WHERE ip.incident_id = i.id AND ip.role = 'subject')
            \(SQLiteAccess.where_(w))
            """, args
        )
    }

    private func searchReports(_ match: String, _ q: SearchQuery, limit: Int, terms: [String], prefix: Bool) throws
        -> [SearchHit]
    {
        let m = reportMatches(match, q)
        return try rows(
            """
            SELECT i.id, i.status, i.reported_at, p.id AS person_id, i.school_id, p.first_name, p.infix, p.last_name,
                   p.kind, \(Self.snippetText("i.summary")) AS snippet_text,
                   (SELECT group_concat(name, ', ') FROM (
                        SELECT s.first_name || CASE WHEN s.infix <> '' THEN ' ' || s.infix ELSE '' END
                               || ' ' || s.last_name AS name
                        FROM incident_person sp JOIN person s ON s.id = sp.person_id
                        WHERE sp.incident_id = i.id AND sp.role = 'subject' ORDER BY s.id)) AS subjects,
                   (SELECT group_concat(sp.person_id, ',') FROM incident_person sp
                    WHERE sp.incident_id = i.id) AS person_ids, \(SQLiteAccess.casesClosed)
            \(m.sql)
            ORDER BY incident_fts.rowid DESC LIMIT ?
            """, StatementArguments(m.args + [limit])
        ).map { r in
            var hit = SearchHit(
                source: .report, entryID: nil, caseID: nil, caseNumber: nil, person: r["person_id"],
                personName: r.name(), personKind: PersonKind(rawValue: r["kind"]) ?? .pupil, schoolID: r["school_id"],
                title: r["subjects"] ?? "",
                snippet: SearchHit.marked(SearchSnippet.make(r["snippet_text"] ?? "", terms: terms, prefix: prefix)),
                at: r.time("reported_at") ?? Timestamp(seconds: 0),
                incidentID: r["id"], reportStatus: IncidentStatus(rawValue: r["status"]))
            hit.reportPeople = ((r["person_ids"] as String?) ?? "").split(separator: ",").compactMap { PersonID($0) }
            hit.reportCasesClosed = r["cases_closed"] ?? false
            return hit
        }
    }

    /// The part of a hit's text its snippet is made from (`SearchSnippet`): its first 64k
    /// characters, so that a very long report costs no more than that.
    static func snippetText(_ column: String) -> String { "substr(\(column), 1, \(snippetTextLimit))" }
    static let snippetTextLimit = 65_536

    /// A search's FROM and WHERE, and their arguments: what its page and its count both read.
    private typealias Matches = (sql: String, args: [any DatabaseValueConvertible])

    /// How many rows a search's FROM and WHERE find, counted no further than `upTo` (no snippets).
    private func count(_ m: Matches, upTo: Int) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 \(m.sql) LIMIT ?)"),
            arguments: StatementArguments(m.args + [upTo])) ?? 0
    }

    /// The entries a match finds within the scope (the person joined, as the scope is theirs).
    private func entryMatches(_ match: String, _ q: SearchQuery) -> Matches {
        var w = ["entry_fts MATCH ?"]
        var args: [any DatabaseValueConvertible] = [match]
        SQLiteAccess.ownerScope(q.scope, into: &w, &args)
        return (
            """
            FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid JOIN person p ON p.id = e.dossier_id
            LEFT JOIN "case" c ON c.id = e.case_id
            \(SQLiteAccess.where_(w))
            """, args
        )
    }

    private func searchEntries(_ match: String, _ q: SearchQuery, limit: Int, terms: [String], prefix: Bool) throws
        -> [SearchHit]
    {
        let m = entryMatches(match, q)
        return try rows(
            """
            SELECT e.id, e.case_id, c.number, p.id AS person_id, p.school_id, p.first_name, p.infix, p.last_name, p.kind, e.title,
                   e.kind AS entry_kind, \(Self.snippetText("e.body")) AS body_text, e.at
            \(m.sql)
            ORDER BY entry_fts.rowid DESC LIMIT ?
            """, StatementArguments(m.args + [limit])
        ).compactMap { r in
            var text: String = r["body_text"] ?? ""
            // A letter to whoever writes none: found by the words it shows, its snippet from them.
            if !q.lettersWhole, r["entry_kind"] == EntryKind.letter.rawValue {
                text = LetterHead.cut(text)
                guard SearchSnippet.containsAll((r["title"] ?? "") + " " + text, terms: terms, prefix: prefix) else {
                    return nil
                }
            }
            let body = SearchSnippet.make(text, terms: terms, prefix: prefix)
            let title = SearchSnippet.make(r["title"] ?? "", terms: terms, prefix: prefix)
            return SearchHit(
                source: .entry, entryID: r["id"], caseID: r["case_id"], caseNumber: r["number"], person: r["person_id"],
                personName: r.name(), personKind: PersonKind(rawValue: r["kind"]) ?? .pupil, schoolID: r["school_id"],
                title: r["title"],
                // The body's words, or the title's when only the title matched (never the scope tokens).
                snippet: SearchHit.marked(
                    SearchHit.marksAHit(body) || !SearchHit.marksAHit(title) ? body : title),
                at: r.time("at") ?? Timestamp(seconds: 0))
        }
    }

    /// The case summaries a match finds within the scope.
    private func caseMatches(_ match: String, _ q: SearchQuery) -> Matches {
        var w = ["case_fts MATCH ?"]
        var args: [any DatabaseValueConvertible] = [match]
        SQLiteAccess.caseScope(q.scope, into: &w, &args)
        return (
            """
            FROM case_fts JOIN "case" c ON c.id = case_fts.rowid JOIN person p ON p.id = c.dossier_id
            \(SQLiteAccess.where_(w))
            """, args
        )
    }

    private func searchCases(_ match: String, _ q: SearchQuery, limit: Int, terms: [String], prefix: Bool) throws
        -> [SearchHit]
    {
        let m = caseMatches(match, q)
        return try rows(
            """
            SELECT c.id, c.number, p.id AS person_id, p.school_id, p.first_name, p.infix, p.last_name, p.kind,
                   \(Self.snippetText("c.summary")) AS snippet_text, c.opened_at, c.outcome
            \(m.sql)
            ORDER BY case_fts.rowid DESC LIMIT ?
            """, StatementArguments(m.args + [limit])
        ).map { r in
            SearchHit(
                source: .caseSummary, entryID: nil, caseID: r["id"], caseNumber: r["number"], person: r["person_id"],
                personName: r.name(), personKind: PersonKind(rawValue: r["kind"]) ?? .pupil, schoolID: r["school_id"],
                title: "Zaak \(r["number"] as String)",
                snippet: SearchHit.marked(SearchSnippet.make(r["snippet_text"] ?? "", terms: terms, prefix: prefix)),
                at: r.time("opened_at") ?? Timestamp(seconds: 0),
                caseOutcome: (r["outcome"] as String?).flatMap(CaseOutcome.init(rawValue:)))
        }
    }

    func forEachEntry(_ body: (DossierEntry) throws -> Void) throws {
        try forEachEntry(columns: DossierEntry.columns, body)
    }

    /// `columns`: an entry's as they were before v24 for the move to the event chain (v8).
    func forEachEntry(columns: String, _ body: (DossierEntry) throws -> Void) throws {
        try each("SELECT \(columns) FROM entry e ORDER BY e.dossier_id, e.seq") {
            try body(DossierEntry(row: $0))
        }
    }

    func forEachAudit(_ body: (AuditRecord) throws -> Void) throws {
        try each("SELECT \(AuditRecord.columns) FROM audit ORDER BY id") { try body(AuditRecord(row: $0)) }
    }

    func tombstones() throws -> [Tombstone] {
        try rows(
            """
            SELECT \(Tombstone.columns) FROM tombstone ORDER BY id
            """
        ).map(Tombstone.init(row:))
    }

    func tombstones(dossier id: PersonID) throws -> [Tombstone] {
        try rows("SELECT \(Tombstone.columns) FROM tombstone WHERE dossier_id = ? ORDER BY id", [id])
            .map(Tombstone.init(row:))
    }

    func integrityProblems() throws -> [String] {
        let problems = try String.fetchAll(db.cachedStatement(sql: "PRAGMA integrity_check"))
        let fk = try rows("PRAGMA foreign_key_check").map { "foreign key: \($0.row)" }
        let counts = try rows(
            [Schema.statisticsRecount, Schema.caseCountRecount, Schema.personCountRecount].joined(
                separator: "\nUNION ALL\n")
        ).map {
            "overview count \($0["t"] as String) \($0["key"] as String): kept \($0["kept"] as Int), recounted \($0["counted"] as Int)"
        }
        return try problems.filter { $0 != "ok" } + fk + counts + wrongTypes() + SchemaObjectsCheck.problems(db)
    }

    /// Values of another type than their column's (SQLite stores them; casus never writes them):
    /// one scan per table, each row and column named. Tables casus reads rows of, by the
    /// declared type of each column (TEXT holds text, INTEGER integers; NULL where allowed).
    func wrongTypes() throws -> [String] {
        let tables = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql LIKE '%WITHOUT ROWID%' AS keyed FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' AND name NOT LIKE '%fts%'
                AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name
                """)
        var out: [String] = []
        for t in tables {
            let table: String = t["name"]
            let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))")
            // The row's key: its rowid, or its primary key in a WITHOUT ROWID table.
            let key =
                (t["keyed"] as Bool)
                ? info.filter { ($0["pk"] as Int) > 0 }.map {
                    "quote(\(($0["name"] as String).quotedDatabaseIdentifier))"
                }
                .joined(separator: " || ',' || ")
                : "CAST(rowid AS TEXT)"
            let columns = info.compactMap { row -> (String, String)? in
                let type = (row["type"] as String? ?? "").uppercased()
                let expected = type.contains("INT") ? "integer" : type.contains("TEXT") ? "text" : nil
                return expected.map { (row["name"] as String, $0) }
            }
            guard !columns.isEmpty, !key.isEmpty else { continue }
            let checks = columns.map { "typeof(\($0.0.quotedDatabaseIdentifier)) NOT IN ('\($0.1)', 'null')" }
            let types = columns.map { "typeof(\($0.0.quotedDatabaseIdentifier))" }.joined(separator: ", ")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(key), \(types) FROM \(table.quotedDatabaseIdentifier)
                    WHERE \(checks.joined(separator: " OR ")) LIMIT 100
                    """)
            for row in rows {
                let id: String = row[0]
                for (k, (column, expected)) in columns.enumerated() {
                    let found: String = row[k + 1]
                    guard found != expected, found != "null" else { continue }
                    out.append(
                        "\(table) \(id), kolom \(column): een waarde van type \(found), geen \(expected) (gewijzigd buiten casus) / column \(column): a \(found) value, not \(expected) (changed outside casus)"
                    )
                }
            }
        }
        return out
    }

    func evidence(sha256: String) throws -> EvidenceFile? {
        try row("SELECT name, data FROM evidence WHERE sha256 = ?", [sha256]).map {
            EvidenceFile(name: $0["name"], bytes: [UInt8]($0["data"] as Data))
        }
    }

    func retentionDue(pupilsLeftBefore: LocalDate, staffLeftBefore: LocalDate) throws -> [(Person, Int)] {
        try rows(
            """
            SELECT \(Person.columns), (SELECT count(*) FROM entry WHERE dossier_id = p.id) AS entries
            FROM person p
            WHERE p.left_on IS NOT NULL
              AND ((p.kind = 'pupil' AND p.left_on < ?) OR (p.kind IN ('staff','volunteer','intern') AND p.left_on < ?))
              AND (EXISTS (SELECT 1 FROM entry WHERE dossier_id = p.id) OR EXISTS (SELECT 1 FROM "case" WHERE dossier_id = p.id)
                   -- A report dismissed without a case that this person still keeps: it goes with the
                   -- dossier when nobody else keeps it, else the purge leaves it to the others.
                   OR EXISTS (SELECT 1 FROM incident i JOIN incident_person ip ON ip.incident_id = i.id
                              WHERE ip.person_id = p.id AND ip.role = 'subject' AND i.status <> 'new'
                                AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id)
                                AND \(Self.keeps("p.id", report: "i")))
                   -- One who left with no record at all, never purged: the name, birth date and
                   -- number (and the parents' address) stayed for good, while the export promised
                   -- them erased (a review of the AVG).
                   OR NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = p.id))
            ORDER BY p.left_on, p.id
            """, [pupilsLeftBefore.iso, staffLeftBefore.iso]
        ).map { (Person(row: $0), $0["entries"] as Int) }
    }
}

extension SQLiteAccess {
    /// From the counts the v2 triggers keep (Schema+Statistics): a few thousand rows per year
    /// for the whole district, a hundred for one school.
    func statistics(scope: Scope, from: LocalDate, to: LocalDate, obligationLimit: Int, countIncidents: Bool) throws
        -> RawStatistics
    {
        var w = ["n <> 0"]
        var args: [any DatabaseValueConvertible] = []
        SQLiteAccess.caseScope(scope, into: &w, &args, table: nil)
        let year = from.year
        /// `period`: the condition on the table's month or year column (last in the WHERE clause,
        /// so it may end in the GROUP BY), with its values.
        func grouped(_ sql: String, _ period: String, _ values: [any DatabaseValueConvertible]) throws -> [NamedRow] {
            try rows(
                sql + " " + SQLiteAccess.where_(w + [period]),
                StatementArguments((args + values).map { $0 as (any DatabaseValueConvertible)? }))
        }
        // Summed in SQL: a handful of rows come back, not one per school and kind.
        var byMonth: [String: Int] = [:]
        for row in try grouped(
            "SELECT month, sum(n) AS n FROM stat_month", "month >= ? AND month < ? GROUP BY 1",
            [String(from.iso.prefix(7)), String(to.iso.prefix(7))])
        {
            byMonth[row["month"]] = row["n"]
        }
        var byRung: [String: Int] = [:]
        for row in try grouped("SELECT rung, sum(n) AS n FROM stat_rung", "year = ? GROUP BY 1", [year]) {
            byRung[row["rung"]] = row["n"]
        }
        var byPlatform: [String: Int] = [:]
        for row in try grouped("SELECT platform, sum(n) AS n FROM stat_platform", "year = ? GROUP BY 1", [year]) {
            byPlatform[row["platform"]] = row["n"]
        }
        let byArticle = try grouped(
            "SELECT profile_id, article_id, sum(n) AS n FROM stat_article",
            "year = ? GROUP BY 1, 2 HAVING sum(n) > 0 ORDER BY 3 DESC, 2 LIMIT 40", [year]
        )
        .map { (profile: $0["profile_id"] as String, article: $0["article_id"] as String, count: $0["n"] as Int) }
        var incidents = 0
        if countIncidents {
            var iw = ["year = ?"]
            var iargs: [any DatabaseValueConvertible] = [year]
            if let school = scope.schoolID {
                iw.append("school_id = ?")
                iargs.append(school)
            }
            incidents =
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT coalesce(sum(n), 0) FROM stat_incident \(SQLiteAccess.where_(iw))"),
                    arguments: StatementArguments(iargs.map { $0 as (any DatabaseValueConvertible)? })) ?? 0
        }
        let cases = byMonth.values.reduce(0, +)
        // Largest first, ties by name, so the charts read the same every time.
        func ranked(_ d: [String: Int]) -> [(String, Int)] {
            d.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
                ($0.key, $0.value)
            }
        }
        // A closed case's inzage answer is due all the same (it comes after the close).
        var ow: [String] = [
            "o.done_at IS NULL", "o.for_others = 0", "o.paused_from IS NULL",
            "(c.status = 'open' OR o.kind = 'inzage-answer')",
        ]
        var oargs: [any DatabaseValueConvertible] = []
        SQLiteAccess.caseScope(scope, into: &ow, &oargs)
        // CROSS JOIN: walk the short list of open obligations in due order, never all open cases.
        let obligations =
            obligationLimit <= 0
            ? []
            : try rows(
                """
                SELECT c.id, c.number, p.first_name || CASE WHEN p.infix = '' THEN '' ELSE ' ' || p.infix END || ' ' || p.last_name AS subject,
                       o.kind, o.due
                FROM obligation o CROSS JOIN "case" c ON c.id = o.case_id JOIN person p ON p.id = c.subject_id
                \(SQLiteAccess.where_(ow)) ORDER BY o.due, o.id LIMIT ?
                """, StatementArguments((oargs + [obligationLimit]).map { $0 as (any DatabaseValueConvertible)? })
            ).map {
                (
                    caseID: $0["id"] as CaseID, number: $0["number"] as String, subject: $0["subject"] as String,
                    kind: $0["kind"] as String,
                    due: $0["due"] as String
                )
            }
        return RawStatistics(
            incidents: incidents, cases: cases, byMonth: byMonth.filter { $0.value > 0 }, byArticle: byArticle,
            byPlatform: Array(ranked(byPlatform).map { ($0.0.isEmpty ? "(onbekend)" : $0.0, $0.1) }.prefix(20)),
            byRung: ranked(byRung).map { ($0.0.isEmpty ? nil : $0.0, $0.1) }, openObligations: obligations)
    }
}
