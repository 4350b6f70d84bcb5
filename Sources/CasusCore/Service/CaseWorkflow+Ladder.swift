extension CaseWorkflow {
    /// The engine's view of a case: ladder, suggestion, options with preconditions and obligations.
    public func assess(_ id: CaseID) throws -> LadderAssessment {
        let (h, profile, _) = try session.read { try history($0, id) }
        return LadderEngine.assess(h, profile: profile, today: session.today, at: session.clock.now())
    }

    /// The same inside a transaction the caller holds (the demo generators).
    public func assess(_ id: CaseID, in tx: Transaction, on day: LocalDate) throws -> (CaseHistory, LadderAssessment) {
        let (h, profile, _) = try history(tx.r, id)
        return (h, LadderEngine.assess(h, profile: profile, today: day))
    }

    /// What the step dialog offers: the subject's ladder kind and the engine's options.
    public func stepOptions(_ id: CaseID) throws -> (SubjectKind, LadderAssessment) {
        try session.require(.decide)
        // The dialog says a suspension's days as the step will take them: after one in another
        // case about the pupil too (it named days the step did not take, a review).
        let (h, profile, _) = try session.read { r in try stepHistory(r, id, for: nil) }
        var assessment = LadderEngine.assess(h, profile: profile, today: session.today, at: session.clock.now())
        assessment.basis = StepBasis(h)
        return (h.kind, assessment)
    }

    /// The step as it would be taken now, nothing written: its days, or the refusal the step
    /// would give. The dialog asks this before its "Vastleggen: …?", so what it says is what the
    /// step records and a refused step is refused before the director confirms it (the line named
    /// days of its own reckoning, and a start in the past was confirmed and then refused, reviews).
    public func preview(_ id: CaseID, _ request: StepRequest) throws -> StepPlan {
        try session.require(.decide)
        let now = session.clock.now()
        return try session.read { r in
            let (h, profile, _) = try stepHistory(r, id, for: request.rung)
            try Self.requireAsSeen(h, request.basis, r)
            return try LadderEngine.plan(request, h: h, profile: profile, actor: actor.account, at: now)
        }
    }

    /// The open duties whose letter is filed in their decision's window, waiting for its sending
    /// (a letter known by casus's own template titles).
    static func lettersFiled(_ h: CaseHistory) -> Set<ObligationID> {
        let letters = h.entries.filter { $0.kind == .letter }
        return Set(
            h.obligations.filter { o in
                !o.isDone
                    && letters.contains { e in
                        template(e.title, nil)?.fulfils.contains(o.kind) == true
                            && decisionWindow(o, in: h).holds(e.at)
                    }
            }.map(\.id))
    }

    /// A step taken, with the obligations it created and the letter template it calls for.
    public struct Stepped: Sendable {
        public var step: Step
        public var obligations: [Obligation]
        public var template: String?
        /// How it was planned ("begins after the Christmas holiday").
        public var notices: [Phrase] = []
    }

    /// Takes a step on the ladder. Refused (and nothing changed) when the law or the protocol
    /// does not allow it; otherwise the step, its obligations and any justification are one transaction.
    @discardableResult
    public func step(_ id: CaseID, _ request: StepRequest) throws -> Saved<Stepped> {
        try session.write { tx in try step(id, request, in: tx, at: tx.now) }
    }

    public func step(_ id: CaseID, _ request: StepRequest, in tx: Transaction, at now: Timestamp) throws -> Stepped {
        try session.require(.decide)
        // A step is saved or nothing is: its id travels with the reads (a refusal rolls it back).
        try tx.willInsert([.step: 1])
        let (h, profile, owner) = try stepHistory(tx.r, id, for: request.rung)
        try Self.requireNotTheBoard(
            h.subject, tx.r,
            hint: Phrase(
                "Leg de zaak voor aan de raad van toezicht en sluit haar hier (`casus case close \(h.record.number) --outcome …`).",
                "Put the case to the raad van toezicht and close it here (`casus case close \(h.record.number) --outcome …`)."
            ))
        try Self.requireAsSeen(h, request.basis, tx.r)
        let plan = try LadderEngine.plan(request, h: h, profile: profile, actor: actor.account, at: now)
        return try record(plan, on: h, profile: profile, dossier: owner.id, in: tx, at: now).stepped
    }

    /// The case as a step of `rung` (nil: any, the step dialog) is planned on, with what it must
    /// follow in the subject's other cases: a suspension there (two cases, one pupil, the same
    /// days suspended twice), a measure in calendar days there. Read only where the rung needs it.
    func stepHistory(_ r: any StorageReader, _ id: CaseID, for rung: Rung?) throws -> (
        CaseHistory, ProtocolProfile, Person
    ) {
        var (h, profile, owner) = try history(r, id)
        if rung == nil || rung == .summaryDismissal { h.lettersFiled = Self.lettersFiled(h) }
        if rung == nil || rung == .suspension { h.suspensionsElsewhere = try Self.suspensionsElsewhere(h, r) }
        if rung.map({ LegalLayer.length(of: $0, kind: h.kind) == .calendarDays }) ?? true {
            h.measuresElsewhere = try Self.measuresElsewhere(h, r)
        }
        return (h, profile, owner)
    }

    /// The last day of a suspension in the subject's other cases. Only the cases that reached a
    /// suspension (or went on to a removal) can hold one.
    static func suspensionsElsewhere(_ h: CaseHistory, _ r: any StorageReader) throws -> [Step] {
        guard h.kind == .pupil else { return [] }
        let others = h.subjectCases.filter { $0.id != h.record.id && [.suspension, .removal].contains($0.rung) }
        return try others.flatMap { try r.steps(case: $0.id) }.filter {
            $0.rung == .suspension && $0.phase == .decision
        }
    }

    /// The decisions of a measure in calendar days in the subject's other cases, closed ones too (a
    /// measure may run past a close) (`CaseHistory.measuresElsewhere`); none when the case has no
    /// such measure to take.
    static func measuresElsewhere(_ h: CaseHistory, _ r: any StorageReader) throws -> [Step] {
        try measuresElsewhere(of: h.subjectCases, besides: h.record.id, kind: h.kind, r)
    }

    /// As above, from the subject's cases as read (`cases(aboutSubject:)`).
    static func measuresElsewhere(of cases: [Case], besides id: CaseID, kind: SubjectKind, _ r: any StorageReader)
        throws -> [Step]
    {
        let rungs = Rung.allCases.filter { LegalLayer.length(of: $0, kind: kind) == .calendarDays }
        guard !rungs.isEmpty else { return [] }
        return try cases.filter { $0.id != id }.flatMap { try r.steps(case: $0.id) }.filter {
            rungs.contains($0.rung) && $0.phase == .decision
        }
    }

    /// A decision is taken on the case as the director saw it (`basis`; nil: as it is read now), or
    /// not at all.
    static func requireAsSeen(_ h: CaseHistory, _ basis: StepBasis?, _ r: any StorageReader) throws {
        guard let seen = basis, seen != StepBasis(h) else { return }
        // Who took the step, by name as the staff know each other ("door root", a review).
        let account = h.steps.last?.actor ?? ""
        let name = try r.user(account: account)?.personID.flatMap { try r.person(id: $0)?.name } ?? account
        throw movedOn(h, seen: seen, by: name)
    }

    /// The case changed between the director's look at its steps and the save.
    static func movedOn(_ h: CaseHistory, seen: StepBasis, by name: String) -> CasusError {
        let last = h.steps.last
        let now: Phrase =
            h.record.status == .closed
            ? Phrase("hij is gesloten", "it is closed")
            : last.flatMap { st in st.id == seen.lastStep ? nil : st }.map { st in
                Phrase(
                    "nu: \(st.rung.label(for: h.kind).nl) door \(name) (\(st.at.dutch()))",
                    "now: \(st.rung.label(for: h.kind).en) by \(name) (\(st.at.dutch()))")
            } ?? Phrase("zijn artikelen of ernst zijn herzien", "its articles or severity were reconsidered")
        return CasusError(
            .refused,
            Phrase(
                "zaak \(h.record.number) is gewijzigd sinds u de stappen bekeek (\(now.nl)); er is niets opgeslagen",
                "case \(h.record.number) changed since you looked at its steps (\(now.en)); nothing was saved"),
            hint: Phrase(
                // Said of a close and a reclassification too ("kies de stap opnieuw" of a close, a review).
                "Bekijk de zaak zoals hij nu is en beslis opnieuw.",
                "Look at the case as it is now and decide again."),
            staleState: true)
    }

    /// Writes a step the engine planned: the step, its obligations, the facts it establishes, the
    /// rung reached, the decision entry, and the audit line. The one way a step is saved (the
    /// district demo plans its steps with the same engine and saves them here). Returns the
    /// history after the step.
    public func record(
        _ plan: StepPlan, on h: CaseHistory, profile: ProtocolProfile, dossier: PersonID,
        in tx: Transaction, at now: Timestamp
    ) throws -> (stepped: Stepped, history: CaseHistory) {
        try session.require(.decide)
        let id = h.record.id
        // Every id the step needs, and the decision's place in the dossier, drawn together.
        try tx.willInsert([.step: 1, .obligation: plan.obligations.count, .caseFact: plan.facts.count])
        if plan.decision != nil { try tx.willAppend(to: dossier) }
        let step = try tx.insert(step: plan.step)
        var after = h
        after.steps.append(step)
        let obligations = try plan.obligations.map {
            try tx.insert(obligation: $0.obligation(case: id), stepID: step.id, at: now)
        }
        after.obligations += obligations
        for f in plan.facts {
            after.facts.append(
                try tx.insert(
                    fact: CaseFact(
                        caseID: id, kind: f.kind, date: now.localDate(), value: f.value, note: f.note, at: now,
                        actor: actor.account)))
        }
        // The rung reached is a decision too: an event when it moves.
        let reached = LadderEngine.recorded(after, under: profile)
        if reached != h.record.rung {
            try tx.setRung(id, reached, at: now)
            after.record.rung = reached
        }
        if let decision = plan.decision {
            after.entries.append(try tx.append(decision, to: dossier, at: now))
        }
        // Which record, not what it says (DESIGN §5, Retention): the rung, an outcome, a care
        // note's kind outlived a purged pupil's dossier in the log for good (a review). The step
        // says it while the dossier lives. Its line before the duties it answers, each with its
        // own: written after them, a step answering two stood after the second's event, and
        // `verify` read the save as a line removed (a summary dismissal, a review).
        try tx.audit("case.step", person: dossier, case: id, detail: "\(h.record.number) stap \(step.id)", at: now)
        for o in plan.answers {
            let done = try complete(
                o, of: h.record, dossier: dossier, entry: nil, via: "step \(step.id)", in: tx, at: now)
            after.obligations = after.obligations.map { $0.id == o.id ? done : $0 }
        }
        if h.kind == .staff, step.rung == .summaryDismissal, step.phase == .decision {
            try lapseElsewhere(after: step, of: h, dossier: dossier, in: tx, at: now)
        }
        return (
            Stepped(
                step: step, obligations: obligations,
                template: LadderEngine.template(for: step.rung, kind: h.kind, phase: step.phase),
                notices: plan.notices),
            after
        )
    }

    /// A summary dismissal ends the employment, not one case: the employee's other open cases lose
    /// their undecided voornemens and the duties that ended with it (`StepPlan.lapsed`), each fact
    /// and duty with its own line naming its case, in the dismissal's save. A second case still
    /// asked for the ordemaatregel's letter, promising salary, and a request to the kantonrechter
    /// after the dismissal in the first (a review).
    func lapseElsewhere(after step: Step, of h: CaseHistory, dossier: PersonID, in tx: Transaction, at now: Timestamp)
        throws
    {
        for c in h.subjectCases where c.id != h.record.id && c.status == .open {
            var other = Self.history(
                c, subject: h.subject, owner: h.subject, parts: try tx.r.caseParts(of: c, sendings: false))
            other.lettersFiled = Self.lettersFiled(other)
            // The employment ends with this step: an ordemaatregel of the other case that was to begin
            // after it never began, and is no measure on its record (LadderEngine.recorded).
            other.endedElsewhere = LadderEngine.EmploymentEnd(
                caseNumber: h.record.number, date: step.date, caseOpen: true, bySummaryDismissal: true)
            let lapse = StepPlan.lapsed(bySummaryDismissalOn: step.date, elsewhere: h.record.number, in: other)
            try tx.willInsert([.caseFact: lapse.facts.count])
            var inserted: [CaseFact] = []
            for f in lapse.facts {
                let fact = try tx.insert(
                    fact: CaseFact(
                        caseID: c.id, kind: f.kind, date: now.localDate(), value: f.value, note: f.note, at: now,
                        actor: actor.account))
                inserted.append(fact)
                // The rung the case reached moves under the last fact's line, which stands for it.
                if inserted.count == lapse.facts.count {
                    try settleRung(other, adding: inserted, lapsing: lapse.duties, in: tx, at: now)
                }
                try tx.audit(
                    "case.\(f.kind.rawValue)", person: dossier, case: c.id, detail: "\(c.number) feit \(fact.id)",
                    at: now)
            }
            for o in lapse.duties {
                try complete(o, of: c, dossier: dossier, entry: nil, via: "step \(step.id)", in: tx, at: now)
            }
        }
    }

    /// The rung a case reached once `facts` are recorded on it and `duties` lapsed: a dismissal whose
    /// consent or court request lapsed with a summary dismissal terminated nothing, and a reprimand
    /// or suspension whose besluit lapsed unsent was never imposed; neither counts any more
    /// (`CaseHistory.standingDecisions`): the case read "ontslag" and could be closed only as
    /// founded, "de maatregel staat" (a legal review). Written under the line of a lapse.
    func settleRung(
        _ h: CaseHistory, adding facts: [CaseFact], lapsing duties: [Obligation], in tx: Transaction, at now: Timestamp
    ) throws {
        guard facts.contains(where: { $0.kind == .dutyLapsed }) else { return }
        var after = h
        after.facts += facts
        // The duties as they will be, done with their lapse (written after the line that stands for the rung).
        let ids = Set(duties.map(\.id))
        after.obligations = after.obligations.map { o in
            guard ids.contains(o.id) else { return o }
            var done = o
            done.doneAt = now
            return done
        }
        let profile = try session.profiles.require(h.record.profileID)
        let reached = LadderEngine.recorded(after, under: profile)
        if reached != h.record.rung { try tx.setRung(h.record.id, reached, at: now) }
    }

    /// Records an obligation as done, optionally pointing at the dossier entry that proves it.
    /// `ref` is the obligation's id or its kind (`aangifte`, `suspension-decision`).
    /// `day`: the day it happened, where the law counts from it (a consent's date, the day the
    /// employee was told of the right to revoke it); nil: today.
    /// `letters`: the library a written decision's letter is read by (which template it is).
    @discardableResult
    /// `waived`: the objection's documents were left out with the parents' consent (Awb art. 7:4
    /// lid 5), `entry` the note that says so.
    public func markDone(
        _ id: CaseID, obligation ref: String, entry: EntryID? = nil, on day: LocalDate? = nil,
        letters: LetterLibrary? = nil, waived: Bool = false
    ) throws -> Saved<Obligation> {
        try session.write { tx in
            try markDone(
                id, obligation: ref, entry: entry, on: day, letters: letters, waived: waived, in: tx, at: tx.now)
        }
    }

    /// As `markDone`, with the lapse that took the duty where it lapsed with the employment rather
    /// than being done: `casus case done` says "Vervallen" of it, read in the save (it read the whole
    /// case again, with a line in the log, to word its answer).
    public func tick(
        _ id: CaseID, obligation ref: String, entry: EntryID? = nil, on day: LocalDate? = nil,
        letters: LetterLibrary? = nil, waived: Bool = false
    ) throws -> Saved<(obligation: Obligation, lapse: CaseFact?)> {
        try session.write { tx in
            let o = try markDone(
                id, obligation: ref, entry: entry, on: day, letters: letters, waived: waived, in: tx, at: tx.now)
            return (o, o.lapse(in: try tx.r.facts(case: id)))
        }
    }

    public func markDone(
        _ id: CaseID, obligation ref: String, entry: EntryID?, on day: LocalDate? = nil, letters: LetterLibrary? = nil,
        waived: Bool = false, in tx: Transaction, at now: Timestamp
    ) throws -> Obligation {
        try session.require(.decide)
        let (h, _, owner) = try history(tx.r, id)
        // A closed case's one obligation is an inzage request's answer (recorded after the close).
        let open = h.obligations.filter { !$0.isDone && (h.record.status == .open || $0.kind == .inzageAnswer) }
        // What the director may tick: a term that runs for someone else is not theirs to end.
        let tickable = open.filter { !$0.isDeadlineForOthers }
        let match: Obligation?
        if let n = ObligationID(ref) {
            match = h.obligations.first { $0.id == n }
        } else if let kind = ObligationKind(rawValue: ref) {
            match = open.first { $0.kind == kind } ?? h.obligations.first { $0.kind == kind }
        } else {
            match = nil
        }
        guard let o = match else {
            let list = tickable.map { "\($0.id) \($0.kind.rawValue)" }.joined(separator: ", ")
            throw CasusError.notFound(
                "verplichting '\(ref)' staat niet op zaak \(h.record.number)",
                "obligation '\(ref)' is not on case \(h.record.number)",
                hint: Phrase(
                    list.isEmpty ? "De zaak heeft geen open verplichtingen." : "Open: \(list)",
                    list.isEmpty ? "The case has no open obligations." : "Open: \(list)"))
        }
        guard h.record.status == .open || o.kind == .inzageAnswer else {
            throw CasusError.refused("de zaak is gesloten", "the case is closed")
        }
        // The parents' consent to leave out the documents' week (Awb art. 7:4 lid 5), recorded after
        // the duty was ticked: the decision waited for a second hearing with no way to record it (a
        // review).
        if waived, o.isDone, o.kind == .objectionDocuments {
            try Self.requireDocumentsRecord(o, entry: entry, waived: true, in: h, tx.r, at: now)
            // Not the invitation the duty was ticked with (it says the documents lie open, not that the
            // parents agreed to leave them out), and once (both were taken, and the chain said twice
            // that the parents consented, a review).
            if let objection = h.objection,
                h.facts.contains(where: { $0.kind == .inspectionWaived && $0.at >= objection.at })
            {
                throw CasusError.refused(
                    "de instemming van de ouders is al vastgelegd; er is niets veranderd",
                    "the parents' consent is already recorded; nothing was changed")
            }
            if entry == o.entryID {
                throw CasusError.refused(
                    "stuk \(entry.map(String.init) ?? "") is het stuk waarmee de terinzagelegging is afgevinkt, niet de instemming van de ouders; er is niets veranderd",
                    "entry \(entry.map(String.init) ?? "") is the one the documents were ticked with, not the parents' consent; nothing was changed",
                    hint: Phrase(
                        "Leg de instemming vast in een notitie en geef die met --entry.",
                        "Record the consent in a note and give that with --entry."))
            }
            try recordWaiver(entry, h, owner: owner, in: tx, at: now)
            return o
        }
        guard !o.isDone else {
            throw CasusError.refused(
                "\(o.kind.label.nl) is al gedaan op \(o.doneAt!.dutch())",
                "\(o.kind.label.en) was already done on \(o.doneAt!.dutch())")
        }
        // A duty the employment's end made moot, its letter filed but never sent before the summary
        // dismissal: ticked, it lapses (the letter may not go out after it, and the case could not
        // be closed but by recording a sending that never happened, a legal review).
        if entry == nil, StepPlan.endsWithEmployment(o, in: h),
            // A summary dismissal makes none of these duties itself: any is of a measure before it.
            // This case's, or another's about the employee (`lapseElsewhere`).
            let dismissal = h.summaryDismissal
        {
            let fact = try tx.insert(
                fact: CaseFact(
                    caseID: h.record.id, kind: .dutyLapsed, date: now.localDate(), value: o.kind.rawValue,
                    note: StepPlan.lapseNote(o.kind, on: dismissal.date, elsewhere: dismissal.elsewhere), at: now,
                    actor: actor.account))
            try settleRung(h, adding: [fact], lapsing: [o], in: tx, at: now)
            try tx.audit(
                "case.\(FactKind.dutyLapsed.rawValue)", person: owner.id, case: h.record.id,
                detail: "\(h.record.number) feit \(fact.id)", at: now)
            return try complete(o, of: h.record, dossier: owner.id, entry: nil, in: tx, at: now)
        }
        // A term that runs for someone else (the parents' objection period, the employee's term to
        // respond, to withdraw consent, to go to court) ends on its day, or with what it waits for
        // recorded: ticked by hand, a director decided on a reprimand two weeks before the employee's
        // term to respond ended (found by a review).
        if o.isDeadlineForOthers {
            throw CasusError.refused(
                "\(o.kind.label.nl) vinkt u niet af: die termijn loopt voor een ander, tot en met \(o.due.dutch)"
                    + (o.note.isEmpty ? "" : " (\(o.remark.nl))") + "; er is niets veranderd",
                "\(o.kind.label.en) is not yours to tick: that term runs for someone else, up to and including \(o.due.iso)"
                    + (o.note.isEmpty ? "" : " (\(o.remark.en))") + "; nothing was changed",
                hint: Self.endOfTerm(o.kind, h.record.number))
        }
        // Another school's admission makes a removal final (WPO art. 40 lid 11, WVO 2020 art. 8.15,
        // WEC art. 40): it is recorded with the school and its day (`acceptedElsewhere`), after the
        // Inspectie's consult in VO, and brings the written report of the final removal; a revoked
        // removal ends the duty by `removalRevoked`. Ticked here, bare it is refused, and with an
        // entry only once the pupil has left, an entry written after the decision (not its own
        // letter). Ticked bare, or with the decision itself, the hearing, the objection's note or a
        // letter deciding the objection whatever it said, a removal in force closed with no school
        // named (reviews).
        if o.kind == .otherSchool {
            guard let entry else {
                throw CasusError.refused(
                    "\(o.kind.label.nl) vinkt u niet zonder meer af: leg vast welke school de leerling toelaat, dan is hij gedaan; er is niets veranderd",
                    "\(o.kind.label.en) is not ticked off bare: record which school admits the pupil and it is done; nothing was changed",
                    hint: Phrase(
                        "`casus case accept \(h.record.number) --school NAAM` (of r in de zaak). Gaat de verwijdering niet door: herroepen (het bezwaar gegrond) met `casus case revoke \(h.record.number) --reason TEKST`; de leerling vertrokken: `casus case done \(h.record.number) --obligation other-school --entry STUK`.",
                        "`casus case accept \(h.record.number) --school NAME` (or r on the case). If the removal does not go ahead: revoked (the objection upheld) with `casus case revoke \(h.record.number) --reason TEXT`; the pupil gone: `casus case done \(h.record.number) --obligation other-school --entry ENTRY`."
                    ))
            }
            let decided = h.decisions.last { $0.rung == .removal }?.at
            let written = try tx.r.entry(id: entry)
            // Gone by the day the entry was written, and by today.
            let gone =
                owner.leftOn.map { left in
                    left <= now.localDate() && written.map { left <= $0.at.localDate() } == true
                } ?? false
            let isDecisionLetter = h.obligations.contains { $0.kind == .removalDecision && $0.entryID == entry }
            guard let decided, let written, written.at > decided, !isDecisionLetter, gone else {
                throw CasusError.refused(
                    "de verwijdering staat: \(o.kind.label.nl) eindigt met een toelating, met het herroepen van de verwijdering, of na het vertrek van de leerling met een stuk van daarna; er is niets veranderd",
                    "the removal stands: \(o.kind.label.en) ends with an admission, with the removal revoked, or after the pupil left with an entry written since; nothing was changed",
                    hint: Phrase(
                        "`casus case accept \(h.record.number) --school NAAM`; `casus case revoke \(h.record.number) --reason TEKST` (het bezwaar gegrond, of heroverwogen); of eerst het vertrek (`casus people leave \(owner.id) --on JJJJ-MM-DD`), dan een stuk dat dat zegt.",
                        "`casus case accept \(h.record.number) --school NAME`; `casus case revoke \(h.record.number) --reason TEXT` (the objection upheld, or reconsidered); or first the leaving (`casus people leave \(owner.id) --on YYYY-MM-DD`), then an entry that says so."
                    ))
            }
        }
        // A breach's assessment is done by recording it (what, whom, report or not): it is the
        // register's entry (AVG art. 33 lid 5). Ticked off bare, the duty read done with nothing to show.
        if o.kind == .breachAssessment || o.kind == .breachRegister {
            throw CasusError.refused(
                "\(o.kind.label.nl) vinkt u niet af: leg de beoordeling vast, dan is hij gedaan",
                "\(o.kind.label.en) is not ticked off: record the assessment and it is done",
                hint: Phrase(
                    "`casus case breach \(h.record.number) --report ja|nee --note TEKST`, of r (vastleggen) in de zaak.",
                    "`casus case breach \(h.record.number) --report yes|no --note TEXT`, or r (record) on the case."))
        }
        // Special education: no decision on the objection before the inspecteur was consulted.
        if o.kind == .objectionDecision, let consult = open.first(where: { $0.kind == .objectionConsult }) {
            throw CasusError(
                .refused,
                Phrase(
                    "op het bezwaar beslist u nog niet: \(consult.remark.nl); er is niets veranderd",
                    "you do not decide on the objection yet: \(consult.remark.en); nothing was changed"),
                hint: Phrase(
                    "Leg het overleg vast: `casus case done \(h.record.number) --obligation \(ObligationKind.objectionConsult.rawValue)`.",
                    "Record the consultation: `casus case done \(h.record.number) --obligation \(ObligationKind.objectionConsult.rawValue)`."
                ))
        }
        if o.kind == .objectionDecision {
            try Self.requireObjectionHeard(h, at: now, sendings: try tx.r.letterSendings(dossier: owner.id))
        }
        if o.kind.isNotice { try Self.requireNoticeRecord(o, entry: entry, in: h, letters: letters, tx.r) }
        if o.kind == .objectionDocuments || waived {
            try Self.requireDocumentsRecord(o, entry: entry, waived: waived, in: h, tx.r, at: now)
        }
        let madeKnown =
            o.kind.isDoneByLetter
            ? try Self.writtenDecisionSent(o, entry: entry, in: h, owner: owner, letters: letters, tx.r) : nil
        if let entry {
            guard let e = try tx.r.entry(id: entry), e.dossierID == owner.id else {
                throw CasusError.notFound(
                    "stuk \(entry) staat niet in het dossier van deze zaak",
                    "entry \(entry) is not in this case's dossier")
            }
        }
        let on = try Self.dayDone(day, of: o, in: h, today: now.localDate())
        let done = try complete(o, of: h.record, dossier: owner.id, entry: entry, in: tx, at: now)
        // Made known as by its letter sent (`letter sent`): the term to object runs from there.
        if let madeKnown, o.kind.isWrittenDecision { try Letters.madeKnown(o, on: madeKnown, in: h, tx) }
        if waived { try recordWaiver(entry, h, owner: owner, in: tx, at: now) }
        if o.kind == .dismissalConsent {
            // The fact first: the server ends a term that runs for the employee only beside what ends it.
            try insert(
                CaseFact(
                    caseID: h.record.id, kind: .consentGiven, date: on, at: now, actor: actor.account, entryID: entry),
                of: h, owner: owner, in: tx)
            try Self.consentGiven(on: on, in: h, entry: entry, at: now, tx)
        }
        if o.kind == .revocationNotice { try Self.revocationToldOf(o, on: on, in: h, tx) }
        // A registered letter ticked by hand (it went another way first, then registered, as the
        // refusals advise) is one that reached the employee no earlier than today: the term to
        // respond runs from there as from a sending (it stayed, and the besluit followed the next
        // day, a review).
        if o.kind == .registeredLetter { _ = try Letters.respondTermFromSending(o, sentOn: now.localDate(), in: h, tx) }
        return done
    }

    /// The decision on an objection to a removal waits for the hearing on it (`LegalLayer
    /// .objectionHearings`): ticked by hand, or by its letter filed.
    /// `sendings`: the dossier's letters sent, by entry (an invitation counts from its sending).
    static func requireObjectionHeard(
        _ h: CaseHistory, at now: Timestamp, sendings: [EntryID: LetterSending] = [:]
    ) throws {
        // Not while the Geschillencommissie has the dispute (WPO art. 43 lid 4: "niet dan nadat de
        // commissie heeft geoordeeld"): the decision was ticked beside the open opinion (a review).
        if let asked = h.disputePending {
            let source = Law.dispute(h.legal.sector).bracketed
            throw CasusError.refused(
                "op het bezwaar beslist u pas als de Geschillencommissie passend onderwijs heeft geoordeeld (voorgelegd op \(asked.date.dutch))\(source.nl); er is niets veranderd",
                "you decide on the objection only once the Geschillencommissie passend onderwijs has given its opinion (put to it on \(asked.date.iso))\(source.en); nothing was changed",
                hint: Phrase(
                    "Leg het oordeel vast met `casus case dispute \(h.record.number) --opinion JJJJ-MM-DD --outcome …`.",
                    "Record the opinion with `casus case dispute \(h.record.number) --opinion YYYY-MM-DD --outcome …`.")
            )
        }
        let unheard = LegalLayer.unheard(
            LegalLayer.objectionHearings(h, on: now.localDate()), h, before: now, objection: h.objection,
            what: Phrase("op het bezwaar beslist u pas als", "you decide on the objection only after"),
            meeting: Phrase(
                "van de hoorzitting over het bezwaar, na de ontvangst ervan",
                "of the hearing on the objection, after it was received"))
        if !unheard.isEmpty {
            throw CasusError.refused(
                unheard.map(\.nl).joined(separator: "; ") + "; er is niets veranderd",
                unheard.map(\.en).joined(separator: "; ") + "; nothing was changed")
        }
        // Not before the documents lay open (or the parents agreed they need not), Awb art. 7:4.
        if let held = documentsLaidTooLate(h, before: now, sendings: sendings) {
            throw CasusError.refused(
                "de hoorzitting over het bezwaar (\(held.hearing.dutch)) was minder dan een week nadat het bezwaarschrift en de stukken ter inzage lagen (vastgelegd op \(held.laid.dutch))\(Law.awb74.bracketed.nl); er is niets veranderd",
                "the hearing on the objection (\(held.hearing.iso)) was less than a week after the objection and the documents lay open (recorded on \(held.laid.iso))\(Law.awb74.bracketed.en); nothing was changed",
                hint: Phrase(
                    "Hoor de ouders opnieuw, op of na \(held.laid.adding(days: 7).dutch), en leg dat gesprek vast; stemden zij in met het achterwege laten: een notitie daarvan en `casus case done \(h.record.number) --obligation objection-documents --waived --entry STUK` (lid 5).",
                    "Hear the parents again, on or after \(held.laid.adding(days: 7).iso), and record that meeting; if they agreed to leave it out: a note of it and `casus case done \(h.record.number) --obligation objection-documents --waived --entry ENTRY` (lid 5)."
                ))
        }
        if let documents = h.obligations.last(where: { $0.kind == .objectionDocuments && !$0.isDone }) {
            throw CasusError.refused(
                "op het bezwaar beslist u pas als vastligt dat het bezwaarschrift en de stukken een week vóór het horen ter inzage lagen, of dat de ouders instemden dat dat achterwege bleef\(Law.awb74.bracketed.nl); er is niets veranderd",
                "you decide on the objection only once it is recorded that the objection and the documents lay open a week before the hearing, or that the parents agreed to leave it\(Law.awb74.bracketed.en); nothing was changed",
                hint: Phrase(
                    "De uitnodiging voor de hoorzitting: `casus letter \(h.record.number) --template uitnodiging-hoorzitting-bezwaar`, verzonden vinkt die dit af; of `casus case done \(h.record.number) --obligation \(documents.kind.rawValue)` (met --entry de notitie of de uitnodiging die het zegt).",
                    "The invitation to the hearing: `casus letter \(h.record.number) --template uitnodiging-hoorzitting-bezwaar`, which ticks this once sent; or `casus case done \(h.record.number) --obligation \(documents.kind.rawValue)` (with --entry the note or the invitation that says so)."
                ))
        }
    }

    /// The employee's term to revoke a consent to dismissal runs from the consent's date (BW art.
    /// 7:671 lid 2, "na de dagtekening van die instemming"), not from the dismissal's step: counted
    /// from the step, a consent given a week later left the employee a week (a review). It is three
    /// weeks (lid 3) until the employee is told of the right in writing within two working days:
    /// that notice is the duty the consent brings, and ticked in time it makes the term fourteen days.
    static func consentGiven(
        on day: LocalDate, in h: CaseHistory, entry: EntryID?, at now: Timestamp, _ tx: Transaction
    ) throws {
        guard let term = h.obligations.last(where: { $0.kind == .consentWithdrawal && !$0.isDone }) else { return }
        // Given within six months of a revocation, the consent cannot be revoked (lid 5): no term
        // to revoke, and nothing to tell the employee of. casus set both, and the case could not
        // close until the director told her in writing of a right she did not have (a review).
        if let dismissal = h.standingDecisions.last(where: { $0.rung == .dismissal }),
            try earlierRevocation(h, before: dismissal, given: day, tx.r) != nil
        {
            try tx.markDone(term, at: now, entry: entry)
            return
        }
        // The consent's date sets the term, earlier or later than the step's guess.
        let due = StatutoryTerm.end(day.adding(days: 21))
        if due != term.due { try tx.setDue(term, due: due, pausedFrom: term.pausedFrom) }
        _ = try tx.insert(
            obligation: Obligation(
                caseID: h.record.id, kind: .revocationNotice, due: StatutoryTerm.workingDays(2, after: day),
                note: (Phrase(
                    "Binnen twee werkdagen na de instemming van \(day.dutch): dan is de bedenktermijn veertien dagen, anders drie weken",
                    "Within two working days of the consent of \(day.dutch): then the cooling-off period is fourteen days, otherwise three weeks"
                ) + Law.bw7671_3.bracketed).stored),
            stepID: nil, at: tx.now)
    }

    /// The employee told of the right to revoke: within two working days of the consent, the term
    /// is fourteen days from the consent (BW art. 7:671 lid 2); later, it stays three weeks (lid 3).
    static func revocationToldOf(_ notice: Obligation, on day: LocalDate, in h: CaseHistory, _ tx: Transaction) throws {
        guard day <= notice.due, let given = consentDay(h),
            let term = h.obligations.last(where: { $0.kind == .consentWithdrawal && !$0.isDone })
        else { return }
        let due = StatutoryTerm.end(given.adding(days: 14))
        if due < term.due { try tx.setDue(term, due: due, pausedFrom: term.pausedFrom) }
    }

    /// The documents of an objection recorded as laid open (on the day of the entry given, the
    /// invitation that says where and when, else the day ticked), and every hearing on the objection
    /// held less than a week after: that day and the last such hearing. Nil where the parents agreed
    /// to leave it (Awb art. 7:4 lid 5). An entry of any kind, the hearing's own note too, let a
    /// hearing on the objection's own day through (a review).
    /// A letter counts from the day it was sent, not the day it was written: an invitation written
    /// before the hearing and sent the day after it let the decision through (a review).
    static func documentsLaidTooLate(
        _ h: CaseHistory, before now: Timestamp, sendings: [EntryID: LetterSending] = [:]
    ) -> (laid: LocalDate, hearing: LocalDate)? {
        guard let documents = h.obligations.last(where: { $0.kind == .objectionDocuments }),
            let ticked = documents.doneAt, let objection = h.objection,
            !h.facts.contains(where: { $0.kind == .inspectionWaived && $0.at >= objection.at })
        else { return nil }
        let written = documents.entryID.flatMap { id in h.entries.first { $0.id == id }?.at }?.localDate()
        let sent = documents.entryID.flatMap { sendings[$0]?.on }
        let laid = max(written ?? ticked.localDate(), sent ?? written ?? ticked.localDate())
        let held = h.hearings(of: .parents, onObjection: objection, before: now).map(h.heldOn)
        guard let last = held.max(), last < laid.adding(days: 7) else { return nil }
        return (laid, last)
    }

    /// The parents' consent to leave out an objection's documents, as a fact with its note.
    func recordWaiver(_ entry: EntryID?, _ h: CaseHistory, owner: Person, in tx: Transaction, at now: Timestamp)
        throws
    {
        guard let entry else { return }
        try insert(
            CaseFact(
                caseID: h.record.id, kind: .inspectionWaived, date: now.localDate(), at: now, actor: actor.account,
                entryID: entry),
            of: h, owner: owner, in: tx)
    }

    /// How the objection's documents are ticked (Awb art. 7:4): bare, before any hearing on the
    /// objection (laid open from today); with an entry written since the objection that says where
    /// and when (an invitation), not the hearing's own note; or `waived`, the parents' consent to
    /// leave it (lid 5), with the note that records it. `waived` goes with that duty only.
    static func requireDocumentsRecord(
        _ o: Obligation, entry: EntryID?, waived: Bool, in h: CaseHistory, _ r: any StorageReader, at now: Timestamp
    ) throws {
        guard o.kind == .objectionDocuments else {
            throw CasusError.invalid(
                "--waived hoort bij objection-documents (de stukken bij een bezwaar), niet bij \(o.kind.label.nl); er is niets veranderd",
                "--waived goes with objection-documents (an objection's documents), not with \(o.kind.label.en); nothing was changed"
            )
        }
        guard let objection = h.objection else { return }
        let said = Law.awb74.bracketed
        if let entry {
            guard let e = try r.entry(id: entry) else {
                throw CasusError.notFound("stuk \(entry) bestaat niet", "entry \(entry) does not exist")
            }
            // The invitation to the hearing on a removal's voornemen tells the parents the school
            // considers removing the child; it says nothing of the objection's documents, and was
            // taken as their invitation (a review). The hearing's own letter, or a note, says where
            // and when.
            if CaseWorkflow.template(e.title, nil)?.id == "uitnodiging-hoorgesprek" {
                throw CasusError.refused(
                    "stuk \(entry) is de uitnodiging voor het horen over een voornemen tot verwijdering, niet voor de hoorzitting over het bezwaar; er is niets veranderd",
                    "entry \(entry) is the invitation to the hearing on an intended removal, not to the hearing on the objection; nothing was changed",
                    hint: Phrase(
                        "Schrijf de uitnodiging voor de hoorzitting over het bezwaar (waar en wanneer de stukken ter inzage liggen, en dat de ouders tot tien dagen vóór het horen nadere stukken kunnen indienen, Awb art. 7:4 leden 1 en 3) met `casus letter \(h.record.number) --template uitnodiging-hoorzitting-bezwaar` (verzonden vinkt die dit af) of als notitie, en geef die met --entry.",
                        "Write the invitation to the hearing on the objection (where and when the documents lie open, and that the parents may add documents until ten days before the hearing, Awb art. 7:4 leden 1 and 3) with `casus letter \(h.record.number) --template uitnodiging-hoorzitting-bezwaar` (sent, it ticks this) or as a note, and give that with --entry."
                    ))
            }
            // A consent is what the parents said (a note, a phone note, an e-mail), not a letter the
            // school wrote: the other household's copy of the invitation was taken (a review).
            if waived, e.kind == .letter {
                throw CasusError.refused(
                    "stuk \(entry) is een brief van de school, niet de instemming van de ouders; er is niets veranderd",
                    "entry \(entry) is a letter of the school's, not the parents' consent; nothing was changed",
                    hint: Phrase(
                        "Leg de instemming vast in een notitie, telefoonnotitie of e-mail en geef die met --entry.",
                        "Record the consent in a note, phone note or e-mail and give that with --entry."))
            }
            // Of this case, since the objection, and a note, letter, e-mail or phone note: a note
            // from another case, about another matter, was taken as the parents' consent (a review).
            let kinds: [EntryKind] = [.note, .letter, .email, .phone]
            guard e.caseID == h.record.id, e.at > objection.at, kinds.contains(e.kind) else {
                throw CasusError.refused(
                    "stuk \(entry) zegt niet dat de stukken ter inzage liggen: geef de uitnodiging voor het horen (waar en wanneer) of de notitie van de instemming van de ouders, in zaak \(h.record.number) geschreven na het bezwaar, niet het verslag van de hoorzitting\(said.nl); er is niets veranderd",
                    "entry \(entry) does not say the documents lie open: give the invitation to the hearing (where and when) or the note of the parents' consent, written in case \(h.record.number) after the objection, not the hearing's report\(said.en); nothing was changed"
                )
            }
            return
        }
        if waived {
            throw CasusError.invalid(
                "--waived vraagt --entry: de notitie waarin staat dat de ouders instemden\(said.nl); er is niets veranderd",
                "--waived needs --entry: the note saying the parents agreed\(said.en); nothing was changed")
        }
        // Laid open after the hearing they were to come before (ticked bare after a hearing held the
        // day the objection came in, the decision followed, a review).
        if let hearing = h.hearings(of: .parents, onObjection: objection, before: now).map(h.heldOn).max() {
            throw CasusError.refused(
                "de hoorzitting over het bezwaar is al gehouden (\(hearing.dutch)): de stukken lagen er niet een week vóór ter inzage\(said.nl); er is niets veranderd",
                "the hearing on the objection was already held (\(hearing.iso)): the documents did not lie open a week before it\(said.en); nothing was changed",
                hint: Phrase(
                    "Stemden de ouders in met het achterwege laten, leg dat vast in een notitie en vink af met --waived --entry STUK (lid 5); anders: leg de stukken ter inzage, vink af met --entry de uitnodiging voor een nieuwe hoorzitting die zegt waar en wanneer (lid 3), en hoor de ouders ten minste een week later.",
                    "If the parents agreed to leave it, record that in a note and tick with --waived --entry ENTRY (lid 5); otherwise lay the documents open, tick with --entry the invitation to a new hearing saying where and when (lid 3), and hear the parents at least a week later."
                ))
        }
    }

    /// The consent's date (its fact), or, for a consent recorded before casus kept it, the day it
    /// was ticked: the consent of the case's latest dismissal, recorded after it (an earlier
    /// dismissal's consent, revoked already, was taken for a second one's, a review).
    static func consentDay(_ h: CaseHistory) -> LocalDate? {
        guard let dismissal = h.decisions.last(where: { $0.rung == .dismissal }),
            let consent = h.obligations.last(where: { $0.kind == .dismissalConsent && $0.due >= dismissal.date }),
            consent.isDone
        else { return nil }
        return h.facts.last { $0.kind == .consentGiven && $0.at >= dismissal.at }?.date
            ?? consent.doneAt?.localDate()
    }

    /// The day an obligation was done, where it is given (`case done --on`): only where the law
    /// counts from it, not after today, and not before what it follows.
    static func dayDone(_ day: LocalDate?, of o: Obligation, in h: CaseHistory, today: LocalDate) throws -> LocalDate {
        guard let day else { return today }
        let counts: [ObligationKind] = [.dismissalConsent, .revocationNotice]
        guard counts.contains(o.kind) else {
            throw CasusError.invalid(
                "--on geldt voor de instemming met ontslag en het wijzen op de bedenktermijn, niet voor \(o.kind.label.nl); er is niets veranderd",
                "--on goes with the consent to dismissal and the notice of the right to revoke it, not with \(o.kind.label.en); nothing was changed"
            )
        }
        let after =
            o.kind == .revocationNotice ? consentDay(h) : h.incidentReportedAt?.localDate()
        guard day <= today, after.map({ day >= $0 }) ?? true else {
            let what =
                o.kind == .revocationNotice
                ? Phrase("de instemming", "the consent") : Phrase("de melding", "the report")
            throw CasusError.invalid(
                "\(o.kind.label.nl) op \(day.dutch) kan niet: niet na vandaag\(after.map { " en niet vóór \(what.nl) (\($0.dutch))" } ?? ""); er is niets veranderd",
                "\(o.kind.label.en) on \(day.iso) cannot be: not after today\(after.map { " and not before \(what.en) (\($0.iso))" } ?? ""); nothing was changed",
                hint: Phrase(
                    o.kind == .dismissalConsent
                        ? "Geef de datum die op de instemming staat (de dagtekening, BW art. 7:671 lid 2)."
                        : "Geef de dag waarop de medewerker schriftelijk op het recht is gewezen (BW art. 7:671 lid 3).",
                    o.kind == .dismissalConsent
                        ? "Give the date the consent bears (BW art. 7:671 lid 2)."
                        : "Give the day the employee was told of the right in writing (BW art. 7:671 lid 3)."))
        }
        return day
    }

    /// How a term that runs for someone else ends before its day, if it can.
    static func endOfTerm(_ kind: ObligationKind, _ number: String) -> Phrase {
        switch kind {
        case .zienswijzeTerm:
            Phrase(
                "Gaf de medewerker eerder een zienswijze, leg die vast met `casus case zienswijze \(number) --note TEKST` (of r in de zaak); daarna kan het besluit volgen.",
                "If the employee responded sooner, record it with `casus case zienswijze \(number) --note TEXT` (or r on the case); the decision may follow."
            )
        case .objectionWindow:
            Phrase(
                "Maakten de ouders bezwaar tegen een verwijdering, leg dat vast met `casus case objection \(number) --received JJJJ-MM-DD`; tegen een schorsing met `casus note`.",
                "If the parents objected to a removal, record it with `casus case objection \(number) --received YYYY-MM-DD`; to a suspension with `casus note`."
            )
        default:
            Phrase("De termijn eindigt vanzelf op die dag.", "The term ends by itself on that day.")
        }
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
            detail: "\(c.number) verplichting \(o.id)" + (via.map { " via \($0)" } ?? ""), at: now)
        var done = o
        done.doneAt = now
        done.doneBy = actor.account
        done.entryID = entry
        return done
    }

    /// Records that parents objected to a removal, or at an openbare school to a suspension. The
    /// decision on a removal's is due four weeks after receipt (WPO 63 bijzonder; WVO 2020 8.15 lid
    /// 8), or at an openbare po/so school four weeks after the objection period ends (WPO 40 lid 12;
    /// WEC 40 lid 20–21); its term is suspended while the Geschillencommissie passend onderwijs has
    /// the dispute (WPO 43 lid 4). A suspension's within six weeks after the objection period ends
    /// (Awb art. 7:10 lid 1): every openbare school's suspension letter names the objection, and
    /// one made could not be recorded (a legal review).
    @discardableResult
    public func recordObjection(_ id: CaseID, receivedOn date: LocalDate) throws -> Saved<Obligation> {
        try session.require(.decide)
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            guard let decided = Self.objectable(h, receivedOn: date) else {
                if h.kind == .staff { throw Self.noObjectionForStaff(h) }
                if h.decisions.contains(where: { $0.rung == .suspension }) {
                    throw CasusError.refused(
                        "tegen een schorsing door een bijzondere school staat geen wettelijk bezwaar open; er is niets veranderd",
                        "a suspension by a denominational school has no statutory objection; nothing was changed",
                        hint: Phrase(
                            "De ouders kunnen klagen volgens de klachtenregeling van de school\(Law.complaints(h.legal.sector).bracketed.nl).",
                            "The parents may complain under the school's complaints procedure\(Law.complaints(h.legal.sector).bracketed.en)."
                        ))
                }
                throw CasusError.refused(
                    "bezwaar hoort bij een verwijderingsbesluit, of op een openbare school bij een schorsingsbesluit; deze zaak heeft er geen",
                    "an objection belongs to a removal decision, or at a public school to a suspension decision; this case has none",
                    hint: Phrase(
                        "Tegen een schorsing door een bijzondere school staat geen wettelijk bezwaar open; de ouders kunnen klagen volgens de klachtenregeling. Er is niets veranderd.",
                        "A suspension by a denominational school has no statutory objection; the parents may complain under the complaints procedure. Nothing was changed."
                    ))
            }
            if decided.rung == .removal, let revoked = h.revokedRemoval {
                throw CasusError.refused(
                    "de verwijdering is herroepen (\(revoked.date.dutch)); er valt geen bezwaar meer tegen te maken, er is niets veranderd",
                    "the removal was revoked (\(revoked.date.iso)); there is nothing left to object to, nothing was changed"
                )
            }
            if let open = h.obligations.last(where: { $0.kind == .objectionDecision && !$0.isDone }) {
                let earlier = Self.objected(h)
                guard let earlier, earlier.id != decided.id else {
                    throw CasusError.refused(
                        "het bezwaar is al vastgelegd op zaak \(h.record.number)",
                        "the objection is already recorded on case \(h.record.number)")
                }
                // casus follows one objection of a case at a time: this one is against another
                // decision, and is recorded once that is decided, with the day it came in (its terms
                // count from the decision it is against). It was taken as a late objection to the
                // earlier decision (a review by a parents' lawyer).
                let which = Self.decisionName(earlier.rung)
                throw CasusError.refused(
                    "het bezwaar tegen \(which.nl) van \(earlier.date.dutch) is nog niet beslist (uiterlijk \(open.due.dutch)); dit bezwaar is tegen \(Self.decisionName(decided.rung).nl) van \(decided.date.dutch); er is niets vastgelegd",
                    "the objection to \(which.en) of \(earlier.date.iso) is not yet decided (due \(open.due.iso)); this objection is against \(Self.decisionName(decided.rung).en) of \(decided.date.iso); nothing was recorded",
                    hint: Phrase(
                        "Beslis eerst op het eerste bezwaar; leg dit daarna vast met --received \(date.iso): de termijnen ervan tellen vanaf het besluit waartegen het is, niet vanaf het vastleggen.",
                        "Decide on the first objection first; then record this one with --received \(date.iso): its terms count from the decision it is against, not from the recording."
                    ))
            }
            if date > session.today {
                throw CasusError.invalid(
                    "de datum van ontvangst (\(date.dutch)) ligt in de toekomst",
                    "the date of receipt (\(date.dutch)) is in the future")
            }
            // An objection is to a decision taken: one received two days before the removal it was
            // against let the parents be "invited to be heard on it" before the decision existed,
            // and the decision on the objection said so (a legal review).
            if date < decided.date {
                throw CasusError.invalid(
                    "het bezwaar (\(date.dutch)) ligt vóór het besluit waartegen het is gemaakt (\(decided.date.dutch)); er is niets vastgelegd",
                    "the objection (\(date.iso)) is before the decision it is against (\(decided.date.iso)); nothing was recorded",
                    hint: Phrase(
                        "Geef de dag waarop het bezwaar binnenkwam (--received), op of na \(decided.date.dutch).",
                        "Give the day the objection came in (--received), on or after \(decided.date.iso)."))
            }
            let known = try Self.madeKnown(decided, in: h, owner: owner, tx.r)
            if decided.rung == .suspension {
                return try suspensionObjection(h, decided, madeKnown: known, receivedOn: date, owner: owner, tx)
            }
            let legal = h.legal
            let madeKnown = known.first
            let objectionEnd = StatutoryTerm.objection(madeKnown: madeKnown)
            let due: LocalDate
            var how: Phrase
            if Self.runsFromPeriodEnd(decided.rung, legal) {
                // Past a weekend or a public holiday, as every statutory term (Algemene termijnenwet art. 1).
                due = StatutoryTerm.end(objectionEnd.adding(days: 28))
                how = Phrase(
                    "bezwaartermijn tot en met \(objectionEnd.dutch) (bekendmaking \(madeKnown.dutch)); beslissen binnen vier weken daarna",
                    "objection period to \(objectionEnd.dutch) (made known \(madeKnown.dutch)); decide within four weeks after"
                )
            } else {
                due = StatutoryTerm.end(date.adding(days: 28))
                how = Phrase("beslissen binnen vier weken na ontvangst", "decide within four weeks of receipt")
            }
            how =
                Phrase("Bezwaar ontvangen op \(date.dutch); ", "Objection received on \(date.dutch); ") + how
                + Law.removalObjectionDecision(legal).bracketed + Self.twoDays(known, receivedOn: date)
            var o = Obligation(caseID: id, kind: .objectionDecision, due: due, note: how.stored)
            if let asked = h.disputePending {
                o.pausedFrom = max(asked.date, date)
            }
            // Special education: the decision waits for the inspecteur (and, bijzonder, for the
            // parents to have read the advice and been heard again); ticking it is refused until then.
            if let consult = Law.removalObjectionConsult(legal) {
                let what =
                    legal.denomination == .bijzonder
                    ? Phrase(
                        "Vóór de beslissing op het bezwaar: overleg met de inspecteur (en desgewenst andere deskundigen), de ouders laten kennisnemen van de adviezen en rapporten over de beslissing, en de ouders opnieuw horen",
                        "Before deciding on the objection: consult the inspecteur (and other experts if wished), let the parents read the advice and reports on the decision, and hear the parents again"
                    )
                    : Phrase(
                        "Vóór de beslissing op het bezwaar: overleg met de inspecteur (en desgewenst andere deskundigen)",
                        "Before deciding on the objection: consult the inspecteur (and other experts if wished)")
                // Its term runs with the decision's: paused while the commission has the dispute.
                var consultation = Obligation(
                    caseID: id, kind: .objectionConsult, due: due, note: (what + consult.bracketed).stored)
                consultation.pausedFrom = o.pausedFrom
                _ = try tx.insert(obligation: consultation, stepID: nil, at: tx.now)
                how = how + Phrase(" ", " ") + what + consult.bracketed + Phrase(".", ".")
            }
            return try Self.objectionRecorded(o, h, decided, receivedOn: date, how, owner: owner, tx)
        }
    }

    /// The decision an objection received on `date` is against: the latest one open to objection
    /// taken by then (an objection to a suspension received before the removal is the
    /// suspension's), else the first (to be refused as before it); nil when the case has none.
    static func objectable(_ h: CaseHistory, receivedOn date: LocalDate) -> Step? {
        let open = h.decisions.filter {
            $0.rung == .removal || ($0.rung == .suspension && h.legal.isOpenbaar && h.kind == .pupil)
        }
        return open.last { $0.date <= date } ?? open.first
    }

    /// "het schorsingsbesluit", "het verwijderingsbesluit": what an objection is against.
    static func decisionName(_ rung: Rung) -> Phrase {
        rung == .suspension
            ? Phrase("het schorsingsbesluit", "the suspension decision")
            : Phrase("het verwijderingsbesluit", "the removal decision")
    }

    /// The decision an objection is against: once one is recorded, the latest decision of the
    /// rung its fact names, taken before it (a removal taken after an objection to a suspension
    /// made its letter one on the removal, a review); before that, the latest removal decision, or
    /// at an openbare school the latest suspension of a pupil; nil when the case has neither.
    public static func objected(_ h: CaseHistory) -> Step? {
        if let received = h.objection, let rung = Rung(rawValue: received.value) {
            return h.decisions.last { $0.rung == rung && $0.at <= received.at }
        }
        return h.decisions.last {
            $0.rung == .removal || ($0.rung == .suspension && h.legal.isOpenbaar && h.kind == .pupil)
        }
    }

    /// An employee, a volunteer or an intern objects to no measure of the school, each for their own
    /// reason: the message spoke of a bijzondere school's suspension at an openbare school, and sent
    /// the employee to the parents' complaints procedure (an employment lawyer's review); a
    /// volunteer or intern has no employment contract at all (as a dismissal of one says), and a
    /// bijzondere school's staff always had one under private law (the Wnra changed only openbare
    /// schools').
    static func noObjectionForStaff(_ h: CaseHistory) -> CasusError {
        guard h.subject.kind == .staff else {
            return CasusError.refused(
                "tegen een maatregel van de school staat voor \(h.subject.kind.label.nl) geen bezwaar open: er is geen arbeidsovereenkomst met de school, en de maatregel is geen besluit in de zin van de Awb; er is niets veranderd",
                "a \(h.subject.kind.label.en) has no objection against a measure of the school: there is no employment contract with the school, and the measure is no decision under the Awb; nothing was changed",
                hint: Phrase(
                    "Leg een bericht van \(h.subject.name) vast als notitie (`casus note`); een geschil gaat naar de burgerlijke rechter.",
                    "Record a message from \(h.subject.name) as a note (`casus note`); a dispute goes to the civil court."
                ))
        }
        let why =
            h.legal.isOpenbaar
            ? Phrase(
                "sinds de Wet normalisering rechtspositie ambtenaren (1 januari 2020) is de arbeidsovereenkomst ook op een openbare school privaatrechtelijk, en is de maatregel",
                "since the Wet normalisering rechtspositie ambtenaren (1 January 2020) the employment at an openbare school too is under private law"
            )
            : Phrase(
                "de arbeidsovereenkomst met een bijzondere school is privaatrechtelijk, en de maatregel is",
                "the employment at a bijzondere school is under private law")
        return CasusError.refused(
            "een medewerker maakt bij de school geen bezwaar tegen een maatregel: \(why.nl) geen besluit in de zin van de Awb; er is niets veranderd",
            "an employee makes no objection to the school against a measure: \(why.en), and the measure is no decision under the Awb; nothing was changed",
            hint: Phrase(
                "De medewerker kan het geschil aan de kantonrechter voorleggen; of er daarnaast een commissie van beroep is, regelt de cao of de aansluiting van de school (niet nagegaan in casus). Leg een bericht van de medewerker vast als notitie (`casus note`).",
                "The employee can take the dispute to the kantonrechter; whether there is also an appeals committee is for the CAO or the school's membership to say (not verified in casus). Record a message from the employee as a note (`casus note`)."
            ))
    }

    /// The day the term to decide on the objection began to run: the end of the objection period
    /// where it runs from there (a suspension at an openbare school, Awb art. 7:10 lid 1; a removal
    /// at an openbare primary or special school, WPO art. 63 lid 3), else the day it came in. nil
    /// without an objection. A pause before that day holds nothing back: the Geschillencommissie
    /// asked during the objection period moved the decision 40 days past its opinion, where four
    /// weeks were left (a parents' lawyer).
    static func decisionTermStart(_ h: CaseHistory, owner: Person, _ r: any StorageReader) throws -> LocalDate? {
        guard let received = h.facts.last(where: { $0.kind == .objectionReceived }), let decided = objected(h) else {
            return nil
        }
        guard runsFromPeriodEnd(decided.rung, h.legal) else { return received.date }
        return StatutoryTerm.objection(madeKnown: try madeKnown(decided, in: h, owner: owner, r).first)
    }

    /// Whether the term to decide on an objection to this decision runs from the end of the
    /// objection period (a suspension at an openbare school, Awb art. 7:10 lid 1; a removal at an
    /// openbare primary or special school, WPO art. 63 lid 3) rather than from its receipt: the
    /// one rule the due date is set by and the Geschillencommissie's pause gives back by.
    static func runsFromPeriodEnd(_ rung: Rung, _ legal: LegalContext) -> Bool {
        rung == .suspension || (legal.denomination == .openbaar && [.po, .so].contains(legal.sector))
    }

    /// The days a decision objected to was made known: the first and the last of its letters sent
    /// (`letter sent`; parents at two addresses get one each, on days that may differ), else the
    /// day its written decision was recorded as done, else its own day.
    struct MadeKnown {
        var first: LocalDate
        var last: LocalDate
    }

    static func madeKnown(_ decided: Step, in h: CaseHistory, owner: Person, _ r: any StorageReader) throws
        -> MadeKnown
    {
        let kind: ObligationKind = decided.rung == .removal ? .removalDecision : .suspensionDecision
        let decision = h.obligations.last { $0.kind == kind }
        let sendings = try r.letterSendings(dossier: owner.id)
        let title = decision?.entryID.flatMap { id in h.entries.first { $0.id == id }?.title }
        let sent = decision.flatMap { d in title.map { Letters.sentDays(of: d, title: $0, in: h, sendings) } } ?? []
        let otherwise = decision?.doneAt?.localDate() ?? decided.date
        return MadeKnown(first: sent.min() ?? otherwise, last: sent.max() ?? otherwise)
    }

    /// How an objection's terms are counted when its decision was made known on two days: the
    /// term to decide runs from the first (casus does not know which parent objected; the law
    /// counts from the objector's own term, never earlier than the first), and the objection is
    /// late only after the last (a review: the father's later letter gave a due date three days
    /// past the mother's term).
    /// Said after the term in an objection's note, with "Let op: ontvangen na de bezwaartermijn"
    /// for one received after the last term.
    static func twoDays(_ known: MadeKnown, receivedOn date: LocalDate) -> Phrase {
        var said = Phrase("", "")
        if known.first != known.last {
            said = Phrase(
                " Bekendgemaakt op \(known.first.dutch) en op \(known.last.dutch) (twee adressen): de termijn om te beslissen telt hier vanaf de eerste, want casus weet niet welke ouder bezwaar maakte; te laat is een bezwaar pas na de termijn van de laatste.",
                " Made known on \(known.first.dutch) and on \(known.last.dutch) (two addresses): the term to decide counts here from the first, as casus does not know which parent objected; an objection is late only after the last one's term."
            )
        }
        if date > StatutoryTerm.objection(madeKnown: known.last) {
            said =
                said + Phrase(" Let op: ontvangen na de bezwaartermijn.", " Note: received after the objection period.")
        }
        return said
    }

    /// An objection to a suspension at an openbare school: decided within six weeks of the end of
    /// the objection period (Awb art. 7:10 lid 1), after the hearing (Awb art. 7:2).
    private func suspensionObjection(
        _ h: CaseHistory, _ decided: Step, madeKnown known: MadeKnown, receivedOn date: LocalDate, owner: Person,
        _ tx: Transaction
    ) throws -> Obligation {
        let madeKnown = known.first
        let objectionEnd = StatutoryTerm.objection(madeKnown: madeKnown)
        let due = StatutoryTerm.end(objectionEnd.adding(days: 42))
        var how =
            Phrase("Bezwaar ontvangen op \(date.dutch); ", "Objection received on \(date.dutch); ")
            + Phrase(
                "bezwaartermijn tot en met \(objectionEnd.dutch) (bekendmaking \(madeKnown.dutch)); beslissen binnen zes weken daarna, na het horen",
                "objection period to \(objectionEnd.dutch) (made known \(madeKnown.dutch)); decide within six weeks after, after the hearing"
            ) + Law.awb710.bracketed + Self.twoDays(known, receivedOn: date)
        let o = Obligation(caseID: h.record.id, kind: .objectionDecision, due: due, note: how.stored)
        return try Self.objectionRecorded(o, h, decided, receivedOn: date, how, owner: owner, tx)
    }

    /// The objection's term, its note in the dossier and its line in the audit log.
    private static func objectionRecorded(
        _ o: Obligation, _ h: CaseHistory, _ decided: Step, receivedOn date: LocalDate, _ how: Phrase, owner: Person,
        _ tx: Transaction
    ) throws -> Obligation {
        let saved = try tx.insert(obligation: o, stepID: nil, at: tx.now)
        // Under the Awb the hearing on it waits a week for the documents (Awb art. 7:4).
        if h.legal.isOpenbaar {
            _ = try tx.insert(
                obligation: Obligation(
                    caseID: h.record.id, kind: .objectionDocuments, due: max(date, o.due.adding(days: -8)),
                    note: (Phrase(
                        "Het bezwaarschrift en alle stukken over de zaak liggen ten minste een week vóór het horen ter inzage voor de ouders; de uitnodiging voor het horen (brief uitnodiging-hoorzitting-bezwaar) zegt waar en wanneer, en dat zij tot tien dagen vóór het horen nadere stukken kunnen indienen. Stemmen de ouders in, dan mag het achterwege blijven (vastleggen met een notitie)",
                        "The objection and every document on the case lie open for inspection by the parents at least a week before the hearing; the invitation to the hearing (letter uitnodiging-hoorzitting-bezwaar) says where and when, and that they may add documents until ten days before it. If the parents agree, it may be left out (record it in a note)"
                    ) + Law.awb74.bracketed).stored), stepID: nil, at: tx.now)
        }
        // Its day, as a fact: the hearing on it comes after it (`CaseHistory.hearings(of:onObjection:)`).
        _ = try tx.insert(
            fact: CaseFact(
                caseID: h.record.id, kind: .objectionReceived, date: date, value: decided.rung.rawValue,
                note: "", at: tx.now, actor: tx.actor.account))
        _ = try tx.append(
            EntryDraft(
                kind: .note, title: "Bezwaar ontvangen — zaak \(h.record.number)",
                body: "Bezwaar van de ouders tegen \(decisionName(decided.rung).nl) ontvangen op \(date.dutch).\n"
                    + how.nl,
                caseID: h.record.id), to: owner.id, at: tx.now)
        try tx.audit("case.objection", person: owner.id, case: h.record.id, detail: h.record.number)
        return saved
    }

    /// Closes a case with its outcome (founded, unfounded, a mistake) and a reason. Refused while
    /// obligations of the school are open (the meldplicht's first). Only a founded case counts as an
    /// offence later; a report whose cases were all closed as a mistake goes back to triage.
    /// `basis`: the case as the director saw it when choosing the outcome (the full screen's); one
    /// that moved on meanwhile (another director's step or reclassification) is refused, as a step is.
    @discardableResult
    public func close(_ id: CaseID, outcome: CaseOutcome, reason: String, basis: StepBasis? = nil) throws
        -> Saved<Closed>
    {
        try session.write { tx in
            try close(id, outcome: outcome, reason: reason, basis: basis, in: tx, at: tx.now)
        }
    }

    /// What a close did to the case's report: a case closed as a mistake sends the report back to
    /// triage only when none of its other cases still stands (the screen said "back at Meldingen"
    /// while two other cases of the report were open, a review).
    public struct Closed: Sendable, Equatable {
        public var reportBackToTriage: Bool
        /// The report's other cases that still stand (open, or closed as founded or unfounded).
        public var standing: [String]
    }

    @discardableResult
    public func close(
        _ id: CaseID, outcome: CaseOutcome, reason: String, basis: StepBasis? = nil, in tx: Transaction,
        at now: Timestamp
    ) throws -> Closed {
        try session.require(.decide)
        let why = reason.trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid("sluiten vraagt een reden (--reason)", "closing needs a reason (--reason)")
        }
        let (h, profile, owner) = try history(tx.r, id)
        try Self.requireAsSeen(h, basis, tx.r)
        guard h.record.status == .open else {
            throw CasusError.refused(
                "zaak \(h.record.number) is al gesloten", "case \(h.record.number) is already closed")
        }
        // A measure decided is no mistake: closed as one, the report was triaged again and the same
        // facts punished a second time in the new case; nor unfounded, while the measure stands in
        // the file (reviews). casus has no way to withdraw it. A pupil's too: a suspension decided and
        // sent, the case closed "ongegrond", and the parents' export said both (a review of exports).
        // A removal revoked stands no more; a phone taken in for the day is no measure on the facts.
        if outcome != .founded,
            let decided = h.standingDecisions.last(where: {
                h.kind == .staff
                    ? LegalLayer.staffMeasures.contains($0.rung) : !LadderEngine.isSideMeasure($0.rung, kind: h.kind)
            })
        {
            throw CasusError.refused(
                "in zaak \(h.record.number) is besloten tot \(decided.rung.label(for: h.kind).nl) (\(decided.date.dutch)): een zaak met een genomen maatregel is geen vergissing en niet ongegrond (de maatregel staat, casus kan hem niet intrekken); er is niets veranderd",
                "case \(h.record.number) decided \(decided.rung.label(for: h.kind).en) (\(decided.date.iso)): a case with a measure taken is no mistake and not unfounded (the measure stands, casus cannot withdraw it); nothing was changed",
                hint: Phrase(
                    "Sluit de zaak als gegrond (--outcome founded): de maatregel staat; een nieuw voorval is een nieuwe melding."
                        + (h.kind == .staff
                            ? ""
                            : " Bleek de maatregel onterecht, leg dan in een notitie in de zaak vast wat er bleek en wat de ouders is gezegd; een verwijdering trekt u in met `casus case revoke`."),
                    "Close the case as founded (--outcome founded): the measure stands; a new incident is a new report."
                        + (h.kind == .staff
                            ? ""
                            : " If the measure proved wrong, record in a note on the case what came out and what the parents were told; a removal is withdrawn with `casus case revoke`.")
                ))
        }
        let blockers = LadderEngine.closeBlockers(h, today: now.localDate())
        if !blockers.isEmpty {
            throw CasusError(
                .refused,
                Phrase(
                    "zaak \(h.record.number) kan nog niet dicht: " + blockers.map(\.nl).joined(separator: "; "),
                    "case \(h.record.number) cannot be closed yet: " + blockers.map(\.en).joined(separator: "; ")),
                hint: Phrase(
                    "Leg elke verplichting vast met `casus case done \(h.record.number) --obligation SOORT`; een termijn die voor een ander loopt, wacht u af. Er is niets veranderd.",
                    "Record each obligation with `casus case done \(h.record.number) --obligation KIND`; a term that runs for someone else is waited out. Nothing was changed."
                ))
        }
        // A case whose ordemaatregel was taken before its record kept one (the fifty-first stop) gets
        // it at its close, its last change: it read "nog geen trede" in every list for good (a review).
        if h.record.rung == nil,
            let kept = LadderEngine.recorded(h, under: profile),
            LadderEngine.onTop(h.kind).contains(kept)
        {
            try tx.setRung(id, kept, at: now)
        }
        try tx.close(case: h.record, at: now, reason: why, outcome: outcome)
        try tx.audit(
            "case.close", person: owner.id, case: id, detail: h.record.number, at: now)
        // As the stores send the report back (Ledger.returnToTriage).
        let standing = try tx.r.cases(ofIncident: h.record.incidentID).filter {
            $0.id != id && ($0.status == .open || $0.outcome != .mistake)
        }.map(\.number)
        return Closed(reportBackToTriage: outcome == .mistake && standing.isEmpty, standing: standing)
    }

    /// Changes the articles and severity of an open case: a decision with a reason, in the chain,
    /// in the case's dossier (what they were and what they become) and in the audit log. The
    /// ladder reads the new articles and severity from then on.
    /// `basis`: the case as the director saw it when choosing (the full screen's); a case that moved
    /// on meanwhile (another director's step or reclassification) is refused, as a step is.
    @discardableResult
    public func reclassify(
        _ id: CaseID, articles: [String], severity: Severity?, reason: String, basis: StepBasis? = nil
    ) throws -> Saved<Case> {
        try session.write { tx in
            try reclassify(
                id, articles: articles, severity: severity, reason: reason, basis: basis, in: tx, at: tx.now)
        }
    }

    public func reclassify(
        _ id: CaseID, articles: [String], severity: Severity?, reason: String, basis: StepBasis? = nil,
        in tx: Transaction, at now: Timestamp
    ) throws -> Case {
        try session.require(.decide)
        let why = reason.trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid(
                "herzien vraagt een reden (--reason)", "reclassifying needs a reason (--reason)",
                hint: Phrase(
                    "Schrijf waarom de artikelen of de ernst anders zijn. Er is niets veranderd.",
                    "Write why the articles or the severity are different. Nothing was changed."))
        }
        let (h, profile, owner) = try history(tx.r, id)
        try Self.requireAsSeen(h, basis, tx.r)
        try requireOpen(h)
        let chosen = try CaseRules.checkArticles(articles, profile: profile, kind: h.kind)
        let newArticles = chosen.map(\.id)
        let newSeverity = severity ?? chosen.compactMap(\.severity).max() ?? h.record.severity
        let old = h.record
        guard newArticles != old.articles || newSeverity != old.severity else {
            throw CasusError.refused(
                "zaak \(old.number) heeft deze artikelen en deze ernst al (\(old.articles.joined(separator: ", ")); \(old.severity.label.nl))",
                "case \(old.number) already has these articles and this severity (\(old.articles.joined(separator: ", ")); \(old.severity.label.en))",
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        try tx.reclassify(case: old, articles: newArticles, severity: newSeverity, reason: why, at: now)
        func titled(_ ids: [String]) -> String {
            ids.map { id in profile.article(id).map { "\(id) (\($0.title))" } ?? id }.joined(separator: ", ")
        }
        var body = ""
        if newArticles != old.articles {
            body += "Artikelen: \(titled(old.articles)) → \(titled(newArticles))\n"
        }
        if newSeverity != old.severity {
            body += "Ernst: \(old.severity.label.nl) → \(newSeverity.label.nl)\n"
        }
        body += "Reden: \(why)"
        _ = try tx.append(
            EntryDraft(
                kind: .decision, title: "Artikelen en ernst herzien — zaak \(old.number)", body: body, caseID: id),
            to: owner.id, at: now)
        try tx.audit(
            "case.reclassify", person: owner.id, case: id,
            detail: old.number, at: now)
        var saved = old
        saved.articles = newArticles
        saved.severity = newSeverity
        return saved
    }

    /// Records aangifte or the report to the vertrouwensinspecteur: a dossier entry, and the
    /// obligation (if the case has one) marked done with it.
    @discardableResult
    /// `template`: the text was drafted from it, and is recorded only once none of its `[…]` is
    /// left to fill in (the full screen saved an aangifte with "[naam verbalisant]" in it, for
    /// good, found by a review), as a letter is filed.
    public func recordEscalation(_ id: CaseID, kind: ObligationKind, body: String, template: LetterTemplate? = nil)
        throws -> Saved<DossierEntry>
    {
        try session.require(.decide)
        if let template { try Letters.checkFilable(body, template: template) }
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
            if kind == .vertrouwensinspecteur, h.record.flags.meldplicht,
                h.obligations.contains(where: { $0.kind == .vertrouwensinspecteur && !$0.isDone })
            {
                throw CasusError.refused(
                    "bij de meldplicht legt het overleg met de vertrouwensinspecteur vast of er een redelijk vermoeden is",
                    "under the meldplicht the consultation with the vertrouwensinspecteur records whether there is a reasonable suspicion",
                    hint: Phrase(
                        "Gebruik `casus case consult \(h.record.number) --suspicion yes|no --note TEKST` (in het scherm: u). Er is niets veranderd.",
                        "Use `casus case consult \(h.record.number) --suspicion yes|no --note TEXT` (on screen: u). Nothing was changed."
                    ))
            }
            if kind == .aangifte,
                let inform = h.obligations.first(where: { $0.kind == .informBeforeAangifte && !$0.isDone })
            {
                throw CasusError.refused(
                    "vóór de aangifte worden de ouders van de leerling en de betrokkene geïnformeerd\(Law.meldplicht(h.legal.sector).aangifte.bracketed.nl)",
                    "before the police report the pupil's parents and the accused are informed\(Law.meldplicht(h.legal.sector).aangifte.bracketed.en)",
                    hint: Phrase(
                        "Vink dat eerst af: `casus case done \(h.record.number) --obligation \(inform.kind.rawValue)`. Er is niets veranderd.",
                        "Mark that done first: `casus case done \(h.record.number) --obligation \(inform.kind.rawValue)`. Nothing was changed."
                    ))
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
