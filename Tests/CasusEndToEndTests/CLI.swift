import Foundation
import Testing
import CasusTestSupport

/// Runs the casus binary as a script would: arguments in; exit code, stdout and stderr out.
struct CLI {
    let folder: String
    let db: String
    var account: String? = nil

    init() throws {
        folder = NSTemporaryDirectory() + "casus-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = folder + "/casus.sqlite"
    }

    init(folder: String, db: String) {
        self.folder = folder
        self.db = db
    }

    struct Result {
        var code: Int32
        var out: String
        var err: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(out.utf8)) }
    }

    @discardableResult
    func run(_ args: [String], env: [String: String] = [:], stdin: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Tmux.binary)
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
        for (k, v) in env { environment[k] = v }
        p.environment = environment
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
