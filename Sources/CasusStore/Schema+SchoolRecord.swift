import GRDB

extension Schema {
    /// v9 (after the event chain, v8): the school record (sector, denomination, bevoegd gezag,
    /// addresses, holiday region), the school's calendar (closures it imported or added), the
    /// legal facts of a case, the flags for a data breach and the meldcode, the phase of a step
    /// (a staff voornemen or the besluit), and a suspended term on an obligation (WPO art. 43 lid 4).
    /// Every row is derived from events (school.record-set, closure.added, closures.removed,
    /// fact.recorded, obligation.rescheduled, and the new fields of case.opened, step.taken and
    /// obligation.created); `casus verify` replays them.
    ///
    /// A school from before v9 keeps sector po and denomination bijzonder with `legal_set = 0`:
    /// casus assumes them and says so until the director sets them. The events from before v9
    /// replay to exactly these defaults, which the check at the end confirms.
    static func v9SchoolRecord(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE school ADD COLUMN sector TEXT NOT NULL DEFAULT 'po' CHECK (sector IN ('po','vo','so'));
                ALTER TABLE school ADD COLUMN denomination TEXT NOT NULL DEFAULT 'bijzonder'
                    CHECK (denomination IN ('openbaar','bijzonder'));
                ALTER TABLE school ADD COLUMN legal_set INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE school ADD COLUMN board_name TEXT NOT NULL DEFAULT '';
                ALTER TABLE school ADD COLUMN board_address TEXT NOT NULL DEFAULT '';
                ALTER TABLE school ADD COLUMN address TEXT NOT NULL DEFAULT '';
                ALTER TABLE school ADD COLUMN region TEXT CHECK (region IS NULL OR region IN ('noord','midden','zuid'));

                ALTER TABLE "case" ADD COLUMN data_breach INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE "case" ADD COLUMN meldcode INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE step ADD COLUMN phase TEXT NOT NULL DEFAULT 'decision' CHECK (phase IN ('decision','proposal'));
                ALTER TABLE obligation ADD COLUMN paused_from TEXT;

                CREATE TABLE school_closure (
                    id INTEGER PRIMARY KEY,
                    school_id INTEGER NOT NULL REFERENCES school(id),
                    first TEXT NOT NULL,
                    last TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('holiday','study-day')),
                    source TEXT NOT NULL CHECK (source IN ('import','manual')),
                    CHECK (first <= last)
                );
                CREATE INDEX school_closure_school ON school_closure(school_id, first);
                CREATE TRIGGER school_closure_no_delete BEFORE DELETE ON school_closure
                WHEN NOT EXISTS (
                    SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'closures.removed')
                BEGIN SELECT RAISE(ABORT, 'casus: a closure leaves only by an event that removes it'); END;

                CREATE TABLE case_fact (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES "case"(id),
                    kind TEXT NOT NULL,
                    on_date TEXT NOT NULL,
                    value TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    entry_id INTEGER REFERENCES entry(id)
                );
                CREATE INDEX case_fact_case ON case_fact(case_id, id);
                CREATE TRIGGER case_fact_no_update BEFORE UPDATE ON case_fact
                BEGIN SELECT RAISE(ABORT, 'casus: the facts of a case are append-only'); END;
                CREATE TRIGGER case_fact_no_delete BEFORE DELETE ON case_fact
                WHEN NOT EXISTS (\(purgeAtHead("(SELECT dossier_id FROM \"case\" WHERE id = OLD.case_id)")))
                BEGIN SELECT RAISE(ABORT, 'casus: the facts of a case leave only with their case in a purge'); END;
                """)
        try SQLiteMigrationCheck.after(db)
    }
}
