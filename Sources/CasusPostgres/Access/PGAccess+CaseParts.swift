import CasusCore

/// A case's parts (CaseParts) in one round trip: the access-log ticket for its contents first, on the
/// second connection as every dossier read, then one message with a call for each part. Each call
/// is the same function, with the same checks of role and school, as when it is called alone.
extension PGAccess {
    /// The parts in one round trip. A write transaction notes what it read (the read set that tells
    /// a race from a conflict): the dossier's notes only when it read its letter sendings.
    func caseParts(of c: Case, sendings: Bool) throws -> CaseParts {
        for key in ["case:\(c.id)", "incident:\(c.incidentID)", "schools", "subject:\(c.subjectID)"] { saw(key) }
        if sendings { saw("entries:\(c.dossierID)") }
        let list = try listTicket("cases")
        let ticket = try caseTicket(c.id)
        // The case's report against the case's line (it is the case's screen that shows it), or a
        // line of its own where there is none.
        let report = try ticket ?? reportTicket(c.incidentID)
        var calls = [
            PGCall("incident_by_id", c.incidentID, report), PGCall("incident_evidence", c.incidentID, report),
            PGCall("schools"),
            PGCall("closures", c.schoolID), PGCall("cases_about", c.subjectID, list),
        ]
        // The case's contents, against its line in the access log (none: none of them).
        let window = CaseParts.timelineWindow
        if let ticket {
            calls += [
                PGCall("steps", c.id, ticket), PGCall("obligations", c.id, ticket), PGCall("case_facts", c.id, ticket),
            ]
            calls += Self.caseEntryCalls(c.id, ticket: ticket, newest: window)
        }
        // The dossier's letter sendings against the case's line (it names the dossier's owner).
        if sendings, let ticket { calls.append(PGCall("letter_sendings", c.dossierID, ticket)) }
        let answers = try conn.batch(calls)
        let school = answers[2].map(School.init(pg:)).first { $0.id == c.schoolID }
        // The contents' answers: steps, obligations, facts, the newest entries and their count.
        let contents = ticket == nil ? nil : Array(answers[5..<10])
        return CaseParts(
            incident: Self.incident(answers[0], evidence: answers[1]),
            steps: contents?[0].map(Step.init(pg:)) ?? [],
            obligations: contents?[1].compactMap(Obligation.init(pg:)) ?? [],
            entries: contents.map { Self.caseEntries($0[3], count: $0[4], newest: window) } ?? .none,
            school: school,
            closures: school == nil ? [] : answers[3].compactMap(Closure.init(pg:)),
            facts: contents?[2].compactMap(CaseFact.init(pg:)) ?? [],
            sendings: sendings && ticket != nil ? Self.sendings(answers[answers.count - 1]) : [:],
            subjectCases: answers[4].map(Case.init(pg:)))
    }

    /// A case about to be opened: the access-log line for its contents is sent on the second
    /// connection first, and committed by the server while this one reads the record and its
    /// people; `caseParts` then shows it without waiting for a line of its own (`caseTickets`).
    /// The server logs the attempt whether or not the caller may see the case (`log_read`), as it
    /// logs every attempt on a dossier; the case's contents still come only as the role allows.
    func caseToOpen(id: CaseID) throws -> CaseWithPeople? {
        let list = try listTicket("cases")  // before the case's line: both go on the second connection
        try storage.requestTicket("case", id: id)
        let found: CaseWithPeople?
        do {
            found = try caseWithPeople(id: id, list: list)
        } catch {
            _ = try? storage.collectTicket()
            throw error
        }
        caseTickets[id] = try storage.collectTicket()
        return found
    }

    /// The record and its two people in one round trip: `case_record` and `case_people`, which
    /// gives each person as `person_by_id` would, and nothing of a case the caller may not see.
    func caseWithPeople(id: CaseID) throws -> CaseWithPeople? {
        try caseWithPeople(id: id, list: try listTicket("cases"))
    }

    /// As above, against a list line taken already (`caseToOpen` takes it before the case's line).
    func caseWithPeople(id: CaseID, list: Int64) throws -> CaseWithPeople? {
        saw("case:\(id)")
        let answers = try conn.batch([PGCall("case_record", id, list), PGCall("case_people", id, list)])
        guard answers[0].count > 0 else { return nil }
        let c = Case(pg: answers[0][0])
        for person in [c.subjectID, c.dossierID] { saw("person:\(person)") }
        let people = answers[1].map(Person.init(pg:))
        return CaseWithPeople(
            record: c, subject: people.first { $0.id == c.subjectID }, owner: people.first { $0.id == c.dossierID })
    }

    /// The report, who is involved, its cases and the schools in one round trip; nothing of a
    /// report the caller may not see (each function checks on its own).
    func reportForTriage(id: IncidentID) throws -> ReportForTriage? {
        for key in ["incident:\(id)", "incident-cases:\(id)", "schools"] { saw(key) }
        let list = try listTicket("cases")
        let ticket = try reportTicket(id)
        let answers = try conn.batch([
            PGCall("incident_by_id", id, ticket), PGCall("incident_evidence", id, ticket),
            PGCall("involved", id, ticket),
            PGCall("cases_of_incident", id, list), PGCall("schools"),
        ])
        guard let incident = Self.incident(answers[0], evidence: answers[1]) else { return nil }
        return ReportForTriage(
            incident: incident,
            involved: Self.involved(answers[2]),
            cases: answers[3].map(Case.init(pg:)),
            school: answers[4].map(School.init(pg:)).first { $0.id == incident.schoolID })
    }
}
