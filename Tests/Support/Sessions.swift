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
            // The line that stands for each kind of event written (AuditTrail), and one naming each
            // dossier written in, as the service's writes name it.
            let actions = Set(tx.eventsWritten.map(AuditTrail.action(for:)))
            for action in actions.sorted() { try tx.audit(action, at: now) }
            for dossier in tx.dossiersWritten.sorted() {
                for action in actions.sorted() { try tx.audit(action, person: dossier, at: now) }
            }
            return value
        }
    }
}
