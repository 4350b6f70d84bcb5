/// Cases: reading them, triage into a case (CaseWorkflow+Triage), the ladder
/// (CaseWorkflow+Ladder), and notes on a case (CaseWorkflow+Entries).
public struct CaseWorkflow: Sendable {
    let session: Session
    var actor: Actor { session.actor }

    public func query(_ filter: CaseFilter) -> CaseQuery {
        CaseQuery(
            scope: session.scope, status: filter.status, subjectKind: filter.subjectKind, rung: filter.rung,
            noRungYet: filter.noRungYet, overdueOn: filter.overdueOnly ? session.today : nil,
            subjectID: filter.subjectID, dossierID: filter.dossierID)
    }

    /// A page of the Zaken list, newest first.
    public func rows(_ filter: CaseFilter, offset: Int, limit: Int) throws -> [CaseRow] {
        let q = query(filter)
        let rows = try q.scope.check(
            try session.read { r in
                try requireDossier(r, filter)
                return try r.cases(q, offset: offset, limit: limit)
            }
        ) {
            q.scope.admits(school: $0.schoolID, staffDossier: $0.staffDossier)
        }
        // `case list` reads its rows here, a page at a time: a line as `page` writes one (it wrote none).
        if !rows.isEmpty { try auditListed(rows.count, filter, list: "\(rows.count) rijen vanaf \(offset)") }
        return rows
    }

    /// A list's line: one dossier's cases are a read of that dossier, its owner named in the line
    /// (who read Karel's dossier did not show an IB's list of his cases, a review of the server);
    /// any other list a line now and then, naming no one.
    private func auditListed(_ shown: Int, _ filter: CaseFilter, list detail: String) throws {
        guard let id = filter.dossierID else { return try session.auditListRead("cases.list", detail: detail) }
        try session.auditRead(
            "dossier.read", person: id, detail: "\(shown) " + (shown == 1 ? "zaak" : "zaken"))
    }

    /// A list of one dossier's cases is of a dossier the actor may read: one that is not there (or
    /// not theirs to see, or a parent's, who has none) says so rather than listing no cases.
    private func requireDossier(_ r: any StorageReader, _ filter: CaseFilter) throws {
        if let id = filter.dossierID { _ = try Dossiers(session: session).visibleOwner(r, id) }
    }

    public func count(_ filter: CaseFilter) throws -> Int {
        try session.read { try $0.countCases(query(filter)) }
    }

    /// A page of the Zaken list and the number of cases it is a page of, from one read.
    public func page(_ filter: CaseFilter, offset: Int, limit: Int) throws -> ListPage<CaseRow> {
        let q = query(filter)
        let (rows, total) = try session.read { r in
            try requireDossier(r, filter)
            return (try r.cases(q, offset: offset, limit: limit), try r.countCases(q))
        }
        let checked = try q.scope.check(rows) { q.scope.admits(school: $0.schoolID, staffDossier: $0.staffDossier) }
        if !checked.isEmpty { try auditListed(checked.count, filter, list: "\(checked.count) van \(total)") }
        return ListPage(rows: checked, total: total)
    }

    /// A case with everything its screen shows. Reading it reads the dossier: audited.
    public func detail(_ id: CaseID) throws -> CaseDetail {
        let detail = try session.read { r in try read(r, id).0 }
        try session.auditRead("case.read", person: detail.dossierOwner.id, case: id, detail: detail.record.number)
        return detail
    }

    /// The case screen's two halves from one read: what it shows and the ladder engine's
    /// assessment.
    public func detailAndAssessment(_ id: CaseID) throws -> (CaseDetail, LadderAssessment) {
        let (detail, h) = try session.read { r in try read(r, id) }
        try session.auditRead("case.read", person: detail.dossierOwner.id, case: id, detail: detail.record.number)
        return (
            detail,
            LadderEngine.assess(h, profile: detail.profile, today: session.today, at: session.clock.now())
        )
    }

    /// A case's detail and what the engine needs about it: the record and who it concerns, checked
    /// first (a case the actor may not see reads as not existing, nothing more of it is read, and
    /// casus's audit log has no line of it; a server's access log has the attempt), then the rest
    /// in one call of the port (CaseParts).
    private func read(_ r: any StorageReader, _ id: CaseID) throws -> (CaseDetail, CaseHistory) {
        let (c, subject, owner) = try visibleCase(r, id, opening: true)
        let parts = try r.caseParts(of: c)
        let profile = try session.profiles.require(c.profileID)
        var detail = CaseDetail(
            record: c, subject: AccessPolicy.shown(subject, to: actor),
            dossierOwner: AccessPolicy.shown(owner, to: actor),
            incident: try shownReport(parts.incident, r),
            articles: c.articles.map {
                profile.article($0)
                    ?? Article(
                        id: $0, title: "(niet in protocolprofiel \(profile.id))", text: "", appliesTo: [],
                        severity: .medium)
            },
            steps: parts.steps, obligations: parts.obligations,
            entries: parts.entries.map { AccessPolicy.shown($0, to: actor) }, entryCount: parts.entryCount,
            meetingsAndLetters: parts.meetingsAndLetters.map { AccessPolicy.shown($0, to: actor) }, profile: profile,
            school: parts.school, facts: parts.facts, sendings: parts.sendings.filter { $0.value.caseID == id },
            subjectCases: parts.subjectCases)
        var history = Self.history(c, subject: subject, owner: owner, parts: parts)
        // As a step reads it: the screen and `case show` offered a next measure after the employee
        // was dismissed on the spot in another case, which the step then refused (a review).
        if subject.kind.isPersonnel {
            history.endedElsewhere = try Self.employmentEnd(elsewhere: history, r)
            detail.employmentEnd = try Self.employmentEnd(in: parts.subjectCases, r)
        }
        return (detail, history)
    }

    /// The case's report as the actor may read it: not, without the staff scope, a report that names
    /// a staff member (as subject, victim or witness; the colleague who reported it aside). Its text
    /// is staff data: an IB read "samen met meester Gerrit" and who reported it in a pupil's case,
    /// which the case's own summary said was kept from them (a review); the server's
    /// `incident_visible` keeps the same rule.
    private func shownReport(_ incident: Incident?, _ r: any StorageReader) throws -> Incident? {
        guard let incident else { return nil }
        let involved = try r.involved(incident: incident.id)
        // A report about the reader is the board's (Intake.isAbout): a case the board opened about a
        // director showed the director the report and who filed it.
        if Intake.isAbout(involved, actor) && !Intake.filedAtTheKeyboard(incident, actor) { return nil }
        guard !session.scope.staffDossiers else { return incident }
        if involved.contains(where: { $0.role != .reporter && $0.person.kind.isPersonnel }) { return nil }
        return Intake.reporterHidden(incident, from: actor)
    }

    /// Resolves "2026-0042" or a row id to a case id, for a case the actor may see; any other
    /// reads as not existing, in the words it was asked by (a hidden case was named by its row
    /// id, which told the IB and another school's director that it was there).
    public func resolve(_ ref: String) throws -> CaseID {
        try session.read { r in
            guard let id = try r.caseID(number: ref) ?? CaseID(ref) else { throw noSuchCase(ref) }
            do {
                return try visibleCase(r, id).0.id
            } catch let error as CasusError where error.kind == .notFound {
                throw noSuchCase(ref)
            }
        }
    }

    /// The cases a report was triaged into, those the actor may see.
    public func cases(ofIncident id: IncidentID) throws -> [Case] {
        try session.read { r in
            try r.cases(ofIncident: id).filter { c in
                guard let owner = try r.person(id: c.dossierID) else { return false }
                return AccessPolicy.maySee(c, dossierOwner: owner, actor: actor)
            }
        }
    }

    /// A case, its subject and the owner of the dossier it is filed in, if the actor may see it;
    /// otherwise it reads as not existing.
    func visibleCase(_ r: any StorageReader, _ id: CaseID, opening: Bool = false) throws -> (Case, Person, Person) {
        guard let found = try opening ? r.caseToOpen(id: id) : r.caseWithPeople(id: id), let subject = found.subject,
            let owner = found.owner,
            AccessPolicy.maySee(found.record, dossierOwner: owner, actor: actor),
            session.reaches(school: found.record.schoolID)
        else { throw noSuchCase(id) }
        return (found.record, subject, owner)
    }

    /// Said as not there, whatever the reason; the hint as the role can use it: a teacher was sent
    /// to `casus case list`, which a teacher may not use (a review).
    func noSuchCase(_ ref: Any) -> CasusError {
        CasusError.notFound(
            "zaak \(ref) bestaat niet (of u mag hem niet zien)", "case \(ref) does not exist (or you may not see it)",
            hint: AccessPolicy.allows(actor, .readDossiers)
                ? Phrase(
                    "`casus case list` toont de zaken die u mag zien.", "`casus case list` shows the cases you may see."
                )
                : Phrase(
                    "Uw rol (\(actor.role.label.nl)) ziet geen zaken; uw eigen meldingen en hoe ze ervoor staan: `casus incident list`.",
                    "Your role (\(actor.role.label.en)) sees no cases; your own reports and where they stand: `casus incident list`."
                ))
    }

    /// Loads what the engine needs about a case, checking the actor may see it: with the school's
    /// legal setting (sector, denomination, calendar) and the case's facts. The same two calls of
    /// the port as the case screen (`read`): on a server two waits, where a read of each part was
    /// nine (the step dialog, every step, obligation and close read it first).
    func history(_ r: any StorageReader, _ id: CaseID) throws -> (CaseHistory, ProtocolProfile, Person) {
        let (c, subject, owner) = try visibleCase(r, id, opening: true)
        let profile = try session.profiles.require(c.profileID)
        let parts = try r.caseParts(of: c, sendings: false)
        // What reads a case's history decides on it (a step, a close, a letter): not about oneself.
        try AccessPolicy.requireNotAbout(subject, actor: actor, what: Phrase("zaak \(c.number)", "case \(c.number)"))
        var h = Self.history(c, subject: subject, owner: owner, parts: parts)
        if subject.kind.isPersonnel { h.endedElsewhere = try Self.employmentEnd(elsewhere: h, r) }
        return (h, profile, owner)
    }

    /// Where another case about the employee ended the employment: a summary dismissal's day, or
    /// a recorded end. Read only from the cases that reached a dismissal.
    static func employmentEnd(elsewhere h: CaseHistory, _ r: any StorageReader) throws -> LadderEngine.EmploymentEnd? {
        try employmentEnd(in: h.subjectCases.filter { $0.id != h.record.id }, r)
    }

    /// Where one of these cases about an employee ended the employment (the earliest).
    static func employmentEnd(in cases: [Case], _ r: any StorageReader) throws -> LadderEngine.EmploymentEnd? {
        var ends: [LadderEngine.EmploymentEnd] = []
        // A court's annulment since (`CaseHistory.annulment(of:)`) ended nothing: a closed case
        // keeps its rung on record.
        for other in cases where [.dismissal, .summaryDismissal].contains(other.rung) {
            let facts = try r.facts(case: other.id)
            if let end = CaseHistory.recordedEnd(in: facts) {
                ends.append(.init(caseNumber: other.number, date: end.date, caseOpen: other.status == .open))
            } else if let summary = try r.steps(case: other.id).last(where: {
                $0.rung == .summaryDismissal && $0.phase == .decision && CaseHistory.annulment(of: $0, in: facts) == nil
            }) {
                ends.append(
                    .init(
                        caseNumber: other.number, date: summary.date, caseOpen: other.status == .open,
                        bySummaryDismissal: true))
            }
        }
        return ends.min { $0.date < $1.date }
    }

    /// The engine's view of a case from what was read of it.
    static func history(_ c: Case, subject: Person, owner: Person, parts: CaseParts) -> CaseHistory {
        CaseHistory(
            // The engine reads who was heard in the case's meetings: every meeting note, however old.
            record: c, subject: subject, steps: parts.steps, obligations: parts.obligations,
            entries: parts.meetingsAndLetters, subjectCases: parts.subjectCases,
            incidentReportedAt: parts.incident?.reportedAt, incidentHappenedOn: parts.incident?.happenedOn,
            facts: parts.facts, legal: legal(school: parts.school, stored: parts.closures),
            pupil: owner.kind == .pupil ? owner : nil)
    }

    /// A school's legal setting: its record, and its calendar (its own closures, the national
    /// advice for its region where it has none).
    static func legal(_ r: any StorageReader, school id: SchoolID) throws -> LegalContext {
        try legal(r, school: try r.school(id: id))
    }

    /// The same for a school already read.
    static func legal(_ r: any StorageReader, school: School?) throws -> LegalContext {
        guard let school else { return .assumed }
        return legal(school: school, stored: try r.closures(school: school.id))
    }

    /// The same for a school and its closures already read.
    static func legal(school: School?, stored: [Closure]) -> LegalContext {
        guard let school else { return .assumed }
        var legal = school.legal(calendar: SchoolCalendar.effective(stored: stored, region: school.region))
        legal.gaps = NationalCalendar.gaps(own: SchoolCalendar.ownHolidays(stored), region: school.region)
        return legal
    }
}
