import CasusPostgres
import Foundation
import Synchronization

/// A throwaway PostgreSQL cluster for the test process: started on first use in a temporary
/// folder, listening on a Unix socket there only (no TCP port), stopped and removed when the
/// process exits (also when tests fail: an atexit handler; a run killed outright is cleaned up by
/// the next one, which finds its folder with a dead runner's pid). Each test gets a fresh database
/// copied from a template that `casus server init` set up once.
///
/// Authentication is `trust`, on that private socket only: the tests log in as the superuser
/// (`postgres`, the administrator) and as the test accounts (a director, an IB, a teacher) that
/// are database roles but no OS accounts, which peer authentication would need. Run as root,
/// the cluster runs as the `postgres` account: PostgreSQL refuses to run as root.
public final class PostgresCluster: @unchecked Sendable {
    // @unchecked: `counter` is guarded by `lock`; the rest is set once.
    public let folder: String
    let runAs: String?
    let bin: String
    /// A cluster someone else started and stops (`.ci/run`, through CASUS_TEST_PG_SOCKET): used, never stopped.
    let external: Bool
    /// Databases of this process are named apart: a cluster may serve several test processes.
    let prefix = "casus_p\(getpid())"
    private let lock = NSLock()
    private var counter = 0

    /// The server's binaries (initdb, pg_ctl), when PostgreSQL is installed.
    public static let binaries: String? = {
        let fm = FileManager.default
        let versions = ((try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for v in versions where fm.isExecutableFile(atPath: "/usr/lib/postgresql/\(v)/bin/initdb") {
            return "/usr/lib/postgresql/\(v)/bin"
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where fm.isExecutableFile(atPath: "\(dir)/initdb") && fm.isExecutableFile(atPath: "\(dir)/pg_ctl") {
            return String(dir)
        }
        return nil
    }()

    /// The socket folder of a running cluster to use instead of starting one (`.ci/run` starts
    /// it with pg_ctl and stops it after the tests).
    static var externalSocket: String? {
        ProcessInfo.processInfo.environment["CASUS_TEST_PG_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var isInstalled: Bool {
        if binaries == nil { warnOnce }
        return binaries != nil
    }

    /// One loud line, once, when the PostgreSQL half of the suite cannot run.
    private static let warnOnce: Void = {
        FileHandle.standardError.write(
            Data(
                "\n*** casus tests: PostgreSQL's server (initdb, pg_ctl) is not installed: the PostgreSQL half of the suite is SKIPPED. Install `postgresql` and `libpq-dev` (.ci/run does) to run it. ***\n\n"
                    .utf8))
    }()

    /// The cluster, started on first use. A failure to start fails the tests that need it.
    public static func shared() throws -> PostgresCluster {
        try started.get()
    }

    private static let started: Result<PostgresCluster, any Error> = Result {
        guard let bin = binaries else { throw ClusterError("PostgreSQL is not installed") }
        if let socket = externalSocket { return try PostgresCluster(external: socket, bin: bin) }
        let cluster = try PostgresCluster(bin: bin)
        atexit { PostgresCluster.stopAtExit() }
        return cluster
    }

    /// A cluster of its own, for a test that changes what belongs to the whole server (its roles)
    /// and must not do it under the other tests' feet. Stopped by `stop()`, or when this process ends.
    public static func isolated() throws -> PostgresCluster {
        guard let bin = binaries else { throw ClusterError("PostgreSQL is not installed") }
        return try PostgresCluster(bin: bin)
    }

    private static func stopAtExit() {
        if case let .success(cluster) = started { cluster.stop() }
    }

    /// The cluster at `socket`, started by the caller (trust authentication on its socket).
    init(external socket: String, bin: String) throws {
        self.bin = bin
        runAs = nil
        folder = socket
        external = true
        try makeTemplate()
    }

    init(bin: String) throws {
        self.bin = bin
        external = false
        runAs = geteuid() == 0 ? "postgres" : nil
        Self.removeAbandoned()
        folder = NSTemporaryDirectory() + "casus-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fm = FileManager.default
        try fm.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try "\(getpid())\n".write(toFile: folder + "/runner.pid", atomically: true, encoding: .utf8)
        if let runAs {
            try run(["/bin/chown", "-R", runAs, folder], as: nil)
        }
        try run(
            [
                bin + "/initdb", "-D", folder + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync",
            ], as: runAs)
        try run(
            [
                bin + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "-o",
                "-k \(folder) -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                "start",
            ], as: runAs)
        try watch()
        try makeTemplate()
    }

    /// A watcher that stops the cluster and removes its folder as soon as this process is gone,
    /// however it ends: the test runner does not always run atexit handlers, and a run killed
    /// outright runs none. It ends itself with the cluster.
    private func watch() throws {
        let stop = "\(bin)/pg_ctl -D '\(folder)/data' -m immediate -w stop"
        let script = [
            "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done",
            runAs.map { "/usr/sbin/runuser -u \($0) -- \(stop)" } ?? stop,
            "rm -rf '\(folder)'",
        ].joined(separator: "; ")
        try Self.spawn(["/usr/bin/setsid", "/bin/sh", "-c", script + " >/dev/null 2>&1"])
    }

    /// A connection string for a database of this cluster, as a role.
    public func url(database: String, user: String = "postgres") -> String {
        "host=\(folder) dbname=\(database) user=\(user)"
    }

    /// The database a connection string of this cluster names (`dbname=…`).
    public static func database(of url: String) -> String {
        String(url.split(separator: " ").first { $0.hasPrefix("dbname=") }?.dropFirst(7) ?? "")
    }

    /// A new database with casus's schema (copied from the template), for one test.
    public func makeDatabase() throws -> String {
        let name = lock.withLock {
            counter += 1
            return "\(prefix)_t\(counter)"
        }
        try psql("postgres", "CREATE DATABASE \(name) TEMPLATE \(prefix)_template")
        return url(database: name)
    }

    /// Runs SQL through psql as a role; its output (unaligned, tuples only), or the error.
    @discardableResult
    /// A line in the access log for reading report `id`, committed, as `user`: what a report's
    /// text and people are read against (`incident_by_id(id, ticket)`, `involved`, `incident_evidence`).
    public func reportTicket(_ database: String, _ id: Int64, user: String) throws -> String {
        try psql(database, "SELECT casus.log_read('incident', \(id), NULL)", user: user)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A line for reading a list (`cases`, `reports`, `people`), committed, as casus takes one.
    public func listTicket(_ database: String, _ list: String, user: String) throws -> String {
        try psql(database, "SELECT casus.log_read('list', NULL, '\(list)')", user: user)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func psql(_ database: String, _ sql: String, user: String = "postgres") throws -> String {
        try run(
            [
                bin + "/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-U", user, "-d",
                database, "-c", sql,
            ], as: nil)
    }

    /// A psql session of `user` that runs `sql` and then sits, its transaction open, until the
    /// process is ended (a user who typed BEGIN and went for coffee).
    public func holdOpen(_ database: String, _ sql: String, user: String) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin + "/psql")
        p.arguments = ["-X", "-q", "-h", folder, "-U", user, "-d", database]
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data((sql + "\n").utf8))
        // The pipe stays open: psql waits for more, with the transaction as it left it.
        Self.heldInputs.withLock { $0.append(input) }
        return p
    }

    /// The inputs of `holdOpen`'s sessions, kept open until the run ends.
    static let heldInputs = Mutex<[Pipe]>([])

    /// The template: an empty database set up by `casus server init`, the founder `founder`.
    private func makeTemplate() throws {
        try psql("postgres", "CREATE DATABASE \(prefix)_template")
        _ = try ServerSetup.initialize(url: url(database: "\(prefix)_template"), founder: "founder")
        // The tests write at fixed moments (a school year in the past); the server takes a time
        // within five minutes of its clock unless told otherwise (check_clock). ClockCheckTests
        // proves the check on a database without this line.
        try psql("\(prefix)_template", "INSERT INTO casus.meta (key, value) VALUES ('clock_tolerance', '4000000000')")
    }

    public func stop() {
        guard !external else { return }
        _ = try? run([bin + "/pg_ctl", "-D", folder + "/data", "-m", "immediate", "-w", "stop"], as: runAs)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Clusters left by test runs that died without their atexit handler.
    static func removeAbandoned() {
        let fm = FileManager.default
        let tmp = NSTemporaryDirectory()
        for name in (try? fm.contentsOfDirectory(atPath: tmp)) ?? [] where name.hasPrefix("casus-pg-") {
            let dir = tmp + name
            guard let text = try? String(contentsOfFile: dir + "/runner.pid", encoding: .utf8),
                let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), kill(pid, 0) != 0
            else { continue }
            if let bin = binaries {
                let runAs = geteuid() == 0 ? "postgres" : nil
                _ = try? Self.execute(
                    [bin + "/pg_ctl", "-D", dir + "/data", "-m", "immediate", "-w", "stop"], as: runAs)
            }
            try? fm.removeItem(atPath: dir)
        }
    }

    @discardableResult
    func run(_ args: [String], as user: String?) throws -> String { try Self.execute(args, as: user) }

    /// Runs a program (as another account when root), waiting for it; its standard output.
    /// posix_spawn and waitpid, not Foundation's Process: `pg_ctl start` leaves a daemon behind,
    /// and Process's wait for its child then never returned (seen on this Linux toolchain).
    static func execute(_ args: [String], as user: String?) throws -> String {
        let argv = user.map { ["/usr/sbin/runuser", "-u", $0, "--"] + args } ?? args
        let env = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "PGTZ=UTC"]
        // Output to files, not pipes: the server keeps the standard output it was started with,
        // and a pipe would then never end.
        let capture = NSTemporaryDirectory() + "casus-pg-run-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer {
            unlink(capture + ".out")
            unlink(capture + ".err")
        }
        let pid = try spawn(argv, env: env, output: capture)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = FileManager.default.contents(atPath: capture + ".out") ?? Data()
        let errors = FileManager.default.contents(atPath: capture + ".err") ?? Data()
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw ClusterError(
                "\(args.first ?? "") failed (\(exited ? code : -(status & 0x7f))): "
                    + String(decoding: errors + output, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension PostgresCluster {
    /// Starts a program with standard input from /dev/null and its output to `output`.out/.err
    /// (or /dev/null); the caller waits for it (or not).
    @discardableResult
    static func spawn(
        _ argv: [String], env: [String] = ["PATH=/usr/bin:/bin"], output: String? = nil
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, output.map { $0 + ".out" } ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(
            &actions, 2, output.map { $0 + ".err" } ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Nothing else either: a pipe another test had open for its child at this moment would be
        // kept by the server, and that test would read it forever (seen: a `casus` child's output
        // never ended while the cluster started beside it).
        closeFrom3(&actions)
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard spawned == 0 else {
            throw ClusterError("\(argv[0]) could not start: \(String(cString: strerror(spawned)))")
        }
        return pid
    }
}

/// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module
/// does not declare: every descriptor from 3 up closed in the child. Nothing where it is missing.
private func closeFrom3(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    else { return }
    _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
}

public struct ClusterError: Error, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}

extension NSLock {
    fileprivate func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}
