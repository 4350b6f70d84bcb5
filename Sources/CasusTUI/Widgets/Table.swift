import CasusCore

/// Column layout for list screens: fixed columns keep their width, the flexible one takes the rest.
struct Table {
    struct Column {
        var title: String
        var width: Int
        var flexible = false
        var alignRight = false
    }

    var columns: [Column]

    /// Widths for the available columns; the flexible column absorbs what is left (at least 8).
    func widths(total: Int) -> [Int] {
        let fixed = columns.filter { !$0.flexible }.reduce(0) { $0 + $1.width + 1 }
        return columns.map { $0.flexible ? max(8, total - fixed - 1) : $0.width }
    }

    func drawHeader(into c: inout Canvas, y: Int) {
        var x = 1
        for (col, w) in zip(columns, widths(total: c.width)) {
            c.put(DisplayWidth.fit(col.title, to: w), x: x, y: y, style: Style(bold: true, underline: true))
            x += w + 1
        }
    }

    func drawRow(_ cells: [(String, Style)], into c: inout Canvas, y: Int, selected: Bool) {
        if selected { c.fill(x: 0, y: y, width: c.width, height: 1, style: .selected) }
        var x = 1
        for ((text, style), (col, w)) in zip(cells, zip(columns, widths(total: c.width))) {
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
