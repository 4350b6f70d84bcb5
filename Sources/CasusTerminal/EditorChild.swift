import Foundation

/// The editor casus is waiting for (`ExternalEditor`), for the signal handler: ended by SIGTERM or
/// SIGHUP while `$EDITOR` was open, casus left the editor running on the terminal beside the shell,
/// the letter in its temporary folder, and the terminal raw once the editor gave up (a review).
/// The handler ends the editor, puts the terminal's modes back as they were before it started, and
/// removes the folder (with whatever the editor put beside the letter: vim's swap file holds it too).
///
/// Only what is safe in a handler: `kill`, `waitpid`, `nanosleep`, `tcsetattr`, `fork` and `execve`
/// on C strings made before the editor started.
enum EditorChild {
    nonisolated(unsafe) static var pid: pid_t = 0
    /// The editor leads a process group of its own in the terminal's foreground (ExternalProcess).
    nonisolated(unsafe) static var leadsGroup = false
    nonisolated(unsafe) static var shellModes = termios()
    nonisolated(unsafe) static var hasShellModes = false
    /// `rm -rf FOLDER` as argv, made before the editor starts; nil while none runs.
    nonisolated(unsafe) static var removal: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    /// Notes an editor started on a file in `folder`, with the terminal's modes as they are now.
    static func started(_ pid: pid_t, group: Bool, folder: String) {
        hasShellModes = tcgetattr(STDIN_FILENO, &shellModes) == 0
        let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 4)
        argv[0] = strdup("rm")
        argv[1] = strdup("-rf")
        argv[2] = strdup(folder)
        argv[3] = nil
        blocked {
            removal = argv
            leadsGroup = group
            Self.pid = pid
        }
    }

    /// The editor ended by itself: nothing for a handler to do.
    static func ended() {
        let argv = blocked { () -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? in
            let argv = removal
            removal = nil
            pid = 0
            return argv
        }
        guard let argv else { return }
        for i in 0..<3 { free(argv[i]) }
        argv.deallocate()
    }

    /// In a signal handler: ends the editor and all it started (TERM, then KILL after two
    /// seconds), takes the terminal back, restores its modes and removes the folder. True when an
    /// editor ran: casus had left curses mode for it, and must not leave it again (`endwin` wrote
    /// over the shell's screen after `kill %1`).
    @discardableResult
    static func endFromHandler() -> Bool {
        guard pid > 0 else { return false }
        let target = leadsGroup ? -pid : pid
        _ = kill(target, SIGTERM)
        // A stopped editor (Ctrl-Z) takes its TERM only once woken.
        _ = kill(target, SIGCONT)
        var status: Int32 = 0
        var pause = timespec(tv_sec: 0, tv_nsec: 50_000_000)
        var waited = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if waited == 40 {
                _ = kill(target, SIGKILL)
                _ = waitpid(pid, &status, 0)
                break
            }
            nanosleep(&pause, nil)
            waited += 1
        }
        let editor = pid
        pid = 0
        // The terminal is casus's to put right only when casus or its editor has it: ended while
        // stopped (`kill %1`), the shell had it, and taking it back ended the shell (a review).
        signal(SIGTTOU, SIG_IGN)
        let holder = tcgetpgrp(STDIN_FILENO)
        let ours = holder == getpgrp() || (leadsGroup && holder == editor)
        if leadsGroup {
            // What the group started may still run for a moment: it gets SIGKILL with the rest.
            _ = kill(target, SIGKILL)
            if holder == editor { _ = tcsetpgrp(STDIN_FILENO, getpgrp()) }
        }
        if ours, hasShellModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &shellModes) }
        if let argv = removal {
            let remover = fork()
            if remover == 0 {
                execve("/bin/rm", argv, environ)
                _exit(127)
            }
            if remover > 0 { _ = waitpid(remover, &status, 0) }
        }
        return true
    }

    /// The handler's signals held back while the notes change.
    private static func blocked<T>(_ body: () -> T) -> T {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        for sig in TerminalGuard.fatal { sigaddset(&set, sig) }
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return body()
    }
}
