import Foundation

/// Evidence taken out of the store to be looked at: a teacher's screenshot of a group chat was
/// stored with its report and shown as a name and a hash, and nobody could open it, on the
/// screen, on the command line or in an export (a review). Each file is written in a folder the
/// user chose, under the name it was filed with, private to the account and whole before it is
/// named (PrivateFile); each read is a line in the audit log (`evidence`).
extension Dossiers {
    /// The files of an entry the actor may read, written in `folder` (an IB asked for its pupils'
    /// care notes' files was told it may not write letters, a review).
    public func saveEvidence(ofEntry id: EntryID, in folder: String) throws -> [String] {
        let read = try entry(id)
        // Under the names they were filed with here, not another record's (a review).
        let names = try session.read { try $0.evidenceNames(entry: id) }
        return try write(read.entry.evidence, about: read.entry.dossierID, in: folder, names: names)
    }

    /// Writes each file in `folder`, of a record the actor has just read: read as the store gives
    /// it to them (a server gives a file only of a record the caller may read, or of their own
    /// report), checked against its SHA-256. A name taken there gets the next free one beside it
    /// ("screenshot-2.png"); nothing is overwritten. Returns the paths written, in order. A file
    /// that cannot be read or written stops the rest; those written before it stay. Each read is a
    /// line naming `person`, so `casus audit --person` finds it (it named no one, a review).
    /// `byHash`: each file under "bewijs-" and the first twelve digits of its hash (and its
    /// extension), as the inzage export names it: a file's own name may name another pupil
    /// ("foto-van-Maaike.png" went to the parents beside an export that said "[leerling]", a
    /// review); a file already there with those bytes is kept, not written again.
    /// `names`: each file's name as filed with the record read (a report's), else the name the
    /// store gives: a file was written under the name another user gave the same bytes on another
    /// report ("Sara_de_Vries_dader.png" for a report about Piet, a review).
    func write(
        _ hashes: [String], about person: PersonID?, in folder: String, byHash: Bool = false,
        names: [String: String] = [:]
    ) throws -> [String] {
        guard !hashes.isEmpty else {
            throw CasusError.notFound(
                "hier is geen bewijsstuk bij opgeslagen; er is niets geschreven",
                "no evidence was stored with this; nothing was written")
        }
        try Self.requireFolder(folder)
        var written: [String] = []
        for sha in hashes {
            if byHash, let there = Self.sameFile(sha, in: folder) {
                written.append(there)
                continue
            }
            guard let file = try session.read({ try $0.evidence(sha256: sha) }), file.sha256 == sha else {
                throw CasusError.notFound(
                    "bewijsstuk \(sha.prefix(12))… is er niet (meer) of is veranderd; er is niets meer geschreven",
                    "evidence \(sha.prefix(12))… is not there (any more) or has changed; nothing more was written")
            }
            let name = names[sha].flatMap { $0.isEmpty ? nil : $0 } ?? file.name
            let path = try Self.freePath(
                in: folder, for: byHash ? Self.hashName(name, sha256: sha) : Self.fileName(name, sha256: sha))
            // The read's line first: a line the server refuses leaves no file behind (a file was
            // written and "er is niets opgeslagen" said, a review).
            try session.auditRead("evidence.read", person: person, detail: sha)
            try PrivateFile.create(path, contents: file.bytes)
            written.append(path)
        }
        return written
    }

    /// The name a stored file is written under: the last part of the name it was filed with,
    /// without control or invisible characters, never hidden or climbing out of the folder (a
    /// name is what the reporter's computer called the file: "../.bashrc" is a name too); when
    /// nothing of it is left, or it is too long, "bewijs-" and the first twelve digits of its hash.
    static func fileName(_ stored: String, sha256: String) -> String {
        let last = stored.split(separator: "/").last.map(String.init) ?? ""
        let kept = String(
            String.UnicodeScalarView(
                // Nor a direction mark: "c\u{202E}txt.exe" showed in a file manager as "cexe.txt"
                // (a review).
                last.unicodeScalars.filter {
                    $0.properties.generalCategory != .control && !TerminalText.isInvisible($0.value)
                        && !TerminalText.isBidiControl($0.value)
                }
            )
        ).trimmingCharacters(in: .whitespaces)
        let fallback = "bewijs-" + sha256.prefix(12)
        if kept.isEmpty || kept == "." || kept == ".." { return fallback }
        if kept.hasPrefix(".") { return fallback + kept }
        return kept.utf8.count > 200 ? fallback + FilePath.fileExtension(of: kept) : kept
    }

    /// A folder that exists, for files to be written in; `option`: the command line's option that
    /// named it (`--evidence`), said in the refusal.
    public static func requireFolder(_ folder: String, option: String? = nil) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return }
        let named = option.map { "\($0) " } ?? ""
        throw CasusError.invalid(
            "\(named)\(folder) is geen bestaande map; er is niets geschreven",
            "\(named)\(folder) is no folder that exists; nothing was written",
            hint: option == nil
                ? Phrase(
                    "Maak de map of kies een andere: op de opdrachtregel met --to MAP, in het scherm met $CASUS_PDF_DIR.",
                    "Make the folder or choose another: on the command line with --to FOLDER, in the screen with $CASUS_PDF_DIR."
                )
                : Phrase(
                    "Maak de map eerst (mkdir), of kies een andere.",
                    "Make the folder first (mkdir), or choose another."))
    }

    /// "bewijs-" and the first twelve digits of the hash, with the stored name's extension.
    static func hashName(_ stored: String, sha256: String) -> String {
        let ext = FilePath.fileExtension(of: fileName(stored, sha256: sha256))
        // An extension of letters and digits only: the rest of a name may be anything.
        let plain = ext.count > 1 && ext.dropFirst().allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return "bewijs-" + sha256.prefix(12) + (plain ? ext : "")
    }

    /// A file in `folder` already named for `sha256` (`hashName`) that holds those bytes.
    static func sameFile(_ sha256: String, in folder: String) -> String? {
        let prefix = "bewijs-" + sha256.prefix(12)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name == prefix || name.hasPrefix(prefix + ".") {
            let path = folder + "/" + name
            if let data = FileManager.default.contents(atPath: path), DossierChain.sha256Hex([UInt8](data)) == sha256 {
                return path
            }
        }
        return nil
    }

    /// `name` in `folder`, or beside it (`FilePath.free`); refused when 99 of that name are there.
    static func freePath(in folder: String, for name: String) throws -> String {
        guard let path = FilePath.free(name, in: folder) else {
            throw CasusError.refused(
                "in \(folder) staan al 99 bestanden met de naam \(name); er is niets geschreven",
                "\(folder) already holds 99 files named \(name); nothing was written",
                hint: Phrase("Kies een andere map (--to MAP).", "Choose another folder (--to FOLDER)."))
        }
        return path
    }
}
