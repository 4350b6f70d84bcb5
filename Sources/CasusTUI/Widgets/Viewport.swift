/// One scrolling value for everything that scrolls: a page of lines (help, a case, a letter,
/// the Overzicht) or a list with a cursor (cases, reports, people, search hits, a picker).
/// Its offset and cursor can never leave their bounds: every change clamps them, so `G` then
/// `k` is one line up from the bottom, whatever was pressed before.
public struct Viewport: Sendable, Equatable {
    /// How many lines (or rows) there are, and how many show.
    public private(set) var count: Int
    public private(set) var rows: Int
    /// The first line shown.
    public private(set) var offset = 0
    /// The selected row of a list; nil for a page, which only scrolls.
    public private(set) var cursor: Int?

    public init(selectable: Bool, count: Int = 0, rows: Int = 1) {
        self.count = max(0, count)
        self.rows = max(1, rows)
        self.cursor = selectable ? 0 : nil
        clamp()
    }

    public var maxOffset: Int { max(0, count - rows) }

    public enum Move: Sendable, Equatable {
        case up, down, pageUp, pageDown, top, bottom
        case by(Int)
        case to(Int)
    }

    /// A page moves by `page` lines on PgUp/PgDn (a list by its visible rows).
    public mutating func move(_ m: Move, page: Int? = nil) {
        let p = max(1, page ?? rows)
        let delta: Int
        switch m {
        case .up: delta = -1
        case .down: delta = 1
        case .pageUp: delta = -p
        case .pageDown: delta = p
        case let .by(n): delta = n
        case .top:
            if cursor != nil { cursor = 0 }
            offset = 0
            clamp()
            return
        case .bottom:
            if cursor != nil { cursor = count - 1 }
            offset = maxOffset
            clamp()
            return
        case let .to(i):
            if cursor != nil { cursor = i } else { offset = i }
            clamp()
            return
        }
        if let c = cursor { cursor = c + delta } else { offset += delta }
        clamp()
    }

    /// New content or a new size: the offset and cursor stay where they were, within bounds.
    public mutating func resize(count: Int, rows: Int) {
        self.count = max(0, count)
        self.rows = max(1, rows)
        clamp()
    }

    /// The cursor's row now stands at `i` (rows came in above it, or went): the cursor and the
    /// offset move with it, so the row stays on its line.
    public mutating func follow(to i: Int) {
        guard let c = cursor, c != i else { return }
        offset += i - c
        cursor = i
        clamp()
    }

    /// Keeps a line in view (a page that highlights one of its lines, centred when it moves out).
    public mutating func show(line: Int, centred: Bool = true) {
        if line < offset || line >= offset + rows {
            offset = centred ? line - rows / 2 : (line < offset ? line : line - rows + 1)
        }
        clamp()
    }

    /// The share scrolled, for the "42%" in the corner; nil when everything fits.
    public var percent: Int? { maxOffset > 0 ? offset * 100 / maxOffset : nil }

    /// The indices shown.
    public var visible: Range<Int> { offset..<min(count, offset + rows) }

    mutating func clamp() {
        if var c = cursor {
            c = max(0, min(c, count - 1))
            cursor = c
            if c < offset { offset = c }
            if c >= offset + rows { offset = c - rows + 1 }
        }
        offset = max(0, min(offset, maxOffset))
    }
}
