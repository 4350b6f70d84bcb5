import Dispatch

/// Work started on another thread at once, its result (or error) taken later with `result()`:
/// two long reads of one batch command (`casus verify`) share the machine's cores.
public final class ParallelWork<T: Sendable>: @unchecked Sendable {
    // @unchecked: `outcome` is written once on the worker before `done` is signalled and read
    // only after waiting for it; `work` is taken once, on the worker.
    private var outcome: Result<T, any Error>?
    private var work: (@Sendable () throws -> T)?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () throws -> T) {
        self.work = work
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // The work (and what it holds: a store's connections) is let go before the result
            // is signalled: a command that exits right after `result()` then closes its database
            // cleanly, and SQLite folds its -wal back into the file instead of leaving it beside it.
            outcome = Result { try take()() }
            done.signal()
        }
    }

    private func take() -> @Sendable () throws -> T {
        defer { work = nil }
        return work!
    }

    /// Waits for the work; rethrows its error.
    public func result() throws -> T {
        done.wait()
        // Signal again so a second call does not wait forever.
        done.signal()
        return try outcome!.get()
    }
}
