import CasusCore
import Foundation

/// What a text being written is for, and what happens when it is saved.
public enum EditPurpose: Sendable, Equatable {
    /// A letter to `to` (nil: the case's first addressee); `then`: the parents at another address,
    /// whose letters open one after the other once this one is filed (issue 16, item 2);
    /// `drafted`: the text it was drafted as, to see whether what it was drafted from changed
    /// before it is filed (LetterRefresh).
    case letter(CaseID, template: String, to: PersonID? = nil, then: [PersonID] = [], drafted: String = "")
    case dossierNote(PersonID, EntryKind)
    /// A note on a case; a meeting note with who was heard and the day it took place.
    case note(CaseID, EntryKind, heard: [HeardParty], title: String, heldOn: LocalDate? = nil)
    /// Recorded from a template's text: the template's `[…]` must be filled in first.
    case escalation(CaseID, ObligationKind, template: String)
    /// Meldplicht: the note of the consultation with the vertrouwensinspecteur.
    case consult(CaseID, suspicion: Bool)
    /// The note of a legal fact (a zienswijze, the breach assessment, an inzage request, a court case).
    case legal(CaseID, LegalItem, LocalDate)
    /// How a pupil's parents were invited to give their view, none coming within the term: the
    /// invitation's day and the term's last day typed before it (`LegalItem.parentsNoView`).
    case noView(CaseID, invited: LocalDate, until: LocalDate)

    /// A text that began as a template's, wrapped at its width (a letter, an escalation's form).
    var isFromTemplate: Bool {
        switch self {
        case .letter, .escalation: true
        default: false
        }
    }
}

/// The built-in editor, when neither $VISUAL nor $EDITOR is set.
public struct EditorScreen: ScreenModel {
    public var title: String
    public var area: TextArea
    public var purpose: EditPurpose
    /// Esc once on a text that is not empty says what a second does.
    var discard = DiscardGuard()

    public init(title: String, text: String, purpose: EditPurpose) {
        self.title = title
        self.area = TextArea(text)
        self.purpose = purpose
    }

    /// Opens the text in $VISUAL/$EDITOR, or in the built-in editor when neither is set.
    /// The editor for `purpose`: the user's own ($EDITOR) or this one, opened on top of the
    /// screen that asks, which stays under it (it was put under a screen that stays open, the
    /// dossier: `n` showed nothing until Esc).
    static func start(_ text: String, _ purpose: EditPurpose, _ s: AppState) -> Outcome {
        if s.externalEditor != nil { return .run([.editExternally(text, purpose)]) }
        return .open(EditorScreen(title: title(purpose, s), text: text, purpose: purpose))
    }

    static func title(_ purpose: EditPurpose, _ s: AppState) -> String {
        switch purpose {
        case let .letter(_, template, _, _, _): s.templates.first { $0.id == template }?.title ?? template
        case let .note(_, kind, _, title, _): title.isEmpty ? kind.label(s.lang).capitalizedFirst : title
        case let .dossierNote(_, kind): kind.label(s.lang).capitalizedFirst
        case let .escalation(_, kind, _): kind.label(s.lang)
        case let .legal(_, .zienswijzeNone, date):
            s.t("Geen zienswijze — uitgenodigd hoe, wanneer, tot wanneer", "No view — invited how, when, until when")
                + " — " + date.dutch
        case let .noView(_, invited, until):
            s.t("Geen zienswijze — hoe uitgenodigd", "No view — invited how") + " — "
                + s.t(
                    "uitgenodigd \(invited.dutch), termijn t/m \(until.dutch)",
                    "invited \(invited.dutch), term to \(until.dutch)")
        case let .legal(_, item, date): item.label(s.lang) + " — " + date.dutch
        case let .consult(_, suspicion):
            s.t("Overleg vertrouwensinspecteur", "Consultation vertrouwensinspecteur")
                + (suspicion
                    ? s.t(" — redelijk vermoeden", " — reasonable suspicion")
                    : s.t(" — geen redelijk vermoeden", " — no reasonable suspicion"))
        }
    }

    public var context: KeyContext { .editor }
    public var isDialog: Bool { true }
    public var holdsWriting: Bool { true }
    public var hasUnsavedText: Bool { !area.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public func footer(_ s: AppState) -> [FooterItem] {
        [FooterItem(.save, Phrase("klaar", "done"), bothKeys: true), FooterItem(.back, Phrase("weggooien", "discard"))]
    }

    /// Every key writes, but for those bound in the editor (F2, Ctrl-S) and Esc.
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        guard s.keymap.ownAction(for: key, in: .editor) == nil, key != .escape else { return nil }
        discard = DiscardGuard()
        let rows = max(1, s.height - 6)
        // A page keeps one line of the last in view, as the other pages do.
        _ = area.handle(key, page: max(1, rows - 1), width: s.width - 2)
        area.scroll(rows: rows, width: s.width - 2)
        return .handled
    }

    /// A pasted text, inserted at once (`TextArea.insert`): a megabyte went through as a key per
    /// character, each breaking its line into rows again, and the editor hung for minutes (a review).
    public mutating func paste(_ text: String, _ s: AppState) {
        discard = DiscardGuard()
        area.insert(text)
        area.scroll(rows: max(1, s.height - 6), width: s.width - 2)
    }

    /// The rows the view shows, broken at the screen's width as it now is (after a resize too).
    public mutating func layout(_ s: AppState) { area.warm(rows: max(1, s.height - 6), width: s.width - 2) }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .save:
            s.letterConflicts = []
            return Outcome(
                effects: PreviewScreen.open(title: title, text: area.value, purpose: purpose, &s), close: true)
        case .back, .quit:
            return !hasUnsavedText
                || discard.allows(&s, action, then: Phrase("F2 of Ctrl-S gaat verder", "F2 or Ctrl-S goes on"))
                ? DiscardGuard.discarded(&s) : .handled
        default:
            return .handled
        }
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        c.put(s.t("Bewerken: ", "Editing: ") + title, x: 1, y: 1, style: .bold)
        c.hline(x: 0, y: 2, width: c.width)
        area.draw(into: &c, x: 1, y: 3, width: c.width - 2, rows: max(1, c.height - 6))
    }
}

/// A letter (or note) as it will be filed, before it is: Enter saves, e edits again, Esc discards.
public struct PreviewScreen: ScreenModel {
    public var title: String
    public var text: String
    public var purpose: EditPurpose
    /// Each other pupil's name replaced in a letter's text, shown above it (LetterReview).
    public var replaced: [Phrase]
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?
    /// Esc (or q) once says what a second does, as in the editor.
    var discard = DiscardGuard()

    /// Said above the letter before it is filed (the report's own text in it).
    public var warning: Phrase?
    /// The same letter is in the case already (said on the status line): Enter once more files it.
    var again = false

    public init(title: String, text: String, purpose: EditPurpose, replaced: [Phrase] = [], warning: Phrase? = nil) {
        self.warning = warning
        self.title = title
        self.text = text
        self.purpose = purpose
        self.replaced = replaced
    }

    /// Opens the preview of a written text. A letter is first reviewed by the store: the preview
    /// shows it as it will be filed, with each other pupil's name replaced and listed.
    static func open(title: String, text: String, purpose: EditPurpose, _ s: inout AppState) -> [Effect] {
        if case let .letter(id, _, _, _, _) = purpose {
            return [.ask(.letterReview(id, body: text, title: title, purpose: purpose))]
        }
        s.stack.append(PreviewScreen(title: title, text: text, purpose: purpose))
        return []
    }

    public var context: KeyContext { .preview }
    public var isDialog: Bool { true }
    public var holdsWriting: Bool { true }
    public var hasUnsavedText: Bool { true }

    public func footer(_ s: AppState) -> [FooterItem] {
        var items = [FooterItem(.confirm, Phrase("opslaan in dossier", "file in dossier"))]
        if case .letter = purpose { items.append(FooterItem(.pdf, Phrase("opslaan + PDF", "file + PDF"))) }
        return items + [
            FooterItem(.edit, Phrase("bewerken", "edit")),
            FooterItem(.back, Phrase("weggooien", "discard")), FooterItem([.up, .down], Phrase("scroll", "scroll")),
        ]
    }

    /// Any key but Enter and p, one bound to nothing too, asks again before the same letter is
    /// filed a second time ("y" and then Enter filed it, a review).
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        let action = s.keymap.action(for: key, in: .preview)
        if action != .confirm, action != .pdf { again = false }
        return nil
    }

    /// The keys that leave the preview, and would take its text with them.
    static let leaving: Set<Action> = [
        .back, .quit, .tabIncidents, .tabCases, .tabDossiers, .tabOverview, .nextTab, .previousTab,
    ]

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        // Any key but one that leaves starts the question afresh (`DiscardGuard` asks again at another
        // leaving key).
        if !Self.leaving.contains(action) { discard = DiscardGuard() }
        // Enter files the same letter again only right after it was said to be in the case.
        let insisted = again
        if action != .confirm, action != .pdf { again = false }
        if action == .confirm || action == .pdf, case .letter = purpose, !s.letterConflicts.isEmpty {
            let lines = s.letterConflicts.prefix(2).map(\.said).joined(separator: "; ")
            s.say(
                Phrase(
                    "Eerst aanpassen (e): deze regels veranderde u zelf, en ze zijn sinds het concept gewijzigd: \(lines); er is niets opgeslagen.",
                    "Edit first (e): you changed these lines yourself, and they changed since the draft: \(lines); nothing was saved."
                ), error: true)
            return .handled
        }
        switch action {
        case .confirm:
            return .run([.write(.save(purpose, body: text, again: insisted))])
        case .pdf:
            guard case .letter = purpose else {
                s.say(Phrase("Alleen een brief wordt een PDF.", "Only a letter becomes a PDF."), error: true)
                return .handled
            }
            return .run([.write(.saveAndPrint(purpose, body: text, again: insisted))])
        case .edit:
            var editor = EditorScreen.start(text, purpose, s)
            editor.close = true
            return editor
        // A tab's key too: `2` dropped a letter typed and previewed, without a word (a review).
        case _ where Self.leaving.contains(action):
            return discard.allows(&s, action, then: Phrase("Enter slaat op, e bewerkt", "Enter saves, e edits"))
                ? DiscardGuard.discarded(&s) : .handled
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
        case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
        case .top: viewport.move(.top)
        case .bottom: viewport.move(.bottom)
        default: return nil
        }
        return .handled
    }

    /// Laid out once per width and language: a 1 MB letter is wrapped once, then only its
    /// visible lines are drawn.
    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            var review: [StyledLine] = []
            if let warning {
                review += StyledLine.wrapped(warning(s.lang), width: s.width - 2, indent: 0, style: .warn)
                review.append(.empty)
            }
            if !replaced.isEmpty {
                review += StyledLine.wrapped(LetterReview.heading(s.lang), width: s.width - 2, indent: 0, style: .bold)
                for r in replaced { review += StyledLine.wrapped(r(s.lang), width: s.width - 2, indent: 2) }
                review.append(.empty)
            }
            lines =
                [StyledLine(s.t("Voorbeeld: ", "Preview: ") + title, .bold), .empty] + review
                + TextBlocks.lines(text, width: s.width - 2, indent: 2, wrappedText: purpose.isFromTemplate)
            laidOut = key
        }
        viewport.resize(count: lines.count, rows: Page.rows(s))
    }

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c) }
}

/// A text not yet saved is thrown away at the second Esc: the first says what the second does and
/// what else may be done (one Esc, or a stray one, lost a whole note or letter). Any other key
/// starts it afresh.
struct DiscardGuard: Sendable {
    /// The action that asked first: the same one again lets the text go. The warning named Esc,
    /// and a second `q` threw an edited letter away (a review).
    private var armed: Action?

    /// True when the text may go now; the first time (or after another leaving key), says so instead.
    mutating func allows(
        _ s: inout AppState, _ action: Action = .back, then other: Phrase,
        what: Phrase = Phrase("De tekst is nog niet opgeslagen", "The text is not saved yet"),
        it: Phrase = Phrase("hem", "it")
    ) -> Bool {
        if armed == action { return true }
        armed = action
        let key =
            action == .back
            ? "Esc"
            : s.keymap.keys(for: action, in: .global).first.map { $0.symbol(s.lang) } ?? "Esc"
        s.say(
            what + Phrase(": nog een keer \(key) gooit \(it.nl) weg, ", ": \(key) again throws \(it.en) away, ")
                + other + Phrase(".", "."),
            error: true)
        return false
    }

    /// The text goes: said, and the screen closes.
    static func discarded(_ s: inout AppState) -> Outcome {
        s.say(Phrase("Weggegooid; er is niets opgeslagen.", "Discarded; nothing was saved."))
        return .closed
    }
}
