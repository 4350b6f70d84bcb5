import CasusCore

/// Schools, accounts, people and reports.
extension PGAccess {
    func schools() throws -> [School] {
        saw("schools")
        return try rows("SELECT * FROM casus.schools()").map(School.init(pg:))
    }

    func school(id: SchoolID) throws -> School? {
        try schools().first { $0.id == id }
    }

    func closures(school id: SchoolID) throws -> [Closure] {
        saw("schools")
        return try rows("SELECT * FROM casus.closures($1)", [.int(id)]).compactMap(Closure.init(pg:))
    }

    func user(account: String) throws -> User? {
        saw("user:" + account)
        return try rows("SELECT * FROM casus.users() WHERE account = $1", [.text(account)]).map(User.init(pg:)).first
    }

    func users() throws -> [User] {
        saw("users")
        return try rows("SELECT * FROM casus.users()").map(User.init(pg:))
    }

    func hasUsers() throws -> Bool {
        saw("users")
        return try row("SELECT casus.has_users() AS v")?.bool("v") ?? false
    }

    func person(id: PersonID) throws -> Person? {
        saw("person:\(id)")
        return try row("SELECT * FROM casus.person_by_id($1, $2)", [.int(id), .int(try listTicket("people"))])
            .map(Person.init(pg:))
    }

    func people(ids: [PersonID]) throws -> [Person?] {
        for id in ids { saw("person:\(id)") }
        guard !ids.isEmpty else { return [] }
        let ticket = try listTicket("people")
        return try conn.batch(ids.map { PGCall("person_by_id", $0, ticket) }).map { $0.first.map(Person.init(pg:)) }
    }

    func person(externalID: String, kind: PersonKind, schoolID: SchoolID) throws -> Person? {
        saw("people")
        return try row(
            "SELECT * FROM casus.person_by_number($1, $2, $3, $4)",
            [.text(externalID), .text(kind.rawValue), .int(schoolID), .int(try listTicket("people"))]
        ).map(Person.init(pg:))
    }

    /// The kinds a query may list (all when none were asked for), and the typed words folded as
    /// `search_name` is (Person.searchKey); nil when nothing was typed.
    private func peopleParams(_ q: PeopleQuery) -> [PGValue?] {
        var kinds = q.kinds.isEmpty ? PersonKind.allCases : q.kinds
        if !q.scope.staffDossiers { kinds.removeAll { $0.isPersonnel } }
        if !q.scope.pupilDossiers { kinds.removeAll { !$0.isPersonnel } }
        let words = SearchQuery.words(q.text.folded)
        return Self.scope(q.scope) + [
            .text(PGArray.text(kinds.map(\.rawValue))), q.group.map { .text($0) },
            words.isEmpty ? nil : .text(PGArray.text(words)),
        ]
    }

    func people(_ q: PeopleQuery, offset: Int, limit: Int) throws -> [Person] {
        saw("people")
        return try rows(
            "SELECT * FROM casus.people($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            peopleParams(q) + [.int(limit), .int(offset), .int(try listTicket("people"))]
        ).map(Person.init(pg:))
    }

    func redactionPeople(school: SchoolID?, guardiansOf pupil: PersonID?, incidents: [IncidentID]) throws
        -> RedactionPeople
    {
        saw("people")
        if let pupil { saw("person:\(pupil)") }
        for id in incidents { saw("incident:\(id)") }
        let list = try listTicket("people")
        let tickets = try incidents.map { try reportTicket($0) }
        let lists = RedactionPeople.schoolQueries(school).map {
            (
                sql: "SELECT * FROM casus.people($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                params: peopleParams($0) + [.int(Int64(Int.max)), .int(0), .int(list)]
            )
        }
        let reads: [(sql: String, params: [PGValue?])] =
            lists
            + (pupil.map { [(sql: "SELECT * FROM casus.guardians($1, $2)", params: [.int($0), .int(list)])] } ?? [])
            + zip(incidents, tickets).map {
                (sql: "SELECT * FROM casus.involved($1, $2)", params: [.int($0), .int($1)])
            }
        let answers = try conn.batch(reads)
        let guardians = pupil == nil ? [] : answers[3].map(Person.init(pg:))
        let involved = answers.suffix(incidents.count).flatMap(Self.involved)
        return RedactionPeople(
            guardians: guardians, involved: involved, pupils: answers[0].map(Person.init(pg:)),
            parents: answers[1].map(Person.init(pg:)), staff: answers[2].map(Person.init(pg:)))
    }

    /// `presentOn` is the server's to decide: `roster` leaves out who left before its own date for
    /// a caller who reads no records (a teacher), whatever a client asks.
    func roster(school: SchoolID?, text: String, limit: Int, presentOn: LocalDate?) throws -> [Person] {
        saw("people")
        let words = SearchQuery.words(text.folded)
        return try rows(
            "SELECT * FROM casus.roster($1, $2, $3, $4)",
            [
                school.map { .int($0) }, words.isEmpty ? nil : .text(PGArray.text(words)), .int(limit),
                .int(try listTicket("people")),
            ]
        ).map(Person.init(rosterRow:))
    }

    func roster(ids: [PersonID], presentOn: LocalDate?) throws -> [Person?] {
        for id in ids { saw("person:\(id)") }
        guard !ids.isEmpty else { return [] }
        let ticket = try listTicket("people")
        return try conn.batch(ids.map { PGCall("roster_by_id", $0, ticket) }).map {
            $0.first.map(Person.init(rosterRow:))
        }
    }

    func countPeople(_ q: PeopleQuery, atMost limit: Int) throws -> Int {
        saw("people")
        return try number(
            "SELECT casus.count_people($1, $2, $3, $4, $5, $6, $7) AS n", peopleParams(q) + [.int(limit)])
    }

    func guardians(ofPupil id: PersonID) throws -> [Person] {
        saw("person:\(id)")
        return try rows("SELECT * FROM casus.guardians($1, $2)", [.int(id), .int(try listTicket("people"))])
            .map(Person.init(pg:))
    }

    func children(ofParent id: PersonID) throws -> [Person] {
        saw("person:\(id)")
        return try rows("SELECT * FROM casus.children($1, $2)", [.int(id), .int(try listTicket("people"))])
            .map(Person.init(pg:))
    }

    func incident(id: IncidentID) throws -> Incident? {
        saw("incident:\(id)")
        let ticket = try reportTicket(id)
        let answers = try conn.batch([PGCall("incident_by_id", id, ticket), PGCall("incident_evidence", id, ticket)])
        return Self.incident(answers[0], evidence: answers[1])
    }

    /// `incident_by_id`'s row with `incident_evidence`'s.
    static func incident(_ row: PGRows, evidence: PGRows) -> Incident? {
        guard !row.isEmpty else { return nil }
        var i = Incident(pg: row[0])
        i.evidence = evidence.map {
            EvidenceNote(name: $0.string("name"), size: Int($0.id("size")), sha256: $0.string("sha256"))
        }
        return i
    }

    func incidents(_ q: IncidentQuery, offset: Int, limit: Int) throws -> [IncidentRow] {
        saw("incidents")
        return try rows(
            "SELECT * FROM casus.incidents($1, $2, $3, $4, $5, $6, $7, $8, $9::bigint[])",
            Self.scope(q.scope) + [
                q.status.map { .text($0.rawValue) }, .int(limit), .int(offset), q.reportedBy.map { .text($0) },
                .int(try listTicket("reports")), .text(PGArray.ints(q.notAbout)),
            ]
        ).map(IncidentRow.init(pg:))
    }

    func countIncidents(_ q: IncidentQuery) throws -> Int {
        saw("incidents")
        return try number(
            "SELECT casus.count_incidents($1, $2, $3, $4, $5, $6::bigint[]) AS n",
            Self.scope(q.scope) + [
                q.status.map { .text($0.rawValue) }, q.reportedBy.map { .text($0) }, .text(PGArray.ints(q.notAbout)),
            ])
    }

    func involved(incident id: IncidentID) throws -> [Involved] {
        saw("incident:\(id)")
        let ticket = try reportTicket(id)
        return Self.involved(try rows("SELECT * FROM casus.involved($1, $2)", [.int(id), .int(ticket)]))
    }

    func reports(aboutSubject id: PersonID) throws -> [ReportAboutPerson] {
        saw("subject:\(id)")
        return try rows("SELECT * FROM casus.reports_about($1, $2)", [.int(id), .int(try listTicket("reports"))]).map {
            ReportAboutPerson(
                id: $0.int64("id") ?? 0, status: IncidentStatus(rawValue: $0.string("status")) ?? .new,
                reportedAt: $0.time("reported_at") ?? Timestamp(seconds: 0), hasCases: $0.bool("has_cases"),
                otherSubjects: $0.bool("other_subjects"))
        }
    }

    func erasable(purging dossier: PersonID, cases: [CaseID], incidents: [IncidentID], on day: LocalDate) throws
        -> [PersonID]
    {
        saw("person:\(dossier)")
        return try rows(
            "SELECT x FROM casus.purge_erasable($1, $2::bigint[], $3::bigint[], $4) x",
            [.int(dossier), .text(PGArray.ints(cases)), .text(PGArray.ints(incidents)), .text(day.iso)]
        ).compactMap { $0.int64("x") }
    }

    func reports(naming id: PersonID) throws -> [(id: IncidentID, role: Involvement)] {
        saw("subject:\(id)")
        // Against the line for reading the person's dossier: none, no dossier there for the caller.
        guard let ticket = try dossierTicket(id) else { return [] }
        return try rows("SELECT * FROM casus.reports_naming($1, $2)", [.int(id), .int(ticket)]).map {
            (id: $0.int64("id") ?? 0, role: Involvement(rawValue: $0.string("role")) ?? .witness)
        }
    }

    /// `involved`'s rows.
    static func involved(_ rows: PGRows) -> [Involved] {
        rows.map { Involved(person: Person(pg: $0), role: Involvement(rawValue: $0.string("involvement")) ?? .witness) }
    }
}
