import CasusCore
@testable import CasusStore
import Foundation
import GRDB
import Testing
import CasusTestSupport

/// A school with a pupil case, a staff case, an IB and a teacher.
struct RolesSchool {
    let school: TestSchool
    let pupil: Person
    let staff: Person
    let pupilCase: Case
    let staffCase: Case

    init() throws {
        school = try TestSchool(protocol: "koe-troubadour")
        let (p, _) = try school.pupil("Lotte", "de Jong", group: "6", parent: "Karin de Jong")
        pupil = p
        staff = try school.staff("Rob", "Bakker")
        pupilCase = try school.openCase(
            about: pupil, articles: ["3A.8"], summary: "Pesten in de groepsapp van groep 6.")
        staffCase = try school.openCase(
            about: staff, articles: ["3A.6"], summary: "Vriendschapsverzoeken vanaf privéaccount.")
        try school.service.cases.addEntry(
            pupilCase.id, kind: .meeting, body: "Gesprek over pesten met Lotte.", heard: [.pupil])
        try school.service.cases.addEntry(
            staffCase.id, kind: .meeting, body: "Gesprek over vriendschapsverzoeken met Rob.", heard: [.employee])
        try school.service.directory.addUser(account: "ib", role: .ib, personID: nil).value
        try school.service.directory.addUser(account: "juf", role: .teacher, personID: nil).value
    }
}

@Suite struct RoleTests {
    @Test func anIBReadsPupilDossiersAndCasesOnly() throws {
        let s = try RolesSchool()
        let ib = try s.school.session("ib")
        #expect(try ib.dossiers.dossier(s.pupil.id).entries.count == 1)
        #expect(try ib.cases.detail(s.pupilCase.id).record.number == s.pupilCase.number)
        // Every way into the staff dossier is closed, and reads as "does not exist".
        #expect(refusal { _ = try ib.dossiers.dossier(s.staff.id) }?.kind == .notFound)
        #expect(refusal { _ = try ib.cases.detail(s.staffCase.id) }?.kind == .notFound)
        #expect(refusal { _ = try ib.cases.assess(s.staffCase.id) }?.kind == .notFound)
        #expect(refusal { _ = try ib.directory.person(s.staff.id) }?.kind == .notFound)
        #expect(try ib.cases.rows(CaseFilter(), offset: 0, limit: 100).map(\.id) == [s.pupilCase.id])
        #expect(try ib.cases.count(CaseFilter()) == 1)
        #expect(try ib.directory.people().allSatisfy { !$0.kind.isPersonnel })
        #expect(try ib.dossiers.search("vriendschapsverzoeken").isEmpty)
        #expect(try ib.dossiers.search("pesten").count >= 1)
        #expect(refusal { try ib.cases.addEntry(s.staffCase.id, kind: .care, body: "x") }?.kind == .notFound)
    }

    @Test func anIBAddsCareNotesButTakesNoMeasures() throws {
        let s = try RolesSchool()
        let ib = try s.school.session("ib")
        let care = try ib.dossiers.addEntry(
            person: s.pupil.id, kind: .care, title: "Zorgoverleg", body: "Lotte krijgt een maatje in de klas."
        ).value
        #expect(care.author == "ib")
        #expect(
            refusal { try ib.dossiers.addEntry(person: s.pupil.id, kind: .note, title: nil, body: "x").value }?.kind
                == .refused)
        #expect(
            refusal { try ib.cases.step(s.pupilCase.id, StepRequest(rung: .warning, reason: "r")).value }?.kind
                == .refused)
        #expect(refusal { try ib.cases.close(s.pupilCase.id, outcome: .founded, reason: "r").value }?.kind == .refused)
        #expect(
            refusal { _ = try ib.intake.report(summary: "x", platform: nil, subjects: [s.pupil.id]).value }?.kind
                == .refused)
        #expect(refusal { _ = try ib.integrity.verify() }?.kind == .refused)
    }

    @Test func aTeacherFilesReportsAndNothingElse() throws {
        let s = try RolesSchool()
        let juf = try s.school.session("juf")
        let incident = try juf.intake.report(
            summary: "Filmpje van de gymles op TikTok.", platform: "TikTok", subjects: [s.pupil.id]
        ).value
        #expect(incident.status == .new)
        #expect(try juf.cases.rows(CaseFilter(), offset: 0, limit: 10).isEmpty)
        #expect(try juf.intake.rows(status: nil, offset: 0, limit: 10).isEmpty)
        #expect(refusal { _ = try juf.dossiers.dossier(s.pupil.id) }?.kind == .notFound)
        #expect(refusal { _ = try juf.cases.detail(s.pupilCase.id) }?.kind == .notFound)
        #expect(refusal { _ = try juf.dossiers.search("pesten") }?.kind == .refused)
        // Its own report it reads back (Mijn meldingen, `incident show`); the director's reads as not existing.
        #expect(try juf.intake.incident(incident.id).0.summary == "Filmpje van de gymles op TikTok.")
        #expect(refusal { _ = try juf.intake.incident(s.pupilCase.incidentID) }?.kind == .notFound)
    }

    @Test func actingAsAnotherIsRecordedWithBothNames() throws {
        let s = try RolesSchool()
        let asIB = try s.school.session("directeur", as: "ib")
        #expect(asIB.actor.role == .ib)
        _ = try asIB.dossiers.dossier(s.pupil.id)
        #expect(refusal { _ = try asIB.dossiers.dossier(s.staff.id) }?.kind == .notFound)
        let log = try s.school.service.integrity.auditLog(person: s.pupil.id)
        let read = try #require(log.first { $0.action == "dossier.read" })
        #expect(read.account == "ib")
        #expect(read.realAccount == "directeur")
        // An IB cannot act as the director, nor as an account that is not there: told it may not
        // act as another, not that the account is unknown (a review).
        #expect(refusal { _ = try s.school.session("ib", as: "directeur") }?.kind == .refused)
        let nobody = refusal { _ = try s.school.session("ib", as: "niemand") }
        #expect(nobody?.message.nl.contains("niet bekend") == false, "\(String(describing: nobody))")
        #expect(nobody?.message.nl.contains("mag dit niet") == true, "\(String(describing: nobody))")
    }

    @Test func everyDossierReadAndWriteIsAudited() throws {
        let s = try RolesSchool()
        _ = try s.school.service.dossiers.dossier(s.pupil.id)
        _ = try s.school.service.cases.detail(s.pupilCase.id)
        try s.school.service.cases.step(
            s.pupilCase.id, StepRequest(rung: .deviceCustody, reason: "Telefoon ingenomen.")
        ).value
        let actions = try s.school.service.integrity.auditLog(person: s.pupil.id).map(\.action)
        for a in ["dossier.read", "case.read", "case.step", "entry.append", "case.open"] {
            #expect(actions.contains(a), "no \(a) in the audit log")
        }
    }
}

@Suite struct VerifyTests {
    func tamper(_ s: RolesSchool, _ sql: String) throws {
        // Behind casus's back: the triggers go, the row changes.
        try s.school.storage.withDatabase { db in
            try db.execute(
                sql:
                    "DROP TRIGGER entry_no_update; DROP TRIGGER entry_no_delete; DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete"
            )
            try db.execute(sql: sql)
        }
    }

    @Test func aSoundDatabaseVerifies() throws {
        let s = try RolesSchool()
        let r = try s.school.service.integrity.verify()
        #expect(r.isSound)
        #expect(r.dossiers == 2 && r.entries == 2)
    }

    @Test func aChangedEntryIsNamed() throws {
        let s = try RolesSchool()
        for i in 1...3 { try s.school.service.cases.addEntry(s.pupilCase.id, kind: .note, body: "Notitie \(i).") }
        try tamper(s, "UPDATE entry SET body = 'Er is niets gebeurd.' WHERE dossier_id = \(s.pupil.id) AND seq = 3")
        let r = try s.school.service.integrity.verify()
        #expect(!r.isSound)
        #expect(r.breaks.count == 1)
        #expect(r.breaks[0].dossier == s.pupil.id && r.breaks[0].entry.seq == 3 && r.breaks[0].reason == .alteredEntry)
    }

    @Test func aRemovedEntryAndALostTailAreFound() throws {
        let s = try RolesSchool()
        for i in 1...4 { try s.school.service.cases.addEntry(s.pupilCase.id, kind: .note, body: "Notitie \(i).") }
        try tamper(s, "DELETE FROM entry WHERE dossier_id = \(s.pupil.id) AND seq = 2")
        #expect(try s.school.service.integrity.verify().breaks.first?.reason == .missingEntry)
        // The last two entries removed: the chain that is left is whole, but the events that
        // appended them are still there, and say which rows are missing.
        let t = try RolesSchool()
        for i in 1...4 { try t.school.service.cases.addEntry(t.pupilCase.id, kind: .note, body: "Notitie \(i).") }
        try tamper(t, "DELETE FROM entry WHERE dossier_id = \(t.pupil.id) AND seq >= 4")
        let r = try t.school.service.integrity.verify()
        #expect(r.breaks.isEmpty)
        #expect(r.differences.contains { $0.table == .entry && $0.kind == .missing && $0.event != nil })
        #expect(!r.isSound)
    }

    @Test func aChangedAuditLineIsFound() throws {
        let s = try RolesSchool()
        try tamper(s, "UPDATE audit SET account = 'iemand' WHERE id = 3")
        #expect(try s.school.service.integrity.verify().auditBreak?.record.id == 3)
    }
}

@Suite struct RetentionTests {
    @Test func aPurgeLeavesATombstoneAndTheChainGoesOn() throws {
        let s = try RolesSchool()
        // A closed case: an open one keeps its dossier (Integrity.hold).
        try s.school.service.cases.close(s.pupilCase.id, outcome: .founded, reason: "Afgehandeld.").value
        s.school.clock.set("2029-03-01")
        #expect(try s.school.service.integrity.retentionDue().isEmpty)
        try s.school.service.directory.setLeft(s.pupil.id, on: Fixtures.date("2026-12-20")).value
        let due = try s.school.service.integrity.retentionDue()
        #expect(due.map(\.person.id) == [s.pupil.id])
        #expect(due[0].dueSince.iso == "2028-12-20")
        let before = try s.school.service.dossiers.dossier(s.pupil.id).entries
        let tombs = try s.school.service.integrity.purge().value
        #expect(tombs.count == 1 && tombs[0].entryCount == before.count && tombs[0].lastHash == before.last!.hash)
        let after = try s.school.service.dossiers.dossier(s.pupil.id)
        #expect(after.entries.isEmpty && after.tombstones.count == 1)
        #expect(refusal { _ = try s.school.service.cases.detail(s.pupilCase.id) }?.kind == .notFound)
        #expect(try s.school.service.dossiers.search("pesten").isEmpty)
        // The staff dossier is untouched and everything still verifies.
        #expect(try s.school.service.dossiers.dossier(s.staff.id).entries.count == 1)
        #expect(try s.school.service.integrity.verify().isSound)
        // A later note continues from the tombstone.
        let next = try s.school.service.dossiers.addEntry(
            person: s.pupil.id, kind: .note, title: nil, body: "Nagekomen bericht."
        ).value
        #expect(next.seq == Int64(before.count) + 1 && next.prevHash == before.last!.hash)
        #expect(try s.school.service.integrity.verify().isSound)
    }

    /// The period ends on the same day so many years on: one who left on the 31st was due on the
    /// 28th (a review), three days early.
    @Test func thePeriodEndsOnTheSameDayYearsLater() throws {
        let s = try RolesSchool()
        try s.school.service.cases.close(s.pupilCase.id, outcome: .founded, reason: "Afgehandeld.").value
        s.school.clock.set("2026-12-31")
        try s.school.service.directory.setLeft(s.pupil.id, on: Fixtures.date("2026-12-31")).value
        s.school.clock.set("2028-12-30")
        #expect(try s.school.service.integrity.retentionDue().isEmpty, "due before the day")
        s.school.clock.set("2029-03-01")
        let due = try s.school.service.integrity.retentionDue()
        #expect(due.map(\.dueSince.iso) == ["2028-12-31"], "\(due.map(\.dueSince.iso)) \(due.map(\.person.id))")
    }
}

@Suite struct EvidenceAndCorrectionTests {
    @Test func evidenceIsStoredWithItsSHA256() throws {
        let s = try RolesSchool()
        let bytes: [UInt8] = Array("PNG-schermafbeelding van de groepsapp".utf8)
        let e = try s.school.service.cases.addEntry(
            s.pupilCase.id, kind: .note, body: "Schermafbeelding bewaard.",
            evidence: [EvidenceFile(name: "app.png", bytes: bytes)]
        ).value
        #expect(e.evidence == [DossierChain.sha256Hex(bytes)])
        #expect(try s.school.service.dossiers.evidence(e.evidence[0]).bytes == bytes)
        try s.school.storage.withDatabase { try $0.execute(sql: "UPDATE evidence SET data = x'00'") }
        #expect(
            refusal { _ = try s.school.service.dossiers.evidence(e.evidence[0]) }?.message.en.contains(
                "no longer matches") == true)
    }

    @Test func aCorrectionIsANewEntryShownBesideTheOld() throws {
        let s = try RolesSchool()
        let wrong = try s.school.service.cases.addEntry(s.pupilCase.id, kind: .note, body: "Gesprek op dinsdag.").value
        let fix = try s.school.service.cases.addEntry(
            s.pupilCase.id, kind: .correction, body: "Het gesprek was op woensdag.", corrects: wrong.id
        ).value
        let d = try s.school.service.dossiers.dossier(s.pupil.id)
        #expect(d.entries.first { $0.id == wrong.id }?.body == "Gesprek op dinsdag.")
        #expect(d.corrections[wrong.id]?.map(\.id) == [fix.id])
        #expect(
            refusal { try s.school.service.cases.addEntry(s.pupilCase.id, kind: .correction, body: "x") }?.kind
                == .invalid)
        let staffEntry = try s.school.service.dossiers.dossier(s.staff.id).entries[0]
        #expect(
            refusal {
                try s.school.service.cases.addEntry(
                    s.pupilCase.id, kind: .correction, body: "x", corrects: staffEntry.id)
            }?.kind == .notFound)
    }
}

@Suite struct DiskTests {
    @Test func aFullDiskSavesNothingAndSaysSo() throws {
        let scratch = Scratch("full")
        let path = scratch.path("casus.sqlite")
        let storage = try SQLiteStorage(path: path)
        let school = try TestSchool(protocol: "jozefschool", storage: storage)
        let (pupil, _) = try school.pupil("Bram", "Kok")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        let pages = try storage.withDatabase { try Int.fetchOne($0, sql: "PRAGMA page_count") }!
        try storage.withDatabase { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }
        let big = String(repeating: "Een lang verslag. ", count: 2000)
        var failure: CasusError?
        var saved = 0
        for _ in 0..<50 {
            if let e = refusal({ try school.service.cases.addEntry(c.id, kind: .note, body: big) }) {
                failure = e
                break
            }
            saved += 1
        }
        #expect(failure?.message.en.contains("the disk is full") == true)
        #expect(failure?.hint?.en.contains("Nothing was saved") == true)
        #expect(try school.service.cases.detail(c.id).entries.count == saved)
        #expect(try school.service.integrity.verify().isSound)
    }
}
