import Foundation

/// Evidence files as a user names them (`--evidence FILE`, the report form's Bewijs): read whole
/// from disk, refused when missing, unreadable, a folder or larger than `maxBytes`; the
/// refusal names the file. The one place casus reads evidence from disk, for the CLI and the TUI.
public enum EvidenceFiles {
    /// 25 MB: a screenshot or a short screen recording; more belongs elsewhere.
    public static let maxBytes = 25 * 1024 * 1024

    /// Paths as typed in one field: separated by commas or line ends, blanks dropped; `~/` at the
    /// start is the home folder, as a shell reads it (the form's field has no shell: a teacher's
    /// "~/screenshot groepsapp.png" did not exist, a review). A name in quotes ("scherm, 1.png" or
    /// 'scherm, 1.png') is one path, its commas kept: a file with a comma in its name could not be
    /// attached on the form (a review).
    public static func paths(_ typed: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        for c in typed {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if (c == "\"" || c == "'"), current.trimmingCharacters(in: .whitespaces).isEmpty {
                quote = c
                current = ""
            } else if c == "," || c.isNewline {
                items.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        items.append(current)
        return items.map { TypedPath.expanded($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
    }

    /// Every file, read whole, in order; the first that cannot be used refuses them all, and so does
    /// one named twice (by two names, the same contents): an entry holds a file once.
    public static func read(_ paths: [String]) throws -> [EvidenceFile] {
        let files = try paths.map(read)
        var seen: [String: String] = [:]
        for (path, file) in zip(paths, files) {
            if let first = seen[file.sha256] {
                throw CasusError.invalid(
                    "\(first) en \(path) zijn hetzelfde bestand", "\(first) and \(path) are the same file",
                    hint: Phrase("Noem het één keer; er is niets opgeslagen.", "Name it once; nothing was saved."))
            }
            seen[file.sha256] = path
        }
        return files
    }

    public static func read(_ path: String) throws -> EvidenceFile {
        let hint = Phrase(
            "Controleer pad en rechten; er is niets opgeslagen.", "Check the path and permissions; nothing was saved.")
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &folder) else {
            throw CasusError.invalid(
                "bewijsstuk \(path) bestaat niet", "evidence \(path) does not exist", hint: hint)
        }
        guard !folder.boolValue else {
            throw CasusError.invalid(
                "bewijsstuk \(path) is een map, geen bestand", "evidence \(path) is a folder, not a file", hint: hint)
        }
        // A device or a pipe is no file to keep (/dev/zero was read until 25 MB, a pipe waited):
        // said as what it is, as `--body-file` says it (a review).
        // Of what a link points to (attributes describe the link itself).
        let attributes = try? FileManager.default.attributesOfItem(
            atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            throw CasusError.invalid(
                "bewijsstuk \(path) is geen bestand maar \(type == .typeCharacterSpecial || type == .typeBlockSpecial ? "een apparaat" : "een pijp of iets anders")",
                "evidence \(path) is not a file but \(type == .typeCharacterSpecial || type == .typeBlockSpecial ? "a device" : "a pipe or something else")",
                hint: hint)
        }
        // The size before the bytes: a file far too large is not read at all.
        let size = (attributes?[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw CasusError.invalid(
                "bewijsstuk \(path) is groter dan 25 MB", "evidence \(path) is larger than 25 MB",
                hint: Phrase(
                    "Maak het kleiner (een schermafbeelding in plaats van een opname); er is niets opgeslagen.",
                    "Make it smaller (a screenshot instead of a recording); nothing was saved."))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CasusError.invalid("bewijsstuk niet te lezen: \(path)", "cannot read evidence: \(path)", hint: hint)
        }
        guard data.count <= maxBytes else {
            throw CasusError.invalid(
                "bewijsstuk \(path) is groter dan 25 MB", "evidence \(path) is larger than 25 MB", hint: hint)
        }
        // An empty file shows nothing and proves nothing: a file saved before it was written.
        guard !data.isEmpty else {
            throw CasusError.invalid(
                "bewijsstuk \(path) is leeg (0 bytes)", "evidence \(path) is empty (0 bytes)",
                hint: Phrase(
                    "Kies het bestand waarin de schermafbeelding of het bericht staat; er is niets opgeslagen.",
                    "Choose the file that holds the screenshot or message; nothing was saved."))
        }
        return EvidenceFile(name: (path as NSString).lastPathComponent, bytes: [UInt8](data))
    }
}
