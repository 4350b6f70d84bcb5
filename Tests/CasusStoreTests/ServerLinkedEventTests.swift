@testable import CasusCore
@testable import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// The event chain and the audit log are hashed over fields that are few in kind: a step's case and
/// rung, a read's person and action. Whoever reads both chains' heads before and after another's
/// save tries those few values until a hash matches: an IB's or a teacher's login learnt which
/// staff member's dossier a director read, or that case 12 was stepped to a dismissal. A role that
/// verifies no chain reads no chain's hash: the server links its events and lines itself.
extension PostgresRoleTests {
    /// The heads as `user` reads them with psql: "event seq:hash:audit seq:hash".
    func headsAsRead(_ w: World, by user: String, _ call: String = "casus.heads()") throws -> String {
        try w.cluster.psql(
            w.database,
            "BEGIN; SELECT event_seq || ':' || event_hash || ':' || audit_seq || ':' || audit_hash FROM \(call); ROLLBACK;",
            user: user
        ).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func anIBsAndATeachersLoginReadNoChainsHash() throws {
        let w = try world()
        let (director, c, _) = try warningToTheMother(w)
        _ = try director.cases.detail(c.id)
        let whole = try headsAsRead(w, by: "founder").split(separator: ":").map(String.init)
        #expect(whole.count == 4 && whole[1].count == 64 && whole[3].count == 64, "\(whole)")
        for user in ["ib_els", "juf_ria"] {
            for call in ["casus.heads()", "casus.begin_write()"] {
                #expect(try headsAsRead(w, by: user, call) == "\(whole[0])::\(whole[2]):", "\(user) \(call)")
            }
            // Nor does asking whether the chains hold a hash answer a guess of another's event or line.
            let held = try w.cluster.psql(
                w.database,
                "SELECT casus.chain_holds(\(whole[0]), '\(whole[1])', NULL, NULL) || ' ' || casus.chain_holds(NULL, NULL, \(whole[2]), '\(whole[3])')",
                user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(held == "false false", "\(user): \(held)")
        }
        #expect(
            try w.cluster.psql(
                w.database, "SELECT casus.chain_holds(\(whole[0]), '\(whole[1])', \(whole[2]), '\(whole[3])')::text",
                user: "founder"
            ).trimmingCharacters(in: .whitespacesAndNewlines) == "true")
        // They write as before: the server links an IB's care note and a teacher's report after the
        // heads they were not shown, and the chains verify.
        let ib = try login(w, "ib_els")
        let care = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Sem is stil.").value
        let second = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Sem lacht.").value
        let teacher = try login(w, "juf_ria")
        let report = try teacher.intake.report(summary: "Filmpje gedeeld.", platform: "TikTok", subjects: [w.pupil.id])
        #expect(try director.dossiers.entry(second.id).entry.prevHash == care.hash)
        #expect(try director.intake.incident(report.value.id).0.summary == "Filmpje gedeeld.")
        let check = try director.integrity.verify()
        #expect(check.isSound, "\(check.breaks)")
        // The events and lines they wrote follow the heads before them.
        let links = try w.cluster.psql(
            w.database,
            """
            SELECT count(*) FROM casus.event e JOIN casus.event p ON p.seq = e.seq - 1
            WHERE e.account IN ('ib_els', 'juf_ria') AND e.prev_hash = p.hash;
            SELECT count(*) FROM casus.audit a JOIN casus.audit p ON p.id = a.id - 1
            WHERE a.account IN ('ib_els', 'juf_ria') AND a.prev_hash = p.hash AND a.action IN ('entry.append', 'incident.add');
            """
        ).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(links == ["3", "3"], "\(links)")
    }

    /// A head an IB's or a teacher's client sends itself is refused alike, right or wrong, for an
    /// event and for an audit line: a refusal only of a wrong one would answer the guess.
    @Test func aChainHeadAnIBsClientSendsIsRefusedRightOrWrong() throws {
        let w = try world()
        _ = try warningToTheMother(w)
        let whole = try headsAsRead(w, by: "founder").split(separator: ":").map(String.init)
        let (eventHead, auditHead) = (
            ChainHead(seq: Int64(whole[0]) ?? 0, hash: whole[1]), ChainHead(seq: Int64(whole[2]) ?? 0, hash: whole[3])
        )
        let ib = try login(w, "ib_els")
        for guess in [eventHead.hash, String(repeating: "a", count: 64)] {
            let event = refusal {
                _ = try ib.session.build { tx in
                    let event = EventChain.link(
                        .incidentTriaged(1), after: ChainHead(seq: eventHead.seq, hash: guess), at: tx.now,
                        account: "ib_els", realAccount: nil, auditSeq: auditHead.seq)
                    try tx.writer.append(event)
                }
            }
            #expect(event.contains("koppelt een gebeurtenis niet zelf"), "\(event)")
        }
        for guess in [auditHead.hash, String(repeating: "a", count: 64)] {
            let line = try writtenLine(
                w, "entry.append", person: w.pupil.id, detail: "seq=9 event=9", as: "ib_els",
                after: ChainHead(seq: auditHead.seq, hash: guess))
            #expect(line?.contains("koppelt een auditregel niet zelf") == true, "\(line ?? "taken")")
        }
        #expect(try headsAsRead(w, by: "founder") == whole.joined(separator: ":"), "nothing was written")
    }

    /// A read's line is written by the read itself (read_lines, which checks what the account may
    /// read): an IB and a teacher wrote "dossier.read" of a staff member through insert_audit with
    /// psql, a read that never happened, and `verify` held it as true (a review).
    @Test func aReadsLineIsNotWrittenAsAChangesLine() throws {
        let w = try world()
        for user in ["ib_els", "juf_ria", "founder"] {
            let line = try writtenLine(w, "dossier.read", person: w.staff.id, detail: "0 stukken", as: user)
            #expect(line?.contains("legt een lezing vast") == true, "\(user): \(line ?? "taken")")
        }
        let read = try w.cluster.psql(
            w.database, "SELECT count(*) FROM casus.audit WHERE action = 'dossier.read' AND person_id = \(w.staff.id)")
        #expect(read.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    /// A director's read in an IB's name is a line with the IB's account and the director's as the
    /// real one: the IB's login asked chain_holds of it, trying persons and seconds, and learnt whom
    /// the director read in its name (a review). Only what the login wrote itself is its own.
    @Test func whatADirectorDidInAnIBsNameIsNotTheIBsToConfirm() throws {
        let w = try world()
        let asIB = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")), account: "founder",
            as: "ib_els", profiles: Fixtures.profiles)
        _ = try asIB.dossiers.dossier(w.pupil.id)
        let line = try w.cluster.psql(
            w.database,
            """
            SET search_path = casus, pg_temp;
            SELECT id || ' ' || audit_hash('', at, account, real_account, action, person_id, case_id, detail)
            FROM casus.audit WHERE account = 'ib_els' AND real_account = 'founder' ORDER BY id DESC LIMIT 1
            """
        ).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        #expect(line.count == 2, "\(line)")
        let held = try w.cluster.psql(
            w.database, "SELECT casus.chain_holds(NULL, NULL, \(line[0]), '\(line[1])')::text", user: "ib_els")
        #expect(held.trimmingCharacters(in: .whitespacesAndNewlines) == "false")
    }

    /// An IB's save whose answer was lost with the connection: casus asks the server whether the
    /// chains hold what it sent, by the hashes it sent (the server's link is not the client's to
    /// know), and saves nothing twice and loses nothing.
    @Test func anIBsSaveWhoseAnswerWasLostIsFoundSavedOrNot() throws {
        let w = try world()
        let ib = try login(w, "ib_els")
        let storage = try #require(ib.session.storage as? PostgresStorage)
        let lost = PGError.connection("server closed the connection unexpectedly", label: "test")
        storage.commitFault = { commit in
            try commit()
            throw lost
        }
        _ = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Opgeslagen, antwoord kwijt.")
        storage.commitFault = { _ in throw lost }
        _ = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Eerst niet aangekomen.")
        storage.commitFault = nil
        let director = try login(w, "founder")
        let bodies = try director.dossiers.dossier(w.pupil.id).entries.map(\.body)
        #expect(bodies.filter { $0 == "Opgeslagen, antwoord kwijt." }.count == 1, "\(bodies)")
        #expect(bodies.filter { $0 == "Eerst niet aangekomen." }.count == 1, "\(bodies)")
        #expect(try director.integrity.verify().isSound)
    }
}
