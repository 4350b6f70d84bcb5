/// One rule of a school's protocol, quoted from the document.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var section: String?
    public var title: String
    public var text: String
    public var appliesTo: [SubjectKind]
    public var severity: Severity
    public var platforms: [String]

    public init(
        id: String, section: String? = nil, title: String, text: String, appliesTo: [SubjectKind],
        severity: Severity, platforms: [String] = []
    ) {
        self.id = id
        self.section = section
        self.title = title
        self.text = text
        self.appliesTo = appliesTo
        self.severity = severity
        self.platforms = platforms
    }
}

/// The ladders as the document lists them (or the defaults when it lists none).
public struct Ladders: Sendable, Hashable, Codable {
    public var isDefault: Bool
    public var source: String
    public var pupil: [Rung]
    public var parent: [Rung]
    public var staff: [Rung]

    public static let defaultPupil: [Rung] = [.warning, .suspension, .removal]
    public static let defaultStaff: [Rung] = [.warning, .reprimand, .suspension, .dismissal, .summaryDismissal]

    public init(isDefault: Bool, source: String, pupil: [Rung], parent: [Rung], staff: [Rung]) {
        self.isDefault = isDefault
        self.source = source
        self.pupil = pupil
        self.parent = parent
        self.staff = staff
    }

    public static func defaults(source: String) -> Ladders {
        Ladders(isDefault: true, source: source, pupil: defaultPupil, parent: defaultPupil, staff: defaultStaff)
    }

    /// The rungs in the document's order.
    public func written(for kind: SubjectKind) -> [Rung] {
        switch kind {
        case .pupil: pupil
        case .parent: parent
        case .staff: staff
        }
    }
}

/// A measure the document names that is not a rung (KOE: removing posts; Meilân: e-mail withdrawal).
public struct Measure: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var appliesTo: [SubjectKind]
    public var source: String?
}

/// A sanction that depends on how often the subject did it (Meilân's mobile phone rule).
public struct OffenceRule: Sendable, Hashable, Codable, Identifiable {
    public enum Window: String, Sendable, Codable {
        case schoolYear = "school-year"
        case ever
    }

    public struct Step: Sendable, Hashable, Codable {
        public var count: Int
        public var rung: Rung
        public var detail: String
        public var obligations: [ObligationKind]
        public var setByDirector: Bool
    }

    public var id: String
    public var title: String
    public var articles: [String]
    public var window: Window
    public var source: String?
    public var steps: [Step]

    /// The step for the n-th offence: the last step holds for every further one.
    public func step(forOffence n: Int) -> Step? {
        steps.last(where: { $0.count <= n }) ?? steps.first
    }
}

public enum AangifteRule: String, Sendable, Codable {
    case mandatory, optional, none
}

public enum ParentInformRule: String, Sendable, Codable {
    case everySanction = "every-sanction"
    case asLaw = "as-law"
}

public struct Escalations: Sendable, Hashable, Codable {
    public struct Vertrouwensinspecteur: Sendable, Hashable, Codable {
        public var phone: String
        public var qualifiedBy: [Role]
        public var source: String?
    }

    public var aangifte: AangifteRule
    public var aangifteSource: String?
    public var vertrouwensinspecteur: Vertrouwensinspecteur?
    public var informParents: ParentInformRule
    public var informParentsSource: String?

    public init(
        aangifte: AangifteRule = .none, aangifteSource: String? = nil,
        vertrouwensinspecteur: Vertrouwensinspecteur? = nil, informParents: ParentInformRule = .asLaw,
        informParentsSource: String? = nil
    ) {
        self.aangifte = aangifte
        self.aangifteSource = aangifteSource
        self.vertrouwensinspecteur = vertrouwensinspecteur
        self.informParents = informParents
        self.informParentsSource = informParentsSource
    }
}

/// KOE's rule: the size of the group involved decides the response.
public struct GroupResponse: Sendable, Hashable, Codable {
    public enum Scope: String, Sendable, Codable {
        case smallGroup = "small-group"
        case `class`
        case severalGroups = "several-groups"
    }

    public struct Level: Sendable, Hashable, Codable {
        public var scope: Scope
        public var maxPupils: Int?
        public var action: String
    }

    public var source: String?
    public var levels: [Level]
}

/// A school's social media protocol as data (Config/protocols/<id>.yaml).
public struct ProtocolProfile: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var document: String
    public var seed: String?
    public var adopted: String?
    public var articles: [Article]
    public var ladders: Ladders
    public var measures: [Measure]
    public var offenceRules: [OffenceRule]
    public var escalations: Escalations
    public var groupResponse: GroupResponse?

    public init(
        id: String, name: String, document: String, seed: String? = nil, adopted: String? = nil,
        articles: [Article], ladders: Ladders, measures: [Measure] = [], offenceRules: [OffenceRule] = [],
        escalations: Escalations = Escalations(), groupResponse: GroupResponse? = nil
    ) {
        self.id = id
        self.name = name
        self.document = document
        self.seed = seed
        self.adopted = adopted
        self.articles = articles
        self.ladders = ladders
        self.measures = measures
        self.offenceRules = offenceRules
        self.escalations = escalations
        self.groupResponse = groupResponse
    }

    public func article(_ id: String) -> Article? { articles.first { $0.id == id } }

    /// Articles that can be breached by this kind of subject, in document order.
    public func articles(for kind: SubjectKind) -> [Article] {
        articles.filter { $0.appliesTo.contains(kind) }
    }
}
