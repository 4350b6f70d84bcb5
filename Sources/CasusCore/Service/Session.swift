import Foundation
/// Who is acting, on which store, under which profiles and clock: what every part of the service
/// (case workflow, dossiers, letters, directory, integrity, reports) shares. Every read goes
/// through `read`, every write through `write`, which makes it one transaction and returns
/// what it changed.
public final class Session: @unchecked Sendable {
    // @unchecked: immutable after init but for `listsLogged`, under its lock; the storage is thread-safe.
    public let storage: any CasusStorage
    public let actor: Actor
    public let profiles: ProfileRegistry
    public let clock: Clock
    /// The keys people written in this session are hashed under in the chain (PersonKey).
    public let personKeys: PersonKeys

    /// The session of an account as it logged in (`open`): its writes hold to the account as it
    /// stands (`requireStanding`). A session made for founding a school or for the demo's
    /// generators acts for an account that is made in its own writes.
    let loggedIn: Bool

    /// When this session last logged each list it read (`auditListRead`).
    private var listsLogged: [String: Timestamp] = [:]
    private let listsLock = NSLock()

    public init(
        storage: any CasusStorage, actor: Actor, profiles: ProfileRegistry, clock: Clock = .system,
        loggedIn: Bool = false, personKeys: PersonKeys = .random
    ) {
        self.personKeys = personKeys
        self.storage = storage
        self.actor = actor
        self.profiles = profiles
        self.clock = clock
        self.loggedIn = loggedIn
    }

    public var today: LocalDate { clock.today }
    public var scope: Scope { AccessPolicy.scope(for: actor) }

    /// Refused unless the actor's role allows it (AccessPolicy is the one place that decides).
    public func require(_ action: AccessPolicy.Action) throws { try AccessPolicy.require(actor, action) }

    public func read<T>(_ body: (any StorageReader) throws -> T) throws -> T {
        try storage.read(body)
    }

    /// One transaction: all of `body` is saved, or none of it; the result says what changed.
    public func write<T: Sendable>(at now: Timestamp? = nil, _ body: (Transaction) throws -> T) throws -> Saved<T> {
        let time = now ?? clock.now()
        // A fresh log for every attempt: a store may run the body again after losing a race
        // (PostgresTransactions), and the heads and changes of the lost attempt are not true.
        var log = Transaction.Log()
        let value = try storage.write { w in
            log = Transaction.Log()
            try requireStanding(w)
            let value = try body(Transaction(writer: w, log: log, now: time, session: self))
            #if DEBUG
                // casus's own changes write the lines a server requires of them (AuditTrail).
                if let mismatch = AuditTrail.mismatch(log.written) {
                    throw CasusError(.storage, Phrase("AuditTrail: \(mismatch)", "AuditTrail: \(mismatch)"))
                }
            #endif
            return value
        }
        return Saved(
            value, changes: log.changes,
            events: log.eventsBefore.flatMap { before in log.eventHead.map { (before, $0.seq) } })
    }

    /// Every write is the account's as it stands now, read in the write's own transaction: a
    /// director made teacher in another session went on saving notes as director (a review; a
    /// server refuses such a write in its functions, a file only here).
    func requireStanding(_ r: any StorageReader) throws {
        // A personal database moved to a server takes nothing more (MovedDatabase).
        if let moved = try r.movedAway() { throw MovedDatabase.refusal(moved) }
        guard loggedIn, !storage.checksAccountsItself else { return }
        let now = try r.user(account: actor.account)
        guard let now, now.role == actor.role, now.schoolID == actor.user.schoolID else {
            throw CasusError(
                .refused,
                now.map {
                    Phrase(
                        "uw rol is intussen gewijzigd (nu: \($0.role.label.nl)); er is niets opgeslagen",
                        "your role was changed meanwhile (now: \($0.role.label.en)); nothing was saved")
                }
                    ?? Phrase(
                        "uw toegang tot casus is intussen beëindigd; er is niets opgeslagen",
                        "your access to casus was ended meanwhile; nothing was saved"),
                hint: Phrase("Start casus opnieuw.", "Start casus again."), staleState: true)
        }
    }

    /// Opens a session for an OS account, optionally acting as another (`--as`, directors only).
    public static func open(
        storage: any CasusStorage, account: String, as other: String? = nil,
        profiles: ProfileRegistry, clock: Clock = .system
    ) throws -> Session {
        // An empty name is no account: it was looked up, and the advice read "casus users add  --role" (a review).
        if let other, other.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CasusError(
                .usage,
                Phrase(
                    "--as zonder account: geef het account waarvoor u optreedt, bijvoorbeeld --as demo-ib; er is niets gedaan",
                    "--as without an account: give the account you act as, for example --as demo-ib; nothing was done"))
        }
        let (user, name, asUser, asName) = try storage.read { r -> (User, String, User?, String?) in
            guard let user = try r.user(account: account) else {
                throw unknownAccount(account, emptyDatabase: !(try r.hasUsers()))
            }
            let name = try user.personID.flatMap { try r.person(id: $0)?.name } ?? account
            guard let other, other != account else { return (user, name, nil, nil) }
            // Who may act as another first: an IB was told the teacher's account was unknown (a review).
            try AccessPolicy.require(Actor(user: user, displayName: name), .actAs)
            // Said as the account acted as, not as the one asking: "a director adds you (again)" told a
            // director how to be added (a review). A director sees only their own school's accounts:
            // one of another school or of the board is not theirs to act as, and was said to be
            // unknown, with the advice to add it, which was then refused (a review).
            guard let asUser = try r.user(account: other) else {
                throw CasusError(
                    .refused,
                    Phrase(
                        "--as \(other): '\(other)' is geen account van uw school; er is niets gedaan",
                        "--as \(other): '\(other)' is no account of your school; nothing was done"),
                    hint: Phrase(
                        "`casus users list` toont de accounts van uw school; u handelt alleen als een van hen, niet als het bestuur of iemand van een andere school. Een nieuw account voegt u toe met: casus users add \(other) --role director|ib|teacher",
                        "`casus users list` lists your school's accounts; you act only as one of them, not as the board or someone of another school. Add a new one with: casus users add \(other) --role director|ib|teacher"
                    ))
            }
            let asName = try asUser.personID.flatMap { try r.person(id: $0)?.name } ?? other
            return (user, name, asUser, asName)
        }
        guard let asUser, let asName else {
            return Session(
                storage: storage, actor: Actor(user: user, displayName: name), profiles: profiles, clock: clock,
                loggedIn: true)
        }
        // Who may act as another was asked before the account was looked up (in the read above).
        if user.role == .director, asUser.role == .board || asUser.schoolID != user.schoolID {
            throw CasusError(
                .refused,
                asUser.role == .board
                    ? Phrase(
                        "--as \(asUser.account): dat is een account van het bestuur; als het bestuur handelt u niet; er is niets gedaan",
                        "--as \(asUser.account): that is a board account; you do not act as the board; nothing was done"
                    )
                    : Phrase(
                        "--as \(asUser.account): '\(asUser.account)' is geen account van uw school; er is niets gedaan",
                        "--as \(asUser.account): '\(asUser.account)' is no account of your school; nothing was done"))
        }
        return Session(
            storage: storage, actor: Actor(user: asUser, realAccount: account, displayName: asName, realUser: user),
            profiles: profiles, clock: clock, loggedIn: true)
    }

    static func unknownAccount(_ account: String, emptyDatabase: Bool) -> CasusError {
        if emptyDatabase {
            return CasusError(
                .refused, Phrase("deze database heeft nog geen gebruikers", "this database has no users yet"),
                hint: Phrase(
                    "Begin met `casus init --school NAAM --protocol ID` (u wordt directeur) of probeer `casus demo`.",
                    "Start with `casus init --school NAME --protocol ID` (you become director) or try `casus demo`."))
        }
        // Also an account whose access was ended (`users remove`): it was told only how to be added.
        return CasusError(
            .refused,
            Phrase(
                "account '\(account)' is niet (meer) bekend bij casus",
                "account '\(account)' is not (or no longer) known to casus"),
            hint: Phrase(
                "Had u toegang, dan heeft een directeur die beëindigd (`casus audit` toont de directeur wanneer en waarom). Een directeur voegt u (weer) toe met: casus users add \(account) --role director|ib|teacher (een bestuurslid voegt het bestuur toe, met --role board)",
                "If you had access, a director ended it (`casus audit` shows the director when and why). A director adds you (again) with: casus users add \(account) --role director|ib|teacher (a board member adds the board, with --role board)"
            ))
    }

    /// Records a read in the audit log, in a transaction of its own.
    func auditRead(_ action: String, person: PersonID? = nil, case caseID: CaseID? = nil, detail: String = "") throws {
        try storage.appendAuditLine(readLine(action, person: person, case: caseID, detail: detail, at: clock.now()))
    }

    /// One read's lines, one per person it showed (a search's hits: DESIGN §5, "a search hit (per
    /// person shown)"), so that `casus audit --person` finds the read among that person's; one line
    /// naming no one when it showed nobody.
    func auditRead(_ action: String, people: [PersonID], detail: String) throws {
        guard !people.isEmpty else { return try auditRead(action, detail: detail) }
        let at = clock.now()
        try storage.appendAuditLines(people.map { readLine(action, person: $0, case: nil, detail: detail, at: at) })
    }

    /// Records that a list naming people was read (the Zaken list, the Meldingen queue, the
    /// figures' overdue cases: DESIGN §5, "a list of people"), at most once every five minutes a
    /// list and session: a screen reloads its list at every save of another session, and a line a
    /// reload would bury the log. A command on the command line is a session of its own: a line a
    /// command. Neither list left any line (a review).
    func auditListRead(_ action: String, detail: String) throws {
        let now = clock.now()
        let due = listsLock.withLock {
            listsLogged[action].map { abs(now.seconds - $0.seconds) >= Self.listLineInterval } ?? true
        }
        guard due else { return }
        try auditRead(action, detail: detail)
        listsLock.withLock { listsLogged[action] = now }
    }

    /// Seconds between two lines for one list (`auditListRead`); the server's log of reads keeps
    /// the same pace (PostgresStorage.listTicket).
    public static let listLineInterval: Int64 = 300

    /// A line of a read, in the actor's name.
    private func readLine(_ action: String, person: PersonID?, case caseID: CaseID?, detail: String, at: Timestamp)
        -> AuditRecord
    {
        precondition(AuditRecord.readActions.contains(action), "\(action) is not in AuditRecord.readActions")
        return AuditRecord(
            at: at, account: actor.account, realAccount: actor.realAccount, action: action, personID: person,
            caseID: caseID, detail: AuditRecord.oneLine(detail))
    }

    /// Whether the acting account still has the role and school it opened with: a director may
    /// change it or end it while a screen is open (the screen kept showing what it had read, under
    /// the old role, a review). Read as the store has it now.
    public func standing() throws -> AccountStanding {
        try storage.read { r in
            guard let now = try r.user(account: actor.account) else { return .ended }
            guard now.role != actor.role || now.schoolID != actor.user.schoolID else { return .unchanged }
            return now.schoolID == actor.user.schoolID && AccessPolicy.widens(from: actor.role, to: now.role)
                ? .widened(now.role) : .changed(now.role)
        }
    }

    /// The school the actor works at; nil for the board.
    public var schoolID: SchoolID? { actor.user.schoolID }

    /// Whether a record of this school is within the actor's reach.
    func reaches(school: SchoolID) -> Bool { scope.schoolID == nil || scope.schoolID == school }
}

/// An account's access as it stands now, against the session that opened with it.
public enum AccountStanding: Sendable, Equatable {
    case unchanged
    /// A role that may do all the one opened with may, at the same school: what is on the screen
    /// may stay (a teacher made director lost the report being typed, a review).
    case widened(Role)
    /// Another role that may do less, or another school.
    case changed(Role)
    /// A director ended the account's access (`casus users remove`).
    case ended
}
