@testable import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// The lines of a write that may change nothing (an import that found nothing new, an export and
/// its review), and what another school's director is told of an account: found by a review of
/// the server with `psql`.
extension PostgresRoleTests {
    /// A line linked after the audit log's head as `user` reads it (nobody else writes meanwhile), or
    /// after the head `given`, sent by `user` with `psql` through `insert_audit`: nil when the server
    /// took it. A head read without its hash (an IB's, a teacher's) gives a line the server links.
    func writtenLine(
        _ w: World, _ action: String, person: PersonID? = nil, detail: String, as user: String,
        after given: ChainHead? = nil
    ) throws -> String? {
        let head =
            try given
            ?? {
                let read = try w.cluster.psql(
                    w.database, "SELECT audit_seq || ':' || audit_hash FROM casus.heads()", user: user
                ).trimmingCharacters(in: .whitespacesAndNewlines).split(
                    separator: ":", omittingEmptySubsequences: false)
                return ChainHead(seq: Int64(read[0]) ?? 0, hash: read.count > 1 ? String(read[1]) : "")
            }()
        let line = AuditRecord(
            at: Timestamp.now(), account: user, realAccount: nil, action: action, personID: person, caseID: nil,
            detail: detail
        ).linked(after: head)
        let quoted = detail.replacingOccurrences(of: "'", with: "''")
        return refused(
            w,
            "SELECT casus.insert_audit(\(head.seq + 1), '\(line.at.iso)', '\(user)', NULL, '\(action)', \(person.map(String.init) ?? "NULL"), NULL, '\(quoted)', '\(head.hash)', '\(line.hash)')",
            as: user)
    }

    /// A director wrote "people.import" of a pupil with "Dossier … doorgestuurd aan de politie door
    /// IB …" and "dossier.export … naar advocaat van vader" with psql, no import and no export
    /// behind them, and `verify` held them as true (a review). Such a line holds casus's words and
    /// names whom casus names; as casus writes it, it is taken.
    @Test func aLineOfAWriteThatChangesNothingHoldsCasussWords() throws {
        let w = try world()
        let before = try w.cluster.psql(w.database, "SELECT count(*) FROM casus.audit", user: "postgres")
        for (action, person, detail) in [
            ("people.import", w.pupil.id, "Dossier Sem Jansen doorgestuurd aan de politie door IB Els"),
            ("people.import", w.pupil.id, "pupil: 0 nieuw, 0 bijgewerkt"),
            ("people.import", nil, "pupil: 0 nieuw, 0 bijgewerkt; en de politie gebeld"),
            ("calendar.import", nil, "De Linde: 3 uit kalender-van-sem-jansen.ics; schooljaren 2026"),
            ("dossier.export", w.pupil.id, "inzage-export naar advocaat van vader"),
            ("dossier.export", nil, "md, 3 stukken, tekst " + String(repeating: "ab", count: 32)),
            ("dossier.export.review", w.pupil.id, "vervangingen door de IB doorgegeven"),
        ] as [(String, PersonID?, String)] {
            let refusal = try writtenLine(w, action, person: person, detail: detail, as: "founder")
            #expect(
                refusal?.contains("is niet zoals casus hem schrijft") == true,
                "\(action) \(detail): \(refusal ?? "taken")")
        }
        #expect(try w.cluster.psql(w.database, "SELECT count(*) FROM casus.audit", user: "postgres") == before)
        for (action, person, detail) in [
            ("people.import", nil, "pupil: 0 nieuw, 0 bijgewerkt"),
            ("dossier.export", w.pupil.id, "md, 3 stukken, tekst " + String(repeating: "ab", count: 32)),
            ("dossier.export.review", w.pupil.id, "4 vervangingen"),
        ] as [(String, PersonID?, String)] {
            #expect(try writtenLine(w, action, person: person, detail: detail, as: "founder") == nil, "\(action)")
        }
        #expect(try login(w, "founder").integrity.verify().isSound)
    }

    /// A change's line holds casus's words too: a teacher wrote a report's line "melding 7; Sara de
    /// Vries (groep 7) is zwanger, zegt moeder" beside a report she filed with psql, and a director a
    /// letter's print and a backup in words of their own; `verify` held them as true (a review).
    @Test func aChangesOrAReadsLineHoldsCasussWords() throws {
        let w = try world()
        for (action, detail, user) in [
            ("incident.add", "melding 7; Sara de Vries (groep 7) is zwanger, zegt moeder", "juf_ria"),
            ("entry.append", "zorgnotitie over Sem: ADHD", "ib_els"),
            ("case.close", "2026-0001 gesloten op verzoek van de inspectie", "founder"),
        ] {
            let refusal = try writtenLine(w, action, detail: detail, as: user)
            #expect(refusal?.contains("is niet zoals casus hem schrijft") == true, "\(action): \(refusal ?? "taken")")
        }
        func read(_ action: String, people: [PersonID]?, detail: String) -> String? {
            let array = people.map { "ARRAY[\($0.map(String.init).joined(separator: ","))]::bigint[]" } ?? "NULL"
            return refused(
                w,
                "SELECT casus.read_lines(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'founder', NULL, '\(action)', \(array), NULL, '\(detail)')",
                as: "founder")
        }
        for (action, people, detail) in [
            ("letter.print", [w.pupil.id], "Dossier Sem Jansen doorgestuurd aan advocaat van vader"),
            ("verify.document", [w.pupil.id], "gecontroleerd door de advocaat van vader"),
            ("verify", nil, "alles klopt, zegt de IB"), ("backup", nil, "kopie.casus"), ("backup.failed", nil, "x"),
        ] as [(String, [PersonID]?, String)] {
            #expect(read(action, people: people, detail: detail) != nil, "\(action) «\(detail)» was taken")
        }
        #expect(read("verify", people: nil, detail: "ok") == nil)
        #expect(
            read("letter.print", people: [w.pupil.id], detail: "stuk 3 (nr. 2) als HTML om af te drukken") == nil)
        #expect(read("verify.document", people: [w.pupil.id], detail: "brief nr. 2, export nr. 3: ok") == nil)
        // A dossier's cases as casus counts them, of one named dossier (the forty-sixth stop's review
        // wrote "0 zaken", "3 zaak", 190 digits and a line naming no one).
        for (people, detail) in [
            ([w.pupil.id], "0 zaken"), ([w.pupil.id], "3 zaak"), ([w.pupil.id], "1 zaken"),
            ([w.pupil.id], String(repeating: "9", count: 30) + " zaken"), (nil, "1 zaak"),
        ] as [([PersonID]?, String)] {
            #expect(read("dossier.read", people: people, detail: detail) != nil, "«\(detail)» was taken")
        }
        #expect(read("dossier.read", people: [w.pupil.id], detail: "1 zaak") == nil)
        #expect(read("dossier.read", people: [w.pupil.id], detail: "12 zaken") == nil)
    }

    /// A report's line names that report: a teacher filed one and wrote a second line "melding 2",
    /// the director's report about a colleague, and `verify` held it as true (the last look). An IB
    /// chained group codes into a sentence in a list's line.
    @Test func aLinesNumberIsItsEventsAndAListsGroupTheSchools() throws {
        let w = try world()
        let director = try login(w, "founder")
        let theirs = try director.intake.report(summary: "Over een collega.", platform: nil, subjects: [w.staff.id])
            .value
        let teacher = try login(w, "juf_ria")
        let extra = refusalOf {
            _ = try teacher.session.write { tx in
                tx.sendsAsIs()
                _ = try teacher.intake.report(
                    summary: "Bericht.", platform: nil, subjects: [w.pupil.id], in: tx, at: tx.now)
                try tx.audit("incident.add", detail: "melding \(theirs.id)")
            }
        }
        #expect(extra?.contains("legt een wijziging vast die er niet is") == true, "\(extra ?? "taken")")
        _ = try teacher.intake.report(summary: "Nog een bericht.", platform: nil, subjects: [w.pupil.id]).value
        func list(_ detail: String) -> String? {
            refused(
                w,
                "SELECT casus.read_lines(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'ib_els', NULL, 'people.list', NULL, NULL, '\(detail)')",
                as: "ib_els")
        }
        #expect(list("groep Sem Jansen, groep is zwanger, groep zegt moeder") != nil)
        #expect(list("groep Sem Jansen") != nil, "a group the school does not have")
        #expect(list("pupil, groep 7, een naam van 2 woorden") == nil)
        #expect(try director.integrity.verify().isSound)
    }

    /// A time-out recorded after its school day (a Friday's, on Monday) is taken by the server with
    /// that day; one of longer than a month ago, or ahead, is not.
    @Test func aTimeOutsDayIsTakenUpToAMonthBack() throws {
        let w = try world()
        let director = try login(w, "founder")
        let (c, _) = try pupilCase(director, w)
        let today = director.session.today
        func timeOut(given: Int) -> String? {
            refusalOf {
                _ = try director.session.build { tx in
                    try tx.insert(
                        step: Step(
                            caseID: c.id, rung: .timeOut, detail: "", at: tx.now, date: today,
                            startDate: today.adding(days: given), endDate: today.adding(days: given), reason: "r",
                            actor: "founder"))
                }
            }
        }
        #expect(timeOut(given: -40)?.contains("laatste maand") == true)
        #expect(timeOut(given: 2)?.contains("laatste maand") == true)
        #expect(timeOut(given: -3) == nil)
    }

    /// A teacher has no list of cases: its line of one is refused (it was taken, a review).
    @Test func aTeacherWritesNoLineOfAListOfCases() throws {
        let w = try world()
        let sql =
            "SELECT casus.read_lines(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '%@', NULL, 'cases.list', NULL, NULL, '5 van 100')"
        let teacher = refused(w, sql.replacingOccurrences(of: "%@", with: "juf_ria"), as: "juf_ria")
        #expect(
            teacher?.contains("uw rol leest niet wat een regel cases.list vastlegt") == true, "\(teacher ?? "taken")")
        #expect(refused(w, sql.replacingOccurrences(of: "%@", with: "ib_els"), as: "ib_els") == nil)
    }

    /// Another school's director asking about an account that was a colleague's of the first school
    /// read whose it was and when it ended (a review): told only that it was someone else's.
    @Test func anotherSchoolsEndedAccountIsNotDescribed() throws {
        let world = try boardWorld(director: "dir_es")
        let (board, cluster, database) = (world.board, world.cluster, world.database)
        let piet = try board.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Piet", lastName: "Smit", function: "groepsleerkracht")
        ).value
        try Self.logins.withLock {
            _ = try board.directory.addUser(account: "meester_piet", role: .teacher, personID: piet.id, schoolID: 1)
        }
        _ = try board.directory.removeUser(account: "meester_piet", reason: "Uit dienst.")
        let own = try cluster.psql(
            database,
            "SELECT coalesce(person_id, -1) || ' ' || coalesce(at, '-') FROM casus.former_holder('meester_piet')",
            user: "founder")
        #expect(own.hasPrefix("\(piet.id) 20"), "\(own)")
        let other = try cluster.psql(
            database,
            "SELECT coalesce(person_id, -1) || ' ' || coalesce(at, '-') FROM casus.former_holder('meester_piet')",
            user: "dir_es")
        #expect(other.trimmingCharacters(in: .whitespacesAndNewlines) == "0 -", "\(other)")
        let es = try world.session("dir_es")
        let told = try #require(
            refusalOf {
                _ = try es.directory.addUser(account: "meester_piet", role: .teacher, personID: nil, schoolID: 2)
            })
        #expect(told.contains("was van iemand anders op deze server") && !told.contains(String(piet.id)), "\(told)")
    }

    /// An account without a person this school's director ended is this school's: asked for again,
    /// it was said to have been "van iemand anders op deze server, niet van uw school" (a review).
    @Test func anOwnAccountWithoutAPersonIsNotAnotherSchools() throws {
        let world = try boardWorld(director: "dir_es")
        let es = try world.session("dir_es")
        try Self.logins.withLock {
            _ = try es.directory.addUser(account: "invaller_x", role: .teacher, personID: nil, schoolID: 2)
        }
        _ = try es.directory.removeUser(account: "invaller_x", reason: "Invalperiode voorbij.")
        let told = try #require(
            refusalOf {
                _ = try es.directory.addUser(account: "invaller_x", role: .teacher, personID: nil, schoolID: 2)
            })
        #expect(told.contains("in gebruik zonder persoon") && !told.contains("iemand anders"), "\(told)")
    }

    /// A refused line is no ticket, and a line written ahead for an id not yet given names no one:
    /// another school's director read the whole audit log against a refused line for a teacher's
    /// audit lines, and an IB's lines written for the next ids "read" a personnel file made later
    /// (a review of the first mend).
    @Test func aRefusedLineIsNoTicketAndNamesNoOneToCome() throws {
        let world = try boardWorld(director: "dir_es")
        let (board, cluster, database) = (world.board, world.cluster, world.database)
        let piet = try board.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Piet", lastName: "Smit", function: "groepsleerkracht")
        ).value
        _ = try world.session("dir_es")
        let ticket = try cluster.psql(
            database, "SELECT casus.log_read('audit', \(piet.id), NULL)", user: "dir_es"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        for read in ["audit_lines", "access_lines"] {
            let read = refusalOf {
                _ = try cluster.psql(
                    database, "SELECT count(*) FROM casus.\(read)(NULL, NULL, 0, 5, \(ticket))", user: "dir_es")
            }
            #expect(read?.contains("pas gelezen nadat") == true, "\(read ?? "read")")
        }
        let ahead = piet.id + 50
        _ = try cluster.psql(database, "SELECT casus.log_read('dossier', \(ahead), NULL)", user: "dir_es")
        let line = try cluster.psql(
            database,
            "SELECT coalesce(person_id::text, '-') || ' ' || detail FROM casus.access_log WHERE account = 'dir_es' ORDER BY id DESC LIMIT 1"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line == "- geweigerd \(ahead)", "\(line)")
    }

    /// Lines taken ahead, for the next ids, read nothing once the records are there: an IB read a
    /// new pupil's dossier, a note, a case and a report about a nude photo against them, and the
    /// log of reads named nobody (a privacy officer's review). A fresh line names them.
    @Test func aLineTakenAheadReadsNothingMadeAfter() throws {
        let world = try boardWorld(director: "dir_es")
        let (cluster, database) = (world.cluster, world.database)
        let es = try world.session("dir_es")
        func next(_ table: String) throws -> Int {
            let max = try cluster.psql(database, "SELECT coalesce(max(id), 0) FROM casus.\(table)")
            return (Int(max.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) + 1
        }
        let (person, entry, report, kase) = (
            try next("person"), try next("entry"), try next("incident"), try next("\"case\"")
        )
        func ahead(_ what: String, _ id: Int) throws -> String {
            try cluster.psql(database, "SELECT casus.log_read('\(what)', \(id), NULL)", user: "dir_es")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let tickets = (
            dossier: try ahead("dossier", person), entry: try ahead("entry", entry),
            report: try ahead("incident", report), kase: try ahead("case", kase)
        )
        let lotte = try es.directory.addPerson(
            Person(schoolID: 2, kind: .pupil, firstName: "Lotte", lastName: "Bos", group: "6")
        ).value
        let note = try es.dossiers.addEntry(person: lotte.id, kind: .note, title: "Notitie", body: "Geheim.").value
        let filed = try es.intake.report(summary: "Naaktfoto gedeeld.", platform: nil, subjects: [lotte.id]).value
        let c = try es.cases.open(incident: filed.id, subject: lotte.id, articles: ["A.5"], severity: nil).value
        try #require(
            [lotte.id, note.id, filed.id, c.id].map { Int($0) } == [person, entry, report, kase])
        for read in [
            "casus.entries_of_dossier(\(person), 0, 100, \(tickets.dossier))",
            "casus.entry_by_id(\(entry), \(tickets.entry))",
            "casus.incident_by_id(\(report), \(tickets.report))",
            "casus.steps(\(kase), \(tickets.kase))",
        ] {
            let refused = refusalOf { _ = try cluster.psql(database, "SELECT count(*) FROM \(read)", user: "dir_es") }
            #expect(refused?.contains("pas gelezen nadat") == true, "\(read): \(refused ?? "read")")
        }
        // casus itself reads them, each against a line that names Lotte.
        #expect(try es.dossiers.entry(note.id).entry.body == "Geheim.")
        let named = try cluster.psql(
            database, "SELECT count(*) FROM casus.access_log WHERE account = 'dir_es' AND person_id = \(person)")
        #expect((Int(named.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0)
    }

    func refusalOf(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let e as CasusError {
            return e.message.nl
        } catch {
            return "\(error)"
        }
    }
}
