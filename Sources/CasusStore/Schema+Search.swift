import CasusCore
import GRDB

extension Schema {
    /// v3: the search index knows whose dossier and which school each row belongs to, as tokens
    /// nobody can type ("_school7", "_pupil", "_staff": '_' is a token character here, and the
    /// query builder splits what is typed at every character that is not a letter or digit). A director's or an
    /// IB's search then intersects posting lists inside FTS5 instead of joining every hit of a
    /// common word across the district to filter it afterwards; the SQL filter on the joined
    /// rows stays as the rule, the tokens only make it fast. Rows come newest first, so a query
    /// stops after its page. A person who changes school or kind is re-indexed by a trigger.
    static func v3ScopedSearch(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER IF EXISTS entry_fts_insert;
                DROP TRIGGER IF EXISTS entry_fts_delete;
                DROP TRIGGER IF EXISTS case_fts_insert;
                DROP TRIGGER IF EXISTS case_fts_delete;
                DROP TRIGGER IF EXISTS case_fts_update;
                DROP TABLE IF EXISTS entry_fts;
                DROP TABLE IF EXISTS case_fts;

                CREATE VIEW entry_search AS
                SELECT e.id, e.title, e.body, \(entryScope("p")) AS scope
                FROM entry e JOIN person p ON p.id = e.dossier_id;
                CREATE VIEW case_search AS
                SELECT c.id, c.summary, \(caseScope("c")) AS scope FROM "case" c;

                -- detail=none: which rows hold a word, not where. Snippets re-read the text; the index
                -- is a fraction of the size and build time of full detail (a million entries).
                CREATE VIRTUAL TABLE entry_fts USING fts5(title, body, scope, content='entry_search', content_rowid='id',
                                                          detail=none, tokenize="\(tokenizer)");
                CREATE VIRTUAL TABLE case_fts USING fts5(summary, scope, content='case_search', content_rowid='id',
                                                         detail=none, tokenize="\(tokenizer)");
                \(entryIndexTrigger)
                CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
                    INSERT INTO entry_fts(entry_fts, rowid, title, body, scope)
                    SELECT 'delete', old.id, old.title, old.body, \(entryScope("p")) FROM person p WHERE p.id = old.dossier_id;
                END;
                CREATE TRIGGER entry_fts_person AFTER UPDATE OF school_id, kind ON person
                WHEN \(entryScope("old")) <> \(entryScope("new")) BEGIN
                    INSERT INTO entry_fts(entry_fts, rowid, title, body, scope)
                    SELECT 'delete', e.id, e.title, e.body, \(entryScope("old")) FROM entry e WHERE e.dossier_id = old.id;
                    INSERT INTO entry_fts(rowid, title, body, scope)
                    SELECT e.id, e.title, e.body, \(entryScope("new")) FROM entry e WHERE e.dossier_id = new.id;
                END;
                \(caseIndexTrigger)
                CREATE TRIGGER case_fts_delete AFTER DELETE ON "case" BEGIN
                    INSERT INTO case_fts(case_fts, rowid, summary, scope) VALUES ('delete', old.id, old.summary, \(caseScope("old")));
                END;
                CREATE TRIGGER case_fts_update AFTER UPDATE OF summary ON "case" BEGIN
                    INSERT INTO case_fts(case_fts, rowid, summary, scope) VALUES ('delete', old.id, old.summary, \(caseScope("old")));
                    INSERT INTO case_fts(rowid, summary, scope) VALUES (new.id, new.summary, \(caseScope("new")));
                END;

                INSERT INTO entry_fts(entry_fts) VALUES ('rebuild');
                INSERT INTO entry_fts(entry_fts) VALUES ('optimize');
                INSERT INTO case_fts(case_fts) VALUES ('rebuild');
                INSERT INTO case_fts(case_fts) VALUES ('optimize');
                """)
    }

    /// Words as casus's queries split them, and '_' inside a token for the scope tokens.
    static let tokenizer = "unicode61 remove_diacritics 2 tokenchars '_'"

    /// The tokenizer that turns typed text into query terms: the index's, with '_' a separator
    /// (nobody can type a scope token). Every term it gives is one token of the index's
    /// tokenizer, so a quoted term is never a phrase (FTS5 refuses phrases with detail=none).
    static let queryTokenizer = FTS5TokenizerDescriptor.unicode61(diacritics: .remove)

    /// A term as an FTS5 string.
    static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The scope tokens of an entry, from its dossier owner `p` (a person row).
    static func entryScope(_ p: String) -> String {
        "'_school' || \(p).school_id || CASE WHEN \(p).kind IN ('staff','volunteer','intern') THEN ' _staff' ELSE ' _pupil' END"
    }

    /// The scope tokens of a case `c`.
    static func caseScope(_ c: String) -> String {
        "'_school' || \(c).school_id || ' _' || \(c).dossier_kind"
    }

    // The triggers that index new rows. A bulk load drops them and rebuilds the index once at
    // the end (SQLiteStorage.bulkLoad); these are the definitions v3 creates.
    static let entryIndexTrigger = """
        CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
            INSERT INTO entry_fts(rowid, title, body, scope)
            SELECT new.id, new.title, new.body, \(entryScope("p")) FROM person p WHERE p.id = new.dossier_id;
        END;
        """
    static let caseIndexTrigger = """
        CREATE TRIGGER case_fts_insert AFTER INSERT ON "case" BEGIN
            INSERT INTO case_fts(rowid, summary, scope) VALUES (new.id, new.summary, \(caseScope("new")));
        END;
        """

    /// The scope as an FTS5 filter: the tokens every visible row carries, nil for no filter.
    static func searchScopeTokens(_ s: Scope) -> String? {
        var tokens: [String] = []
        if let school = s.schoolID { tokens.append("_school\(school)") }
        switch (s.pupilDossiers, s.staffDossiers) {
        case (true, false): tokens.append("_pupil")
        case (false, true): tokens.append("_staff")
        default: break
        }
        return tokens.isEmpty ? nil : tokens.joined(separator: " AND ")
    }
}

extension Schema {
    /// v19: the reports' words (DESIGN.md §6, "`/` searches reports too"), with the report's school
    /// as a token as the other indexes carry it. A report's summary never changes once filed (its
    /// status and reason do); the triggers follow an insert, a delete and a change of summary all
    /// the same, so the index is exactly the rows, which `verify` checks (SearchIndexCheck).
    static func v19ReportSearch(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE VIEW incident_search AS
                SELECT i.id, i.summary, \(reportScope("i")) AS scope FROM incident i;
                CREATE VIRTUAL TABLE incident_fts USING fts5(summary, scope, content='incident_search', content_rowid='id',
                                                             detail=none, tokenize="\(tokenizer)");
                CREATE TRIGGER incident_fts_insert AFTER INSERT ON incident BEGIN
                    INSERT INTO incident_fts(rowid, summary, scope) VALUES (new.id, new.summary, \(reportScope("new")));
                END;
                CREATE TRIGGER incident_fts_delete AFTER DELETE ON incident BEGIN
                    INSERT INTO incident_fts(incident_fts, rowid, summary, scope)
                    VALUES ('delete', old.id, old.summary, \(reportScope("old")));
                END;
                CREATE TRIGGER incident_fts_update AFTER UPDATE OF summary, school_id ON incident BEGIN
                    INSERT INTO incident_fts(incident_fts, rowid, summary, scope)
                    VALUES ('delete', old.id, old.summary, \(reportScope("old")));
                    INSERT INTO incident_fts(rowid, summary, scope) VALUES (new.id, new.summary, \(reportScope("new")));
                END;
                INSERT INTO incident_fts(incident_fts) VALUES ('rebuild');
                INSERT INTO incident_fts(incident_fts) VALUES ('optimize');
                """)
    }

    /// The scope token of a report `i`: its school (only a role that reads the whole queue of a
    /// school searches reports, whatever the kind of the people it names).
    static func reportScope(_ i: String) -> String { "'_school' || \(i).school_id" }
}
