import Dispatch

/// Work started on another thread at once, its result (or error) taken later with `result()`:
/// two long reads of one batch command (`casus verify`) share the machine's cores.
public final class ParallelWork<T: Sendable>: @unchecked Sendable {
    // @unchecked: `outcome` is written once on the worker before `done` is signalled and read
    // only after waiting for it.
    private var outcome: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            outcome = Result { try work() }
            done.signal()
        }
    }

    /// Waits for the work; rethrows its error.
    public func result() throws -> T {
        done.wait()
        // Signal again so a second call does not wait forever.
        done.signal()
        return try outcome!.get()
    }
}
