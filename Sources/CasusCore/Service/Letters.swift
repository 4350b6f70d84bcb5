/// Letters from the templates in Config/templates: drafted from a case, edited by the director,
/// filed in the dossier.
public struct Letters: Sendable {
    let session: Session
    var actor: Actor { session.actor }

    /// A letter from a template, filled in with the case's data: the text the director then edits.
    /// Addressed to the first of the case's addressees (`drafts` gives one per addressee).
    public func draft(case id: CaseID, template: LetterTemplate) throws -> String {
        try drafts(case: id, template: template)[0].body
    }

    /// One letter to one addressee (or to parents who live together).
    public struct Draft: Sendable {
        public var to: [Person]
        public var body: String
        /// Who it goes to, as its address block begins ("Daan Vos", "De heer R. Vos").
        public var addressee: String = ""
        /// Everyone it goes to, as said to the director ("De heer D. Dekker en Mevrouw A. Dekker"):
        /// a letter to two parents was said to go to the first alone (a review).
        public var addressees: String = ""
    }

    /// The letter from a template once per addressee (issue 16, item 2): to the parent or employee
    /// the case is about; for a pupil, to the parents/guardians, one letter per address; a decision
    /// to suspend or remove a VO pupil to the pupil as well, or alone from 21 (`DecisionAddressees`).
    /// `to`: only the letter that goes to this person, the pupil or any of the pupil's parents (a
    /// parent not linked to the pupil is refused).
    public func drafts(case id: CaseID, template: LetterTemplate, to person: PersonID? = nil) throws -> [Draft] {
        try session.require(.correspond)
        let detail = try CaseWorkflow(session: session).detail(id)
        try Self.check(template, fits: detail.subject)
        // The letter states the articles as the profile has them: one the profile no longer has (a
        // profile of the school's own, changed after the case was opened) went out as "Artikel
        // 3A.8 – ?" and "", a signed warning without its grounds (a review).
        let gone = detail.record.articles.filter { detail.profile.article($0) == nil }
        if !gone.isEmpty {
            let ids = gone.joined(separator: ", ")
            throw CasusError.refused(
                "artikel \(ids) van zaak \(detail.record.number) staat niet (meer) in het protocolprofiel \(detail.profile.id): de brief zou de grond van de maatregel niet noemen; er is niets gemaakt",
                "article \(ids) of case \(detail.record.number) is not (or no longer) in protocol profile \(detail.profile.id): the letter would not state the measure's ground; nothing was made",
                hint: Phrase(
                    "Zet het artikel terug in het profiel van de school (`casus protocol show \(detail.profile.id)` toont wat casus leest), of schrijf de brief zelf met --body-file.",
                    "Put the article back in the school's profile (`casus protocol show \(detail.profile.id)` shows what casus reads), or write the letter yourself with --body-file."
                ))
        }
        // A letter of another measure after a summary dismissal is refused as such before its step
        // is looked for: it was told to take that step first, which the ladder refuses (a legal review).
        try Self.requireCurrent(
            template, step: nil, in: detail.steps,
            ended: LadderEngine.endingDismissal(in: detail.steps, facts: detail.facts, elsewhere: detail.employmentEnd),
            obligations: detail.obligations, number: detail.record.number, kind: detail.subject.kind,
            unchanged: Phrase("er is niets gemaakt", "nothing was made"))
        let step = try Self.step(
            of: template, in: detail.steps, number: detail.record.number, kind: detail.subject.kind,
            ladder: LegalOrder.effective(
                detail.profile.ladders.written(for: detail.subject.kind.ladderKind),
                kind: detail.subject.kind.ladderKind) + LadderEngine.onTop(detail.subject.kind.ladderKind))
        let kind = detail.subject.kind.ladderKind
        // What the letter needs beyond the case, in one read: another case's summary dismissal, which
        // ended the employment as this one's would; the parents; and a measure's first day in
        // another case (an ordemaatregel in a second case goes on from the one in the first), read
        // for a measure in calendar days only, and for a summary dismissal, which ends an
        // ordemaatregel running in any case (its letter says so).
        let others = detail.subjectCases.filter { $0.id != id }
        let (endedElsewhere, parents, elsewhere) = try session.read { r in
            (
                detail.subject.kind.isPersonnel ? try CaseWorkflow.employmentEnd(in: others, r) : nil,
                try r.guardians(ofPupil: detail.dossierOwner.id),
                step.map { LegalLayer.length(of: $0.rung, kind: kind) == .calendarDays || $0.rung == .summaryDismissal }
                    == true
                    ? try Self.measuresElsewhere(of: detail, besides: id, kind: kind, endedOn: step, r) : []
            )
        }
        try Self.requireCurrent(
            template, step: step, in: detail.steps,
            ended: LadderEngine.endingDismissal(in: detail.steps, facts: detail.facts, elsewhere: endedElsewhere),
            obligations: detail.obligations, number: detail.record.number,
            kind: detail.subject.kind, unchanged: Phrase("er is niets gemaakt", "nothing was made"))
        if template.needsObjection {
            try Self.requireObjection(
                detail.obligations, detail.record, unchanged: Phrase("er is niets gemaakt", "nothing was made"))
        }
        // A revoked removal is written to no one as a removal (its letter was still drafted, a review),
        // nor reported to the Inspectie (its notice reported the revoked removal, a legal review); the
        // decision on the objection that revoked it still goes out.
        if let step, step.rung == .removal, template.announces.contains(.removal), !template.needsObjection,
            let revoked = detail.facts.last(where: { $0.kind == .removalRevoked && $0.at > step.at })
        {
            let open = detail.obligations.first { $0.kind == .inspectieSuspension && !$0.isDone }
            throw CasusError.refused(
                "de verwijdering van \(step.date.dutch) is herroepen (\(revoked.date.dutch)); ‘\(template.title)’ gaat niet meer uit, er is niets gemaakt",
                "the removal of \(step.date.iso) was revoked (\(revoked.date.iso)); ‘\(template.title)’ no longer goes out, nothing was made",
                hint: open.map { o in
                    // The notice of the suspension before it is still owed; casus writes a notice
                    // of the latest decision only (said under Left in the closing note).
                    Phrase(
                        "De schorsing moet nog aan de Inspectie gemeld (\(Law.suspensionInspectie(detail.school?.sector ?? .po).printed.nl)): meld haar in Internet Schooldossier, leg dat vast in een notitie en vink de verplichting af met dat stuk (`casus case done \(detail.record.number) --obligation \(o.kind.rawValue) --entry STUK`).",
                        "The suspension is still to be reported to the Inspectie (\(Law.suspensionInspectie(detail.school?.sector ?? .po).printed.en)): report it in Internet Schooldossier, record that in a note and mark the duty done with that entry (`casus case done \(detail.record.number) --obligation \(o.kind.rawValue) --entry ENTRY`)."
                    )
                })
        }
        // Nor a dismissal whose consent the employee revoked (BW art. 7:671 lid 4): its besluit was
        // still filed, "Maatregel: ontslag" (a review).
        if let step, step.rung == .dismissal,
            let revoked = detail.facts.last(where: { $0.kind == .consentRevoked && $0.at > step.at })
        {
            throw CasusError.refused(
                "de werknemer herriep de instemming met het ontslag van \(step.date.dutch) (\(revoked.date.dutch)): de opzegging geldt als niet gedaan; ‘\(template.title)’ gaat daarover niet uit, er is niets gemaakt",
                "the employee revoked the consent to the dismissal of \(step.date.iso) (\(revoked.date.iso)): the notice counts as not given; ‘\(template.title)’ does not go out about it, nothing was made"
            )
        }
        let phone = detail.profile.escalations.vertrouwensinspecteur?.phone ?? "0900-1113111"
        var groups = LetterContext.addressees(detail, parents: parents, template: template, today: session.today)
        if !template.isAddressed { groups = [groups[0]] }
        if let person {
            // Any parent may be written to on their own (an adult pupil who cannot act alone).
            let possible =
                groups
                + LetterContext.addressees(
                    subject: detail.subject, dossierOwner: detail.dossierOwner, parents: parents)
            guard let group = possible.first(where: { $0.contains { $0.id == person } }) else {
                var seen = Set<PersonID>()
                let names = possible.joined().filter { seen.insert($0.id).inserted }.map { "\($0.id) \($0.name)" }
                    .joined(separator: ", ")
                throw CasusError.invalid(
                    "persoon \(person) krijgt geen brief in zaak \(detail.record.number); er is niets gemaakt",
                    "person \(person) gets no letter in case \(detail.record.number); nothing was made",
                    hint: names.isEmpty
                        ? Phrase(
                            "Deze leerling heeft geen ouders/verzorgers in casus; voeg ze toe met `casus people add --kind parent --guardian-of \(detail.dossierOwner.id)`.",
                            "This pupil has no parents/guardians in casus; add them with `casus people add --kind parent --guardian-of \(detail.dossierOwner.id)`."
                        )
                        : Phrase("Kies met --to een van: \(names).", "Choose with --to one of: \(names)."))
            }
            groups = [group]
        }
        return groups.map { group in
            Draft(
                to: group,
                body: template.render(
                    LetterContext.build(
                        detail, parents: parents, signer: actor, today: session.today,
                        vertrouwensinspecteurPhone: phone, to: group, step: step, elsewhere: elsewhere)),
                // A text that names no addressee (the report to the Inspectie, a phone note) goes to
                // none of the family: it was said to go "aan de heer K. Bakker" (a review).
                addressee: template.isAddressed ? LetterContext.nameLine(group, owner: detail.dossierOwner) : "",
                addressees: !template.isAddressed
                    ? ""
                    : group.count > 1
                        ? group.map(LetterSalutation.addressName).joined(separator: " en ")
                        : LetterContext.nameLine(group, owner: detail.dossierOwner))
        }
    }

    /// The step a letter is written from (`LetterTemplate.step(in:)`); a letter that makes a decision
    /// known is refused where that decision is not (`LetterTemplate.announces`).
    @discardableResult
    /// `ladder`: the case's rungs; a decision none of them is cannot be taken, and the letter says
    /// so rather than "neem eerst het besluit" (a time-out letter pointed to a step the school's
    /// ladder refused, a review).
    static func step(
        of template: LetterTemplate, in steps: [Step], number: String, kind: PersonKind, ladder rungs: [Rung]? = nil
    ) throws -> Step? {
        let step = template.step(in: steps)
        let ladder = kind.ladderKind
        if !template.proposes.isEmpty, step == nil {
            let rungs = template.proposes.sorted { $0.rawValue < $1.rawValue }
            throw CasusError.refused(
                "‘\(template.title)’ maakt een voornemen bekend (\(rungs.map { $0.label(for: ladder).nl }.joined(separator: " of "))) dat zaak \(number) niet heeft, of waarop al besloten is; er is niets gemaakt",
                "‘\(template.title)’ makes known a proposal (\(rungs.map { $0.label(for: ladder).en }.joined(separator: " or "))) case \(number) does not have, or has decided; nothing was made",
                hint: Phrase(
                    "Neem eerst het voornemen: `casus case step \(number) --to \(Rung.reprimand.rawValue)` (op het zaakscherm: +); casus zet dan de termijn voor de zienswijze.",
                    "Take the proposal first: `casus case step \(number) --to \(Rung.reprimand.rawValue)` (on the case screen: +); casus then sets the term for the response."
                ))
        }
        guard !template.announces.isEmpty, step == nil else { return step }
        if let rungs, template.announces.isDisjoint(with: rungs) {
            let named = template.announces.sorted { $0.rawValue < $1.rawValue }.map { $0.label(for: ladder) }
            throw CasusError.refused(
                "‘\(template.title)’ maakt een besluit bekend (\(named.map(\.nl).joined(separator: " of "))) dat niet op de ladder van deze zaak staat; er is niets gemaakt",
                "‘\(template.title)’ makes known a decision (\(named.map(\.en).joined(separator: " or "))) that is not on this case's ladder; nothing was made",
                hint: Phrase(
                    "Het protocol van de school kent die maatregel niet; kies een andere brief (`casus letter --help` noemt ze).",
                    "The school's protocol has no such measure; choose another letter (`casus letter --help` names them)."
                ))
        }
        let rungs = template.announces.sorted { $0.rawValue < $1.rawValue }
        let nl = rungs.map { $0.label(for: ladder).nl }.joined(separator: " of ")
        let en = rungs.map { $0.label(for: ladder).en }.joined(separator: " or ")
        // Each decision it may make known: the hint named the first alone ("--to reprimand" to a
        // director whose voornemen was a suspension, a review).
        let steps = rungs.map { "`casus case step \(number) --to \($0.rawValue)`" }
        throw CasusError.refused(
            "‘\(template.title)’ maakt een besluit bekend dat zaak \(number) niet heeft (\(nl)); er is niets gemaakt",
            "‘\(template.title)’ makes known a decision case \(number) does not have (\(en)); nothing was made",
            hint: Phrase(
                "Neem eerst het besluit: \(steps.joined(separator: " of ")) (op het zaakscherm: +); casus toetst dan wat de wet ervoor vraagt.",
                "Take the decision first: \(steps.joined(separator: " or ")) (on the case screen: +); casus then checks what the law asks for it."
            ))
    }

    /// A letter about a measure the case has moved past is not made, from the template or in the
    /// director's own words: after a summary dismissal none about another measure (the
    /// ordemaatregel's letter, promising salary, went out after the dismissal's, a legal review),
    /// this case's or another's about the employee (`ended`);
    /// a warning not after a later decision (it told the parents a suspension "kan volgen" after
    /// the suspension and the removal).
    static func requireCurrent(
        _ template: LetterTemplate, step: Step?, in steps: [Step], ended: LadderEngine.EndingDismissal?,
        obligations: [Obligation], number: String, kind: PersonKind, unchanged: Phrase
    ) throws {
        let ladder = kind.ladderKind
        let decisions = steps.filter { $0.phase == .decision }
        if ladder == .staff, template.makesKnownAnotherMeasureThanADismissal, let dismissal = ended {
            throw CasusError.refused(
                "het dienstverband eindigde met het ontslag op staande voet \(dismissal.bracketed.nl)\(Law.bw7677.bracketed.nl); ‘\(template.title)’ gaat daarna niet meer uit, \(unchanged.nl)",
                "the employment ended with the summary dismissal \(dismissal.bracketed.en)\(Law.bw7677.bracketed.en); ‘\(template.title)’ no longer goes out after it, \(unchanged.en)",
                hint: Phrase(
                    "Wat de medewerker nog moet weten, hoort in de brief over het ontslag (sjabloon ontslag-op-staande-voet).",
                    "What the employee still has to know belongs in the letter on the dismissal (template ontslag-op-staande-voet)."
                ))
        }
        // The invitation to be heard before a removal is decided, not after: filed after the decision,
        // it said "Er is nog geen besluit genomen" beside the removal it named (a legal review).
        if template.id == "uitnodiging-hoorgesprek", let removal = decisions.last(where: { $0.rung == .removal }) {
            throw CasusError.refused(
                "de verwijdering is op \(removal.date.dutch) besloten; een uitnodiging om vóór het besluit gehoord te worden, spreekt het dossier tegen; \(unchanged.nl)",
                "the removal was decided on \(removal.date.iso); an invitation to be heard before the decision contradicts the dossier; \(unchanged.en)",
                hint: Phrase(
                    "Om op het bezwaar te horen: sjabloon uitnodiging-hoorzitting-bezwaar.",
                    "To hear them on the objection: template uitnodiging-hoorzitting-bezwaar."))
        }
        guard template.announces == [.warning], let step,
            let later = decisions.first(where: {
                $0.at > step.at && $0.rung != .warning && !LadderEngine.isSideMeasure($0.rung, kind: ladder)
            })
        else { return }
        let later_ = later.rung.label(for: ladder)
        // The duty to tell the parents only where the case has it open (a protocol without it was
        // pointed at a duty the case does not have, a review).
        let tick =
            obligations.contains { $0.kind == .informParents && !$0.isDone }
            ? Phrase(
                "; of vink de verplichting af met het stuk dat laat zien hoe zij het hoorden (`casus case done \(number) --obligation \(ObligationKind.informParents.rawValue) --entry STUK`)",
                "; or mark the duty done with the entry that shows how they heard (`casus case done \(number) --obligation \(ObligationKind.informParents.rawValue) --entry ENTRY`)"
            ) : Phrase("", "")
        throw CasusError.refused(
            "de waarschuwing van \(step.date.dutch) is gevolgd door de \(later_.nl) van \(later.date.dutch): een brief die nu waarschuwt voor wat bij herhaling volgt, spreekt het dossier tegen; \(unchanged.nl)",
            "the warning of \(step.date.iso) was followed by the \(later_.en) of \(later.date.iso): a letter warning now of what follows a repeat contradicts the dossier; \(unchanged.en)",
            hint: Phrase(
                "Kregen de ouders de waarschuwing nog niet op schrift, noem haar dan in de brief over de \(later_.nl)\(tick.nl).",
                "If the parents did not yet have the warning in writing, name it in the letter on the \(later_.en)\(tick.en)."
            ))
    }

    static func check(_ template: LetterTemplate, fits subject: Person) throws {
        let kind = subject.kind.ladderKind
        guard template.appliesTo.contains(kind) else {
            let for_ = template.appliesTo.map { $0.label.nl }.joined(separator: " of ")
            let forEn = template.appliesTo.map { $0.label.en }.joined(separator: " or ")
            throw CasusError.refused(
                "het sjabloon ‘\(template.title)’ hoort bij een zaak over een \(for_), niet over een \(kind.label.nl)",
                "the template ‘\(template.title)’ is for a case about a \(forEn), not a \(kind.label.en)")
        }
        if template.employeesOnly, subject.kind != .staff {
            throw CasusError.refused(
                "het sjabloon ‘\(template.title)’ is voor een medewerker in dienst van de school; een \(subject.kind.label.nl) heeft geen arbeidsovereenkomst, cao of salaris; er is niets gemaakt",
                "the template ‘\(template.title)’ is for a member of staff in the school's employ; a \(subject.kind.label.en) has no employment contract, cao or salary; nothing was made",
                hint: Phrase(
                    "Leg afspraken vast in een notitie (casus note) of nodig uit voor een gesprek (sjabloon uitnodiging-gesprek).",
                    "Record agreements in a note (casus note) or invite them to a talk (template uitnodiging-gesprek).")
            )
        }
    }

    /// A filed text, the obligations it fulfilled at once (a phone note, a report of aangifte),
    /// and, for a letter, the open obligations it will fulfil once it is recorded as sent.
    public struct Filed: Sendable {
        public var entry: DossierEntry
        public var done: [Obligation]
        public var fulfils: [Obligation]
        /// Filed in a case that is closed: said, with when and how, as another director may have
        /// closed it while this letter was being written (a letter was filed, the close unsaid, a
        /// review). Nil in an open case.
        public var closed: Phrase? = nil
    }

    /// Files the (edited) text in the case's dossier. A letter's obligation (e.g. the written
    /// decision to the parents) stays open until the letter is recorded as sent (`sent`): filing
    /// is not sending. A text that is not a letter (a phone note) fulfils its obligation at once.
    /// `again`: file it even when the same letter is already in the case (`sameLetter`).
    @discardableResult
    public func file(case id: CaseID, template: LetterTemplate, body: String, again: Bool = false) throws -> Saved<
        Filed
    > {
        try session.require(.correspond)
        let text = body.trimmed
        try Self.checkFilable(text, template: template)
        let cases = CaseWorkflow(session: session)
        return try session.write { tx in
            // The text's place in the dossier is asked for with the case's first read.
            try tx.willAppend(toCase: id)
            let (h, _, owner) = try cases.history(tx.r, id)
            try Self.check(template, fits: h.subject)
            let step = try Self.step(of: template, in: h.steps, number: h.record.number, kind: h.subject.kind)
            try Self.requireCurrent(
                template, step: step, in: h.steps, ended: h.summaryDismissal, obligations: h.obligations,
                number: h.record.number,
                kind: h.subject.kind, unchanged: Phrase("er is niets opgeslagen", "nothing was saved"))
            // A letter only; the lines counted as the director wrote them (before trimming).
            if template.entryKind == .letter { try checkNoOtherPupils(h, owner: owner, body, in: tx.r) }
            // Read in the write's own transaction: of two directors filing at once, the second
            // sees the first's letter (each filed theirs, for good, a review).
            if !again, let earlier = Self.sameLetter(text, template: template, in: h) {
                throw Self.alreadyFiled(earlier, template: template)
            }
            // A letter on an objection: after the objection; its decision after the hearing on it.
            if template.needsObjection {
                try Self.requireObjection(
                    h.obligations, h.record, unchanged: Phrase("er is niets opgeslagen", "nothing was saved"))
            }
            if template.fulfils.contains(.objectionDecision) {
                try CaseWorkflow.requireObjectionHeard(
                    h, at: tx.now, sendings: try tx.r.letterSendings(dossier: owner.id))
            }
            if template.fulfils.contains(.aangifte), h.record.status == .open,
                let inform = h.obligations.first(where: { $0.kind == .informBeforeAangifte && !$0.isDone })
            {
                let src = Law.meldplicht(h.legal.sector).aangifte.bracketed
                throw CasusError.refused(
                    "vóór de aangifte worden de ouders van de leerling en de betrokkene geïnformeerd\(src.nl)",
                    "before the police report the pupil's parents and the accused are informed\(src.en)",
                    hint: Phrase(
                        "Vink dat eerst af: `casus case done \(h.record.number) --obligation \(inform.kind.rawValue)`. Er is niets opgeslagen.",
                        "Mark that done first: `casus case done \(h.record.number) --obligation \(inform.kind.rawValue)`. Nothing was saved."
                    ))
            }
            let entry = try tx.append(
                EntryDraft(
                    kind: template.entryKind, title: "\(template.title) — zaak \(h.record.number)",
                    body: text, caseID: id), to: owner.id, at: tx.now)
            let answered =
                h.record.status == .open ? Self.answered(by: Set(template.fulfils), in: h, written: entry.at) : []
            let closed = Self.closedNotice(h.record)
            guard template.entryKind != .letter else {
                return Filed(entry: entry, done: [], fulfils: answered, closed: closed)
            }
            let done = try answered.map {
                try cases.complete(
                    $0, of: h.record, dossier: owner.id, entry: entry.id, via: template.id, in: tx, at: tx.now)
            }
            return Filed(entry: entry, done: done, fulfils: [], closed: closed)
        }
    }

    /// "Zaak 2026-0011 is gesloten (06-12-2026 10:49, gegrond: …)", for a text filed in a closed case.
    static func closedNotice(_ c: Case) -> Phrase? {
        guard c.status == .closed else { return nil }
        let when = c.closedAt.map { " " + $0.dutch() } ?? ""
        let outcome = c.outcome ?? .founded
        let why = c.closeReason.map { ": " + TerminalText.oneLine($0) } ?? ""
        return Phrase(
            "let op: zaak \(c.number) is gesloten\(when) (\(outcome.label.nl)\(why)); de brief staat in het dossier, bij de gesloten zaak",
            "note: case \(c.number) is closed\(when) (\(outcome.label.en)\(why)); the letter is in the dossier, with the closed case"
        )
    }

    /// A letter on an objection is written in a case that has one recorded: the invitation to a
    /// hearing on an objection that never came was drafted with its day left blank.
    static func requireObjection(_ obligations: [Obligation], _ c: Case, unchanged: Phrase) throws {
        guard !obligations.contains(where: { $0.kind == .objectionDecision }) else { return }
        throw CasusError.refused(
            "zaak \(c.number) heeft geen bezwaar vastgelegd; \(unchanged.nl)",
            "case \(c.number) has no objection recorded; \(unchanged.en)",
            hint: Phrase(
                "Een bezwaar richt zich tegen een besluit (een verwijdering, op een openbare school ook een schorsing); kwam er bezwaar tegen een besluit van deze zaak, leg het dan eerst vast: `casus case objection \(c.number) --received JJJJ-MM-DD`.",
                "An objection is against a decision (a removal; at an openbare school a suspension too); if one came in against a decision of this case, record it first: `casus case objection \(c.number) --received YYYY-MM-DD`."
            ))
    }

    /// For each of these texts, the same letter already in the case, if any (as `file` would
    /// refuse it): a caller filing several files only those not there yet, and is refused when
    /// all are (a letter filed to one parent with `--to` made the letters to both refused, a review).
    public func earlierCopies(case id: CaseID, template: LetterTemplate, bodies: [String]) throws -> [DossierEntry?] {
        let cases = CaseWorkflow(session: session)
        let h = try session.read { r in try cases.history(r, id).0 }
        return bodies.map { Self.sameLetter($0.trimmed, template: template, in: h) }
    }

    /// An addressee inside a sentence: "aan de heer D. de Bruijn en mevrouw H. de Vries", each
    /// title written small (an address block's line starts with a capital).
    public static func inSentence(_ addressee: String) -> String {
        var out = addressee
        for title in ["De heer ", "Mevrouw "] {
            if out.hasPrefix(title) { out = title.lowercased() + out.dropFirst(title.count) }
            out = out.replacingOccurrences(of: " en " + title, with: " en " + title.lowercased())
        }
        return out
    }

    /// The same letter already in the case: from this template, to the same address, filed since
    /// the step it is written from. Two directors filing at once, or one twice, filed it twice, for
    /// good (a review filed six suspension decisions from three shells).
    static func sameLetter(_ text: String, template: LetterTemplate, in h: CaseHistory) -> DossierEntry? {
        guard template.entryKind == .letter, template.isAddressed else { return nil }
        let title = "\(template.title) — zaak \(h.record.number)"
        let block = addressBlock(text)
        let since = template.step(in: h.steps)?.at
        return h.entries.last { (e: DossierEntry) -> Bool in
            guard e.kind == .letter, e.caseID == h.record.id, e.title == title else { return false }
            // Filed since the step (to the second: a letter filed in the second a new step was
            // taken counts as the new step's).
            if let since, e.at < since { return false }
            return addressBlock(e.body) == block
        }
    }

    /// Refuses a letter a correction stands against (written on or before `day`, or at all): it
    /// does not go out again, printed or recorded as sent. `said`: the refusal, given the
    /// corrections' numbers ("#7, #9").
    static func refuseCorrected(
        _ e: DossierEntry, in r: any StorageReader, by day: LocalDate?, _ said: (String) -> Phrase
    ) throws {
        let seqs = Dossiers.corrections(of: e.seq, in: try r.timelineOutline(dossier: e.dossierID))
        guard !seqs.isEmpty else { return }
        let standing = try r.entries(dossier: e.dossierID, seqs: seqs).filter { c in
            day.map { c.at.localDate() <= $0 } ?? true
        }
        guard !standing.isEmpty else { return }
        throw CasusError(
            .refused, said(standing.map { "#\($0.seq)" }.joined(separator: ", ")),
            hint: Phrase(
                "Een gecorrigeerde brief gaat niet opnieuw uit: schrijf de brief opnieuw met de juiste feiten (`casus letter ZAAK`). Ging deze brief uit vóór de correctie, geef dan die dag (--on). De correctie staat in het dossier.",
                "A corrected letter does not go out again: write the letter anew with the right facts (`casus letter CASE`). If this letter went out before the correction, give that day (--on). The correction stands in the dossier."
            ))
    }

    /// A filed letter's addressee as its address block names them ("Mevrouw F. El Amrani").
    public static func addressee(of e: DossierEntry) -> String? {
        // A letter read without its head (an IB) names no one: "aan Geachte …" (a review).
        guard e.kind == .letter, !LetterHead.isCut(e.body) else { return nil }
        let lines = e.body.split(separator: "\n", omittingEmptySubsequences: false)
        if let found = addressLines(lines) {
            // Both parents at one address, each on a line with a title: one letter to both was shown
            // as to the first alone (a review).
            var names = [lines[found.name].trimmingCharacters(in: .whitespaces)]
            var i = found.name + 1
            while i < found.address.upperBound, isTitled(lines[i]) {
                names.append(lines[i].trimmingCharacters(in: .whitespaces))
                i += 1
            }
            return names.joined(separator: " en ")
        }
        return addressBlock(e.body).first { line in line.contains { $0.isLowercase } }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Where a letter's addressee stands: the first paragraph of short lines holding a line that
    /// begins with a postcode ("8019 AB  ZWOLLE", "1000 Bruxelles": `LetterHead.isPostcodeLine`), the
    /// name two lines above it (the street between), and the address lines from the street on; nil
    /// when the letter has no such paragraph. `from`: the first line looked at (the letter's first
    /// is its sender's).
    static func addressLines(_ lines: [Substring], from first: Int = 1) -> (
        block: Range<Int>, name: Int, address: Range<Int>
    )? {
        func blank(_ i: Int) -> Bool { lines[i].trimmingCharacters(in: .whitespaces).isEmpty }
        var from = first
        var start = 0
        var postcode = 0
        var end = 0
        repeat {
            guard
                let line = lines.indices.dropFirst(from).first(where: {
                    LetterHead.isPostcodeLine(String(lines[$0]))
                }), line >= first + 1
            else { return nil }
            postcode = line
            start = postcode
            while start > first, !blank(start - 1) { start -= 1 }
            end = postcode + 1
            while end < lines.count, !blank(end) { end += 1 }
            from = end
            // A paragraph of the letter's text is no address block, though a line of it begins
            // "2026 is …": it was left out of a parent's copy as one (a review). Its lines end in a
            // full stop, or run long.
        } while (start..<end).contains(where: { i in
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            return line.count > 60 || line.last.map { ".!?".contains($0) } == true
        })
        // The name: the line with a title ("Mevrouw", "De heer", "Aan de ouders"), else the first
        // with small letters and no digit or "@"; the lines under it are the address, however
        // many ("Appartement 3" under the street left the street in, a review).
        let range = start..<postcode
        let titled = range.first { isTitled(lines[$0]) }
        let plain = range.first { i in
            lines[i].contains { $0.isLowercase } && !lines[i].contains { $0.isNumber || $0 == "@" }
        }
        guard let name = titled ?? plain ?? (postcode > start ? postcode - 1 : nil) else { return nil }
        return (start..<end, name, (name + 1)..<end)
    }

    /// A line that names an addressee by title ("Mevrouw", "De heer", "Aan de ouders").
    static func isTitled(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces).lowercased().contains(
            /^(mevrouw|de heer|heer|dhr\.?|mw\.?|mevr\.?|familie|fam\.?|de ouders|aan|ms\.?|mr\.?|mrs\.?)\b/)
    }

    /// The measures of the employee's other cases a letter of `step` reads; for a summary dismissal
    /// not an ordemaatregel still to begin that was never made known (its letter not recorded as
    /// sent), nor one whose end was decided before: the dismissal's letter called the one
    /// "opgelegd" and said the other ended with it (legal reviews).
    static func measuresElsewhere(
        of detail: CaseDetail, besides id: CaseID, kind: SubjectKind, endedOn step: Step?, _ r: any StorageReader
    ) throws -> [Step] {
        var measures = try CaseWorkflow.measuresElsewhere(of: detail.subjectCases, besides: id, kind: kind, r)
        guard let step, step.rung == .summaryDismissal else { return measures }
        for c in Set(measures.filter { $0.rung == .precautionarySuspension }.map(\.caseID)) {
            // The case's ordemaatregels are among its measures: what pairs them with their duties.
            let steps = measures.filter { $0.caseID == c }
            let (obligations, facts) = (try r.obligations(case: c), try r.facts(case: c))
            if Step.measureEndDecided(steps, obligations, facts, by: step.date) {
                measures.removeAll { $0.caseID == c && $0.rung == .precautionarySuspension }
                continue
            }
            let unannounced = Step.unannouncedMeasures(steps, obligations, facts)
            measures.removeAll { unannounced.contains($0.id) && ($0.startDate ?? $0.date) > step.date }
        }
        return measures
    }

    /// A letter's address block: the lines after its first (the school's name), up to the blank
    /// line after them (every template opens so).
    static func addressBlock(_ body: String) -> [Substring] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        return addressBlockRange(lines).map { Array(lines[$0]) } ?? []
    }

    /// Where a letter's address block stands in its lines: the first paragraph after the school's
    /// line that has a line with small letters (the addressee's name). A paragraph of capitals
    /// above it ("AANGETEKEND EN PER E-MAIL", a blank line under it, as the staff templates write)
    /// is passed over: it was taken for the address, and the export gave the address out (a review).
    static func addressBlockRange(_ lines: [Substring]) -> Range<Int>? {
        func blank(_ i: Int) -> Bool { lines[i].trimmingCharacters(in: .whitespaces).isEmpty }
        // The paragraph with a Dutch postcode is the address, whatever stands above it
        // ("Persoonlijk en vertrouwelijk / Per aangetekende post" was taken for it, a review).
        if let postal = addressLines(lines) { return postal.block }
        var i = 1
        while i < lines.count {
            while i < lines.count, blank(i) { i += 1 }
            var end = i
            while end < lines.count, !blank(end) { end += 1 }
            guard i < end else { return nil }
            if lines[i..<end].contains(where: { line in line.contains { $0.isLowercase } }) { return i..<end }
            i = end
        }
        return nil
    }

    /// The refusal of a letter that is already in the case as `earlier`.
    public static func alreadyFiled(_ earlier: DossierEntry, template: LetterTemplate) -> CasusError {
        // The addressee's line: not a line of capitals above it ("AANGETEKEND").
        let name = addressBlock(earlier.body).first { line in line.contains { $0.isLowercase } }.map {
            inSentence(String($0))
        }
        let to = name.map { " aan \($0)" } ?? ""
        let toEn = name.map { " to \($0)" } ?? ""
        let when = earlier.at.dutch()
        let who = earlier.authorName.isEmpty ? earlier.author : earlier.authorName
        return CasusError(
            .refused,
            Phrase(
                "deze brief staat al in de zaak: ‘\(template.title)’\(to), \(earlier.reference.nl), opgeslagen op \(when) door \(who); er is niets opgeslagen",
                "this letter is already in the case: ‘\(template.title)’\(toEn), \(earlier.reference.en), filed on \(when) by \(who); nothing was saved"
            ),
            hint: Phrase(
                "Is dit bewust een tweede brief (een verbeterde versie), sla hem dan op met --again (op het scherm: Enter nog eens). Een stuk blijft in het dossier.",
                "If this is meant as a second letter (a corrected version), file it with --again (on the screen: Enter once more). An entry stays in the dossier for good."
            ), canInsist: true)
    }

    /// Whether a letter's text can be filed: not empty, and none of the template's `[…]` left to
    /// fill in (a missing address names the command that records it); brackets the director
    /// typed are theirs. Checked again by `file`; a caller filing several letters checks them all
    /// first, so none is filed when one cannot be.
    public static func checkFilable(_ body: String, template: LetterTemplate) throws {
        let text = body.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "de brief is leeg; er is niets opgeslagen", "the letter is empty; nothing was saved")
        }
        let unfilled = template.fields.firstUnfilled(in: text)
        if let (placeholder, line) = unfilled,
            placeholder.hasPrefix(LetterContext.missingAddress) || placeholder.hasPrefix(LetterContext.missingParents)
        {
            var command = String(placeholder.drop { $0 != ":" }.dropFirst())
            while let last = command.last, last == "]" || last == "…" { command.removeLast() }
            command = command.trimmed
            if placeholder.hasPrefix(LetterContext.missingParents) {
                throw CasusError.invalid(
                    "de brief heeft nog geen adres: de leerling heeft geen ouders/verzorgers in casus (regel \(line)); er is niets opgeslagen",
                    "the letter has no address yet: the pupil has no parents/guardians in casus (line \(line)); nothing was saved",
                    hint: Phrase(
                        "Voeg ze toe met `\(command) --name … --street … --postcode … --town …` en maak de brief opnieuw, of typ het adres op die regel.",
                        "Add them with `\(command) --name … --street … --postcode … --town …` and make the letter again, or type the address on that line."
                    ))
            }
            throw CasusError.invalid(
                "de brief heeft nog geen adres (regel \(line): \(placeholder)); er is niets opgeslagen",
                "the letter has no address yet (line \(line): \(placeholder)); nothing was saved",
                hint: Phrase(
                    "Leg het adres vast met `\(command)` (met de straat en het huisnummer, de postcode en de plaats na die opties) en maak de brief opnieuw, of typ het adres op die regel.",
                    "Record the address with `\(command)` (with the street and number, the postcode and the town after those options) and make the letter again, or type the address on that line."
                ))
        } else if let (placeholder, line) = unfilled {
            throw CasusError.invalid(
                "de brief bevat nog een niet ingevuld veld \(placeholder) op regel \(line); er is niets opgeslagen",
                "the letter still holds an unfilled field \(placeholder) on line \(line); nothing was saved",
                hint: Phrase(
                    "Vervang het hele veld, haken en al (het loopt soms over meer regels), door wat het vraagt (of haal het weg) en sla de brief opnieuw op.",
                    "Replace the whole field, brackets and all (it may run over more lines), with what it asks for (or remove it), and save the letter again."
                ))
        }
    }

    /// The obligations one text from a template that fulfils `fulfils` answers: of each kind, the
    /// newest still open, the one of the step the template writes about (its latest). One letter is
    /// one decision: the letter of a second suspension ticked the first suspension's decision too.
    /// `written`: when the letter was written; a written decision's letter answers the decision it
    /// was written for (`CaseWorkflow.decisionWindow`), not the newest: a ban's letter sent after its
    /// extension ticked the extension's decision, and left its own open (a review).
    static func answered(by fulfils: Set<ObligationKind>, in h: CaseHistory, written: Timestamp? = nil)
        -> [Obligation]
    {
        var kinds = Set<ObligationKind>()
        return h.obligations.filter { Self.answers($0, fulfils, of: h.record) }
            .filter { o in
                guard let written, o.kind.isDoneByLetter else { return true }
                return CaseWorkflow.decisionWindow(o, in: h).holds(written)
            }
            // A notice to the Inspectie is of the decision it was written from, the latest at its
            // writing (`LetterTemplate.step(in:)`): one written of a suspension, sent after a
            // removal, ticked the removal's notice too (a review).
            .filter { o in
                guard let written, o.kind.isNotice, fulfils.contains(.inspectieSuspension) else { return true }
                guard let reported = CaseWorkflow.reported(o.kind, steps: h.steps, facts: h.facts), reported <= written
                else { return false }
                let from = h.decisions.last { [.suspension, .removal].contains($0.rung) && $0.at <= written }?.rung
                return from == (o.kind == .inspectieSuspension ? .suspension : .removal)
            }
            .sorted { ($0.due, $0.id) > ($1.due, $1.id) }
            .filter { kinds.insert($0.kind).inserted }
    }

    /// Whether a text from a template that fulfils `fulfils` answers the open obligation `o`.
    /// Under the meldplicht the consultation's outcome (suspicion yes/no) ticks the
    /// vertrouwensinspecteur obligation (`casus case consult`), not a phone note or a letter.
    static func answers(_ o: Obligation, _ fulfils: Set<ObligationKind>, of record: Case) -> Bool {
        !o.isDone && fulfils.contains(o.kind) && !(record.flags.meldplicht && o.kind == .vertrouwensinspecteur)
    }

    /// A letter recorded as sent, and the obligations that were done with it.
    public struct Sent: Sendable {
        public var sending: LetterSending
        public var entry: DossierEntry
        /// Whose dossier the letter is in, and its case's number: said with what was recorded, so a
        /// number typed wrong is seen at once.
        public var owner = ""
        public var caseNumber: String?
        public var done: [Obligation]
        /// A decision's obligations that wait for its other letters (to the pupil and to each
        /// parent's address): each with the addressees no letter of it was recorded as sent to.
        public var waiting: [(Obligation, to: [String])] = []
        /// The decision's other letters filed and not yet recorded as sent: what to send, by id (the
        /// advice said to make with `casus letter` a letter that lay filed, a review).
        public var pending: [DossierEntry] = []
        /// A registered letter's duty left open: the letter went another way.
        public var notRegistered: Obligation?
        /// The last day for an objection counted from this letter's sending, when the letter names
        /// another (it counts from the day it was made), with the source of the term.
        public var objectionDeadline: (day: LocalDate, source: LegalSource)?
        /// Obligations this sending ticked after their day: said, with what to record (a summary
        /// dismissal's "onverwijld" was ticked by a letter sent two days late without a word, a review).
        public var late: [Obligation] = []
        /// A voornemen's term to respond, moved to run from this sending (`respondTermFromSending`),
        /// and whether the letter names that day.
        public var respondTerm: (due: LocalDate, named: Bool)?

        /// What the director is told besides what was done: the letters still to send, and a
        /// letter that names an earlier last day for an objection than its sending gives.
        public var notes: [Phrase] {
            waitingLines
                + (notRegistered.map { o in
                    [
                        Phrase(
                            "nog niet afgevinkt: \(o.kind.label.nl): de brief ging \(sending.via.label.nl), niet aangetekend (een brief wordt aangetekend of tegen ontvangstbevestiging overhandigd). Gaat hij ook aangetekend: sla dat exemplaar op met `casus letter \(caseNumber ?? "ZAAK") --template voornemen-maatregel --again --edit` (de velden ingevuld als in de eerste) en leg het vast met `casus letter sent STUK --via registered` (of hand); dan is het gedaan",
                            "not ticked yet: \(o.kind.label.en): the letter went \(sending.via.label.en), not registered (a letter goes by registered post or is handed over against a signature). If it also goes registered: file that copy with `casus letter \(caseNumber ?? "CASE") --template voornemen-maatregel --again --edit` (its fields filled in as in the first) and record it with `casus letter sent ENTRY --via registered` (or hand); then it is done"
                        )
                    ]
                } ?? [])
                + late.map { o in
                    Phrase(
                        "let op: \(o.kind.label.nl) was uiterlijk op \(o.due.dutch) en is nu, op \(sending.on.dutch), afgevinkt; leg in het dossier vast waarom het later gebeurde (`casus note`)",
                        "note: \(o.kind.label.en) was due on \(o.due.iso) and is now ticked, on \(sending.on.iso); record in the dossier why it came later (`casus note`)"
                    )
                        // A summary dismissal takes effect when it reaches the employee, unless told by
                        // mouth: the case kept the decision's day as the end, and the two months to go
                        // to court with it (a review).
                        + (o.kind == .urgentReason
                            ? Phrase(
                                ". Werd het ontslag niet op \(o.due.dutch) mondeling meegedeeld, leg dan het einde vast op de dag dat deze brief de werknemer bereikte: `casus case ended \(caseNumber ?? "ZAAK") --on DATUM`; de twee maanden voor de kantonrechter lopen vanaf dat einde",
                                ". If the dismissal was not told by mouth on \(o.due.iso), record the end on the day this letter reached the employee: `casus case ended \(caseNumber ?? "CASE") --on DATE`; the two months to go to court run from that end"
                            ) : Phrase("", ""))
                }
                + (respondTerm.map { due, named in
                    [
                        Phrase(
                            "de termijn voor de zienswijze loopt vanaf de verzending: tot en met \(due.dutchLong); het besluit kan pas daarna volgen (of na de zienswijze)"
                                + (named
                                    ? ""
                                    : ". De brief noemt een eerdere dag: laat de medewerker weten dat een zienswijze tot en met \(due.dutchLong) op tijd is"),
                            "the term for the employee's view runs from the sending: up to and including \(due.iso); the decision can follow only after it (or after the view)"
                                + (named
                                    ? ""
                                    : ". The letter names an earlier day: tell the employee that a view up to and including \(due.iso) is in time")
                        )
                    ]
                } ?? [])
                + (objectionDeadline.map { due, source in
                    [
                        Phrase(
                            "let op: de brief noemt als laatste dag voor bezwaar niet \(due.dutchLong); de zes weken lopen vanaf de dag na de verzending op \(sending.on.dutch), dus tot en met \(due.dutchLong) (\(source.printed.nl)). Een bezwaar tot die dag is op tijd: laat de ontvanger dat weten, of maak de brief opnieuw met `casus letter` en leg die als verzonden vast",
                            "note: the letter does not name \(due.iso) as the last day for an objection; the six weeks run from the day after it was sent on \(sending.on.iso), so up to and including \(due.iso) (\(source.printed.en)). An objection up to that day is in time: tell the addressee, or make the letter again with `casus letter` and record that one as sent"
                        )
                    ]
                } ?? [])
        }

        /// "nog niet afgevinkt: … (nog geen brief van dit besluit als verzonden vastgelegd aan: R. Vos …)".
        public var waitingLines: [Phrase] {
            waiting.map { o, names in
                let who = names.joined(separator: ", ")
                if !pending.isEmpty {
                    let ids = pending.map { "stuk \($0.id) (#\($0.seq))" }.joined(separator: ", ")
                    let first = pending[0].id
                    return Phrase(
                        "nog niet afgevinkt: \(o.kind.label.nl) (nog geen brief van dit besluit als verzonden vastgelegd aan: \(who); opgeslagen en nog niet verzonden: \(ids); leg de verzending vast met `casus letter sent \(first) --via post|registered|mail|hand`)",
                        "not yet done: \(o.kind.label.en) (no letter of this decision recorded as sent yet to: \(who); filed and not yet sent: \(ids.replacingOccurrences(of: "stuk", with: "entry")); record its sending with `casus letter sent \(first) --via post|registered|mail|hand`)"
                    )
                }
                return Phrase(
                    "nog niet afgevinkt: \(o.kind.label.nl) (nog geen brief van dit besluit als verzonden vastgelegd aan: \(who); maak die met `casus letter`, leg de verzending vast met `casus letter sent`; ging een brief wel naar hen maar begint het adresblok anders, vink dan af met `casus case done ZAAK --obligation \(o.kind.rawValue) --entry STUK`)",
                    "not yet done: \(o.kind.label.en) (no letter of this decision recorded as sent yet to: \(who); make it with `casus letter`, record its sending with `casus letter sent`; if a letter did go to them under another address block, tick it with `casus case done CASE --obligation \(o.kind.rawValue) --entry ENTRY`)"
                )
            }
        }
    }

    /// Records that a filed letter was sent (`on` a day, `via` post, e-mail or by hand): an event
    /// on its dossier. The case's open obligations that the letter's template answers (found in
    /// `library` by the title casus gave the letter) are done with it. A letter is sent once; the
    /// day lies between its filing and today. `inCase`: the case the letter is of, as the director
    /// knows it (`--case`, resolved as every command resolves a case): a letter of another case (an
    /// id typed wrong: the sending is kept for good) is refused.
    @discardableResult
    public func sent(
        entry id: EntryID, on date: LocalDate, via: SendMethod, library: LetterLibrary, inCase: CaseID? = nil
    ) throws -> Saved<Sent> {
        try session.require(.correspond)
        let cases = CaseWorkflow(session: session)
        return try session.write { tx in
            let (e, owner) = try letter(
                id, in: tx.r, onlyALetter: Phrase("alleen een brief wordt verzonden", "only a letter is sent"),
                unchanged: Phrase("; er is niets vastgelegd", "; nothing was recorded"))
            let number = try e.caseID.flatMap { try tx.r.caseRecord(id: $0)?.number }
            if let inCase, inCase != e.caseID {
                let of = number.map { Phrase("zaak \($0)", "case \($0)") } ?? Phrase("geen zaak", "no case")
                let asked = try tx.r.caseRecord(id: inCase)?.number ?? String(inCase)
                throw CasusError.refused(
                    "stuk \(id) is een brief van \(of.nl) in het dossier van \(owner.name), niet van zaak \(asked); er is niets vastgelegd",
                    "entry \(id) is a letter of \(of.en) in the dossier of \(owner.name), not of case \(asked); nothing was recorded",
                    hint: Phrase(
                        "`casus case show \(asked)` toont de brieven van de zaak met hun stuknummer.",
                        "`casus case show \(asked)` lists the case's letters with their entry ids."))
            }
            // A letter corrected before the day it is said to be sent is not recorded as sent: it
            // went out with the wrong fact, and ticked the written decision (WPO art. 40c lid 2,
            // a review). One sent before its correction is recorded as it was.
            try Self.refuseCorrected(e, in: tx.r, by: date) {
                Phrase(
                    "stuk nr. \(e.seq) is gecorrigeerd door \($0), op of vóór \(date.dutch); een gecorrigeerde brief wordt niet als verzonden vastgelegd; er is niets vastgelegd",
                    "entry no. \(e.seq) is corrected by \($0), on or before \(date.dutch); a corrected letter is not recorded as sent; nothing was recorded"
                )
            }
            var sendings = try tx.r.letterSendings(dossier: owner.id)
            // Recorded meanwhile (in another session, or before): nothing left to put right, so the
            // screen's dialog closes and reads again (its date box stayed open, a review).
            if let earlier = sendings[id] {
                throw CasusError(
                    .refused,
                    Phrase(
                        "stuk \(id) is al vastgelegd als \(earlier.summary.nl); er is niets veranderd",
                        "entry \(id) was already recorded as \(earlier.summary.en); nothing was changed"),
                    staleState: true)
            }
            let filed = e.at.localDate()
            guard date >= filed, date <= session.today else {
                throw CasusError.invalid(
                    "verzonden op \(date.dutch) kan niet: de brief is opgeslagen op \(filed.dutch) en vandaag is het \(session.today.dutch); er is niets vastgelegd",
                    "sent on \(date.iso) cannot be: the letter was filed on \(filed.iso) and today is \(session.today.iso); nothing was recorded",
                    hint: Phrase(
                        "Geef de dag waarop de brief de deur uit ging (op het scherm dd-mm-jjjj, met --on JJJJ-MM-DD), niet vóór het opslaan en niet in de toekomst.",
                        "Give the day the letter left the school (dd-mm-yyyy on the screen, --on YYYY-MM-DD), not before filing and not in the future."
                    ))
            }
            // Known by casus's own title too: a school that renamed a template ticked nothing with
            // the letters it had filed before (a review).
            let made =
                library.template(ofFiledTitle: e.title) ?? CaseWorkflow.builtinLetters?.template(ofFiledTitle: e.title)
            let fulfils = Set(made?.fulfils ?? [])
            let ofAMeasure = made?.makesKnownAnotherMeasureThanADismissal ?? false
            // The case as it stands, read once for both uses below.
            let h = try e.caseID.flatMap { id in
                !fulfils.isEmpty || ofAMeasure ? try cases.history(tx.r, id).0 : nil
            }
            // A letter of another measure did not go out after a summary dismissal ended the employment
            // (BW art. 7:677 lid 1): an ordemaatregel's letter, promising salary, was recorded as handed
            // over the day after (a legal review).
            if let made, ofAMeasure, let h, let dismissal = h.summaryDismissal, date > dismissal.date {
                let duty = made.fulfils.first.map(\.rawValue) ?? "…"
                throw CasusError.refused(
                    "het dienstverband eindigde met het ontslag op staande voet \(dismissal.bracketed.nl)\(Law.bw7677.bracketed.nl); ‘\(made.title)’ kan daarna niet zijn uitgegaan; er is niets vastgelegd",
                    "the employment ended with the summary dismissal \(dismissal.bracketed.en)\(Law.bw7677.bracketed.en); ‘\(made.title)’ cannot have gone out after it; nothing was recorded",
                    hint: Phrase(
                        "Ging de brief vóór het ontslag de deur uit, geef dan die dag. Ging hij niet, vink de verplichting af: zij vervalt met het ontslag (`casus case done \(number ?? "") --obligation \(duty)`).",
                        "If the letter left the school before the dismissal, give that day. If it did not, mark the duty done: it lapses with the dismissal (`casus case done \(number ?? "") --obligation \(duty)`)."
                    ))
            }
            // Nor after the duty it was for was recorded as lapsed with the employment: the case read
            // "vervallen" beside "persoonlijk overhandigd" of the same day (a legal review).
            if let made, let h,
                let lapsed = h.obligations.last(where: { o in
                    made.fulfils.contains(o.kind) && o.lapse(in: h.facts)?.kind == .dutyLapsed
                }), let why = lapsed.lapse(in: h.facts)
            {
                throw CasusError.refused(
                    "\(lapsed.kind.label.nl) is vastgelegd als vervallen (\(why.note), vastgelegd op \(why.date.dutch)); ‘\(made.title)’ kan daarna niet als verzonden worden vastgelegd; er is niets vastgelegd",
                    "\(lapsed.kind.label.en) was recorded as lapsed (\(why.note), recorded on \(why.date.iso)); ‘\(made.title)’ cannot be recorded as sent after that; nothing was recorded",
                    hint: Phrase(
                        "Ging de brief toch uit vóór het ontslag, leg dat dan vast in een notitie bij de zaak (n): de vervallen verplichting blijft staan zoals vastgelegd.",
                        "If the letter did go out before the dismissal, record that in a note on the case (n): the lapsed duty stays as recorded."
                    ))
            }
            let sending = LetterSending(
                entryID: id, dossierID: owner.id, caseID: e.caseID, on: date, via: via, recordedAt: tx.now,
                recordedBy: actor.account)
            try tx.record(sending: sending)
            try tx.audit(
                "letter.sent", person: owner.id, case: e.caseID,
                detail: "stuk \(id) (nr. \(e.seq)) \(via.rawValue) \(date.iso)")
            sendings[id] = sending
            var result = Sent(sending: sending, entry: e, owner: owner.name, caseNumber: number, done: [])
            if let h, !fulfils.isEmpty {
                if h.record.status == .open {
                    let parents = try tx.r.guardians(ofPupil: owner.id)
                    for o in Self.answered(by: fulfils, in: h, written: e.at) {
                        // The voornemen per aangetekende brief is done by a letter that can be shown
                        // to have arrived, not by an e-mail or ordinary post (a review).
                        if o.kind == .registeredLetter, !via.provesReceipt {
                            result.notRegistered = o
                            continue
                        }
                        let unsent = Self.unsentLetters(
                            of: o, title: e.title, in: h, owner: owner, parents: parents, sendings: sendings,
                            library: library)
                        if !unsent.isEmpty {
                            result.waiting.append((o, to: unsent))
                            let window = CaseWorkflow.decisionWindow(o, in: h)
                            result.pending += h.entries.filter { other in
                                other.kind == .letter && other.id != id && other.title == e.title
                                    && sendings[other.id] == nil && window.holds(other.at)
                                    && !result.pending.contains { $0.id == other.id }
                            }
                            continue
                        }
                        result.done.append(
                            try cases.complete(
                                o, of: h.record, dossier: owner.id, entry: id, via: "letter-sent", in: tx, at: tx.now))
                        if o.due < date { result.late.append(o) }
                        try Self.madeKnown(
                            o, on: Self.lastSent(of: o, title: e.title, in: h, sendings) ?? date, in: h, tx)
                        if let term = try Self.respondTermFromSending(o, sentOn: date, in: h, tx) {
                            result.respondTerm = (term, e.body.contains(term.dutchLong))
                        }
                    }
                }
                if let rung = fulfils.compactMap(\.decidedRung).first, rung != .timeOut,
                    let due = Self.objectionDeadline(in: e.body, sentOn: date)
                {
                    let source = rung == .removal ? Law.removalObjectionWindow(h.legal) : Law.awb67
                    result.objectionDeadline = (due, source)
                }
            }
            return result
        }
    }

    /// The last day for an objection counted from a decision letter's sending (StatutoryTerm), when
    /// its text says "uiterlijk op" another day: the letter counts from the day it was made, and a
    /// letter made on Friday and posted on Monday gave the parents three days too few. nil when it
    /// names that day (line breaks aside) or names no day.
    static func objectionDeadline(in body: String, sentOn day: LocalDate) -> LocalDate? {
        let text = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.contains("uiterlijk op") else { return nil }
        let due = StatutoryTerm.objection(madeKnown: day)
        return text.contains(due.dutchLong) ? nil : due
    }

    /// The day the last of a decision's letters went (`LetterContext.sentLetters`), in whatever
    /// order they were recorded (`letter sent --on` may name an earlier day last).
    static func lastSent(of o: Obligation, title: String, in h: CaseHistory, _ sendings: [EntryID: LetterSending])
        -> LocalDate?
    {
        sentDays(of: o, title: title, in: h, sendings).max()
    }

    /// The days each letter of a decision was sent (one per household).
    static func sentDays(of o: Obligation, title: String, in h: CaseHistory, _ sendings: [EntryID: LetterSending])
        -> [LocalDate]
    {
        let window = CaseWorkflow.decisionWindow(o, in: h)
        return LetterContext.sentLetters(
            of: o, title: title, steps: h.steps, letters: h.entries, sendings: sendings, since: window.from,
            until: window.to
        ).compactMap { sendings[$0.id]?.on }
    }

    /// A decision made known on `day` (its last letter sent): the parents' objection period runs
    /// from the day after (Awb art. 6:7 and 6:8), not from the day of the decision, which is where
    /// the step put it. The case's window moves to the day the letters say. Found by a legal review:
    /// a letter sent a week after the decision left the case's window a week short of the letter's.
    static func madeKnown(_ o: Obligation, on day: LocalDate, in h: CaseHistory, _ tx: Transaction) throws {
        guard o.kind.decidedRung != nil,
            let window = h.obligations.filter({ $0.kind == .objectionWindow && $0.id > o.id }).min(by: { $0.id < $1.id }
            )
        else { return }
        let due = StatutoryTerm.objection(madeKnown: day)
        if window.due != due { try tx.setDue(window, due: due, pausedFrom: window.pausedFrom) }
    }

    /// A voornemen's term for the employee's zienswijze runs from the day its registered letter
    /// went, not from the voornemen's day: a letter sent a month late left a term that had already
    /// passed, and the besluit could follow on the day the employee first heard of the voornemen
    /// (a review). The term moves to as many school days after the sending as it was set for
    /// after the voornemen (its own rule: `casus case step --respond-days`); never earlier. Nil
    /// when it did not move.
    static func respondTermFromSending(_ o: Obligation, sentOn day: LocalDate, in h: CaseHistory, _ tx: Transaction)
        throws -> LocalDate?
    {
        guard o.kind == .registeredLetter,
            let proposal = h.steps.last(where: {
                $0.phase == .proposal && h.obligations.registeredLetter(of: $0)?.id == o.id
            }),
            let term = h.obligations.filter({ $0.kind == .zienswijzeTerm && $0.id > o.id && !$0.isDone })
                .min(by: { $0.id < $1.id })
        else { return nil }
        let cal = h.calendar
        let days = cal.schoolDays(from: cal.schoolDay(onOrAfter: proposal.date).adding(days: 1), through: term.due)
        let due = cal.adding(schoolDays: days, to: day)
        guard due > term.due else { return nil }
        try tx.setDue(term, due: due, pausedFrom: term.pausedFrom)
        return due
    }

    /// To whom a decision about a pupil has not yet been sent, by the name its letter's address
    /// block starts with (`DecisionAddressees`: the pupil and, while under 21, the parents in VO;
    /// each parents' address): the decision's addressees now, less those its sent letters
    /// (`LetterContext.sentLetters`) are addressed to. Found by reviews: the first letter sent
    /// ticked the decision, and then a second copy to the pupil, or a parent's letter for a pupil
    /// the law writes to, counted as the letter still missing. Any obligation but a suspension's or
    /// a removal's decision waits for no letter (empty).
    static func unsentLetters(
        of o: Obligation, title: String, in h: CaseHistory, owner: Person, parents: [Person],
        sendings: [EntryID: LetterSending], library: LetterLibrary? = nil
    ) -> [String] {
        // The decision this obligation belongs to, and the letters written for it (before the next).
        let window = CaseWorkflow.decisionWindow(o, in: h)
        // A decision whose addressees casus does not derive (the decision on an objection, a time-out):
        // its other letters filed and not sent wait (the mother's letter was sent, the father's not,
        // and the decision on the objection was ticked, a review).
        if o.kind.isWrittenDecision, o.kind.decidedRung == nil || o.kind.decidedRung == .timeOut,
            let sent = h.entries.first(where: { $0.title == title && sendings[$0.id] != nil && window.holds($0.at) })
        {
            let made = CaseWorkflow.template(title, library)
            return CaseWorkflow.otherLetters(of: sent, made?.id, in: h, window: window, letters: library)
                .filter { sendings[$0.id] == nil }.map { "stuk \($0.id) (#\($0.seq))" }
        }
        guard let rung = o.kind.decidedRung, rung != .timeOut,
            let step = h.steps.last(where: { $0.rung == rung && $0.phase == .decision && $0.at == window.from })
                ?? h.steps.last(where: { $0.rung == rung })
        else { return [] }
        let groups = LetterContext.decisionAddressees(
            rung, subject: h.subject, owner: owner, parents: parents, sector: h.legal.sector, on: step.date)
        let sent = LetterContext.sentLetters(
            of: o, title: title, steps: h.steps, letters: h.entries, sendings: sendings, since: window.from,
            until: window.to)
        return LetterContext.unreached(groups, by: sent, owner: owner).map { LetterContext.nameLine($0, owner: owner) }
    }

    /// A filed letter laid out to print and sign (what `casus letter pdf` renders): the school's
    /// letterhead, the addressee (as the letter names them, else the parents or the subject as the
    /// case knows them), place and date, the text, the signature, and the entry's seq and hash.
    /// Its copy, once made, is recorded with `printed` (it was recorded before, and each PDF that
    /// a full disk or Ctrl-C then stopped left a line of a print never made, a review).
    public func document(entry id: EntryID, logoPath: String? = nil) throws -> LetterDocument {
        try session.require(.correspond)
        return try session.read { r -> LetterDocument in
            let (e, owner) = try letter(
                id, in: r,
                onlyALetter: Phrase(
                    "alleen een brief wordt een PDF om te ondertekenen", "only a letter becomes a PDF to sign"))
            // A corrected letter is not printed to sign again as if it still stood: the wrong fact
            // went out once more, the correction on no page (AVG art. 16, a review).
            try Self.refuseCorrected(e, in: r, by: nil) {
                Phrase(
                    "stuk nr. \(e.seq) is gecorrigeerd door \($0); er is geen PDF gemaakt",
                    "entry no. \(e.seq) is corrected by \($0); no PDF was made")
            }
            var sealed = try Self.layout(e, owner: owner, in: r, logoPath: logoPath)
            sealed.seal = try Self.seal(of: e, in: r).line.nl
            return sealed
        }
    }

    /// A copy of a filed letter was made (a PDF to sign, or its HTML): a read of the dossier,
    /// recorded in the audit log.
    /// `pdf`: the SHA-256 of the PDF's bytes, kept in the line: a PDF saved again by another
    /// program (a box drawn over a date, the file written anew) kept the letter's words and was
    /// certified (a review); now it is told from the file casus made (`DocumentCheck.SealCheck.pdf`).
    /// `pdf` nil: no PDF was made (no renderer), the letter went out as HTML to print, its bytes'
    /// SHA-256 `html` kept alike.
    public func printed(entry id: EntryID, pdf: String?, html: String? = nil) throws {
        try session.require(.correspond)
        let e = try session.read { r in
            try letter(id, in: r, onlyALetter: Phrase("alleen een brief wordt afgedrukt", "only a letter is printed")).0
        }
        try session.auditRead(
            "letter.print", person: e.dossierID, detail: PrintLine.detail(entry: id, seq: e.seq, pdf: pdf, html: html))
    }

    /// A `letter.print` line's detail, written here and read back by `verify --against`
    /// (`DocumentCheck.origin`): which letter, and the PDF's SHA-256 or that it was HTML.
    enum PrintLine {
        static func detail(entry id: EntryID, seq: Int64, pdf: String?, html: String? = nil) -> String {
            pdf.map { "stuk \(id) (nr. \(seq)) als PDF om te ondertekenen, pdf \($0)" }
                ?? "stuk \(id) (nr. \(seq)) als HTML om af te drukken" + (html.map { ", html \($0)" } ?? "")
        }

        /// For a line of the letter numbered `seq` in its dossier: whether it records a PDF (else an
        /// HTML copy), and the copy's SHA-256 (nil for one made before casus kept it); nil for
        /// another letter's line.
        static func read(_ detail: String, seq: Int64) -> (pdf: Bool, sha256: String?)? {
            guard detail.contains("(nr. \(seq))") else { return nil }
            if let sha = detail.firstMatch(of: /, pdf ([0-9a-f]{64})/).map({ String($0.1) }) { return (true, sha) }
            let html = detail.firstMatch(of: /, html ([0-9a-f]{64})/).map { String($0.1) }
            return (html == nil && detail.contains("als PDF"), html)
        }
    }

    /// A filed letter laid out as its PDF prints it (`document(entry:)`), read with `r`; also what
    /// `verify --against` holds a PDF's words to, where the letter's text has no letterhead,
    /// addressee, date or signature of its own and the page draws the case's.
    static func layout(_ e: DossierEntry, owner: Person, in r: any StorageReader, logoPath: String? = nil) throws
        -> LetterDocument
    {
        let school = try r.school(id: owner.schoolID)
        var subject: Person?
        if let caseID = e.caseID, let c = try r.caseRecord(id: caseID) { subject = try r.person(id: c.subjectID) }
        let addressee: [String]
        if let subject, subject.kind == .parent || subject.kind.isPersonnel {
            addressee = [subject.name]
        } else {
            let parents = try r.guardians(ofPupil: owner.id).map(\.name)
            addressee =
                parents.isEmpty
                ? ["De ouders/verzorgers van \(owner.name)"]
                : [
                    parents.count == 1
                        ? parents[0] : parents.dropLast().joined(separator: ", ") + " en " + parents.last!
                ]
        }
        let town = school?.town ?? ""
        let date = e.at.localDate().dutchLong
        return LetterDocument.from(
            text: e.body, title: e.title, schoolName: school?.name ?? "", schoolTown: town,
            addressee: addressee, placeAndDate: town.isEmpty ? date : "\(town), \(date)",
            signerName: e.authorName, signerFunction: "directeur", dossierName: owner.name,
            caseNumber: e.caseNumber, seq: e.seq, hash: e.printedHash, logoPath: logoPath)
    }

    /// The seal a filed letter carries when it leaves casus: the letter's own entry and the
    /// event chain's head now.
    public func seal(entry id: EntryID) throws -> Seal {
        try session.require(.correspond)
        return try session.read { r in
            let (e, _) = try letter(
                id, in: r, onlyALetter: Phrase("alleen een brief krijgt een ketenkop", "only a letter gets a seal"))
            return try Self.seal(of: e, in: r)
        }
    }

    /// A filed letter's seal: its own entry, and the event chain's head now; for a login that reads
    /// no event's hash, the event that filed the letter, the one place `verify --against` can hold a
    /// seal without a hash to (the head's place, unhashed, could be moved to any later event and
    /// pass, "0 gebeurtenissen sindsdien", a review).
    static func seal(of e: DossierEntry, in r: any StorageReader) throws -> Seal {
        var event = try r.eventHead()
        if event.hash.isEmpty,
            let filed = try r.sealedEvent(seq: event.seq, entry: (e.dossierID, e.seq), makers: nil)?.entryEvent
        {
            event = ChainHead(seq: filed, hash: "")
        }
        return Seal(.letter, dossier: e.dossierID, entry: ChainHead(seq: e.seq, hash: e.printedHash), event: event)
    }

    /// A filed letter this account may handle, with its dossier's owner. Another school's entry,
    /// or one the role may not see, does not exist for it; an entry that is no letter is refused
    /// with what only a letter can (`onlyALetter`).
    func letter(_ id: EntryID, in r: any StorageReader, onlyALetter: Phrase, unchanged: Phrase = Phrase("", ""))
        throws -> (DossierEntry, Person)
    {
        guard let e = try r.entry(id: id), let owner = try r.person(id: e.dossierID),
            AccessPolicy.maySeeDossier(of: owner, actor: actor), session.reaches(school: owner.schoolID)
        else {
            throw CasusError.notFound(
                "stuk \(id) bestaat niet (of u mag het niet zien)\(unchanged.nl)",
                "entry \(id) does not exist (or you may not see it)\(unchanged.en)",
                hint: Phrase(
                    "`casus dossier show PERSOON` toont de stukken met hun nummer.",
                    "`casus dossier show PERSON` lists the entries with their ids."))
        }
        guard e.kind == .letter else {
            throw CasusError.refused(
                "stuk \(id) is een \(e.kind.label.nl), geen brief; \(onlyALetter.nl)\(unchanged.nl)",
                "entry \(id) is a \(e.kind.label.en), not a letter; \(onlyALetter.en)\(unchanged.en)")
        }
        return (e, owner)
    }
}
