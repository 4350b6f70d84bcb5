import Foundation
import CasusCore
import GRDB

/// SQLite's failures, said so a director knows what happened and that nothing half-happened.
enum StorageErrors {
    static func map(_ error: any Error, path: String) -> any Error {
        if error is CasusError { return error }
        guard let db = error as? DatabaseError else { return error }
        let nothing = Phrase("Er is niets opgeslagen.", "Nothing was saved.")
        switch db.resultCode {
        case .SQLITE_FULL:
            return CasusError(
                .storage, Phrase("de schijf is vol (\(path))", "the disk is full (\(path))"),
                hint: nothing + Phrase(" Maak ruimte vrij en probeer het opnieuw.", " Free some space and try again."))
        case .SQLITE_CANTOPEN where isFolder(path):
            return CasusError(
                .storage,
                Phrase("\(path) is een map, geen database", "\(path) is a folder, not a database"),
                hint: Phrase(
                    "Geef het pad van het databasebestand met --db, bijvoorbeeld \(path)/casus.sqlite. Er is niets veranderd.",
                    "Give the path of the database file with --db, for example \(path)/casus.sqlite. Nothing was changed."
                ))
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return CasusError(
                .storage,
                Phrase(
                    "de database \(path) is niet te openen of niet schrijfbaar",
                    "the database \(path) cannot be opened or is not writable"),
                hint: nothing
                    + Phrase(
                        " Controleer de rechten, of kies een ander pad met --db.",
                        " Check the permissions, or choose another path with --db."))
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return CasusError(
                .storage,
                Phrase(
                    "\(path) is geen (leesbare) casus-database",
                    "\(path) is not a (readable) casus database"),
                hint: Phrase(
                    "Er is niets veranderd. Controleer het pad; `casus verify` controleert een database.",
                    "Nothing was changed. Check the path; `casus verify` checks a database."))
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return CasusError(
                .storage,
                Phrase(
                    "de database is langer dan 15 seconden bezet door een ander proces",
                    "the database was busy in another process for over 15 seconds"),
                hint: nothing + Phrase(" Probeer het zo opnieuw.", " Try again in a moment."))
        case .SQLITE_CONSTRAINT where (db.message ?? "").contains("append-only"):
            return CasusError(
                .refused,
                Phrase(
                    "stukken in een dossier worden nooit gewijzigd of verwijderd",
                    "dossier entries are never changed or removed"),
                hint: Phrase(
                    "Voeg een correctie toe die naar het stuk verwijst.", "Add a correction that points at the entry."))
        default:
            return CasusError(
                .storage,
                Phrase(
                    "databasefout: \(db.message ?? "\(db.resultCode)")",
                    "database error: \(db.message ?? "\(db.resultCode)")"),
                hint: nothing)
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
