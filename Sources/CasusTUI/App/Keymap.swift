import CasusCore

/// Where a binding applies: one per screen and dialog, plus `global`. A binding in a screen's
/// context wins over a global one. Each is a section of Config/keys.yaml and of `?`.
public enum KeyContext: String, Sendable, CaseIterable, Hashable {
    case global, incidents, cases, caseScreen = "case", dossiers, dossier, entry, overview
    case incident, help, search, triage, step, prompt, picker, editor, preview, school, export
    /// The Dossiers tab while a name is being typed.
    case nameFilter = "name-filter"
    /// The articles of the triage screen: letters find an article; the triage keys keep working.
    case articleFilter = "article-filter"
    /// The form for a new report (a teacher's, or a director's own).
    case reportForm = "report-form"

    /// A context that also has another's bindings (the triage keys while finding an article).
    public var inherits: KeyContext? { self == .articleFilter ? .triage : nil }

    public var title: Phrase {
        switch self {
        case .global: Phrase("Overal", "Everywhere")
        case .incidents: Phrase("Meldingen", "Reports")
        case .cases: Phrase("Zaken", "Cases")
        case .caseScreen: Phrase("Zaak", "Case")
        case .dossiers: Phrase("Dossiers", "Dossiers")
        case .dossier: Phrase("Dossier", "Dossier")
        case .entry: Phrase("Stuk", "Entry")
        case .overview: Phrase("Overzicht", "Overview")
        case .incident: Phrase("Melding", "Report")
        case .help: Phrase("Hulp", "Help")
        case .search: Phrase("Zoekresultaten", "Search results")
        case .triage: Phrase("Beoordelen", "Triage")
        case .step: Phrase("Stap op de ladder", "Step on the ladder")
        case .prompt: Phrase("Invoerregel", "Prompt")
        case .picker: Phrase("Keuzelijst", "Picker")
        case .editor: Phrase("Editor", "Editor")
        case .preview: Phrase("Voorbeeld", "Preview")
        case .school: Phrase("School en kalender", "School and calendar")
        case .export: Phrase("Inzage-export", "Access-request export")
        case .nameFilter: Phrase("Naam typen (Dossiers)", "Typing a name (Dossiers)")
        case .reportForm: Phrase("Nieuwe melding", "New report")
        case .articleFilter:
            Phrase(
                "Artikel zoeken (Beoordelen): letters typen zoekt op nummer, titel en woorden",
                "Finding an article (Triage): typed letters find by number, title and words")
        }
    }
}

/// Everything a key can do. Each action is also a `:` command (its raw value).
public enum Action: String, Sendable, CaseIterable, Hashable {
    case quit, back, help, command, search
    case tabIncidents = "tab-meldingen", tabCases = "tab-zaken", tabDossiers = "tab-dossiers", tabOverview =
        "tab-overzicht"
    case up, down, pageUp = "page-up", pageDown = "page-down", top, bottom, open
    case nextTab = "next-tab", previousTab = "previous-tab"
    case triage, dismiss
    /// Meldingen: marks the report under the cursor (Space), for one dismissal of several.
    case mark
    case filter, filterStatus = "filter-status", filterKind = "filter-kind", filterRung = "filter-rung", filterOverdue =
        "filter-overdue"
    case stepUp = "step", letter, note, done, aangifte, vertrouwensinspecteur, closeCase = "close"
    /// Meldplicht: the consultation with the vertrouwensinspecteur, reasonable suspicion yes/no.
    case consult
    /// A dated legal fact on the case (acceptance elsewhere, objection, dispute, zienswijze, data breach, inzage, court).
    case legal
    /// The school record and calendar screen.
    case school
    case filterName = "filter-name", filterGroup = "filter-group"
    case yearPrevious = "year-previous", yearNext = "year-next"
    case export
    case redraw
    /// In dialogs.
    case toggle, confirm, nextField = "next-field", previousField = "previous-field", save, edit
    /// In the letter preview: file the letter and write it as a PDF to sign.
    case pdf
    /// On a case: record a filed letter as sent (how, on which day).
    case sent
    /// Meldingen (Mijn meldingen): the form for a new report.
    case newReport = "new-report"
    /// On an open case: change its articles and severity, with a reason.
    case reclassify
    /// On a report or an entry: its evidence written as files, to be opened.
    case evidence
    /// In a dossier: the cases filed in it, as a Zaken list of their own.
    case dossierCases = "dossier-cases"

    /// What the action does where it is bound: F2 saves a report in its form, and takes a
    /// letter to its preview in the editor (the help said "naar het voorbeeld" for both).
    public func help(in context: KeyContext) -> Phrase {
        if self == .save, context == .reportForm { return Phrase("melding opslaan", "save the report") }
        // In a dossier `n` writes a note apart from any case; an IB's is a care note (it said
        // "gespreksverslag", which only a case takes, a review).
        if self == .note, context == .dossier {
            return Phrase(
                "notitie in het dossier (voor een IB: zorgnotitie)", "note in the dossier (for an IB: care note)")
        }
        return help
    }

    public var help: Phrase {
        switch self {
        case .quit: Phrase("casus verlaten (op het hoogste niveau)", "quit casus (at the top level)")
        case .back: Phrase("terug", "back")
        case .help: Phrase("deze hulp", "this help")
        case .command: Phrase("opdrachtregel", "command line")
        case .search: Phrase("zoeken", "search")
        case .tabIncidents: Phrase("tab Meldingen", "Reports tab")
        case .tabCases: Phrase("tab Zaken", "Cases tab")
        case .tabDossiers: Phrase("tab Dossiers", "Dossiers tab")
        case .tabOverview: Phrase("tab Overzicht", "Overview tab")
        case .up: Phrase("omhoog", "up")
        case .down: Phrase("omlaag", "down")
        case .pageUp: Phrase("pagina omhoog", "page up")
        case .pageDown: Phrase("pagina omlaag", "page down")
        case .top: Phrase("naar boven", "to the top")
        case .bottom: Phrase("naar beneden", "to the bottom")
        case .open: Phrase("openen", "open")
        case .nextTab: Phrase("volgende tab", "next tab")
        case .previousTab: Phrase("vorige tab", "previous tab")
        case .triage: Phrase("melding beoordelen: zaak openen", "triage the report into a case")
        case .dismiss: Phrase("melding(en) afwijzen met reden", "dismiss the report(s) with a reason")
        case .mark:
            Phrase(
                "markeren voor samen beoordelen of afwijzen (aan/uit; daarna een regel omlaag)",
                "mark to triage or dismiss together (on/off; then one row down)")
        case .filter: Phrase("filters wissen", "clear filters")
        case .filterStatus: Phrase("filter open/gesloten", "filter open/closed")
        case .filterKind: Phrase("filter soort betrokkene", "filter subject kind")
        case .filterRung: Phrase("filter trede", "filter rung")
        case .filterOverdue: Phrase("alleen te laat", "overdue only")
        case .stepUp: Phrase("volgende trede (dialoog)", "next rung (dialog)")
        case .letter: Phrase("brief opstellen uit sjabloon", "compose a letter from a template")
        case .note: Phrase("notitie, gespreksverslag of telefoonnotitie", "note, meeting note or phone note")
        case .done: Phrase("verplichting afvinken", "mark an obligation done")
        case .aangifte: Phrase("aangifte vastleggen", "record aangifte")
        case .vertrouwensinspecteur:
            Phrase("melding vertrouwensinspecteur vastleggen", "record the report to the vertrouwensinspecteur")
        case .closeCase: Phrase("zaak sluiten", "close the case")
        case .consult:
            Phrase(
                "meldplicht: overleg vertrouwensinspecteur vastleggen (redelijk vermoeden ja/nee)",
                "meldplicht: record the consultation (reasonable suspicion yes/no)")
        case .legal:
            Phrase(
                "vastleggen: toelating elders, bezwaar, geschil, zienswijze, datalek, inzage, rechtszaak",
                "record: accepted elsewhere, objection, dispute, zienswijze, data breach, inzage, court case")
        case .school:
            Phrase("schoolgegevens, schoolkalender en wettelijke laag", "school record, calendar and legal layer")
        case .filterName: Phrase("zoeken op naam (direct tijdens het typen)", "find by name (as you type)")
        case .filterGroup: Phrase("filter groep", "filter group")
        case .yearPrevious: Phrase("vorig schooljaar", "previous school year")
        case .yearNext: Phrase("volgend schooljaar", "next school year")
        case .export:
            Phrase(
                "dossier exporteren voor een inzageverzoek (eerst de vervangen namen zien)",
                "export the dossier for an access request (see the replaced names first)")
        case .redraw: Phrase("scherm opnieuw tekenen", "redraw the screen")
        case .toggle: Phrase("aan/uit (kiezen)", "toggle (choose)")
        case .confirm: Phrase("bevestigen / verder", "confirm / go on")
        case .nextField: Phrase("volgend onderdeel of veld", "next section or field")
        case .previousField: Phrase("vorig onderdeel of veld", "previous section or field")
        case .save: Phrase("klaar: naar het voorbeeld", "done: to the preview")
        case .edit: Phrase("opnieuw bewerken", "edit again")
        case .sent: Phrase("brief als verzonden vastleggen (hoe en wanneer)", "record a letter as sent (how and when)")
        case .newReport:
            Phrase("nieuwe melding doen (formulier)", "file a new report (form)")
        case .reclassify:
            Phrase(
                "artikelen en ernst van de zaak herzien (met reden)",
                "change the case's articles and severity (with a reason)")
        case .pdf:
            Phrase("brief opslaan en als PDF om te ondertekenen schrijven", "file the letter and write a PDF to sign")
        case .evidence:
            Phrase(
                "bewijsstukken als bestanden schrijven, om te openen (in de map van de PDF's)",
                "write the evidence as files, to open them (in the PDFs' folder)")
        case .dossierCases:
            Phrase("de zaken in dit dossier (open en gesloten)", "the cases in this dossier (open and closed)")
        }
    }
}

public struct Binding: Sendable, Hashable {
    public var key: Key
    public var context: KeyContext
    public var action: Action
}

/// Keys to actions, per context. The help screen and the footer are generated from it, so what
/// they show is always what the keys do. Config/keys.yaml can rebind (tigrc-style).
public struct Keymap: Sendable {
    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    public static let standard: Keymap = {
        var b: [Binding] = []
        func bind(_ keys: [Key], _ action: Action, _ context: KeyContext = .global) {
            for k in keys { b.append(Binding(key: k, context: context, action: action)) }
        }
        bind([.char("q")], .quit)
        bind([.escape], .back)
        bind([.char("?"), .function(1)], .help)
        bind([.char(":")], .command)
        bind([.char("/")], .search)
        bind([.char("1")], .tabIncidents)
        bind([.char("2")], .tabCases)
        bind([.char("3")], .tabDossiers)
        bind([.char("4")], .tabOverview)
        bind([.tab], .nextTab)
        bind([.backTab], .previousTab)
        bind([.up, .char("k")], .up)
        bind([.down, .char("j")], .down)
        bind([.pageUp, .ctrl("b")], .pageUp)
        bind([.pageDown, .ctrl("f"), .char(" ")], .pageDown)
        bind([.home, .char("g")], .top)
        bind([.end, .char("G")], .bottom)
        bind([.enter], .open)
        bind([.ctrl("l")], .redraw)
        bind([.char("t")], .triage, .incidents)
        bind([.char("x")], .dismiss, .incidents)
        bind([.char(" ")], .mark, .incidents)
        bind([.char("n")], .newReport, .incidents)
        bind([.char("f")], .filter, .cases)
        bind([.char("o")], .filterStatus, .cases)
        bind([.char("b")], .filterKind, .cases)
        bind([.char("r")], .filterRung, .cases)
        bind([.char("!")], .filterOverdue, .cases)
        bind([.char("+")], .stepUp, .caseScreen)
        bind([.char("c")], .letter, .caseScreen)
        bind([.char("n")], .note, .caseScreen)
        bind([.char("o")], .done, .caseScreen)
        bind([.char("a")], .aangifte, .caseScreen)
        bind([.char("v")], .vertrouwensinspecteur, .caseScreen)
        bind([.char("s")], .closeCase, .caseScreen)
        bind([.char("u")], .consult, .caseScreen)
        bind([.char("r")], .legal, .caseScreen)
        bind([.char("S")], .school, .overview)
        bind([.char("e")], .edit, .school)
        bind([.char("z")], .sent, .caseScreen)
        bind([.char("w")], .reclassify, .caseScreen)
        bind([.char("f")], .filterName, .dossiers)
        bind([.char("b")], .filterKind, .dossiers)
        bind([.char("p")], .filterGroup, .dossiers)
        bind([.char("n")], .note, .dossier)
        bind([.char("x")], .export, .dossier)
        bind([.char("x")], .export, .dossiers)
        bind([.char("z")], .dossierCases, .dossier)
        bind([.char("[")], .yearPrevious, .overview)
        bind([.char("]")], .yearNext, .overview)
        bind([.char("t")], .triage, .incident)
        bind([.char("x")], .dismiss, .incident)
        bind([.char("b")], .evidence, .incident)
        bind([.char("b")], .evidence, .entry)
        bind([.tab], .nextField, .triage)
        bind([.backTab], .previousField, .triage)
        bind([.char(" "), .char("x")], .toggle, .triage)
        bind([.enter], .confirm, .triage)
        bind([.enter], .confirm, .step)
        bind([.tab], .nextField, .step)
        bind([.backTab], .previousField, .step)
        bind([.enter], .confirm, .prompt)
        bind([.char(" ")], .toggle, .picker)
        bind([.enter], .confirm, .picker)
        bind([.function(2), .ctrl("s"), .ctrl("x")], .save, .editor)
        bind([.enter, .char("s")], .confirm, .preview)
        bind([.char("e")], .edit, .preview)
        bind([.char("p")], .pdf, .preview)
        bind([.enter], .confirm, .nameFilter)
        bind([.escape], .back, .articleFilter)
        bind([.enter], .confirm, .export)
        bind([.tab], .nextField, .export)
        bind([.function(3), .ctrl("t")], .toggle, .export)
        bind([.tab], .nextField, .reportForm)
        bind([.backTab], .previousField, .reportForm)
        bind([.enter], .confirm, .reportForm)
        bind([.function(2), .ctrl("s")], .save, .reportForm)
        return Keymap(bindings: b)
    }()

    /// The action for a key in a context (screen-specific bindings first, then those the context
    /// inherits, then global).
    public func action(for key: Key, in context: KeyContext) -> Action? {
        ownAction(for: key, in: context)
            ?? context.inherits.flatMap { ownAction(for: key, in: $0) }
            ?? bindings.last(where: { $0.key == key && $0.context == .global })?.action
    }

    /// The action bound to a key in the context itself (not the global fallback): what a
    /// screen with a text field lets through to the keymap before typing.
    public func ownAction(for key: Key, in context: KeyContext) -> Action? {
        bindings.last(where: { $0.key == key && $0.context == context })?.action
    }

    /// The keys bound to an action, for the footer ("+ trede").
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        let own = bindings.filter { $0.action == action && $0.context == context }.map(\.key)
        if !own.isEmpty { return own }
        if let parent = context.inherits {
            let inherited = bindings.filter { $0.action == action && $0.context == parent }.map(\.key)
            if !inherited.isEmpty { return inherited }
        }
        return bindings.filter { $0.action == action && $0.context == .global }.map(\.key)
    }

    /// Rebinds: a later binding for the same key and context replaces the earlier one.
    public mutating func bind(_ key: Key, _ action: Action, in context: KeyContext) {
        bindings.removeAll { $0.key == key && $0.context == context }
        bindings.append(Binding(key: key, context: context, action: action))
    }

    public mutating func unbind(_ key: Key, in context: KeyContext) {
        bindings.removeAll { $0.key == key && $0.context == context }
    }
}
