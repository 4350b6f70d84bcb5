import CasusCore

public enum Tab: Int, Sendable, CaseIterable, Hashable {
    case incidents = 1, cases, dossiers, overview

    /// The key action that opens the tab (its permission is the tab's).
    public var action: Action {
        switch self {
        case .incidents: .tabIncidents
        case .cases: .tabCases
        case .dossiers: .tabDossiers
        case .overview: .tabOverview
        }
    }

    public var title: Phrase {
        switch self {
        case .incidents: Phrase("Meldingen", "Reports")
        case .cases: Phrase("Zaken", "Cases")
        case .dossiers: Phrase("Dossiers", "Dossiers")
        case .overview: Phrase("Overzicht", "Overview")
        }
    }
}

public struct StatusLine: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }
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
    /// Each school's sector: a primary school's pupils have a group, a VO or SO school's a class.
    public var sectors: [SchoolID: Sector] = [:]
    /// Each school's name, for a board over several: two pupils of one name at two schools looked
    /// alike in a search (a review).
    public var schoolNames: [SchoolID: String] = [:]

    public init(
        schoolName: String, personName: String, account: String, realAccount: String? = nil, role: Role,
        schoolCount: Int = 1
    ) {
        self.schoolName = schoolName
        self.personName = personName
        self.account = account
        self.realAccount = realAccount
        self.role = role
        self.schoolCount = schoolCount
    }

    /// The lists name each row's school.
    public var acrossSchools: Bool { schoolCount > 1 }

    /// "groep 5" / "klas 3B": a pupil's group as their school names it; nil without one.
    public func groupLabel(_ p: Person) -> Phrase? {
        p.group.map { PupilGroup.label($0, sectors[p.schoolID] ?? .po) }
    }

    /// ", groep 5" / ", klas 3B", to follow a name; "" without a group.
    public func group(_ p: Person, _ lang: Lang) -> String { groupLabel(p).map { ", " + $0(lang) } ?? "" }

    /// ", De Linde" after a person's kind and group, where the session sees several schools.
    public func school(_ id: SchoolID) -> String {
        guard acrossSchools, let name = schoolNames[id] else { return "" }
        return ", " + name
    }
}

/// Everything the screen shows, as one value. `update` makes a new one from a message;
/// `view` draws it. Nothing else changes what is on screen.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    public var lang: Lang
    public var session: Session
    public var today: LocalDate
    public var keymap: Keymap
    public var tab: Tab = .cases
    /// Screens opened on top of the tab (Enter opens, Esc goes back), dialogs included.
    public var stack: [any ScreenModel] = []
    /// The four tabs, kept while another shows, so each comes back as it was left.
    public var incidentQueue = IncidentQueueScreen()
    public var caseList = CaseListScreen()
    public var peopleBrowser = PeopleScreen()
    public var overview: OverviewScreen
    public var status: StatusLine?
    /// Lines of a letter the director changed that a change since its draft also touched
    /// (LetterRefresh): it is not filed before they edit it once more (a second Enter filed the
    /// old address, a review).
    /// A step dialog's typed fields, kept when a change elsewhere closed it (`StepDialog.Typed`):
    /// the case, and what was typed.
    public var keptStep: (caseID: CaseID, typed: StepDialog.Typed)?
    /// A case's closing reason and the outcome it was written for, kept when another session's
    /// change refused the close (it was thrown away, where a step's text was kept, a review): the
    /// next close of that case starts on that outcome and offers the reason with it alone (filled in
    /// under another outcome, a reason for "ongegrond" was saved as "gegrond", the next review).
    public var keptClose: (caseID: CaseID, outcome: CaseOutcome, reason: String)?
    public var letterConflicts: [LetterRefresh.Change] = []
    /// The letter just filed to one parent, as drafted and as edited: the other parent's letter
    /// (`to`) opens with the same edits carried in. It opened as a fresh draft, and parents who
    /// live apart got different texts of one decision, with no word (a review).
    public var carriedLetter: (to: PersonID, edited: String, drafted: String)?
    public var quitting = false
    /// Ended by Ctrl-C (the program exits 130).
    public var interrupted = false
    /// Ctrl-C was pressed once over unsaved text: the next one quits (any other key forgets it).
    public var interruptAsked = false
    /// $VISUAL or $EDITOR; nil means the built-in editor.
    public var externalEditor: String?
    /// The letter templates (id, title) the picker offers.
    /// `announces`: the decisions a template makes known (none: a letter for any case).
    public var templates: [LetterChoice] = []
    /// The store's change token as last seen: when a tick finds another, someone saved something.
    public var knownToken: UInt64?
    /// A director changed this account's role or ended its access while the screen was open: what
    /// was read under the old role is gone from the screen, and casus only says so (and quits).
    public var accessChanged: AccountStanding?
    /// A wider role this account was given while the screen was open (said once).
    public var roleWidenedTo: Role?
    /// The `:` lines run in this session, oldest first (Up/Down on the `:` line recall them).
    public var commandHistory: [String] = []

    public init(width: Int, height: Int, lang: Lang, session: Session, today: LocalDate, keymap: Keymap = .standard) {
        self.width = width
        self.height = height
        self.lang = lang
        self.session = session
        self.today = today
        self.keymap = keymap
        self.overview = OverviewScreen(year: today.schoolYear)
        // A teacher starts where its work is: the reports it filed.
        if !readsQueue && hasReportsTab { tab = .incidents }
    }

    public static let minWidth = 80
    public static let minHeight = 24

    public var isTooSmall: Bool { width < AppState.minWidth || height < AppState.minHeight }

    /// Rows available to a tab's list: header, tabs, column titles, status and footer take five.
    public var listRows: Int { max(1, height - 5) }

    /// Rows available to a scrolling screen (header, title, status, footer).
    public var pageRows: Int { max(1, height - 4) }

    /// The role may read the triage queue (its count shows in the tab bar).
    public var readsQueue: Bool { AccessPolicy.allows(session.role, .readTriageQueue) }

    /// Tab 1 is there for the role: the triage queue, or (a teacher) the reports it filed itself.
    public var hasReportsTab: Bool { readsQueue || AccessPolicy.allows(session.role, .reportIncident) }

    /// The tabs the role may open, in their order: the tab bar draws these and Tab/Shift-Tab
    /// go round them (an IB was shown "1 Mijn meldingen", a tab it could only be refused).
    public var tabs: [Tab] { Tab.allCases.filter { $0.action.isAllowed(for: session.role, in: .global) } }

    /// Tab 1's title: "Mijn meldingen" for a role that follows only its own reports.
    public var reportsTabTitle: Phrase { readsQueue ? Tab.incidents.title : Phrase("Mijn meldingen", "My reports") }

    public var cases: ListState<CaseRow> { caseList.list }
    public var incidents: ListState<IncidentRow> { incidentQueue.list }
    public var people: ListState<Person> { peopleBrowser.list }
    public var caseFilter: CaseFilter { caseList.filter }

    /// The screen keys go to: the top of the stack, else the tab.
    public var top: any ScreenModel {
        stack.last ?? tabScreen(tab)
    }

    public func tabScreen(_ t: Tab) -> any ScreenModel {
        switch t {
        case .incidents: incidentQueue
        case .cases: caseList
        case .dossiers: peopleBrowser
        case .overview: overview
        }
    }

    /// The key context of the screen on top.
    public var context: KeyContext { top.context }

    func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }

    /// Every status line names the screen's keys, not the command line's commands (ScreenWords).
    public mutating func say(_ text: String, error: Bool = false) {
        status = StatusLine(text: ScreenWords.onScreen(text, lang, keymap: keymap), isError: error)
    }
    public mutating func say(_ phrase: Phrase, error: Bool = false) { say(phrase(lang), error: error) }
    public mutating func fail(_ error: CasusError) {
        say(error.text(lang).replacingOccurrences(of: "\n", with: " — "), error: true)
    }

    /// The top screen of a type, if it is on top.
    public func topScreen<S: ScreenModel>(_ type: S.Type) -> S? { stack.last as? S }
}

/// A letter template as the picker offers it: for which subjects, which decisions it makes known,
/// and whether it is written on an objection (offered only in a case that has one).
public struct LetterChoice: Sendable {
    public var id: String
    public var title: String
    public var kinds: [SubjectKind]
    public var announces: Set<Rung>
    public var onObjection = false
    /// It makes known a measure other than a dismissal (`LetterTemplate`): not after the employment
    /// ended with a summary dismissal, which refuses it.
    public var anotherMeasure = false

    public init(
        id: String, title: String, kinds: [SubjectKind], announces: Set<Rung>, onObjection: Bool = false,
        anotherMeasure: Bool = false
    ) {
        self.id = id
        self.title = title
        self.kinds = kinds
        self.announces = announces
        self.onObjection = onObjection
        self.anotherMeasure = anotherMeasure
    }
}
