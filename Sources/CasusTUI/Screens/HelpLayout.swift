import CasusCore

enum HelpLayout {
    /// Generated from the keymap: every binding the role may use, grouped by where it applies.
    /// The key column is as wide as the longest list of keys, so no key is cut off.
    static func lines(keymap: Keymap, lang: Lang, role: Role = .director) -> [StyledLine] {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        var sections: [(KeyContext, [(keys: String, action: Action)])] = []
        for context in KeyContext.allCases {
            let bindings = keymap.bindings.filter {
                $0.context == context && $0.action.isAllowed(for: role, in: context)
            }
            var rows: [(keys: String, action: Action)] = []
            for b in bindings where !rows.contains(where: { $0.action == b.action }) {
                let keys = bindings.filter { $0.action == b.action }.map { $0.key.symbol(lang) }.joined(separator: ", ")
                rows.append((keys, b.action))
            }
            if !rows.isEmpty { sections.append((context, rows)) }
        }
        let column = (sections.flatMap { $0.1 }.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2
        var out: [StyledLine] = [StyledLine(t("Toetsen", "Keys"), .bold), .empty]
        for (context, rows) in sections {
            out.append(StyledLine(context.title(lang), .accent))
            for row in rows {
                var line = StyledLine()
                line.add("  " + DisplayWidth.fit(row.keys, to: column), .bold)
                line.add(row.action.help(lang))
                line.add("  :\(row.action.rawValue)", .dim)
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
