/// How long dossiers are kept after a pupil leaves or employment ends (DESIGN.md §5).
public struct RetentionPolicy: Sendable, Hashable {
    public var pupilYears: Int
    public var staffYears: Int

    public init(pupilYears: Int = 2, staffYears: Int = 2) {
        self.pupilYears = pupilYears
        self.staffYears = staffYears
    }

    public static let standard = RetentionPolicy()

    /// Retention as configured in Config/retention.yaml, if the file exists.
    public static func load(file: String, text: String) throws -> RetentionPolicy {
        let m = try YAMLReader(file: file).root(text).map()
        var p = RetentionPolicy()
        if let v = m.optional("pupil_years") { p.pupilYears = try v.int() }
        if let v = m.optional("staff_years") { p.staffYears = try v.int() }
        try m.finish()
        guard p.pupilYears >= 0, p.staffYears >= 0 else {
            throw CasusError.invalid(
                "bewaartermijnen zijn niet negatief", "retention periods are not negative", at: file)
        }
        return p
    }
}

public struct RetentionItem: Sendable, Hashable {
    public var person: Person
    public var entries: Int
    public var dueSince: LocalDate
}

/// Verification of the chains, the audit log, retention and purges.
public struct Integrity: Sendable {
    let session: Session
    // MARK: Audit

    public func auditLog(person: PersonID? = nil, limit: Int = 1000) throws -> [AuditRecord] {
        try session.require(.readAudit)
        if let person { _ = try Directory(session: session).person(person) }
        return try session.read { try $0.audit(person: person, offset: 0, limit: limit) }
    }

    // MARK: Retention

    public func retentionDue(policy: RetentionPolicy = .standard) throws -> [RetentionItem] {
        try session.require(.purge)
        let today = session.today
        let pupilCutoff = LocalDate(year: today.year - policy.pupilYears, month: today.month, day: min(today.day, 28))
        let staffCutoff = LocalDate(year: today.year - policy.staffYears, month: today.month, day: min(today.day, 28))
        return try session.read { r in
            try r.retentionDue(pupilsLeftBefore: pupilCutoff, staffLeftBefore: staffCutoff)
                .filter { session.reaches(school: $0.0.schoolID) }
                .map { p, n in
                    let years = p.kind == .pupil ? policy.pupilYears : policy.staffYears
                    let left = p.leftOn!
                    return RetentionItem(
                        person: p, entries: n,
                        dueSince: LocalDate(year: left.year + years, month: left.month, day: min(left.day, 28)))
                }
        }
    }

    /// Purges every dossier whose retention period has passed; each leaves a tombstone.
    @discardableResult
    public func purge(policy: RetentionPolicy = .standard) throws -> Saved<[Tombstone]> {
        let due = try retentionDue(policy: policy)
        return try session.write { tx in
            try due.map { item in
                let t = try tx.purge(
                    dossier: item.person.id, at: tx.now, reason: "bewaartermijn verstreken sinds \(item.dueSince.dutch)"
                )
                try tx.audit(
                    "dossier.purge", person: item.person.id,
                    detail: "\(t.entryCount) stukken; laatste hash \(t.lastHash)")
                return t
            }
        }
    }
}
