import Dispatch
import CasusCore

/// What the runtime needs of a terminal. The ncurses terminal implements it; tests use a fake.
public protocol TerminalPort: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ canvas: Canvas)
    /// Blocks until the next event.
    func nextEvent() -> TerminalEvent
    /// Hands the terminal to $VISUAL/$EDITOR with this text and takes it back; nil when the
    /// editor failed.
    func edit(_ text: String, editor: String) -> String?
}

/// Runs the one-way loop: event → message → update → effects (store calls) → view → terminal.
/// Effects are performed here, outside `update`, and their answers go back in as messages.
public final class Runtime {
    public private(set) var state: AppState
    public let keymap: Keymap
    let service: CasusService
    let letters: LetterLibrary
    /// The terminal while the loop runs (for the external editor).
    private weak var terminal: TerminalPort?

    public init(service: CasusService, keymap: Keymap = .standard, letters: LetterLibrary = LetterLibrary([]),
                editor: String? = nil, lang: Lang, width: Int, height: Int) throws {
        self.service = service
        self.keymap = keymap
        self.letters = letters
        // A board over several schools sees them all: the header says so, and the lists name the school.
        let schools = service.scope.schoolID == nil ? try service.schools() : []
        let schoolName = schools.count > 1
            ? Phrase("Alle scholen (\(schools.count))", "All schools (\(schools.count))")(lang)
            : try service.homeSchool()?.name ?? "—"
        let session = Session(schoolName: schoolName, personName: service.actor.displayName,
                              account: service.actor.account, realAccount: service.actor.realAccount, role: service.actor.role,
                              schoolCount: max(1, schools.count))
        var initial = AppState(width: width, height: height, lang: lang, session: session, today: service.today)
        initial.externalEditor = editor
        initial.templates = letters.templates.map { ($0.id, $0.title, $0.appliesTo) }
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
            case let .loadTriage(id):
                try AccessPolicy.require(service.actor, .triage)
                let (incident, involved, profile, suggested, crossing, group) = try service.triageContext(id)
                return .triageLoaded(TriageData(incident: incident, involved: involved, articles: profile.articles,
                                                suggested: suggested, profileName: profile.name, crossingAllowed: crossing,
                                                groupResponse: group))
            case let .loadPeople(kind, group, text, offset, limit):
                let kinds = kind.map { [$0] } ?? []
                let total = try service.countPeople(kinds: kinds, group: group, text: text)
                return .peopleLoaded(offset: offset, rows: try service.people(kinds: kinds, group: group, text: text, offset: offset,
                                                                             limit: limit), total: total)
            case let .loadDossier(id):
                return .dossierLoaded(try service.dossier(id))
            case let .loadStats(year, obligations):
                return .statsLoaded(try service.statistics(schoolYear: year, obligationLimit: obligations ? 200 : 0),
                                    withObligations: obligations)
            case let .loadStepOptions(id):
                try AccessPolicy.require(service.actor, .decide)
                let detail = try service.caseDetail(id)
                return .stepOptions(id, detail.subject.kind.ladderKind, try service.assess(id))
            case let .triage(id, subjects, articles, severity, flags):
                return .triaged(try service.triage(incident: id, subjects: subjects, articles: articles, severity: severity, flags: flags))
            case let .dismiss(id, reason):
                try service.dismissIncident(id, reason: reason)
                return .saved(Phrase("Melding \(id) afgewezen.", "Report \(id) dismissed."), reloadCase: nil)
            case let .step(id, request):
                let (step, obligations) = try service.step(id, request)
                let kind = try service.caseDetail(id).subject.kind.ladderKind
                return .stepped(id, step, obligations, template: LadderEngine.template(for: step.rung, kind: kind))
            case let .done(id, obligation):
                let o = try service.markDone(id, obligation: String(obligation))
                return .saved(Phrase("Afgevinkt: \(o.kind.label.nl)", "Done: \(o.kind.label.en)"), reloadCase: id)
            case let .close(id, reason):
                try service.close(id, reason: reason)
                return .saved(Phrase("Zaak gesloten.", "Case closed."), reloadCase: id)
            case let .draft(id, template, purpose):
                return .drafted(try service.draftLetter(case: id, template: try letters.require(template)), purpose)
            case let .editExternally(text, purpose):
                guard let terminal, let editor = state.externalEditor else { return .edited(nil, purpose) }
                return .edited(terminal.edit(text, editor: editor), purpose)
            case let .save(purpose, body):
                return try save(purpose, body)
            case let .search(text):
                return .searched(text, try service.search(text))
            case let .findCase(number):
                return .openCase(try service.resolveCase(number))
            }
        } catch let error as CasusError {
            return .failed(error)
        } catch {
            return .failed(CasusError(.storage, Phrase(verbatim: "\(error)")))
        }
    }

    func save(_ purpose: EditPurpose, _ body: String) throws -> Message {
        switch purpose {
        case let .letter(id, template):
            let (entry, done) = try service.addLetter(case: id, template: try letters.require(template), body: body)
            let extra = done.isEmpty ? Phrase("", "") : Phrase("; afgevinkt: " + done.map { $0.kind.label.nl }.joined(separator: ", "),
                                                                 "; done: " + done.map { $0.kind.label.en }.joined(separator: ", "))
            return .saved(Phrase("Brief opgeslagen in het dossier (nr. \(entry.seq))", "Letter filed in the dossier (no. \(entry.seq))") + extra,
                          reloadCase: id)
        case let .note(id, kind, heard, title):
            let entry = try service.addEntry(case: id, kind: kind, title: title.isEmpty ? nil : title, body: body, heard: heard)
            return .saved(Phrase("\(kind.label.nl.capitalizedFirst) opgeslagen (nr. \(entry.seq))",
                                 "\(kind.label.en.capitalizedFirst) saved (no. \(entry.seq))"), reloadCase: id)
        case let .dossierNote(person, kind):
            let entry = try service.addDossierEntry(person: person, kind: kind, title: nil, body: body)
            return .dossierSaved(person, Phrase("\(kind.label.nl.capitalizedFirst) opgeslagen (nr. \(entry.seq))",
                                                "\(kind.label.en.capitalizedFirst) saved (no. \(entry.seq))"))
        case let .escalation(id, kind):
            let entry = try service.recordEscalation(id, kind: kind, body: body)
            return .saved(Phrase("Vastgelegd: \(kind.label.nl) (nr. \(entry.seq))", "Recorded: \(kind.label.en) (no. \(entry.seq))"),
                          reloadCase: id)
        }
    }

    /// The interactive loop: draw, wait for an event, update, until the user quits.
    /// `onFrame` hears, for every event, the milliseconds from the event to its frame on the
    /// terminal, the event, and the tab it arrived on.
    public func loop(on terminal: TerminalPort, onFrame: ((Double, TerminalEvent, Tab) -> Void)? = nil) {
        self.terminal = terminal
        let (w, h) = terminal.size
        if w != state.width || h != state.height { send(.event(.resize(width: w, height: h))) }
        var last: (at: UInt64, event: TerminalEvent, tab: Tab)?
        while !state.quitting {
            terminal.draw(frame)
            if let last, let onFrame {
                onFrame(Double(DispatchTime.now().uptimeNanoseconds - last.at) / 1_000_000, last.event, last.tab)
            }
            let event = terminal.nextEvent()
            last = (DispatchTime.now().uptimeNanoseconds, event, state.tab)
            send(.event(event))
        }
    }
}
