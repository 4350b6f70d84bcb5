import CasusCore

/// What a one-line prompt is for.
public enum PromptPurpose: Sendable, Equatable {
    /// One report, or several marked in the queue.
    case dismiss([IncidentID])
    case close(CaseID, CaseOutcome, seen: StepBasis)
    case reclassify(CaseID, articles: [String], severity: Severity, seen: StepBasis)
    case search
    case command
    case noteTitle(CaseID, EntryKind, [HeardParty])
    /// The day a meeting took place (prefilled with today), after who was heard.
    case meetingDate(CaseID, [HeardParty])
    /// The school screen: a text field of the record (board name, addresses).
    case schoolText(String)
    /// The date of a legal fact (prefilled with today), then its line of text (a school, an outcome).
    case legalDate(CaseID, LegalItem)
    case legalText(CaseID, LegalItem, LocalDate)
    /// The last day a pupil's parents could give their view, after the day they were invited.
    case legalUntil(CaseID, invited: LocalDate)
    /// The day a letter was sent (prefilled with today).
    case sentOn(CaseID, EntryID, SendMethod)
    /// The day an obligation happened where the law counts from it: the date a consent to
    /// dismissal bears, the day the employee was told of the right to revoke it.
    case doneOn(CaseID, ObligationID)
}

/// A one-line question in a box (a reason, search words), or the `:` command line.
public struct PromptScreen: ScreenModel {
    public var title: String
    public var label: String
    public var field: TextField
    public var purpose: PromptPurpose
    /// A line above the field: what the answer is for, or who will read it.
    public var note: String?
    /// The `:` line: which line of the history is shown (nil: the one being typed), and that one.
    private var recalled: Int?
    private var typed = ""
    /// What the field held when the box opened (a day prefilled with today).
    private let initial: String
    /// A reason typed and not yet given goes at the second Esc, as an editor's text: one Esc
    /// emptied a dismissal's reason without a word (a review).
    private var discard = DiscardGuard()
    /// What is asked once more before the answer is saved for good (closing a case), and whether
    /// it has been asked: a case closed as founded at one stray Enter counted as an offence, with
    /// no way back (a review).
    public var confirmation: Phrase?
    private var confirming = false
    public var asksForGood: Bool { confirming }

    public init(title: String, label: String, text: String = "", purpose: PromptPurpose) {
        self.title = title
        self.label = label
        self.field = TextField(text)
        self.purpose = purpose
        self.initial = text
    }

    /// Closing a case asked once more: what the outcome means, and the letters not yet recorded as
    /// sent (a case was closed with its warning letter unsent, and nothing said, a review).
    static func closing(_ outcome: CaseOutcome, about subject: PersonKind, unsent: [EntryID]) -> Phrase {
        let explanation = outcome.explanation(about: subject)
        let letters = unsent.map { "stuk \($0)" }.joined(separator: ", ")
        let lettersEN = unsent.map { "entry \($0)" }.joined(separator: ", ")
        let warning =
            unsent.isEmpty
            ? Phrase("", "")
            : Phrase(
                " Nog niet als verzonden vastgelegd: \(unsent.count == 1 ? "een brief" : "\(unsent.count) brieven") (\(letters)); dat kan ook na het sluiten (z).",
                " Not yet recorded as sent: \(unsent.count == 1 ? "a letter" : "\(unsent.count) letters") (\(lettersEN)); that can be done after closing too (z)."
            )
        return Phrase(
            "De zaak sluiten als \(outcome.label.nl) (\(explanation.nl))?\(warning.nl) Enter sluit haar, blijvend; een andere toets: terug.",
            "Close the case as \(outcome.label.en) (\(explanation.en))?\(warning.en) Enter closes it, for good; any other key: back."
        )
    }

    /// The report is named (its number and its first words), and the reporter's reading of the
    /// reason said: a teacher sees their own report's status and reason under Mijn meldingen.
    static func dismiss(_ id: IncidentID, summary: String?, _ s: AppState) -> PromptScreen {
        var prompt = PromptScreen(
            title: s.t("Melding \(id) afwijzen", "Dismiss report \(id)")
                + (summary.map { ": " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? ""),
            label: s.t("Reden: ", "Reason: "), purpose: .dismiss([id]))
        prompt.note = s.t(
            "Wie de melding in casus invoerde, leest deze reden bij de melding.",
            "Whoever entered the report in casus reads this reason with it.")
        return prompt
    }

    /// `x` on the queue with reports marked: one reason for all of them.
    static func dismissAll(_ ids: [IncidentID], _ s: AppState) -> PromptScreen {
        let list = ids.map(String.init).joined(separator: ", ")
        var prompt = PromptScreen(
            title: ids.count == 1
                ? s.t("Melding \(list) afwijzen", "Dismiss report \(list)")
                : s.t("\(ids.count) meldingen afwijzen: \(list)", "Dismiss \(ids.count) reports: \(list)"),
            label: s.t("Reden: ", "Reason: "), purpose: .dismiss(ids))
        prompt.note = s.t(
            "Eén reden voor alle; wie een melding invoerde, leest hem bij de melding. Een melding die intussen al is beoordeeld, blijft zoals hij is.",
            "One reason for all; whoever entered a report reads it with the report. A report handled meanwhile stays as it is."
        )
        return prompt
    }

    public var context: KeyContext { .prompt }
    public var isOverlay: Bool { true }
    public var isDialog: Bool { true }

    public func footer(_ s: AppState) -> [FooterItem] {
        [FooterItem(.confirm, Phrase("bevestig", "confirm")), FooterItem(.back, Phrase("annuleer", "cancel"))]
    }

    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        guard s.keymap.ownAction(for: key, in: .prompt) == nil, key != .escape else { return nil }
        discard = DiscardGuard()
        if confirming {
            // Any other key: back to the reason, as typed.
            confirming = false
            s.say(Phrase("Niet gesloten; de reden staat er nog.", "Not closed; the reason is still there."))
            return .handled
        }
        if purpose == .command, commandKey(key, &s) { return .handled }
        _ = field.handle(key, &s)
        return .handled
    }

    /// The `:` line's own keys: Tab completes the command, Up/Down walk the history (Down past
    /// the newest gives back what was being typed).
    private mutating func commandKey(_ key: Key, _ s: inout AppState) -> Bool {
        switch key {
        case .tab:
            // A command already followed by its words ("case 2026-0001") has nothing to complete.
            if field.value.contains(" ") { return true }
            switch CommandCompletion.complete(
                field.value, among: CommandCompletion.names(keymap: s.keymap, role: s.session.role))
            {
            case let .completed(line):
                field = TextField(line)
            case let .several(shared, names):
                field = TextField(shared)
                s.say(Phrase(names.joined(separator: "  "), names.joined(separator: "  ")))
            case .none:
                s.say(
                    Phrase(
                        "Geen opdracht begint met ‘\(field.value)’ — ? toont alle opdrachten",
                        "No command begins with ‘\(field.value)’ — ? lists all commands"), error: true)
            }
        case .up:
            let history = s.commandHistory
            let at = (recalled ?? history.count) - 1
            guard history.indices.contains(at) else { return true }
            if recalled == nil { typed = field.value }
            recalled = at
            field = TextField(history[at])
        case .down:
            guard let at = recalled else { return true }
            if at + 1 < s.commandHistory.count {
                recalled = at + 1
                field = TextField(s.commandHistory[at + 1])
            } else {
                recalled = nil
                field = TextField(typed)
            }
        default:
            return false
        }
        return true
    }

    /// A reason or a note typed, not a command or a search.
    public var hasUnsavedText: Bool {
        purpose != .command && purpose != .search
            && !field.value.trimmingCharacters(in: .whitespaces).isEmpty && field.value != initial
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .back where confirming:
            confirming = false
            s.say(Phrase("Niet gesloten; de reden staat er nog.", "Not closed; the reason is still there."))
            return .handled
        case .confirm
        where confirmation != nil && !confirming
            && !field.value.trimmingCharacters(in: .whitespaces).isEmpty:
            confirming = true
            s.say(confirmation!)
            return .handled
        case .back:
            guard hasUnsavedText else { return .closed }
            return discard.allows(&s, then: Phrase("Enter bevestigt", "Enter confirms"))
                ? DiscardGuard.discarded(&s) : .handled
        case .confirm:
            // Asked and answered: a refusal that comes back leaves the reason to be put right, not
            // a question still open (Esc then only said "Niet gesloten" and a third Esc closed it;
            // the keys typed after it went into the reason, a review).
            confirming = false
            var outcome = submit(&s)
            // What was typed and refused here (a day that does not exist) stays, to be put right:
            // the dialog closed and the whole flow before it was lost.
            // The `:` line closes as vim's does: a refused or unknown command is said, not kept.
            if s.status?.isError == true, outcome.effects.isEmpty, outcome.push.isEmpty, purpose != .command {
                return .handled
            }
            // A prompt that saves stays until the store has saved (its success closes the dialogs,
            // App.wrote): refused there (a close an open obligation blocks), the reason typed is
            // still here to be put right. It was closed first, and the text lost.
            if outcome.effects.contains(where: \.isWrite) { return outcome }
            // Closed first: a `:` command then acts on the screen beneath.
            outcome.close = true
            return outcome
        default: return .handled
        }
    }

    func submit(_ s: inout AppState) -> Outcome {
        let text = field.value.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case let .dismiss(ids):
            return .run([.write(.dismiss(ids, reason: text))])
        case let .close(id, outcome, seen):
            return .run([.write(.close(id, outcome: outcome, reason: text, seen: seen))])
        case let .reclassify(id, articles, severity, seen):
            return .run([.write(.reclassify(id, articles: articles, severity: severity, reason: text, seen: seen))])
        case .search:
            return .run(text.isEmpty ? [] : [.ask(.search(text))])
        case let .meetingDate(id, heard):
            guard let day = LegalItem.date(text), day <= s.today else {
                s.say(
                    Phrase(
                        "‘\(text)’ is geen dag van een gesprek: schrijf dd-mm-jjjj, vandaag (\(s.today.dutch)) of eerder; er is niets opgeslagen.",
                        "‘\(text)’ is not the day of a meeting: write dd-mm-yyyy, today (\(s.today.dutch)) or earlier; nothing was saved."
                    ),
                    error: true)
                return .handled
            }
            // Checked before the note is written: refused after it, the note was thrown away to
            // change the day (a review). The store checks it again.
            if let first = s.stack.lazy.compactMap({ ($0 as? CaseScreen)?.detail }).first(where: { $0.record.id == id }
            )?
            .incident?.firstMeetingDay, day < first {
                s.say(
                    Phrase(
                        "een gesprek over deze zaak is niet vóór \(first.dutch) gehouden (de melding of het voorval); geef die dag of later; er is niets opgeslagen.",
                        "a meeting about this case was not held before \(first.iso) (the report or what happened); give that day or later; nothing was saved."
                    ),
                    error: true)
                return .handled
            }
            return EditorScreen.start("", .note(id, .meeting, heard: heard, title: "", heldOn: day), s)
        case let .noteTitle(id, kind, heard):
            return EditorScreen.start("", .note(id, kind, heard: heard, title: text), s)
        case .command:
            s.commandHistory = CommandCompletion.remembering(text, in: s.commandHistory)
            return .run(CommandLine.run(text, &s))
        case let .legalDate(id, item):
            guard let date = Self.day(text, &s) else { return .handled }
            return LegalItem.next(id, item, date, &s)
        case let .legalUntil(id, invited):
            guard let until = Self.day(text, &s) else { return .handled }
            return EditorScreen.start("", .noView(id, invited: invited, until: until), s)
        case let .legalText(id, item, date):
            guard !text.isEmpty else {
                s.say(Phrase("Leeg: er is niets vastgelegd.", "Empty: nothing was recorded."), error: true)
                return .handled
            }
            return .run([.write(.legal(id, item, date, text: text))])
        case let .schoolText(name):
            guard !text.isEmpty else {
                s.say(
                    Phrase("Leeg: er is niets veranderd.", "Empty: nothing was changed."), error: true)
                return .handled
            }
            guard let field = SchoolScreen.Field(rawValue: name), let change = SchoolScreen.change(field, text) else {
                return .handled
            }
            return .run([.write(.setSchool(change))])
        case let .sentOn(id, entry, via):
            guard let day = Self.day(text, &s) else { return .handled }
            return .run([.write(.sent(id, entry: entry, on: day, via: via))])
        case let .doneOn(id, o):
            guard let day = Self.day(text, &s) else { return .handled }
            return .run([.write(.done(id, obligation: o, on: day))])
        }
    }

    /// A day typed in a box that stays open to correct it, or nil, said.
    static func day(_ text: String, _ s: inout AppState) -> LocalDate? {
        if let day = LegalItem.date(text) { return day }
        s.say(
            Phrase(
                "‘\(text)’ is geen datum: schrijf dd-mm-jjjj (bijvoorbeeld \(s.today.dutch)); er is niets vastgelegd. Verbeter de datum en druk Enter.",
                "‘\(text)’ is not a date: write dd-mm-yyyy (for example \(s.today.dutch)); nothing was recorded. Correct the date and press Enter."
            ),
            error: true)
        return nil
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        if purpose == .command {
            let y = c.height - 2
            c.fill(x: 0, y: y, width: c.width, height: 1)
            let x = c.put(":", x: 0, y: y, style: .bold)
            field.draw(into: &c, x: x, y: y, width: c.width - x - 1, focused: true)
            return
        }
        // The note wrapped over up to three lines: at 80 columns it was cut mid-word (a review).
        let inner = min(max(40, c.width - 10), 90) - 4
        let noteLines = Array((note.map { DisplayWidth.wrap($0, to: inner) } ?? [""]).prefix(3))
        let (x, y, width) = Box.draw(title: title, height: 4 + noteLines.count, into: &c)
        for (i, line) in noteLines.enumerated() { c.put(line, x: x, y: y + i, style: .dim, maxX: x + width) }
        let fy = y + noteLines.count
        let fx = c.put(label, x: x, y: fy)
        field.draw(into: &c, x: fx, y: fy, width: width - (fx - x), focused: true)
    }
}

/// `:` commands: every action by its name, plus `case NUMBER` and `search WORDS`. An action
/// goes to the screen the command line was opened on, as its key would.
enum CommandLine {
    static func run(_ line: String, _ s: inout AppState) -> [Effect] {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first?.lowercased() else { return [] }
        let rest = words.count > 1 ? words[1] : ""
        // Each command asks the permission its key asks: `:tab-zaken` opened a teacher's hidden
        // tab, `:dismiss` a dialog only the save refused.
        if let asks = CommandCompletion.ownWords[name] ?? Action(rawValue: name), !s.permits(asks, in: s.top.context) {
            return []
        }
        // Only `case` and `search` take something after their name: `:sent 4` opened the newest
        // letter, not nr. 4, and `:tab-zaken 5`, `:school 2`, `:q x` ignored theirs (reviews).
        // An unknown name is said as unknown, whatever follows it (`:foo bar` was told ‘foo’ takes nothing).
        let known =
            ["q", "quit", "case", "zaak", "school", "search", "zoek"].contains(name) || Action(rawValue: name) != nil
            || CommandCompletion.ownWords[name] != nil
        if known, !["case", "zaak", "search", "zoek"].contains(name), !rest.trimmingCharacters(in: .whitespaces).isEmpty
        {
            s.say(
                Phrase(
                    "‘\(name)’ neemt niets achter zich (‘\(rest)’); er is niets gedaan. Geef alleen ‘\(name)’ en kies daarna op het scherm",
                    "‘\(name)’ takes nothing after it (‘\(rest)’); nothing was done. Give ‘\(name)’ alone and choose on the screen next"
                ),
                error: true)
            return []
        }
        switch name {
        case "q", "quit":
            return App.perform(.quit, &s)
        case "case", "zaak":
            guard !rest.trimmingCharacters(in: .whitespaces).isEmpty else {
                s.say(
                    Phrase(
                        "‘\(name)’ opent een zaak op nummer: schrijf :\(name) 2026-0007",
                        "‘\(name)’ opens a case by its number: write :\(name) 2026-0007"),
                    error: true)
                return []
            }
            return [.ask(.findCase(rest))]
        case "school":
            return App.perform(.school, &s)
        case "search", "zoek":
            return rest.isEmpty ? App.perform(.search, &s) : [.ask(.search(rest))]
        default:
            guard let action = Action(rawValue: name) else {
                s.say(
                    Phrase(
                        "Onbekende opdracht ‘\(name)’ — ? toont alle opdrachten",
                        "Unknown command ‘\(name)’ — ? lists all commands"),
                    error: true)
                return []
            }
            // An action of another screen (`:step` on the Zaken list) did nothing and said nothing:
            // say where it works (found by a review).
            let contexts = Set(s.keymap.bindings.filter { $0.action == action }.map(\.context))
            let here = [s.top.context] + (s.top.context.inherits.map { [$0] } ?? [])
            if !contexts.isEmpty, !contexts.contains(.global), !here.contains(where: contexts.contains) {
                let places = KeyContext.allCases.filter(contexts.contains).map(\.title)
                let nl = places.map(\.nl).joined(separator: ", "), en = places.map(\.en).joined(separator: ", ")
                s.say(
                    Phrase(
                        "‘\(name)’ werkt op het scherm \(nl); open dat eerst",
                        "‘\(name)’ works on the screen \(en); open it first"),
                    error: true)
                return []
            }
            if let effects = App.visitTop(&s, { top, s in top.perform(action, &s) }) { return effects }
            return App.perform(action, &s)
        }
    }
}

/// A bordered box in the middle of the screen (prompts, pickers).
enum Box {
    /// Draws it; returns the inner origin and width.
    static func draw(title: String, height: Int, into c: inout Canvas) -> (x: Int, y: Int, width: Int) {
        let width = min(max(40, c.width - 10), 90)
        let x = max(0, (c.width - width) / 2)
        let y = max(1, (c.height - height) / 2)
        c.fill(x: x, y: y, width: width, height: height, style: .plain)
        c.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: .accent)
        for row in 1..<(height - 1) {
            c.put("│", x: x, y: y + row, style: .accent)
            c.put("│", x: x + width - 1, y: y + row, style: .accent)
        }
        c.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: .accent)
        if !title.isEmpty { c.put(" \(title) ", x: x + 2, y: y, style: .bold, maxX: x + width - 2) }
        return (x + 2, y + 1, width - 4)
    }
}
