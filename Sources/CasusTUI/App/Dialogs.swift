import CasusCore

/// The dialogs of the director's workflow: triage, the step dialog, prompts, pickers, the
/// editor and the letter preview. Pure like `update`: keys in, state and effects out.
enum Dialogs {
    /// Keys for a dialog on top; nil when the top screen leaves them to the keymap.
    static func handle(_ key: Key, _ s: inout AppState, _ keymap: Keymap) -> [Effect]? {
        switch s.stack.last {
        case var .prompt(p)?:
            switch key {
            case .escape:
                s.stack.removeLast()
                return []
            case .enter:
                s.stack.removeLast()
                return submit(p, &s, keymap)
            default:
                _ = p.field.handle(key)
                s.stack[s.stack.count - 1] = .prompt(p)
                return []
            }
        case var .picker(p)?:
            switch key {
            case .escape:
                s.stack.removeLast()
            case .up, .char("k"):
                p.cursor = max(0, p.cursor - 1)
                s.stack[s.stack.count - 1] = .picker(p)
            case .down, .char("j"):
                p.cursor = min(p.items.count - 1, p.cursor + 1)
                s.stack[s.stack.count - 1] = .picker(p)
            case .char(" ") where p.multiple:
                if p.items.indices.contains(p.cursor) { p.items[p.cursor].checked.toggle() }
                s.stack[s.stack.count - 1] = .picker(p)
            case .enter:
                s.stack.removeLast()
                return choose(p, &s)
            default:
                break
            }
            return []
        case var .editor(e)?:
            switch key {
            case .escape:
                s.stack.removeLast()
                s.status = StatusLine(text: s.t("Niet opgeslagen.", "Not saved."), isError: false)
            case .function(2), .ctrl("s"), .ctrl("x"):
                s.stack.removeLast()
                s.stack.append(.preview(PreviewState(title: e.title, text: e.area.value, purpose: e.purpose)))
            default:
                _ = e.area.handle(key, page: max(1, s.height - 6))
                e.area.scroll(rows: max(1, s.height - 6))
                s.stack[s.stack.count - 1] = .editor(e)
            }
            return []
        case let .preview(p)?:
            switch key {
            case .enter, .char("s"):
                return [.save(p.purpose, body: p.text)]
            case .char("e"):
                s.stack.removeLast()
                return startEditing(p.text, p.purpose, &s)
            case .escape, .char("q"):
                s.stack.removeLast()
                s.status = StatusLine(text: s.t("Weggegooid; er is niets opgeslagen.", "Discarded; nothing was saved."), isError: false)
                return []
            default:
                return nil  // scrolling through the keymap
            }
        case var .triage(t)?:
            return triageKey(key, &t, &s)
        case var .stepDialog(d)?:
            return stepKey(key, &d, &s)
        default:
            return nil
        }
    }

    // MARK: Prompts

    static func submit(_ p: PromptState, _ s: inout AppState, _ keymap: Keymap) -> [Effect] {
        let text = p.field.value.trimmingCharacters(in: .whitespaces)
        switch p.purpose {
        case let .dismiss(id):
            return [.dismiss(id, reason: text)]
        case let .close(id):
            return [.close(id, reason: text)]
        case .search:
            return text.isEmpty ? [] : [.search(text)]
        case let .noteTitle(id, kind, heard):
            return startEditing("", .note(id, kind, heard: heard, title: text), &s)
        case .command:
            return command(text, &s)
        }
    }

    /// `:` commands: every action by its name, plus `case NUMBER` and `search WORDS`.
    static func command(_ line: String, _ s: inout AppState) -> [Effect] {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first?.lowercased() else { return [] }
        let rest = words.count > 1 ? words[1] : ""
        switch name {
        case "q", "quit":
            return App.perform(.quit, &s)
        case "case", "zaak":
            return rest.isEmpty ? [] : [.findCase(rest)]
        case "search", "zoek":
            return rest.isEmpty ? App.perform(.search, &s) : [.search(rest)]
        default:
            guard let action = Action(rawValue: name) else {
                s.status = StatusLine(text: s.t("Onbekende opdracht ‘\(name)’ — ? toont alle opdrachten",
                                                "Unknown command ‘\(name)’ — ? lists all commands"), isError: true)
                return []
            }
            return App.perform(action, &s)
        }
    }

    // MARK: Pickers

    static func choose(_ p: PickerState, _ s: inout AppState) -> [Effect] {
        guard p.items.indices.contains(p.cursor) else { return [] }
        let item = p.items[p.cursor]
        switch p.purpose {
        case let .template(id):
            return [.draft(id, template: item.id, purpose: .letter(id, template: item.id))]
        case let .obligation(id):
            guard let o = ObligationID(item.id) else { return [] }
            return [.done(id, obligation: o)]
        case let .noteKind(id):
            guard let kind = EntryKind(rawValue: item.id) else { return [] }
            if kind == .meeting {
                let parties = HeardParty.allCases.map { PickerItem(id: $0.rawValue, label: $0.label(s.lang)) }
                s.stack.append(.picker(PickerState(title: s.t("Wie is gehoord? (spatie kiest, Enter verder)", "Who was heard? (Space ticks, Enter goes on)"),
                                                   items: parties, multiple: true, purpose: .heard(id))))
                return []
            }
            return startEditing("", .note(id, kind, heard: [], title: ""), &s)
        case let .heard(id):
            let heard = p.items.filter(\.checked).compactMap { HeardParty(rawValue: $0.id) }
            return startEditing("", .note(id, .meeting, heard: heard, title: ""), &s)
        }
    }

    static func templatePicker(_ s: AppState, caseID: CaseID, proposed: String?, kind: SubjectKind?) -> PickerState {
        var items = s.templates.filter { kind.map($0.kinds.contains) ?? true }.map { PickerItem(id: $0.id, label: $0.title, detail: $0.id) }
        if let proposed, let i = items.firstIndex(where: { $0.id == proposed }) {
            var first = items.remove(at: i)
            first.detail = s.t("voorgesteld bij deze stap", "proposed with this step")
            items.insert(first, at: 0)
        }
        return PickerState(title: s.t("Brief uit sjabloon (Enter kiest, Esc overslaan)", "Letter from a template (Enter picks, Esc skips)"),
                           items: items, purpose: .template(caseID))
    }

    // MARK: Editing

    /// Opens the text in $VISUAL/$EDITOR, or in the built-in editor when neither is set.
    static func startEditing(_ text: String, _ purpose: EditPurpose, _ s: inout AppState) -> [Effect] {
        if s.externalEditor != nil { return [.editExternally(text, purpose)] }
        s.stack.append(.editor(EditorState(title: title(purpose, s), area: TextArea(text), purpose: purpose)))
        return []
    }

    static func title(_ purpose: EditPurpose, _ s: AppState) -> String {
        switch purpose {
        case let .letter(_, template): s.templates.first { $0.id == template }?.title ?? template
        case let .note(_, kind, _, title): title.isEmpty ? kind.label(s.lang).capitalizedFirst : title
        case let .dossierNote(_, kind): kind.label(s.lang).capitalizedFirst
        case let .escalation(_, kind): kind.label(s.lang)
        }
    }

    // MARK: Actions from lists and screens

    static func incidentAction(_ action: Action, _ s: inout AppState) -> [Effect] {
        let id: IncidentID?
        switch s.stack.last {
        case let .incident(i)?: id = i.id
        case nil where s.tab == .incidents: id = s.incidents.selectedRow?.id
        default: id = nil
        }
        guard let id else { return [] }
        if action == .dismiss {
            s.stack.append(.prompt(PromptState(title: s.t("Melding afwijzen", "Dismiss the report"),
                                               label: s.t("Reden: ", "Reason: "), purpose: .dismiss(id))))
            return []
        }
        s.stack.append(.triage(TriageState(incidentID: id)))
        return [.loadTriage(id)]
    }

    static func caseAction(_ action: Action, _ s: inout AppState) -> [Effect] {
        guard case let .caseDetail(screen)? = s.stack.last, let detail = screen.detail else { return [] }
        let id = screen.id
        if detail.record.status == .closed, action != .letter {
            s.status = StatusLine(text: s.t("De zaak is gesloten.", "The case is closed."), isError: true)
            return []
        }
        switch action {
        case .stepUp:
            return [.loadStepOptions(id)]
        case .letter:
            let proposed = screen.assessment?.current.flatMap { LadderEngine.template(for: $0, kind: detail.subject.kind.ladderKind) }
            s.stack.append(.picker(templatePicker(s, caseID: id, proposed: proposed, kind: detail.subject.kind.ladderKind)))
        case .note:
            let kinds: [EntryKind] = [.note, .meeting, .phone, .email]
            s.stack.append(.picker(PickerState(title: s.t("Soort stuk", "Kind of entry"),
                                               items: kinds.map { PickerItem(id: $0.rawValue, label: $0.label(s.lang).capitalizedFirst) },
                                               purpose: .noteKind(id))))
        case .done:
            let open = detail.obligations.filter { !$0.isDone && !$0.isDeadlineForOthers }
            guard !open.isEmpty else {
                s.status = StatusLine(text: s.t("Geen open verplichtingen.", "No open obligations."), isError: false)
                return []
            }
            s.stack.append(.picker(PickerState(title: s.t("Verplichting afvinken", "Mark an obligation done"),
                                               items: open.map { PickerItem(id: String($0.id), label: $0.kind.label(s.lang),
                                                                            detail: s.t("uiterlijk ", "due ") + $0.due.dutch) },
                                               purpose: .obligation(id))))
        case .aangifte:
            return [.draft(id, template: "aangifte", purpose: .escalation(id, .aangifte))]
        case .vertrouwensinspecteur:
            return [.draft(id, template: "telefoonnotitie-vertrouwensinspecteur", purpose: .escalation(id, .vertrouwensinspecteur))]
        case .closeCase:
            s.stack.append(.prompt(PromptState(title: s.t("Zaak sluiten", "Close the case"), label: s.t("Reden: ", "Reason: "),
                                               purpose: .close(id))))
        default:
            break
        }
        return []
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
