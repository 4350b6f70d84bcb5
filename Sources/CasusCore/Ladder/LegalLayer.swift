/// The law on top of every profile (DESIGN.md §3, corrected by research/law.md): what a step
/// needs first, what it obliges and by when, and what the director is told, each rule with its
/// source (`Law`). The school's sector and denomination decide which rules apply.
enum LegalLayer {
    // MARK: Shape of a step

    /// Staff measures that go voornemen → zienswijze → besluit (CAO PO).
    static func hasProposal(_ rung: Rung) -> Bool { rung == .reprimand || rung == .suspension }

    static func phase(of rung: Rung, h: CaseHistory) -> StepPhase {
        guard h.kind == .staff, hasProposal(rung) else { return .decision }
        return h.pendingProposal(for: rung) == nil ? .proposal : .decision
    }

    static func length(of rung: Rung, kind: SubjectKind) -> StepLength? {
        switch (kind, rung) {
        case (.pupil, .suspension): .schoolDays
        case (.parent, .accessBan), (.parent, .suspension): .calendarDays
        case (.staff, .precautionarySuspension): .calendarDays
        default: nil
        }
    }

    static func needsJustification(_ rung: Rung, kind: SubjectKind) -> Bool { kind == .parent && rung == .removal }

    /// An openbare school suspends only after the parents could give their view (Awb 4:8), unless
    /// urgency forbids it (Awb 4:11): without a recorded view the request must give the urgency.
    /// An employee's ordemaatregel (and its extension, a new decision) likewise: after the employee
    /// was heard on it, or with the reason that could not be (a review: it was taken at once, its
    /// letter offering a hearing afterwards; `Law.ordemaatregelHeard`).
    static func needsUrgency(_ rung: Rung, h: CaseHistory, at now: Timestamp) -> Bool {
        if h.kind == .staff && rung == .precautionarySuspension { return employeeHeard(h, before: now) == nil }
        return h.kind == .pupil && rung == .suspension && h.legal.isOpenbaar && viewHeard(h, before: now) == nil
    }

    /// Whose view is asked before an openbare school suspends: the parents', or for a VO pupil of 18 or
    /// older the pupil's as well (`viewHeard` takes either); the explanation named only the parents
    /// of a pupil of 18 (a review).
    static func viewGivers(_ h: CaseHistory, on day: LocalDate) -> Phrase {
        h.legal.sector == .vo && (h.pupilAge(on: day) ?? 0) >= 18
            ? Phrase("de leerling (18 of ouder) of de ouders", "the pupil (18 or older) or the parents")
            : Phrase("de ouders", "the parents")
    }

    /// When the parents' (or, for a VO pupil of age, the pupil's) view was heard: a zienswijze
    /// recorded (its date), or the day of a meeting in which they were heard. A minor's view is
    /// given by the parents, who act for them (and receive the decision): hearing a pupil of 14
    /// alone let a suspension through at an openbare school (found by a legal review; the WVO
    /// 2020 text was not available to casus). An unknown age counts as young, as for the letters.
    ///
    /// Only a view given since the case's last decision counts, as a hearing does
    /// (`CaseHistory.hearings`): it is the view on this intended decision (Awb art. 4:8), and one
    /// zienswijze let every later suspension through without a word from the parents (a legal
    /// review).
    static func viewHeard(_ h: CaseHistory, before now: Timestamp) -> LocalDate? {
        let since = h.decisions.last { $0.at < now }
        let given = h.facts.last { f in
            guard f.kind == .zienswijze, f.at <= now else { return false }
            guard let since else { return true }
            return f.date > since.date || (f.date == since.date && f.at > since.at)
        }
        if let given { return given.date }
        var parties: [HeardParty] = [.parents]
        if h.legal.sector == .vo, (h.pupilAge(on: now.localDate()) ?? 0) >= 18 { parties.append(.pupil) }
        return parties.flatMap { h.hearings(of: $0, before: now) }.map(h.heldOn).max()
    }

    /// The day the employee was heard on the measure to be taken at `now` (an ordemaatregel): a
    /// meeting note with the employee heard, since the case's last decision and not before the
    /// school knew of the incident. Not a zienswijze, which answers a voornemen of another measure,
    /// nor a talk about something else held before the report (both let an ordemaatregel through
    /// as if heard, a review).
    static func employeeHeard(_ h: CaseHistory, before now: Timestamp) -> LocalDate? {
        let known = h.incidentReportedAt?.localDate()
        return h.hearings(of: .employee, before: now).map(h.heldOn).filter { day in known.map { day >= $0 } ?? true }
            .max()
    }

    static func assumedNotice(_ h: CaseHistory) -> Phrase? {
        guard h.legal.isAssumed else { return nil }
        let name = h.legal.schoolName.isEmpty ? "de school" : h.legal.schoolName
        return Phrase(
            "Sector en richting van \(name) zijn nog niet ingesteld: casus past de regels voor po/bijzonder toe (`casus school set`).",
            "The sector and denomination of \(name) are not set: casus applies the rules for po/bijzonder (`casus school set`)."
        )
    }

    // MARK: Refusals

    static func refusals(_ rung: Rung, phase: StepPhase, h: CaseHistory, on date: LocalDate, at now: Timestamp)
        -> [Phrase]
    {
        var out: [Phrase] = []
        if h.kind == .staff, rung != .dismissal { out += punishedAlready(rung, h: h) }
        switch (h.kind, rung) {
        case (.pupil, .removal), (.parent, .removal):
            out += unheard(
                hearingsNeeded(h, on: date), h, before: now,
                what: Phrase("verwijdering kan pas als", "removal only after"),
                meeting: Phrase(
                    "van een gesprek na de vorige stap en vóór het besluit",
                    "of a meeting after the previous step and before the decision"))
        case (.staff, _) where phase == .decision && hasProposal(rung):
            // The voornemen reached the employee first: a besluit was taken, and its letter said
            // "Bij aangetekende brief van …", with no letter of the voornemen ever sent (a review).
            if let p = h.pendingProposal(for: rung), let letter = h.obligations.registeredLetter(of: p), !letter.isDone
            {
                out.append(
                    Phrase(
                        "het besluit volgt op een voornemen dat de medewerker heeft bereikt: de brief met het voornemen is nog niet als aangetekend verzonden vastgelegd (`casus letter sent STUK --via registered`, of --via hand bij overhandigen tegen ontvangstbevestiging; z in de zaak). Ging de brief eerst anders en later ook aangetekend, vink dan af met `casus case done \(h.record.number) --obligation registered-letter --entry STUK`",
                        "the decision follows a voornemen that reached the employee: the letter of the voornemen is not recorded as sent by registered post yet (`casus letter sent ENTRY --via registered`, or --via hand when handed over against a signature; z on the case). If it went another way first and later also registered, tick it with `casus case done \(h.record.number) --obligation registered-letter --entry ENTRY`"
                    ))
            }
            if let p = h.pendingProposal(for: rung), !responded(h, to: p, on: date) {
                let term = h.obligations.last { $0.kind == .zienswijzeTerm && !$0.isDone }
                let until = term.map { " (\($0.due.dutch))" } ?? ""
                out.append(
                    Phrase(
                        "het besluit volgt op de zienswijze van de medewerker of op het verstrijken van de termijn\(until); leg de zienswijze vast met `casus case zienswijze`",
                        "the decision follows the employee's zienswijze or the end of the term\(until); record the zienswijze with `casus case zienswijze`"
                    ))
            }
        default:
            break
        }
        return out
    }

    /// An employee's facts punished once are not punished again (ne bis in idem): after a reprimand
    /// or a suspension decided in the case, a heavier measure on the same facts (a suspension, a
    /// dismissal by the kantonrechter, a summary dismissal) was taken, and a dismissal on top of one
    /// already given (by consent, and then on the spot; a review of an employee's case). A
    /// dismissal by consent stays open (the employee agrees to it); so does the ordemaatregel, which
    /// is no punishment. `route`: a dismissal's, where it is known.
    /// An employee's measures that punish or end the employment: not the warning (a talk) nor the
    /// ordemaatregel (no punishment).
    static let staffMeasures: Set<Rung> = [.reprimand, .suspension, .dismissal, .summaryDismissal]

    static func punishedAlready(_ rung: Rung, h: CaseHistory, route: DismissalRoute? = nil) -> [Phrase] {
        guard staffMeasures.contains(rung), route != .consent else {
            return []
        }
        var out: [Phrase] = []
        let standing = h.standingDecisions
        if let punished = standing.last(where: { [.reprimand, .suspension].contains($0.rung) }), punished.rung != rung {
            out.append(
                Phrase(
                    "deze feiten zijn al bestraft met \(punished.rung.label(for: .staff).nl) (besluit van \(punished.date.dutch)): dezelfde feiten worden niet nog eens bestraft, ook niet met ontslag (ne bis in idem, een beginsel uit de rechtspraak, geen wetsartikel); een nieuw voorval is een nieuwe zaak (`casus case open`), en ontslag met instemming van de werknemer blijft mogelijk (--route consent)",
                    "these facts were punished already with \(punished.rung.label(for: .staff).en) (decision of \(punished.date.dutch)): the same facts are not punished again, not by dismissal either (ne bis in idem, a principle of case law, not an article of law); a new incident is a new case (`casus case open`), and a dismissal with the employee's consent remains possible (--route consent)"
                ))
        }
        // A dismissal given: on the spot, or by the employee's consent. A request to the kantonrechter
        // ends nothing until the court rules, and blocked a summary dismissal with a hint about
        // revoking a consent (a review).
        // By consent only once the employee gave it (BW art. 7:671 lid 1): until then nothing is
        // terminated, and a summary dismissal on new facts was refused as a second, leaving the
        // consent owed for good (a legal review).
        func givenByConsent(_ s: Step) -> Bool {
            h.facts.first { $0.kind == .dismissalRoute && $0.at >= s.at }?.value == DismissalRoute.consent.rawValue
                && h.facts.contains { $0.kind == .consentGiven && $0.at >= s.at }
        }
        // A notice given by consent ends the contract at the end of the notice period (BW art. 7:672):
        // until then an urgent reason may still end it at once (art. 7:677 lid 1), which was refused as
        // "een tweede ontslag" (a legal review). It bars a second notice, not a summary dismissal.
        if rung == .summaryDismissal || rung == .dismissal,
            let given = standing.last(where: {
                $0.rung == .summaryDismissal || ($0.rung == .dismissal && rung == .dismissal && givenByConsent($0))
            })
        {
            // The revocation only where a consent is what was given (a summary dismissal's refusal
            // named it too, a review).
            let revoke =
                given.rung == .dismissal
                ? Phrase(
                    "; herroept de werknemer de instemming, dan legt u dat eerst vast (`casus case revoke`)",
                    "; if the employee revokes the consent, record that first (`casus case revoke`)") : Phrase("", "")
            out.append(
                Phrase(
                    "de arbeidsovereenkomst is al opgezegd (\(given.rung.label(for: .staff).nl), \(given.date.dutch)): een tweede ontslag kan niet",
                    "the employment was already terminated (\(given.rung.label(for: .staff).en), \(given.date.dutch)): a second dismissal cannot be"
                ) + revoke)
        }
        return out
    }

    /// Whether the employee responded to a voornemen, or the term for it passed.
    static func responded(_ h: CaseHistory, to proposal: Step, on date: LocalDate) -> Bool {
        if h.facts.contains(where: { $0.kind == .zienswijze && $0.at >= proposal.at }) { return true }
        let term = h.obligations.last { $0.kind == .zienswijzeTerm }
        return term.map { $0.isDone || $0.due < date } ?? true
    }

    struct Hearing {
        var party: HeardParty
        var who: Phrase
        var source: LegalSource
        /// The law asks for the opportunity to be heard, not the hearing: a recorded invitation the
        /// party did not take up (`CaseHistory.declined`) is enough (Awb art. 4:8 "stelt ... in de
        /// gelegenheid"; WVO 2020 art. 8.15 "in de gelegenheid heeft gesteld te worden gehoord").
        /// A teacher under WPO art. 40 lid 11 and the parents of a bijzondere school (WPO art. 63
        /// lid 2) must be heard: casus could not verify that an invitation declined is enough there.
        var opportunity = false
    }

    /// Who must be heard before a removal decision, by sector.
    static func hearingsNeeded(_ h: CaseHistory, on date: LocalDate) -> [Hearing] {
        switch h.legal.sector {
        case .po:
            // The teacher under WPO art. 40 lid 11; the parents under Awb art. 4:8 (openbaar) or WPO
            // art. 63 lid 2 (bijzonder): lid 11 names the teacher only.
            return [
                Hearing(party: .teacher, who: Phrase("de groepsleerkracht", "the class teacher"), source: Law.wpo40_11),
                Hearing(
                    party: .parents, who: Phrase("de ouders", "the parents"), source: Law.parentsHeard(h.legal),
                    opportunity: h.legal.isOpenbaar),
            ]
        case .so:
            return [
                Hearing(
                    party: .teacher, who: Phrase("de betrokken leraar", "the teacher concerned"), source: Law.wec40_18),
                Hearing(
                    party: .parents, who: Phrase("de ouders", "the parents"), source: Law.parentsHeard(h.legal),
                    opportunity: h.legal.isOpenbaar),
            ]
        case .vo:
            var out = [
                Hearing(party: .pupil, who: Phrase("de leerling", "the pupil"), source: Law.wvo815_3, opportunity: true)
            ]
            if h.leerplichtApplies(on: date) {
                out.append(
                    Hearing(
                        party: .parents,
                        who: Phrase("de ouders (leerling jonger dan 18)", "the parents (pupil under 18)"),
                        source: Law.wvo815_3, opportunity: true))
            }
            return out
        }
    }

    /// Who must be heard before the decision on an objection to a removal (the hearing on the
    /// objection, after the decision it is about): the parents at a PO or SO school (bijzonder: WPO
    /// art. 63 lid 3, "Alvorens te beslissen hoort het bevoegd gezag de ouders"; openbaar: Awb art.
    /// 7:2 lid 1, the opportunity, and art. 7:3 onder c, a hearing declined), in VO the pupil and,
    /// under 18, the parents, given the opportunity. The decision was ticked with no hearing at all
    /// (a legal review).
    /// An objection to a suspension (an openbare school's) is heard under the Awb: the parents, or a
    /// VO pupil of age.
    static func objectionHearings(_ h: CaseHistory, on date: LocalDate) -> [Hearing] {
        if CaseWorkflow.objected(h)?.rung == .suspension {
            // Whom the decision was made known to (WVO 2020 art. 8.14 lid 2: the pupil, and the
            // parents while the pupil is under 21; PO and SO: the parents) are the interested parties
            // the objector is among (Awb art. 7:2 lid 1 and 2).
            let parents = Hearing(
                party: .parents, who: Phrase("de ouders", "the parents"), source: Law.awb72, opportunity: true)
            guard h.legal.sector == .vo else { return [parents] }
            let pupil = Hearing(
                party: .pupil, who: Phrase("de leerling", "the pupil"), source: Law.awb72, opportunity: true)
            return (h.pupilAge(on: date) ?? 0) < DecisionAddressees.voParentsUntil ? [pupil, parents] : [pupil]
        }
        let source = Law.objectionHearing(h.legal, against: .removal)
        let opportunity = h.legal.isOpenbaar || h.legal.sector == .vo
        var out = hearingsNeeded(h, on: date).filter { $0.party != .teacher }
        for i in out.indices {
            out[i].source = source
            out[i].opportunity = opportunity
        }
        return out
    }

    /// Those of `needs` not heard since the case's last decision (nor, where the opportunity is
    /// enough, having declined it): one refusal each, saying how to record the hearing.
    /// `objection`: the hearings on it, after it was received (`CaseHistory.hearings(of:onObjection:)`),
    /// not those since the last decision.
    static func unheard(
        _ needs: [Hearing], _ h: CaseHistory, before now: Timestamp, objection: CaseFact? = nil, what: Phrase,
        meeting: Phrase
    ) -> [Phrase] {
        needs.compactMap { need in
            let heard =
                objection.map { h.hearings(of: need.party, onObjection: $0, before: now) }
                ?? h.hearings(of: need.party, before: now)
            guard heard.isEmpty else { return nil }
            let declined =
                objection.map { h.declined(need.party, onObjection: $0, before: now) }
                ?? h.declined(need.party, before: now)
            if need.opportunity, declined != nil { return nil }
            let are = need.party == .parents
            var message =
                what
                + Phrase(
                    need.opportunity
                        ? " \(need.who.nl) in de gelegenheid \(are ? "zijn" : "is") gesteld te worden gehoord"
                        : " \(need.who.nl) \(are ? "zijn" : "is") gehoord",
                    need.opportunity
                        ? " \(need.who.en) \(are ? "have" : "has") had the opportunity to be heard"
                        : " \(need.who.en) \(are ? "have" : "has") been heard")
            message =
                message + need.source.bracketed
                + Phrase(
                    ": leg een gespreksverslag vast \(meeting.nl), met \(need.who.nl) als gehoord (in de zaak n, Gespreksverslag; of `casus note --kind meeting --heard \(need.party.rawValue) --held-on DATUM`)",
                    ": record a meeting note \(meeting.en), with \(need.who.en) as heard (n on the case, Meeting note; or `casus note --kind meeting --heard \(need.party.rawValue) --held-on DATE`)"
                )
            if need.opportunity {
                message =
                    message
                    + Phrase(
                        ", of, als \(need.who.nl) de uitnodiging niet \(are ? "aannamen" : "aannam"), leg dat vast met `casus case declined \(h.record.number) --party \(need.party.rawValue) --invited JJJJ-MM-DD --note …`",
                        ", or, if \(need.who.en) did not take up the invitation, record that with `casus case declined \(h.record.number) --party \(need.party.rawValue) --invited YYYY-MM-DD --note …`"
                    )
            }
            return message
        }
    }

    // MARK: Notes

    static func notes(_ rung: Rung, phase: StepPhase, h: CaseHistory, on date: LocalDate, at now: Timestamp)
        -> [Phrase]
    {
        let sector = h.legal.sector
        var out: [Phrase] = []
        switch (h.kind, rung) {
        case (.pupil, .timeOut):
            out.append(
                Phrase(
                    "Time-out: ten hoogste de rest van de schooldag; de ouders horen het dezelfde dag; daarna volgt een gesprek",
                    "Time-out: at most the rest of the school day; the parents are told the same day; a talk follows")
                    + Law.schoolPractice.bracketed + ".")
            out.append(
                Phrase(
                    "Een time-out is niet wettelijk geregeld; de Inspectie beschouwt hem als schorsing",
                    "A time-out has no statutory basis; the Inspectie treats it as a suspension")
                    + Law.timeOut.bracketed
                    + Phrase(
                        ": leg hem schriftelijk en gemotiveerd vast voor de ouders",
                        ": put it in writing, with reasons, for the parents") + Law.timeOutDecision(sector).bracketed
                    + ".")
            out.append(
                Phrase(
                    "Geen melding aan de Inspectie: die geldt pas bij een schorsing langer dan één dag",
                    "No report to the Inspectie: that applies only to a suspension longer than one day")
                    + Law.suspensionInspectie(sector).bracketed + ".")
            if h.legal.isOpenbaar { out.append(objectionClause()) }
        case (.pupil, .suspension):
            out.append(
                Phrase(
                    "Schorsing met opgave van redenen voor ten hoogste één week",
                    "Suspension with reasons for at most one week") + Law.suspensionLength(sector).bracketed
                    + Phrase("; casus telt dat als vijf schooldagen.", "; casus counts that as five school days."))
            out.append(
                Phrase(
                    "Langer dan één dag: schriftelijk en met redenen melden aan de Inspectie (via het Internet Schooldossier)",
                    "Longer than one day: report to the Inspectie in writing, with reasons (through the Internet Schooldossier)"
                )
                    + Law.suspensionInspectie(sector).bracketed + ".")
            out.append(suspensionAddressee(h, on: date))
            out.append(
                Phrase(
                    "Een schorsing valt nooit in een vakantie; casus telt de schooldagen van de kalender van de school",
                    "A suspension never falls in a holiday; casus counts the school days of the school's calendar")
                    + Law.noHolidaySuspension.bracketed + ".")
            out.append(
                Phrase(
                    "De school blijft schoolwerk geven tijdens de schorsing", "The school keeps providing schoolwork")
                    + Law.schoolwork.bracketed + ".")
            out.append(
                Phrase(
                    "Een geschorste leerling verzuimt geoorloofd", "A suspended pupil's absence is authorised")
                    + Law.lpw11c.bracketed + ".")
            if h.legal.isOpenbaar {
                if let heard = viewHeard(h, before: now) {
                    // "None within the term" is an opportunity given, not a view heard (it read "zienswijze
                    // van de ouders gehoord" of none, and of a pupil of 18 heard alone, a review).
                    let who = viewGivers(h, on: now.localDate())
                    let none =
                        h.facts.last { $0.kind == .zienswijze && $0.at <= now && $0.date == heard }?.value == "none"
                    out.append(
                        (none
                            ? Phrase(
                                "Openbare school: \(who.nl) in de gelegenheid gesteld hun zienswijze te geven; er kwam geen binnen de termijn (vastgelegd \(heard.dutch))",
                                "Public school: \(who.en) given the chance to give their view; none came within the term (recorded \(heard.dutch))"
                            )
                            : Phrase(
                                "Openbare school: zienswijze van \(who.nl) gehoord op \(heard.dutch)",
                                "Public school: the view of \(who.en) heard on \(heard.dutch)")) + Law.awb48.bracketed
                            + ".")
                } else {
                    let who = viewGivers(h, on: now.localDate())
                    out.append(
                        Phrase(
                            "Openbare school: eerst \(who.nl) in de gelegenheid stellen hun zienswijze te geven",
                            "Public school: first give \(who.en) the chance to give their view") + Law.awb48.bracketed
                            + Phrase(
                                "; alleen bij spoed zonder (geef de reden op)",
                                "; only without it when urgent (give the reason)")
                            + Law.awb411.bracketed + ".")
                }
                out.append(objectionClause())
            } else {
                out.append(
                    Phrase(
                        "Bijzondere school: geen wettelijk bezwaar tegen een schorsing; de brief noemt de klachtenregeling",
                        "Denominational (bijzonder, publicly funded) school: no statutory objection against a suspension; the letter names the complaints procedure"
                    ) + Law.complaints(sector).bracketed + ".")
            }
        case (.pupil, .removal), (.parent, .removal):
            out += removalNotes(h, on: date, at: now)
        case (.parent, .accessBan):
            out.append(
                Phrase(
                    "Toegangsverbod voor de ouder: met duur en onderbouwing, zonder maximum van vijf dagen en zonder melding aan de Inspectie; het kind blijft naar school gaan",
                    "Access ban for the parent: with a duration and a justification, no five-day cap, no report to the Inspectie; the child keeps attending"
                ) + Law.accessBan.bracketed + ".")
        case (.staff, .warning):
            out.append(
                Phrase(
                    "Een waarschuwing is geen disciplinaire maatregel; leg het gesprek vast als notitie",
                    "A warning is not a disciplinary measure; record the talk as a note")
                    + Law.cao(h.legal.sector).bracketed + ".")
        case (.staff, .reprimand), (.staff, .suspension):
            if phase == .proposal {
                out.append(
                    Phrase(
                        "Eerst het voornemen, per aangetekende brief, met een termijn voor de zienswijze van de medewerker; daarna het besluit. De trede telt vanaf het besluit",
                        "First the proposal (voornemen), by registered letter, with a term for the employee's view; then the decision. The rung counts from the decision"
                    ) + Law.cao(h.legal.sector).bracketed + ".")
                out.append(
                    Phrase(
                        "Reactietermijn: standaard \(LadderEngine.defaultRespondDays) schooldagen (--respond-days)",
                        "Response term: \(LadderEngine.defaultRespondDays) school days by default (--respond-days)")
                        + Law.responseTerm.bracketed + ".")
            } else if let p = h.pendingProposal(for: rung) {
                let z = h.facts.last { $0.kind == .zienswijze && $0.at >= p.at }
                let state =
                    z.map { Phrase("zienswijze gegeven op \($0.date.dutch)", "view given on \($0.date.dutch)") }
                    ?? Phrase("nog geen zienswijze", "no view yet")
                out.append(
                    Phrase(
                        "Besluit op het voornemen van \(p.date.dutch) (\(state.nl)); de trede telt vanaf dit besluit",
                        "Decision on the proposal of \(p.date.dutch) (\(state.en)); the rung counts from this decision")
                        + Law.cao(h.legal.sector).bracketed + ".")
            }
        case (.staff, .precautionarySuspension):
            out.append(
                Phrase(
                    "Ordemaatregel, geen straf: tijdens een onderzoek (bijvoorbeeld bij de meldplicht), met een duur; in beginsel ten hoogste vier weken, verlenging mogelijk",
                    "A precautionary measure, not a punishment: during an investigation (for example under the meldplicht), with a duration; in principle at most four weeks, extendable"
                ) + Law.caoOrdemaatregel(h.legal.sector).bracketed
                    + Phrase(
                        ". Eerst de werknemer horen, ook voor een verlenging (een nieuw besluit); kan dat niet, geef dan de reden op (--urgent)",
                        ". First hear the employee, for an extension too (a new decision); if that cannot be, give the reason (--urgent)"
                    ) + Law.ordemaatregelHeard.bracketed + ".")
        case (.staff, .dismissal):
            out.append(
                Phrase(
                    "Ontslag is geen CAO-maatregel: het gaat met schriftelijke instemming van de werknemer",
                    "Dismissal is not a CAO measure: it goes with the employee's written consent")
                    + Law.bw7671_1.bracketed
                    + Phrase(", met toestemming van het UWV", ", with the UWV's permission") + Law.bw7671a.bracketed
                    + Phrase(" of door ontbinding door de kantonrechter", " or by dissolution by the kantonrechter")
                    + Law.bw7671b.bracketed + ".")
            out.append(
                // Lid 1, second sentence (read here): "Herplaatsing ligt in ieder geval niet in de rede
                // indien sprake is van verwijtbaar handelen of nalaten van de werknemer als bedoeld in lid
                // 3, onderdeel e": the note asked it of every dismissal (a review).
                Phrase(
                    "Een redelijke grond is vereist; herplaatsing moet zijn onderzocht, behalve bij verwijtbaar handelen of nalaten (lid 3 onder e), waar zij in ieder geval niet in de rede ligt",
                    "A reasonable ground is required; redeployment must have been considered, except for culpable conduct (lid 3 onder e), where it is in any case not reasonable"
                ) + Law.bw7669.bracketed
                    + Phrase(
                        "; het UWV alleen bij bedrijfseconomische redenen of langdurige ziekte; verwijtbaar handelen en een verstoorde arbeidsverhouding gaan naar de kantonrechter.",
                        "; the UWV only for economic reasons or long-term illness; culpable conduct and a disturbed working relationship go to the kantonrechter."
                    ))
        case (.staff, .summaryDismissal):
            out.append(
                Phrase(
                    "Onverwijld geven, met de dringende reden tegelijk meegedeeld",
                    "Give it without delay, stating the urgent reason at the same time") + Law.bw7677.bracketed
                    + Phrase("; dringende reden", "; urgent reason") + Law.bw7678.bracketed + ".")
            out.append(
                Phrase(
                    "De werknemer kan tot twee maanden na het einde van de arbeidsovereenkomst naar de kantonrechter",
                    "The employee can go to the kantonrechter up to two months after the employment ends")
                    + Law.bw7686a.bracketed + ".")
            if let reported = h.incidentReportedAt, reported.localDate().days(until: date) > 3 {
                out.append(
                    Phrase(
                        "Let op: de melding is \(reported.localDate().days(until: date)) dagen oud; 'onverwijld' moet u kunnen onderbouwen.",
                        "Note: the report is \(reported.localDate().days(until: date)) days old; you must be able to show it is 'without delay'."
                    ))
            }
        default:
            break
        }
        if h.kind == .staff, rung == .summaryDismissal || rung == .dismissal,
            let warned = h.standingDecisions.last(where: { $0.rung == .warning })
        {
            out.append(warnedAlready(warned))
        }
        if h.kind == .staff, rung == .summaryDismissal, let asked = askedTheOrdinaryWay(h) { out.append(asked) }
        return out
    }

    /// A summary dismissal in a case whose facts the school took to the kantonrechter or the UWV:
    /// said, not refused (new facts may have come since). Asking to end the contract that way shows
    /// the reason was not urgent, so a dismissal on the spot on those same facts is not given
    /// "onverwijld" (a review saw it taken 36 days into the court case, offered as the rung above,
    /// with a word only about the report's age).
    static func askedTheOrdinaryWay(_ h: CaseHistory) -> Phrase? {
        guard
            let (asked, how) = h.steps.lazy.reversed().filter({ $0.rung == .dismissal })
                .compactMap({ s in s.route(in: h.facts).map { (s, $0) } })
                .first(where: { [.kantonrechter, .uwv].contains($0.1) })
        else { return nil }
        return Phrase(
            "Let op: voor deze feiten koos de school op \(asked.date.dutch) voor ontslag langs de gewone weg (\(how.label.nl)). Daarmee is de dringende reden niet onverwijld gegeven: een ontslag op staande voet op dezelfde feiten houdt in de regel geen stand",
            "Note: for these facts the school chose on \(asked.date.dutch) a dismissal the ordinary way (\(how.label.en)). The urgent reason is then not given without delay: a summary dismissal on the same facts does not as a rule stand"
        ) + Law.bw7677.bracketed
            + Phrase(
                ". Noem de nieuwe feiten in de reden, of open voor een nieuw voorval een nieuwe zaak.",
                ". Name the new facts in the reason, or open a new case for a new incident.")
    }

    /// A dismissal on facts the school answered with a warning in the case: said, not refused (a
    /// warning may have been a talk). Courts held an official warning to settle the conduct it
    /// answered: a dismissal on those facts alone, without new ones, did not stand (a review; read in
    /// lawyers' reports of kantonrechter rulings, not in a statute).
    static func warnedAlready(_ warned: Step) -> Phrase {
        Phrase(
            "Let op: deze feiten zijn in de zaak al beantwoord met een waarschuwing (\(warned.date.dutch)). Was dat een officiële waarschuwing (schriftelijk, met wat er bij herhaling volgt), dan is de gedraging daarmee volgens de rechtspraak van kantonrechters afgedaan: een ontslag alleen op die feiten, zonder nieuwe, houdt dan in de regel geen stand, een ontslag met instemming van de werknemer daargelaten (ne bis in idem; een beginsel uit de rechtspraak, geen wetsartikel). Was het een gesprek, dan weegt de rechter dat mee. Noem de nieuwe feiten in de reden, of open voor een nieuw voorval een nieuwe zaak.",
            "Note: these facts were answered in the case with a warning already (\(warned.date.dutch)). If that was an official warning (in writing, saying what follows a repeat), kantonrechters' rulings hold the conduct settled by it: a dismissal on those facts alone, without new ones, does not as a rule stand, a dismissal with the employee's consent aside (ne bis in idem; a principle of case law, not an article of law). If it was a talk, the court weighs it. Name the new facts in the reason, or open a new case for a new incident."
        )
    }

    static func objectionClause() -> Phrase {
        Phrase(
            "Openbare school: het besluit noemt bezwaar, termijn en orgaan",
            "Public school: the decision names objection, term and body")
            + Law.awb345.bracketed
            + Phrase(
                "; bezwaar binnen zes weken vanaf de dag na bekendmaking",
                "; objection within six weeks from the day after it is made known")
            + Law.awb67.bracketed + Phrase("; bezwaar schorst niet", "; an objection does not suspend it")
            + Law.awb616.bracketed + "."
    }

    static func suspensionAddressee(_ h: CaseHistory, on date: LocalDate) -> Phrase {
        let src = Law.suspensionDecision(h.legal.sector).bracketed
        switch h.legal.sector {
        case .po:
            return Phrase("Besluit schriftelijk aan de ouders", "Decision in writing to the parents") + src + "."
        case .vo:
            if DecisionAddressees.of(.suspension, sector: .vo, pupilAge: h.pupilAge(on: date)) == .pupil {
                return Phrase(
                    "Besluit schriftelijk en gemotiveerd aan de leerling (21 of ouder: niet aan de ouders)",
                    "Decision in writing, with reasons, to the pupil (21 or older: not to the parents)") + src + "."
            }
            return Phrase(
                "Besluit schriftelijk en gemotiveerd aan de leerling, en aan de ouders zolang hij jonger is dan 21",
                "Decision in writing, with reasons, to the pupil, and to the parents while under 21") + src + "."
        case .so:
            return Phrase(
                "Besluit schriftelijk aan de ouders, of aan de leerling als die meerderjarig en handelingsbekwaam is",
                "Decision in writing to the parents, or to the pupil when of age and legally competent") + src + "."
        }
    }

    static func removalNotes(_ h: CaseHistory, on date: LocalDate, at now: Timestamp) -> [Phrase] {
        let legal = h.legal
        var out: [Phrase] = []
        let heard = hearingsNeeded(h, on: date).compactMap { need -> Phrase? in
            if let day = h.hearings(of: need.party, before: now).map(h.heldOn).max() {
                return Phrase("\(need.who.nl) op \(day.dutch)", "\(need.who.en) on \(day.dutch)")
            }
            guard need.opportunity, let declined = h.declined(need.party, before: now) else { return nil }
            return Phrase(
                "\(need.who.nl): uitgenodigd, gelegenheid niet benut (\(declined.date.dutch))",
                "\(need.who.en): invited, opportunity not taken (\(declined.date.dutch))")
        }
        if !heard.isEmpty {
            out.append(
                Phrase("Gehoord: ", "Heard: ")
                    + Phrase(
                        heard.map(\.nl).joined(separator: ", "), heard.map(\.en).joined(separator: ", "))
                    + Phrase(" (de dag van het gesprek).", " (the day of the meeting)."))
        }
        switch legal.sector {
        case .po:
            out.append(
                Phrase(
                    "Definitief pas als het bevoegd gezag ervoor heeft gezorgd dat een andere school bereid is de leerling toe te laten",
                    "Final only once the board has made sure another school is willing to admit the pupil")
                    + Law.wpo40_11.bracketed
                    + Phrase(
                        "; leg dat vast (in de zaak r, of `casus case accept`). In het po bestaat geen ‘na 8 weken zoeken’ meer; dat geldt alleen nog voor cluster 1/2",
                        "; record it (r on the case, or `casus case accept`). In primary education there is no ‘after 8 weeks of searching’ any more; only cluster 1/2 keeps it"
                    ) + Law.wec40_18.bracketed + ".")
            out.append(
                Phrase("Inspectie informeren over de verwijdering", "Inform the Inspectie of the removal")
                    + Law.inspectieRemovalAdvice.bracketed + ".")
        case .so:
            out.append(
                Phrase(
                    "Voor een leerling op wie de Leerplichtwet 1969 van toepassing is: definitief pas als een andere school bereid is de leerling toe te laten; bij cluster 1/2 ook na 8 weken aantoonbaar vergeefs zoeken",
                    "For a pupil the Leerplichtwet 1969 applies to: final only once another school is willing to admit the pupil; for cluster 1/2 also after 8 weeks of documented search in vain"
                ) + Law.wec40_18.bracketed
                    + Phrase(
                        "; leg het vast (in de zaak r, of `casus case accept`).",
                        "; record it (r on the case, or `casus case accept`)."))
            out.append(
                Phrase("Inspectie informeren over de verwijdering", "Inform the Inspectie of the removal")
                    + Law.inspectieRemovalAdvice.bracketed + ".")
        case .vo:
            out.append(
                Phrase(
                    "Een leerling op wie de Leerplichtwet van toepassing is, pas definitief verwijderen als een andere school bereid is hem toe te laten",
                    "A pupil under the Leerplichtwet is removed for good only once another school is willing to admit him"
                )
                    + Law.wvo815_2.bracketed
                    + Phrase(
                        "; daarvóór overleg met de Inspectie (schorsing tijdens dat overleg mag)",
                        "; before that, consult the Inspectie (suspension during that consultation is allowed)")
                    + Law.wvo815_4.bracketed
                    + Phrase(
                        "; de definitieve verwijdering schriftelijk en gemotiveerd melden aan de Inspectie",
                        "; report the final removal to the Inspectie in writing, with reasons") + Law.wvo815_5.bracketed
                    + ".")
            if h.pupilAge(on: date) == nil {
                out.append(
                    Phrase(
                        "De geboortedatum van de leerling is onbekend: casus neemt aan dat hij jonger is dan 18.",
                        "The pupil's birth date is unknown: casus assumes he is under 18."))
            }
        }
        out.append(
            Phrase(
                "Beslissing tot verwijdering terstond melden aan burgemeester en wethouders (leerplichtambtenaar)",
                "Report the removal decision at once to the mayor and aldermen (leerplichtambtenaar)")
                + Law.lpw18.bracketed + ".")
        out.append(objectionRoute(legal))
        if h.kind == .parent {
            out.append(
                Phrase(
                    "Verwijdering van het kind vanwege het gedrag van een ouder: alleen met een schriftelijke onderbouwing (verstoorde verhouding); de regels voor de verwijdering van een leerling gelden",
                    "Removing the child for a parent's conduct: only with a written justification (disturbed relationship); the rules for removing a pupil apply"
                ) + Law.parentRemovalJustification.bracketed + ".")
        }
        return out
    }

    static func objectionRoute(_ legal: LegalContext) -> Phrase {
        let window = Law.removalObjectionWindow(legal).bracketed
        let decide = Law.removalObjectionDecision(legal).bracketed
        let start: Phrase =
            switch (legal.sector, legal.denomination) {
            case (_, .openbaar):
                Phrase(
                    "Bezwaar binnen zes weken vanaf de dag na bekendmaking",
                    "Objection within six weeks from the day after it is made known")
            case (.po, .bijzonder):
                Phrase("Bezwaar binnen zes weken na de mededeling", "Objection within six weeks of the notice")
            default:
                Phrase(
                    "Bezwaar binnen zes weken na de bekendmaking", "Objection within six weeks of it being made known")
            }
        let decision: Phrase =
            switch (legal.sector, legal.denomination) {
            case (.po, .openbaar), (.so, .openbaar):
                Phrase(
                    "beslissing binnen vier weken na afloop van de bezwaartermijn",
                    "decision within four weeks after the objection period ends")
            default:
                Phrase(
                    "beslissing binnen vier weken na ontvangst van het bezwaar", "decision within four weeks of receipt"
                )
            }
        return start + window + Phrase("; ", "; ") + decision + decide
            + Phrase(
                "; opgeschort zolang de Geschillencommissie passend onderwijs oordeelt",
                "; suspended while the Geschillencommissie passend onderwijs decides")
            + Law.dispute(legal.sector).bracketed
            + "."
    }

    /// School days that run past seven calendar days: more than the week the law allows (WPO art.
    /// 40c lid 1, WVO 2020 art. 8.14 lid 1, WEC art. 40a lid 1: "ten hoogste één week").
    static func longerThanAWeek(_ days: Int, _ first: LocalDate, _ last: LocalDate, h: CaseHistory) -> Phrase {
        let weekEnd = first.adding(days: 6)
        let fit = h.calendar.schoolDays(from: first, through: weekEnd)
        let source = Law.suspensionLength(h.legal.sector).bracketed
        return Phrase(
            "\(days) schooldagen vanaf \(first.dutch) lopen tot en met \(last.dutch), langer dan één week: een schorsing duurt ten hoogste één week"
                + source.nl
                + ", tot en met \(weekEnd.dutch); kies ten hoogste \(fit) schooldag\(fit == 1 ? "" : "en") (--days \(fit)) of een andere eerste dag (--start)",
            "\(days) school days from \(first.dutch) run until \(last.dutch), longer than a week: a suspension lasts at most one week"
                + source.en
                + ", until \(weekEnd.dutch); choose at most \(fit) school day\(fit == 1 ? "" : "s") (--days \(fit)) or another first day (--start)"
        )
    }

    /// A suspension that follows on from others without a school day between and runs past a
    /// week from the first of them (`LadderEngine.joinedSuspension`).
    static func joinedLongerThanAWeek(_ since: LocalDate, _ first: LocalDate, _ last: LocalDate, h: CaseHistory)
        -> Phrase
    {
        let weekEnd = since.adding(days: 6)
        let fit = first <= weekEnd ? h.calendar.schoolDays(from: first, through: weekEnd) : 0
        let source = Law.suspensionLength(h.legal.sector).bracketed
        let shorter =
            fit > 0
            ? Phrase(
                "; kies ten hoogste \(fit) schooldag\(fit == 1 ? "" : "en") (--days \(fit))",
                "; choose at most \(fit) school day\(fit == 1 ? "" : "s") (--days \(fit))")
            : Phrase("; er kan geen dag meer bij", "; no day can be added")
        // The one longer suspension the law knows: in VO, pending the consultation with the
        // Inspectie on a removal (the pre-2020 text; casus could not check the WVO 2020's).
        let pending =
            h.legal.sector == .vo
            ? Phrase(
                ". Langer kan alleen hangende het overleg met de inspectie over een definitieve verwijdering (Inrichtingsbesluit WVO art. 14 lid 2; niet nagegaan in de WVO 2020), wat casus niet als stap kent",
                ". Longer only pending the consultation with the Inspectie on a removal (Inrichtingsbesluit WVO art. 14 lid 2; not checked in the WVO 2020), which casus does not know as a step"
            ) : Phrase("", "")
        return Phrase(
            "deze schorsing sluit zonder schooldag ertussen aan op een schorsing die \(since.dutch) begon: voor de leerling is het één schorsing, van \(since.dutch) tot en met \(last.dutch), langer dan één week"
                + source.nl,
            "this suspension follows on from one that began on \(since.dutch) with no school day between: to the pupil it is one suspension, from \(since.dutch) until \(last.dutch), longer than a week"
                + source.en) + shorter + pending
    }

    static func holidayRefusal(_ days: Int, _ first: LocalDate, _ holiday: Closure, h: CaseHistory) -> Phrase {
        let c = h.calendar
        let before = holiday.first.adding(days: -1)
        let fit = c.schoolDays(from: first, through: before)
        let after = c.schoolDay(onOrAfter: holiday.last.adding(days: 1))
        let shorter =
            fit > 0
            ? Phrase(
                "kies ten hoogste \(fit) schooldag\(fit == 1 ? "" : "en") (--days \(fit)) of ",
                "choose at most \(fit) school day\(fit == 1 ? "" : "s") (--days \(fit)) or ")
            : Phrase("", "")
        return Phrase(
            "een schorsing van \(days) schooldag\(days == 1 ? "" : "en") vanaf \(first.dutch) zou over \(holiday.described.nl) lopen; een schorsing valt nooit in een vakantie"
                + Law.noHolidaySuspension.bracketed.nl + ": ",
            "a suspension of \(days) school day\(days == 1 ? "" : "s") from \(first.dutch) would run over \(holiday.described.en); a suspension never falls in a holiday"
                + Law.noHolidaySuspension.bracketed.en + ": ") + shorter
            + Phrase(
                "laat haar beginnen na de vakantie (--start \(after.iso))",
                "let it start after the holiday (--start \(after.iso))")
    }

    // MARK: Obligations of a step

    /// The law's obligations of a step; `handled` when the law (not the profile) says who is
    /// informed how, so the profile's "inform the parents" is not added on top.
    static func obligations(
        _ rung: Rung, phase: StepPhase, h: CaseHistory, req: StepRequest, on date: LocalDate, start: LocalDate?,
        end: LocalDate?
    ) -> (planned: [PlannedObligation], handled: Bool) {
        let cal = h.calendar
        let legal = h.legal
        let sameDay = cal.schoolDay(onOrAfter: date)
        let nextDay = cal.adding(schoolDays: 1, to: date)
        var out: [PlannedObligation] = []
        func note(_ p: Phrase, _ sources: LegalSource...) -> Phrase {
            if p.nl.isEmpty {
                let all = sources.map(\.printed)
                return Phrase(all.map(\.nl).joined(separator: "; "), all.map(\.en).joined(separator: "; "))
            }
            return sources.reduce(p) { $0 + $1.bracketed }
        }
        switch (h.kind, rung) {
        case (.pupil, .timeOut):
            // On the day it was given (recorded later, the same day is past: late, and said so).
            let given = start ?? sameDay
            out.append(PlannedObligation(.timeOutParents, due: given, note: note(Phrase("", ""), Law.schoolPractice)))
            out.append(
                PlannedObligation(
                    .timeOutDecision, due: given,
                    note: note(
                        Phrase(
                            "De Inspectie beschouwt een time-out als schorsing",
                            "The Inspectie treats a time-out as a suspension"),
                        Law.timeOut, Law.timeOutDecision(legal.sector))))
            out.append(
                PlannedObligation(
                    .timeOutTalk, due: max(nextDay, cal.adding(schoolDays: 1, to: given)),
                    note: note(Phrase("", ""), Law.schoolPractice)))
            if legal.isOpenbaar {
                out.append(
                    PlannedObligation(
                        .objectionWindow, due: StatutoryTerm.objection(madeKnown: date),
                        note: note(
                            Phrase("Vanaf de dag na bekendmaking", "From the day after it is made known"), Law.awb67,
                            Law.atw),
                        forOthers: true))
            }
            return (out, true)
        case (.pupil, .suspension):
            let first = start ?? nextDay
            out.append(
                PlannedObligation(
                    .suspensionDecision, due: sameDay, note: suspensionAddressee(h, on: date)))
            if let days = req.days, days > 1 {
                out.append(
                    PlannedObligation(
                        .inspectieSuspension, due: cal.schoolDay(onOrAfter: first),
                        note: note(
                            Phrase(
                                // The suspension's length, said as such: "2 schooldagen" under a duty
                                // read as the time to report it in (a review).
                                "een schorsing van \(days) schooldagen; schriftelijk en met redenen (Internet Schooldossier); de dag is de eerste schorsingsdag, gekozen door casus",
                                "a suspension of \(days) school days; in writing, with reasons (Internet Schooldossier); the day is the suspension's first, chosen by casus"
                            ),
                            Law.suspensionInspectie(legal.sector))))
            }
            out.append(
                PlannedObligation(
                    .schoolwork, due: cal.schoolDay(onOrAfter: first),
                    note: note(Phrase("Vanaf de eerste dag", "From the first day"), Law.schoolwork)))
            if legal.isOpenbaar {
                out.append(
                    PlannedObligation(
                        .objectionWindow, due: StatutoryTerm.objection(madeKnown: date),
                        note: note(
                            Phrase(
                                "Zes weken vanaf de dag na bekendmaking",
                                "Six weeks from the day after it is made known"),
                            Law.awb67, Law.atw),
                        forOthers: true))
            }
            return (out, true)
        case (.pupil, .removal), (.parent, .removal):
            out.append(
                PlannedObligation(
                    .removalDecision, due: sameDay,
                    note: note(removalAddressee(h, on: date), Law.removalDecisionInWriting(legal))))
            // The Leerplichtwet's duties hold while it applies: a VO pupil of 18 was told of the
            // leerplichtambtenaar, the Inspectie's consultation and another school that must admit
            // them, and the removal could never become final (a legal review). An older pupil
            // under 23 is reported to B&W (the RMC) instead.
            let leerplichtig = h.leerplichtApplies(on: date)
            if leerplichtig {
                out.append(
                    PlannedObligation(
                        .leerplichtRemoval, due: sameDay, note: note(Phrase("Terstond", "At once"), Law.lpw18)))
            } else if legal.sector == .vo, (h.pupilAge(on: date) ?? 0) < 23 {
                out.append(
                    PlannedObligation(
                        .rmcRemoval, due: sameDay,
                        note: note(
                            Phrase(
                                "Onverwijld, aan de gemeente waar de leerling woont; niet bij een vwo-, havo- of mbo-diploma (startkwalificatie)",
                                "Without delay, to the municipality where the pupil lives; not with a vwo, havo or mbo diploma"
                            ),
                            Law.wvoRmc)))
            }
            if legal.sector == .vo {
                // Of age, the removal is final once made known: the Inspectie is told of it then
                // (every final removal, Inrichtingsbesluit WVO art. 14 lid 3, now 8.15 lid 5).
                if !leerplichtig {
                    out.append(
                        PlannedObligation(
                            .inspectieFinalRemoval, due: cal.schoolDay(onOrAfter: date),
                            note: note(Phrase("Elke definitieve verwijdering", "Every final removal"), Law.wvo815_5)))
                } else {
                    out.append(
                        PlannedObligation(
                            .inspectieConsult, due: cal.adding(schoolDays: 10, to: date),
                            note: note(
                                Phrase("Vóór de definitieve verwijdering", "Before the removal becomes final"),
                                Law.wvo815_4, Law.casusTerm)))
                }
            } else {
                out.append(
                    PlannedObligation(
                        .inspectieRemoval, due: sameDay, note: note(Phrase("", ""), Law.inspectieRemovalAdvice)))
            }
            if leerplichtig {
                out.append(
                    PlannedObligation(
                        // Six weeks on, a school day (it fell on a Saturday, a review).
                        .otherSchool, due: cal.schoolDay(onOrAfter: date.adding(days: 42)),
                        note: note(
                            Phrase(
                                "Definitief pas na toelating elders; leg vast in de zaak (r) of met `casus case accept`",
                                "Final only after another school admits the pupil; record it on the case (r) or with `casus case accept`"
                            ),
                            Law.zorgplicht(legal.sector), Law.casusTerm)))
            }
            out.append(
                PlannedObligation(
                    .objectionWindow, due: StatutoryTerm.objection(madeKnown: date),
                    note: note(
                        legal.isOpenbaar
                            ? Phrase(
                                "Zes weken vanaf de dag na bekendmaking",
                                "Six weeks from the day after it is made known")
                            : Phrase("Zes weken na de mededeling", "Six weeks after the notice"),
                        Law.removalObjectionWindow(legal), Law.atw),
                    forOthers: true))
            return (out, true)
        case (.parent, .accessBan), (.parent, .suspension):
            out.append(
                PlannedObligation(
                    .accessBanDecision, due: sameDay,
                    note: note(
                        Phrase(
                            "Met duur\(end.map { " (t/m \($0.dutch))" } ?? "") en onderbouwing",
                            "With duration\(end.map { " (to \($0.dutch))" } ?? "") and justification"),
                        Law.accessBan)))
            return (out, true)
        case (.staff, .reprimand), (.staff, .suspension):
            if phase == .proposal {
                let n = req.respondDays ?? LadderEngine.defaultRespondDays
                out.append(
                    PlannedObligation(
                        .registeredLetter, due: sameDay, note: note(Phrase("", ""), Law.cao(h.legal.sector))))
                out.append(
                    PlannedObligation(
                        .zienswijzeTerm, due: cal.adding(schoolDays: n, to: date),
                        note: note(Phrase("\(n) schooldagen", "\(n) school days"), Law.responseTerm), forOthers: true))
            } else {
                out.append(
                    PlannedObligation(
                        .decisionLetter, due: sameDay, note: note(Phrase("", ""), Law.cao(h.legal.sector))))
            }
            return (out, true)
        case (.staff, .precautionarySuspension):
            out.append(
                // The day itself: a measure in calendar days waits for no school day (one taken in the
                // Christmas holiday had its letter due on its last day, a review).
                PlannedObligation(
                    .precautionaryLetter, due: date, note: note(Phrase("", ""), Law.caoOrdemaatregel(h.legal.sector))
                ))
            if let end {
                out.append(
                    PlannedObligation(
                        .precautionaryEnd, due: end, note: note(Phrase("", ""), Law.caoOrdemaatregel(h.legal.sector))))
            }
            return (out, true)
        case (.staff, .dismissal):
            switch req.route {
            case .consent?:
                // The written consent itself (lid 1), on the date it bears (lid 2); telling the employee of
                // the right to revoke within two working days is the duty it brings (`revocation-notice`,
                // lid 3, made when it is ticked). Its note said the notice, citing lid 1 and lid 3, and
                // then the two working days under lid 1 and 2 (reviews).
                out.append(
                    PlannedObligation(
                        .dismissalConsent, due: sameDay,
                        note: note(
                            Phrase(
                                "De schriftelijke instemming van de werknemer met de opzegging; vink af met de datum die erop staat (--on): de bedenktermijn loopt vanaf die dagtekening",
                                "The employee's written consent to the dismissal; tick it with the date it bears (--on): the cooling-off period runs from that date"
                            ), Law.bw7671_1, Law.bw7671_2)))
                // Three weeks until the employee is shown to have been told in time (the revocation
                // notice ticked within two working days of the consent): an end was accepted after
                // fourteen days while casus knew nothing of that notice (a review).
                out.append(
                    PlannedObligation(
                        .consentWithdrawal, due: StatutoryTerm.end(date.adding(days: 21)),
                        note: note(
                            Phrase(
                                "Drie weken na de dagtekening van de instemming; veertien dagen als de werknemer binnen twee werkdagen schriftelijk op dit recht is gewezen",
                                "Three weeks from the date of the consent; fourteen days if the employee was told of this right in writing within two working days"
                            ), Law.bw7671_2, Law.bw7671_3), forOthers: true))
            case .uwv?:
                out.append(
                    PlannedObligation(
                        .dismissalUWV, due: sameDay,
                        note: note(
                            Phrase(
                                "Alleen bij bedrijfseconomische redenen of langdurige ziekte",
                                "Only for economic reasons or long-term illness"), Law.bw7671a)))
            case .kantonrechter?:
                // The decision's own day: a court filing keeps no school calendar (it said "de dag van het
                // besluit" over the next school day, a legal review).
                out.append(
                    PlannedObligation(
                        .dismissalCourt, due: date,
                        note: note(
                            // The day is casus's, not the law's: it read as a statutory term (a legal review).
                            Phrase(
                                "Op een redelijke grond, onder meer verwijtbaar handelen of een verstoorde arbeidsverhouding; de wet stelt geen termijn voor het verzoek, de dag is die van het besluit (gekozen door casus)",
                                "On a reasonable ground, among others culpable conduct or a disturbed working relationship; the law sets no term for the request, the day is that of the decision (chosen by casus)"
                            ),
                            Law.bw7669_3eg, Law.bw7671b)))
            case nil:
                break
            }
            return (out, true)
        case (.staff, .summaryDismissal):
            // The day it is given, not the next school day: the law's "onverwijld" and "gelijktijdig"
            // know no school holiday (a dismissal of 28 December read as on time on 4 January, and
            // the employee's two months seemed to run from the 28th; a review).
            out.append(
                PlannedObligation(
                    .urgentReason, due: date, note: note(Phrase("", ""), Law.bw7677, Law.bw7678)))
            out.append(
                PlannedObligation(
                    .contestTerm, due: StatutoryTerm.end(date.adding(months: 2)),
                    note: note(
                        Phrase(
                            "Twee maanden na het einde van de arbeidsovereenkomst",
                            "Two months after the employment ends"), Law.bw7686a), forOthers: true))
            return (out, true)
        case (.staff, _):
            return ([], true)
        default:
            return ([], false)
        }
    }

    static func removalAddressee(_ h: CaseHistory, on date: LocalDate) -> Phrase {
        switch h.legal.sector {
        case .po, .so:
            return Phrase("Aan de ouders, schriftelijk en met redenen", "To the parents, in writing, with reasons")
        case .vo:
            if DecisionAddressees.of(.removal, sector: .vo, pupilAge: h.pupilAge(on: date)) == .pupil {
                return Phrase("Aan de leerling, schriftelijk en met redenen", "To the pupil, in writing, with reasons")
            }
            return Phrase(
                "Aan de leerling en, zolang hij jonger is dan 21, aan de ouders; schriftelijk en met redenen",
                "To the pupil and, while under 21, to the parents; in writing, with reasons")
        }
    }

    // MARK: Flags at opening

    /// `aware`: when the school learnt of the incident (its report); the AVG's 72 hours run from
    /// then, not from the triage.
    static func atOpening(
        _ c: Case, subject: Person, profile: ProtocolProfile, at now: Timestamp, aware: Timestamp? = nil,
        legal: LegalContext
    ) -> [PlannedObligation] {
        let cal = legal.calendar
        let date = now.localDate()
        let sameDay = cal.schoolDay(onOrAfter: date)
        let nextDay = cal.adding(schoolDays: 1, to: date)
        var out: [PlannedObligation] = []
        if c.flags.meldplicht {
            let src = Law.meldplicht(legal.sector)
            let minor: Phrase =
                legal.sector == .po
                ? Phrase("", "") : Phrase(" (alleen bij een minderjarige leerling)", " (only for a minor pupil)")
            out.append(
                PlannedObligation(
                    .boardReport, due: sameDay,
                    note: Phrase(
                        "Een personeelslid meldt een mogelijk zedenmisdrijf tegen een leerling onverwijld aan het bevoegd gezag",
                        "A staff member reports a possible sexual offence against a pupil to the board at once") + minor
                        + src.report.bracketed))
            out.append(
                PlannedObligation(
                    .vertrouwensinspecteur, due: sameDay,
                    note: Phrase(
                        "Het bevoegd gezag overlegt onverwijld met de vertrouwensinspecteur; leg de uitkomst vast (redelijk vermoeden ja/nee) met `casus case consult`",
                        "The board consults the vertrouwensinspecteur at once; record the outcome (reasonable suspicion yes/no) with `casus case consult`"
                    ) + src.consult.bracketed + Phrase(". ", ". ") + Law.vertrouwensinspecteur.printed))
        } else if c.flags.crossing, let vi = profile.escalations.vertrouwensinspecteur {
            let source = vi.source.map { " (protocol, art. \($0))" } ?? " (protocol)"
            out.append(
                PlannedObligation(
                    .vertrouwensinspecteur, due: sameDay,
                    note: Phrase("Telefonisch melden: \(vi.phone)\(source)", "Report by phone: \(vi.phone)\(source)")))
        }
        if c.flags.criminal, !c.flags.meldplicht, profile.escalations.aangifte == .mandatory {
            let source = profile.escalations.aangifteSource.map { " (protocol, art. \($0))" } ?? " (protocol)"
            out.append(
                PlannedObligation(
                    .aangifte, due: nextDay,
                    note: Phrase(
                        "Aangifte is verplicht volgens het protocol\(source)",
                        "The protocol makes aangifte mandatory\(source)")))
        }
        if c.flags.dataBreach {
            // AVG art. 33(1): "not later than 72 hours after having become aware of it": the school
            // was aware when the report came in, however long the triage took.
            let known = min(aware ?? now, now)
            let deadline = known.adding(seconds: 72 * 3600)
            out.append(
                PlannedObligation(
                    .breachAssessment, due: deadline.localDate(),
                    note: Phrase(
                        "Uiterlijk \(deadline.dutch()): 72 klokuren na kennisname (de melding van \(known.dutch())), geen schooldagen; zo nodig melden aan de Autoriteit Persoonsgegevens. Leg de beoordeling vast (r in de zaak, of `casus case breach`)",
                        "By \(deadline.dutch()): 72 clock hours after becoming aware (the report of \(known.dutch())), not school days; report to the Autoriteit Persoonsgegevens if needed. Record the assessment (r on the case, or `casus case breach`)"
                    ) + Law.avg33_1.bracketed))
            out.append(
                PlannedObligation(
                    .breachRegister, due: deadline.localDate(),
                    note: Phrase("Elk datalek, ook zonder melding", "Every breach, also one not reported")
                        + Law.avg33_5.bracketed))
        }
        if c.flags.meldcode {
            let due = cal.adding(schoolDays: 5, to: date)
            let src = Law.meldcodeBesluit.bracketed + Law.meldcode(legal.sector).bracketed + Law.casusTerm.bracketed
            for kind in [
                ObligationKind.meldcodeSignals, .meldcodeConsult, .meldcodeTalk, .meldcodeWeigh, .meldcodeDecide,
            ] {
                out.append(PlannedObligation(kind, due: due, note: Phrase("Meldcode", "Meldcode") + src))
            }
        }
        return out
    }

    // MARK: Advice

    /// An open term of the school's that runs through a period the calendar does not know: its
    /// due date may be too early by the holiday's school days. Said once per term.
    static func calendarGaps(_ h: CaseHistory, today: LocalDate) -> [Phrase] {
        var out: [Phrase] = []
        for o in h.obligations where !o.isDone && !o.isDeadlineForOthers && o.due >= today {
            guard let gap = h.legal.gaps.first(where: { $0.first <= o.due && today <= $0.last }) else { continue }
            out.append(
                Phrase(
                    "Kalender onvolledig: \(o.kind.label.nl) (uiterlijk \(o.due.dutch)) loopt door \(gap.what.nl), die casus niet kent; die dagen zijn als schooldagen geteld. Controleer de datum of importeer het vakantierooster (`casus calendar import`).",
                    "Calendar incomplete: \(o.kind.label.en) (due \(o.due.dutch)) runs through \(gap.what.en), which casus does not know; those days are counted as school days. Check the date or import the vakantierooster (`casus calendar import`)."
                ))
        }
        return out
    }

    static func advice(_ h: CaseHistory, today: LocalDate) -> [Phrase] {
        var out: [Phrase] = []
        if let assumed = assumedNotice(h) { out.append(assumed) }
        out += calendarGaps(h, today: today)
        if let removal = h.decisions.last(where: { $0.rung == .removal }) {
            if h.kind == .pupil, !h.leerplichtApplies(on: removal.date) {
                out.append(
                    Phrase(
                        "De Leerplichtwet geldt niet meer voor de leerling (18 jaar of ouder): de verwijdering wacht niet op een andere school; zij gaat in zodra het besluit is bekendgemaakt",
                        "The Leerplichtwet no longer applies to the pupil (18 or older): the removal does not wait for another school; it takes effect once the decision is made known"
                    ) + Law.madeKnown(h.legal).bracketed + ".")
            } else if let revoked = h.revokedRemoval {
                out.append(
                    Phrase(
                        "Verwijdering herroepen per \(revoked.date.dutch): de leerling blijft ingeschreven.",
                        "Removal revoked as of \(revoked.date.dutch): the pupil stays enrolled."))
            } else if let accepted = h.fact(.otherSchoolAccepted) {
                out.append(
                    Phrase(
                        "Verwijdering definitief: \(accepted.value) laat de leerling toe (vastgelegd \(accepted.date.dutch)).",
                        "Removal final: \(accepted.value) admits the pupil (recorded \(accepted.date.dutch))."))
            } else {
                out.append(
                    Phrase(
                        "Verwijdering nog niet definitief: eerst moet een andere school de leerling toelaten",
                        "Removal not final yet: another school must first admit the pupil")
                        + Law.zorgplicht(h.legal.sector).bracketed + ".")
            }
        }
        if let asked = h.disputePending {
            out.append(
                Phrase(
                    "Geschil bij de Geschillencommissie passend onderwijs sinds \(asked.date.dutch): de beslistermijn op bezwaar is opgeschort",
                    "Dispute with the Geschillencommissie passend onderwijs since \(asked.date.dutch): the term for the decision on the objection is suspended"
                ) + Law.dispute(h.legal.sector).bracketed
                    + Phrase("; oordeel binnen 10 weken", "; opinion within 10 weeks") + Law.wpo43_3.bracketed + ".")
        }
        if h.record.flags.meldplicht {
            let src = Law.meldplicht(h.legal.sector)
            if let consult = h.fact(.consultation) {
                out.append(
                    consult.value == "yes"
                        ? Phrase(
                            "Overleg vertrouwensinspecteur \(consult.date.dutch): redelijk vermoeden. Informeer de ouders en de betrokkene, doe daarna onverwijld aangifte en informeer de vertrouwensinspecteur",
                            "Consultation \(consult.date.dutch): reasonable suspicion. Inform the parents and the accused, then report to the police at once and inform the vertrouwensinspecteur"
                        ) + src.aangifte.bracketed + "."
                        : Phrase(
                            "Overleg vertrouwensinspecteur \(consult.date.dutch): geen redelijk vermoeden; geen aangifteplicht. De zaak kan dicht als de overige verplichtingen zijn vastgelegd",
                            "Consultation \(consult.date.dutch): no reasonable suspicion; no duty to report to the police. The case can close once the other obligations are recorded"
                        ) + src.aangifte.bracketed + ".")
            } else {
                out.append(
                    Phrase(
                        "Meldplicht voor een mogelijk zedenmisdrijf door ‘een ten behoeve van de school met taken belast persoon’ (personeel, stagiair, vrijwilliger, hulpouder: uitleg van casus)",
                        "Meldplicht for a possible sexual offence by ‘a person with tasks on behalf of the school’ (staff, intern, volunteer, parent helper: casus's reading)"
                    ) + src.consult.bracketed
                        + Phrase(
                            ". Aangifte alleen bij een redelijk vermoeden na het overleg met de vertrouwensinspecteur.",
                            ". Aangifte only on a reasonable suspicion after the consultation with the vertrouwensinspecteur."
                        ))
            }
        }
        if h.record.flags.dataBreach {
            if let a = h.fact(.breachAssessed) {
                out.append(
                    a.value == "report"
                        ? Phrase(
                            "Datalek beoordeeld op \(a.date.dutch): melden aan de Autoriteit Persoonsgegevens; later dan 72 uur alleen met een motivering voor de vertraging",
                            "Breach assessed on \(a.date.dutch): report to the Autoriteit Persoonsgegevens; later than 72 hours only with a reason for the delay"
                        ) + Law.avg33_1.bracketed + "."
                        : Phrase(
                            "Datalek beoordeeld op \(a.date.dutch): geen melding nodig; het staat in het register",
                            "Breach assessed on \(a.date.dutch): no report needed; it is in the register")
                            + Law.avg33_5.bracketed + ".")
            }
            out.append(
                Phrase(
                    "Betrokkenen informeren als het datalek waarschijnlijk een hoog risico voor hen oplevert",
                    "Inform the people concerned when the breach is likely to pose a high risk to them")
                    + Law.avg34.bracketed + ".")
        }
        if h.record.flags.meldcode {
            out.append(
                Phrase(
                    "Meldcode huiselijk geweld en kindermishandeling: vijf stappen met afwegingskader",
                    "Meldcode for domestic violence and child abuse: five steps with the afwegingskader")
                    + Law.meldcodeBesluit.bracketed + Law.meldcode(h.legal.sector).bracketed + ".")
        }
        if h.obligations.contains(where: { $0.kind == .objectionDecision && !$0.isDone }) || h.disputePending != nil
            || h.courtCasePending
        {
            out.append(
                Phrase(
                    "Bewaartermijn opgeschort: er loopt een bezwaar, geschil of rechtszaak; het dossier wordt niet opgeschoond.",
                    "Retention on hold: an objection, dispute or court case is running; the dossier is not purged."))
        }
        return out
    }
}
