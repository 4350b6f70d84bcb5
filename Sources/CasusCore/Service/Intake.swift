/// Reports (meldingen): filed by anyone with a task at the school, read and dismissed in triage.
public struct Intake: Sendable {
    let session: Session
    var actor: Actor { session.actor }

    /// A new report in the triage queue. Teachers may file; the subjects must be known people.
    @discardableResult
    /// `happenedOn`: the day it happened, if the reporter knows it (not after today); `evidence`:
    /// the files that come with it (screenshots), kept with their SHA-256 as a dossier entry's are.
    public func report(
        summary: String, platform: String?, subjects: [PersonID], victims: [PersonID] = [],
        witnesses: [PersonID] = [], reporter: PersonID? = nil, schoolID: SchoolID? = nil,
        happenedOn: LocalDate? = nil, evidence: [EvidenceFile] = []
    ) throws -> Saved<Incident> {
        try session.write { tx in
            try report(
                summary: summary, platform: platform, subjects: subjects, victims: victims, witnesses: witnesses,
                reporter: reporter, schoolID: schoolID, happenedOn: happenedOn, evidence: evidence, in: tx,
                at: tx.now)
        }
    }

    /// The same inside a transaction the caller holds (the demo generators), at a given moment.
    public func report(
        summary: String, platform: String?, subjects: [PersonID], victims: [PersonID] = [],
        witnesses: [PersonID] = [], reporter: PersonID? = nil, schoolID: SchoolID? = nil,
        happenedOn: LocalDate? = nil, evidence: [EvidenceFile] = [], in tx: Transaction, at now: Timestamp
    ) throws -> Incident {
        try session.require(.reportIncident)
        if let day = happenedOn, day > now.localDate() {
            throw CasusError.invalid(
                "de melding kan niet gaan over \(day.dutch): die dag moet nog komen (--happened-on)",
                "the report cannot be about \(day.dutch): that day is still to come (--happened-on)",
                hint: Phrase(
                    "Geef de dag waarop het gebeurde (vandaag of eerder), of laat de dag weg als die onbekend is. Er is niets opgeslagen.",
                    "Give the day it happened (today or earlier), or leave it out when it is not known. Nothing was saved."
                ))
        }
        let text = summary.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "de melding heeft een omschrijving nodig (--summary)", "the report needs a summary (--summary)")
        }
        try ShortText.check(platform, Phrase("het platform", "the platform"), limit: ShortText.platform)
        guard !subjects.isEmpty else {
            throw CasusError.invalid(
                "noem minstens één betrokkene (--subject ID)", "name at least one subject (--subject ID)",
                hint: idsHint)
        }
        // The reporter is the acting account's own person; naming another is a director's or
        // the board's to do (recording what a colleague or a parent reported to them).
        if let reporter, reporter != actor.user.personID, !AccessPolicy.allows(actor, .reportOnBehalf) {
            throw CasusError(
                .refused,
                Phrase(
                    "uw rol (\(actor.role.label.nl)) mag geen melding doen namens een ander: persoon \(reporter) is niet uw eigen persoon; er is niets opgeslagen",
                    "your role (\(actor.role.label.en)) may not file a report on someone else's behalf: person \(reporter) is not your own; nothing was saved"
                ),
                hint: Phrase(
                    "Laat --reporter weg: de melding staat dan op uw naam. Meldt iemand anders iets bij u, laat die het dan zelf melden of vraag de directeur het vast te leggen.",
                    "Leave out --reporter: the report is then in your name. If someone else told you, let them report it themselves or ask the director to record it."
                ))
        }
        // The report's id travels with the first read (a refusal rolls it back).
        try tx.willInsert([.incident: 1])
        let school = try Directory(session: session).targetSchool(tx.r, schoolID)
        let named: [(PersonID, Involvement)] =
            subjects.map { ($0, .subject) } + victims.map { ($0, .victim) } + witnesses.map { ($0, .witness) }
            + (reporter.map { [($0, .reporter)] } ?? [])
        try Self.checkNamedOnce(named)
        // Everyone named, read at once: as records, or as the roster gives them to a reporter who
        // reads no one's record (a teacher names pupils and staff of its school).
        let ids = named.map(\.0)
        let found =
            AccessPolicy.readsRecords(actor)
            ? try tx.r.people(ids: ids) : try tx.r.roster(ids: ids, presentOn: Directory.rosterDay(session))
        var involved: [(PersonID, Involvement)] = []
        var reporterName = actor.displayName
        for ((id, role), person) in zip(named, found) {
            guard let p = person, p.schoolID == school.id else {
                // A reporter reading the roster cannot tell that a number is a parent's: "bestaat
                // niet" was false for one (a review); said as what the roster holds.
                guard AccessPolicy.readsRecords(actor) else {
                    throw CasusError.notFound(
                        "persoon \(id) staat niet in de namenlijst van \(school.name)",
                        "person \(id) is not in the roster of \(school.name)",
                        hint: Phrase(
                            "De namenlijst noemt leerlingen en collega's die op school zijn (`casus people roster NAAM`). Gaat de melding over een ouder, noem dan het kind en schrijf in de melding dat het om de ouder gaat: de directie maakt dan zelf een melding over de ouder. Is de leerling vertrokken, schrijf de naam dan in de melding: de directie voegt hem toe.",
                            "The roster lists pupils and colleagues who are at the school (`casus people roster NAME`). If the report is about a parent, name the child and write in the report that it is about the parent: the directors then file a report about the parent themselves. If the pupil has left, write the name in the report: the directors add them."
                        ))
                }
                throw CasusError.notFound(
                    "persoon \(id) bestaat niet op \(school.name)", "person \(id) does not exist at \(school.name)",
                    hint: idsHint)
            }
            involved.append((p.id, role))
            if role == .reporter { reporterName = p.name }
            // Not before the day someone named was born (where the reporter reads it: a teacher's
            // roster holds no birth days, and tells none): a report "about" 1900 was taken (a review).
            if let day = happenedOn, let born = p.birthDate, day < born {
                throw CasusError.invalid(
                    "de melding kan niet gaan over \(day.dutch): \(p.name) is geboren op \(born.dutch) (--happened-on); er is niets opgeslagen",
                    "the report cannot be about \(day.dutch): \(p.name) was born on \(born.dutch) (--happened-on); nothing was saved",
                    hint: Phrase(
                        "Geef de dag waarop het gebeurde, of laat de dag weg als die onbekend is.",
                        "Give the day it happened, or leave it out when it is not known."))
            }
        }
        let incident = try tx.insert(
            incident: Incident(
                schoolID: school.id, reportedAt: now, summary: text,
                platform: platform?.trimmingCharacters(in: .whitespaces).nilIfEmpty,
                reporterName: reporterName, happenedOn: happenedOn),
            involved: involved, evidence: evidence)
        try tx.audit("incident.add", detail: "melding \(incident.id)", at: now)
        return incident
    }

    /// Each person is in a report once, as subject, victim or witness (the reporter may be any
    /// of them too): one pupil as both the one who did it and the one it was done to made a case
    /// against the victim possible, and listed them twice.
    static func checkNamedOnce(_ named: [(PersonID, Involvement)]) throws {
        var seen: [PersonID: Involvement] = [:]
        for (id, role) in named where role != .reporter {
            if let first = seen[id] {
                throw CasusError.invalid(
                    "persoon \(id) staat twee keer in de melding (\(first.label.nl) en \(role.label.nl)); er is niets opgeslagen",
                    "person \(id) is named twice in the report (\(first.label.en) and \(role.label.en)); nothing was saved",
                    hint: Phrase(
                        "Noem ieder één keer: als betrokkene (--subject), slachtoffer (--victim) of getuige (--witness).",
                        "Name each once: as subject (--subject), victim (--victim) or witness (--witness)."))
            }
            seen[id] = role
        }
    }

    /// Where the numbers of the people to name are: the roster for a reporter who reads no one's
    /// record (a teacher), the people list for the others.
    var idsHint: Phrase {
        AccessPolicy.readsRecords(actor)
            ? Phrase("`casus people list` toont de nummers.", "`casus people list` shows the ids.")
            : Phrase("`casus people roster NAAM` toont de nummers.", "`casus people roster NAME` shows the ids.")
    }

    /// The files of a report the actor may read (a teacher its own), written in `folder`
    /// (`Dossiers.write`); each read is a line naming the report's first subject.
    public func saveEvidence(ofReport id: IncidentID, in folder: String) throws -> [String] {
        let (report, involved) = try incident(id)
        return try Dossiers(session: session).write(
            report.evidence.map(\.sha256), about: involved.first { $0.role == .subject }?.person.id, in: folder,
            names: Dictionary(report.evidence.map { ($0.sha256, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

    /// A report that is not there, or not the reader's to see: said the same way, with where the
    /// ids are (it said only "report 999 does not exist", a review).
    static func noReport(_ id: IncidentID) -> CasusError {
        CasusError.notFound(
            "melding \(id) bestaat niet (of u mag haar niet zien)",
            "report \(id) does not exist (or you may not see it)",
            hint: Phrase(
                "`casus incident list` toont de meldingen met hun id; er is niets veranderd.",
                "`casus incident list` lists the reports with their ids; nothing was changed."))
    }

    /// One report with who is involved: a report of the queue the actor reads, or one the actor
    /// filed (a teacher reads back their own report and where it stands, and no other). Another
    /// report reads as not existing.
    public func incident(_ id: IncidentID) throws -> (Incident, [Involved]) {
        let readsQueue = AccessPolicy.allows(actor, .readTriageQueue)
        if !readsQueue && !AccessPolicy.allows(actor, .reportIncident) { try session.require(.readTriageQueue) }
        let read = try session.read { r in
            guard let i = try r.incident(id: id),
                readsQueue && session.reaches(school: i.schoolID) || Intake.isOwn(i, by: actor)
            else {
                throw Intake.noReport(id)
            }
            let involved = try r.involved(incident: id)
            // A report about the reader is not theirs to read, but for the one who filed it.
            if Intake.isAbout(involved, actor) && !Intake.filedAtTheKeyboard(i, actor) { throw Intake.noReport(id) }
            // One who reads only their own report reads its people as the roster gives them
            // (name, group, kind), not their addresses or numbers, as the server's `involved` does.
            guard !readsQueue else { return (Intake.reporterHidden(i, from: actor), involved) }
            return (i, involved.map { Involved(person: $0.person.rosterName, role: $0.role) })
        }
        // A report read whole is a read of each person it names (DESIGN §5): `incident show` left
        // no line, so "who read this child's data?" had no answer for it (a review). Its teacher
        // reading it back read what they wrote.
        if readsQueue {
            try session.auditRead(
                "incident.read", people: Array(Set(read.1.map(\.person.id))).sorted(), detail: "melding \(id)")
        }
        return read
    }

    /// What a reporter does about a mistake in a report filed: a report stays as it was made (it is
    /// evidence of what was said, when); the director dismisses it and a new one is filed. A teacher
    /// was told nothing, and `incident dismiss` was refused to them (a review).
    public static func madeAMistake(_ id: IncidentID) -> Phrase {
        Phrase(
            "Staat er iets verkeerd in? Een melding blijft zoals zij is gedaan: vraag de directie melding \(id) af te wijzen, en doe een nieuwe.",
            "Something wrong in it? A report stays as it was made: ask the school's management to dismiss report \(id), and file a new one."
        )
    }

    /// The report names the actor (or the account really at the keyboard) as one who did it: it is
    /// not in their queue, nor read, triaged or dismissed by them. A director read the teacher's
    /// report about them, with the teacher's name (a review); the board handles it (Awb art. 2:4),
    /// for a member of the board the raad van toezicht. The server's `reported_about`.
    static func isAbout(_ involved: [Involved], _ actor: Actor) -> Bool {
        let own = actor.ownPeople
        return involved.contains { $0.role == .subject && own.contains($0.person.id) }
    }

    /// The report without who filed it, for one who reads no staff data (an IB): the colleague's
    /// name and account are staff data, which pupil care does not need (AVG art. 5 lid 1 onder c;
    /// an IB read "gemeld door" a teacher who asked to stay anonymous, a review). The server's
    /// `incident_by_id` gives them the same way.
    static func reporterHidden(_ i: Incident, from actor: Actor) -> Incident {
        guard !AccessPolicy.scope(for: actor).staffDossiers, !isOwn(i, by: actor) else { return i }
        var shown = i
        shown.reporterName = nil
        shown.reportedBy = nil
        return shown
    }

    /// Filed by the account really at the keyboard: a director acting as the teacher who filed a
    /// report about her read it (a review).
    static func filedAtTheKeyboard(_ i: Incident, _ actor: Actor) -> Bool {
        isOwn(i, by: actor) && actor.realUser == nil
    }

    /// The actor filed this report (the account, as the store keeps it; the server's `own_report`).
    static func isOwn(_ i: Incident, by actor: Actor) -> Bool {
        i.reportedBy == actor.account && i.schoolID == actor.user.schoolID
    }

    public func query(status: IncidentStatus?) -> IncidentQuery {
        IncidentQuery(
            scope: AccessPolicy.allows(actor, .readTriageQueue) ? session.scope : .nothing, status: status,
            notAbout: actor.ownPeople.sorted())
    }

    /// The reports the acting account filed, with their status: what a teacher follows
    /// ("Mijn meldingen"). Anyone who may file a report may see their own.
    public func ownQuery(status: IncidentStatus? = nil) -> IncidentQuery {
        let mayFile = AccessPolicy.allows(actor, .reportIncident)
        return IncidentQuery(
            scope: mayFile ? session.scope : .nothing, status: status, reportedBy: mayFile ? actor.account : nil)
    }

    /// A page of the acting account's own reports, oldest first.
    public func ownRows(status: IncidentStatus? = nil, offset: Int, limit: Int) throws -> [IncidentRow] {
        let q = ownQuery(status: status)
        guard q.reportedBy != nil else { return [] }
        return try listed(
            try q.scope.check(try session.read { try $0.incidents(q, offset: offset, limit: limit) }) {
                q.scope.admits(school: $0.schoolID)
            }, offset: offset)
    }

    /// A page of reports read by `incident list`, as `page` records one: a line in the audit log, at
    /// most one in five minutes a session (it wrote none, a review).
    private func listed(_ rows: [IncidentRow], offset: Int) throws -> [IncidentRow] {
        if !rows.isEmpty { try session.auditListRead("reports.list", detail: "\(rows.count) rijen vanaf \(offset)") }
        return rows
    }

    public func ownCount(status: IncidentStatus? = nil) throws -> Int {
        let q = ownQuery(status: status)
        guard q.reportedBy != nil else { return 0 }
        return try session.read { try $0.countIncidents(q) }
    }

    /// A page of the queue, oldest first, with the number of reports it is a page of.
    public func rows(status: IncidentStatus?, offset: Int, limit: Int) throws -> [IncidentRow] {
        let q = query(status: status)
        return try listed(
            try q.scope.check(try session.read { try $0.incidents(q, offset: offset, limit: limit) }) {
                q.scope.admits(school: $0.schoolID)
            }, offset: offset)
    }

    public func count(status: IncidentStatus?) throws -> Int {
        try session.read { try $0.countIncidents(query(status: status)) }
    }

    /// A page of the queue (or, with `mine`, of the reports the account filed) and the number of
    /// reports it is a page of, from one read.
    public func page(status: IncidentStatus?, mine: Bool = false, offset: Int, limit: Int) throws -> ListPage<
        IncidentRow
    > {
        let q = mine ? ownQuery(status: status) : query(status: status)
        if mine, q.reportedBy == nil { return ListPage(rows: [], total: 0) }
        let (rows, total) = try session.read { r in
            (try r.incidents(q, offset: offset, limit: limit), try r.countIncidents(q))
        }
        let checked = try q.scope.check(rows) { q.scope.admits(school: $0.schoolID) }
        if !checked.isEmpty { try session.auditListRead("reports.list", detail: "\(checked.count) van \(total)") }
        return ListPage(rows: checked, total: total)
    }

    @discardableResult
    public func dismiss(_ id: IncidentID, reason: String) throws -> Saved<Void> {
        try session.write { tx in try dismiss(id, reason: reason, in: tx, at: tx.now) }
    }

    /// Several reports dismissed with one reason (reports marked in the queue), all or none: one
    /// that cannot be (triaged meanwhile, not there) is named, and none is dismissed.
    @discardableResult
    public func dismiss(_ ids: [IncidentID], reason: String) throws -> Saved<Void> {
        guard !ids.isEmpty else {
            throw CasusError.invalid("noem minstens één melding", "name at least one report")
        }
        guard Set(ids).count == ids.count else {
            throw CasusError.invalid(
                "een melding staat twee keer in de lijst; er is niets afgewezen",
                "a report is in the list twice; nothing was dismissed")
        }
        return try session.write { tx in
            for id in ids {
                do {
                    try dismiss(id, reason: reason, in: tx, at: tx.now)
                } catch let error as CasusError where ids.count > 1 {
                    throw error.appending(
                        Phrase(
                            "; geen van de \(ids.count) meldingen is afgewezen",
                            "; none of the \(ids.count) reports was dismissed"))
                }
            }
        }
    }

    /// The marked reports that are still new, dismissed with one reason; those another session
    /// triaged or dismissed meanwhile are left as they are and named (with their status). A report
    /// dismissed elsewhere while marked refused every bulk dismissal of the screen's queue, all or
    /// nothing (a review). Refused when none is new any more.
    public func dismissStillNew(_ ids: [IncidentID], reason: String) throws -> Saved<
        (dismissed: [IncidentID], handled: [(IncidentID, IncidentStatus)])
    > {
        guard Set(ids).count == ids.count, !ids.isEmpty else {
            let saved = try dismiss(ids, reason: reason)
            return saved.with((dismissed: ids, handled: [(IncidentID, IncidentStatus)]()))
        }
        return try session.write { tx in
            var dismissed: [IncidentID] = []
            var handled: [(IncidentID, IncidentStatus)] = []
            for id in ids {
                if let i = try tx.r.incident(id: id), session.reaches(school: i.schoolID), i.status != .new {
                    handled.append((id, i.status))
                    continue
                }
                try dismiss(id, reason: reason, in: tx, at: tx.now)
                dismissed.append(id)
            }
            guard !dismissed.isEmpty else {
                throw CasusError.refused(
                    "geen van de \(ids.count) meldingen is nog nieuw; er is niets afgewezen",
                    "none of the \(ids.count) reports is new any more; nothing was dismissed")
            }
            return (dismissed, handled)
        }
    }

    public func dismiss(_ id: IncidentID, reason: String, in tx: Transaction, at now: Timestamp) throws {
        try session.require(.triage)
        let why = reason.trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid(
                "afwijzen vraagt een reden (het veld Reden, of --reason); er is niets afgewezen",
                "dismissing needs a reason (the Reason field, or --reason); nothing was dismissed")
        }
        guard let i = try tx.r.incident(id: id), session.reaches(school: i.schoolID) else {
            throw Intake.noReport(id)
        }
        guard i.status == .new else {
            throw CasusError.refused(
                "melding \(id) is al \(i.status.label.nl)", "report \(id) is already \(i.status.label.en)")
        }
        let involved = try tx.r.reportForTriage(id: id)?.involved ?? []
        if Intake.isAbout(involved, actor) { throw Intake.noReport(id) }
        // Nor does a school's director dismiss one about the board they answer to: a director buried a
        // report about the bestuurder (a review); the raad van toezicht judges it.
        for subject in involved where subject.role == .subject {
            try CaseWorkflow.requireNotTheBoardsRecord(
                subject.person, actor: actor, tx.r,
                what: Phrase("een melding over hem of haar afwijzen", "dismissing a report about them"))
        }
        try tx.setIncident(id, status: .dismissed, reason: why, at: now)
        // The reason stays with the report, and leaves with it in a purge: copied into the audit
        // line, a reason naming a child's diagnosis outlived the child's dossier (a review).
        try tx.audit("incident.dismiss", detail: "melding \(id)", at: now)
    }

    /// The protocol's response to the size of the group a report involves (KOE 3A.11), if any.
    public func groupResponse(for incident: Incident, involved: [Involved]) throws -> GroupResponse.Level? {
        let pupils = involved.filter { $0.role == .subject && $0.person.kind == .pupil }.map(\.person)
        return LadderEngine.groupResponse(
            pupils: pupils, profile: try Directory(session: session).profile(for: incident.schoolID))
    }

    /// The articles the report most likely concerns, best first: conduct articles of the school's
    /// protocol that bind the kind of one of the report's subjects.
    public func suggestedArticles(for incident: Incident, involved: [Involved], limit: Int = 3) throws
        -> [ArticleSuggester.Suggestion]
    {
        try session.require(.triage)
        let profile = try Directory(session: session).profile(for: incident.schoolID)
        let kinds = Set(involved.filter { $0.role == .subject }.map { $0.person.kind.ladderKind })
        return ArticleSuggester.suggest(
            summary: incident.summary, platform: incident.platform, articles: profile.articles, kinds: kinds,
            limit: limit)
    }
}
