extension Dossiers {
    /// The whole dossier for an inzage request, with other pupils' names redacted and the chain's
    /// hashes; the export itself is recorded in the audit log.
    public func export(_ person: PersonID, format: DossierExport.Format) throws -> String {
        try session.require(.export)
        let now = session.clock.now()
        let scope = session.scope
        let export = try session.read { r -> DossierExport in
            guard let p = try r.person(id: person), AccessPolicy.maySeeDossier(of: p, actor: actor),
                p.kind == .pupil || p.kind.isPersonnel
            else { throw Self.noSuchDossier(person) }
            let entries = try r.entries(dossier: person, offset: 0, limit: Int.max)
            var walker = DossierChain.Walker()
            if let t = try r.tombstones().last(where: { $0.dossierID == person }) {
                walker = DossierChain.Walker(prev: t.lastHash, nextSeq: t.lastSeq + 1)
            }
            let sound = entries.allSatisfy { walker.check($0) == nil }
            let cases = try r.cases(CaseQuery(scope: scope, dossierID: person), offset: 0, limit: Int.max)
            let own = try cases.reversed().compactMap { row -> DossierExport.CaseSummary? in
                guard let c = try r.caseRecord(id: row.id) else { return nil }
                let kind = (try r.person(id: c.subjectID))?.kind.ladderKind ?? .pupil
                let steps = try r.steps(case: c.id).map { s in
                    "\(s.date.dutch) \(s.rung.label(for: kind).nl)" + (s.days.map { " (\($0) schooldagen)" } ?? "")
                        + ": \(s.reason)"
                }
                return .init(
                    number: c.number, status: c.status.label.nl, subject: row.subjectName, articles: c.articles,
                    steps: steps,
                    summary: c.summary)
            }
            // Other pupils named in this dossier's reports: their full and first names are hidden.
            var names: [String] = []
            for c in own {
                guard let id = try r.caseID(number: c.number), let rec = try r.caseRecord(id: id) else { continue }
                for inv in try r.involved(incident: rec.incidentID)
                where inv.person.kind == .pupil && inv.person.id != person {
                    names += [
                        inv.person.name, inv.person.firstName,
                        [inv.person.firstName, inv.person.lastName].joined(separator: " "),
                    ]
                }
            }
            let school = try r.school(id: p.schoolID)?.name ?? ""
            let pupils = try r.people(
                PeopleQuery(
                    scope: Scope(schoolID: p.schoolID, pupilDossiers: true, staffDossiers: false), kinds: [.pupil]),
                offset: 0, limit: Int.max
            ).filter { $0.id != person }
            names += pupils.map(\.name)
            let parents = p.kind == .pupil ? try r.guardians(ofPupil: person) : []
            return DossierExport(
                school: school, person: p, entitled: DossierExport.entitled(p, parents: parents, on: now.localDate()),
                exportedAt: now, exportedBy: actor.displayName, entries: entries, cases: own, chainSound: sound,
                redactor: Redactor(names: names, keep: [p.name, p.firstName]),
                seal: Seal(dossier: person, entry: try r.chainHead(dossier: person), event: try r.eventHead()))
        }
        let text = try export.render(format)
        _ = try session.write(at: now) { tx in
            try tx.audit(
                "dossier.export", person: person, detail: "\(format.rawValue), \(export.entries.count) stukken")
        }
        return text
    }
}
