import Foundation

/// Loads and validates protocol profiles (format: Config/protocols/SCHEMA.md).
/// A broken profile is refused with file:line and the reason; nothing of it is used.
public enum ProfileLoader {
    public static func load(file: String, text: String) throws -> ProtocolProfile {
        let reader = YAMLReader(file: file)
        let root = try reader.root(text).map()

        let id = try root.required("id").nonEmptyString()
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
        let name = try root.required("name").nonEmptyString()
        let document = try root.required("document").nonEmptyString()
        let seed = try root.optional("seed")?.nonEmptyString()
        let adopted = try root.optional("adopted")?.nonEmptyString()

        let articles = try parseArticles(root.required("articles"))
        let articleIDs = Set(articles.map(\.id))
        func reference(_ v: YAMLValue) throws -> String {
            let ref = try v.nonEmptyString()
            guard articleIDs.contains(ref) else {
                throw v.fail(
                    "verwijst naar artikel '\(ref)', dat niet bestaat",
                    "refers to article '\(ref)', which does not exist")
            }
            return ref
        }

        let ladders = try parseLadders(root.required("ladders"))
        let measures = try root.optional("measures").map { try parseMeasures($0, reference: reference) } ?? []
        let rules = try root.optional("offence_rules").map { try parseOffenceRules($0, reference: reference) } ?? []
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
        let items = try value.list()
        if items.isEmpty {
            throw value.fail("een profiel heeft minstens één artikel", "a profile has at least one article")
        }
        return try items.map { item in
            let m = try item.map()
            let idValue = try m.required("id")
            let id = try idValue.nonEmptyString()
            if let first = seen[id] {
                throw idValue.fail(
                    "artikel '\(id)' staat er twee keer in (eerst op regel \(first))",
                    "article '\(id)' appears twice (first on line \(first))")
            }
            seen[id] = idValue.line
            let titleValue = try m.required("title")
            let title = try titleValue.nonEmptyString()
            if title.count > 48 {
                throw titleValue.fail(
                    "titel is \(title.count) tekens; maximaal 48", "title is \(title.count) characters; at most 48")
            }
            let applies = try m.required("applies_to").list().map {
                try $0.oneOf(SubjectKind.self, allowed: SubjectKind.allCases)
            }
            if applies.isEmpty {
                throw try m.required("applies_to").fail(
                    "noem minstens één soort betrokkene", "name at least one kind of subject")
            }
            let article = Article(
                id: id,
                section: try m.optional("section")?.nonEmptyString(),
                title: title,
                text: try m.required("text").nonEmptyString(),
                appliesTo: applies,
                severity: try m.required("severity").oneOf(Severity.self, allowed: Severity.allCases),
                platforms: try m.optional("platforms")?.strings() ?? [])
            try m.finish()
            return article
        }
    }

    static func parseLadders(_ value: YAMLValue) throws -> Ladders {
        let m = try value.map()
        let isDefault = try m.optional("default")?.bool() ?? false
        let source = try m.required("source").nonEmptyString()
        if isDefault {
            for key in ["pupil", "parent", "staff"] where m.has(key) {
                throw try m.required(key).fail(
                    "met default: true horen hier geen eigen ladders",
                    "with default: true the profile lists no ladders of its own")
            }
            try m.finish()
            return Ladders.defaults(source: source)
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
            staff: try ladder(.staff))
        try m.finish()
        return ladders
    }

    static func parseMeasures(_ value: YAMLValue, reference: (YAMLValue) throws -> String) throws -> [Measure] {
        var seen = Set<String>()
        return try value.list().map { item in
            let m = try item.map()
            let idValue = try m.required("id")
            let id = try idValue.nonEmptyString()
            if !seen.insert(id).inserted {
                throw idValue.fail("maatregel '\(id)' staat er twee keer in", "measure '\(id)' appears twice")
            }
            let measure = Measure(
                id: id,
                title: try m.required("title").nonEmptyString(),
                appliesTo: try m.required("applies_to").list().map {
                    try $0.oneOf(SubjectKind.self, allowed: SubjectKind.allCases)
                },
                source: try m.optional("source").map(reference))
            try m.finish()
            return measure
        }
    }

    static func parseOffenceRules(_ value: YAMLValue, reference: (YAMLValue) throws -> String) throws -> [OffenceRule] {
        var seen = Set<String>()
        return try value.list().map { item in
            let m = try item.map()
            let idValue = try m.required("id")
            let id = try idValue.nonEmptyString()
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
                    detail: try sm.required("detail").nonEmptyString(),
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
            let articles = try m.required("articles").list().map(reference)
            let rule = OffenceRule(
                id: id,
                title: try m.required("title").nonEmptyString(),
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
                phone: try vm.required("phone").nonEmptyString(), qualifiedBy: roles,
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
                scope: scope, maxPupils: maxPupils, action: try lm.required("action").nonEmptyString())
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
