import CasusCore

/// What the triage screen needs from the store about a report.
public struct TriageData: Sendable {
    public var incident: Incident
    public var involved: [Involved]
    public var articles: [Article]
    public var suggested: [String]
    public var profileName: String
    public var crossingAllowed: Bool
    public var groupResponse: GroupResponse.Level?

    public init(incident: Incident, involved: [Involved], articles: [Article], suggested: [String], profileName: String,
                crossingAllowed: Bool, groupResponse: GroupResponse.Level?) {
        self.incident = incident
        self.involved = involved
        self.articles = articles
        self.suggested = suggested
        self.profileName = profileName
        self.crossingAllowed = crossingAllowed
        self.groupResponse = groupResponse
    }
}

/// `t` on a report: subjects, articles (text visible), severity and flags in one screen.
public struct TriageState: Sendable {
    public enum Section: Int, Sendable, CaseIterable { case subjects, articles, options }

    public var incidentID: IncidentID
    public var data: TriageData?
    public var subjects: [PersonID] = []
    public var articles: [String] = []
    public var severity: Severity?
    public var flags = CaseFlags()
    public var section: Section = .articles
    public var subjectCursor = 0
    public var articleCursor = 0
    public var optionCursor = 0
    public var articleTop = 0

    public init(incidentID: IncidentID) { self.incidentID = incidentID }

    /// Articles that bind at least one chosen subject.
    public var visibleArticles: [Article] {
        guard let data else { return [] }
        let kinds = Set(data.involved.filter { subjects.contains($0.person.id) }.map { $0.person.kind.ladderKind })
        return data.articles.filter { !kinds.isDisjoint(with: $0.appliesTo) }
    }

    /// The severity shown: chosen, else the heaviest of the chosen articles.
    public var effectiveSeverity: Severity {
        severity ?? visibleArticles.filter { articles.contains($0.id) }.map(\.severity).max() ?? .medium
    }
}

/// `+` on a case: the rungs the engine offers, with preconditions, refusals and obligations.
public struct StepDialogState: Sendable {
    public enum Focus: Sendable { case options, reason, days, justification }

    public var caseID: CaseID
    public var kind: SubjectKind
    public var options: [StepOption]
    public var cursor: Int
    public var reason = TextField()
    public var days = TextField("", limit: 2)
    public var justification = TextField()
    public var focus: Focus = .options

    public init(caseID: CaseID, kind: SubjectKind, options: [StepOption]) {
        self.caseID = caseID
        self.kind = kind
        self.options = options
        self.cursor = options.firstIndex(where: \.isSuggested) ?? 0
    }

    public var option: StepOption? { options.indices.contains(cursor) ? options[cursor] : nil }

    /// The fields this option asks for, in order.
    public var fields: [Focus] {
        guard let o = option else { return [] }
        var f: [Focus] = [.reason]
        if o.needsDays { f.append(.days) }
        if !o.skips.isEmpty { f.append(.justification) }
        return f
    }
}

/// What a one-line prompt is for.
public enum PromptPurpose: Sendable, Equatable {
    case dismiss(IncidentID)
    case close(CaseID)
    case search
    case command
    case noteTitle(CaseID, EntryKind, [HeardParty])
}

public struct PromptState: Sendable {
    public var title: String
    public var label: String
    public var field: TextField
    public var purpose: PromptPurpose

    public init(title: String, label: String, text: String = "", purpose: PromptPurpose) {
        self.title = title
        self.label = label
        self.field = TextField(text)
        self.purpose = purpose
    }
}

/// What a list to choose from is for.
public enum PickerPurpose: Sendable, Equatable {
    case template(CaseID)
    case obligation(CaseID)
    case noteKind(CaseID)
    case heard(CaseID)
}

public struct PickerItem: Sendable, Equatable {
    public var id: String
    public var label: String
    public var detail: String
    public var checked: Bool

    public init(id: String, label: String, detail: String = "", checked: Bool = false) {
        self.id = id
        self.label = label
        self.detail = detail
        self.checked = checked
    }
}

public struct PickerState: Sendable {
    public var title: String
    public var items: [PickerItem]
    public var cursor = 0
    /// Several may be ticked with Space (who was heard); otherwise Enter picks one.
    public var multiple: Bool
    public var purpose: PickerPurpose

    public init(title: String, items: [PickerItem], multiple: Bool = false, purpose: PickerPurpose) {
        self.title = title
        self.items = items
        self.multiple = multiple
        self.purpose = purpose
    }
}

/// What a text being written is for, and what happens when it is saved.
public enum EditPurpose: Sendable, Equatable {
    case letter(CaseID, template: String)
    case dossierNote(PersonID, EntryKind)
    case note(CaseID, EntryKind, heard: [HeardParty], title: String)
    case escalation(CaseID, ObligationKind)
}

/// The built-in editor, when neither $VISUAL nor $EDITOR is set.
public struct EditorState: Sendable {
    public var title: String
    public var area: TextArea
    public var purpose: EditPurpose
}

/// A letter (or note) as it will be filed, before it is: Enter saves, e edits again, Esc discards.
public struct PreviewState: Sendable {
    public var title: String
    public var text: String
    public var scroll = 0
    public var purpose: EditPurpose
}

public struct SearchState: Sendable {
    public var query: String
    public var hits: [SearchHit]
    public var cursor = 0
}
