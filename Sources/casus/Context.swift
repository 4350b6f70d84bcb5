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

    /// The store; `concurrent` for the full screen and `verify` (StorageSelection.open).
    func storage(path: String? = nil, concurrent: Bool = false) throws -> any CasusStorage {
        try StorageSelection.open(path ?? databasePath, concurrent: concurrent)
    }

    /// A session for the OS account (or `--as`). `moved`: the command may open a personal
    /// database moved to a server (`verify`, `backup`); every other one is refused at once, with
    /// where it went (MovedDatabase), before it shows what may no longer be the records.
    func service(path: String? = nil, concurrent: Bool = false, moved: Bool = false) throws -> CasusService {
        // Who is asking, before anything is opened.
        let account = try Context.osAccount()
        // A command that works in a database never makes one (an empty file was left behind).
        let location = path ?? databasePath
        // `--db ""` named nothing: "there is no database at ;" (a review).
        if location.isEmpty {
            throw CasusError(
                .usage,
                Phrase(
                    "--db is leeg; er is niets geopend", "--db is empty; nothing was opened"
                ),
                hint: Phrase(
                    "Geef het pad van de database of een postgresql://-adres, of laat --db weg voor de standaard.",
                    "Give the database's path or a postgresql:// address, or leave --db out for the default."))
        }
        if StorageSelection.isMissingFile(location) {
            throw CasusError.notFound(
                "er is geen database op \(location); er is niets aangemaakt",
                "there is no database at \(location); nothing was made",
                hint: Phrase(
                    "Maak er een met `casus init --school NAAM --protocol ID` (of kijk rond met `casus demo`), of wijs de uwe aan met --db PAD of CASUS_DB.",
                    "Make one with `casus init --school NAME --protocol ID` (or look around with `casus demo`), or point at yours with --db PATH or CASUS_DB."
                ))
        }
        try Self.refuseEmptyFile(location)
        let profiles = try profiles()
        let store = try storage(path: path, concurrent: concurrent)
        if !moved, let line = try store.read({ try $0.movedAway() }) { throw MovedDatabase.refusal(line) }
        return try CasusService.session(storage: store, account: account, as: global.asAccount, profiles: profiles)
    }

    /// An empty file named as the database is not taken for a new one: casus made its schema in
    /// it (372 KB, mode 0600) when a command only read, `verify` or `case list`.
    static func refuseEmptyFile(_ location: String) throws {
        guard !StorageSelection.isServer(location),
            let size = (try? FileManager.default.attributesOfItem(atPath: location))?[.size] as? NSNumber,
            size.intValue == 0
        else { return }
        throw CasusError.notFound(
            "\(location) is een leeg bestand, geen casus-database; er is niets veranderd",
            "\(location) is an empty file, not a casus database; nothing was changed",
            hint: Phrase(
                "Wijs de uwe aan met --db PAD of CASUS_DB, of maak een nieuwe met `casus init` op een pad waar nog niets staat.",
                "Point at yours with --db PATH or CASUS_DB, or make a new one with `casus init` at a path where nothing is yet."
            ))
    }

    /// A session on a given store: a copy being checked (`casus backup`, `casus restore`).
    func service(on storage: any CasusStorage) throws -> CasusService {
        try CasusService.session(
            storage: storage, account: try Context.osAccount(), as: global.asAccount, profiles: try profiles())
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
    /// How every `--json` is written (RowStream writes its rows with it too).
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A value as `--json` writes it: every key (`KeepingNulls`), nothing a terminal would obey.
    static func jsonData<T: Encodable>(_ value: T, encoder: JSONEncoder) throws -> Data {
        TerminalText.escapingJSON(try encoder.encode(KeepingNulls(value)))
    }

    static func json<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try jsonData(value, encoder: Self.encoder))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static func line(_ s: String = "") {
        print(TerminalText.neutralised(s))
    }

    /// A list's row: one line whatever its texts hold (a summary's line ends and tabs are spaces),
    /// so a script reading one row a line, and the eye, find every row where it starts.
    static func row(_ s: String) {
        print(TerminalText.neutralised(TerminalText.oneLine(s), keepLayout: false))
    }

    /// A message on standard error (a refusal, a failure, the parser's usage text).
    static func error(_ s: String) {
        FileHandle.standardError.write(Data((TerminalText.neutralised(s) + "\n").utf8))
    }
}
