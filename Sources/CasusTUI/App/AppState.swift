import CasusCore

public enum Tab: Int, Sendable, CaseIterable, Hashable {
    case incidents = 1, cases, dossiers, overview

    public var title: Phrase {
        switch self {
        case .incidents: Phrase("Meldingen", "Reports")
        case .cases: Phrase("Zaken", "Cases")
        case .dossiers: Phrase("Dossiers", "Dossiers")
        case .overview: Phrase("Overzicht", "Overview")
        }
    }

    var context: KeyContext {
        switch self {
        case .incidents: .incidents
        case .cases: .cases
        case .dossiers: .dossiers
        case .overview: .overview
        }
    }
}

/// A screen opened on top of a tab (Enter opens, Esc goes back).
public enum Screen: Sendable {
    case caseDetail(CaseScreenState)
    case incident(IncidentScreenState)
    case help(scroll: Int)
    case triage(TriageState)
    case stepDialog(StepDialogState)
    case prompt(PromptState)
    case picker(PickerState)
    case editor(EditorState)
    case preview(PreviewState)
    case search(SearchState)
    case dossier(DossierScreenState)
    case entry(EntryScreenState)
}

public struct DossierScreenState: Sendable {
    public var personID: PersonID
    public var view: DossierView?
    public var cursor = 0

    public init(personID: PersonID) { self.personID = personID }

    /// Entries in timeline order, each followed by its corrections.
    public var ordered: [(entry: DossierEntry, isCorrection: Bool)] {
        guard let view else { return [] }
        var out: [(DossierEntry, Bool)] = []
        for e in view.entries where e.corrects == nil || !view.entries.contains(where: { $0.id == e.corrects }) {
            out.append((e, e.corrects != nil))
            for c in view.corrections[e.id] ?? [] { out.append((c, true)) }
        }
        return out
    }
}

public struct EntryScreenState: Sendable {
    public var entry: DossierEntry
    public var corrections: [DossierEntry]
    public var scroll = 0
}

/// The Dossiers tab's filters: a name typed as you go, the kind of person, the group.
public struct PeopleFilter: Sendable {
    public var name = TextField("", limit: 60)
    public var typing = false
    public var kind: PersonKind?
    public var group: String?

    public init() {}
}

public struct CaseScreenState: Sendable {
    public var id: CaseID
    public var detail: CaseDetail?
    public var assessment: LadderAssessment?
    public var scroll: Int = 0

    public init(id: CaseID) { self.id = id }
}

public struct IncidentScreenState: Sendable {
    public var id: IncidentID
    public var incident: Incident?
    public var involved: [Involved] = []
    public var cases: [Case] = []
    public var groupResponse: GroupResponse.Level?
    public var scroll: Int = 0

    public init(id: IncidentID) { self.id = id }
}

public struct StatusLine: Sendable, Equatable {
    public var text: String
    public var isError: Bool
}

/// Who is at the keyboard, for the header.
public struct Session: Sendable, Equatable {
    public var schoolName: String
    public var personName: String
    public var account: String
    public var realAccount: String?
    public var role: Role
    /// How many schools the session sees: more than one for a board over several schools.
    public var schoolCount: Int

    public init(schoolName: String, personName: String, account: String, realAccount: String? = nil, role: Role,
                schoolCount: Int = 1) {
        self.schoolName = schoolName
        self.personName = personName
        self.account = account
        self.realAccount = realAccount
        self.role = role
        self.schoolCount = schoolCount
    }

    /// The lists name each row's school.
    public var acrossSchools: Bool { schoolCount > 1 }
}

/// Everything the screen shows, as one value. `update` makes a new one from a message;
/// `view` draws it. Nothing else changes what is on screen.
public struct AppState: Sendable {
    public var width: Int { didSet { if width != oldValue { drawOverview() } } }
    public var height: Int
    public var lang: Lang { didSet { if lang != oldValue { drawOverview() } } }
    public var session: Session
    public var today: LocalDate
    public var tab: Tab = .cases
    public var stack: [Screen] = []
    public var incidents = ListState<IncidentRow>()
    public var cases = ListState<CaseRow>()
    public var caseFilter = CaseFilter(status: .open)
    public var people = ListState<Person>()
    public var peopleFilter = PeopleFilter()
    public var stats: Statistics? { didSet { drawOverview() } }
    /// The Overzicht as lines, drawn once when the figures, the width or the language change
    /// rather than on every key (three hundred lines of bars and obligations).
    public private(set) var overviewLines: [StyledLine] = []
    public var statsYear: Int
    /// A save changed what the Overzicht counts: it is read again when next shown.
    public var statsStale = false
    public var overviewScroll = 0
    public var openIncidentCount: Int?
    public var status: StatusLine?
    public var quitting = false
    /// $VISUAL or $EDITOR; nil means the built-in editor.
    public var externalEditor: String?
    /// The letter templates (id, title) the picker offers.
    public var templates: [(id: String, title: String, kinds: [SubjectKind])] = []

    public init(width: Int, height: Int, lang: Lang, session: Session, today: LocalDate) {
        self.width = width
        self.height = height
        self.lang = lang
        self.session = session
        self.today = today
        self.statsYear = today.schoolYear
        drawOverview()
    }

    public static let minWidth = 80
    public static let minHeight = 24

    public var isTooSmall: Bool { width < AppState.minWidth || height < AppState.minHeight }

    /// Rows available to a tab's list: header, tabs, column titles, status and footer take five.
    public var listRows: Int { max(1, height - 5) }

    /// Rows available to a scrolling screen (header, title, status, footer).
    public var pageRows: Int { max(1, height - 4) }

    public var context: KeyContext {
        switch stack.last {
        case .caseDetail?: .caseScreen
        case .incident?: .incidents
        case .dossier?: .dossier
        case .entry?: .entry
        case nil: tab.context
        default: .global
        }
    }

    /// The case screen below the dialogs, if any (to reload it after a change).
    var caseBelow: CaseID? {
        for screen in stack.reversed() { if case let .caseDetail(c) = screen { return c.id } }
        return nil
    }

    func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
}

extension AppState {
    mutating func drawOverview() {
        overviewLines = stats.map { BarChart.overview($0, width: width - 2, lang: lang, today: today) }
            ?? [StyledLine(lang == .nl ? "Laden…" : "Loading…", .dim)]
    }
}
