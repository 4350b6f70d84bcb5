import CasusCore
import Foundation

/// A command line the full screen has a key for, said as that key. The service's advice names
/// the command (`casus letter sent 412 --via post|registered|mail|hand`), which is what the
/// command line needs; on the screen a director was sent to a shell for what `z` does (a review).
/// The key is the one the keymap binds, so a rebinding in keys.yaml is what the screen says.
enum ScreenKeys {
    /// Where a command's key is, and what of its arguments the screen's dialog asks again (a
    /// template, an obligation, a rung), said in the user's words.
    struct Place: Sendable {
        let action: Action
        let context: KeyContext
        var detail: Detail = .none
    }

    enum Detail: Sendable { case none, template, obligation, rung }

    static let places: [String: Place] = {
        var p: [String: Place] = [
            "letter sent": Place(action: .sent, context: .caseScreen),
            "letter": Place(action: .letter, context: .caseScreen, detail: .template),
            "case done": Place(action: .done, context: .caseScreen, detail: .obligation),
            "case step": Place(action: .stepUp, context: .caseScreen, detail: .rung),
            "case consult": Place(action: .consult, context: .caseScreen),
            "case close": Place(action: .closeCase, context: .caseScreen),
            "note": Place(action: .note, context: .caseScreen),
            // Whose export it is, by the number the command names: a parent's request was sent to
            // `x` in the child's dossier, which exports the child's (a review); the row's `x` is the person's.
            "dossier export": Place(action: .export, context: .dossiers),
            "incident dismiss": Place(action: .dismiss, context: .incident),
            "school set": Place(action: .school, context: .overview),
        ]
        // What `r` records on the case (LegalFacts).
        for legal in [
            "accept", "revoke", "objection", "dispute", "zienswijze", "breach", "inzage", "court", "declined",
        ] {
            p["case " + legal] = Place(action: .legal, context: .caseScreen)
        }
        return p
    }()

    static func named(_ text: String, _ lang: Lang, keymap: Keymap) -> String {
        // "(het veld Spoed, of --urgent)": the field is on the screen, the option is not.
        var out = text.replacingOccurrences(
            of: #"(\((?:het veld|the) [^()`]*), (?:of|or) --[a-z-]+\)"#, with: "$1)", options: .regularExpression)
        guard out.contains("`casus ") else { return out }
        // "(in de zaak n, Gespreksverslag; of `casus note --kind meeting …`)", "(z in de zaak, of
        // `casus letter sent 412 …`)": where the message names the screen's key, that half is kept.
        out = out.replacingOccurrences(
            of:
                #"(\([^()`]*(?:in de zaak|on the case)[^()`]*?)[,;]? (?:of|or) `casus [^`]*`(?: (?:of|or) `casus [^`]*`)?\)"#,
            with: "$1)", options: .regularExpression)
        // The command's words (`letter` of `casus letter 2026-0003 …`, `case done`), its arguments,
        // and what the message already says of the screen after it, which is then said once.
        let pattern =
            #"`casus ([a-z]+(?: [a-z]+)?)([^`]*)`"#
            + #"(?:,? \(?(?:of|or) \S{1,3} (?:\((?:vastleggen|record)\) )?(?:in de zaak|on the case)\)?"#
            + #"| \((?:op het zaakscherm|on the case screen|in het scherm|on screen): \S{1,3}\)"#
            + #"| \(\S{1,3} (?:in de zaak|on the case)\))?"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return out }
        let whole = out as NSString
        var result = ""
        var last = 0
        for match in regex.matches(in: out, range: NSRange(location: 0, length: whole.length)) {
            let words = whole.substring(with: match.range(at: 1))
            let arguments = whole.substring(with: match.range(at: 2))
            guard let said = say(words: words, arguments: arguments, lang, keymap: keymap) else { continue }
            result += whole.substring(with: NSRange(location: last, length: match.range.location - last)) + said
            last = match.range.location + match.range.length
        }
        return result + whole.substring(from: last)
    }

    /// "z in de zaak", "c in de zaak (brief: verwijderingsbesluit)"; nil for a command the screen
    /// has no key for (or one with options only the command line has), which stays as it is.
    static func say(words: String, arguments: String, _ lang: Lang, keymap: Keymap) -> String? {
        guard let place = places[words], !arguments.contains("--help"), !arguments.contains("--redact"),
            !arguments.contains("--body-file"), !arguments.contains("--evidence"),
            let key = keymap.keys(for: place.action, in: place.context).first
        else { return nil }
        let whereNL: String
        let whereEN: String
        switch place.context {
        case .dossier: (whereNL, whereEN) = ("in het dossier", "on the dossier")
        case .dossiers:
            (whereNL, whereEN) = ("op de regel van de persoon (tab Dossiers)", "on the person's line (Dossiers tab)")
        case .incident: (whereNL, whereEN) = ("bij de melding", "on the report")
        case .overview: (whereNL, whereEN) = ("op het overzicht", "on the overview")
        default: (whereNL, whereEN) = ("in de zaak", "on the case")
        }
        let detail: String? =
            switch place.detail {
            case .none: nil
            case .template: template(arguments, lang)
            case .obligation: obligation(arguments, lang)
            case .rung: rung(arguments, lang)
            }
        let shown = detail.map { " (\($0))" } ?? ""
        return "\(key) " + (lang == .nl ? whereNL : whereEN) + shown
    }

    static func value(of option: String, in arguments: String) -> String? {
        let parts = arguments.split(separator: " ").map(String.init)
        guard let i = parts.firstIndex(of: option), i + 1 < parts.count else { return nil }
        return parts[i + 1]
    }

    static func template(_ arguments: String, _ lang: Lang) -> String? {
        value(of: "--template", in: arguments).map { (lang == .nl ? "brief: " : "letter: ") + $0 }
    }

    static func obligation(_ arguments: String, _ lang: Lang) -> String? {
        guard let raw = value(of: "--obligation", in: arguments), let kind = ObligationKind(rawValue: raw)
        else { return nil }
        return kind.label(lang)
    }

    static func rung(_ arguments: String, _ lang: Lang) -> String? {
        guard let raw = value(of: "--to", in: arguments), let rung = Rung(rawValue: raw) else { return nil }
        return (lang == .nl ? "trede: " : "rung: ") + rung.shortLabel(lang)
    }
}
