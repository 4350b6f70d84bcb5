/// A virtualised list: knows how many rows there are, which is selected and which are on
/// screen, and holds only a window of rows around them. Rows outside the window are never
/// asked of the store; `missing(visible:)` says which window to fetch.
public struct ListState<Row: Sendable>: Sendable {
    public var total: Int = 0
    public var selected: Int = 0
    public var top: Int = 0
    public private(set) var windowOffset: Int = 0
    public private(set) var rows: [Row] = []
    /// False until the first load and after the data changed: the window must be fetched again.
    public private(set) var isLoaded = false
    /// How many rows around the visible ones to fetch at once, so moving by a row costs no query.
    public static var margin: Int { 40 }

    public init() {}

    public func row(at index: Int) -> Row? {
        let i = index - windowOffset
        guard i >= 0, i < rows.count else { return nil }
        return rows[i]
    }

    public var selectedRow: Row? { row(at: selected) }

    /// Keeps the selection inside the list and on screen.
    public mutating func clamp(visible: Int) {
        selected = max(0, min(selected, total - 1))
        let v = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + v { top = selected - v + 1 }
        top = max(0, min(top, max(0, total - v)))
    }

    public mutating func move(by delta: Int, visible: Int) {
        selected += delta
        clamp(visible: visible)
    }

    public mutating func moveTo(_ index: Int, visible: Int) {
        selected = index
        clamp(visible: visible)
    }

    /// The rows to fetch so that every visible row is loaded; nil when nothing is missing.
    public func missing(visible: Int) -> (offset: Int, limit: Int)? {
        let v = max(1, visible)
        let end = min(total, top + v)
        let covered = isLoaded && top >= windowOffset && end <= windowOffset + rows.count
        if covered { return nil }
        if isLoaded && total == 0 { return nil }
        let offset = max(0, top - ListState.margin)
        return (offset, v + 2 * ListState.margin)
    }

    /// Takes fetched rows (and the total, when counted) into the list.
    public mutating func loaded(offset: Int, rows: [Row], total: Int?, visible: Int) {
        if let total { self.total = total }
        windowOffset = offset
        self.rows = rows
        isLoaded = true
        // The store may hold fewer rows than counted before (rows removed meanwhile).
        if rows.count < self.total - offset, rows.count < visible + 2 * ListState.margin {
            self.total = offset + rows.count
        }
        clamp(visible: visible)
    }

    /// The data behind the list changed: fetch again, keep the selection where it was.
    public mutating func invalidate() {
        isLoaded = false
        rows = []
    }
}
