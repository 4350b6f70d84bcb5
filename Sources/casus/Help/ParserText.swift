import CasusCore

/// ArgumentParser writes its own words (headings, the `--help` line, "(default: …)", its usage
/// errors) in English. In a Dutch run they are put into Dutch here, so `casus --help` reads in one
/// language. Completion scripts and `--experimental-dump-help` keep their syntax: in them only the
/// description of `--help` itself changes.
enum ParserText {
    static func localized(_ message: String, _ lang: Lang) -> String {
        guard lang == .nl else { return message }
        guard isHelpOrUsage(message) else { return replacing(helpFlag, in: message) }
        var out: [String] = []
        var inUsage = false
        for line in message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            var l = line
            // "USAGE: " hangs its continuation lines 7 columns in; "GEBRUIK: " needs 9.
            if inUsage, l.hasPrefix("       ") { l = "  " + l } else { inUsage = false }
            for (english, dutch) in lineStarts where l.hasPrefix(english) {
                l = dutch + l.dropFirst(english.count)
                inUsage = english == "USAGE: "
                break
            }
            // "tui (default)   Open ...": the longer Dutch label takes two of the spaces after it.
            if let r = l.range(of: " (default)   ") { l.replaceSubrange(r, with: " (standaard) ") }
            out.append(choices(replacing(helpFlag + phrases, in: l)))
        }
        return out.joined(separator: "\n")
    }

    /// Only the phrases a line holds are replaced: Foundation's `replacingOccurrences` goes through
    /// NSString even when there is nothing to replace, which was a sixth of `casus --help`'s time.
    static func replacing(_ pairs: [(String, String)], in text: String) -> String {
        pairs.reduce(text) { $0.contains($1.0) ? $0.replacingOccurrences(of: $1.0, with: $1.1) : $0 }
    }

    /// ". Please provide one of 'open' and 'closed'." (or 'a', 'b' or 'c'): the list's own words
    /// are Dutch too, and only in that sentence (a value the user typed may hold " and ").
    static func choices(_ line: String) -> String {
        let english = ". Please provide one of "
        if line.contains(english + "the following:") {
            return line.replacingOccurrences(of: english + "the following:", with: ". Kies uit:")
        }
        guard let r = line.range(of: english) else { return line }
        let list = line[r.upperBound...].replacingOccurrences(of: "' and '", with: "' of '")
            .replacingOccurrences(of: "' or '", with: "' of '")
        return line[..<r.lowerBound] + ". Kies " + list
    }

    static func isHelpOrUsage(_ message: String) -> Bool {
        ["OVERVIEW: ", "USAGE: ", "Error: ", "Help:  ", "Usage: "].contains { message.hasPrefix($0) }
    }

    static let lineStarts: [(String, String)] = [
        ("OVERVIEW: ", "OVERZICHT: "),
        ("USAGE: ", "GEBRUIK: "),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("SUBCOMMANDS:", "SUBCOMMANDO'S:"),
        ("Error: ", "Fout: "),
        ("Help:  ", "Hulp:  "),
        ("Usage: ", "Gebruik: "),
    ]

    static let helpFlag: [(String, String)] = [
        ("Show help information.", "Toon deze hulp."),
        ("Show the version.", "Toon de versie."),
    ]

    /// Word by word, since the help text is wrapped before it gets here: "(values:" and
    /// "default:" may end or start a line.
    static let phrases: [(String, String)] = [
        ("<subcommand>' for detailed help.", "<subcommando>' voor de hulp bij een subcommando."),
        ("<subcommand>", "<subcommando>"),
        ("See '", "Zie '"),
        ("' for more information.", "' voor meer informatie."),
        (" (default)", " (standaard)"),
        ("(values:", "(waarden:"),
        ("default as flag:", "standaard als vlag:"),
        ("default:", "standaard:"),
        ("Missing expected argument ", "Het argument ontbreekt: "),
        ("Missing value for ", "Er ontbreekt een waarde bij "),
        ("Unknown option ", "Onbekende optie "),
        (". Did you mean ", ". Bedoelt u "),
        ("Unexpected argument ", "Onverwacht argument "),
        ("Unexpected arguments ", "Onverwachte argumenten "),
        // "2 unexpected arguments: 'erase', '206'" (`casus dossier erase 206`, a review).
        (" unexpected arguments: ", " onverwachte argumenten: "),
        ("The value ", "De waarde "),
        (" is invalid for ", " past niet bij "),
    ]
}
