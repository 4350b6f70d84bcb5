import GRDB

/// The guards and indexes a casus file must have: every trigger, index and view a database made
/// by casus's own migrations has, with the same SQL. A trigger dropped with `sqlite3` (the ones
/// that keep events, entries and the audit log append-only) went unnoticed by `verify`, and
/// `restore` brought such a file back with its protection silently off (a review).
enum SchemaObjectsCheck {
    /// name → SQL (whitespace made single spaces) of each trigger, index and view, by type.
    typealias Objects = [String: [String: String]]

    /// What a database of the current schema holds: `creations`, by type and name (the fresh
    /// schema is migrated once, for both).
    static let expected: Objects? = creations.isEmpty ? nil : objects(creations)

    static func objects(_ db: Database) throws -> Objects { objects(try rows(db)) }

    /// Each trigger, index and view of a database (type, name, SQL as written), in the order they
    /// were made. Those named as SQLite's own too: SQLite makes none with SQL of its own (its
    /// automatic indexes have none), and a trigger renamed `sqlite_…` through `writable_schema`
    /// copied every note into a table of its own and was passed over (a review).
    static func rows(_ db: Database) throws -> [(String, String, String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index', 'view')
                AND sql IS NOT NULL ORDER BY rowid
                """
        ).map { ($0["type"] as String, $0["name"] as String, $0["sql"] as String) }
    }

    static func objects(_ rows: [(String, String, String)]) -> Objects {
        var out: Objects = [:]
        for (type, name, sql) in rows {
            out[type, default: [:]][name] = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return out
    }

    /// Each trigger, index or view that is missing, changed, or not casus's, as the administrator
    /// reads it (English, as the database's other findings).
    static func problems(_ db: Database) throws -> [String] {
        guard let expected else { return ["schema: the expected objects could not be built"] }
        let actual = try objects(db)
        var out: [String] = []
        for type in ["trigger", "index", "view"] {
            let want = expected[type] ?? [:]
            let have = actual[type] ?? [:]
            for name in want.keys.sorted() {
                guard let sql = have[name] else {
                    out.append("schema: \(type) \(name) is missing (dropped outside casus)")
                    continue
                }
                if sql != want[name] {
                    out.append("schema: \(type) \(name) differs from casus's (changed outside casus)")
                }
            }
            for name in have.keys.sorted() where want[name] == nil {
                out.append("schema: \(type) \(name) is not casus's (added outside casus)")
            }
        }
        return out + (try foreignTables(db)) + (try sqliteOwnTables(db))
    }

    /// Puts casus's triggers, indexes and views back as its migrations make them: missing ones
    /// made, changed ones made anew, ones that are not casus's dropped. The rows are not touched:
    /// a file whose rows were changed still fails `verify`. What was done, one line each.
    static func restore(_ db: Database) throws -> [String] {
        guard let expected else { return [] }
        let actual = try objects(db)
        var done: [String] = []
        // Views and triggers may name each other: dropped first, then all made anew in the
        // migrations' order (the fresh schema's rowid order).
        for type in ["trigger", "view", "index"] {
            // A view named as SQLite's own cannot be dropped (SQLite refuses): left, and named by
            // `verify`, which then refuses the copy.
            for name in (actual[type] ?? [:]).keys.sorted()
            where expected[type]?[name] != actual[type]?[name] && !(type == "view" && name.hasPrefix("sqlite_")) {
                try db.execute(sql: "DROP \(type.uppercased()) IF EXISTS \(name.quotedDatabaseIdentifier)")
                if expected[type]?[name] == nil { done.append("\(type) \(name) dropped (not casus's)") }
            }
        }
        for (type, name, sql) in creations where actual[type]?[name] != expected[type]?[name] {
            try db.execute(sql: sql)
            done.append("\(type) \(name) " + (actual[type]?[name] == nil ? "made" : "made anew"))
        }
        return done
    }

    /// Each trigger, index and view of a fresh database, with its SQL as written, in the order
    /// the migrations made them; and the names of its tables.
    static let (creations, tables, tableSQL): ([(String, String, String)], [String: [String]], [String: String]) = {
        guard let queue = try? DatabaseQueue(), (try? Schema.migrator.migrate(queue)) != nil else {
            return ([], [:], [:])
        }
        return
            (try? queue.read { db in
                (
                    try rows(db),
                    Dictionary(uniqueKeysWithValues: try tableNames(db).map { ($0, try columns(of: $0, db)) }),
                    try tableDefinitions(db)
                )
            }) ?? ([], [:], [:])
    }()

    /// A table's columns as `PRAGMA table_xinfo` gives them (generated ones too): name, type, not
    /// null, default, key, hidden.
    static func columns(of table: String, _ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "PRAGMA table_xinfo(\(table.quotedDatabaseIdentifier))").map { r in
            let dflt = (r["dflt_value"] as String?) ?? ""
            return
                "\(r["name"] as String) \(r["type"] as String) \(r["notnull"] as Int) \(dflt) \(r["pk"] as Int) \(r["hidden"] as Int)"
        }
    }

    /// Each table's definition as written (whitespace made single spaces): its checks and keys,
    /// which no list of columns shows (a CHECK taken out through `writable_schema`, a review).
    static func tableDefinitions(_ db: Database) throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        where sqliteOwn[row["name"]] == nil {
            out[row["name"]] = ((row["sql"] as String?) ?? "").split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
        }
        return out
    }

    /// The tables of a database, but SQLite's own (`sqliteOwn`): any other, named `sqlite_…` or
    /// not, is a table to compare with casus's.
    static func tableNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .filter { sqliteOwn[$0] == nil }
    }

    /// The tables SQLite makes itself (AUTOINCREMENT's counters, ANALYZE's statistics), with the
    /// definition it gives them: only these are passed over by name. A table renamed `sqlite_keep`
    /// through `writable_schema` kept the text of every note, also after a purge, and the check
    /// left out every `sqlite_` name (a review).
    static let sqliteOwn: [String: String] = [
        "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
        "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
        "sqlite_stat2": "CREATE TABLE sqlite_stat2(tbl,idx,sampleno,sample)",
        "sqlite_stat3": "CREATE TABLE sqlite_stat3(tbl,idx,neq,nlt,ndlt,sample)",
        "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ]

    /// SQLite's own tables as SQLite makes them, holding what SQLite writes: counters of casus's
    /// tables, and statistics of casus's tables and indexes (numbers, and SQLite's few words).
    /// Text of one's own in them is text a purge does not reach. Every value is read with its type
    /// (typeof): a number where text stands is a finding, not a crash (a 5 in `stat` stopped verify
    /// and backup, a review).
    static func sqliteOwnTables(_ db: Database) throws -> [String] {
        var out: [String] = []
        let present = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite%'")
        var here = Set<String>()
        for row in present {
            let name: String = row["name"]
            here.insert(name)
            guard let want = sqliteOwn[name] else { continue }
            if ((row["sql"] as String?) ?? "") != want {
                out.append("schema: table \(name) differs from SQLite's own (changed outside casus)")
            }
        }
        if here.contains("sqlite_sequence"), !(try countersAreSQLites(db)) {
            out.append("schema: table sqlite_sequence holds a row that is not a counter of casus's")
        }
        if here.contains("sqlite_stat1"), !(try statisticsAreSQLites(db)) {
            out.append("schema: table sqlite_stat1 holds a row that is not SQLite's statistics of casus's tables")
        }
        for name in ["sqlite_stat2", "sqlite_stat3", "sqlite_stat4"] where here.contains(name) {
            // Samples of an index's values: casus's own text could stand in them; left to SQLite only.
            out.append("schema: table \(name) holds samples casus does not check (drop it: ANALYZE makes sqlite_stat1)")
        }
        return out
    }

    /// One counter per table that has AUTOINCREMENT, an integer: rows of one's own (text in
    /// seven-byte numbers, a counter for a table without one) passed (a review).
    static func countersAreSQLites(_ db: Database) throws -> Bool {
        let counted = Set(tableSQL.filter { $0.value.uppercased().contains("AUTOINCREMENT") }.keys)
        let rows = try Row.fetchAll(
            db, sql: "SELECT typeof(name) AS tn, CAST(name AS TEXT) AS name, typeof(seq) AS ts FROM sqlite_sequence")
        let named = rows.map { ($0["name"] as String?) ?? "" }
        return rows.allSatisfy { ($0["tn"] as String) == "text" && ($0["ts"] as String) == "integer" }
            && named.allSatisfy(counted.contains) && Set(named).count == named.count
    }

    /// What SQLite writes: one row per table or index of the database, naming an index that is
    /// there (its own automatic ones by their exact names), with a row count and one number for
    /// each column of the index. Any name beginning "sqlite_autoindex_" and text spelled as numbers
    /// passed (a review).
    static func statisticsAreSQLites(_ db: Database) throws -> Bool {
        let indexes = try Row.fetchAll(db, sql: "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")
            .reduce(into: [String: String]()) { $0[$1["name"] as String] = $1["tbl_name"] as String }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT typeof(tbl) AS tt, CAST(tbl AS TEXT) AS tbl, typeof(idx) AS ti, CAST(idx AS TEXT) AS idx,
                       typeof(stat) AS ts, CAST(stat AS TEXT) AS stat FROM sqlite_stat1
                """)
        var seen = Set<String>()
        for row in rows {
            let table = (row["tbl"] as String?) ?? ""
            let index = row["idx"] as String?
            guard (row["tt"] as String) == "text", ["text", "null"].contains(row["ti"] as String),
                (row["ts"] as String) == "text", tables[table] != nil,
                seen.insert(table + "\u{0}" + (index ?? "")).inserted,
                let columns = try index.map({ try keyColumns(of: $0, on: table, indexes, db) }) ?? 0
            else { return false }
            let words = ((row["stat"] as String?) ?? "").split(separator: " ")
            let numbers = words.prefix { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            let known = words.dropFirst(numbers.count).allSatisfy { w in
                ["unordered", "noskipscan"].contains(w) || (w.hasPrefix("sz=") && w.dropFirst(3).allSatisfy(\.isNumber))
            }
            // The count alone for a table, one more number per column of the index.
            guard known, numbers.count == columns + 1 else { return false }
        }
        return true
    }

    /// The columns an index of `table` is keyed on (a WITHOUT ROWID table's key is counted under the
    /// table's own name); nil when no such index of that table is there.
    static func keyColumns(of index: String, on table: String, _ indexes: [String: String], _ db: Database) throws
        -> Int?
    {
        if index == table {
            let named = try Row.fetchAll(db, sql: "PRAGMA index_info(\(index.quotedDatabaseIdentifier))").count
            guard named == 0 else { return named }
            return try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))")
                .filter { ($0["pk"] as Int) > 0 }.count
        }
        guard indexes[index] == table else { return nil }
        return try Row.fetchAll(db, sql: "PRAGMA index_xinfo(\(index.quotedDatabaseIdentifier))")
            .filter { ($0["key"] as Int) == 1 }.count
    }

    /// A table casus does not make: a copy of what a purge erased lived on in one, and `verify` said
    /// "alles klopt" (a review). Said, not dropped: what it holds is for the administrator to judge.
    /// And a column added to, dropped from or changed in one of casus's tables: a purge erased a
    /// dossier while a copy of its text lived on in a column added to `school`, and `verify`,
    /// `backup` and `restore` said the chains held (a review).
    static func foreignTables(_ db: Database) throws -> [String] {
        guard !tables.isEmpty else { return [] }
        var out: [String] = []
        let definitions = try tableDefinitions(db)
        for name in try tableNames(db) {
            guard let want = tables[name] else {
                out.append("schema: table \(name) is not casus's (added outside casus)")
                continue
            }
            let have = try columns(of: name, db)
            // The same columns, but another definition: a check or a key changed.
            guard have != want else {
                if let sql = tableSQL[name], definitions[name] != sql {
                    out.append("schema: table \(name) differs from casus's (its checks or keys changed outside casus)")
                }
                continue
            }
            let wantNames = want.map { String($0.prefix { $0 != " " }) }
            let haveNames = have.map { String($0.prefix { $0 != " " }) }
            for (column, shape) in zip(haveNames, have) {
                if let i = wantNames.firstIndex(of: column) {
                    if want[i] != shape {
                        out.append("schema: column \(name).\(column) differs from casus's (changed outside casus)")
                    }
                } else {
                    out.append("schema: column \(name).\(column) is not casus's (added outside casus)")
                }
            }
            for column in wantNames where !haveNames.contains(column) {
                out.append("schema: column \(name).\(column) is missing (dropped outside casus)")
            }
        }
        return out
    }
}
