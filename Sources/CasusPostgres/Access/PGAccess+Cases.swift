import CasusCore

/// Cases, steps and obligations.
extension PGAccess {
    func caseRecord(id: CaseID) throws -> Case? {
        saw("case:\(id)")
        return try row("SELECT * FROM casus.case_record($1)", [.int(id)]).map(Case.init(pg:))
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
            "SELECT * FROM casus.cases($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            caseParams(q) + [.int(limit), .int(offset)]
        ).map(CaseRow.init(pg:))
    }

    func countCases(_ q: CaseQuery) throws -> Int {
        saw("cases")
        return try number("SELECT casus.count_cases($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS n", caseParams(q))
    }

    func cases(ofIncident id: IncidentID) throws -> [Case] {
        saw("incident-cases:\(id)")
        return try rows("SELECT * FROM casus.cases_of_incident($1)", [.int(id)]).map(Case.init(pg:))
    }

    func cases(aboutSubject id: PersonID) throws -> [Case] {
        saw("subject:\(id)")
        return try rows("SELECT * FROM casus.cases_about($1)", [.int(id)]).map(Case.init(pg:))
    }

    func steps(case id: CaseID) throws -> [Step] {
        saw("case:\(id)")
        guard let ticket = try caseTicket(id) else { return [] }
        return try rows("SELECT * FROM casus.steps($1, $2)", [.int(id), .int(ticket)]).map(Step.init(pg:))
    }

    func obligations(case id: CaseID) throws -> [Obligation] {
        saw("case:\(id)")
        guard let ticket = try caseTicket(id) else { return [] }
        return try rows("SELECT * FROM casus.obligations($1, $2)", [.int(id), .int(ticket)]).compactMap(
            Obligation.init(pg:))
    }

    func letterSendings(dossier id: PersonID) throws -> [EntryID: LetterSending] {
        saw("entries:\(id)")
        return Self.sendings(try rows("SELECT * FROM casus.letter_sendings($1)", [.int(id)]))
    }

    /// `letter_sendings`' rows, by entry.
    static func sendings(_ rows: PGRows) -> [EntryID: LetterSending] {
        var all: [EntryID: LetterSending] = [:]
        for s in rows.compactMap(LetterSending.init(pg:)) { all[s.entryID] = s }
        return all
    }

    func facts(case id: CaseID) throws -> [CaseFact] {
        saw("case:\(id)")
        guard let ticket = try caseTicket(id) else { return [] }
        return try rows("SELECT * FROM casus.case_facts($1, $2)", [.int(id), .int(ticket)]).compactMap(
            CaseFact.init(pg:))
    }
}
