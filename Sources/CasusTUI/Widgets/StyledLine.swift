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

    public func draw(into canvas: inout Canvas, x: Int, y: Int, maxX: Int) {
        var col = x
        for (text, style) in segments {
            col = canvas.put(text, x: col, y: y, style: style, maxX: maxX)
            if col >= maxX { break }
        }
    }

    /// Indented word-wrapped text as lines.
    public static func wrapped(_ text: String, width: Int, indent: Int = 0, style: Style = .plain) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        return DisplayWidth.wrap(text, to: max(1, width - indent)).map { StyledLine(pad + $0, style) }
    }
}
