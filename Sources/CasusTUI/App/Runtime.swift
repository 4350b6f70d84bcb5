import CasusCore
import Dispatch

/// What the runtime needs of a terminal. The ncurses terminal implements it; tests use a fake.
public protocol TerminalPort: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ canvas: Canvas)
    /// The next event; `.tick` when nothing happened for `timeout` milliseconds.
    func nextEvent(timeout: Int) -> TerminalEvent
    /// Hands the terminal to $VISUAL/$EDITOR with this text and takes it back, with what the
    /// editor left.
    func edit(_ text: String, editor: String) -> EditorOutcome
    /// Paints every cell again at the next draw, not only those that changed since the last one
    /// (what another program wrote over the screen is not known to casus).
    func repaint()
    /// Throws away the keys typed and not yet read (pressed blind while casus waited for the store).
    func discardTypeahead()
}

extension TerminalPort {
    public func repaint() {}
    public func discardTypeahead() {}
}

/// Runs the one-way loop: event → message → update → effects → view → terminal. Effects wait
/// in a queue and are performed one at a time, in order, through the handler; each answer goes
/// back in as a message (never by recursion, so no chain of answers can grow the stack).
public final class Runtime {
    public private(set) var state: AppState
    let handler: any EffectHandler
    /// The terminal while the loop runs (for the external editor).
    private weak var terminal: TerminalPort?
    private var queue: [Effect] = []
    /// How often an idle screen looks for what others saved, in milliseconds.
    public static let tickInterval = 1500
    /// A safety net against a design error: no single input may cause more effects than this.
    static let effectLimit = 10_000

    /// A runtime over a session, with the real handler.
    public convenience init(
        service: CasusService, keymap: Keymap = .standard, letters: LetterLibrary = LetterLibrary([]),
        editor: String? = nil, printer: (any LetterPrinter)? = nil, files: String? = nil,
        retention: RetentionPolicy = .standard, lang: Lang, width: Int, height: Int
    ) throws {
        let state = try Runtime.initialState(
            service: service, keymap: keymap, letters: letters, editor: editor, lang: lang,
            width: width, height: height)
        self.init(
            state: state,
            handler: ServiceEffects(
                service: service, letters: letters, printer: printer, files: files, retention: retention))
    }

    /// A runtime over any handler (tests use fakes that fail).
    public init(state: AppState, handler: any EffectHandler) {
        self.state = state
        self.handler = handler
        var s = state
        let effects = App.settle(&s)
        self.state = s
        queue = effects
        drain()
    }

    static func initialState(
        service: CasusService, keymap: Keymap, letters: LetterLibrary, editor: String?, lang: Lang,
        width: Int, height: Int
    ) throws -> AppState {
        // A board over several schools sees them all: the header says so, and the lists name the school.
        let directory = service.directory
        let schools = service.scope.schoolID == nil ? try directory.schools() : []
        let home = schools.count > 1 ? nil : try directory.homeSchool()
        let schoolName =
            schools.count > 1
            ? Phrase("Alle scholen (\(schools.count))", "All schools (\(schools.count))")(lang)
            : home?.name ?? "—"
        var session = Session(
            schoolName: schoolName, personName: service.actor.displayName, account: service.actor.account,
            realAccount: service.actor.realAccount, role: service.actor.role, schoolCount: max(1, schools.count))
        session.sectors = PupilGroup.sectors(schools.isEmpty ? [home].compactMap { $0 } : schools)
        session.schoolNames = Dictionary(schools.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var state = AppState(
            width: width, height: height, lang: lang, session: session, today: service.today, keymap: keymap)
        state.externalEditor = editor
        state.templates = letters.templates.map {
            LetterChoice(
                id: $0.id, title: $0.title, kinds: $0.appliesTo, announces: $0.announces,
                onObjection: $0.needsObjection,
                anotherMeasure: $0.makesKnownAnotherMeasureThanADismissal)
        }
        return state
    }

    public var keymap: Keymap { state.keymap }

    /// Feeds one message through update, then performs the effects it and their answers ask for.
    public func send(_ message: Message) {
        apply(message)
        drain()
    }

    public var frame: Canvas { App.view(state) }

    private func apply(_ message: Message) {
        let (next, effects) = App.update(state, message)
        state = next
        queue.append(contentsOf: effects)
    }

    private func drain() {
        var performed = 0
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            performed += 1
            guard performed <= Runtime.effectLimit else {
                queue.removeAll()
                state.say(
                    Phrase(
                        "casus stopte een kringloop van opdrachten; meld dit als fout.",
                        "casus stopped a loop of effects; please report this as a bug."), error: true)
                return
            }
            apply(perform(effect))
        }
    }

    func perform(_ effect: Effect) -> Message {
        switch effect {
        case let .fetch(request, ticket):
            do {
                let value = try handler.fetch(request)
                return .fetched(request, ticket: ticket, .success(value), version: token())
            } catch {
                return .fetched(request, ticket: ticket, .failure(Self.casusError(error)), version: 0)
            }
        case let .ask(question):
            do { return .answered(question, .success(try handler.ask(question))) } catch {
                return .answered(question, .failure(Self.casusError(error)))
            }
        case let .write(change):
            // A save may wait for another program that holds the database (up to its busy
            // timeout): the screen says it is saving, and the keys pressed blind meanwhile are not
            // run on what the save leaves (a queued key wiped its message, an Esc left the case
            // before the director saw "opgeslagen", a review).
            if let terminal {
                var saving = state
                saving.say(Phrase("Bezig met opslaan…", "Saving…"))
                terminal.draw(App.view(saving))
            }
            let began = DispatchTime.now().uptimeNanoseconds
            defer {
                if DispatchTime.now().uptimeNanoseconds - began > Runtime.blindAfter { terminal?.discardTypeahead() }
            }
            do {
                let saved = try handler.write(change)
                return .wrote(change, .success(saved), version: token())
            } catch {
                return .wrote(change, .failure(Self.casusError(error)), version: 0)
            }
        case let .editExternally(text, purpose):
            guard let terminal, let editor = state.externalEditor else { return .edited(.noFile, purpose) }
            return .edited(terminal.edit(text, editor: editor), purpose)
        case .repaint:
            terminal?.repaint()
            return .event(.noise)
        case .checkForChanges:
            // A store that cannot answer now is asked again on the next tick.
            return (try? handler.changeToken()).map(Message.changeToken) ?? .event(.noise)
        }
    }

    private func token() -> UInt64 { (try? handler.changeToken()) ?? 0 }

    /// How long (nanoseconds) a question for good is on the screen before a key answers it.
    static let readingTime: UInt64 = 400_000_000

    /// A save that took longer than this (nanoseconds) had the user waiting: what was typed
    /// meanwhile is dropped.
    static let blindAfter: UInt64 = 700_000_000

    static func casusError(_ error: any Error) -> CasusError {
        error as? CasusError ?? CasusError(.storage, Phrase(verbatim: "\(error)"))
    }

    /// The interactive loop: draw, wait for an event (or a tick), update, until the user quits.
    /// `onFrame` hears, for every key or resize, the milliseconds from the event to its frame on
    /// the terminal, the event, and the tab it arrived on.
    public func loop(on terminal: TerminalPort, onFrame: ((Double, TerminalEvent, Tab) -> Void)? = nil) {
        self.terminal = terminal
        let (w, h) = terminal.size
        if w != state.width || h != state.height { send(.event(.resize(width: w, height: h))) }
        var last: (at: UInt64, event: TerminalEvent, tab: Tab)?
        // When a question for good was last asked: a key within `Runtime.readingTime` of it was
        // pressed before it could be read (a habitual double Enter, 20 to 250 ms apart, recorded a
        // suspension and closed a case, a review), and is dropped.
        var askedAt: UInt64?
        while !state.quitting {
            terminal.draw(frame)
            if let last, let onFrame, last.event != .tick {
                onFrame(Double(DispatchTime.now().uptimeNanoseconds - last.at) / 1_000_000, last.event, last.tab)
            }
            let event = terminal.nextEvent(timeout: Runtime.tickInterval)
            last = (DispatchTime.now().uptimeNanoseconds, event, state.tab)
            let asked = state.stack.last?.asksForGood ?? false
            if asked, case .key = event, let at = askedAt,
                DispatchTime.now().uptimeNanoseconds - at < Runtime.readingTime
            {
                continue
            }
            send(.event(event))
            // A question for good just asked is answered by a key pressed after it: a pasted
            // paragraph's second line end answered "Enter legt het vast, blijvend" (a review).
            if !asked, state.stack.last?.asksForGood == true {
                terminal.discardTypeahead()
                askedAt = DispatchTime.now().uptimeNanoseconds
                continue
            }
            // Characters already waiting for the editor (a paste the terminal does not bracket,
            // typing ahead) are written before the next frame: a frame for each made a 100 KB
            // paste take minutes (a review). At most a screenful at a time, then a frame.
            var written = 0
            while case .key(.char) = event, state.stack.last is EditorScreen, !state.quitting, written < 2_000 {
                let more = terminal.nextEvent(timeout: 1)
                guard case .key = more else {
                    if more != .tick { send(.event(more)) }
                    break
                }
                last = (DispatchTime.now().uptimeNanoseconds, more, state.tab)
                send(.event(more))
                written += 1
            }
        }
    }
}
