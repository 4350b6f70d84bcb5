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
    /// The dismissed reports about this person alone, which go with the dossier (no case was
    /// opened from them: a report with a case goes with it).
    public var reports: Int
    /// The day the retention period ended: so many years after the owner left, or after the
    /// dossier's last entry, whichever is later.
    public var dueSince: LocalDate
    /// Why the dossier is kept although its period has passed: a case of it is still open, an
    /// objection, a dispute or a court case still runs on one of its cases, or a report about its
    /// owner still awaits triage. A held dossier is not purged.
    public var hold: Phrase?
}

/// Verification of the chains, the audit log, retention and purges.
public struct Integrity: Sendable {
    let session: Session
    // MARK: Audit

    /// `since`: only the lines from that day on (the school's days), of the page the log gives newest
    /// first by number: a line's moment is the writer's clock, so a line written later may carry an
    /// earlier moment (a clock set back, a migration), and a page is filtered, not cut at the first
    /// older line. ("Who read this child's data in the last year?": an answer to the Autoriteit
    /// Persoonsgegevens or to parents was the whole log to read through.)
    public func auditLog(
        person: PersonID? = nil, since: LocalDate? = nil, before: Int64? = nil, offset: Int = 0, limit: Int = 1000
    ) throws -> [AuditRecord] {
        let subject = try mayReadLog(about: person)
        let lines = try session.read { r -> [AuditRecord] in
            guard let subject, subject.kind == .parent else {
                return try r.audit(person: person, before: before, offset: offset, limit: limit)
            }
            return try Self.parentLines(subject.id, before: before, offset: offset, limit: limit, r)
        }
        guard let since else { return lines }
        return lines.filter { $0.at.localDate() >= since }
    }

    /// A parent has no dossier: what was done in a case about them is logged under the child whose
    /// dossier holds it, and "who read or wrote about this parent?" found none of it (a review).
    /// Those lines, and the reads of the child's whole dossier (no case named) since a case about
    /// the parent was opened (they read its entries too), merged with the parent's own, newest first.
    static func parentLines(
        _ parent: PersonID, before: Int64?, offset: Int, limit: Int, _ r: any StorageReader
    ) throws -> [AuditRecord] {
        let cases = try r.cases(aboutSubject: parent)
        let ids = Set(cases.map(\.id))
        var merged = try r.audit(person: parent, before: before, offset: 0, limit: offset + limit)
        for dossier in Set(cases.map(\.dossierID)).sorted() {
            let since = cases.filter { $0.dossierID == dossier }.map(\.openedAt).min()
            func about(_ line: AuditRecord) -> Bool {
                if let c = line.caseID { return ids.contains(c) }
                return ["dossier.read", "dossier.export", "search"].contains(line.action)
                    && since.map { line.at >= $0 } == true
            }
            // The child's lines, a page at a time, until enough of them are the parent's.
            var from = before
            var taken = 0
            while taken < offset + limit {
                let page = try r.audit(person: dossier, before: from, offset: 0, limit: 500)
                let mine = page.filter(about)
                merged += mine
                taken += mine.count
                guard page.count == 500, let last = page.last else { break }
                from = last.id
            }
        }
        var seen = Set<Int64>()
        let sorted = merged.sorted { $0.id > $1.id }.filter { seen.insert($0.id).inserted }
        return Array(sorted.dropFirst(offset).prefix(limit))
    }

    /// Who read what on the server, by casus or with `psql` (`ServerRead`), newest first, as the audit
    /// log: the school's for its director, all for the board. nil in a personal database, which keeps
    /// no such log (every read casus makes is in the audit log there).
    public func serverReads(
        person: PersonID? = nil, since: LocalDate? = nil, before: Int64? = nil, offset: Int = 0, limit: Int = 1000
    ) throws -> [ServerRead]? {
        try mayReadLog(about: person)
        let lines = try session.read {
            try $0.serverReads(person: person, before: before, offset: offset, limit: limit)
        }
        guard let since else { return lines }
        return lines.map { $0.filter { $0.at.localDate() >= since } }
    }

    /// Either log is the director's or the board's, and about a person they may see: that person.
    @discardableResult
    private func mayReadLog(about person: PersonID?) throws -> Person? {
        try session.require(.readAudit)
        return try person.map { try Directory(session: session).person($0) }
    }

    // MARK: Retention

    public func retentionDue(policy: RetentionPolicy = .standard) throws -> [RetentionItem] {
        try session.require(.purge)
        let today = session.today
        let pupilCutoff = LocalDate(year: today.year - policy.pupilYears, month: today.month, day: min(today.day, 28))
        let staffCutoff = LocalDate(year: today.year - policy.staffYears, month: today.month, day: min(today.day, 28))
        return try session.read { r in
            let due = try r.retentionDue(pupilsLeftBefore: pupilCutoff, staffLeftBefore: staffCutoff)
                .filter { session.reaches(school: $0.0.schoolID) }
            let accounts = due.isEmpty ? [] : try r.users()
            return try due.compactMap { p, n in
                let years = p.kind == .pupil ? policy.pupilYears : policy.staffYears
                let entries = try r.entries(dossier: p.id, offset: 0, limit: 100_000)
                let cases = try dossierCases(r, p, entries)
                // The period runs from the later of leaving and the person's last record (an
                // entry, a case opened or closed, a report about them): a leaving day set back (to
                // 2000) made a dossier written in this week due at once (a review purged a pupil's
                // dossier with an open case in two commands, and later a report filed that
                // morning). Who is still written about is not gone yet.
                let reports = try r.reports(aboutSubject: p.id)
                let moments =
                    entries.map(\.at) + cases.flatMap { [$0.openedAt] + ($0.closedAt.map { [$0] } ?? []) }
                    + reports.map(\.reportedAt)
                let from = max(p.leftOn!, moments.max()?.localDate() ?? p.leftOn!)
                // The same day so many years on (29 February: the 28th): the day was cut to the 28th
                // for every month, so one who left on the 31st was due three days early (a review).
                let due = from.adding(months: 12 * years)
                guard due <= today else { return nil }
                let waiting = reports.first { $0.status == .new }.map {
                    Phrase(
                        "bewaard: melding \($0.id) over deze persoon wacht nog op beoordeling",
                        "kept: report \($0.id) about this person still awaits triage")
                }
                // Who still has an account is not erased, and was then marked purged for good while
                // their name stayed (a review): kept until the account is ended, said why.
                let account = accounts.first { $0.personID == p.id }.map {
                    Phrase(
                        "bewaard: account \($0.account) hoort nog bij deze persoon; beëindig het met `casus users remove \($0.account)`",
                        "kept: account \($0.account) still belongs to this person; end it with `casus users remove \($0.account)`"
                    )
                }
                return RetentionItem(
                    person: p, entries: n, reports: reports.filter(\.leavesWithDossier).count, dueSince: due,
                    hold: try hold(r, cases) ?? waiting ?? account)
            }
        }
    }

    /// The cases filed in a dossier: those about its owner, and those its entries name.
    func dossierCases(_ r: any StorageReader, _ p: Person, _ entries: [DossierEntry]) throws -> [Case] {
        var ids = Set(try r.cases(aboutSubject: p.id).map(\.id))
        for e in entries { if let c = e.caseID { ids.insert(c) } }
        return try ids.sorted().compactMap { id in try r.caseRecord(id: id).flatMap { $0.dossierID == p.id ? $0 : nil }
        }
    }

    /// A retention hold: a case in the dossier that is still open, or one with an objection not yet
    /// decided, a dispute at the Geschillencommissie, or a court case that has not ended.
    func hold(_ r: any StorageReader, _ cases: [Case]) throws -> Phrase? {
        for c in cases {
            let id = c.id
            if c.status == .open {
                return Phrase("bewaard: zaak \(c.number) is nog open", "kept: case \(c.number) is still open")
            }
            let facts = try r.facts(case: id)
            let obligations = try r.obligations(case: id)
            // A data breach's assessment is the school's register of breaches (AVG art. 33 lid 5),
            // not the employee's record: it went with the dossier two years after they left, the
            // dry run silent (a review). Kept, said why; the AVG sets no period for it.
            if obligations.contains(where: { $0.kind == .breachAssessment || $0.kind == .breachRegister }) {
                return Phrase(
                    "bewaard: zaak \(c.number) is de vastlegging van een datalek, het register van de school\(Law.avg33_5.bracketed.nl); de AVG noemt er geen bewaartermijn voor",
                    "kept: case \(c.number) records a data breach, the school's register\(Law.avg33_5.bracketed.en); the AVG sets no retention period for it"
                )
            }
            let asked = facts.last { $0.kind == .disputeRequested }
            let disputed = asked.map { a in !facts.contains { $0.kind == .disputeOpinion && $0.id > a.id } } ?? false
            let court = facts.last { $0.kind == .courtCase }?.courtOutcome == .started
            let objection = obligations.contains { $0.kind == .objectionDecision && !$0.isDone }
            if disputed || court || objection {
                let what: Phrase =
                    court
                    ? Phrase("een rechtszaak", "a court case")
                    : disputed
                        ? Phrase("een geschil bij de Geschillencommissie", "a dispute at the Geschillencommissie")
                        : Phrase("een bezwaar", "an objection")
                return Phrase("bewaard: ", "kept: ") + what
                    + Phrase(" loopt (zaak \(c.number))", " is running (case \(c.number))")
            }
        }
        return nil
    }

    /// Purges every dossier whose retention period has passed; each leaves a tombstone.
    @discardableResult
    public func purge(policy: RetentionPolicy = .standard) throws -> Saved<[Tombstone]> {
        let due = try retentionDue(policy: policy).filter { $0.hold == nil }
        // What is due is read from the tables: rows back-dated behind casus's back made a dossier
        // due two years early, and it was erased for good (a review). A purge, like a signature
        // (`signCheckpoint`), goes only over chains that hold; a school's director on a board's
        // server reads no whole chain, and there the server checks each purge against its own.
        if !due.isEmpty, try readsTheChains(), !(try verify(record: false).isSound) {
            throw CasusError.refused(
                "de ketens kloppen niet (`casus verify` zegt NIET IN ORDE): wat vervallen lijkt, kan buiten casus om zijn veranderd, en opschonen is voorgoed. Er is niets opgeschoond.",
                "the chains do not hold (`casus verify` says NOT SOUND): what seems due may have been changed outside casus, and a purge is for good. Nothing was purged.",
                hint: Phrase(
                    "Zoek eerst uit wat `casus verify` vindt, en zet zo nodig de laatste goede reservekopie terug (`casus restore`; op een server doet de databasebeheerder dat).",
                    "First find out what `casus verify` finds, and if need be restore the last sound backup (`casus restore`; on a server the database administrator does)."
                ))
        }
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
