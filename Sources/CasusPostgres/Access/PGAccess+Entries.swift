import CasusCore

/// Dossier entries, each read against a committed line in the access log (a ticket), chain
/// heads, the audit log, tombstones, evidence and retention.
extension PGAccess {
    func entries(dossier id: PersonID, offset: Int, limit: Int) throws -> [DossierEntry] {
        saw("entries:\(id)")
        guard let ticket = try dossierTicket(id) else { return [] }
        return try rows(
            "SELECT * FROM casus.entries_of_dossier($1, $2, $3, $4)",
            [.int(id), .int(offset), .int(limit), .int(ticket)]
        ).map(DossierEntry.init(pg:))
    }

    func countEntries(dossier id: PersonID) throws -> Int {
        saw("entries:\(id)")
        guard let ticket = try dossierTicket(id) else { return 0 }
        return try number("SELECT casus.count_entries($1, $2) AS n", [.int(id), .int(ticket)])
    }

    func entries(dossier id: PersonID, seqs: [Int64]) throws -> [DossierEntry] {
        saw("entries:\(id)")
        guard !seqs.isEmpty, let ticket = try dossierTicket(id) else { return [] }
        return try rows(
            "SELECT * FROM casus.entries_by_seq($1, $2, $3)",
            [.int(id), .text(PGArray.ints(seqs)), .int(ticket)]
        ).map(DossierEntry.init(pg:))
    }

    func timelineOutline(dossier id: PersonID) throws -> TimelineOutline {
        saw("entries:\(id)")
        guard let ticket = try dossierTicket(id),
            let r = try row("SELECT * FROM casus.timeline_outline($1, $2)", [.int(id), .int(ticket)]),
            let first = r.int64("first_seq"), let last = r.int64("last_seq")
        else { return .empty }
        var corrections: [Int64: Int64?] = [:]
        for pair in r.string("fixes").split(separator: ",") {
            let parts = pair.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let seq = Int64(parts[0]) else { continue }
            corrections[seq] = .some(Int64(parts[1]))
        }
        return TimelineOutline(firstSeq: first, lastSeq: last, corrections: corrections)
    }

    func caseEntries(case id: CaseID, newest: Int) throws -> CaseEntries {
        saw("case:\(id)")
        guard let ticket = try caseTicket(id) else { return .none }
        let answers = try conn.batch(Self.caseEntryCalls(id, ticket: ticket, newest: newest))
        return Self.caseEntries(answers[0], count: answers[1], newest: newest)
    }

    /// The two calls that read CaseEntries (alone, or among a case's parts).
    static func caseEntryCalls(_ id: CaseID, ticket: Int64, newest: Int) -> [PGCall] {
        [PGCall("case_entries", id, ticket, Int64(newest)), PGCall("case_entry_count", id, ticket)]
    }

    /// `case_entries` gives the newest entries and the older meetings and letters, by id: the
    /// newest are its last rows.
    static func caseEntries(_ rows: PGRows, count: PGRows, newest: Int) -> CaseEntries {
        let read = rows.map(DossierEntry.init(pg:))
        return CaseEntries(
            newest: Array(read.suffix(max(0, newest))), count: count.first.flatMap { $0.int("case_entry_count") } ?? 0,
            meetingsAndLetters: read.filter { CaseEntries.alwaysRead.contains($0.kind) })
    }

    func entry(id: EntryID) throws -> DossierEntry? {
        guard let ticket = try ticket("entry", id: id) else {
            saw("entries:*")
            return nil
        }
        let entry = try row("SELECT * FROM casus.entry_by_id($1, $2)", [.int(id), .int(ticket)])
            .map(DossierEntry.init(pg:))
        saw("entries:\(entry?.dossierID ?? 0)")
        return entry
    }

    /// The line for reading a list (`cases`, `reports`, `people`), kept by the storage for five
    /// minutes across transactions (PostgresStorage.listTicket).
    func listTicket(_ list: String) throws -> Int64 {
        try storage.listTicket(list)
    }

    /// A ticket for a read: a committed line in the access log. nil when the server says there
    /// is nothing there for this caller (it reads as not existing, as in SQLite).
    func ticket(_ what: String, id: Int64?, detail: String? = nil) throws -> Int64? {
        do {
            return try storage.ticket(what, id: id, detail: detail)
        } catch let error as CasusError where error.kind == .notFound {
            return nil
        }
    }

    /// The access-log line for reading a dossier (its entries, their count, its outline, its letter
    /// sendings): taken once per transaction and dossier. nil as `ticket`.
    func dossierTicket(_ id: PersonID) throws -> Int64? {
        if let known = dossierTickets[id] { return known }
        let ticket = try ticket("dossier", id: id)
        dossierTickets[id] = ticket
        return ticket
    }

    /// The access-log line for reading a report (its text, evidence and the people it names): taken
    /// once per transaction and report. The server logs it whether or not the report is there or
    /// the caller may read it (what follows shows only what they may), so there is always one.
    func reportTicket(_ id: IncidentID) throws -> Int64 {
        if let known = reportTickets[id] { return known }
        let ticket = try ticket("incident", id: id) ?? 0
        reportTickets[id] = ticket
        return ticket
    }

    /// The access-log line for reading a case's contents: taken once per transaction and case
    /// (the server takes it for ten minutes; a transaction is shorter). nil as `ticket`.
    func caseTicket(_ id: CaseID) throws -> Int64? {
        if let known = caseTickets[id] { return known }
        let ticket = try ticket("case", id: id)
        caseTickets[id] = ticket
        return ticket
    }

    func chainHead(dossier id: PersonID) throws -> ChainHead {
        Self.chainHead(try row("SELECT * FROM casus.chain_head($1)", [.int(id)]))
    }

    /// The dossier's head and a new entry id: as asked for ahead (`prepareEntrySlot`), else asked
    /// for now, in one round trip. For a dossier the caller may not read, `chain_head` refuses.
    func entrySlot(dossier id: PersonID) throws -> (head: ChainHead, id: EntryID) {
        // A slot asked for a case learns its dossier from the answer.
        if preparedSlot?.answered == false, preparedSlot?.dossier == nil { try conn.flush() }
        if preparedSlot?.dossier != id {
            preparedSlot = nil
            try prepareEntrySlot(dossier: id)
        }
        if preparedSlot?.answered == false { try conn.flush() }
        defer { preparedSlot = nil }
        guard let head = preparedSlot?.head, let entryID = preparedSlot?.id else {
            return (try chainHead(dossier: id), try nextID(.entry))
        }
        return (head, entryID)
    }

    /// Asks for the dossier's head and a new entry id with the transaction's next statement. The
    /// server answers nothing for a dossier the caller may not read: then `entrySlot` asks as
    /// usual, and is refused as usual. The id is drawn under the writers' lock, as every id is: a
    /// note holds it from its first round trip to its COMMIT, the next.
    func prepareEntrySlot(dossier id: PersonID) throws {
        try prepareSlot(.dossier(id), "SELECT * FROM casus.entry_slot($1)", id)
    }

    /// The same for the dossier of a case (`case_entry_slot`), before the case is read.
    func prepareEntrySlot(case id: CaseID) throws {
        try prepareSlot(.case(id), "SELECT * FROM casus.case_entry_slot($1)", id)
    }

    private func prepareSlot(_ asked: PreparedSlot.Asked, _ sql: String, _ id: Int64) throws {
        guard mode == .write, preparedSlot == nil else { return }
        var slot = PreparedSlot(asked: asked)
        if case let .dossier(d) = asked { slot.dossier = d }
        preparedSlot = slot
        try conn.enqueue(sql, [.int(id)]) { rows in
            // The answer for a slot given up for another dossier's is dropped.
            guard self.preparedSlot?.asked == asked else { return }
            self.preparedSlot?.answered = true
            guard let r = rows.first else { return }
            if case .case = asked { self.preparedSlot?.dossier = r.id("dossier") }
            self.preparedSlot?.head = Self.chainHead(r)
            self.preparedSlot?.id = r.id("id")
        }
        try lockTaken()
    }

    /// An IB's entry, linked by the server (`link_entry`), which answers its hash alone.
    func linkedHash(of entry: DossierEntry) throws -> String {
        try row(
            "SELECT casus.link_entry($1, $2, $3, $4) AS hash",
            [
                .int(entry.dossierID), .int(entry.seq), entry.caseID.map { .int($0) },
                .text(try PGJSON.object(PGEventTexts.entry(entry))),
            ])?.string("hash") ?? ""
    }

    private static func chainHead(_ r: PGRow?) -> ChainHead {
        ChainHead(seq: r?.id("seq") ?? 0, hash: r?.string("hash") ?? DossierChain.genesis)
    }

    func auditHead() throws -> ChainHead {
        if mode == .write { return try writeHeads().audit }
        return try currentHeads().audit
    }

    /// A server is where a personal database moves to, never moved away itself.
    func movedAway() throws -> AuditRecord? { nil }

    /// The server checks the same when the account is added (`user.added`).
    func formerHolder(ofAccount account: String) throws -> FormerHolder? {
        saw("users")
        // Person 0: another school's (`former_holder`), no one's to name.
        return try conn.row("SELECT * FROM casus.former_holder($1)", [.text(account)]).map {
            $0.int64("person_id") == 0
                ? FormerHolder(person: nil, until: Timestamp(seconds: 0), elsewhere: true)
                : FormerHolder(person: $0.int64("person_id"), until: $0.time("at") ?? Timestamp(seconds: 0))
        }
    }

    /// The audit log's lines, against the caller's line in the access log for reading it.
    func audit(person: PersonID?, before: Int64?, offset: Int, limit: Int) throws -> [AuditRecord] {
        try logLines("audit_lines", person: person, before: before, offset: offset, limit: limit).map(
            AuditRecord.init(pg:))
    }

    /// The server's log of reads, against the same line for reading it as the audit log's.
    func serverReads(person: PersonID?, before: Int64?, offset: Int, limit: Int) throws -> [ServerRead]? {
        try logLines("access_lines", person: person, before: before, offset: offset, limit: limit).map(
            ServerRead.init(pg:))
    }

    /// The log of reads' head, as a checkpoint signs it (`access_head`, the board's and a
    /// director's: those who sign and verify).
    func accessHead() throws -> ChainHead? {
        try row("SELECT * FROM casus.access_head()").map {
            ChainHead(seq: $0.id("seq") ?? 0, hash: $0.string("hash") ?? "")
        }
    }

    /// The hash of the log of reads' line `seq` (nil when there is none): what `verify --key`
    /// holds a checkpoint's access head to.
    func accessLineHash(seq: Int64) throws -> String? {
        try row("SELECT casus.access_line_hash($1) AS hash", [.int(seq)])?.string("hash")
    }

    /// A page of either log (`audit_lines`, `access_lines`), against the caller's line for reading it.
    private func logLines(_ function: String, person: PersonID?, before: Int64?, offset: Int, limit: Int) throws
        -> [PGRow]
    {
        saw("*")
        guard let ticket = try ticket("audit", id: person) else { return [] }
        return Array(
            try rows(
                "SELECT * FROM casus.\(function)($1, $2, $3, $4, $5)",
                [person.map { .int($0) }, before.map { .int($0) }, .int(offset), .int(limit), .int(ticket)]))
    }

    func tombstones() throws -> [Tombstone] {
        saw("*")
        return try rows("SELECT * FROM casus.tombstones()").map(Tombstone.init(pg:))
    }

    func tombstones(dossier id: PersonID) throws -> [Tombstone] {
        saw("entries:\(id)")
        return try rows("SELECT * FROM casus.tombstones($1)", [.int(id)]).map(Tombstone.init(pg:))
    }

    func evidence(sha256: String) throws -> EvidenceFile? {
        saw("*")
        guard let ticket = try ticket("evidence", id: nil, detail: sha256) else { return nil }
        return try row("SELECT * FROM casus.evidence_file($1, $2)", [.text(sha256), .int(ticket)]).map {
            EvidenceFile(name: $0.string("name"), bytes: $0.bytes("data"))
        }
    }

    func retentionDue(pupilsLeftBefore: LocalDate, staffLeftBefore: LocalDate) throws -> [(Person, Int)] {
        saw("*")
        return try rows(
            "SELECT * FROM casus.retention_due($1, $2, $3)",
            [.text(pupilsLeftBefore.iso), .text(staffLeftBefore.iso), .int(try listTicket("people"))]
        ).map { (Person(pg: $0), $0.int("entries") ?? 0) }
    }
}
