/// What a write changed, so that every screen showing it (in this session or another) can be
/// brought up to date: a write returns its `Changes`, and the TUI marks stale whatever depends
/// on them (`DataKey.isAffected(by:)`), whatever tab is showing.
public struct Changes: Sendable, Hashable {
    public enum Item: Sendable, Hashable {
        /// The triage queue and its count.
        case incidents
        case incident(IncidentID)
        /// The case list and its counts.
        case cases
        case `case`(CaseID)
        case dossier(PersonID)
        case people
        /// The Overzicht's figures.
        case figures
        case schools
        case users
    }

    public private(set) var items: Set<Item>
    /// Changed by someone else, extent unknown: everything may be stale.
    public private(set) var isEverything: Bool

    public init(_ items: Set<Item> = [], everything: Bool = false) {
        self.items = items
        self.isEverything = everything
    }

    public static let none = Changes()
    public static let everything = Changes(everything: true)

    public var isEmpty: Bool { items.isEmpty && !isEverything }

    public func contains(_ item: Item) -> Bool { isEverything || items.contains(item) }

    public mutating func insert(_ item: Item) { items.insert(item) }

    public mutating func formUnion(_ other: Changes) {
        items.formUnion(other.items)
        isEverything = isEverything || other.isEverything
    }
}

/// What a write returns: its value, what it changed, and where its events stand in the chain.
public struct Saved<Value: Sendable>: Sendable {
    public let value: Value
    public let changes: Changes
    /// The event chain's length before the write's first event and after its last (nil: it wrote
    /// none). An open screen that knew the chain at another length than `before` missed what others
    /// saved meanwhile: marking stale only this write's changes hid them for good (a review).
    public let events: (before: Int64, after: Int64)?

    public init(_ value: Value, changes: Changes, events: (before: Int64, after: Int64)? = nil) {
        self.value = value
        self.changes = changes
        self.events = events
    }

    /// Another value for the same write.
    public func with<Other: Sendable>(_ value: Other) -> Saved<Other> {
        Saved<Other>(value, changes: changes, events: events)
    }
}
