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

    /// An option given twice (`--subject 224 --subject 225`) that takes one value: the parser kept
    /// the last one without a word, a report filed about one of two pupils, a note's first
    /// paragraph lost (a review). A list is one value, comma-separated; only an option whose value
    /// is an array (`--evidence`, `--against`) may be repeated, as the parsed command's own
    /// properties say. The first such option before `--`, or nil.
    static func repeatedOption(_ args: [String], in command: Any) -> String? {
        var seen = Set<String>()
        for a in args {
            if a == "--" { return nil }
            guard let name = a.wholeMatch(of: /(--[a-z][a-z0-9-]*)(=.*)?/)?.1 else { continue }
            if !seen.insert(String(name)).inserted, !takesSeveral(String(name), command) { return String(name) }
        }
        return nil
    }

    /// Whether the command's option `--name` holds an array (ArgumentParser's property wrapper,
    /// `_name`, around `[T]`).
    static func takesSeveral(_ option: String, _ command: Any) -> Bool {
        let parts = option.dropFirst(2).split(separator: "-")
        let property = "_" + (parts.first.map(String.init) ?? "") + parts.dropFirst().map(\.capitalized).joined()
        guard let value = Mirror(reflecting: command).children.first(where: { $0.label == property })?.value else {
            return false
        }
        return String(describing: type(of: value)).contains("Array<")
    }

    static func repeatedRefusal(_ name: String) -> Phrase {
        Phrase(
            "casus: \(name) staat er twee keer; er is niets gedaan\nGeef elke optie één keer; meer waarden in één optie scheidt u met komma's (--subject 224,225), een tekst in één --body.",
            "casus: \(name) is given twice; nothing was done\nGive each option once; several values in one option are comma-separated (--subject 224,225), a text in one --body."
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
