extension CasusService {
    /// Loads what the engine needs about a case, checking the actor may see it.
    func history(_ r: any StorageReader, _ id: CaseID) throws -> (CaseHistory, ProtocolProfile, Person) {
        guard let c = try r.caseRecord(id: id), let subject = try r.person(id: c.subjectID),
              let owner = try r.person(id: c.dossierID), AccessPolicy.maySee(c, dossierOwner: owner, actor: actor),
              scope.schoolID == nil || scope.schoolID == c.schoolID
        else { throw CasusService.noSuchCase(id) }
        let profile = try profiles.require(c.profileID)
        let h = CaseHistory(record: c, subject: subject, steps: try r.steps(case: id), obligations: try r.obligations(case: id),
                            entries: try r.entries(case: id), subjectCases: try r.cases(aboutSubject: subject.id),
                            incidentReportedAt: try r.incident(id: c.incidentID)?.reportedAt)
        return (h, profile, owner)
    }

    /// The engine's view of a case: ladder, suggestion, options with preconditions and obligations.
    public func assess(_ id: CaseID) throws -> LadderAssessment {
        let (h, profile, _) = try storage.read { try history($0, id) }
        return LadderEngine.assess(h, profile: profile, today: today)
    }

    /// Takes a step on the ladder. Refused (and nothing changed) when the law or the protocol
    /// does not allow it; otherwise the step, its obligations and any justification are one transaction.
    @discardableResult
    public func step(_ id: CaseID, _ request: StepRequest) throws -> (Step, [Obligation]) {
        try storage.write { w in try step(in: w, id, request, at: clock.now()) }
    }

    func step(in w: any StorageWriter, _ id: CaseID, _ request: StepRequest, at now: Timestamp) throws -> (Step, [Obligation]) {
        try AccessPolicy.require(actor, .decide)
        let (h, profile, owner) = try history(w, id)
        let plan = try LadderEngine.plan(request, h: h, profile: profile, actor: actor.account, at: now)
        let step = try w.insert(step: plan.step)
        let obligations = try plan.obligations.map {
            try w.insert(obligation: Obligation(caseID: id, kind: $0.kind, due: $0.due, note: $0.note,
                                                isDeadlineForOthers: $0.forOthers), stepID: step.id, at: now)
        }
        var after = h
        after.steps.append(step)
        try w.setRung(case: id, LadderEngine.reached(after, ladder: LegalOrder.effective(profile.ladders.written(for: h.kind), kind: h.kind)))
        if let decision = plan.decision {
            _ = try appendEntry(w, decision, to: owner.id, at: now)
        }
        try w.refreshCaseSummary(case: id)
        try audit(w, "case.step", person: owner.id, case: id,
                  detail: "\(h.record.number) \(step.rung.rawValue)" + (step.days.map { " \($0)d" } ?? ""), at: now)
        return (step, obligations)
    }

    /// Records an obligation as done, optionally pointing at the dossier entry that proves it.
    /// `ref` is the obligation's id or its kind (`aangifte`, `suspension-decision`).
    @discardableResult
    public func markDone(_ id: CaseID, obligation ref: String, entry: EntryID? = nil) throws -> Obligation {
        try storage.write { w in try markDone(in: w, id, obligation: ref, entry: entry, at: clock.now()) }
    }

    func markDone(in w: any StorageWriter, _ id: CaseID, obligation ref: String, entry: EntryID?, at now: Timestamp) throws -> Obligation {
        try AccessPolicy.require(actor, .decide)
        let (h, _, owner) = try history(w, id)
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
            throw CasusError.notFound("verplichting '\(ref)' staat niet op zaak \(h.record.number)",
                                      "obligation '\(ref)' is not on case \(h.record.number)",
                                      hint: Phrase(list.isEmpty ? "De zaak heeft geen open verplichtingen." : "Open: \(list)",
                                                   list.isEmpty ? "The case has no open obligations." : "Open: \(list)"))
        }
        guard !o.isDone else {
            throw CasusError.refused("\(o.kind.label.nl) is al gedaan op \(o.doneAt!.dutch())",
                                     "\(o.kind.label.en) was already done on \(o.doneAt!.dutch())")
        }
        if let entry {
            guard let e = try w.entry(id: entry), e.dossierID == owner.id else {
                throw CasusError.notFound("stuk \(entry) staat niet in het dossier van deze zaak",
                                          "entry \(entry) is not in this case's dossier")
            }
        }
        try w.markDone(obligation: o.id, at: now, by: actor.account, entry: entry)
        try w.refreshCaseSummary(case: id)
        try audit(w, "case.done", person: owner.id, case: id, detail: "\(h.record.number) \(o.kind.rawValue)", at: now)
        var done = o
        done.doneAt = now
        done.doneBy = actor.account
        done.entryID = entry
        return done
    }

    /// Records that parents objected to a removal: the school must decide within 4 weeks.
    public func recordObjection(_ id: CaseID, receivedOn date: LocalDate) throws -> Obligation {
        try AccessPolicy.require(actor, .decide)
        let now = clock.now()
        return try storage.write { w in
            let (h, _, owner) = try history(w, id)
            guard h.steps.contains(where: { $0.rung == .removal }) else {
                throw CasusError.refused("bezwaar hoort bij een verwijderingsbesluit; deze zaak heeft er geen",
                                         "an objection belongs to a removal decision; this case has none")
            }
            let o = try w.insert(obligation: Obligation(caseID: id, kind: .objectionDecision, due: date.adding(days: 28),
                                                        note: "Bezwaar ontvangen op \(date.dutch)"), stepID: nil, at: now)
            try w.refreshCaseSummary(case: id)
            try audit(w, "case.objection", person: owner.id, case: id, detail: h.record.number)
            return o
        }
    }

    /// Closes a case. Refused while obligations of the school are open (the meldplicht's first).
    public func close(_ id: CaseID, reason: String) throws {
        try storage.write { w in try close(in: w, id, reason: reason, at: clock.now()) }
    }

    func close(in w: any StorageWriter, _ id: CaseID, reason: String, at now: Timestamp) throws {
        try AccessPolicy.require(actor, .decide)
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw CasusError.invalid("sluiten vraagt een reden (--reason)", "closing needs a reason (--reason)") }
        let (h, _, owner) = try history(w, id)
        guard h.record.status == .open else { throw CasusError.refused("zaak \(h.record.number) is al gesloten", "case \(h.record.number) is already closed") }
        let blockers = LadderEngine.closeBlockers(h)
        if !blockers.isEmpty {
            throw CasusError(.refused, Phrase("zaak \(h.record.number) kan nog niet dicht: " + blockers.map(\.nl).joined(separator: "; "),
                                              "case \(h.record.number) cannot be closed yet: " + blockers.map(\.en).joined(separator: "; ")),
                             hint: Phrase("Leg elke verplichting vast met `casus case done \(h.record.number) --obligation SOORT`. Er is niets veranderd.",
                                          "Record each obligation with `casus case done \(h.record.number) --obligation KIND`. Nothing was changed."))
        }
        try w.close(case: id, at: now, by: actor.account, reason: why)
        try audit(w, "case.close", person: owner.id, case: id, detail: h.record.number, at: now)
    }

    /// Records aangifte or the report to the vertrouwensinspecteur: a dossier entry, and the
    /// obligation (if the case has one) marked done with it.
    public func recordEscalation(_ id: CaseID, kind: ObligationKind, body: String) throws -> DossierEntry {
        try AccessPolicy.require(actor, .decide)
        guard [.aangifte, .vertrouwensinspecteur, .boardReport].contains(kind) else {
            throw CasusError(.usage, Phrase("alleen aangifte, vertrouwensinspecteur of board-report", "only aangifte, vertrouwensinspecteur or board-report"))
        }
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CasusError.invalid("beschrijf wat er is gemeld", "describe what was reported") }
        let now = clock.now()
        return try storage.write { w in
            let (h, profile, owner) = try history(w, id)
            guard h.record.status == .open else { throw CasusError.refused("de zaak is gesloten", "the case is closed") }
            if kind == .vertrouwensinspecteur, !h.record.flags.meldplicht,
               let vi = profile.escalations.vertrouwensinspecteur, !vi.qualifiedBy.contains(actor.role) {
                throw CasusError.refused("volgens het protocol meldt alleen \(vi.qualifiedBy.map { $0.label.nl }.joined(separator: " of ")) bij de vertrouwensinspecteur",
                                         "under the protocol only the \(vi.qualifiedBy.map { $0.label.en }.joined(separator: " or ")) reports to the vertrouwensinspecteur")
            }
            let (entryKind, title): (EntryKind, String) = switch kind {
            case .aangifte: (.decision, "Aangifte bij de politie")
            case .vertrouwensinspecteur: (.phone, "Telefoonnotitie vertrouwensinspecteur (0900-1113111)")
            default: (.note, "Melding aan het bevoegd gezag")
            }
            let entry = try appendEntry(w, EntryDraft(kind: entryKind, title: title, body: text, caseID: id), to: owner.id, at: now)
            if let o = h.obligations.first(where: { $0.kind == kind && !$0.isDone }) {
                try w.markDone(obligation: o.id, at: now, by: actor.account, entry: entry.id)
            } else {
                _ = try w.insert(obligation: Obligation(caseID: id, kind: kind, due: now.localDate(), doneAt: now,
                                                        doneBy: actor.account, entryID: entry.id), stepID: nil, at: now)
            }
            try w.refreshCaseSummary(case: id)
            try audit(w, "case.\(kind.rawValue)", person: owner.id, case: id, detail: h.record.number)
            return entry
        }
    }
}
