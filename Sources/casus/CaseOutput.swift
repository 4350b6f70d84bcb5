import CasusCore

/// `case show --json`: the fields of DESIGN.md §7 and what the engine says can happen next.
struct CaseJSON: Encodable {
    struct PersonRef: Encodable {
        var id: PersonID
        var name: String
        var kind: PersonKind
    }
    struct StepJSON: Encodable {
        var rung: Rung
        var at: Timestamp
        var reason: String
        var detail: String
        @Null var days: Int?
        @Null var start: LocalDate?
        @Null var end: LocalDate?
        @Null var justification: String?
        var phase: StepPhase
    }
    struct FactJSON: Encodable {
        var kind: FactKind
        var date: LocalDate
        var value: String
        var note: String
    }
    struct ObligationJSON: Encodable {
        var id: ObligationID
        var kind: ObligationKind
        var due: LocalDate
        var done: Bool
        @Null var doneAt: Timestamp?
        /// Ended by a revocation or a lapse, not done (`Obligation.lapse`).
        var lapsed: Bool
        /// The entry that shows it done (a letter sent, a notice's note).
        @Null var entry: EntryID?
        var overdue: Bool
        var forOthers: Bool
        @Null var pausedFrom: LocalDate?
        var note: String
    }
    struct OptionJSON: Encodable {
        var rung: Rung
        var phase: StepPhase
        var allowed: Bool
        var suggested: Bool
        var refusals: [String]
        var skips: [Rung]
        var needsDays: Bool
        var obligations: [String]
        @Null var template: String?
        var notes: [String]
    }

    struct SentJSON: Encodable {
        var entry: EntryID
        var on: LocalDate
        var via: String
    }

    var id: CaseID
    var number: String
    var status: CaseStatus
    /// founded, unfounded or mistake once closed; only founded counts as an offence.
    @Null var outcome: CaseOutcome?
    @Null var closeReason: String?
    var severity: Severity
    var flags: CaseFlags
    var subject: PersonRef
    var dossier: PersonRef
    var incident: IncidentID
    var profile: String
    @Null var rung: Rung?
    var articles: [String]
    var steps: [StepJSON]
    var facts: [FactJSON]
    var obligations: [ObligationJSON]
    /// The ids of the case's newest entries (at most CaseParts.timelineWindow), oldest first.
    var entries: [EntryID]
    /// All the case's entries; the rest are in its dossier (`casus dossier show`).
    var entryCount: Int
    /// The case's letters recorded as sent: entry, day, how.
    var sent: [SentJSON]
    @Null var suggested: Rung?
    @Null var options: [OptionJSON]?
    @Null var closeBlockers: [String]?
    @Null var advice: [String]?
    var law: String

    /// The case as `case show --json` gives it, for a command that changed it (`case open`,
    /// `step`, `reclassify`): they gave it without the engine's options and in Dutch whatever
    /// `--lang` said, `"options": null` where `case show` had a list (a review).
    static func read(_ id: CaseID, _ service: CasusService, _ lang: Lang) throws -> CaseJSON {
        let (detail, assessment) = try service.cases.detailAndAssessment(id)
        return CaseJSON(detail, assessment: assessment, lang: lang)
    }

    init(_ d: CaseDetail, assessment: LadderAssessment? = nil, lang: Lang = .nl) {
        let today = Clock.system.today
        id = d.record.id
        number = d.record.number
        status = d.record.status
        outcome = d.record.outcome
        closeReason = d.record.closeReason
        severity = d.record.severity
        flags = d.record.flags
        subject = PersonRef(id: d.subject.id, name: d.subject.name, kind: d.subject.kind)
        dossier = PersonRef(id: d.dossierOwner.id, name: d.dossierOwner.name, kind: d.dossierOwner.kind)
        incident = d.record.incidentID
        profile = d.record.profileID
        rung = d.steps.last?.rung
        articles = d.record.articles
        steps = d.steps.map {
            StepJSON(
                rung: $0.rung, at: $0.at, reason: $0.reason, detail: $0.detail, days: $0.days,
                start: $0.startDate, end: $0.endDate, justification: $0.justification, phase: $0.phase)
        }
        facts = d.facts.map { FactJSON(kind: $0.kind, date: $0.date, value: $0.value, note: $0.note) }
        law = d.school.map { $0.legalLabel(staff: d.dossierOwner.kind.isPersonnel)(lang) } ?? ""
        obligations = d.obligations.map {
            ObligationJSON(
                id: $0.id, kind: $0.kind, due: $0.due, done: $0.isDone, doneAt: $0.doneAt,
                lapsed: $0.lapse(in: d.facts) != nil, entry: $0.entryID,
                overdue: d.record.status == .open && $0.isOverdue(on: today),
                forOthers: $0.isDeadlineForOthers, pausedFrom: $0.pausedFrom, note: $0.remark(lang))
        }
        entries = d.entries.map(\.id)
        entryCount = d.entryCount
        sent = d.sendings.values.sorted { $0.entryID < $1.entryID }.map {
            SentJSON(entry: $0.entryID, on: $0.on, via: $0.via.rawValue)
        }
        suggested = assessment?.suggested
        options = assessment?.options.map {
            OptionJSON(
                rung: $0.rung, phase: $0.phase, allowed: $0.isAllowed, suggested: $0.isSuggested,
                refusals: $0.refusals.map { $0(lang) },
                skips: $0.skips, needsDays: $0.needsDays, obligations: $0.obligations.map(\.kind.rawValue),
                template: $0.template, notes: $0.notes.map { $0(lang) })
        }
        closeBlockers = assessment?.closeBlockers.map { $0(lang) }
        advice = assessment?.advice.map { $0(lang) }
    }
}

/// `case show`: the case screen, as plain text.
enum CaseText {
    static func print(_ d: CaseDetail, _ a: LadderAssessment, lang: Lang, today: LocalDate) {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        let kind = d.subject.kind.ladderKind
        Output.line(
            "\(t("Zaak", "Case")) \(d.record.number) · \(d.record.status.label(lang)) · \(t("ernst", "severity")) \(d.record.severity.label(lang)) · \(t("protocol", "protocol")) \(d.profile.name)"
        )
        if d.record.status == .closed {
            let outcome = d.record.outcome ?? .founded
            Output.line(
                t("Gesloten", "Closed") + " \(d.record.closedAt?.dutch() ?? ""): \(outcome.label(lang))"
                    + (outcome.counts ? "" : t(" (telt niet als overtreding)", " (does not count as an offence)"))
                    + (d.record.closeReason.map { " — \($0)" } ?? ""))
        }
        Output.line("\(t("Betrokkene", "Subject")): \(d.subject.name) (\(d.subject.kind.label(lang)))")
        Output.line("Dossier: \(d.dossierOwner.name)")
        if let school = d.school {
            Output.line(t("Wet: ", "Law: ") + school.legalLabel(staff: d.dossierOwner.kind.isPersonnel)(lang))
        }
        if let i = d.incident {
            let day = i.happenedOn.map { t(" (gebeurd op \($0.dutch))", " (happened on \($0.dutch))") } ?? ""
            Output.line("\(t("Melding", "Report")) \(i.id)\(day): \(i.summary)")
        } else {
            // Kept from this reader (it names a staff member): said (a review).
            Output.line(
                t(
                    "Melding \(d.record.incidentID): niet te lezen voor uw rol (zij noemt een medewerker)",
                    "Report \(d.record.incidentID): not readable for your role (it names a member of staff)"))
        }
        Output.line()
        Output.line(t("Artikelen", "Articles"))
        for art in d.articles {
            // One the profile no longer has is said as such, with no empty quote.
            Output.line("  \(art.id) \(art.title)" + (art.text.isEmpty ? "" : "\n    “\(art.text)”"))
        }
        Output.line()
        Output.line(
            t("Ladder", "Ladder") + ": "
                + a.ladder.map { $0 == a.current ? "[\($0.label(for: kind)(lang))]" : $0.label(for: kind)(lang) }
                .joined(separator: " → "))
        // A closed case has no next step (the screen said one, a review).
        if let s = a.suggested, d.record.status == .open {
            Output.line(
                t("Volgende: ", "Next: ") + s.label(for: kind)(lang)
                    + (a.suggestionReason.map { " — " + $0(lang) } ?? ""))
        } else if let why = a.suggestionReason, d.record.status == .open {
            // Why no step follows (the highest rung reached, the employment ended), as the screen says.
            Output.line(t("Volgende: geen — ", "Next: none — ") + why(lang))
        }
        for diff in a.differences { Output.line("  " + diff(lang)) }
        for advice in a.advice { Output.line("  " + advice(lang)) }
        if !d.steps.isEmpty {
            Output.line()
            Output.line(t("Stappen", "Steps"))
            let outcomes = d.stepOutcomes
            for s in d.steps {
                Output.line(
                    "  \(s.date.dutch) " + s.described(for: kind)(lang) + " — \(s.reason)"
                        + (outcomes[s.id].map { " (" + $0(lang) + ")" } ?? ""))
            }
        }
        Output.line()
        Output.line(t("Verplichtingen", "Obligations"))
        if d.obligations.isEmpty { Output.line(t("  geen", "  none")) }
        for o in d.obligations {
            let lapse = o.lapse(in: d.facts)
            let overdue = d.record.status == .open && o.isOverdue(on: today)
            let mark = lapse != nil ? "–" : o.isDone ? "✓" : overdue ? "!" : o.isDeadlineForOthers ? "·" : "○"
            let due =
                lapse.map { $0.lapseLine(lang) }
                ?? (o.isPaused
                    ? t("opgeschort sinds \(o.pausedFrom!.dutch)", "suspended since \(o.pausedFrom!.dutch)")
                    : "\(t("uiterlijk", "due")) \(o.due.dutch)")
            // Which entry shows it done: a lawyer asking how the Inspectie was told found only "✓".
            // And when, late or not (the breach assessed after its 72 hours showed a plain ✓, a review).
            let when =
                lapse == nil
                ? o.doneAt.map {
                    t(" — gedaan \($0.localDate().dutch)", " — done \($0.localDate().dutch)")
                        + (o.doneLate ? t(" (te laat)", " (late)") : "")
                } ?? "" : ""
            let shown =
                when + (lapse == nil && o.isDone ? o.entryID.map { t(" (stuk \($0))", " (entry \($0))") } ?? "" : "")
            Output.line(
                "  \(mark) \(o.id) \(o.kind.rawValue) — \(o.kind.label(lang)) — \(due)\(shown)"
                    + (o.isDeadlineForOthers ? t(" (termijn voor anderen)", " (someone else's term)") : ""))
            if !o.note.isEmpty { Output.line("      " + o.remark(lang)) }
        }
        if !d.facts.isEmpty {
            Output.line()
            Output.line(t("Vastgelegd", "Recorded"))
            for f in d.facts {
                Output.line(
                    "  \(f.date.dutch) \(f.kind.label(lang))"
                        + (f.valueLabel(lang).isEmpty ? "" : ": \(f.valueLabel(lang))")
                        + (f.note.isEmpty ? "" : " — \(f.note)"))
            }
        }
        if !a.closeBlockers.isEmpty, d.record.status == .open {
            Output.line()
            Output.line(t("Nog niet te sluiten", "Cannot close yet"))
            for b in a.closeBlockers { Output.line("  " + b(lang)) }
        }
        Output.line()
        Output.line(t("Stukken", "Entries"))
        if d.earlierEntries > 0 {
            Output.line(
                t(
                    "  … \(d.earlierEntries) eerdere; alle stukken: casus dossier show \(d.dossierOwner.id)",
                    "  … \(d.earlierEntries) earlier; every entry: casus dossier show \(d.dossierOwner.id)"))
        }
        for e in d.entries {
            var line = "  \(e.id) \(e.at.dutch()) \(e.kind.label(lang)): \(e.title)"
            if let s = d.sendings[e.id] {
                line += " — " + s.summary(lang)
            } else if e.kind == .letter {
                line += t(" — nog niet verzonden", " — not sent yet")
            }
            Output.line(line)
        }
    }
}
