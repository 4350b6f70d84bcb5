import CasusCore

enum HelpLayout {
    /// Generated from the keymap: every binding, grouped by where it applies.
    static func lines(keymap: Keymap, lang: Lang) -> [StyledLine] {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        var out: [StyledLine] = [StyledLine(t("Toetsen", "Keys"), .bold), .empty]
        for context in KeyContext.allCases {
            let bindings = keymap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            out.append(StyledLine(context.title(lang), .accent))
            var seen: [Action] = []
            for b in bindings where !seen.contains(b.action) {
                seen.append(b.action)
                let keys = bindings.filter { $0.action == b.action }.map(\.key.symbol).joined(separator: ", ")
                var line = StyledLine()
                line.add("  " + DisplayWidth.fit(keys, to: 18), .bold)
                line.add(b.action.help(lang))
                line.add("  :\(b.action.rawValue)", .dim)
                out.append(line)
            }
            out.append(.empty)
        }
        out.append(
            StyledLine(
                t(
                    "Toetsen aanpassen: keys.yaml in ~/.config/casus (zie casus config paths).",
                    "Change keys in keys.yaml in ~/.config/casus (see casus config paths)."), .dim))
        return out
    }
}
