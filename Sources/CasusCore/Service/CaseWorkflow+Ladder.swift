extension CaseWorkflow {
    /// The engine's view of a case: ladder, suggestion, options with preconditions and obligations.
    public func assess(_ id: CaseID) throws -> LadderAssessment {
        let (h, profile, _) = try session.read { try history($0, id) }
        return LadderEngine.assess(h, profile: profile, today: session.today)
    }

    /// The same inside a transaction the caller holds (the demo generators).
    public func assess(_ id: CaseID, in tx: Transaction, on day: LocalDate) throws -> (CaseHistory, LadderAssessment) {
        let (h, profile, _) = try history(tx.r, id)
        return (h, LadderEngine.assess(h, profile: profile, today: day))
    }

    /// What the step dialog offers: the subject's ladder kind and the engine's options.
    public func stepOptions(_ id: CaseID) throws -> (SubjectKind, LadderAssessment) {
        try session.require(.decide)
        let (h, profile, _) = try session.read { try history($0, id) }
        return (h.kind, LadderEngine.assess(h, profile: profile, today: session.today))
    }

    /// A step taken, with the obligations it created and the letter template it calls for.
    public struct Stepped: Sendable {
        public var step: Step
        public var obligations: [Obligation]
        public var template: String?
    }

    /// Takes a step on the ladder. Refused (and nothing changed) when the law or the protocol
    /// does not allow it; otherwise the step, its obligations and any justification are one transaction.
    @discardableResult
    public func step(_ id: CaseID, _ request: StepRequest) throws -> Saved<Stepped> {
        try session.write { tx in try step(id, request, in: tx, at: tx.now) }
    }

    public func step(_ id: CaseID, _ request: StepRequest, in tx: Transaction, at now: Timestamp) throws -> Stepped {
        try session.require(.decide)
        let (h, profile, owner) = try history(tx.r, id)
        let plan = try LadderEngine.plan(request, h: h, profile: profile, actor: actor.account, at: now)
        return try record(plan, on: h, profile: profile, dossier: owner.id, in: tx, at: now).stepped
    }

    /// Writes a step the engine planned: the step, its obligations, the rung reached, the
    /// decision entry, and the audit line. The one way a step is saved (the district demo plans
    /// its steps with the same engine and saves them here). Returns the history after the step.
    public func record(
        _ plan: StepPlan, on h: CaseHistory, profile: ProtocolProfile, dossier: PersonID,
        in tx: Transaction, at now: Timestamp
    ) throws -> (stepped: Stepped, history: CaseHistory) {
        try session.require(.decide)
        let id = h.record.id
        let step = try tx.insert(step: plan.step)
        var after = h
        after.steps.append(step)
        let obligations = try plan.obligations.map {
            try tx.insert(
                obligation: Obligation(
                    caseID: id, kind: $0.kind, due: $0.due, note: $0.note,
                    isDeadlineForOthers: $0.forOthers), stepID: step.id, at: now)
        }
        after.obligations += obligations
        // The rung reached is a decision too: an event when it moves.
        let reached = LadderEngine.reached(
            after, ladder: LegalOrder.effective(profile.ladders.written(for: h.kind), kind: h.kind))
        if reached != h.record.rung {
            try tx.setRung(id, reached, at: now)
            after.record.rung = reached
        }
        if let decision = plan.decision {
            after.entries.append(try tx.append(decision, to: dossier, at: now))
        }
        try tx.audit(
            "case.step", person: dossier, case: id,
            detail: "\(h.record.number) \(step.rung.rawValue)" + (step.days.map { " \($0)d" } ?? ""), at: now)
        return (
            Stepped(
                step: step, obligations: obligations, template: LadderEngine.template(for: step.rung, kind: h.kind)),
            after
        )
    }

    /// Records an obligation as done, optionally pointing at the dossier entry that proves it.
    /// `ref` is the obligation's id or its kind (`aangifte`, `suspension-decision`).
    @discardableResult
    public func markDone(_ id: CaseID, obligation ref: String, entry: EntryID? = nil) throws -> Saved<Obligation> {
        try session.write { tx in try markDone(id, obligation: ref, entry: entry, in: tx, at: tx.now) }
    }

    public func markDone(_ id: CaseID, obligation ref: String, entry: EntryID?, in tx: Transaction, at now: Timestamp)
        throws -> Obligation
    {
        try session.require(.decide)
        let (h, _, owner) = try history(tx.r, id)
        guard h.record.status == .open else { throw CasusError.refused("de zaak is gesloten", "the case is closed") }
        let open = h.obligations.filter { !$0.isDone }
        let match: Obligation?
        if let n = ObligationID(ref) {
            match = h.obligations.first { $0.id == n }
        } else if let kind = ObligationKind(rawValue: ref) {
            match = open.first { $0.kind == kind } ?? h.obligations.first { $0.kind == kind }
        } else {
            match = nil
        }
        guard let o = match else {
            let list = open.map { "\($0.id) \($0.kind.rawValue)" }.joined(separator: ", ")
            throw CasusError.notFound(
                "verplichting '\(ref)' staat niet op zaak \(h.record.number)",
                "obligation '\(ref)' is not on case \(h.record.number)",
                hint: Phrase(
                    list.isEmpty ? "De zaak heeft geen open verplichtingen." : "Open: \(list)",
                    list.isEmpty ? "The case has no open obligations." : "Open: \(list)"))
        }
        guard !o.isDone else {
            throw CasusError.refused(
                "\(o.kind.label.nl) is al gedaan op \(o.doneAt!.dutch())",
                "\(o.kind.label.en) was already done on \(o.doneAt!.dutch())")
        }
        if let entry {
            guard let e = try tx.r.entry(id: entry), e.dossierID == owner.id else {
                throw CasusError.notFound(
                    "stuk \(entry) staat niet in het dossier van deze zaak",
                    "entry \(entry) is not in this case's dossier")
            }
        }
        return try complete(o, of: h.record, dossier: owner.id, entry: entry, in: tx, at: now)
    }

    /// Writes an obligation as done, with its audit line: the one way an obligation is ticked.
    @discardableResult
    public func complete(
        _ o: Obligation, of c: Case, dossier: PersonID, entry: EntryID?, via: String? = nil,
        in tx: Transaction, at now: Timestamp
    ) throws -> Obligation {
        try session.require(.decide)
        try tx.markDone(o, at: now, entry: entry)
        try tx.audit(
            "case.done", person: dossier, case: c.id,
            detail: "\(c.number) \(o.kind.rawValue)" + (via.map { " via \($0)" } ?? ""), at: now)
        var done = o
        done.doneAt = now
        done.doneBy = actor.account
        done.entryID = entry
        return done
    }

    /// Records that parents objected to a removal: the school must decide within 4 weeks.
    @discardableResult
    public func recordObjection(_ id: CaseID, receivedOn date: LocalDate) throws -> Saved<Obligation> {
        try session.require(.decide)
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            guard h.steps.contains(where: { $0.rung == .removal }) else {
                throw CasusError.refused(
                    "bezwaar hoort bij een verwijderingsbesluit; deze zaak heeft er geen",
                    "an objection belongs to a removal decision; this case has none")
            }
            let o = try tx.insert(
                obligation: Obligation(
                    caseID: id, kind: .objectionDecision, due: date.adding(days: 28),
                    note: "Bezwaar ontvangen op \(date.dutch)"), stepID: nil, at: tx.now)
            try tx.audit("case.objection", person: owner.id, case: id, detail: h.record.number)
            return o
        }
    }

    /// Closes a case. Refused while obligations of the school are open (the meldplicht's first).
    @discardableResult
    public func close(_ id: CaseID, reason: String) throws -> Saved<Void> {
        try session.write { tx in try close(id, reason: reason, in: tx, at: tx.now) }
    }

    public func close(_ id: CaseID, reason: String, in tx: Transaction, at now: Timestamp) throws {
        try session.require(.decide)
        let why = reason.trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid("sluiten vraagt een reden (--reason)", "closing needs a reason (--reason)")
        }
        let (h, _, owner) = try history(tx.r, id)
        guard h.record.status == .open else {
            throw CasusError.refused(
                "zaak \(h.record.number) is al gesloten", "case \(h.record.number) is already closed")
        }
        let blockers = LadderEngine.closeBlockers(h)
        if !blockers.isEmpty {
            throw CasusError(
                .refused,
                Phrase(
                    "zaak \(h.record.number) kan nog niet dicht: " + blockers.map(\.nl).joined(separator: "; "),
                    "case \(h.record.number) cannot be closed yet: " + blockers.map(\.en).joined(separator: "; ")),
                hint: Phrase(
                    "Leg elke verplichting vast met `casus case done \(h.record.number) --obligation SOORT`. Er is niets veranderd.",
                    "Record each obligation with `casus case done \(h.record.number) --obligation KIND`. Nothing was changed."
                ))
        }
        try tx.close(case: h.record, at: now, reason: why)
        try tx.audit("case.close", person: owner.id, case: id, detail: h.record.number, at: now)
    }

    /// Records aangifte or the report to the vertrouwensinspecteur: a dossier entry, and the
    /// obligation (if the case has one) marked done with it.
    @discardableResult
    public func recordEscalation(_ id: CaseID, kind: ObligationKind, body: String) throws -> Saved<DossierEntry> {
        try session.require(.decide)
        guard [.aangifte, .vertrouwensinspecteur, .boardReport].contains(kind) else {
            throw CasusError(
                .usage,
                Phrase(
                    "alleen aangifte, vertrouwensinspecteur of board-report",
                    "only aangifte, vertrouwensinspecteur or board-report"))
        }
        let text = body.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid("beschrijf wat er is gemeld", "describe what was reported")
        }
        return try session.write { tx in
            let (h, profile, owner) = try history(tx.r, id)
            guard h.record.status == .open else {
                throw CasusError.refused("de zaak is gesloten", "the case is closed")
            }
            if kind == .vertrouwensinspecteur, !h.record.flags.meldplicht,
                let vi = profile.escalations.vertrouwensinspecteur, !vi.qualifiedBy.contains(actor.role)
            {
                throw CasusError.refused(
                    "volgens het protocol meldt alleen \(vi.qualifiedBy.map { $0.label.nl }.joined(separator: " of ")) bij de vertrouwensinspecteur",
                    "under the protocol only the \(vi.qualifiedBy.map { $0.label.en }.joined(separator: " or ")) reports to the vertrouwensinspecteur"
                )
            }
            let (entryKind, title): (EntryKind, String) =
                switch kind {
                case .aangifte: (.decision, "Aangifte bij de politie")
                case .vertrouwensinspecteur: (.phone, "Telefoonnotitie vertrouwensinspecteur (0900-1113111)")
                default: (.note, "Melding aan het bevoegd gezag")
                }
            let entry = try tx.append(
                EntryDraft(kind: entryKind, title: title, body: text, caseID: id), to: owner.id, at: tx.now)
            if let o = h.obligations.first(where: { $0.kind == kind && !$0.isDone }) {
                try tx.markDone(o, at: tx.now, entry: entry.id)
            } else {
                _ = try tx.insert(
                    obligation: Obligation(
                        caseID: id, kind: kind, due: tx.now.localDate(), doneAt: tx.now,
                        doneBy: actor.account, entryID: entry.id), stepID: nil, at: tx.now)
            }
            try tx.audit("case.\(kind.rawValue)", person: owner.id, case: id, detail: h.record.number)
            return entry
        }
    }
}
