/// The legal values of a letter (Config/templates/README.md, "Legal values"): who the bevoegd gezag
/// is, which act applies, the citations as the letter prints them, and the terms. The templates
/// take every article number from here, so a letter cites what the engine applies.
extension LetterContext {
    /// `toPupil`: the letter is written to the pupil (whose hearing, not the parents', it speaks of).
    static func legal(_ d: CaseDetail, today: LocalDate, decisionDate: LocalDate, parents: [Person], toPupil: Bool)
        -> [String: Any]
    {
        let school = d.school ?? School(name: "", protocolID: d.profile.id)
        let c = school.legal(calendar: .weekdays)
        let s = c.sector
        // A letter goes to parents, an employee, their lawyer: it states its grounds without
        // "deels geverifieerd" (a review: the board told the reader it was unsure of its own basis).
        // A source casus found no text for is a field the director fills in (or removes) before the
        // letter can be filed: nobody sends an unchecked article by accident.
        func cite(_ source: LegalSource) -> String {
            source.status == .unverified ? "[\(LetterContext.sourceToCheck) \(source.cite.nl)]" : source.cite.nl
        }
        let boardName = school.boardName.isEmpty ? "het bevoegd gezag van \(school.name)" : school.boardName
        let pupil = d.dossierOwner.kind == .pupil ? d.dossierOwner : nil
        // On the day of the decision, as `addressees` reads it.
        let age = pupil?.age(on: decisionDate)
        // Six weeks from the day after the decision is made known (Awb art. 6:7, 6:8; WPO art. 63
        // lid 3 "na de mededeling"): by this letter, so from its date, not the decision's if earlier;
        // past a weekend or public holiday to the next working day (Algemene termijnenwet art. 1).
        var deadlines: [String: Any] = [
            "objection": StatutoryTerm.objection(madeKnown: max(decisionDate, today)).dutchLong
        ]
        // Always a value, empty without its term: `empty()` of a missing key is nil, and the
        // voornemen then said "uiterlijk op ." with neither the day nor its fallback (a review).
        deadlines["respond"] = d.obligations.last(where: { $0.kind == .zienswijzeTerm })?.due.dutchLong ?? ""
        if let contest = d.obligations.last(where: { $0.kind == .contestTerm }) {
            deadlines["contest"] = contest.due.dutchLong
        }
        if let ban = d.steps.last(where: {
            $0.rung == .accessBan || ($0.rung == .suspension && d.subject.kind == .parent)
        }),
            let end = ban.endDate
        {
            deadlines["banEnd"] = end.dutchLong
        }
        var facts: [String: Any] = [:]
        // What the letter to the Inspectie may say was done, only as recorded (it said both unasked,
        // found by a legal review): the parents' letter about the latest step (its decision is the
        // latest of its kind) by the day that letter was sent, recorded with `letter sent` (a
        // decision ticked by hand sent no letter); and the leerplicht notice by the day it was done.
        let decision = d.obligations.filter { [.suspensionDecision, .removalDecision].contains($0.kind) }.max {
            $0.id < $1.id
        }
        // Who the decision's letters reached, by their address blocks, and the day the last of them
        // went (`letter sent` may record them in any order): the letters of the completing letter's
        // title since its step. Said only of whom a sent letter was addressed to: a decision ticked
        // by hand (`case done`) with a letter to the pupil alone made the parents "informed" (a review).
        if let decision, decision.isDone, let entry = decision.entryID, let rung = decision.kind.decidedRung,
            let title = d.meetingsAndLetters.first(where: { $0.id == entry })?.title
        {
            let step = d.steps.last { $0.rung == rung }
            let sent = sentLetters(
                of: decision, title: title, steps: d.steps, letters: d.meetingsAndLetters, sendings: d.sendings)
            let groups = decisionAddressees(
                rung, subject: d.subject, owner: d.dossierOwner, parents: parents, sector: s, on: step?.date ?? today)
            let missed = unreached(groups, by: sent, owner: d.dossierOwner)
            let isPupil = { (g: [Person]) in pupil != nil && g.count == 1 && g[0].id == d.dossierOwner.id }
            let pupilReached = groups.contains(where: isPupil) && !missed.contains(where: isPupil)
            let parentsReached = groups.contains { !isPupil($0) } && !missed.contains { !isPupil($0) }
            let informed: String? =
                switch (pupilReached, parentsReached) {
                case (true, true): "De leerling en de ouders/verzorgers zijn"
                case (true, false): "De leerling is"
                case (false, true): "De ouders/verzorgers zijn"
                case (false, false): nil
                }
            if let informed, let last = sent.compactMap({ d.sendings[$0.id]?.on }).max() {
                facts["parentsInformedOn"] = last.dutchLong
                facts["informed"] = informed
            }
        }
        // Told only when done, not lapsed: a revoked removal's duty read as B&W told on the day of
        // the revocation (a legal review).
        if let duty = d.obligations.filter({ $0.kind == .leerplichtRemoval }).max(by: { $0.id < $1.id }),
            duty.lapse(in: d.facts) == nil, let done = duty.doneAt
        {
            facts["leerplichtInformedOn"] = done.localDate().dutchLong
        }
        // A pupil of 18 or older on the day of the decision is no longer under the Leerplichtwet: no
        // leerplichtambtenaar is told (the RMC is, below 23), and no other school must admit them
        // first; the Inspectie's notice said both (a legal review). Unknown age: as casus assumes.
        facts["pastLeerplicht"] = (age ?? 0) >= 18
        if let duty = d.obligations.filter({ $0.kind == .rmcRemoval }).max(by: { $0.id < $1.id }),
            duty.lapse(in: d.facts) == nil, let done = duty.doneAt
        {
            facts["rmcInformedOn"] = done.localDate().dutchLong
        }
        if let u = d.facts.last(where: { $0.kind == .urgency }) { facts["urgency"] = LetterContext.sentence(u.note) }
        // Empty until recorded, never absent: `{{^empty(…)}}` shows its section for a missing key,
        // and the report to the Inspectie printed "Toegelaten door:" with nothing after it (a review).
        let accepted = d.facts.last(where: { $0.kind == .otherSchoolAccepted })
        facts["acceptedBy"] = accepted?.value ?? ""
        facts["acceptedOn"] = accepted?.date.dutchLong ?? ""
        if let r = d.facts.last(where: { $0.kind == .dismissalRoute }) {
            facts["route"] = DismissalRoute(rawValue: r.value)?.label.nl ?? r.value
        }
        if let b = d.facts.last(where: { $0.kind == .breachAssessed }) {
            facts["breachReport"] = b.value == "report"
            facts["breachNote"] = b.note
        }
        // The employee's zienswijze on the last voornemen, as recorded: the besluit letter asked the
        // director to type it again in a placeholder (a review).
        let proposal = d.steps.last(where: { $0.phase == .proposal })
        if let z = d.facts.last(where: { f in f.kind == .zienswijze && proposal.map { f.at >= $0.at } ?? false }) {
            facts["zienswijzeKnown"] = true
            facts["zienswijzeGiven"] = z.value == "given"
            facts["zienswijzeNone"] = z.value != "given"
            facts["zienswijzeOn"] = z.date.dutchLong
            facts["zienswijze"] = z.note
        }
        // The parents' view before a pupil's decision (Awb art. 4:8), as recorded since the decision
        // before it: the suspension's letter did not say it was given, nor weigh it (Awb art. 3:46;
        // a parents' lawyer's review).
        if !d.subject.kind.isPersonnel, let latest = d.steps.last {
            // As the legal layer reads it (`LegalLayer.viewHeard`): given since the decision before.
            let since = d.steps.last { $0.phase == .decision && $0.at < latest.at }
            if let z = d.facts.last(where: { f in
                guard f.kind == .zienswijze, f.at <= latest.at else { return false }
                guard let since else { return true }
                return f.date > since.date || (f.date == since.date && f.at > since.at)
            }) {
                facts["parentsViewGiven"] = z.value == "given"
                facts["parentsViewNone"] = z.value != "given"
                facts["parentsViewOn"] = z.date.dutchLong
                facts["parentsView"] = z.value == "given" ? z.note : ""
            }
        }
        // The day each party was last heard before the latest step (the decision the letter is
        // about): a meeting note's held day (its meeting-held fact, else the day it was written), so
        // a decision says when the hearing the law asks for took place.
        var heardOn: [HeardParty: LocalDate] = [:]
        let decided = d.steps.last?.date
        for e in d.meetingsAndLetters where e.kind == .meeting {
            let day = CaseFact.heldOn(e, d.facts)
            if let decided, day > decided { continue }
            for party in e.heard where heardOn[party].map({ day > $0 }) ?? true { heardOn[party] = day }
        }
        let heard = Dictionary(
            uniqueKeysWithValues: HeardParty.allCases.map { ($0.rawValue, heardOn[$0]?.dutchLong ?? "") })
        // Invited to be heard, not taken up (`casus case declined`), by the decision: the letter
        // says the opportunity was given, where the law asks no more (Awb art. 4:8; WVO 2020 art. 8.15).
        var declined: [String: String] = [:]
        for party in [HeardParty.parents, .pupil] {
            let fact = d.facts.last { f in
                f.kind == .hearingDeclined && f.value == party.rawValue && (decided.map { f.date <= $0 } ?? true)
            }
            declined[party.rawValue] = heardOn[party] == nil ? fact?.date.dutchLong ?? "" : ""
        }
        // The hearing on an objection (CaseWorkflow.objected: a removal's, an openbare school's
        // suspension's): the addressee's (the pupil's in a letter to them, else the parents'), held
        // on or after the day it was received and recorded after it, as a meeting's held day or the
        // day they declined it. A talk held before the objection was named as its hearing, and hid
        // that the parents declined (a legal review). An objection recorded before the thirty-sixth
        // stop has no fact of its day: from the decision on.
        let received = d.facts.last { $0.kind == .objectionReceived }
        // The rung the objection names (CaseWorkflow.objected): a removal taken after an objection
        // to a suspension made the letter one on the removal (a review).
        let objectedRung = received.flatMap { Rung(rawValue: $0.value) }
        let objected = d.steps.last {
            guard $0.phase == .decision else { return false }
            if let objectedRung, let received { return $0.rung == objectedRung && $0.at <= received.at }
            return $0.rung == .removal || ($0.rung == .suspension && c.denomination == .openbaar)
        }
        let party: HeardParty = toPupil ? .pupil : .parents
        let revoked = objected.flatMap { removal in
            d.facts.last { $0.kind == .removalRevoked && $0.value == String(removal.id) }
        }
        let since = received.map { ($0.date, $0.at) } ?? objected.map { ($0.date, $0.at) }
        let objectionHeard = since.flatMap { day, moment in
            d.meetingsAndLetters.filter { $0.kind == .meeting && $0.heard.contains(party) && $0.at > moment }
                .map { CaseFact.heldOn($0, d.facts) }
                .filter { $0 >= day }.max()
        }
        let objectionDeclined = since.flatMap { day, moment in
            d.facts.last {
                $0.kind == .hearingDeclined && $0.value == party.rawValue && $0.at > moment && $0.date >= day
            }?.date
        }
        // The voornemen's letter as it was sent, not the step's day: a besluit said "Bij aangetekende
        // brief van" the day of the step, of a letter never sent (a review). Its duty is done by the
        // letter recorded as sent (Letters.sent); without a sending known, the letter says "eerder".
        let voornemen = proposal.flatMap { d.obligations.registeredLetter(of: $0) }.flatMap { $0.isDone ? $0 : nil }
        let opinion = received.flatMap { r in d.facts.last { $0.kind == .disputeOpinion && $0.at > r.at } }
        // Only a sending that shows it arrived: a letter by e-mail, ticked by hand with its entry, gave
        // its date as "Bij aangetekende brief van" (a review).
        let sending = voornemen?.entryID.flatMap { d.sendings[$0] }.flatMap { $0.via.provesReceipt ? $0 : nil }
        return [
            "heard": heard, "declined": declined,
            "objection": [
                "aboutRemoval": objected?.rung != .suspension,
                // Whether the letter has a hearing of its addressee's to name (the parents of a
                // pupil of age were not heard on the pupil's objection: no empty "Horen").
                "hearingKnown": objectionHeard != nil || objectionDeclined != nil,
                "heard": objectionHeard?.dutchLong ?? "",
                "declined": objectionHeard == nil ? objectionDeclined?.dutchLong ?? "" : "",
                // The invitation to the hearing names the objection's day and the decision objected to.
                "received": received?.date.dutchLong ?? "",
                "decided": objected?.date.dutchLong ?? "",
                // The removal objected to, revoked (`removalRevoked`): the decision on the objection
                // says so, and why, where it asked "gegrond of ongegrond" of a removal already
                // revoked (a legal review).
                "revoked": revoked?.date.dutchLong ?? "",
                "revokedReason": revoked.map { sentence($0.note) } ?? "",
                // The Geschillencommissie's opinion given since the objection: the decision on it
                // said nothing of it, where it must say what the school does with it and why it
                // departs from it (a parents' lawyer's review).
                "opinion": opinion.map { sentence($0.value) } ?? "",
                "opinionOn": opinion?.date.dutchLong ?? "",
            ],
            "hearing": hearing(heardOn: heardOn, declined: declined, addressee: toPupil ? .pupil : .parents),
            "board": [
                "name": boardName, "address": School.addressLines(school.boardAddress).joined(separator: "\n"),
                // The address as a block under "  {{{board.name}}}": each line indented by two spaces.
                "addressBlock": School.addressLines(school.boardAddress).map { "  " + $0 }.joined(separator: "\n"),
            ],
            "schoolAddress": School.addressLines(school.address).joined(separator: "\n"),
            "isOpenbaar": c.denomination == .openbaar,
            "isBijzonder": c.denomination == .bijzonder,
            "isPO": s == .po, "isVO": s == .vo, "isSO": s == .so,
            // How the school names a pupil's class and its teacher: VO has classes and mentors, not
            // groups and a groepsleerkracht (found by a legal review of the letters).
            // The label as a letter's table writes it, as wide either way ("Klas: " lines up with "Groep:").
            "classLabel": s == .vo ? "Klas: " : "Groep:", "classWord": s == .vo ? "klas" : "groep",
            "classTeacher": s == .vo ? "mentor" : "groepsleerkracht",
            "isAssumed": c.isAssumed,
            // Of age: writes and objects for themselves (a letter to the pupil says "je", not "jullie").
            "pupilIsAdult": (age ?? 0) >= 18,
            // Under 23 and of age: a VO removal is reported to B&W (the RMC) instead of the leerplicht.
            "pupilUnder23": (age ?? 0) < 23,
            // Unknown: a VO decision's letters hold a `[…]` until it is recorded (it decides who gets them).
            "ageKnown": age != nil,
            // VO: a decision goes to the pupil, and to the parents too while the pupil is under 21.
            "parentsToo": s == .vo && (age ?? 0) < DecisionAddressees.voParentsUntil,
            "law": [
                "act": s.act,
                "suspension": cite(Law.suspensionLength(s)),
                "suspensionDecision": cite(Law.suspensionDecision(s)),
                "suspensionInspectie": cite(Law.suspensionInspectie(s)),
                "complaints": cite(Law.complaints(s)),
                "awbView": cite(Law.awb48), "awbUrgency": cite(Law.awb411), "awbObjection": cite(Law.awb67),
                "awbClause": cite(Law.awb345), "awbNoSuspension": cite(Law.awb616),
                "removalDecision": cite(Law.removalDecision(c)),
                "removalHearing": cite(Law.removalHearing(c)),
                // The parents' own hearing: an invitation to them cited the teacher's (WPO art. 40 lid
                // 11, a review). In VO one article names the pupil and the parents (`removalHearing`).
                "parentsHeard": cite(s == .vo ? Law.removalHearing(c) : Law.parentsHeard(c)),
                "objectionWindow": cite(Law.removalObjectionWindow(c)),
                "objectionDecision": cite(Law.removalObjectionDecision(c)),
                // A decision revoked on the objection: an openbare school's under the Awb, a
                // bijzondere's under the article on the objection.
                "reconsideration": cite(c.denomination == .openbaar ? Law.awb711 : Law.removalObjectionDecision(c)),
                "objectionConsult": Law.removalObjectionConsult(c).map(cite) ?? "",
                // The suspension's objection is heard under the Awb, whatever the sector (a VO letter
                // cited the removal's article, a review).
                "objectionHearing": cite(Law.objectionHearing(c, against: objected?.rung)),
                "appeal": cite(Law.awbAppeal),
                "objectionDocuments": cite(Law.awb74Invitation), "hearingBy": cite(Law.awb75),
                "zorgplicht": cite(Law.zorgplicht(s)),
                "dispute": cite(Law.dispute(s)),
                "leerplicht": cite(Law.lpw18), "rmc": cite(Law.wvoRmc), "madeKnown": cite(Law.madeKnown(c)),
                "inspectieRemoval": cite(Law.inspectieRemovalAdvice),
                "inspectieConsult": cite(Law.wvo815_4), "inspectieFinal": cite(Law.wvo815_5),
                "lpwAbsence": cite(Law.lpw11c),
                "schoolwork": cite(Law.schoolwork),
                "timeOut": cite(Law.timeOut),
                "accessBan": cite(Law.accessBan),
                "cao": cite(Law.cao(s)), "caoOrdemaatregel": cite(Law.caoOrdemaatregel(s)),
                "meldplicht": cite(Law.meldplicht(s).aangifte),
                "meldplichtConsult": cite(Law.meldplicht(s).consult),
                "avgBreach": cite(Law.avg33_1), "avgRegister": cite(Law.avg33_5), "avgSubjects": cite(Law.avg34),
            ],
            "deadlines": deadlines,
            "facts": facts,
            "hasUrgency": facts["urgency"] != nil,
            "isProposal": d.steps.last?.phase == .proposal,
            "proposal": [
                "date": sending?.on.dutchLong ?? "", "rung": proposal?.rung.label(for: .staff).nl ?? "",
                "opening": sending.map {
                    $0.via == .hand
                        ? "Bij brief, persoonlijk aan u overhandigd op \($0.on.dutchLong),"
                        : "Bij aangetekende brief van \($0.on.dutchLong)"
                } ?? "",
            ],
        ]
    }

    /// What the removal letter says of its hearings: `records` ("De verslagen van die gesprekken
    /// zijn", "De aantekening over de uitnodiging is", …, what the dossier holds), `anyDeclined`,
    /// `addresseeHeard` (the letter asks what they said in the hearing). A letter said "De verslagen
    /// van die gesprekken" and asked what "u in het hoorgesprek" said when no one had come (a review).
    static func hearing(heardOn: [HeardParty: LocalDate], declined: [String: String], addressee: HeardParty)
        -> [String: Any]
    {
        let anyDeclined = declined.values.contains { !$0.isEmpty }
        // What the dossier holds: the meeting notes, and the note that recorded the decline
        // (`case declined`), not an invitation casus may never have seen (found by a review).
        let one = Set(heardOn.values).count == 1
        let records =
            switch (!heardOn.isEmpty, anyDeclined) {
            case (true, true):
                (one ? "Het verslag van dat gesprek" : "De verslagen van die gesprekken")
                    + " en de aantekening over de uitnodiging zijn"
            case (false, true): "De aantekening over de uitnodiging is"
            default: one ? "Het verslag van dat gesprek is" : "De verslagen van die gesprekken zijn"
            }
        return [
            "records": records, "anyDeclined": anyDeclined, "anyHeard": !heardOn.isEmpty,
            "addresseeHeard": heardOn[addressee] != nil,
        ]
    }
}
