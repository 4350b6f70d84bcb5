import CasusTerminal
import CasusTestSupport
import Foundation
import Testing

/// Drives the real casus binary in a detached tmux server of its own: keys in, screen text out.
/// Every wait polls the pane until the text shows (never a bare sleep), and the server is
/// always killed afterwards, before its folder is removed.
final class Tmux {
    let socket = "casus-e2e-\(UUID().uuidString.prefix(8))"
    /// The shell's home and the databases: removed with this object, after the server.
    let scratch = Scratch("e2e")
    let folder: String
    let db: String

    /// The binary `swift test` built: $CASUS_BIN, else .build/debug/casus of this checkout.
    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["CASUS_BIN"], !env.isEmpty { return env }
        return Fixtures.root + "/.build/debug/casus"
    }

    init() throws {
        folder = scratch.folder
        db = folder + "/demo.sqlite"
    }

    /// Kills the server, then waits (ten seconds at most) until nothing started in it runs: the
    /// shell writes its history into the folder on the way out, casus closes its database. Then
    /// the folder goes, with `scratch`.
    deinit {
        _ = try? run(["kill-server"])
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, (try? Spawn.status(["/usr/bin/env", "pgrep", "-f", "--", folder])) == 0 {
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Runs a tmux command with posix_spawn and waitpid. (Foundation's Process waits for a
    /// descriptor that the daemonised tmux server inherits, and so would wait for ever.)
    @discardableResult
    func run(_ args: [String], capture: Bool = false) throws -> String {
        try Spawn.run(["/usr/bin/env", "tmux", "-L", socket] + args, capture: capture)
    }

    /// A shell with a plain prompt, in a terminal of the given size.
    func startShell(width: Int = 100, height: Int = 30, env: [String: String] = [:]) throws {
        var vars = [
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "ESCDELAY": "25", "HOME": folder, "PS1": "shell$ ",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "XDG_DATA_HOME": folder + "/data",
            // The built-in configuration, whatever this machine has in /etc/xdg/casus.
            "XDG_CONFIG_DIRS": folder + "/xdg",
        ]
        for (k, v) in env { vars[k] = v }
        let assignments = vars.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        // A plain prompt to wait for, and no core files from the crash tests.
        let rc = folder + "/bashrc"
        try "PS1='shell$ '\nulimit -c 0\n".write(toFile: rc, atomically: true, encoding: .utf8)
        try run([
            "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
            "env -i \(assignments) bash --noprofile --rcfile \(rc)",
        ])
        try waitFor("shell$")
    }

    func type(_ text: String) throws { try run(["send-keys", "-l", text]) }

    func keys(_ names: String...) throws { try run(["send-keys"] + names) }

    func hex(_ bytes: [UInt8]) throws { try run(["send-keys", "-H"] + bytes.map { String(format: "%02x", $0) }) }

    func screen() throws -> String { try run(["capture-pane", "-p"], capture: true) }

    /// Polls the pane until `text` shows; fails the test with the last screen after `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record(
            "'\(text)' did not show within \(timeout)s; the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    /// Polls until `text` is gone.
    func waitForAbsence(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("'\(text)' was still on screen after \(timeout)s:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    /// Starts the demo from the shell and waits for the school's name.
    func startDemo(extra: String = "") throws {
        try type("\(Tmux.binary) demo --db \(db) \(extra)")
        try keys("Enter")
        try waitFor("Basisschool De Klimop")
    }

    /// The shell works again: what is typed is echoed and a command runs.
    func assertShellUsable(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try type("echo usable-$((40+2))")
        try keys("Enter")
        try waitFor("usable-42", sourceLocation: sourceLocation)
        let s = try screen()
        #expect(s.contains("echo usable-$((40+2))"), "typed text was not echoed", sourceLocation: sourceLocation)
    }

    /// The pid of casus running on this test's database.
    func casusPID() throws -> Int32? {
        try Spawn.run(["/usr/bin/env", "pgrep", "-f", "--", "--db \(db)"], capture: true)
            .split(separator: "\n").compactMap { Int32($0) }.first
    }
}

struct TmuxTimeout: Error {}
