/// Letters from the templates in Config/templates: drafted from a case, edited by the director,
/// filed in the dossier.
public struct Letters: Sendable {
    let session: Session
    var actor: Actor { session.actor }

    /// A letter from a template, filled in with the case's data: the text the director then edits.
    public func draft(case id: CaseID, template: LetterTemplate) throws -> String {
        try session.require(.correspond)
        let detail = try CaseWorkflow(session: session).detail(id)
        try Self.check(template, fits: detail.subject)
        let parents = try session.read { try $0.guardians(ofPupil: detail.dossierOwner.id) }
        let phone = detail.profile.escalations.vertrouwensinspecteur?.phone ?? "0900-1113111"
        return template.render(
            LetterContext.build(
                detail, parents: parents, signer: actor, today: session.today,
                vertrouwensinspecteurPhone: phone))
    }

    static func check(_ template: LetterTemplate, fits subject: Person) throws {
        let kind = subject.kind.ladderKind
        guard template.appliesTo.contains(kind) else {
            let for_ = template.appliesTo.map { $0.label.nl }.joined(separator: " of ")
            let forEn = template.appliesTo.map { $0.label.en }.joined(separator: " or ")
            throw CasusError.refused(
                "het sjabloon ‘\(template.title)’ hoort bij een zaak over een \(for_), niet over een \(kind.label.nl)",
                "the template ‘\(template.title)’ is for a case about a \(forEn), not a \(kind.label.en)")
        }
    }

    /// A filed letter and the obligations it fulfilled.
    public struct Filed: Sendable {
        public var entry: DossierEntry
        public var done: [Obligation]
    }

    /// Files the (edited) letter in the case's dossier and marks the obligation it fulfils done.
    @discardableResult
    public func file(case id: CaseID, template: LetterTemplate, body: String) throws -> Saved<Filed> {
        try session.require(.correspond)
        let text = body.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "de brief is leeg; er is niets opgeslagen", "the letter is empty; nothing was saved")
        }
        let cases = CaseWorkflow(session: session)
        return try session.write { tx in
            let (h, _, owner) = try cases.history(tx.r, id)
            try Self.check(template, fits: h.subject)
            let entry = try tx.append(
                EntryDraft(
                    kind: template.entryKind, title: "\(template.title) — zaak \(h.record.number)",
                    body: text, caseID: id), to: owner.id, at: tx.now)
            var done: [Obligation] = []
            if h.record.status == .open {
                for o in h.obligations where !o.isDone && template.fulfils.contains(o.kind) {
                    done.append(
                        try cases.complete(
                            o, of: h.record, dossier: owner.id, entry: entry.id, via: template.id, in: tx, at: tx.now))
                }
            }
            return Filed(entry: entry, done: done)
        }
    }

    /// The seal a filed letter carries when it leaves casus: the letter's own entry and the
    /// event chain's head now.
    public func seal(entry id: EntryID) throws -> Seal {
        try session.require(.correspond)
        return try session.read { r in
            guard let e = try r.entry(id: id), let owner = try r.person(id: e.dossierID),
                AccessPolicy.maySeeDossier(of: owner, actor: actor), e.kind == .letter
            else {
                throw CasusError(
                    .notFound,
                    Phrase(
                        "er is geen brief met stuk-id \(id) die u mag zien",
                        "there is no letter with entry id \(id) you may see"))
            }
            return Seal(
                .letter, dossier: e.dossierID, entry: ChainHead(seq: e.seq, hash: e.hash), event: try r.eventHead())
        }
    }
}
