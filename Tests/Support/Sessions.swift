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
