import ArgumentParser
import CasusCore
import Foundation

/// The language of this run: `--lang` on the command line, else `$CASUS_LANG`, else Dutch.
///
/// ArgumentParser reads every help text before it parses a single option, so the language has to
/// be known first: it is read here from the raw arguments and the environment. The locale
/// (`LANG`) is not asked: many Dutch schools run computers with an English system language, and
/// casus speaks Dutch unless a user asks otherwise.
enum RunLanguage {
    static let current: Lang = asked(in: Array(CommandLine.arguments.dropFirst())) ?? environmentDefault

    /// `$CASUS_LANG`, when it names a language casus speaks. Read once: ArgumentParser makes the
    /// global options several times per run, and `ProcessInfo.environment` copies the whole
    /// environment into a dictionary at every call.
    static let environmentDefault: Lang = environmentLang ?? .nl

    /// `$CASUS_LANG` read as a locale is written too: "EN", "en_GB.UTF-8", "nl_NL" (scripts copy
    /// `LANG` into it, and "en_GB.UTF-8" was refused, a review); nil when it names no language
    /// casus speaks.
    static let environmentLang: Lang? = {
        let code = environmentValue.lowercased().prefix { $0.isLetter }
        return Lang(rawValue: String(code))
    }()

    /// `$CASUS_LANG` as it is set, or empty.
    static let environmentValue: String = getenv("CASUS_LANG").map { String(cString: $0) } ?? ""

    /// The language `--lang` names on the command line (before any `--`), if it names one casus speaks.
    static func asked(in arguments: [String]) -> Lang? {
        var i = 0
        while i < arguments.count, arguments[i] != "--" {
            let a = arguments[i]
            if a == "--lang", i + 1 < arguments.count, let lang = Lang(rawValue: arguments[i + 1]) { return lang }
            if a.hasPrefix("--lang="), let lang = Lang(rawValue: String(a.dropFirst("--lang=".count))) { return lang }
            i += 1
        }
        return nil
    }
}

// Every text of `--help` (a command's abstract and discussion, each option's help) is written as
// `.nl("Dutch", en: "English")`; the run's language picks one. The same spelling serves
// `CommandConfiguration`'s strings and the `help:` of `@Option`, `@Flag` and `@Argument`.

extension String {
    static func nl(_ dutch: String, en english: String) -> String {
        RunLanguage.current == .nl ? dutch : english
    }
}

extension ArgumentHelp {
    static func nl(_ dutch: String, en english: String, visibility: ArgumentVisibility = .default) -> ArgumentHelp {
        ArgumentHelp(String.nl(dutch, en: english), visibility: visibility)
    }
}
