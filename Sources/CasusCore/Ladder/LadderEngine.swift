/// What the engine needs to know about a case: its record, the subject, what happened on it so
/// far, the subject's other cases (for offence counts), and the school's legal setting (sector,
/// denomination, calendar). Values only; the engine does no I/O.
public struct CaseHistory: Sendable {
    public var record: Case
    public var subject: Person
    public var steps: [Step]
    public var obligations: [Obligation]
    /// The case's meeting notes and letters, every one (CaseParts.meetingsAndLetters): who was
    /// heard, and when. Other notes do not decide anything here.
    public var entries: [DossierEntry]
    /// Every case about the same subject, this one included or not.
    public var subjectCases: [Case]
    public var incidentReportedAt: Timestamp?
    /// The day the report says it happened, where it says one.
    public var incidentHappenedOn: LocalDate?
    /// The legal facts recorded on the case (acceptance by another school, consultation ...).
    public var facts: [CaseFact]
    /// The school's sector, denomination and calendar.
    public var legal: LegalContext
    /// The pupil whose dossier the case is in (for a parent's case: the child), when it is a pupil's.
    public var pupil: Person?
    /// The subject's suspension decisions in their other cases (the service reads them when a step
    /// may be one): a suspension here starts after them, as after one in this case, and one that
    /// follows on straight after counts with them (`LadderEngine.joinedSuspension`).
    public var suspensionsElsewhere: [Step] = []
    /// The last day of those.
    public var suspendedElsewhereUntil: LocalDate? { suspensionsElsewhere.compactMap(\.endDate).max() }
    /// The decisions of a measure in calendar days (an ordemaatregel, a parent's access ban) in
    /// the subject's other cases (the service reads them when a step may be one): a second one in
    /// another case is an extension of one that runs, its four weeks counted over both (two cases
    /// ran 56 days in a row without a word, and overlapping ones side by side, a review).
    public var measuresElsewhere: [Step] = []
    /// The employment's end as another case about the same employee records it: a summary
    /// dismissal there, or a contract's end (the service reads them for a staff case whose subject
    /// has a case at a dismissal). A new report about a dismissed employee took a warning and a
    /// second dismissal (a review).
    public var endedElsewhere: LadderEngine.EmploymentEnd?
    /// The open duties whose letter is filed and waits for its sending (the service reads them for
    /// a summary dismissal): such a duty stays owed, its sending recorded on the day it went out.
    /// An ordemaatregel's letter handed over before the dismissal, recorded after it, read
    /// "vervallen" beside "persoonlijk overhandigd" (a legal review).
    public var lettersFiled: Set<ObligationID> = []

    public init(
        record: Case, subject: Person, steps: [Step], obligations: [Obligation], entries: [DossierEntry],
        subjectCases: [Case], incidentReportedAt: Timestamp? = nil, incidentHappenedOn: LocalDate? = nil,
        facts: [CaseFact] = [], legal: LegalContext = .assumed, pupil: Person? = nil
    ) {
        self.record = record
        self.subject = subject
        self.steps = steps
        self.obligations = obligations
        self.entries = entries
        self.subjectCases = subjectCases
        self.incidentReportedAt = incidentReportedAt
        self.incidentHappenedOn = incidentHappenedOn
        self.facts = facts
        self.legal = legal
        self.pupil = pupil ?? (subject.kind == .pupil ? subject : nil)
    }

    public var kind: SubjectKind { subject.kind.ladderKind }

    /// The summary dismissal that ended the employment: this case's, else another case's about the
    /// employee (`endedElsewhere`). No letter of another measure goes out after either.
    public var summaryDismissal: LadderEngine.EndingDismissal? {
        LadderEngine.endingDismissal(in: steps, facts: facts, elsewhere: endedElsewhere)
    }
    public var calendar: SchoolCalendar { legal.calendar }

    /// Who has been heard in meetings recorded on this case.
    public var heard: Set<HeardParty> {
        Set(entries.filter { $0.kind == .meeting }.flatMap(\.heard))
    }

    /// The objection the case waits to decide on (`objectionReceived`, with its decision open), or
    /// the last one received; nil before any was recorded as a fact.
    public var objection: CaseFact? { facts.last { $0.kind == .objectionReceived } }

    /// The hearings on an objection (`objection`): held on or after the day it was received and
    /// recorded after it; a talk before it ("Terugkeergesprek", the hearing before the decision)
    /// was taken for the hearing on the objection, and the letter said so (a legal review).
    public func hearings(of party: HeardParty, onObjection received: CaseFact, before moment: Timestamp)
        -> [DossierEntry]
    {
        entries.filter { e in
            e.kind == .meeting && e.heard.contains(party) && e.at > received.at && e.at <= moment
                && heldOn(e) >= received.date
        }
    }

    /// An invitation to be heard on an objection not taken up, recorded after it.
    public func declined(_ party: HeardParty, onObjection received: CaseFact, before moment: Timestamp) -> CaseFact? {
        facts.last { f in
            f.kind == .hearingDeclined && f.value == party.rawValue && f.at > received.at && f.at <= moment
                && f.date >= received.date
        }
    }

    /// The meeting notes in which a party was heard about the decision to be taken at `moment`:
    /// recorded at or before it, held on or before its day, and held after the case's last
    /// decision (a hearing before a warning was about the warning; on the day of that decision,
    /// only a note recorded after it). When the meeting took place is its own date (`heldOn`);
    /// a note written before casus asked for that date stands for its recording day.
    public func hearings(of party: HeardParty, before moment: Timestamp) -> [DossierEntry] {
        let since = decisions.last { $0.at < moment }
        return entries.filter { e in
            guard e.kind == .meeting, e.heard.contains(party), e.at <= moment else { return false }
            let held = heldOn(e)
            guard held <= moment.localDate() else { return false }
            guard let since else { return true }
            return held > since.date || (held == since.date && e.at > since.at)
        }
    }

    /// The latest record that `party`, invited to be heard, did not take the opportunity, since the
    /// previous decision and by `moment` (as `hearings(of:before:)` counts a hearing).
    public func declined(_ party: HeardParty, before moment: Timestamp) -> CaseFact? {
        let since = decisions.last { $0.at < moment }
        return facts.last { f in
            guard f.kind == .hearingDeclined, f.value == party.rawValue, f.at <= moment,
                f.date <= moment.localDate()
            else { return false }
            guard let since else { return true }
            return f.date > since.date || (f.date == since.date && f.at > since.at)
        }
    }

    /// The day a meeting (note) took place: its `meetingHeld` fact, else the day it was recorded.
    public func heldOn(_ e: DossierEntry) -> LocalDate { CaseFact.heldOn(e, facts) }

    public func facts(_ kind: FactKind) -> [CaseFact] { facts.filter { $0.kind == kind } }
    public func fact(_ kind: FactKind) -> CaseFact? { facts.last { $0.kind == kind } }

    /// The revocation of the case's latest removal decision, if it was revoked: one of an earlier
    /// removal says nothing of a later one (`CaseWorkflow.removalRevoked`).
    public var revokedRemoval: CaseFact? {
        decisions.last(where: { $0.rung == .removal }).flatMap(revocation(ofRemoval:))
    }

    /// The revocation of this removal decision: one that names it (its step's id, the fact's
    /// value), else, recorded before casus named it, one after it and before a next removal. By
    /// time alone a revocation in the second of the next removal was that one's (a review: times
    /// are to the second).
    public func revocation(ofRemoval removal: Step) -> CaseFact? {
        revocation(of: removal, kind: .removalRevoked)
    }

    func revocation(of decision: Step, kind: FactKind) -> CaseFact? {
        let next = decisions.first { $0.rung == decision.rung && $0.id > decision.id }
        return facts.last { f in
            guard f.kind == kind else { return false }
            if let named = Int64(f.value) { return named == decision.id }
            return f.at >= decision.at && next.map { f.at < $0.at } ?? true
        }
    }

    /// The steps that count on the ladder: decisions, not a staff voornemen.
    public var decisions: [Step] { steps.filter { $0.phase == .decision } }

    /// The decisions that stand: a dismissal whose consent the employee revoked is deemed not to
    /// have taken place (BW art. 7:671 lid 4), and one whose consent or court request lapsed with a
    /// summary dismissal terminated nothing (`Step.lapse`); a removal revoked (on the objection) is
    /// undone.
    public var standingDecisions: [Step] {
        // A reprimand or a suspension whose besluit lapsed unsent was never imposed (`lapsedDecisions`).
        let lapsed = kind == .staff ? Step.lapsedDecisions(steps, obligations, facts) : [:]
        return decisions.filter { s in
            guard lapsed[s.id] == nil else { return false }
            switch s.rung {
            case .dismissal: return revokedConsent(of: s) == nil && s.lapse(in: facts) == nil && annulment(of: s) == nil
            case .summaryDismissal: return annulment(of: s) == nil
            case .removal: return revocation(ofRemoval: s) == nil
            default: return true
            }
        }
    }

    /// The court's annulment of this dismissal or summary dismissal, if a court case about the case
    /// ended so (`CourtOutcome.annulled`): the employment goes on as if the notice was not given; or
    /// of a dismissal asked of the kantonrechter, who refused it (`CourtOutcome.rejected`).
    public func annulment(of decision: Step) -> CaseFact? {
        Self.annulment(of: decision, in: facts)
    }

    /// The annulment's court case began after the decision (`CaseWorkflow.annulledDecision`): a
    /// dismissal given in the second of an annulment is a new one (compared by time alone, a review
    /// saw it annulled too), and one annulled in the second it was given is the one annulled (the
    /// facts' own order tells the court case's beginning).
    static func annulment(of decision: Step, in facts: [CaseFact]) -> CaseFact? {
        guard decision.phase == .decision, [.dismissal, .summaryDismissal].contains(decision.rung) else { return nil }
        return facts.first { f in
            // A request refused: the one asked before the ruling, in a court case however begun.
            if f.courtOutcome == .rejected { return decision.rung == .dismissal && f.at >= decision.at }
            guard f.courtOutcome == .annulled, f.at >= decision.at,
                let began = facts.last(where: { $0.courtOutcome == .started && $0.id < f.id })
            else { return false }
            return began.at >= decision.at
        }
    }

    /// The end of the employment this case records, unless a court annulled the dismissal since.
    public var recordedEnd: CaseFact? { Self.recordedEnd(in: facts) }

    static func recordedEnd(in facts: [CaseFact]) -> CaseFact? {
        guard let end = facts.last(where: { $0.kind == .contractEnded }) else { return nil }
        let annulled = facts.contains {
            $0.courtOutcome == .annulled && $0.at >= end.at
        }
        return annulled ? nil : end
    }

    /// The employee's revocation of the consent a dismissal rests on, if they revoked it.
    public func revokedConsent(of dismissal: Step) -> CaseFact? {
        revocation(of: dismissal, kind: .consentRevoked)
    }

    /// A staff voornemen for this rung with no besluit after it.
    public func pendingProposal(for rung: Rung) -> Step? {
        guard let p = steps.last(where: { $0.rung == rung && $0.phase == .proposal }) else { return nil }
        if steps.contains(where: { $0.rung == rung && $0.phase == .decision && $0.id > p.id }) { return nil }
        // Nor one that lapsed with the employment (`FactKind.proposalLapsed`): the case went on
        // offering its decision, and took the employee's zienswijze on it (a review).
        return lapse(of: p) == nil ? p : nil
    }

    /// The lapse of a voornemen, recorded when a summary dismissal left it undecided.
    public func lapse(of proposal: Step) -> CaseFact? { proposal.lapse(in: facts) }

    /// The pupil's age today, when the dossier's pupil has a birth date.
    public func pupilAge(on date: LocalDate) -> Int? { pupil?.age(on: date) }

    /// The Leerplichtwet applies (VO removal, WVO 2020 art. 8.15 lid 2 and 4): under 18, or the age
    /// is not known (then casus assumes it does, and says so).
    public func leerplichtApplies(on date: LocalDate) -> Bool { (pupilAge(on: date) ?? 0) < 18 }

    /// The Geschillencommissie has the dispute: asked, and no opinion yet.
    public var disputePending: CaseFact? {
        guard let asked = fact(.disputeRequested) else { return nil }
        return facts.contains { $0.kind == .disputeOpinion && $0.id > asked.id } ? nil : asked
    }

    /// A court case started and not ended.
    public var courtCasePending: Bool { fact(.courtCase)?.courtOutcome == .started }
}

/// An obligation a step or a flag creates, before it is stored.
public struct PlannedObligation: Sendable, Hashable {
    public var kind: ObligationKind
    public var due: LocalDate
    /// Why, and its source, in both languages (stored in the obligation's note).
    public var note: Phrase
    public var forOthers: Bool

    public init(_ kind: ObligationKind, due: LocalDate, note: Phrase = Phrase("", ""), forOthers: Bool = false) {
        self.kind = kind
        self.due = due
        self.note = note
        self.forOthers = forOthers
    }

    public func obligation(case id: CaseID) -> Obligation {
        Obligation(caseID: id, kind: kind, due: due, note: note.stored, isDeadlineForOthers: forOthers)
    }
}

/// How long a measure lasts, where it asks for a length.
public enum StepLength: Sendable, Hashable {
    /// A pupil's suspension: school days, 1 to 5.
    case schoolDays
    /// A parent's access ban, a staff member's precautionary suspension: calendar days.
    case calendarDays
}

/// One rung the director could take next, with everything the step dialog shows.
public struct StepOption: Sendable, Hashable {
    public var rung: Rung
    /// A staff voornemen, or the decision.
    public var phase: StepPhase
    public var label: Phrase
    /// Preconditions not met: the step is refused until they are.
    public var refusals: [Phrase]
    /// Taking it skips rungs: a written justification is required.
    public var skips: [Rung]
    /// It needs a length (`days`), in school or calendar days.
    public var length: StepLength?
    /// A written justification is required whatever it skips (removing a child for a parent's conduct).
    public var needsJustification: Bool
    /// An openbare school has not heard the parents' view (Awb 4:8): the urgency (Awb 4:11) must be given.
    public var needsUrgency: Bool
    /// A dismissal names its route.
    public var needsRoute: Bool
    /// What the step will oblige, planned from the decision date (a length of 1 assumed).
    public var obligations: [PlannedObligation]
    /// The letter template proposed with it.
    public var template: String?
    /// Legal remarks shown with the step, each with its source.
    public var notes: [Phrase]
    /// From an offence rule: "2e overtreding: langer in bewaring".
    public var detail: String?
    /// The profile leaves the measure to the director ("periode te bepalen door de directie"):
    /// the step asks what it is and how long it lasts (`StepRequest.measure`), and that is what
    /// the step records and the letter says.
    public var measureByDirector: Bool = false
    public var isSuggested: Bool
    /// A measure with days: its first day when none is given (after one that runs), what the
    /// dialog's field says an empty first day gives.
    public var defaultFirst: LocalDate?

    public var isAllowed: Bool { refusals.isEmpty }
    public var needsDays: Bool { length != nil }
    /// A time-out is for the rest of one school day: the day it was given is asked (empty: today),
    /// as it is often recorded after the school day it was given on.
    public var asksDay: Bool { rung == .timeOut }
}

/// The engine's answer about a case.
public struct LadderAssessment: Sendable {
    /// The document's order.
    public var written: [Rung]
    /// The order casus walks (the law's, where they differ).
    public var ladder: [Rung]
    public var differences: [Phrase]
    public var current: Rung?
    public var suggested: Rung?
    public var suggestionReason: Phrase?
    public var options: [StepOption]
    /// The case these options were worked out on (a step asked from them carries it).
    public var basis: StepBasis?
    /// "Mobiele telefoon: 2e overtreding dit schooljaar".
    public var offence: (rule: OffenceRule, count: Int)?
    /// What keeps the case from being closed.
    public var closeBlockers: [Phrase]
    /// Advice the screen shows (aangifte optional, the legal state of a removal, the meldplicht).
    public var advice: [Phrase]
}

/// What a step is decided on: the case's steps, status, rung, articles and severity as the director
/// saw them. Two directors stepping one case: the second chose on a screen without the first's step,
/// and a second warning went out; whether such a save was refused depended on the moment it began.
public struct StepBasis: Sendable, Hashable {
    public var lastStep: Int64?
    public var steps: Int
    public var status: CaseStatus
    public var rung: Rung?
    public var articles: [String]
    public var severity: Severity

    public init(_ h: CaseHistory) { self.init(h.record, steps: h.steps) }

    /// The case as a screen shows it (`CaseDetail`: its record and steps).
    public init(_ record: Case, steps: [Step]) {
        lastStep = steps.last?.id
        self.steps = steps.count
        status = record.status
        rung = record.rung
        articles = record.articles
        severity = record.severity
    }
}

/// A step the director asks for.
public struct StepRequest: Sendable, Hashable {
    public var rung: Rung
    public var reason: String
    public var days: Int?
    public var justification: String?
    public var startDate: LocalDate?
    /// nil: the phase the engine offers for the rung (a staff voornemen first, then its besluit).
    public var phase: StepPhase?
    /// Awb 4:11: why the parents' view was not asked (openbaar suspension without a hearing).
    public var urgency: String?
    public var route: DismissalRoute?
    /// A staff voornemen: the employee's term to respond, in school days (default 10).
    public var respondDays: Int?
    /// What the measure is and how long it lasts, where the profile leaves it to the director
    /// ("telefoon twee weken in bewaring bij de directie").
    public var measure: String?
    /// What the director established, in their own words: the facts the letters state. nil or the
    /// same words as before: unchanged.
    public var facts: String?
    /// The case as the director saw it when choosing (the options' `LadderAssessment.basis`): a
    /// step is refused when the case has moved on since. nil: decided on the case as it is read
    /// now (the command line, which shows nothing first).
    public var basis: StepBasis?

    public init(
        rung: Rung, reason: String, days: Int? = nil, justification: String? = nil, startDate: LocalDate? = nil,
        phase: StepPhase? = nil, urgency: String? = nil, route: DismissalRoute? = nil, respondDays: Int? = nil,
        measure: String? = nil, facts: String? = nil, basis: StepBasis? = nil
    ) {
        self.measure = measure
        self.facts = facts
        self.basis = basis
        self.rung = rung
        self.reason = reason
        self.days = days
        self.justification = justification
        self.startDate = startDate
        self.phase = phase
        self.urgency = urgency
        self.route = route
        self.respondDays = respondDays
    }
}

/// What to store when a step is taken.
public struct StepPlan: Sendable {
    public var step: Step
    public var obligations: [PlannedObligation]
    /// The justification for skipping rungs, as a decision entry for the dossier.
    public var decision: EntryDraft?
    /// Facts the step establishes (the dismissal route, the urgency of Awb 4:11).
    public var facts: [(kind: FactKind, value: String, note: String)]
    public var template: String?
    /// What the director should know about how it was planned ("begint na de kerstvakantie").
    public var notices: [Phrase]
    /// Open obligations the step answers: a new ordemaatregel extends the last one, a summary
    /// dismissal ends the contract and with it the ordemaatregel's end to decide on (it stayed
    /// open for good, found by a review of the letters).
    public var answers: [Obligation] = []

    /// The open obligations a step of `rung` in `phase` answers in a case of `kind`: a summary
    /// dismissal also those of a voornemen it leaves undecided (`lapsing`).
    static func answered(by rung: Rung, phase: StepPhase, kind: SubjectKind, in h: CaseHistory) -> [Obligation] {
        guard kind == .staff, phase == .decision, [.precautionarySuspension, .summaryDismissal].contains(rung) else {
            return []
        }
        let lapsed = rung == .summaryDismissal ? lapsingDuties(h) : []
        let ended = h.obligations.filter { o in
            o.kind == .precautionaryEnd && !o.isDone && !lapsed.contains { $0.id == o.id }
        }
        return ended + lapsed
    }

    /// The duties a summary dismissal makes moot, not done: the ordemaatregel's letter (it speaks
    /// of salary kept and an investigation going on), the decision on its end (nobody ended it: the
    /// employment did, it read "gedaan", a review), and a request to the kantonrechter to dissolve
    /// a contract that has ended (BW art. 7:677 lid 1).
    public static let endedWithEmployment: Set<ObligationKind> = [
        .precautionaryLetter, .precautionaryEnd, .dismissalCourt,
        // A reprimand's or a disciplinary suspension's besluit not yet made known: a measure for an
        // employment that has ended (its case could not be closed, a legal review).
        .decisionLetter,
        // A notice by consent the employee never gave (a summary dismissal follows only then): the
        // consent and the notice of the right to revoke it, owed for good (a legal review).
        .dismissalConsent, .revocationNotice, .consentWithdrawal,
    ]

    /// The open duties of `endedWithEmployment` in the case, but a letter filed and waiting for its
    /// sending (`CaseHistory.lettersFiled`).
    static func endingWithEmployment(_ h: CaseHistory) -> [Obligation] {
        h.obligations.filter { !$0.isDone && endsWithEmployment($0, in: h) && !h.lettersFiled.contains($0.id) }
    }

    /// Whether a duty ends with the employment: one of `endedWithEmployment`, but the notice of the
    /// right to revoke a consent the employee gave, and that term itself: they stand (BW art. 7:671
    /// lid 2 and 3), and the consent is what ends the contract if the summary dismissal is annulled
    /// (art. 7:681); they lapsed with it (a legal review).
    static func endsWithEmployment(_ o: Obligation, in h: CaseHistory) -> Bool {
        guard endedWithEmployment.contains(o.kind) else { return false }
        guard [.revocationNotice, .consentWithdrawal].contains(o.kind) else { return true }
        return !h.facts.contains { $0.kind == .consentGiven }
    }

    /// Why such a duty lapsed, as its fact's note says; `elsewhere`: the case of the dismissal,
    /// where it is another than the duty's.
    static func lapseNote(_ kind: ObligationKind, on date: LocalDate, elsewhere: String? = nil) -> String {
        let why = lapseReason(on: date, elsewhere: elsewhere)
        return kind == .dismissalCourt
            ? why
                + "; voor het geval het ontslag geen stand houdt, kan de kantonrechter nog voorwaardelijk om ontbinding worden gevraagd"
            : why
    }

    /// "ontslag op staande voet op …", and in which case where it is another one.
    static func lapseReason(on date: LocalDate, elsewhere: String?) -> String {
        "ontslag op staande voet op \(date.dutch)" + (elsewhere.map { " (zaak \($0))" } ?? "")
    }

    /// What a summary dismissal of `date` makes moot in a case about the employee, its own or
    /// another open one (`elsewhere`: the dismissal's case number): each voornemen left undecided
    /// and the duties that ended with the employment, recorded as lapsed (`facts`), and the open
    /// duties that go with them. The employment ends, not one case: a second case still asked for
    /// the ordemaatregel's letter promising salary after the dismissal in the first (a review).
    static func lapsed(bySummaryDismissalOn date: LocalDate, elsewhere: String? = nil, in h: CaseHistory) -> (
        facts: [(kind: FactKind, value: String, note: String)], duties: [Obligation]
    ) {
        var facts: [(kind: FactKind, value: String, note: String)] = lapsing(h).rungs.map {
            (.proposalLapsed, $0.rawValue, lapseReason(on: date, elsewhere: elsewhere))
        }
        for kind in Set(endingWithEmployment(h).map(\.kind)).sorted(by: { $0.rawValue < $1.rawValue }) {
            facts.append((.dutyLapsed, kind.rawValue, lapseNote(kind, on: date, elsewhere: elsewhere)))
        }
        return (facts, lapsingDuties(h))
    }

    /// The open duties a summary dismissal makes moot in the case (`lapsed`).
    static func lapsingDuties(_ h: CaseHistory) -> [Obligation] {
        lapsing(h).obligations + endingWithEmployment(h)
    }

    /// The duties only a voornemen brings (its registered letter, the employee's term to respond).
    static let proposalDuties: Set<ObligationKind> = [.registeredLetter, .zienswijzeTerm]

    /// The voornemens a summary dismissal leaves undecided, and their open duties: the employment
    /// ends, and nothing is left to propose to the employee.
    static func lapsing(_ h: CaseHistory) -> (rungs: [Rung], obligations: [Obligation]) {
        let proposed = Set(h.steps.filter { $0.phase == .proposal }.map(\.rung))
        let rungs = proposed.filter { h.pendingProposal(for: $0) != nil }
        guard !rungs.isEmpty else { return ([], []) }
        let open = h.obligations.filter { proposalDuties.contains($0.kind) && !$0.isDone }
        return (rungs.sorted { $0.rawValue < $1.rawValue }, open)
    }
}

/// The sanction-ladder engine: pure functions from a case's history to what may happen next.
/// The legal layer of DESIGN.md §3 (LegalLayer) applies on top of every profile.
public enum LadderEngine {
    /// How many days after its school day a time-out may still be recorded as a step (the server
    /// holds the same).
    public static let timeOutRecordedWithin = 31

    /// A measure starts within a year of the decision (`DateRange`): a start in 9999 was taken.
    static func farAhead(_ start: LocalDate, from date: LocalDate) -> Phrase? {
        let limit = date.adding(days: DateRange.daysAhead)
        guard start > limit else { return nil }
        return Phrase(
            "de maatregel begint uiterlijk een jaar na het besluit, op \(limit.dutch) (--start \(start.dutch))",
            "the measure starts within a year of the decision, by \(limit.dutch) (--start \(start.dutch))")
    }

    public static let maxSuspensionDays = 5
    /// A pupil's suspension starts within so many school days of its decision (`--start`).
    public static let suspensionStartsWithin = 10
    public static let defaultRespondDays = 10

    // MARK: Assessment

    public static func assess(
        _ h: CaseHistory, profile: ProtocolProfile, today: LocalDate, at moment: Timestamp? = nil
    ) -> LadderAssessment {
        let kind = h.kind
        let written = profile.ladders.written(for: kind)
        let ladder = LegalOrder.effective(written, kind: kind)
        let offence = offenceCount(h, profile: profile)
        let current = reached(h, ladder: ladder)
        var (suggested, why) = suggestion(h, ladder: ladder, current: current, offence: offence)
        // Not a measure on facts already punished (`case show` said "Volgende: schorsing" of one
        // the step refuses, a review).
        if kind == .staff, let s = suggested, !LegalLayer.punishedAlready(s, h: h).isEmpty {
            (suggested, why) = (nil, nil)
        }
        // Nor one after the employment ended, here or in another case: the other case of an employee
        // dismissed on the spot said "Volgende: waarschuwing", which the step refused (a director's
        // day). It says why none follows.
        if kind == .staff, let s = suggested, let ended = employmentRefusal(s, h, on: today) {
            (suggested, why) = (nil, ended)
        }
        let now = moment ?? endOfDay(today)
        let options = candidates(h, ladder: ladder, current: current).map { rung in
            option(
                rung, h: h, ladder: ladder, current: current, profile: profile, offence: offence, suggested: suggested,
                on: today, at: now)
        }
        return LadderAssessment(
            written: written, ladder: ladder,
            differences: LegalOrder.differences(written, kind: kind, sector: h.legal.sector),
            current: current, suggested: suggested, suggestionReason: why, options: options,
            offence: offence, closeBlockers: closeBlockers(h, today: today),
            advice: advice(h, profile: profile, today: today))
    }

    /// The last second of a day: a hearing recorded today counts as before a decision today.
    static func endOfDay(_ d: LocalDate) -> Timestamp {
        Timestamp(seconds: Int64(d.dayNumber + 1) * 86_400 - 1)
    }

    /// Light measures a school may take at any point without climbing the ladder: taking a phone
    /// into custody, an ICT ban or a contract; for staff the precautionary suspension (an
    /// ordemaatregel, not a punishment). They neither skip nor are skipped.
    public static func isSideMeasure(_ rung: Rung, kind: SubjectKind) -> Bool {
        switch kind {
        case .pupil, .parent: [.deviceCustody, .ictBan, .contract].contains(rung)
        case .staff: rung == .precautionarySuspension
        }
    }

    /// The highest rung the case has reached on the ladder, by its decisions (a staff voornemen
    /// does not count; a custody after a suspension does not lower it). A parent's suspension
    /// recorded before access bans existed counts as an access ban.
    public static func reached(_ h: CaseHistory, ladder: [Rung]) -> Rung? {
        h.standingDecisions.compactMap { step -> Int? in
            let rung = h.kind == .parent && step.rung == .suspension ? Rung.accessBan : step.rung
            return ladder.firstIndex(of: rung)
        }.max().map { ladder[$0] }
    }

    /// The rung a case's record keeps, which every list, filter and count reads: the rung reached on
    /// the ladder, else an employee's ordemaatregel where one stands. An ordemaatregel is no rung of
    /// the ladder (`onTop`): a suspended employee's case read "nog geen trede" in every list, and the
    /// lists' filter on it was always empty (a review). What can be taken next is judged by `reached`.
    /// An ordemaatregel that never began, its first day after the employment ended, is none (a
    /// review: it read "ordemaatregel" in the lists while its step said "niet ingegaan").
    public static func recorded(_ h: CaseHistory, under profile: ProtocolProfile) -> Rung? {
        reached(h, ladder: LegalOrder.effective(profile.ladders.written(for: h.kind), kind: h.kind))
            ?? h.standingDecisions.last { onTop(h.kind).contains($0.rung) && !neverBegan($0, h) }?.rung
    }

    /// A measure whose first day came after the employment ended (a summary dismissal, in this case
    /// or another about the employee, or a recorded end): `Step.outcomes` says "niet ingegaan".
    static func neverBegan(_ s: Step, _ h: CaseHistory) -> Bool {
        let ends = [
            h.summaryDismissal?.date, h.recordedEnd?.date, h.endedElsewhere?.date,
        ]
        guard let end = ends.compactMap({ $0 }).min() else { return false }
        return (s.startDate ?? s.date) > end
    }

    /// The rungs that can be taken now: the reached one again (a second suspension), every heavier
    /// one, and the side measures; for staff also the precautionary suspension, always. An
    /// employee's measure is not taken twice in one case: a second reprimand, a second suspension
    /// voornemen and besluit, for the same facts were taken (a review of an employee's case); a new
    /// incident is a new case. (A dismissal's own rules say why it is not taken again.)
    static func candidates(_ h: CaseHistory, ladder: [Rung], current: Rung?) -> [Rung] {
        var out: [Rung]
        if let current, let i = ladder.firstIndex(of: current) {
            let from = punishedOnce(current, kind: h.kind) ? i + 1 : i
            out = ladder.enumerated().filter { $0.offset >= from || isSideMeasure($0.element, kind: h.kind) }.map(
                \.element)
        } else {
            out = ladder
        }
        for rung in onTop(h.kind) where !out.contains(rung) { out.append(rung) }
        return out
    }

    /// An employee's measure taken once for the same facts: a warning, a reprimand, a suspension.
    static func punishedOnce(_ rung: Rung, kind: SubjectKind) -> Bool {
        kind == .staff && [.warning, .reprimand, .suspension].contains(rung)
    }

    /// The measures taken whatever the school's ladder: an employee's ordemaatregel (DESIGN §3).
    public static func onTop(_ kind: SubjectKind) -> [Rung] { kind == .staff ? [.precautionarySuspension] : [] }

    /// How many times (this one included) the subject broke an offence rule's articles in its window.
    /// A case closed as unfounded or as a mistake is no offence and does not count (issue 16).
    public static func offenceCount(_ h: CaseHistory, profile: ProtocolProfile) -> (rule: OffenceRule, count: Int)? {
        guard h.kind != .staff else { return nil }
        for rule in profile.offenceRules where !Set(rule.articles).isDisjoint(with: h.record.articles) {
            let year = h.record.openedAt.localDate().schoolYear
            let earlier = h.subjectCases.filter { other in
                other.id != h.record.id && other.countsAsOffence
                    && (other.openedAt, other.id) < (h.record.openedAt, h.record.id)
                    && !Set(rule.articles).isDisjoint(with: other.articles)
                    && (rule.window == .ever || other.openedAt.localDate().schoolYear == year)
            }
            return (rule, earlier.count + 1)
        }
        return nil
    }

    static func suggestion(_ h: CaseHistory, ladder: [Rung], current: Rung?, offence: (rule: OffenceRule, count: Int)?)
        -> (Rung?, Phrase?)
    {
        if let pending = h.steps.last(where: { $0.phase == .proposal && h.pendingProposal(for: $0.rung) != nil }) {
            return (
                pending.rung,
                Phrase(
                    "besluit op het voornemen van \(pending.date.dutch)",
                    "decision on the proposal of \(pending.date.dutch)")
            )
        }
        if h.kind == .staff, h.record.flags.meldplicht, h.steps.isEmpty {
            return (
                .precautionarySuspension,
                Phrase(
                    "meldplicht: een schorsing als ordemaatregel tijdens het onderzoek ligt voor de hand",
                    "meldplicht: a precautionary suspension during the investigation is the obvious step")
            )
        }
        if h.steps.isEmpty, let (rule, n) = offence, let step = rule.step(forOffence: n) {
            return (
                step.rung,
                Phrase(
                    "\(rule.title): \(n)e overtreding dit schooljaar — \(step.detail)",
                    "\(rule.title): offence no. \(n) this school year — \(step.detail)")
            )
        }
        guard let current else {
            return (ladder.first, Phrase("eerste trede van de ladder", "first rung of the ladder"))
        }
        guard let i = ladder.firstIndex(of: current), i + 1 < ladder.count else {
            return (nil, Phrase("de hoogste trede is bereikt", "the highest rung has been reached"))
        }
        return (
            ladder[i + 1],
            Phrase(
                "volgende trede na \(current.label(for: h.kind).nl)",
                "next rung after \(current.label(for: h.kind).en)")
        )
    }

    /// The end of an employment as a case records it.
    public struct EmploymentEnd: Sendable, Equatable {
        public var caseNumber: String
        public var date: LocalDate
        /// Whether that case is open: where `case ended` can record another day.
        public var caseOpen = true
        /// Whether it was a summary dismissal (else a contract's recorded end).
        public var bySummaryDismissal = false
    }

    /// The summary dismissal that ended an employment, and in which other case (`elsewhere`; nil:
    /// the case at hand).
    public struct EndingDismissal: Sendable, Equatable {
        public var date: LocalDate
        public var elsewhere: String?

        /// "(3 december 2026)", or "(3 december 2026, zaak 2026-0012)" when another case decided it.
        public var bracketed: Phrase {
            Phrase(
                "(\(date.dutch)" + (elsewhere.map { ", zaak \($0)" } ?? "") + ")",
                "(\(date.iso)" + (elsewhere.map { ", case \($0)" } ?? "") + ")")
        }
    }

    /// The summary dismissal of `steps`, else the one `elsewhere` recorded.
    /// One a court annulled (`CaseHistory.annulment(of:)`) ended nothing.
    public static func endingDismissal(in steps: [Step], facts: [CaseFact], elsewhere: EmploymentEnd?)
        -> EndingDismissal?
    {
        if let own = steps.last(where: {
            $0.rung == .summaryDismissal && $0.phase == .decision && CaseHistory.annulment(of: $0, in: facts) == nil
        }) {
            return EndingDismissal(date: own.date)
        }
        return elsewhere.flatMap {
            $0.bySummaryDismissal ? EndingDismissal(date: $0.date, elsewhere: $0.caseNumber) : nil
        }
    }

    /// An employment ended is not ended again, nor followed by a measure: a summary dismissal was
    /// recorded twice, with two terms to go to court (found by a review). A dismissal by the other
    /// routes ends the employment only when the kantonrechter dissolves it (BW art. 7:671b lid 1)
    /// or notice is given after consent or the UWV's permission (7:671, 7:671a): until its end is
    /// recorded (`case contract-ended`), an ordemaatregel or a summary dismissal for new facts can
    /// still follow (a legal review: every measure was refused from the request on).
    static func employmentRefusal(_ rung: Rung, _ h: CaseHistory, on date: LocalDate) -> Phrase? {
        // An end recorded ahead (the notice's last day) leaves the days before it.
        if let end = h.recordedEnd, end.date <= date {
            return Phrase(
                "het dienstverband is al beëindigd op \(end.date.dutch); er volgt geen maatregel meer",
                "the employment has already ended on \(end.date.dutch); no measure follows")
        }
        if let summary = h.standingDecisions.last(where: { $0.rung == .summaryDismissal }) {
            return Phrase(
                "het dienstverband is al beëindigd (ontslag op staande voet, \(summary.date.dutch)); er volgt geen maatregel meer",
                "the employment has already ended (summary dismissal, \(summary.date.dutch)); no measure follows")
        }
        if let other = h.endedElsewhere, other.date <= date {
            return Phrase(
                "het dienstverband is al beëindigd op \(other.date.dutch) (zaak \(other.caseNumber)); er volgt geen maatregel meer",
                "the employment has already ended on \(other.date.dutch) (case \(other.caseNumber)); no measure follows"
            )
        }
        guard let dismissal = h.standingDecisions.last(where: { $0.rung == .dismissal }),
            ![.precautionarySuspension, .summaryDismissal].contains(rung)
        else { return nil }
        return Phrase(
            "het ontslag is in gang gezet (\(dismissal.date.dutch)); tot de arbeidsovereenkomst eindigt kunnen alleen een ordemaatregel en ontslag op staande voet nog volgen"
                + Law.dismissalEnds.bracketed.nl + "; leg het einde vast met `casus case ended`",
            "the dismissal has been set in motion (\(dismissal.date.dutch)); until the contract ends only an ordemaatregel and summary dismissal can follow"
                + Law.dismissalEnds.bracketed.en + "; record its end with `casus case ended`")
    }

    /// Who has left the school (`casus people leave`) before the day of a step gets no measure on
    /// it: an employee recorded as gone was suspended "met ingang van" that day and dismissed on
    /// the spot, with no contract left (a review). The day before leaving is still theirs.
    static func leftRefusal(_ h: CaseHistory, on date: LocalDate) -> Phrase? {
        guard h.subject.kind != .parent, let left = h.subject.leftOn, left < date else { return nil }
        return Phrase(
            "\(h.subject.name) heeft de school verlaten op \(left.dutch); na het vertrek volgt geen maatregel meer. Klopt die dag niet, leg dan de juiste vast met `casus people leave \(h.subject.id) --on JJJJ-MM-DD`",
            "\(h.subject.name) left the school on \(left.dutch); no measure follows after leaving. If that day is wrong, record the right one with `casus people leave \(h.subject.id) --on YYYY-MM-DD`"
        )
    }

    /// The measures an employment contract carries (the cao's disciplinary measures, its
    /// ordemaatregel, dismissal under BW book 7) are no measure for a volunteer or an intern, who
    /// has none: casus recorded a summary dismissal of a volunteer, with its two months to go to
    /// court, while its letter said a volunteer has no contract (a review).
    static func contractRefusal(_ rung: Rung, _ h: CaseHistory) -> Phrase? {
        guard h.subject.kind == .volunteer || h.subject.kind == .intern,
            [.reprimand, .suspension, .precautionarySuspension, .dismissal, .summaryDismissal].contains(rung)
        else { return nil }
        let kind = h.subject.kind.label
        return Phrase(
            "een \(kind.nl) heeft geen arbeidsovereenkomst met de school: een \(rung.label(for: .staff).nl) is er niet. Een waarschuwing kan; afspraken, het einde van de samenwerking of een toegangsverbod legt u vast in een notitie (en met de organisatie die de \(kind.nl) stuurt). Heeft deze persoon wel een arbeidsovereenkomst met de school (een stagiair in dienst), voeg hem of haar dan toe als medewerker (casus people add --kind staff) en open de zaak over die medewerker",
            "a \(kind.en) has no employment contract with the school: there is no \(rung.label(for: .staff).en). A warning can be given; agreements, the end of the work together or an access ban are recorded in a note (and with the organisation that sends the \(kind.en)). If this person does have an employment contract with the school (an intern employed), add them as staff (casus people add --kind staff) and open the case about that member of staff"
        )
    }

    static func option(
        _ rung: Rung, h: CaseHistory, ladder: [Rung], current: Rung?, profile: ProtocolProfile,
        offence: (rule: OffenceRule, count: Int)?, suggested: Rung?, on date: LocalDate, at now: Timestamp
    ) -> StepOption {
        let kind = h.kind
        let phase = LegalLayer.phase(of: rung, h: h)
        var refusals: [Phrase] = []
        if h.record.status == .closed {
            refusals.append(Phrase("de zaak is gesloten", "the case is closed"))
        }
        if let refusal = leftRefusal(h, on: date) { refusals.append(refusal) }
        if let refusal = contractRefusal(rung, h) { refusals.append(refusal) }
        if kind == .staff, let refusal = employmentRefusal(rung, h, on: date) { refusals.append(refusal) }
        refusals += LegalLayer.refusals(rung, phase: phase, h: h, on: date, at: now)
        let notes = LegalLayer.notes(rung, phase: phase, h: h, on: date, at: now)
        var detail: String?
        var byDirector = false
        if let (rule, n) = offence, h.steps.isEmpty, let step = rule.step(forOffence: n), step.rung == rung {
            detail = "\(rule.title), \(n)e overtreding: \(step.detail)"
            byDirector = step.setByDirector
        }
        let skips =
            phase == .decision && h.pendingProposal(for: rung) != nil
            ? [] : skipped(rung, h: h, ladder: ladder, current: current, suggested: suggested)
        let length = LegalLayer.length(of: rung, kind: kind)
        let start = length.map { Self.firstDay(rung, $0, h, on: date).first } ?? date
        let planned = obligations(
            for: StepRequest(rung: rung, reason: "", days: length == nil ? nil : 1, startDate: start, phase: phase),
            phase: phase, h: h, profile: profile, offence: offence, on: date, start: start, end: start)
        var label = rung.label(for: kind)
        if kind == .staff, LegalLayer.hasProposal(rung) {
            label = phase.label.capitalized + Phrase(": ", ": ") + label
        }
        return StepOption(
            rung: rung, phase: phase, label: label, refusals: refusals, skips: skips, length: length,
            needsJustification: LegalLayer.needsJustification(rung, kind: kind),
            needsUrgency: LegalLayer.needsUrgency(rung, h: h, at: now),
            needsRoute: kind == .staff && rung == .dismissal,
            obligations: planned, template: template(for: rung, kind: kind, phase: phase), notes: notes,
            detail: detail, measureByDirector: byDirector, isSuggested: rung == suggested,
            defaultFirst: length == nil ? nil : start)
    }

    /// The first day a measure of `rung` decided on `date` gets when none is given, with the last
    /// day of one that runs and the first day free after it: a suspension the next school day
    /// (the Monday after a Saturday's decision, not the Tuesday), after one that runs here or at
    /// another school; a measure in calendar days today, or the day after one that runs (its
    /// extension). One rule for the step and for the dialog that says the days before it is taken
    /// (the dialog named days the step did not take, a review).
    public static func firstDay(_ rung: Rung, _ length: StepLength, _ h: CaseHistory, on date: LocalDate)
        -> (first: LocalDate, running: LocalDate?, free: LocalDate?)
    {
        switch length {
        case .schoolDays:
            let calendar = h.calendar
            let here = h.steps.decisions(of: rung).compactMap(\.endDate).max()
            let elsewhere = rung == .suspension ? h.suspendedElsewhereUntil : nil
            let running = [here, elsewhere].compactMap { $0 }.max()
            let free = running.map { calendar.adding(schoolDays: 1, to: $0) }
            let next = calendar.schoolDay(onOrAfter: date.adding(days: 1))
            return (max(next, free ?? date), running, free)
        case .calendarDays:
            // Running: begun and not ended on the day (one set to begin later in another case is not
            // running yet, and pushed an immediate one weeks on, a review; an overlap with it is refused).
            let running = h.measures(rung).filter { ($0.startDate ?? $0.date) <= date }.compactMap(\.endDate)
                .filter { $0 >= date }.max()
            let free = running.map { $0.adding(days: 1) }
            return (free ?? date, running, free)
        }
    }

    /// The first day of the suspensions this one follows on from without a school day between (in
    /// this case and the subject's others), or nil when it follows none. They are one suspension
    /// to the pupil: three decisions on one day, of 2, 5 and 3 days, one called "Verlenging",
    /// suspended a pupil ten school days in a row where the law allows one week (a legal review).
    static func joinedSuspension(_ first: LocalDate, _ h: CaseHistory) -> LocalDate? {
        let before = h.steps.decisions(of: .suspension) + h.suspensionsElsewhere
        var since = first
        while let earlier = before.first(where: { s in
            guard let end = s.endDate, let begun = s.startDate, begun < since else { return false }
            return h.calendar.adding(schoolDays: 1, to: end) == since
        }) {
            since = earlier.startDate ?? since
        }
        return since < first ? since : nil
    }

    /// The rungs of the ladder passed over by taking `rung` now: those between the next one
    /// (or, before any step, the suggested start) and the chosen one. Side measures never count.
    static func skipped(_ rung: Rung, h: CaseHistory, ladder: [Rung], current: Rung?, suggested: Rung?) -> [Rung] {
        guard !isSideMeasure(rung, kind: h.kind), let target = ladder.firstIndex(of: rung) else { return [] }
        let from: Int
        if let current, let i = ladder.firstIndex(of: current) {
            from = i + 1
        } else if let suggested, !isSideMeasure(suggested, kind: h.kind), let i = ladder.firstIndex(of: suggested) {
            from = i
        } else {
            from = 0
        }
        // An employee's measures are progressive over incidents: a reprimand given in an earlier case
        // was recorded as "overgeslagen" when a new incident's case went to a suspension, in the
        // personnel dossier for good (a review). What an earlier case reached is not skipped.
        let before =
            h.kind == .staff
            ? h.subjectCases.filter {
                $0.id != h.record.id && $0.countsAsOffence && ($0.openedAt, $0.id) < (h.record.openedAt, h.record.id)
            }.compactMap { c in
                // Its measures only: a dismissal is no step a later case skips (one whose consent
                // was revoked leaves the rung before it on record, `CaseWorkflow.revoked`).
                c.rung.flatMap { punishedOnce($0, kind: .staff) ? ladder.firstIndex(of: $0) : nil }
            }.max() : nil
        let start = max(from, before.map { $0 + 1 } ?? 0)
        guard target > start else { return [] }
        // A summary dismissal (BW art. 7:677/7:678) is the other way to end the employment, not a
        // measure after an ordinary dismissal (BW art. 7:669, 7:671b): it skips no dismissal. Its
        // besluit read "ontslag op staande voet zonder eerst schorsing, ontslag" (a legal review).
        return ladder[start..<target].filter {
            !isSideMeasure($0, kind: h.kind) && !(rung == .summaryDismissal && $0 == .dismissal)
        }
    }

    // MARK: Taking a step

    /// Checks a requested step against the law and the profile, and plans what it stores.
    /// Throws a refusal (in both languages) that names every unmet condition.
    public static func plan(
        _ req: StepRequest, h: CaseHistory, profile: ProtocolProfile, actor: String, at now: Timestamp
    ) throws -> StepPlan {
        let kind = h.kind
        let date = now.localDate()
        let calendar = h.calendar
        let assessment = assess(h, profile: profile, today: date, at: now)
        guard let opt = assessment.options.first(where: { $0.rung == req.rung }) else {
            if req.rung == assessment.current, punishedOnce(req.rung, kind: kind) {
                throw CasusError.refused(
                    "\(req.rung.label(for: kind).nl) is in deze zaak al besloten: dezelfde feiten worden niet twee keer bestraft; er is niets veranderd",
                    "\(req.rung.label(for: kind).en) was already decided in this case: the same facts are not punished twice; nothing was changed",
                    hint: Phrase(
                        kind == .staff
                            ? "Een nieuw voorval is een nieuwe zaak (`casus case open`); voor deze feiten staat alleen nog ontslag met instemming van de werknemer open (--route consent)."
                            : "Een nieuw voorval is een nieuwe zaak (`casus case open`); voor deze feiten staat alleen een zwaardere maatregel open.",
                        kind == .staff
                            ? "A new incident is a new case (`casus case open`); for these facts only a dismissal with the employee's consent remains (--route consent)."
                            : "A new incident is a new case (`casus case open`); for these facts only a heavier measure remains."
                    ))
            }
            if assessment.ladder.contains(req.rung), let current = assessment.current {
                throw CasusError.refused(
                    "\(req.rung.label(for: kind).nl) is lichter dan de huidige trede (\(current.label(for: kind).nl)); een zaak gaat de ladder op",
                    "\(req.rung.label(for: kind).en) is lighter than the current rung (\(current.label(for: kind).en)); a case moves up the ladder",
                    hint: Phrase("Open een nieuwe zaak voor een nieuw voorval.", "Open a new case for a new incident."))
            }
            let names = assessment.ladder.map(\.rawValue).joined(separator: ", ")
            var hint = Phrase("Treden: \(names)", "Rungs: \(names)")
            if kind == .parent, [.deviceCustody, .ictBan, .contract, .timeOut, .suspension].contains(req.rung) {
                hint =
                    Phrase(
                        "Voor een ouder: waarschuwing, toegangsverbod (access-ban) of verwijdering van het kind. ",
                        "For a parent: warning, access ban (access-ban) or removal of the child. ") + hint
            }
            throw CasusError.refused(
                "trede '\(req.rung.rawValue)' staat niet op de ladder voor \(kind.label.nl) van \(profile.name)",
                "rung '\(req.rung.rawValue)' is not on the \(kind.label.en) ladder of \(profile.name)", hint: hint)
        }
        if let wanted = req.phase, wanted != opt.phase {
            throw CasusError.refused(
                wanted == .decision
                    ? "er is geen voornemen voor \(req.rung.label(for: kind).nl) om op te besluiten"
                    : "er loopt al een voornemen voor \(req.rung.label(for: kind).nl); neem eerst het besluit",
                wanted == .decision
                    ? "there is no proposal for \(req.rung.label(for: kind).en) to decide on"
                    : "a proposal for \(req.rung.label(for: kind).en) is pending; take its decision first",
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        var refusals = opt.refusals
        // A measure stands on the case's articles: one the profile no longer has (a school's own
        // profile changed after the case was opened) left a step whose letter was then refused.
        let gone = h.record.articles.filter { profile.article($0) == nil }
        if !gone.isEmpty {
            refusals.append(
                Phrase(
                    "artikel \(gone.joined(separator: ", ")) staat niet (meer) in het protocolprofiel \(profile.id): de maatregel zou zijn grond niet kunnen noemen (zet het terug in het profiel, of herzie de zaak: casus case reclassify)",
                    "article \(gone.joined(separator: ", ")) is not (or no longer) in protocol profile \(profile.id): the measure could not state its ground (put it back in the profile, or reclassify the case: casus case reclassify)"
                ))
        }
        let reason = req.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            refusals.append(
                req.rung == .summaryDismissal
                    ? Phrase(
                        "ontslag op staande voet vraagt de dringende reden (--reason)",
                        "summary dismissal needs the urgent reason (--reason)")
                    : Phrase("een maatregel vraagt een reden (--reason)", "a measure needs a reason (--reason)"))
        }
        var days: Int?
        if let length = opt.length {
            if let d = req.days {
                if d < 1 {
                    refusals.append(
                        Phrase("de duur is minstens 1 dag (--days)", "the length is at least 1 day (--days)"))
                } else if length == .schoolDays, d > maxSuspensionDays {
                    refusals.append(
                        Phrase(
                            "een schorsing duurt ten hoogste één week, in casus \(maxSuspensionDays) schooldagen per besluit"
                                + Law.suspensionLength(h.legal.sector).bracketed.nl + "; gevraagd: \(d)",
                            "a suspension lasts at most one week, in casus \(maxSuspensionDays) school days per decision"
                                + Law.suspensionLength(h.legal.sector).bracketed.en + "; asked: \(d)"))
                } else if d > 366 {
                    refusals.append(Phrase("ten hoogste 366 dagen; gevraagd: \(d)", "at most 366 days; asked: \(d)"))
                }
                days = d
            } else {
                refusals.append(
                    length == .schoolDays
                        ? Phrase(
                            "geef de duur van de schorsing in schooldagen (--days 1 tot en met 5)",
                            "give the suspension's length in school days (--days 1 to 5)")
                        : Phrase(
                            "geef de duur in kalenderdagen (--days N)", "give the length in calendar days (--days N)"))
            }
        } else if req.days != nil {
            refusals.append(
                Phrase(
                    "--days hoort bij een schorsing van een leerling, een toegangsverbod of een ordemaatregel",
                    "--days goes with a pupil's suspension, an access ban or a precautionary suspension"))
        }
        // Only where the step skips a rung or the law asks for one: kept with any other step, a letter
        // said "Wij hebben niet eerst een lichtere maatregel genomen, om de volgende reden: …" after
        // a warning given first (a review). The command line says it was not used.
        let justification =
            opt.skips.isEmpty && !opt.needsJustification
            ? nil : req.justification?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if !opt.skips.isEmpty, justification == nil {
            let names = opt.skips.map { $0.label(for: kind).nl }.joined(separator: ", ")
            let namesEn = opt.skips.map { $0.label(for: kind).en }.joined(separator: ", ")
            refusals.append(
                Phrase(
                    "deze stap slaat over: \(names); dat mag afhankelijk van de ernst, met een schriftelijke onderbouwing (--justify)",
                    "this step skips: \(namesEn); allowed depending on severity, with a written justification (--justify)"
                ))
        } else if opt.needsJustification, justification == nil {
            refusals.append(
                Phrase(
                    "verwijdering van een kind om het gedrag van een ouder vraagt een schriftelijke onderbouwing, bijvoorbeeld een verstoorde verhouding (--justify)"
                        + Law.parentRemovalJustification.bracketed.nl,
                    "removing a child for a parent's conduct needs a written justification, such as a disturbed relationship (--justify)"
                        + Law.parentRemovalJustification.bracketed.en))
        }
        let measure = req.measure?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if opt.measureByDirector, measure == nil {
            refusals.append(
                Phrase(
                    "het protocol laat deze maatregel aan de directie (\(opt.detail ?? "")): zeg wat hij inhoudt en hoe lang hij duurt (--measure, bijvoorbeeld \"telefoon twee weken in bewaring bij de directie\")",
                    "the protocol leaves this measure to the director (\(opt.detail ?? "")): say what it is and how long it lasts (--measure, for example \"phone kept by the director for two weeks\")"
                ))
        } else if !opt.measureByDirector, measure != nil {
            refusals.append(
                Phrase(
                    "--measure hoort bij een maatregel die het protocol aan de directie laat; deze stap is \(opt.detail ?? req.rung.label(for: kind).nl)",
                    "--measure goes with a measure the protocol leaves to the director; this step is \(opt.detail ?? req.rung.label(for: kind).en)"
                ))
        }
        let urgency = req.urgency?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if opt.needsUrgency, urgency == nil, kind == .staff {
            refusals.append(
                Phrase(
                    "de werknemer wordt eerst gehoord over de voorgenomen ordemaatregel, ook over een verlenging (een nieuw besluit)"
                        + Law.ordemaatregelHeard.bracketed.nl
                        + ": leg het gesprek erover vast als gespreksverslag waarin de medewerker is gehoord (in de zaak n, of `casus note \(h.record.number) --kind meeting --heard employee`), of geef op waarom horen niet kon (het veld ‘Waarom niet eerst gehoord’, of --urgent)",
                    "the employee is heard first on the intended precautionary suspension, on an extension too (a new decision)"
                        + Law.ordemaatregelHeard.bracketed.en
                        + ": record the meeting about it as a note in which the employee was heard (n on the case, or `casus note \(h.record.number) --kind meeting --heard employee`), or give why hearing could not be (the field ‘Why not heard first’, or --urgent)"
                ))
        } else if opt.needsUrgency, urgency == nil {
            let who = LegalLayer.viewGivers(h, on: date)
            refusals.append(
                Phrase(
                    "openbare school: stel \(who.nl) eerst in de gelegenheid hun zienswijze te geven"
                        + Law.awb48.bracketed.nl
                        + " (leg het gesprek vast als gespreksverslag waarin de ouders zijn gehoord, of hun zienswijze: in de zaak n of r, of `casus note --kind meeting --heard parents` of `casus case zienswijze`), of geef de spoedeisende reden op (het veld Spoed, of --urgent)"
                        + Law.awb411.bracketed.nl,
                    "public school: first give \(who.en) the chance to give their view" + Law.awb48.bracketed.en
                        + " (record the meeting as a note in which the parents were heard, or their view: n or r on the case, or `casus note --kind meeting --heard parents` or `casus case zienswijze`), or give the urgent reason (the Urgency field, or --urgent)"
                        + Law.awb411.bracketed.en))
        }
        if kind == .staff, req.rung == .dismissal {
            refusals += LegalLayer.punishedAlready(.dismissal, h: h, route: req.route)
        }
        if opt.needsRoute, req.route == nil {
            refusals.append(
                Phrase(
                    "ontslag gaat langs een route: --route consent (instemming), uwv of kantonrechter"
                        + Law.bw7671_1.bracketed.nl,
                    "dismissal takes a route: --route consent, uwv or kantonrechter" + Law.bw7671_1.bracketed.en))
        } else if !opt.needsRoute, req.route != nil {
            refusals.append(Phrase("--route hoort bij ontslag", "--route goes with dismissal"))
        } else if opt.needsRoute, req.route == .uwv {
            // A case under the social-media protocol is about conduct: the UWV gives permission only
            // for economic reasons or long illness; casus took the route with a note (a review).
            refusals.append(
                Phrase(
                    "de route uwv past niet bij ontslag om gedrag: het UWV geeft alleen toestemming bij bedrijfseconomische redenen of langdurige arbeidsongeschiktheid"
                        + Law.bw7671a_1.bracketed.nl
                        + "; ontslag om verwijtbaar handelen of een verstoorde arbeidsverhouding vraagt u aan de kantonrechter (--route kantonrechter"
                        + Law.bw7671b.bracketed.nl + "), of het gaat met instemming van de werknemer (--route consent)",
                    "the uwv route does not fit a dismissal for conduct: the UWV permits only for economic reasons or long-term incapacity"
                        + Law.bw7671a_1.bracketed.en
                        + "; a dismissal for culpable conduct or a disturbed working relationship is asked of the kantonrechter (--route kantonrechter"
                        + Law.bw7671b.bracketed.en + "), or it goes with the employee's consent (--route consent)"))
        }
        if let n = req.respondDays, !(1...60).contains(n) {
            refusals.append(
                Phrase(
                    "de reactietermijn is 1 tot en met 60 schooldagen; gevraagd: \(n)",
                    "the response term is 1 to 60 school days; asked: \(n)"))
        }
        // A first day only where the measure has days: a time-out's --start was dropped without a
        // word, and its letter named the day it was recorded (a legal review).
        // A time-out's day: the school day it was given, today or before. It was taken on a Sunday
        // and on Christmas Day, and a letter written on Sunday of Friday's time-out named Sunday (a
        // legal review).
        var timeOutDay: LocalDate?
        if req.rung == .timeOut {
            let day = req.startDate ?? date
            timeOutDay = day
            if day > date {
                refusals.append(
                    Phrase(
                        "een time-out is al gegeven: \(day.dutch) ligt na vandaag (--start)",
                        "a time-out has been given already: \(day.dutch) is after today (--start)"))
            } else if day < date.adding(days: -Self.timeOutRecordedWithin) {
                refusals.append(
                    Phrase(
                        "een time-out wordt binnen een maand vastgelegd; \(day.dutch) is langer geleden (--start): leg het vast in een notitie",
                        "a time-out is recorded within a month; \(day.dutch) is longer ago (--start): record it in a note"
                    ))
            } else if let happened = h.incidentHappenedOn, day < happened {
                // Not for what had not happened yet: one was dated the day before the incident it
                // answered, and the case screen listed it under the report of the day after (a review).
                refusals.append(
                    Phrase(
                        "een time-out op \(day.dutch) ligt vóór \(happened.dutch), de dag waarop volgens de melding gebeurde waar hij op volgde (--start)",
                        "a time-out on \(day.iso) is before \(happened.iso), the day the report says what it followed happened (--start)"
                    ))
            } else if calendar.schoolDay(onOrAfter: day) != day {
                let why = calendar.closure(on: day)?.described ?? Phrase("weekend", "weekend")
                refusals.append(
                    Phrase(
                        "een time-out geldt voor de rest van een schooldag, en \(day.dutchWithWeekday) is geen schooldag (\(why.nl)); geef de dag waarop hij is gegeven (--start)",
                        "a time-out is for the rest of a school day, and \(day.englishWithWeekday) is no school day (\(why.en)); give the day it was given (--start)"
                    ))
            }
        } else if opt.length == nil, let asked = req.startDate {
            refusals.append(
                Phrase(
                    "--start \(asked.dutch) hoort bij een maatregel met een duur (een schorsing, een toegangsverbod, een ordemaatregel); \(req.rung.label(for: kind).nl) heeft geen eerste dag — noem een eerdere dag in de reden",
                    "--start \(asked.dutch) goes with a measure that lasts (a suspension, an access ban, a precautionary suspension); \(req.rung.label(for: kind).en) has no first day — name an earlier day in the reason"
                ))
        }
        // The length and the holidays: a suspension never falls in a holiday.
        var start: LocalDate? = timeOutDay
        var end: LocalDate? = timeOutDay
        // Whether the measure was refused for running past the employment's recorded end.
        var pastEmployment = false
        var notices: [Phrase] = []
        if let days, let length = opt.length, refusals.isEmpty {
            switch length {
            case .schoolDays:
                // One at a time: a new decision starts after the one that runs (each is at most a
                // week; two that overlap would count a day twice and leave the pupil's days unclear).
                let (firstFree, running, free) = Self.firstDay(req.rung, .schoolDays, h, on: date)
                let asked = req.startDate ?? firstFree
                if asked < date {
                    refusals.append(
                        Phrase("een schorsing begint niet in het verleden", "a suspension does not start in the past"))
                }
                if let far = Self.farAhead(asked, from: date) { refusals.append(far) }
                // Only one that still runs: an ended one was called running, its day after in the past.
                if let running, let free, running >= date, asked <= running {
                    refusals.append(
                        Phrase(
                            "er loopt al een schorsing tot en met \(running.dutch); een nieuwe begint op zijn vroegst \(free.dutch) (--start)",
                            "a suspension runs until \(running.dutch); a new one starts on \(free.dutch) at the earliest (--start)"
                        ))
                }
                let first = calendar.schoolDay(onOrAfter: asked)
                // A day asked is the day it starts, or refused: 21 December asked began on 4
                // January, a decision other than the one the director took (a legal review). And it
                // starts soon: a suspension is for what just happened, and a year typed wrong
                // (2027-09-20 for 2026) was taken, the Inspectie's notice following it.
                let soon = max(
                    calendar.lastDay(of: Self.suspensionStartsWithin, startingOn: calendar.schoolDay(onOrAfter: date)),
                    free ?? date)
                if req.startDate != nil, first != asked {
                    let why = calendar.closure(on: asked)?.described ?? Phrase("weekend", "weekend")
                    refusals.append(
                        Phrase(
                            "\(asked.dutchWithWeekday) is geen schooldag (\(why.nl)); de eerste schooldag daarna is \(first.dutchWithWeekday): geef die als eerste dag (--start) als de schorsing dan ingaat",
                            "\(asked.englishWithWeekday) is no school day (\(why.en)); the first school day after it is \(first.englishWithWeekday): give that as the first day (--start) if the suspension starts then"
                        ))
                } else if req.startDate != nil, first > soon {
                    refusals.append(
                        Phrase(
                            "een schorsing gaat in binnen \(Self.suspensionStartsWithin) schooldagen na het besluit, uiterlijk \(soon.dutch); \(asked.dutch) is later (--start): klopt het jaar?",
                            "a suspension starts within \(Self.suspensionStartsWithin) school days of the decision, by \(soon.dutch); \(asked.dutch) is later (--start): is the year right?"
                        ))
                } else if first != asked, let closed = calendar.closure(on: asked) {
                    notices.append(
                        Phrase(
                            "De schorsing begint op \(first.dutchLong): \(asked.dutch) valt \(closed.kind == .holiday && closed.first != closed.last ? "in" : "op") \(closed.described.nl).",
                            "The suspension starts on \(first.englishLong): \(asked.dutch) falls in \(closed.described.en)."
                        ))
                } else if first != asked, asked.isWeekend {
                    // A weekend too: --start on a Saturday began on the Monday without a word (a review).
                    notices.append(
                        Phrase(
                            "De schorsing begint op \(first.dutchLong): \(asked.dutch) valt in het weekend.",
                            "The suspension starts on \(first.englishLong): \(asked.dutch) falls on a weekend."))
                }
                let last = calendar.lastDay(of: days, startingOn: first)
                if let holiday = calendar.holidays(from: first, through: last).first {
                    refusals.append(LegalLayer.holidayRefusal(days, first, holiday, h: h))
                } else if last > first.adding(days: 6) {
                    // "Ten hoogste één week" is a period: five school days over a study day or
                    // Easter Monday ran eight days (a legal review).
                    refusals.append(LegalLayer.longerThanAWeek(days, first, last, h: h))
                } else if let since = Self.joinedSuspension(first, h), last > since.adding(days: 6) {
                    refusals.append(LegalLayer.joinedLongerThanAWeek(since, first, last, h: h))
                }
                // A period casus has no holidays for (the May holiday of 2027): counted as school
                // days, said at the step, not only among the case's advice (a review counted five
                // days through it without a word).
                if let gap = h.legal.gaps.first(where: { $0.first <= last && first <= $0.last }) {
                    notices.append(
                        Phrase(
                            "Let op: de schorsing loopt door \(gap.what.nl), die casus niet kent; die dagen zijn als schooldagen geteld. Valt er een vakantie in, kies dan andere dagen, of importeer het vakantierooster (`casus calendar import`).",
                            "Note: the suspension runs through \(gap.what.en), which casus does not know; those days are counted as school days. If a holiday falls in it, choose other days, or import the vakantierooster (`casus calendar import`)."
                        ))
                }
                start = first
                end = last
            case .calendarDays:
                // A second one while the first runs is its extension: it starts the day after the
                // first ends (it started today, and the two ran side by side, a review).
                let (firstFree, running, free) = Self.firstDay(req.rung, .calendarDays, h, on: date)
                let first = req.startDate ?? firstFree
                let noun = req.rung.label(for: kind)
                // "het toegangsverbod", "de schorsing als ordemaatregel" ("de toegangsverbod", a review).
                let article = noun.nl.hasPrefix("toegangsverbod") ? "het" : "de"
                if first < date {
                    refusals.append(
                        Phrase("de maatregel begint niet in het verleden", "the measure does not start in the past"))
                }
                if let running, let free, first <= running {
                    refusals.append(
                        Phrase(
                            "\(article) \(noun.nl) loopt al tot en met \(running.dutch); een verlenging begint op \(free.dutch) (laat de eerste dag leeg, of geef een latere)",
                            "the \(noun.en) already runs until \(running.dutch); an extension starts on \(free.dutch) (leave the first day empty, or give a later one)"
                        ))
                }
                if let far = Self.farAhead(first, from: date) { refusals.append(far) }
                let last = first.adding(days: days - 1)
                start = first
                end = last
                if let other = h.measures(req.rung).first(where: {
                    guard let s = $0.startDate, let e = $0.endDate else { return false }
                    return s <= last && first <= e && !(running.map { e <= $0 } ?? false)
                }), let s = other.startDate, let e = other.endDate {
                    refusals.append(
                        Phrase(
                            "\(article) \(noun.nl) van \(s.dutch) tot en met \(e.dutch) valt in dezelfde dagen; kies dagen ervoor of erna",
                            "the \(noun.en) from \(s.dutch) to \(e.dutch) falls on the same days; choose days before or after it"
                        ))
                }
                let since = h.measures(req.rung).runningSince(first)
                if since < first, let last = end {
                    notices.append(
                        Phrase(
                            "Verlenging: \(article) \(noun.nl) loopt sinds \(since.dutch) en nu tot en met \(last.dutch).",
                            "Extension: the \(noun.en) runs since \(since.dutch) and now until \(last.dutch)."))
                }
                // An ordemaatregel extended before the one it extends was made known in writing: the
                // letter then spoke of the extension alone, and the first measure's letter (its own
                // reason and length) could never be made, its duty open for good (a legal review).
                if kind == .staff, req.rung == .precautionarySuspension, since < first,
                    h.obligations.contains(where: { $0.kind == .precautionaryLetter && !$0.isDone })
                {
                    refusals.append(
                        Phrase(
                            "de schorsing als ordemaatregel die loopt, is nog niet schriftelijk aan de medewerker gegeven, met reden en duur; doe dat eerst (`casus letter ZAAK --template ordemaatregel`, dan `casus letter sent`): na een verlenging kon die brief niet meer worden gemaakt",
                            "the precautionary suspension that runs has not been given to the employee in writing, with reason and length; do that first (`casus letter CASE --template ordemaatregel`, then `casus letter sent`): after an extension that letter could no longer be made"
                        ))
                }
                if kind == .staff, let last = end, since.days(until: last) + 1 > 28 {
                    let total = since.days(until: last) + 1
                    notices.append(
                        Phrase(
                            "Langer dan vier weken (\(total) dagen): leg vast waarom"
                                + Law.caoOrdemaatregel(h.legal.sector).bracketed.nl
                                + ".",
                            "Longer than four weeks (\(total) days): record why"
                                + Law.caoOrdemaatregel(h.legal.sector).bracketed.en
                                + "."
                        ))
                }
                // A measure for days after the employment's recorded end is one for someone no
                // longer employed: an ordemaatregel from March was filed after an end in January (a
                // review). Judged by the measure's days, not today's.
                if kind == .staff,
                    let ended = [h.recordedEnd?.date, h.endedElsewhere?.date]
                        .compactMap({ $0 }).min(),
                    end.map({ $0 > ended }) ?? false
                {
                    pastEmployment = true
                    refusals.append(
                        Phrase(
                            "de maatregel loopt na het einde van het dienstverband op \(ended.dutch); kies een kortere duur of een eerdere eerste dag, of leg een ander einde vast",
                            "the measure runs past the end of the employment on \(ended.dutch); choose a shorter length or an earlier first day, or record another end"
                        ))
                }
            }
        }
        // A summary dismissal follows the facts without delay (BW art. 7:677 lid 1): a report weeks
        // old was dismissed on with no word on the command line; the note showed on the screen only
        // (a review). Said with the step, and what to record.
        if kind == .staff, req.rung == .summaryDismissal, let reported = h.incidentReportedAt,
            reported.localDate().days(until: date) > 3
        {
            let age = reported.localDate().days(until: date)
            notices.append(
                Phrase(
                    "Let op: de melding is \(age) dagen oud. Ontslag op staande voet volgt onverwijld op het bekend worden van de dringende reden"
                        + Law.bw7677.bracketed.nl
                        + "; leg in het dossier vast waarom het nu pas komt (een onderzoek, het horen van de werknemer), anders kan de kantonrechter het vernietigen.",
                    "Note: the report is \(age) days old. A summary dismissal follows without delay once the urgent reason is known"
                        + Law.bw7677.bracketed.en
                        + "; record in the dossier why it comes only now (an investigation, hearing the employee), or the kantonrechter may annul it."
                ))
        }
        // A summary dismissal on facts the school took to the kantonrechter or the UWV, one with the
        // employee not heard in the case, one on conduct the protocol rates light: said with the step
        // (the first showed on the screen only, the others nowhere; a lawyer's review). Not refused:
        // the law asks no hearing first, and the director may know more than the rating.
        if kind == .staff, req.rung == .summaryDismissal {
            if let asked = LegalLayer.askedTheOrdinaryWay(h) { notices.append(asked) }
            // Heard in a meeting, or in writing (a zienswijze given): a written view was said to be no
            // hearing (a review).
            let heard =
                h.entries.contains { $0.kind == .meeting && $0.heard.contains(.employee) && $0.at <= now }
                || h.facts.contains { $0.kind == .zienswijze && $0.value != "none" && $0.at <= now }
            if !heard {
                notices.append(
                    Phrase(
                        "Let op: de medewerker is in deze zaak niet gehoord. De wet schrijft dat niet voor, maar de school moet de dringende reden kunnen aantonen"
                            + Law.bw7678.bracketed.nl
                            + ", en wat de medewerker erover zei hoort daarbij; leg het gesprek vast (`casus note \(h.record.number) --kind meeting --heard employee`), of waarom horen niet kon.",
                        "Note: the employee was not heard in this case. The law does not require it, but the school must be able to show the urgent reason"
                            + Law.bw7678.bracketed.en
                            + ", and what the employee said about it belongs to that; record the meeting (`casus note \(h.record.number) --kind meeting --heard employee`), or why hearing could not be."
                    ))
            }
            // Rated light by the director at triage or since (the case's severity, not the articles'
            // rating, which the director may have weighed otherwise).
            if h.record.severity == .light {
                notices.append(
                    Phrase(
                        "Let op: de school gaf deze zaak de ernst licht. Een dringende reden is zo ernstig dat van de school niet kan worden gevraagd de arbeidsovereenkomst te laten voortduren"
                            + Law.bw7678.bracketed.nl
                            + ": de eigen inschatting spreekt dat tegen; leg vóór het ontslag vast waarom het hier toch zo is.",
                        "Note: the school rated this case light. An urgent reason is so serious that the school cannot be asked to let the employment continue"
                            + Law.bw7678.bracketed.en
                            + ": its own rating says otherwise; record before the dismissal why it is so here all the same."
                    ))
            }
        }
        // Nor a dismissal on facts answered with a warning: said with the step too, as on the screen.
        if kind == .staff, req.rung == .summaryDismissal || (req.rung == .dismissal && req.route != .consent),
            let warned = h.standingDecisions.last(where: { $0.rung == .warning })
        {
            notices.append(LegalLayer.warnedAlready(warned))
        }
        // Nor a measure whose days begin after a leaving day recorded ahead, or, for an employee,
        // run past it (an ordemaatregel from the 14th was taken for someone leaving on the 10th, a
        // review).
        if let left = h.subject.leftOn, h.subject.kind != .parent {
            if let start, start > left {
                refusals.append(
                    Phrase(
                        "\(h.subject.name) verlaat de school op \(left.dutch), vóór de eerste dag van de maatregel (\(start.dutch))",
                        "\(h.subject.name) leaves the school on \(left.dutch), before the measure's first day (\(start.dutch))"
                    ))
            } else if kind == .staff, let end, end > left, !pastEmployment {
                // Said once: an employment's end is its leaving day too (`contractEnded`), and the
                // refusal above names it.
                refusals.append(
                    Phrase(
                        "de maatregel loopt tot en met \(end.dutch), na het vertrek van \(h.subject.name) op \(left.dutch); kies een kortere duur",
                        "the measure runs until \(end.dutch), past \(h.subject.name)'s leaving on \(left.dutch); choose a shorter length"
                    ))
            }
        }
        if !refusals.isEmpty {
            throw CasusError(
                .refused,
                Phrase(
                    "stap geweigerd: " + refusals.map(\.nl).joined(separator: "; "),
                    "step refused: " + refusals.map(\.en).joined(separator: "; ")),
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        let planned = obligations(
            for: StepRequest(
                rung: req.rung, reason: reason, days: days, startDate: start, phase: opt.phase, route: req.route,
                respondDays: req.respondDays),
            phase: opt.phase, h: h, profile: profile, offence: assessment.offence, on: date, start: start, end: end)
        let step = Step(
            // Where the director sets the measure, the step records what was set, not the
            // profile's "te bepalen door de directie".
            caseID: h.record.id, rung: req.rung,
            detail: opt.measureByDirector
                ? measure.map { "\((opt.detail ?? "").prefix { $0 != ":" }): \($0)" } ?? ""
                : opt.detail ?? "",
            at: now, date: date, days: days,
            startDate: start, endDate: end, reason: reason, justification: justification, actor: actor,
            phase: opt.phase)
        var decision: EntryDraft?
        if let justification, !opt.skips.isEmpty || opt.needsJustification {
            let names = opt.skips.map { $0.label(for: kind).nl }.joined(separator: ", ")
            // At a staff voornemen nothing is decided yet: the entry said "Besluit:" before the
            // employee was heard, which an employee's lawyer reads as the outcome settled (a review).
            let heading = opt.phase == .proposal ? "Voornemen" : "Besluit"
            let chosen = opt.phase == .proposal ? "Voorgenomen maatregel" : "Gekozen maatregel"
            decision = EntryDraft(
                kind: .decision,
                title: opt.skips.isEmpty
                    ? "\(heading): \(req.rung.label(for: kind).nl), onderbouwing"
                    : "\(heading): \(req.rung.label(for: kind).nl) zonder eerst \(names)",
                body: "Zaak \(h.record.number). \(chosen): \(req.rung.label(for: kind).nl).\n"
                    + (opt.skips.isEmpty ? "" : "Overgeslagen: \(names).\n")
                    + "\nOnderbouwing:\n\(justification)\n\nReden van de maatregel:\n\(reason)",
                caseID: h.record.id)
        }
        var facts: [(kind: FactKind, value: String, note: String)] = []
        if opt.needsUrgency, let urgency { facts.append((.urgency, "", urgency)) }
        if let route = req.route { facts.append((.dismissalRoute, route.rawValue, "")) }
        // Facts told the first time are recorded, whatever their words: the director states them
        // (the report's words told as facts were dropped, and the letters kept asking, a review).
        let established = h.facts.last { $0.kind == .established }?.note
        if let told = req.facts?.trimmed.nilIfEmpty, told != established { facts.append((.established, "", told)) }
        if kind == .staff, req.rung == .summaryDismissal, opt.phase == .decision {
            facts += StepPlan.lapsed(bySummaryDismissalOn: date, in: h).facts
        }
        return StepPlan(
            step: step, obligations: planned, decision: decision, facts: facts, template: opt.template,
            notices: notices, answers: StepPlan.answered(by: req.rung, phase: opt.phase, kind: kind, in: h))
    }

    /// The obligations a step creates: the profile's (parents informed of a sanction) and the
    /// law's (LegalLayer), due in school days from the decision where the law says "at once".
    static func obligations(
        for req: StepRequest, phase: StepPhase, h: CaseHistory, profile: ProtocolProfile,
        offence: (rule: OffenceRule, count: Int)?, on date: LocalDate, start: LocalDate?, end: LocalDate?
    ) -> [PlannedObligation] {
        let legal = LegalLayer.obligations(
            req.rung, phase: phase, h: h, req: req, on: date, start: start, end: end)
        if legal.handled { return legal.planned }
        var out = legal.planned
        let fromRule = offence.flatMap { o in h.steps.isEmpty ? o.rule.step(forOffence: o.count) : nil }
        let ruleSays = fromRule.map { $0.rung == req.rung && $0.obligations.contains(.informParents) } ?? false
        if h.kind != .staff, ruleSays || profile.escalations.informParents == .everySanction {
            let source = profile.escalations.informParentsSource.map { " (protocol, art. \($0))" } ?? " (protocol)"
            out.append(
                PlannedObligation(
                    .informParents, due: h.calendar.adding(schoolDays: 1, to: date),
                    note: Phrase("Volgens het protocol" + source, "Under the protocol" + source)))
        }
        return out
    }

    /// Obligations a case has from the start, by its flags.
    public static func obligationsAtOpening(
        _ c: Case, subject: Person, profile: ProtocolProfile, at now: Timestamp, aware: Timestamp? = nil,
        legal: LegalContext = .assumed
    ) -> [Obligation] {
        LegalLayer.atOpening(c, subject: subject, profile: profile, at: now, aware: aware, legal: legal).map {
            $0.obligation(case: c.id)
        }
    }

    // MARK: Closing

    /// What keeps a case open: every obligation of the school that is not yet recorded as done
    /// (the meldplicht's first), a consultation without outcome, a dispute the commission has, and
    /// (given `today`) a decision's objection period that still runs: an objection is recorded on
    /// an open case, and one that came in time after the close could not be (a review).
    public static func closeBlockers(_ h: CaseHistory, today: LocalDate? = nil) -> [Phrase] {
        guard h.record.status == .open else { return [] }
        let open = h.obligations.filter { !$0.isDone && !$0.isDeadlineForOthers }
        let meldplicht: [ObligationKind] = [.boardReport, .vertrouwensinspecteur, .informBeforeAangifte, .aangifte]
        var out: [Phrase] = []
        if h.record.flags.meldplicht {
            for kind in meldplicht where open.contains(where: { $0.kind == kind }) {
                out.append(
                    Phrase(
                        "meldplicht: \(kind.label.nl) is nog niet vastgelegd",
                        "meldplicht: \(kind.label.en) is not yet recorded"))
            }
        }
        for o in open where !(h.record.flags.meldplicht && meldplicht.contains(o.kind)) {
            out.append(
                o.isPaused
                    ? Phrase(
                        "open verplichting: \(o.kind.label.nl) (termijn opgeschort)",
                        "open obligation: \(o.kind.label.en) (term suspended)")
                    : Phrase(
                        "open verplichting: \(o.kind.label.nl) (uiterlijk \(o.due.dutch))",
                        "open obligation: \(o.kind.label.en) (due \(o.due.dutch))"))
        }
        if let asked = h.disputePending {
            out.append(
                Phrase(
                    "de Geschillencommissie passend onderwijs heeft het geschil sinds \(asked.date.dutch); leg het oordeel vast met `casus case dispute --opinion`",
                    "the Geschillencommissie passend onderwijs has had the dispute since \(asked.date.dutch); record its opinion with `casus case dispute --opinion`"
                ))
        }
        if let today,
            let window = h.obligations.filter({ $0.kind == .objectionWindow && !$0.isDone && $0.due >= today })
                .max(by: { $0.due < $1.due })
        {
            out.append(
                Phrase(
                    "de bezwaartermijn loopt tot en met \(window.due.dutch) (\(window.remark.nl)); een bezwaar dat op tijd komt, wordt in de open zaak vastgelegd",
                    "the objection period runs up to and including \(window.due.dutch) (\(window.remark.en)); an objection that comes in time is recorded in the open case"
                ))
        }
        return out
    }

    // MARK: Advice

    static func advice(_ h: CaseHistory, profile: ProtocolProfile, today: LocalDate) -> [Phrase] {
        var out: [Phrase] = []
        if h.record.flags.criminal, !h.record.flags.meldplicht, profile.escalations.aangifte == .optional,
            !h.obligations.contains(where: { $0.kind == .aangifte })
        {
            let src = profile.escalations.aangifteSource.map { " (art. \($0))" } ?? ""
            out.append(
                Phrase(
                    "Aangifte is mogelijk, niet verplicht volgens het protocol\(src); leg het vast met `a` als u aangifte doet.",
                    "Aangifte is possible, not mandatory under the protocol\(src); record it with `a` if you report."))
        }
        if h.record.flags.criminal, !h.record.flags.meldplicht, profile.escalations.aangifte == .none {
            out.append(
                Phrase(
                    "Het protocol zegt niets over aangifte; bij een strafbaar feit kunt u altijd aangifte doen.",
                    "The protocol says nothing about aangifte; for a criminal offence you may always report to the police."
                ))
        }
        return out + LegalLayer.advice(h, today: today)
    }

    /// KOE's group response: proposed from how many pupils and groups a report involves.
    public static func groupResponse(pupils: [Person], profile: ProtocolProfile) -> GroupResponse.Level? {
        guard let response = profile.groupResponse, pupils.count > 1 else { return nil }
        let groups = Set(pupils.compactMap(\.group))
        for level in response.levels {
            switch level.scope {
            case .smallGroup:
                // A small group is small whatever classes its pupils are in: two pupils of groups 5
                // and 7 were told to invite an external speaker, the protocol's step for a problem
                // that plays in several groups (KOE 3A.11, a review).
                if pupils.count <= (level.maxPupils ?? 3) { return level }
            case .class:
                if groups.count <= 1 { return level }
            case .severalGroups:
                return level
            }
        }
        return response.levels.last
    }

    /// The letter template proposed with a step (Config/templates/<name>.mustache).
    public static func template(for rung: Rung, kind: SubjectKind, phase: StepPhase = .decision) -> String? {
        switch (kind, rung) {
        case (.staff, .warning): nil
        case (.staff, .summaryDismissal): "ontslag-op-staande-voet"
        case (.staff, .precautionarySuspension): "ordemaatregel"
        case (.staff, .dismissal): nil
        case (.staff, _): phase == .proposal ? "voornemen-maatregel" : "besluit-maatregel"
        case (.parent, .suspension), (.parent, .accessBan): "toegangsverbod"
        case (_, .warning): "waarschuwing"
        case (_, .timeOut): "time-out"
        case (_, .suspension): "schorsingsbesluit"
        case (_, .removal): "verwijderingsbesluit"
        case (_, .deviceCustody), (_, .ictBan), (_, .contract): "maatregel-ouders"
        default: nil
        }
    }
}

extension Phrase {
    /// The first letter in capitals, in both languages.
    var capitalized: Phrase {
        Phrase(nl.prefix(1).uppercased() + nl.dropFirst(), en.prefix(1).uppercased() + en.dropFirst())
    }
}

extension CaseHistory {
    /// The decisions of a measure in calendar days here and in the subject's other cases; not this
    /// case's ordemaatregels whose letter lapsed unsent with a summary dismissal (`Step.lapsedMeasures`):
    /// after a court annulled the dismissal they neither run nor are extended. One was extended
    /// "since" a first day the employee never had in writing, and a new one was refused as overlapping
    /// it (legal reviews).
    func measures(_ rung: Rung) -> [Step] {
        let unwritten = Step.lapsedMeasures(steps, obligations, facts)
        return steps.decisions(of: rung).filter { !unwritten.contains($0.id) } + measuresElsewhere.decisions(of: rung)
    }
}

extension Collection<Step> {
    /// The decisions (not a staff voornemen) of one rung.
    public func decisions(of rung: Rung) -> [Step] { filter { $0.rung == rung && $0.phase == .decision } }

    /// The first day of the measures among these that run on one after the other (each starting
    /// the day after the one before ends) up to one that starts on `first`: `first` itself when
    /// none runs up to it. An extension's letter and its four weeks count from there.
    public func runningSince(_ first: LocalDate) -> LocalDate {
        var since = first
        for s in sorted(by: { ($0.startDate ?? $0.date) > ($1.startDate ?? $1.date) }) {
            guard let end = s.endDate, let begun = s.startDate, end.adding(days: 1) == since else { continue }
            since = begun
        }
        return since
    }
}
