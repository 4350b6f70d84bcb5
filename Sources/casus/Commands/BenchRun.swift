import ArgumentParser
import CasusCore
import CasusPostgres
import CasusStore
import CasusTUI
import CasusTerminal
import Foundation

/// `casus bench run`: the figures of DESIGN.md §10 on a (district) demo database, each beside
/// the same query done by the database's own tool (sqlite3 for a file, psql for a server,
/// BenchReference), so the ratio shows casus's own cost.
struct BenchRun: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: .nl(
            "Meet eerste scherm, toets-tot-scherm, grootste dossier, zoeken, toevoegen en geheugen.",
            en: "Measure first frame, key to frame, largest dossier, search, append and memory."),
        discussion:
            .nl(
                "Maak eerst de database: `swift run -c release casus demo --size district --no-tui --db PAD`; voor een server zet u die daarna over met `casus --db PAD migrate --to URL` en meet u met --db URL. Zie BENCHMARKS.md.",
                en:
                    "Make the database first: `swift run -c release casus demo --size district --no-tui --db PATH`; for a server, move it there with `casus --db PATH migrate --to URL` and measure with --db URL. See BENCHMARKS.md."
            )
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: .nl("Aantal toetsen voor toets-tot-scherm.", en: "Number of keys for key to frame.")) var keys: Int =
        5000
    @Option(help: .nl("Herhalingen per zoekvraag.", en: "Repetitions per search.")) var searchRounds: Int = 20
    @Option(help: .nl("Aantal toe te voegen stukken.", en: "Number of entries to append.")) var appends: Int = 200
    @Flag(help: .nl("Ook meten op een echte terminal onder tmux.", en: "Also measure on a real terminal under tmux."))
    var tmux = false
    @Option(
        help: .nl(
            "Zoveel anderen tegelijk aan het werk op de server (directeuren, ib'ers, leerkrachten, bestuur) terwijl er gemeten wordt.",
            en:
                "This many others at work on the server at the same time (directors, IBs, teachers, board) while measuring."
        )) var sessions: Int = 0
    @Flag(
        inversion: .prefixedNo,
        help: .nl(
            "Ook de hele database nalopen (verify); op een bestuur duurt dat minuten.",
            en: "Also walk the whole database (verify); on a board that takes minutes."))
    var verify = true

    func run(_ ctx: Context) throws {
        let path = ctx.databasePath
        // A wrong --sessions is refused before anything is measured or written.
        guard sessions >= 0 else {
            throw CasusError.invalid(
                "--sessions is een aantal anderen: 0 of meer (u gaf \(sessions))",
                "--sessions is a number of others: 0 or more (you gave \(sessions))")
        }
        guard sessions == 0 || StorageSelection.isServer(path) else {
            throw CasusError.invalid(
                "--sessions meet anderen tegelijk op een server; een eigen databasebestand heeft één gebruiker",
                "--sessions measures others at once on a server; a personal database file has one user")
        }
        let profiles = try ctx.profiles()
        var report = BenchReport()

        // First full frame: configuration, store, session, the first screen's queries, the Canvas.
        let t0 = Clock0.now()
        let onServer = StorageSelection.isServer(path)
        let storage = try StorageSelection.open(path, concurrent: true)
        try storage.sessionWillStart()  // as the TUI does
        let reference: any BenchReference = onServer ? PsqlReference(url: path) : SQLiteReference(path: path)
        let service = try CasusService.session(
            storage: storage, account: try Context.osAccount(), as: global.asAccount, profiles: profiles)
        try Bench.demoOnly(service)
        let letters = try ctx.config.letters()
        let runtime = try Runtime(service: service, letters: letters, lang: ctx.lang, width: 120, height: 40)
        _ = runtime.frame
        report.add(
            "first frame (in process)", [Clock0.ms(since: t0)], target: "< 150 ms",
            sqlite: reference.firstFrame())

        // Others at work on the same server from here on (issue 18, item 3).
        var others: BenchSessions?
        if sessions > 0 {
            others = try BenchSessions(
                count: sessions, url: path, service: service, profiles: profiles, letters: letters)
        }

        // Navigation: thousands of keys across every tab, each key's update, store calls and frame.
        var frames: [Double] = []
        var slowest: [(ms: Double, key: Key, screen: String)] = []
        var byKind: [String: [Double]] = [:]  // every press, by key and screen
        frames.reserveCapacity(keys)
        for key in KeyScript.keys(count: keys) {
            let before = "\(runtime.state.tab)"
            let t = Clock0.now()
            runtime.send(.event(.key(key)))
            let drawing = Clock0.now()
            _ = runtime.frame
            let ms = Clock0.ms(since: t)
            frames.append(ms)
            slowest.append((ms, key, before + String(format: " (view %.1f)", Clock0.ms(since: drawing))))
            if slowest.count > 64 { slowest = Array(slowest.sorted { $0.ms > $1.ms }.prefix(8)) }
            byKind["\(key) on \(before)", default: []].append(ms)
            if runtime.state.quitting { runtime.send(.event(.key(.char("2")))) }
        }
        report.add(
            "key to frame (Canvas, \(frames.count) keys)", frames, target: "p99 < 5 ms",
            sqlite: reference.page())
        report.notes.append(
            "slowest keys: "
                + slowest.sorted { $0.ms > $1.ms }.prefix(8)
                .map { String(format: "%@ on %@ %.1f ms", "\($0.key)", $0.screen, $0.ms) }.joined(separator: "; "))
        // What makes the p99: which keys go over 5 ms, how often (out of how many rounds of the script).
        let over = byKind.mapValues { $0.filter { $0 > 5 } }.filter { !$0.value.isEmpty }
        report.notes.append(
            "keys over 5 ms (\(over.values.map(\.count).reduce(0, +)) of \(frames.count)): "
                + over.sorted { $0.value.count > $1.value.count }.prefix(10)
                .map {
                    String(
                        format: "%@ %d× (p50 %.1f ms)", $0.key, $0.value.count, $0.value.sorted()[$0.value.count / 2])
                }
                .joined(separator: "; "))
        // The same keys every time they were pressed, not only when they were slow.
        let kinds = byKind.mapValues { $0.sorted() }.filter { $0.value.count >= 5 }
        report.notes.append(
            "slowest kinds of key, every press (p50, p90): "
                + kinds.sorted { $0.value[$0.value.count / 2] > $1.value[$1.value.count / 2] }.prefix(6)
                .map {
                    String(
                        format: "%@ %d× (%.1f, %.1f ms)", $0.key, $0.value.count, $0.value[$0.value.count / 2],
                        $0.value[$0.value.count * 9 / 10])
                }
                .joined(separator: "; "))

        // The Overzicht's year, in its two halves: the figures from the store, the lines drawn.
        var figures: [Double] = []
        var drawing: [Double] = []
        for year in [2024, 2025, 2026, 2024, 2025, 2026, 2024, 2025, 2026, 2025] {
            let t = Clock0.now()
            let stats = try service.reports.statistics(schoolYear: year)
            figures.append(Clock0.ms(since: t))
            let d = Clock0.now()
            _ = BarChart.overview(stats, width: 118, lang: ctx.lang, today: service.today)
            drawing.append(Clock0.ms(since: d))
        }
        report.notes.append(
            String(
                format: "Overzicht year: figures p50 %.2f ms, drawn p50 %.2f ms",
                figures.sorted()[figures.count / 2], drawing.sorted()[drawing.count / 2]))

        // The largest dossier.
        let largest = try (storage as? any LargestDossier)?.largestDossier(school: service.scope.schoolID) ?? 0
        var dossierTimes: [Double] = []
        var entries = 0
        for _ in 0..<5 {
            let t = Clock0.now()
            entries = try service.dossiers.dossier(largest).entries.count
            dossierTimes.append(Clock0.ms(since: t))
        }
        report.add(
            "read largest dossier whole, dossier show (\(entries) entries)", dossierTimes, target: "-",
            sqlite: reference.dossier(largest))
        // As the screen opens it: the window of entries around an 80×24 screen (9 entries and a
        // margin of 40 on each side), at its top and at its end (`G`).
        let window = 9 + 2 * 40
        for (what, offset) in [("its first window", 0), ("its last window", max(0, entries - window))] {
            var times: [Double] = []
            for _ in 0..<5 {
                let t = Clock0.now()
                _ = try service.dossiers.timelinePage(largest, offset: offset, limit: window)
                times.append(Clock0.ms(since: t))
            }
            report.add(
                "open largest dossier on screen, \(what)", times, target: "-",
                sqlite: reference.dossierWindow(largest, offset: offset, limit: window))
        }

        // Search over every entry and case summary, as the board (the whole district), as one
        // school's director and as that school's IB (pupil dossiers only).
        // (School 3 of the district, or the demo's one school: the same accounts as every earlier run.)
        var slowQueries: [(Double, String)] = []
        let users = try service.directory.users()
        let schools = try service.directory.schools().map(\.id)
        let school = schools.contains(3) ? 3 : schools.min() ?? 1
        func account(_ role: Role) -> String? {
            users.filter { $0.role == role && $0.schoolID == school }.map(\.account).sorted().first
        }
        for (label, account) in [
            ("board", nil as String?), ("director, one school", account(.director)), ("IB, one school", account(.ib)),
        ] where label == "board" || account != nil {
            let searcher =
                try account.map { try BenchRun.session(onServer ? path : nil, storage, $0, profiles) } ?? service
            var searches: [Double] = []
            for q in BenchSQL.queries {
                var mine: [Double] = []
                for _ in 0..<searchRounds {
                    let t = Clock0.now()
                    _ = try searcher.dossiers.search(q)
                    mine.append(Clock0.ms(since: t))
                }
                searches += mine
                slowQueries.append((mine.sorted()[mine.count / 2], "\(q) (\(label))"))
            }
            report.add(
                "search as \(label) (\(BenchSQL.queries.count) queries × \(searchRounds))", searches,
                target: "p95 < 30 ms",
                sqlite: reference.search(
                    BenchSQL.queries[0], account: account, school: account == nil ? nil : Int(school)),
                percentile: 0.95)
        }
        report.notes.append(
            "slowest queries (p50): "
                + slowQueries.sorted { $0.0 > $1.0 }.prefix(5)
                .map { String(format: "%@ %.1f ms", $0.1, $0.0) }.joined(separator: "; "))

        // Appending: hash, insert, audit line, fsync.
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1).first!
        func timedAppends(_ append: (Int) throws -> Void) rethrows -> [Double] {
            try (0..<appends).map { i in
                let t = Clock0.now()
                try append(i)
                return Clock0.ms(since: t)
            }
        }
        let appendTimes = try timedAppends { i in
            try service.dossiers.addEntry(
                person: pupil.id, kind: .note, title: "Meting \(i)", body: "Meting van het toevoegen.")
        }
        report.notes.append(
            "slowest appends: "
                + appendTimes.enumerated().sorted { $0.element > $1.element }.prefix(5)
                .map { String(format: "%.1f ms (no. %d)", $0.element, $0.offset + 1) }.joined(separator: ", "))
        report.add(
            "append entry (hash + fsync)", appendTimes, target: "< 5 ms",
            sqlite: reference.append())
        // The same note in an open case (the case screen's note): its dossier is the case's, read
        // with the case.
        if let open = try service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 1).first {
            let caseTimes = try timedAppends { i in
                try service.cases.addEntry(
                    open.id, kind: .note, title: "Meting \(i)", body: "Meting van het toevoegen.")
            }
            report.add("append entry in a case", caseTimes, target: "< 5 ms", sqlite: nil)
        }

        if let others {
            let (summary, keys, errors) = others.stop()
            report.add("key to frame (the other sessions' screens)", keys, target: "p99 < 5 ms", sqlite: nil)
            report.notes.append(summary)
            report.notes += errors.prefix(5).map { "error in another session: " + String($0.prefix(200)) }
        }

        // The session's memory, before verify (a batch command that holds far more) raises the high-water mark.
        report.memory("peak resident memory (this process, before verify)", PeakMemory.megabytes)

        // Verifying everything: the chain replayed against every table, every dossier's and the
        // audit log's chain, the evidence, the indexes. Beside it, SQLite's own integrity check.
        if verify {
            let verifying = Clock0.now()
            let verified = try service.integrity.verify()
            report.add(
                "verify (\(verified.events) events, every table)", [Clock0.ms(since: verifying)],
                target: "tens of seconds", sqlite: reference.integrity())
            if !verified.isSound { report.notes.append("verify found the database NOT sound") }
            report.memory("peak resident memory (this process, verify included)", PeakMemory.megabytes, target: "-")
        }

        if tmux { try TmuxBench.run(path: path, keys: min(keys, 2000), report: &report) }
        report.print(database: onServer ? ConnectionString.redacted(path) : path, tool: reference.tool)
    }

    /// A session as another account: on the same file, or on the server (`server`) logged in as
    /// that account (the server answers for the role that logged in, not for the one a client names).
    static func session(_ server: String?, _ storage: any CasusStorage, _ account: String, _ profiles: ProfileRegistry)
        throws -> CasusService
    {
        let own: any CasusStorage =
            try server.map { try PostgresStorage(url: BenchServer.url($0, as: account)) } ?? storage
        return try CasusService.session(storage: own, account: account, profiles: profiles)
    }
}

/// Monotonic milliseconds.
enum Clock0 {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func ms(since t: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000 }
}

/// A fixed, varied key sequence over all tabs: lists, paging, the ends, opening and closing,
/// filters, typing a name.
enum KeyScript {
    static func keys(count: Int) -> [Key] {
        var round: [Key] = []
        round +=
            [.char("2")] + Array(repeating: .char("j"), count: 40) + Array(repeating: .pageDown, count: 12) + [
                .char("G")
            ]
        round += Array(repeating: .pageUp, count: 6) + [.char("g"), .enter, .char("j"), .char("j"), .pageDown, .escape]
        round += [.char("o"), .char("o"), .char("b"), .char("r"), .char("!"), .char("f")]
        round +=
            [.char("1")] + Array(repeating: .char("j"), count: 30) + Array(repeating: .pageDown, count: 6) + [
                .char("G"), .char("g"),
            ]
        round += [.enter, .escape]
        round +=
            [.char("3")] + Array(repeating: .char("j"), count: 30) + Array(repeating: .pageDown, count: 6) + [
                .char("G"), .char("g"),
            ]
        round += [.char("f"), .char("d"), .char("e"), .enter, .char("j"), .char("j"), .char("f"), .escape]
        round += [.char("4"), .char("j"), .char("j"), .char("["), .char("]")]
        var out: [Key] = []
        while out.count < count { out += round }
        return Array(out.prefix(count))
    }
}

/// The queries casus does, written out for the sqlite3 tool.
enum BenchSQL {
    static let queries = [
        "telefoon", "meme", "schermafbeeldingen", "excuses", "bedreigingen", "nepaccount",
        "ouders gesprek", "contract", "Instagram", "verwijderd",
    ]

    /// A page deep in the open cases, as casus asks for it (SQLiteAccess.cases).
    static let page = """
        SELECT c.id, c.number, c.status, p.first_name, p.infix, p.last_name, p.kind, p.grp, c.rung, c.severity, c.summary,
               c.opened_at, c.next_due, s.name
        FROM (SELECT c.id FROM "case" c WHERE c.status = 'open' ORDER BY c.opened_at DESC, c.id DESC LIMIT 115 OFFSET 2000) page
        CROSS JOIN "case" c ON c.id = page.id JOIN person p ON p.id = c.subject_id JOIN school s ON s.id = c.school_id
        ORDER BY c.opened_at DESC, c.id DESC;
        """

    static let firstFrame = """
        SELECT count(*) FROM incident i WHERE i.status = 'new';
        SELECT coalesce(sum(n), 0) FROM case_count WHERE n <> 0 AND status = 'open';
        """ + page.replacingOccurrences(of: "OFFSET 2000", with: "OFFSET 0")

    static func dossier(_ id: Int64) -> String {
        "SELECT * FROM entry WHERE dossier_id = \(id) ORDER BY seq;"
    }

    static func dossierWindow(_ id: Int64, offset: Int, limit: Int) -> String {
        """
        SELECT min(seq), max(seq) FROM entry WHERE dossier_id = \(id);
        SELECT x.seq, t.seq FROM entry x INDEXED BY entry_dossier_corrections LEFT JOIN entry t ON t.id = x.corrects
        WHERE x.dossier_id = \(id) AND x.corrects IS NOT NULL;
        SELECT * FROM entry WHERE dossier_id = \(id) ORDER BY seq LIMIT \(limit) OFFSET \(offset);
        """
    }

    /// The entry half of casus's search (SQLiteAccess.search), for one school or the district.
    static func search(_ q: String, scope school: Int?) -> String {
        // Whole words first, as casus asks first (SQLiteAccess.search).
        let words = q.split(separator: " ").map { "\"\($0)\"" }.joined(separator: " ")
        let match = school.map { "(\(words)) AND _school\($0)" } ?? words
        return """
            SELECT e.id, e.case_id, c.number, p.id, p.first_name, p.infix, p.last_name, p.kind, e.title,
                   snippet(entry_fts, 1, '«', '»', '…', 16), e.at, snippet(entry_fts, 0, '«', '»', '…', 16)
            FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid JOIN person p ON p.id = e.dossier_id
            LEFT JOIN "case" c ON c.id = e.case_id
            WHERE entry_fts MATCH '\(match)'\(school.map { " AND p.school_id = \($0)" } ?? "")
            ORDER BY entry_fts.rowid DESC LIMIT 200;
            """
    }
}

/// The sqlite3 command-line tool, timing the same statements (`.timer on`).
enum SQLiteCLI {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") }

    /// Milliseconds of wall time sqlite3 reports for the statements, summed.
    static func time(_ db: String, _ sql: String) -> Double? {
        guard let times = run(["-readonly", db], ".timer on\n" + sql) else { return nil }
        return times.reduce(0, +) * 1000
    }

    /// The statements fed on standard input (the tool only times what it reads there); the
    /// "Run Time: real" of each, in seconds.
    static func run(_ args: [String], _ script: String) -> [Double]? {
        guard let out = feed(args, script) else { return nil }
        let times = out.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Run Time: real ") else { return nil }
            return Double(line.dropFirst("Run Time: real ".count).split(separator: " ").first ?? "")
        }
        return times.isEmpty ? nil : times
    }

    /// Runs the tool with the script on standard input; its output, nil when it could not run.
    static func feed(_ args: [String], _ script: String) -> String? {
        guard available else { return nil }
        let file = NSTemporaryDirectory() + "casus-bench-\(getpid())-\(UUID().uuidString.prefix(8)).sql"
        defer { try? FileManager.default.removeItem(atPath: file) }
        guard (try? PrivateFile.create(file, contents: Array(script.utf8))) != nil else { return nil }
        return try? Spawn.run(["/usr/bin/sqlite3"] + args, capture: true, stdin: file)
    }

    /// An INSERT and COMMIT with fsync into a scratch database of the same shape (WAL,
    /// synchronous=FULL, an FTS5 index), per entry: the tool's wall time for 200 inserts less its
    /// time without them, divided by 200 (its timer only shows whole milliseconds).
    static func appendTime(scratch: String) -> Double? {
        func remove() {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        }
        defer { remove() }
        let setup = """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
            CREATE TABLE entry (id INTEGER PRIMARY KEY, dossier_id INTEGER, seq INTEGER, title TEXT, body TEXT, hash TEXT, UNIQUE(dossier_id, seq));
            CREATE VIRTUAL TABLE entry_fts USING fts5(title, body, content='entry', content_rowid='id', detail=none);

            """
        var inserts = ""
        for i in 1...200 {
            inserts +=
                "BEGIN; INSERT INTO entry (dossier_id, seq, title, body, hash) VALUES (1, \(i), 'Meting', 'Meting van het toevoegen.', '\(String(repeating: "a", count: 64))');\n"
            inserts +=
                "INSERT INTO entry_fts (rowid, title, body) VALUES (\(i), 'Meting', 'Meting van het toevoegen.'); COMMIT;\n"
        }
        func wall(_ script: String) -> Double? {
            remove()
            // Made private before sqlite3 opens it (it would make it with the umask's mode).
            guard (try? PrivateFile.create(scratch, contents: [])) != nil else { return nil }
            let t = Clock0.now()
            guard feed([scratch], script) != nil else { return nil }
            return Clock0.ms(since: t)
        }
        guard let base = wall(setup), let full = wall(setup + inserts) else { return nil }
        return max(0, full - base) / 200
    }
}

/// The real binary on a real terminal: first frame from exec, key-to-frame from its own log.
enum TmuxBench {
    static func run(path: String, keys: Int, report: inout BenchReport) throws {
        let socket = "casus-bench-\(getpid())"
        let log = NSTemporaryDirectory() + "casus-bench-frames-\(getpid()).txt"
        defer { _ = try? Spawn.run(["/usr/bin/env", "tmux", "-L", socket, "kill-server"], capture: false) }
        let binary =
            CommandLine.arguments[0].hasPrefix("/")
            ? CommandLine.arguments[0]
            : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
        // The built-in configuration unless this run was given a folder of its own.
        let config = ProcessInfo.processInfo.environment["CASUS_CONFIG"].map { " CASUS_CONFIG='\($0)'" } ?? ""
        let command =
            "env LANG=C.UTF-8 TERM=xterm-256color\(config) CASUS_FRAME_LOG='\(log)' '\(binary)' --db '\(path)'"
        let start = Clock0.now()
        try Spawn.run(
            ["/usr/bin/env", "tmux", "-L", socket, "new-session", "-d", "-x", "120", "-y", "40", command],
            capture: false)
        var first: Double?
        while Clock0.ms(since: start) < 10_000 {
            let screen = try Spawn.run(["/usr/bin/env", "tmux", "-L", socket, "capture-pane", "-p"], capture: true)
            if screen.contains("casus ·") && screen.contains("Zaken") {
                first = Clock0.ms(since: start)
                break
            }
            usleep(2000)
        }
        report.add("first frame (tmux, from exec)", first.map { [$0] } ?? [], target: "< 150 ms", sqlite: nil)
        // Keys in batches through tmux; casus logs each key's frame time itself.
        let names = KeyScript.keys(count: keys).map(tmuxName)
        for batch in stride(from: 0, to: names.count, by: 50) {
            try Spawn.run(
                ["/usr/bin/env", "tmux", "-L", socket, "send-keys"] + names[batch..<min(names.count, batch + 50)],
                capture: false)
            usleep(20_000)
        }
        try Spawn.run(
            ["/usr/bin/env", "tmux", "-L", socket, "send-keys", "Escape", "Escape", "1", "q"], capture: false)
        let deadline = Clock0.now()
        while !FileManager.default.fileExists(atPath: log), Clock0.ms(since: deadline) < 10_000 { usleep(10_000) }
        usleep(100_000)
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return }
        try? FileManager.default.removeItem(atPath: log)
        let lines = text.split(separator: "\n")
        // "ms<TAB>event on tab" per key.
        let frames = lines.compactMap { line -> (Double, Substring)? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let ms = Double(parts[0]) else { return nil }
            return (ms, parts[1])
        }
        report.add("key to frame (ncurses under tmux)", frames.map(\.0), target: "p99 < 5 ms", sqlite: nil)
        report.notes.append(
            "slowest keys under tmux: "
                + frames.sorted { $0.0 > $1.0 }.prefix(8)
                .map { String(format: "%@ %.1f ms", String($0.1), $0.0) }.joined(separator: "; "))
        if let rss = lines.first(where: { $0.hasPrefix("rss ") }).flatMap({ Double($0.dropFirst(4)) }) {
            report.memory("peak resident memory (TUI under tmux)", rss)
        }
    }

    static func tmuxName(_ key: Key) -> String {
        switch key {
        case let .char(c): String(c)
        case .enter: "Enter"
        case .escape: "Escape"
        case .pageDown: "PageDown"
        case .pageUp: "PageUp"
        case .up: "Up"
        case .down: "Down"
        default: "Escape"
        }
    }
}

struct BenchReport {
    var rows: [(String, String, String, String)] = []
    var notes: [String] = []

    mutating func add(_ name: String, _ samples: [Double], target: String, sqlite: Double?, percentile: Double = 0.99) {
        let sorted = samples.sorted()
        func p(_ q: Double) -> Double {
            sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
        }
        let figure =
            sorted.count == 1
            ? String(format: "%.1f ms", sorted[0])
            : String(format: "p50 %.2f ms, p%d %.2f ms", p(0.5), Int(percentile * 100), p(percentile))
        rows.append(
            (name, sorted.isEmpty ? "n/a" : figure, target, sqlite.map { String(format: "%.2f ms", $0) } ?? "-"))
    }

    mutating func memory(_ name: String, _ mb: Double, target: String = "< 60 MB") {
        rows.append((name, String(format: "%.1f MB", mb), target, "-"))
    }

    func print(database: String, tool: String) {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces)
            ?? "?"
        Output.line("casus bench — \(database)")
        Output.line("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu); \(Timestamp.now().iso)")
        Output.line()
        let w0 = max(24, rows.map { $0.0.count }.max() ?? 0)
        Output.line(
            "| " + "what".padding(toLength: w0, withPad: " ", startingAt: 0)
                + " | casus | target | \(tool) (same query) |")
        Output.line("|" + String(repeating: "-", count: w0 + 2) + "|---|---|---|")
        for r in rows {
            Output.line("| " + r.0.padding(toLength: w0, withPad: " ", startingAt: 0) + " | \(r.1) | \(r.2) | \(r.3) |")
        }
        if !notes.isEmpty { Output.line() }
        for n in notes { Output.line(n) }
    }
}
