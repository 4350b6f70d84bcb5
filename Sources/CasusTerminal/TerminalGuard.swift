@preconcurrency import CNcurses
import CasusCore
import Foundation

/// Puts the terminal back however casus ends: SIGTERM, SIGHUP, SIGINT, SIGQUIT, and the signals of
/// a crash or a Swift trap (SIGILL, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGTRAP). The handler leaves
/// curses mode, then lets the signal do what it would have done (exit status and core dump intact).
/// Writes are transactions, so dying here loses nothing that was reported as saved.
enum TerminalGuard {
    static let fatal: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGTRAP]

    /// What turns bracketed paste on and off (NcursesTerminal.bracketedPaste), made before any
    /// handler can need them.
    static let pasteOn: [UInt8] = Array("\u{1B}[?2004h".utf8)
    static let pasteOff: [UInt8] = Array("\u{1B}[?2004l".utf8)

    static func install() {
        _ = pasteOff.count
        _ = EditorChild.pid
        // A parent may have blocked signals (test runners, some daemons); casus needs to hear
        // resizes, Ctrl-Z/fg and the ones that end it.
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGWINCH, SIGTSTP, SIGCONT, SIGTERM, SIGHUP, SIGINT, SIGQUIT] { sigaddset(&set, sig) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for sig in fatal {
            signal(sig) { sig in
                // Bracketed paste off (write(2) is safe in a handler; the bytes were made before), then curses off.
                TerminalGuard.pasteOff.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                EditorChild.endFromHandler()
                endwin()
                PartialFiles.removeAll()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func uninstall() {
        for sig in fatal { signal(sig, SIG_DFL) }
    }

    /// Runs `body` with SIGTSTP at its default action (stop), whatever ncurses installed.
    static func withDefaultStop(_ body: () -> Void) {
        let previous = signal(SIGTSTP, SIG_DFL)
        body()
        signal(SIGTSTP, previous)
    }
}

/// Runs a command line through /bin/sh with one argument, waits for it, and returns its status.
/// `"$1"` in the command is the argument, so a path with spaces stays one word. While it runs casus
/// ignores Ctrl-C and Ctrl-\ (as system(3) does), the command gets them as usual: a Ctrl-C meant for
/// an editor that leaves the keyboard alone (`code --wait`) ended casus at once, the letter left
/// in its temporary folder (a review).
enum ExternalProcess {
    /// `started` hears the child's pid once it runs (the editor's, for the signal handler).
    static func run(shell command: String, argument: String, started: (pid_t) -> Void = { _ in }) -> Int32 {
        var pid: pid_t = 0
        let args = ["/bin/sh", "-c", command, "sh", argument]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let interrupt = signal(SIGINT, SIG_IGN)
        let quit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
        }
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else { return -1 }
        started(pid)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return -1 }
        }
        // WIFEXITED / WEXITSTATUS
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }
}
