/// The values a letter template is rendered with (the variables are listed in Config/templates/README.md).
public enum LetterContext {
    /// The director's words as a whole sentence in a letter, ending in its stop: a reason typed with
    /// its full stop read "vereist.." where the template added one, and one typed without read on
    /// into the next sentence (a legal review).
    static func sentence(_ text: String) -> String {
        let t = text.trimmed
        guard let last = t.last else { return t }
        return ".!?".contains(last) ? t : t + "."
    }

    /// Where the behaviour took place, as a letter's sentence goes on after "uw gedrag": "op
    /// WhatsApp", "met een telefoon", "via e-mail", or the reporter's own words where they start
    /// with a preposition ("in de klassenapp"); "" without a platform. Every letter said "op" before
    /// whatever was typed: "uw gedrag op Telefoon" (a legal review).
    static func platformPhrase(_ platform: String) -> String {
        let typed = platform.trimmed
        let word = typed.lowercased()
        guard !typed.isEmpty else { return "" }
        if word.contains(/^(op|in|via|met|bij|tijdens|buiten|onder|na|voor|rond)\s/) { return typed }
        // A word in capitals past its first letter keeps them ("iPad"); a common noun goes small.
        let noun = typed.dropFirst().contains(where: \.isUppercase) ? typed : word
        if Self.devices.contains(word) { return "met een " + noun }
        if Self.channels.contains(word) { return "via " + noun }
        return "op " + typed
    }

    /// What a report names as its platform that is a device, and what is a channel rather than a place.
    static let devices: Set<String> = [
        "telefoon", "mobiel", "mobieltje", "mobiele telefoon", "smartphone", "gsm", "laptop", "tablet", "ipad",
        "computer", "pc", "chromebook", "smartwatch", "camera", "fototoestel",
    ]
    static let channels: Set<String> = ["sms", "e-mail", "email", "mail", "telefoongesprek", "brief", "post"]

    /// `to`: this letter's addressees (one of `addressees(…)`); nil: the first of them.
    public static func build(
        _ d: CaseDetail, parents: [Person], signer: Actor, today: LocalDate,
        vertrouwensinspecteurPhone: String = "0900-1113111", to: [Person]? = nil, step chosen: Step?? = nil,
        elsewhere: [Step] = []
    ) -> [String: Any] {
        let kind = d.subject.kind.ladderKind
        // The step the letter is written from (`Letters.step(of:in:)`; none is a choice too), else
        // the latest.
        let step = chosen ?? d.steps.last
        // The case as it stood at that step: the facts established up to the next step, the ladder
        // reached by it. A warning's letter drafted again after a colleague's suspension stated the
        // suspension's facts and a removal as what comes next (a review of two directors at once).
        let next = step.flatMap { s in d.steps.first { ($0.at, $0.id) > (s.at, s.id) } }
        let factsThen = next.map { n in d.facts.filter { $0.at < n.at } } ?? d.facts
        let stepsThen = step.map { s in d.steps.filter { ($0.at, $0.id) <= (s.at, s.id) } } ?? d.steps
        let toPupil =
            d.dossierOwner.kind == .pupil && d.subject.kind != .staff && to?.count == 1
            && to?.first?.id == d.dossierOwner.id
        let decisionDate = step?.date ?? today
        let pupil: [String: Any] =
            d.dossierOwner.kind == .pupil
            ? [
                "name": d.dossierOwner.name, "firstName": d.dossierOwner.firstName,
                "group": d.dossierOwner.group ?? "", "born": d.dossierOwner.birthDate?.dutchLong ?? "",
                "id": String(d.dossierOwner.id),
            ]
            : ["name": "", "firstName": "", "group": "", "born": "", "id": ""]
        let names = parents.map(\.name)
        let parentNames =
            names.isEmpty
            ? "de ouders/verzorgers"
            : names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " en " + names.last!
        var context: [String: Any] = [
            "school": ["name": d.school?.name ?? "", "town": d.school?.town ?? ""],
            "today": today.dutchLong,
            "director": [
                "name": signer.user.personID == nil ? Self.missingSigner : signer.displayName,
                "role": signer.role == .board ? "bestuur" : "directeur",
            ],
            "addressee": toPupil
                ? pupilAddressee(d.dossierOwner, parents: parents)
                : addressee(
                    to ?? addressees(subject: d.subject, dossierOwner: d.dossierOwner, parents: parents)[0],
                    pupil: d.dossierOwner.kind == .pupil ? d.dossierOwner : nil),
            // A decision written to the pupil (VO: the pupil is addressed, the parents too while under 21).
            "toPupil": toPupil,
            // Parents at two addresses get a letter each, and casus records the parents heard
            // together: a letter may not tell the one who was not heard "U bent gehoord" (a
            // review); it asks the director whom.
            "householdApart": !toPupil && parentGroups(parents).count > 1,
            "signature": ["onBehalf": onBehalf(d.school)],
            "protocol": ["name": d.profile.name, "document": d.profile.document],
            // `summary` too is never the report's own words: a school's template stating
            // {{{case.summary}}} would step around the facts' field (a review).
            "case": [
                "number": d.record.number,
                "summary": CaseSummary.stated(d.record.summary, report: d.incident?.summary),
                "severity": d.record.severity.label.nl,
                "facts": lettersFacts(factsThen, summary: d.record.summary, report: d.incident?.summary),
                "opened": d.record.openedAt.localDate().dutchLong,
            ],
            "incident": [
                "date": d.incident?.reportedAt.localDate().dutchLong ?? "", "platform": d.incident?.platform ?? "",
                "where": platformPhrase(d.incident?.platform ?? ""),
            ],
            "subject": [
                "name": d.subject.name, "firstName": d.subject.firstName, "kind": d.subject.kind.label.nl,
                "group": d.subject.group ?? "", "function": d.subject.function ?? "",
            ],
            "isPupil": d.subject.kind == .pupil,
            "isParent": d.subject.kind == .parent,
            "isStaff": d.subject.kind.isPersonnel,
            // In the school's employ (a contract, the cao, a salary): not an intern or a volunteer.
            "isEmployee": d.subject.kind == .staff,
            "pupil": pupil,
            "parents": parents.map { ["name": $0.name] },
            "parentNames": parentNames,
            "articles": d.articles.map {
                [
                    "id": $0.id, "title": $0.title, "text": $0.text, "cite": $0.cite,
                    // "Richtlijn 4 voor leerlingen (L.4) – Geen foto's en filmpjes zonder toestemming"
                    "heading": capitalized($0.citeWithID) + " – " + $0.title,
                ]
            },
            "consequences": consequences(d, steps: stepsThen, kind: kind),
            "hasStep": step != nil,
            "vertrouwensinspecteur": ["phone": vertrouwensinspecteurPhone],
            "isSuspension": step?.rung == .suspension,
            "isRemoval": step?.rung == .removal,
            "aangifte": [
                "mandatory": d.profile.escalations.aangifte == .mandatory,
                "optional": d.profile.escalations.aangifte == .optional,
                "source": d.profile.escalations.aangifteSource ?? "",
            ],
        ]
        for (key, value) in legal(d, today: today, decisionDate: decisionDate, parents: parents, toPupil: toPupil) {
            context[key] = value
        }
        if let step {
            let ends: String = step.rung == .summaryDismissal ? Self.measuresEnded(on: step.date, d, elsewhere) : ""
            context["step"] = [
                "rung": step.rung.label(for: kind).nl, "reason": step.reason, "days": step.days.map(String.init) ?? "",
                "start": step.startDate?.dutchLong ?? "", "end": step.endDate?.dutchLong ?? "",
                "date": step.date.dutchLong,
                "justification": step.justification ?? "", "detail": step.detail, "rungID": step.rung.rawValue,
                "phase": step.phase.rawValue,
                // An extension (a measure in calendar days that follows on one of its kind): the
                // first day of the whole; empty otherwise.
                // The measure it extends may be one of another case (`elsewhere`): a second case's
                // extension letter said "met ingang van 30 november" as if nothing ran before (a review).
                // Not from an ordemaatregel whose letter lapsed unsent (`CaseHistory.measures`).
                "since": Self.extended(step, kind: kind, in: Self.measured(d) + elsewhere)?.dutchLong ?? "",
                // A summary dismissal ends an ordemaatregel running on its day, or one still to
                // begin, in this case or another about the employee (`measuresEnded`). The employee
                // whose ordemaatregel's letter was never sent had it in writing nowhere, and read
                // nothing of its end (a legal review).
                "precautionaryEnds": ends,
                // A staff member's disciplinary suspension: its period and what it means for the
                // salary are the director's to state (casus keeps no days for it, and the cao's rule
                // on pay could not be checked): a letter without them left the employee unable to
                // answer it, or the decision to be carried out (a review).
                "isStaffSuspension": kind == .staff && step.rung == .suspension,
                // An ordemaatregel's hearing as its step was allowed on (`LegalLayer.employeeHeard`):
                // since the decision before it, by its day, not before the report; else the urgency
                // recorded with it. The letter named a hearing about the warning before it, or one
                // held after the measure, and left out the urgency (a review).
                "heard": Self.measureHeard(step, in: d)?.dutchLong ?? "",
                // A summary dismissal's: a hearing after the day of the decision before it. A talk
                // filed on the day of the warning, after it, is that warning's talk: the letter said
                // the employee was heard on facts of the next day (a legal review).
                "heardSince": Self.measureHeard(step, in: d, sameDay: false)?.dutchLong ?? "",
                "urgency": (d.facts.last { $0.kind == .urgency && $0.at == step.at }?.note).map(Self.sentence) ?? "",
                // The letter is written after the day of the decision: a notice takes effect when it
                // reaches its addressee (BW art. 3:37 lid 3), so a summary dismissal's day is the
                // day it was told by mouth, or the day this letter arrives; casus cannot know which
                // (its letter said the decision's day as the day of dismissal, a review).
                "isLater": today > step.date,
                // A measure whose first day has come by the letter's day: it holds from when it reached
                // its addressee (BW art. 3:37 lid 3; Awb art. 3:40), which the director states. An
                // access ban's letter named its first day the decision's, a Sunday, before anyone
                // could read it (a legal review).
                "startsByLetter": step.startDate.map { $0 <= today } ?? false,
                // A measure whose last day has passed by the letter's day: the letter tells what was,
                // not what is to come (a suspension's letter written after its days said "Tijdens de
                // schorsing komt Daan niet naar school", a legal review).
                "over": step.endDate.map { today > $0 } ?? false,
                // A time-out: the school day it was given (recorded later, not the day it was
                // recorded), and whether the parents were told, as its own obligation to tell them
                // says: its letter said "Zoals wij u vandaag al hebben laten weten" two days later,
                // with the parents not told (a legal review).
                "given": (step.startDate ?? step.date).dutchLong,
                "parentsTold": Self.parentsTold(step, in: d),
            ]
        }
        // An employee not heard on the measure (none since the decision before it): a warning's letter
        // said "Dit is in strijd met …" of a report not yet put to them, a reproach kept in the
        // personnel file (a legal review; hoor en wederhoor, BW art. 7:611).
        // Heard since, before the letter, counts too: a letter written after the talk said "nog niet
        // gehoord" beside its meeting note in the same file (a review).
        let heard =
            step.map { s in
                Self.measureHeard(s, in: d) != nil
                    || d.meetingsAndLetters.contains {
                        $0.kind == .meeting && $0.heard.contains(.employee) && $0.at > s.at
                    }
            } ?? false
        context["unheard"] = kind == .staff && !heard
        return context
    }

    /// Whether the parents were told of the time-out `step`: its own obligation (due on its day)
    /// ticked. Not the day: the tick's day is not the day they were told (a
    /// letter said "op 6 december", a Sunday, of a call on Friday, and another time-out's tick was
    /// taken for this one's, a legal review).
    static func parentsTold(_ step: Step, in d: CaseDetail) -> Bool {
        guard step.rung == .timeOut else { return false }
        // Its day (one recorded before days were asked: the next school day from its decision).
        let days = step.startDate.map { $0...$0 } ?? step.date...step.date.adding(days: 4)
        return d.obligations.contains { $0.kind == .timeOutParents && days.contains($0.due) && $0.isDone }
    }

    /// The day the employee was heard on the measure of `step` (see the step's "heard").
    static func measureHeard(_ step: Step, in d: CaseDetail, sameDay: Bool = true) -> LocalDate? {
        let since = d.steps.last { $0.phase == .decision && $0.at < step.at }
        let known = d.incident?.reportedAt.localDate()
        return d.meetingsAndLetters.filter { $0.kind == .meeting && $0.heard.contains(.employee) && $0.at <= step.at }
            .map { e in (e, CaseFact.heldOn(e, d.facts)) }
            .filter { e, held in
                held <= step.date && known.map { held >= $0 } ?? true
                    && since.map { held > $0.date || (sameDay && held == $0.date && e.at > $0.at) } ?? true
            }.map(\.1).max()
    }

    /// The first day of the measure `step` extends, if it follows on one of its kind without a gap.
    /// What a summary dismissal of `date` says of the ordemaatregels in the case or another about
    /// the employee (`elsewhere`): the one running on its day, from its first day to the last of
    /// its extensions, "eindigt met dit ontslag"; one still to begin "gaat niet in"; each with the
    /// cases it was decided in where those are others. Not one whose case was closed as unfounded
    /// or a mistake, nor one whose end was decided in this case: the letter said a measure ended
    /// long before ran on (a legal review); nor one still to begin that was never made known (its
    /// letter not recorded as sent): the letter called it "opgelegd" (a second legal review;
    /// `elsewhere` comes without those of other cases, nor those whose end was decided, `Letters`).
    /// "" when none.
    static func measuresEnded(on date: LocalDate, _ d: CaseDetail, _ elsewhere: [Step]) -> String {
        let dropped = Set(d.subjectCases.filter { $0.status == .closed && $0.outcome?.counts == false }.map(\.id))
        let endedHere = Step.measureEndDecided(d.steps, d.obligations, d.facts, by: date)
        let unannounced = Step.unannouncedMeasures(d.steps, d.obligations, d.facts)
        let all = (d.steps + elsewhere).decisions(of: .precautionarySuspension).filter { s in
            !dropped.contains(s.caseID) && !(endedHere && s.caseID == d.record.id)
                && !(unannounced.contains(s.id) && (s.startDate ?? s.date) > date)
        }
        func cases(_ steps: [Step]) -> String {
            let numbers = steps.map(\.caseID).filter { $0 != d.record.id }.compactMap { id in
                d.subjectCases.first { $0.id == id }?.number
            }
            var seen = Set<String>()
            let unique = numbers.filter { seen.insert($0).inserted }
            guard !unique.isEmpty else { return "" }
            return " (zaak " + unique.joined(separator: " en ") + ")"
        }
        var out: [String] = []
        var chain: [Step] = []
        if let now = all.last(where: { s in
            (s.startDate ?? s.date) <= date && (s.endDate.map { $0 >= date } ?? true)
        }) {
            let since = all.runningSince(now.startDate ?? now.date)
            // The measures from its first day to today's, and on: each extension starting the day
            // after the one before ends.
            chain = all.filter { s in (s.startDate ?? s.date) >= since && (s.startDate ?? s.date) <= date }
            var last = now.endDate
            while let end = last, let next = all.first(where: { $0.startDate == end.adding(days: 1) }) {
                chain.append(next)
                last = next.endDate
            }
            out.append(
                "De ordemaatregel die u met ingang van \(since.dutchLong) is opgelegd"
                    + (last.map { ", tot en met \($0.dutchLong)" } ?? "") + cases(chain)
                    + ", eindigt met dit ontslag.")
        }
        for later in all where (later.startDate ?? later.date) > date && !chain.contains(where: { $0.id == later.id }) {
            out.append(
                "De ordemaatregel die op \((later.startDate ?? later.date).dutchLong) zou ingaan\(cases([later])), gaat niet in."
            )
        }
        return out.joined(separator: " ")
    }

    /// The case's steps an extension may follow on: not an ordemaatregel never made known, its letter
    /// lapsed with the employment (`Step.lapsedMeasures`, as `CaseHistory.measures`).
    static func measured(_ d: CaseDetail) -> [Step] {
        let unwritten = Step.lapsedMeasures(d.steps, d.obligations, d.facts)
        return d.steps.filter { !unwritten.contains($0.id) }
    }

    static func extended(_ step: Step, kind: SubjectKind, in steps: [Step]) -> LocalDate? {
        guard LegalLayer.length(of: step.rung, kind: kind) == .calendarDays, let first = step.startDate else {
            return nil
        }
        // The step itself ends on or after `first`, so it is never one that runs up to it.
        let since = steps.decisions(of: step.rung).runningSince(first)
        return since < first ? since : nil
    }

    /// Who the letters from `template` in this case go to, one list per letter
    /// (`decisionAddressees` for a decision to suspend or remove; else `addressees(subject:…)`).
    public static func addressees(_ d: CaseDetail, parents: [Person], template: LetterTemplate, today: LocalDate)
        -> [[Person]]
    {
        guard let rung = DecisionAddressees.rung(of: template), let school = d.school else {
            return addressees(
                subject: d.subject, dossierOwner: d.dossierOwner, parents: parents,
                // Their age on the letter's day: a pupil who turned 18 since the step is written to alone.
                decision: otherAddressees(d, template: template, on: today))
        }
        return decisionAddressees(
            rung, subject: d.subject, owner: d.dossierOwner, parents: parents,
            sector: school.sector, on: d.steps.last?.date ?? today)
    }

    /// Who a letter about a pupil that announces no decision goes to. A pupil of age is written to
    /// themselves: a warning to an 18-year-old went to the parents alone (a legal review; a parent
    /// can still be written to with `--to`). In VO the hearing before a removal is the pupil's, and
    /// the parents' too while the pupil is under 18 (Inrichtingsbesluit WVO art. 14 lid 1: "nadat
    /// deze en, indien de leerling nog niet de leeftijd van 18 jaren heeft bereikt, ook diens
    /// ouders … in de gelegenheid is … gesteld hierover te worden gehoord"); it invited the parents only.
    static func otherAddressees(_ d: CaseDetail, template: LetterTemplate, on date: LocalDate) -> DecisionAddressees {
        guard d.subject.kind == .pupil, d.dossierOwner.kind == .pupil, template.writesToPupil else { return .parents }
        let adult = (d.dossierOwner.age(on: date) ?? 0) >= 18
        if template.id == "uitnodiging-hoorgesprek", d.school?.sector == .vo {
            return adult ? .pupil : .pupilAndParents
        }
        return adult ? .pupil : .parents
    }

    /// The letters of a decision to suspend or remove, one list per letter: by the school's sector
    /// and the pupil's age on the day of the decision (`DecisionAddressees`). The removal of a child
    /// for what a parent did is the child's removal: it goes where the child's would (the pupil in VO,
    /// each parents' address), not to the parent alone (found by a review); a parent's access ban
    /// (a suspension in a parent's case) goes to that parent. What `letter`, `letter sent` and the
    /// letter to the Inspectie all count with.
    public static func decisionAddressees(
        _ rung: Rung, subject: Person, owner: Person, parents: [Person], sector: Sector, on day: LocalDate
    ) -> [[Person]] {
        let decision = DecisionAddressees.of(rung, sector: sector, pupilAge: owner.age(on: day))
        let about = subject.kind == .parent && rung == .removal && owner.kind == .pupil ? owner : subject
        return addressees(subject: about, dossierOwner: owner, parents: parents, decision: decision)
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// What a letter may say a further breach can lead to, as the profile allows (by default the
    /// next rung of the ladder only): `any` and `text` ("een schorsing").
    static func consequences(_ d: CaseDetail, steps: [Step], kind: SubjectKind) -> [String: Any] {
        let ladder = LegalOrder.effective(d.profile.ladders.written(for: kind), kind: kind)
        let reached = steps.compactMap { ladder.firstIndex(of: $0.rung) }.max().map { ladder[$0] }
        let rungs = d.profile.ladders.consequences(for: kind, after: reached)
        // A stagiair or volunteer has no employment to take a measure in: the letter threatened a
        // berisping casus refuses for them (a legal review). What can follow is the end of working
        // with the school (`LadderEngine`'s refusal says so).
        if kind == .staff, d.subject.kind != .staff {
            return ["any": true, "text": "het einde van de samenwerking met onze school"]
        }
        let child = d.dossierOwner.kind == .pupil ? d.dossierOwner.firstName : "uw kind"
        let phrases = rungs.map { inLetter($0, kind: kind, child: child) }
        return ["any": !phrases.isEmpty, "text": listed(phrases)]
    }

    /// "a", "a of b", "a, b of c".
    static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " of " + last
    }

    /// A rung as a letter names it, with its article: "een schorsing".
    static func inLetter(_ rung: Rung, kind: SubjectKind, child: String) -> String {
        switch rung {
        case .warning: "een schriftelijke waarschuwing"
        case .timeOut: "een time-out (de rest van de schooldag niet in de les)"
        case .deviceCustody: "het in bewaring nemen van de telefoon of een ander apparaat"
        case .ictBan: "een tijdelijk verbod op het gebruik van computers en internet op school"
        case .contract: "een contract met afspraken"
        case .suspension: kind == .parent ? "het tijdelijk ontzeggen van de toegang tot de school" : "een schorsing"
        case .removal: kind == .parent ? "verwijdering van \(child) van school" : "verwijdering van school"
        case .accessBan: "een ontzegging van de toegang tot het schoolterrein"
        case .reprimand: "een schriftelijke berisping"
        case .precautionarySuspension: "een schorsing als ordemaatregel tijdens het onderzoek"
        case .dismissal: "ontslag"
        case .summaryDismissal: "ontslag op staande voet"
        }
    }
}
