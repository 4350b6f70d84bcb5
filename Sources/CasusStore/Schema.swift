import GRDB

/// The casus schema, as versioned migrations. A migration, once shipped, never changes:
/// a later change is a new migration.
enum Schema {
    /// 'casu': marks a SQLite file as a casus database.
    static let applicationID: Int32 = 0x6361_7375

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-foundation", migrate: v1)
        m.registerMigration("v2-statistics", migrate: v2Statistics)
        m.registerMigration("v3-scoped-search", migrate: v3ScopedSearch)
        m.registerMigration("v4-overdue-index", migrate: v4OverdueIndex)
        m.registerMigration("v5-case-browse", migrate: v5CaseBrowse)
        m.registerMigration("v6-people-search", migrate: v6PeopleSearch)
        m.registerMigration("v7-chains-revision", migrate: v7ChainsAndRevision)
        m.registerMigration("v8-events", migrate: v8Events)
        m.registerMigration("v9-school-record", migrate: v9SchoolRecord)
        m.registerMigration("v10-letter-sent", migrate: v10LetterSent)
        m.registerMigration("v11-case-outcome", migrate: v11CaseOutcome)
        m.registerMigration("v13-incident-when", migrate: v13IncidentWhen)
        m.registerMigration("v14-founded-article-counts", migrate: v14FoundedArticleCounts)
        m.registerMigration("v15-person-address", migrate: v15PersonAddress)
        m.registerMigration("v16-person-count", migrate: v16PersonCount)
        m.registerMigration("v17-timeline-outline", migrate: v17TimelineOutline)
        m.registerMigration("v18-case-decisive-entries", migrate: v18CaseDecisiveEntries)
        m.registerMigration("v19-report-search", migrate: v19ReportSearch)
        m.registerMigration("v20-audit-person-index", migrate: v20AuditPersonIndex)
        m.registerMigration("v21-user-removed", migrate: v21UserRemoved)
        m.registerMigration("v22-person-key", migrate: v22PersonKey)
        m.registerMigration("v23-evidence-names", migrate: v23EvidenceNames)
        m.registerMigration("v24-entry-salt", migrate: v24EntrySalt)
        return m
    }

    /// v4: "te laat" lists and counts go straight to the few cases with a due date instead of
    /// walking every case (next_due is set only while an obligation is open).
    static func v4OverdueIndex(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX case_due ON \"case\"(next_due) WHERE next_due IS NOT NULL")
    }

    static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE school (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    town TEXT NOT NULL DEFAULT '',
                    protocol_id TEXT NOT NULL,
                    demo INTEGER NOT NULL DEFAULT 0
                );

                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    school_id INTEGER NOT NULL REFERENCES school(id),
                    kind TEXT NOT NULL CHECK (kind IN ('pupil','parent','staff','volunteer','intern')),
                    first_name TEXT NOT NULL,
                    infix TEXT NOT NULL DEFAULT '',
                    last_name TEXT NOT NULL,
                    grp TEXT,
                    function TEXT,
                    external_id TEXT,
                    birth_date TEXT,
                    left_on TEXT,
                    sort_name TEXT NOT NULL,
                    search_name TEXT NOT NULL
                );
                CREATE UNIQUE INDEX person_external ON person(school_id, kind, external_id) WHERE external_id IS NOT NULL;
                CREATE INDEX person_list ON person(school_id, kind, sort_name);
                CREATE INDEX person_sort ON person(sort_name);

                CREATE TABLE guardianship (
                    parent_id INTEGER NOT NULL REFERENCES person(id),
                    pupil_id INTEGER NOT NULL REFERENCES person(id),
                    PRIMARY KEY (parent_id, pupil_id)
                ) WITHOUT ROWID;
                CREATE INDEX guardianship_pupil ON guardianship(pupil_id);

                CREATE TABLE user (
                    account TEXT PRIMARY KEY,
                    person_id INTEGER REFERENCES person(id),
                    role TEXT NOT NULL CHECK (role IN ('director','board','ib','teacher')),
                    school_id INTEGER REFERENCES school(id)
                );

                CREATE TABLE incident (
                    id INTEGER PRIMARY KEY,
                    school_id INTEGER NOT NULL REFERENCES school(id),
                    reported_at TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    platform TEXT,
                    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','triaged','dismissed')),
                    reporter_name TEXT,
                    reported_by TEXT,
                    dismissed_reason TEXT,
                    dismissed_at TEXT,
                    dismissed_by TEXT
                );
                CREATE INDEX incident_queue ON incident(school_id, status, reported_at);
                CREATE INDEX incident_status ON incident(status, reported_at);

                CREATE TABLE incident_person (
                    incident_id INTEGER NOT NULL REFERENCES incident(id),
                    person_id INTEGER NOT NULL REFERENCES person(id),
                    role TEXT NOT NULL CHECK (role IN ('subject','victim','witness','reporter')),
                    PRIMARY KEY (incident_id, person_id, role)
                ) WITHOUT ROWID;
                CREATE INDEX incident_person_person ON incident_person(person_id);

                CREATE TABLE "case" (
                    id INTEGER PRIMARY KEY,
                    school_id INTEGER NOT NULL REFERENCES school(id),
                    number TEXT NOT NULL UNIQUE,
                    incident_id INTEGER NOT NULL REFERENCES incident(id),
                    subject_id INTEGER NOT NULL REFERENCES person(id),
                    dossier_id INTEGER NOT NULL REFERENCES person(id),
                    dossier_kind TEXT NOT NULL CHECK (dossier_kind IN ('pupil','staff')),
                    profile_id TEXT NOT NULL,
                    severity TEXT NOT NULL CHECK (severity IN ('light','medium','severe')),
                    criminal INTEGER NOT NULL DEFAULT 0,
                    crossing INTEGER NOT NULL DEFAULT 0,
                    meldplicht INTEGER NOT NULL DEFAULT 0,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
                    summary TEXT NOT NULL,
                    opened_at TEXT NOT NULL,
                    opened_by TEXT NOT NULL,
                    closed_at TEXT,
                    closed_by TEXT,
                    close_reason TEXT,
                    rung TEXT,
                    next_due TEXT
                );
                CREATE INDEX case_list ON "case"(school_id, status, opened_at);
                CREATE INDEX case_all ON "case"(status, opened_at);
                CREATE INDEX case_opened ON "case"(opened_at);
                CREATE INDEX case_subject ON "case"(subject_id);
                CREATE INDEX case_dossier ON "case"(dossier_id);
                CREATE INDEX case_incident ON "case"(incident_id);

                CREATE TABLE case_article (
                    case_id INTEGER NOT NULL REFERENCES "case"(id),
                    position INTEGER NOT NULL,
                    article_id TEXT NOT NULL,
                    PRIMARY KEY (case_id, position)
                ) WITHOUT ROWID;
                CREATE INDEX case_article_article ON case_article(article_id);

                CREATE TABLE step (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES "case"(id),
                    rung TEXT NOT NULL,
                    detail TEXT NOT NULL DEFAULT '',
                    at TEXT NOT NULL,
                    on_date TEXT NOT NULL,
                    days INTEGER,
                    start_date TEXT,
                    end_date TEXT,
                    reason TEXT NOT NULL,
                    justification TEXT,
                    actor TEXT NOT NULL
                );
                CREATE INDEX step_case ON step(case_id, id);

                CREATE TABLE obligation (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES "case"(id),
                    step_id INTEGER REFERENCES step(id),
                    kind TEXT NOT NULL,
                    due TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    for_others INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL,
                    done_at TEXT,
                    done_by TEXT,
                    entry_id INTEGER REFERENCES entry(id)
                );
                CREATE INDEX obligation_case ON obligation(case_id);
                CREATE INDEX obligation_open ON obligation(due) WHERE done_at IS NULL;

                CREATE TABLE entry (
                    id INTEGER PRIMARY KEY,
                    dossier_id INTEGER NOT NULL REFERENCES person(id),
                    seq INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('letter','meeting','phone','email','decision','note','correction','care')),
                    title TEXT NOT NULL,
                    body TEXT NOT NULL,
                    author TEXT NOT NULL,
                    author_name TEXT NOT NULL,
                    at TEXT NOT NULL,
                    case_id INTEGER REFERENCES "case"(id),
                    corrects INTEGER REFERENCES entry(id),
                    heard TEXT NOT NULL DEFAULT '',
                    evidence TEXT NOT NULL DEFAULT '',
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    UNIQUE (dossier_id, seq)
                );
                CREATE INDEX entry_case ON entry(case_id) WHERE case_id IS NOT NULL;
                CREATE INDEX entry_corrects ON entry(corrects) WHERE corrects IS NOT NULL;

                CREATE TABLE evidence (
                    sha256 TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    data BLOB NOT NULL
                );
                CREATE TABLE entry_evidence (
                    entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    sha256 TEXT NOT NULL REFERENCES evidence(sha256),
                    PRIMARY KEY (entry_id, position)
                ) WITHOUT ROWID;
                CREATE INDEX entry_evidence_sha ON entry_evidence(sha256);

                -- Retention: a purge leaves this in place of the dossier's entries.
                CREATE TABLE tombstone (
                    id INTEGER PRIMARY KEY,
                    dossier_id INTEGER NOT NULL,
                    purged_at TEXT NOT NULL,
                    purged_by TEXT NOT NULL,
                    entry_count INTEGER NOT NULL,
                    last_seq INTEGER NOT NULL,
                    last_hash TEXT NOT NULL,
                    reason TEXT NOT NULL
                );
                CREATE INDEX tombstone_dossier ON tombstone(dossier_id);
                -- Present only inside a purge transaction: the one door through the delete trigger.
                CREATE TABLE purge_grant (dossier_id INTEGER PRIMARY KEY);

                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    account TEXT NOT NULL,
                    real_account TEXT,
                    action TEXT NOT NULL,
                    person_id INTEGER,
                    case_id INTEGER,
                    detail TEXT NOT NULL DEFAULT '',
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_person ON audit(person_id) WHERE person_id IS NOT NULL;

                -- Append-only: nothing in a dossier or the audit log is changed or removed behind the chain.
                CREATE TRIGGER entry_no_update BEFORE UPDATE ON entry
                BEGIN SELECT RAISE(ABORT, 'casus: dossier entries are append-only; add a correction instead'); END;
                CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry
                WHEN NOT EXISTS (SELECT 1 FROM purge_grant WHERE dossier_id = OLD.dossier_id)
                BEGIN SELECT RAISE(ABORT, 'casus: dossier entries are append-only'); END;
                CREATE TRIGGER step_no_update BEFORE UPDATE ON step
                BEGIN SELECT RAISE(ABORT, 'casus: ladder steps are append-only'); END;
                CREATE TRIGGER step_no_delete BEFORE DELETE ON step
                WHEN NOT EXISTS (SELECT 1 FROM purge_grant g JOIN "case" c ON c.dossier_id = g.dossier_id WHERE c.id = OLD.case_id)
                BEGIN SELECT RAISE(ABORT, 'casus: ladder steps are append-only'); END;
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'casus: the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'casus: the audit log is append-only'); END;
                CREATE TRIGGER tombstone_no_update BEFORE UPDATE ON tombstone
                BEGIN SELECT RAISE(ABORT, 'casus: tombstones are append-only'); END;
                CREATE TRIGGER tombstone_no_delete BEFORE DELETE ON tombstone
                BEGIN SELECT RAISE(ABORT, 'casus: tombstones are append-only'); END;

                -- Search: entries (title, body) and cases (summary), kept in step by triggers.
                -- detail=none: which entries hold a word, not where. Snippets re-read the text, and the
                -- index is a fraction of the size and build time of full detail (a million entries).
                CREATE VIRTUAL TABLE entry_fts USING fts5(title, body, content='entry', content_rowid='id', detail=none,
                                                          tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
                    INSERT INTO entry_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
                    INSERT INTO entry_fts(entry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                END;
                CREATE VIRTUAL TABLE case_fts USING fts5(summary, content='case', content_rowid='id', detail=none,
                                                         tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER case_fts_insert AFTER INSERT ON "case" BEGIN
                    INSERT INTO case_fts(rowid, summary) VALUES (new.id, new.summary);
                END;
                CREATE TRIGGER case_fts_delete AFTER DELETE ON "case" BEGIN
                    INSERT INTO case_fts(case_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
                END;
                CREATE TRIGGER case_fts_update AFTER UPDATE OF summary ON "case" BEGIN
                    INSERT INTO case_fts(case_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
                    INSERT INTO case_fts(rowid, summary) VALUES (new.id, new.summary);
                END;
                """)
    }
}
