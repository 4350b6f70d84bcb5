/// What an account may do (DESIGN.md §4). Enforced by `AccessPolicy`, never by a screen.
public enum Role: String, Sendable, Codable, CaseIterable {
    case director, board, ib, teacher

    public var label: Phrase {
        switch self {
        case .director: Phrase("directeur", "director")
        case .board: Phrase("bestuur", "board")
        case .ib: Phrase("intern begeleider", "internal counsellor (IB)")
        case .teacher: Phrase("leerkracht", "teacher")
        }
    }
}

/// An operating-system account known to casus.
public struct User: Sendable, Hashable, Codable {
    public var account: String
    public var personID: PersonID?
    public var role: Role
    /// nil for the board: it works across schools.
    public var schoolID: SchoolID?

    public init(account: String, personID: PersonID?, role: Role, schoolID: SchoolID?) {
        self.account = account
        self.personID = personID
        self.role = role
        self.schoolID = schoolID
    }
}

/// Who is acting: the user whose rights apply, and the real account when a director acts `--as` another.
public struct Actor: Sendable, Hashable {
    public let user: User
    /// The OS account that is really at the keyboard, when it differs from `user.account`.
    public let realAccount: String?
    public let displayName: String
    /// The user really at the keyboard when acting as another (`--as`): who they are counts too
    /// (nobody decides about themselves, AccessPolicy.requireNotAbout).
    public let realUser: User?

    public init(user: User, realAccount: String? = nil, displayName: String, realUser: User? = nil) {
        self.user = user
        self.realAccount = realAccount
        self.displayName = displayName
        self.realUser = realUser
    }

    /// The people whose matters this actor may not decide: the acted-as account's person and the
    /// real one's, a board member's too (a bestuurder reclassified and wrote in a case about
    /// himself, a review).
    public var ownPeople: Set<PersonID> {
        Set([user, realUser].compactMap { $0 }.compactMap(\.personID))
    }

    public var role: Role { user.role }
    public var account: String { user.account }
}
