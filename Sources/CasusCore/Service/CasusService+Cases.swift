extension CasusService {
    /// Triage: one case about one subject of a report, with the protocol's articles and a severity.
    public func openCase(incident incidentID: IncidentID, subject subjectID: PersonID, articles: [String],
                         severity: Severity?, flags: CaseFlags = CaseFlags(), dossierPupil: PersonID? = nil,
                         summary: String? = nil) throws -> Case {
        try storage.write { w in
            try openCase(in: w, incident: incidentID, subject: subjectID, articles: articles, severity: severity,
                         flags: flags, dossierPupil: dossierPupil, summary: summary, at: clock.now())
        }
    }

    func openCase(in w: any StorageWriter, incident incidentID: IncidentID, subject subjectID: PersonID, articles: [String],
                  severity: Severity?, flags: CaseFlags, dossierPupil: PersonID?, summary: String?,
                  at now: Timestamp) throws -> Case {
        try AccessPolicy.require(actor, .triage)
        guard let incident = try w.incident(id: incidentID), scope.schoolID == nil || scope.schoolID == incident.schoolID else {
            throw CasusError.notFound("melding \(incidentID) bestaat niet", "report \(incidentID) does not exist")
        }
        guard incident.status != .dismissed else {
            throw CasusError.refused("melding \(incidentID) is afgewezen", "report \(incidentID) was dismissed")
        }
        let involved = try w.involved(incident: incidentID)
        guard let subject = involved.first(where: { $0.person.id == subjectID })?.person else {
            let names = involved.map { "\($0.person.id) \($0.person.name) (\($0.role.label.nl))" }.joined(separator: ", ")
            throw CasusError.refused("persoon \(subjectID) is niet betrokken bij melding \(incidentID)",
                                     "person \(subjectID) is not involved in report \(incidentID)",
                                     hint: Phrase("Betrokkenen: \(names)", "Involved: \(names)"))
        }
        if try w.cases(ofIncident: incidentID).contains(where: { $0.subjectID == subjectID }) {
            throw CasusError.refused("er is al een zaak over \(subject.name) bij melding \(incidentID)",
                                     "there already is a case about \(subject.name) for report \(incidentID)")
        }
        guard let school = try w.school(id: incident.schoolID) else {
            throw CasusError.notFound("school bestaat niet", "school does not exist")
        }
        let profile = try profiles.require(school.protocolID)
        let kind = subject.kind.ladderKind
        let chosen = try CaseRules.checkArticles(articles, profile: profile, kind: kind)
        try CaseRules.checkFlags(flags, subject: subject, profile: profile, actor: actor)
        let owner = try dossierOwner(for: subject, chosen: dossierPupil, w)
        let severityValue = severity ?? chosen.map(\.severity).max() ?? .medium
        let number = try w.nextCaseNumber(year: now.localDate().year)
        let text = summary?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty ?? incident.summary
        let record = try w.insert(case: Case(schoolID: school.id, number: number, incidentID: incidentID,
                                             subjectID: subject.id, dossierID: owner.id, profileID: profile.id,
                                             articles: chosen.map(\.id), severity: severityValue, flags: flags,
                                             summary: text, openedAt: now),
                                  openedBy: actor.account)
        for o in LadderEngine.obligationsAtOpening(record, subject: subject, profile: profile, on: now.localDate()) {
            _ = try w.insert(obligation: o, stepID: nil, at: now)
        }
        try w.refreshCaseSummary(case: record.id)
        if incident.status == .new {
            try w.setIncident(id: incidentID, status: .triaged, reason: nil, by: actor.account, at: now)
        }
        try audit(w, "case.open", person: owner.id, case: record.id, detail: number, at: now)
        return record
    }

    /// Whose dossier a case goes into (DESIGN.md §1): a parent's case goes into the child's.
    func dossierOwner(for subject: Person, chosen: PersonID?, _ r: any StorageReader) throws -> Person {
        guard subject.kind == .parent else {
            if let chosen, chosen != subject.id {
                throw CasusError(.usage, Phrase("--dossier past alleen bij een zaak over een ouder", "--dossier goes with a case about a parent only"))
            }
            return subject
        }
        let children = try r.children(ofParent: subject.id)
        if let chosen {
            guard let child = children.first(where: { $0.id == chosen }) else {
                throw CasusError.refused("\(chosen) is geen kind van \(subject.name)", "\(chosen) is not a child of \(subject.name)")
            }
            return child
        }
        switch children.count {
        case 0:
            throw CasusError.refused("\(subject.name) is niet gekoppeld aan een leerling; een zaak over een ouder komt in het leerlingdossier",
                                     "\(subject.name) is not linked to a pupil; a case about a parent goes into the pupil's dossier",
                                     hint: Phrase("Koppel de ouder met `casus people add --kind parent --guardian-of ID`.",
                                                  "Link the parent with `casus people add --kind parent --guardian-of ID`."))
        case 1:
            return children[0]
        default:
            let names = children.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
            throw CasusError(.usage, Phrase("\(subject.name) heeft meer kinderen op school; kies het dossier met --dossier ID (\(names))",
                                            "\(subject.name) has several children at school; choose the dossier with --dossier ID (\(names))"))
        }
    }
}

/// Checks on what a case is opened with.
public enum CaseRules {
    public static func checkArticles(_ ids: [String], profile: ProtocolProfile, kind: SubjectKind) throws -> [Article] {
        guard !ids.isEmpty else {
            throw CasusError.invalid("noem minstens één artikel van het protocol (--article)", "name at least one article of the protocol (--article)",
                                     hint: Phrase("`casus protocol show \(profile.id)` toont de artikelen.", "`casus protocol show \(profile.id)` lists the articles."))
        }
        var out: [Article] = []
        for id in ids {
            guard let a = profile.article(id) else {
                throw CasusError.invalid("artikel '\(id)' staat niet in het protocol van \(profile.name)",
                                         "article '\(id)' is not in the protocol of \(profile.name)",
                                         hint: Phrase("`casus protocol show \(profile.id)` toont de artikelen.", "`casus protocol show \(profile.id)` lists the articles."))
            }
            guard a.appliesTo.contains(kind) else {
                throw CasusError.refused("artikel \(id) (\(a.title)) geldt niet voor een \(kind.label.nl)",
                                         "article \(id) (\(a.title)) does not apply to a \(kind.label.en)")
            }
            if !out.contains(a) { out.append(a) }
        }
        return out
    }

    public static func checkFlags(_ flags: CaseFlags, subject: Person, profile: ProtocolProfile, actor: Actor) throws {
        if flags.meldplicht, !subject.kind.isPersonnel {
            throw CasusError.refused("de meldplicht geldt voor een mogelijk zedendelict door een medewerker; \(subject.name) is \(subject.kind.label.nl)",
                                     "the meldplicht is for a possible sexual offence by staff; \(subject.name) is a \(subject.kind.label.en)")
        }
        if flags.crossing {
            guard subject.kind.isPersonnel else {
                throw CasusError.refused("grensoverschrijdend gaat over communicatie door medewerkers", "grensoverschrijdend is about communication by staff")
            }
            if let vi = profile.escalations.vertrouwensinspecteur, !vi.qualifiedBy.contains(actor.role) {
                let who = vi.qualifiedBy.map { $0.label.nl }.joined(separator: " of ")
                let whoEn = vi.qualifiedBy.map { $0.label.en }.joined(separator: " or ")
                throw CasusError.refused("volgens het protocol van \(profile.name) kwalificeert alleen \(who) communicatie als grensoverschrijdend",
                                         "under the protocol of \(profile.name) only the \(whoEn) qualifies communication as grensoverschrijdend")
            }
        }
    }
}

extension CasusService {
    /// Triage in one transaction: one case per chosen subject, each with the chosen articles that
    /// bind it. All are opened, or none.
    public func triage(incident: IncidentID, subjects: [PersonID], articles: [String], severity: Severity?,
                       flags: CaseFlags) throws -> [Case] {
        let now = clock.now()
        return try storage.write { w in
            let involved = try w.involved(incident: incident)
            guard let school = try w.incident(id: incident).flatMap({ try w.school(id: $0.schoolID) }) else {
                throw CasusError.notFound("melding \(incident) bestaat niet", "report \(incident) does not exist")
            }
            let profile = try profiles.require(school.protocolID)
            return try subjects.map { id in
                guard let person = involved.first(where: { $0.person.id == id })?.person else {
                    throw CasusError.refused("persoon \(id) is niet betrokken bij melding \(incident)", "person \(id) is not involved in report \(incident)")
                }
                let kind = person.kind.ladderKind
                let own = articles.filter { profile.article($0)?.appliesTo.contains(kind) ?? false }
                guard !own.isEmpty else {
                    throw CasusError.refused("geen van de gekozen artikelen geldt voor \(person.name) (\(person.kind.label.nl))",
                                             "none of the chosen articles applies to \(person.name) (\(person.kind.label.en))")
                }
                // A parent's case goes into the dossier of the child involved in the report, if one is.
                var dossier: PersonID?
                if person.kind == .parent {
                    let children = Set(try w.children(ofParent: person.id).map(\.id))
                    dossier = involved.first { children.contains($0.person.id) }?.person.id
                }
                var personFlags = flags
                if !person.kind.isPersonnel { personFlags.crossing = false; personFlags.meldplicht = false }
                return try openCase(in: w, incident: incident, subject: id, articles: own, severity: severity, flags: personFlags,
                                    dossierPupil: dossier, summary: nil, at: now)
            }
        }
    }

    /// What the triage screen shows: the report, who is involved, the protocol's articles and a proposal.
    public func triageContext(_ id: IncidentID) throws -> (Incident, [Involved], ProtocolProfile, [String], Bool, GroupResponse.Level?) {
        let (incident, involved) = try self.incident(id)
        let profile = try profile(for: incident.schoolID)
        let kinds = Set(involved.filter { $0.role == .subject }.map { $0.person.kind.ladderKind })
        let suggested = ArticleSuggester.suggest(summary: incident.summary, platform: incident.platform, articles: profile.articles, kinds: kinds)
        let crossingAllowed = profile.escalations.vertrouwensinspecteur.map { $0.qualifiedBy.contains(actor.role) } ?? true
        return (incident, involved, profile, suggested, crossingAllowed, try groupResponse(for: incident, involved: involved))
    }
}
