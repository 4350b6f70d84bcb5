import CasusCore
import Foundation
import GRDB

/// Personal mode's backup and restore: SQLite's online backup API, page by page from a
/// consistent snapshot while other sessions may keep writing. Every file made here is private
/// (0600) from its first byte, never replaces an existing file, and is an ordinary
/// rollback-journal database: one file, that can be copied, mailed to the board's office or read
/// from read-only media.
extension SQLiteStorage {
    public var makesBackups: Bool { true }

    public func backup(to path: String) throws {
        try SQLiteStorage.createPrivateFile(path, what: Phrase("de reservekopie", "the backup"), makeFolder: false)
        do {
            let copy = try DatabaseQueue(path: path)
            try writer.backup(to: copy)
            try SQLiteStorage.makeSingleFile(copy)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw StorageErrors.map(error, path: path)
        }
    }

    /// Copies the backup at `source` into a new file at `target` (for `casus restore`). The backup
    /// is opened read-only and never changed; a file that is not a casus database is refused.
    public static func copyBackup(from source: String, to target: String) throws {
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw CasusError.notFound(
                "de reservekopie \(source) is er niet of is niet leesbaar",
                "the backup \(source) is not there or cannot be read",
                hint: Phrase("Controleer het pad en de rechten.", "Check the path and the permissions."))
        }
        var config = Configuration()
        config.readonly = true
        let backup: DatabaseQueue
        do {
            backup = try DatabaseQueue(path: source, configuration: config)
            let appID = try backup.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") ?? 0 }
            guard appID == Schema.applicationID else {
                throw CasusError.invalid(
                    "\(source) is geen database van casus; er is niets teruggezet",
                    "\(source) is not a casus database; nothing was restored",
                    hint: Phrase(
                        "Geef een bestand dat `casus backup` maakte.", "Give a file that `casus backup` made."))
            }
        } catch let error as CasusError {
            throw error
        } catch {
            throw StorageErrors.map(error, path: source)
        }
        try createPrivateFile(target, what: Phrase("de database", "the database"))
        do {
            let copy = try DatabaseQueue(path: target)
            try backup.backup(to: copy)
            try makeSingleFile(copy)
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            throw StorageErrors.map(error, path: target)
        }
    }

    /// Closes the store's connections (a copy that was checked, before it is put in place).
    /// A backup copy's guards put back as casus's migrations make them (`SchemaObjectsCheck`):
    /// a database whose append-only triggers were dropped could not be backed up at all, and
    /// nothing put them back (a review). Returns what was done; the rows are not touched.
    public func restoreGuards() throws -> [String] {
        try writer.write { db in try SchemaObjectsCheck.restore(db) }
    }

    public func closeDatabase() throws {
        try writer.close()
    }

    /// A copy of a WAL database carries the WAL flag; the copy is turned into one plain file.
    static func makeSingleFile(_ copy: DatabaseQueue) throws {
        try copy.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        try copy.close()
    }

    /// A new file, 0600 from the first byte, refused if anything is at `path` already; its folder
    /// is made (0700) when missing and `makeFolder` (a restored database's place on a new
    /// machine). A backup's folder must be there: one on a stick that was not mounted went to
    /// the local disk, every dossier in it, in a folder made for it (a review).
    /// The folder a backup goes to is there: checked before anything is written or recorded (the
    /// audit log held "backup nodir/x.sqlite" for a copy never made, a review).
    public static func requireFolder(of path: String) throws {
        let folder = FilePath.folder(of: path)
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        throw CasusError.refused(
            "de map \(folder) bestaat niet; er is niets geschreven",
            "the folder \(folder) does not exist; nothing was written",
            hint: Phrase(
                "Is de schijf of de USB-stick aangesloten? Kies een map die er is, of maak haar eerst (mkdir).",
                "Is the disk or USB stick connected? Choose a folder that exists, or make it first (mkdir)."))
    }

    static func createPrivateFile(_ path: String, what: Phrase, makeFolder: Bool = true) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            throw CasusError.refused(
                "\(path) bestaat al; er is niets overschreven", "\(path) already exists; nothing was overwritten",
                hint: Phrase("Kies een nieuwe bestandsnaam.", "Choose a new file name."))
        }
        let folder = FilePath.folder(of: path)
        if !makeFolder { try requireFolder(of: path) }
        if !folder.isEmpty, !fm.fileExists(atPath: folder) {
            do {
                try fm.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw CasusError(
                    .storage, Phrase("kan de map \(folder) niet maken", "cannot create the folder \(folder)"),
                    hint: Phrase("Kies een andere plek.", "Choose another place."))
            }
        }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw CasusError(
                .storage,
                Phrase(
                    "kan \(what.nl) \(path) niet aanmaken: \(reason)", "cannot create \(what.en) \(path): \(reason)"),
                hint: Phrase(
                    "Controleer de rechten op de map, of kies een andere plek.",
                    "Check the folder's permissions, or choose another place."))
        }
        close(fd)
    }
}
