/// One rule of a school's protocol, quoted from the document.
///
/// Only a *conduct* article — a rule a person can breach — can be chosen as breached, has a
/// severity and is suggested in triage. Sanction clauses, procedures, definitions, awareness
/// statements and the school's own duties are articles too (the document has them), but not conduct.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var section: String?
    public var title: String
    public var text: String
    /// Who it binds (conduct) or whom it is about (other articles; may be empty: binds nobody).
    public var appliesTo: [SubjectKind]
    /// The default severity of a breach; nil exactly when the article is not conduct.
    public var severity: Severity?
    public var platforms: [String]
    /// Can a person breach it?
    public var conduct: Bool
    /// The protocol's general rule (decency): proposed when a report names no specific act.
    public var general: Bool
    /// How the school's own document numbers it ("richtlijn 4 voor leerlingen"), for letters and screens.
    public var cite: String
    /// Why an article is not conduct (sanction clause, procedure ...), for the refusal.
    public var why: String?
    /// The words people use for a breach of it (conduct articles only), for the suggester.
    public var words: [String]

    public init(
        id: String, section: String? = nil, title: String, text: String, appliesTo: [SubjectKind],
        severity: Severity?, platforms: [String] = [], conduct: Bool = true, general: Bool = false,
        cite: String? = nil, why: String? = nil, words: [String] = []
    ) {
        self.id = id
        self.section = section
        self.title = title
        self.text = text
        self.appliesTo = appliesTo
        self.severity = severity
        self.platforms = platforms
        self.conduct = conduct
        self.general = general
        self.cite = cite ?? "artikel \(id)"
        self.why = why
        self.words = words
    }

    /// "richtlijn 4 voor leerlingen (L.4)", "afspraak 1 (Internet; I.1)": the school's number, and
    /// casus's id when the number does not already say it.
    public var citeWithID: String {
        if cite.folded.hasSuffix(" " + id.folded) || cite.folded == id.folded { return cite }
        if cite.hasSuffix(")") { return String(cite.dropLast()) + "; \(id))" }
        return "\(cite) (\(id))"
    }

    /// Can a subject of this kind be said to have breached it?
    public func binds(_ kind: SubjectKind) -> Bool { conduct && appliesTo.contains(kind) }
}

/// Which further consequences a letter may name ("dan kan dat leiden tot een schorsing"): letters
/// to parents must not threaten more than the profile allows.
public enum LetterConsequences: Sendable, Hashable, Codable {
    /// The next rung of the ladder only (the default).
    case next
    /// None: a letter names no further consequence.
    case none
    /// Exactly these rungs, where they lie above the case's current rung.
    case rungs([Rung])
}

/// The ladders as the document lists them (or the defaults when it lists none).
public struct Ladders: Sendable, Hashable, Codable {
    public var isDefault: Bool
    public var source: String
    public var pupil: [Rung]
    public var parent: [Rung]
    public var staff: [Rung]
    /// What a letter may name as the consequence of a further breach, per kind (default: `.next`).
    public var letterConsequences: [SubjectKind: LetterConsequences]

    public static let defaultPupil: [Rung] = [.warning, .suspension, .removal]
    public static let defaultStaff: [Rung] = [.warning, .reprimand, .suspension, .dismissal, .summaryDismissal]

    public init(
        isDefault: Bool, source: String, pupil: [Rung], parent: [Rung], staff: [Rung],
        letterConsequences: [SubjectKind: LetterConsequences] = [:]
    ) {
        self.isDefault = isDefault
        self.source = source
        self.pupil = pupil
        self.parent = parent
        self.staff = staff
        self.letterConsequences = letterConsequences
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

    /// The rungs a letter may name as what a further breach can lead to, given the highest rung
    /// the case has reached (nil: none yet). Side measures (device custody, ICT ban, contract) are
    /// named only when the profile lists them explicitly.
    public func consequences(for kind: SubjectKind, after reached: Rung?) -> [Rung] {
        let ladder = LegalOrder.effective(written(for: kind), kind: kind)
        let position = reached.flatMap { ladder.firstIndex(of: $0) } ?? -1
        let above = ladder.enumerated().filter { $0.offset > position }.map(\.element)
        switch letterConsequences[kind] ?? .next {
        case .none:
            return []
        case .next:
            return above.first { !LadderEngine.isSideMeasure($0, kind: kind) }.map { [$0] } ?? []
        case .rungs(let named):
            // Named as the document names them: a parent's "suspension" is the access ban casus walks.
            let read = Set(LegalOrder.walked(named, kind: kind))
            return above.filter(read.contains)
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
        articles.filter { $0.binds(kind) }
    }

    /// The articles a person can breach, in document order.
    public var conductArticles: [Article] { articles.filter(\.conduct) }
}

// Per-kind maps (letter consequences) encode as JSON objects keyed "pupil", "parent", "staff".
extension SubjectKind: CodingKeyRepresentable {}
