import CasusCore
import GRDB

extension Schema {
    /// v6: people found as you type, across a district (28,000 people), within a frame.
    /// The Dossiers tab counts the people whose name words begin with what was typed; a LIKE
    /// over every name costs 5 ms per key at that size. An FTS5 index of the names with prefix
    /// indexes for the first three letters, and the school and kind as tokens (as for entries,
    /// Schema+Search), answers the count from posting lists. A trigger re-indexes a person whose
    /// name, school or kind changes.
    static func v6PeopleSearch(_ db: Database) throws {
        try db.execute(
            sql: """
                -- search_name as casus now writes it: every non-letter a space (hyphens, apostrophes, dots).
                UPDATE person SET search_name = replace(replace(replace(search_name, '-', ' '), '''', ' '), '.', ' ');
                CREATE VIEW person_search AS
                SELECT p.id, p.search_name, \(personScope("p")) AS scope FROM person p;
                CREATE VIRTUAL TABLE person_fts USING fts5(search_name, scope, content='person_search', content_rowid='id',
                                                           detail=none, prefix='1 2 3', tokenize="\(tokenizer)");
                CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
                    INSERT INTO person_fts(rowid, search_name, scope) VALUES (new.id, new.search_name, \(personScope("new")));
                END;
                CREATE TRIGGER person_fts_update AFTER UPDATE OF search_name, school_id, kind ON person BEGIN
                    INSERT INTO person_fts(person_fts, rowid, search_name, scope) VALUES ('delete', old.id, old.search_name, \(personScope("old")));
                    INSERT INTO person_fts(rowid, search_name, scope) VALUES (new.id, new.search_name, \(personScope("new")));
                END;
                CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
                    INSERT INTO person_fts(person_fts, rowid, search_name, scope) VALUES ('delete', old.id, old.search_name, \(personScope("old")));
                END;
                INSERT INTO person_fts(person_fts) VALUES ('rebuild');
                INSERT INTO person_fts(person_fts) VALUES ('optimize');
                """)
    }

    /// A person's scope tokens: school and kind.
    static func personScope(_ p: String) -> String {
        "'_school' || \(p).school_id || ' _kind' || \(p).kind"
    }

    /// What was typed, as an FTS5 query on name words (`terms`: the typed text through the
    /// index's tokenizer, see `SQLiteAccess.terms`), with the scope as tokens; nil when
    /// nothing searchable was typed.
    static func peopleMatch(_ terms: [String], school: SchoolID?, kinds: [PersonKind]) -> String? {
        let words = terms.map { Schema.quoted($0) + "*" }
        guard !words.isEmpty else { return nil }
        var parts = words
        if let school { parts.append("_school\(school)") }
        if !kinds.isEmpty && kinds.count < PersonKind.allCases.count {
            parts.append("(" + kinds.map { "_kind\($0.rawValue)" }.joined(separator: " OR ") + ")")
        }
        return parts.joined(separator: " AND ")
    }
}
