extension Step {
    /// A step as a list reads it: "voornemen: " before a staff proposal (the rung counts from the
    /// decision, DESIGN §3), the rung, and its days in the unit the law counts them in: a pupil's
    /// suspension in school days, an ordemaatregel or a parent's ban in days. The employee's own
    /// inzage export listed a voornemen as a reprimand given and a 28-day ordemaatregel as 28
    /// school days (a review).
    public func described(for kind: SubjectKind) -> Phrase {
        let proposal = phase == .proposal
        var nl = (proposal ? "voornemen: " : "") + rung.label(for: kind).nl
        var en = (proposal ? "proposal: " : "") + rung.label(for: kind).en
        if let days {
            let calendar = LegalLayer.length(of: rung, kind: kind) == .calendarDays
            let one = days == 1
            nl += " \(days) " + (calendar ? (one ? "dag" : "dagen") : (one ? "schooldag" : "schooldagen"))
            en += " \(days) " + (calendar ? (one ? "day" : "days") : (one ? "school day" : "school days"))
            if let start = startDate, let end = endDate {
                nl += " (\(start.dutch) t/m \(end.dutch))"
                en += " (\(start.dutch) to \(end.dutch))"
            }
        } else if rung == .timeOut, let given = startDate, given != date {
            // A time-out recorded after its school day: the day it was given (the list showed the
            // day it was recorded, a Sunday, a review).
            nl += " (gegeven op \(given.dutch))"
            en += " (given on \(given.dutch))"
        }
        return Phrase(nl, en)
    }

    /// The staff reprimands and disciplinary suspensions decided whose besluit never went out and
    /// lapsed with the employment (its `decisionLetter` duty lapsed, `StepPlan.endedWithEmployment`),
    /// by step, with that lapse: a measure never made known was never imposed (BW art. 3:37 lid 3),
    /// and read "berisping" for good, closed as founded only (a legal review). Each such decision
    /// brings one such duty, paired from the latest.
    public static func lapsedDecisions(_ steps: [Step], _ obligations: [Obligation], _ facts: [CaseFact]) -> [Int64:
        CaseFact]
    {
        let decided = steps.filter { $0.phase == .decision && [.reprimand, .suspension].contains($0.rung) }
        let letters = obligations.filter { $0.kind == .decisionLetter }.sorted { $0.id < $1.id }
        var out: [Int64: CaseFact] = [:]
        for (step, duty) in zip(decided.reversed(), letters.reversed()) {
            if let lapse = duty.lapse(in: facts) { out[step.id] = lapse }
        }
        return out
    }

    /// What became of each step, said beside it wherever it is listed (the case screen, `case show`,
    /// an export): a voornemen, a dismissal or a besluit that lapsed; an ordemaatregel cut short,
    /// or never begun, by the end of the employment (`ended`, in this case or another). An
    /// ordemaatregel that never began read as served in an export, and a lapsed dismissal as
    /// standing on the case screen (a legal review).
    public static func outcomes(
        _ steps: [Step], _ obligations: [Obligation], _ facts: [CaseFact], ended: LadderEngine.EmploymentEnd?
    ) -> [Int64: Phrase] {
        let unsent = lapsedDecisions(steps, obligations, facts)
        let endedBefore = ended.map { measureEndDecided(steps, obligations, facts, by: $0.date) } ?? true
        var out: [Int64: Phrase] = [:]
        for s in steps {
            if let lapse = unsent[s.id] ?? s.lapse(in: facts) {
                out[s.id] = lapse.lapseLine
            } else if let annulled = CaseHistory.annulment(of: s, in: facts) {
                out[s.id] =
                    annulled.courtOutcome == .rejected
                    ? Phrase(
                        "verzoek afgewezen door de kantonrechter op \(annulled.date.dutch): het dienstverband loopt door",
                        "request rejected by the kantonrechter on \(annulled.date.iso): the employment goes on")
                    : Phrase(
                        "vernietigd of hersteld door de rechter op \(annulled.date.dutch): het dienstverband loopt door",
                        "annulled or restored by the court on \(annulled.date.iso): the employment goes on")
            } else if s.phase == .decision, s.rung == .precautionarySuspension, !endedBefore, let end = ended {
                let whose = Phrase(" (zaak \(end.caseNumber))", " (case \(end.caseNumber))")
                if (s.startDate ?? s.date) > end.date {
                    out[s.id] =
                        Phrase(
                            "niet ingegaan: het dienstverband eindigde op \(end.date.dutch)",
                            "never began: the employment ended on \(end.date.iso)")
                        + whose
                } else if let last = s.endDate, last > end.date {
                    out[s.id] =
                        Phrase(
                            "geëindigd op \(end.date.dutch) met het dienstverband",
                            "ended on \(end.date.iso) with the employment")
                        + whose
                }
            }
        }
        return out
    }

    /// Whether the director decided the case's ordemaatregel ended, on or before `date`: its last
    /// "beëindigen of verlengen" duty ticked by hand, not answered by a step (an extension answers
    /// it, and so does a summary dismissal): an extended measure read as ended before the dismissal,
    /// and was said to end nowhere (a legal review).
    public static func measureEndDecided(
        _ steps: [Step], _ obligations: [Obligation], _ facts: [CaseFact], by date: LocalDate
    ) -> Bool {
        guard let last = obligations.filter({ $0.kind == .precautionaryEnd }).max(by: { $0.id < $1.id }),
            last.isDone, last.lapse(in: facts) == nil, let done = last.doneAt, done.localDate() <= date
        else { return false }
        return !steps.contains {
            $0.phase == .decision && [.precautionarySuspension, .summaryDismissal].contains($0.rung) && $0.at == done
        }
    }

    /// The ordemaatregels of a case not made known in writing: their letter not recorded as sent, or
    /// lapsed unsent with the employment (BW art. 3:37 lid 3: a statement to a person works once it
    /// reached them). Each decision has its letter duty, in order, as `lapsedDecisions` pairs them.
    public static func unannouncedMeasures(_ steps: [Step], _ obligations: [Obligation], _ facts: [CaseFact]) -> Set<
        Int64
    > {
        Set(
            measureLetters(steps, obligations).filter { !$0.duty.isDone || $0.duty.lapse(in: facts) != nil }.map(\.step)
        )
    }

    /// Those of them whose letter lapsed unsent with the employment (`CaseHistory.measures`).
    public static func lapsedMeasures(_ steps: [Step], _ obligations: [Obligation], _ facts: [CaseFact]) -> Set<
        Int64
    > {
        Set(measureLetters(steps, obligations).filter { $0.duty.isDone && $0.duty.lapse(in: facts) != nil }.map(\.step))
    }

    /// The route this dismissal was given on (`FactKind.dismissalRoute`, recorded with it or after).
    public func route(in facts: [CaseFact]) -> DismissalRoute? {
        facts.last(where: { $0.kind == .dismissalRoute && $0.at >= at }).flatMap { DismissalRoute(rawValue: $0.value) }
    }

    /// Each ordemaatregel decided with its letter duty, paired from the latest.
    private static func measureLetters(_ steps: [Step], _ obligations: [Obligation]) -> [(
        step: Int64, duty: Obligation
    )] {
        let decided = steps.filter { $0.phase == .decision && $0.rung == .precautionarySuspension }
        let letters = obligations.filter { $0.kind == .precautionaryLetter }.sorted { $0.id < $1.id }
        return zip(decided.reversed(), letters.reversed()).map { ($0.id, $1) }
    }

    /// This voornemen's lapse among a case's facts (`FactKind.proposalLapsed`), if a summary
    /// dismissal left it undecided; for a dismissal, the lapse of what it waited for (the consent
    /// never given, the request to the kantonrechter never filed): it terminated nothing (BW art.
    /// 7:671 lid 1, 7:671b), and read "ontslag" for good beside a consent never given (a legal
    /// review); nil for any other decision.
    public func lapse(in facts: [CaseFact]) -> CaseFact? {
        if phase == .decision, rung == .dismissal {
            let waited = [ObligationKind.dismissalConsent.rawValue, ObligationKind.dismissalCourt.rawValue]
            return facts.first { $0.kind == .dutyLapsed && waited.contains($0.value) && $0.at >= at }
        }
        guard phase == .proposal else { return nil }
        return facts.first { $0.kind == .proposalLapsed && $0.value == rung.rawValue && $0.at >= at }
    }
}
