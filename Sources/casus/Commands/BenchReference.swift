import CasusCore
import CasusPostgres
import CasusStore
import CasusTerminal
import Foundation

/// What `casus bench run` times beside casus: the same statements by the database's own
/// command-line tool in a fresh process, so the difference is casus's own cost. sqlite3 runs
/// casus's SQL on the file; psql calls the same casus functions on the server, as the same
/// account, with the access-log line each read needs (psql may not touch a table either).
protocol BenchReference {
    /// "sqlite3" or "psql".
    var tool: String { get }
    func firstFrame() -> Double?
    func page() -> Double?
    func dossier(_ id: Int64) -> Double?
    /// A window of a dossier's timeline as the screen reads it: its outline, then the entries.
    func dossierWindow(_ id: Int64, offset: Int, limit: Int) -> Double?
    /// The entry search for one query; `account` and `school` for a director's or IB's scope.
    func search(_ q: String, account: String?, school: Int?) -> Double?
    func append() -> Double?
    func integrity() -> Double?
}

struct SQLiteReference: BenchReference {
    let path: String
    var tool: String { "sqlite3" }
    func firstFrame() -> Double? { SQLiteCLI.time(path, BenchSQL.firstFrame) }
    func page() -> Double? { SQLiteCLI.time(path, BenchSQL.page) }
    func dossier(_ id: Int64) -> Double? { SQLiteCLI.time(path, BenchSQL.dossier(id)) }
    func dossierWindow(_ id: Int64, offset: Int, limit: Int) -> Double? {
        SQLiteCLI.time(path, BenchSQL.dossierWindow(id, offset: offset, limit: limit))
    }
    func search(_ q: String, account: String?, school: Int?) -> Double? {
        SQLiteCLI.time(path, BenchSQL.search(q, scope: school))
    }
    func append() -> Double? { SQLiteCLI.appendTime(scratch: path + ".bench-scratch") }
    func integrity() -> Double? { SQLiteCLI.time(path, "PRAGMA integrity_check;") }
}

/// psql on the server, `\timing` per statement. It cannot append (the chains' hashes and the
/// rules are casus's, and no role may write a table) nor run verify's replay, so those two
/// stay empty beside the server.
struct PsqlReference: BenchReference {
    let url: String
    var tool: String { "psql" }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/psql") }

    /// The first screen's three calls: new reports, open cases, the first page of them.
    static let scope = "NULL, true, true"
    static let openCases = "\(scope), 'open', NULL, NULL, false, NULL, NULL, NULL"

    func firstFrame() -> Double? {
        time(
            """
            SELECT casus.log_read('list', NULL, 'cases') AS t \\gset
            SELECT casus.count_incidents(\(Self.scope), 'new', NULL);
            SELECT casus.count_cases(\(Self.openCases));
            SELECT count(*) FROM casus.cases(\(Self.openCases), 115, 0, :t);
            """)
    }

    func page() -> Double? {
        time(
            """
            SELECT casus.log_read('list', NULL, 'cases') AS t \\gset
            SELECT count(*) FROM casus.cases(\(Self.openCases), 115, 2000, :t);
            """)
    }

    func dossier(_ id: Int64) -> Double? {
        time(
            """
            SELECT casus.log_read('dossier', \(id), NULL) AS t \\gset
            SELECT count(*) FROM casus.entries_of_dossier(\(id), 0, 1000000, :t);
            """)
    }

    func dossierWindow(_ id: Int64, offset: Int, limit: Int) -> Double? {
        time(
            """
            SELECT casus.log_read('dossier', \(id), NULL) AS t \\gset
            SELECT * FROM casus.timeline_outline(\(id), :t);
            SELECT count(*) FROM casus.entries_of_dossier(\(id), \(offset), \(limit), :t);
            """)
    }

    func search(_ q: String, account: String?, school: Int?) -> Double? {
        let words = q.split(separator: " ").map(String.init)
        let array = "'{" + words.joined(separator: ",") + "}'"
        let scope =
            school.map { "\($0), true, \(account?.hasPrefix("demo-ib") == true ? "false" : "true")" } ?? Self.scope
        return time(
            """
            SELECT casus.log_read('search', NULL, '\(words.joined(separator: " "))') AS t \\gset
            SELECT count(*) FROM casus.find_entries(\(scope), \(array), 200, 200, :t);
            SELECT count(*) FROM casus.find_cases(\(scope), \(array), 200, 200, :t);
            """, as: account)
    }

    func append() -> Double? { nil }
    func integrity() -> Double? { nil }

    /// Milliseconds psql reports for the statements, summed; nil when it could not run them.
    func time(_ sql: String, as account: String? = nil) -> Double? {
        guard Self.available else { return nil }
        let target = account.map { BenchServer.url(url, as: $0) } ?? url
        let file = NSTemporaryDirectory() + "casus-bench-\(getpid())-\(UUID().uuidString.prefix(8)).sql"
        defer { try? FileManager.default.removeItem(atPath: file) }
        guard (try? PrivateFile.create(file, contents: Array(("\\timing on\n" + sql + "\n").utf8))) != nil,
            let out = try? Spawn.run(
                ["/usr/bin/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", target, "-f", file],
                capture: true)
        else { return nil }
        let times = out.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Time: ") else { return nil }
            return Double(line.dropFirst("Time: ".count).split(separator: " ").first ?? "")
        }
        return times.isEmpty ? nil : times.reduce(0, +)
    }
}

/// A store that can name its largest dossier (the bench opens it); both backends can.
protocol LargestDossier {
    func largestDossier(school: SchoolID?) throws -> PersonID?
}

extension SQLiteStorage: LargestDossier {}
extension PostgresStorage: LargestDossier {}

enum BenchServer {
    /// The same server as another role (a test cluster with trust, or an ident map).
    static func url(_ url: String, as account: String) -> String {
        url + (url.contains("?") ? "&" : "?") + "user=" + account
    }
}
