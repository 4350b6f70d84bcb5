import Crypto

/// One line of the audit log: who (as whom) did or read what, when. Append-only and chained
/// like a dossier, so a removed or changed line is found by `casus verify`.
public struct AuditRecord: Sendable, Hashable, Codable {
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

    /// This line linked after the audit log's head: its previous hash, and its own hash from that.
    public func linked(after head: ChainHead) -> AuditRecord {
        var line = self
        line.prevHash = head.hash
        line.hash = line.expectedHash
        return line
    }
}
