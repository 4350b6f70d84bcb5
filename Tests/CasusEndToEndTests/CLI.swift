import Foundation
import Testing
import CasusTestSupport

/// Runs the casus binary as a script would: arguments in; exit code, stdout and stderr out.
/// Its folder (the database, the files a test writes, casus's own temporary files) is removed
/// when the last copy of the CLI is gone, or with the fixture it shares the folder with.
struct CLI {
    let folder: String
    let db: String
    var account: String? = nil
    /// What keeps the folder: the CLI's own Scratch, or the fixture whose folder it uses.
    private let owner: AnyObject?

    init() throws {
        let scratch = Scratch("cli")
        owner = scratch
        folder = scratch.folder
        db = folder + "/casus.sqlite"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    }

    /// A CLI on the folder of `owner` (a Tmux), which it keeps.
    init(folder: String, db: String, keeping owner: AnyObject) throws {
        self.folder = folder
        self.db = db
        self.owner = owner
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    }

    /// casus's temporary directory ($TMPDIR): a letter's text kept after a refusal, the PDF
    /// renderer's files, the editor's file go with the folder.
    var temporary: String { folder + "/tmp" }

    struct Result {
        var code: Int32
        var out: String
        var err: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(out.utf8)) }
    }

    /// Starts casus and returns at once, its output thrown away (a test that stops it midway).
    func start(_ args: [String], env: [String: String] = [:]) throws -> Process {
        let p = process(args, env: env)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return p
    }

    @discardableResult
    /// `inFolder`: run in the CLI's folder (a database named by a relative path lands there).
    func run(_ args: [String], env: [String: String] = [:], stdin: String? = nil, inFolder: Bool = false) throws
        -> Result
    {
        let p = process(args, env: env, inFolder: inFolder)
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(
            code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    private func process(_ args: [String], env: [String: String], inFolder: Bool = false) -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tmux.binary)
        if inFolder { p.currentDirectoryURL = URL(fileURLWithPath: folder) }
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        // The built-in configuration and Dutch, whatever the environment `swift test` runs in.
        for name in ["CASUS_CONFIG", "CASUS_LANG", "XDG_CONFIG_HOME", "XDG_CONFIG_DIRS"] {
            environment[name] = nil
        }
        environment["CASUS_DB"] = db
        environment["LANG"] = "C.UTF-8"
        environment["XDG_DATA_HOME"] = folder + "/data"
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        environment["XDG_CONFIG_DIRS"] = folder + "/xdg"
        environment["TMPDIR"] = temporary
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        return p
    }

    /// Runs and expects success, failing the test with stderr otherwise.
    @discardableResult
    func ok(_ args: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let r = try run(args)
        #expect(r.code == 0, "casus \(args.joined(separator: " ")) failed: \(r.err)", sourceLocation: sourceLocation)
        return r
    }

    /// The id a command printed first ("12 Anna Visser" → 12).
    static func firstID(_ r: Result) -> String { String(r.out.split(separator: " ").first ?? "") }
}
