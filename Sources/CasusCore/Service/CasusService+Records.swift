/// A dossier as its owner's timeline, with corrections beside what they correct.
public struct DossierView: Sendable {
    public var person: Person
    public var entries: [DossierEntry]
    /// entry id → the corrections that point at it.
    public var corrections: [EntryID: [DossierEntry]]
    public var tombstones: [Tombstone]

    public var isStaffDossier: Bool { person.kind.isPersonnel }
}

/// What `casus verify` found.
public struct VerifyReport: Sendable {
    public struct ChainBreak: Sendable {
        public var dossier: PersonID
        public var entry: DossierEntry
        public var reason: DossierChain.Break
    }

    public struct Truncation: Sendable {
        public var dossier: PersonID
        /// The last seq the audit log saw appended.
        public var audited: Int64
        /// The last seq the dossier holds.
        public var present: Int64
    }

    public var dossiers = 0
    public var entries = 0
    public var breaks: [ChainBreak] = []
    public var truncations: [Truncation] = []
    public var auditRecords = 0
    public var auditBreak: (record: AuditRecord, reason: DossierChain.Break)?
    public var integrity: [String] = []

    public var isSound: Bool { breaks.isEmpty && truncations.isEmpty && auditBreak == nil && integrity.isEmpty }
}

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
            throw CasusError.invalid("bewaartermijnen zijn niet negatief", "retention periods are not negative", at: file)
        }
        return p
    }
}

public struct RetentionItem: Sendable, Hashable {
    public var person: Person
    public var entries: Int
    public var dueSince: LocalDate
}

extension CasusService {
    // MARK: Dossiers

    /// A whole dossier, for its timeline or `dossier show`. Reading it is audited.
    public func dossier(_ person: PersonID) throws -> DossierView {
        let view = try storage.read { r -> DossierView in
            guard let p = try r.person(id: person), AccessPolicy.maySeeDossier(of: p, actor: actor),
                  p.kind == .pupil || p.kind.isPersonnel
            else { throw CasusService.noSuchDossier(person) }
            let entries = try r.entries(dossier: person, offset: 0, limit: Int.max)
            var corrections: [EntryID: [DossierEntry]] = [:]
            for e in entries where e.corrects != nil { corrections[e.corrects!, default: []].append(e) }
            return DossierView(person: p, entries: entries, corrections: corrections,
                               tombstones: try r.tombstones().filter { $0.dossierID == person })
        }
        try storage.write { w in try audit(w, "dossier.read", person: person, detail: "\(view.entries.count) stukken") }
        return view
    }

    static func noSuchDossier(_ id: PersonID) -> CasusError {
        CasusError.notFound("dossier \(id) bestaat niet (of u mag het niet zien)", "dossier \(id) does not exist (or you may not see it)",
                            hint: Phrase("Een dossier hoort bij een leerling of een medewerker; `casus people list` toont de nummers.",
                                         "A dossier belongs to a pupil or an employee; `casus people list` shows the ids."))
    }

    /// A note in a dossier that belongs to no case: an IB's care note, a director's note.
    @discardableResult
    public func addDossierEntry(person: PersonID, kind: EntryKind, title: String?, body: String,
                                corrects: EntryID? = nil, evidence: [EvidenceFile] = []) throws -> DossierEntry {
        try AccessPolicy.require(actor, kind == .care ? .careNote : .correspond)
        guard [.note, .care, .correction, .email, .phone].contains(kind) else {
            throw CasusError(.usage, Phrase("zonder zaak kan alleen een notitie, zorgnotitie, e-mail of telefoonnotitie",
                                            "without a case only a note, care note, e-mail or phone note"))
        }
        if kind == .correction, corrects == nil {
            throw CasusError.invalid("een correctie wijst het stuk aan dat zij corrigeert (--corrects ID)",
                                     "a correction names the entry it corrects (--corrects ID)")
        }
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CasusError.invalid("een stuk zonder tekst wordt niet opgeslagen", "an entry without text is not saved") }
        let now = clock.now()
        return try storage.write { w in
            guard let p = try w.person(id: person), AccessPolicy.maySeeDossier(of: p, actor: actor),
                  p.kind == .pupil || p.kind.isPersonnel
            else { throw CasusService.noSuchDossier(person) }
            if kind == .care, p.kind != .pupil {
                throw CasusError.refused("een zorgnotitie hoort in een leerlingdossier", "a care note belongs in a pupil's dossier")
            }
            if let corrects {
                guard let old = try w.entry(id: corrects), old.dossierID == person else {
                    throw CasusError.notFound("stuk \(corrects) staat niet in dit dossier", "entry \(corrects) is not in this dossier")
                }
            }
            let draft = EntryDraft(kind: kind, title: title?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty ?? kind.label.nl.capitalizedFirst,
                                   body: text, caseID: nil, corrects: corrects, evidence: evidence)
            return try appendEntry(w, draft, to: person, at: now)
        }
    }

    /// An evidence file from the store, checked against its SHA-256. Reading it is audited.
    public func evidence(_ sha256: String) throws -> EvidenceFile {
        try AccessPolicy.require(actor, .correspond)
        guard let file = try storage.read({ try $0.evidence(sha256: sha256) }) else {
            throw CasusError.notFound("bewijsstuk \(sha256) bestaat niet", "evidence \(sha256) does not exist")
        }
        guard file.sha256 == sha256 else {
            throw CasusError(.storage, Phrase("bewijsstuk \(sha256) is veranderd: de SHA-256 klopt niet meer",
                                              "evidence \(sha256) has changed: its SHA-256 no longer matches"))
        }
        try storage.write { w in try audit(w, "evidence.read", detail: sha256) }
        return file
    }

    // MARK: Search

    /// Everything the role may see that matches the words, entries and case summaries.
    public func search(_ text: String, limit: Int = 200) throws -> [SearchHit] {
        guard actor.role != .teacher else { throw CasusError.refused("leerkrachten doen meldingen; zoeken in dossiers hoort daar niet bij",
                                                                     "teachers file reports; searching dossiers is not part of that") }
        let query = SearchQuery(scope: scope, text: text, limit: limit)
        guard !SearchQuery.words(text).isEmpty else { return [] }
        // Grouped by person, then case (its summary first), then time.
        let hits = try storage.read { try $0.search(query) }.sorted {
            ($0.personName, $0.person, $0.caseNumber ?? "", $0.source == .caseSummary ? 0 : 1, $0.at)
                < ($1.personName, $1.person, $1.caseNumber ?? "", $1.source == .caseSummary ? 0 : 1, $1.at)
        }
        try storage.write { w in try audit(w, "search", detail: String(text.prefix(80))) }
        return hits
    }

    // MARK: Audit

    public func auditLog(person: PersonID? = nil, limit: Int = 1000) throws -> [AuditRecord] {
        try AccessPolicy.require(actor, .readAudit)
        if let person { _ = try self.person(person) }
        return try storage.read { try $0.audit(person: person, offset: 0, limit: limit) }
    }

    // MARK: Verify

    /// Walks every dossier chain and the audit chain, cross-checks the audit log for lost tails,
    /// and runs the database's own integrity check.
    public func verify() throws -> VerifyReport {
        try AccessPolicy.require(actor, .readAudit)
        var report = VerifyReport()
        try storage.read { r in
            report.integrity = try r.integrityProblems()
            var starts: [PersonID: (Int64, String)] = [:]
            for t in try r.tombstones() { starts[t.dossierID] = (t.lastSeq + 1, t.lastHash) }
            var current: PersonID?
            var walker = DossierChain.Walker()
            var broken = false
            var lastSeq: [PersonID: Int64] = [:]
            try r.forEachEntry { e in
                if e.dossierID != current {
                    current = e.dossierID
                    let start = starts[e.dossierID] ?? (1, DossierChain.genesis)
                    walker = DossierChain.Walker(prev: start.1, nextSeq: start.0)
                    broken = false
                    report.dossiers += 1
                }
                report.entries += 1
                lastSeq[e.dossierID] = e.seq
                if !broken, let reason = walker.check(e) {
                    report.breaks.append(.init(dossier: e.dossierID, entry: e, reason: reason))
                    broken = true
                }
            }
            for (dossier, start) in starts where lastSeq[dossier] == nil { lastSeq[dossier] = start.0 - 1 }
            var prev = DossierChain.genesis
            var audited: [PersonID: Int64] = [:]
            try r.forEachAudit { a in
                report.auditRecords += 1
                if report.auditBreak == nil {
                    if a.prevHash != prev {
                        report.auditBreak = (a, .brokenLink)
                    } else if a.expectedHash != a.hash {
                        report.auditBreak = (a, .alteredEntry)
                    }
                }
                prev = a.hash
                if a.action == "entry.append", let person = a.personID,
                   let n = a.detail.split(separator: " ").first(where: { $0.hasPrefix("seq=") }).flatMap({ Int64($0.dropFirst(4)) }) {
                    audited[person] = max(audited[person] ?? 0, n)
                }
            }
            for (dossier, n) in audited.sorted(by: { $0.key < $1.key }) where (lastSeq[dossier] ?? 0) < n {
                report.truncations.append(.init(dossier: dossier, audited: n, present: lastSeq[dossier] ?? 0))
            }
        }
        try storage.write { w in try audit(w, "verify", detail: report.isSound ? "ok" : "broken") }
        return report
    }

    // MARK: Retention

    public func retentionDue(policy: RetentionPolicy = .standard) throws -> [RetentionItem] {
        try AccessPolicy.require(actor, .purge)
        let today = self.today
        let pupilCutoff = LocalDate(year: today.year - policy.pupilYears, month: today.month, day: min(today.day, 28))
        let staffCutoff = LocalDate(year: today.year - policy.staffYears, month: today.month, day: min(today.day, 28))
        return try storage.read { r in
            try r.retentionDue(pupilsLeftBefore: pupilCutoff, staffLeftBefore: staffCutoff)
                .filter { scope.schoolID == nil || $0.0.schoolID == scope.schoolID }
                .map { p, n in
                    let years = p.kind == .pupil ? policy.pupilYears : policy.staffYears
                    let left = p.leftOn!
                    return RetentionItem(person: p, entries: n, dueSince: LocalDate(year: left.year + years, month: left.month, day: min(left.day, 28)))
                }
        }
    }

    /// Purges every dossier whose retention period has passed; each leaves a tombstone.
    public func purge(policy: RetentionPolicy = .standard) throws -> [Tombstone] {
        let due = try retentionDue(policy: policy)
        let now = clock.now()
        return try storage.write { w in
            try due.map { item in
                let t = try w.purge(dossier: item.person.id, at: now, by: actor.account,
                                    reason: "bewaartermijn verstreken sinds \(item.dueSince.dutch)")
                try audit(w, "dossier.purge", person: item.person.id, detail: "\(t.entryCount) stukken; laatste hash \(t.lastHash)", at: now)
                return t
            }
        }
    }

    /// Records that a pupil left the school or an employee's employment ended: the retention clock starts.
    public func setLeft(_ person: PersonID, on date: LocalDate?) throws {
        try AccessPolicy.require(actor, .managePeople)
        try storage.write { w in
            guard var p = try w.person(id: person), scope.schoolID == nil || p.schoolID == scope.schoolID else {
                throw CasusError.notFound("persoon \(person) bestaat niet", "person \(person) does not exist")
            }
            p.leftOn = date
            try w.update(person: p)
            try audit(w, "person.left", person: person, detail: date?.iso ?? "-")
        }
    }
}
