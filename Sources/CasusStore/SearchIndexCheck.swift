import Foundation
import GRDB

/// The full-text indexes checked against the rows they index, inside a read: each index is built
/// again from its rows in a temporary table (same definition), and the two are compared posting
/// by posting and document size by size; then every term is looked up through the live index,
/// which must find as many documents as its posting list holds (a damaged term index loses
/// lookups while a full scan still reads whole). Only the temporary schema is written.
struct SearchIndexCheck {
    let db: Database
    static let indexes = ["entry_fts", "case_fts", "person_fts"]

    func problems() throws -> [String] {
        // A pool's readers are opened read-only, which still lets them write their temporary
        // schema; a single connection reads under `query_only`, which does not. Lift it for the
        // check (only temp tables are written) and put it back as it was.
        let queryOnly = try Bool.fetchOne(db, sql: "PRAGMA query_only") ?? false
        if queryOnly { try db.execute(sql: "PRAGMA query_only = 0") }
        defer { if queryOnly { try? db.execute(sql: "PRAGMA query_only = 1") } }
        var problems: [String] = []
        for index in Self.indexes {
            do {
                if let p = try check(index) { problems.append("search index \(index): \(p)") }
            } catch {
                problems.append("search index \(index) cannot be read: \(error)")
            }
            try? db.execute(
                sql: """
                    DROP TABLE IF EXISTS temp.check_\(index); DROP TABLE IF EXISTS temp.check_\(index)_terms;
                    DROP TABLE IF EXISTS temp.live_\(index)_terms
                    """)
        }
        return problems
    }

    private func check(_ index: String) throws -> String? {
        guard
            let definition = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [index]),
            let open = definition.range(of: "USING fts5", options: .caseInsensitive)
        else { return "its definition is missing" }
        let columns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [index])
            .map { $0["name"] as String }
        guard let content = definition.firstMatch(of: /content='([a-z_]+)'/)?.1 else {
            return "it names no content table"
        }
        let check = "check_\(index)"
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.\(check) " + definition[open.lowerBound...])
        let list = columns.joined(separator: ", ")
        try db.execute(sql: "INSERT INTO temp.\(check)(rowid, \(list)) SELECT id, \(list) FROM \(content)")
        try db.execute(
            sql: "CREATE VIRTUAL TABLE temp.live_\(index)_terms USING fts5vocab(main, '\(index)', 'instance')")
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.\(check)_terms USING fts5vocab(temp, '\(check)', 'instance')")
        let differs =
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT term, doc FROM temp.live_\(index)_terms EXCEPT SELECT term, doc FROM temp.\(check)_terms)
                        OR EXISTS (SELECT term, doc FROM temp.\(check)_terms EXCEPT SELECT term, doc FROM temp.live_\(index)_terms)
                    """) ?? true
        if differs { return "it does not index exactly the rows of \(content)" }
        let sizes =
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT id, sz FROM main.\(index)_docsize EXCEPT SELECT id, sz FROM temp.\(check)_docsize)
                        OR EXISTS (SELECT id, sz FROM temp.\(check)_docsize EXCEPT SELECT id, sz FROM main.\(index)_docsize)
                    """) ?? true
        if sizes { return "its document sizes (used to rank hits) differ from the rows" }
        let lookup = try db.cachedStatement(sql: "SELECT count(*) FROM \(index) WHERE \(index) MATCH ?")
        let terms = try Row.fetchCursor(
            db, sql: "SELECT term, count(DISTINCT doc) AS docs FROM temp.live_\(index)_terms GROUP BY term")
        while let row = try terms.next() {
            let term: String = row["term"]
            let phrase = "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let found = try Int.fetchOne(lookup, arguments: [phrase]) ?? 0
            if found != row["docs"] as Int {
                return "a lookup of '\(term)' finds \(found) of \(row["docs"] as Int) rows"
            }
        }
        return nil
    }
}
