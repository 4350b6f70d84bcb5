extension CasusStorage {
    /// A store without a file of its own (a database server) is backed up with the server's
    /// tools, which also keep the roles and grants; casus says so rather than half-doing it.
    public func backup(to path: String) throws {
        throw CasusError(
            .refused,
            Phrase(
                "deze database wordt niet door casus gekopieerd; er is niets geschreven",
                "casus does not copy this database; nothing was written"),
            hint: Phrase(
                "Maak een reservekopie met de middelen van de databaseserver (zie README, Server mode).",
                "Back it up with the database server's own tools (see the README, Server mode)."))
    }
}
