import CasusCore

/// The eight basic terminal colours, and the terminal's own default.
public enum Color: UInt8, Sendable, Hashable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

public struct Style: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        fg: Color = .default, bg: Color = .default, bold: Bool = false, reverse: Bool = false,
        underline: Bool = false, dim: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
    /// Overdue, refused: red and bold, so it still stands out without colour.
    public static let alarm = Style(fg: .red, bold: true)
    public static let accent = Style(fg: .cyan, bold: true)
    public static let good = Style(fg: .green)
    public static let warn = Style(fg: .yellow, bold: true)
    public static let header = Style(fg: .white, bg: .blue, bold: true)
    public static let selected = Style(reverse: true)
}

/// One terminal cell: a grapheme (empty for the right half of a wide character), its width and style.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(text: " ", width: 1, style: .plain)
}

/// A grid of cells that screens draw into. The terminal puts it on screen; tests read it as text.
/// Every write is clipped, so no screen can write outside it, whatever the size (even 0×0).
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Writes `s` at (x, y), stopping at `maxX` (exclusive, default the right edge).
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func put(_ s: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var col = x
        for var c in s {
            // A control, DEL, C1 or bidi control is shown as � (TerminalText, the rule the CLI's
            // output follows too), never sent on: a terminal would obey it. A tab is a space.
            // A line end in a one-line place (a report's paragraphs in a list's row) is a space.
            // An invisible character (a zero-width space, a soft hyphen) too: "bed\u{200B}reiging"
            // read as "bedreiging" and was not found by a search for it (a review).
            // What of such a character shows is drawn, then � (a letter joined by a hidden mark
            // went with it); DisplayWidth counts the same.
            let (visible, hides) = TerminalText.drawn(c)
            if hides {
                if c == "\t" || c.isNewline {
                    c = " "
                } else {
                    if !visible.isEmpty {
                        let next = put(visible, x: col, y: y, style: style, maxX: limit)
                        if next == col { break }
                        col = next
                    }
                    c = "\u{FFFD}"
                }
            }
            // A joiner (U+200D) at a character's end joins nothing in its cell, but the terminal
            // joins the next cell's character to it: a report's "zwj\u{200D}q" was drawn with "j"
            // and "q" in one cell, the rest of the row a column to the left and a letter of the
            // screen before left standing at its end. It is not kept (inside an emoji sequence it
            // joins within the cell, and stays).
            if c.unicodeScalars.count > 1, c.unicodeScalars.last == "\u{200D}" {
                var scalars = String.UnicodeScalarView(c.unicodeScalars)
                while scalars.count > 1, scalars.last == "\u{200D}" { scalars.removeLast() }
                c = String(scalars).first ?? c
            }
            let w = DisplayWidth.of(c)
            if w == 0 {
                // A stray combining mark or zero-width character: never let it shift the grid.
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                // Writing over half of a wide character clears its other half.
                if self[col, y].width == 0, col > 0 {
                    cells[y * width + col - 1] = Cell(text: " ", width: 1, style: self[col - 1, y].style)
                }
                if self[col, y].width == 2, col + 1 < width {
                    cells[y * width + col + 1] = Cell(text: " ", width: 1, style: style)
                }
                cells[y * width + col] = Cell(text: String(c), width: UInt8(w), style: style)
                if w == 2 { cells[y * width + col + 1] = Cell(text: "", width: 0, style: style) }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces in a style (backgrounds, selection bars).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain, char: Character = " ")
    {
        let x0 = max(0, x), y0 = max(0, y)
        let x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for col in x0..<x1 { cells[row * width + col] = Cell(text: String(char), width: 1, style: style) }
        }
    }

    /// Restyles cells without changing their text (for highlighting a row).
    public mutating func restyle(x: Int, y: Int, width w: Int, _ transform: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) {
            transform(&cells[y * width + col].style)
        }
    }

    public mutating func hline(x: Int, y: Int, width w: Int, style: Style = .dim) {
        fill(x: x, y: y, width: w, height: 1, style: style, char: "─")
    }

    /// The screen as text, one line per row, trailing spaces removed: what golden files hold.
    public var text: String {
        (0..<height).map { row in
            var line = ""
            for col in 0..<width where self[col, row].width > 0 { line += self[col, row].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The row at `y` as text, for assertions.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for col in 0..<width where self[col, y].width > 0 { line += self[col, y].text }
        return line
    }
}
