extension Integrity {
    /// Copies the whole store to a new file. The copy holds every dossier, so it is allowed to
    /// the director and the board only, and logged before it is made: the copy carries the line
    /// that records its own making.
    /// `recordedAs` is the name the copy will have when it is checked (it is made under another).
    public func backup(to path: String, recordedAs name: String? = nil) throws {
        try session.require(.backup)
        try session.auditRead("backup", detail: name ?? path)
        try session.storage.backup(to: path)
    }
}
