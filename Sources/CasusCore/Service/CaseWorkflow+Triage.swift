/// What the triage screen shows about a report: who is involved, the protocol's conduct articles
/// and the suggester's ranking of them, whether the actor may qualify staff conduct as
/// grensoverschrijdend, and the protocol's response to the size of the group.
public struct TriageContext: Sendable {
    public var incident: Incident
    public var involved: [Involved]
    /// The conduct articles (the only ones that can be chosen as breached), in document order.
    public var articles: [Article]
    /// Every conduct article ranked for the report, best first (the screen stars the best three of
    /// those that bind the chosen subjects).
    public var suggested: [ArticleSuggester.Suggestion]
    public var profileName: String
    public var crossingAllowed: Bool
    public var groupResponse: GroupResponse.Level?
    /// The cases still open about each person involved, from other reports: the ladder counts
    /// them, and a director triaging should know one runs (a review: triage did not say).
    public var openCases: [PersonID: [Case]]
    /// The other reports marked to be triaged alike, each with the people it names as subjects:
    /// each of them gets a case too, and the screen names them (it said "each for its own
    /// subjects", and a pupil never shown got a case, a review).
    public var alike: [AlikeReport] = []

    public struct AlikeReport: Sendable {
        public var id: IncidentID
        public var subjects: [Person]
    }

    public init(
        incident: Incident, involved: [Involved], articles: [Article], suggested: [ArticleSuggester.Suggestion],
        profileName: String,
        crossingAllowed: Bool, groupResponse: GroupResponse.Level?, openCases: [PersonID: [Case]] = [:]
    ) {
        self.openCases = openCases
        self.incident = incident
        self.involved = involved
        self.articles = articles
        self.suggested = suggested
        self.profileName = profileName
        self.crossingAllowed = crossingAllowed
        self.groupResponse = groupResponse
    }
}

extension CaseWorkflow {
    /// Triage: one case about one subject of a report, with the protocol's articles and a severity.
    @discardableResult
    public func open(
        incident incidentID: IncidentID, subject subjectID: PersonID, articles: [String],
        severity: Severity?, flags: CaseFlags = CaseFlags(), dossierPupil: PersonID? = nil,
        summary: String? = nil
    ) throws -> Saved<Case> {
        try session.write { tx in
            try open(
                incident: incidentID, subject: subjectID, articles: articles, severity: severity, flags: flags,
                dossierPupil: dossierPupil, summary: summary, in: tx, at: tx.now)
        }
    }

    public func open(
        incident incidentID: IncidentID, subject subjectID: PersonID, articles: [String],
        severity: Severity?, flags: CaseFlags, dossierPupil: PersonID?, summary: String?,
        in tx: Transaction, at now: Timestamp
    ) throws -> Case {
        try session.require(.triage)
        let r = tx.r
        // The case's number and id are drawn with the first read (a refusal rolls them back).
        try tx.willOpenCase(year: now.localDate().year)
        guard let report = try r.reportForTriage(id: incidentID), session.reaches(school: report.incident.schoolID),
            !Intake.isAbout(report.involved, actor)
        else {
            throw Intake.noReport(incidentID)
        }
        let incident = report.incident
        guard incident.status != .dismissed else {
            throw CasusError.refused("melding \(incidentID) is afgewezen", "report \(incidentID) was dismissed")
        }
        let involved = report.involved
        // Nor, by a school's director, from a report about a member of the board: a case about the
        // other one it names took the report out of the board's queue (a review).
        for named in involved where named.role == .subject && named.person.id != subjectID {
            try Self.requireNotTheBoardsRecord(
                named.person, actor: actor, r,
                what: Phrase(
                    "een zaak openen uit een melding over hem of haar", "opening a case from a report about them"))
        }
        // A case is about whom the report names as having done it: the full screen offers only them,
        // and the command line opened one on the staff ladder about the teacher a fake account was
        // made in the name of, the report's victim and reporter (a review).
        let subjects = involved.filter { $0.role == .subject }
        guard let subject = subjects.first(where: { $0.person.id == subjectID })?.person else {
            func names(_ lang: Lang) -> String {
                subjects.map { "\($0.person.id) \($0.person.name)" }.joined(separator: ", ")
            }
            if let other = involved.first(where: { $0.person.id == subjectID }) {
                throw CasusError.refused(
                    "\(other.person.name) (\(subjectID)) staat in melding \(incidentID) als \(other.role.label(.nl)), niet als wie het deed: een zaak gaat over wie het deed; er is niets veranderd",
                    "\(other.person.name) (\(subjectID)) is in report \(incidentID) as \(other.role.label(.en)), not as who did it: a case is about who did it; nothing was changed",
                    hint: Phrase(
                        "Wie het deed: \(names(.nl)). Deed \(other.person.name) zelf ook iets, leg dat vast in een eigen melding (`casus incident add --subject \(subjectID) …`).",
                        "Who did it: \(names(.en)). If \(other.person.name) did something too, record that in a report of its own (`casus incident add --subject \(subjectID) …`)."
                    ))
            }
            throw CasusError.refused(
                "persoon \(subjectID) is niet betrokken bij melding \(incidentID)",
                "person \(subjectID) is not involved in report \(incidentID)",
                hint: Phrase("Wie het deed: \(names(.nl))", "Who did it: \(names(.en))"))
        }
        try AccessPolicy.requireNotAbout(
            subject, actor: actor,
            what: Phrase("een zaak uit melding \(incidentID)", "a case from report \(incidentID)"))
        try Self.requireNotTheBoard(
            subject, r,
            hint: Phrase(
                "Leg de melding voor aan de raad van toezicht; wijs de melding hier af met die reden (`casus incident dismiss \(incidentID) --reason …`).",
                "Put the report to the raad van toezicht; dismiss it here with that reason (`casus incident dismiss \(incidentID) --reason …`)."
            ))
        // A case closed as a mistake (wrong pupil, misfiled) does not stand: the report can be triaged again.
        if report.cases.contains(where: { $0.subjectID == subjectID && $0.outcome != .mistake }) {
            throw CasusError.refused(
                "er is al een zaak over \(subject.name) bij melding \(incidentID)",
                "there already is a case about \(subject.name) for report \(incidentID)")
        }
        guard let school = report.school else {
            throw CasusError.notFound("school bestaat niet", "school does not exist")
        }
        let profile = try session.profiles.require(school.protocolID)
        let chosen = try CaseRules.checkArticles(articles, profile: profile, kind: subject.kind.ladderKind)
        try CaseRules.checkFlags(flags, subject: subject, profile: profile, actor: actor)
        let owner = try dossierOwner(for: subject, chosen: dossierPupil, r)
        let number = try tx.nextCaseNumber(year: now.localDate().year)
        return try record(
            Case(
                schoolID: school.id, number: number, incidentID: incidentID, subjectID: subject.id,
                dossierID: owner.id, profileID: profile.id, articles: chosen.map(\.id),
                severity: severity ?? chosen.compactMap(\.severity).max() ?? .medium, flags: flags,
                summary: summary?.trimmed.nilIfEmpty
                    ?? Self.summary(of: incident, involved: involved, owner: owner), openedAt: now),
            subject: subject, owner: owner, school: school, profile: profile, incident: incident, in: tx, at: now
        ).case
    }

    /// A member of the board is not walked up a ladder by the school they govern: a director opened
    /// a case against the bestuurder and wrote a voornemen "namens het bevoegd gezag" to them, and a
    /// case opened before its subject joined the board went on to one (reviews). The raad van
    /// toezicht decides on them (the server checks the same, at the case's opening and its steps).
    static func requireNotTheBoard(_ subject: Person, _ r: any StorageReader, hint: Phrase) throws {
        guard subject.kind.isPersonnel,
            let board = try r.users().first(where: { $0.role == .board && $0.personID == subject.id })
        else { return }
        throw CasusError.refused(
            "\(subject.name) is lid van het bestuur (account \(board.account)); een zaak over het bestuur handelt het intern toezicht af, niet casus\(Law.wpo17c_3.bracketed.nl); er is niets veranderd",
            "\(subject.name) is a member of the board (account \(board.account)); a case about the board is for the internal supervisory body, not casus\(Law.wpo17c_3.bracketed.en); nothing was changed",
            hint: hint)
    }

    /// A member of the board's own record (their dossier's notes, their leaving, their address, an
    /// export of it) is not kept by a school's director, who answers to them: the internal
    /// supervisory body oversees the board (WPO art. 17c lid 3). A case about them was refused, and
    /// a director still wrote a complaint into their dossier, marked them gone and exported it (a
    /// review). The board keeps its members' records.
    static func requireNotTheBoardsRecord(_ person: Person, actor: Actor, _ r: any StorageReader, what: Phrase) throws {
        guard actor.role != .board, person.kind.isPersonnel,
            let board = try r.users().first(where: { $0.role == .board && $0.personID == person.id })
        else { return }
        throw CasusError.refused(
            "\(person.name) is lid van het bestuur (account \(board.account)); \(what.nl) is niet aan de directeur van een school: het intern toezicht houdt toezicht op het bestuur\(Law.wpo17c_3.bracketed.nl); er is niets veranderd",
            "\(person.name) is a member of the board (account \(board.account)); \(what.en) is not for a school's director: the internal supervisory body oversees the board\(Law.wpo17c_3.bracketed.en); nothing was changed",
            hint: Phrase(
                "Het bestuur houdt de gegevens van zijn leden bij.", "The board keeps its members' records."))
    }

    /// A case's summary when the director gives none: the report's text, but not into a pupil's
    /// dossier when the report names a staff member (as subject, victim or witness). Its text is
    /// then staff data, which an IB never reads, and copied into the pupil's case the IB read it in
    /// the case list (found by a review of the server; then again with the teacher as victim, a
    /// review). Then the case says where it came from, and the director writes what the pupil's
    /// case is about (`--summary`, or the facts when stepping). The colleague who reported it makes
    /// no report staff data (the server's `incident_visible` keeps the same rule).
    static func summary(of incident: Incident, involved: [Involved], owner: Person) -> String {
        guard owner.kind == .pupil, involved.contains(where: { $0.role != .reporter && $0.person.kind.isPersonnel })
        else { return incident.summary }
        return CaseSummary.reference(to: incident.id)
    }

    /// Writes a case opened in triage: the case, the obligations that come with opening it, the
    /// report marked triaged, and the audit line. The one way a case is saved (the district demo
    /// opens its cases here). Returns the case and its history so far.
    public func record(
        _ c: Case, subject: Person, owner: Person, school: School, profile: ProtocolProfile, incident: Incident,
        in tx: Transaction, at now: Timestamp
    ) throws -> (case: Case, history: CaseHistory) {
        try session.require(.triage)
        let saved = try tx.insert(case: c, subject: subject, owner: owner)
        var obligations: [Obligation] = []
        let legal = try Self.legal(tx.r, school: school)
        let due = LadderEngine.obligationsAtOpening(
            saved, subject: subject, profile: profile, at: now, aware: incident.reportedAt, legal: legal)
        try tx.willInsert([.obligation: due.count])
        for o in due {
            obligations.append(try tx.insert(obligation: o, stepID: nil, at: now))
        }
        if incident.status == .new {
            try tx.setIncident(incident.id, status: .triaged, reason: nil, at: now)
        }
        try tx.audit("case.open", person: saved.dossierID, case: saved.id, detail: saved.number, at: now)
        let history = CaseHistory(
            record: saved, subject: subject, steps: [], obligations: obligations, entries: [],
            subjectCases: try tx.r.cases(aboutSubject: subject.id), incidentReportedAt: incident.reportedAt,
            incidentHappenedOn: incident.happenedOn, legal: legal, pupil: owner.kind == .pupil ? owner : nil)
        return (saved, history)
    }

    /// Whose dossier a case goes into (DESIGN.md §1): a parent's case goes into the child's.
    func dossierOwner(for subject: Person, chosen: PersonID?, _ r: any StorageReader) throws -> Person {
        guard subject.kind == .parent else {
            if let chosen, chosen != subject.id {
                throw CasusError(
                    .usage,
                    Phrase(
                        "--dossier past alleen bij een zaak over een ouder",
                        "--dossier goes with a case about a parent only"))
            }
            return subject
        }
        let children = try r.children(ofParent: subject.id)
        if let chosen {
            guard let child = children.first(where: { $0.id == chosen }) else {
                throw CasusError.refused(
                    "\(chosen) is geen kind van \(subject.name)", "\(chosen) is not a child of \(subject.name)")
            }
            return child
        }
        switch children.count {
        case 0:
            throw CasusError.refused(
                "\(subject.name) is niet gekoppeld aan een leerling; een zaak over een ouder komt in het leerlingdossier",
                "\(subject.name) is not linked to a pupil; a case about a parent goes into the pupil's dossier",
                hint: Phrase(
                    "Koppel de ouder met `casus people add --kind parent --guardian-of ID`.",
                    "Link the parent with `casus people add --kind parent --guardian-of ID`."))
        case 1:
            return children[0]
        default:
            let names = children.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
            throw CasusError(
                .usage,
                Phrase(
                    "\(subject.name) heeft meer kinderen op school; kies het dossier met --dossier ID (\(names))",
                    "\(subject.name) has several children at school; choose the dossier with --dossier ID (\(names))"))
        }
    }

    /// Triage in one transaction: one case per chosen subject, each with the chosen articles that
    /// bind it. All are opened, or none.
    public func triage(
        incident: IncidentID, subjects: [PersonID], articles: [String], severity: Severity?,
        flags: CaseFlags
    ) throws -> Saved<[Case]> {
        try session.write { tx in
            try triage(
                incident: incident, subjects: subjects, articles: articles, severity: severity, flags: flags, in: tx)
        }
    }

    /// Reports marked in the queue, triaged alike (DESIGN.md §6) in one transaction: the first
    /// into cases for the subjects chosen on its screen, each other one for the people it names
    /// as subjects, all with the same articles, severity and flags. All are opened, or none: a
    /// report triaged meanwhile, or a subject no chosen article binds, is named and nothing opens.
    public func triage(
        first: IncidentID, subjects: [PersonID], alike others: [IncidentID], articles: [String],
        severity: Severity?, flags: CaseFlags
    ) throws -> Saved<[Case]> {
        guard !others.contains(first), Set(others).count == others.count else {
            throw CasusError.invalid(
                "een melding staat twee keer in de lijst; er is niets geopend",
                "a report is in the list twice; nothing was opened")
        }
        return try session.write { tx in
            var cases = try triage(
                incident: first, subjects: subjects, articles: articles, severity: severity, flags: flags, in: tx)
            for id in others {
                do {
                    cases += try triage(
                        incident: id, subjects: nil, articles: articles, severity: severity, flags: flags, in: tx)
                } catch let error as CasusError {
                    // The report named once ("melding 20 is afgewezen (melding 20)", a review), and
                    // what to do: leave it out and triage the others again.
                    let named = error.message.nl.contains("melding \(id)")
                    throw error.appending(
                        Phrase(
                            (named ? "" : " (melding \(id))")
                                + "; er is geen van de \(others.count + 1) meldingen beoordeeld",
                            (named ? "" : " (report \(id))") + "; none of the \(others.count + 1) reports was triaged"),
                        hint: Phrase(
                            "Laat melding \(id) weg (op het scherm: spatie haalt het vinkje weg) en beoordeel de andere opnieuw.",
                            "Leave report \(id) out (on the screen: Space removes its mark) and triage the others again."
                        ))
                }
            }
            return cases
        }
    }

    /// `subjects`: nil for the people the report names as subjects (a report triaged alike),
    /// read with the report.
    func triage(
        incident: IncidentID, subjects chosen: [PersonID]?, articles: [String], severity: Severity?, flags: CaseFlags,
        in tx: Transaction
    ) throws -> [Case] {
        guard let report = try tx.r.reportForTriage(id: incident),
            session.reaches(school: report.incident.schoolID), !Intake.isAbout(report.involved, actor),
            let school = report.school
        else {
            throw Intake.noReport(incident)
        }
        let involved = report.involved
        let subjects = chosen ?? involved.filter { $0.role == .subject }.map(\.person.id)
        let profile = try session.profiles.require(school.protocolID)
        return try subjects.map { id in
            guard let person = involved.first(where: { $0.person.id == id })?.person else {
                throw CasusError.refused(
                    "persoon \(id) is niet betrokken bij melding \(incident)",
                    "person \(id) is not involved in report \(incident)")
            }
            let kind = person.kind.ladderKind
            let own = articles.filter { profile.article($0)?.binds(kind) ?? false }
            guard !own.isEmpty else {
                throw CasusError.refused(
                    "geen van de gekozen artikelen geldt voor \(person.name) (\(person.kind.label.nl))",
                    "none of the chosen articles applies to \(person.name) (\(person.kind.label.en))")
            }
            // A parent's case goes into the dossier of the child involved in the report, if one is.
            var dossier: PersonID?
            if person.kind == .parent {
                let children = Set(try tx.r.children(ofParent: person.id).map(\.id))
                dossier = involved.first { children.contains($0.person.id) }?.person.id
            }
            return try open(
                incident: incident, subject: id, articles: own, severity: severity, flags: flags.fitting(person.kind),
                dossierPupil: dossier, summary: nil, in: tx, at: tx.now)
        }
    }

    /// What the triage screen shows: the report, who is involved, the protocol's articles and a proposal.
    public func triageContext(_ id: IncidentID, alike: [IncidentID] = []) throws -> TriageContext {
        try session.require(.triage)
        let intake = Intake(session: session)
        let (incident, involved) = try intake.incident(id)
        let profile = try Directory(session: session).profile(for: incident.schoolID)
        let suggested = ArticleSuggester(profile: profile).rank(
            summary: incident.summary, platform: incident.platform, kinds: Set(SubjectKind.allCases))
        let crossingAllowed =
            profile.escalations.vertrouwensinspecteur.map { $0.qualifiedBy.contains(actor.role) } ?? true
        let openCases = try session.read { r in
            var open: [PersonID: [Case]] = [:]
            for person in Set(involved.map(\.person.id)) {
                let cases = try r.cases(aboutSubject: person).filter { $0.status == .open && $0.incidentID != id }
                if !cases.isEmpty { open[person] = cases }
            }
            return open
        }
        var context = TriageContext(
            incident: incident, involved: involved, articles: profile.conductArticles, suggested: suggested,
            profileName: profile.name, crossingAllowed: crossingAllowed,
            groupResponse: try intake.groupResponse(for: incident, involved: involved), openCases: openCases)
        context.alike = try alike.map { other in
            TriageContext.AlikeReport(
                id: other, subjects: try intake.incident(other).1.filter { $0.role == .subject }.map(\.person))
        }
        return context
    }
}

/// Checks on what a case is opened with.
public enum CaseRules {
    public static func checkArticles(_ ids: [String], profile: ProtocolProfile, kind: SubjectKind) throws -> [Article] {
        guard !ids.isEmpty else {
            throw CasusError.invalid(
                "noem minstens één artikel van het protocol (--article)",
                "name at least one article of the protocol (--article)",
                hint: Phrase(
                    "`casus protocol show \(profile.id)` toont de artikelen.",
                    "`casus protocol show \(profile.id)` lists the articles."))
        }
        var out: [Article] = []
        for id in ids {
            guard let a = profile.article(id) else {
                throw CasusError.invalid(
                    "artikel '\(id)' staat niet in het protocol van \(profile.name)",
                    "article '\(id)' is not in the protocol of \(profile.name)",
                    hint: Phrase(
                        "`casus protocol show \(profile.id)` toont de artikelen.",
                        "`casus protocol show \(profile.id)` lists the articles."))
            }
            guard a.conduct else {
                let conduct = profile.articles(for: kind).map(\.id).joined(separator: ", ")
                let what = a.why.map { " (\($0))" } ?? ""
                throw CasusError.refused(
                    "artikel \(id) (\(a.title)) is geen gedragsregel\(what): niemand kan het overtreden, dus het kan niet als geschonden worden gekozen",
                    "article \(id) (\(a.title)) is not a rule of conduct\(what): nobody can breach it, so it cannot be chosen as breached",
                    hint: conduct.isEmpty
                        // An empty list read "Kies een gedragsregel die geldt voor een leerling: ." (a review).
                        ? Phrase(
                            "Het protocol van \(profile.name) heeft geen gedragsregel die geldt voor een \(kind.label.nl); `casus protocol show \(profile.id)` toont wat het wel regelt. Er is niets veranderd.",
                            "The protocol of \(profile.name) has no rule of conduct that binds a \(kind.label.en); `casus protocol show \(profile.id)` shows what it does cover. Nothing was changed."
                        )
                        : Phrase(
                            "Kies een gedragsregel die geldt voor een \(kind.label.nl): \(conduct). Er is niets veranderd.",
                            "Choose a rule of conduct that binds a \(kind.label.en): \(conduct). Nothing was changed."))
            }
            guard a.appliesTo.contains(kind) else {
                throw CasusError.refused(
                    "artikel \(id) (\(a.title)) geldt niet voor een \(kind.label.nl)",
                    "article \(id) (\(a.title)) does not apply to a \(kind.label.en)")
            }
            if !out.contains(a) { out.append(a) }
        }
        return out
    }

    public static func checkFlags(_ flags: CaseFlags, subject: Person, profile: ProtocolProfile, actor: Actor) throws {
        if flags.meldplicht, subject.kind == .pupil {
            throw CasusError.refused(
                "de meldplicht geldt voor een mogelijk zedenmisdrijf door ‘een ten behoeve van de school met taken belast persoon’ (WPO art. 4a); \(subject.name) is een leerling",
                "the meldplicht is for a possible sexual offence by ‘a person with tasks on behalf of the school’ (WPO art. 4a); \(subject.name) is a pupil",
                hint: Phrase(
                    "Open de zaak over de medewerker, stagiair, vrijwilliger of hulpouder. Er is niets veranderd.",
                    "Open the case about the staff member, intern, volunteer or parent helper. Nothing was changed."))
        }
        if flags.crossing {
            guard subject.kind.isPersonnel else {
                throw CasusError.refused(
                    "grensoverschrijdend gaat over communicatie door medewerkers",
                    "grensoverschrijdend is about communication by staff")
            }
            if let vi = profile.escalations.vertrouwensinspecteur, !vi.qualifiedBy.contains(actor.role) {
                let who = vi.qualifiedBy.map { $0.label.nl }.joined(separator: " of ")
                let whoEn = vi.qualifiedBy.map { $0.label.en }.joined(separator: " or ")
                throw CasusError.refused(
                    "volgens het protocol van \(profile.name) kwalificeert alleen \(who) communicatie als grensoverschrijdend",
                    "under the protocol of \(profile.name) only the \(whoEn) qualifies communication as grensoverschrijdend"
                )
            }
        }
    }
}
