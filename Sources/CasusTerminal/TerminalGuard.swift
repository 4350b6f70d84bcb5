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
                if !EditorChild.endFromHandler() { endwin() }
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
///
/// `ownGroup` (an editor): the command runs in a process group of its own in the terminal's
/// foreground, as a shell runs a job, so that a signal that ends casus ends it with all it started
/// (`sensible-editor` and other wrappers start the editor as a grandchild, which outlived casus with
/// the letter in it, a review); Ctrl-Z in it stops casus too, and `fg` gives it the terminal back.
enum ExternalProcess {
    /// `started` hears the child's pid once it runs, and whether it leads a group of its own (the
    /// editor's, for the signal handler).
    static func run(
        shell command: String, argument: String, ownGroup: Bool = false, started: (pid_t, Bool) -> Void = { _, _ in }
    ) -> Int32 {
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
        for sig in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let foreground = ownGroup && isatty(STDIN_FILENO) == 1 && tcgetpgrp(STDIN_FILENO) == getpgrp()
        var flags = Int32(POSIX_SPAWN_SETSIGDEF)
        if foreground {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let interrupt = signal(SIGINT, SIG_IGN)
        let quit = signal(SIGQUIT, SIG_IGN)
        // Handing the terminal to the group and taking it back is done from its background.
        let background = signal(SIGTTOU, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
            signal(SIGTTOU, background)
        }
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else { return -1 }
        if foreground {
            _ = setpgid(pid, pid)
            _ = tcsetpgrp(STDIN_FILENO, pid)
        }
        started(pid, foreground)
        var status: Int32 = 0
        while true {
            if waitpid(pid, &status, foreground ? WUNTRACED : 0) == -1 {
                if errno == EINTR { continue }
                status = -1
                break
            }
            // WIFSTOPPED: Ctrl-Z in the editor. casus stops as the shell's job, and on `fg` hands
            // the terminal back and wakes the editor.
            guard foreground, status & 0xff == 0x7f else { break }
            _ = tcsetpgrp(STDIN_FILENO, getpgrp())
            kill(getpid(), SIGSTOP)
            // Woken in the background (`bg`), casus does not take the terminal from the shell: it
            // waits, the editor stopped, until `fg` gives it the terminal (it took it, and the
            // shell's next key ended the shell, a review). Stopping itself again raced a `kill`.
            var pause = timespec(tv_sec: 0, tv_nsec: 100_000_000)
            while tcgetpgrp(STDIN_FILENO) != getpgrp() { nanosleep(&pause, nil) }
            _ = tcsetpgrp(STDIN_FILENO, pid)
            kill(-pid, SIGCONT)
        }
        if foreground { _ = tcsetpgrp(STDIN_FILENO, getpgrp()) }
        // WIFEXITED / WEXITSTATUS
        return status != -1 && (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }
}
