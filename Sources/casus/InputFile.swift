import CasusCore
import Foundation

/// A file a command reads (a letter's text, an export of the administration, a calendar, a
/// document to check), read once, with what is wrong said plainly: not there, a folder, not
/// readable, or not text. "kan /nonexist niet lezen als UTF-8-tekst" said the wrong thing.
enum InputFile {
    /// The most a command reads, by what it reads: far beyond any real file of its kind, and
    /// checked before anything is read. A 2 GB file (a video, a disk image picked by mistake) made
    /// `people import` take 6 GB of memory and crash, and a letter's text of that size ran for
    /// thirteen minutes (a review).
    enum Kind {
        /// A letter's or a note's text.
        case text
        /// An export of the pupil administration (EDEXML or CSV), for a whole board.
        case administration
        /// A school's holiday calendar.
        case calendar
        /// A letter or an export to check against the chains.
        case document
        /// A signing key (`casus checkpoint keygen`).
        case key

        var limit: Int {
            switch self {
            case .text: 2 << 20
            case .administration: 64 << 20
            case .calendar: 4 << 20
            case .document: 100 << 20
            case .key: 1 << 20
            }
        }

        var what: Phrase {
            switch self {
            case .text: Phrase("de tekst van een brief of notitie", "a letter's or a note's text")
            case .administration: Phrase("een export van de leerlingadministratie", "an export of the administration")
            case .calendar: Phrase("een vakantierooster", "a holiday calendar")
            case .document: Phrase("een brief of export om te controleren", "a letter or an export to check")
            case .key: Phrase("een sleutelbestand", "a key file")
            }
        }
    }

    static func bytes(_ path: String, option: String? = nil, kind: Kind) throws -> Data {
        let named = option.map { "\(path) (\($0))" } ?? path
        if path == "-" { return try limited(FileHandle.standardInput, named, kind) }
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0 else {
            throw CasusError.invalid(
                path.isEmpty ? "er is geen bestand genoemd\(option.map { " (\($0))" } ?? "")" : "\(named) bestaat niet",
                path.isEmpty ? "no file was named\(option.map { " (\($0))" } ?? "")" : "\(named) does not exist",
                hint: Phrase("Controleer het pad. Er is niets veranderd.", "Check the path. Nothing was changed."))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw CasusError.invalid(
                "\(named) is een map, geen bestand", "\(named) is a folder, not a file",
                hint: Phrase(
                    "Geef het bestand in de map. Er is niets veranderd.",
                    "Give the file in the folder. Nothing was changed."))
        case S_IFREG:
            if Int(info.st_size) > kind.limit { throw tooLarge(named, kind) }
        case S_IFIFO:
            break  // a pipe (`<(…)`): read up to the limit
        default:
            // /dev/zero, a terminal, a socket: no file to read ("u mag het niet lezen" said the wrong thing).
            throw CasusError.invalid(
                "\(named) is geen bestand maar een apparaat", "\(named) is no file but a device",
                hint: Phrase(
                    "Geef een gewoon bestand. Er is niets veranderd.", "Give an ordinary file. Nothing was changed."))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CasusError.invalid(
                "\(named) is niet te lezen: u mag het niet lezen", "\(named) cannot be read: you may not read it",
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        defer { try? handle.close() }
        return try limited(handle, named, kind)
    }

    /// What `handle` holds, read until it ends or passes the limit.
    private static func limited(_ handle: FileHandle, _ named: String, _ kind: Kind) throws -> Data {
        var data = Data()
        while true {
            guard let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else { return data }
            data.append(chunk)
            if data.count > kind.limit { throw tooLarge(named, kind) }
        }
    }

    static func tooLarge(_ named: String, _ kind: Kind) -> CasusError {
        let mb = kind.limit >> 20
        return CasusError.invalid(
            "\(named) is groter dan \(mb) MB, en casus leest voor \(kind.what.nl) ten hoogste \(mb) MB",
            "\(named) is larger than \(mb) MB, and casus reads at most \(mb) MB for \(kind.what.en)",
            hint: Phrase(
                "Is dit het goede bestand? Er is niets veranderd.", "Is this the right file? Nothing was changed."))
    }

    /// The file as UTF-8 text.
    static func text(_ path: String, option: String? = nil, kind: Kind = .text) throws -> String {
        let data = try bytes(path, option: option, kind: kind)
        guard let text = String(data: data, encoding: .utf8) else {
            // "-" is what the user typed for standard input: "- is not UTF-8 text" said nothing (a review).
            let named = path == "-" ? Phrase("de standaardinvoer", "standard input") : Phrase(path, path)
            throw CasusError.invalid(
                "\(named.nl) is geen tekst in UTF-8", "\(named.en) is not UTF-8 text",
                hint: Phrase(
                    "Sla het op als platte tekst (UTF-8), bijvoorbeeld vanuit een teksteditor. Er is niets veranderd.",
                    "Save it as plain text (UTF-8), for example from a text editor. Nothing was changed."))
        }
        return text
    }
}
