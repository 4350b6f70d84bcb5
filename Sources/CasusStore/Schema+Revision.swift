import GRDB

extension Schema {
    /// Tables whose rows a screen shows: a change to any of them moves the revision, the change
    /// token an open screen compares on a tick. The audit log is left out on purpose: reading a
    /// case writes an audit line, and two sessions reloading each other's reads would never rest.
    static let revisedTables = [
        "school", "person", "guardianship", "user", "incident", "incident_person", "\"case\"",
        "case_article", "step", "obligation", "entry", "tombstone",
    ]

    /// v7: the store enforces the chain links the core computes (a dossier entry's prev_hash is
    /// the hash of the entry before it, or of the purge it follows; an audit line's is the line
    /// before it), and keeps a revision number for the change token.
    static func v7ChainsAndRevision(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TRIGGER entry_chain_link BEFORE INSERT ON entry
                WHEN NEW.prev_hash IS NOT coalesce(
                    (SELECT hash FROM entry WHERE dossier_id = NEW.dossier_id AND seq = NEW.seq - 1),
                    (SELECT last_hash FROM tombstone WHERE dossier_id = NEW.dossier_id AND last_seq = NEW.seq - 1 ORDER BY id DESC LIMIT 1),
                    CASE WHEN NEW.seq = 1 THEN '\(String(repeating: "0", count: 64))' END)
                BEGIN SELECT RAISE(ABORT, 'casus: an entry must follow the last entry of its dossier''s chain'); END;

                CREATE TRIGGER audit_chain_link BEFORE INSERT ON audit
                WHEN NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1),
                                                   '\(String(repeating: "0", count: 64))')
                BEGIN SELECT RAISE(ABORT, 'casus: an audit line must follow the last line of the audit chain'); END;

                CREATE TABLE revision (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
                INSERT INTO revision (id, n) VALUES (1, 0);
                """)
        for table in revisedTables {
            let name = table.replacingOccurrences(of: "\"", with: "")
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER revision_\(name)_\(event.lowercased()) AFTER \(event) ON \(table)
                        BEGIN UPDATE revision SET n = n + 1 WHERE id = 1; END
                        """)
            }
        }
    }
}
