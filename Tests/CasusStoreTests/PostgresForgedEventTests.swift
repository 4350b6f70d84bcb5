@testable import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// What a client that sends its own events can make the server record, and what it can make the
/// server tell. casus's service checks all of it before it writes; the server must check it again,
/// for a client that is not casus (DESIGN.md §5). Each test sends, through casus's own encoding
/// and hashing, an event the service would never send (`Transaction.emit` with a payload of the
/// test's choosing), or asks with `psql` what the service would never ask. Found by an adversarial
/// review of the server's functions.
extension PostgresRoleTests {
    /// A second case in the founder's school, about the pupil, and one of its obligations.
    func pupilCase(_ director: CasusService, _ w: World) throws -> (Case, Obligation) {
        let report = try director.intake.report(
            summary: "Filmpje in de groepsapp.", platform: "WhatsApp", subjects: [w.pupil.id]
        ).value
        let c = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
        let o = try director.session.build { tx in
            try tx.insert(
                obligation: Obligation(caseID: c.id, kind: .informParents, due: Fixtures.date("2026-12-20")),
                stepID: nil, at: tx.now)
        }.value
        return (c, o)
    }

    /// A board's server: De Linde founded by the board ("founder"), De Es with its director
    /// ("dir_es"), each signed in as themselves.
    func boardServer() throws -> (
        board: CasusService, es: School, director: CasusService, cluster: PostgresCluster, database: String
    ) {
        let cluster = try PostgresCluster.shared()
        let database = PostgresCluster.database(of: try cluster.makeDatabase())
        let board = try Directory.initialize(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "founder")),
            schoolName: "OBS De Linde", protocolID: "jozefschool", account: "founder",
            director: ("Anne", "van der", "Berg"),
            role: .board, profiles: Fixtures.profiles)
        let es = try board.session.build { tx in
            try Directory.createSchool(
                School(name: "CBS De Es", protocolID: "jozefschool"), account: "dir_es", director: ("Bo", "", "Dijk"),
                in: tx)
        }.value
        let director = try CasusService.session(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "dir_es")),
            account: "dir_es", profiles: Fixtures.profiles)
        return (board, es, director, cluster, database)
    }

    /// Nobody decides about themselves (Awb art. 2:4): past casus's own check, as a client with
    /// psql could, the director closing the board's case about them, or dismissing a report about
    /// them, is refused by the server.
    @Test func aDirectorsCloseOfACaseAboutThemselfIsRefusedByTheServer() throws {
        let (board, es, director, _, _) = try boardServer()
        let own = try #require(director.actor.user.personID)
        let report = try board.intake.report(
            summary: "De directeur deelde een foto.", platform: "Facebook", subjects: [own], schoolID: es.id
        ).value
        let dismissed = refusal {
            _ = try director.session.build { tx in
                try tx.emit(.incidentDismissed(report.id, reason: "Niets.", at: tx.now, by: "dir_es"), at: tx.now)
            }
        }
        #expect(dismissed.contains("gaat over uzelf"), "\(dismissed)")
        let c = try board.cases.open(incident: report.id, subject: own, articles: ["C.1"], severity: nil).value
        let closed = refusal {
            _ = try director.session.build { tx in
                try tx.emit(
                    .caseClosed(c.id, reason: "Niets.", at: tx.now, by: "dir_es", outcome: .unfounded), at: tx.now)
            }
        }
        #expect(closed.contains("gaat over uzelf"), "\(closed)")
        // Nor a note in their own dossier, where the case about them is (the board's hearing record
        // was corrected so, a review).
        let noted = refusal {
            // Past the client's own check (Transaction.append): the entry linked and sent as is.
            _ = try director.session.build { tx in
                let slot = try tx.writer.entrySlot(dossier: own)
                var entry = DossierChain.link(
                    EntryDraft(kind: .note, title: "Correctie", body: "Niets gebeurd.", caseID: c.id), dossier: own,
                    after: slot.head, author: "dir_es", authorName: director.actor.displayName, at: tx.now)
                entry.id = slot.id
                try tx.emit(.entryAppended(entry, evidence: []), at: tx.now)
            }
        }
        #expect(noted.contains("gaat over uzelf"), "\(noted)")
    }

    /// The refusal of a forged `case.opened` of this case under a new id and number, sent by the director.
    func openingRefused(_ director: CasusService, _ c: Case, dossierKind: DossierKind, subjectKind: SubjectKind)
        -> String
    {
        var forged = c
        forged.id = 900_001
        forged.number = "2026-9999"
        return refusal {
            _ = try director.session.build { tx in
                try tx.emit(
                    .caseOpened(forged, dossierKind: dossierKind, subjectKind: subjectKind, openedBy: "founder"),
                    at: tx.now)
            }
        }
    }

    /// A screenshot the director files with a note in the staff member's dossier.
    func staffScreenshot(_ w: World) throws -> EvidenceFile {
        let file = EvidenceFile(name: "staf.png", bytes: Array("Schermafbeelding over Kees".utf8))
        _ = try login(w, "founder").dossiers.addEntry(
            person: w.staff.id, kind: .note, title: "Bewijs", body: "Schermafbeelding.", evidence: [file])
        return file
    }

    /// A file's name as `psql` reads it as this user, after the read's ticket ("" when refused).
    func readEvidence(_ w: World, _ file: EvidenceFile, as user: String) throws -> String {
        let ticket = try w.cluster.psql(
            w.database, "SELECT casus.log_read('evidence', NULL, '\(file.sha256)')", user: user
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        return try w.cluster.psql(
            w.database, "SELECT name FROM casus.evidence_file('\(file.sha256)', \(ticket))", user: user)
    }

    /// The error a write ends in, as the user reads it ("" when it was saved).
    func refusal(_ write: () throws -> Void) -> String {
        do {
            try write()
            return ""
        } catch {
            return "\(error)"
        }
    }

    /// A teacher's report names only whom the roster offers (pupils and colleagues, no parent) and
    /// the teacher alone as its reporter, under its own name, on the server too (found by a review of
    /// this stop's change): a hand-made report named a parent, whose name the teacher then read
    /// back as its own report's, or a colleague as the one who reported it.
    @Test func aTeachersReportNamesOnlyTheRosterAndItself() throws {
        let w = try world()
        let parent = try login(w, "founder").directory.addPerson(
            Person(schoolID: 1, kind: .parent, firstName: "Jan", infix: "de", lastName: "Vries"),
            guardianOf: w.pupil.id
        ).value
        let teacher = try login(w, "juf_ria")
        func forged(_ involved: [(PersonID, Involvement)], reporterName: String = "juf_ria") -> String {
            refusal {
                _ = try teacher.session.build { tx in
                    try tx.insert(
                        incident: Incident(
                            schoolID: 1, reportedAt: tx.now, summary: "Nagemaakt.", reporterName: reporterName),
                        involved: involved)
                }
            }
        }
        #expect(forged([(parent.id, .subject)]).contains("namenlijst"))
        #expect(forged([(w.pupil.id, .subject), (w.staff.id, .reporter)]).contains("namenlijst"))
        #expect(forged([(w.pupil.id, .subject)], reporterName: "Kees Bakker").contains("eigen naam"))
        #expect(try teacher.intake.ownRows(offset: 0, limit: 10).isEmpty, "nothing of it was saved")
        // What casus itself sends is taken: a pupil and a colleague, in the teacher's own name.
        #expect(forged([(w.pupil.id, .subject), (w.staff.id, .witness)]) == "")
    }

    /// A report by hand, as `juf_ria` with `psql`: the server's own encoding of an event and its
    /// hash (docs/EVENTS.md), with `involved` as given. What casus's encoder cannot write.
    func handMadeReport(_ w: World, involved: String) throws {
        // Its line in the audit log, in the same transaction, as every write has one. A teacher's login
        // reads no chain's hash: the server links its event and its line (hashed as if first).
        let now = Timestamp.now()
        let line = AuditRecord(
            at: now, account: "juf_ria", realAccount: nil, action: "incident.add", personID: nil, caseID: nil,
            detail: "melding 1"
        ).linked(after: ChainHead(seq: 0, hash: ""))
        let sql = """
            DO $$
            DECLARE
                h record; iid bigint; acct text := 'juf_ria'; inv text := '\(involved)'; payload bytea; hash text;
                at text := '\(now.iso)';
            BEGIN
                SELECT * INTO h FROM casus.begin_write();
                iid := casus.next_numbers('id:incident', 1);
                payload := convert_to('id:' || length(iid::text) || ':' || iid || chr(10) || 'school:1:1' || chr(10)
                    || 'reported_at:20:' || at || chr(10)
                    || 'summary:64:' || encode(sha256(convert_to('Met de hand', 'UTF8')), 'hex') || chr(10)
                    || 'platform:nil' || chr(10)
                    || 'reporter_name:64:' || encode(sha256(convert_to(acct, 'UTF8')), 'hex') || chr(10)
                    || 'reported_by:' || octet_length(acct) || ':' || acct || chr(10)
                    || 'involved:' || octet_length(inv) || ':' || inv || chr(10), 'UTF8');
                hash := encode(sha256(convert_to(h.event_hash, 'UTF8') || convert_to('casus-event-v1' || chr(10)
                    || 'seq:' || length((h.event_seq + 1)::text) || ':' || (h.event_seq + 1) || chr(10)
                    || 'at:20:' || at || chr(10) || 'account:' || octet_length(acct) || ':' || acct || chr(10)
                    || 'real_account:nil' || chr(10) || 'kind:17:incident.reported' || chr(10) || 'dossier:nil' || chr(10)
                    || 'audit_seq:' || length(h.audit_seq::text) || ':' || h.audit_seq || chr(10), 'UTF8') || payload), 'hex');
                PERFORM casus.append_event(h.event_seq + 1, at, acct, NULL, 'incident.reported', NULL, h.audit_seq,
                    payload, h.event_hash, hash, jsonb_build_object('summary', 'Met de hand', 'reporter_name', acct),
                    NULL, NULL, NULL);
                -- Its line in the audit log, in the same transaction, as every write has one.
                PERFORM casus.insert_audit(h.audit_seq + 1, at, acct, NULL, 'incident.add', NULL, NULL, 'melding 1', h.audit_hash,
                    '\(line.hash)');
            END $$;
            """
        _ = try w.cluster.psql(w.database, sql, user: "juf_ria")
    }

    /// A report's people are each written `ID=role`, as the replay reads them: "2=subject=x" was
    /// taken (the server read the first two parts, the replay skips such a pair), after which
    /// `casus verify` said NIET IN ORDE for good, blaming a change outside casus (found by a review).
    @Test func aReportsPeopleAreWrittenInTheirOneForm() throws {
        let w = try world()
        try handMadeReport(w, involved: "\(w.pupil.id)=subject")
        for bad in [
            "\(w.pupil.id)=subject=x", "\(w.pupil.id)=subject,\(w.staff.id)=witness=reporter", "0\(w.pupil.id)=subject",
        ] {
            let why = refusal { try handMadeReport(w, involved: bad) }
            #expect(why.contains("ID=rol"), "\(bad): \(why.isEmpty ? "taken" : why)")
        }
        #expect(try login(w, "founder").integrity.verify().isSound)
    }

    /// A read's line holds what casus writes there and nothing else (found by a review): any account
    /// wrote a detail with a line break that showed, in `casus audit --reads`, as a second line
    /// looking like the board's read, or five megabytes that can never be removed.
    @Test func aReadsLineHoldsOnlyWhatItsKindHas() throws {
        let w = try world()
        for (call, why) in [
            ("log_read('dossier', \(w.pupil.id), E'x\\n03-12-2026 09:00 founder read.dossier')", "a line break"),
            ("log_read('case', 1, 'toelichting')", "a detail on a case read"),
            ("log_read('evidence', NULL, 'geen-hash')", "an evidence read names no hash"),
            ("log_read('search', NULL, repeat('x', 5000))", "five thousand characters"),
            ("log_read('search', NULL, E'woord\\u001b[2J')", "a control character"),
        ] {
            let refusal = refused(w, "SELECT casus.\(call)", as: "juf_ria")
            #expect(refusal?.contains("alleen wat casus erin schrijft") == true, "\(why): \(refusal ?? "taken")")
        }
        #expect(refused(w, "SELECT casus.log_read('dossier', \(w.pupil.id), '')", as: "juf_ria") == nil)
        #expect(refused(w, "SELECT casus.log_read('search', NULL, 'filmpje gymles')", as: "ib_els") == nil)
    }

    /// A read's line of a dossier the caller may not read names no one and says it was refused:
    /// with psql an IB wrote "read.dossier" of a teacher's personnel dossier (and got nothing), and
    /// the directors' log of reads showed the IB reading it (a review).
    @Test func aReadOfADossierOutOfReachIsARefusalUnderNoOne() throws {
        let w = try world()
        /// The IB's line for reading the dossier of `person`: whom it names, and its detail.
        func line(reading person: PersonID) throws -> String {
            _ = try w.cluster.psql(w.database, "SELECT casus.log_read('dossier', \(person), NULL)", user: "ib_els")
            return try w.cluster.psql(
                w.database,
                "SELECT coalesce(person_id::text, '-') || ' ' || detail FROM casus.access_log WHERE account = 'ib_els' ORDER BY id DESC LIMIT 1"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try line(reading: w.staff.id) == "- geweigerd \(w.staff.id)")
        // One the caller may read is named as before.
        #expect(try line(reading: w.pupil.id) == "\(w.pupil.id)")
        #expect(try login(w, "founder").integrity.verify().isSound)
    }

    /// The audit log's own lines, written by the client, are one line too: a `psql` writer's line
    /// break showed in `casus audit` as another line in another's name.
    @Test func anAuditLineHoldsOneLine() throws {
        let w = try world()
        // A line that holds a director's own words (a user's removal and why): one line, not too long.
        for (detail, why) in [
            ("x\n03-12-2026 09:00 founder          dossier.read", "a line break"),
            ("woord\u{1B}[2J", "a control character"),
            (String(repeating: "x", count: 1001), "a thousand and one characters"),
        ] {
            let refusal = try writtenLine(w, "user.remove", detail: "juf_ria teacher: " + detail, as: "founder")
            #expect(refusal?.contains("één regel") == true, "\(why): \(refusal ?? "taken")")
        }
        // A read's line in casus's words is taken.
        #expect(
            refused(
                w, "SELECT casus.read_lines('2026-11-16T10:00:00Z', 'founder', NULL, 'verify', NULL, NULL, 'ok')",
                as: "founder") == nil)
    }

    /// A read's line only for a read the role may make: a teacher wrote "dossier.read" of a staff
    /// member, "case.read" of a staff case and "backup" with psql, an IB "dossier.read" of staff,
    /// and `verify` held them as true (a review).
    @Test func aReadsLineIsOneTheRoleMayMake() throws {
        let w = try world()
        let director = try login(w, "founder")
        let report = try director.intake.report(summary: "Bericht.", platform: nil, subjects: [w.staff.id]).value
        let staffCase = try director.cases.open(
            incident: report.id, subject: w.staff.id, articles: ["A.5"], severity: nil
        ).value
        func line(
            _ action: String, people: [PersonID]? = nil, case id: CaseID? = nil, detail: String = "", as user: String
        ) -> String? {
            let array = people.map { "ARRAY[\($0.map(String.init).joined(separator: ","))]::bigint[]" } ?? "NULL"
            return refused(
                w,
                "SELECT casus.read_lines(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '\(user)', NULL, '\(action)', \(array), \(id.map(String.init) ?? "NULL"), '\(detail)')",
                as: user)
        }
        let before = try w.cluster.psql(w.database, "SELECT count(*) FROM casus.audit", user: "postgres")
        for (action, people, id, user) in [
            ("dossier.read", [w.staff.id], nil, "juf_ria"), ("backup", nil, nil, "juf_ria"),
            ("case.read", [w.staff.id], staffCase.id, "juf_ria"), ("dossier.read", [w.pupil.id], nil, "juf_ria"),
            ("dossier.read", [w.staff.id], nil, "ib_els"), ("case.read", nil, staffCase.id, "ib_els"),
            ("backup", nil, nil, "ib_els"), ("verify", nil, nil, "ib_els"), ("search", nil, nil, "juf_ria"),
        ] as [(String, [PersonID]?, CaseID?, String)] {
            let refusal = line(action, people: people, case: id, as: user)
            #expect(
                refusal?.contains("uw rol leest niet wat een regel \(action) vastlegt") == true,
                "\(action) by \(user): \(refusal ?? "taken")")
        }
        // Whom a line names is whom the read showed: a report about a colleague, a staff file with
        // words of one's own, a list with people (the next review).
        for (action, people, detail, user) in [
            ("incident.read", [w.staff.id], "melding \(report.id)", "juf_ria"),
            ("incident.read", [w.staff.id], "melding \(report.id)", "ib_els"),
            ("incident.read", [w.pupil.id], "melding \(report.id)", "founder"),
            ("evidence.read", [w.staff.id], "geheim personeelsdossier geopend", "ib_els"),
            ("evidence.read", [w.pupil.id], String(repeating: "ab", count: 32), "juf_ria"),
            ("reports.list", [w.pupil.id], "", "juf_ria"), ("cases.list", [w.staff.id], "", "ib_els"),
        ] as [(String, [PersonID], String, String)] {
            let refusal = line(action, people: people, detail: detail, as: user)
            #expect(
                refusal?.contains("uw rol leest niet wat een regel \(action) vastlegt") == true,
                "\(action) \(people) by \(user): \(refusal ?? "taken")")
        }
        #expect(try w.cluster.psql(w.database, "SELECT count(*) FROM casus.audit", user: "postgres") == before)
        // What the role reads is written.
        #expect(line("incident.read", people: [w.staff.id], detail: "melding \(report.id)", as: "founder") == nil)
        #expect(line("dossier.read", people: [w.pupil.id], detail: "2 stukken", as: "ib_els") == nil)
        #expect(line("reports.list", detail: "3 rijen vanaf 0", as: "juf_ria") == nil)
        // Words of one's own in a line's detail are not casus's: refused (the next review).
        #expect(line("reports.list", detail: "Hanneke de Graaf dossier gelezen door directeur", as: "juf_ria") != nil)
        #expect(line("dossier.read", people: [w.pupil.id], detail: "x", as: "ib_els") != nil)
        // A case's read names that case by its number; a list of people its kinds, group and count
        // (an IB wrote "case.read 2026-0004" of a staff case it may not read, and words of its own
        // into a list's line, the last look).
        #expect(line("case.read", detail: "2026-0001", as: "ib_els") != nil)
        #expect(line("people.list", detail: "Noor Peters dossier gelezen; ADHD", as: "ib_els") != nil)
        #expect(line("people.list", detail: "pupil, groep 7, een naam van 2 woorden", as: "ib_els") == nil)
    }

    @Test func anObligationIsMarkedDoneOnlyThroughItsOwnCase() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        let (pupilCase, obligation) = try pupilCase(director, w)
        // The director decides on both cases, but an event that names one case and another's
        // obligation could carry any school's obligation past the school check.
        let why = refusal {
            _ = try director.session.build { tx in
                try tx.emit(
                    .obligationDone(staffCase.id, obligation.id, entry: nil, at: tx.now, by: "founder"), at: tx.now)
            }
        }
        #expect(why.contains("niet bij deze zaak"), "\(why)")
        let moved = refusal {
            _ = try director.session.build { tx in
                try tx.emit(
                    .obligationRescheduled(
                        staffCase.id, obligation.id, due: Fixtures.date("2027-06-30"), pausedFrom: nil),
                    at: tx.now)
            }
        }
        #expect(moved.contains("niet bij deze zaak"), "\(moved)")
        let kept = try director.session.storage.read { r in try r.obligations(case: pupilCase.id) }
        #expect(kept.map(\.due) == [Fixtures.date("2026-12-20")] && kept.allSatisfy { !$0.isDone })
    }

    @Test func aNoteOfACaseIsInThatCasesDossier() throws {
        let w = try world()
        let (director, _) = try staffCase(w)
        let (pupilCase, _) = try pupilCase(director, w)
        // A staff member's note naming the pupil's case would be read by the IB as a note of it.
        let why = refusal {
            _ = try director.session.build { tx in
                try tx.append(
                    EntryDraft(
                        kind: .note, title: "Staf", body: "Personeelsgeheim via de leerlingzaak.", caseID: pupilCase.id),
                    to: w.staff.id, at: tx.now)
            }
        }
        #expect(why.contains("ander dossier"), "\(why)")
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")),
            account: "ib_els", profiles: Fixtures.profiles)
        let parts = try ib.session.storage.read { r in try r.caseParts(of: pupilCase) }
        #expect(!parts.entries.contains { $0.body.contains("Personeelsgeheim") })
    }

    @Test func aCasesKindsAreThoseOfItsPeople() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        // A staff case written down as a pupil's would be listed to the IB.
        let why = openingRefused(director, staffCase, dossierKind: .pupil, subjectKind: .pupil)
        #expect(why.contains("soort dossier"), "\(why)")
        // Nor does a person cross from pupil to staff (which cases and dossiers the IB reads follow from it).
        var staffNow = w.pupil
        staffNow.kind = .staff
        let crossed = refusal { _ = try director.session.build { tx in try tx.update(person: staffNow) } }
        #expect(crossed.contains("geen ouder of medewerker"), "\(crossed)")
    }

    /// What the law sets, whatever the school's ladder, the server holds too: a step is one of its
    /// case's ladder, a pupil's suspension lasts a week at most, and a case reaches only a rung a
    /// decision took. A director with psql suspended a pupil for 60 days and set a summary dismissal
    /// on a case with no step at all, and `verify` said all was well (a review).
    @Test func aStepIsOfItsLadderAndAPupilsSuspensionLastsAWeekAtMost() throws {
        let w = try world()
        let director = try login(w, "founder")
        let report = try director.intake.report(summary: "Filmpje.", platform: nil, subjects: [w.pupil.id]).value
        let c = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
        func step(_ rung: Rung, days: Int? = nil, last: Int? = nil, phase: StepPhase = .decision) -> String {
            refusal {
                _ = try director.session.build { tx in
                    let day = tx.now.localDate()
                    try tx.emit(
                        .stepTaken(
                            Step(
                                id: 900_010, caseID: c.id, rung: rung, at: tx.now, date: day, days: days,
                                startDate: days == nil ? nil : day, endDate: last.map { day.adding(days: $0) },
                                reason: "Vervalst.", actor: "founder", phase: phase)), at: tx.now)
                }
            }
        }
        #expect(step(.suspension, days: 60, last: 83).contains("ten hoogste één week"))
        // A record's id is one its counter gave out: a step under the next id, not drawn, took it, and
        // every step casus took after was refused as a duplicate (a review).
        let undrawn = refusal {
            _ = try director.session.build { tx in
                let next = (try tx.r.sequences()["id:step"] ?? 0) + 1
                try tx.emit(
                    .stepTaken(
                        Step(
                            id: next, caseID: c.id, rung: .warning, at: tx.now, date: tx.now.localDate(),
                            reason: "Vervalst.", actor: "founder")), at: tx.now)
            }
        }
        #expect(undrawn.contains("een nummer dat de teller niet gaf"), "\(undrawn)")
        #expect(step(.suspension, days: 5, last: 9).contains("ten hoogste één week"), "a week is a period")
        #expect(step(.summaryDismissal).contains("geen stap van de ladder van deze zaak (pupil)"))
        let rung = refusal {
            _ = try director.session.build { tx in try tx.emit(.caseRung(c.id, .removal), at: tx.now) }
        }
        #expect(rung.contains("bereikt alleen een trede waarop een besluit is genomen"), "\(rung)")
        #expect(try director.cases.detail(c.id).steps.isEmpty)
        // A pupil's "voornemen" is no decision the week holds, and no step of a pupil's case.
        #expect(step(.suspension, days: 60, last: 83, phase: .proposal).contains("een voornemen hoort bij"))
        // Nor does the pupil become a parent for a step of the parent's ladder (a review).
        var parentNow = w.pupil
        parentNow.kind = .parent
        let crossed = refusal { _ = try director.session.build { tx in try tx.update(person: parentNow) } }
        #expect(crossed.contains("een leerling wordt geen ouder"), "\(crossed)")
        // The rung moves only with a decision of the same transaction, and never back to none.
        try director.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        for rung: Rung? in [.warning, nil] {
            let alone = refusal {
                _ = try director.session.build { tx in try tx.emit(.caseRung(c.id, rung), at: tx.now) }
            }
            #expect(
                alone.contains("bereikt alleen een trede waarop een besluit is genomen"),
                "\(String(describing: rung)): \(alone)")
        }
    }

    @Test func nobodyRecordsThatSomeoneElseActed() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        let why = refusal {
            _ = try director.session.build { tx in
                try tx.emit(
                    .stepTaken(
                        Step(
                            id: 900_002, caseID: staffCase.id, rung: .warning, at: tx.now, date: tx.now.localDate(),
                            reason: "Waarschuwing", actor: "ib_els")), at: tx.now)
            }
        }
        #expect(why.contains("founder kan niet vastleggen dat ib_els iets deed"), "\(why)")
        let teacher = try login(w, "juf_ria")
        let filed = try teacher.intake.report(summary: "Filmpje", platform: nil, subjects: [w.pupil.id]).value
        var other = filed
        other.id = 900_003
        let asDirector = refusal {
            _ = try teacher.session.build { tx in
                try tx.emit(
                    .incidentReported(
                        other, involved: [InvolvedRef(person: w.pupil.id, role: .subject)], reportedBy: "founder"),
                    at: tx.now)
            }
        }
        #expect(asDirector.contains("juf_ria kan niet vastleggen dat founder iets deed"), "\(asDirector)")
    }

    /// An entry is in its writer's own name, and only a correction corrects (found by a review):
    /// an IB's care note signed as a doctor, or marked as correcting the director's decision, was taken.
    @Test func anEntryIsInItsWritersNameAndOnlyACorrectionCorrects() throws {
        let w = try world()
        let director = try login(w, "founder")
        let decision = try director.dossiers.addEntry(
            person: w.pupil.id, kind: .note, title: "Besluit", body: "Schorsing van twee dagen."
        ).value
        let ib = try login(w, "ib_els")
        func care(signed name: String, corrects: EntryID?) -> String {
            refusal {
                _ = try ib.session.build { tx in
                    var entry = DossierChain.link(
                        EntryDraft(kind: .care, title: "Zorg", body: "Zorgnotitie.", corrects: corrects),
                        dossier: w.pupil.id, after: try tx.r.chainHead(dossier: w.pupil.id), author: "ib_els",
                        authorName: name, at: tx.now)
                    entry.id = try tx.writer.nextID(.entry)
                    entry = try tx.storeLinked(entry)  // as casus sends an IB's entry: linked by the server
                    try tx.emit(.entryAppended(entry, evidence: []), at: tx.now)
                }
            }
        }
        let doctor = care(signed: "Dr. A. Jansen (jeugdarts GGD)", corrects: nil)
        #expect(doctor.contains("op de naam van wie het schrijft"), "\(doctor)")
        let correcting = care(signed: "ib_els", corrects: decision.id)
        #expect(correcting.contains("alleen een correctie"), "\(correcting)")
        // In its own name (the account: the IB has no person), as casus writes it: saved.
        #expect(care(signed: "ib_els", corrects: nil) == "")
        #expect(try director.dossiers.dossier(w.pupil.id).corrections[decision.id] == nil)
    }

    /// An IB corrects its care note, through casus and on the server; a correction of the
    /// director's note is refused by the server too when casus's own check is stepped around.
    @Test func anIBCorrectsACareNoteButNotTheDirectorsNote() throws {
        let w = try world()
        let director = try login(w, "founder")
        let decision = try director.dossiers.addEntry(
            person: w.pupil.id, kind: .note, title: "Besluit", body: "Schorsing van twee dagen."
        ).value
        let ib = try login(w, "ib_els")
        let care = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Sem is stil.").value
        let fix = try ib.dossiers.addEntry(
            person: w.pupil.id, kind: .correction, title: nil, body: "Sem was stil op dinsdag.", corrects: care.id
        ).value
        #expect(fix.corrects == care.id)
        #expect(throws: CasusError.self) {
            _ = try ib.dossiers.addEntry(
                person: w.pupil.id, kind: .correction, title: nil, body: "Anders.", corrects: decision.id
            ).value
        }
        // The IB's own correction of `target`, appended past casus's own check.
        func forgedCorrection(of target: EntryID) -> String {
            refusal {
                _ = try ib.session.build { tx in
                    var entry = DossierChain.link(
                        EntryDraft(kind: .correction, title: "Correctie", body: "Anders.", corrects: target),
                        dossier: w.pupil.id, after: try tx.r.chainHead(dossier: w.pupil.id), author: "ib_els",
                        authorName: "ib_els", at: tx.now)
                    entry.id = try tx.writer.nextID(.entry)
                    entry = try tx.storeLinked(entry)  // as casus sends an IB's entry: linked by the server
                    try tx.emit(.entryAppended(entry, evidence: []), at: tx.now)
                }
            }
        }
        let forged = forgedCorrection(of: decision.id)
        #expect(forged.contains("mag in dit dossier niet schrijven"), "\(forged)")
        #expect(try director.dossiers.dossier(w.pupil.id).corrections[decision.id] == nil)
        // Nor the director's care note, when casus's own check is stepped around (a review).
        let directorsCare = try director.dossiers.addEntry(
            person: w.pupil.id, kind: .care, title: nil, body: "Moeder meldt thuissituatie."
        ).value
        let forgedCare = forgedCorrection(of: directorsCare.id)
        #expect(forgedCare.contains("mag in dit dossier niet schrijven"), "\(forgedCare)")
        #expect(try director.dossiers.dossier(w.pupil.id).corrections[directorsCare.id] == nil)
    }

    /// Every change is in the audit log: a client of its own appended an IB's care note with no line
    /// (found by a review), and `casus audit` never showed it. Refused at COMMIT, nothing saved.
    @Test func anEventWithoutItsAuditLineIsNotSaved() throws {
        let w = try world()
        let ib = try login(w, "ib_els")
        let before = try login(w, "founder").dossiers.dossier(w.pupil.id).entries.count
        // A care note written straight to the server, with these audit lines beside it.
        func note(_ body: String, lines: (Transaction) throws -> Void) -> String {
            refusal {
                _ = try ib.session.write { tx in
                    tx.sendsAsIs()
                    var entry = DossierChain.link(
                        EntryDraft(kind: .care, title: "Zorg", body: body), dossier: w.pupil.id,
                        after: try tx.r.chainHead(dossier: w.pupil.id), author: "ib_els", authorName: "ib_els",
                        at: tx.now)
                    entry.id = try tx.writer.nextID(.entry)
                    entry = try tx.storeLinked(entry)  // as casus sends an IB's entry: linked by the server
                    try tx.emit(.entryAppended(entry, evidence: []), at: tx.now)
                    try lines(tx)
                }
            }
        }
        let unlogged = note("Zonder regel.") { _ in }
        #expect(unlogged.contains("staat niet in het auditlog"), "\(unlogged)")
        // Nor with a line about something else: the note committed with a line "search rooster"
        // (found by a review), and `casus audit --person` never showed the IB's write.
        // A read's line is not written beside a change at all now: only a read writes one.
        let elsewhere = note("Met een andere regel.") { try $0.audit("search", detail: "rooster") }
        #expect(elsewhere.contains("legt een lezing vast"), "\(elsewhere)")
        // Nor with a read line that names the pupil (every search writes one now): a second review.
        let asARead = note("Met een leesregel.") { try $0.audit("search", person: w.pupil.id, detail: "rooster") }
        #expect(asARead.contains("legt een lezing vast"), "\(asARead)")
        #expect(try login(w, "founder").dossiers.dossier(w.pupil.id).entries.count == before)
        // The same note through casus, which writes its line: saved.
        _ = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: "Zorg", body: "Met regel.")
        #expect(try login(w, "founder").dossiers.dossier(w.pupil.id).entries.count == before + 1)
    }

    /// The other way round: a line of a change goes with its event. A teacher wrote "case.delete …
    /// verwijderd op verzoek van …" into the audit log with no event behind it, and `verify` found all
    /// sound (a review). Refused at COMMIT, nothing saved; an export, which changes nothing, is a
    /// line of its own for a role that reads dossiers, not for a teacher.
    @Test func anAuditLineOfAChangeGoesWithItsEvent() throws {
        let w = try world()
        let teacher = try login(w, "juf_ria")
        let founder = try login(w, "founder")
        let before = try founder.integrity.auditLog(offset: 0, limit: 1000).count
        // An export's line in casus's words (AuditRecord.writtenShapes), so that the role is what is judged.
        let shaped = "md, 3 stukken, tekst " + String(repeating: "ab", count: 32)
        func line(_ action: String, by who: CasusService, detail: String = "zaak verwijderd op verzoek van founder")
            -> String
        {
            refusal {
                _ = try who.session.write { tx in try tx.audit(action, person: w.pupil.id, detail: detail) }
            }
        }
        let forged = line("case.delete", by: teacher)
        #expect(forged.contains("legt een wijziging vast die er niet is"), "\(forged)")
        #expect(line("dossier.export", by: teacher, detail: shaped).contains("legt een wijziging vast die er niet is"))
        // An export only of a dossier the role reads: an IB wrote one about a staff member (a review).
        let ib = try login(w, "ib_els")
        let staffExport = refusal {
            _ = try ib.session.write { tx in try tx.audit("dossier.export", person: w.staff.id, detail: shaped) }
        }
        #expect(staffExport.contains("legt een wijziging vast die er niet is"), "\(staffExport)")
        // Nor of a pupil's: the inzage export is the director's.
        let pupilExport = refusal {
            _ = try ib.session.write { tx in try tx.audit("dossier.export", person: w.pupil.id, detail: shaped) }
        }
        #expect(pupilExport.contains("legt een wijziging vast die er niet is"), "\(pupilExport)")
        // A list of people only by a role that reads records: a teacher wrote one with any words.
        let list = refusal {
            _ = try w.cluster.psql(
                w.database,
                "SELECT casus.read_lines(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'juf_ria', NULL, 'people.list', NULL, NULL, 'x')",
                user: "juf_ria")
        }
        #expect(list.contains("leest geen lijsten van personen"), "\(list)")
        #expect(try founder.integrity.auditLog(offset: 0, limit: 1000).count == before)
        // The director's export of the same dossier is a line of its own, and saved.
        _ = try founder.dossiers.export(w.pupil.id, format: .md)
        #expect(try founder.integrity.auditLog(offset: 0, limit: 1000).first?.action == "dossier.export")
    }

    /// A change's line says what the change is: a director closed a case with psql under the line
    /// "calendar.import", and `casus audit --person` never showed the close (a review). A closed
    /// case then takes no step and no second close, and a case closes with nothing of the school's
    /// open, as casus's own rules say.
    @Test func aChangesLineSaysWhatTheChangeIsAndAClosedCaseStaysClosed() throws {
        let w = try world()
        let director = try login(w, "founder")
        let report = try director.intake.report(summary: "Bericht.", platform: nil, subjects: [w.pupil.id]).value
        let c = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
        #expect(try director.cases.detail(c.id).obligations.allSatisfy { $0.isDone || $0.isDeadlineForOthers })
        func close(line action: String) -> String {
            refusal {
                _ = try director.session.write { tx in
                    tx.sendsAsIs()
                    try tx.close(case: c, at: tx.now, reason: "stil", outcome: .unfounded)
                    // In casus's words (AuditRecord.writtenShapes), so that the action is what is judged.
                    try tx.audit(
                        action, person: w.pupil.id, case: c.id,
                        detail: AuditRecord.writtenShapes[action]?.sample ?? "kalender ingelezen")
                }
            }
        }
        // (An import's line in words of its own is refused sooner: AuditRecord.writtenShapes.)
        let asImport = close(line: "calendar.import")
        #expect(
            asImport.contains("staat niet in het auditlog") || asImport.contains("is niet zoals casus hem schrijft"),
            "\(asImport)")
        #expect(close(line: "case.step").contains("staat niet in het auditlog"))
        #expect(try director.cases.detail(c.id).record.status == .open)
        #expect(close(line: "case.close") == "")
        // Closed: a second close, a step, an obligation ticked are refused; a court case is taken.
        #expect(close(line: "case.close").contains("is gesloten"))
        let step = refusal {
            _ = try director.session.build { tx in
                try tx.insert(
                    step: Step(
                        caseID: c.id, rung: .warning, at: tx.now, date: tx.now.localDate(), reason: "na sluiten",
                        actor: "founder"))
            }
        }
        #expect(step.contains("is gesloten"), "\(step)")
        // A change stands under the line of its own kind, naming its own case and dossier, and no
        // invented line rides along beside it (a review of this rule's first form: a court case
        // recorded under "case.zienswijze" about another pupil; a "case.step" line about another
        // pupil beside a real court case).
        let other = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Mila", lastName: "Bakker", group: "7")
        ).value
        func courtFact(_ lines: [(String, PersonID?, CaseID?)]) -> String {
            refusal {
                _ = try director.session.write { tx in
                    tx.sendsAsIs()
                    try tx.willInsert([.caseFact: 1])
                    _ = try tx.insert(
                        fact: CaseFact(
                            caseID: c.id, kind: .courtCase, date: tx.now.localDate(), value: "started", at: tx.now,
                            actor: "founder"))
                    for (action, person, caseID) in lines {
                        // In casus's words, so that whom the line names is what is judged.
                        try tx.audit(
                            action, person: person, case: caseID,
                            detail: AuditRecord.writtenShapes[action]?.sample ?? "x")
                    }
                }
            }
        }
        #expect(courtFact([("case.zienswijze", other.id, c.id)]).contains("staat niet in het auditlog"))
        #expect(courtFact([("case.court-case", other.id, c.id)]).contains("staat niet in het auditlog"))
        let riding = courtFact([("case.court-case", w.pupil.id, c.id), ("case.step", other.id, nil)])
        #expect(riding.contains("legt een wijziging vast die er niet is"), "\(riding)")
        // A teacher's report with an invented line about a pupil beside its own.
        let teacher = try login(w, "juf_ria")
        let invented = refusal {
            _ = try teacher.session.write { tx in
                tx.sendsAsIs()
                let incident = try teacher.intake.report(
                    summary: "Bericht.", platform: nil, subjects: [w.pupil.id], in: tx, at: tx.now)
                try tx.audit("incident.add", person: other.id, detail: "melding \(incident.id)")
            }
        }
        #expect(invented.contains("legt een wijziging vast die er niet is"), "\(invented)")
        _ = try director.cases.courtCase(c.id, started: true, on: director.session.today, note: "Ouders procederen.")
        // A case with an obligation of the school's open does not close.
        let (open, _) = try pupilCase(director, w)
        let early = refusal {
            _ = try director.session.build { tx in
                try tx.close(case: open, at: tx.now, reason: "snel dicht", outcome: .founded)
            }
        }
        #expect(early.contains("kan nog niet dicht"), "\(early)")
    }

    /// A checkpoint names where the chain and the audit log really stand: a director's named audit
    /// line 1 with the hash "deadbeef", and took the place of the board's as the latest (a review).
    @Test func aCheckpointNamesAPlaceTheAuditLogHasPassed() throws {
        let w = try world()
        let director = try login(w, "founder")
        func checkpoint(audit: ChainHead) -> String {
            refusal {
                _ = try director.session.build { tx in
                    let event = try tx.r.eventHead()
                    try tx.emit(
                        .checkpointSigned(
                            Checkpoint(
                                event: event, audit: audit, at: tx.now, publicKey: String(repeating: "ab", count: 32),
                                signature: "BOGUS")), at: tx.now)
                }
            }
        }
        #expect(checkpoint(audit: ChainHead(seq: 1, hash: "deadbeef")).contains("een plek die de keten niet kent"))
        let real = try director.session.read { try $0.auditHead() }
        #expect(checkpoint(audit: real) == "", "a real place is taken (its signature is verify's to check)")
    }

    /// A line of a read names the dossier a case or entry is filed in only for a reader who may see
    /// it: a director of another school logged reads of this school's cases and entries and read
    /// back, in their own lines, whose dossier each was (a review).
    @Test func aReadsLineNamesOnlyADossierTheReaderMaySee() throws {
        let (board, _, _, cluster, database) = try boardServer()
        let pupil = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let entry = try board.dossiers.addEntry(person: pupil.id, kind: .note, title: "Notitie", body: "Gesprek.")
            .value
        func named(_ what: String, _ id: Int64, as user: String) throws -> String {
            let ticket = try cluster.psql(database, "SELECT casus.log_read('\(what)', \(id), NULL)", user: user)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return try cluster.psql(
                database, "SELECT coalesce(person_id::text, '-') FROM casus.access_log WHERE id = \(ticket)"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try named("entry", entry.id, as: "dir_es") == "-")
        #expect(try named("entry", entry.id, as: "founder") == "\(pupil.id)")
    }

    @Test func anIBIsToldAStaffDossierDoesNotExistAsAMissingOneIs() throws {
        let w = try world()
        let ib = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_els")),
            account: "ib_els", profiles: Fixtures.profiles)
        // Sent straight to the server (casus asks for the dossier's head first, which says the same
        // for both): the event itself must not tell a staff member's dossier from a missing one.
        func care(in dossier: PersonID) -> String {
            refusal {
                _ = try ib.session.build { tx in
                    var entry = DossierChain.link(
                        EntryDraft(kind: .care, title: "Zorg", body: "Zorgnotitie."), dossier: dossier, after: .genesis,
                        author: "ib_els", authorName: "Els", at: tx.now)
                    entry.id = 900_010
                    try tx.emit(.entryAppended(entry, evidence: []), at: tx.now)
                }
            }
        }
        let staff = care(in: w.staff.id)
        let missing = care(in: 999_999)
        #expect(staff.contains("bestaat niet") && staff == missing, "\(staff) / \(missing)")
    }

    @Test func aLetterIsRecordedAsSentOnTheServerAndOnlyItsReadersSeeThat() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        let letter = try director.cases.addEntry(staffCase.id, kind: .letter, body: "Geachte heer Bakker, ...").value
        // The server refused every sending: its check knew no dossier for this kind of event.
        let sent = try director.letters.sent(
            entry: letter.id, on: director.session.today, via: .post, library: LetterLibrary([])
        ).value
        #expect(sent.sending.entryID == letter.id)
        // Sent on a day between its filing and today, whatever the client says: a director recorded
        // a letter filed today as posted in 2020 with psql, and the objection term ran from then.
        let second = try director.cases.addEntry(staffCase.id, kind: .letter, body: "Geachte heer Bakker, ...").value
        for day in ["2020-01-01", "2099-01-01"] {
            let backdated = refusal {
                _ = try director.session.build { tx in
                    try tx.record(
                        sending: LetterSending(
                            entryID: second.id, dossierID: w.staff.id, caseID: staffCase.id, on: Fixtures.date(day),
                            via: .post, recordedAt: tx.now, recordedBy: "founder"))
                }
            }
            #expect(backdated.contains("tussen de dag waarop hij is opgeslagen en vandaag"), "\(day): \(backdated)")
        }
        // Against a line in the access log that names the dossier (PostgresRoleTests).
        func sendings(as user: String) throws -> String {
            let ticket = try w.cluster.psql(
                w.database, "SELECT casus.log_read('dossier', \(w.staff.id), NULL)", user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
            return try w.cluster.psql(
                w.database, "SELECT count(*) FROM casus.letter_sendings(\(w.staff.id), \(ticket))", user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try sendings(as: "founder") == "1")
        for user in ["juf_ria", "ib_els"] {
            #expect(try sendings(as: user) == "0", "\(user)")
        }
    }

    /// On a closed case the server takes an inzage answer's obligation only with a request of its
    /// own, open and the school's: a director with psql made one without a request, ticked already,
    /// with a note of its own (a review). casus's own request and answer pass (InzageOnClosedCaseTests).
    @Test func aClosedCaseTakesAnInzageAnswerOnlyWithItsRequest() throws {
        let w = try world()
        let director = try login(w, "founder")
        let report = try director.intake.report(summary: "Nepaccount.", platform: "Instagram", subjects: [w.pupil.id])
            .value
        let c = try director.cases.open(
            incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil, flags: CaseFlags(),
            summary: "Nepaccount."
        ).value
        _ = try director.cases.close(c.id, outcome: .unfounded, reason: "Van een ander.").value
        func forge(done: Bool) -> String {
            refusal {
                _ = try director.session.build { tx in
                    _ = try tx.insert(
                        obligation: Obligation(
                            caseID: c.id, kind: .inzageAnswer, due: tx.now.localDate(), note: "Vrije tekst",
                            doneAt: done ? tx.now : nil, doneBy: done ? "founder" : nil),
                        stepID: nil, at: tx.now)
                }
            }
        }
        #expect(forge(done: true).contains("is gesloten"), "\(forge(done: true))")
        #expect(forge(done: false).contains("is gesloten"), "without a request")
        _ = try director.cases.inzageRequest(c.id, receivedOn: director.session.today, note: "Vader").value
        // One request, one answer: not a second.
        #expect(forge(done: false).contains("is gesloten"), "a second answer to one request")
    }

    /// "Today" on the server is the school's day whatever time zone a session sets: the checks of
    /// "not after today" read `current_date`, which follows the session's TimeZone, and a director
    /// with psql recorded a letter as sent six days ahead (`SET TIME ZONE INTERVAL '+167:00'`, a
    /// review). No function of casus's reads `current_date`; `school_today` is Amsterdam's day.
    @Test func todayIsTheSchoolsDayWhateverTimeZoneASessionSets() throws {
        let w = try world()
        let uses = try w.cluster.psql(
            w.database,
            "SELECT string_agg(p.proname, ', ') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE n.nspname = 'casus' AND p.prosrc ILIKE '%current_date%'"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(uses.isEmpty, "functions reading current_date: \(uses)")
        let moved = try w.cluster.psql(
            w.database,
            "SET TIME ZONE INTERVAL '+167:00' HOUR TO MINUTE; "
                + "SELECT casus.school_today() = (now() AT TIME ZONE 'Europe/Amsterdam')::date, "
                + "casus.school_today() <> current_date"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(moved == "t|t", "\(moved)")
    }

    @Test func aConflictNamesWhoOnlyForWhatTheCallerMayRead() throws {
        let w = try world()
        let before = try w.cluster.psql(w.database, "SELECT seq FROM casus.head WHERE name = 'event'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try staffCase(w)
        func who(_ keys: String, as user: String, since seq: String = "0") throws -> String {
            try w.cluster.psql(
                w.database, "SELECT coalesce(account, '-') FROM casus.conflict(\(seq), 0, ARRAY[\(keys)])", user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try who("'entries:\(w.staff.id)'", as: "founder") == "founder")
        #expect(try who("'entries:\(w.staff.id)'", as: "ib_els") == "-", "an IB probing a staff dossier")
        #expect(try who("'entries:\(w.pupil.id)'", as: "ib_els") == "founder")
        // The report, the case and the note about Kees are none of a teacher's or an IB's to see:
        // walked with every key, or by the lists and people they do read, they name nobody.
        for keys in ["'*'", "'cases'", "'incidents'", "'subject:\(w.staff.id)'"] {
            #expect(try who(keys, as: "juf_ria", since: before) == "-", "a teacher, by \(keys)")
            #expect(try who(keys, as: "ib_els", since: before) == "-", "an IB, by \(keys)")
            #expect(try who(keys, as: "founder", since: before) == "founder", "the director, by \(keys)")
        }
    }

    @Test func anEvidenceFileIsReadOnlyWhereItsDossierIs() throws {
        let w = try world()
        let file = try staffScreenshot(w)
        func read(as user: String) throws -> String { try readEvidence(w, file, as: user) }
        #expect(try read(as: "founder").contains("staf.png"))
        #expect(!(try read(as: "juf_ria")).contains("staf.png"), "a teacher who knows the hash")
        #expect(!(try read(as: "ib_els")).contains("staf.png"), "an IB, of a staff dossier")
        // A read of a file names the dossier that holds it, for whom may read that dossier: an
        // IB's read of a pupil's screenshot was a bare hash in the log of reads (a review).
        let pupilFile = EvidenceFile(name: "leerling.png", bytes: Array("Schermafbeelding over Sem".utf8))
        _ = try login(w, "founder").dossiers.addEntry(
            person: w.pupil.id, kind: .note, title: "Bewijs", body: "Schermafbeelding.", evidence: [pupilFile])
        #expect(try readEvidence(w, pupilFile, as: "ib_els").contains("leerling.png"))
        func named(_ account: String, _ file: EvidenceFile) throws -> String {
            try w.cluster.psql(
                w.database,
                "SELECT coalesce(person_id::text, '-') FROM casus.access_log WHERE account = '\(account)' AND what = 'evidence' AND detail = '\(file.sha256)' ORDER BY id DESC LIMIT 1"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try named("ib_els", pupilFile) == "\(w.pupil.id)")
        #expect(try named("ib_els", file) == "-", "a staff dossier is not named to the IB")
        #expect(try named("founder", file) == "\(w.staff.id)")
    }

    /// A case goes into its subject's dossier (a parent's into their child's): a staff member's
    /// case filed in a pupil's dossier, with kinds that match each person, was listed to the IB.
    @Test func aCaseIsFiledInItsSubjectsDossier() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        var forged = staffCase
        forged.dossierID = w.pupil.id
        let why = openingRefused(director, forged, dossierKind: .pupil, subjectKind: .staff)
        #expect(why.contains("in het dossier van wie zij gaat"), "\(why)")
    }

    /// A purge takes the reports of the cases it names, and says how many entries the dossier
    /// holds: a report with none of its cases (another school's, or one naming no subject) went
    /// with any purge, and a tombstone said "0 stukken" of three.
    @Test func aPurgeTakesOnlyItsCasesReportsAndCountsTheEntries() throws {
        let w = try world()
        let director = try login(w, "founder")
        let teacher = try login(w, "juf_ria")
        func purge(_ dossier: PersonID, count: Int?, incidents: [IncidentID], erased: [PersonID]? = nil) -> String {
            refusal {
                _ = try director.session.build { tx in
                    let head = try tx.r.chainHead(dossier: dossier)
                    let entries = try tx.r.countEntries(dossier: dossier)
                    try tx.emit(
                        .dossierPurged(
                            Purge(
                                dossierID: dossier, reason: "Bewaartermijn verstreken", entryCount: count ?? entries,
                                lastSeq: head.seq, lastHash: head.hash, cases: [], incidents: incidents,
                                erased: try erased
                                    ?? tx.r.erasable(
                                        purging: dossier, cases: [], incidents: incidents, on: tx.now.localDate()))),
                        at: tx.now)
                }
            }
        }
        // Not while the pupil is at school (a review purged an enrolled pupil's dossier).
        #expect(purge(w.pupil.id, count: nil, incidents: []).contains("nog op school"))
        // Nor before the retention years the server was set up with have passed since the pupil
        // left (Config/retention.yaml at `server init`: 2): a director purged the day after leaving.
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        try director.directory.setLeft(w.pupil.id, on: LocalDate(year: thisYear, month: 1, day: 1))
        let early = purge(w.pupil.id, count: nil, incidents: [])
        #expect(early.contains("bewaartermijn") && early.contains("2 jaar"), "\(early)")
        // Nor by setting the leaving day back: the years run from the last entry too (a review
        // purged a pupil written about this week by leaving them on 01-01-2000).
        try director.directory.setLeft(w.pupil.id, on: Fixtures.date("2000-01-01"))
        let backdated = purge(w.pupil.id, count: nil, incidents: [])
        #expect(backdated.contains("vanaf het vertrek of het laatste stuk"), "\(backdated)")
        // A report is a record of the pupil's too: one filed this morning, dismissed, about a pupil
        // with no entry, was purged by setting the leaving day back to 2000 (a review).
        let karel = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Karel", lastName: "Kind", group: "6")
        ).value
        let fresh = try teacher.intake.report(summary: "Filmpje van Karel.", platform: nil, subjects: [karel.id]).value
        try director.intake.dismiss(fresh.id, reason: "Geen sociale media.").value
        try director.directory.setLeft(karel.id, on: Fixtures.date("2000-01-01"))
        let fresher = purge(karel.id, count: nil, incidents: [fresh.id])
        #expect(fresher.contains("vanaf het vertrek of het laatste stuk"), "\(fresher)")

        // A pupil last written about in 2021, who left that summer: due now.
        let then = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")), account: "founder",
            profiles: Fixtures.profiles, clock: .fixed(Fixtures.at("2021-03-01", hour: 10)))
        let old = try then.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Lars", lastName: "Smit", group: "8")
        ).value
        _ = try then.dossiers.addEntry(person: old.id, kind: .note, title: "Gesprek", body: "Over de groepsapp.")
        try director.directory.setLeft(old.id, on: Fixtures.date("2021-07-09"))
        // A report about the pupil that is no case: the core's purge leaves it (it names the
        // reports of the cases it takes).
        let stray = try then.intake.report(summary: "Nog niet beoordeeld.", platform: nil, subjects: [old.id])
            .value
        // While it awaits triage it keeps the dossier (Integrity.hold), however the client asks.
        #expect(purge(old.id, count: nil, incidents: []).contains("een melding erover wacht nog op beoordeling"))
        try director.intake.dismiss(stray.id, reason: "Geen sociale media.").value
        // Dismissed, with no case, about this pupil alone: it goes with the dossier, and a purge that
        // does not name it is refused (it stayed behind the purged dossier, with the pupil's name).
        #expect(purge(old.id, count: nil, incidents: []).contains("noemt niet alle zaken en meldingen"))
        // A report about another pupil is not this dossier's to take.
        // (The director files it: that pupil has left, and a teacher's roster no longer offers them.)
        let others = try director.intake.report(summary: "Over een ander.", platform: nil, subjects: [w.pupil.id])
            .value
        try director.intake.dismiss(others.id, reason: "Geen sociale media.").value
        #expect(purge(old.id, count: nil, incidents: [stray.id, others.id]).contains("niet alleen bij dit dossier"))
        #expect(purge(old.id, count: 0, incidents: [stray.id]).contains("ander aantal stukken"))
        // The details it erases are the rule's: not those of a pupil still at school, and not none
        // where the rule erases the purged pupil's.
        for erased: [PersonID] in [[old.id, w.pupil.id], []] {
            let why = purge(old.id, count: nil, incidents: [stray.id], erased: erased)
            #expect(why.contains("andere personen om te wissen"), "\(erased): \(why)")
        }
        // Nor while a case of the dossier is open, however the client asks (Integrity.hold).
        let report = try then.intake.report(summary: "Filmpje.", platform: nil, subjects: [old.id]).value
        _ = try then.cases.open(incident: report.id, subject: old.id, articles: ["A.5"], severity: nil)
        #expect(purge(old.id, count: nil, incidents: [stray.id]).contains("een zaak ervan is nog open"))
        #expect(try director.intake.incident(stray.id).0.summary == "Nog niet beoordeeld.")
    }

    /// A file is filed with its bytes (a report naming a staff note's file by its hash alone read
    /// that note's file, an earlier review): a teacher who filed the same bytes as a staff note
    /// reads back her own file, under the name she gave it, and learns nothing of the note (it was
    /// refused, which told her the file is held elsewhere; its name was the note's, a review).
    @Test func aFileOfOnesOwnReportIsReadUnderOnesOwnName() throws {
        let w = try world()
        let file = try staffScreenshot(w)
        let teacher = try login(w, "juf_ria")
        _ = try teacher.intake.report(
            summary: "Zie de schermafbeelding.", platform: nil, subjects: [w.pupil.id],
            evidence: [EvidenceFile(name: "mijn-screenshot.png", bytes: file.bytes)])
        let read = try readEvidence(w, file, as: "juf_ria")
        #expect(read.trimmingCharacters(in: .whitespacesAndNewlines) == "mijn-screenshot.png", "\(read)")
    }

    /// A term that runs for someone else is not ticked on the server either: casus refuses it, and a
    /// client of its own ticked the employee's term to respond and decided at once (a review).
    /// A step's and a fact's days are held to the event's own time: a decision dated years back, a
    /// measure that starts before its decision or ends before it starts, a hearing held next year
    /// (only a letter's sending day was checked, found by a review). What casus writes passes.
    @Test func aStepsAndAFactsDaysFollowTheirTime() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        let today = director.session.today
        func step(on: String, start: String? = nil, end: String? = nil) -> String {
            refusal {
                _ = try director.session.build { tx in
                    try tx.insert(
                        step: Step(
                            caseID: staffCase.id, rung: .warning, detail: "", at: tx.now, date: Fixtures.date(on),
                            startDate: start.map(Fixtures.date), endDate: end.map(Fixtures.date), reason: "r",
                            actor: "founder"))
                }
            }
        }
        let day = { (n: Int) in today.adding(days: n).iso }
        #expect(step(on: "2020-01-01").contains("gedateerd op de dag waarop het wordt genomen"))
        #expect(step(on: day(0), start: day(-3)).contains("begint niet vóór het besluit"))
        #expect(step(on: day(0), start: day(400)).contains("uiterlijk een jaar erna"))
        #expect(step(on: day(0), start: day(3), end: day(2)).contains("eindigt niet vóór hij begint"))
        #expect(step(on: day(0), start: day(3), end: day(7)) == "")
        func fact(_ kind: FactKind, on: String) -> String {
            refusal {
                _ = try director.session.build { tx in
                    try tx.insert(
                        fact: CaseFact(
                            caseID: staffCase.id, kind: kind, date: Fixtures.date(on), at: tx.now, actor: "founder"))
                }
            }
        }
        #expect(fact(.courtCase, on: day(30)).contains("ligt in de toekomst"))
        #expect(fact(.courtCase, on: day(0)) == "")
        // Nor before the case's report: hearings of 1900 and 2019 were taken on a case of today.
        #expect(fact(.meetingHeld, on: "2019-01-01").contains("vóór het voorval of de melding"))
        #expect(fact(.courtCase, on: "1900-01-02").contains("vóór het voorval of de melding"))
        #expect(fact(.contractEnded, on: day(60)) == "")
        #expect(fact(.contractEnded, on: day(400)).contains("ligt in de toekomst"))
        // A term is not moved years ahead, out of the overdue list.
        let term = try director.session.build { tx in
            try tx.insert(
                obligation: Obligation(caseID: staffCase.id, kind: .registeredLetter, due: today), stepID: nil,
                at: tx.now)
        }.value
        let moved = refusal {
            _ = try director.session.build { tx in
                try tx.setDue(term, due: Fixtures.date("2099-01-01"), pausedFrom: nil)
            }
        }
        #expect(moved.contains("binnen twee jaar"), "\(moved)")
        // casus's own steps pass: a suspension that starts after the weekend.
        _ = try director.cases.step(
            staffCase.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek.", days: 14, urgency: "Direct nodig: onderzoek.")
        ).value
    }

    /// An account with a casus role on the server (a user of another database) that this database
    /// does not know is told so, not that the database is new: it was told to run `casus init`,
    /// which then failed (a review).
    @Test func anAccountThisDatabaseDoesNotKnowIsToldSo() throws {
        let w = try world()
        _ = try w.cluster.psql(
            w.database,
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ib_elders') THEN CREATE ROLE ib_elders LOGIN; END IF; END $$; GRANT casus_ib TO ib_elders"
        )
        let told = refusal {
            _ = try CasusService.session(
                storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "ib_elders")),
                account: "ib_elders", profiles: Fixtures.profiles)
        }
        #expect(told.contains("niet (meer) bekend bij casus") && !told.contains("casus init"), "\(told)")
    }

    /// A director adding an account that is a user of another school is told so in words, not
    /// in the database's ("duplicate key value violates unique constraint", a review).
    @Test func anAccountIsAUserOnceInADatabase() throws {
        let (_, es, director, _, _) = try boardServer()
        let told = refusal {
            _ = try director.directory.addUser(account: "founder", role: .teacher, personID: nil, schoolID: es.id).value
        }
        #expect(told.contains("is al gebruiker van casus in deze database") && !told.contains("duplicate"), "\(told)")
    }

    @Test func aTermForSomeoneElseIsNotTickedByAClientOfItsOwn() throws {
        let w = try world()
        let (director, staffCase) = try staffCase(w)
        try director.cases.step(staffCase.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        _ = try director.cases.step(
            staffCase.id, StepRequest(rung: .reprimand, reason: "Herhaling.", respondDays: 5)
        ).value
        let term = try #require(
            try director.cases.detail(staffCase.id).obligations.first { $0.kind == .zienswijzeTerm })
        let forged = refusal {
            _ = try director.session.build { tx in try tx.markDone(term, at: tx.now, entry: nil) }
        }
        #expect(forged.contains("vinkt u niet af"), "\(forged)")
        // With the zienswijze recorded, as casus does it: done.
        try LawWalkTests.sendVoornemen(director, staffCase, on: director.session.today)
        _ = try director.cases.zienswijze(
            staffCase.id, on: director.session.today, given: true, note: "Erkent de fout.")
        #expect(
            try director.cases.detail(staffCase.id).obligations.first { $0.kind == .zienswijzeTerm }?.isDone == true)
    }

    /// The files an entry names come with it: an IB named a staff note's file by its hash in a care
    /// note of its own, without the bytes, and read the file through it (found by a review). Bytes
    /// sent but not named are refused too (they were kept, linked to nothing).
    @Test func anEntrysFilesComeWithItAndOnlyThose() throws {
        let w = try world()
        let file = try staffScreenshot(w)
        let ib = try login(w, "ib_els")
        func care(naming named: [EvidenceFile], sending sent: [EvidenceFile]) -> String {
            refusal {
                _ = try ib.session.build { tx in
                    var entry = DossierChain.link(
                        EntryDraft(kind: .care, title: "Zorg", body: "Zie bijlage.", evidence: named),
                        dossier: w.pupil.id, after: try tx.r.chainHead(dossier: w.pupil.id), author: "ib_els",
                        authorName: "ib_els", at: tx.now)
                    entry.id = try tx.writer.nextID(.entry)
                    entry = try tx.storeLinked(entry)  // as casus sends an IB's entry: linked by the server
                    try tx.emit(.entryAppended(entry, evidence: sent), at: tx.now)
                }
            }
        }
        let byHash = care(naming: [file], sending: [])
        #expect(byHash.contains("komen met hun inhoud mee"), "\(byHash)")
        #expect(!(try readEvidence(w, file, as: "ib_els")).contains("staf.png"))
        // The same answer for a hash no school holds: it tells nothing of what exists.
        let unknown = EvidenceFile(name: "x.png", bytes: Array("nergens".utf8))
        #expect(care(naming: [unknown], sending: []) == byHash)
        let planted = EvidenceFile(name: "geplant.pdf", bytes: Array("los bestand".utf8))
        #expect(care(naming: [], sending: [planted]).contains("komen met hun inhoud mee"))
        // Each once (a second review linked one file twice).
        let twice = EvidenceFile(name: "twee.png", bytes: Array("twee keer".utf8))
        #expect(care(naming: [twice, twice], sending: [twice]).contains("komen met hun inhoud mee"))
        // With its bytes, as casus sends it: saved, and the IB reads its own file.
        let own = EvidenceFile(name: "verslag.pdf", bytes: Array("Verslag".utf8))
        #expect(care(naming: [own], sending: [own]) == "")
        #expect(try readEvidence(w, own, as: "ib_els").contains("verslag.pdf"))
    }

    /// An audit line names people of the writer's own school: a line about another school's pupil,
    /// written with `psql`, showed in that school's log as a read.
    @Test func anAuditLineNamesOnlyTheWritersOwnSchool() throws {
        let (board, es, director, cluster, database) = try boardServer()
        let esPupil = try director.directory.addPerson(
            Person(schoolID: es.id, kind: .pupil, firstName: "Lot", lastName: "Visser", group: "5")
        ).value
        let lindePupil = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        _ = try board.directory.addUser(account: "ib_linde", role: .ib, personID: nil, schoolID: 1)
        func line(_ people: [PersonID], as user: String) -> String {
            line("ARRAY[\(people.map(String.init).joined(separator: ","))]::bigint[]", as: user)
        }
        func line(_ array: String, as user: String) -> String {
            refusal {
                _ = try cluster.psql(
                    database,
                    "SELECT casus.read_lines('2026-11-18T09:00:00Z', '\(user)', NULL, 'search', \(array), NULL, '1 woord, 0 treffers')",
                    user: user)
            }
        }
        func lines() throws -> String {
            try cluster.psql(database, "SELECT count(*) FROM casus.audit", user: "postgres")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(line([esPupil.id], as: "ib_linde").contains("van uw eigen school"))
        #expect(line([esPupil.id], as: "dir_es") == "", "a line of one's own school")
        // Nor about someone who does not exist, in the same words: a line about person 99 was taken,
        // and so told which ids exist at another school (a review).
        #expect(line([99_999], as: "ib_linde").contains("van uw eigen school"))
        // A search's lines go as one set (`read_lines`): one person of another school in it and
        // none of them is written; a set of one's own is chained line after line.
        let before = try lines()
        #expect(line([lindePupil.id, esPupil.id], as: "ib_linde").contains("van uw eigen school"))
        #expect(try lines() == before, "nothing of a refused set was written")
        #expect(line([lindePupil.id, lindePupil.id], as: "ib_linde") == "")
        #expect(try lines() == String((Int(before) ?? 0) + 2))
        // Only a list, none missing, not too long: a two-dimensional array was hashed as NULLs and
        // stored as people, and broke the log for good; 80,000 lines held the writers' lock (a review).
        let l = lindePupil.id
        for array in [
            "'{{\(l),\(l)},{\(l),\(l)}}'::bigint[]", "array_fill(\(l)::bigint, ARRAY[501])",
            "ARRAY[\(l), NULL]::bigint[]",
            "'{}'::bigint[]",
        ] {
            #expect(line(array, as: "ib_linde").contains("één tot 500"), "\(array)")
        }
        #expect(try lines() == String((Int(before) ?? 0) + 2))
        #expect(line("'[0:1]={\(l),\(l)}'::bigint[]", as: "ib_linde") == "", "a list that counts from 0")
        #expect(line("array_fill(\(l)::bigint, ARRAY[500])", as: "ib_linde") == "")
        let storage = try PostgresStorage(url: cluster.url(database: database, user: "postgres"))
        var log: [AuditRecord] = []
        try storage.read { r in try r.forEachAudit { log.append($0) } }
        for (prev, line) in zip(log, log.dropFirst()) {
            #expect(line.prevHash == prev.hash && line.hash == line.expectedHash, "line \(line.id)")
        }
    }

    @Test func aCounterGivesNoMoreThanASaveUses() throws {
        let w = try world()
        let burnt = refused(w, "SELECT casus.next_numbers('case-number:2026', 1000000)", as: "founder")
        #expect(burnt?.contains("1 tot 1.000") == true, "\(burnt ?? "a million case numbers burnt")")
    }

    @Test func anIBsYearCountsNoReportAboutStaff() throws {
        let w = try world()
        let (director, _) = try staffCase(w)
        _ = try pupilCase(director, w)
        let year = Int(
            try w.cluster.psql(w.database, "SELECT casus.school_year(casus.iso_now())").trimmingCharacters(
                in: .whitespacesAndNewlines))!
        func count(as user: String) throws -> String {
            let cases = try w.cluster.listTicket(w.database, "cases", user: user)
            return try w.cluster.psql(
                w.database,
                "SELECT n FROM casus.statistics(NULL, true, true, '2000-01-01', '2100-01-01', \(year), 0, true, "
                    + "\(cases)) WHERE part = 'incidents'",
                user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let all = try count(as: "founder")
        #expect(all == "2", "\(all)")
        #expect(try count(as: "ib_els") == "1", "the report about Kees is not the IB's to count")
    }

    @Test func anAccountIsLinkedOnlyToAPersonOfItsOwnSchool() throws {
        let (board, other, director, _, _) = try boardServer()
        let pupil = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        // An account always sees its own person: linked to a pupil of De Linde, a teacher of De Es
        // would read that pupil.
        let why = refusal {
            _ = try director.session.build { tx in
                try tx.insert(user: User(account: "juf_es", personID: pupil.id, role: .teacher, schoolID: other.id))
            }
        }
        #expect(why.contains("hoort bij diens school"), "\(why)")
        // Nor to a pupil of its own school: a client that is not casus is refused by the server.
        let esPupil = try board.directory.addPerson(
            Person(schoolID: other.id, kind: .pupil, firstName: "Lot", lastName: "Smit", group: "5")
        ).value
        let asPupil = refusal {
            _ = try director.session.build { tx in
                try tx.insert(user: User(account: "juf_lot", personID: esPupil.id, role: .teacher, schoolID: other.id))
            }
        }
        #expect(asPupil.contains("een leerling of ouder is geen gebruiker"), "\(asPupil)")
        // Nor is a board member given one school: `acting` lets the board act as any school's accounts.
        let boardOfOne = refusal {
            _ = try board.session.build { tx in
                try tx.insert(user: User(account: "bestuur_es", personID: nil, role: .board, schoolID: other.id))
            }
        }
        #expect(boardOfOne.contains("niet bij één school"), "\(boardOfOne)")
    }

    /// On a board's server, another school's event before a colleague's on the same case: the one
    /// the director may see is named (the other is none of theirs), and the save is refused, not run
    /// again as if nothing had changed.
    @Test func aConflictSkipsWhatTheCallerMayNotSeeAndNamesWhatTheyMay() throws {
        let (board, es, director, cluster, database) = try boardServer()
        let linde = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        let esPupil = try board.directory.addPerson(
            Person(schoolID: es.id, kind: .pupil, firstName: "Lot", lastName: "Visser", group: "5")
        ).value
        let head = try cluster.psql(database, "SELECT seq FROM casus.head WHERE name = 'event'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try board.intake.report(summary: "Melding op De Linde", platform: nil, subjects: [linde.id], schoolID: 1)
        _ = try director.intake.report(summary: "Melding op De Es", platform: nil, subjects: [esPupil.id])
        let named = try cluster.psql(
            database, "SELECT coalesce(account, '-') FROM casus.conflict(\(head), 0, ARRAY['incidents'])",
            user: "dir_es"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(named == "dir_es", "De Linde's report is not De Es's director's to see; their own is")
        // Nor is De Linde's calendar, nor a board member added: nobody is named for them.
        let later = try cluster.psql(database, "SELECT seq FROM casus.head WHERE name = 'event'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try board.directory.addClosure(
            from: Fixtures.date("2027-03-15"), through: Fixtures.date("2027-03-16"), reason: "Studiedagen",
            kind: .studyDay, school: 1)
        _ = try board.directory.addUser(account: "bestuur_twee", role: .board, personID: nil)
        for keys in ["'schools'", "'users'", "'*'"] {
            let who = try cluster.psql(
                database, "SELECT coalesce(account, '-') FROM casus.conflict(\(later), 0, ARRAY[\(keys)])",
                user: "dir_es"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(who == "-", "De Es's director, by \(keys): \(who)")
        }
    }
}

/// The server checks whom a case opened from a report is about: past casus's own checks, as a
/// client with psql could, a director opened a case about a witness child, and one about the other
/// pupil of a report about himself, which took that report out of the board's queue (a review).
extension PostgresRoleTests {
    @Test func aCaseIsAboutTheReportsSubjectAndNotFromAReportAboutTheOpener() throws {
        let (board, es, director, _, _) = try boardServer()
        let own = try #require(director.actor.user.personID)
        func pupil(_ first: String) throws -> Person {
            try board.directory.addPerson(
                Person(schoolID: es.id, kind: .pupil, firstName: first, lastName: "Vos", group: "7")
            ).value
        }
        let (sem, gea) = (try pupil("Sem"), try pupil("Gea"))
        let seen = try board.intake.report(
            summary: "Sem deelde een foto; Gea zag het.", platform: nil, subjects: [sem.id], witnesses: [gea.id],
            schoolID: es.id
        ).value
        let c = try board.cases.open(incident: seen.id, subject: sem.id, articles: ["A.5"], severity: nil).value
        var aboutTheWitness = c
        aboutTheWitness.subjectID = gea.id
        aboutTheWitness.dossierID = gea.id
        let witness = openingRefused(director, aboutTheWitness, dossierKind: .pupil, subjectKind: .pupil)
        #expect(witness.contains("wie de melding noemt als degene die het deed"), "\(witness)")
        let aboutHim = try board.intake.report(
            summary: "De directeur en Sem deelden een foto.", platform: nil, subjects: [own, sem.id], schoolID: es.id
        ).value
        var fromHisReport = c
        fromHisReport.incidentID = aboutHim.id
        let his = openingRefused(director, fromHisReport, dossierKind: .pupil, subjectKind: .pupil)
        #expect(his.contains("gaat over uzelf of over een lid van het bestuur"), "\(his)")
    }
}
