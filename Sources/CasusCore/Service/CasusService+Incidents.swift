extension CasusService {
    /// A new report in the triage queue. Teachers may file; the subjects must be known people.
    public func reportIncident(summary: String, platform: String?, subjects: [PersonID], victims: [PersonID] = [],
                               witnesses: [PersonID] = [], reporter: PersonID? = nil, schoolID: SchoolID? = nil) throws -> Incident {
        try storage.write { w in
            try reportIncident(in: w, summary: summary, platform: platform, subjects: subjects, victims: victims,
                               witnesses: witnesses, reporter: reporter, schoolID: schoolID, at: clock.now())
        }
    }

    func reportIncident(in w: any StorageWriter, summary: String, platform: String?, subjects: [PersonID],
                        victims: [PersonID], witnesses: [PersonID], reporter: PersonID?, schoolID: SchoolID?,
                        at now: Timestamp) throws -> Incident {
        try AccessPolicy.require(actor, .reportIncident)
        let text = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw CasusError.invalid("de melding heeft een omschrijving nodig (--summary)", "the report needs a summary (--summary)")
        }
        guard !subjects.isEmpty else {
            throw CasusError.invalid("noem minstens één betrokkene (--subject ID)", "name at least one subject (--subject ID)",
                                     hint: Phrase("`casus people list` toont de nummers.", "`casus people list` shows the ids."))
        }
        let school = try targetSchool(w, schoolID)
        var involved: [(PersonID, Involvement)] = []
        for (ids, role) in [(subjects, Involvement.subject), (victims, .victim), (witnesses, .witness),
                            (reporter.map { [$0] } ?? [], .reporter)] {
            for id in ids {
                guard let p = try w.person(id: id), p.schoolID == school.id else {
                    throw CasusError.notFound("persoon \(id) bestaat niet op \(school.name)", "person \(id) does not exist at \(school.name)",
                                              hint: Phrase("`casus people list` toont de nummers.", "`casus people list` shows the ids."))
                }
                involved.append((p.id, role))
            }
        }
        let reporterName = try reporter.flatMap { try w.person(id: $0)?.name } ?? actor.displayName
        let incident = try w.insert(incident: Incident(schoolID: school.id, reportedAt: now, summary: text,
                                                       platform: platform?.trimmingCharacters(in: .whitespaces).nilIfEmpty,
                                                       reporterName: reporterName),
                                    involved: involved, reportedBy: actor.account)
        try audit(w, "incident.add", detail: "melding \(incident.id)", at: now)
        return incident
    }

    public func incident(_ id: IncidentID) throws -> (Incident, [Involved]) {
        try AccessPolicy.require(actor, .readTriageQueue)
        return try storage.read { r in
            guard let i = try r.incident(id: id), scope.schoolID == nil || scope.schoolID == i.schoolID else {
                throw CasusError.notFound("melding \(id) bestaat niet", "report \(id) does not exist")
            }
            return (i, try r.involved(incident: id))
        }
    }

    public func dismissIncident(_ id: IncidentID, reason: String) throws {
        try storage.write { w in try dismissIncident(in: w, id, reason: reason, at: clock.now()) }
    }

    func dismissIncident(in w: any StorageWriter, _ id: IncidentID, reason: String, at now: Timestamp) throws {
        try AccessPolicy.require(actor, .triage)
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw CasusError.invalid("afwijzen vraagt een reden (--reason)", "dismissing needs a reason (--reason)")
        }
        guard let i = try w.incident(id: id), scope.schoolID == nil || scope.schoolID == i.schoolID else {
            throw CasusError.notFound("melding \(id) bestaat niet", "report \(id) does not exist")
        }
        guard i.status == .new else {
            throw CasusError.refused("melding \(id) is al \(i.status.label.nl)", "report \(id) is already \(i.status.label.en)")
        }
        try w.setIncident(id: id, status: .dismissed, reason: why, by: actor.account, at: now)
        try audit(w, "incident.dismiss", detail: "melding \(id): \(why)", at: now)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension CasusService {
    /// The protocol's response to the size of the group a report involves (KOE 3A.11), if any.
    public func groupResponse(for incident: Incident, involved: [Involved]) throws -> GroupResponse.Level? {
        let pupils = involved.filter { $0.role == .subject && $0.person.kind == .pupil }.map(\.person)
        return LadderEngine.groupResponse(pupils: pupils, profile: try profile(for: incident.schoolID))
    }
}
