extension PGSchema {
    /// The tables. Columns, names and forms as in SQLite (Sources/CasusStore/Schema.swift), so one
    /// `DerivedTable` describes both: ids are bigint, booleans 0/1, dates and times the ISO text
    /// casus writes, free text as text. Text sorts by its bytes (COLLATE "C"), as SQLite's BINARY.
    /// Foreign keys are checked at commit: a purge removes rows that point at each other.
    static let tables = #"""
        CREATE TABLE meta (key text COLLATE "C" PRIMARY KEY, value text COLLATE "C" NOT NULL);

        -- Where each chain stands: the event chain, the audit log and the access log. A writer
        -- locks a head row, so appends to one chain are one at a time.
        CREATE TABLE head (name text COLLATE "C" PRIMARY KEY, seq bigint NOT NULL, hash text COLLATE "C" NOT NULL);
        INSERT INTO head VALUES ('event', 0, repeat('0', 64)), ('audit', 0, repeat('0', 64)), ('access', 0, repeat('0', 64));

        -- Ids and case numbers: one more than ever drawn, whatever was purged since.
        CREATE TABLE sequence (name text COLLATE "C" PRIMARY KEY, last bigint NOT NULL);

        CREATE TABLE event (
            seq bigint PRIMARY KEY,
            at text COLLATE "C" NOT NULL,
            account text COLLATE "C" NOT NULL,
            real_account text COLLATE "C",
            kind text COLLATE "C" NOT NULL,
            dossier_id bigint,
            audit_seq bigint NOT NULL,
            payload bytea NOT NULL,
            prev_hash text COLLATE "C" NOT NULL,
            hash text COLLATE "C" NOT NULL
        );
        -- Who held which role when, and how many schools there were (`linked_then`): a few rows.
        CREATE INDEX event_roles ON event(seq) WHERE kind IN ('user.added', 'user.removed', 'school.created');

        CREATE TABLE school (
            id bigint PRIMARY KEY,
            name text COLLATE "C" NOT NULL UNIQUE,
            town text COLLATE "C" NOT NULL DEFAULT '',
            protocol_id text COLLATE "C" NOT NULL,
            demo int NOT NULL DEFAULT 0,
            -- The school record (school.record-set): what the law's rules depend on.
            sector text COLLATE "C" NOT NULL DEFAULT 'po' CHECK (sector IN ('po','vo','so')),
            denomination text COLLATE "C" NOT NULL DEFAULT 'bijzonder' CHECK (denomination IN ('openbaar','bijzonder')),
            legal_set int NOT NULL DEFAULT 0,
            board_name text COLLATE "C" NOT NULL DEFAULT '',
            board_address text COLLATE "C" NOT NULL DEFAULT '',
            address text COLLATE "C" NOT NULL DEFAULT '',
            region text COLLATE "C" CHECK (region IS NULL OR region IN ('noord','midden','zuid'))
        );

        -- The days a school is closed (imported or added by hand); they leave only by an event.
        CREATE TABLE school_closure (
            id bigint PRIMARY KEY,
            school_id bigint NOT NULL REFERENCES school(id) DEFERRABLE INITIALLY DEFERRED,
            first text COLLATE "C" NOT NULL,
            last text COLLATE "C" NOT NULL,
            reason text COLLATE "C" NOT NULL,
            kind text COLLATE "C" NOT NULL CHECK (kind IN ('holiday','study-day')),
            source text COLLATE "C" NOT NULL CHECK (source IN ('import','manual')),
            CHECK (first <= last)
        );
        CREATE INDEX school_closure_school ON school_closure(school_id, first);

        CREATE TABLE person (
            id bigint PRIMARY KEY,
            school_id bigint NOT NULL REFERENCES school(id) DEFERRABLE INITIALLY DEFERRED,
            kind text COLLATE "C" NOT NULL CHECK (kind IN ('pupil','parent','staff','volunteer','intern')),
            first_name text COLLATE "C" NOT NULL,
            infix text COLLATE "C" NOT NULL DEFAULT '',
            last_name text COLLATE "C" NOT NULL,
            grp text COLLATE "C",
            function text COLLATE "C",
            external_id text COLLATE "C",
            birth_date text COLLATE "C",
            left_on text COLLATE "C",
            sort_name text COLLATE "C" NOT NULL,
            search_name text COLLATE "C" NOT NULL,
            salutation text COLLATE "C" NOT NULL DEFAULT 'onbekend'
                CHECK (salutation IN ('heer','mevrouw','neutraal','onbekend')),
            street text COLLATE "C" NOT NULL DEFAULT '',
            postcode text COLLATE "C" NOT NULL DEFAULT '',
            town text COLLATE "C" NOT NULL DEFAULT '',
            -- The key its texts are hashed under in the chain (PersonKey): emptied by the purge that erases them.
            salt text COLLATE "C" NOT NULL DEFAULT '' CHECK (salt ~ '^([0-9a-f]{64})?$')
        );
        CREATE UNIQUE INDEX person_external ON person(school_id, kind, external_id) WHERE external_id IS NOT NULL;
        -- The people lists' orders, carrying the columns their filters read (index-only pages), the
        -- name a typed word is looked for in included: a first typed letter walks a thousand
        -- entries of the order to fill a screen (1.4–3.9 ms on the district reading each person's
        -- row for its name, 0.4 ms from the index alone).
        CREATE INDEX person_list ON person(school_id, sort_name, id) INCLUDE (kind, grp, search_name);
        CREATE INDEX person_sort ON person(sort_name, id) INCLUDE (school_id, kind, grp, search_name);

        CREATE TABLE guardianship (
            parent_id bigint NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
            pupil_id bigint NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
            PRIMARY KEY (parent_id, pupil_id)
        );
        CREATE INDEX guardianship_pupil ON guardianship(pupil_id);

        -- SQLite's `user` (a reserved word here).
        CREATE TABLE app_user (
            account text COLLATE "C" PRIMARY KEY,
            person_id bigint REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
            role text COLLATE "C" NOT NULL CHECK (role IN ('director','board','ib','teacher')),
            school_id bigint REFERENCES school(id) DEFERRABLE INITIALLY DEFERRED
        );

        CREATE TABLE incident (
            id bigint PRIMARY KEY,
            school_id bigint NOT NULL REFERENCES school(id) DEFERRABLE INITIALLY DEFERRED,
            reported_at text COLLATE "C" NOT NULL,
            summary text COLLATE "C" NOT NULL,
            platform text COLLATE "C",
            status text COLLATE "C" NOT NULL DEFAULT 'new' CHECK (status IN ('new','triaged','dismissed')),
            reporter_name text COLLATE "C",
            reported_by text COLLATE "C",
            dismissed_reason text COLLATE "C",
            dismissed_at text COLLATE "C",
            dismissed_by text COLLATE "C",
            happened_on text COLLATE "C",
            -- Its words, as case.search (a report's summary never changes): kept, so a search reads
            -- a stored vector per row instead of parsing each summary again (schema 12).
            search tsvector NOT NULL
        );
        -- The Meldingen queue's orders, carrying what its filters read (index-only pages).
        CREATE INDEX incident_queue ON incident(school_id, status, reported_at, id) INCLUDE (reported_by);
        CREATE INDEX incident_status ON incident(status, reported_at, id) INCLUDE (school_id, reported_by);
        CREATE INDEX incident_time ON incident(reported_at, id) INCLUDE (school_id, status, reported_by);

        CREATE TABLE incident_person (
            incident_id bigint NOT NULL REFERENCES incident(id) DEFERRABLE INITIALLY DEFERRED,
            person_id bigint NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
            role text COLLATE "C" NOT NULL CHECK (role IN ('subject','victim','witness','reporter')),
            PRIMARY KEY (incident_id, person_id, role)
        );
        CREATE INDEX incident_person_person ON incident_person(person_id);

        CREATE TABLE "case" (
            id bigint PRIMARY KEY,
            school_id bigint NOT NULL REFERENCES school(id) DEFERRABLE INITIALLY DEFERRED,
            number text COLLATE "C" NOT NULL UNIQUE,
            incident_id bigint NOT NULL REFERENCES incident(id) DEFERRABLE INITIALLY DEFERRED,
            subject_id bigint NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
            dossier_id bigint NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
            dossier_kind text COLLATE "C" NOT NULL CHECK (dossier_kind IN ('pupil','staff')),
            subject_kind text COLLATE "C" NOT NULL CHECK (subject_kind IN ('pupil','parent','staff')),
            profile_id text COLLATE "C" NOT NULL,
            severity text COLLATE "C" NOT NULL CHECK (severity IN ('light','medium','severe')),
            criminal int NOT NULL DEFAULT 0,
            crossing int NOT NULL DEFAULT 0,
            meldplicht int NOT NULL DEFAULT 0,
            status text COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
            summary text COLLATE "C" NOT NULL,
            opened_at text COLLATE "C" NOT NULL,
            opened_by text COLLATE "C" NOT NULL,
            closed_at text COLLATE "C",
            closed_by text COLLATE "C",
            close_reason text COLLATE "C",
            rung text COLLATE "C",
            next_due text COLLATE "C",
            data_breach int NOT NULL DEFAULT 0,
            meldcode int NOT NULL DEFAULT 0,
            search tsvector NOT NULL,
            outcome text COLLATE "C" CHECK (outcome IN ('founded','unfounded','mistake'))
        );
        -- The Zaken list's orders, carrying every column its filters read: a page is an index-only scan.
        CREATE INDEX case_browse ON "case"(school_id, opened_at DESC, id DESC)
            INCLUDE (status, dossier_kind, subject_kind, rung, next_due);
        CREATE INDEX case_browse_all ON "case"(opened_at DESC, id DESC)
            INCLUDE (school_id, status, dossier_kind, subject_kind, rung, next_due);
        CREATE INDEX case_status ON "case"(status, opened_at DESC, id DESC)
            INCLUDE (school_id, dossier_kind, subject_kind, rung, next_due);
        CREATE INDEX case_rung ON "case"(rung, opened_at DESC, id DESC)
            INCLUDE (school_id, status, dossier_kind, subject_kind, next_due);
        CREATE INDEX case_due ON "case"(next_due) WHERE next_due IS NOT NULL;
        CREATE INDEX case_subject ON "case"(subject_id);
        CREATE INDEX case_dossier ON "case"(dossier_id);
        CREATE INDEX case_incident ON "case"(incident_id);
        -- Written through at each save (fastupdate off, as every casus GIN index): PostgreSQL's
        -- default keeps the day's saves in an unsorted list of up to 4 MB that every search reads
        -- through until a vacuum (PostgresSearchIndexTests).
        CREATE INDEX case_search ON "case" USING gin (search) WITH (fastupdate = off);

        CREATE TABLE case_article (
            case_id bigint NOT NULL REFERENCES "case"(id) DEFERRABLE INITIALLY DEFERRED,
            position int NOT NULL,
            article_id text COLLATE "C" NOT NULL,
            PRIMARY KEY (case_id, position)
        );
        CREATE INDEX case_article_article ON case_article(article_id);

        CREATE TABLE step (
            id bigint PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES "case"(id) DEFERRABLE INITIALLY DEFERRED,
            rung text COLLATE "C" NOT NULL,
            detail text COLLATE "C" NOT NULL DEFAULT '',
            at text COLLATE "C" NOT NULL,
            on_date text COLLATE "C" NOT NULL,
            days int,
            start_date text COLLATE "C",
            end_date text COLLATE "C",
            reason text COLLATE "C" NOT NULL,
            justification text COLLATE "C",
            actor text COLLATE "C" NOT NULL,
            phase text COLLATE "C" NOT NULL DEFAULT 'decision' CHECK (phase IN ('decision','proposal'))
        );
        CREATE INDEX step_case ON step(case_id, id);

        CREATE TABLE entry (
            id bigint PRIMARY KEY,
            dossier_id bigint NOT NULL REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
            seq bigint NOT NULL,
            kind text COLLATE "C" NOT NULL CHECK (kind IN ('letter','meeting','phone','email','decision','note','correction','care')),
            title text COLLATE "C" NOT NULL,
            body text COLLATE "C" NOT NULL,
            author text COLLATE "C" NOT NULL,
            author_name text COLLATE "C" NOT NULL,
            at text COLLATE "C" NOT NULL,
            case_id bigint REFERENCES "case"(id) DEFERRABLE INITIALLY DEFERRED,
            corrects bigint REFERENCES entry(id) DEFERRABLE INITIALLY DEFERRED,
            heard text COLLATE "C" NOT NULL DEFAULT '',
            evidence text COLLATE "C" NOT NULL DEFAULT '',
            prev_hash text COLLATE "C" NOT NULL,
            hash text COLLATE "C" NOT NULL,
            search tsvector NOT NULL,
            -- Last, as the upgrade to version 28 added it (EntrySalt).
            salt text COLLATE "C" NOT NULL DEFAULT '' CHECK (salt ~ '^([0-9a-f]{32})?$'),
            UNIQUE (dossier_id, seq)
        );
        CREATE INDEX entry_case ON entry(case_id, dossier_id, id) WHERE case_id IS NOT NULL;
        -- A case's meetings and letters, read with it however many notes it has (case_entries).
        CREATE INDEX entry_case_decisive ON entry(case_id, dossier_id, id) WHERE case_id IS NOT NULL AND kind IN ('meeting', 'letter');
        CREATE INDEX entry_corrects ON entry(corrects) WHERE corrects IS NOT NULL;
        -- A dossier's corrections, for its timeline's order (timeline_outline).
        CREATE INDEX entry_dossier_corrections ON entry(dossier_id, seq, corrects) WHERE corrects IS NOT NULL;
        -- The words are indexed in entry_words, with their dossier's scope (PGSchema+Search).

        CREATE TABLE obligation (
            id bigint PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES "case"(id) DEFERRABLE INITIALLY DEFERRED,
            step_id bigint REFERENCES step(id) DEFERRABLE INITIALLY DEFERRED,
            kind text COLLATE "C" NOT NULL,
            due text COLLATE "C" NOT NULL,
            note text COLLATE "C" NOT NULL DEFAULT '',
            for_others int NOT NULL DEFAULT 0,
            created_at text COLLATE "C" NOT NULL,
            done_at text COLLATE "C",
            done_by text COLLATE "C",
            entry_id bigint REFERENCES entry(id) DEFERRABLE INITIALLY DEFERRED,
            paused_from text COLLATE "C"
        );
        CREATE INDEX obligation_case ON obligation(case_id);

        -- The law's dated facts of a case (fact.recorded): append-only.
        CREATE TABLE case_fact (
            id bigint PRIMARY KEY,
            case_id bigint NOT NULL REFERENCES "case"(id) DEFERRABLE INITIALLY DEFERRED,
            kind text COLLATE "C" NOT NULL,
            on_date text COLLATE "C" NOT NULL,
            value text COLLATE "C" NOT NULL DEFAULT '',
            note text COLLATE "C" NOT NULL DEFAULT '',
            at text COLLATE "C" NOT NULL,
            actor text COLLATE "C" NOT NULL,
            entry_id bigint REFERENCES entry(id) DEFERRABLE INITIALLY DEFERRED
        );
        CREATE INDEX case_fact_case ON case_fact(case_id, id);
        CREATE INDEX obligation_open ON obligation(due, id) WHERE done_at IS NULL;

        -- A filed letter recorded as sent (letter.sent): once; it leaves only with its entry in a purge.
        CREATE TABLE letter_sent (
            entry_id bigint PRIMARY KEY REFERENCES entry(id) DEFERRABLE INITIALLY DEFERRED,
            dossier_id bigint NOT NULL,
            case_id bigint,
            sent_on text COLLATE "C" NOT NULL,
            via text COLLATE "C" NOT NULL,
            recorded_at text COLLATE "C" NOT NULL,
            recorded_by text COLLATE "C" NOT NULL
        );
        CREATE INDEX letter_sent_dossier ON letter_sent(dossier_id);

        CREATE TABLE evidence (
            sha256 text COLLATE "C" PRIMARY KEY,
            name text COLLATE "C" NOT NULL,
            size bigint NOT NULL,
            data bytea NOT NULL
        );
        CREATE TABLE entry_evidence (
            entry_id bigint NOT NULL REFERENCES entry(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            position int NOT NULL,
            sha256 text COLLATE "C" NOT NULL REFERENCES evidence(sha256) DEFERRABLE INITIALLY DEFERRED,
            name text COLLATE "C" NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, position)
        );
        CREATE INDEX entry_evidence_sha ON entry_evidence(sha256);
        CREATE TABLE incident_evidence (
            incident_id bigint NOT NULL REFERENCES incident(id) DEFERRABLE INITIALLY DEFERRED,
            position int NOT NULL,
            sha256 text COLLATE "C" NOT NULL REFERENCES evidence(sha256) DEFERRABLE INITIALLY DEFERRED,
            name text COLLATE "C" NOT NULL DEFAULT '',
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX incident_evidence_sha ON incident_evidence(sha256);

        CREATE TABLE tombstone (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            dossier_id bigint NOT NULL,
            purged_at text COLLATE "C" NOT NULL,
            purged_by text COLLATE "C" NOT NULL,
            entry_count bigint NOT NULL,
            last_seq bigint NOT NULL,
            last_hash text COLLATE "C" NOT NULL,
            reason text COLLATE "C" NOT NULL
        );
        CREATE INDEX tombstone_dossier ON tombstone(dossier_id, id);

        -- The audit log, chained by the core (AuditRecord) and checked here.
        CREATE TABLE audit (
            id bigint PRIMARY KEY,
            at text COLLATE "C" NOT NULL,
            account text COLLATE "C" NOT NULL,
            real_account text COLLATE "C",
            action text COLLATE "C" NOT NULL,
            person_id bigint,
            case_id bigint,
            detail text COLLATE "C" NOT NULL DEFAULT '',
            prev_hash text COLLATE "C" NOT NULL,
            hash text COLLATE "C" NOT NULL
        );
        CREATE INDEX audit_person ON audit(person_id, id) WHERE person_id IS NOT NULL;

        -- The server's own log of reads: a line is committed before a dossier's contents are
        -- given out (see `access`), so no client, psql included, reads a dossier unseen. Chained
        -- by the server alone, on a chain of its own, so reads never wait for writers.
        CREATE TABLE access_log (
            id bigint PRIMARY KEY,
            at text COLLATE "C" NOT NULL,
            account text COLLATE "C" NOT NULL,
            what text COLLATE "C" NOT NULL,
            person_id bigint,
            case_id bigint,
            detail text COLLATE "C" NOT NULL DEFAULT '',
            logged timestamptz NOT NULL DEFAULT clock_timestamp(),
            txid bigint NOT NULL,
            prev_hash text COLLATE "C" NOT NULL,
            hash text COLLATE "C" NOT NULL
        );
        CREATE INDEX access_log_person ON access_log(person_id, id) WHERE person_id IS NOT NULL;
        """#
}
