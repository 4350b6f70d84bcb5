import ArgumentParser
import CasusCore

struct Protocols: CasusCommand {
    static let configuration = CommandConfiguration(
        abstract: .nl("De protocolprofielen die casus kent.", en: "The protocol profiles casus knows."))

    @OptionGroup var global: GlobalOptions
    @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

    struct Row: Encodable {
        var id: String
        var name: String
        var document: String
        var articles: Int
        var defaultLadders: Bool
        var aangifte: String
    }

    func run(_ ctx: Context) throws {
        let profiles = try ctx.profiles().profiles
        let rows = profiles.map {
            Row(
                id: $0.id, name: $0.name, document: $0.document, articles: $0.articles.count,
                defaultLadders: $0.ladders.isDefault, aangifte: $0.escalations.aangifte.rawValue)
        }
        if json { return try Output.json(rows) }
        for r in rows {
            let ladders = r.defaultLadders ? Phrase(" · standaardladders", " · default ladders")(ctx.lang) : ""
            Output.line(
                "\(r.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(r.name) — \(r.articles) \(Phrase("artikelen", "articles")(ctx.lang))\(ladders)"
            )
        }
    }
}

struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol", abstract: .nl("Eén protocolprofiel.", en: "One protocol profile."),
        subcommands: [Show.self])

    struct Show: CasusCommand {
        static let configuration = CommandConfiguration(
            abstract: .nl(
                "Artikelen, ladders, escalaties en waar casus de wet volgt.",
                en: "Articles, ladders, escalations and where casus follows the law."))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Profiel-id, bijvoorbeeld jozefschool.", en: "Profile id, for example jozefschool."))
        var id: String
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        struct JSON: Encodable {
            var profile: ProtocolProfile
            var effectiveLadders: [String: [Rung]]
            var differences: [String]
        }

        func run(_ ctx: Context) throws {
            let p = try ctx.profiles().require(id)
            let lang = ctx.lang
            let diffs = SubjectKind.allCases.flatMap { LegalOrder.differences(p.ladders.written(for: $0), kind: $0) }
            if json {
                var eff: [String: [Rung]] = [:]
                for k in SubjectKind.allCases {
                    eff[k.rawValue] = LegalOrder.effective(p.ladders.written(for: k), kind: k)
                }
                return try Output.json(JSON(profile: p, effectiveLadders: eff, differences: diffs.map { $0(lang) }))
            }
            Output.line("\(p.name) — \(p.document) (\(p.id))")
            if let adopted = p.adopted { Output.line(Phrase("Vastgesteld: ", "Adopted: ")(lang) + adopted) }
            Output.line()
            Output.line(Phrase("Artikelen", "Articles")(lang))
            for a in p.articles {
                let who = a.appliesTo.map { $0.label(lang) }.joined(separator: ", ")
                Output.line(
                    "  \(a.id.padding(toLength: 6, withPad: " ", startingAt: 0)) \(a.title) [\(who); \(a.severity.label(lang))]"
                )
            }
            Output.line()
            Output.line(
                Phrase("Ladders", "Ladders")(lang)
                    + (p.ladders.isDefault
                        ? Phrase(
                            " (standaard: het protocol noemt geen sancties)",
                            " (default: the protocol names no sanctions)")(lang) : ""))
            for k in SubjectKind.allCases {
                let eff = LegalOrder.effective(p.ladders.written(for: k), kind: k)
                Output.line("  \(k.label(lang)): " + eff.map { $0.label(for: k)(lang) }.joined(separator: " → "))
            }
            if !diffs.isEmpty {
                Output.line()
                Output.line(Phrase("Waar casus de wet volgt", "Where casus follows the law")(lang))
                for d in diffs { Output.line("  " + d(lang)) }
            }
            for rule in p.offenceRules {
                Output.line()
                Output.line(
                    Phrase("Regel naar aantal overtredingen: ", "Rule by number of offences: ")(lang)
                        + "\(rule.title) (\(rule.articles.joined(separator: ", ")))")
                for s in rule.steps {
                    Output.line(
                        "  \(s.count)\(s == rule.steps.last! ? "+" : ""): \(s.rung.label(for: .pupil)(lang)) — \(s.detail)"
                    )
                }
            }
            if !p.measures.isEmpty {
                Output.line()
                Output.line(Phrase("Overige maatregelen", "Other measures")(lang))
                for m in p.measures { Output.line("  \(m.title)" + (m.source.map { " (art. \($0))" } ?? "")) }
            }
            Output.line()
            Output.line(Phrase("Escalaties", "Escalations")(lang))
            let aangifte: Phrase =
                switch p.escalations.aangifte {
                case .mandatory: Phrase("verplicht", "mandatory")
                case .optional: Phrase("mogelijk, niet verplicht", "optional")
                case .none: Phrase("niet genoemd", "not mentioned")
                }
            Output.line(
                "  "
                    + Phrase(
                        "Aangifte bij een mogelijk strafbaar feit: ", "Aangifte for a possible criminal offence: ")(
                        lang) + aangifte(lang)
                    + (p.escalations.aangifteSource.map { " (art. \($0))" } ?? ""))
            if let vi = p.escalations.vertrouwensinspecteur {
                Output.line(
                    "  "
                        + Phrase(
                            "Grensoverschrijdend gedrag van medewerkers: telefonisch melden bij de vertrouwensinspecteur ",
                            "Grensoverschrijdend staff conduct: phone the vertrouwensinspecteur ")(lang)
                        + vi.phone + Phrase("; kwalificatie door ", "; qualified by ")(lang)
                        + vi.qualifiedBy.map { $0.label(lang) }.joined(separator: ", "))
            }
            if p.escalations.informParents == .everySanction {
                Output.line(
                    "  "
                        + Phrase(
                            "Ouders worden over elke sanctie geïnformeerd.", "Parents are informed of every sanction.")(
                            lang))
            }
            if let g = p.groupResponse {
                Output.line()
                Output.line(Phrase("Aanpak naar groepsgrootte", "Response by group size")(lang))
                for l in g.levels { Output.line("  \(l.scope.rawValue): \(l.action)") }
            }
        }
    }
}
