import Foundation

/// Loads and validates protocol profiles (format: Config/protocols/SCHEMA.md).
/// A broken profile is refused with file:line and the reason; nothing of it is used.
public enum ProfileLoader {
    public static func load(file: String, text: String) throws -> ProtocolProfile {
        let reader = YAMLReader(file: file)
        let root = try reader.root(text).map()

        let id = try root.required("id").text(multiline: false)
        let expected = (file as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")
        if expected != id, file.hasSuffix(".yaml") {
            throw CasusError.invalid(
                "id '\(id)' wijkt af van de bestandsnaam '\(expected).yaml'",
                "id '\(id)' differs from the file name '\(expected).yaml'",
                hint: Phrase("Geef het bestand dezelfde naam als het id.", "Name the file after its id."),
                at: "\(file):\(try root.required("id").line)")
        }
        guard id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
            throw try root.required("id").fail(
                "id mag alleen kleine letters, cijfers en '-' bevatten",
                "id may only hold lowercase letters, digits and '-'")
        }
        let name = try root.required("name").text(multiline: false)
        let document = try root.required("document").text()
        let seed = try root.optional("seed")?.text()
        let adopted = try root.optional("adopted")?.text()

        let articles = try parseArticles(root.required("articles"))
        let articleIDs = Set(articles.map(\.id))
        let conductIDs = Set(articles.filter(\.conduct).map(\.id))
        func reference(_ v: YAMLValue) throws -> String {
            let ref = try v.text()
            guard articleIDs.contains(ref) else {
                throw v.fail(
                    "verwijst naar artikel '\(ref)', dat niet bestaat",
                    "refers to article '\(ref)', which does not exist")
            }
            return ref
        }

        let ladders = try parseLadders(root.required("ladders"))
        let measures = try root.optional("measures").map { try parseMeasures($0, reference: reference) } ?? []
        func breachable(_ v: YAMLValue) throws -> String {
            let ref = try reference(v)
            guard conductIDs.contains(ref) else {
                throw v.fail(
                    "artikel '\(ref)' is geen gedragsregel (conduct: false); alleen overtredingen van gedragsregels tellen",
                    "article '\(ref)' is not a rule of conduct (conduct: false); only breaches of conduct rules count")
            }
            return ref
        }
        let rules =
            try root.optional("offence_rules").map {
                try parseOffenceRules($0, reference: reference, breachable: breachable)
            } ?? []
        let escalations =
            try root.optional("escalations").map { try parseEscalations($0, reference: reference) }
            ?? Escalations()
        let group = try root.optional("group_response").map { try parseGroupResponse($0, reference: reference) }
        try root.finish()

        return ProtocolProfile(
            id: id, name: name, document: document, seed: seed, adopted: adopted,
            articles: articles, ladders: ladders, measures: measures, offenceRules: rules,
            escalations: escalations, groupResponse: group)
    }

    static func parseArticles(_ value: YAMLValue) throws -> [Article] {
        var seen: [String: Int] = [:]
        var general: Int?
        let items = try value.list()
        if items.isEmpty {
            throw value.fail("een profiel heeft minstens één artikel", "a profile has at least one article")
        }
        let articles = try items.map { item in
            let m = try item.map()
            let idValue = try m.required("id")
            let id = try idValue.text()
            if let first = seen[id] {
                throw idValue.fail(
                    "artikel '\(id)' staat er twee keer in (eerst op regel \(first))",
                    "article '\(id)' appears twice (first on line \(first))")
            }
            seen[id] = idValue.line
            let titleValue = try m.required("title")
            let title = try titleValue.text(multiline: false)
            if title.count > 48 {
                throw titleValue.fail(
                    "titel is \(title.count) tekens; maximaal 48", "title is \(title.count) characters; at most 48")
            }
            let conduct = try m.required("conduct").bool()
            let cite = try m.required("cite").text()
            func kinds(_ v: YAMLValue) throws -> [SubjectKind] {
                try v.list().map { try $0.oneOf(SubjectKind.self, allowed: SubjectKind.allCases) }
            }
            let article: Article
            if conduct {
                let applies = try kinds(m.required("applies_to"))
                if applies.isEmpty {
                    throw try m.required("applies_to").fail(
                        "noem minstens één soort betrokkene", "name at least one kind of subject")
                }
                if let why = m.optional("why") {
                    throw why.fail(
                        "why hoort alleen bij een artikel met conduct: false",
                        "why belongs only to an article with conduct: false")
                }
                let isGeneral = try m.optional("general")?.bool() ?? false
                if isGeneral {
                    if let first = general {
                        throw try m.required("general").fail(
                            "een profiel heeft hooguit één algemeen artikel (al op regel \(first))",
                            "a profile has at most one general article (already on line \(first))")
                    }
                    general = try m.required("general").line
                }
                article = Article(
                    id: id,
                    section: try m.optional("section")?.text(),
                    title: title,
                    text: try m.required("text").text(),
                    appliesTo: applies,
                    severity: try m.required("severity").oneOf(Severity.self, allowed: Severity.allCases),
                    platforms: try m.optional("platforms")?.strings() ?? [],
                    conduct: true, general: isGeneral, cite: cite,
                    words: try m.optional("words")?.strings() ?? [])
            } else {
                // Nobody can breach it, so it has no severity, no words and is never the general rule.
                for key in ["severity", "words", "general"] {
                    if let v = m.optional(key) {
                        throw v.fail(
                            "\(key) hoort alleen bij een gedragsregel (conduct: true); artikel \(id) kan niemand overtreden",
                            "\(key) belongs only to a rule of conduct (conduct: true); nobody can breach article \(id)",
                            hint: Phrase(
                                "Haal \(key) weg, of zet conduct op true als iemand dit artikel kan overtreden.",
                                "Remove \(key), or set conduct to true if someone can breach this article."))
                    }
                }
                article = Article(
                    id: id,
                    section: try m.optional("section")?.text(),
                    title: title,
                    text: try m.required("text").text(),
                    appliesTo: try m.optional("applies_to").map(kinds) ?? [],
                    severity: nil,
                    platforms: try m.optional("platforms")?.strings() ?? [],
                    conduct: false, cite: cite,
                    why: try m.optional("why")?.text())
            }
            try m.finish()
            return article
        }
        if !articles.contains(where: \.conduct) {
            throw value.fail(
                "geen enkel artikel heeft conduct: true; dan kan geen zaak worden geopend",
                "no article has conduct: true; no case could be opened",
                hint: Phrase(
                    "Zet conduct: true bij de regels die iemand kan overtreden.",
                    "Set conduct: true on the rules someone can breach."))
        }
        return articles
    }

    static func parseLadders(_ value: YAMLValue) throws -> Ladders {
        let m = try value.map()
        let isDefault = try m.optional("default")?.bool() ?? false
        let source = try m.required("source").text()
        let consequences = try m.optional("letter_consequences").map(parseLetterConsequences) ?? [:]
        if isDefault {
            for key in ["pupil", "parent", "staff"] where m.has(key) {
                throw try m.required(key).fail(
                    "met default: true horen hier geen eigen ladders",
                    "with default: true the profile lists no ladders of its own")
            }
            try m.finish()
            var ladders = Ladders.defaults(source: source)
            ladders.letterConsequences = consequences
            return ladders
        }
        func ladder(_ kind: SubjectKind) throws -> [Rung] {
            let v = try m.required(kind.rawValue)
            let items = try v.list()
            var rungs: [Rung] = []
            for item in items {
                let rung = try item.oneOf(Rung.self, allowed: Rung.allowed(for: kind))
                if rungs.contains(rung) {
                    throw item.fail(
                        "trede '\(rung.rawValue)' staat twee keer in de ladder",
                        "rung '\(rung.rawValue)' appears twice in the ladder")
                }
                rungs.append(rung)
            }
            if rungs.isEmpty { throw v.fail("een ladder heeft minstens één trede", "a ladder has at least one rung") }
            if let problem = LegalOrder.outOfOrder(rungs, kind: kind) {
                throw v.fail(problem.nl, problem.en)
            }
            return rungs
        }
        let ladders = Ladders(
            isDefault: false, source: source, pupil: try ladder(.pupil), parent: try ladder(.parent),
            staff: try ladder(.staff), letterConsequences: consequences)
        try m.finish()
        return ladders
    }

    /// `letter_consequences: {pupil: next, parent: [suspension], staff: none}`: what a letter may
    /// name as the consequence of a further breach.
    static func parseLetterConsequences(_ value: YAMLValue) throws -> [SubjectKind: LetterConsequences] {
        let m = try value.map()
        var out: [SubjectKind: LetterConsequences] = [:]
        for kind in SubjectKind.allCases {
            guard let v = m.optional(kind.rawValue) else { continue }
            if (try? v.list()) != nil {
                var rungs: [Rung] = []
                for item in try v.list() {
                    let rung = try item.oneOf(Rung.self, allowed: Rung.allowed(for: kind))
                    if !rungs.contains(rung) { rungs.append(rung) }
                }
                out[kind] = .rungs(rungs)
            } else {
                switch try v.string() {
                case "next": out[kind] = .next
                case "none": out[kind] = LetterConsequences.none
                case let other:
                    throw v.fail(
                        "onbekende waarde '\(other)'; toegestaan: next, none of een lijst treden",
                        "unknown value '\(other)'; allowed: next, none or a list of rungs")
                }
            }
        }
        try m.finish()
        return out
    }

    static func parseMeasures(_ value: YAMLValue, reference: (YAMLValue) throws -> String) throws -> [Measure] {
        var seen = Set<String>()
        return try value.list().map { item in
            let m = try item.map()
            let idValue = try m.required("id")
            let id = try idValue.text()
            if !seen.insert(id).inserted {
                throw idValue.fail("maatregel '\(id)' staat er twee keer in", "measure '\(id)' appears twice")
            }
            let measure = Measure(
                id: id,
                title: try m.required("title").text(),
                appliesTo: try m.required("applies_to").list().map {
                    try $0.oneOf(SubjectKind.self, allowed: SubjectKind.allCases)
                },
                source: try m.optional("source").map(reference))
            try m.finish()
            return measure
        }
    }

    static func parseOffenceRules(
        _ value: YAMLValue, reference: (YAMLValue) throws -> String, breachable: (YAMLValue) throws -> String
    ) throws -> [OffenceRule] {
        var seen = Set<String>()
        return try value.list().map { item in
            let m = try item.map()
            let idValue = try m.required("id")
            let id = try idValue.text()
            if !seen.insert(id).inserted {
                throw idValue.fail("regel '\(id)' staat er twee keer in", "rule '\(id)' appears twice")
            }
            let stepsValue = try m.required("steps")
            var lastCount = 0
            let steps: [OffenceRule.Step] = try stepsValue.list().map { s in
                let sm = try s.map()
                let countValue = try sm.required("count")
                let count = try countValue.int()
                if count != lastCount + 1 {
                    throw countValue.fail(
                        "stappen tellen 1, 2, 3 ... op; hier staat \(count) na \(lastCount)",
                        "steps count up 1, 2, 3 ...; found \(count) after \(lastCount)")
                }
                lastCount = count
                let step = OffenceRule.Step(
                    count: count,
                    rung: try sm.required("rung").oneOf(Rung.self, allowed: Rung.allowed(for: .pupil)),
                    detail: try sm.required("detail").text(),
                    obligations: try sm.optional("obligations")?.list().map {
                        try $0.oneOf(ObligationKind.self, allowed: [.informParents])
                    } ?? [],
                    setByDirector: try sm.optional("set_by_director")?.bool() ?? false)
                try sm.finish()
                return step
            }
            if steps.isEmpty {
                throw stepsValue.fail("een regel heeft minstens één stap", "a rule has at least one step")
            }
            let articles = try m.required("articles").list().map(breachable)
            let rule = OffenceRule(
                id: id,
                title: try m.required("title").text(),
                articles: articles,
                window: try m.optional("window")?.oneOf(OffenceRule.Window.self, allowed: [.schoolYear, .ever])
                    ?? .schoolYear,
                source: try m.optional("source").map(reference),
                steps: steps)
            try m.finish()
            return rule
        }
    }

    static func parseEscalations(_ value: YAMLValue, reference: (YAMLValue) throws -> String) throws -> Escalations {
        let m = try value.map()
        var e = Escalations()
        e.aangifte =
            try m.optional("aangifte")?.oneOf(AangifteRule.self, allowed: [.mandatory, .optional, .none]) ?? .none
        e.aangifteSource = try m.optional("aangifte_source").map(reference)
        if let v = m.optional("vertrouwensinspecteur") {
            let vm = try v.map()
            let roles = try vm.required("qualified_by").list().map {
                try $0.oneOf(Role.self, allowed: [.director, .board])
            }
            if roles.isEmpty {
                throw try vm.required("qualified_by").fail("noem wie kwalificeert", "name who qualifies")
            }
            e.vertrouwensinspecteur = .init(
                phone: try vm.required("phone").text(), qualifiedBy: roles,
                source: try vm.optional("source").map(reference))
            try vm.finish()
        }
        e.informParents =
            try m.optional("inform_parents")?.oneOf(ParentInformRule.self, allowed: [.everySanction, .asLaw]) ?? .asLaw
        e.informParentsSource = try m.optional("inform_parents_source").map(reference)
        try m.finish()
        return e
    }

    static func parseGroupResponse(_ value: YAMLValue, reference: (YAMLValue) throws -> String) throws -> GroupResponse
    {
        let m = try value.map()
        let source = try m.optional("source").map(reference)
        let levels: [GroupResponse.Level] = try m.required("levels").list().map { item in
            let lm = try item.map()
            let scope = try lm.required("scope").oneOf(
                GroupResponse.Scope.self, allowed: [.smallGroup, .class, .severalGroups])
            let maxPupils = try lm.optional("max_pupils")?.int()
            if scope == .smallGroup, maxPupils == nil {
                throw item.fail("scope small-group heeft max_pupils nodig", "scope small-group needs max_pupils")
            }
            let level = GroupResponse.Level(
                scope: scope, maxPupils: maxPupils, action: try lm.required("action").text())
            try lm.finish()
            return level
        }
        try m.finish()
        return GroupResponse(source: source, levels: levels)
    }

    /// Every `*.yaml` in a folder, sorted by id. The first broken file stops the load.
    public static func loadAll(folder: String) throws -> [ProtocolProfile] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else {
            throw CasusError(
                .storage,
                Phrase(
                    "map met protocolprofielen niet gevonden: \(folder)",
                    "protocol profile folder not found: \(folder)"),
                hint: Phrase("Controleer het pad.", "Check the path."))
        }
        return try names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw CasusError.invalid("niet te lezen als UTF-8", "cannot be read as UTF-8", at: path)
            }
            return try load(file: path, text: text)
        }
    }
}
