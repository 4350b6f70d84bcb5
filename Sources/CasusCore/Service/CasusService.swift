/// The one door to casus's records for every front end (CLI, TUI). It knows who is acting,
/// asks `AccessPolicy` before every read and write, runs the ladder engine, writes the audit
/// log, and makes each command one storage transaction.
public final class CasusService: @unchecked Sendable {
    // @unchecked: immutable after init; the storage is thread-safe.
    public let storage: any CasusStorage
    public let actor: Actor
    public let profiles: ProfileRegistry
    public let clock: Clock

    public init(storage: any CasusStorage, actor: Actor, profiles: ProfileRegistry, clock: Clock = .system) {
        self.storage = storage
        self.actor = actor
        self.profiles = profiles
        self.clock = clock
    }

    public var today: LocalDate { clock.today }
    public var scope: Scope { AccessPolicy.scope(for: actor) }

    /// Opens a session for an OS account, optionally acting as another (`--as`, directors only).
    public static func session(storage: any CasusStorage, account: String, as other: String? = nil,
                               profiles: ProfileRegistry, clock: Clock = .system) throws -> CasusService {
        let (user, name, asUser, asName) = try storage.read { r -> (User, String, User?, String?) in
            guard let user = try r.user(account: account) else {
                let empty = try r.users().isEmpty
                throw CasusService.unknownAccount(account, emptyDatabase: empty)
            }
            let name = try user.personID.flatMap { try r.person(id: $0)?.name } ?? account
            guard let other, other != account else { return (user, name, nil, nil) }
            guard let asUser = try r.user(account: other) else { throw CasusService.unknownAccount(other, emptyDatabase: false) }
            let asName = try asUser.personID.flatMap { try r.person(id: $0)?.name } ?? other
            return (user, name, asUser, asName)
        }
        guard let asUser, let asName else {
            return CasusService(storage: storage, actor: Actor(user: user, displayName: name), profiles: profiles, clock: clock)
        }
        guard user.role == .director || user.role == .board else {
            throw CasusError(.refused, Phrase("alleen een directeur of het bestuur mag --as gebruiken",
                                              "only a director or the board may use --as"))
        }
        if user.role == .director, asUser.schoolID != user.schoolID {
            throw CasusError(.refused, Phrase("\(other!) hoort bij een andere school", "\(other!) belongs to another school"))
        }
        let actor = Actor(user: asUser, realAccount: account, displayName: asName)
        return CasusService(storage: storage, actor: actor, profiles: profiles, clock: clock)
    }

    static func unknownAccount(_ account: String, emptyDatabase: Bool) -> CasusError {
        if emptyDatabase {
            return CasusError(.refused, Phrase("deze database heeft nog geen gebruikers", "this database has no users yet"),
                              hint: Phrase("Begin met `casus init --school NAAM --protocol ID` (u wordt directeur) of probeer `casus demo`.",
                                           "Start with `casus init --school NAME --protocol ID` (you become director) or try `casus demo`."))
        }
        return CasusError(.refused, Phrase("account '\(account)' is niet bekend bij casus", "account '\(account)' is not known to casus"),
                          hint: Phrase("Een directeur voegt u toe met: casus users add \(account) --role director|board|ib|teacher",
                                       "A director adds you with: casus users add \(account) --role director|board|ib|teacher"))
    }

    // MARK: Audit

    /// Records a read or write in the audit log, inside the caller's transaction.
    func audit(_ w: any StorageWriter, _ action: String, person: PersonID? = nil, case caseID: CaseID? = nil,
               detail: String = "", at: Timestamp? = nil) throws {
        try w.append(audit: AuditRecord(at: at ?? clock.now(), account: actor.account, realAccount: actor.realAccount,
                                        action: action, personID: person, caseID: caseID, detail: detail))
    }

    // MARK: Reading

    /// The school the actor works at (the first school for the board), for the header.
    public func homeSchool() throws -> School? {
        try storage.read { r in
            if let id = actor.user.schoolID { return try r.school(id: id) }
            return try r.schools().first
        }
    }

    public func schools() throws -> [School] {
        try storage.read { r in
            let all = try r.schools()
            guard let id = actor.user.schoolID else { return all }
            return all.filter { $0.id == id }
        }
    }

    public func profile(for schoolID: SchoolID) throws -> ProtocolProfile {
        guard let school = try storage.read({ try $0.school(id: schoolID) }) else {
            throw CasusError.notFound("school \(schoolID) bestaat niet", "school \(schoolID) does not exist")
        }
        return try profiles.require(school.protocolID)
    }

    public func caseQuery(_ filter: CaseFilter) -> CaseQuery {
        CaseQuery(scope: scope, status: filter.status, subjectKind: filter.subjectKind, rung: filter.rung,
                  noRungYet: filter.noRungYet, overdueOn: filter.overdueOnly ? today : nil, subjectID: filter.subjectID)
    }

    public func caseRows(_ filter: CaseFilter, offset: Int, limit: Int) throws -> [CaseRow] {
        try storage.read { try $0.cases(caseQuery(filter), offset: offset, limit: limit) }
    }

    public func countCases(_ filter: CaseFilter) throws -> Int {
        try storage.read { try $0.countCases(caseQuery(filter)) }
    }

    public func incidentQuery(status: IncidentStatus?) -> IncidentQuery {
        var s = scope
        if !AccessPolicy.allows(actor, .readTriageQueue) { s = .nothing }
        return IncidentQuery(scope: s, status: status)
    }

    public func incidentRows(status: IncidentStatus?, offset: Int, limit: Int) throws -> [IncidentRow] {
        try storage.read { try $0.incidents(incidentQuery(status: status), offset: offset, limit: limit) }
    }

    public func countIncidents(status: IncidentStatus?) throws -> Int {
        try storage.read { try $0.countIncidents(incidentQuery(status: status)) }
    }

    /// A case with everything its screen shows. Reading it reads the dossier: audited.
    public func caseDetail(_ id: CaseID) throws -> CaseDetail {
        let detail = try storage.read { r -> CaseDetail in
            guard let c = try r.caseRecord(id: id),
                  let subject = try r.person(id: c.subjectID),
                  let owner = try r.person(id: c.dossierID),
                  AccessPolicy.maySee(c, dossierOwner: owner, actor: actor),
                  scope.schoolID == nil || scope.schoolID == c.schoolID
            else { throw CasusService.noSuchCase(id) }
            let profile = try profiles.require(c.profileID)
            let incident = try r.incident(id: c.incidentID)
            return CaseDetail(
                record: c, subject: subject, dossierOwner: owner, incident: incident,
                articles: c.articles.map { profile.article($0) ?? Article(id: $0, title: "?", text: "", appliesTo: [], severity: .medium) },
                steps: try r.steps(case: id), obligations: try r.obligations(case: id),
                entries: try r.entries(case: id), profile: profile,
                school: try r.school(id: c.schoolID))
        }
        try storage.write { w in try audit(w, "case.read", person: detail.dossierOwner.id, case: id, detail: detail.record.number) }
        return detail
    }

    /// Resolves "2026-0042" or a row id to a case id, for a case the actor may see; any other
    /// reads as not existing.
    public func resolveCase(_ ref: String) throws -> CaseID {
        try storage.read { r in
            guard let id = try r.caseID(number: ref) ?? CaseID(ref), let c = try r.caseRecord(id: id),
                  let owner = try r.person(id: c.dossierID), AccessPolicy.maySee(c, dossierOwner: owner, actor: actor)
            else { throw CasusService.noSuchCase(ref) }
            return id
        }
    }

    static func noSuchCase(_ ref: Any) -> CasusError {
        CasusError.notFound("zaak \(ref) bestaat niet (of u mag hem niet zien)", "case \(ref) does not exist (or you may not see it)",
                            hint: Phrase("`casus case list` toont de zaken die u mag zien.", "`casus case list` shows the cases you may see."))
    }
}

/// The filters of the Zaken tab.
public struct CaseFilter: Sendable, Hashable {
    public var status: CaseStatus?
    public var subjectKind: SubjectKind?
    public var rung: Rung?
    public var noRungYet: Bool
    public var overdueOnly: Bool
    public var subjectID: PersonID?

    public init(status: CaseStatus? = nil, subjectKind: SubjectKind? = nil, rung: Rung? = nil, noRungYet: Bool = false,
                overdueOnly: Bool = false, subjectID: PersonID? = nil) {
        self.status = status
        self.subjectKind = subjectKind
        self.rung = rung
        self.noRungYet = noRungYet
        self.overdueOnly = overdueOnly
        self.subjectID = subjectID
    }
}

/// Everything the case screen and `case show` need.
public struct CaseDetail: Sendable {
    public var record: Case
    public var subject: Person
    public var dossierOwner: Person
    public var incident: Incident?
    public var articles: [Article]
    public var steps: [Step]
    public var obligations: [Obligation]
    public var entries: [DossierEntry]
    public var profile: ProtocolProfile
    public var school: School?
}

extension CasusService {
    public func cases(ofIncident id: IncidentID) throws -> [Case] {
        try storage.read { r in
            try r.cases(ofIncident: id).filter { c in
                guard let owner = try r.person(id: c.dossierID) else { return false }
                return AccessPolicy.maySee(c, dossierOwner: owner, actor: actor)
            }
        }
    }
}
