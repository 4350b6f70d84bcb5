import Foundation

/// Runs a program with posix_spawn and waits for it: a clean signal mask and default handlers,
/// as a login shell would give (a test runner blocks signals in its threads and a child would
/// inherit that), stdin (unless a file is given) and stderr on /dev/null, stdout captured or discarded. Foundation's
/// Process is not used because it waits on a descriptor that a daemon child (tmux) inherits.
public enum Spawn {
    public struct Failure: Error {}

    @discardableResult
    /// `stdin`: a file to read standard input from (default /dev/null).
    public static func run(_ argv: [String], capture: Bool, stdin: String? = nil) throws -> String {
        try spawn(argv, capture: capture, stdin: stdin).output
    }

    /// Runs the program and gives its exit status (the program's output is discarded).
    public static func status(_ argv: [String]) throws -> Int32 {
        try spawn(argv, capture: false, stdin: nil).status
    }

    /// The first executable called `name` on `$PATH`.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func spawn(_ argv: [String], capture: Bool, stdin: String?) throws -> (output: String, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var fds: [Int32] = [0, 0]
        if capture {
            guard pipe(&fds) == 0 else { throw Failure() }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cargs.append(nil)
        defer { cargs.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, &attr, cargs, environ) == 0 else {
            if capture {
                close(fds[0])
                close(fds[1])
            }
            throw Failure()
        }
        var output = Data()
        if capture {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n > 0 { output.append(contentsOf: buffer[0..<n]) } else if n == 0 || errno != EINTR { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WEXITSTATUS, or 128 + the signal when the program was killed.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (String(decoding: output, as: UTF8.self), code)
    }
}
