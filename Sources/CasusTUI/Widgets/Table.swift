import CasusCore

/// Column layout for list screens: fixed columns keep their width, the flexible one takes the rest.
/// Nothing is drawn past the screen's edge: a column that does not fit is cut with "…" (a header cut
/// by the edge read "Samenva" at 80 columns, the summary itself seven letters of nothing).
struct Table {
    struct Column {
        var title: String
        var width: Int
        var flexible = false
        var alignRight = false
        /// How narrow a fixed column may become to leave the flexible one its `flexibleMinimum`
        /// (nil: it keeps its width).
        var minWidth: Int? = nil
    }

    /// The narrowest a flexible column is worth showing; below it the shrinkable columns give room.
    static let flexibleMinimum = 12
    /// Narrower than this a column shows nothing readable and is left out.
    static let hiddenBelow = 4

    var columns: [Column]

    /// Each column's width on a screen `total` wide (0: not shown). The flexible column takes what
    /// the fixed ones leave; when that is under `flexibleMinimum`, columns with a `minWidth` give
    /// room, the last first; the widths never add up to more than the screen.
    func widths(total: Int) -> [Int] {
        var widths = columns.map { $0.flexible ? 0 : $0.width }
        let flexible = columns.firstIndex(where: \.flexible)
        // One column of margin at the left, one between columns.
        func left() -> Int { total - 1 - zip(columns, widths).reduce(0) { $0 + ($1.0.flexible ? 0 : $1.1 + 1) } }
        if let flexible {
            var short = Self.flexibleMinimum - left()
            for i in columns.indices.reversed() where short > 0 {
                guard let least = columns[i].minWidth else { continue }
                let give = min(short, max(0, widths[i] - least))
                widths[i] -= give
                short -= give
            }
            let room = left()
            widths[flexible] = room >= Self.hiddenBelow ? room : 0
        }
        // A screen narrower than the fixed columns: the one at the edge is cut, those past it left out.
        var x = 1
        for i in widths.indices {
            let fits = max(0, total - x)
            widths[i] = min(widths[i], fits)
            if widths[i] < Self.hiddenBelow && widths[i] < columns[i].width { widths[i] = 0 }
            x += widths[i] == 0 ? 0 : widths[i] + 1
        }
        return widths
    }

    /// A cell whose end says what it is ("Karin Terpstra (medewerker)"): the text before it is cut
    /// with "…" (a name's first letters are enough beside its case number), the end kept while four
    /// columns are left for it.
    static func keepingEnd(_ text: String, _ end: String, width: Int) -> String {
        let whole = TerminalText.oneLine(text) + end
        let room = width - DisplayWidth.of(end)
        guard DisplayWidth.of(whole) > width, !end.isEmpty, room >= 4 else { return whole }
        return DisplayWidth.truncate(TerminalText.oneLine(text), to: room) + end
    }

    func drawHeader(into c: inout Canvas, y: Int) {
        var x = 1
        for (col, w) in zip(columns, widths(total: c.width)) where w > 0 {
            c.put(DisplayWidth.fit(col.title, to: w), x: x, y: y, style: Style(bold: true, underline: true))
            x += w + 1
        }
    }

    func drawRow(_ cells: [(String, Style)], into c: inout Canvas, y: Int, selected: Bool) {
        if selected { c.fill(x: 0, y: y, width: c.width, height: 1, style: .selected) }
        var x = 1
        for ((text, style), (col, w)) in zip(cells, zip(columns, widths(total: c.width))) where w > 0 {
            var st = style
            if selected { st.reverse = true }
            // A row is one line: a summary's line ends and tabs are spaces (they were drawn as �).
            let fitted = DisplayWidth.truncate(TerminalText.oneLine(text), to: w)
            let pad = col.alignRight ? max(0, w - DisplayWidth.of(fitted)) : 0
            c.put(fitted, x: x + pad, y: y, style: st, maxX: x + w)
            x += w + 1
        }
    }
}
