import CasusCore

/// Rows of the server's functions as domain values, by column name (the same names as SQLite's
/// columns, RowDecoding.swift). Lenient where verify must still see a row changed behind casus's
/// back.
extension PGRow {
    func date(_ column: String) -> LocalDate? { text(column).flatMap(LocalDate.init(iso:)) }
    func time(_ column: String) -> Timestamp? { text(column).flatMap(Timestamp.init(iso:)) }

    /// "Sanne de Vries" from the three name columns.
    var name: String {
        [string("first_name"), string("infix"), string("last_name")].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension School {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), name: r.string("name"), protocolID: r.string("protocol_id"), town: r.string("town"),
            isDemo: r.bool("demo"))
        sector = Sector(rawValue: r.string("sector")) ?? .po
        denomination = Denomination(rawValue: r.string("denomination")) ?? .bijzonder
        isLegalRecordSet = r.bool("legal_set")
        boardName = r.string("board_name")
        boardAddress = r.string("board_address")
        address = r.string("address")
        region = r.text("region").flatMap(Region.init(rawValue:))
    }
}

extension Closure {
    /// nil for a row this version cannot read (written by a newer casus): skipped, not guessed.
    init?(pg r: PGRow) {
        guard let first = r.date("first"), let last = r.date("last"),
            let kind = ClosureKind(rawValue: r.string("kind")), let source = ClosureSource(rawValue: r.string("source"))
        else { return nil }
        self.init(
            id: r.id("id"), schoolID: r.id("school_id"), first: first, last: last, reason: r.string("reason"),
            kind: kind, source: source)
    }
}

extension LetterSending {
    /// nil for a way of sending this version does not know (written by a newer casus).
    init?(pg r: PGRow) {
        guard let on = r.date("sent_on"), let via = SendMethod(rawValue: r.string("via")) else { return nil }
        self.init(
            entryID: r.id("entry_id"), dossierID: r.id("dossier_id"), caseID: r.int64("case_id"), on: on, via: via,
            recordedAt: r.time("recorded_at") ?? Timestamp(seconds: 0), recordedBy: r.string("recorded_by"))
    }
}

extension CaseFact {
    /// nil for a kind this version does not know (written by a newer casus).
    init?(pg r: PGRow) {
        guard let kind = FactKind(rawValue: r.string("kind")), let date = r.date("on_date") else { return nil }
        self.init(
            id: r.id("id"), caseID: r.id("case_id"), kind: kind, date: date, value: r.string("value"),
            note: r.string("note"), at: r.time("at") ?? Timestamp(seconds: 0), actor: r.string("actor"),
            entryID: r.int64("entry_id"))
    }
}

extension User {
    init(pg r: PGRow) {
        self.init(
            account: r.string("account"), personID: r.int64("person_id"),
            role: Role(rawValue: r.string("role")) ?? .teacher, schoolID: r.int64("school_id"))
    }
}

extension Person {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), schoolID: r.id("school_id"), kind: PersonKind(rawValue: r.string("kind")) ?? .pupil,
            firstName: r.string("first_name"), infix: r.string("infix"), lastName: r.string("last_name"),
            group: r.text("grp"), function: r.text("function"), externalID: r.text("external_id"),
            birthDate: r.date("birth_date"), leftOn: r.date("left_on"),
            // Reads that name their columns (a dossier list, an incident's people) leave the address out.
            salutation: r.has("salutation") ? Salutation(rawValue: r.string("salutation")) ?? .onbekend : .onbekend,
            address: r.has("street")
                ? PostalAddress(street: r.string("street"), postcode: r.string("postcode"), town: r.string("town"))
                : .none)
    }

    /// A row of `roster` or `roster_by_id`: names, group and kind, nothing else of the person.
    init(rosterRow r: PGRow) {
        self.init(
            id: r.id("id"), schoolID: r.id("school_id"), kind: PersonKind(rawValue: r.string("kind")) ?? .pupil,
            firstName: r.string("first_name"), infix: r.text("infix") ?? "", lastName: r.string("last_name"),
            group: r.text("grp"))
    }
}

extension Incident {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), schoolID: r.id("school_id"), reportedAt: r.time("reported_at") ?? Timestamp(seconds: 0),
            summary: r.string("summary"), platform: r.text("platform"),
            status: IncidentStatus(rawValue: r.string("status")) ?? .new, reporterName: r.text("reporter_name"),
            dismissedReason: r.text("dismissed_reason"),
            happenedOn: r.text("happened_on").flatMap(LocalDate.init(iso:)),
            reportedBy: r.text("reported_by"))
        casesClosed = r.bool("cases_closed")
    }
}

extension IncidentRow {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), schoolID: r.id("school_id"), reportedAt: r.time("reported_at") ?? Timestamp(seconds: 0),
            summary: r.string("summary"), platform: r.text("platform"),
            status: IncidentStatus(rawValue: r.string("status")) ?? .new, subjects: r.string("subjects"),
            schoolName: r.string("school_name"), casesClosed: r.bool("cases_closed"))
    }
}

extension Case {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), schoolID: r.id("school_id"), number: r.string("number"), incidentID: r.id("incident_id"),
            subjectID: r.id("subject_id"), dossierID: r.id("dossier_id"), profileID: r.string("profile_id"),
            articles: (r.text("articles") ?? "").split(separator: ",").map(String.init),
            severity: Severity(rawValue: r.string("severity")) ?? .medium,
            flags: CaseFlags(
                criminal: r.bool("criminal"), crossing: r.bool("crossing"), meldplicht: r.bool("meldplicht"),
                dataBreach: r.bool("data_breach"), meldcode: r.bool("meldcode")),
            status: CaseStatus(rawValue: r.string("status")) ?? .open, summary: r.string("summary"),
            openedAt: r.time("opened_at") ?? Timestamp(seconds: 0), closedAt: r.time("closed_at"),
            closeReason: r.text("close_reason"), rung: r.text("rung").flatMap(Rung.init(rawValue:)),
            outcome: r.text("outcome").flatMap(CaseOutcome.init(rawValue:)))
    }
}

extension CaseRow {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), schoolID: r.id("school_id"), number: r.string("number"),
            status: CaseStatus(rawValue: r.string("status")) ?? .open, subjectName: r.name,
            subjectKind: PersonKind(rawValue: r.string("kind")) ?? .pupil, group: r.text("grp"),
            rung: r.text("rung").flatMap(Rung.init(rawValue:)),
            severity: Severity(rawValue: r.string("severity")) ?? .medium, summary: r.string("summary"),
            openedAt: r.time("opened_at") ?? Timestamp(seconds: 0), nextDue: r.date("next_due"),
            schoolName: r.string("school_name"), staffDossier: r.string("dossier_kind") == "staff",
            outcome: r.text("outcome").flatMap(CaseOutcome.init(rawValue:)))
    }
}

extension Step {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), caseID: r.id("case_id"), rung: Rung(rawValue: r.string("rung")) ?? .warning,
            detail: r.string("detail"), at: r.time("at") ?? Timestamp(seconds: 0),
            date: r.date("on_date") ?? LocalDate(year: 1970, month: 1, day: 1), days: r.int("days"),
            startDate: r.date("start_date"), endDate: r.date("end_date"), reason: r.string("reason"),
            justification: r.text("justification"), actor: r.string("actor"),
            phase: StepPhase(rawValue: r.string("phase")) ?? .decision)
    }
}

extension Obligation {
    /// nil for a kind this version does not know (written by a newer casus).
    init?(pg r: PGRow) {
        guard let kind = ObligationKind(rawValue: r.string("kind")), let due = r.date("due") else { return nil }
        self.init(
            id: r.id("id"), caseID: r.id("case_id"), kind: kind, due: due, note: r.string("note"),
            isDeadlineForOthers: r.bool("for_others"), doneAt: r.time("done_at"), doneBy: r.text("done_by"),
            entryID: r.int64("entry_id"), pausedFrom: r.date("paused_from"))
    }
}

extension DossierEntry {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), dossierID: r.id("dossier_id"), seq: r.id("seq"),
            kind: EntryKind(rawValue: r.string("kind")) ?? .note, title: r.string("title"), body: r.string("body"),
            author: r.string("author"), authorName: r.string("author_name"), at: r.time("at") ?? Timestamp(seconds: 0),
            caseID: r.int64("case_id"), caseNumber: r.text("case_number"), corrects: r.int64("corrects"),
            heard: r.string("heard").split(separator: ",").compactMap { HeardParty(rawValue: String($0)) },
            evidence: r.string("evidence").split(separator: ",").map(String.init), prevHash: r.string("prev_hash"),
            hash: r.string("hash"), salt: r.string("salt"))
    }
}

extension AuditRecord {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), at: r.time("at") ?? Timestamp(seconds: 0), account: r.string("account"),
            realAccount: r.text("real_account"), action: r.string("action"), personID: r.int64("person_id"),
            caseID: r.int64("case_id"), detail: r.string("detail"), prevHash: r.string("prev_hash"),
            hash: r.string("hash"))
    }
}

extension ServerRead {
    init(pg r: PGRow) {
        self.init(
            id: r.id("id"), at: r.time("at") ?? Timestamp(seconds: 0), account: r.string("account"),
            what: r.string("what"), personID: r.int64("person_id"), caseID: r.int64("case_id"),
            detail: r.string("detail"), caseNumber: r.text("case_number"))
    }
}

extension Tombstone {
    init(pg r: PGRow) {
        self.init(
            dossierID: r.id("dossier_id"), purgedAt: r.time("purged_at") ?? Timestamp(seconds: 0),
            purgedBy: r.string("purged_by"), entryCount: r.int("entry_count") ?? 0, lastSeq: r.id("last_seq"),
            lastHash: r.string("last_hash"), reason: r.string("reason"))
    }
}

extension Ledger.StoredEvent {
    init(pg r: PGRow) {
        self.init(
            seq: r.id("seq"), at: r.string("at"), account: r.string("account"), realAccount: r.text("real_account"),
            kind: r.string("kind"), dossier: r.int64("dossier_id"), auditSeq: r.id("audit_seq"),
            payload: r.bytes("payload"), prevHash: r.string("prev_hash"), hash: r.string("hash"))
    }
}
