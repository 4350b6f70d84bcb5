import CasusCore

/// What the runtime needs of a terminal. The ncurses terminal implements it; tests use a fake.
public protocol TerminalPort: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ canvas: Canvas)
    /// Blocks until the next event.
    func nextEvent() -> TerminalEvent
}

/// Runs the one-way loop: event → message → update → effects (store calls) → view → terminal.
/// Effects are performed here, outside `update`, and their answers go back in as messages.
public final class Runtime {
    public private(set) var state: AppState
    public let keymap: Keymap
    let service: CasusService

    public init(service: CasusService, keymap: Keymap = .standard, lang: Lang, width: Int, height: Int) throws {
        self.service = service
        self.keymap = keymap
        let school = try service.homeSchool()
        let session = Session(schoolName: school?.name ?? "—", personName: service.actor.displayName,
                              account: service.actor.account, realAccount: service.actor.realAccount, role: service.actor.role)
        var initial = AppState(width: width, height: height, lang: lang, session: session, today: service.today)
        if !AccessPolicy.allows(service.actor, .readTriageQueue) { initial.openIncidentCount = nil }
        state = initial
        // Counts for the tab bar, then whatever the first screen needs.
        if AccessPolicy.allows(service.actor, .readTriageQueue) {
            state.openIncidentCount = try service.countIncidents(status: .new)
        }
        run(App.loads(state))
    }

    /// Feeds one message through update and performs the effects it asks for.
    public func send(_ message: Message) {
        let (next, effects) = App.update(state, message, keymap: keymap)
        state = next
        run(effects)
    }

    public var frame: Canvas { App.view(state, keymap: keymap) }

    func run(_ effects: [Effect]) {
        for effect in effects {
            send(perform(effect))
        }
    }

    func perform(_ effect: Effect) -> Message {
        do {
            switch effect {
            case let .loadCases(filter, offset, limit):
                let total = try service.countCases(filter)
                return .casesLoaded(offset: offset, rows: try service.caseRows(filter, offset: offset, limit: limit), total: total)
            case let .loadIncidents(offset, limit):
                let total = try service.countIncidents(status: .new)
                return .incidentsLoaded(offset: offset, rows: try service.incidentRows(status: .new, offset: offset, limit: limit),
                                        total: total)
            case let .loadCase(id):
                let detail = try service.caseDetail(id)
                return .caseLoaded(detail, try service.assess(id))
            case let .loadIncident(id):
                let (incident, involved) = try service.incident(id)
                return .incidentLoaded(incident, involved, try service.cases(ofIncident: id),
                                       try service.groupResponse(for: incident, involved: involved))
            }
        } catch let error as CasusError {
            return .failed(error)
        } catch {
            return .failed(CasusError(.storage, Phrase(verbatim: "\(error)")))
        }
    }

    /// The interactive loop: draw, wait for an event, update, until the user quits.
    public func loop(on terminal: TerminalPort) {
        let (w, h) = terminal.size
        if w != state.width || h != state.height { send(.event(.resize(width: w, height: h))) }
        while !state.quitting {
            terminal.draw(frame)
            send(.event(terminal.nextEvent()))
        }
    }
}
