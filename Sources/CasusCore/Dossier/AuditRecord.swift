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

    /// The lines of a write that may change nothing (an import that found nothing new, an export,
    /// its review), as casus writes them: whom they may name, and their words as a regular
    /// expression. A server takes no other: a director wrote "people.import" of a pupil with
    /// "Dossier … doorgestuurd aan de politie door IB …" and "dossier.export … naar advocaat van
    /// vader" with psql, and `verify` held them as true (a review).
    public struct WrittenShape: Sendable {
        public let namesPerson: Bool
        public let detail: String
    }

    public static let writtenShapes: [String: WrittenShape] = [
        "people.import": WrittenShape(
            namesPerson: false,
            detail: "^(" + (PersonKind.allCases.map(\.rawValue) + ["edexml"]).joined(separator: "|")
                + "): [0-9]+ nieuw, [0-9]+ bijgewerkt$"),
        "calendar.import": WrittenShape(
            namesPerson: false,
            detail:
                "^school [0-9]+: [0-9]+ dagen of perioden; schooljaren [0-9]{4}(,[0-9]{4})*(; [0-9]+ overgeslagen)?$"),
        "dossier.export": WrittenShape(
            namesPerson: true,
            detail: "^(" + DossierExport.Format.allCases.map(\.rawValue).joined(separator: "|")
                + "), [0-9]+ stukken, tekst [0-9a-f]{64}$"),
        "dossier.export.review": WrittenShape(namesPerson: true, detail: "^[0-9]+ vervangingen$"),
    ]

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
