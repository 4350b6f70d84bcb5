import Dispatch
import Foundation
import GRDB

/// For an interactive session (the TUI): the writer no longer copies the WAL back into the
/// database when a commit crosses 1,000 pages (SQLite's automatic checkpoint, a 5 ms pause in
/// about one save in a hundred at district size). Instead a second connection of its own does
/// a passive checkpoint on a background queue, after a burst of commits or a quiet second. A
/// passive checkpoint never blocks a writer, and durability does not depend on it: a commit is
/// on disk once its WAL frames are synced.
final class BackgroundCheckpoint: @unchecked Sendable {
    // @unchecked: `commits` and `scheduled` are only touched under `lock`; the connection only
    // on `queue`.
    private let path: String
    private let queue = DispatchQueue(label: "casus.checkpoint", qos: .utility)
    private let lock = NSLock()
    private var commits = 0
    private var scheduled = false
    private var connection: DatabaseQueue?
    /// Commits after which a checkpoint runs at once, and the quiet time after which it runs anyway.
    static let burst = 32
    static let quiet = DispatchTimeInterval.seconds(1)

    init(path: String) { self.path = path }

    /// After every commit of the session's writer.
    func committed() {
        lock.lock()
        commits += 1
        let now = commits >= Self.burst
        let schedule = !scheduled
        if schedule || now { scheduled = true }
        lock.unlock()
        if now {
            queue.async { self.run() }
        } else if schedule {
            queue.asyncAfter(deadline: .now() + Self.quiet) { self.run() }
        }
    }

    /// Runs the pending checkpoint now and waits for it; one still scheduled finds nothing to do
    /// (tests, and before a copy of the database file is taken).
    func drain() { queue.sync { run() } }

    private func run() {
        lock.lock()
        let pending = commits
        commits = 0
        scheduled = false
        lock.unlock()
        guard pending > 0 else { return }
        do {
            if connection == nil {
                var config = Configuration()
                config.busyMode = .timeout(5)
                connection = try DatabaseQueue(path: path, configuration: config)
            }
            try connection?.writeWithoutTransaction { try $0.checkpoint(.passive) }
        } catch {
            // Harmless: the next commit schedules another; the WAL keeps every commit meanwhile.
        }
    }
}
