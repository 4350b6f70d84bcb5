import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// The server is the trust boundary (DESIGN.md §5, issue 14): what an IB, a teacher and a director
/// can do when they bypass casus and log in with `psql` themselves.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresRoleTests {
    struct World {
        let cluster: PostgresCluster
        let database: String
        let pupil: Person
        let staff: Person
    }

    /// A school on a fresh database: the founder as director, a pupil and a staff member each with
    /// a note in their dossier, an IB and a teacher.
    static let logins = NSLock()

    func world(on cluster: PostgresCluster? = nil) throws -> World {
        let cluster = try cluster ?? PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: url)
        let storage = try PostgresStorage(url: cluster.url(database: database, user: "founder"))
        // The founder's login is granted its group here: one test at a time (`logins`).
        let service = try Self.logins.withLock {
            try Directory.initialize(
                storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "founder",
                director: ("Anne", "van der", "Berg"), profiles: Fixtures.profiles)
        }
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        let staff = try service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Kees", lastName: "Bakker", function: "groepsleerkracht")
        ).value
        _ = try service.dossiers.addEntry(person: staff.id, kind: .note, title: "Gesprek", body: "Personeelsgeheim K.")
        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Leerlingnotitie S.")
        // Logins are the cluster's, shared by the tests' databases: two tests granting the same one
        // its group at once collide in PostgreSQL's catalog ("duplicate key … pg_auth_members").
        try Self.logins.withLock {
            _ = try service.directory.addUser(account: "ib_els", role: .ib, personID: nil)
            _ = try service.directory.addUser(account: "juf_ria", role: .teacher, personID: nil)
        }
        return World(cluster: cluster, database: database, pupil: pupil, staff: staff)
    }

    /// The director's session and a case about the staff member with a note in it.
    func staffCase(_ w: World) throws -> (CasusService, Case) {
        let director = try login(w, "founder")
        let report = try director.intake.report(
            summary: "Bericht over een collega.", platform: "WhatsApp", subjects: [w.staff.id]
        ).value
        let staffCase = try director.cases.open(
            incident: report.id, subject: w.staff.id, articles: ["A.5"], severity: nil
        ).value
        _ = try director.cases.addEntry(staffCase.id, kind: .note, title: "Gesprek", body: "Personeelsgeheim Z.")
        return (director, staffCase)
    }

    /// The founder's session and a case about the pupil, opened on a report.
    func pupilCase(_ w: World) throws -> (CasusService, Case) {
        let director = try login(w, "founder")
        let report = try director.intake.report(summary: "Foto gedeeld.", platform: "Snapchat", subjects: [w.pupil.id])
            .value
        let c = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
        return (director, c)
    }

    /// A teacher reads back the report it filed with `psql` too, and no other: the server's
    /// `own_report` is the core's `Intake.isOwn`.
    @Test func aTeacherReadsItsOwnReportAndNoOtherOnTheServer() throws {
        let w = try world()
        let teacher = try login(w, "juf_ria")
        let own = try teacher.intake.report(summary: "Filmpje gedeeld.", platform: "TikTok", subjects: [w.pupil.id])
            .value
        #expect(try teacher.intake.incident(own.id).0.summary == "Filmpje gedeeld.")
        let (_, staffCase) = try staffCase(w)
        let theirs = staffCase.incidentID
        #expect(throws: CasusError.self) { try teacher.intake.incident(theirs) }
        for (id, rows) in [(own.id, "1"), (theirs, "0")] {
            let ticket = try w.cluster.reportTicket(w.database, id, user: "juf_ria")
            for function in ["incident_by_id", "involved"] {
                let n = try w.cluster.psql(
                    w.database, "SELECT count(*) FROM casus.\(function)(\(id), \(ticket))", user: "juf_ria")
                #expect(n.trimmingCharacters(in: .whitespacesAndNewlines) == rows, "\(function)(\(id)): \(n)")
            }
        }
        // An IB reads a report only as the report of a pupil's case, not one still in the queue.
        let ibTicket = try w.cluster.reportTicket(w.database, own.id, user: "ib_els")
        let ib = try w.cluster.psql(
            w.database, "SELECT count(*) FROM casus.incident_by_id(\(own.id), \(ibTicket))", user: "ib_els")
        #expect(ib.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "an IB reads no report in the queue")
    }

    /// A server administrator is never a casus account: a director made `postgres` a teacher and
    /// then, acting as it (--as), wrote into another school with the administrator's reach. A
    /// teacher draws no case numbers (it burnt a thousand at a time).
    @Test func anAdministratorIsNoAccountAndATeacherDrawsNoCaseNumbers() throws {
        let w = try world()
        let director = try login(w, "founder")
        #expect(throws: CasusError.self) {
            _ = try director.directory.addUser(account: "postgres", role: .teacher, personID: nil)
        }
        let granted = try w.cluster.psql(
            w.database,
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = 'postgres'")
        #expect(granted.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "postgres was made a casus account")
        let drawn = refused(w, "SELECT casus.next_numbers('case-number:2026', 1000)", as: "juf_ria")
        #expect(drawn?.contains("geen nummers van case-number") == true, "\(drawn ?? "drawn")")
        // A teacher draws report ids (its own reports); one drawn and not used is not kept.
        let unused = refused(w, "SELECT casus.next_numbers('id:incident', 1)", as: "juf_ria")
        #expect(unused?.contains("getrokken en niet gebruikt") == true, "\(unused ?? "kept")")
        for counter in ["id:case", "id:person", "id:entry"] {
            #expect(refused(w, "SELECT casus.next_numbers('\(counter)', 1000)", as: "juf_ria") != nil, "\(counter)")
        }
        #expect(refused(w, "SELECT casus.next_numbers('id:incident', 1000)", as: "ib_els") != nil)
    }

    /// A counter's numbers go to the save that uses them: a teacher drew fifty thousand report ids
    /// in one statement (the cap of a thousand is a call's), committed, and the next report was
    /// number 50014, the gap looking like reports removed (a review). Refused at the COMMIT,
    /// nothing drawn is kept, and the next report takes the next number.
    @Test func numbersDrawnAndNotUsedAreNotKept() throws {
        let w = try world()
        func last() throws -> String {
            try w.cluster.psql(
                w.database, "SELECT coalesce(max(last), 0) FROM casus.sequence WHERE name = 'id:incident'"
            )
            .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let before = try last()
        for (account, counter) in [("juf_ria", "id:incident"), ("ib_els", "id:entry")] {
            let burnt = refused(
                w, "SELECT casus.next_numbers('\(counter)', 1000) FROM generate_series(1, 50)", as: account)
            #expect(burnt?.contains("getrokken en niet gebruikt") == true, "\(account): \(burnt ?? "kept")")
        }
        #expect(try last() == before)
        let teacher = try login(w, "juf_ria")
        let report = try teacher.intake.report(summary: "Filmpje.", platform: "TikTok", subjects: [w.pupil.id]).value
        #expect(report.id == Int64(before)! + 1)
        let ib = try login(w, "ib_els")
        _ = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: "Zorg", body: "Gesprek met mentor.")
        // A case number of five digits is found as the client writes it (the check looked for
        // 2026-1234 when 2026-12345 was opened, and refused it: a review).
        let director = try login(w, "founder")
        let year = director.session.today.year
        _ = try w.cluster.psql(
            w.database,
            "SET session_replication_role = replica; INSERT INTO casus.sequence VALUES ('case-number:\(year)', 12344) ON CONFLICT (name) DO UPDATE SET last = 12344"
        )
        let opened = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
        #expect(opened.value.number.hasSuffix("-12345"), "\(opened.value.number)")
    }

    /// An account ended while a transaction reading one snapshot was open kept reading dossiers in
    /// it (the snapshot still showed it as a user; a review). casus works in READ COMMITTED only:
    /// each statement sees who the caller is now. Another isolation level is refused, as every role.
    @Test func aTransactionOfOneSnapshotIsRefused() throws {
        let w = try world()
        for level in ["REPEATABLE READ", "SERIALIZABLE"] {
            let told = refused(
                w, "BEGIN ISOLATION LEVEL \(level); SELECT count(*) FROM casus.schools(); COMMIT", as: "ib_els")
            #expect(told?.contains("alleen in transacties van READ COMMITTED") == true, "\(level): \(told ?? "read")")
        }
        #expect(refused(w, "SELECT count(*) FROM casus.schools()", as: "ib_els") == nil)
    }

    /// A session of this account, logged in to the server as itself.
    func login(_ w: World, _ account: String) throws -> CasusService {
        try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: account)), account: account,
            profiles: Fixtures.profiles)
    }

    func refused(_ w: World, _ sql: String, as user: String) -> String? {
        do {
            _ = try w.cluster.psql(w.database, sql, user: user)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func noCasusRoleCanTouchATableDirectly() throws {
        let w = try world()
        let tables = try w.cluster.psql(
            w.database, "SELECT tablename FROM pg_tables WHERE schemaname = 'casus' ORDER BY 1"
        ).split(separator: "\n").map(String.init)
        #expect(tables.contains("event") && tables.contains("entry") && tables.contains("audit"))
        for user in ["founder", "ib_els", "juf_ria"] {
            for table in tables {
                let select = refused(w, "SELECT count(*) FROM casus.\"\(table)\"", as: user)
                #expect(select?.contains("permission denied") == true, "\(user) selected from \(table)")
                let delete = refused(w, "DELETE FROM casus.\"\(table)\"", as: user)
                #expect(delete?.contains("permission denied") == true, "\(user) deleted from \(table)")
            }
            let insert = refused(w, "INSERT INTO casus.app_user VALUES ('\(user)', NULL, 'board', NULL)", as: user)
            #expect(insert?.contains("permission denied") == true, "\(user) made itself board")
        }
    }

    @Test func nobodyNotEvenTheOwnerChangesTheRecord() throws {
        let w = try world()
        // A read first, so the access log has a line to lose.
        let director = try login(w, "founder")
        _ = try director.dossiers.dossier(w.pupil.id)
        // And a screenshot, kept with its note.
        _ = try director.dossiers.addEntry(
            person: w.pupil.id, kind: .note, title: "Bewijs", body: "Schermafbeelding bewaard.",
            evidence: [EvidenceFile(name: "app.png", bytes: Array("PNG van het bericht".utf8))])
        let tables = ["event", "entry", "audit", "access_log", "evidence", "entry_evidence"]
        func count(_ table: String) throws -> String {
            try w.cluster.psql(w.database, "SELECT count(*) FROM casus.\(table)")
        }
        let before = try tables.map(count)
        #expect(!before.contains { $0.hasPrefix("0") })
        for (table, change) in [
            ("event", "UPDATE casus.event SET at = at"), ("event", "DELETE FROM casus.event"),
            ("entry", "UPDATE casus.entry SET body = 'x'"), ("entry", "DELETE FROM casus.entry"),
            ("audit", "UPDATE casus.audit SET detail = 'x'"), ("audit", "DELETE FROM casus.audit"),
            ("access_log", "DELETE FROM casus.access_log"), ("evidence", "UPDATE casus.evidence SET data = 'x'"),
            ("evidence", "DELETE FROM casus.evidence"), ("entry_evidence", "DELETE FROM casus.entry_evidence"),
            ("entry_evidence", "UPDATE casus.entry_evidence SET position = position + 1"),
        ] {
            // The tables' owner has every privilege: casus's own refusal ("nl | en") stops it.
            let owner = refused(w, "SET ROLE casus_data; " + change, as: "postgres")
            #expect(owner?.contains(" | ") == true, "the owner changed \(table): \(change)")
            // The functions' role: the same refusal where it may change rows of the table, else no privilege.
            let functions = refused(w, "SET ROLE casus_owner; " + change, as: "postgres")
            #expect(
                functions?.contains(" | ") == true || functions?.contains("permission denied") == true,
                "the functions' role changed \(table): \(change)")
        }
        #expect(try tables.map(count) == before)
    }

    /// A case's contents (its steps, obligations and facts, as its notes) are read only after the
    /// read is in the access log, with `psql` too: without a committed line for the case the
    /// server refuses; with one, the rows are the ones casus shows, and the line names the reader.
    @Test func aCasesContentsAreReadOnlyAfterTheReadIsLogged() throws {
        let w = try world()
        let (director, c) = try pupilCase(w)
        _ = try director.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming gedeeld."))
        _ = try director.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        let shown = try director.cases.detail(c.id)
        #expect(!shown.steps.isEmpty && !shown.obligations.isEmpty, "a case with something to read")
        for user in ["founder", "ib_els"] {
            for function in ["steps", "obligations", "case_facts"] {
                let message = refused(w, "SELECT count(*) FROM casus.\(function)(\(c.id), NULL)", as: user)
                #expect(message?.contains("toegangslog") == true, "\(user) read \(function) unlogged: \(message ?? "")")
                // Someone else's line, or one for another case, is no ticket either.
                let other = try w.cluster.psql(
                    w.database, "SELECT casus.log_read('case', \(c.id + 1), NULL)", user: user
                ).trimmingCharacters(in: .whitespacesAndNewlines)
                let wrong = refused(w, "SELECT count(*) FROM casus.\(function)(\(c.id), \(other))", as: user)
                #expect(wrong?.contains("toegangslog") == true, "\(user) read \(function) on another line")
            }
            let ticket = try w.cluster.psql(w.database, "SELECT casus.log_read('case', \(c.id), NULL)", user: user)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let counts = try ["steps", "obligations", "case_facts"].map { function in
                try w.cluster.psql(
                    w.database, "SELECT count(*) FROM casus.\(function)(\(c.id), \(ticket))", user: user
                ).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            #expect(
                counts == ["\(shown.steps.count)", "\(shown.obligations.count)", "\(shown.facts.count)"], "\(user)")
            let line = try w.cluster.psql(
                w.database, "SELECT account || ' ' || what || ' ' || case_id FROM casus.access_log WHERE id = \(ticket)"
            )
            #expect(line.hasPrefix("\(user) case \(c.id)"), "\(line)")
        }
    }

    /// Walking the whole store (what `verify` reads: every event, every case's steps, obligations
    /// and facts, the audit log) and reading the audit log take a committed line in the access log
    /// first, with `psql` too; a review read them all, unlogged, as the director of the server's
    /// only school.
    @Test func walksAndTheAuditLogAreReadOnlyAfterTheReadIsLogged() throws {
        let w = try world()
        let reads = [
            "casus.events_page(0, 10, %@)", "casus.derived_page('step', NULL, 10, %@)",
            "casus.derived_page('case_fact', NULL, 10, %@)", "casus.audit_page(0, 10, %@)",
        ]
        for read in reads {
            let message = refused(
                w, "SELECT count(*) FROM " + read.replacingOccurrences(of: "%@", with: "NULL"), as: "founder")
            #expect(message?.contains("toegangslog") == true, "\(read): \(message ?? "read unlogged")")
        }
        let unlogged = refused(w, "SELECT count(*) FROM casus.audit_lines(NULL, NULL, 0, 10, NULL)", as: "founder")
        #expect(unlogged?.contains("toegangslog") == true, "audit_lines: \(unlogged ?? "read unlogged")")
        let walk = try w.cluster.psql(w.database, "SELECT casus.log_read('walk', NULL, NULL)", user: "founder")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for read in reads {
            let n = try w.cluster.psql(
                w.database, "SELECT count(*) FROM " + read.replacingOccurrences(of: "%@", with: walk), user: "founder")
            #expect(Int(n.trimmingCharacters(in: .whitespacesAndNewlines)) != nil, "\(read)")
        }
        let audit = try w.cluster.psql(w.database, "SELECT casus.log_read('audit', NULL, NULL)", user: "founder")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let lines = try w.cluster.psql(
            w.database, "SELECT count(*) FROM casus.audit_lines(NULL, NULL, 0, 10, \(audit))", user: "founder")
        #expect((Int(lines.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0, "\(lines)")
        // And casus itself reads them as before: verify walks everything.
        let director = try login(w, "founder")
        #expect(try director.integrity.verify().isSound)
        #expect(try !director.session.read { try $0.audit(person: nil, offset: 0, limit: 10) }.isEmpty)
    }

    /// `verify` on a server says when a guard is off (a trigger switched off, a table given to
    /// another owner, an entry point altered or opened to anyone: by a superuser's hand, or the
    /// functions' owner's), before any row has been changed through the gap.
    @Test func verifyNamesAGuardThatIsOff() throws {
        let w = try world()
        let director = try login(w, "founder")
        #expect(try director.integrity.verify().isSound)
        try w.cluster.psql(
            w.database,
            """
            ALTER TABLE casus.event DISABLE TRIGGER event_no_change; ALTER TABLE casus.audit OWNER TO casus_owner;
            ALTER FUNCTION casus.guardians(bigint, bigint) SECURITY INVOKER; ALTER FUNCTION casus.closures(bigint) VOLATILE;
            GRANT EXECUTE ON FUNCTION casus.heads() TO PUBLIC;
            """)
        let report = try director.integrity.verify()
        #expect(!report.isSound)
        #expect(
            report.integrity.contains("guard: trigger event_no_change on event is switched off"), "\(report.integrity)")
        for problem in [
            "guard: table audit belongs to casus_owner, not casus_data",
            "guard: function guardians(bigint,bigint) does not run as its owner",
            "guard: function closures(bigint) of casus_reader may write (VOLATILE)",
            "guard: function heads() may be run by anyone",
        ] {
            #expect(report.integrity.contains(problem), "\(problem): \(report.integrity)")
        }
        // `server upgrade` puts them back as `server init` made them.
        _ = try ServerUpgrade.run(url: w.cluster.url(database: w.database, user: "postgres"))
        #expect(try director.integrity.verify().isSound)
    }

    /// The role casus's functions run as may write rows, which the guards check, and nothing that
    /// would step around them: it owns no table, so it cannot switch a trigger off or drop one; it
    /// may not create in the schema, so it cannot replace a guard's function; it makes no roles
    /// and cannot become the tables' owner (a review found all of it open while it owned them).
    @Test func theFunctionsRoleCannotStepAroundTheGuards() throws {
        let w = try world()
        func count(_ table: String) throws -> String {
            try w.cluster.psql(w.database, "SELECT count(*) FROM casus.\(table)")
        }
        let before = try ["event", "entry", "audit", "case", "person"].map { try count("\"\($0)\"") }
        for attempt in [
            "ALTER TABLE casus.event DISABLE TRIGGER event_no_change",
            "ALTER TABLE casus.entry DISABLE TRIGGER ALL",
            "DROP TRIGGER audit_no_change ON casus.audit",
            "DROP TABLE casus.audit",
            "TRUNCATE casus.\"case\"",
            "TRUNCATE casus.person",
            "CREATE OR REPLACE FUNCTION casus.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$",
            "CREATE FUNCTION casus.sneak() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$",
            "ALTER FUNCTION casus.purge_at_head(bigint) OWNER TO casus_owner",
            "CREATE ROLE sneak LOGIN",
            "GRANT casus_data TO casus_owner",
            "GRANT casus_roles TO casus_owner",
            "GRANT casus_director TO juf_ria",
        ] {
            let message = refused(w, "SET ROLE casus_owner; " + attempt, as: "postgres")
            #expect(
                message?.contains("must be owner") == true || message?.contains("permission denied") == true
                    || message?.contains("must have admin option") == true,
                "casus_owner did: \(attempt) (\(message ?? "no refusal"))")
        }
        // What it may do is still checked row by row: casus's own refusal.
        for change in ["DELETE FROM casus.entry", "DELETE FROM casus.meta WHERE key = 'version'"] {
            let delete = refused(w, "SET ROLE casus_owner; " + change, as: "postgres")
            #expect(delete?.contains(" | ") == true, "\(change): \(delete ?? "deleted")")
        }
        // And what casus's functions never change it may not change at all.
        for change in [
            "UPDATE casus.event SET at = at", "DELETE FROM casus.audit", "UPDATE casus.entry SET body = 'x'",
            "UPDATE casus.evidence SET data = 'x'", "DELETE FROM casus.entry_evidence", "DELETE FROM casus.tombstone",
        ] {
            let message = refused(w, "SET ROLE casus_owner; " + change, as: "postgres")
            #expect(message?.contains("permission denied") == true, "\(change): \(message ?? "done")")
        }
        #expect(try ["event", "entry", "audit", "case", "person"].map { try count("\"\($0)\"") } == before)
        let roles = try w.cluster.psql(
            w.database,
            "SELECT rolname || ' ' || rolcreaterole FROM pg_roles WHERE rolname LIKE 'casus%' ORDER BY 1")
        #expect(roles.contains("casus_owner f") && roles.contains("casus_roles t"), "\(roles)")
        #expect(!roles.contains("sneak"))
    }

    /// Any account may send a notification on casus's channel, with any number: an open screen
    /// takes it as "something was saved" and asks the server how far the chain is, so a forged
    /// huge number does not stop it from hearing of the next real save.
    @Test func aForgedNotificationDoesNotDeafenAScreen() throws {
        let w = try world()
        let storage = try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder"))
        let director = try CasusService.session(storage: storage, account: "founder", profiles: Fixtures.profiles)
        let before = try storage.changeToken()
        try w.cluster.psql(w.database, "NOTIFY casus, '9000000000000000000'", user: "juf_ria")
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try storage.changeToken() == before, "a forged number is no save")
        _ = try director.dossiers.addEntry(person: w.pupil.id, kind: .note, title: "Later", body: "Nog een gesprek.")
        #expect(try storage.changeToken() > before)
    }

    /// The read-only entry points (the lists, the search, a case's and a dossier's contents) run
    /// as a role that may write nothing: code made to run inside one of them could read what that
    /// reader reads anyway, and change nothing. The writes run as `casus_owner`.
    @Test func theReadersRoleWritesNothing() throws {
        let w = try world()
        let owners = try w.cluster.psql(
            w.database,
            """
            SELECT string_agg(proname || ' ' || proowner::regrole::text, ',' ORDER BY proname) FROM pg_proc
            WHERE pronamespace = 'casus'::regnamespace
              AND proname IN ('steps', 'find_entries', 'cases', 'append_event', 'log_read', 'read_lines')
            """
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            owners == "append_event casus_owner,cases casus_reader,find_entries casus_reader,log_read casus_owner,"
                + "read_lines casus_owner,steps casus_reader", "\(owners)")
        for attempt in [
            "INSERT INTO casus.access_log (id, at, account, what, detail, prev_hash, hash)"
                + " VALUES (999, 'x', 'x', 'x', '', 'x', 'x')",
            "INSERT INTO casus.meta VALUES ('x', 'y')", "UPDATE casus.head SET seq = seq",
            "DELETE FROM casus.obligation", "SELECT casus.ensure_login('sneak', 'director')",
            "SELECT casus.log_read('dossier', 1, NULL)", "SELECT nextval('casus.tombstone_id_seq')",
        ] {
            let message = refused(w, "SET ROLE casus_reader; " + attempt, as: "postgres")
            #expect(message?.contains("permission denied") == true, "casus_reader did: \(attempt) (\(message ?? ""))")
        }
        // What it is for: reading.
        let people = try w.cluster.psql(w.database, "SET ROLE casus_reader; SELECT count(*) FROM casus.person")
        #expect(people.trimmingCharacters(in: .whitespacesAndNewlines) != "0")
    }

    /// A case's articles leave only while a reclassification of that case is the chain's head
    /// (issue 16): not by the owner's hand, and not when the head is another kind of event.
    @Test func aCasesArticlesChangeOnlyByAReclassification() throws {
        let w = try world()
        let (director, c) = try pupilCase(w)
        let message = refused(w, "SET ROLE casus_owner; DELETE FROM casus.case_article", as: "postgres")
        #expect(message?.contains("een zaak houdt haar artikelen") == true, "\(message ?? "deleted")")
        try director.cases.reclassify(c.id, articles: ["A.7"], severity: nil, reason: "Het ging om A.7.").value
        #expect(try director.cases.detail(c.id).record.articles == ["A.7"])
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")),
            account: "ib_els", profiles: Fixtures.profiles)
        #expect(throws: CasusError.self) {
            try ib.cases.reclassify(c.id, articles: ["A.5"], severity: nil, reason: "Terug.").value
        }
        #expect(try director.integrity.verify().isSound)
    }

    @Test func staffDataIsOutOfTheIBsReach() throws {
        let w = try world()
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")),
            account: "ib_els", profiles: Fixtures.profiles)
        #expect(throws: CasusError.self) { try ib.dossiers.dossier(w.staff.id) }
        // A case about the staff member: the IB cannot open it, and its parts read together (one
        // message of calls to the server) give nothing of it either.
        let (director, staffCase) = try self.staffCase(w)
        #expect(try director.cases.detailAndAssessment(staffCase.id).0.entries.count == 1)
        #expect(throws: CasusError.self) { try ib.cases.detailAndAssessment(staffCase.id) }
        let parts = try ib.session.storage.read { r in try r.caseParts(of: staffCase) }
        #expect(parts.entries.isEmpty && parts.steps.isEmpty && parts.obligations.isEmpty)
        #expect(parts.subjectCases.isEmpty && parts.sendings.isEmpty && parts.facts.isEmpty)
        #expect(try ib.session.storage.read { r in try r.caseWithPeople(id: staffCase.id) } == nil)
        #expect(
            try director.session.storage.read { r in try r.caseWithPeople(id: staffCase.id) }?.owner?.id == w.staff.id)
        #expect(try ib.dossiers.search("Personeelsgeheim").isEmpty)
        #expect(try ib.dossiers.dossier(w.pupil.id).entries.count == 1)
        // The count of typed names runs a query built from text: only casus's own functions call it.
        let direct = refused(
            w, "SELECT casus.count_named('p.kind = ''staff''', NULL, NULL, NULL, '{k}', 10)", as: "ib_els")
        #expect(direct?.contains("permission denied") == true, "an IB called count_named: \(direct ?? "it counted")")
        // Around casus, with psql: every function that gives out people or entries.
        let s = w.staff.id
        let people = try w.cluster.listTicket(w.database, "people", user: "ib_els")
        let cases = try w.cluster.listTicket(w.database, "cases", user: "ib_els")
        for call in [
            "SELECT * FROM casus.person_by_id(\(s), \(people))",
            "SELECT * FROM casus.entries_of_dossier(\(s), 0, 100, casus.log_read('dossier', \(s), NULL))",
            "SELECT * FROM casus.people(NULL, true, true, NULL, NULL, '{}', 100, 0, \(people))",
            "SELECT casus.count_entries(\(s), casus.log_read('dossier', \(s), NULL))",
            "SELECT * FROM casus.timeline_outline(\(s), casus.log_read('dossier', \(s), NULL))",
            "SELECT * FROM casus.letter_sendings(\(s), casus.log_read('dossier', \(s), NULL))",
            "SELECT * FROM casus.entries_by_seq(\(s), '{1,2,3}', casus.log_read('dossier', \(s), NULL))",
            "SELECT * FROM casus.case_people(\(staffCase.id), \(cases))",
            "SELECT * FROM casus.case_record(\(staffCase.id), \(cases))",
            "SELECT * FROM casus.cases_about(\(s), \(cases))",
        ] {
            let out = (try? w.cluster.psql(w.database, call, user: "ib_els")) ?? ""
            #expect(!out.contains("Bakker") && !out.contains("Personeelsgeheim"), "\(call) gave staff data: \(out)")
            #expect(!out.hasPrefix("1"), "\(call) counted a staff entry: \(out)")
        }
    }

    /// A teacher follows the reports it filed, by its own login: naming another account to the
    /// server gives that teacher's own reports still, never another's.
    /// The server searches one school's or one kind's dossiers through words that carry their
    /// dossier's scope (entry_words, issue 14): they follow a person whose kind is corrected, the
    /// rule still decides, and `verify` finds them, or the lists' kept counts, changed behind
    /// casus's back.
    @Test func theScopedWordsFollowTheDossierAndVerifyChecksThem() throws {
        let w = try world()
        let director = try login(w, "founder")
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")),
            account: "ib_els", profiles: Fixtures.profiles)
        func ibFindsKeesEntry() throws -> Bool {
            try ib.dossiers.search("personeelsgeheim").contains { $0.source == .entry }
        }
        #expect(try director.dossiers.search("personeelsgeheim").contains { $0.source == .entry })
        #expect(try !ibFindsKeesEntry())
        // Kees was entered as staff by mistake (as SQLite's ScopedSearchTests): his words follow.
        _ = try w.cluster.psql(w.database, "UPDATE casus.person SET kind = 'pupil' WHERE id = \(w.staff.id)")
        #expect(try ibFindsKeesEntry())
        _ = try w.cluster.psql(w.database, "UPDATE casus.person SET kind = 'staff' WHERE id = \(w.staff.id)")
        #expect(try !ibFindsKeesEntry())
        #expect(try director.integrity.verify().isSound)
        // A typed first letter is counted from what the server keeps: Kees for the director, not for the IB.
        #expect(try director.directory.countPeople(text: "k") == 1 && director.directory.countPeople(text: "ba") == 1)
        #expect(try ib.directory.countPeople(text: "k") == 0 && ib.directory.people(text: "k").isEmpty)
        #expect(try ib.directory.countPeople(text: "s") == 1 && ib.directory.countPeople(text: "ja") == 1)

        for (table, change) in [
            (
                "entry",
                "UPDATE casus.entry_words SET words = words || '_school2'::tsvector WHERE id = (SELECT max(id) FROM casus.entry_words)"
            ),
            ("kept count case_count", "INSERT INTO casus.case_count VALUES (1, 'open', 'pupil', 'pupil', '', 1)"),
            ("kept count person_count", "UPDATE casus.person_count SET n = n + 1 WHERE kind = 'staff'"),
            (
                "kept count name_prefix_count",
                "INSERT INTO casus.name_prefix_count VALUES ('zz', 1, 'pupil', 1) ON CONFLICT (prefix, school_id, kind) DO UPDATE SET n = casus.name_prefix_count.n + 1"
            ),
            (
                "kept count incident_count",
                "INSERT INTO casus.incident_count VALUES (1, 'dismissed', 1) ON CONFLICT (school_id, status) DO UPDATE SET n = casus.incident_count.n + 1"
            ),
        ] {
            _ = try w.cluster.psql(w.database, "BEGIN; \(change); COMMIT;")
            let report = try director.integrity.verify()
            #expect(
                !report.isSound && report.integrity.contains { $0.contains(table) }, "\(table): \(report.integrity)")
        }
    }

    /// A teacher reads no one's record but its own with `psql` either (DESIGN.md §4: "file incident
    /// reports, see their own reports; nothing else"): it read every pupil's birth date and number and
    /// every parent's address through `person_by_id`, `guardians`, `children`, `person_by_number` and
    /// the change notices. The people of its own report come as the roster gives them.
    @Test func aTeacherReadsNoOnesRecordButItsOwnOnTheServer() throws {
        let w = try world()
        let director = try login(w, "founder")
        let pupil = try director.directory.addPerson(
            Person(
                schoolID: 1, kind: .pupil, firstName: "Lotte", lastName: "de Vries", group: "6", externalID: "L-4711",
                birthDate: LocalDate(iso: "2015-03-09"))
        ).value
        let parent = try director.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Ineke", lastName: "de Vries",
                address: PostalAddress(street: "Kerkstraat 12", postcode: "8011 AB", town: "Zwolle")),
            guardianOf: pupil.id
        ).value
        let teacher = try login(w, "juf_ria")
        let own = try teacher.intake.report(summary: "Filmpje gedeeld.", platform: "TikTok", subjects: [pupil.id])
            .value
        let people = try w.cluster.listTicket(w.database, "people", user: "juf_ria")
        for call in [
            "person_by_id(\(pupil.id), \(people))", "person_by_id(\(parent.id), \(people))",
            "person_by_id(\(w.staff.id), \(people))", "guardians(\(pupil.id), \(people))",
            "children(\(parent.id), \(people))", "person_by_number('L-4711', 'pupil', 1, \(people))",
        ] {
            let out = try w.cluster.psql(w.database, "SELECT * FROM casus.\(call)", user: "juf_ria")
            #expect(
                !out.contains("Vries") && !out.contains("Bakker") && !out.contains("Kerkstraat"),
                "\(call) gave a record to a teacher: \(out)")
        }
        // Its own report's people: name, group and kind; no number, birth date or function.
        let named = try w.cluster.psql(
            w.database,
            "SELECT first_name, grp, coalesce(external_id, '-'), coalesce(birth_date, '-') "
                + "FROM casus.involved(\(own.id), \(try w.cluster.reportTicket(w.database, own.id, user: "juf_ria")))",
            user: "juf_ria")
        #expect(named.contains("Lotte") && named.contains("6"), "\(named)")
        #expect(!named.contains("L-4711") && !named.contains("2015"), "\(named)")
        // Nor through the change notices: a person's event names no one to a teacher.
        for key in ["person:\(parent.id)", "person:\(pupil.id)"] {
            let notice = try w.cluster.psql(
                w.database, "SELECT coalesce(kind, '-') FROM casus.conflict(0, 0, ARRAY['\(key)'])", user: "juf_ria")
            #expect(notice.trimmingCharacters(in: .whitespacesAndNewlines) == "-", "\(key): \(notice)")
        }
        // The director reads them as before; the IB the parent.
        let founderPeople = try w.cluster.listTicket(w.database, "people", user: "founder")
        let read = try w.cluster.psql(
            w.database, "SELECT town FROM casus.person_by_id(\(parent.id), \(founderPeople))", user: "founder")
        #expect(read.contains("Zwolle"), "\(read)")
        let ibPeople = try w.cluster.listTicket(w.database, "people", user: "ib_els")
        let ib = try w.cluster.psql(
            w.database, "SELECT count(*) FROM casus.guardians(\(pupil.id), \(ibPeople))", user: "ib_els")
        #expect(ib.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(ib)")
    }

    /// A read with `psql` leaves a line in the server's own log of reads (issue 14: "a dossier read
    /// always leaves an audit line"), and the school's director now reads it (`casus audit
    /// --reads`): no casus command showed that log, so a read outside casus stayed unseen. Reading
    /// it is itself a line; an IB reads none of it.
    @Test func aReadWithPsqlIsShownToTheDirector() throws {
        let w = try world()
        _ = try w.cluster.psql(w.database, "SELECT casus.log_read('dossier', \(w.pupil.id), '')", user: "ib_els")
        let director = try login(w, "founder")
        let aboutPupil = try #require(try director.integrity.serverReads(person: w.pupil.id))
        #expect(aboutPupil.contains { $0.account == "ib_els" && $0.what == "dossier" && $0.personID == w.pupil.id })
        #expect(aboutPupil.allSatisfy { $0.personID == w.pupil.id })
        let all = try #require(try director.integrity.serverReads())
        #expect(all.contains { $0.account == "founder" && $0.what == "audit" }, "reading the log is a line")
        #expect(all.map(\.id) == all.map(\.id).sorted(by: >), "newest first")
        #expect(throws: CasusError.self) { try login(w, "ib_els").integrity.serverReads() }
        let ticket = try w.cluster.psql(w.database, "SELECT casus.log_read('audit', NULL, '')", user: "ib_els")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let ib = try w.cluster.psql(
            w.database, "SELECT count(*) FROM casus.access_lines(NULL, NULL, 0, 100, \(ticket))", user: "ib_els")
        #expect(ib.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "an IB read the log of reads: \(ib)")
        // A case read shows the case by the number its director knows it by.
        let report = try director.intake.report(
            summary: "Filmpje in de groepsapp.", platform: nil, subjects: [w.pupil.id])
        let c = try director.cases.open(
            incident: report.value.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
        _ = try director.cases.detail(c.value.id)
        let caseRead = try #require(try director.integrity.serverReads(limit: 5)?.first { $0.what == "case" })
        #expect(caseRead.caseID == c.value.id && caseRead.caseNumber == c.value.number, "\(caseRead)")
    }

    /// A report shows everyone it names, and a case shows its report: the server's log of reads
    /// names each of them the reader may see, so a victim's "who read about me" finds the read (an
    /// IB read the report of a nude photo of a pupil, and her log of reads showed nothing, a review).
    /// Not the colleague who reported it, whom an IB may not see.
    @Test func readingACaseOrItsReportLeavesALineUnderEveryoneItNames() throws {
        let w = try world()
        let director = try login(w, "founder")
        let victim = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sanne", lastName: "de Vries", group: "7")
        ).value
        let photo = EvidenceFile(name: "foto.png", bytes: Array("PNG\u{0}foto".utf8))
        let report = try director.intake.report(
            summary: "Sem deelde een naaktfoto van Sanne.", platform: nil, subjects: [w.pupil.id],
            victims: [victim.id], reporter: w.staff.id, evidence: [photo]
        ).value
        let c = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
        func lines(_ person: PersonID, _ what: String) throws -> Int {
            Int(
                try w.cluster.psql(
                    w.database,
                    "SELECT count(*) FROM casus.access_log WHERE account = 'ib_els' AND what = '\(what)' AND person_id = \(person)"
                )
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let ib = try login(w, "ib_els")
        _ = try ib.cases.detail(c.id)
        #expect(try lines(w.pupil.id, "case") >= 1)
        #expect(try lines(victim.id, "case") >= 1, "the victim's log of reads shows the case read")
        #expect(try lines(w.staff.id, "case") == 0, "a staff member the IB may not see is not named")
        // With psql, the report against a line of its own: the victim's line is there too.
        let (victimBefore, subjectBefore) = (try lines(victim.id, "incident"), try lines(w.pupil.id, "incident"))
        _ = try w.cluster.psql(w.database, "SELECT casus.log_read('incident', \(report.id), NULL)", user: "ib_els")
        #expect(try lines(victim.id, "incident") == victimBefore + 1)
        #expect(try lines(w.pupil.id, "incident") == subjectBefore + 1)
        #expect(try lines(w.staff.id, "incident") == 0)
        // The report's file itself, the photo: read about the victim too (a line under no one, a review).
        _ = try w.cluster.psql(w.database, "SELECT casus.log_read('evidence', NULL, '\(photo.sha256)')", user: "ib_els")
        #expect(try lines(victim.id, "evidence") == 1)
        #expect(try lines(w.pupil.id, "evidence") == 1)
        #expect(try lines(w.staff.id, "evidence") == 0)
        #expect(try director.integrity.verify().isSound)
    }

    /// What a dossier holds besides its entries (how many, its outline with the corrections, when
    /// and how its letters were sent) is read only after a line in the access log names the
    /// dossier, as its entries are: an IB counted a pupil's entries and listed the pupil's letters
    /// with psql, and left no line.
    @Test func aDossiersCountOutlineAndLetterSendingsLeaveALine() throws {
        let w = try world()
        let director = try login(w, "founder")
        let report = try director.intake.report(summary: "Filmpje.", platform: nil, subjects: [w.pupil.id]).value
        let c = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
        let letter = try director.cases.addEntry(c.id, kind: .letter, body: "Beste ouders, ...").value
        _ = try director.letters.sent(
            entry: letter.id, on: director.session.today, via: .post, library: LetterLibrary([])
        ).value
        let p = w.pupil.id
        func lines() throws -> Int {
            Int(
                try w.cluster.psql(
                    w.database, "SELECT count(*) FROM casus.access_log WHERE account = 'ib_els' AND person_id = \(p)"
                )
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let before = try lines()
        for call in [
            "casus.count_entries(\(p), NULL)", "casus.timeline_outline(\(p), NULL)",
            "casus.letter_sendings(\(p), NULL)", "casus.letter_sendings(\(p), 0)",
        ] {
            let why = refused(w, "SELECT * FROM \(call)", as: "ib_els")
            #expect(why?.contains("toegangslog") == true, "\(call) without a line: \(why ?? "it answered")")
        }
        #expect(try lines() == before)
        // Against a line of its own: the IB reads them, and the director sees that it did.
        func read(_ call: (String) -> String, as user: String = "ib_els") throws -> String {
            let ticket = try w.cluster.psql(w.database, "SELECT casus.log_read('dossier', \(p), NULL)", user: user)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return try w.cluster.psql(w.database, "SELECT count(*) FROM " + call(ticket), user: user)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try read { "casus.letter_sendings(\(p), \($0))" } == "1")
        #expect(try read { "casus.timeline_outline(\(p), \($0)) WHERE last_seq > 0" } == "1")
        #expect(try lines() == before + 2)
        // A line for another dossier, or for a case of another dossier, is not this dossier's.
        let other = try w.cluster.psql(
            w.database, "SELECT casus.log_read('dossier', \(w.staff.id), NULL)", user: "founder"
        )
        .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(refused(w, "SELECT * FROM casus.letter_sendings(\(p), \(other))", as: "founder") != nil)
        // casus reads them as before: the case screen with its line, the dossier with its own.
        #expect(try director.cases.detail(c.id).sendings.count == 1)
        #expect(try director.dossiers.timelinePage(p, offset: 0, limit: 10).items.contains { $0.entry.id == letter.id })
    }

    @Test func aTeacherSeesItsOwnReportsAndNoOneElses() throws {
        let w = try world()
        let director = try login(w, "founder")
        _ = try director.intake.report(summary: "Melding van de directeur", platform: nil, subjects: [w.pupil.id])
        let teacher = try login(w, "juf_ria")
        _ = try teacher.intake.report(summary: "Filmpje in de klas", platform: "TikTok", subjects: [w.pupil.id])
        let own = try teacher.intake.ownRows(offset: 0, limit: 10)
        #expect(own.map(\.summary) == ["Filmpje in de klas"])
        #expect(try teacher.intake.ownCount() == 1)
        #expect(try teacher.intake.rows(status: nil, offset: 0, limit: 10).isEmpty)
        let reports = try w.cluster.listTicket(w.database, "reports", user: "juf_ria")
        let out = try w.cluster.psql(
            w.database, "SELECT summary FROM casus.incidents(NULL, false, false, NULL, 10, 0, 'founder', \(reports))",
            user: "juf_ria")
        #expect(out.contains("Filmpje in de klas") && !out.contains("directeur"), "\(out)")
        // Names to report, by the teacher's own login: name and group, no birth date or number.
        let roster = try w.cluster.listTicket(w.database, "people", user: "juf_ria")
        let names = try w.cluster.psql(
            w.database, "SELECT * FROM casus.roster(NULL, '{jans}', 10, \(roster))", user: "juf_ria")
        #expect(names.contains("Sem") && names.contains("Jansen"), "\(names)")
        let ibRoster = try w.cluster.listTicket(w.database, "people", user: "ib_els")
        #expect(refused(w, "SELECT * FROM casus.roster(NULL, NULL, 10, \(ibRoster))", as: "ib_els") != nil)
    }

    /// A report is read against a line in the server's log of reads, with psql too: a director read
    /// a report's text, everyone it named and the reports naming a child as victim with psql, and
    /// no line was written anywhere (a review). Without a line: refused; with one: read, and
    /// `casus audit --reads` shows it.
    @Test func aReportIsReadOnlyAgainstALineInTheLogOfReads() throws {
        let w = try world()
        let director = try login(w, "founder")
        let report = try director.intake.report(
            summary: "Sem plaatste een filmpje.", platform: "TikTok", subjects: [w.pupil.id]
        ).value
        for call in [
            "casus.incident_by_id(\(report.id), 0)", "casus.involved(\(report.id), 0)",
            "casus.incident_evidence(\(report.id), 0)", "casus.reports_naming(\(w.pupil.id), 0)",
        ] {
            let answer = refused(w, "SELECT count(*) FROM \(call)", as: "founder")
            #expect(answer?.contains("toegangslog") == true, "\(call): \(answer ?? "answered")")
        }
        let before = try director.integrity.serverReads(limit: 1000)?.count ?? 0
        let ticket = try w.cluster.reportTicket(w.database, report.id, user: "founder")
        let text = try w.cluster.psql(
            w.database, "SELECT summary FROM casus.incident_by_id(\(report.id), \(ticket))", user: "founder")
        #expect(text.contains("Sem plaatste een filmpje"), "\(text)")
        let reads = try director.integrity.serverReads(person: w.pupil.id, limit: 1000) ?? []
        #expect(reads.contains { $0.what == "incident" && $0.detail == String(report.id) }, "\(reads.map(\.what))")
        #expect((try director.integrity.serverReads(limit: 1000)?.count ?? 0) > before)
        // A ticket for one report reads no other.
        let other = try director.intake.report(summary: "Iets anders.", platform: nil, subjects: [w.pupil.id]).value
        #expect(
            refused(w, "SELECT count(*) FROM casus.incident_by_id(\(other.id), \(ticket))", as: "founder") != nil)
        // casus itself reads as before.
        #expect(try director.intake.incident(other.id).0.summary == "Iets anders.")
    }

    /// What a list shows (the cases, the reports, the people, the figures' overdue cases) and a
    /// case's or a person's record are read against a line for reading that list, with psql too:
    /// every case's summary, every pupil's birth date and every parent's address were read with
    /// psql without a line anywhere (a review). casus takes one line a list in five minutes.
    @Test func aListIsReadOnlyAgainstALineInTheLogOfReads() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        let calls: [(list: String, call: String)] = [
            ("cases", "casus.cases(NULL, true, true, NULL, NULL, NULL, false, NULL, NULL, NULL, 10, 0, $T)"),
            ("cases", "casus.case_record(\(staffCase.id), $T)"),
            ("cases", "casus.case_people(\(staffCase.id), $T)"),
            ("cases", "casus.cases_about(\(w.staff.id), $T)"),
            ("cases", "casus.cases_of_incident(\(staffCase.incidentID), $T)"),
            ("cases", "casus.statistics(NULL, true, true, '2000-01-01', '2100-01-01', 2026, 10, true, $T)"),
            ("reports", "casus.incidents(NULL, true, true, NULL, 10, 0, NULL, $T)"),
            ("reports", "casus.reports_about(\(w.staff.id), $T)"),
            ("people", "casus.people(NULL, true, true, '{pupil,staff}', NULL, NULL, 10, 0, $T)"),
            ("people", "casus.person_by_id(\(w.staff.id), $T)"),
            ("people", "casus.person_by_number('x', 'pupil', 1, $T)"),
            ("people", "casus.guardians(\(w.pupil.id), $T)"),
            ("people", "casus.children(\(w.pupil.id), $T)"),
            ("people", "casus.roster(NULL, NULL, 10, $T)"),
            ("people", "casus.roster_by_id(\(w.pupil.id), $T)"),
            ("people", "casus.retention_due('2100-01-01', '2100-01-01', $T)"),
        ]
        var tickets: [String: String] = [:]
        for list in ["cases", "reports", "people"] {
            tickets[list] = try w.cluster.listTicket(w.database, list, user: "founder")
        }
        let dossier = try w.cluster.psql(
            w.database, "SELECT casus.log_read('dossier', \(w.staff.id), NULL)", user: "founder"
        )
        .trimmingCharacters(in: .whitespacesAndNewlines)
        for (list, call) in calls {
            func sql(_ ticket: String) -> String {
                "SELECT count(*) FROM " + call.replacingOccurrences(of: "$T", with: ticket)
            }
            for wrong in ["0", dossier, tickets[list == "people" ? "cases" : "people"]!] {
                let answer = refused(w, sql(wrong), as: "founder")
                #expect(answer?.contains("toegangslog") == true, "\(call) with \(wrong): \(answer ?? "answered")")
            }
            #expect(refused(w, sql(tickets[list]!), as: "founder") == nil, "\(call) refused its own list's line")
        }
        // Another account's line is no line for this one.
        let ib = try w.cluster.listTicket(w.database, "people", user: "ib_els")
        #expect(refused(w, "SELECT count(*) FROM casus.person_by_id(\(w.pupil.id), \(ib))", as: "founder") != nil)
        // The line names the list, for `casus audit --reads`; a list casus does not know is refused.
        let reads = try director.integrity.serverReads(limit: 1000) ?? []
        #expect(reads.contains { $0.what == "list" && $0.detail == "people" && $0.account == "founder" })
        let unknown = refused(w, "SELECT casus.log_read('list', NULL, 'alles')", as: "founder")
        #expect(unknown?.contains("houdt alleen") == true, "\(unknown ?? "logged")")
        // casus takes one line a list, not one a read: the Zaken list ten times, one line.
        func caseListLines() throws -> Int {
            try director.integrity.serverReads(limit: 1000)?.filter {
                $0.what == "list" && $0.detail == "cases" && $0.account == "founder"
            }.count ?? 0
        }
        let fresh = try login(w, "founder")
        let before = try caseListLines()
        for _ in 0..<10 { _ = try fresh.cases.page(CaseFilter(), offset: 0, limit: 10) }
        #expect(try caseListLines() == before + 1)
    }

    /// A pupil's case shows an IB its report whoever reported it: a colleague recorded as its
    /// reporter (a person) hid it, where one who filed it under their own login did not (a review).
    /// A colleague named as its subject still keeps it from the IB.
    @Test func anIBReadsAPupilsReportThatAColleagueReported() throws {
        let w = try world()
        let director = try login(w, "founder")
        let reported = try director.intake.report(
            summary: "Sem filmde een klasgenoot.", platform: "TikTok", subjects: [w.pupil.id], reporter: w.staff.id
        ).value
        _ = try director.cases.open(incident: reported.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
        let about = try director.intake.report(
            summary: "Sem en Kees in de app.", platform: nil, subjects: [w.pupil.id, w.staff.id]
        ).value
        _ = try director.cases.open(incident: about.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
        func ibReads(_ id: Int64) throws -> String {
            let ticket = try w.cluster.reportTicket(w.database, id, user: "ib_els")
            return try w.cluster.psql(
                w.database, "SELECT count(*) FROM casus.incident_by_id(\(id), \(ticket))", user: "ib_els"
            )
            .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try ibReads(reported.id) == "1")
        #expect(try ibReads(about.id) == "0")
    }

    /// A pupil who left is on no teacher's roster, by casus or by psql, and a teacher's report
    /// naming one is refused; the director is still offered them (OwnReportsTests, on SQLite).
    @Test func aPupilWhoLeftIsOnNoTeachersRoster() throws {
        let w = try world()
        let director = try login(w, "founder")
        let gone = try director.directory.addPerson(
            Person(schoolID: w.pupil.schoolID, kind: .pupil, firstName: "Wessel", lastName: "Vertrokken", group: "7")
        ).value
        let leaving = try director.directory.addPerson(
            Person(schoolID: w.pupil.schoolID, kind: .pupil, firstName: "Wouter", lastName: "Vertrokken", group: "8")
        ).value
        // Days well before and after both the test's clock and the server's own date.
        _ = try director.directory.setLeft(gone.id, on: LocalDate(iso: "2025-07-11")!)
        _ = try director.directory.setLeft(leaving.id, on: LocalDate(iso: "2027-07-09")!)
        let teacher = try login(w, "juf_ria")
        #expect(try teacher.directory.roster("vertrokken").map(\.id) == [leaving.id])
        let roster = try w.cluster.listTicket(w.database, "people", user: "juf_ria")
        let names = try w.cluster.psql(
            w.database, "SELECT first_name FROM casus.roster(NULL, '{vertrokken}', 10, \(roster))", user: "juf_ria")
        #expect(names.contains("Wouter") && !names.contains("Wessel"), "\(names)")
        let byID = try w.cluster.psql(
            w.database, "SELECT first_name FROM casus.roster_by_id(\(gone.id), \(roster))", user: "juf_ria")
        #expect(!byID.contains("Wessel"), "\(byID)")
        #expect(throws: CasusError.self) {
            _ = try teacher.intake.report(summary: "Opname gedeeld", platform: "TikTok", subjects: [gone.id])
        }
        #expect(Set(try director.directory.roster("vertrokken").map(\.id)) == [gone.id, leaving.id])
    }

    /// The line a read leaves is written by the server in one call (`read_lines`), which links and
    /// hashes it itself: still nobody writes a line in another's name, or acts as another without
    /// being a director.
    @Test func aReadsAuditLineIsWrittenOnlyInTheCallersOwnName() throws {
        let w = try world()
        let at = "'2026-11-16T10:00:00Z'"
        let forged = refused(
            w, "SELECT casus.read_lines(\(at), 'founder', NULL, 'case.read', NULL, NULL, '2026-0001')", as: "ib_els")
        #expect(forged?.contains("ib_els") == true, "\(forged ?? "the IB wrote a line as the director")")
        let actingAs = refused(
            w, "SELECT casus.read_lines(\(at), 'founder', 'juf_ria', 'case.read', NULL, NULL, '2026-0001')",
            as: "juf_ria")
        #expect(
            actingAs?.contains("namens een ander") == true || actingAs?.contains("als een ander") == true,
            "a teacher acted as the director: \(actingAs ?? "it was written")")
        // A line whose time is no moment would be a line nobody can read back: refused.
        for bad in ["'gisteren'", "'2026-02-31T10:00:00Z'", "NULL"] {
            let refusedTime = refused(
                w, "SELECT casus.read_lines(\(bad), 'ib_els', NULL, 'reports.list', NULL, NULL, '1 rijen vanaf 0')",
                as: "ib_els"
            )
            #expect(refusedTime?.contains("geen geldig tijdstip") == true, "\(bad): \(refusedTime ?? "written")")
        }
        _ = try w.cluster.psql(
            w.database,
            "SELECT casus.read_lines(\(at), 'ib_els', NULL, 'dossier.read', ARRAY[\(w.pupil.id)]::bigint[], NULL, '1 stukken')",
            user: "ib_els")
        let storage = try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder"))
        var lines: [AuditRecord] = []
        try storage.read { r in try r.forEachAudit { lines.append($0) } }
        let last = try #require(lines.last)
        #expect(last.account == "ib_els" && last.action == "dossier.read" && last.personID == w.pupil.id)
        #expect(last.prevHash == lines[lines.count - 2].hash && last.hash == last.expectedHash)
    }

    /// An IB reads pupils' cases, not the Meldingen queue (DESIGN §4): with `psql` too, a report that
    /// became no pupil's case is not the IB's to read, nor who filed it (found by a review).
    @Test func anIBReadsAReportOnlyAsItsPupilCasesReport() throws {
        let w = try world()
        let queued = try login(w, "juf_ria").intake.report(
            summary: "Nog in de wachtrij.", platform: nil, subjects: [w.pupil.id]
        ).value
        let (_, c) = try pupilCase(w)
        func seen(_ id: IncidentID) throws -> String {
            let ticket = try w.cluster.reportTicket(w.database, id, user: "ib_els")
            return try w.cluster.psql(
                w.database, "SELECT count(*) FROM casus.incident_by_id(\(id), \(ticket))", user: "ib_els"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try seen(queued.id) == "0", "a report in the queue")
        #expect(try seen(c.incidentID) == "1", "the report of a pupil's case")
        // What casus shows the IB of that case is as before.
        #expect(try login(w, "ib_els").cases.detail(c.id).incident?.id == c.incidentID)
    }

    /// A line on its own records a read (AuditRecord.readActions); every other line goes with the
    /// write it records. A teacher wrote "dossier.purged … door directeur" into the log so.
    @Test func aLineOnItsOwnRecordsOnlyARead() throws {
        let w = try world()
        let at = "'\(Timestamp.now().iso)'"
        let forged = refused(
            w, "SELECT casus.read_lines(\(at), 'juf_ria', NULL, 'dossier.purged', NULL, NULL, 'door directeur')",
            as: "juf_ria")
        #expect(forged?.contains("een regel op zichzelf legt een lezing vast") == true, "\(forged ?? "written")")
    }

    /// A line for reading one person's lines of the audit log is no line for reading the whole log:
    /// the log of reads then named a person whose lines were not what was read.
    @Test func aTicketForOnePersonsLinesDoesNotReadTheWholeLog() throws {
        let w = try world()
        let ticket = try w.cluster.psql(
            w.database, "SELECT casus.log_read('audit', \(w.pupil.id), '')", user: "founder"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let whole = refused(w, "SELECT count(*) FROM casus.audit_lines(NULL, NULL, 0, 10, \(ticket))", as: "founder")
        #expect(whole?.contains("toegangslog") == true, "\(whole ?? "the whole log was read")")
        _ = try w.cluster.psql(
            w.database, "SELECT count(*) FROM casus.audit_lines(\(w.pupil.id), NULL, 0, 10, \(ticket))", user: "founder"
        )
    }

    /// Opening a case takes the access-log line for its notes while the record is read (one line
    /// a case opened, not two); an IB's attempt at a staff member's case is a line too, and gives
    /// nothing; and a case read to be stepped, not opened, leaves no line.
    @Test func openingACaseLeavesOneLineAndAnAttemptIsLogged() throws {
        let w = try world()
        func lines(_ caseID: CaseID, by account: String) throws -> Int {
            let sql = """
                SELECT count(*) FROM casus.access_log WHERE what = 'case' AND case_id = \(caseID) AND account = '\(account)'
                """
            return Int(try w.cluster.psql(w.database, sql).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")),
            account: "ib_els", profiles: Fixtures.profiles)
        let (director, staffCase) = try self.staffCase(w)
        let before = try lines(staffCase.id, by: "founder")
        for n in 1...3 {
            let (detail, _) = try director.cases.detailAndAssessment(staffCase.id)
            #expect(detail.entries.map(\.body) == ["Personeelsgeheim Z."])
            #expect(try lines(staffCase.id, by: "founder") == before + n, "one line for each time it is opened")
        }
        _ = try director.cases.resolve(staffCase.number)
        #expect(try lines(staffCase.id, by: "founder") == before + 3, "finding a case by its number reads no notes")
        #expect(try lines(staffCase.id, by: "ib_els") == 0)
        let refusal = #expect(throws: CasusError.self) { try ib.cases.detailAndAssessment(staffCase.id) }
        #expect(refusal?.kind == .notFound, "a case the IB may not see reads as not existing")
        #expect(try lines(staffCase.id, by: "ib_els") == 1, "the attempt is in the access log")
    }

    @Test func aDossierReadAlwaysLeavesALine() throws {
        let w = try world()
        func lines() throws -> Int {
            Int(
                try w.cluster.psql(w.database, "SELECT count(*) FROM casus.access_log WHERE person_id = \(w.pupil.id)")
                    .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let before = try lines()
        let director = try login(w, "founder")
        #expect(try director.dossiers.dossier(w.pupil.id).entries.count == 1)
        #expect(try lines() > before)
        // Without a line first, psql gets nothing.
        let bare = refused(w, "SELECT * FROM casus.entries_of_dossier(\(w.pupil.id), 0, 100, 0)", as: "founder")
        #expect(bare != nil)
    }

    /// The Meldingen queue and the Zaken list as they open are read by plans the server makes once a
    /// session, other filters by plans made for their values; page by page, from either end, both
    /// hold what the reader may see and nothing else: through casus, and through `psql` for the
    /// queue an IB does not read in casus.
    @Test func theQueueAndTheCasesHoldWhatTheReaderMaySeeOnEveryPage() throws {
        let w = try world()
        let (director, _) = try staffCase(w)
        for n in 0..<40 {
            let report = try director.intake.report(
                summary: "Melding \(n) over Sem.", platform: "TikTok", subjects: [w.pupil.id]
            ).value
            if n % 2 == 0 {
                _ = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            }
        }
        for n in 0..<3 {
            _ = try director.intake.report(summary: "Melding \(n) over Kees.", platform: nil, subjects: [w.staff.id])
        }
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")),
            account: "ib_els", profiles: Fixtures.profiles)
        // The queue: the director's 23 new reports; the IB reads none, in casus or by psql (DESIGN
        // §4: an IB reads pupils' cases, and a report only as the report of a pupil's case: by psql
        // the 20 triaged into one).
        let queue = try director.intake.page(status: .new, offset: 0, limit: 1_000)
        #expect(queue.total == 23 && queue.rows.count == 23)
        try expectEveryPage("the director's queue", total: 23, size: 1) {
            try director.intake.rows(status: .new, offset: $0, limit: $1).map(\.id)
        }
        #expect(try ib.intake.page(status: .new, offset: 0, limit: 1_000).total == 0)
        let reports = try w.cluster.listTicket(w.database, "reports", user: "ib_els")
        func ibReports(_ status: String) -> (Int, Int) throws -> [String] {
            { offset, limit in
                try w.cluster.psql(
                    w.database,
                    "SELECT summary FROM casus.incidents(NULL, true, true, '\(status)', \(limit), \(offset), NULL, \(reports))",
                    user: "ib_els"
                ).split(separator: "\n").map(String.init)
            }
        }
        #expect(try ibReports("new")(0, 1_000).isEmpty)
        #expect(try ibReports("triaged")(0, 1_000).allSatisfy { $0.hasSuffix("over Sem.") })
        try expectEveryPage("the IB's pupils' cases' reports by psql", total: 20, size: 1, ibReports("triaged"))
        // The open cases: 21 for the director, the 20 about the pupil for the IB.
        for (who, service, open) in [("ib", ib, 20), ("director", director, 21)] {
            let page = try service.cases.page(CaseFilter(status: .open), offset: 0, limit: 1_000)
            #expect(page.total == open && page.rows.count == open, "\(who)'s open cases")
            #expect(who == "director" || page.rows.allSatisfy { $0.subjectKind == .pupil }, "\(who)'s open cases")
            try expectEveryPage("\(who)'s open cases", total: open, size: 1) {
                try service.cases.rows(CaseFilter(status: .open), offset: $0, limit: $1).map(\.id)
            }
            try expectEveryPage("\(who)'s cases of pupils", total: 20, size: 1) {
                try service.cases.rows(CaseFilter(subjectKind: .pupil), offset: $0, limit: $1).map(\.id)
            }
        }
    }
}
