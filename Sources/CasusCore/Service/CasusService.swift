import Foundation

/// The one door to casus's records for every front end (CLI, TUI), split by capability: each
/// part shares one `Session` (who is acting, the store, the profiles, the clock), asks
/// `AccessPolicy` before every read and write, writes the audit log, and makes each command one
/// storage transaction that returns what it changed.
public final class CasusService: Sendable {
    public let session: Session

    public init(_ session: Session) { self.session = session }

    /// Opens a service for an OS account, optionally acting as another (`--as`, directors only).
    public static func session(
        storage: any CasusStorage, account: String, as other: String? = nil,
        profiles: ProfileRegistry, clock: Clock = .system
    ) throws -> CasusService {
        CasusService(try Session.open(storage: storage, account: account, as: other, profiles: profiles, clock: clock))
    }

    /// Reports: filing, reading and dismissing them (the triage queue).
    public var intake: Intake { Intake(session: session) }
    /// Cases: triage into a case, the ladder, obligations, notes on a case, closing.
    public var cases: CaseWorkflow { CaseWorkflow(session: session) }
    /// Dossiers: timelines, notes without a case, evidence, search, the AVG export.
    public var dossiers: Dossiers { Dossiers(session: session) }
    /// Letters from templates, filed in the dossier.
    public var letters: Letters { Letters(session: session) }
    /// Schools, people, users, imports.
    public var directory: Directory { Directory(session: session) }
    /// Verification of the chains, the audit log, retention and purges.
    public var integrity: Integrity { Integrity(session: session) }
    /// The Overzicht's figures.
    public var reports: Reports { Reports(session: session) }

    public var actor: Actor { session.actor }
    public var scope: Scope { session.scope }
    public var today: LocalDate { session.today }
    public var storage: any CasusStorage { session.storage }
    public var profiles: ProfileRegistry { session.profiles }
    public var clock: Clock { session.clock }
}

/// The filters of the Zaken tab.
public struct CaseFilter: Sendable, Hashable {
    public var status: CaseStatus?
    public var subjectKind: SubjectKind?
    public var rung: Rung?
    public var noRungYet: Bool
    public var overdueOnly: Bool
    public var subjectID: PersonID?
    /// Only the cases filed in this person's dossier (a pupil's own, and those about a parent).
    public var dossierID: PersonID?

    public init(
        status: CaseStatus? = nil, subjectKind: SubjectKind? = nil, rung: Rung? = nil, noRungYet: Bool = false,
        overdueOnly: Bool = false, subjectID: PersonID? = nil, dossierID: PersonID? = nil
    ) {
        self.dossierID = dossierID
        self.status = status
        self.subjectKind = subjectKind
        self.rung = rung
        self.noRungYet = noRungYet
        self.overdueOnly = overdueOnly
        self.subjectID = subjectID
    }
}

/// Everything the case screen and `case show` need.
public struct CaseDetail: Sendable {
    public var record: Case
    public var subject: Person
    public var dossierOwner: Person
    public var incident: Incident?
    public var articles: [Article]
    public var steps: [Step]
    public var obligations: [Obligation]
    /// The case's newest entries (CaseParts.timelineWindow), oldest first.
    public var entries: [DossierEntry]
    /// All the case's entries: more than `entries` when the case has more than its screen shows.
    public var entryCount: Int
    /// Every meeting note and letter of the case, however old (which letter is not yet sent).
    public var meetingsAndLetters: [DossierEntry]
    /// The case's entries before those in `entries`: in its dossier, not shown with the case.
    public var earlierEntries: Int { entryCount - entries.count }
    public var profile: ProtocolProfile
    public var school: School?
    /// The legal facts recorded on the case (another school's acceptance, the consultation ...).
    public var facts: [CaseFact] = []
    /// When and how the case's letters were sent, by entry.
    public var sendings: [EntryID: LetterSending] = [:]
    /// The subject's cases, this one among them, as read with its parts (CaseParts.subjectCases).
    public var subjectCases: [Case] = []
    /// Where a case about the employee (this one or another) ended the employment; nil for a pupil.
    public var employmentEnd: LadderEngine.EmploymentEnd?

    /// What became of each step (`Step.outcomes`): said beside it on the screen and in `case show`.
    public var stepOutcomes: [Int64: Phrase] {
        Step.outcomes(steps, subject.kind.isPersonnel ? obligations : [], facts, ended: employmentEnd)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
    /// "Gespreksverslag" of "gespreksverslag": the first letter a capital.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var trimmed: String {
        // Most text has nothing to trim: then no copy through Foundation (a few per cent of the
        // district demo). Asked of the very set that trims (it holds U+200B, which Unicode does not
        // count as white space), so the answer is the same.
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            String.trimmedAway.contains(first) || String.trimmedAway.contains(last)
        else { return isEmpty ? "" : self }
        return trimmingCharacters(in: String.trimmedAway)
    }
    private static let trimmedAway = CharacterSet.whitespacesAndNewlines
}
