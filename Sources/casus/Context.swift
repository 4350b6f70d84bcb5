import ArgumentParser
import CasusCore
import CasusStore
import Foundation

/// Resolves where things are (database, config, account) and turns failures into the exit
/// codes of DESIGN.md §7: 0 ok, 1 refused or failed (message on stderr), 64 usage.
struct Context {
    let global: GlobalOptions
    var lang: Lang { global.lang }

    /// The OS account: identity, as for git and mutt, read from the kernel's user id and the
    /// system's user database (DESIGN.md §4). Never from $USER, which anyone can set: an account
    /// without an entry is refused.
    static func osAccount() throws -> String {
        let uid = geteuid()
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name, name.pointee != 0 { return String(cString: name) }
        throw CasusError(
            .refused,
            Phrase(
                "uw account (uid \(uid)) staat niet in de gebruikersdatabase van deze computer (/etc/passwd); casus stelt vast wie u bent uit het besturingssysteem, nooit uit $USER",
                "your account (uid \(uid)) is not in this computer's user database (/etc/passwd); casus takes who you are from the operating system, never from $USER"
            ),
            hint: Phrase(
                "Er is niets veranderd. Laat de beheerder een account voor uid \(uid) aanmaken (useradd), of geef het in een container een regel in /etc/passwd.",
                "Nothing was changed. Ask the administrator to create an account for uid \(uid) (useradd), or give it a line in /etc/passwd in a container."
            ))
    }

    static var dataFolder: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/casus" }
        return NSHomeDirectory() + "/.local/share/casus"
    }

    /// --db, else $CASUS_DB, else the XDG data folder.
    var databasePath: String {
        if let db = global.db { return db }
        if let env = ProcessInfo.processInfo.environment["CASUS_DB"], !env.isEmpty { return env }
        return Context.dataFolder + "/casus.sqlite"
    }

    /// Config/ with protocols/, templates/ and keys.yaml: $CASUS_CONFIG, the user's config folder,
    /// or the nearest Config/ above the working directory or the executable (a checkout).
    static var configFolder: String? {
        let fm = FileManager.default
        let env = ProcessInfo.processInfo.environment
        func ok(_ path: String) -> Bool { fm.fileExists(atPath: path + "/protocols") }
        if let c = env["CASUS_CONFIG"], !c.isEmpty { return c }
        let xdg =
            (env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.config") + "/casus"
        if ok(xdg) { return xdg }
        for start in [
            fm.currentDirectoryPath, (CommandLine.arguments[0] as NSString).deletingLastPathComponent,
            Bundle.main.executablePath.map { ($0 as NSString).deletingLastPathComponent } ?? "",
        ] where !start.isEmpty {
            var dir = (start as NSString).standardizingPath
            if !dir.hasPrefix("/") { dir = fm.currentDirectoryPath + "/" + dir }
            while dir != "/" && !dir.isEmpty {
                if ok(dir + "/Config") { return dir + "/Config" }
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        for fixed in ["/usr/local/share/casus/Config", "/usr/share/casus/Config"] where ok(fixed) { return fixed }
        return nil
    }

    func config() throws -> String {
        guard let c = Context.configFolder else {
            throw CasusError(
                .storage, Phrase("de map Config van casus is niet gevonden", "casus's Config folder was not found"),
                hint: Phrase(
                    "Zet CASUS_CONFIG op de map met protocols/ en templates/.",
                    "Set CASUS_CONFIG to the folder with protocols/ and templates/."))
        }
        return c
    }

    func profiles() throws -> ProfileRegistry {
        ProfileRegistry(try ProfileLoader.loadAll(folder: try config() + "/protocols"))
    }

    /// Config/retention.yaml if present, else the defaults (2 years for pupils and staff).
    func retention() throws -> RetentionPolicy {
        let file = try config() + "/retention.yaml"
        guard let data = FileManager.default.contents(atPath: file) else { return .standard }
        return try RetentionPolicy.load(file: file, text: String(decoding: data, as: UTF8.self))
    }

    func storage(path: String? = nil) throws -> any CasusStorage {
        try SQLiteStorage(path: path ?? databasePath)
    }

    /// A session for the OS account (or `--as`).
    func service(path: String? = nil) throws -> CasusService {
        // Who is asking, before anything is opened.
        let account = try Context.osAccount()
        let profiles = try profiles()
        return try CasusService.session(
            storage: try storage(path: path), account: account, as: global.asAccount, profiles: profiles)
    }

    /// Runs a command body, printing a refusal or failure the way every command does.
    func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CasusError {
            Output.error("casus: " + error.text(lang))
            throw ExitCode(error.kind == .usage ? 64 : 1)
        } catch let error as ExitCode {
            throw error
        } catch {
            Output.error("casus: \(error)")
            throw ExitCode(1)
        }
    }
}

/// Output helpers: JSON for scripts, aligned text for people. Everything casus prints to a
/// terminal goes through here, so user text is neutralised in one place (`TerminalText`): a
/// report that holds `ESC ] 52` cannot write the clipboard, whatever command prints it.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = TerminalText.escapingJSON(try encoder.encode(value))
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static func line(_ s: String = "") {
        print(TerminalText.neutralised(s))
    }

    /// A message on standard error (a refusal, a failure, the parser's usage text).
    static func error(_ s: String) {
        FileHandle.standardError.write(Data((TerminalText.neutralised(s) + "\n").utf8))
    }
}
