import ArgumentParser
import CasusCore
import CasusStore
import Foundation

/// Resolves where things are (database, config, account) and turns failures into the exit
/// codes of DESIGN.md §7: 0 ok, 1 refused or failed (message on stderr), 64 usage.
struct Context {
    let global: GlobalOptions
    var lang: Lang { global.lang }

    /// The OS account: identity, as for git and mutt.
    static var osAccount: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    static var dataFolder: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/casus" }
        return ConfigSearchPath.home(env) + "/.local/share/casus"
    }

    /// --db, else $CASUS_DB, else the XDG data folder.
    var databasePath: String {
        if let db = global.db { return db }
        if let env = ProcessInfo.processInfo.environment["CASUS_DB"], !env.isEmpty { return env }
        return Context.dataFolder + "/casus.sqlite"
    }

    /// The configuration: a school's own files over the set built into casus
    /// (`ConfigSearchPath`; `casus config paths` shows the order).
    var config: ConfigSet { ConfigSet.fromEnvironment() }

    func profiles() throws -> ProfileRegistry { try config.profiles() }

    func retention() throws -> RetentionPolicy { try config.retention() }

    func storage(path: String? = nil) throws -> any CasusStorage {
        try StorageSelection.open(path ?? databasePath)
    }

    /// A session for the OS account (or `--as`).
    func service(path: String? = nil) throws -> CasusService {
        let profiles = try profiles()
        return try CasusService.session(
            storage: try storage(path: path), account: Context.osAccount, as: global.asAccount,
            profiles: profiles)
    }

    /// A session on a given store: a copy being checked (`casus backup`, `casus restore`).
    func service(on storage: any CasusStorage) throws -> CasusService {
        try CasusService.session(
            storage: storage, account: Context.osAccount, as: global.asAccount, profiles: try profiles())
    }

    /// Runs a command body, printing a refusal or failure the way every command does.
    func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CasusError {
            FileHandle.standardError.write(Data(("casus: " + error.text(lang) + "\n").utf8))
            throw ExitCode(error.kind == .usage ? 64 : 1)
        } catch let error as ExitCode {
            throw error
        } catch {
            FileHandle.standardError.write(Data("casus: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Output helpers: JSON for scripts, aligned text for people.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static func line(_ s: String = "") {
        print(s)
    }
}
