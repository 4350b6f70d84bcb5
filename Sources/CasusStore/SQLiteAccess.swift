import CasusCore
import Foundation
import GRDB

/// Reads and writes inside one GRDB database access (a read, or a write transaction).
struct SQLiteAccess: StorageWriter {
    let db: Database
    /// In a bulk load's transaction, what it keeps in memory (`BulkTransaction`); nil otherwise.
    var bulk: BulkTransaction? = nil
    /// In a write transaction, what it did that asks for work before its COMMIT; nil otherwise.
    var effects: WriteEffects? = nil

    // MARK: Scope

    /// SQL conditions for what a role may see of cases (alias c).
    /// The scope on rows with a school and a dossier kind: cases (`c`), or the kept counts
    /// (`table: nil`, their columns unqualified).
    static func caseScope(
        _ s: Scope, into w: inout [String], _ args: inout [any DatabaseValueConvertible], table: String? = "c"
    ) {
        let p = table.map { $0 + "." } ?? ""
        if let school = s.schoolID {
            w.append("\(p)school_id = ?")
            args.append(school)
        }
        switch (s.pupilDossiers, s.staffDossiers) {
        case (true, true): break
        case (true, false): w.append("\(p)dossier_kind = 'pupil'")
        case (false, true): w.append("\(p)dossier_kind = 'staff'")
        case (false, false): w.append("0")
        }
    }

    static func where_(_ w: [String]) -> String { w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND ") }

    // MARK: Schools and users

    func schools() throws -> [School] {
        try rows("SELECT \(School.columns) FROM school ORDER BY name").map(School.init(row:))
    }

    func school(id: SchoolID) throws -> School? {
        try row("SELECT \(School.columns) FROM school WHERE id = ?", [id]).map(School.init(row:))
    }

    func user(account: String) throws -> User? {
        try row("SELECT \(User.columns) FROM user WHERE account = ?", [account]).map(User.init(row:))
    }

    func users() throws -> [User] {
        try rows("SELECT \(User.columns) FROM user ORDER BY account").map(User.init(row:))
    }

    // MARK: People

    func person(id: PersonID) throws -> Person? {
        if let known = bulk?.people[id] { return known }
        let person = try row("SELECT \(Person.columns) FROM person p WHERE p.id = ?", [id]).map(Person.init(row:))
        bulk?.people[id] = person
        return person
    }

    func roster(school: SchoolID?, text: String, limit: Int, presentOn: LocalDate?) throws -> [Person] {
        let q = PeopleQuery(
            scope: Scope(schoolID: school, pupilDossiers: true, staffDossiers: true),
            kinds: PersonKind.allCases.filter { $0 != .parent }, text: text, presentOn: presentOn)
        return try people(q, offset: 0, limit: limit).map(\.rosterName)
    }

    func roster(ids: [PersonID], presentOn: LocalDate?) throws -> [Person?] {
        try people(ids: ids).map { p in
            p.flatMap { $0.kind == .parent || !$0.isPresent(on: presentOn) ? nil : $0.rosterName }
        }
    }

    func person(externalID: String, kind: PersonKind, schoolID: SchoolID) throws -> Person? {
        try row(
            "SELECT \(Person.columns) FROM person p WHERE p.school_id = ? AND p.kind = ? AND p.external_id = ?",
            [schoolID, kind.rawValue, externalID]
        ).map(Person.init(row:))
    }

    /// The kinds a query may list: those asked for (all when none) that the scope may see.
    private func visibleKinds(_ q: PeopleQuery) -> [PersonKind] {
        var kinds = q.kinds.isEmpty ? PersonKind.allCases : q.kinds
        if !q.scope.staffDossiers { kinds.removeAll { $0.isPersonnel } }
        if !q.scope.pupilDossiers { kinds.removeAll { !$0.isPersonnel } }
        return kinds
    }

    /// The rule (school, kinds, group) on the person rows, and the typed words through the name
    /// index (Schema+PeopleSearch).
    enum TypedWords { case index, scan }

    private func peopleWhere(_ q: PeopleQuery, terms: [String], typed: TypedWords = .index) -> (
        String, [any DatabaseValueConvertible]
    ) {
        var w: [String] = []
        var args: [any DatabaseValueConvertible] = []
        if let school = q.scope.schoolID {
            w.append("p.school_id = ?")
            args.append(school)
        }
        let kinds = visibleKinds(q)
        if kinds.isEmpty {
            w.append("0")
        } else if kinds.count < PersonKind.allCases.count {
            w.append("p.kind IN (\(kinds.map { "'\($0.rawValue)'" }.joined(separator: ",")))")
        }
        if let day = q.presentOn {
            w.append("(p.left_on IS NULL OR p.left_on >= ?)")
            args.append(day.iso)
        }
        if let group = q.group {
            // A class as typed: "3b" is the class 3B (classes are Latin letters, PupilGroup).
            w.append("p.grp = ? COLLATE NOCASE")
            args.append(group)
        }
        switch typed {
        case .index:
            if let match = Schema.peopleMatch(terms, school: q.scope.schoolID, kinds: kinds) {
                w.append("p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)")
                args.append(match)
            }
        case .scan:
            for word in SearchQuery.words(q.text.folded) {
                w.append("p.search_name LIKE ? ESCAPE '\\'")
                args.append("% " + escapeLike(word) + "%")
            }
        }
        return (SQLiteAccess.where_(w), args)
    }

    /// When what was typed matches thousands ("d" in a district), walking the people in name
    /// order and testing each name fills a page after a few dozen rows, where fetching every
    /// match from the index and sorting it costs milliseconds. Fewer matches come from the index.
    /// Both read "a word of the name begins with each typed word" (search_name is the folded
    /// name with every non-letter a space, as the index splits it).
    ///
    /// Without typed words a deep page is read from the nearer end of the list (PageWindow;
    /// the count is kept in `person_count`).
    func people(_ q: PeopleQuery, offset: Int, limit: Int) throws -> [Person] {
        let terms = try self.terms(q.text.folded)
        func fetch(_ typed: TypedWords, _ window: PageWindow? = nil) throws -> [Person] {
            let (w, args) = peopleWhere(q, terms: terms, typed: typed)
            let source = typed == .scan ? "person p INDEXED BY person_sort" : "person p"
            let fromEnd = window?.fromEnd ?? false
            let order = fromEnd ? "DESC" : "ASC"
            let page = try rows(
                "SELECT \(Person.columns) FROM \(source) \(w) ORDER BY p.sort_name \(order), p.id \(order) LIMIT ? OFFSET ?",
                StatementArguments(args + [window?.limit ?? limit, window?.offset ?? offset])
            ).map(Person.init(row:))
            return fromEnd ? page.reversed() : page
        }
        guard let match = Schema.peopleMatch(terms, school: q.scope.schoolID, kinds: visibleKinds(q)) else {
            return try fetch(.index, PageWindow(offset: offset, limit: limit) { try countPeople(q) })
        }
        // Whether more than 2,000 match: counting stops at 2,001 (on a board a first letter matches
        // 50,000 people, and counting them all took as long as the page).
        let many = try matching {
            try
                (Int.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT 2001)"),
                    arguments: [match]) ?? 0) > 2000
        }
        if many == false, let found = try matching({ try fetch(.index) }) { return found }
        return try fetch(.scan)
    }

    /// Without typed words and group, `person_count` answers (Schema+DossierBrowse).
    func countPeople(_ q: PeopleQuery, atMost limit: Int) throws -> Int {
        let kinds = visibleKinds(q)
        let terms = try self.terms(q.text.folded)
        if q.group == nil, terms.isEmpty {
            guard !kinds.isEmpty else { return 0 }
            var w = ["n <> 0", "kind IN (\(kinds.map { "'\($0.rawValue)'" }.joined(separator: ",")))"]
            var args: [(any DatabaseValueConvertible)?] = []
            if let school = q.scope.schoolID {
                w.append("school_id = ?")
                args.append(school)
            }
            return min(
                limit,
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT coalesce(sum(n), 0) FROM person_count \(SQLiteAccess.where_(w))"),
                    arguments: StatementArguments(args)) ?? 0)
        }
        // With typed words and no group, the index alone answers: its tokens carry the school and
        // kind, so no person row is read.
        if q.group == nil, !kinds.isEmpty,
            let match = Schema.peopleMatch(terms, school: q.scope.schoolID, kinds: kinds),
            let count = try matching({
                try Int.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT ?)"),
                    arguments: [match, limit]) ?? 0
            })
        {
            return count
        }
        func count(_ typed: TypedWords) throws -> Int {
            let (w, args) = peopleWhere(q, terms: terms, typed: typed)
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM person p \(w) LIMIT ?)"),
                arguments: StatementArguments(args + [limit])) ?? 0
        }
        return try matching { try count(.index) } ?? count(.scan)
    }

    /// What was typed as query terms: SQLite's own tokenizer (the index's, with '_' a
    /// separator), so each term is exactly one token of the index and never a phrase, in every
    /// script and whatever Unicode version SQLite's tables follow (see Schema.queryTokenizer).
    func terms(_ text: String) throws -> [String] {
        guard text.unicodeScalars.contains(where: { $0.value > 0x20 }) else { return [] }
        return try db.makeTokenizer(Schema.queryTokenizer).tokenize(query: text).map(\.token).filter { !$0.isEmpty }
    }

    /// A full-text query; an FTS5 error (which `terms` should make impossible) gives nil, for
    /// the caller's fallback, instead of reaching the user as a database error.
    func matching<T>(_ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch let error as DatabaseError where (error.message ?? "").hasPrefix("fts5") {
            return nil
        }
    }

    func guardians(ofPupil id: PersonID) throws -> [Person] {
        try rows(
            "SELECT \(Person.columns) FROM person p JOIN guardianship g ON g.parent_id = p.id WHERE g.pupil_id = ? ORDER BY p.sort_name",
            [id]
        ).map(Person.init(row:))
    }

    func children(ofParent id: PersonID) throws -> [Person] {
        try rows(
            "SELECT \(Person.columns) FROM person p JOIN guardianship g ON g.pupil_id = p.id WHERE g.parent_id = ? ORDER BY p.sort_name",
            [id]
        ).map(Person.init(row:))
    }

    // MARK: Incidents

    func incident(id: IncidentID) throws -> Incident? {
        guard
            var i = try row(
                "SELECT \(Incident.columns), \(Self.casesClosed) FROM incident i WHERE i.id = ?", [id]
            ).map(Incident.init(row:))
        else { return nil }
        i.evidence = try rows(
            """
            SELECT coalesce(nullif(ie.name, ''), e.name) AS name, e.size, ie.sha256
            FROM incident_evidence ie JOIN evidence e ON e.sha256 = ie.sha256
            WHERE ie.incident_id = ? ORDER BY ie.position
            """, [id]
        ).map { EvidenceNote(name: $0["name"], size: $0["size"], sha256: $0["sha256"]) }
        return i
    }

    private func incidentWhere(_ q: IncidentQuery) -> (String, [any DatabaseValueConvertible]) {
        var w: [String] = []
        var args: [any DatabaseValueConvertible] = []
        if let school = q.scope.schoolID {
            w.append("i.school_id = ?")
            args.append(school)
        }
        if let status = q.status {
            w.append("i.status = ?")
            args.append(status.rawValue)
        }
        if let account = q.reportedBy {
            w.append("i.reported_by = ?")
            args.append(account)
        } else if !q.scope.pupilDossiers && !q.scope.staffDossiers {
            w.append("0")
        } else if !q.notAbout.isEmpty {
            w.append(Self.notAbout(q.notAbout.count))
            args.append(contentsOf: q.notAbout)
        }
        return (SQLiteAccess.where_(w), args)
    }

    /// Not a report naming one of `count` people (its arguments) as one who did it
    /// (`IncidentQuery.notAbout`).
    static func notAbout(_ count: Int) -> String {
        let marks = Array(repeating: "?", count: count).joined(separator: ", ")
        return "NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.role = 'subject'"
            + " AND ip.person_id IN (\(marks)))"
    }

    /// As for cases: the page's ids from the queue's index, then only those rows read.
    func incidents(_ q: IncidentQuery, offset: Int, limit: Int) throws -> [IncidentRow] {
        let (w, args) = incidentWhere(q)
        let sql = """
            SELECT i.id, i.school_id, i.reported_at, i.summary, i.platform, i.status,
                   (SELECT group_concat(name, ', ') FROM (
                        SELECT p.first_name || CASE WHEN p.infix = '' THEN '' ELSE ' ' || p.infix END || ' ' || p.last_name AS name
                        FROM incident_person ip JOIN person p ON p.id = ip.person_id
                        WHERE ip.incident_id = i.id AND ip.role = 'subject' ORDER BY p.sort_name)) AS subjects,
                   s.name AS school_name, \(Self.casesClosed)
            FROM (SELECT i.id FROM incident i \(w) ORDER BY i.reported_at, i.id LIMIT ? OFFSET ?) page
            CROSS JOIN incident i ON i.id = page.id JOIN school s ON s.id = i.school_id
            ORDER BY i.reported_at, i.id
            """
        return try rows(sql, StatementArguments(args + [limit, offset])).map {
            IncidentRow(
                id: $0["id"], schoolID: $0["school_id"], reportedAt: $0.time("reported_at") ?? Timestamp(seconds: 0),
                summary: $0["summary"], platform: $0["platform"],
                status: IncidentStatus(rawValue: $0["status"]) ?? .new,
                subjects: $0["subjects"] ?? "", schoolName: $0["school_name"], casesClosed: $0["cases_closed"])
        }
    }

    /// Whether report `i` is settled (`ReportStanding`): every subject it names has a case from it,
    /// and every case it led to is closed, from the cases' index (a report of two pupils read
    /// "afgehandeld" with one never judged, a review); a subject whose dossier was purged is not
    /// waiting to be judged (its case went with the purge).
    static let casesClosed = """
        (i.status = 'triaged' AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id AND k.status = 'open')
            AND NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = i.id AND ip.role = 'subject'
                AND NOT EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id AND k.subject_id = ip.person_id)
                AND NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = ip.person_id)))
            AS cases_closed
        """

    func countIncidents(_ q: IncidentQuery) throws -> Int {
        let (w, args) = incidentWhere(q)
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM incident i \(w)"), arguments: StatementArguments(args)) ?? 0
    }

    func involved(incident id: IncidentID) throws -> [Involved] {
        try rows(
            """
            SELECT \(Person.columns), ip.role AS involvement FROM incident_person ip JOIN person p ON p.id = ip.person_id
            WHERE ip.incident_id = ? ORDER BY CASE ip.role WHEN 'subject' THEN 0 WHEN 'victim' THEN 1 WHEN 'witness' THEN 2 ELSE 3 END, p.sort_name
            """, [id]
        ).map {
            Involved(person: Person(row: $0), role: Involvement(rawValue: $0["involvement"]) ?? .witness)
        }
    }

    func reports(aboutSubject id: PersonID) throws -> [ReportAboutPerson] {
        try rows(
            """
            SELECT i.id, i.status, i.reported_at, EXISTS (SELECT 1 FROM "case" k WHERE k.incident_id = i.id) AS has_cases,
                   EXISTS (SELECT 1 FROM incident_person o JOIN person op ON op.id = o.person_id
                           WHERE o.incident_id = i.id AND o.role = 'subject' AND o.person_id <> ip.person_id
                             AND op.kind <> 'parent' AND \(Self.keeps("o.person_id", report: "i"))) AS other_subjects
            FROM incident_person ip JOIN incident i ON i.id = ip.incident_id
            WHERE ip.person_id = ? AND ip.role = 'subject' ORDER BY i.reported_at, i.id
            """, [id]
        ).map {
            ReportAboutPerson(
                id: $0["id"], status: IncidentStatus(rawValue: $0["status"]) ?? .new,
                reportedAt: $0.time("reported_at") ?? Timestamp(seconds: 0), hasCases: $0["has_cases"],
                otherSubjects: $0["other_subjects"])
        }
    }

    func reports(naming id: PersonID) throws -> [(id: IncidentID, role: Involvement)] {
        try rows(
            """
            SELECT id, role FROM (
                SELECT i.id, ip.role, i.reported_at FROM incident_person ip JOIN incident i ON i.id = ip.incident_id
                WHERE ip.person_id = ?1 AND ip.role IN ('victim', 'witness', 'reporter')
                UNION
                -- A report the person filed from their own account, in their own name: not one they
                -- entered for another reporter (StorageReader.reports(naming:)).
                SELECT i.id, 'reporter', i.reported_at FROM incident i JOIN user u ON u.account = i.reported_by
                WHERE u.person_id = ?1
                  AND NOT EXISTS (SELECT 1 FROM incident_person r WHERE r.incident_id = i.id AND r.role = 'reporter')
            ) ORDER BY reported_at, id
            """, [id]
        ).map { (id: $0["id"], role: Involvement(rawValue: $0["role"]) ?? .witness) }
    }

    func erasable(purging dossier: PersonID, cases: [CaseID], incidents: [IncidentID], on day: LocalDate) throws
        -> [PersonID]
    {
        // The lists as JSON arrays: one statement, compiled once, whatever they hold.
        func list(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
        let (c, i) = ("(SELECT value FROM json_each(?2))", "(SELECT value FROM json_each(?3))")
        func gone(_ x: String) -> String {
            """
            (EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = \(x))
             AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.dossier_id = \(x)))
            """
        }
        return try rows(
            """
            WITH candidate(id) AS (
                SELECT ?1 UNION SELECT person_id FROM incident_person WHERE incident_id IN \(i)
            ), widened(id) AS (
                SELECT id FROM candidate
                UNION SELECT g.parent_id FROM guardianship g JOIN candidate c ON g.pupil_id = c.id
            )
            SELECT w.id FROM widened w JOIN person p ON p.id = w.id
            WHERE NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.person_id = w.id AND ip.incident_id NOT IN \(i))
              AND NOT EXISTS (SELECT 1 FROM "case" k WHERE (k.subject_id = w.id OR k.dossier_id = w.id) AND k.id NOT IN \(c))
              AND NOT EXISTS (SELECT 1 FROM user u WHERE u.person_id = w.id)
              AND (w.id = ?1 OR \(gone("w.id"))
                   OR (p.left_on IS NOT NULL AND p.left_on <= ?4
                       AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.dossier_id = w.id))
                   OR (p.kind = 'parent' AND EXISTS (SELECT 1 FROM guardianship g WHERE g.parent_id = w.id)
                       AND NOT EXISTS (SELECT 1 FROM guardianship g WHERE g.parent_id = w.id AND g.pupil_id <> ?1
                                       AND NOT \(gone("g.pupil_id")))))
            ORDER BY w.id
            """, [dossier, list(cases), list(incidents), day.iso]
        ).map { $0["id"] }
    }

    /// SQL: the person keeps the report `report` (an incident row): their dossier has not been
    /// purged since it came in (StorageReader.hasLetGo).
    static func keeps(_ person: String, report: String) -> String {
        "NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.dossier_id = \(person) AND t.purged_at >= \(report).reported_at)"
    }

    // MARK: Cases

    func caseRecord(id: CaseID) throws -> Case? {
        if let known = bulk?.cases[id] { return known }
        let found = try row("SELECT \(Case.columns) FROM \"case\" c WHERE c.id = ?", [id]).map(Case.init(row:))
        bulk?.cases[id] = found
        return found
    }

    func caseID(number: String) throws -> CaseID? {
        try CaseID.fetchOne(db.cachedStatement(sql: "SELECT id FROM \"case\" WHERE number = ?"), arguments: [number])
    }

    private func caseWhere(_ q: CaseQuery) -> (String, [any DatabaseValueConvertible]) {
        var w: [String] = []
        var args: [any DatabaseValueConvertible] = []
        SQLiteAccess.caseScope(q.scope, into: &w, &args)
        if let status = q.status {
            w.append("c.status = ?")
            args.append(status.rawValue)
        }
        if let kind = q.subjectKind {
            w.append("c.subject_kind = ?")
            args.append(kind.rawValue)
        }
        if let rung = q.rung {
            w.append("c.rung = ?")
            args.append(rung.rawValue)
        } else if q.noRungYet {
            w.append("c.rung IS NULL")
        }
        if let day = q.overdueOn {
            w.append("c.next_due < ?")
            args.append(day.iso)
        }
        if let subject = q.subjectID {
            w.append("c.subject_id = ?")
            args.append(subject)
        }
        if let dossier = q.dossierID {
            w.append("c.dossier_id = ?")
            args.append(dossier)
        }
        return (SQLiteAccess.where_(w), args)
    }

    /// The page's ids come from the list-order index alone (skipping `offset` rows is a walk
    /// along an index), from the nearer end of the list (PageWindow; the count is kept); only
    /// the page's rows are then read and joined.
    func cases(_ q: CaseQuery, offset: Int, limit: Int) throws -> [CaseRow] {
        let (w, args) = caseWhere(q)
        let window = try PageWindow(offset: offset, limit: limit) { try countCases(q) }
        let order = window.fromEnd ? "ASC" : "DESC"
        let sql = """
            SELECT c.id, c.school_id, c.number, c.status, p.first_name, p.infix, p.last_name, p.kind, p.grp, c.rung, c.severity,
                   c.summary, c.opened_at, c.next_due, c.dossier_kind, s.name AS school_name, c.outcome
            FROM (SELECT c.id FROM "case" c \(w) ORDER BY c.opened_at \(order), c.id \(order) LIMIT ? OFFSET ?) page
            CROSS JOIN "case" c ON c.id = page.id JOIN person p ON p.id = c.subject_id JOIN school s ON s.id = c.school_id
            ORDER BY c.opened_at DESC, c.id DESC
            """
        return try rows(sql, StatementArguments(args + [window.limit, window.offset])).map { r in
            CaseRow(
                id: r["id"], schoolID: r["school_id"], number: r["number"],
                status: CaseStatus(rawValue: r["status"]) ?? .open,
                subjectName: r.name(), subjectKind: PersonKind(rawValue: r["kind"]) ?? .pupil, group: r["grp"],
                rung: (r["rung"] as String?).flatMap(Rung.init(rawValue:)),
                severity: Severity(rawValue: r["severity"]) ?? .medium,
                summary: r["summary"], openedAt: r.time("opened_at") ?? Timestamp(seconds: 0),
                nextDue: r.date("next_due"),
                schoolName: r["school_name"], staffDossier: (r["dossier_kind"] as String) == "staff",
                outcome: (r["outcome"] as String?).flatMap(CaseOutcome.init(rawValue:)))
        }
    }

    /// From `case_count` (Schema+CaseBrowse) unless the query asks for what it does not keep
    /// (one person's cases, overdue on a day); those are narrow and use their own index.
    func countCases(_ q: CaseQuery) throws -> Int {
        if q.subjectID == nil && q.dossierID == nil && q.overdueOn == nil {
            var w = ["n <> 0"]
            var args: [any DatabaseValueConvertible] = []
            SQLiteAccess.caseScope(q.scope, into: &w, &args, table: nil)
            if let status = q.status {
                w.append("status = ?")
                args.append(status.rawValue)
            }
            if let kind = q.subjectKind {
                w.append("subject_kind = ?")
                args.append(kind.rawValue)
            }
            if let rung = q.rung {
                w.append("rung = ?")
                args.append(rung.rawValue)
            } else if q.noRungYet {
                w.append("rung = ''")
            }
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT coalesce(sum(n), 0) FROM case_count \(SQLiteAccess.where_(w))"),
                arguments: StatementArguments(args.map { $0 as (any DatabaseValueConvertible)? })) ?? 0
        }
        let (w, args) = caseWhere(q)
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM \"case\" c \(w)"), arguments: StatementArguments(args)) ?? 0
    }

    func cases(ofIncident id: IncidentID) throws -> [Case] {
        try rows("SELECT \(Case.columns) FROM \"case\" c WHERE c.incident_id = ? ORDER BY c.id", [id]).map(
            Case.init(row:))
    }

    func cases(aboutSubject id: PersonID) throws -> [Case] {
        try rows("SELECT \(Case.columns) FROM \"case\" c WHERE c.subject_id = ? ORDER BY c.opened_at, c.id", [id]).map(
            Case.init(row:))
    }

    func steps(case id: CaseID) throws -> [Step] {
        try rows("SELECT \(Step.columns) FROM step WHERE case_id = ? ORDER BY id", [id]).map(Step.init(row:))
    }

    func obligations(case id: CaseID) throws -> [Obligation] {
        try rows("SELECT \(Obligation.columns) FROM obligation WHERE case_id = ? ORDER BY due, id", [id])
            .compactMap(Obligation.init(row:))
    }

    // MARK: Dossier entries

    func entries(dossier id: PersonID, offset: Int, limit: Int) throws -> [DossierEntry] {
        try rows(
            "SELECT \(DossierEntry.columns) FROM entry e WHERE e.dossier_id = ? ORDER BY e.seq LIMIT ? OFFSET ?",
            [id, limit, offset]
        ).map(DossierEntry.init(row:))
    }

    func countEntries(dossier id: PersonID) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM entry WHERE dossier_id = ?"), arguments: [id])
            ?? 0
    }

    /// One read transaction, so the numbers and the corrections agree (Schema+DossierBrowse v17
    /// index holds a dossier's corrections).
    func timelineOutline(dossier id: PersonID) throws -> TimelineOutline {
        guard let span = try row("SELECT min(seq) AS first, max(seq) AS last FROM entry WHERE dossier_id = ?", [id]),
            let first = span["first"] as Int64?, let last = span["last"] as Int64?
        else { return .empty }
        var corrections: [Int64: Int64?] = [:]
        for r in try rows(
            """
            SELECT x.seq, t.seq AS target FROM entry x INDEXED BY entry_dossier_corrections
            LEFT JOIN entry t ON t.id = x.corrects AND t.dossier_id = x.dossier_id
            WHERE x.dossier_id = ? AND x.corrects IS NOT NULL
            """, [id])
        {
            corrections[r["seq"]] = .some(r["target"] as Int64?)
        }
        return TimelineOutline(firstSeq: first, lastSeq: last, corrections: corrections)
    }

    func entries(dossier id: PersonID, seqs: [Int64]) throws -> [DossierEntry] {
        guard !seqs.isEmpty else { return [] }
        return try rows(
            """
            SELECT \(DossierEntry.columns) FROM entry e WHERE e.dossier_id = ?
            AND e.seq IN (SELECT value FROM json_each(?)) ORDER BY e.seq
            """, [id, "[" + seqs.map(String.init).joined(separator: ",") + "]"]
        ).map(DossierEntry.init(row:))
    }

    /// A case's meetings and letters; the kinds as `entry_case_decisive` (Schema v18) names them,
    /// so SQLite uses that index.
    static let meetingsAndLettersOfCase =
        "SELECT \(DossierEntry.columns) FROM entry e WHERE e.case_id = ? AND e.kind IN ("
        + CaseEntries.alwaysRead.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",") + ") ORDER BY e.id"

    /// Three statements on the case's index (`entry_case` holds the id with the case): none reads
    /// a note outside the window but the case's meetings and letters.
    func caseEntries(case id: CaseID, newest: Int) throws -> CaseEntries {
        let window = try rows(
            "SELECT \(DossierEntry.columns) FROM entry e WHERE e.case_id = ? ORDER BY e.id DESC LIMIT ?",
            [id, max(0, newest)]
        ).map(DossierEntry.init(row:))
        let kept = try rows(Self.meetingsAndLettersOfCase, [id]).map(DossierEntry.init(row:))
        let count =
            try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM entry WHERE case_id = ?"), arguments: [id])
            ?? 0
        return CaseEntries(newest: window.reversed(), count: count, meetingsAndLetters: kept)
    }

    func entry(id: EntryID) throws -> DossierEntry? {
        try row("SELECT \(DossierEntry.columns) FROM entry e WHERE e.id = ?", [id]).map(DossierEntry.init(row:))
    }

    func closures(school id: SchoolID) throws -> [Closure] {
        try rows("SELECT \(Closure.columns) FROM school_closure WHERE school_id = ? ORDER BY first, id", [id])
            .compactMap(Closure.init(row:))
    }

    func facts(case id: CaseID) throws -> [CaseFact] {
        try rows("SELECT \(CaseFact.columns) FROM case_fact WHERE case_id = ? ORDER BY id", [id])
            .compactMap(CaseFact.init(row:))
    }

    func chainHead(dossier id: PersonID) throws -> ChainHead {
        // The chain continues from the last entry, or from a purge's tombstone.
        let last =
            try row("SELECT seq, hash FROM entry WHERE dossier_id = ? ORDER BY seq DESC LIMIT 1", [id])
            ?? row(
                """
                SELECT last_seq AS seq, last_hash AS hash FROM tombstone WHERE dossier_id = ? ORDER BY id DESC LIMIT 1
                """, [id])
        return last.map { ChainHead(seq: $0["seq"], hash: $0["hash"]) } ?? .genesis
    }
}

extension SQLiteAccess {
    func audit(person: PersonID?, before: Int64?, offset: Int, limit: Int) throws -> [AuditRecord] {
        let below = before ?? Int64.max
        guard let person else {
            return try rows(
                "SELECT \(AuditRecord.columns) FROM audit WHERE id < ? ORDER BY id DESC LIMIT ? OFFSET ?",
                [below, limit, offset]
            ).map(AuditRecord.init(row:))
        }
        // Newest first straight from the index (FTS5 reads its rowids backwards), so a page
        // reads its own lines and no more.
        return try rows(
            """
            SELECT \(AuditRecord.columns(of: "a"))
            FROM audit_person_fts f JOIN audit a ON a.id = f.rowid
            WHERE audit_person_fts MATCH ? AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?
            """, [Schema.auditPersonTerm(person), below, limit, offset]
        ).map(AuditRecord.init(row:))
    }

    /// A personal database keeps no log of reads beside the audit log (`ServerRead`).
    func serverReads(person: PersonID?, before: Int64?, offset: Int, limit: Int) throws -> [ServerRead]? { nil }
    func accessHead() throws -> ChainHead? { nil }
    func accessLineHash(seq: Int64) throws -> String? { nil }

    func auditHead() throws -> ChainHead {
        try row("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
            .map { ChainHead(seq: $0["id"], hash: $0["hash"]) } ?? .genesis
    }

    /// The file's latch (`PRAGMA user_version`, set by `MoveLock.latch`: one read of the header, so
    /// every session can ask), then the move's line, looked for from the log's end.
    func movedAway() throws -> AuditRecord? {
        guard try Int32.fetchOne(db, sql: "PRAGMA user_version") == SQLiteStorage.movedVersion else { return nil }
        return try row(
            "SELECT \(AuditRecord.columns) FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1", [MovedDatabase.action]
        ).map(AuditRecord.init(row:))
            ?? AuditRecord(
                at: Timestamp(seconds: 0), account: "", realAccount: nil, action: MovedDatabase.action, personID: nil,
                caseID: nil, detail: "zie casus audit")
    }

    func formerHolder(ofAccount account: String) throws -> FormerHolder? {
        try row(
            "SELECT \(AuditRecord.columns) FROM audit WHERE action = 'user.remove' AND detail LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT 1",
            [
                account.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_") + " %"
            ]
        ).map(AuditRecord.init(row:)).map { FormerHolder(person: $0.personID, until: $0.at) }
    }

    func insert(audit r: AuditRecord) throws {
        try run(
            """
            INSERT INTO audit (at, account, real_account, action, person_id, case_id, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                r.at.iso, r.account, r.realAccount, r.action, r.personID, r.caseID, r.detail, r.prevHash, r.hash,
            ])
    }
}

extension SQLiteAccess {
    /// Writes go through cached statements: the same INSERT compiled once per connection,
    /// which is most of the cost of a bulk load (the district demo) or a busy day.
    func run(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}

func escapeLike(_ s: String) -> String {
    s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
        .replacingOccurrences(of: "_", with: "\\_")
}
