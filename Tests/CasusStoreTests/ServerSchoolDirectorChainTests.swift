@testable import CasusCore
@testable import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// On a server of several schools the event chain and the audit log are the whole server's, one for
/// all its schools. A school's director who read both heads before and after the board read a staff
/// dossier of another school tried the few persons and times until a hash matched, and found the read
/// in 15 seconds (a review). Only whoever reaches the whole server (the board, the director of its
/// only school, the administrator) reads the chains' hashes; the server links what a school's
/// director writes, and their letters and exports carry the event's place without its hash.
extension PostgresRoleTests {
    /// A board of two schools, a pupil of each with a case stepped to a warning and a letter in it:
    /// the board's at De Linde, `dir_es`'s at De Es.
    func twoSchoolsWithLetters() throws -> (
        world: BoardWorld, es: CasusService, letter: DossierEntry, boards: DossierEntry
    ) {
        let world = try boardWorld(director: "dir_es")
        func warned(_ s: CasusService, school: SchoolID, _ first: String) throws -> DossierEntry {
            let pupil = try s.directory.addPerson(
                Person(schoolID: school, kind: .pupil, firstName: first, lastName: "Bos", group: "6")
            ).value
            let report = try s.intake.report(
                summary: "Foto gedeeld.", platform: "Snapchat", subjects: [pupil.id], schoolID: school
            ).value
            let c = try s.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil).value
            try s.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
            return try s.fileDrafts(c, "waarschuwing", limit: 1)[0]
        }
        let es = try world.session("dir_es")
        let letter = try warned(es, school: 2, "Lotte")
        let boards = try warned(world.board, school: 1, "Sem")
        return (world, es, letter, boards)
    }

    /// The event that filed an entry, as its audit line records it ("seq=N event=M").
    func filingEvent(of e: DossierEntry, _ w: BoardWorld) throws -> Int64 {
        let detail = try w.cluster.psql(
            w.database,
            "SELECT detail FROM casus.audit WHERE action = 'entry.append' AND person_id = \(e.dossierID) AND detail LIKE 'seq=\(e.seq) %'"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(detail.firstMatch(of: /^seq=[0-9]+ event=([0-9]+)$/).flatMap { Int64($0.1) }, "\(detail)")
    }

    func heads(_ w: BoardWorld, by user: String, _ call: String = "casus.heads()") throws -> [String] {
        try w.cluster.psql(
            w.database,
            "BEGIN; SELECT event_seq || ':' || event_hash || ':' || audit_seq || ':' || audit_hash FROM \(call); ROLLBACK;",
            user: user
        ).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", omittingEmptySubsequences: false)
            .map(String.init)
    }

    @Test func aSchoolsDirectorOnABoardServerReadsNoChainsHash() throws {
        let (w, es, _, _) = try twoSchoolsWithLetters()
        let staff = try w.board.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Kees", lastName: "Bakker", function: "groepsleerkracht")
        ).value
        _ = try w.board.dossiers.timelinePage(staff.id, offset: 0, limit: 20)
        let whole = try heads(w, by: "founder")
        #expect(whole.count == 4 && whole[1].count == 64 && whole[3].count == 64, "\(whole)")
        for call in ["casus.heads()", "casus.begin_write()"] {
            #expect(try heads(w, by: "dir_es", call) == [whole[0], "", whole[2], ""], "\(call)")
        }
        // Nor does asking whether the chains hold a hash answer a guess of the board's read.
        let held = try w.cluster.psql(
            w.database,
            "SELECT casus.chain_holds(\(whole[0]), '\(whole[1])', NULL, NULL) || ' ' || casus.chain_holds(NULL, NULL, \(whole[2]), '\(whole[3])')",
            user: "dir_es"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(held == "false false", "\(held)")
        // The director writes as before, the server linking; the board's verify finds every chain sound.
        let pupil = try es.directory.people(kinds: [.pupil], limit: 1)[0]
        let note = try es.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Met Lotte.").value
        #expect(try es.dossiers.entry(note.id).entry.hash.count == 64, "a school's director reads its dossiers' hashes")
        let check = try w.board.integrity.verify()
        #expect(check.isSound, "\(check.breaks)")
        let links = try w.cluster.psql(
            w.database,
            """
            SELECT count(*) FROM casus.event e JOIN casus.event p ON p.seq = e.seq - 1
            WHERE e.account = 'dir_es' AND e.prev_hash <> p.hash;
            SELECT count(*) FROM casus.audit a JOIN casus.audit p ON p.id = a.id - 1
            WHERE a.account = 'dir_es' AND a.prev_hash <> p.hash;
            SELECT count(*) > 5 FROM casus.event WHERE account = 'dir_es';
            """
        ).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(links == ["0", "0", "t"], "\(links)")
        // A head the director's client sends itself is refused, right or wrong.
        let message = refusal {
            _ = try w.cluster.psql(
                w.database,
                "SELECT casus.append_event(1, NULL, 'dir_es', NULL, NULL, NULL, NULL, NULL, '\(whole[1])', NULL, NULL, NULL, NULL, NULL)",
                user: "dir_es")
        }
        #expect(message.contains("koppelt een gebeurtenis niet zelf"), "\(message)")
        // Nor the log of reads' head, nor the audit log's links in the lines the director reads: their
        // own line after the board's read gave that read's hash.
        let access = refusal {
            _ = try w.cluster.psql(w.database, "SELECT seq FROM casus.access_head()", user: "dir_es")
        }
        #expect(access.contains("leest de kop van het toegangslog niet"), "\(access)")
        func linked(by user: String) throws -> [String] {
            let ticket = try w.cluster.psql(w.database, "SELECT casus.log_read('audit', NULL, NULL)", user: user)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return try w.cluster.psql(
                w.database,
                """
                SELECT count(*) FILTER (WHERE hash <> '' OR prev_hash <> '') || ' ' || count(*)
                FROM casus.audit_lines(NULL, NULL, 0, 1000, \(ticket))
                """, user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        }
        let mine = try linked(by: "dir_es")
        #expect(mine.count == 2 && mine[0] == "0" && (Int(mine[1]) ?? 0) > 5, "\(mine)")
        let boards = try linked(by: "founder")
        #expect(boards.count == 2 && boards[0] == boards[1], "\(boards)")
        // A checkpoint signs the whole server's heads: the board's, said so, nothing signed.
        let before = try heads(w, by: "founder")
        let signing = refusal { _ = try es.integrity.signCheckpoint(with: CheckpointKey.Private.generate()) }
        #expect(signing.contains("doet dat het bestuur"), "\(signing)")
        #expect(try heads(w, by: "founder") == before)
        #expect(try es.integrity.readsTheChains() == false && w.board.integrity.readsTheChains())
    }

    /// The letter of a school's director carries the event's place, not its hash; `verify --against`
    /// checks that place, and holds the letter's entry and words to the dossier as before, for the
    /// director and for the board. Another school's letter is nothing to that director.
    @Test func aSchoolDirectorsLetterCarriesTheEventsPlaceAndIsChecked() throws {
        let (w, es, letter, boards) = try twoSchoolsWithLetters()
        let seal = try es.letters.seal(entry: letter.id)
        #expect(seal.event.hash == Seal.withheld && seal.withholdsEvent, "\(seal.line.nl)")
        #expect(seal.entry.hash == letter.hash)
        let printed = letter.body + "\n\n" + seal.line.nl + "\n"
        #expect(Seal.find(in: printed) == [seal])
        for checker in [es, w.board] {
            let check = try checker.integrity.check(document: printed, name: "brief.txt")
            #expect(check.isSound, "\(check.seals)")
            #expect(check.seals[0].event == .withheld)
            let altered = printed.replacingOccurrences(of: letter.body.split(separator: " ")[3], with: "anders")
            #expect(!(try checker.integrity.check(document: altered, name: "brief.txt")).isSound)
        }
        // The event that filed a letter, as each reads it: its entry to whoever may read the dossier,
        // its hash to the board only.
        func sealed(_ e: DossierEntry, by user: String) throws -> String {
            let seq = try w.cluster.psql(
                w.database,
                "SELECT max(seq) FROM casus.event WHERE kind = 'entry.appended' AND dossier_id = \(e.dossierID)"
            ).trimmingCharacters(in: .whitespacesAndNewlines)
            return try w.cluster.psql(
                w.database,
                """
                SELECT length(s.hash) || ' ' || coalesce(s.dossier_id::text, '-') || ' ' || coalesce(s.entry_seq::text, '-')
                FROM casus.sealed_event(\(seq), NULL, NULL, NULL, NULL) s
                """, user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try sealed(letter, by: "dir_es") == "0 \(letter.dossierID) \(letter.seq)")
        #expect(try sealed(boards, by: "dir_es") == "0 - -")
        #expect(try sealed(letter, by: "founder") == "64 \(letter.dossierID) \(letter.seq)")
        let pdf = try es.letters.document(entry: letter.id)
        #expect(pdf.seal?.contains("gebeurtenis \(seal.event.seq) \(Seal.withheld)") == true, "\(pdf.seal ?? "")")
        // The board's letter: its event's hash to the board, its place to the school's director.
        let board = try w.board.letters.seal(entry: boards.id)
        #expect(board.event.hash.count == 64 && !board.withholdsEvent)
        let boardPrinted = boards.body + "\n\n" + board.line.nl + "\n"
        #expect(try w.board.integrity.check(document: boardPrinted, name: "brief.txt").seals[0].event == .same)
        // A seal whose event's hash was changed: the board sees it; another place is absent for both.
        let forged = boardPrinted.replacingOccurrences(of: board.event.hash, with: String(repeating: "a", count: 64))
        #expect(try !w.board.integrity.check(document: forged, name: "brief.txt").isSound)
        let beyond = printed.replacingOccurrences(
            of: "gebeurtenis \(seal.event.seq) ", with: "gebeurtenis \(seal.event.seq + 10_000) ")
        #expect(try es.integrity.check(document: beyond, name: "brief.txt").seals[0].event == .absent)
        // Another school's letter is nothing to the school's director: not found, as before.
        #expect((try? es.integrity.check(document: boardPrinted, name: "brief.txt"))?.isSound != true)
    }

    /// A director who joins the board (the same login) read no event's hash when they made their
    /// documents, and those stay sound: judged by the role they hold now, every letter, PDF and
    /// export of theirs read "de regel is veranderd", for good (a review). One made once they are
    /// on the board carries the hash, and without it is a changed seal.
    @Test func aDirectorsDocumentsStaySoundOnceTheyJoinTheBoard() throws {
        let (w, es, letter, _) = try twoSchoolsWithLetters()
        let text = letter.body + "\n\n" + (try es.letters.seal(entry: letter.id)).line.nl + "\n"
        let made = String(repeating: "d", count: 64)
        try es.letters.printed(entry: letter.id, pdf: made)
        let pdf = try es.letters.document(entry: letter.id)
        let pdfText = letter.body + "\n\n" + (pdf.seal ?? "")
        let export = try es.dossiers.export(letter.dossierID, format: .md)
        let person = try #require(try w.board.directory.users().first { $0.account == "dir_es" }?.personID)
        try Self.logins.withLock {
            _ = try w.board.directory.addUser(account: "dir_es_new", role: .director, personID: nil, schoolID: 2)
            try w.board.directory.removeUser(account: "dir_es", reason: "Bo Visser gaat naar het bestuur.")
            _ = try w.board.directory.addUser(account: "dir_es", role: .board, personID: person)
        }
        let bo = try w.session("dir_es")
        let successor = try w.session("dir_es_new")
        for checker in [w.board, bo, successor] {
            let t = try checker.integrity.check(document: text, name: "brief.txt")
            #expect(t.isSound && t.seals[0].event == .withheld, "\(t.seals[0].event)")
            let p = try checker.integrity.check(document: pdfText, name: "brief.pdf", pdf: made)
            #expect(p.isSound && p.seals[0].event == .withheld, "\(p.seals[0].event)")
            let e = try checker.integrity.check(document: export, name: "export.md")
            #expect(e.isSound && e.seals[0].event == .withheld, "\(e.seals[0].event)")
        }
        // On the board now, they read every hash: their new export carries it, and zeroed it was changed.
        let now = try bo.dossiers.export(letter.dossierID, format: .md)
        let seal = try #require(Seal.find(in: now).first)
        #expect(!seal.withholdsEvent)
        let zeroed = now.replacingOccurrences(of: seal.event.hash, with: Seal.withheld)
        let changed = try w.board.integrity.check(document: zeroed, name: "export.md")
        #expect(!changed.isSound && changed.seals[0].event == .hashRemoved, "\(changed.seals[0].event)")
    }

    /// An IB or a teacher who asks to walk the chains is told their role does not check them: they
    /// were told it is the board's, as to "the director of one school", on a server of one school
    /// (a review).
    @Test func anIBOrATeacherIsToldTheirRoleChecksNoChain() throws {
        let w = try world()
        for account in ["ib_els", "juf_ria"] {
            let refused = refusal { _ = try login(w, account).integrity.readsTheChains() }
            #expect(refused.contains("uw rol (") && !refused.contains("bestuur"), "\(account): \(refused)")
        }
        #expect(try login(w, "founder").integrity.readsTheChains())
    }

    /// An export by a school's director carries the event's place too, and is sound to the board.
    @Test func aSchoolDirectorsExportIsSoundWithoutTheEventsHash() throws {
        let (w, es, letter, _) = try twoSchoolsWithLetters()
        for format in [DossierExport.Format.md, .html, .json] {
            let text = try es.dossiers.export(letter.dossierID, format: format)
            let seal = Seal.find(in: text)
            #expect(seal.count == 1 && seal[0].withholdsEvent, "\(format)")
            #expect(try es.integrity.check(document: text, name: "export").isSound, "\(format)")
            #expect(try w.board.integrity.check(document: text, name: "export").isSound, "\(format)")
        }
    }

    /// A seal changed where its maker read the event's hash is caught; one the checker cannot compare
    /// is neither sound nor called changed: the board can compare it (a school's director read
    /// "klopt met de keten" of a board's letter whose hash was changed, a review).
    @Test func aSealsEventIsHeldAsFarAsTheCheckerReadsIt() throws {
        let (w, es, letter, _) = try twoSchoolsWithLetters()
        // The board's letter in a pupil's dossier of De Es: a real hash, which its director cannot read.
        let pupil = try es.directory.people(kinds: [.pupil], limit: 1)[0]
        let report = try w.board.intake.report(
            summary: "Tweede foto.", platform: "Snapchat", subjects: [pupil.id], schoolID: 2
        ).value
        let c = try w.board.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil).value
        try w.board.cases.step(c.id, StepRequest(rung: .warning, reason: "Tweede keer.")).value
        let boards = try w.board.fileDrafts(c, "waarschuwing", limit: 1)[0]
        let seal = try w.board.letters.seal(entry: boards.id)
        #expect(!seal.withholdsEvent)
        let printed = boards.body + "\n\n" + seal.line.nl + "\n"
        let unread = try es.integrity.check(document: printed, name: "brief.txt")
        #expect(!unread.isSound && unread.seals[0].event == .unread && unread.seals[0].onlyTheEventUnread)
        #expect(unread.onlyPlaceHolds)
        let wrong = printed.replacingOccurrences(of: seal.event.hash, with: String(repeating: "1", count: 64))
        #expect(try es.integrity.check(document: wrong, name: "brief.txt").seals[0].event == .unread)
        #expect(try w.board.integrity.check(document: printed, name: "brief.txt").isSound)
        #expect(try !w.board.integrity.check(document: wrong, name: "brief.txt").isSound)
        // Its hash zeroed: the board filed it, and reads every hash: a changed seal, for both. Once the
        // school's director printed it (a copy of theirs gives no hash), a copy without one is theirs.
        let zeroed = printed.replacingOccurrences(of: seal.event.hash, with: Seal.withheld)
        for checker in [es, w.board] {
            let removed = try checker.integrity.check(document: zeroed, name: "brief.txt")
            #expect(!removed.isSound && removed.seals[0].event == .hashRemoved, "\(removed.seals[0].event)")
        }
        let copy = try es.letters.document(entry: boards.id)
        #expect(copy.seal?.contains(Seal.withheld) == true)
        try es.letters.printed(entry: boards.id, pdf: String(repeating: "a", count: 64))
        for checker in [es, w.board] {
            let theirs = try checker.integrity.check(document: zeroed, name: "brief.txt")
            #expect(theirs.isSound && theirs.seals[0].event == .withheld, "\(theirs.seals[0].event)")
        }
        // The director's own letter moved to an event before it was filed: caught by both.
        var moved = try es.letters.seal(entry: letter.id)
        moved.event = ChainHead(seq: 1, hash: Seal.withheld)
        for checker in [es, w.board] {
            let early = try checker.integrity.check(
                document: letter.body + "\n\n" + moved.line.nl + "\n", name: "brief.txt")
            #expect(!early.isSound && !early.seals[0].eventPlaceHolds, "\(early.seals[0].event)")
        }
        // Nor past it: without its hash, a letter's seal names the event that filed it, however far
        // the chain has moved on since, in its text and its PDF alike; moved to the head it passed,
        // "0 gebeurtenis(sen) sindsdien" (a review).
        let filedAt = try filingEvent(of: letter, w)
        let theirs = try es.letters.seal(entry: letter.id)
        #expect(theirs.event.seq == filedAt && theirs.withholdsEvent, "\(theirs.line.nl), filed at event \(filedAt)")
        #expect(try es.letters.document(entry: letter.id).seal == theirs.line.nl)
        let head = try #require(Int64(try heads(w, by: "founder")[0]))
        #expect(head > filedAt)
        var later = theirs
        later.event = ChainHead(seq: head, hash: Seal.withheld)
        for checker in [es, w.board] {
            let genuine = try checker.integrity.check(
                document: letter.body + "\n\n" + theirs.line.nl, name: "brief.txt")
            #expect(genuine.isSound && genuine.seals[0].laterEvents == head - filedAt, "\(genuine.seals)")
            let moved = try checker.integrity.check(document: letter.body + "\n\n" + later.line.nl, name: "brief.txt")
            #expect(!moved.isSound && moved.seals[0].event == .notRecorded(filedAt), "\(moved.seals[0].event)")
        }
        // A file byte for byte one casus made stands where casus printed it (the fifty-second stop's
        // PDFs named the head); the same text in any other file does not.
        let made = String(repeating: "b", count: 64)
        try es.letters.printed(entry: letter.id, pdf: made)
        let asMade = try es.integrity.check(
            document: letter.body + "\n\n" + later.line.nl, name: "brief.pdf", pdf: made)
        #expect(asMade.isSound && asMade.seals[0].event == .withheld, "\(asMade.seals)")
        let other = try es.integrity.check(
            document: letter.body + "\n\n" + later.line.nl, name: "brief.pdf", pdf: String(repeating: "c", count: 64))
        #expect(!other.isSound && other.seals[0].event == .notRecorded(filedAt), "\(other.seals[0].event)")
        // On a server of one school, where its director reads every hash, a seal without one was changed.
        let one = try world()
        let (director, _, founders) = try warningToTheMother(one)
        let own = try director.letters.seal(entry: founders.id)
        #expect(!own.withholdsEvent)
        let alone = (founders.body + "\n\n" + own.line.nl + "\n").replacingOccurrences(
            of: own.event.hash, with: Seal.withheld)
        let changed = try director.integrity.check(document: alone, name: "brief.txt")
        #expect(!changed.isSound && changed.seals[0].event == .hashRemoved, "\(changed.seals[0].event)")
    }
}
