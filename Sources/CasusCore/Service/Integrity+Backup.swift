extension Integrity {
    /// Copies the whole store to a new file. The copy holds every dossier, so it is allowed to
    /// the director and the board only, and logged before it is made: the copy carries the line
    /// that records its own making. A director's reach is one school: in a file that also holds
    /// another school (a board's database) only the board may copy it whole.
    /// `recordedAs` is the name the copy will have when it is checked (it is made under another).
    public func backup(to path: String, recordedAs name: String? = nil) throws {
        try session.require(.backup)
        // A server is backed up with its own tools: said first, before a line for a copy that is
        // not made (the server refused the line, and a board read that its role may not, a review).
        if !session.storage.makesBackups { try session.storage.backup(to: path) }
        if let own = session.scope.schoolID {
            let others = try session.read { try $0.schools() }.filter { $0.id != own }
            if let other = others.first {
                throw CasusError(
                    .refused,
                    Phrase(
                        "deze database bevat ook \(other.name)\(others.count > 1 ? " en \(others.count - 1) andere scholen" : ""); een directeur mag alleen de eigen school inzien; er is niets geschreven",
                        "this database also holds \(other.name)\(others.count > 1 ? " and \(others.count - 1) other schools" : ""); a director may only see their own school; nothing was written"
                    ),
                    hint: Phrase(
                        "Vraag het bestuur (rol board) de reservekopie te maken.",
                        "Ask the board (role board) to make the backup."))
            }
        }
        try session.auditRead("backup", detail: name ?? path)
        do { try session.storage.backup(to: path) } catch {
            try? backupFailed(name ?? path)
            throw error
        }
    }

    /// A backup recorded before it was made, and then not made (a full disk, a copy that did not
    /// verify, a name taken meanwhile): said in the log beside its line. The log held backups never
    /// made, one line per attempt (a review).
    public func backupFailed(_ name: String) throws {
        try session.auditRead("backup.failed", detail: name)
    }
}
