/// The legal records of a case beyond the ladder: another school's acceptance, the
/// Geschillencommissie, the meldplicht's consultation, a zienswijze, a data breach assessment,
/// an inzage request, the end of an employment, a court case. Each is a fact (what the engine
/// reads), a dossier entry (what people read) and an audit line, in one transaction.
extension CaseWorkflow {
    func requireOpen(_ h: CaseHistory) throws {
        guard h.record.status == .open else {
            throw CasusError.refused(
                "zaak \(h.record.number) is gesloten", "case \(h.record.number) is closed",
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
    }

    func requireNotFuture(_ date: LocalDate, _ what: Phrase) throws {
        guard date <= session.today else {
            throw CasusError.invalid(
                "\(what.nl) (\(date.dutch)) ligt in de toekomst", "\(what.en) (\(date.dutch)) is in the future",
                hint: Phrase(
                    "Geef de datum waarop het gebeurde. Er is niets veranderd.",
                    "Give the date it happened. Nothing was changed."))
        }
    }

    /// A fact with its dossier entry and audit line.
    @discardableResult
    func recordFact(
        _ kind: FactKind, on date: LocalDate, value: String = "", note: String = "", entry: EntryDraft,
        h: CaseHistory, owner: Person, in tx: Transaction
    ) throws -> (CaseFact, DossierEntry) {
        // What happens in a case happens after its report came in (an employment may have ended,
        // an inzage request have come in, before): a zienswijze of 2019 was taken (a review).
        if ![.contractEnded, .inzageRequest].contains(kind), let reported = h.incidentReportedAt?.localDate(),
            date < reported
        {
            throw CasusError.invalid(
                "\(kind.label.nl) (\(date.dutch)) ligt vóór de melding van zaak \(h.record.number) (\(reported.dutch)); er is niets vastgelegd",
                "\(kind.label.en) (\(date.dutch)) is before the report of case \(h.record.number) (\(reported.dutch)); nothing was recorded",
                hint: Phrase("Geef de dag waarop het gebeurde.", "Give the day it happened."))
        }
        let e = try tx.append(entry, to: owner.id, at: tx.now)
        let f = try insert(
            CaseFact(
                caseID: h.record.id, kind: kind, date: date, value: value, note: note, at: tx.now, actor: actor.account,
                entryID: e.id),
            of: h, owner: owner, in: tx)
        return (f, e)
    }

    /// A fact and its audit line, "case." and its kind. Which fact, not what it says: a dispute's
    /// outcome in the commission's words ("gegrond: verwijdering onzorgvuldig, …") and a suspicion
    /// of a sexual offence ("yes") stayed in the log after the purge (a review). The fact says it
    /// while the dossier lives.
    @discardableResult
    func insert(_ fact: CaseFact, of h: CaseHistory, owner: Person, in tx: Transaction) throws -> CaseFact {
        let f = try tx.insert(fact: fact)
        try tx.audit(
            "case.\(fact.kind.rawValue)", person: owner.id, case: h.record.id,
            detail: "\(h.record.number) feit \(f.id)", at: fact.at)
        return f
    }

    func complete(_ kind: ObligationKind, _ h: CaseHistory, entry: EntryID, in tx: Transaction) throws {
        for o in h.obligations where o.kind == kind && !o.isDone {
            try tx.markDone(o, at: tx.now, entry: entry)
        }
    }

    // MARK: Removal

    /// Another school is willing to admit the pupil: the removal is final (WPO 40 lid 11; WVO 2020
    /// 8.15 lid 2; WEC 40 lid 18). In VO the Inspectie is consulted first (8.15 lid 4) and told
    /// afterwards (lid 5).
    @discardableResult
    public func acceptedElsewhere(_ id: CaseID, school: String, on date: LocalDate) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let name = school.trimmed
        guard !name.isEmpty else {
            throw CasusError.invalid(
                "noem de school die de leerling toelaat (--school)", "name the school that admits the pupil (--school)")
        }
        try requireNotFuture(date, Phrase("de datum van toelating", "the date of admission"))
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            let removal = try Self.removalDecision(h)
            if let done = h.fact(.otherSchoolAccepted) {
                throw CasusError.refused(
                    "de toelating is al vastgelegd: \(done.value) (\(done.date.dutch))",
                    "the admission is already recorded: \(done.value) (\(done.date.dutch))")
            }
            // A decision takes effect once made known: the removal was made final while its letter
            // to the parents had not gone (a legal review).
            if h.obligations.contains(where: { $0.kind == .removalDecision && !$0.isDone }) {
                throw CasusError.refused(
                    "het verwijderingsbesluit is nog niet bekendgemaakt, en een besluit werkt pas als het is bekendgemaakt\(Law.madeKnown(h.legal).bracketed.nl); er is niets veranderd",
                    "the removal decision has not been made known yet, and a decision takes effect only once it is\(Law.madeKnown(h.legal).bracketed.en); nothing was changed",
                    hint: Phrase(
                        "Maak de brief met het besluit (`casus letter \(h.record.number) --template verwijderingsbesluit`), verstuur hem en leg dat vast: `casus letter sent STUK --via post|registered|mail|hand`; daarna de toelating.",
                        "Make the decision's letter (`casus letter \(h.record.number) --template verwijderingsbesluit`), send it and record it: `casus letter sent ENTRY --via post|registered|mail|hand`; then the admission."
                    ))
            }
            if h.legal.sector == .vo, h.obligations.contains(where: { $0.kind == .inspectieConsult && !$0.isDone }) {
                throw CasusError.refused(
                    "vóór de definitieve verwijdering van een leerling op wie de Leerplichtwet van toepassing is, overlegt het bevoegd gezag met de Inspectie\(Law.wvo815_4.bracketed.nl)",
                    "before a pupil under the Leerplichtwet is removed for good, the board consults the Inspectie\(Law.wvo815_4.bracketed.en)",
                    hint: Phrase(
                        "Leg het overleg vast: `casus case done \(h.record.number) --obligation inspectie-consult`. Er is niets veranderd.",
                        "Record the consultation: `casus case done \(h.record.number) --obligation inspectie-consult`. Nothing was changed."
                    ))
            }
            // Not on a day before the removal was decided: one was recorded as final the day before
            // its decision (a legal review). (The Inspectie's consultation is recorded on the day it
            // is ticked, so its day is not held against the admission's.)
            let before: Phrase? =
                date < removal.date
                ? Phrase(
                    "het verwijderingsbesluit van \(removal.date.dutch)", "the removal decision of \(removal.date.iso)")
                : nil
            if let after = before {
                throw CasusError.invalid(
                    "de verwijdering kan niet definitief zijn geworden op \(date.dutch), vóór \(after.nl); er is niets veranderd",
                    "the removal cannot have become final on \(date.iso), before \(after.en); nothing was changed",
                    hint: Phrase(
                        "Geef de dag waarop de andere school de leerling toeliet (--on JJJJ-MM-DD).",
                        "Give the day the other school admitted the pupil (--on YYYY-MM-DD)."))
            }
            let (fact, entry) = try recordFact(
                .otherSchoolAccepted, on: date, value: name,
                entry: EntryDraft(
                    kind: .decision, title: "Verwijdering definitief — zaak \(h.record.number)",
                    body: "\(name) is bereid de leerling toe te laten (vastgelegd per \(date.dutch)). "
                        + "Daarmee is de verwijdering definitief\(Law.zorgplicht(h.legal.sector).bracketed.nl).",
                    caseID: id), h: h, owner: owner, in: tx)
            try complete(.otherSchool, h, entry: entry.id, in: tx)
            if h.legal.sector == .vo {
                _ = try tx.insert(
                    obligation: PlannedObligation(
                        .inspectieFinalRemoval, due: h.calendar.schoolDay(onOrAfter: session.today),
                        note: Phrase("Elke definitieve verwijdering", "Every final removal") + Law.wvo815_5.bracketed
                    ).obligation(case: id), stepID: nil, at: tx.now)
            }
            return fact
        }
    }

    /// The removal decision is revoked (the objection upheld, or reconsidered): the pupil stays, and
    /// the duty to find another school ends with the entry that records it (WPO art. 40 lid 11 asks
    /// another school only for a removal that stands).
    @discardableResult
    public func removalRevoked(_ id: CaseID, on date: LocalDate, reason: String) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let why = reason.trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid(
                "zeg waarom de verwijdering niet doorgaat (--reason), bijvoorbeeld het besluit op het bezwaar",
                "say why the removal does not go ahead (--reason), for example the decision on the objection")
        }
        try requireNotFuture(date, Phrase("de datum van het herroepen", "the date of the revocation"))
        return try session.write { tx in
            let (h, profile, owner) = try history(tx.r, id)
            try requireOpen(h)
            let removal = try Self.removalDecision(h)
            // Of this removal: one revoked before may be followed by another (a review).
            if let done = h.revokedRemoval
                ?? h.facts.last(where: { $0.kind == .otherSchoolAccepted && $0.at > removal.at })
            {
                throw CasusError.refused(
                    "de verwijdering is al \(done.kind == .removalRevoked ? "herroepen" : "definitief") (\(done.date.dutch)); er is niets veranderd",
                    "the removal is already \(done.kind == .removalRevoked ? "revoked" : "final") (\(done.date.iso)); nothing was changed"
                )
            }
            guard date >= removal.date else {
                throw CasusError.invalid(
                    "het herroepen (\(date.dutch)) ligt vóór het besluit (\(removal.date.dutch)); er is niets vastgelegd",
                    "the revocation (\(date.iso)) is before the decision (\(removal.date.iso)); nothing was recorded")
            }
            let (fact, entry) = try recordFact(
                .removalRevoked, on: date, value: String(removal.id), note: why,
                entry: EntryDraft(
                    kind: .decision, title: "Verwijdering herroepen — zaak \(h.record.number)",
                    body:
                        "Het besluit tot verwijdering van \(removal.date.dutch) is herroepen per \(date.dutch): \(why)\n"
                        + "De leerling blijft ingeschreven; een andere school is niet meer nodig.",
                    caseID: id), h: h, owner: owner, in: tx)
            // What the removal asked that is not done goes with it: its letter, the notices, the term
            // to object (a revoked removal was still to be written to the parents, reported to
            // leerplicht and objected to, a review). Answered by the revocation's entry.
            try revoked(fact, ending: Self.removalDuties, entry: entry, h, profile, in: tx)
            return fact
        }
    }

    /// The employee revoked the consent to the dismissal in writing (BW art. 7:671 lid 2, read here:
    /// "binnen veertien dagen na de dagtekening ervan zonder opgaaf van redenen door een schriftelijke,
    /// aan de werkgever gerichte, verklaring"; three weeks where they were not told of the right
    /// within two working days, lid 3): the notice is deemed not to have taken place (lid 4), and
    /// the case goes on from the decision before it. Within the term only; its duties go with it.
    @discardableResult
    public func consentRevoked(_ id: CaseID, on date: LocalDate, reason: String) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let why = reason.trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid(
                "zeg wat de werknemer schreef (--reason), bijvoorbeeld: brief van 12-12-2026, instemming herroepen",
                "say what the employee wrote (--reason), for example: letter of 12-12-2026, consent revoked")
        }
        try requireNotFuture(date, Phrase("de datum van het herroepen", "the date of the revocation"))
        return try session.write { tx in
            let (h, profile, owner) = try history(tx.r, id)
            try requireOpen(h)
            let n = h.record.number
            guard let dismissal = h.decisions.last(where: { $0.rung == .dismissal }),
                dismissal.route(in: h.facts) == .consent
            else {
                throw CasusError.refused(
                    "zaak \(n) heeft geen opzegging met instemming van de werknemer om te herroepen; er is niets veranderd",
                    "case \(n) has no notice with the employee's consent to revoke; nothing was changed")
            }
            if let done = h.revokedConsent(of: dismissal) {
                throw CasusError.refused(
                    "de instemming is al herroepen (\(done.date.dutch)); er is niets veranderd",
                    "the consent was already revoked (\(done.date.iso)); nothing was changed")
            }
            // The consent of this dismissal (`consentDay`), recorded after it.
            guard let given = Self.consentDay(h) else {
                throw CasusError.refused(
                    "de instemming zelf is nog niet vastgelegd; er is niets veranderd",
                    "the consent itself is not recorded yet; nothing was changed",
                    hint: Phrase(
                        "Leg eerst de instemming vast met haar datum: `casus case done \(n) --obligation \(ObligationKind.dismissalConsent.rawValue) --on JJJJ-MM-DD`.",
                        "First record the consent with its date: `casus case done \(n) --obligation \(ObligationKind.dismissalConsent.rawValue) --on YYYY-MM-DD`."
                    ))
            }
            guard date >= given else {
                throw CasusError.invalid(
                    "het herroepen (\(date.dutch)) ligt vóór de instemming (\(given.dutch)); er is niets vastgelegd",
                    "the revocation (\(date.iso)) is before the consent (\(given.iso)); nothing was recorded")
            }
            // Consent given again within six months of a revocation is not revoked again (lid 5, read
            // here): a second revocation was taken, the notice deemed never given (a review).
            if let earlier = try Self.earlierRevocation(h, before: dismissal, given: given, tx.r) {
                throw CasusError.refused(
                    "de werknemer herriep op \(earlier.date.dutch) al een instemming; een nieuwe instemming binnen zes maanden daarna is niet te herroepen\(Law.bw7671_5.bracketed.nl); de opzegging staat, er is niets vastgelegd",
                    "the employee already revoked a consent on \(earlier.date.iso); a new consent within six months after it cannot be revoked\(Law.bw7671_5.bracketed.en); the notice stands, nothing was recorded"
                )
            }
            // An end already on record: the revocation would leave it standing beside a contract that
            // goes on (a review); it is refused while the consent can be revoked (`contractEnded`).
            if let end = h.facts.last(where: { $0.kind == .contractEnded && $0.at > dismissal.at }) {
                throw CasusError.refused(
                    "het einde van de arbeidsovereenkomst is al vastgelegd (\(end.date.dutch)); er is niets vastgelegd",
                    "the end of the employment is already recorded (\(end.date.iso)); nothing was recorded",
                    hint: Phrase(
                        "Een herroeping binnen de termijn maakt dat einde ongedaan; casus kan een vastgelegd einde niet terugdraaien: leg het vast in een notitie en neem contact op met de beheerder.",
                        "A revocation within the term undoes that end; casus cannot take a recorded end back: record it in a note and contact the administrator."
                    ))
            }
            if let term = h.obligations.last(where: { $0.kind == .consentWithdrawal }), date > term.due {
                throw CasusError.refused(
                    "de termijn om de instemming te herroepen liep tot en met \(term.due.dutch)\(Law.bw7671_2.and(Law.bw7671_3).bracketed.nl); de opzegging staat, er is niets vastgelegd",
                    "the term to revoke the consent ran up to and including \(term.due.iso)\(Law.bw7671_2.and(Law.bw7671_3).bracketed.en); the notice stands, nothing was recorded"
                )
            }
            let (fact, entry) = try recordFact(
                .consentRevoked, on: date, value: String(dismissal.id), note: why,
                entry: EntryDraft(
                    kind: .note, title: "Instemming met ontslag herroepen — zaak \(n)",
                    body:
                        "De werknemer heeft de instemming van \(given.dutch) met de opzegging op \(date.dutch) schriftelijk herroepen (BW art. 7:671 lid 2): \(why)\n"
                        // Not "loopt door" where a summary dismissal ended it since: the dossier said
                        // so for good of a contract already ended (a legal review).
                        + "De opzegging wordt geacht niet te hebben plaatsgevonden (lid 4)"
                        + (h.summaryDismissal.map { ended in
                            "; het dienstverband was al beëindigd door het ontslag op staande voet \(ended.bracketed.nl)."
                        } ?? "; de arbeidsovereenkomst loopt door."),
                    caseID: id), h: h, owner: owner, in: tx)
            // The consent's duties go with it (answered by the note that records the revocation).
            try revoked(fact, ending: Obligation.consentDuties, entry: entry, h, profile, in: tx)
            return fact
        }
    }

    /// What follows a revocation recorded: the duties of the decision revoked end with its entry
    /// (shown as lapsed, `Obligation.lapse`), and the decision no longer stands
    /// (`CaseHistory.standingDecisions`): the case's rung on record goes back to what the decisions
    /// that stand reached, none if none (`case list` and the counts kept "verwijdering" and
    /// "ontslag", a review). The server allows the move in the revocation's own save.
    func revoked(
        _ fact: CaseFact, ending duties: Set<ObligationKind>, entry: DossierEntry, _ h: CaseHistory,
        _ profile: ProtocolProfile, in tx: Transaction
    ) throws {
        for o in h.obligations where !o.isDone && duties.contains(o.kind) {
            try tx.markDone(o, at: tx.now, entry: entry.id)
        }
        var after = h
        after.facts.append(fact)
        let reached = LadderEngine.recorded(after, under: profile)
        if reached != h.record.rung { try tx.setRung(h.record.id, reached, at: tx.now) }
    }

    /// A revocation of an earlier consent in the case, within six months of which `given` (this
    /// dismissal's consent) falls: that consent cannot be revoked (BW art. 7:671 lid 5, read here).
    /// The employee's, in any case about them: lid 5 is of the employee and the employer, not of one
    /// case (a second case's consent was given a term to revoke it, and revoked, a review). Six
    /// months after 4 January run up to and including 4 July.
    static func earlierRevocation(
        _ h: CaseHistory, before dismissal: Step, given: LocalDate, _ r: any StorageReader
    ) throws -> CaseFact? {
        var revocations = h.facts.filter {
            $0.kind == .consentRevoked && (Int64($0.value).map { $0 != dismissal.id } ?? ($0.at < dismissal.at))
        }
        for other in h.subjectCases where other.id != h.record.id {
            revocations += try r.facts(case: other.id).filter { $0.kind == .consentRevoked && $0.at < dismissal.at }
        }
        return revocations.filter { $0.date <= given && given <= $0.date.adding(months: 6) }.max { $0.date < $1.date }
    }

    /// The case's latest removal decision, which an admission elsewhere or a revocation is of.
    static func removalDecision(_ h: CaseHistory) throws -> Step {
        guard let removal = h.decisions.last(where: { $0.rung == .removal }) else {
            throw CasusError.refused(
                "zaak \(h.record.number) heeft geen verwijderingsbesluit",
                "case \(h.record.number) has no removal decision",
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        return removal
    }

    /// The duties a removal decision brings (LegalLayer), which its revocation ends.
    public static let removalDuties: Set<ObligationKind> = [
        .otherSchool, .removalDecision, .leerplichtRemoval, .rmcRemoval, .inspectieRemoval, .inspectieConsult,
        .objectionWindow,
    ]

    /// The parents put the removal to the Geschillencommissie passend onderwijs: its opinion is
    /// due within ten weeks (WPO 43 lid 3) and the term for the decision on the objection is
    /// suspended until then (lid 4).
    @discardableResult
    public func disputeRequested(_ id: CaseID, on date: LocalDate) throws -> Saved<CaseFact> {
        try session.require(.decide)
        try requireNotFuture(date, Phrase("de datum van het verzoek", "the date of the request"))
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            guard let removal = h.decisions.last(where: { $0.rung == .removal }) else {
                throw CasusError.refused(
                    "de Geschillencommissie passend onderwijs oordeelt over een verwijdering; zaak \(h.record.number) heeft geen verwijderingsbesluit",
                    "the Geschillencommissie passend onderwijs judges a removal; case \(h.record.number) has no removal decision",
                    hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
            }
            // A dispute is about a removal decided: one asked eleven days before the decision paused
            // the term on the objection from then, and moved the decision on it eleven days on (a
            // legal review).
            guard date >= removal.date else {
                throw CasusError.invalid(
                    "het geschil kan niet op \(date.dutch) zijn voorgelegd, vóór het verwijderingsbesluit van \(removal.date.dutch); er is niets veranderd",
                    "the dispute cannot have been put on \(date.iso), before the removal decision of \(removal.date.iso); nothing was changed",
                    hint: Phrase(
                        "Geef de dag waarop de ouders het geschil voorlegden (--requested JJJJ-MM-DD).",
                        "Give the day the parents put the dispute (--requested YYYY-MM-DD)."))
            }
            if let asked = h.disputePending {
                throw CasusError.refused(
                    "het geschil ligt al bij de commissie sinds \(asked.date.dutch)",
                    "the commission has had the dispute since \(asked.date.dutch)")
            }
            let source = Law.dispute(h.legal.sector)
            let (fact, entry) = try recordFact(
                .disputeRequested, on: date,
                entry: EntryDraft(
                    kind: .note, title: "Geschil voorgelegd aan de Geschillencommissie passend onderwijs",
                    body:
                        "De ouders hebben het geschil op \(date.dutch) voorgelegd. De termijn voor de beslissing op bezwaar "
                        + "is opgeschort tot het oordeel\(source.bracketed.nl); oordeel binnen 10 weken\(Law.wpo43_3.bracketed.nl).",
                    caseID: id), h: h, owner: owner, in: tx)
            _ = try tx.insert(
                obligation: Obligation(
                    caseID: id, kind: .disputeOpinion, due: date.adding(days: 70),
                    note: (Phrase("Gevraagd op \(date.dutch)", "Asked on \(date.dutch)") + Law.wpo43_3.bracketed)
                        .stored,
                    isDeadlineForOthers: true, entryID: nil), stepID: nil, at: tx.now)
            // The term on the objection pauses from the request, or from the objection if it came
            // later: a term pauses only while it runs (WPO art. 43).
            let objected = h.facts.last(where: { $0.kind == .objectionReceived })?.date ?? date
            for o in h.obligations
            where [.objectionDecision, .objectionConsult].contains(o.kind) && !o.isDone && !o.isPaused {
                try tx.setDue(o, due: o.due, pausedFrom: max(date, objected))
            }
            _ = entry
            return fact
        }
    }

    /// The commission's opinion: the suspended term runs again, moved by the days it was suspended.
    @discardableResult
    public func disputeOpinion(_ id: CaseID, on date: LocalDate, outcome: String) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let text = outcome.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "geef het oordeel van de commissie in een paar woorden (--outcome)",
                "give the commission's opinion in a few words (--outcome)")
        }
        try requireNotFuture(date, Phrase("de datum van het oordeel", "the date of the opinion"))
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            guard let asked = h.disputePending else {
                throw CasusError.refused(
                    "er ligt geen geschil bij de commissie op zaak \(h.record.number)",
                    "the commission has no dispute on case \(h.record.number)",
                    hint: Phrase(
                        "Leg eerst het verzoek vast: `casus case dispute \(h.record.number) --requested DATUM`.",
                        "Record the request first: `casus case dispute \(h.record.number) --requested DATE`."))
            }
            guard date >= asked.date else {
                throw CasusError.invalid(
                    "het oordeel (\(date.dutch)) ligt vóór het verzoek (\(asked.date.dutch))",
                    "the opinion (\(date.dutch)) is before the request (\(asked.date.dutch))")
            }
            var moved: [String] = []
            // Only the days the term ran are given back: from the request, or from the day the
            // term began when that came later.
            let began = try Self.decisionTermStart(h, owner: owner, tx.r)
            for o in h.obligations where [.objectionDecision, .objectionConsult].contains(o.kind) && !o.isDone {
                guard let paused = o.pausedFrom else { continue }
                let from = max(paused, began ?? paused)
                let due = o.due.adding(days: max(0, from.days(until: date)))
                try tx.setDue(o, due: due, pausedFrom: nil)
                if o.kind == .objectionDecision { moved.append(due.dutch) }
            }
            let movedText =
                moved.isEmpty
                ? "" : " De beslissing op bezwaar is nu uiterlijk \(moved.joined(separator: ", ")) verschuldigd."
            let (fact, entry) = try recordFact(
                .disputeOpinion, on: date, value: text,
                entry: EntryDraft(
                    kind: .decision, title: "Oordeel Geschillencommissie passend onderwijs",
                    body: "Oordeel van \(date.dutch): \(text).\(movedText)\(Law.dispute(h.legal.sector).bracketed.nl)",
                    caseID: id), h: h, owner: owner, in: tx)
            try complete(.disputeOpinion, h, entry: entry.id, in: tx)
            return fact
        }
    }

    // MARK: Meldplicht

    /// The consultation with the vertrouwensinspecteur: a reasonable suspicion or not. Only "yes"
    /// brings the aangifte, with the pupil's parents and the accused informed first (WPO 4a lid 2);
    /// after "no" the case can close.
    @discardableResult
    public func consult(_ id: CaseID, suspicion: Bool, note: String) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let text = note.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "beschrijf het overleg in een paar zinnen (--note)",
                "describe the consultation in a few sentences (--note)")
        }
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            guard h.record.flags.meldplicht else {
                throw CasusError.refused(
                    "zaak \(h.record.number) is geen meldplichtzaak; een melding bij de vertrouwensinspecteur legt u vast met `casus letter ZAAK --template telefoonnotitie-vertrouwensinspecteur` of `v`",
                    "case \(h.record.number) is not a meldplicht case; record a report to the vertrouwensinspecteur with `casus letter CASE --template telefoonnotitie-vertrouwensinspecteur` or `v`",
                    hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
            }
            if let done = h.fact(.consultation) {
                throw CasusError.refused(
                    "het overleg is al vastgelegd op \(done.date.dutch) (redelijk vermoeden: \(done.value == "yes" ? "ja" : "nee"))",
                    "the consultation was already recorded on \(done.date.dutch) (reasonable suspicion: \(done.value))")
            }
            let src = Law.meldplicht(h.legal.sector)
            let today = session.today
            let outcome =
                suspicion
                ? "Uitkomst: redelijk vermoeden. Het bevoegd gezag informeert de ouders van de leerling en de betrokkene en doet daarna onverwijld aangifte\(src.aangifte.bracketed.nl)."
                : "Uitkomst: geen redelijk vermoeden; er is geen aangifteplicht\(src.aangifte.bracketed.nl)."
            let (fact, entry) = try recordFact(
                .consultation, on: today, value: suspicion ? "yes" : "no", note: text,
                entry: EntryDraft(
                    kind: .phone, title: "Overleg vertrouwensinspecteur (0900-1113111)",
                    body: "\(text)\n\n\(outcome)", caseID: id), h: h, owner: owner, in: tx)
            try complete(.vertrouwensinspecteur, h, entry: entry.id, in: tx)
            if suspicion {
                let sameDay = h.calendar.schoolDay(onOrAfter: today)
                _ = try tx.insert(
                    obligation: PlannedObligation(
                        .informBeforeAangifte, due: sameDay,
                        note: Phrase("Vóór de aangifte", "Before the police report") + src.aangifte.bracketed
                    ).obligation(case: id), stepID: nil, at: tx.now)
                if !h.obligations.contains(where: { $0.kind == .aangifte && !$0.isDone }) {
                    _ = try tx.insert(
                        obligation: PlannedObligation(
                            .aangifte, due: sameDay,
                            note: Phrase(
                                "Onverwijld, en de vertrouwensinspecteur daarvan onverwijld in kennis stellen",
                                "At once, and tell the vertrouwensinspecteur at once") + src.aangifte.bracketed
                        ).obligation(case: id), stepID: nil, at: tx.now)
                }
            }
            return fact
        }
    }

    // MARK: Zienswijze

    /// A zienswijze: the employee's on a voornemen (CAO PO), or the parents' view before a
    /// suspension at an openbare school (Awb 4:8). `given: false` records that the term passed
    /// without one; for a pupil's parents it names the day they were invited (`invited`), as an
    /// invitation to be heard does: a note alone let "none within the term" be recorded the day
    /// they were invited, or for an invitation sent before the previous step (a review).
    @discardableResult
    public func zienswijze(
        _ id: CaseID, on date: LocalDate, given: Bool, invited: LocalDate? = nil, until: LocalDate? = nil,
        note: String
    ) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let text = note.trimmed
        if given, text.isEmpty {
            throw CasusError.invalid(
                "geef de zienswijze kort weer (--note)", "summarise the view (--note)",
                hint: Phrase(
                    "Kwam er geen zienswijze binnen de termijn, gebruik dan --none.",
                    "If no view came within the term, use --none."))
        }
        try requireNotFuture(date, Phrase("de datum van de zienswijze", "the date of the view"))
        // Where the note holds what may not be stored, said in the note as typed: found in the
        // record's text, it was "regel 2, teken 14" of a one-line note (a review).
        if let f = StoredText.fault(in: text, multiline: true) {
            throw CasusError.invalid(
                "de toelichting bevat \(f.what.nl) (regel \(f.line), teken \(f.column)); er is niets vastgelegd",
                "the note holds \(f.what.en) (line \(f.line), character \(f.column)); nothing was recorded")
        }
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            var title = "Zienswijze — zaak \(h.record.number)"
            var body =
                given
                ? "Zienswijze ontvangen op \(date.dutch):\n\(text)" : "Geen zienswijze ontvangen binnen de termijn."
            if h.kind == .staff {
                if invited != nil || until != nil {
                    throw CasusError.invalid(
                        "een medewerker geeft een zienswijze op het voornemen, binnen de termijn die het noemt: een dag van uitnodiging en een termijn (--invited, --until) horen bij de zienswijze van ouders; er is niets vastgelegd",
                        "an employee gives a view on the proposal, within the term it names: a day of invitation and a term (--invited, --until) belong to a parents' view; nothing was recorded"
                    )
                }
                guard let p = h.steps.last(where: { $0.phase == .proposal && h.pendingProposal(for: $0.rung) != nil })
                else {
                    throw CasusError.refused(
                        "er loopt geen voornemen op zaak \(h.record.number); een zienswijze hoort bij een voornemen",
                        "no proposal is pending on case \(h.record.number); a zienswijze answers a proposal",
                        hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
                }
                // A view answers the voornemen: not one dated before it (it was refused against the
                // report's day, which said nothing of the voornemen, a review).
                if date < p.date {
                    throw CasusError.invalid(
                        "de zienswijze (\(date.dutch)) ligt vóór het voornemen van \(p.date.dutch); een zienswijze beantwoordt het voornemen; er is niets vastgelegd",
                        "the view (\(date.dutch)) is dated before the proposal of \(p.date.dutch); a view answers the proposal; nothing was recorded",
                        hint: Phrase(
                            "Geef de dag waarop de zienswijze binnenkwam (--received JJJJ-MM-DD).",
                            "Give the day the view came in (--received YYYY-MM-DD)."))
                }
                // The view answers the voornemen as it reached the employee: its letter sent, and the
                // view (or the term's end) after it. A "none" recorded before the letter went, and a
                // decision the day it was sent, read "Bij aangetekende brief van 5 januari … geen
                // zienswijze … Datum van het besluit: 5 januari" (a review; BW art. 3:37 lid 3).
                if let letter = h.obligations.registeredLetter(of: p) {
                    let sent = try letter.entryID.flatMap { try tx.r.letterSendings(dossier: owner.id)[$0]?.on }
                    guard letter.isDone else {
                        throw CasusError.refused(
                            "de brief met het voornemen van \(p.date.dutch) is nog niet als verzonden vastgelegd; de termijn voor de zienswijze loopt vanaf de verzending; er is niets vastgelegd",
                            "the letter of the voornemen of \(p.date.iso) is not recorded as sent yet; the term for the view runs from its sending; nothing was recorded",
                            hint: Phrase(
                                "Leg eerst vast hoe en wanneer de brief ging (z in de zaak, of `casus letter sent STUK --via registered|hand`): aangetekend, of overhandigd tegen ontvangstbevestiging; de termijn schuift dan mee.",
                                "First record how and when the letter went (z on the case, or `casus letter sent ENTRY --via registered|hand`): registered, or handed over against a signature; the term moves with it."
                            ))
                    }
                    if given, let sent, date < sent {
                        throw CasusError.invalid(
                            "de zienswijze (\(date.dutch)) ligt vóór de verzending van het voornemen (\(sent.dutch)); een zienswijze beantwoordt het voornemen zoals het de medewerker bereikte; er is niets vastgelegd",
                            "the view (\(date.iso)) is dated before the voornemen was sent (\(sent.iso)); a view answers the voornemen as it reached the employee; nothing was recorded",
                            hint: Phrase(
                                "Geef de dag waarop de zienswijze binnenkwam (--received JJJJ-MM-DD); gaf de medewerker eerder al mondeling een reactie, leg die vast als gespreksverslag.",
                                "Give the day the view came in (--received YYYY-MM-DD); an earlier spoken reaction is recorded as a meeting note."
                            ))
                    }
                }
                let term = h.obligations.last { $0.kind == .zienswijzeTerm }
                if !given, let term, term.due >= session.today {
                    throw CasusError.refused(
                        "de termijn voor de zienswijze loopt nog tot en met \(term.due.dutch)",
                        "the term for the view runs until \(term.due.dutch)",
                        hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
                }
                title = "Zienswijze medewerker op het voornemen (\(p.rung.label(for: .staff).nl))"
                body += "\n\nVoornemen van \(p.date.dutch)\(Law.cao(h.legal.sector).bracketed.nl)."
            } else {
                // "None within the term" says a term was given: the law asks that the parents could
                // give their view (Awb art. 4:8 "stelt ... in de gelegenheid"), so the record says how
                // and when they were invited. One recorded the day the case opened, with no
                // invitation anywhere, let a suspension through (a review).
                if !given, text.isEmpty {
                    throw CasusError.invalid(
                        "schrijf op hoe de ouders zijn uitgenodigd hun zienswijze te geven (--note); er is niets vastgelegd",
                        "write down how the parents were invited to give their view (--note); nothing was recorded",
                        hint: Phrase(
                            "Bijvoorbeeld: --none --invited 2026-12-01 --until 2026-12-04 --note \"Per brief uitgenodigd.\" Zijn zij nog niet uitgenodigd, doe dat eerst\(Law.awb48.bracketed.nl), of geef bij de schorsing de spoedeisende reden (Awb art. 4:11).",
                            "For example: --none --invited 2026-12-01 --until 2026-12-04 --note \"Invited by letter.\" If they were not invited yet, do that first\(Law.awb48.bracketed.en), or give the urgency with the suspension (Awb art. 4:11)."
                        ))
                }
                try requireInvitation(invited, until: until, given: given, received: date, h)
                title = "Zienswijze van de ouders — zaak \(h.record.number)"
                if !given { body += "\nUitnodiging: \(text)" }
                if let invited {
                    body +=
                        "\nUitgenodigd op \(invited.dutch)"
                        + (until.map { "; reageren kon tot en met \($0.dutch)" } ?? "") + "."
                }
                body += h.legal.isOpenbaar ? "\n\n\(Law.awb48.printed.nl)." : ""
            }
            let (fact, entry) = try recordFact(
                .zienswijze, on: date, value: given ? "given" : "none", note: text,
                entry: EntryDraft(kind: .note, title: title, body: body, caseID: id), h: h, owner: owner, in: tx)
            try complete(.zienswijzeTerm, h, entry: entry.id, in: tx)
            return fact
        }
    }

    /// The day the parents were invited to give their view: asked where none came (the term ran from
    /// it), after the case opened and its previous step (it is a view on the decision to come, as
    /// `LegalLayer.viewHeard` counts it), and before the day none was recorded, or on the day one came.
    /// With none, also the last day they could answer (`until`): "none within the term" was recorded
    /// two days before the term the note named ran out, and a suspension began inside it (a review).
    private func requireInvitation(
        _ invited: LocalDate?, until: LocalDate?, given: Bool, received date: LocalDate, _ h: CaseHistory
    ) throws {
        guard let invited else {
            if given { return }
            throw CasusError.invalid(
                "geef de dag waarop de ouders zijn uitgenodigd hun zienswijze te geven (--invited JJJJ-MM-DD): de termijn liep vanaf die dag; er is niets vastgelegd",
                "give the day the parents were invited to give their view (--invited YYYY-MM-DD): the term ran from that day; nothing was recorded",
                hint: Phrase(
                    "Zijn zij nog niet uitgenodigd, doe dat eerst\(Law.awb48.bracketed.nl), of geef bij de schorsing de spoedeisende reden (Awb art. 4:11).",
                    "If they were not invited yet, do that first\(Law.awb48.bracketed.en), or give the urgency with the suspension (Awb art. 4:11)."
                ))
        }
        if !given, invited >= date {
            throw CasusError.invalid(
                "de uitnodiging (\(invited.dutch)) ligt niet vóór \(date.dutch): wie die dag pas is uitgenodigd, heeft de gelegenheid om een zienswijze te geven nog niet gehad; er is niets vastgelegd",
                "the invitation (\(invited.iso)) is not before \(date.iso): whoever was invited only that day has not had the opportunity to give a view yet; nothing was recorded",
                hint: Phrase(
                    "Leg \"geen zienswijze\" vast nadat de termijn in de uitnodiging is verstreken (--received JJJJ-MM-DD).",
                    "Record \"no view\" after the term in the invitation has passed (--received YYYY-MM-DD)."))
        }
        if !given {
            guard let until else {
                throw CasusError.invalid(
                    "geef de laatste dag waarop de ouders hun zienswijze konden geven (--until JJJJ-MM-DD); er is niets vastgelegd",
                    "give the last day the parents could give their view (--until YYYY-MM-DD); nothing was recorded",
                    hint: Phrase(
                        "De dag die de uitnodiging noemde; \"geen zienswijze binnen de termijn\" volgt erna.",
                        "The day the invitation named; \"no view within the term\" comes after it."))
            }
            if date <= until {
                throw CasusError.refused(
                    "de ouders konden hun zienswijze nog geven tot en met \(until.dutch)\(Law.awb48.bracketed.nl); \"geen zienswijze binnen de termijn\" kan pas daarna; er is niets vastgelegd",
                    "the parents could still give their view up to and including \(until.iso)\(Law.awb48.bracketed.en); \"no view within the term\" only after it; nothing was recorded",
                    hint: Phrase(
                        "Leg het vast na \(until.dutch) (--received), of leg de zienswijze vast die toch kwam.",
                        "Record it after \(until.iso) (--received), or record the view that came after all."))
            }
        }
        // A term of at least a day after the invitation: one that ended the day of the invitation gave
        // no opportunity, and one ending before it was stored with a view given (reviews).
        if let until, until <= invited {
            throw CasusError.invalid(
                "de termijn (tot en met \(until.dutch)) eindigt niet na de uitnodiging (\(invited.dutch)): zo was er geen gelegenheid om te reageren; er is niets vastgelegd",
                "the term (up to and including \(until.iso)) does not end after the invitation (\(invited.iso)): that left no opportunity to answer; nothing was recorded"
            )
        }
        if given, invited > date {
            throw CasusError.invalid(
                "de uitnodiging (\(invited.dutch)) ligt na de ontvangst van de zienswijze (\(date.dutch)); er is niets vastgelegd",
                "the invitation (\(invited.iso)) is after the view was received (\(date.iso)); nothing was recorded")
        }
        let opened = h.record.openedAt.localDate()
        let previous = h.decisions.last?.date
        if invited < max(opened, previous ?? opened) {
            throw CasusError.invalid(
                "de uitnodiging (\(invited.dutch)) ligt vóór \(previous != nil ? "de vorige stap" : "de opening van zaak \(h.record.number)") (\(max(opened, previous ?? opened).dutch)): een zienswijze gaat over het besluit dat erop volgt; er is niets vastgelegd",
                "the invitation (\(invited.iso)) is before \(previous != nil ? "the previous step" : "case \(h.record.number) was opened") (\(max(opened, previous ?? opened).iso)): a view is on the decision that follows it; nothing was recorded"
            )
        }
    }

    /// A party invited to be heard before a removal, or on an objection, did not take up the opportunity (declined,
    /// did not come, did not answer within the term): where the law asks for the opportunity only
    /// (Awb art. 4:8 at an openbare school; WVO 2020 art. 8.15), the removal may then be decided.
    /// Parents who will not come no longer keep the school from deciding; a party the law has heard
    /// (the teacher; the parents at a bijzondere school) is refused, and what to do is said.
    @discardableResult
    ///
    /// The invitation has its day (`invited`), after the case opened (after the previous step; on an
    /// objection, after it came in) and before the day it was clear they would not come: a report,
    /// its case and both parties' "invited, did not come" were taken in one minute, and let a
    /// removal through with no one heard (a legal review).
    public func hearingDeclined(
        _ id: CaseID, party: HeardParty, invited: LocalDate, on date: LocalDate, note: String
    ) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let text = note.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "schrijf op hoe en wanneer zij zijn uitgenodigd en wat er gebeurde (--note); er is niets vastgelegd",
                "write down how and when they were invited and what happened (--note); nothing was recorded",
                hint: Phrase(
                    "Bijvoorbeeld: \"Uitgenodigd per brief van 20-11 voor 25-11; niet verschenen, geen reactie.\"",
                    "For example: \"Invited by letter of 20-11 for 25-11; did not come, no answer.\""))
        }
        try ShortText.check(text, Phrase("de toelichting", "the note"), limit: 4000)
        try requireNotFuture(date, Phrase("de datum", "the date"))
        guard invited < date else {
            throw CasusError.invalid(
                "de uitnodiging (\(invited.dutch)) ligt niet vóór \(date.dutch), de dag waarop vaststond dat zij niet kwamen: wie die dag pas is uitgenodigd, heeft de gelegenheid om gehoord te worden nog niet gehad; er is niets vastgelegd",
                "the invitation (\(invited.iso)) is not before \(date.iso), the day it was clear they would not come: whoever was invited only that day has not had the opportunity to be heard yet; nothing was recorded",
                hint: Phrase(
                    "Geef de dag van de uitnodiging (--invited) en de dag waarop bleek dat zij niet kwamen (--on), een latere.",
                    "Give the day of the invitation (--invited) and the day it was clear they would not come (--on), a later one."
                ))
        }
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            guard h.kind == .pupil || h.kind == .parent else {
                throw CasusError.refused(
                    "zaak \(h.record.number) gaat niet over een leerling of een ouder; er is niets vastgelegd",
                    "case \(h.record.number) is not about a pupil or a parent; nothing was recorded")
            }
            // While an objection waits for its decision, the invitation is to the hearing on it
            // (Awb art. 7:2, 7:3 onder c): it could not be recorded after a removal, and an
            // openbare school's objection could only be decided after a hearing held (a review).
            let objection =
                h.obligations.contains { $0.kind == .objectionDecision && !$0.isDone } ? h.objection : nil
            let needs =
                objection != nil ? LegalLayer.objectionHearings(h, on: date) : LegalLayer.hearingsNeeded(h, on: date)
            let name = party == .parents ? Phrase("de ouders", "the parents") : Phrase("de leerling", "the pupil")
            let before =
                objection != nil
                ? Phrase("vóór de beslissing op het bezwaar", "before the decision on the objection")
                : Phrase("vóór deze verwijdering", "before this removal")
            guard let need = needs.first(where: { $0.party == party }) else {
                let who = Phrase(
                    needs.map(\.who.nl).joined(separator: " en "), needs.map(\.who.en).joined(separator: " and "))
                throw CasusError.refused(
                    "\(before.nl) \(party == .parents ? "hoeven" : "hoeft") \(name.nl) niet gehoord te worden; er is niets vastgelegd",
                    "\(name.en) need not be heard \(before.en); nothing was recorded",
                    hint: Phrase("Gehoord worden: \(who.nl).", "To be heard: \(who.en)."))
            }
            let meeting = Phrase(
                "`casus note \(h.record.number) --kind meeting --heard \(party.rawValue) --held-on JJJJ-MM-DD --body \"…\"`",
                "`casus note \(h.record.number) --kind meeting --heard \(party.rawValue) --held-on YYYY-MM-DD --body \"…\"`"
            )
            guard need.opportunity else {
                throw CasusError.refused(
                    "\(need.who.nl) \(party == .parents ? "moeten" : "moet") vóór een verwijdering gehoord zijn\(need.source.bracketed.nl) (de wet zegt: \"hoort\"); een uitnodiging die niet is aangenomen is daar niet genoeg; er is niets vastgelegd",
                    "\(need.who.en) must be heard before a removal\(need.source.bracketed.en) (the law says \"hoort\"); an invitation not taken up is not enough there; nothing was recorded",
                    hint: Phrase("Leg het gesprek vast met ", "Record the meeting with ") + meeting + ".")
            }
            if objection == nil, let last = h.decisions.last, last.rung == .removal {
                throw CasusError.refused(
                    "de verwijdering is al besloten op \(last.date.dutch); een uitnodiging telt voor een besluit dat nog komt; er is niets vastgelegd",
                    "the removal was decided on \(last.date.iso) already; an invitation counts for a decision still to come; nothing was recorded"
                )
            }
            // A decline counts for the decision after it, as a hearing does (`CaseHistory.declined`);
            // on an objection, from the day it was received.
            if let objection, invited < objection.date {
                throw CasusError.invalid(
                    "de uitnodiging (\(invited.dutch)) ligt vóór de ontvangst van het bezwaar (\(objection.date.dutch)): een uitnodiging om over het bezwaar gehoord te worden komt erna; er is niets vastgelegd",
                    "the invitation (\(invited.iso)) is before the objection was received (\(objection.date.iso)): an invitation to be heard on it comes after it; nothing was recorded"
                )
            }
            let opened = h.record.openedAt.localDate()
            let previous = objection == nil ? h.decisions.last?.date : nil
            if invited < opened || previous.map({ invited < $0 }) == true {
                let from = max(opened, previous ?? opened)
                throw CasusError.invalid(
                    "de uitnodiging (\(invited.dutch)) ligt vóór \(previous != nil ? "de vorige stap" : "de opening van zaak \(h.record.number)") (\(from.dutch)): een uitnodiging telt voor het besluit dat erop volgt; er is niets vastgelegd",
                    "the invitation (\(invited.iso)) is before \(previous != nil ? "the previous step" : "case \(h.record.number) was opened") (\(from.iso)): an invitation counts for the decision that follows it; nothing was recorded",
                    hint: Phrase(
                        "Geef met --invited de dag van de uitnodiging, op of na \(from.dutch); nodig hen anders eerst uit.",
                        "Give with --invited the day of the invitation, on or after \(from.iso); otherwise invite them first."
                    ))
            }
            let who = need.who.nl.prefix(1).uppercased() + need.who.nl.dropFirst()
            let about = objection != nil ? "over het bezwaar" : "vóór een besluit over verwijdering"
            let body =
                "\(who) \(party == .parents ? "zijn" : "is") op \(invited.dutch) uitgenodigd om gehoord te worden \(about)\(need.source.bracketed.nl) en \(party == .parents ? "hebben" : "heeft") die gelegenheid niet benut (vastgesteld op \(date.dutch)):\n\(text)"
            let (fact, _) = try recordFact(
                .hearingDeclined, on: date, value: party.rawValue, note: text,
                entry: EntryDraft(
                    kind: .note, title: "Gelegenheid om gehoord te worden niet benut — zaak \(h.record.number)",
                    body: body, caseID: id), h: h, owner: owner, in: tx)
            return fact
        }
    }

    // MARK: Privacy

    /// The assessment of a possible data breach, which is also its entry in the breach register
    /// (AVG 33 lid 5); when it must be reported, the report to the Autoriteit Persoonsgegevens is due.
    @discardableResult
    public func assessBreach(_ id: CaseID, report: Bool, note: String) throws -> Saved<CaseFact> {
        try session.require(.decide)
        let text = note.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "beschrijf het datalek: wat, wie, gevolgen, genomen maatregelen (--note)",
                "describe the breach: what, whom, consequences, measures taken (--note)")
        }
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            guard h.record.flags.dataBreach else {
                throw CasusError.refused(
                    "zaak \(h.record.number) heeft geen vlag datalek",
                    "case \(h.record.number) has no data-breach flag",
                    hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
            }
            if let done = h.fact(.breachAssessed) {
                throw CasusError.refused(
                    "het datalek is al beoordeeld op \(done.date.dutch)",
                    "the breach was already assessed on \(done.date.dutch)")
            }
            let deadline = h.obligations.first { $0.kind == .breachAssessment }?.due ?? session.today
            let (fact, entry) = try recordFact(
                .breachAssessed, on: session.today, value: report ? "report" : "no-report", note: text,
                entry: EntryDraft(
                    kind: .decision, title: "Register datalekken — zaak \(h.record.number)",
                    body: "\(text)\n\nBeoordeling: "
                        + (report
                            ? "melden aan de Autoriteit Persoonsgegevens\(Law.avg33_1.bracketed.nl)."
                            : "geen melding nodig: waarschijnlijk geen risico voor betrokkenen\(Law.avg33_1.bracketed.nl).")
                        + "\nVastgelegd in het register van datalekken\(Law.avg33_5.bracketed.nl).", caseID: id),
                h: h, owner: owner, in: tx)
            try complete(.breachAssessment, h, entry: entry.id, in: tx)
            try complete(.breachRegister, h, entry: entry.id, in: tx)
            if report {
                let late = deadline < session.today
                _ = try tx.insert(
                    obligation: PlannedObligation(
                        // Due when the hours ran out, late at once (it was due "today", unmarked, a review).
                        .apReport, due: deadline,
                        note: (late
                            ? Phrase(
                                "Later dan 72 uur: met een motivering voor de vertraging",
                                "Later than 72 hours: with a reason for the delay")
                            : Phrase(
                                "Zonder onredelijke vertraging, zo mogelijk binnen 72 uur",
                                "Without undue delay, within 72 hours where feasible")) + Law.avg33_1.bracketed
                    ).obligation(case: id), stepID: nil, at: tx.now)
            }
            return fact
        }
    }

    /// An inzage request (AVG 15): the answer is due one calendar month after receipt (AVG 12
    /// lid 3; two more months when needed, said within the first).
    @discardableResult
    public func inzageRequest(_ id: CaseID, receivedOn date: LocalDate, note: String) throws -> Saved<Obligation> {
        try session.require(.decide)
        try requireNotFuture(date, Phrase("de datum van ontvangst", "the date of receipt"))
        return try session.write { tx in
            // Also on a closed case: an inzage request comes when it comes, often long after the case
            // (it was refused, and its month went untracked, a review).
            let (h, _, owner) = try history(tx.r, id)
            let due = StatutoryTerm.endEU(date.adding(months: 1))
            let (_, entry) = try recordFact(
                .inzageRequest, on: date, note: note.trimmed,
                entry: EntryDraft(
                    kind: .note, title: "Inzageverzoek ontvangen — zaak \(h.record.number)",
                    body:
                        "Inzageverzoek ontvangen op \(date.dutch)\(Law.avg15.bracketed.nl). Antwoord uiterlijk \(due.dutch)\(Law.avg12_3.bracketed.nl)."
                        + (note.trimmed.isEmpty ? "" : "\n\n\(note.trimmed)"), caseID: id),
                h: h, owner: owner, in: tx)
            let o = try tx.insert(
                obligation: Obligation(
                    caseID: id, kind: .inzageAnswer, due: due,
                    note: (Phrase(
                        "Eén kalendermaand na ontvangst; verlenging met twee maanden mits binnen die maand gemeld; de export: `casus dossier export`",
                        "One calendar month after receipt; two more months if needed, said within that month; the export: `casus dossier export`"
                    ) + Law.avg12_3.bracketed + Law.avg15.bracketed
                        + Phrase(
                            "; eindigt die maand op een zaterdag, zondag of feestdag, dan de eerstvolgende werkdag",
                            "; a month that ends on a Saturday, a Sunday or a public holiday ends on the next working day"
                        )
                        + Law.eu1182_3_4.bracketed).stored, entryID: nil), stepID: nil, at: tx.now)
            _ = entry
            return o
        }
    }

    // MARK: Employment and courts

    /// The employment ended: the employee's two months to go to the kantonrechter run from this
    /// day after a summary dismissal (BW 7:686a lid 4).
    @discardableResult
    public func contractEnded(_ id: CaseID, on date: LocalDate) throws -> Saved<(fact: CaseFact, replaced: LocalDate?)>
    {
        try session.require(.decide)
        try DateRange.checkNotFarAhead(date, today: session.today, option: "--on")
        return try session.write { tx in
            let (h, _, owner) = try history(tx.r, id)
            try requireOpen(h)
            guard h.kind == .staff else {
                throw CasusError.refused(
                    "het einde van een arbeidsovereenkomst hoort bij een zaak over een medewerker",
                    "the end of an employment belongs to a case about staff")
            }
            // Only where the case gave a dismissal that stands: an end was recorded on a case with no
            // step, and after a consent revoked, and took the leaving day of one who had resigned
            // weeks before (a review).
            guard let given = h.standingDecisions.last(where: { [.dismissal, .summaryDismissal].contains($0.rung) })
            else {
                // Ended already in another case: said so, not sent to record a leaving (a legal review).
                if let other = h.endedElsewhere {
                    throw CasusError.refused(
                        "het dienstverband is al beëindigd op \(other.date.dutch) in zaak \(other.caseNumber); in zaak \(h.record.number) staat geen ontslag, er is niets vastgelegd",
                        "the employment already ended on \(other.date.dutch) in case \(other.caseNumber); case \(h.record.number) holds no dismissal, nothing was recorded",
                        hint: Phrase(
                            "Sluit deze zaak (`casus case close \(h.record.number)`); een andere dag van het einde legt u vast in zaak \(other.caseNumber).",
                            "Close this case (`casus case close \(h.record.number)`); another day of the end is recorded in case \(other.caseNumber)."
                        ))
                }
                throw CasusError(
                    .refused,
                    Phrase(
                        "in zaak \(h.record.number) staat geen ontslag: het einde van het dienstverband hoort bij een ontslag dat in de zaak is gegeven (op staande voet, met instemming of door de kantonrechter); er is niets vastgelegd",
                        "case \(h.record.number) holds no dismissal: the end of the employment belongs to a dismissal given in the case (summary, by consent or by the kantonrechter); nothing was recorded"
                    ),
                    hint: Phrase(
                        "Nam de medewerker zelf ontslag of liep het contract af, leg het vertrek vast met `casus people leave \(h.record.dossierID) --on JJJJ-MM-DD`.",
                        "If the employee resigned or the contract ran out, record the leaving with `casus people leave \(h.record.dossierID) --on YYYY-MM-DD`."
                    ))
            }
            // A request to the kantonrechter ends the employment on the day the court's dissolution
            // names, not before it is given (BW art. 7:671b): an end was recorded the day the request
            // was due to be filed, and no measure could follow during the court case (a review).
            if given.rung == .dismissal, given.route(in: h.facts) == .kantonrechter,
                !h.facts.contains(where: { $0.courtOutcome == .ended && $0.at >= given.at })
            {
                throw CasusError(
                    .refused,
                    Phrase(
                        "de arbeidsovereenkomst eindigt op de dag die de kantonrechter bij de ontbinding noemt\(Law.bw7671b.bracketed.nl), en de uitspraak is niet vastgelegd; er is niets vastgelegd",
                        "the employment ends on the day the kantonrechter names in the dissolution\(Law.bw7671b.bracketed.en), and the ruling is not recorded; nothing was recorded"
                    ),
                    hint: Phrase(
                        "Leg eerst het einde van de procedure vast (`casus case court \(h.record.number) --ended DATUM --note …`), dan het einde van het dienstverband op de dag uit de beschikking.",
                        "Record the end of the proceedings first (`casus case court \(h.record.number) --ended DATE --note …`), then the end of the employment on the day in the ruling."
                    ))
            }
            // Not before the dismissal that ends it: a summary dismissal's end set two days back
            // shortened the employee's two months to go to court (BW 7:686a lid 4), a review. An
            // employment ends at a dismissal or after it, never before.
            if let dismissal = h.steps.last(where: { [.dismissal, .summaryDismissal].contains($0.rung) }),
                date < dismissal.date
            {
                throw CasusError.invalid(
                    "het dienstverband kan niet eindigen op \(date.dutch), vóór het \(dismissal.rung.label(for: .staff).nl) van \(dismissal.date.dutch); er is niets vastgelegd",
                    "the employment cannot end on \(date.iso), before the \(dismissal.rung.label(for: .staff).en) of \(dismissal.date.iso); nothing was recorded",
                    hint: Phrase(
                        "Geef de dag waarop het dienstverband eindigde: bij ontslag op staande voet de dag van het ontslag, anders de dag van de opzegging of de ontbinding (--on JJJJ-MM-DD).",
                        "Give the day the employment ended: for a summary dismissal the day of the dismissal, otherwise the day of the notice or the dissolution (--on YYYY-MM-DD)."
                    ))
            }
            // A summary dismissal ends the employment when it reaches the employee: its end is a day
            // that has come, or the day a letter sent reaches them (within a week), not one months
            // ahead (a review set it half a year on, and the employee's two months to go to court,
            // and the dossier's retention, ran from there).
            if let given = h.standingDecisions.last, given.rung == .summaryDismissal,
                date > session.today.adding(days: 7)
            {
                throw CasusError.invalid(
                    "een ontslag op staande voet eindigt het dienstverband als het de werknemer bereikt: \(date.dutch) ligt meer dan een week na vandaag; er is niets vastgelegd\(Law.bw7677.bracketed.nl)",
                    "a summary dismissal ends the employment when it reaches the employee: \(date.iso) is more than a week after today; nothing was recorded\(Law.bw7677.bracketed.en)",
                    hint: Phrase(
                        "Geef de dag waarop de medewerker het ontslag bereikte (--on JJJJ-MM-DD), op of na \(given.date.dutch).",
                        "Give the day the dismissal reached the employee (--on YYYY-MM-DD), on or after \(given.date.iso)."
                    ))
            }
            // Not while the employee may still revoke the consent it rests on (BW art. 7:671 lid 2):
            // an end was recorded the day after the consent, with thirteen days to revoke left (a
            // review). Nor before the consent is recorded at all.
            if let route = h.steps.last(where: { $0.rung == .dismissal }),
                let consent = h.obligations.last(where: { $0.kind == .dismissalConsent && $0.due >= route.date })
            {
                let term = h.obligations.last { $0.kind == .consentWithdrawal && $0.id > consent.id }
                if !consent.isDone {
                    throw CasusError.refused(
                        "een opzegging met instemming van de werknemer vraagt eerst die schriftelijke instemming, en die is niet vastgelegd\(Law.bw7671_1.bracketed.nl); er is niets vastgelegd",
                        "a notice with the employee's consent needs that written consent first, and it is not recorded\(Law.bw7671_1.bracketed.en); nothing was recorded",
                        hint: Phrase(
                            "Leg de instemming vast: `casus case done \(h.record.number) --obligation \(ObligationKind.dismissalConsent.rawValue) --entry STUK`.",
                            "Record the consent: `casus case done \(h.record.number) --obligation \(ObligationKind.dismissalConsent.rawValue) --entry ENTRY`."
                        ))
                }
                if let term, date <= term.due {
                    throw CasusError.refused(
                        "de werknemer kan de instemming nog herroepen tot en met \(term.due.dutch)\(Law.bw7671_2.bracketed.nl); het dienstverband kan pas daarna eindigen, er is niets vastgelegd",
                        "the employee may still revoke the consent up to and including \(term.due.iso)\(Law.bw7671_2.bracketed.en); the employment can end only after it, nothing was recorded",
                        hint: Phrase(
                            "Leg het einde vast op een dag na \(term.due.dutch), met de opzegtermijn van de arbeidsovereenkomst (BW art. 7:672; casus kent die termijn niet).",
                            "Record the end on a day after \(term.due.iso), with the notice period of the contract (BW art. 7:672; casus does not know that period)."
                        ))
                }
                // Nor recorded ahead while the consent can still be revoked: a revocation would leave
                // an end on record for a notice deemed never given (a review recorded one on the
                // day of the consent, for a day months later).
                if let term, session.today <= term.due,
                    !h.facts.contains(where: { $0.kind == .consentRevoked && $0.at > route.at })
                {
                    throw CasusError.refused(
                        "de werknemer kan de instemming nog herroepen tot en met \(term.due.dutch)\(Law.bw7671_2.bracketed.nl); leg het einde vast na die dag, er is niets vastgelegd",
                        "the employee may still revoke the consent up to and including \(term.due.iso)\(Law.bw7671_2.bracketed.en); record the end after that day, nothing was recorded",
                        hint: Phrase(
                            "Herriep de werknemer de instemming, leg dat vast met `casus case revoke \(h.record.number) --reason TEKST`.",
                            "If the employee revoked the consent, record it with `casus case revoke \(h.record.number) --reason TEXT`."
                        ))
                }
            }
            // A second end replaces the first, and says so in the dossier (it was taken silently,
            // the case listing two ends, a review).
            let before = h.facts.last { $0.kind == .contractEnded }
            let (fact, _) = try recordFact(
                .contractEnded, on: date,
                entry: EntryDraft(
                    kind: .note, title: "Einde arbeidsovereenkomst — zaak \(h.record.number)",
                    body: "De arbeidsovereenkomst is geëindigd op \(date.dutch)."
                        + (before.map { " Dit vervangt het eerder vastgelegde einde op \($0.date.dutch)." } ?? ""),
                    caseID: id), h: h, owner: owner, in: tx)
            for o in h.obligations where o.kind == .contestTerm && !o.isDone {
                try tx.setDue(o, due: StatutoryTerm.end(date.adding(months: 2)), pausedFrom: nil)
            }
            // The employment's end is the day the employee left: the retention period runs from it
            // (DESIGN §5, staff two years after employment ends). A dismissed employee's dossier was
            // never due for a purge until someone also ran `people leave` (a review).
            if var employee = try tx.r.person(id: h.record.dossierID), employee.leftOn != date {
                let left = employee.leftOn
                employee.leftOn = date
                try tx.update(person: employee)
                try tx.audit(
                    "person.left", person: employee.id,
                    detail: date.iso + (left.map { " (was \($0.iso))" } ?? ""))
            }
            return (fact, before?.date)
        }
    }

    /// A court case about the case started or ended: while it runs the dossier is not purged.
    @discardableResult
    public func courtCase(_ id: CaseID, started: Bool, on date: LocalDate, note: String) throws -> Saved<CaseFact> {
        try courtCase(id, started ? .started : .ended, on: date, note: note)
    }

    /// A court case started, ended, or ended with the dismissal annulled or the contract restored
    /// (`CourtOutcome.annulled`): then the dismissal no longer stands, the case's rung goes back
    /// to what stands (an open case), and the employee has not left.
    @discardableResult
    public func courtCase(_ id: CaseID, _ outcome: CourtOutcome, on date: LocalDate, note: String) throws -> Saved<
        CaseFact
    > {
        try session.require(.decide)
        try requireNotFuture(date, Phrase("de datum", "the date"))
        return try session.write { tx in
            let (h, profile, owner) = try history(tx.r, id)
            let n = h.record.number
            if outcome.runs, h.courtCasePending {
                throw CasusError.refused(
                    "er loopt al een rechtszaak op deze zaak", "a court case is already running on this case")
            }
            if !outcome.runs, !h.courtCasePending {
                throw CasusError.refused(
                    "er loopt geen rechtszaak op deze zaak", "no court case is running on this case")
            }
            // What the court did, in words (an annulment only: `annulledDecision` refuses the rest;
            // a request refused only on the kantonrechter's route, `rejectedRequest`).
            let annulled =
                outcome == .annulled
                ? try Self.annulledDecision(h, on: date)
                : outcome == .rejected ? try Self.rejectedRequest(h, on: date) : nil
            let late = outcome.runs ? Self.lateContest(h.obligations, h.facts, startedOn: date) : nil
            let body =
                outcome.runs
                ? "Rechtszaak begonnen op \(date.dutch)." + (late.map { "\n\n\($0.nl)" } ?? "")
                : "Rechtszaak afgelopen op \(date.dutch)"
                    + (annulled.map { ": \($0.nl). De arbeidsovereenkomst loopt door." } ?? ".")
            let (fact, entry) = try recordFact(
                .courtCase, on: date, value: outcome.rawValue, note: note.trimmed,
                entry: EntryDraft(
                    kind: .note,
                    title: outcome.runs ? "Rechtszaak begonnen — zaak \(n)" : "Rechtszaak afgelopen — zaak \(n)",
                    body: body + (note.trimmed.isEmpty ? "" : "\n\n\(note.trimmed)"), caseID: id), h: h, owner: owner,
                in: tx)
            // A ruling on a dissolution asked of the kantonrechter: the request was filed. Its duty
            // stayed open after the ruling, held the case from closing, and ticked then read as filed
            // late, after the ruling on it (a review).
            if !outcome.runs,
                h.facts.contains(where: {
                    $0.kind == .dismissalRoute && $0.value == DismissalRoute.kantonrechter.rawValue
                })
            {
                try complete(.dismissalCourt, h, entry: entry.id, in: tx)
            }
            if annulled != nil {
                // The rung goes back with the decision that no longer stands, on an open case (a
                // closed one keeps its record; the step says what became of it, `Step.outcomes`).
                if h.record.status == .open { try revoked(fact, ending: [], entry: entry, h, profile, in: tx) }
                if outcome == .annulled { try restoreEmployment(h, in: tx) }
            }
            return fact
        }
    }

    /// A court case begun after the employee's two months to ask the kantonrechter to annul a
    /// summary dismissal (`contestTerm`, from the end of the employment): the right has lapsed, and
    /// the employer may say so. Recorded with a plain "Vastgelegd." (a legal review); said in the
    /// record and to whoever records it, not refused: the court decides, and the case may be another.
    /// Only the case's first court case: the term is of the request, and an appeal on a request made
    /// in time read "het recht … is vervallen" (a review).
    public static func lateContest(_ obligations: [Obligation], _ facts: [CaseFact], startedOn date: LocalDate)
        -> Phrase?
    {
        guard let term = obligations.last(where: { $0.kind == .contestTerm }), date > term.due,
            !facts.contains(where: { $0.kind == .courtCase && $0.courtOutcome == .started })
        else { return nil }
        return Phrase(
            "Let op: de rechtszaak begon na de termijn van twee maanden na het einde van de arbeidsovereenkomst (uiterlijk \(term.due.dutch))\(Law.bw7686a.bracketed.nl): het recht van de werknemer om vernietiging van de opzegging te verzoeken is vervallen; de werkgever kan zich daarop beroepen.",
            "Note: the court case began after the two months after the employment ended (up to and including \(term.due.iso))\(Law.bw7686a.bracketed.en): the employee's right to ask for the notice to be annulled has lapsed; the employer may invoke this."
        )
    }

    /// What a kantonrechter's refusal is of, in words: the case's dismissal asked of the court
    /// (`DismissalRoute.kantonrechter`), that stands and has ended nothing, asked before the ruling
    /// (in the court case it began, or one already running). Then it ended nothing (BW art. 7:671b): recorded only as "afgelopen", the case
    /// read "ontslag" for good, lighter measures and a new request were refused, and a summary
    /// dismissal was offered next (a legal review).
    static func rejectedRequest(_ h: CaseHistory, on date: LocalDate) throws -> Phrase {
        let n = h.record.number
        // The request may be made in a court case already running (a counter-request, or one in the
        // employee's own proceedings): refused then, and the hint sent the director back (a review).
        guard h.kind == .staff, let started = h.fact(.courtCase), started.courtOutcome == .started,
            let decision = h.standingDecisions.last(where: { [.dismissal, .summaryDismissal].contains($0.rung) }),
            decision.rung == .dismissal, decision.route(in: h.facts) == .kantonrechter,
            h.recordedEnd.map({ $0.at > decision.at }) != true
        else {
            throw CasusError.refused(
                "in zaak \(n) ligt geen verzoek tot ontbinding bij de kantonrechter dat nog niets heeft beëindigd; er is niets vastgelegd",
                "case \(n) holds no request for dissolution before the kantonrechter that has ended nothing yet; nothing was recorded",
                hint: Phrase(
                    "Leg het einde van de rechtszaak vast zonder --rejected (vernietigde of herstelde de rechter: --annulled).",
                    "Record the end of the court case without --rejected (if the court annulled or restored: --annulled)."
                ))
        }
        guard date >= decision.date, date >= started.date else {
            throw CasusError.invalid(
                "de uitspraak (\(date.dutch)) ligt vóór het verzoek of het begin van de rechtszaak; er is niets vastgelegd",
                "the ruling (\(date.iso)) is before the request or the start of the court case; nothing was recorded")
        }
        // The employer asked; it dismissed no one (the words said "ontslag van", a review).
        return Phrase(
            "de kantonrechter wees het verzoek tot ontbinding af (het besluit van \(decision.date.dutch) om ontbinding te vragen)\(Law.bw7671b.bracketed.nl)",
            "the kantonrechter rejected the request for dissolution (the decision of \(decision.date.iso) to ask for it)\(Law.bw7671b.bracketed.en)"
        )
    }

    /// What a court's annulment is of, in words: the case's dismissal or summary dismissal that
    /// stands and ended the employment (a summary dismissal; another dismissal once its end is
    /// recorded), given before the court case began. A notice with the
    /// employee's written consent is not annulled: the employee revokes the consent (BW art. 7:671
    /// lid 2). A kantonrechter's dissolution is not annulled: on appeal the contract is restored
    /// (7:683 lid 3); a request refused ended nothing (a legal review took both).
    static func annulledDecision(_ h: CaseHistory, on date: LocalDate) throws -> Phrase {
        let n = h.record.number
        guard h.kind == .staff,
            let started = h.fact(.courtCase), started.courtOutcome == .started,
            let decision = h.standingDecisions.last(where: {
                [.dismissal, .summaryDismissal].contains($0.rung) && $0.at <= started.at && $0.date <= started.date
            })
        else {
            throw CasusError.refused(
                "in zaak \(n) staat geen ontslag van vóór de rechtszaak dat de rechter kan vernietigen; er is niets vastgelegd",
                "case \(n) holds no dismissal from before the court case for the court to annul; nothing was recorded",
                hint: Phrase(
                    "Leg het einde van de rechtszaak vast zonder --annulled.",
                    "Record the end of the court case without --annulled."))
        }
        guard date >= decision.date, date >= started.date else {
            throw CasusError.invalid(
                "de uitspraak (\(date.dutch)) ligt vóór het ontslag of het begin van de rechtszaak; er is niets vastgelegd",
                "the ruling (\(date.iso)) is before the dismissal or the start of the court case; nothing was recorded")
        }
        let label = decision.rung.label(for: .staff)
        if decision.rung == .summaryDismissal {
            return Phrase(
                "de rechter vernietigde de opzegging (\(label.nl) van \(decision.date.dutch))\(Law.bw7681.bracketed.nl)",
                "the court annulled the notice (\(label.en) of \(decision.date.iso))\(Law.bw7681.bracketed.en)")
        }
        let route = decision.route(in: h.facts)
        guard route != .consent else {
            throw CasusError.refused(
                "het ontslag van \(decision.date.dutch) rust op de schriftelijke instemming van de werknemer: dat wordt niet vernietigd, de werknemer herroept de instemming\(Law.bw7671_2.bracketed.nl); er is niets vastgelegd",
                "the dismissal of \(decision.date.iso) rests on the employee's written consent: it is not annulled, the employee revokes the consent\(Law.bw7671_2.bracketed.en); nothing was recorded",
                hint: Phrase(
                    "Leg het herroepen vast met `casus case revoke \(n)`.",
                    "Record the revocation with `casus case revoke \(n)`."))
        }
        guard h.recordedEnd.map({ $0.at > decision.at }) == true else {
            throw CasusError.refused(
                "het ontslag van \(decision.date.dutch) heeft het dienstverband (nog) niet beëindigd: er is niets te vernietigen of te herstellen; er is niets vastgelegd",
                "the dismissal of \(decision.date.iso) has not ended the employment (yet): there is nothing to annul or restore; nothing was recorded",
                hint: Phrase(
                    "Wees de kantonrechter het verzoek af, leg dan het einde van de rechtszaak vast met --rejected.",
                    "If the kantonrechter refused the request, record the end of the court case with --rejected."))
        }
        return route == .kantonrechter
            ? Phrase(
                "de rechter in hoger beroep veroordeelde tot herstel van de arbeidsovereenkomst na de ontbinding (\(label.nl) van \(decision.date.dutch))\(Law.bw7683_3.bracketed.nl)",
                "the court of appeal ordered the contract restored after the dissolution (\(label.en) of \(decision.date.iso))\(Law.bw7683_3.bracketed.en)"
            )
            : Phrase(
                "de rechter veroordeelde tot herstel van de arbeidsovereenkomst na de opzegging (\(label.nl) van \(decision.date.dutch))\(Law.bw7682_1.bracketed.nl)",
                "the court ordered the contract restored after the notice (\(label.en) of \(decision.date.iso))\(Law.bw7682_1.bracketed.en)"
            )
    }

    /// The employee's leaving day set by the end of the employment (`contractEnded`, or a summary
    /// dismissal's day) goes: they did not leave. Another leaving day (one recorded by hand for
    /// another reason) stays.
    func restoreEmployment(_ h: CaseHistory, in tx: Transaction) throws {
        guard var employee = try tx.r.person(id: h.record.dossierID), let left = employee.leftOn else { return }
        let ends = Set(
            h.facts.filter { $0.kind == .contractEnded }.map(\.date)
                + h.decisions.filter { $0.rung == .summaryDismissal }.map(\.date))
        guard ends.contains(left) else { return }
        employee.leftOn = nil
        try tx.update(person: employee)
        try tx.audit("person.left", person: employee.id, detail: "- (was \(left.iso))")
    }
}
