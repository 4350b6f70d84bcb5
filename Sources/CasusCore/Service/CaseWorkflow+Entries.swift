extension CaseWorkflow {
    /// Adds a note, meeting note, phone note, e-mail copy or letter to a case's dossier.
    /// An IB may add care notes only; a correction must point at an entry of the same dossier.
    @discardableResult
    public func addEntry(
        _ id: CaseID, kind: EntryKind, title: String? = nil, body: String, heard: [HeardParty] = [],
        corrects: EntryID? = nil, evidence: [EvidenceFile] = []
    ) throws -> Saved<DossierEntry> {
        try session.require(kind == .care ? .careNote : .correspond)
        let text = body.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "een stuk zonder tekst wordt niet opgeslagen", "an entry without text is not saved")
        }
        if kind == .correction, corrects == nil {
            throw CasusError.invalid(
                "een correctie wijst het stuk aan dat zij corrigeert (--corrects ID)",
                "a correction names the entry it corrects (--corrects ID)")
        }
        if !heard.isEmpty, kind != .meeting {
            throw CasusError.invalid(
                "--heard hoort bij een gespreksverslag (--kind meeting)",
                "--heard goes with a meeting note (--kind meeting)")
        }
        return try session.write { tx in
            try addEntry(
                id, kind: kind, title: title, body: text, heard: heard, corrects: corrects, evidence: evidence,
                in: tx, at: tx.now)
        }
    }

    public func addEntry(
        _ id: CaseID, kind: EntryKind, title: String?, body text: String, heard: [HeardParty],
        corrects: EntryID?, evidence: [EvidenceFile], in tx: Transaction, at now: Timestamp
    ) throws -> DossierEntry {
        let (c, _, owner) = try visibleCase(tx.r, id)
        if let corrects {
            guard let old = try tx.r.entry(id: corrects), old.dossierID == owner.id else {
                throw CasusError.notFound(
                    "stuk \(corrects) staat niet in dit dossier", "entry \(corrects) is not in this dossier")
            }
        }
        let defaultTitle = "\(kind.label.nl.capitalizedFirst) — zaak \(c.number)"
        let draft = EntryDraft(
            kind: kind, title: title?.trimmed.nilIfEmpty ?? defaultTitle, body: text, caseID: id,
            corrects: corrects, heard: heard, evidence: evidence)
        return try tx.append(draft, to: owner.id, at: now)
    }
}
