import CasusCore
import Foundation

/// A file a command reads (a letter's text, an export of the administration, a calendar, a
/// document to check), read once, with what is wrong said plainly: not there, a folder, not
/// readable, or not text. "kan /nonexist niet lezen als UTF-8-tekst" said the wrong thing.
enum InputFile {
    static func bytes(_ path: String, option: String? = nil) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let named = option.map { "\(path) (\($0))" } ?? path
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0 else {
            throw CasusError.invalid(
                path.isEmpty ? "er is geen bestand genoemd\(option.map { " (\($0))" } ?? "")" : "\(named) bestaat niet",
                path.isEmpty ? "no file was named\(option.map { " (\($0))" } ?? "")" : "\(named) does not exist",
                hint: Phrase("Controleer het pad. Er is niets veranderd.", "Check the path. Nothing was changed."))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CasusError.invalid(
                "\(named) is een map, geen bestand", "\(named) is a folder, not a file",
                hint: Phrase(
                    "Geef het bestand in de map. Er is niets veranderd.",
                    "Give the file in the folder. Nothing was changed."))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CasusError.invalid(
                "\(named) is niet te lezen: u mag het niet lezen", "\(named) cannot be read: you may not read it",
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        return data
    }

    /// The file as UTF-8 text.
    static func text(_ path: String, option: String? = nil) throws -> String {
        let data = try bytes(path, option: option)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CasusError.invalid(
                "\(path) is geen tekst in UTF-8", "\(path) is not UTF-8 text",
                hint: Phrase(
                    "Sla het op als platte tekst (UTF-8), bijvoorbeeld vanuit een teksteditor. Er is niets veranderd.",
                    "Save it as plain text (UTF-8), for example from a text editor. Nothing was changed."))
        }
        return text
    }
}
