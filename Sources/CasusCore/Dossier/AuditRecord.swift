import Crypto

/// One line of the audit log: who (as whom) did or read what, when. Append-only and chained
/// like a dossier, so a removed or changed line is found by `casus verify`.
public struct AuditRecord: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var at: Timestamp
    public var account: String
    public var realAccount: String?
    public var action: String
    public var personID: PersonID?
    public var caseID: CaseID?
    public var detail: String
    public var prevHash: String
    public var hash: String

    public init(
        id: Int64 = 0, at: Timestamp, account: String, realAccount: String?, action: String,
        personID: PersonID?, caseID: CaseID?, detail: String, prevHash: String = "", hash: String = ""
    ) {
        self.id = id
        self.at = at
        self.account = account
        self.realAccount = realAccount
        self.action = action
        self.personID = personID
        self.caseID = caseID
        self.detail = detail
        self.prevHash = prevHash
        self.hash = hash
    }

    public func canonical() -> [UInt8] {
        var out = "casus-audit-v1\n"
        func field(_ name: String, _ value: String) { out += "\(name):\(value.utf8.count):\(value)\n" }
        field("at", at.iso)
        field("account", account)
        field("real_account", realAccount ?? "")
        field("action", action)
        field("person", personID.map(String.init) ?? "")
        field("case", caseID.map(String.init) ?? "")
        field("detail", detail)
        return Array(out.utf8)
    }

    public var expectedHash: String { DossierChain.hash(prev: prevHash, canonical: canonical()) }

    /// The most characters (Unicode scalars, as the server counts them) a line's detail holds.
    public static let detailLimit = 1000

    /// The reads a line on its own records (`Session.auditRead`); every other line goes with the
    /// write it records. A server writes a line on its own for these alone: a teacher wrote
    /// "dossier.purged … door directeur" into the log as one (found by a review).
    public static let readActions = [
        "backup", "backup.failed", "case.read", "cases.list", "dossier.read", "evidence.read", "incident.read",
        "letter.print", "people.list", "reports.list",
        "search",
        "verify", "verify.document",
    ]

    /// What a role must be allowed to make each read (AccessPolicy); the reads not named here any
    /// role may make (a teacher reads its own report, its evidence, and lists what its role shows). A
    /// server writes a read's line only for a role that may make it: a teacher wrote "dossier.read"
    /// of a colleague, "case.read" of a staff case and "backup" into the log (a review).
    public static let readNeeds: [String: AccessPolicy.Action] = [
        "backup": .backup, "backup.failed": .backup, "verify": .readAudit, "verify.document": .readAudit,
        "search": .search, "letter.print": .correspond, "dossier.read": .readDossiers, "case.read": .readDossiers,
        "people.list": .readDossiers, "cases.list": .readDossiers,
    ]

    /// The lines of a write, as casus writes them: whom they may name (nil: as the change says,
    /// `AuditTrail`), and their words as a regular expression. A server takes no other: a director
    /// wrote "people.import" of a pupil with "Dossier … doorgestuurd aan de politie door IB …", and
    /// a teacher a report's line "melding 7; Sara de Vries (groep 7) is zwanger, zegt moeder", with
    /// psql, and `verify` held them as true (two reviews). The lines that hold a director's own
    /// words (a reason, a school's name) are not held to a shape: they are the decider's to write.
    public struct WrittenShape: Sendable {
        public let namesPerson: Bool?
        public let detail: String
        /// A detail of this shape (for a test's own writes).
        public let sample: String
    }

    /// A case's number as casus gives it ("2026-0001").
    static let caseNumber = "[0-9]{4}-[0-9]{4,}"
    static let day = "[0-9]{4}-[0-9]{2}-[0-9]{2}"

    public static let writtenShapes: [String: WrittenShape] = {
        let n = caseNumber
        var shapes: [String: WrittenShape] = [
            "people.import": WrittenShape(
                namesPerson: false,
                detail: "^(" + (PersonKind.allCases.map(\.rawValue) + ["edexml"]).joined(separator: "|")
                    + "): [0-9]+ nieuw, [0-9]+ bijgewerkt$", sample: "pupil: 0 nieuw, 0 bijgewerkt"),
            "calendar.import": WrittenShape(
                namesPerson: false,
                detail:
                    "^school [0-9]+: [0-9]+ dagen of perioden; schooljaren [0-9]{4}(,[0-9]{4})*(; [0-9]+ overgeslagen)?$",
                sample: "school 1: 0 dagen of perioden; schooljaren 2026"),
            "dossier.export": WrittenShape(
                namesPerson: true,
                detail: "^(" + DossierExport.Format.allCases.map(\.rawValue).joined(separator: "|")
                    + "), [0-9]+ stukken, tekst [0-9a-f]{64}(, ketenkop stuk [0-9]+(, gebeurtenis [0-9]+)?)?$",
                sample: "md, 0 stukken, tekst " + String(repeating: "0", count: 64)),
            "dossier.export.review": WrittenShape(
                namesPerson: true, detail: "^[0-9]+ vervangingen$", sample: "0 vervangingen"),
            "incident.add": WrittenShape(namesPerson: nil, detail: "^melding [0-9]+$", sample: "melding 1"),
            "incident.dismiss": WrittenShape(namesPerson: nil, detail: "^melding [0-9]+$", sample: "melding 1"),
            "entry.append": WrittenShape(
                namesPerson: nil, detail: "^seq=[0-9]+ event=[0-9]+$", sample: "seq=1 event=1"),
            "case.open": WrittenShape(namesPerson: nil, detail: "^\(n)$", sample: "2026-0001"),
            "case.close": WrittenShape(namesPerson: nil, detail: "^\(n)$", sample: "2026-0001"),
            "case.reclassify": WrittenShape(namesPerson: nil, detail: "^\(n)$", sample: "2026-0001"),
            "case.step": WrittenShape(namesPerson: nil, detail: "^\(n) stap [0-9]+$", sample: "2026-0001 stap 1"),
            "case.done": WrittenShape(
                namesPerson: nil, detail: "^\(n) verplichting [0-9]+( via ([a-z0-9-]+|step [0-9]+))?$",
                sample: "2026-0001 verplichting 1"),
            "case.objection": WrittenShape(namesPerson: nil, detail: "^\(n)( feit [0-9]+)?$", sample: "2026-0001"),
            "letter.sent": WrittenShape(
                namesPerson: nil, detail: "^stuk [0-9]+ \\(nr\\. [0-9]+\\) [a-z]+ \(day)$",
                sample: "stuk 1 (nr. 1) post 2026-01-01"),
            "person.add": WrittenShape(
                namesPerson: nil, detail: "^(" + PersonKind.allCases.map(\.rawValue).joined(separator: "|") + ")$",
                sample: "pupil"),
            "person.left": WrittenShape(namesPerson: nil, detail: "^(\(day)|-)( \\(was \(day)\\))?$", sample: "-"),
            "dossier.purge": WrittenShape(
                namesPerson: nil, detail: "^[0-9]+ stukken; laatste hash [0-9a-f]{64}$",
                sample: "0 stukken; laatste hash " + String(repeating: "0", count: 64)),
        ]
        // A fact's line: the case, and the fact or the day it records (a meeting's).
        let escalations = [ObligationKind.aangifte, .vertrouwensinspecteur, .boardReport].map { "case.\($0.rawValue)" }
        for action in AuditTrail.factActions + escalations where shapes[action] == nil {
            shapes[action] = WrittenShape(
                namesPerson: nil, detail: "^\(n)( feit [0-9]+| \(day))?$", sample: "2026-0001")
        }
        return shapes
    }()

    /// Whether a line is as casus writes it (`writtenShapes`); every line of another action is.
    public static func isWritten(_ action: String, person: PersonID?, detail: String) -> Bool {
        guard let shape = writtenShapes[action] else { return true }
        if let names = shape.namesPerson, names != (person != nil) { return false }
        return detail.range(of: shape.detail, options: .regularExpression) != nil
    }

    /// A new line's detail as the log keeps it: one line of at most `detailLimit` characters,
    /// each line break, tab or other control character a space. A detail often holds what a user
    /// typed (a search's words, why a report was dismissed); a line break in it showed in
    /// `casus audit` as another line, in another's name. Lines already in a log keep the bytes
    /// their hash was made of.
    public static func oneLine(_ detail: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in detail.unicodeScalars.prefix(detailLimit) {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// This line linked after the audit log's head: its previous hash, and its own hash from that.
    public func linked(after head: ChainHead) -> AuditRecord {
        var line = self
        line.prevHash = head.hash
        line.hash = line.expectedHash
        return line
    }
}
