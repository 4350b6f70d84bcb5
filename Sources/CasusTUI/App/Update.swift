import CasusCore

/// The app's logic: a state and a message in, a new state and effects out. Pure: it reads no
/// clock, no store and no terminal, so any key sequence can be replayed in a test.
public enum App {
    public static func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        switch message {
        case let .event(event):
            effects = handle(event, &s)
        case let .fetched(request, ticket, result, version):
            deliver(request, ticket: ticket, result, version: version, &s)
        case let .answered(question, result):
            effects = answered(question, result, &s)
        case let .wrote(change, result, version):
            // Asked once, before the write moves what this screen knows of the chain.
            let others = (try? result.get()).map { othersSaved($0, version: version, known: s.knownToken) } ?? false
            effects = wrote(change, result, version: version, othersSaved: others, &s)
            // Others' saves may have changed this account's own role or access, as on a tick.
            if others { effects.append(.ask(.standing)) }
        case let .edited(outcome, purpose):
            switch outcome {
            case let .edited(text), let .failed(_, written: text?):
                // A text the editor left is kept, shown to be saved or not: an editor that ended
                // with an error threw away what was written in it (a review).
                s.letterConflicts = []
                popDialogs(&s)
                effects = PreviewScreen.open(title: EditorScreen.title(purpose, s), text: text, purpose: purpose, &s)
                if case .failed = outcome {
                    s.say(outcome.said(editor: s.externalEditor ?? "") + Phrase(".", "."), error: true)
                }
            case .failed, .noFile:
                s.say(outcome.said(editor: s.externalEditor ?? "") + Phrase(".", "."), error: true)
            }
        case let .changeToken(token):
            if let known = s.knownToken, known != token {
                invalidate(&s, .everything)
                // The change may be this account's own role or access (asked at once, before the
                // lists it may no longer read are shown again).
                effects.append(.ask(.standing))
            }
            s.knownToken = token
        }
        // Settled before the state is returned: the loads it starts are part of the new state.
        effects += settle(&s)
        return (s, effects)
    }

    /// After any message: lay out what changed, then ask for what the screens now need.
    public static func settle(_ s: inout AppState) -> [Effect] {
        relayout(&s)
        return requestLoads(&s)
    }

    // MARK: Events

    static func handle(_ event: TerminalEvent, _ s: inout AppState) -> [Effect] {
        switch event {
        case let .resize(w, h):
            s.width = max(0, w)
            s.height = max(0, h)
            return []
        case .interrupt where !s.interruptAsked && s.stack.contains(where: \.hasUnsavedText):
            // Ctrl-C, pressed out of habit to copy, lost a half-written report at once (a review):
            // over unsaved text it asks first, as Esc does; the next Ctrl-C quits.
            s.interruptAsked = true
            s.say(
                Phrase(
                    "Niet opgeslagen: nog een keer Ctrl-C sluit casus en gooit weg wat u typte.",
                    "Not saved: Ctrl-C again closes casus and throws away what you typed."),
                error: true)
            return []
        case .hangup, .interrupt:
            s.quitting = true
            s.interrupted = event == .interrupt
            return []
        case .noise:
            return []
        case .tick:
            retry(&s, onTick: true)
            return [.checkForChanges]
        case .paste where s.accessChanged != nil:
            return []
        case let .paste(text, cut):
            s.status = nil
            retry(&s, onTick: false)
            // Pasted text goes on into the text field on top, as typed letters do while the
            // window is too small (`tooSmall`): the screen says what is typed is kept, and a paste
            // was dropped (a review). A paste only ever types; it acts on nothing.
            if s.isTooSmall, s.stack.isEmpty { return [] }
            let effects = paste(text, &s)
            if cut, s.status == nil {
                s.say(
                    Phrase(
                        "Alleen de eerste megabyte van de geplakte tekst is geplakt; de rest is weggelaten.",
                        "Only the first megabyte of the pasted text was pasted; the rest was left out."),
                    error: true)
            }
            return effects
        case .key where s.accessChanged != nil:
            // Nothing is left to act on: any key closes casus.
            s.quitting = true
            return []
        case let .key(key):
            s.status = nil
            s.interruptAsked = false
            retry(&s, onTick: false)
            if s.isTooSmall { return tooSmall(key, &s) }
            return dispatch(key, &s)
        }
    }

    /// A key while the terminal is too small to show anything. Letters go on into the text field
    /// on top: typed just before the window shrank, they arrive after it, and were dropped (a
    /// review lost "moet blijven" of a report). Nothing else acts on a screen that cannot be
    /// seen, and q quits only where nothing is open: it quit casus from an unsaved report.
    static func tooSmall(_ key: Key, _ s: inout AppState) -> [Effect] {
        if case .char = key, !s.stack.isEmpty, let effects = visitTop(&s, { top, s in top.input(key, &s) }) {
            return effects
        }
        if s.stack.isEmpty, s.keymap.action(for: key, in: .global) == .quit { s.quitting = true }
        return []
    }

    /// A key: to the top screen's text field, else through the keymap to the top screen, else
    /// to the global actions.
    static func dispatch(_ key: Key, _ s: inout AppState) -> [Effect] {
        var action: Action?
        if let effects = visitTop(
            &s,
            { top, s in
                if let o = top.input(key, &s) { return o }
                action = s.keymap.action(for: key, in: top.context)
                if let a = action, !s.permits(a, in: top.context) { return .handled }
                // A repaint is every screen's: a step dialog took Ctrl-L and did nothing, its screen
                // garbled after a resize (a review).
                if action == .redraw { return nil }
                return action.flatMap { top.perform($0, &s) }
            })
        {
            return effects
        }
        guard let action else {
            if case .unknown = key { return [] }
            s.say(
                Phrase(
                    "Toets \(key.symbol(s.lang)) doet hier niets — ? toont de toetsen",
                    "Key \(key.symbol(s.lang)) does nothing here — ? shows the keys"))
            return []
        }
        return perform(action, &s)
    }

    /// Pasted text, typed into the text field on top and nowhere else: a line end is a new line in
    /// the editor and a space in a one-line field, so a paste never confirms a dialog (a reason of
    /// two lines saved a sanction at its first line end), and outside a text field a paste runs
    /// no keys (its letters would be commands).
    static func paste(_ text: String, _ s: inout AppState) -> [Effect] {
        if var editor = s.stack.last as? EditorScreen {
            editor.paste(text, s)
            s.stack[s.stack.count - 1] = editor
            return []
        }
        let lines = s.stack.last is EditorScreen
        let breaks = s.stack.last?.takesLineBreaks ?? false
        var effects: [Effect] = []
        var typed = false
        for ch in text {
            let key: Key
            if ch.isNewline {
                key = lines ? .enter : breaks ? .char("\n") : .char(" ")
            } else if ch == "\t" {
                // A pasted tab is what the Tab key types in the editor (spaces), a space in a field:
                // as a character it was dropped, and "Bedrag:\t12\t50 euro" was saved as
                // "Bedrag:1250 euro" (a review).
                key = lines ? .tab : .char(" ")
            } else if ch.unicodeScalars.contains(where: TerminalText.isUnsafe) {
                continue  // what a terminal would obey is no text (StoredText refuses it too)
            } else {
                key = .char(ch)
            }
            guard let done = visitTop(&s, { top, s in top.input(key, &s) }) else { break }
            effects += done
            typed = true
            // A character the field refused (full, or not one it takes) ends the paste, said once:
            // each refused character of a 100 KB paste said so again, and casus hung for a minute
            // (a review).
            if s.status?.isError == true { break }
        }
        if !typed, !text.isEmpty {
            s.say(
                Phrase(
                    "Plakken kan alleen in een tekstveld; er is niets gebeurd.",
                    "Pasting works in a text field only; nothing happened."))
        }
        return effects
    }

    /// Actions every screen shares, when the screen on top did not take them.
    public static func perform(_ action: Action, _ s: inout AppState) -> [Effect] {
        switch action {
        case .quit:
            if s.stack.isEmpty { s.quitting = true } else { s.stack.removeLast() }
        case .back:
            if !s.stack.isEmpty { s.stack.removeLast() }
        case .help:
            if s.topScreen(HelpScreen.self) != nil { s.stack.removeLast() } else { s.stack.append(HelpScreen()) }
        case .command:
            s.stack.append(PromptScreen(title: "", label: ":", purpose: .command))
        case .redraw:
            return [.repaint]
        case .school:
            if s.topScreen(SchoolScreen.self) == nil { s.stack.append(SchoolScreen()) }
        case .search:
            s.stack.append(
                PromptScreen(title: s.t("Zoeken", "Search"), label: s.t("Zoek: ", "Search: "), purpose: .search))
        case .tabIncidents, .tabCases, .tabDossiers, .tabOverview, .nextTab, .previousTab:
            s.stack.removeAll()
            let all = s.tabs.isEmpty ? [s.tab] : s.tabs
            let i = all.firstIndex(of: s.tab) ?? 0
            s.tab =
                switch action {
                case .tabIncidents: .incidents
                case .tabCases: .cases
                case .tabDossiers: .dossiers
                case .tabOverview: .overview
                case .nextTab: all[(i + 1) % all.count]
                default: all[(i + all.count - 1) % all.count]
                }
            // Marks belong to the moment they were made: kept out of sight, they decided what `x`
            // dismissed after an hour in other tabs, with the cursor on another report (a review).
            if s.tab != .incidents, !s.incidentQueue.marked.isEmpty {
                s.incidentQueue.unmark(s.incidentQueue.marked)
                s.say(Phrase("De markeringen in Meldingen zijn weggehaald.", "The marks in Reports were removed."))
            }
        default:
            break
        }
        return []
    }

    // MARK: The store's answers

    static func deliver(
        _ request: Fetch, ticket: Int, _ result: Result<Fetched, CasusError>, version: UInt64,
        _ s: inout AppState
    ) {
        if s.knownToken == nil, version > 0 { s.knownToken = version }
        switch result {
        case let .success(value):
            forEachScreen(&s) { screen, s in screen.take(value, for: request, ticket: ticket, version: version, &s) }
        case let .failure(error):
            // Shown once, when it happens; asked again only on a key or a tick.
            if forEachScreen(&s, { screen, _ in screen.fail(request, ticket: ticket, error) }) { s.fail(error) }
        }
    }

    /// Another session changed what a decision was made on: a dialog's proposal (the next rung, its
    /// letter) is out of date, so it closes, and every screen reads again, before anyone confirms the
    /// old one a second time. Written text stays open; a step dialog's typed fields are kept for the
    /// next `+` (StepDialog.Typed).
    static func closeStale(_ s: inout AppState) {
        keepStep(&s)
        while let top = s.stack.last, top.isDialog, !top.holdsWriting { s.stack.removeLast() }
        invalidate(&s, Changes(everything: true))
    }

    /// A step dialog's typed fields, kept for the next `+` on its case, said so.
    static func keepStep(_ s: inout AppState) {
        guard let dialog = s.stack.last as? StepDialog, dialog.hasTyped else { return }
        s.keptStep = (dialog.caseID, dialog.typed)
        sayAfterError(Phrase(" ", " ") + StepDialog.keptSaid, &s)
    }

    /// What was kept, said after the refusal on the status line.
    static func sayAfterError(_ more: Phrase, _ s: inout AppState) {
        s.say((s.status?.text ?? "") + more(s.lang), error: true)
    }

    /// A step refused (the parents' view first at an openbare school, a hearing): the dialog stays,
    /// to be put right, and leaving it keeps its fields for the next `+`, so the director can record
    /// what must come first and come back (the six fields were thrown away to leave it, a review).
    static func keepRefusedStep(_ error: CasusError, _ s: inout AppState) {
        guard error.kind == .refused, !error.staleState, var dialog = s.stack.last as? StepDialog, dialog.hasTyped
        else { return }
        dialog.keepOnLeaving = true
        s.stack[s.stack.count - 1] = dialog
        sayAfterError(
            Phrase(
                " Esc sluit; uw tekst blijft bewaard: + vult hem weer in.",
                " Esc closes; your text is kept: + fills it in again."), &s)
    }

    static func answered(_ question: Ask, _ result: Result<Answer, CasusError>, _ s: inout AppState) -> [Effect] {
        switch result {
        case .failure where question == .standing:
            break  // asked again at the next change; a store that cannot answer now says so elsewhere
        case .success(.standing(.unchanged)):
            break
        case let .success(.standing(.widened(role))):
            // Said once; the screen goes on under the role it opened with, which may do less.
            if s.roleWidenedTo != role {
                s.roleWidenedTo = role
                s.say(
                    Phrase(
                        "Uw rol is gewijzigd: u bent nu \(role.label.nl). U werkt verder zoals u was; start casus opnieuw om met de nieuwe rol te werken.",
                        "Your role was changed: you are now \(role.label.en). You go on as you were; start casus again to work with the new role."
                    ))
            }
        case let .success(.standing(standing)):
            accessChanged(standing, &s)
        case let .failure(error):
            s.fail(error)
            // A decision's preview refused for another session's change: as its save would be (the
            // dialog stayed with its old options, and Esc threw the text away, a review).
            if error.staleState, case .stepPreview = question { closeStale(&s) }
            if case .stepPreview = question { keepRefusedStep(error, &s) }
            // The text is not lost: the preview opens as it was written (filing still refuses
            // another pupil's name).
            if case let .letterReview(_, body, title, purpose) = question {
                s.stack.append(PreviewScreen(title: title, text: body, purpose: purpose))
            }
        case let .success(.letterReviewed(review, title, purpose)):
            s.stack.append(
                PreviewScreen(
                    title: title, text: review.text, purpose: purpose, replaced: review.lines,
                    warning: review.warning))
        case let .success(.stepPreviewed(id, plan)):
            // The decision as the step will take it, asked once more.
            if var dialog = s.stack.last as? StepDialog, dialog.caseID == id {
                dialog.confirming = true
                s.say(dialog.confirmation(plan))
                s.stack[s.stack.count - 1] = dialog
            }
        case let .success(.stepOptions(id, kind, assessment)):
            if assessment.options.isEmpty {
                s.say(Phrase("Geen stap mogelijk op deze zaak.", "No step is possible on this case."), error: true)
            } else {
                // The facts so far, from the case on screen (what the letters will state); none
                // while the case holds only the report's words: "Feiten (uw woorden)" stood filled
                // in with a teacher's.
                let detail = s.stack.lazy.compactMap { ($0 as? CaseScreen)?.detail }.last { $0.record.id == id }
                let facts = detail.flatMap {
                    directorsFacts($0.facts, summary: $0.record.summary, report: $0.incident?.summary)
                }
                var dialog = StepDialog(
                    caseID: id, kind: kind, options: assessment.options, facts: facts ?? "", basis: assessment.basis)
                if let kept = s.keptStep, kept.caseID == id {
                    dialog.restore(kept.typed)
                    s.keptStep = nil
                    s.say(
                        Phrase(
                            "Wat u eerder typte staat er weer; kies de stap opnieuw bij de zaak zoals hij nu is.",
                            "What you typed before is filled in again; choose the step anew on the case as it is now."))
                }
                s.stack.append(dialog)
            }
        case let .success(.drafted(text, purpose)):
            s.letterConflicts = []
            var text = text
            // The other parent's letter: the edits made in the first carried in.
            // Only where every line that names the addressee (the address, the salutation) is this
            // parent's as drafted: an edit to the first parent's street or "Geachte mevrouw Bos"
            // went into the other's letter, and was filed so (a review).
            if let carry = s.carriedLetter, case let .letter(_, _, to, _, _) = purpose, to == carry.to {
                if let carried = LetterRefresh.carried(edited: carry.edited, drafted: carry.drafted, fresh: text) {
                    text = carried
                    s.say(
                        Phrase(
                            "Brief aan de andere ouder: uw wijzigingen in de eerste brief staan ook in deze; lees hem na.",
                            "Letter to the other parent: your changes to the first letter are in this one too; read it through."
                        ))
                } else {
                    s.say(
                        Phrase(
                            "Brief aan de andere ouder: uw wijzigingen in de eerste brief staan hier niet in, want u wijzigde ook het adres of de aanhef, of noemde iemand bij naam; breng ze opnieuw aan.",
                            "Letter to the other parent: your changes to the first letter are not in this one, as you changed the address or the salutation too, or named someone; make them again."
                        ), error: true)
                }
            }
            s.carriedLetter = nil
            let editor = EditorScreen.start(text, purpose, s)
            s.stack += editor.push
            return editor.effects
        case let .success(.searched(query, hits, people)):
            popDialogs(&s)
            s.stack.append(SearchScreen(query: query, hits: hits, people: people))
            if hits.isEmpty, people.isEmpty {
                s.say(Phrase("Niets gevonden voor ‘\(query)’.", "Nothing found for ‘\(query)’."))
            }
        case let .success(.foundCase(id)):
            popDialogs(&s)
            s.stack.append(CaseScreen(id: id))
        case let .success(.entry(read)):
            s.stack.append(
                EntryScreen(
                    entry: read.entry, corrections: read.corrections, correctsSeq: read.correctsSeq,
                    sending: .known(read.sending)))
        case let .success(.exportReview(review)):
            // The same person's review again (colleagues hidden or named): it takes the screen's
            // place, with the format and the file name as they were.
            if let open = s.topScreen(ExportScreen.self), open.review.person.id == review.person.id {
                s.stack.removeLast()
                s.stack.append(ExportScreen(review: review, format: open.format, field: open.field))
            } else {
                s.stack.append(ExportScreen(review: review))
            }
        }
        return []
    }

    /// "Niet opgeslagen: gewijzigd sinds de brief werd opgesteld: ‘Oudeweg 5’ → ‘Nieuwelaan 99’ …".
    /// `also`: who now gets a letter of their own, after this one.
    static func refreshedSaid(_ merge: LetterRefresh.Merge, also: [String] = []) -> Phrase {
        var said = Phrase(
            "Niet opgeslagen: gewijzigd sinds de brief werd opgesteld: ",
            "Not filed: changed since the letter was drafted: ")
        if !merge.carried.isEmpty {
            said =
                said + Phrase(verbatim: LetterRefresh.Change.said(merge.carried))
                + Phrase(" (bijgewerkt in uw tekst)", " (updated in your text)")
        }
        if !merge.conflicts.isEmpty {
            said =
                said + Phrase(merge.carried.isEmpty ? "" : "; ", merge.carried.isEmpty ? "" : "; ")
                + Phrase(verbatim: LetterRefresh.Change.said(merge.conflicts))
                + Phrase(" (door u veranderd: pas het zelf aan met e)", " (changed by you: mend it with e)")
        }
        if !also.isEmpty {
            let names = also.joined(separator: "; ")
            said =
                said
                + Phrase(
                    "; nu ook een eigen brief aan \(names) (ander adres), die volgt na deze",
                    "; now also a letter of its own to \(names) (another address), which follows this one")
        }
        return said + Phrase(". Lees de brief na en sla opnieuw op.", ". Read the letter and file it again.")
    }

    /// Whether others saved since this screen last knew the chain (`known`), besides this write.
    static func othersSaved(_ saved: Saved<Written>, version: UInt64, known: UInt64?) -> Bool {
        guard let known else { return false }
        guard let span = saved.events else { return version > 0 && version != known }
        return UInt64(span.before) != known || version > UInt64(span.after)
    }

    static func wrote(
        _ change: Write, _ result: Result<Saved<Written>, CasusError>, version: UInt64, othersSaved: Bool,
        _ s: inout AppState
    ) -> [Effect] {
        guard case let .success(saved) = result else {
            if case let .failure(error) = result {
                s.fail(error)
                // Another session changed what this decision was made on: a dialog's proposal (the
                // next rung, its letter) is out of date, so it closes, and every screen reads again,
                // before anyone confirms the old one a second time. Written text stays open.
                if error.staleState { closeStale(&s) }
                if case .step = change { keepRefusedStep(error, &s) }
                if error.staleState, case let .close(id, outcome, reason, _) = change,
                    !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                {
                    s.keptClose = (id, outcome, reason)
                    sayAfterError(
                        Phrase(
                            " Uw reden is bewaard: sluit de zaak opnieuw (s) en hij staat er weer.",
                            " Your reason is kept: close the case again (s) and it is filled in."), &s)
                }
                // The same letter is already in the case: Enter once more files it all the same.
                if error.canInsist, var preview = s.stack.last as? PreviewScreen {
                    preview.again = true
                    s.stack[s.stack.count - 1] = preview
                }
                // A report's evidence file that cannot be used: the cursor goes to the Bewijs field.
                if case .report = change, error.message.en.hasPrefix("Evidence: "),
                    var form = s.stack.last as? ReportFormScreen
                {
                    form.field = .evidence
                    s.stack[s.stack.count - 1] = form
                }
            }
            return []
        }
        // One place marks stale whatever the write changed, whatever tab is showing; everything where
        // others saved meanwhile (the chain stood elsewhere before this write's events, or moved on
        // after them): counting their changes as seen hid a new report from the director for good.
        // A token older than the write's own end (a server's notice not yet read) is no one else's.
        let after = saved.events.map { UInt64($0.after) }
        invalidate(&s, othersSaved ? .everything : saved.changes)
        if version > 0 || after != nil { s.knownToken = max(version, after ?? 0) }
        switch saved.value {
        case let .triaged(cases):
            s.stack.removeAll { $0 is TriageScreen || $0 is IncidentScreen }
            s.incidentQueue.unmark(cases.map(\.incidentID))
            let numbers = cases.map(\.number).joined(separator: ", ")
            s.say(Phrase("Zaak geopend: \(numbers)", "Case opened: \(numbers)"))
            if let first = cases.first {
                s.tab = .cases
                s.stack.append(CaseScreen(id: first.id))
            }
        case let .dismissed(ids, handled):
            popDialogs(&s)
            s.incidentQueue.unmark(ids + handled.map(\.0))
            var said =
                ids.count == 1
                ? Phrase("Melding \(ids[0]) afgewezen.", "Report \(ids[0]) dismissed.")
                : Phrase("\(ids.count) meldingen afgewezen.", "\(ids.count) reports dismissed.")
            // Those another session handled meanwhile: said, and their marks gone.
            for (id, status) in handled {
                said =
                    said
                    + Phrase(
                        " Melding \(id) was intussen al \(status.label.nl).",
                        " Report \(id) was already \(status.label.en) meanwhile.")
            }
            s.say(said)
        case let .reported(incident):
            popDialogs(&s)
            s.say(
                Phrase(
                    "Melding \(incident.id) opgeslagen; de directie handelt haar af, of het bestuur als zij over de directie gaat. ",
                    "Report \(incident.id) saved; the school's management handles it, or the board if it is about the management. "
                )
                    // Who triages dismisses it themselves (a director was told to ask the management).
                    + (s.readsQueue ? Phrase("", "") : Intake.madeAMistake(incident.id)))
        case let .stepped(id, stepped):
            popDialogs(&s)
            // A voornemen is no measure taken: said as the command line says it (a review).
            let rung = stepped.step.rung.shortLabel
            var text =
                stepped.step.phase == .proposal
                ? Phrase("Voornemen vastgelegd: \(rung.nl)", "Proposal recorded: \(rung.en)")
                : Phrase("Stap gezet: \(rung.nl)", "Step taken: \(rung.en)")
            if !stepped.obligations.isEmpty {
                let n = stepped.obligations.count
                text =
                    text + Phrase(" — \(n) verplichting\(n == 1 ? "" : "en")", " — \(n) obligation\(n == 1 ? "" : "s")")
            }
            s.say(text)
            // A step that requires a letter proposes its template.
            if let template = stepped.template, s.templates.contains(where: { $0.id == template }) {
                let screen = s.stack.lazy.compactMap { ($0 as? CaseScreen).flatMap { $0.id == id ? $0 : nil } }.first
                s.stack.append(
                    PickerScreen.templates(
                        s, caseID: id, proposed: template, kind: screen?.detail?.subject.kind.ladderKind,
                        ladder: screen?.assessment?.ladder,
                        objected: screen?.detail?.obligations.contains { $0.kind == .objectionDecision } ?? true,
                        // The step just taken is not in the screen's case yet.
                        ended: LadderEngine.endingDismissal(in: [stepped.step], facts: [], elsewhere: nil) != nil
                            || screen?.detail.map(PickerScreen.employmentEnded) == true))
            }
        case let .done(_, o):
            popDialogs(&s)
            s.say(Phrase("Afgevinkt: \(o.kind.label.nl)", "Done: \(o.kind.label.en)"))
        case let .closed(_, outcome, closed):
            popDialogs(&s)
            let others = closed.standing.joined(separator: ", ")
            s.say(
                Phrase("Zaak gesloten: \(outcome.label.nl).", "Case closed: \(outcome.label.en).")
                    + (closed.reportBackToTriage
                        ? Phrase(
                            " De melding staat weer bij Meldingen om opnieuw te beoordelen.",
                            " The report is back under Reports to be triaged again.")
                        : outcome == .mistake
                            ? Phrase(
                                " Telt niet als overtreding. De melding gaat niet terug naar Meldingen: ook zaak \(others) gaat erover.",
                                " Does not count as an offence. The report stays in hand: case \(others) is about it too."
                            )
                            : outcome.counts
                                ? Phrase("", "")
                                : Phrase(" Telt niet als overtreding.", " Does not count as an offence.")))
        case let .reclassified(c):
            popDialogs(&s)
            s.say(
                Phrase(
                    "Herzien: \(c.articles.joined(separator: ", ")); ernst \(c.severity.label.nl).",
                    "Reclassified: \(c.articles.joined(separator: ", ")); severity \(c.severity.label.en)."))
        case let .refreshed(merge, purpose, also):
            // Not filed: the letter is shown again with what changed carried in, to read before
            // it is filed (its review again: a name carried in is replaced as any other).
            let title = (s.stack.last as? PreviewScreen)?.title ?? EditorScreen.title(purpose, s)
            if s.stack.last is PreviewScreen { s.stack.removeLast() }
            s.letterConflicts = merge.conflicts
            s.say(Self.refreshedSaid(merge, also: also), error: true)
            return PreviewScreen.open(title: title, text: merge.text, purpose: purpose, &s)
        case let .filed(text, _):
            popDialogs(&s)
            // Parents at another address get their own letter: it opens next.
            switch change {
            case let .save(.letter(id, template, _, then, drafted), body, _),
                let .saveAndPrint(.letter(id, template, _, then, drafted), body, _):
                if let next = then.first {
                    s.carriedLetter = body == drafted ? nil : (next, body, drafted)
                    s.say(
                        text
                            + Phrase(
                                "; nu de brief aan de andere ouder (ander adres)",
                                "; now the letter to the other parent (another address)"))
                    return [
                        .ask(
                            .draft(
                                id, template: template,
                                purpose: .letter(id, template: template, to: next, then: Array(then.dropFirst()))))
                    ]
                }
            default: break
            }
            s.say(text)
        case let .school(school, notice):
            popDialogs(&s)
            s.say(
                Phrase("Schoolgegevens opgeslagen: ", "School record saved: ") + school.legalLabel
                    + (notice.map { Phrase(". ", ". ") + $0 } ?? Phrase("", "")))
        case let .exported(path, entries, sound):
            popDialogs(&s)
            if !sound {
                s.say(
                    Phrase(
                        "Dossier geëxporteerd naar \(path), maar de hashketen is NIET ongeschonden: een stuk is buiten casus om veranderd of weggenomen; geef de export niet af.",
                        "Dossier exported to \(path), but its hash chain is NOT intact: an entry was changed or taken out behind casus's back; do not hand it out."
                    ), error: true)
                return []
            }
            s.say(
                Phrase(
                    "Dossier geëxporteerd naar \(path) (\(entries) stukken).",
                    "Dossier exported to \(path) (\(entries) entries)."))
        case let .evidenceSaved(paths):
            let list = paths.joined(separator: ", ")
            s.say(Phrase("Bewijs geschreven: \(list)", "Evidence written: \(list)"))
        }
        return []
    }

    /// Marks stale, on every screen and tab, what the changes affect.
    public static func invalidate(_ s: inout AppState, _ changes: Changes) {
        guard !changes.isEmpty else { return }
        _ = forEachScreen(&s) { screen, _ in
            screen.invalidate { $0.isAffected(by: changes) }
            return false
        }
    }

    static func retry(_ s: inout AppState, onTick: Bool) {
        _ = forEachScreen(&s) { screen, _ in
            screen.retry(onTick: onTick)
            return false
        }
    }

    // MARK: Layout and loads

    static func relayout(_ s: inout AppState) {
        _ = forEachScreen(&s) { screen, s in
            screen.layout(s)
            return false
        }
    }

    /// What the screens on view need: the top screen (and what shows beneath a box), the tab
    /// when nothing covers it, and the two lists whose counts the tab bar shows.
    /// The account's role changed or its access ended: every screen opened under the old role
    /// goes, with what it had read (a removed IB's case screen stayed readable, a review), and the
    /// lists are emptied; the screen says what happened and any key closes casus.
    static func accessChanged(_ standing: AccountStanding, _ s: inout AppState) {
        s.accessChanged = standing
        s.stack.removeAll()
        s.incidentQueue = IncidentQueueScreen()
        s.caseList = CaseListScreen()
        s.peopleBrowser = PeopleScreen()
        s.overview = OverviewScreen(year: s.today.schoolYear)
        s.status = nil
    }

    static func requestLoads(_ s: inout AppState) -> [Effect] {
        guard !s.isTooSmall, s.accessChanged == nil else { return [] }
        var effects: [Effect] = []
        if s.hasReportsTab { effects += s.incidentQueue.loads(s) }
        effects += s.caseList.loads(s)
        if s.stack.isEmpty {
            switch s.tab {
            case .dossiers: effects += s.peopleBrowser.loads(s)
            case .overview: effects += s.overview.loads(s)
            case .incidents, .cases: break
            }
        }
        var i = s.stack.count - 1
        while i >= 0 {
            var screen = s.stack[i]
            effects += screen.loads(s)
            s.stack[i] = screen
            guard screen.isOverlay else { break }
            i -= 1
        }
        if i < 0, !s.stack.isEmpty {
            switch s.tab {
            case .dossiers: effects += s.peopleBrowser.loads(s)
            case .overview: effects += s.overview.loads(s)
            case .incidents, .cases: break
            }
        }
        return effects
    }

    // MARK: The stack

    /// Runs `body` on the screen on top; applies its outcome (close, open). nil when the screen
    /// did not take it.
    static func visitTop(_ s: inout AppState, _ body: (inout any ScreenModel, inout AppState) -> Outcome?) -> [Effect]?
    {
        if var top = s.stack.popLast() {
            let outcome = body(&top, &s)
            if outcome?.close != true { s.stack.append(top) }
            guard let outcome else { return nil }
            s.stack += outcome.push
            return outcome.effects
        }
        let outcome: Outcome?
        switch s.tab {
        case .incidents: outcome = visit(\.incidentQueue, &s, body)
        case .cases: outcome = visit(\.caseList, &s, body)
        case .dossiers: outcome = visit(\.peopleBrowser, &s, body)
        case .overview: outcome = visit(\.overview, &s, body)
        }
        guard let outcome else { return nil }
        s.stack += outcome.push
        return outcome.effects
    }

    static func visit<S: ScreenModel, R>(
        _ path: WritableKeyPath<AppState, S>, _ s: inout AppState,
        _ body: (inout any ScreenModel, inout AppState) -> R
    ) -> R {
        var screen: any ScreenModel = s[keyPath: path]
        let result = body(&screen, &s)
        if let same = screen as? S { s[keyPath: path] = same }
        return result
    }

    /// Every screen, the tabs first, until `body` says it is done.
    @discardableResult
    static func forEachScreen(_ s: inout AppState, _ body: (inout any ScreenModel, inout AppState) -> Bool) -> Bool {
        if visit(\.incidentQueue, &s, body) || visit(\.caseList, &s, body) || visit(\.peopleBrowser, &s, body)
            || visit(\.overview, &s, body)
        {
            return true
        }
        var i = 0
        while i < s.stack.count {
            var screen = s.stack[i]
            let done = body(&screen, &s)
            s.stack[i] = screen
            if done { return true }
            i += 1
        }
        return false
    }

    /// Closes the dialogs on top, back to the screen they were opened from.
    public static func popDialogs(_ s: inout AppState) {
        while let top = s.stack.last, top.isDialog { s.stack.removeLast() }
    }
}
