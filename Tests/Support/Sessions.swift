import CasusCore

extension Fixtures {
    /// A session that may do everything across schools (a board account without a person), for
    /// tests that build their world through the service's transactions, as every write must go.
    public static func builder(
        _ storage: any CasusStorage, account: String = "directeur", name: String = "Marieke van Dam",
        clock: Clock = .system
    ) -> Session {
        Session(
            storage: storage,
            actor: Actor(user: User(account: account, personID: nil, role: .board, schoolID: nil), displayName: name),
            profiles: profiles, clock: clock)
    }

}

extension Session {
    /// A write of the builder's, with the line in the audit log every write of casus leaves (a
    /// server refuses a transaction whose events have none): the tests' raw inserts are written as
    /// the service's are.
    public func build<T: Sendable>(at now: Timestamp? = nil, _ body: (Transaction) throws -> T) throws -> Saved<T> {
        try write(at: now) { tx in
            let value = try body(tx)
            try tx.audit("test.build", at: now)
            // A line for each dossier written in, as the service's writes name it.
            for dossier in tx.dossiersWritten.sorted() { try tx.audit("test.build", person: dossier, at: now) }
            return value
        }
    }
}
