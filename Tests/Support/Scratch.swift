import Foundation

/// A fresh, private folder under the temporary directory (`casus-<label>-<uuid>`) for one test or
/// one fixture, removed with everything in it (a database with its -wal, -shm and copies, exports,
/// letters) when the last reference to it goes: when the test ends, also when it fails or throws.
/// Keep it, or the fixture that holds it, for as long as anything (a store, a spawned process)
/// uses the folder.
public final class Scratch: Sendable {
    public let folder: String

    public init(_ label: String = "test") {
        folder = NSTemporaryDirectory() + "casus-\(label)-" + UUID().uuidString
        guard mkdir(folder, 0o700) == 0 else {
            preconditionFailure("cannot make the test folder \(folder): \(String(cString: strerror(errno)))")
        }
    }

    /// A path inside the folder (nothing is made there).
    public func path(_ name: String) -> String { folder + "/" + name }

    deinit { Self.remove(folder) }

    /// Removes the folder; a process that ended just before may still have put a file in it
    /// while it was being emptied, so it tries again a few times.
    static func remove(_ folder: String) {
        let fm = FileManager.default
        for attempt in 1...5 {
            if (try? fm.removeItem(atPath: folder)) != nil || !fm.fileExists(atPath: folder) { return }
            Thread.sleep(forTimeInterval: 0.1 * Double(attempt))
        }
    }

    /// A folder for what a suite builds once and shares (a static): it lasts as long as the test
    /// process, and a watcher removes it once the process is gone, however it ended (the test
    /// runner does not always run atexit handlers, and a run killed outright runs none).
    public static func untilExit(_ label: String) throws -> Scratch {
        let scratch = Scratch(label)
        kept.withLock { $0.append(scratch) }
        let watcher = Process()
        watcher.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        watcher.arguments = [
            "/bin/sh", "-c", "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; rm -rf '\(scratch.folder)'",
        ]
        watcher.standardInput = FileHandle.nullDevice
        watcher.standardOutput = FileHandle.nullDevice
        watcher.standardError = FileHandle.nullDevice
        try watcher.run()
        return scratch
    }

    /// The folders `untilExit` hands out: never released, so never removed while the process runs.
    private static let kept = Locked<[Scratch]>([])
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
