import CasusCore

/// The case screen as lines: subject, articles quoted, ladder with the current rung,
/// obligations with due dates (overdue marked), steps and the timeline of dossier entries.
enum CaseLayout {
    static func lines(
        _ d: CaseDetail, _ a: LadderAssessment?, width: Int, lang: Lang, today: LocalDate, keymap: Keymap = .standard
    ) -> [StyledLine] {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        // The service's advice names the command line's commands; the screen names its keys.
        func said(_ p: Phrase) -> String { ScreenWords.onScreen(p(lang), lang, keymap: keymap) }
        let w = max(20, width - 2)
        var out: [StyledLine] = []
        let c = d.record
        let kind = d.subject.kind.ladderKind

        var title = StyledLine()
        title.add(t("Zaak ", "Case ") + c.number, .bold)
        title.add(" · " + c.status.label(lang), c.status == .open ? .good : .dim)
        title.add(" · " + t("ernst: ", "severity: ") + c.severity.label(lang))
        // The protocol the case is handled under (not a second school): on the title line when it
        // fits, else on a line of its own below it.
        let protocolText = t("protocol: ", "protocol: ") + d.profile.name
        let titleWidth = title.segments.map { DisplayWidth.of($0.0) }.reduce(0, +)
        if titleWidth + 3 + DisplayWidth.of(protocolText) <= w {
            title.add(" · " + protocolText, .dim)
            out.append(title)
        } else {
            out.append(title)
            out.append(StyledLine(protocolText, .dim))
        }

        func field(_ label: String, _ value: String, _ style: Style = .plain) {
            let pad = 13
            let lines = DisplayWidth.wrap(value, to: max(8, w - pad))
            for (i, l) in lines.enumerated() {
                var line = StyledLine()
                line.add(i == 0 ? DisplayWidth.fit(label, to: pad) : String(repeating: " ", count: pad), .dim)
                line.add(l, style)
                out.append(line)
            }
        }
        var subject = "\(d.subject.name) — \(d.subject.kind.label(lang))"
        if let g = d.subject.group { subject += ", " + PupilGroup.label(g, d.school?.sector ?? .po)(lang) }
        if let f = d.subject.function { subject += ", \(f)" }
        field(t("Betrokkene", "Subject"), subject)
        let dossierKind =
            d.dossierOwner.kind.isPersonnel
            ? t("personeelsdossier", "staff dossier") : t("leerlingdossier", "pupil dossier")
        field("Dossier", "\(dossierKind) \(t("van", "of")) \(d.dossierOwner.name)")
        if let school = d.school {
            field(
                t("Wet", "Law"), school.legalLabel(staff: d.dossierOwner.kind.isPersonnel)(lang),
                school.isLegalRecordSet ? .plain : .warn)
        }
        if let i = d.incident {
            var meta = i.reportedAt.dutch()
            if let day = i.happenedOn { meta = t("gebeurd op ", "happened on ") + day.dutch + " · " + meta }
            if let p = i.platform { meta += " · \(p)" }
            if let r = i.reporterName { meta += t(" · gemeld door \(r)", " · reported by \(r)") }
            field(t("Melding", "Report"), meta)
            field("", i.summary)
        } else {
            // Kept from this reader (it names a staff member): said, not left out without a word (a review).
            field(
                t("Melding", "Report"),
                t(
                    "melding \(c.incidentID): niet te lezen voor uw rol (zij noemt een medewerker)",
                    "report \(c.incidentID): not readable for your role (it names a member of staff)"), .dim)
        }
        var flags: [String] = []
        if c.flags.criminal { flags.append(t("mogelijk strafbaar", "possibly criminal")) }
        if c.flags.crossing { flags.append(t("grensoverschrijdend", "grensoverschrijdend (crossing)")) }
        if c.flags.meldplicht { flags.append(t("meldplicht (zedendelict)", "meldplicht (sexual offence)")) }
        if c.flags.dataBreach { flags.append(t("mogelijk datalek", "possible data breach")) }
        if c.flags.meldcode { flags.append(t("meldcode", "meldcode")) }
        if !flags.isEmpty { field(t("Vlaggen", "Flags"), flags.joined(separator: " · "), .warn) }
        if c.status == .closed {
            let outcome = c.outcome ?? .founded
            field(
                t("Gesloten", "Closed"),
                (c.closedAt?.dutch() ?? "") + " · " + outcome.label(lang)
                    + (outcome.counts ? "" : t(" (telt niet als overtreding)", " (does not count as an offence)"))
                    + (c.closeReason.map { " — \($0)" } ?? ""), .dim)
        }

        out.append(.empty)
        out.append(StyledLine(t("Artikelen", "Articles"), .accent))
        for art in d.articles {
            var line = StyledLine()
            line.add("  \(art.id)  ", .bold)
            line.add(art.title)
            if let severity = art.severity { line.add("  (\(severity.label(lang)))", .dim) }
            out.append(line)
            // As the school's own document numbers it, then the quoted text.
            let cite = art.cite.prefix(1).uppercased() + art.cite.dropFirst()
            out += StyledLine.wrapped("\(cite): “\(art.text)”", width: w, indent: 4, style: .dim)
        }

        out.append(.empty)
        out.append(StyledLine(t("Ladder", "Ladder"), .accent))
        if let a {
            var ladder = StyledLine("  ")
            for (i, rung) in a.ladder.enumerated() {
                if i > 0 { ladder.add(" ─ ", .dim) }
                let label = rung.shortLabel(lang)
                if rung == a.current {
                    ladder.add("[\(label)]", Style(bold: true, reverse: true))
                } else if rung == a.suggested, d.record.status == .open {
                    // No next step is marked on a closed case (its "›" read as one to take, a review).
                    ladder.add("›\(label)", .accent)
                } else {
                    ladder.add(label)
                }
            }
            out.append(ladder)
            // A closed case has no next step (it said "Volgende: apparaat in bewaring", a review).
            let open = d.record.status == .open
            if open, let s = a.suggested {
                out += StyledLine.wrapped(
                    t("Volgende: ", "Next: ") + s.label(for: kind)(lang)
                        + (a.suggestionReason.map { " — " + said($0) } ?? ""),
                    width: w, indent: 2)
            } else if open, let why = a.suggestionReason {
                out += StyledLine.wrapped(said(why), width: w, indent: 2, style: .dim)
            }
            for diff in a.differences { out += StyledLine.wrapped(said(diff), width: w, indent: 2, style: .dim) }
            for advice in a.advice { out += StyledLine.wrapped(said(advice), width: w, indent: 2, style: .warn) }
        }

        out.append(.empty)
        out.append(StyledLine(t("Verplichtingen", "Obligations"), .accent))
        if d.obligations.isEmpty { out.append(StyledLine(t("  geen", "  none"), .dim)) }
        for o in d.obligations.sorted(by: { ($0.isDone ? 1 : 0, $0.due) < ($1.isDone ? 1 : 0, $1.due) }) {
            let overdue = c.status == .open && o.isOverdue(on: today)
            let lapse = o.lapse(in: d.facts)
            let waiting = o.isDeadlineForOthers || o.isPaused
            let mark = lapse != nil ? "–" : o.isDone ? "✓" : overdue ? "!" : waiting ? "·" : "○"
            let style: Style = o.isDone ? .dim : overdue ? .alarm : .plain
            var text = o.kind.label(lang)
            if overdue { text += t(" (te laat)", " (overdue)") }
            if let lapse {
                text += " — " + lapse.lapseLine(lang)
            } else if let done = o.doneAt {
                text += t(" — gedaan \(done.dutch())", " — done \(done.dutch())")
                if o.doneLate { text += t(" (te laat)", " (late)") }
                if let entry = o.entryID { text += t(" (stuk \(entry))", " (entry \(entry))") }
            }
            if o.isDeadlineForOthers, !o.isDone { text += t(" (termijn voor anderen)", " (someone else's term)") }
            if let paused = o.pausedFrom, !o.isDone {
                text += t(" (opgeschort sinds \(paused.dutch))", " (suspended since \(paused.dutch))")
            }
            for (i, part) in DisplayWidth.wrap(text, to: max(10, w - 17)).enumerated() {
                var line = StyledLine()
                line.add(i == 0 ? "  \(mark) \(o.due.dutch)  " : String(repeating: " ", count: 17), style)
                line.add(part, style)
                out.append(line)
            }
            if !o.note.isEmpty {
                out += StyledLine.wrapped(
                    ScreenWords.onScreen(o.remark(lang), lang, keymap: keymap), width: w, indent: 17, style: .dim)
            }
        }

        if !d.facts.isEmpty {
            out.append(.empty)
            out.append(StyledLine(t("Vastgelegd", "Recorded"), .accent))
            for f in d.facts {
                var text = "\(f.date.dutch)  \(f.kind.label(lang))"
                if !factValue(f, lang).isEmpty { text += ": " + factValue(f, lang) }
                if !f.note.isEmpty { text += " — \(f.note)" }
                out += StyledLine.wrapped(text, width: w, indent: 2)
            }
        }

        if !d.steps.isEmpty {
            out.append(.empty)
            out.append(StyledLine(t("Stappen", "Steps"), .accent))
            let outcomes = d.stepOutcomes
            for s in d.steps {
                var text = "\(s.date.dutch)  " + s.described(for: kind)(lang)
                if !s.detail.isEmpty { text += " — \(s.detail)" }
                text += " — \(s.reason)"
                if let outcome = outcomes[s.id] { text += " (" + said(outcome) + ")" }
                out += StyledLine.wrapped(text, width: w, indent: 2)
            }
        }

        out.append(.empty)
        // Each entry is one line here; Enter lists them to read in full (the footer has no room for it).
        out.append(
            StyledLine(
                t("Tijdlijn (stukken in het dossier; Enter leest ze)", "Timeline (dossier entries; Enter reads them)"),
                .accent))
        if d.entries.isEmpty { out.append(StyledLine(t("  nog geen stukken", "  no entries yet"), .dim)) }
        out += earlier(d, width: w, lang: lang)
        for e in d.entries {
            let head = DisplayWidth.wrap("\(e.kind.label(lang))  \(e.title) — \(e.authorName)", to: max(10, w - 20))
            for (i, part) in head.enumerated() {
                var line = StyledLine()
                line.add(i == 0 ? "  \(e.at.dutch())  " : String(repeating: " ", count: 20), .dim)
                line.add(part, .bold)
                out.append(line)
            }
            if let sent = d.sendings[e.id] {
                out.append(StyledLine(String(repeating: " ", count: 20) + "✓ " + sent.summary(lang), .dim))
            } else if e.kind == .letter {
                out.append(
                    StyledLine(
                        String(repeating: " ", count: 20) + t("○ nog niet verzonden (z)", "○ not sent yet (z)"), .dim))
            }
            let body = StyledLine.wrapped(e.body, width: w, indent: 20, style: .plain)
            out += body.prefix(3)
            if body.count > 3 { out.append(StyledLine(String(repeating: " ", count: 20) + "…", .dim)) }
        }
        return out
    }

    /// Above the newest entries of a long case: how many earlier ones there are, and where they are.
    static func earlier(_ d: CaseDetail, width w: Int, lang: Lang) -> [StyledLine] {
        let more = d.earlierEntries
        guard more > 0 else { return [] }
        let text = Phrase(
            "… \(more) eerdere stuk\(more == 1 ? "" : "ken") van deze zaak: alle stukken staan in het dossier van \(d.dossierOwner.name) (tab Dossiers). Hier de nieuwste \(d.entries.count).",
            "… \(more) earlier entr\(more == 1 ? "y" : "ies") of this case: every entry is in \(d.dossierOwner.name)'s dossier (Dossiers tab). Here the newest \(d.entries.count)."
        )(lang)
        return StyledLine.wrapped(text, width: w, indent: 2, style: .dim)
    }

    /// A fact's value in words (`CaseFact.valueLabel`).
    static func factValue(_ f: CaseFact, _ lang: Lang) -> String { f.valueLabel(lang) }
}
