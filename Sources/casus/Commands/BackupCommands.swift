import ArgumentParser
import CasusCore
import CasusStore
import Foundation

/// `casus backup FILE`: SQLite's online backup of the whole database into a new file, whose
/// chains are verified in the copy before the file gets its name: a backup that exists is sound.
struct Backup: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: .nl(
            "Een reservekopie van de hele database in een nieuw bestand; de ketens worden in de kopie gecontroleerd.",
            en: "A backup of the whole database in a new file; the chains are verified in the copy."),
        discussion: .nl(
            "Mag terwijl anderen casus gebruiken (SQLite's online backup). Het bestand is alleen voor u leesbaar (0600) en wordt nooit overschreven. Terugzetten: `casus restore BESTAND`. In servermodus maakt de databaseserver de reservekopie.",
            en:
                "Safe while others use casus (SQLite's online backup). The file is readable by you alone (0600) and is never overwritten. To restore: `casus restore FILE`. In server mode the database server makes the backup."
        ))

    @OptionGroup var global: GlobalOptions
    @Argument(
        help: .nl(
            "Het nieuwe bestand, bijvoorbeeld casus-2026-03-01.sqlite.",
            en: "The new file, for example casus-2026-03-01.sqlite."))
    var file: String

    /// "map/" for a folder given with or without its slash (it said "map//casus-reserve.sqlite").
    static func inFolder(_ folder: String) -> String { folder.hasSuffix("/") ? folder : folder + "/" }

    func run(_ ctx: Context) throws {
        let partial = file + ".partial-\(getpid())"
        if file.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CasusError(
                .usage,
                Phrase(
                    "geef de naam van het nieuwe bestand, bijvoorbeeld casus-2026-03-01.sqlite",
                    "give the new file's name, for example casus-2026-03-01.sqlite"))
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file, isDirectory: &isFolder)
        if exists, isFolder.boolValue {
            throw CasusError.refused(
                "\(file) is een map; er is niets geschreven", "\(file) is a folder; nothing was written",
                hint: Phrase(
                    "Geef de naam van een nieuw bestand in die map, bijvoorbeeld \(Self.inFolder(file))casus-reserve.sqlite.",
                    "Give the name of a new file in that folder, for example \(Self.inFolder(file))casus-backup.sqlite."
                ))
        }
        if exists {
            throw CasusError.refused(
                "\(file) bestaat al; er is niets overschreven", "\(file) already exists; nothing was overwritten",
                hint: Phrase("Kies een nieuwe bestandsnaam.", "Choose a new file name."))
        }
        // SQLite reads a -wal (or -shm, -journal) at a database's name as that database's: one left
        // by another file was read into the new copy once named, after its check (a review).
        if let left = ["-wal", "-shm", "-journal"].first(where: { FileManager.default.fileExists(atPath: file + $0) }) {
            throw CasusError.refused(
                "\(file + left) staat er al, van een ander bestand; er is niets geschreven",
                "\(file + left) is already there, from another file; nothing was written",
                hint: Phrase(
                    "SQLite zou het lezen als deel van de nieuwe kopie. Kies een andere naam, of zet dat bestand opzij (mv).",
                    "SQLite would read it as part of the new copy. Choose another name, or move that file aside (mv)."))
        }
        // A folder that is not there, or cannot be written, is said before the backup is recorded
        // (a read-only folder got a line of a backup never made, and a message in the system's
        // words naming the temporary file, a review).
        try SQLiteStorage.requireFolder(of: file)
        try PrivateFile.checkCanCreate(file)
        // Ctrl-C while it is made removes it (a district's copy takes seconds).
        let taken = PartialFiles.writing(CopyCheck.files(of: partial))
        defer { PartialFiles.written(taken) }
        try ctx.service(moved: true).integrity.backup(to: partial, recordedAs: file)
        // Until it is verified the copy has a name no one mistakes for a backup.
        defer { try? FileManager.default.removeItem(atPath: partial) }
        do { try checkAndName(partial, ctx) } catch {
            try? ctx.service(moved: true).integrity.backupFailed(file)
            throw error
        }
    }

    /// The copy's guards, its chains verified, its name given; said when done.
    private func checkAndName(_ partial: String, _ ctx: Context) throws {
        // The copy gets casus's guards back where the database lost them; its rows are verified
        // as they are, so a file whose rows were changed is still refused.
        let put: [String]
        do {
            let copy = try SQLiteStorage(copyAt: partial)
            put = try copy.restoreGuards()
            try copy.closeDatabase()
        }
        let report = try CopyCheck.verify(
            partial, ctx, for: .backup, source: file,
            hint: Phrase(
                "De database zelf wijkt af: `casus verify` noemt wat er mis is.",
                "The database itself is not sound: `casus verify` says what is wrong."))
        try PrivateFile.name(partial, as: file)
        Output.line(
            Phrase(
                "Reservekopie geschreven: \(file) (\(report.events) gebeurtenissen, kop \(report.head.seq) \(report.head.hash.prefix(16))…, \(report.dossiers) dossiers, \(report.entries) stukken); de ketens in de kopie kloppen.",
                "Backup written: \(file) (\(report.events) events, head \(report.head.seq) \(report.head.hash.prefix(16))…, \(report.dossiers) dossiers, \(report.entries) entries); the chains in the copy are sound."
            )(ctx.lang))
        if !put.isEmpty {
            Output.line(
                Phrase(
                    "Let op: de database miste bewaking die casus zelf aanbrengt (\(put.joined(separator: ", "))). In de kopie is die teruggezet; de database zelf mist haar nog. Zet de database opzij (mv) en zet deze kopie terug met `casus restore \(file)`, en zoek uit wie de database buiten casus heeft gewijzigd.",
                    "Note: the database lacked guards casus makes itself (\(put.joined(separator: ", "))). The copy has them back; the database itself still lacks them. Move the database aside (mv) and put this copy back with `casus restore \(file)`, and find out who changed the database outside casus."
                )(ctx.lang))
        }
    }
}

/// `casus restore FILE`: a backup back in place as the database, checked before it gets the name.
struct Restore: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: .nl(
            "Een reservekopie terugzetten als de database (--db, $CASUS_DB of de standaardplek); eerst gecontroleerd.",
            en: "Put a backup back as the database (--db, $CASUS_DB or the default place); verified first."),
        discussion: .nl(
            "Overschrijft nooit een database: staat er al een, zet die dan eerst opzij (mv). De reservekopie zelf wordt niet veranderd.",
            en:
                "Never overwrites a database: if there is one, move it aside first (mv). The backup itself is not changed."
        ))

    @OptionGroup var global: GlobalOptions
    @Argument(help: .nl("Een bestand dat `casus backup` maakte.", en: "A file that `casus backup` made.")) var file:
        String

    func run(_ ctx: Context) throws {
        let target = ctx.databasePath
        try Self.checkBackup(file)
        try Self.checkTarget(target)
        // A database's last writes may be in its -wal file: its files move aside together, under
        // names that keep them one database (moving the main file alone lost a note that was in the
        // -wal, and left the -wal to refuse every restore after, a review).
        let present = ["", "-wal", "-shm"].filter { FileManager.default.fileExists(atPath: target + $0) }
        if !present.isEmpty {
            let moves = present.map { "mv \(target)\($0) \(target).oud\($0)" }.joined(separator: "; ")
            let movesEN = present.map { "mv \(target)\($0) \(target).old\($0)" }.joined(separator: "; ")
            let files = present.map { (target as NSString).lastPathComponent + $0 }.joined(separator: ", ")
            throw CasusError.refused(
                present.contains("")
                    ? "er staat al een database op \(target) (\(files)); er is niets overschreven"
                    : "er staan nog bestanden van een database op \(target) (\(files)): de laatste wijzigingen van die database kunnen erin staan; er is niets overschreven",
                present.contains("")
                    ? "there is a database at \(target) already (\(files)); nothing was overwritten"
                    : "files of a database remain at \(target) (\(files)): that database's last changes may be in them; nothing was overwritten",
                hint: present.contains("")
                    ? Phrase(
                        "Zet ze samen opzij (\(moves)), of geef met --db een nieuw pad.",
                        "Move them aside together (\(movesEN)), or give a new path with --db.")
                    // The database itself was moved already: its -wal and -shm belong beside it,
                    // under its name, or its last writes are lost (a review).
                    : Phrase(
                        "Zet ze naast de database waar die nu staat, met haar naam ervoor (staat zij op \(target).oud: \(moves)), of geef met --db een nieuw pad.",
                        "Put them beside the database where it is now, under its name (if it is at \(target).old: \(movesEN)), or give a new path with --db."
                    ))
        }
        let partial = target + ".restoring-\(getpid())"
        let taken = PartialFiles.writing(CopyCheck.files(of: partial))
        defer { PartialFiles.written(taken) }
        try SQLiteStorage.copyBackup(from: file, to: partial)
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let report = try CopyCheck.verify(
            partial, ctx, for: .restore, source: file,
            hint: Phrase(
                "Deze reservekopie is beschadigd of buiten casus gewijzigd; neem een oudere.",
                "This backup is damaged or was changed outside casus; take an older one."))
        try PrivateFile.name(partial, as: target)
        Output.line(
            Phrase(
                "Teruggezet: \(target) uit \(file) (\(report.events) gebeurtenissen, kop \(report.head.seq) \(report.head.hash.prefix(16))…); de ketens kloppen.",
                "Restored: \(target) from \(file) (\(report.events) events, head \(report.head.seq) \(report.head.hash.prefix(16))…); the chains are sound."
            )(ctx.lang))
        try Self.sayOverdue(ctx, target)
    }

    /// What the restored copy holds that its user must know, said after the restore is done (nothing
    /// here fails it: a copy of a moved database was restored, then refused with "er is niets
    /// veranderd" and status 1, a review). A copy of a database moved to a server is one too; a
    /// copy made before a purge brings back what the purge erased (a care note too), said by
    /// nothing until a later `purge --dry-run` (a review). The copy is opened once for both.
    static func sayOverdue(_ ctx: Context, _ target: String) throws {
        guard let store = try? ctx.storage(path: target) else { return }
        if let moved = try? store.read({ try $0.movedAway() }) {
            Output.line(
                Phrase(
                    "Let op: dit is een kopie van een database die is overgezet naar een server (\(moved.detail)); er wordt niets meer in opgeslagen, alleen `casus verify` en `casus backup` werken erop.",
                    "Note: this is a copy of a database moved to a server (\(moved.detail)); nothing more is saved in it, only `casus verify` and `casus backup` work on it."
                )(ctx.lang))
            return
        }
        guard
            let due = try? ctx.service(on: store).integrity.retentionDue(policy: try ctx.retention())
                .filter({ $0.hold == nil }), !due.isEmpty
        else { return }
        let n = Phrase.count(due.count, "dossier", "dossiers", "dossier", "dossiers")
        Output.line(
            Phrase(
                "Let op: \(n.nl) in deze kopie \(due.count == 1 ? "is" : "zijn") over de bewaartermijn (AVG art. 5 lid 1 onder e); was de kopie van vóór een opschoning, dan \(due.count == 1 ? "is het" : "zijn ze") terug. Schoon op met `casus purge` (eerst `casus purge --dry-run`).",
                "Note: \(n.en) in this copy \(due.count == 1 ? "is" : "are") past the retention period (GDPR art. 5(1)(e)); if the copy was made before a purge, \(due.count == 1 ? "it is" : "they are") back. Purge with `casus purge` (first `casus purge --dry-run`)."
            )(ctx.lang))
    }
}

extension Restore {
    /// The backup is a file: a folder was "databasefout: disk I/O error", a review.
    static func checkBackup(_ file: String) throws {
        var st = stat()
        guard stat(file, &st) == 0 else {
            throw CasusError.invalid(
                "\(file) bestaat niet; er is niets teruggezet", "\(file) does not exist; nothing was restored",
                hint: Phrase("Geef het bestand dat `casus backup` maakte.", "Give the file `casus backup` made."))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            let folder = (st.st_mode & S_IFMT) == S_IFDIR
            let pipe = (st.st_mode & S_IFMT) == S_IFIFO
            throw CasusError.invalid(
                folder
                    ? "\(file) is een map, geen reservekopie; er is niets teruggezet"
                    : "\(file) is geen bestand maar een \(pipe ? "pijp" : "apparaat"); er is niets teruggezet",
                folder
                    ? "\(file) is a folder, not a backup; nothing was restored"
                    : "\(file) is no file but a \(pipe ? "pipe" : "device"); nothing was restored",
                hint: folder
                    ? Phrase(
                        "Geef het bestand in die map dat `casus backup` maakte (bijvoorbeeld \(Backup.inFolder(file))casus-reserve.sqlite).",
                        "Give the file in that folder that `casus backup` made (for example \(Backup.inFolder(file))casus-backup.sqlite)."
                    )
                    : Phrase("Geef het bestand dat `casus backup` maakte.", "Give the file `casus backup` made."))
        }
    }

    /// Where the database goes is a new file's name: a folder (which held the backup itself) or a
    /// link was said to be "al een database" (a review).
    static func checkTarget(_ target: String) throws {
        // A server's address is no file: a copy was written into a folder named after it, and the
        // server was said restored (a review).
        if StorageSelection.isServer(target) {
            throw CasusError.refused(
                "--db noemt een server; casus zet daar geen reservekopie terug, er is niets teruggezet",
                "--db names a server; casus restores no backup there, nothing was restored",
                hint: Phrase(
                    "Zet een server terug met de middelen van de databaseserver (zie README, Server mode); een persoonlijke kopie zet u over met `casus --db KOPIE migrate --to URL`.",
                    "Restore a server with the database server's own tools (see the README, Server mode); move a personal copy with `casus --db COPY migrate --to URL`."
                ))
        }
        var st = stat()
        guard lstat(target, &st) == 0 else { return }
        switch st.st_mode & S_IFMT {
        case S_IFDIR:
            throw CasusError.refused(
                "--db \(target) is een map; er is niets teruggezet", "--db \(target) is a folder; nothing was restored",
                hint: Phrase(
                    "Geef met --db het pad van het databasebestand dat het wordt, bijvoorbeeld \(Backup.inFolder(target))casus.sqlite.",
                    "Give with --db the path of the database file it becomes, for example \(Backup.inFolder(target))casus.sqlite."
                ))
        case S_IFLNK:
            throw CasusError.refused(
                "--db \(target) is een koppeling (symlink); casus zet geen database neer via een koppeling; er is niets teruggezet",
                "--db \(target) is a link (symlink); casus puts no database down through a link; nothing was restored",
                hint: Phrase(
                    "Geef het pad waar de database zelf komt te staan.", "Give the path where the database itself goes."
                ))
        default:
            return
        }
    }
}

/// What backup and restore share: the copy verified in full, then given its name.
enum CopyCheck {
    /// `source`: the backup a restore puts back, or the file a backup becomes, named in the copy's
    /// own log as a full path.
    static func verify(
        _ path: String, _ ctx: Context, for action: AccessPolicy.Action, source: String, hint: Phrase
    ) throws -> VerifyReport {
        let copy = try SQLiteStorage(copyAt: path)
        defer { try? copy.closeDatabase() }
        let full = URL(fileURLWithPath: source).standardizedFileURL.path
        let report = try ctx.service(on: copy).integrity.verify(copyFor: action, from: full)
        guard report.isSound else {
            // The findings themselves, the first few (a header alone said "hieronder" and nothing
            // followed it, a review).
            // Without the heading that announces the database's own findings "below": here they
            // follow on the same line (a review read "hieronder" with the findings beside it).
            let found = Array(VerifyText.lines(report).dropFirst(report.integrity.isEmpty ? 0 : 1))
            let shown = found.prefix(4)
            let more = found.count > shown.count ? found.count - shown.count : 0
            // Each finding as a clause (a verdict's full stop before "; er is niets geschreven" read
            // "NIET IN ORDE.;", a review).
            func joined(_ lang: KeyPath<Phrase, String>) -> String {
                shown.map { $0[keyPath: lang].trimmingCharacters(in: .whitespaces).replacing(/\.$/, with: "") }
                    .joined(separator: "; ")
            }
            throw CasusError(
                .storage,
                Phrase(
                    "de kopie klopt niet: \(joined(\.nl))\(more > 0 ? " (en \(more) bevinding(en) meer)" : ""); er is niets geschreven",
                    "the copy is not sound: \(joined(\.en))\(more > 0 ? " (and \(more) more finding(s))" : ""); nothing was written"
                ),
                hint: hint)
        }
        return report
    }

    /// A copy being made, and the files SQLite keeps beside it while it is open.
    static func files(of partial: String) -> [String] {
        [partial, partial + "-wal", partial + "-shm", partial + "-journal"]
    }

}
