/// What the terminal is sent for one cell of the Canvas: the pieces to draw and the column (from
/// the cell's first) each goes in. ncurses takes one spacing character per cell, followed by
/// non-spacing ones (`setcchar`); a cluster of several spacing characters (a flag 🇳🇱, a family
/// 👨‍👩‍👧‍👦, a thumb with a skin tone 👍🏽) was refused, the cell left as it was, and letters of
/// the screen before showed through it ("🇳v🇳n"). Such a cluster is drawn as its first character
/// where the terminal gives that the cell's width, a flag as its two letters (NL), anything else
/// as �, and every column of the cell is drawn.
public enum CellGlyph {
    public struct Piece: Equatable, Sendable {
        public var text: String
        public var column: Int

        public init(text: String, column: Int) {
            self.text = text
            self.column = column
        }
    }

    /// `width`: the cell's columns (1 or 2); `columns`: the terminal's width of one scalar
    /// (wcwidth: 0 for a mark, -1 for what it cannot print).
    public static func pieces(_ text: String, width: Int, columns: (Unicode.Scalar) -> Int) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return blanks(from: 0, to: max(1, width)) }
        let rest = scalars.dropFirst()
        // ncurses holds a character and at most four marks in a cell.
        let simple = rest.count <= 4 && rest.allSatisfy { columns($0) == 0 }
        let own = columns(first)
        if own == width { return [Piece(text: simple ? text : String(first), column: 0)] }
        let indicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        if width == 2, scalars.count == 2, scalars.allSatisfy({ indicators.contains($0.value) }) {
            return scalars.enumerated().map { i, s in
                Piece(text: String(Unicode.Scalar(UInt8(0x41 + s.value - 0x1F1E6))), column: i)
            }
        }
        if own >= 1, own < width { return [Piece(text: String(first), column: 0)] + blanks(from: own, to: width) }
        return [Piece(text: "\u{FFFD}", column: 0)] + blanks(from: 1, to: width)
    }

    static func blanks(from start: Int, to end: Int) -> [Piece] {
        start < end ? (start..<end).map { Piece(text: " ", column: $0) } : []
    }
}
