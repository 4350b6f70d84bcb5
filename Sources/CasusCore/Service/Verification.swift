/// What `casus verify` found.
public struct VerifyReport: Sendable {
    /// A dossier entry that does not fit its dossier's own chain.
    public struct ChainBreak: Sendable {
        public var dossier: PersonID
        public var entry: DossierEntry
        public var reason: DossierChain.Break
    }

    /// The first event that does not fit the chain.
    public struct EventBreak: Sendable {
        public enum Reason: Sendable { case missing, brokenLink, altered }
        public var seq: Int64
        public var reason: Reason
    }

    /// The first row of a table that the events do not account for.
    public struct RowDifference: Sendable {
        public enum Kind: Sendable { case changed, extra, missing }
        public var table: DerivedTable
        public var key: [String]
        public var kind: Kind
        public var column: String?
        /// The event that last set the row (for a changed or missing row).
        public var event: Int64?
    }

    public var events = 0
    public var head = ChainHead.genesis
    public var dossiers = 0
    public var entries = 0
    public var auditRecords = 0
    public var eventBreak: EventBreak?
    public var problems: [Ledger.Problem] = []
    public var differences: [RowDifference] = []
    public var breaks: [ChainBreak] = []
    public var auditBreak: (record: AuditRecord, reason: DossierChain.Break)?
    /// Events recorded more audit lines than the log holds: its tail was cut.
    public var auditCut: (recorded: Int64, present: Int64)?
    /// The first event whose write has no audit line standing for it where its audit_seq says (the
    /// line of that transaction, of its time and an action for its kind): a write's line was
    /// rewritten or deleted, the log's hashes computed again (a review changed a letter's sending
    /// line and deleted the line of a dossier's export, and `verify` said "alles klopt").
    public var auditUnmatched: (event: Int64, kind: String, after: Int64)?
    public var evidence: [String] = []
    public var integrity: [String] = []
    /// A sequence set back below a number the events handed out: that id or case number
    /// would be handed out again.
    public struct SequenceBack: Sendable {
        public var name: String
        public var last: Int64
        public var drawn: Int64
    }
    public var sequences: [SequenceBack] = []
    /// The latest checkpoint signed by the key `verify` was given, checked (nil without a key).
    public var checkpoint: CheckpointFinding?
    /// Checkpoints in the chain whose signature is not the key's they name: made outside casus,
    /// they count for nothing (a checkpoint is checked only when truly signed) and are told with
    /// who saved them, as a finding: the store is not sound while one stands (a script reading
    /// `verify`'s exit status must hear of it). The chains they sit in are checked as any.
    public var falseCheckpoints: [(seq: Int64, checkpoint: Checkpoint, account: String)] = []
    /// Checkpoints in the chain whose heads the chains no longer hold: the event (or audit line)
    /// they name has another hash now. Found without a key: the chain before a checkpoint was
    /// rewritten, and `verify` said "alles klopt" as long as the checkpoint itself was left alone
    /// (a review).
    public struct Contradiction: Sendable {
        public var seq: Int64
        public var checkpoint: Checkpoint
        /// What the chain holds there now (nil: nothing; cut short).
        public var event: String??
        public var audit: String??
        /// What a server's log of reads holds at the line signed: its rewrite was signed over anew and
        /// `verify --key` said "alles klopt", the older checkpoint's line compared by no one (a review).
        public var access: String?? = .none
    }
    public var contradictedCheckpoints: [Contradiction] = []
    /// Audit lines of a signing (`checkpoint.sign`) whose checkpoint is not in the chain: its event
    /// was taken out, the one event that leaves no row behind (a review deleted the latest
    /// checkpoint and `verify` said "alles klopt").
    public var removedCheckpoints: [Int64] = []

    public init() {}

    public var isSound: Bool {
        eventBreak == nil && problems.isEmpty && differences.isEmpty && breaks.isEmpty && auditBreak == nil
            && auditCut == nil && auditUnmatched == nil
            && evidence.isEmpty && integrity.isEmpty && sequences.isEmpty
            && (checkpoint.map { $0.verdict == .holds || $0.verdict == .neverSigned } ?? true)
            && falseCheckpoints.isEmpty
            && contradictedCheckpoints.isEmpty && removedCheckpoints.isEmpty
            && keptCheckpoints.allSatisfy { $0.verdict == .holds || $0.verdict == .badSignature }
    }

    /// Kept lines whose signature does not fit the line itself: the line was changed (or is of
    /// another key), not the database, which was then held against nothing. Said so, and the check
    /// counts as not made: one changed date in a kept line sent the board to restore a sound
    /// database and report a data breach (a review).
    public var keptNotGenuine: [CheckpointFinding] { keptCheckpoints.filter { $0.verdict == .badSignature } }

    /// Every checkpoint line the board kept outside and gave (`--against`), each held against the
    /// chains, whatever was signed after it: once a newer checkpoint was signed over a rewritten
    /// chain, the kept line was no longer compared and `verify` said "alles klopt" (a review).
    public var keptCheckpoints: [CheckpointFinding] = []
}

extension Integrity {
    /// The check of a whole store by someone who holds all of it outside casus's roles (the owner
    /// of a personal file, the importer of a migration on the server), as the board: `account`
    /// need not be a user of the store.
    public static func ofWholeStore(_ storage: any CasusStorage, checkedBy account: String, profiles: ProfileRegistry)
        -> Integrity
    {
        Integrity(
            session: Session(
                storage: storage,
                actor: Actor(
                    user: User(account: account, personID: nil, role: .board, schoolID: nil), displayName: account),
                profiles: profiles))
    }

    /// Walks the event chain and replays it into the rows every table must hold, compares each
    /// table row by row, walks every dossier's own chain and the audit chain, checks the evidence
    /// files against their hashes, and runs the database's own integrity checks (the last three
    /// beside the replay, `ParallelWork`).
    ///
    /// `record`: the check is a line in the audit log. Not for a migration's two checks: the
    /// personal database it leaves stays as it was, and the server's line is the move itself; nor
    /// for `casus verify` of a personal file, which stays the file it was (a backup checked was
    /// changed by its check's line).
    /// A copy verified as part of a backup or a restore: refused first, in those words, for a role
    /// that may not make it (a teacher's restore was refused as "het auditlog inzien", a review).
    /// A copy checked before it is named: its own log says what the check was for ("teruggezet uit
    /// …", the file a restore put back: a restored database's log held no line of its restore, so
    /// "since when is this the database?" had no answer, a review).
    public func verify(copyFor action: AccessPolicy.Action, from source: String) throws -> VerifyReport {
        try session.require(action)
        let purpose = action == .restore ? "teruggezet uit \(source)" : "reservekopie \(source)"
        return try verify(purpose: purpose)
    }

    public func verify(
        key: CheckpointKey.Public? = nil, kept: [Checkpoint] = [], record: Bool = true, purpose: String? = nil
    ) throws -> VerifyReport {
        try session.require(.readAudit)
        // The checks that need nothing from the replay run beside it, on a second connection
        // and core: the database's own checks, the search indexes, every dossier's chain and the
        // evidence. They read a moment later than the replay; each holds on its own.
        let side = ParallelWork { () throws -> VerifyReport in
            var side = VerifyReport()
            side.integrity = try session.storage.indexProblems()
            try session.read { r in
                side.integrity += try r.integrityProblems()
                try walkDossiers(r, &side)
                try r.forEachEvidence { sha, bytes in
                    if DossierChain.sha256Hex(bytes) != sha { side.evidence.append(sha) }
                }
            }
            return side
        }
        var report = VerifyReport()
        try session.read { r in
            // The entry table as a digest per dossier: a million rows need not be held to be checked.
            var ledger = Ledger(entries: .digest)
            var expectedSeq: Int64 = 1
            var prev = DossierChain.genesis
            var maxAuditSeq: Int64 = 0
            var last: Ledger.StoredEvent?
            var written: [AuditMatch.Written] = []
            try r.forEachEvent { e in
                last = e
                written.append(.init(seq: e.seq, auditSeq: e.auditSeq, kind: e.kind))
                report.events += 1
                if report.eventBreak == nil {
                    if e.seq != expectedSeq {
                        report.eventBreak = .init(seq: expectedSeq, reason: .missing)
                    } else if e.prevHash != prev {
                        report.eventBreak = .init(seq: e.seq, reason: .brokenLink)
                    } else if e.expectedHash != e.hash {
                        report.eventBreak = .init(seq: e.seq, reason: .altered)
                    }
                }
                expectedSeq = e.seq + 1
                prev = e.hash
                maxAuditSeq = max(maxAuditSeq, e.auditSeq)
                report.head = ChainHead(seq: e.seq, hash: e.hash)
                ledger.apply(e)
            }
            report.problems = ledger.problems
            // A purge dated ahead of now: the clock was set forward for it, and not back since.
            if let purge = ledger.lastPurge, let at = Timestamp(iso: purge.at),
                at.seconds - session.clock.now().seconds > Ledger.clockSlack
            {
                report.problems.append(
                    .init(
                        seq: purge.seq,
                        message: Phrase(
                            "de opschoning in gebeurtenis \(purge.seq) is gedateerd \(at.dutch()), na nu: de klok stond bij die opschoning vooruit, en het dossier kan zijn opgeschoond vóór zijn bewaartermijn voorbij was",
                            "the purge in event \(purge.seq) is dated \(at.dutch()), after now: the clock was ahead at that purge, and the dossier may have been purged before its retention ended"
                        )))
            }
            for table in DerivedTable.allCases {
                let d =
                    ledger.keepsDigest(of: table)
                    ? try compareDigest(table, ledger.digest(of: table), key: ledger.digestKey, r)
                    : try compare(table, ledger.expected(table), r)
                if let d { report.differences.append(d) }
            }
            let sequences = try r.sequences()
            for (name, drawn) in ledger.highestDrawn.sorted(by: { $0.key < $1.key })
            where (sequences[name] ?? 0) < drawn {
                report.sequences.append(.init(name: name, last: sequences[name] ?? 0, drawn: drawn))
            }
            // The checkpoint to hold against the chains: one the board kept outside, if newer,
            // else the latest in the chain signed by this key.
            // One whose signature is not its key's counts for nothing, and is told.
            report.falseCheckpoints = ledger.checkpoints.filter { !$0.checkpoint.isSignedByItsKey }
            let inChain = ledger.checkpoints.last {
                $0.checkpoint.publicKey == key?.base64 && $0.checkpoint.isSignedByItsKey
            }
            let outside = kept.filter { $0.publicKey == key?.base64 }.max { $0.event.seq < $1.event.seq }
            let chosen: (Int64?, Checkpoint)? =
                if let outside, outside.event.seq > inChain?.checkpoint.event.seq ?? -1 { (nil, outside) } else {
                    inChain.map { ($0.seq, $0.checkpoint) }
                }
            var match = AuditMatch(written)
            var signings: [Int64: String] = [:]
            let audits = try walkAudit(
                r, &report,
                remember: Set(
                    ledger.checkpoints.map(\.checkpoint.audit.seq) + kept.map(\.audit.seq)
                        + [chosen?.1.audit.seq ?? 0, maxAuditSeq]),
                match: &match, signings: &signings)
            // Each signing's line stands for a checkpoint that signed the log up to it.
            let signedAt = Set(ledger.checkpoints.map(\.checkpoint.audit.seq))
            report.removedCheckpoints = signings.keys.filter { !signedAt.contains($0) }.sorted()
            let auditHash = chosen.flatMap { audits[$0.1.audit.seq]?.hash }
            if report.auditRecords < maxAuditSeq { report.auditCut = (maxAuditSeq, Int64(report.auditRecords)) }
            // An event's audit_seq is the log's length when it was written, its write's line
            // mostly after it: unless the last line stands for the last event (a signing writes its
            // line first), the line after it must be there, or the log's end was cut (a review
            // cut the last write's line, and `verify` said "alles klopt").
            if let last, report.auditCut == nil, Int64(report.auditRecords) == maxAuditSeq,
                !Self.standsFor(audits[maxAuditSeq], last)
            {
                report.auditCut = (maxAuditSeq + 1, Int64(report.auditRecords))
            }
            // Every write's line, where the log is whole up to it (a cut is told as such).
            if report.auditCut == nil, report.auditBreak == nil { report.auditUnmatched = match.finish() }
            // The hash of a checkpoint's event, read once (the chosen checkpoint's is asked twice).
            var eventHashes: [Int64: String?] = [0: DossierChain.genesis]
            func eventHash(_ seq: Int64) throws -> String? {
                if let known = eventHashes[seq] { return known }
                let hash = try r.event(seq: seq)?.hash
                eventHashes[seq] = hash
                return hash
            }
            for (seq, c, _) in ledger.checkpoints {
                let event = try eventHash(c.event.seq)
                let audit = c.audit.seq == 0 ? c.audit.hash : audits[c.audit.seq]?.hash
                var access: String? = nil
                var accessDiffers = false
                if let signed = c.access, signed.seq > 0 {
                    access = try r.accessLineHash(seq: signed.seq)
                    accessDiffers = access != signed.hash
                }
                guard event != c.event.hash || audit != c.audit.hash || accessDiffers else { continue }
                report.contradictedCheckpoints.append(
                    .init(
                        seq: seq, checkpoint: c, event: event == c.event.hash ? .none : .some(event),
                        audit: audit == c.audit.hash ? .none : .some(audit),
                        access: accessDiffers ? .some(access) : .none))
            }
            if let key {
                // A kept line of another key (one the board signed with before a change of keys) is
                // held with the key it names: passed over, a rewrite read "alles klopt" (a review).
                for c in kept {
                    let accessHash = try c.access.flatMap { try r.accessLineHash(seq: $0.seq) }
                    report.keptCheckpoints.append(
                        CheckpointFinding.check(
                            c, heldBy: nil, key: c.publicKey == key.base64 ? key : c.ownKey ?? key,
                            eventHash: try eventHash(c.event.seq),
                            auditHash: c.audit.seq == 0 ? c.audit.hash : audits[c.audit.seq]?.hash,
                            accessHash: accessHash, head: report.head, auditLines: Int64(report.auditRecords)))
                }
                if let (heldBy, c) = chosen {
                    let eventHash = try eventHash(c.event.seq)
                    let accessHash = try c.access.flatMap { try r.accessLineHash(seq: $0.seq) }
                    report.checkpoint = CheckpointFinding.check(
                        c, heldBy: heldBy, key: key, eventHash: eventHash, auditHash: auditHash,
                        accessHash: accessHash, head: report.head, auditLines: Int64(report.auditRecords))
                } else {
                    // Never signed with this key, by the log's own lines: no finding, but said.
                    let signed = signings.values.contains("key=\(key.base64)")
                    report.checkpoint = CheckpointFinding(
                        verdict: signed ? .none : .neverSigned, checkpoint: nil, heldBy: nil,
                        unsigned: report.head.seq, unsignedAudit: Int64(report.auditRecords),
                        otherKeys: Set(signings.values.filter { $0 != "key=\(key.base64)" }).count)
                }
            }
        }
        let found = try side.result()
        report.integrity = found.integrity
        report.dossiers = found.dossiers
        report.entries = found.entries
        report.breaks = found.breaks
        report.evidence = found.evidence
        if record {
            let verdict = report.isSound ? "ok" : "broken"
            try session.auditRead("verify", detail: purpose.map { "\(verdict), \($0)" } ?? verdict)
        }
        return report
    }

    /// The first row where the store and the replayed events part ways.
    func compare(_ table: DerivedTable, _ expected: [(row: DerivedRow, event: Int64)], _ r: any StorageReader) throws
        -> VerifyReport.RowDifference?
    {
        var i = 0
        var found: VerifyReport.RowDifference?
        let keyLength = max(1, table.keyLength)
        func key(_ row: DerivedRow) -> [String] { row.prefix(keyLength).map { $0 ?? "NULL" } }
        try r.forEachDerivedRow(table) { row in
            guard found == nil else { return }
            if i < expected.count, expected[i].row == row {
                i += 1
                return
            }
            if i < expected.count, key(expected[i].row) == key(row), table.keyLength > 0 {
                let column = zip(table.columns, zip(expected[i].row, row)).first { $0.1.0 != $0.1.1 }?.0
                found = .init(table: table, key: key(row), kind: .changed, column: column, event: expected[i].event)
            } else if i >= expected.count || table.precedes(row, expected[i].row) || table.keyLength == 0 {
                found = .init(table: table, key: key(row), kind: .extra, column: nil, event: nil)
            } else {
                found = .init(
                    table: table, key: key(expected[i].row), kind: .missing, column: nil, event: expected[i].event)
            }
        }
        if found == nil, i < expected.count {
            found = .init(
                table: table, key: key(expected[i].row), kind: .missing, column: nil, event: expected[i].event)
        }
        return found
    }

    /// A table kept as a digest (the entries, and the rows that are only ever added) against the
    /// events: only when the digests differ are the events replayed again with every row, to
    /// name the first row that differs.
    func compareDigest(_ table: DerivedTable, _ expected: RowDigest, key: DigestKey, _ r: any StorageReader) throws
        -> VerifyReport.RowDifference?
    {
        var actual = RowDigest()
        try r.forEachDerivedRow(table) { actual += RowDigest($0, key: key) }
        guard actual != expected else { return nil }
        var ledger = Ledger(entries: .rows)
        try r.forEachEvent { ledger.apply($0) }
        return try compare(table, ledger.expected(table), r)
            ?? .init(table: table, key: [], kind: .changed, column: nil, event: nil)
    }

    /// Every dossier's own chain: each entry's text against its hash, and the links.
    func walkDossiers(_ r: any StorageReader, _ report: inout VerifyReport) throws {
        var starts: [PersonID: (Int64, String)] = [:]
        for t in try r.tombstones() { starts[t.dossierID] = (t.lastSeq + 1, t.lastHash) }
        var current: PersonID?
        var walker = DossierChain.Walker()
        var broken = false
        try r.forEachEntry { e in
            if e.dossierID != current {
                current = e.dossierID
                let start = starts[e.dossierID] ?? (1, DossierChain.genesis)
                walker = DossierChain.Walker(prev: start.1, nextSeq: start.0)
                broken = false
                report.dossiers += 1
            }
            report.entries += 1
            if !broken, let reason = walker.check(e) {
                report.breaks.append(.init(dossier: e.dossierID, entry: e, reason: reason))
                broken = true
            }
        }
    }

    /// Whether an audit line is the one a write made for this event: of its time, and of an action
    /// that stands for its kind (AuditTrail.events).
    static func standsFor(_ line: AuditRecord?, _ e: Ledger.StoredEvent) -> Bool {
        guard let line, line.at.iso == e.at, let kind = EventKind(rawValue: e.kind) else { return false }
        return AuditTrail.allows(line.action, kind)
    }

    /// The audit log walked and checked; the lines asked for, by number. `match`: the events' writes,
    /// each matched to its line as the log is walked.
    func walkAudit(
        _ r: any StorageReader, _ report: inout VerifyReport, remember: Set<Int64> = [], match: inout AuditMatch,
        signings: inout [Int64: String]
    ) throws -> [Int64: AuditRecord] {
        var remembered: [Int64: AuditRecord] = [:]
        var prev = DossierChain.genesis
        try r.forEachAudit { a in
            report.auditRecords += 1
            if a.action == "checkpoint.sign" { signings[Int64(report.auditRecords)] = a.detail }
            match.line(a, at: Int64(report.auditRecords))
            if remember.contains(Int64(report.auditRecords)) { remembered[Int64(report.auditRecords)] = a }
            if report.auditBreak == nil {
                if a.prevHash != prev {
                    report.auditBreak = (a, .brokenLink)
                } else if a.expectedHash != a.hash {
                    report.auditBreak = (a, .alteredEntry)
                }
            }
            prev = a.hash
        }
        return remembered
    }
}
