/// Who may use casus: accounts added, their role changed, their access ended.
extension Directory {
    /// An account as the operating system names its logins (and PostgreSQL its roles).
    static func checkAccount(_ account: String) throws {
        guard account.range(of: "^[a-z_][a-z0-9_.-]*[$]?$", options: .regularExpression) != nil, account.count <= 32
        else {
            throw CasusError.invalid(
                "'\(account)' is geen geldige accountnaam", "'\(account)' is not a valid account name",
                hint: Phrase(
                    "Gebruik de loginnaam van het besturingssysteem (kleine letters).",
                    "Use the operating-system login name (lowercase)."))
        }
    }

    @discardableResult
    public func addUser(account: String, role: Role, personID: PersonID?, schoolID: SchoolID? = nil) throws -> Saved<
        Void
    > {
        try session.require(.manageUsers)
        try Self.checkAccount(account)
        return try session.write { tx in
            try mayAddBoard(role, in: tx.r)
            return try addUser(account: account, role: role, personID: personID, schoolID: schoolID, in: tx)
        }
    }

    /// A board member is added by the board, or invited by a director (DESIGN §4) where the store
    /// holds the director's school alone: the board then reads nothing the director does not, and
    /// adds the next school. A server set up from one school never got a board (a review). Read in
    /// the write's own transaction; the server checks the same (PGSchema+Authorize, user.added).
    func mayAddBoard(_ role: Role, in r: any StorageReader) throws {
        guard role == .board, actor.role != .board, try !keepsTheBoard(r) else { return }
        throw CasusError.refused(
            "alleen het bestuur voegt bestuursleden toe op een database met meer scholen",
            "only the board adds board members to a database of several schools",
            hint: Phrase(
                "Een bestuurslid van deze database voegt het toe: casus users add ACCOUNT --role board.",
                "A board member of this database adds them: casus users add ACCOUNT --role board."))
    }

    public func addUser(account: String, role: Role, personID: PersonID?, schoolID: SchoolID? = nil, in tx: Transaction)
        throws
    {
        try session.require(.manageUsers)
        if try tx.r.user(account: account) != nil {
            throw CasusError.refused(
                "account '\(account)' bestaat al; er is niets veranderd",
                "account '\(account)' already exists; nothing was changed",
                hint: Phrase(
                    "Een andere rol geeft u met: casus users role \(account) --role ROL --reason TEKST.",
                    "Give it another role with: casus users role \(account) --role ROLE --reason TEXT."))
        }
        // A name held before by someone else is not given to another: the reports it filed are
        // its holder's to follow, and a new teacher given a departed one's account read them (a
        // review). The same person back again gets it; an account that had no person cannot tell
        // who comes back (a review), and is not given again (the server checks the same, `user.added`).
        let before = try tx.r.formerHolder(ofAccount: account)
        if let before, before.elsewhere {
            throw CasusError.refused(
                "account '\(account)' was van iemand anders op deze server, niet van uw school; wat dat account deed, blijft van die persoon; er is niets veranderd",
                "account '\(account)' belonged to someone else on this server, not of your school; what that account did stays that person's; nothing was changed",
                hint: Phrase(
                    "Geef de nieuwe gebruiker een eigen account (ook op het besturingssysteem).",
                    "Give the new user an account of their own (on the operating system too)."))
        }
        if let before, before.person == nil {
            throw CasusError.refused(
                "account '\(account)' was tot \(before.until.localDate().dutch) in gebruik zonder persoon: wie het nu krijgt, is niet te zeggen, en wat het deed (meldingen die het volgt) blijft van wie het toen had; er is niets veranderd",
                "account '\(account)' was in use without a person until \(before.until.localDate().iso): who gets it now cannot be told, and what it did (reports it follows) stays with whoever had it then; nothing was changed",
                hint: Phrase(
                    "Geef de gebruiker een nieuw account (ook op het besturingssysteem), met de persoon erbij (--person).",
                    "Give the user a new account (on the operating system too), with its person (--person)."))
        }
        if let before, before.person != personID {
            throw CasusError.refused(
                "account '\(account)' was tot \(before.until.localDate().dutch) van iemand anders; wat dat account deed (meldingen die het volgt) blijft van die persoon; er is niets veranderd",
                "account '\(account)' belonged to someone else until \(before.until.localDate().iso); what that account did (reports it follows) stays that person's; nothing was changed",
                hint: Phrase(
                    "Geef de nieuwe gebruiker een eigen account (ook op het besturingssysteem), of geef dezelfde persoon als toen (--person) als die terugkomt.",
                    "Give the new user an account of their own (on the operating system too), or the same person as then (--person) if they come back."
                ))
        }
        let person = try personID.map { id in
            guard let p = try tx.r.person(id: id), session.reaches(school: p.schoolID) else {
                throw CasusError.notFound("persoon \(id) bestaat niet", "person \(id) does not exist")
            }
            return p
        }
        // An account is someone who works at the school: a pupil's or a parent's name would sign
        // letters and file reports as if they had.
        if let person, person.kind == .pupil || person.kind == .parent {
            throw CasusError.refused(
                "een gebruiker werkt op school; persoon \(person.id) is een \(person.kind.label.nl)",
                "a user works at the school; person \(person.id) is a \(person.kind.label.en)",
                hint: Phrase(
                    "Geef de persoon van het personeelslid zelf (casus people list --kind staff).",
                    "Give the staff member's own person (casus people list --kind staff)."))
        }
        // Nor, by a school's director, a member of the board's person: a login given to it filed
        // reports in the bestuurder's name (a review; the server refuses it too).
        if let person {
            try CaseWorkflow.requireNotTheBoardsRecord(
                person, actor: actor, tx.r, what: Phrase("hun een account geven", "giving them an account"))
        }
        // Not someone who has left: an account was given to a teacher gone since 2023, whose row the
        // purge keeps for a report that names her (a review).
        if let person, let left = person.leftOn, left <= session.clock.now().localDate() {
            throw CasusError.refused(
                "\(person.name) is uit dienst sinds \(left.dutch); een account is voor wie er werkt; er is niets veranderd",
                "\(person.name) left on \(left.dutch); an account is for someone who works there; nothing was changed",
                hint: Phrase(
                    "Geef de persoon van wie er nu werkt (`casus people list --kind staff`); komt deze persoon terug in dienst, voeg hem dan opnieuw toe (`casus people add`).",
                    "Give the person of someone who works there now (`casus people list --kind staff`); if this person comes back, add them anew (`casus people add`)."
                ))
        }
        // A board member is of no one school: `--school 99` with it was taken without a word (a review).
        if role == .board, let schoolID {
            throw CasusError.invalid(
                "een bestuurslid hoort niet bij één school; --school \(schoolID) kan niet; er is niets veranderd",
                "a board member is not of one school; --school \(schoolID) cannot be; nothing was changed",
                hint: Phrase("Laat --school weg.", "Leave --school out."))
        }
        let school: SchoolID? = role == .board ? nil : try targetSchool(tx.r, schoolID).id
        // An account always sees its own person: one of its own school (as a server checks too).
        if let person, let school, person.schoolID != school {
            throw CasusError.refused(
                "de persoon van een gebruiker hoort bij diens school; persoon \(person.id) hoort bij een andere school",
                "a user's person is of the user's school; person \(person.id) is of another school",
                hint: Phrase(
                    "Geef de school van die persoon (--school) of een persoon van deze school.",
                    "Give that person's school (--school) or a person of this school."))
        }
        try tx.insert(user: User(account: account, personID: personID, role: role, schoolID: school))
        try tx.audit("user.add", person: personID, detail: "\(account) \(role.rawValue)")
    }

    public func users() throws -> [User] {
        try session.require(.manageUsers)
        return try session.read { r in
            let board = try keepsTheBoard(r)
            return try r.users().filter { reaches($0) || (board && $0.role == .board) }
        }
    }

    /// A director whose school is the store's only one: who invites the board there
    /// (`mayAddBoard`), sees the board's accounts and may end them. A director who made `root` the
    /// board by mistake could neither see nor undo it (a review). The server holds the same rule
    /// (PGSchema's `director_alone`).
    func keepsTheBoard(_ r: any StorageReader) throws -> Bool {
        try actor.role == .director && r.schools().allSatisfy { $0.id == actor.user.schoolID }
    }

    /// Ends an account's access: an employee who left, an intern whose placement ended. What the
    /// account wrote stays, under its name (the audit log, the reports it filed); it can no longer
    /// open casus, nor be acted as (`--as`). On a server every casus function refuses its login from then on.
    @discardableResult
    public func removeUser(account: String, reason: String) throws -> Saved<Void> {
        try session.require(.manageUsers)
        let why = try Self.userChangeReason(reason)
        return try session.write { tx in
            let user = try changeableUser(account, in: tx.r)
            try keepsADirector(without: user, in: tx.r)
            try tx.remove(user: user)
            try tx.audit("user.remove", person: user.personID, detail: "\(account) \(user.role.rawValue): \(why)")
        }
    }

    /// Gives an account another role (an IB who becomes director, a director who steps down): its
    /// access as it was ends and begins again with the new role, in one save.
    @discardableResult
    public func setRole(account: String, to role: Role, reason: String) throws -> Saved<Void> {
        try session.require(.manageUsers)
        let why = try Self.userChangeReason(reason)
        if role == .board, actor.role != .board {
            throw CasusError.refused("alleen het bestuur voegt bestuursleden toe", "only the board adds board members")
        }
        return try session.write { tx in
            let user = try changeableUser(account, in: tx.r)
            guard user.role != role else {
                throw CasusError.refused(
                    "\(account) is al \(role.label.nl)", "\(account) is already \(role.label.en)",
                    hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
            }
            if (user.role == .board) != (role == .board) {
                throw CasusError.refused(
                    "een bestuurslid werkt voor alle scholen, een ander account voor één: \(account) wordt geen \(role.label.nl)",
                    "a board member works for all schools, another account for one: \(account) does not become \(role.label.en)",
                    hint: Phrase(
                        "Beëindig het account (casus users remove) en voeg het opnieuw toe met de nieuwe rol.",
                        "End the account (casus users remove) and add it again with the new role."))
            }
            var changed = user
            changed.role = role
            try keepsADirector(without: user, in: tx.r)
            try tx.remove(user: user)
            try tx.insert(user: changed)
            try tx.audit(
                "user.role", person: user.personID,
                detail: "\(account) \(user.role.rawValue) → \(role.rawValue): \(why)")
        }
    }

    /// Whether an account is within the actor's reach: one of its school, or for the board any
    /// school's and the board's own.
    private func reaches(_ user: User) -> Bool {
        user.schoolID.map(session.reaches(school:)) ?? (session.schoolID == nil)
    }

    /// The account to change: one of the actor's school (the board's: any), not the actor's own,
    /// and a board member only by the board.
    private func changeableUser(_ account: String, in r: any StorageReader) throws -> User {
        let board = try keepsTheBoard(r)
        guard let user = try r.user(account: account), reaches(user) || (board && user.role == .board) else {
            throw CasusError.notFound(
                "account '\(account)' is geen gebruiker van uw school",
                "account '\(account)' is not a user of your school",
                hint: Phrase("De gebruikers staan in casus users list.", "casus users list shows the users."))
        }
        // The one who changes accounts does not end or lower their own: a school would be left
        // without anyone to undo it.
        if account == actor.account || account == actor.realAccount {
            throw CasusError.refused(
                "u verandert uw eigen account niet", "you do not change your own account",
                hint: Phrase(
                    "Laat een andere directeur of het bestuur dat doen.", "Have another director or the board do it."))
        }
        if user.role == .board, actor.role != .board, !board {
            throw CasusError.refused(
                "alleen het bestuur verandert bestuursleden", "only the board changes board members")
        }
        return user
    }

    /// A school keeps a director, and the board a member: without one nobody could manage its
    /// accounts, or take its decisions.
    private func keepsADirector(without user: User, in r: any StorageReader) throws {
        guard user.role == .director || user.role == .board else { return }
        // A board the school's director invited may go again: the school keeps its director.
        if user.role == .board, try keepsTheBoard(r) { return }
        let others = try r.users().filter {
            $0.account != user.account && $0.role == user.role && $0.schoolID == user.schoolID
        }
        guard others.isEmpty else { return }
        throw CasusError.refused(
            user.role == .board
                ? "\(user.account) is het laatste bestuurslid"
                : "\(user.account) is de laatste directeur van de school",
            user.role == .board
                ? "\(user.account) is the last board member" : "\(user.account) is the school's last director",
            hint: Phrase(
                "Er is niets veranderd. Voeg eerst een andere \(user.role.label.nl) toe (casus users add).",
                "Nothing was changed. Add another \(user.role.label.en) first (casus users add)."))
    }

    /// Why an account changes, for the audit log: required, one line.
    static func userChangeReason(_ reason: String) throws -> String {
        // Refused as every other text is, not changed: control characters became spaces in the
        // log, silently (a review).
        if let f = StoredText.fault(in: reason, multiline: false) {
            throw CasusError.invalid(
                "de reden bevat \(f.what.nl) (teken \(f.column)); er is niets veranderd",
                "the reason holds \(f.what.en) (character \(f.column)); nothing was changed",
                hint: Phrase("Typ de reden opnieuw, op één regel.", "Type the reason again, on one line."))
        }
        let why = AuditRecord.oneLine(reason).trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid(
                "geef de reden (--reason), bijvoorbeeld 'uit dienst per 1 december'",
                "give the reason (--reason), for example 'left on 1 December'")
        }
        // Said, not cut: the log kept the first 200 characters of a longer reason without a word
        // (a review).
        guard why.count <= 200 else {
            throw CasusError.invalid(
                "de reden is \(why.count) tekens lang; het auditlog bewaart er ten hoogste 200; er is niets veranderd",
                "the reason is \(why.count) characters long; the audit log keeps 200 at most; nothing was changed",
                hint: Phrase(
                    "Geef de reden korter; wat er verder te zeggen is, hoort in een notitie.",
                    "Give a shorter reason; anything more belongs in a note."))
        }
        return why
    }
}
