public typealias EntryID = Int64

/// What kind of document a dossier entry (stuk) is.
public enum EntryKind: String, Sendable, Codable, CaseIterable {
    case letter, meeting, phone, email, decision, note, correction, care

    public var label: Phrase {
        switch self {
        case .letter: Phrase("brief", "letter")
        case .meeting: Phrase("gespreksverslag", "meeting note")
        case .phone: Phrase("telefoonnotitie", "phone note")
        case .email: Phrase("e-mail", "e-mail")
        case .decision: Phrase("besluit", "decision")
        case .note: Phrase("notitie", "note")
        case .correction: Phrase("correctie", "correction")
        case .care: Phrase("zorgnotitie", "care note")
        }
    }
}

/// Who was heard in a meeting; removal of a pupil needs the class teacher and the parents heard.
public enum HeardParty: String, Sendable, Codable, CaseIterable {
    case teacher, parents, pupil, employee

    public var label: Phrase {
        switch self {
        case .teacher: Phrase("groepsleerkracht", "class teacher")
        case .parents: Phrase("ouders", "parents")
        case .pupil: Phrase("leerling", "pupil")
        case .employee: Phrase("medewerker", "employee")
        }
    }

    /// Who can be heard in a case about this kind of subject: the employee in a staff case; the
    /// teacher, the parents and the pupil in a pupil's or a parent's (a child removed for what a
    /// parent did is heard as any pupil). An employee's meeting offered "ouders" and "leerling"
    /// (a review).
    public static func parties(for kind: SubjectKind) -> [HeardParty] {
        kind == .staff ? [.employee] : [.teacher, .parents, .pupil]
    }
}

/// What is written into a dossier, before the store gives it a place in the chain.
public struct EntryDraft: Sendable, Hashable {
    public var kind: EntryKind
    public var title: String
    public var body: String
    public var caseID: CaseID?
    public var corrects: EntryID?
    public var heard: [HeardParty]
    public var evidence: [EvidenceFile]

    public init(
        kind: EntryKind, title: String, body: String, caseID: CaseID? = nil, corrects: EntryID? = nil,
        heard: [HeardParty] = [], evidence: [EvidenceFile] = []
    ) {
        self.kind = kind
        self.title = title
        self.body = body
        self.caseID = caseID
        self.corrects = corrects
        self.heard = heard
        self.evidence = evidence
    }
}

/// A file attached to an entry (a screenshot), kept inside the store with its SHA-256.
public struct EvidenceFile: Sendable, Hashable {
    public var name: String
    public var bytes: [UInt8]
    public var sha256: String

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        self.sha256 = DossierChain.sha256Hex(bytes)
    }
}

/// One stuk in a dossier, as stored: never updated, never deleted (but by a retention purge).
public struct DossierEntry: Sendable, Hashable, Codable, Identifiable {
    public var id: EntryID
    /// The person whose dossier this is.
    public var dossierID: PersonID
    /// 1, 2, 3 ... within the dossier.
    public var seq: Int64
    public var kind: EntryKind
    public var title: String
    public var body: String
    public var author: String
    public var authorName: String
    public var at: Timestamp
    public var caseID: CaseID?
    public var caseNumber: String?
    public var corrects: EntryID?
    public var heard: [HeardParty]
    /// SHA-256 of attached evidence files, in order.
    public var evidence: [String]
    public var prevHash: String
    public var hash: String
    /// The entry's salt (`EntrySalt`), 32 hex digits, or empty for an entry written before the
    /// forty-ninth stop. Read by whoever verifies the chain; never shown, never exported: with it,
    /// a hash beside a text cut short tells what was cut again.
    public var salt: String = ""

    /// The hash a letter printed now carries (its seal, its chain line): an unsalted one's is
    /// withheld (`Seal.withheld`). It is plain SHA-256 over the entries before it, and with a
    /// reprinted letter and the pupil's export the other parent found a classmate's name and the
    /// other parent's address by trying (a review).
    public var printedHash: String { salt.isEmpty ? Seal.withheld : hash }

    /// The salt stays out of every encoding: nothing casus writes out carries it.
    enum CodingKeys: String, CodingKey {
        case id, dossierID, seq, kind, title, body, author, authorName, at, caseID, caseNumber, corrects, heard
        case evidence, prevHash, hash
    }

    public init(
        id: EntryID, dossierID: PersonID, seq: Int64, kind: EntryKind, title: String, body: String,
        author: String, authorName: String, at: Timestamp, caseID: CaseID?, caseNumber: String? = nil,
        corrects: EntryID?, heard: [HeardParty], evidence: [String], prevHash: String, hash: String,
        salt: String = ""
    ) {
        self.id = id
        self.dossierID = dossierID
        self.seq = seq
        self.kind = kind
        self.title = title
        self.body = body
        self.author = author
        self.authorName = authorName
        self.at = at
        self.caseID = caseID
        self.caseNumber = caseNumber
        self.corrects = corrects
        self.heard = heard
        self.evidence = evidence
        self.prevHash = prevHash
        self.hash = hash
        self.salt = salt
    }
}

extension EntryKind {
    /// A correction names the entry it corrects, and only a correction does: a note saved with
    /// `--corrects` showed, in a dossier that can never be changed, as correcting another entry.
    public func check(corrects: EntryID?) throws {
        if self == .correction, corrects == nil {
            throw CasusError.invalid(
                "een correctie wijst het stuk aan dat zij corrigeert (--corrects ID)",
                "a correction names the entry it corrects (--corrects ID)")
        }
        if self != .correction, let corrects {
            throw CasusError.invalid(
                "--corrects \(corrects) hoort bij een correctie (--kind correction); er is niets opgeslagen",
                "--corrects \(corrects) goes with a correction (--kind correction); nothing was saved")
        }
    }
}

extension DossierEntry {
    /// How an entry is named to its reader: its id, which every command takes (`casus letter sent
    /// 22`), and its number in its dossier. The full screen named the number alone ("nr. 21"), and
    /// `letter sent 21` then recorded another pupil's letter, entry 21, as sent (a review).
    public var reference: Phrase { Phrase("stuk \(id), nr. \(seq)", "entry \(id), no. \(seq)") }

    /// The case's number where a line should name it beside the title: nil when the title names it
    /// already ("Notitie — zaak 2026-0007" was followed by " · zaak 2026-0007").
    public var caseNumberBesideTitle: String? {
        caseNumber.flatMap { $0.isEmpty || title.hasSuffix("zaak " + $0) ? nil : $0 }
    }
}
