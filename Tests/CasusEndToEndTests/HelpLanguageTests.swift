import Foundation
import Testing

/// `--help` of every command reads in one language: English with `--lang en` (or CASUS_LANG=en),
/// Dutch by default. Names and values (options, subcommands, rungs, file names) are the same in
/// both and are left out of the check.
@Suite struct HelpLanguageTests {
    /// Words that occur in help text of one language and never in the other's.
    static let dutch: Set<String> = [
        "de", "het", "een", "van", "niet", "met", "voor", "wordt", "worden", "bij", "naar", "alleen", "zijn",
        "ook", "geen", "uit", "deze", "wie", "wat", "waar", "toon", "hulp", "standaard", "waarden", "nieuwe",
        "bestand", "zaak", "zaken", "melding", "meldingen", "persoon", "leerling", "stukken", "als", "op",
        "te", "dat", "om", "tot", "kan", "mag", "u", "uw", "er", "eerst", "elke", "gebruik", "opties",
        "overzicht", "argumenten",
    ]
    static let english: Set<String> = [
        "the", "and", "with", "only", "show", "information", "default", "values", "see", "for", "from",
        "which", "this", "that", "when", "are", "will", "not", "your", "you", "into", "file", "each", "every",
        "to", "be", "may", "by", "its", "on", "one", "first", "after", "before", "without", "than", "how",
        "many", "what", "who", "where", "why", "usage", "options", "overview", "arguments",
    ]

    /// Every command path, from the binary's own command tree.
    static func paths() throws -> [[String]] {
        let cli = try CLI()
        let dump = try cli.run(["--experimental-dump-help"])
        let root = try #require(dump.json as? [String: Any])["command"] as? [String: Any]
        var out: [[String]] = [[]]
        func walk(_ c: [String: Any], _ path: [String]) {
            for s in c["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = s["commandName"] as? String, s["shouldDisplay"] as? Bool ?? true else { continue }
                out.append(path + [name])
                walk(s, path + [name])
            }
        }
        walk(try #require(root), [])
        return out
    }

    /// The words of a help text, without what is the same in both languages: the usage line,
    /// option and argument names, placeholders, quoted and backquoted commands, `(values: …)`
    /// lists, `$VARIABLES`, and the subcommand names at the start of their lines.
    static func words(_ help: String) -> [(line: String, word: String)] {
        var out: [(String, String)] = []
        var inSubcommands = false
        var inUsage = false
        for line in help.split(separator: "\n").map(String.init) {
            if line.hasPrefix("USAGE:") || line.hasPrefix("GEBRUIK:") {
                inUsage = true
            } else if !line.hasPrefix(" ") {
                inUsage = false
            }
            if line.hasPrefix("SUBCOMMANDS:") || line.hasPrefix("SUBCOMMANDO'S:") { inSubcommands = true }
            var text = line
            for pattern in [#"`[^`]*`"#, #"'[^']*'"#, #"\((values|waarden|default|standaard)[^)]*\)"#, #"<[^>]*>"#] {
                text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
            }
            if inUsage {
                text = text.replacingOccurrences(of: "USAGE:", with: "usage").replacingOccurrences(
                    of: "GEBRUIK:", with: "gebruik")
            }
            var tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }).map(
                String.init)
            if inUsage { tokens = Array(tokens.prefix(1)) }
            if inSubcommands, line.hasPrefix("  "), !line.hasPrefix("   ") { tokens = Array(tokens.dropFirst()) }
            for t in tokens where !t.hasPrefix("-") && !t.hasPrefix("$") {
                let word = t.lowercased().trimmingCharacters(in: .punctuationCharacters)
                if !word.isEmpty { out.append((line, word)) }
            }
        }
        return out
    }

    @Test func everyCommandsHelpIsEnglishWithLangEnAndDutchByDefault() throws {
        let cli = try CLI()
        let paths = try Self.paths()
        #expect(paths.count > 40, "\(paths)")
        var wrong: [String] = []
        for path in paths {
            let en = try cli.run(["--lang", "en"] + path + ["--help"])
            let nl = try cli.run(path + ["--help"])
            #expect(en.code == 0 && nl.code == 0, "\(path): \(en.err) \(nl.err)")
            for (line, word) in Self.words(en.out) where Self.dutch.contains(word) {
                wrong.append("casus \(path.joined(separator: " ")) --lang en: '\(word)' in: \(line)")
            }
            for (line, word) in Self.words(nl.out) where Self.english.contains(word) {
                wrong.append("casus \(path.joined(separator: " ")): '\(word)' in: \(line)")
            }
            #expect(en.out.contains("OVERVIEW:") || en.out.contains("USAGE:"))
            #expect(nl.out.contains("GEBRUIK:"), "\(path): \(nl.out)")
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func casusLangChoosesTheLanguageAndAWrongValueIsSaid() throws {
        let cli = try CLI()
        let en = try cli.run(["init", "--help"], env: ["CASUS_LANG": "en"])
        #expect(en.out.contains("A new database for a school"))
        #expect(
            try cli.run(["--lang", "nl", "init", "--help"], env: ["CASUS_LANG": "en"]).out.contains(
                "Een nieuwe database"))
        let wrong = try cli.run(["protocols"], env: ["CASUS_LANG": "fr"])
        #expect(wrong.code == 64 && wrong.err.contains("CASUS_LANG=fr kent casus niet"), "\(wrong.err)")
        // `--lang` wins over it, as the help says; a locale's form is read as its language.
        #expect(try cli.run(["--lang", "en", "protocols"], env: ["CASUS_LANG": "fr"]).code == 0)
        let locale = try cli.run(["init", "--help"], env: ["CASUS_LANG": "en_GB.UTF-8"])
        #expect(locale.code == 0 && locale.out.contains(en.out.split(separator: "\n").first ?? "?"), "\(locale.out)")
        let usage = try cli.run(["case", "open", "--incident", "x"])
        #expect(usage.code == 64 && usage.err.contains("Fout: De waarde 'x' past niet bij '--incident <incident>'"))
        // The choices ArgumentParser lists are Dutch as well (they were "Please provide one of … and …").
        let choice = try cli.run(["case", "list", "--status", "foo"])
        #expect(choice.code == 64 && choice.err.contains("Kies 'open' of 'closed'."), "\(choice.err)")
        #expect(!choice.err.contains("Please"))
    }
}
