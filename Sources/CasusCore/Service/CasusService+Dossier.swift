extension CasusService {
    /// Adds a note, meeting note, phone note, e-mail copy or letter to a case's dossier.
    /// An IB may add care notes only; a correction must point at an entry of the same dossier.
    @discardableResult
    public func addEntry(case id: CaseID, kind: EntryKind, title: String? = nil, body: String,
                         heard: [HeardParty] = [], corrects: EntryID? = nil, evidence: [EvidenceFile] = []) throws -> DossierEntry {
        try AccessPolicy.require(actor, kind == .care ? .careNote : .correspond)
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw CasusError.invalid("een stuk zonder tekst wordt niet opgeslagen", "an entry without text is not saved")
        }
        if kind == .correction, corrects == nil {
            throw CasusError.invalid("een correctie wijst het stuk aan dat zij corrigeert (--corrects ID)",
                                     "a correction names the entry it corrects (--corrects ID)")
        }
        if !heard.isEmpty, kind != .meeting {
            throw CasusError.invalid("--heard hoort bij een gespreksverslag (--kind meeting)", "--heard goes with a meeting note (--kind meeting)")
        }
        return try storage.write { w in
            try addEntry(in: w, case: id, kind: kind, title: title, body: text, heard: heard, corrects: corrects,
                         evidence: evidence, at: clock.now())
        }
    }

    func addEntry(in w: any StorageWriter, case id: CaseID, kind: EntryKind, title: String?, body text: String,
                  heard: [HeardParty], corrects: EntryID?, evidence: [EvidenceFile], at now: Timestamp) throws -> DossierEntry {
        let (h, _, owner) = try history(w, id)
        if let corrects {
            guard let old = try w.entry(id: corrects), old.dossierID == owner.id else {
                throw CasusError.notFound("stuk \(corrects) staat niet in dit dossier", "entry \(corrects) is not in this dossier")
            }
        }
        let defaultTitle = "\(kind.label.nl.capitalizedFirst) — zaak \(h.record.number)"
        let draft = EntryDraft(kind: kind, title: title?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty ?? defaultTitle,
                               body: text, caseID: id, corrects: corrects, heard: heard, evidence: evidence)
        return try appendEntry(w, draft, to: owner.id, at: now)
    }
}

extension CasusService {
    /// Every dossier entry is appended here: the chain, and an audit line whose `seq=` lets
    /// `verify` notice a dossier that lost its last entries.
    func appendEntry(_ w: any StorageWriter, _ draft: EntryDraft, to dossier: PersonID, at now: Timestamp) throws -> DossierEntry {
        let entry = try w.append(draft, dossier: dossier, author: actor.account, authorName: actor.displayName, at: now)
        try audit(w, "entry.append", person: dossier, case: draft.caseID, detail: "seq=\(entry.seq) kind=\(draft.kind.rawValue)", at: now)
        return entry
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension CasusService {
    /// A letter from a template, filled in with the case's data: the text the director then edits.
    public func draftLetter(case id: CaseID, template: LetterTemplate) throws -> String {
        try AccessPolicy.require(actor, .correspond)
        let detail = try caseDetail(id)
        try Self.check(template, fits: detail.subject)
        let parents = try storage.read { try $0.guardians(ofPupil: detail.dossierOwner.id) }
        let phone = detail.profile.escalations.vertrouwensinspecteur?.phone ?? "0900-1113111"
        return template.render(LetterContext.build(detail, parents: parents, signer: actor, today: today, vertrouwensinspecteurPhone: phone))
    }

    static func check(_ template: LetterTemplate, fits subject: Person) throws {
        let kind = subject.kind.ladderKind
        guard template.appliesTo.contains(kind) else {
            let for_ = template.appliesTo.map { $0.label.nl }.joined(separator: " of ")
            let forEn = template.appliesTo.map { $0.label.en }.joined(separator: " or ")
            throw CasusError.refused("het sjabloon ‘\(template.title)’ hoort bij een zaak over een \(for_), niet over een \(kind.label.nl)",
                                     "the template ‘\(template.title)’ is for a case about a \(forEn), not a \(kind.label.en)")
        }
    }

    /// Files the (edited) letter in the case's dossier and marks the obligation it fulfils done.
    @discardableResult
    public func addLetter(case id: CaseID, template: LetterTemplate, body: String) throws -> (DossierEntry, [Obligation]) {
        try AccessPolicy.require(actor, .correspond)
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw CasusError.invalid("de brief is leeg; er is niets opgeslagen", "the letter is empty; nothing was saved")
        }
        let now = clock.now()
        return try storage.write { w in
            let (h, _, owner) = try history(w, id)
            try Self.check(template, fits: h.subject)
            let entry = try appendEntry(w, EntryDraft(kind: template.entryKind, title: "\(template.title) — zaak \(h.record.number)",
                                                      body: text, caseID: id), to: owner.id, at: now)
            var done: [Obligation] = []
            if h.record.status == .open {
                for o in h.obligations where !o.isDone && template.fulfils.contains(o.kind) {
                    try w.markDone(obligation: o.id, at: now, by: actor.account, entry: entry.id)
                    try audit(w, "case.done", person: owner.id, case: id, detail: "\(h.record.number) \(o.kind.rawValue) via \(template.id)", at: now)
                    done.append(o)
                }
                try w.refreshCaseSummary(case: id)
            }
            return (entry, done)
        }
    }
}
