import CasusCore
import Foundation

/// The arguments as the shell gave them. Swift's `CommandLine.arguments` repairs bytes that are no
/// UTF-8 (a Latin-1 terminal's "é") into U+FFFD, so a name or a note would be stored changed
/// without a word; such an argument is refused before anything is read or saved, as a
/// `--body-file` of such bytes is.
enum RawArguments {
    /// The first argument (counted from 1, after the program's name) that is no UTF-8, as Swift
    /// would have shown it.
    static func firstInvalid() -> (position: Int, shown: String)? {
        for i in 1..<Int(CommandLine.argc) {
            guard let p = CommandLine.unsafeArgv[i], String(validatingCString: p) == nil else { continue }
            return (i, String(decoding: UnsafeRawBufferPointer(start: p, count: strlen(p)), as: UTF8.self))
        }
        return nil
    }

    /// `letter`: the command is `casus letter`, which can read its text from a file instead (the
    /// advice named --body-file to `people add`, which has none, a review).
    static func refusal(_ bad: (position: Int, shown: String), letter: Bool = false) -> Phrase {
        let shown = TerminalText.neutralised(bad.shown, keepLayout: false)
        return Phrase(
            "casus: argument \(bad.position) (‘\(shown)’) is geen UTF-8-tekst; er is niets gedaan\nZet de terminal op UTF-8 (bijvoorbeeld LANG=nl_NL.UTF-8)"
                + (letter ? ", of geef de tekst in een UTF-8-bestand met --body-file." : "."),
            "casus: argument \(bad.position) (‘\(shown)’) is not UTF-8 text; nothing was done\nSet the terminal to UTF-8 (for example LANG=en_GB.UTF-8)"
                + (letter ? ", or give the text in a UTF-8 file with --body-file." : ".")
        )
    }

    /// `--limit -1` read "-1" as an option, and the user was told the value was missing; given as
    /// the option's value (`--limit=-1`), the option says what it takes ("geef 1 of meer"). No casus
    /// option or argument is spelt like a negative number, and `--` ends the options.
    static func negativeValuesJoined(_ args: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { return out + args[i...] }
            if a.hasPrefix("--"), !a.contains("="), i + 1 < args.count,
                args[i + 1].wholeMatch(of: /-[0-9]+/) != nil
            {
                out.append(a + "=" + args[i + 1])
                i += 2
                continue
            }
            out.append(a)
            i += 1
        }
        return out
    }
}
