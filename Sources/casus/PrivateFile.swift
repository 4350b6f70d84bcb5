import CasusCore
import Foundation

/// Files that carry personal data (letters, exports): written private to the account (0600), in
/// one go, and never over an existing file.
enum PrivateFile {
    /// Refuses a path that exists, before anything is saved or made.
    static func checkFree(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw CasusError.refused(
                "\(path) bestaat al; er is niets overschreven of opgeslagen",
                "\(path) already exists; nothing was overwritten or saved",
                hint: Phrase("Kies een andere bestandsnaam.", "Choose another file name."))
        }
    }

    static func write(_ text: String, to path: String) throws {
        try checkFree(path)
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw CasusError(
                .storage, Phrase("kan \(path) niet schrijven", "cannot write \(path)"),
                hint: Phrase("Controleer de map en de vrije ruimte.", "Check the folder and the free space."))
        }
    }
}
