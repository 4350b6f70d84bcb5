import CasusCore

/// Cases, steps and obligations.
extension PGAccess {
    func caseRecord(id: CaseID) throws -> Case? {
        saw("case:\(id)")
        return try row("SELECT * FROM casus.case_record($1, $2)", [.int(id), .int(try listTicket("cases"))])
            .map(Case.init(pg:))
    }

    func caseID(number: String) throws -> CaseID? {
        saw("cases")
        return try row("SELECT casus.case_id($1) AS id", [.text(number)])?.int64("id")
    }

    /// The filters of a case query, after its scope.
    private func caseParams(_ q: CaseQuery) -> [PGValue?] {
        Self.scope(q.scope) + [
            q.status.map { .text($0.rawValue) }, q.subjectKind.map { .text($0.rawValue) },
            q.rung.map { .text($0.rawValue) }, .bool(q.noRungYet), q.overdueOn.map { .text($0.iso) },
            q.subjectID.map { .int($0) }, q.dossierID.map { .int($0) },
        ]
    }

    func cases(_ q: CaseQuery, offset: Int, limit: Int) throws -> [CaseRow] {
        saw("cases")
        return try rows(
            "SELECT * FROM casus.cases($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            caseParams(q) + [.int(limit), .int(offset), .int(try listTicket("cases"))]
        ).map(CaseRow.init(pg:))
    }

    func countCases(_ q: CaseQuery) throws -> Int {
        saw("cases")
        return try number("SELECT casus.count_cases($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS n", caseParams(q))
    }

    func cases(ofIncident id: IncidentID) throws -> [Case] {
        saw("incident-cases:\(id)")
        return try rows("SELECT * FROM casus.cases_of_incident($1, $2)", [.int(id), .int(try listTicket("cases"))])
            .map(Case.init(pg:))
    }

    func cases(aboutSubject id: PersonID) throws -> [Case] {
        saw("subject:\(id)")
        return try rows("SELECT * FROM casus.cases_about($1, $2)", [.int(id), .int(try listTicket("cases"))])
            .map(Case.init(pg:))
    }

    func steps(case id: CaseID) throws -> [Step] {
        try caseContents("steps", id, Step.init(pg:))
    }

    func obligations(case id: CaseID) throws -> [Obligation] {
        try caseContents("obligations", id, Obligation.init(pg:))
    }

    /// One part of a case's contents (`steps`, `obligations`, `case_facts`), against the case's
    /// line in the access log; nothing of a case the server says is not there.
    private func caseContents<T>(_ function: String, _ id: CaseID, _ decode: (PGRow) -> T?) throws -> [T] {
        saw("case:\(id)")
        guard let ticket = try caseTicket(id) else { return [] }
        let call = PGCall(function, id, ticket)
        return try rows(call.sql, call.arguments.map { .int($0) }).compactMap(decode)
    }

    func letterSendings(dossier id: PersonID) throws -> [EntryID: LetterSending] {
        saw("entries:\(id)")
        guard let ticket = try dossierTicket(id) else { return [:] }
        return Self.sendings(try rows("SELECT * FROM casus.letter_sendings($1, $2)", [.int(id), .int(ticket)]))
    }

    /// `letter_sendings`' rows, by entry.
    static func sendings(_ rows: PGRows) -> [EntryID: LetterSending] {
        var all: [EntryID: LetterSending] = [:]
        for s in rows.compactMap(LetterSending.init(pg:)) { all[s.entryID] = s }
        return all
    }

    func facts(case id: CaseID) throws -> [CaseFact] {
        try caseContents("case_facts", id, CaseFact.init(pg:))
    }
}
