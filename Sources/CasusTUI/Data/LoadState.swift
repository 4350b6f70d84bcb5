import CasusCore

/// Where a fetched value stands. Every value a screen shows from the store has one: it is
/// requested only when idle or stale, an answer for an outdated request is dropped, and a
/// failure is shown once and retried only on a key or a tick (never at once, in a loop).
public enum LoadPhase: Sendable, Equatable {
    case idle
    case loading(ticket: Int)
    /// `version`: the store's change token when it was read.
    case loaded(version: UInt64)
    case failed(CasusError)
}

public struct LoadState: Sendable, Equatable {
    public private(set) var phase: LoadPhase = .idle
    /// Loaded, but something it depends on changed since: read again when next shown (the
    /// old value stays on screen meanwhile).
    public private(set) var isStale = false
    private var tickets = 0

    public init() {}

    /// Whether to ask the store now.
    public var needsRequest: Bool {
        switch phase {
        case .idle: true
        case .loaded: isStale
        case .loading, .failed: false
        }
    }

    /// Whether a value has arrived (it may be stale, or a newer one on its way).
    public var hasLoaded: Bool {
        if case .loaded = phase { return true }
        return false
    }

    public var error: CasusError? {
        if case let .failed(e) = phase { return e }
        return nil
    }

    /// Starts a request: its ticket comes back with the answer.
    public mutating func begin() -> Int {
        tickets += 1
        phase = .loading(ticket: tickets)
        isStale = false
        return tickets
    }

    /// Whether an answer belongs to the request in flight (a later request or a reset makes
    /// an earlier answer outdated).
    public func expects(_ ticket: Int) -> Bool { phase == .loading(ticket: ticket) }

    public mutating func finish(_ ticket: Int, version: UInt64) -> Bool {
        guard expects(ticket) else { return false }
        phase = .loaded(version: version)
        return true
    }

    public mutating func fail(_ ticket: Int, _ error: CasusError) -> Bool {
        guard expects(ticket) else { return false }
        phase = .failed(error)
        isStale = false
        return true
    }

    /// What it shows changed: read again when next shown. An answer already on its way was
    /// read before the change, so it is read once more after it arrives.
    public mutating func markStale() {
        switch phase {
        case .loaded, .loading: isStale = true
        case .idle, .failed: break
        }
    }

    /// What is asked for changed (another filter, another page): the answer in flight is for
    /// the old question and will be dropped.
    public mutating func reset() {
        tickets += 1
        phase = .idle
        isStale = false
    }

    /// After a failure: ask again on the next key. On a tick only a failure of the store itself
    /// (busy, unreachable) is asked again; a refusal stays until the user acts.
    public mutating func retry(onTick: Bool) {
        guard case let .failed(e) = phase else { return }
        if onTick && e.kind != .storage { return }
        phase = .idle
    }
}

/// A value fetched from the store, with its state.
public struct Loadable<Value: Sendable>: Sendable {
    public private(set) var value: Value?
    public var state = LoadState()

    public init() {}

    public mutating func take(_ value: Value, ticket: Int, version: UInt64) -> Bool {
        guard state.finish(ticket, version: version) else { return false }
        self.value = value
        return true
    }
}
