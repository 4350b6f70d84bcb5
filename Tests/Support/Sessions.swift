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
            // For each event written, the line that stands for it (AuditTrail): of its kind, naming
            // its case and its dossier or the person it records, as the service's writes name them.
            var written = Set<String>()
            for e in tx.eventsWritten {
                let action = e.factKind.map { "case.\($0)" } ?? AuditTrail.action(for: e.kind)
                let person = e.dossier ?? e.people.min()
                guard written.insert("\(action) \(person ?? 0) \(e.caseID ?? 0)").inserted else { continue }
                // In casus's words, as a server takes a line (AuditRecord.writtenShapes).
                let shape = AuditRecord.writtenShapes[action]
                try tx.audit(
                    action, person: shape?.namesPerson == false ? nil : person, case: e.caseID,
                    detail: e.line ?? shape?.sample ?? "", at: now)
            }
            return value
        }
    }
}
