/// Who may do what (DESIGN.md §4). Pure: takes the actor and the thing, answers yes or why not.
/// `CasusService` asks it before every read and write, so the CLI and the TUI refuse alike.
public enum AccessPolicy {
    /// What of the school's records a role may see at all.
    public static func scope(for actor: Actor) -> Scope { scope(role: actor.role, school: actor.user.schoolID) }

    public static func scope(role: Role, school: SchoolID?) -> Scope {
        switch role {
        case .director: Scope(schoolID: school, pupilDossiers: true, staffDossiers: true)
        case .board: Scope(schoolID: school, pupilDossiers: true, staffDossiers: true)
        case .ib: Scope(schoolID: school, pupilDossiers: true, staffDossiers: false)
        case .teacher: Scope(schoolID: school, pupilDossiers: false, staffDossiers: false)
        }
    }

    public enum Action: Sendable, Hashable, CaseIterable {
        case readTriageQueue
        case reportIncident
        /// Name another person as a report's reporter (`--reporter`): recording what someone told you.
        case reportOnBehalf
        case triage
        case decide  // ladder steps, closing, obligations, escalations
        case correspond  // letters, meeting and phone notes
        case careNote
        case manageUsers
        case managePeople
        /// The school record and its calendar (sector, denomination, bevoegd gezag, holidays).
        case manageSchool
        case purge
        /// A copy of the whole store (`casus backup`): every dossier at once.
        case backup
        /// A backup put back as the database (`casus restore`).
        case restore
        case readAudit
        case export
        case search
        /// Open dossiers and the cases filed in them (each within the role's scope): not a teacher's.
        case readDossiers
        case readStatistics
        /// `--as`: act as another account of the school (the audit log keeps both names).
        case actAs
    }

    public static func allows(_ actor: Actor, _ action: Action) -> Bool { allows(actor.role, action) }

    public static func allows(_ role: Role, _ action: Action) -> Bool {
        switch (role, action) {
        case (.director, _), (.board, _): true
        // Not the inzage export: answering an inzage request is the school's as controller (AVG art.
        // 12 and 15), through its director; an IB wrote whole pupil dossiers to files (a review).
        case (.ib, .careNote), (.ib, .search), (.ib, .readDossiers), (.ib, .readStatistics): true
        case (.ib, _): false
        case (.teacher, .reportIncident): true
        case (.teacher, _): false
        }
    }

    /// A person as the actor may read them: a home address goes to whoever writes letters only
    /// (`.correspond`); an IB has no task that needs one (AVG art. 5 lid 1 onder c). The Dossiers
    /// tab hid it, `people list --json` showed it (a review); a server blanks it too (`person_shown`).
    public static func shown(_ p: Person, to actor: Actor) -> Person {
        guard !allows(actor, .correspond), !p.address.isEmpty else { return p }
        var shown = p
        shown.address = .none
        return shown
    }

    /// An entry as the actor may read it: to whoever writes no letters, a letter from its
    /// salutation on (`LetterHead`), and no entry's hash: an IB read both separated parents' home
    /// addresses in the pupil's letters, and once they were left out, found them again by trying
    /// addresses against the letter's hash, plain SHA-256 of what it holds (reviews). Who verifies
    /// the chain (a director, the board) reads the hashes.
    public static func shown(_ e: DossierEntry, to actor: Actor) -> DossierEntry {
        guard !allows(actor, .correspond) else { return e }
        var shown = e
        if e.kind == .letter { shown.body = LetterHead.cut(e.body) }
        shown.hash = ""
        shown.prevHash = ""
        shown.salt = ""
        return shown
    }

    /// Whether `new` may do all that `old` may (a teacher made director): a screen opened under
    /// `old` shows nothing `new` may not see.
    public static func widens(from old: Role, to new: Role) -> Bool {
        Action.allCases.allSatisfy { !allows(old, $0) || allows(new, $0) }
    }

    /// Nobody decides about themselves: a director handled a report about themself and closed it
    /// as unfounded (a review). The board is the director's employer and decides; it alone may.
    /// For an openbare school: Awb art. 2:4 (no one with a personal interest sways the decision).
    public static func requireNotAbout(_ subject: Person, actor: Actor, what: Phrase) throws {
        try requireNotAbout(subject.id, actor: actor, what: what)
    }

    /// As above, by the person's id; also the account really at the keyboard when acting as another
    /// (`--as` an account with no person opened and closed a case about the director, a review).
    public static func requireNotAbout(_ subject: PersonID, actor: Actor, what: Phrase) throws {
        guard actor.ownPeople.contains(subject) else { return }
        // A member of the board about themself: the raad van toezicht decides (WPO art. 17c lid 3).
        if actor.role == .board || actor.realUser?.role == .board {
            throw CasusError(
                .refused,
                Phrase(
                    "\(what.nl) gaat over uzelf: daarover beslist het intern toezicht, niet u",
                    "\(what.en) is about yourself: the internal supervisory body decides on it, not you")
                    + Law.wpo17c_3.and(Law.awb24).bracketed
                    + Phrase("; er is niets veranderd", "; nothing was changed"),
                hint: Phrase(
                    "Leg het voor aan de raad van toezicht; casus handelt zaken over het bestuur niet af.",
                    "Put it to the raad van toezicht; casus does not handle cases about the board."))
        }
        throw CasusError(
            .refused,
            Phrase(
                "\(what.nl) gaat over uzelf: daarover beslist het bestuur, niet u",
                "\(what.en) is about yourself: the board decides on it, not you")
                + Law.awb24.bracketed + Phrase("; er is niets veranderd", "; nothing was changed"),
            hint: Phrase(
                "Geef het door aan het bestuur: op een server van het bestuur handelt een bestuurder het af in casus; anders handelt het bestuur het buiten uw casus af.",
                "Pass it on to the board: on the board's server a board member handles it in casus; otherwise the board handles it outside your casus."
            ))
    }

    public static func require(_ actor: Actor, _ action: Action) throws {
        guard allows(actor, action) else {
            throw CasusError(
                .refused,
                Phrase(
                    "uw rol (\(actor.role.label.nl)) mag dit niet: \(describe(action).nl)",
                    "your role (\(actor.role.label.en)) may not do this: \(describe(action).en)"),
                hint: Phrase("Vraag de directeur als u dit wel nodig hebt.", "Ask the director if you do need this."))
        }
    }

    /// Whether the actor may see this person's dossier and the cases filed in it.
    public static func maySeeDossier(of owner: Person, actor: Actor) -> Bool { scope(for: actor).admits(owner) }

    /// Whether the actor may read this person's record (a pupil's parents for an IB, not staff), and
    /// always their own. A teacher reads no one else's (DESIGN.md §4: "file incident reports, see
    /// their own reports; nothing else"): the names a report needs come from the roster, names and
    /// group only (`Directory.roster`), as on the server (`person_visible`).
    public static func maySeePerson(_ p: Person, actor: Actor) -> Bool {
        if p.id == actor.user.personID { return true }
        let s = scope(for: actor)
        if let school = s.schoolID, school != p.schoolID { return false }
        guard readsRecords(actor) else { return false }
        return p.kind.isPersonnel ? s.staffDossiers : s.pupilDossiers
    }

    /// Whether the actor reads people's records at all (a teacher does not).
    public static func readsRecords(_ actor: Actor) -> Bool { actor.role != .teacher }

    /// Whether the actor may see a case: the dossier it is filed in decides.
    public static func maySee(_ c: Case, dossierOwner: Person, actor: Actor) -> Bool {
        maySeeDossier(of: dossierOwner, actor: actor)
    }

    /// What the action is, in words ("meldingen beoordelen").
    public static func describe(_ action: Action) -> Phrase {
        switch action {
        case .readTriageQueue: Phrase("meldingen inzien", "read the triage queue")
        case .reportIncident: Phrase("een melding doen", "file a report")
        case .reportOnBehalf:
            Phrase(
                "een melding doen namens een ander (--reporter)", "file a report on someone else's behalf (--reporter)")
        case .triage: Phrase("meldingen beoordelen", "triage reports")
        case .decide: Phrase("maatregelen nemen", "take measures")
        case .correspond: Phrase("brieven en notities vastleggen", "record letters and notes")
        case .careNote: Phrase("een zorgnotitie toevoegen", "add a care note")
        case .manageUsers: Phrase("gebruikers beheren", "manage users")
        case .managePeople: Phrase("personen beheren", "manage people")
        case .manageSchool:
            Phrase("de schoolgegevens en de schoolkalender wijzigen", "change the school record and calendar")
        case .purge: Phrase("dossiers opschonen", "purge dossiers")
        case .backup: Phrase("een reservekopie van de hele database maken", "back up the whole database")
        case .restore: Phrase("een reservekopie terugzetten", "restore a backup")
        case .readAudit: Phrase("het auditlog inzien", "read the audit log")
        case .export: Phrase("een dossier exporteren", "export a dossier")
        case .search: Phrase("zoeken in dossiers en zaken", "search dossiers and cases")
        case .readDossiers: Phrase("dossiers en zaken inzien", "read dossiers and cases")
        case .readStatistics: Phrase("het overzicht inzien", "read the overview")
        case .actAs: Phrase("optreden als een ander account (--as)", "act as another account (--as)")
        }
    }
}
