extension CaseWorkflow {
    /// An IB writes care notes: told so, with how, not "mag dit niet: brieven en notities
    /// vastleggen" (a review), on a case and in a dossier alike.
    static func requireWritesNotes(_ actor: Actor, kind: EntryKind) throws {
        guard !AccessPolicy.allows(actor, .correspond), AccessPolicy.allows(actor, .careNote) else { return }
        throw CasusError.refused(
            "uw rol (\(actor.role.label.nl)) schrijft zorgnotities, geen \(kind.label.nl); er is niets opgeslagen",
            "your role (\(actor.role.label.en)) writes care notes, not a \(kind.label.en); nothing was saved",
            hint: Phrase("Schrijf hem als zorgnotitie: --kind care.", "Write it as a care note: --kind care."))
    }

    /// Adds a note, meeting note, phone note, e-mail copy or letter to a case's dossier.
    /// An IB may add care notes only, and correct its own; a correction must point at an entry of
    /// the same dossier. A meeting note records the day the meeting took place (`heldOn`, today
    /// when not given): the law's hearings count from that day (issue 16, item 9).
    @discardableResult
    public func addEntry(
        _ id: CaseID, kind: EntryKind, title: String? = nil, body: String, heard: [HeardParty] = [],
        corrects: EntryID? = nil, evidence: [EvidenceFile] = [], heldOn: LocalDate? = nil
    ) throws -> Saved<DossierEntry> {
        if kind != .care, kind != .correction { try Self.requireWritesNotes(actor, kind: kind) }
        // A correction's right depends on what it corrects: asked with the entry, in the write.
        if kind != .correction { try session.require(kind == .care ? .careNote : .correspond) }
        let text = body.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "een stuk zonder tekst wordt niet opgeslagen", "an entry without text is not saved")
        }
        try kind.check(corrects: corrects)
        if !heard.isEmpty, kind != .meeting {
            throw CasusError.invalid(
                "--heard hoort bij een gespreksverslag (--kind meeting)",
                "--heard goes with a meeting note (--kind meeting)")
        }
        if heldOn != nil, kind != .meeting {
            throw CasusError.invalid(
                "--held-on hoort bij een gespreksverslag (--kind meeting)",
                "--held-on goes with a meeting note (--kind meeting)")
        }
        let held = kind == .meeting ? heldOn ?? session.today : nil
        if let held, held > session.today {
            throw CasusError.invalid(
                "het gesprek kan niet op \(held.dutch) zijn gehouden: die dag moet nog komen",
                "the meeting cannot have taken place on \(held.dutch): that day is still to come",
                hint: Phrase(
                    "Geef de dag van het gesprek (vandaag of eerder). Er is niets opgeslagen.",
                    "Give the day of the meeting (today or earlier). Nothing was saved."))
        }
        return try session.write { tx in
            try addEntry(
                id, kind: kind, title: title, body: text, heard: heard, corrects: corrects, evidence: evidence,
                heldOn: held, in: tx, at: tx.now)
        }
    }

    /// `heldOn`: for a meeting note, the day of the meeting, kept as a `meetingHeld` fact on the
    /// case that points at the note (nil: no date of its own; its recording day stands for it).
    public func addEntry(
        _ id: CaseID, kind: EntryKind, title: String?, body text: String, heard: [HeardParty],
        corrects: EntryID?, evidence: [EvidenceFile], heldOn: LocalDate? = nil, in tx: Transaction,
        at now: Timestamp
    ) throws -> DossierEntry {
        // The note's place in the dossier is asked for with the case's first read.
        try tx.willAppend(toCase: id)
        let (c, _, owner) = try visibleCase(tx.r, id)
        if !heard.isEmpty {
            // Each party once, and one the case has: "groepsleerkracht, groepsleerkracht", and the
            // parents heard in an employee's case, were filed (a review).
            let kind = try tx.r.person(id: c.subjectID)?.kind.ladderKind ?? .pupil
            let fits = HeardParty.parties(for: kind)
            let list = fits.map(\.rawValue).joined(separator: ", ")
            let hint = Phrase("Kies uit: \(list), elk één keer.", "Choose from: \(list), each once.")
            if let wrong = heard.first(where: { !fits.contains($0) }) {
                throw CasusError.invalid(
                    "\(wrong.label.nl) wordt niet gehoord in een zaak over een \(kind.label.nl); er is niets opgeslagen",
                    "\(wrong.label.en) is not heard in a case about a \(kind.label.en); nothing was saved", hint: hint)
            }
            var seen = Set<HeardParty>()
            if let twice = heard.first(where: { !seen.insert($0).inserted }) {
                throw CasusError.invalid(
                    "\(twice.label.nl) staat twee keer bij wie gehoord is; er is niets opgeslagen",
                    "\(twice.label.en) is given twice among those heard; nothing was saved", hint: hint)
            }
        }
        if let corrects {
            guard let old = try tx.r.entry(id: corrects), old.dossierID == owner.id else {
                throw CasusError.notFound(
                    "stuk \(corrects) staat niet in dit dossier", "entry \(corrects) is not in this dossier")
            }
            try Dossiers.requireRightToCorrect(old, session: session)
        } else if kind == .correction {
            try session.require(.correspond)
        }
        // A meeting note says in its title when the meeting was (the dossier lists entries by when they were written).
        let defaultTitle =
            "\(kind.label.nl.capitalizedFirst)" + (heldOn.map { " van \($0.dutch)" } ?? "") + " — zaak \(c.number)"
        let draft = EntryDraft(
            kind: kind, title: title?.trimmed.nilIfEmpty ?? defaultTitle, body: text, caseID: id,
            corrects: corrects, heard: heard, evidence: evidence)
        // A meeting about the case is held after what it is about: the day it happened, else the
        // day it was reported. A hearing dated 2019 was filed in a case opened today, and the
        // hearing counts from its day (found by a review).
        if kind == .meeting, let heldOn, let incident = try tx.r.incident(id: c.incidentID) {
            let first = incident.firstMeetingDay
            if heldOn < first {
                let what =
                    incident.happenedOn == nil
                    ? Phrase("de melding kwam binnen op \(first.dutch)", "it was reported on \(first.dutch)")
                    : Phrase("het voorval was op \(first.dutch)", "it happened on \(first.dutch)")
                throw CasusError.invalid(
                    "een gesprek over zaak \(c.number) is niet vóór \(first.dutch) gehouden: \(what.nl); er is niets opgeslagen",
                    "a meeting about case \(c.number) was not held before \(first.dutch): \(what.en); nothing was saved",
                    hint: Phrase(
                        "Geef de dag van het gesprek met --held-on JJJJ-MM-DD (op of na \(first.dutch)).",
                        "Give the day of the meeting with --held-on YYYY-MM-DD (on or after \(first.dutch))."))
            }
        }
        let entry = try tx.append(draft, to: owner.id, at: now)
        if kind == .meeting, let heldOn {
            // The meeting's day in the audit log beside its note (a fact is a decision's ground).
            try tx.audit(
                "case.\(FactKind.meetingHeld.rawValue)", person: owner.id, case: id,
                detail: "\(c.number) \(heldOn.iso)", at: now)
            _ = try tx.insert(
                fact: CaseFact(
                    caseID: id, kind: .meetingHeld, date: heldOn, value: heard.map(\.rawValue).joined(separator: ","),
                    at: now, actor: actor.account, entryID: entry.id))
        }
        return entry
    }
}
