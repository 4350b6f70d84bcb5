/// A line of text in several styles: how scrolling screens (a case, a dossier entry) are built.
public struct StyledLine: Sendable, Equatable {
    public var segments: [(String, Style)]

    public init(_ segments: [(String, Style)] = []) { self.segments = segments }

    public init(_ text: String, _ style: Style = .plain) { self.segments = [(text, style)] }

    public static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.segments.count == b.segments.count && zip(a.segments, b.segments).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    public static let empty = StyledLine()

    public mutating func add(_ text: String, _ style: Style = .plain) { segments.append((text, style)) }

    public var plainText: String { segments.map(\.0).joined() }

    /// Draws the line from `x`, up to `maxX` (exclusive). A line longer than that ends in "…": a
    /// page cut a long name, a summary or a header at the edge without a sign that it went on (a
    /// review of the full screen at 80 columns). Spaces past the edge cut nothing.
    public func draw(into canvas: inout Canvas, x: Int, y: Int, maxX: Int) {
        let room = maxX - x
        // Drawn at every frame: the trailing spaces are left out by hand, not with a pattern.
        var text = plainText
        while let last = text.last, last.isWhitespace { text.removeLast() }
        let content = DisplayWidth.of(text)
        let cut = content > room && room > 1
        let stop = cut ? maxX - 1 : maxX
        var col = x
        var last = segments.first?.1 ?? .plain
        for (text, style) in segments {
            last = style
            col = canvas.put(text, x: col, y: y, style: style, maxX: stop)
            if col >= stop { break }
        }
        if cut { canvas.put("…", x: col, y: y, style: last, maxX: maxX) }
    }

    /// Indented word-wrapped text as lines.
    public static func wrapped(_ text: String, width: Int, indent: Int = 0, style: Style = .plain) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        return DisplayWidth.wrap(text, to: max(1, width - indent)).map { StyledLine(pad + $0, style) }
    }
}
