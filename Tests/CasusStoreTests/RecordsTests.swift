import CasusCore
@testable import CasusStore
import Foundation
import GRDB
import Testing

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
        pupilCase = try school.openCase(about: pupil, articles: ["3A.8"], summary: "Pesten in de groepsapp van groep 6.")
        staffCase = try school.openCase(about: staff, articles: ["3A.6"], summary: "Vriendschapsverzoeken vanaf privéaccount.")
        try school.service.addEntry(case: pupilCase.id, kind: .meeting, body: "Gesprek over pesten met Lotte.", heard: [.pupil])
        try school.service.addEntry(case: staffCase.id, kind: .meeting, body: "Gesprek over vriendschapsverzoeken met Rob.", heard: [.employee])
        try school.service.addUser(account: "ib", role: .ib, personID: nil)
        try school.service.addUser(account: "juf", role: .teacher, personID: nil)
    }
}

@Suite struct RoleTests {
    @Test func anIBReadsPupilDossiersAndCasesOnly() throws {
        let s = try RolesSchool()
        let ib = try s.school.session("ib")
        #expect(try ib.dossier(s.pupil.id).entries.count == 1)
        #expect(try ib.caseDetail(s.pupilCase.id).record.number == s.pupilCase.number)
        // Every way into the staff dossier is closed, and reads as "does not exist".
        #expect(refusal { _ = try ib.dossier(s.staff.id) }?.kind == .notFound)
        #expect(refusal { _ = try ib.caseDetail(s.staffCase.id) }?.kind == .notFound)
        #expect(refusal { _ = try ib.assess(s.staffCase.id) }?.kind == .notFound)
        #expect(refusal { _ = try ib.person(s.staff.id) }?.kind == .notFound)
        #expect(try ib.caseRows(CaseFilter(), offset: 0, limit: 100).map(\.id) == [s.pupilCase.id])
        #expect(try ib.countCases(CaseFilter()) == 1)
        #expect(try ib.people().allSatisfy { !$0.kind.isPersonnel })
        #expect(try ib.search("vriendschapsverzoeken").isEmpty)
        #expect(try ib.search("pesten").count >= 1)
        #expect(refusal { try ib.addEntry(case: s.staffCase.id, kind: .care, body: "x") }?.kind == .notFound)
    }

    @Test func anIBAddsCareNotesButTakesNoMeasures() throws {
        let s = try RolesSchool()
        let ib = try s.school.session("ib")
        let care = try ib.addDossierEntry(person: s.pupil.id, kind: .care, title: "Zorgoverleg", body: "Lotte krijgt een maatje in de klas.")
        #expect(care.author == "ib")
        #expect(refusal { try ib.addDossierEntry(person: s.pupil.id, kind: .note, title: nil, body: "x") }?.kind == .refused)
        #expect(refusal { try ib.step(s.pupilCase.id, StepRequest(rung: .warning, reason: "r")) }?.kind == .refused)
        #expect(refusal { try ib.close(s.pupilCase.id, reason: "r") }?.kind == .refused)
        #expect(refusal { _ = try ib.reportIncident(summary: "x", platform: nil, subjects: [s.pupil.id]) }?.kind == .refused)
        #expect(refusal { _ = try ib.verify() }?.kind == .refused)
    }

    @Test func aTeacherFilesReportsAndNothingElse() throws {
        let s = try RolesSchool()
        let juf = try s.school.session("juf")
        let incident = try juf.reportIncident(summary: "Filmpje van de gymles op TikTok.", platform: "TikTok", subjects: [s.pupil.id])
        #expect(incident.status == .new)
        #expect(try juf.caseRows(CaseFilter(), offset: 0, limit: 10).isEmpty)
        #expect(try juf.incidentRows(status: nil, offset: 0, limit: 10).isEmpty)
        #expect(refusal { _ = try juf.dossier(s.pupil.id) }?.kind == .notFound)
        #expect(refusal { _ = try juf.caseDetail(s.pupilCase.id) }?.kind == .notFound)
        #expect(refusal { _ = try juf.search("pesten") }?.kind == .refused)
        #expect(refusal { _ = try juf.incident(incident.id) }?.kind == .refused)
    }

    @Test func actingAsAnotherIsRecordedWithBothNames() throws {
        let s = try RolesSchool()
        let asIB = try s.school.session("directeur", as: "ib")
        #expect(asIB.actor.role == .ib)
        _ = try asIB.dossier(s.pupil.id)
        #expect(refusal { _ = try asIB.dossier(s.staff.id) }?.kind == .notFound)
        let log = try s.school.service.auditLog(person: s.pupil.id)
        let read = try #require(log.first { $0.action == "dossier.read" })
        #expect(read.account == "ib")
        #expect(read.realAccount == "directeur")
        // An IB cannot act as the director.
        #expect(refusal { _ = try s.school.session("ib", as: "directeur") }?.kind == .refused)
    }

    @Test func everyDossierReadAndWriteIsAudited() throws {
        let s = try RolesSchool()
        _ = try s.school.service.dossier(s.pupil.id)
        _ = try s.school.service.caseDetail(s.pupilCase.id)
        try s.school.service.step(s.pupilCase.id, StepRequest(rung: .deviceCustody, reason: "Telefoon ingenomen."))
        let actions = try s.school.service.auditLog(person: s.pupil.id).map(\.action)
        for a in ["dossier.read", "case.read", "case.step", "entry.append", "case.open"] {
            #expect(actions.contains(a), "no \(a) in the audit log")
        }
    }
}

@Suite struct VerifyTests {
    func tamper(_ s: RolesSchool, _ sql: String) throws {
        // Behind casus's back: the triggers go, the row changes.
        try s.school.storage.withDatabase { db in
            try db.execute(sql: "DROP TRIGGER entry_no_update; DROP TRIGGER entry_no_delete; DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete")
            try db.execute(sql: sql)
        }
    }

    @Test func aSoundDatabaseVerifies() throws {
        let s = try RolesSchool()
        let r = try s.school.service.verify()
        #expect(r.isSound)
        #expect(r.dossiers == 2 && r.entries == 2)
    }

    @Test func aChangedEntryIsNamed() throws {
        let s = try RolesSchool()
        for i in 1...3 { try s.school.service.addEntry(case: s.pupilCase.id, kind: .note, body: "Notitie \(i).") }
        try tamper(s, "UPDATE entry SET body = 'Er is niets gebeurd.' WHERE dossier_id = \(s.pupil.id) AND seq = 3")
        let r = try s.school.service.verify()
        #expect(!r.isSound)
        #expect(r.breaks.count == 1)
        #expect(r.breaks[0].dossier == s.pupil.id && r.breaks[0].entry.seq == 3 && r.breaks[0].reason == .alteredEntry)
    }

    @Test func aRemovedEntryAndALostTailAreFound() throws {
        let s = try RolesSchool()
        for i in 1...4 { try s.school.service.addEntry(case: s.pupilCase.id, kind: .note, body: "Notitie \(i).") }
        try tamper(s, "DELETE FROM entry WHERE dossier_id = \(s.pupil.id) AND seq = 2")
        #expect(try s.school.service.verify().breaks.first?.reason == .missingEntry)
        // The last two entries removed: the chain that is left is whole, the audit log remembers.
        let t = try RolesSchool()
        for i in 1...4 { try t.school.service.addEntry(case: t.pupilCase.id, kind: .note, body: "Notitie \(i).") }
        try tamper(t, "DELETE FROM entry WHERE dossier_id = \(t.pupil.id) AND seq >= 4")
        let r = try t.school.service.verify()
        #expect(r.breaks.isEmpty)
        #expect(r.truncations.first?.audited == 5 && r.truncations.first?.present == 3)
    }

    @Test func aChangedAuditLineIsFound() throws {
        let s = try RolesSchool()
        try tamper(s, "UPDATE audit SET account = 'iemand' WHERE id = 3")
        #expect(try s.school.service.verify().auditBreak?.record.id == 3)
    }
}

@Suite struct RetentionTests {
    @Test func aPurgeLeavesATombstoneAndTheChainGoesOn() throws {
        let s = try RolesSchool()
        s.school.clock.set("2029-03-01")
        #expect(try s.school.service.retentionDue().isEmpty)
        try s.school.service.setLeft(s.pupil.id, on: Fixtures.date("2026-12-20"))
        let due = try s.school.service.retentionDue()
        #expect(due.map(\.person.id) == [s.pupil.id])
        #expect(due[0].dueSince.iso == "2028-12-20")
        let before = try s.school.service.dossier(s.pupil.id).entries
        let tombs = try s.school.service.purge()
        #expect(tombs.count == 1 && tombs[0].entryCount == before.count && tombs[0].lastHash == before.last!.hash)
        let after = try s.school.service.dossier(s.pupil.id)
        #expect(after.entries.isEmpty && after.tombstones.count == 1)
        #expect(refusal { _ = try s.school.service.caseDetail(s.pupilCase.id) }?.kind == .notFound)
        #expect(try s.school.service.search("pesten").isEmpty)
        // The staff dossier is untouched and everything still verifies.
        #expect(try s.school.service.dossier(s.staff.id).entries.count == 1)
        #expect(try s.school.service.verify().isSound)
        // A later note continues from the tombstone.
        let next = try s.school.service.addDossierEntry(person: s.pupil.id, kind: .note, title: nil, body: "Nagekomen bericht.")
        #expect(next.seq == Int64(before.count) + 1 && next.prevHash == before.last!.hash)
        #expect(try s.school.service.verify().isSound)
    }
}

@Suite struct EvidenceAndCorrectionTests {
    @Test func evidenceIsStoredWithItsSHA256() throws {
        let s = try RolesSchool()
        let bytes: [UInt8] = Array("PNG-schermafbeelding van de groepsapp".utf8)
        let e = try s.school.service.addEntry(case: s.pupilCase.id, kind: .note, body: "Schermafbeelding bewaard.",
                                              evidence: [EvidenceFile(name: "app.png", bytes: bytes)])
        #expect(e.evidence == [DossierChain.sha256Hex(bytes)])
        #expect(try s.school.service.evidence(e.evidence[0]).bytes == bytes)
        try s.school.storage.withDatabase { try $0.execute(sql: "UPDATE evidence SET data = x'00'") }
        #expect(refusal { _ = try s.school.service.evidence(e.evidence[0]) }?.message.en.contains("no longer matches") == true)
    }

    @Test func aCorrectionIsANewEntryShownBesideTheOld() throws {
        let s = try RolesSchool()
        let wrong = try s.school.service.addEntry(case: s.pupilCase.id, kind: .note, body: "Gesprek op dinsdag.")
        let fix = try s.school.service.addEntry(case: s.pupilCase.id, kind: .correction, body: "Het gesprek was op woensdag.", corrects: wrong.id)
        let d = try s.school.service.dossier(s.pupil.id)
        #expect(d.entries.first { $0.id == wrong.id }?.body == "Gesprek op dinsdag.")
        #expect(d.corrections[wrong.id]?.map(\.id) == [fix.id])
        #expect(refusal { try s.school.service.addEntry(case: s.pupilCase.id, kind: .correction, body: "x") }?.kind == .invalid)
        let staffEntry = try s.school.service.dossier(s.staff.id).entries[0]
        #expect(refusal { try s.school.service.addEntry(case: s.pupilCase.id, kind: .correction, body: "x", corrects: staffEntry.id) }?.kind == .notFound)
    }
}

@Suite struct DiskTests {
    @Test func aFullDiskSavesNothingAndSaysSo() throws {
        let path = NSTemporaryDirectory() + "casus-full-\(UUID().uuidString).sqlite"
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
            if let e = refusal({ try school.service.addEntry(case: c.id, kind: .note, body: big) }) {
                failure = e
                break
            }
            saved += 1
        }
        #expect(failure?.message.en.contains("the disk is full") == true)
        #expect(failure?.hint?.en.contains("Nothing was saved") == true)
        #expect(try school.service.caseDetail(c.id).entries.count == saved)
        #expect(try school.service.verify().isSound)
    }
}

@Suite struct BulkLoadTests {
    @Test func aBulkLoadIndexesEverythingOnceAtTheEnd() throws {
        let path = NSTemporaryDirectory() + "casus-bulk-\(UUID().uuidString).sqlite"
        let storage = try SQLiteStorage(path: path)
        let school = try TestSchool(protocol: "jozefschool", storage: storage)
        let (pupil, _) = try school.pupil("Bram", "Kok")
        try storage.bulkLoad {
            let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje van de gymles gedeeld.")
            try school.service.addEntry(case: c.id, kind: .note, body: "Gesprek over het filmpje van de gymles.")
        }
        #expect(try school.service.search("gymles").count >= 2)
        // Appends after the load are indexed row by row again.
        let c2 = try school.openCase(about: pupil, articles: ["A.5"], summary: "Melding")
        try school.service.addEntry(case: c2.id, kind: .note, body: "Zwembadfoto rondgestuurd.")
        #expect(try school.service.search("zwembadfoto").count == 1)
    }

    @Test func aBulkLoadThatDiedHalfWayIsMadeWholeAtTheNextOpen() throws {
        let path = NSTemporaryDirectory() + "casus-bulk-\(UUID().uuidString).sqlite"
        do {
            let storage = try SQLiteStorage(path: path)
            let school = try TestSchool(protocol: "jozefschool", storage: storage)
            let (pupil, _) = try school.pupil("Bram", "Kok")
            // What a killed bulk load leaves: the indexing triggers gone, rows written unindexed.
            try storage.withDatabase { try $0.execute(sql: "DROP TRIGGER entry_fts_insert; DROP TRIGGER case_fts_insert") }
            let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje van de gymles gedeeld.")
            try school.service.addEntry(case: c.id, kind: .note, body: "Gesprek over het filmpje van de gymles.")
        }
        let reopened = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: reopened, account: "directeur", profiles: Fixtures.profiles)
        #expect(try service.search("gymles").count >= 2)
        #expect(try service.verify().isSound)
    }
}

@Suite struct OverviewCountTests {
    /// The Overzicht reads counts the store keeps as it writes; they must agree with a recount
    /// after steps (the rung changes), a second school year and a purge.
    @Test func theKeptCountsFollowStepsAndPurges() throws {
        let s = try RolesSchool()
        let service = s.school.service
        try service.step(s.pupilCase.id, StepRequest(rung: .warning, reason: "Pesten in de groepsapp."))
        var stats = try service.statistics(schoolYear: 2026)
        #expect(stats.cases == 2)
        #expect(stats.byRung.first { $0.key == "warning" }?.count == 1)
        #expect(stats.byRung.first { $0.key == "none" }?.count == 1)
        #expect(stats.byArticle.map(\.key).sorted() == ["3A.6", "3A.8"])
        #expect(try service.statistics(schoolYear: 2025).cases == 0)
        // The IB's overview counts pupil cases only.
        #expect(try s.school.session("ib").statistics(schoolYear: 2026).cases == 1)

        s.school.clock.set("2029-03-01")
        try service.setLeft(s.pupil.id, on: Fixtures.date("2026-12-20"))
        _ = try service.purge()
        stats = try service.statistics(schoolYear: 2026)
        #expect(stats.cases == 1)
        #expect(stats.byRung.map(\.key) == ["none"])
        #expect(stats.byArticle.map(\.key) == ["3A.6"])
        #expect(try service.verify().isSound)
    }

    @Test func aCountChangedBehindCasusIsFoundByVerify() throws {
        let s = try RolesSchool()
        try s.school.storage.withDatabase { try $0.execute(sql: "UPDATE stat_rung SET n = n + 5") }
        let report = try s.school.service.verify()
        #expect(!report.isSound)
        #expect(report.integrity.contains { $0.hasPrefix("overview count stat_") })
    }
}

@Suite struct ScopedSearchTests {
    /// The index carries each row's school and dossier kind; when a person's kind is corrected
    /// (say, a pupil administration import), their dossier is re-indexed and the IB's search
    /// follows the new rule at once.
    @Test func aPersonWhoseKindChangesIsReindexed() throws {
        let s = try RolesSchool()
        let ib = try s.school.session("ib")
        func ibFindsRobsEntry() throws -> Bool { try ib.search("vriendschapsverzoeken").contains { $0.source == .entry } }
        #expect(try !ibFindsRobsEntry())
        // Rob was entered as staff by mistake; he is a pupil (a stale index would still say staff).
        try s.school.storage.withDatabase { try $0.execute(sql: "UPDATE person SET kind = 'pupil' WHERE id = ?", arguments: [s.staff.id]) }
        #expect(try ibFindsRobsEntry())
        try s.school.storage.withDatabase { try $0.execute(sql: "UPDATE person SET kind = 'staff' WHERE id = ?", arguments: [s.staff.id]) }
        #expect(try !ibFindsRobsEntry())
    }

    @Test func wholeWordsFirstThenWordsThatBeginWithThem() throws {
        let s = try RolesSchool()
        try s.school.service.addEntry(case: s.pupilCase.id, kind: .note, body: "Het pestgedrag is gestopt.")
        let all = Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true)
        func entries(_ text: String, limit: Int) throws -> [String] {
            try s.school.storage.read { try $0.search(SearchQuery(scope: all, text: text, limit: limit)) }
                .filter { $0.source == .entry }.map(\.snippet)
        }
        // "pest" is no whole word here: the words that begin with it are found.
        #expect(try entries("pest", limit: 10).count == 2)
        // "pesten" fills a page of one on its own: the newer "pestgedrag" is not needed.
        #expect(try entries("pesten", limit: 1).count == 1)
        #expect(try entries("pesten", limit: 1).first?.contains("«pesten»") == true)
        // With room on the page, "pesten" also finds nothing more (no longer word begins with it).
        #expect(try entries("pesten", limit: 10).count == 1)
    }

    @Test func newestHitsComeFirstAndSnippetsNeverShowTheScope() throws {
        let s = try RolesSchool()
        try s.school.service.addEntry(case: s.pupilCase.id, kind: .note, body: "Tweede gesprek over pesten, nu met de ouders.")
        let hits = try s.school.service.search("pesten").filter { $0.source == .entry }
        #expect(hits.count == 2)
        #expect(hits.first?.snippet.contains("Tweede gesprek") == true)
        #expect(hits.allSatisfy { !$0.snippet.contains("_school") && !$0.snippet.contains("_pupil") })
    }
}

@Suite struct CaseListCountTests {
    /// The count above the Zaken list comes from kept counts; for every filter it must equal the
    /// rows the list pages through, after steps, a close, a kind correction and a purge.
    @Test func theCountAboveTheListIsTheListsLength() throws {
        let s = try RolesSchool()
        let service = s.school.service
        let (parent, _) = try s.school.pupil("Sem", "Visser")
        _ = try s.school.openCase(about: parent, articles: ["3A.8"], summary: "Tweede melding.")
        try service.step(s.pupilCase.id, StepRequest(rung: .warning, reason: "Pesten in de groepsapp."))
        try service.close(s.staffCase.id, reason: "Afgehandeld met een gesprek.")
        func check(_ label: String) throws {
            for status in [nil, CaseStatus.open, .closed] {
                for kind in [nil] + SubjectKind.allCases.map { Optional($0) } {
                    for (rung, none) in [(nil as Rung?, false), (nil, true), (.warning, false)] {
                        let f = CaseFilter(status: status, subjectKind: kind, rung: rung, noRungYet: none)
                        let rows = try service.caseRows(f, offset: 0, limit: 1000).count
                        #expect(try service.countCases(f) == rows, "\(label): \(f)")
                    }
                }
            }
        }
        try check("after steps")
        try s.school.storage.withDatabase { try $0.execute(sql: "UPDATE person SET kind = 'parent' WHERE id = ?", arguments: [parent.id]) }
        #expect(try service.countCases(CaseFilter(status: nil, subjectKind: .parent)) == 1)
        try check("after a kind correction")
        s.school.clock.set("2029-03-01")
        try service.setLeft(s.pupil.id, on: Fixtures.date("2026-12-20"))
        _ = try service.purge()
        try check("after a purge")
        #expect(try service.verify().isSound)
    }
}

@Suite struct PeopleSearchTests {
    /// Typing in the Dossiers tab: every typed word begins a word of the name, diacritics and
    /// case do not matter, the count is the list's length, and the role's limits hold.
    @Test func namesAreFoundAsYouTypeWithinTheRole() throws {
        let s = try RolesSchool()
        try s.school.pupil("Zoë", "van der Berg", parent: "Anouk van der Berg")
        let director = s.school.service
        let ib = try s.school.session("ib")
        func names(_ who: CasusService, _ text: String, kinds: [PersonKind] = []) throws -> [String] {
            let list = try who.people(kinds: kinds, text: text).map(\.name)
            #expect(try who.countPeople(kinds: kinds, text: text) == list.count, "count for \(text)")
            return list
        }
        #expect(try names(director, "zoe").count == 1)
        #expect(try names(director, "v d b").count == 2)
        #expect(try names(director, "BERG", kinds: [.parent]) == ["Anouk van der Berg"])
        #expect(try names(director, "erg").isEmpty)
        #expect(try names(director, "b").count >= 3)  // Berg, Berg, Bakker
        // What nobody can mean never lists everybody (the index's own tokens cannot be typed).
        #expect(try names(director, "_school").isEmpty && names(director, "_kindpupil").isEmpty)
        #expect(try names(director, "casus").isEmpty)
        // The IB never sees staff, however it is typed.
        #expect(try names(ib, "rob").isEmpty)
        #expect(try names(ib, "bakker", kinds: [.staff]).isEmpty)
        #expect(try names(director, "rob") == ["Rob Bakker"])
        // A corrected name is found by its new words at once.
        try s.school.storage.withDatabase {
            try $0.execute(sql: "UPDATE person SET last_name = 'Smit', sort_name = 'smit, rob', search_name = ' rob smit' WHERE id = ?",
                           arguments: [s.staff.id])
        }
        #expect(try names(director, "smit") == ["Rob Smit"])
        #expect(try names(director, "bakker").isEmpty)
    }
}

@Suite struct ManyPeopleSearchTests {
    /// Thousands of matches take the other road (names walked in order); it must give the same
    /// people in the same order as the index, hyphenated names included.
    @Test func aWordThatMatchesThousandsListsTheSameAsTheIndex() throws {
        let school = try TestSchool(protocol: "jozefschool")
        try school.storage.bulkLoad {
            try school.storage.write { w in
                for i in 0..<2100 {
                    _ = try w.insert(person: Person(schoolID: 1, kind: .pupil, firstName: "Daan", lastName: "Dekker \(i)", group: "5"))
                }
                _ = try w.insert(person: Person(schoolID: 1, kind: .pupil, firstName: "Fleur", lastName: "Jansen-de Vries", group: "5"))
            }
        }
        let service = school.service
        for text in ["de", "d dek", "jansen de"] {
            let all = try service.people(text: text, limit: 5000)
            #expect(try service.countPeople(text: text) == all.count, "count for \(text)")
            #expect(all.map(\.sortName) == all.map(\.sortName).sorted(), "order for \(text)")
        }
        #expect(try service.people(text: "de", limit: 5000).contains { $0.lastName == "Jansen-de Vries" })
        #expect(try service.people(text: "vries").map(\.lastName) == ["Jansen-de Vries"])
        // A page deep in a long list is the same page either way.
        let page = try service.people(text: "de", offset: 1000, limit: 40)
        #expect(page.map(\.id) == Array(try service.people(text: "de", limit: 5000)[1000..<1040]).map(\.id))
    }
}

@Suite struct BackgroundCheckpointTests {
    /// In a TUI session the saves go to the write-ahead log and a background connection copies
    /// them into the database file; nothing waits for it and nothing is lost.
    @Test func savesReachTheDatabaseFileWithoutTheWriterCheckpointing() throws {
        let path = NSTemporaryDirectory() + "casus-ckpt-\(UUID().uuidString).sqlite"
        let storage = try SQLiteStorage(path: path)
        try storage.checkpointInBackground()
        let school = try TestSchool(protocol: "jozefschool", storage: storage)
        let (pupil, _) = try school.pupil("Bram", "Kok")
        for i in 0..<(2 * BackgroundCheckpoint.burst) {
            try school.service.addDossierEntry(person: pupil.id, kind: .note, title: nil, body: "Notitie \(i).")
        }
        storage.drainCheckpoints()
        // The database file alone, without its log, already holds the saves.
        let copy = path + ".copy"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let count = try DatabaseQueue(path: copy).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entry") } ?? 0
        #expect(count >= BackgroundCheckpoint.burst)
        // And everything is there through the store.
        #expect(try school.service.dossier(pupil.id).entries.count == 2 * BackgroundCheckpoint.burst)
        #expect(try school.service.verify().isSound)
    }
}
