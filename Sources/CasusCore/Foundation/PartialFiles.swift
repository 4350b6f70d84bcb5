import Foundation

/// The files casus is writing under a name that says they are not done (`brief.pdf.partial-…`):
/// when casus is ended by a signal (Ctrl-C, `kill`, a closed ssh session) while writing one, the
/// handler removes it, so no half-written export, PDF or backup is left behind holding personal
/// data. A file gets its real name only when it is whole (`PrivateFile.create`).
///
/// The handler may run at any moment on any thread, so it only reads a fixed table of C strings
/// and calls `unlink(2)`, which is safe in a handler; the table is changed with those signals
/// blocked on the changing thread.
public enum PartialFiles {
    static let capacity = 16
    /// The table: made before any handler is installed (a `static let` is made on first use,
    /// which a handler must not be).
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// What the command line's handler does first: ends an editor casus waits for (`casus letter
    /// --edit`, CasusTerminal's EditorChild), which must be gone before its folder goes.
    nonisolated(unsafe) public static var beforeRemoval: (@convention(c) () -> Void)?

    /// Notes `paths` as being written; the returned slots go to `written` when they are done. A path
    /// ending in "/" is a private folder of them (a PDF's renderer's), removed after its files.
    public static func writing(_ paths: [String]) -> [Int] {
        blocked {
            paths.compactMap { path in
                guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
                slots[free] = strdup(path)
                return free
            }
        }
    }

    /// The files in `taken` are done (named, or removed): a signal no longer removes them.
    public static func written(_ taken: [Int]) {
        blocked {
            for slot in taken {
                free(slots[slot])
                slots[slot] = nil
            }
        }
    }

    /// Removes every file being written, then their folders. Safe in a signal handler.
    public static func removeAll() {
        for folders in [false, true] {
            for slot in 0..<capacity {
                guard let path = slots[slot] else { continue }
                let length = strlen(path)
                let isFolder = length > 0 && path[length - 1] == CChar(UInt8(ascii: "/"))
                if isFolder == folders { _ = folders ? rmdir(path) : unlink(path) }
            }
        }
    }

    /// For the command line: Ctrl-C, SIGTERM, SIGHUP and SIGQUIT remove what is being written, then
    /// end casus as the signal would have (its exit status intact). The full screen has its own
    /// handler (TerminalGuard), which calls `removeAll` too.
    public static func removeOnSignal() {
        _ = slots
        // A parent may have blocked them (a test runner, some daemons): then Ctrl-C waited for
        // the end of the write, and what it stopped was never removed.
        var set = sigset_t()
        sigemptyset(&set)
        for sig in signals { sigaddset(&set, sig) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for sig in signals {
            signal(sig) { sig in
                PartialFiles.beforeRemoval?()
                PartialFiles.removeAll()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    private static func blocked<T>(_ body: () -> T) -> T {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        for sig in signals { sigaddset(&set, sig) }
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return body()
    }
}
