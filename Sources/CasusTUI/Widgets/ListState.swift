import CasusCore

/// A virtualised list: knows how many rows there are, which is selected and which are on
/// screen (its viewport), and holds only a window of rows around them. Rows outside the window
/// are never asked of the store; `request` says which window to fetch, and only when the
/// window no longer covers the screen or what it shows went stale.
public struct ListState<Row: Sendable>: Sendable {
    public private(set) var viewport = Viewport(selectable: true)
    public private(set) var windowOffset = 0
    public private(set) var rows: [Row] = []
    public private(set) var load = LoadState()
    /// A reload keeps the cursor on its row (by identity) rather than on its number; not after a
    /// `reset`, which goes back to the top on purpose.
    private var followsSelection = false
    /// How many rows around the visible ones to fetch at once, so moving by a row costs no query.
    public static var margin: Int { 40 }

    public init() {}

    /// The count comes with the rows it counts: both from the same answer.
    public var total: Int { viewport.count }
    public var selected: Int { viewport.cursor ?? 0 }
    public var top: Int { viewport.offset }
    public var isLoaded: Bool { load.hasLoaded }

    public func row(at index: Int) -> Row? {
        let i = index - windowOffset
        guard i >= 0, i < rows.count else { return nil }
        return rows[i]
    }

    public var selectedRow: Row? { row(at: selected) }

    public mutating func resize(visible: Int) { viewport.resize(count: viewport.count, rows: visible) }

    public mutating func move(_ m: Viewport.Move) { viewport.move(m) }

    /// The window to fetch now, marked as asked for; nil when the rows on screen are there and fresh.
    public mutating func request() -> (ticket: Int, offset: Int, limit: Int)? {
        let end = min(total, top + viewport.rows)
        let covered = top >= windowOffset && end <= windowOffset + rows.count
        let outOfWindow = load.hasLoaded && !covered && total > 0
        guard load.needsRequest || (outOfWindow && !isBusy) else { return nil }
        let offset = max(0, top - ListState.margin)
        return (load.begin(), offset, viewport.rows + 2 * ListState.margin)
    }

    private var isBusy: Bool {
        if case .loading = load.phase { return true }
        if case .failed = load.phase { return true }
        return false
    }

    /// Takes fetched rows and their total; false for an outdated answer.
    /// `identity` names a row across reloads: the cursor follows its row when another session
    /// adds or removes rows above it (it stayed on the number, and Enter opened another pupil's
    /// case, a review); a row no longer in the window leaves the cursor where it was.
    public mutating func take(
        rows: [Row], total: Int, offset: Int, limit: Int, ticket: Int, version: UInt64,
        identity: ((Row) -> AnyHashable)? = nil
    ) -> Bool {
        let held = followsSelection ? identity.flatMap { id in selectedRow.map(id) } : nil
        guard load.finish(ticket, version: version) else { return false }
        windowOffset = offset
        self.rows = rows
        var count = total
        // The store may hold fewer rows than it counted a moment before (rows removed meanwhile).
        if rows.count < count - offset, rows.count < limit { count = offset + rows.count }
        viewport.resize(count: count, rows: viewport.rows)
        if let held, let identity, let j = rows.firstIndex(where: { identity($0) == held }) {
            viewport.follow(to: offset + j)
        }
        followsSelection = true
        return true
    }

    public mutating func fail(ticket: Int, _ error: CasusError) -> Bool { load.fail(ticket, error) }

    /// The data behind the list changed: fetch again when shown, keep the selection where it was.
    public mutating func markStale() { load.markStale() }

    /// What the list shows changed (a filter, typed letters): back to the top, fetched anew.
    public mutating func reset() {
        followsSelection = false
        load.reset()
        viewport.move(.top)
    }

    public mutating func retry(onTick: Bool) { load.retry(onTick: onTick) }
}

extension ListState {
    /// The moves every list screen has (a row, a page, top, bottom); false for any other action.
    public mutating func move(for action: Action) -> Bool {
        switch action {
        case .up: move(.up)
        case .down: move(.down)
        case .pageUp: move(.pageUp)
        case .pageDown: move(.pageDown)
        case .top: move(.top)
        case .bottom: move(.bottom)
        default: return false
        }
        return true
    }
}
