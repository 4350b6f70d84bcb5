import ArgumentParser
import CasusCore
import Foundation

struct Protocols: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocols",
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
            commandName: "show",
            abstract: .nl(
                "Artikelen, ladders, escalaties en waar casus de wet volgt.",
                en: "Articles, ladders, escalations and where casus follows the law."))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Profiel-id, bijvoorbeeld jozefschool.", en: "Profile id, for example jozefschool."))
        var id: String
        @Option(
            help: .nl(
                "De wettelijke laag voor deze sector (standaard: die van uw school, anders po).",
                en: "The legal layer for this sector (default: your school's, else po).")) var sector: Sector?
        @Option(
            help: .nl(
                "... en deze richting (standaard: die van uw school, anders bijzonder).",
                en: "... and this denomination (default: your school's, else bijzonder).")) var denomination:
            Denomination?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        struct JSON: Encodable {
            var profile: ProtocolProfile
            var effectiveLadders: [String: [Rung]]
            var differences: [String]
            var legalLayer: [String: [String]]
            var sector: Sector
            var denomination: Denomination
        }

        /// The sector and denomination to show: the options, else the school's (when a database is
        /// there to read), else po/bijzonder; and whether that was assumed.
        func setting(_ ctx: Context) -> (LegalContext, Phrase?) {
            var school: School?
            // Only an existing database is read: showing a protocol never creates one.
            if sector == nil || denomination == nil, FileManager.default.fileExists(atPath: ctx.databasePath) {
                school = try? ctx.service().directory.homeSchool()
            }
            let c = LegalContext(
                sector: sector ?? school?.sector ?? .po,
                denomination: denomination ?? school?.denomination ?? .bijzonder)
            if sector != nil, denomination != nil { return (c, nil) }
            if let school, school.isLegalRecordSet {
                return (
                    c, Phrase("volgens het schoolrecord van \(school.name)", "from the school record of \(school.name)")
                )
            }
            return (
                c,
                Phrase(
                    "aangenomen; kies met --sector en --denomination of stel het schoolrecord in",
                    "assumed; choose with --sector and --denomination or set the school record")
            )
        }

        func run(_ ctx: Context) throws {
            let p = try ctx.profiles().require(id)
            let lang = ctx.lang
            let diffs = SubjectKind.allCases.flatMap { LegalOrder.differences(p.ladders.written(for: $0), kind: $0) }
            let (legal, how) = setting(ctx)
            let sections = LegalSummary.sections(legal)
            if json {
                var eff: [String: [Rung]] = [:]
                for k in SubjectKind.allCases {
                    eff[k.rawValue] = LegalOrder.effective(p.ladders.written(for: k), kind: k)
                }
                var layer: [String: [String]] = [:]
                for s in sections { layer[s.title.en.lowercased()] = s.rules.map { $0(lang) } }
                return try Output.json(
                    JSON(
                        profile: p, effectiveLadders: eff, differences: diffs.map { $0(lang) }, legalLayer: layer,
                        sector: legal.sector, denomination: legal.denomination))
            }
            Output.line("\(p.name) — \(p.document) (\(p.id))")
            if let adopted = p.adopted { Output.line(Phrase("Vastgesteld: ", "Adopted: ")(lang) + adopted) }
            Output.line()
            Output.line(
                Phrase(
                    "Artikelen (* = gedragsregel: kan als geschonden worden gekozen)",
                    "Articles (* = rule of conduct: can be chosen as breached)")(lang))
            for a in p.articles {
                let id = a.id.padding(toLength: 6, withPad: " ", startingAt: 0)
                if let severity = a.severity, a.conduct {
                    let who = a.appliesTo.map { $0.label(lang) }.joined(separator: ", ")
                    let general = a.general ? Phrase("; algemeen", "; general")(lang) : ""
                    Output.line("* \(id) \(a.title) [\(who); \(severity.label(lang))\(general)] — \(a.cite)")
                } else {
                    let why = a.why.map { ": \($0)" } ?? ""
                    Output.line(
                        "  \(id) \(a.title) — \(a.cite) (\(Phrase("geen gedragsregel", "not a rule of conduct")(lang))\(why))"
                    )
                }
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
            Output.line()
            Output.line(
                Phrase("Wettelijke laag — ", "Legal layer — ")(lang)
                    + "\(legal.sector.rawValue)/\(legal.denomination.rawValue) ("
                    + legal.sector.act + ")" + (how.map { " — " + $0(lang) } ?? ""))
            Output.line(
                "  "
                    + Phrase(
                        "Bronnen: ‘niet geverifieerd’ = geen wettekst gevonden; ‘deels geverifieerd’ = deel of secundaire bron (research/law.md).",
                        "Sources: ‘not verified’ = no statutory text found; ‘partly verified’ = part or a secondary source (research/law.md)."
                    )(lang))
            for section in sections {
                Output.line("  " + section.title(lang))
                for r in section.rules { Output.line("    - " + r(lang)) }
            }
        }
    }
}
