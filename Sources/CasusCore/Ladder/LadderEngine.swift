/// What the engine needs to know about a case: its record, the subject, what happened on it so
/// far, and the subject's other cases (for offence counts). Values only; the engine does no I/O.
public struct CaseHistory: Sendable {
    public var record: Case
    public var subject: Person
    public var steps: [Step]
    public var obligations: [Obligation]
    public var entries: [DossierEntry]
    /// Every case about the same subject, this one included or not.
    public var subjectCases: [Case]
    public var incidentReportedAt: Timestamp?

    public init(
        record: Case, subject: Person, steps: [Step], obligations: [Obligation], entries: [DossierEntry],
        subjectCases: [Case], incidentReportedAt: Timestamp? = nil
    ) {
        self.record = record
        self.subject = subject
        self.steps = steps
        self.obligations = obligations
        self.entries = entries
        self.subjectCases = subjectCases
        self.incidentReportedAt = incidentReportedAt
    }

    public var kind: SubjectKind { subject.kind.ladderKind }

    /// Who has been heard in meetings recorded on this case.
    public var heard: Set<HeardParty> {
        Set(entries.filter { $0.kind == .meeting }.flatMap(\.heard))
    }
}

/// An obligation a step or a flag creates, before it is stored.
public struct PlannedObligation: Sendable, Hashable {
    public var kind: ObligationKind
    public var due: LocalDate
    public var note: String
    public var forOthers: Bool

    public init(_ kind: ObligationKind, due: LocalDate, note: String = "", forOthers: Bool = false) {
        self.kind = kind
        self.due = due
        self.note = note
        self.forOthers = forOthers
    }
}

/// One rung the director could take next, with everything the step dialog shows.
public struct StepOption: Sendable, Hashable {
    public var rung: Rung
    public var label: Phrase
    /// Preconditions not met: the step is refused until they are.
    public var refusals: [Phrase]
    /// Taking it skips rungs: a written justification is required.
    public var skips: [Rung]
    public var needsDays: Bool
    /// What the step will oblige, planned from the decision date (a suspension of `days` assumed 1).
    public var obligations: [PlannedObligation]
    /// The letter template proposed with it.
    public var template: String?
    /// Legal remarks shown with the step ("geen disciplinaire maatregel").
    public var notes: [Phrase]
    /// From an offence rule: "2e overtreding: langer in bewaring".
    public var detail: String?
    public var isSuggested: Bool

    public var isAllowed: Bool { refusals.isEmpty }
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
    /// "Mobiele telefoon: 2e overtreding dit schooljaar".
    public var offence: (rule: OffenceRule, count: Int)?
    /// What keeps the case from being closed.
    public var closeBlockers: [Phrase]
    /// Advice the screen shows (aangifte optional, group response).
    public var advice: [Phrase]
}

/// A step the director asks for.
public struct StepRequest: Sendable, Hashable {
    public var rung: Rung
    public var reason: String
    public var days: Int?
    public var justification: String?
    public var startDate: LocalDate?

    public init(rung: Rung, reason: String, days: Int? = nil, justification: String? = nil, startDate: LocalDate? = nil)
    {
        self.rung = rung
        self.reason = reason
        self.days = days
        self.justification = justification
        self.startDate = startDate
    }
}

/// What to store when a step is taken.
public struct StepPlan: Sendable {
    public var step: Step
    public var obligations: [PlannedObligation]
    /// The justification for skipping rungs, as a decision entry for the dossier.
    public var decision: EntryDraft?
    public var template: String?
}

/// The sanction-ladder engine: pure functions from a case's history to what may happen next.
/// The legal layer of DESIGN.md §3 applies on top of every profile.
public enum LadderEngine {
    public static let maxSuspensionDays = 5

    // MARK: Assessment

    public static func assess(
        _ h: CaseHistory, profile: ProtocolProfile, today: LocalDate,
        calendar: SchoolCalendar = .weekdays
    ) -> LadderAssessment {
        let kind = h.kind
        let written = profile.ladders.written(for: kind)
        let ladder = LegalOrder.effective(written, kind: kind)
        let offence = offenceCount(h, profile: profile)
        let current = reached(h, ladder: ladder)
        let (suggested, why) = suggestion(h, ladder: ladder, current: current, offence: offence)
        let options = candidates(h, ladder: ladder, current: current).map { rung in
            option(
                rung, h: h, ladder: ladder, current: current, profile: profile, offence: offence, suggested: suggested,
                on: today, calendar: calendar)
        }
        return LadderAssessment(
            written: written, ladder: ladder,
            differences: LegalOrder.differences(written, kind: kind),
            current: current, suggested: suggested, suggestionReason: why, options: options,
            offence: offence, closeBlockers: closeBlockers(h), advice: advice(h, profile: profile))
    }

    /// Light measures a school may take at any point without climbing the ladder: taking a phone
    /// into custody, an ICT ban or a contract neither skips nor is skipped.
    public static func isSideMeasure(_ rung: Rung, kind: SubjectKind) -> Bool {
        kind != .staff && [.deviceCustody, .ictBan, .contract].contains(rung)
    }

    /// The highest rung the case has reached on the ladder (a custody after a suspension does not lower it).
    public static func reached(_ h: CaseHistory, ladder: [Rung]) -> Rung? {
        h.steps.compactMap { ladder.firstIndex(of: $0.rung) }.max().map { ladder[$0] }
    }

    /// The rungs that can be taken now: the reached one again (a second suspension), every heavier
    /// one, and the side measures.
    static func candidates(_ h: CaseHistory, ladder: [Rung], current: Rung?) -> [Rung] {
        guard let current, let i = ladder.firstIndex(of: current) else { return ladder }
        return ladder.enumerated().filter { $0.offset >= i || isSideMeasure($0.element, kind: h.kind) }.map(\.element)
    }

    /// How many times (this one included) the subject broke an offence rule's articles in its window.
    public static func offenceCount(_ h: CaseHistory, profile: ProtocolProfile) -> (rule: OffenceRule, count: Int)? {
        guard h.kind != .staff else { return nil }
        for rule in profile.offenceRules where !Set(rule.articles).isDisjoint(with: h.record.articles) {
            let year = h.record.openedAt.localDate().schoolYear
            let earlier = h.subjectCases.filter { other in
                other.id != h.record.id
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

    static func option(
        _ rung: Rung, h: CaseHistory, ladder: [Rung], current: Rung?, profile: ProtocolProfile,
        offence: (rule: OffenceRule, count: Int)?, suggested: Rung?, on date: LocalDate,
        calendar: SchoolCalendar
    ) -> StepOption {
        let kind = h.kind
        var refusals: [Phrase] = []
        var notes: [Phrase] = []
        if h.record.status == .closed {
            refusals.append(Phrase("de zaak is gesloten", "the case is closed"))
        }
        // Preconditions of the legal layer.
        if rung == .removal, kind != .staff {
            let heard = h.heard
            if !heard.contains(.teacher) {
                refusals.append(
                    Phrase(
                        "verwijdering kan pas als de groepsleerkracht is gehoord (leg een gespreksverslag vast)",
                        "removal only after the class teacher has been heard (record a meeting note)"))
            }
            if !heard.contains(.parents) {
                refusals.append(
                    Phrase(
                        "verwijdering kan pas als de ouders zijn gehoord (leg een gespreksverslag vast)",
                        "removal only after the parents have been heard (record a meeting note)"))
            }
            notes.append(
                Phrase(
                    "Definitief pas als een andere school de leerling toelaat, of na 8 weken aantoonbaar zoeken.",
                    "Final only once another school accepts the pupil, or after 8 weeks of documented search."))
        }
        if rung == .suspension, kind == .pupil {
            notes.append(
                Phrase(
                    "Ten hoogste \(maxSuspensionDays) schooldagen per besluit (WPO art. 40c).",
                    "At most \(maxSuspensionDays) school days per decision (WPO art. 40c)."))
        }
        if rung == .suspension, kind == .parent {
            notes.append(
                Phrase(
                    "Voor een ouder is schorsing een toegangsverbod tot de school; het kind blijft naar school gaan.",
                    "For a parent a suspension is a ban from the school premises; the child keeps attending."))
        }
        if kind == .staff {
            switch rung {
            case .warning:
                notes.append(
                    Phrase(
                        "Een waarschuwing is geen disciplinaire maatregel (CAO PO); leg het gesprek vast als notitie.",
                        "A warning is not a disciplinary measure (CAO PO); record the talk as a note."))
            case .reprimand, .suspension, .dismissal:
                notes.append(
                    Phrase(
                        "De voorgenomen maatregel gaat per aangetekende brief naar de medewerker.",
                        "The proposed measure is sent to the employee by registered letter."))
            case .summaryDismissal:
                notes.append(
                    Phrase(
                        "Onverwijld geven, met de dringende reden tegelijk meegedeeld (BW 7:677).",
                        "Give it without delay, stating the urgent reason at the same time (BW 7:677)."))
                if let reported = h.incidentReportedAt, reported.localDate().days(until: date) > 3 {
                    notes.append(
                        Phrase(
                            "Let op: de melding is \(reported.localDate().days(until: date)) dagen oud; 'onverwijld' moet u kunnen onderbouwen.",
                            "Note: the report is \(reported.localDate().days(until: date)) days old; you must be able to show it is 'without delay'."
                        ))
                }
            default: break
            }
        }
        var detail: String?
        if let (rule, n) = offence, h.steps.isEmpty, let step = rule.step(forOffence: n), step.rung == rung {
            detail = "\(rule.title), \(n)e overtreding: \(step.detail)"
        }
        let skips = skipped(rung, h: h, ladder: ladder, current: current, suggested: suggested)
        let planned = obligations(
            for: StepRequest(rung: rung, reason: "", days: 1), h: h, profile: profile,
            offence: offence, on: date, calendar: calendar)
        return StepOption(
            rung: rung, label: rung.label(for: kind), refusals: refusals, skips: skips,
            needsDays: rung == .suspension && kind == .pupil, obligations: planned,
            template: template(for: rung, kind: kind), notes: notes, detail: detail,
            isSuggested: rung == suggested)
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
        guard target > from else { return [] }
        return ladder[from..<target].filter { !isSideMeasure($0, kind: h.kind) }
    }

    // MARK: Taking a step

    /// Checks a requested step against the law and the profile, and plans what it stores.
    /// Throws a refusal (in both languages) that names every unmet condition.
    public static func plan(
        _ req: StepRequest, h: CaseHistory, profile: ProtocolProfile, actor: String,
        at now: Timestamp, calendar: SchoolCalendar = .weekdays
    ) throws -> StepPlan {
        let kind = h.kind
        let date = now.localDate()
        let assessment = assess(h, profile: profile, today: date, calendar: calendar)
        guard let opt = assessment.options.first(where: { $0.rung == req.rung }) else {
            if assessment.ladder.contains(req.rung), let current = assessment.current {
                throw CasusError.refused(
                    "\(req.rung.label(for: kind).nl) is lichter dan de huidige trede (\(current.label(for: kind).nl)); een zaak gaat de ladder op",
                    "\(req.rung.label(for: kind).en) is lighter than the current rung (\(current.label(for: kind).en)); a case moves up the ladder",
                    hint: Phrase("Open een nieuwe zaak voor een nieuw voorval.", "Open a new case for a new incident."))
            }
            let names = assessment.ladder.map(\.rawValue).joined(separator: ", ")
            throw CasusError.refused(
                "trede '\(req.rung.rawValue)' staat niet op de ladder voor \(kind.label.nl) van \(profile.name)",
                "rung '\(req.rung.rawValue)' is not on the \(kind.label.en) ladder of \(profile.name)",
                hint: Phrase("Treden: \(names)", "Rungs: \(names)"))
        }
        var refusals = opt.refusals
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
        if opt.needsDays {
            if let d = req.days {
                if d < 1 {
                    refusals.append(
                        Phrase("een schorsing duurt minstens 1 schooldag", "a suspension lasts at least 1 school day"))
                } else if d > maxSuspensionDays {
                    refusals.append(
                        Phrase(
                            "een schorsing duurt ten hoogste \(maxSuspensionDays) schooldagen per besluit (WPO art. 40c); gevraagd: \(d)",
                            "a suspension lasts at most \(maxSuspensionDays) school days per decision (WPO art. 40c); asked: \(d)"
                        ))
                }
                days = d
            } else {
                refusals.append(
                    Phrase(
                        "geef de duur van de schorsing in schooldagen (--days 1 tot en met 5)",
                        "give the suspension's length in school days (--days 1 to 5)"))
            }
        } else if req.days != nil {
            refusals.append(
                Phrase(
                    "--days hoort alleen bij een schorsing van een leerling",
                    "--days goes with a pupil's suspension only"))
        }
        let justification = req.justification?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if !opt.skips.isEmpty, justification == nil {
            let names = opt.skips.map { $0.label(for: kind).nl }.joined(separator: ", ")
            let namesEn = opt.skips.map { $0.label(for: kind).en }.joined(separator: ", ")
            refusals.append(
                Phrase(
                    "deze stap slaat over: \(names); dat mag afhankelijk van de ernst, met een schriftelijke onderbouwing (--justify)",
                    "this step skips: \(namesEn); allowed depending on severity, with a written justification (--justify)"
                ))
        }
        if !refusals.isEmpty {
            throw CasusError(
                .refused,
                Phrase(
                    "stap geweigerd: " + refusals.map(\.nl).joined(separator: "; "),
                    "step refused: " + refusals.map(\.en).joined(separator: "; ")),
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        var start: LocalDate?
        var end: LocalDate?
        if let days {
            start = calendar.schoolDay(onOrAfter: req.startDate ?? calendar.adding(schoolDays: 1, to: date))
            if let s = start, s < date {
                throw CasusError.refused(
                    "een schorsing begint niet in het verleden", "a suspension does not start in the past")
            }
            end = calendar.lastDay(of: days, startingOn: start!)
        }
        let planned = obligations(
            for: StepRequest(rung: req.rung, reason: reason, days: days, startDate: start), h: h,
            profile: profile, offence: assessment.offence, on: date, calendar: calendar)
        let step = Step(
            caseID: h.record.id, rung: req.rung, detail: opt.detail ?? "", at: now, date: date, days: days,
            startDate: start, endDate: end, reason: reason, justification: justification, actor: actor)
        var decision: EntryDraft?
        if let justification, !opt.skips.isEmpty {
            let names = opt.skips.map { $0.label(for: kind).nl }.joined(separator: ", ")
            decision = EntryDraft(
                kind: .decision,
                title: "Besluit: \(req.rung.label(for: kind).nl) zonder eerst \(names)",
                body: "Zaak \(h.record.number). Gekozen maatregel: \(req.rung.label(for: kind).nl).\n"
                    + "Overgeslagen: \(names).\n\nOnderbouwing:\n\(justification)\n\nReden van de maatregel:\n\(reason)",
                caseID: h.record.id)
        }
        return StepPlan(step: step, obligations: planned, decision: decision, template: opt.template)
    }

    /// The obligations a step creates, with due dates in school days from the decision.
    static func obligations(
        for req: StepRequest, h: CaseHistory, profile: ProtocolProfile,
        offence: (rule: OffenceRule, count: Int)?, on date: LocalDate,
        calendar: SchoolCalendar
    ) -> [PlannedObligation] {
        let kind = h.kind
        let sameDay = calendar.schoolDay(onOrAfter: date)
        let nextDay = calendar.adding(schoolDays: 1, to: date)
        var out: [PlannedObligation] = []
        switch (kind, req.rung) {
        case (.staff, .reprimand), (.staff, .suspension), (.staff, .dismissal):
            out.append(PlannedObligation(.registeredLetter, due: sameDay))
        case (.staff, .summaryDismissal):
            out.append(PlannedObligation(.urgentReason, due: sameDay))
        case (.staff, _):
            break
        case (.parent, .suspension):
            out.append(PlannedObligation(.accessBanDecision, due: sameDay))
        case (_, .suspension):
            out.append(PlannedObligation(.suspensionDecision, due: sameDay))
            if let days = req.days, days > 1 {
                let start = req.startDate ?? nextDay
                out.append(
                    PlannedObligation(
                        .inspectieSuspension, due: calendar.schoolDay(onOrAfter: start),
                        note: "\(days) schooldagen"))
            }
        case (_, .removal):
            out.append(PlannedObligation(.removalDecision, due: sameDay))
            out.append(PlannedObligation(.inspectieRemoval, due: sameDay))
            out.append(PlannedObligation(.leerplichtRemoval, due: sameDay))
            out.append(PlannedObligation(.otherSchool, due: date.adding(days: 8 * 7)))
            out.append(PlannedObligation(.objectionWindow, due: date.adding(days: 6 * 7), forOthers: true))
        default:
            let fromRule = offence.flatMap { o in h.steps.isEmpty ? o.rule.step(forOffence: o.count) : nil }
            let ruleSays = fromRule.map { $0.rung == req.rung && $0.obligations.contains(.informParents) } ?? false
            if ruleSays || profile.escalations.informParents == .everySanction {
                out.append(PlannedObligation(.informParents, due: nextDay))
            }
        }
        return out
    }

    /// Obligations a case has from the start, by its flags.
    public static func obligationsAtOpening(
        _ c: Case, subject: Person, profile: ProtocolProfile, on date: LocalDate,
        calendar: SchoolCalendar = .weekdays
    ) -> [Obligation] {
        let sameDay = calendar.schoolDay(onOrAfter: date)
        let nextDay = calendar.adding(schoolDays: 1, to: date)
        var out: [Obligation] = []
        if c.flags.meldplicht {
            out.append(Obligation(caseID: c.id, kind: .boardReport, due: sameDay, note: "WPO art. 4a"))
            out.append(
                Obligation(
                    caseID: c.id, kind: .vertrouwensinspecteur, due: sameDay,
                    note: "Overleg met de vertrouwensinspecteur, 0900-1113111"))
            out.append(
                Obligation(
                    caseID: c.id, kind: .aangifte, due: nextDay,
                    note: "Aangifte bij redelijk vermoeden van een strafbaar feit"))
        } else if c.flags.crossing, let vi = profile.escalations.vertrouwensinspecteur {
            out.append(
                Obligation(
                    caseID: c.id, kind: .vertrouwensinspecteur, due: sameDay,
                    note: "Telefonisch melden: \(vi.phone)" + (vi.source.map { " (art. \($0))" } ?? "")))
        }
        if c.flags.criminal, !c.flags.meldplicht, profile.escalations.aangifte == .mandatory {
            out.append(
                Obligation(
                    caseID: c.id, kind: .aangifte, due: nextDay,
                    note: "Aangifte is verplicht" + (profile.escalations.aangifteSource.map { " (art. \($0))" } ?? "")))
        }
        return out
    }

    // MARK: Closing

    /// What keeps a case open: every obligation of the school that is not yet recorded as done;
    /// the meldplicht's three are named first.
    public static func closeBlockers(_ h: CaseHistory) -> [Phrase] {
        guard h.record.status == .open else { return [] }
        let open = h.obligations.filter { !$0.isDone && !$0.isDeadlineForOthers }
        var out: [Phrase] = []
        if h.record.flags.meldplicht {
            for kind in [ObligationKind.boardReport, .vertrouwensinspecteur, .aangifte]
            where open.contains(where: { $0.kind == kind }) {
                out.append(
                    Phrase(
                        "meldplicht: \(kind.label.nl) is nog niet vastgelegd",
                        "meldplicht: \(kind.label.en) is not yet recorded"))
            }
        }
        for o in open
        where !(h.record.flags.meldplicht && [.boardReport, .vertrouwensinspecteur, .aangifte].contains(o.kind)) {
            out.append(
                Phrase(
                    "open verplichting: \(o.kind.label.nl) (uiterlijk \(o.due.dutch))",
                    "open obligation: \(o.kind.label.en) (due \(o.due.dutch))"))
        }
        return out
    }

    // MARK: Advice

    static func advice(_ h: CaseHistory, profile: ProtocolProfile) -> [Phrase] {
        var out: [Phrase] = []
        if h.record.flags.criminal, profile.escalations.aangifte == .optional,
            !h.obligations.contains(where: { $0.kind == .aangifte })
        {
            let src = profile.escalations.aangifteSource.map { " (art. \($0))" } ?? ""
            out.append(
                Phrase(
                    "Aangifte is mogelijk, niet verplicht volgens het protocol\(src); leg het vast met `a` als u aangifte doet.",
                    "Aangifte is possible, not mandatory under the protocol\(src); record it with `a` if you report."))
        }
        if h.record.flags.criminal, profile.escalations.aangifte == .none {
            out.append(
                Phrase(
                    "Het protocol zegt niets over aangifte; bij een strafbaar feit kunt u altijd aangifte doen.",
                    "The protocol says nothing about aangifte; for a criminal offence you may always report to the police."
                ))
        }
        return out
    }

    /// KOE's group response: proposed from how many pupils and groups a report involves.
    public static func groupResponse(pupils: [Person], profile: ProtocolProfile) -> GroupResponse.Level? {
        guard let response = profile.groupResponse, pupils.count > 1 else { return nil }
        let groups = Set(pupils.compactMap(\.group))
        for level in response.levels {
            switch level.scope {
            case .smallGroup:
                if groups.count <= 1, pupils.count <= (level.maxPupils ?? 3) { return level }
            case .class:
                if groups.count <= 1 { return level }
            case .severalGroups:
                return level
            }
        }
        return response.levels.last
    }

    /// The letter template proposed with a step (Config/templates/<name>.mustache).
    public static func template(for rung: Rung, kind: SubjectKind) -> String? {
        switch (kind, rung) {
        case (.staff, .warning): nil
        case (.staff, .summaryDismissal): "ontslag-op-staande-voet"
        case (.staff, _): "voornemen-maatregel"
        case (_, .warning): "waarschuwing"
        case (_, .suspension): "schorsingsbesluit"
        case (_, .removal): "verwijderingsbesluit"
        case (_, .deviceCustody), (_, .ictBan), (_, .contract): "maatregel-ouders"
        default: nil
        }
    }
}
