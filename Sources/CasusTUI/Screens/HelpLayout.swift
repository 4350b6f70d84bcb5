import CasusCore

enum HelpLayout {
    /// Generated from the keymap: every binding the role may use, grouped by where it applies.
    /// The key column is as wide as the longest list of keys, so no key is cut off.
    /// A description longer than the line wraps under itself, its `:command` after it: at 80
    /// columns both were cut off ("overleg vertrouwensinspecteur vastleggen (", ":filter-nam").
    static func lines(keymap: Keymap, lang: Lang, role: Role = .director, width: Int = 80) -> [StyledLine] {
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
            let textWidth = max(20, width - column - 2)
            let hang = String(repeating: " ", count: column + 2)
            for row in rows {
                let command = ":\(row.action.rawValue)"
                var pieces = DisplayWidth.wrap(row.action.help(in: context)(lang), to: textWidth)
                if pieces.isEmpty { pieces = [""] }
                for (i, piece) in pieces.enumerated() {
                    var line = StyledLine()
                    line.add(i == 0 ? "  " + DisplayWidth.fit(row.keys, to: column) : hang, .bold)
                    line.add(piece)
                    if i == pieces.count - 1, DisplayWidth.of(piece) + 2 + DisplayWidth.of(command) <= textWidth {
                        line.add("  " + command, .dim)
                        out.append(line)
                    } else {
                        out.append(line)
                        if i == pieces.count - 1 { out.append(StyledLine(hang + command, .dim)) }
                    }
                }
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
