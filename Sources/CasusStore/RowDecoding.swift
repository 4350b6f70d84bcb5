import CasusCore
import GRDB

/// Maps rows to domain values. Kept by hand (not Codable records) so the domain types stay
/// free of GRDB and the SQL stays visible.
extension Person {
    static let columns = "p.id, p.school_id, p.kind, p.first_name, p.infix, p.last_name, p.grp, p.function, p.external_id, p.birth_date, p.left_on"

    init(row: Row) {
        self.init(id: row[0], schoolID: row[1], kind: PersonKind(rawValue: row[2]) ?? .pupil, firstName: row[3],
                  infix: row[4], lastName: row[5], group: row[6], function: row[7], externalID: row[8],
                  birthDate: (row[9] as String?).flatMap(LocalDate.init(iso:)),
                  leftOn: (row[10] as String?).flatMap(LocalDate.init(iso:)))
    }
}

extension Incident {
    static let columns = "i.id, i.school_id, i.reported_at, i.summary, i.platform, i.status, i.reporter_name, i.dismissed_reason"

    init(row: Row) {
        self.init(id: row[0], schoolID: row[1], reportedAt: Timestamp(iso: row[2]) ?? Timestamp(seconds: 0),
                  summary: row[3], platform: row[4], status: IncidentStatus(rawValue: row[5]) ?? .new,
                  reporterName: row[6], dismissedReason: row[7])
    }
}

extension Case {
    static let columns = """
    c.id, c.school_id, c.number, c.incident_id, c.subject_id, c.dossier_id, c.profile_id, c.severity,
    c.criminal, c.crossing, c.meldplicht, c.status, c.summary, c.opened_at, c.closed_at, c.close_reason, c.rung,
    (SELECT group_concat(article_id, ',') FROM (SELECT article_id FROM case_article WHERE case_id = c.id ORDER BY position))
    """

    init(row: Row) {
        let articles = (row[17] as String?)?.split(separator: ",").map(String.init) ?? []
        self.init(id: row[0], schoolID: row[1], number: row[2], incidentID: row[3], subjectID: row[4],
                  dossierID: row[5], profileID: row[6], articles: articles,
                  severity: Severity(rawValue: row[7]) ?? .medium,
                  flags: CaseFlags(criminal: row[8], crossing: row[9], meldplicht: row[10]),
                  status: CaseStatus(rawValue: row[11]) ?? .open, summary: row[12],
                  openedAt: Timestamp(iso: row[13]) ?? Timestamp(seconds: 0),
                  closedAt: (row[14] as String?).flatMap(Timestamp.init(iso:)), closeReason: row[15],
                  rung: (row[16] as String?).flatMap(Rung.init(rawValue:)))
    }
}

extension Step {
    static let columns = "id, case_id, rung, detail, at, on_date, days, start_date, end_date, reason, justification, actor"

    init(row: Row) {
        self.init(id: row[0], caseID: row[1], rung: Rung(rawValue: row[2]) ?? .warning, detail: row[3],
                  at: Timestamp(iso: row[4]) ?? Timestamp(seconds: 0),
                  date: LocalDate(iso: row[5]) ?? LocalDate(year: 1970, month: 1, day: 1), days: row[6],
                  startDate: (row[7] as String?).flatMap(LocalDate.init(iso:)),
                  endDate: (row[8] as String?).flatMap(LocalDate.init(iso:)), reason: row[9],
                  justification: row[10], actor: row[11])
    }
}

extension Obligation {
    static let columns = "id, case_id, kind, due, note, for_others, done_at, done_by, entry_id"

    /// nil for a kind this version does not know (written by a newer casus): skipped, not guessed.
    init?(row: Row) {
        guard let kind = ObligationKind(rawValue: row[2]), let due = LocalDate(iso: row[3]) else { return nil }
        self.init(id: row[0], caseID: row[1], kind: kind, due: due, note: row[4], isDeadlineForOthers: row[5],
                  doneAt: (row[6] as String?).flatMap(Timestamp.init(iso:)), doneBy: row[7], entryID: row[8])
    }
}

extension DossierEntry {
    static let columns = """
    e.id, e.dossier_id, e.seq, e.kind, e.title, e.body, e.author, e.author_name, e.at, e.case_id,
    (SELECT number FROM "case" WHERE id = e.case_id), e.corrects, e.heard, e.evidence, e.prev_hash, e.hash
    """

    /// Decodes leniently: a row changed behind casus's back must still be shown to `verify`,
    /// which then finds the hash no longer matches.
    init(row: Row) {
        let heard = (row[12] as String).split(separator: ",").compactMap { HeardParty(rawValue: String($0)) }
        let evidence = (row[13] as String).split(separator: ",").map(String.init)
        self.init(id: row[0], dossierID: row[1], seq: row[2], kind: EntryKind(rawValue: row[3]) ?? .note,
                  title: row[4], body: row[5], author: row[6], authorName: row[7],
                  at: Timestamp(iso: row[8]) ?? Timestamp(seconds: 0), caseID: row[9], caseNumber: row[10],
                  corrects: row[11], heard: heard, evidence: evidence, prevHash: row[14], hash: row[15])
    }
}
