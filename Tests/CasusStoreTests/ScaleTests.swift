@testable import CasusCore
@testable import CasusStore
import Foundation
import GRDB
import Testing
import CasusTestSupport

// What keeps casus fast at district size, tested for what a user would notice: the search index
// and the kept counts say the same as the rows they stand for, after every kind of change.

@Suite struct BulkLoadTests {
    @Test func aBulkLoadIndexesEverythingOnceAtTheEnd() throws {
        let scratch = Scratch("bulk")
        let path = scratch.path("casus.sqlite")
        let storage = try SQLiteStorage(path: path)
        let school = try TestSchool(protocol: "jozefschool", storage: storage)
        let (pupil, _) = try school.pupil("Bram", "Kok")
        try storage.bulkLoad {
            let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje van de gymles gedeeld.")
            try school.service.cases.addEntry(c.id, kind: .note, body: "Gesprek over het filmpje van de gymles.")
        }
        #expect(try school.service.dossiers.search("gymles").count >= 2)
        // Appends after the load are indexed row by row again.
        let c2 = try school.openCase(about: pupil, articles: ["A.5"], summary: "Melding")
        try school.service.cases.addEntry(c2.id, kind: .note, body: "Zwembadfoto rondgestuurd.")
        #expect(try school.service.dossiers.search("zwembadfoto").count == 1)
    }

    @Test func aBulkLoadThatDiedHalfWayIsMadeWholeAtTheNextOpen() throws {
        let scratch = Scratch("bulk")
        let path = scratch.path("casus.sqlite")
        do {
            let storage = try SQLiteStorage(path: path)
            let school = try TestSchool(protocol: "jozefschool", storage: storage)
            let (pupil, _) = try school.pupil("Bram", "Kok")
            // What a killed bulk load leaves: the indexing triggers gone, rows written unindexed.
            try storage.withDatabase {
                try $0.execute(sql: "DROP TRIGGER entry_fts_insert; DROP TRIGGER case_fts_insert")
            }
            let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje van de gymles gedeeld.")
            try school.service.cases.addEntry(c.id, kind: .note, body: "Gesprek over het filmpje van de gymles.")
        }
        let reopened = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: reopened, account: "directeur", profiles: Fixtures.profiles)
        #expect(try service.dossiers.search("gymles").count >= 2)
        #expect(try service.integrity.verify().isSound)
    }
}

@Suite struct OverviewCountTests {
    /// The Overzicht reads counts the store keeps as it writes; they must agree with a recount
    /// after steps (the rung changes), a second school year and a purge.
    @Test func theKeptCountsFollowStepsAndPurges() throws {
        let s = try RolesSchool()
        let service = s.school.service
        try service.cases.step(s.pupilCase.id, StepRequest(rung: .warning, reason: "Pesten in de groepsapp.")).value
        var stats = try service.reports.statistics(schoolYear: 2026)
        #expect(stats.cases == 2)
        #expect(stats.byRung.first { $0.key == "warning" }?.count == 1)
        #expect(stats.byRung.first { $0.key == "none" }?.count == 1)
        #expect(stats.byArticle.map(\.key).sorted() == ["3A.6", "3A.8"])
        #expect(try service.reports.statistics(schoolYear: 2025).cases == 0)
        // The IB's overview counts pupil cases only.
        #expect(try s.school.session("ib").reports.statistics(schoolYear: 2026).cases == 1)

        // A closed case: an open one keeps its dossier (Integrity.hold).
        try service.cases.close(s.pupilCase.id, outcome: .founded, reason: "Afgehandeld.").value
        s.school.clock.set("2029-03-01")
        try service.directory.setLeft(s.pupil.id, on: Fixtures.date("2026-12-20")).value
        #expect(try service.integrity.purge().value.count == 1)
        stats = try service.reports.statistics(schoolYear: 2026)
        #expect(stats.cases == 1)
        #expect(stats.byRung.map(\.key) == ["none"])
        #expect(stats.byArticle.map(\.key) == ["3A.6"])
        #expect(try service.integrity.verify().isSound)
    }

    @Test func aCountChangedBehindCasusIsFoundByVerify() throws {
        let s = try RolesSchool()
        try s.school.storage.withDatabase { try $0.execute(sql: "UPDATE stat_rung SET n = n + 5") }
        let report = try s.school.service.integrity.verify()
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
        func ibFindsRobsEntry() throws -> Bool {
            try ib.dossiers.search("vriendschapsverzoeken").contains { $0.source == .entry }
        }
        #expect(try !ibFindsRobsEntry())
        // Rob was entered as staff by mistake; he is a pupil (a stale index would still say staff).
        try s.school.storage.withDatabase {
            try $0.execute(sql: "UPDATE person SET kind = 'pupil' WHERE id = ?", arguments: [s.staff.id])
        }
        #expect(try ibFindsRobsEntry())
        try s.school.storage.withDatabase {
            try $0.execute(sql: "UPDATE person SET kind = 'staff' WHERE id = ?", arguments: [s.staff.id])
        }
        #expect(try !ibFindsRobsEntry())
    }

    @Test func wholeWordsFirstThenWordsThatBeginWithThem() throws {
        let s = try RolesSchool()
        try s.school.service.cases.addEntry(s.pupilCase.id, kind: .note, body: "Het pestgedrag is gestopt.")
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
        try s.school.service.cases.addEntry(
            s.pupilCase.id, kind: .note, body: "Tweede gesprek over pesten, nu met de ouders.")
        let hits = try s.school.service.dossiers.search("pesten").filter { $0.source == .entry }
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
        try service.cases.step(s.pupilCase.id, StepRequest(rung: .warning, reason: "Pesten in de groepsapp.")).value
        try service.cases.close(s.staffCase.id, outcome: .founded, reason: "Afgehandeld met een gesprek.").value
        func check(_ label: String) throws {
            for status in [nil, CaseStatus.open, .closed] {
                for kind in [nil] + SubjectKind.allCases.map { Optional($0) } {
                    for (rung, none) in [(nil as Rung?, false), (nil, true), (.warning, false)] {
                        let f = CaseFilter(status: status, subjectKind: kind, rung: rung, noRungYet: none)
                        let rows = try service.cases.rows(f, offset: 0, limit: 1000).count
                        #expect(try service.cases.count(f) == rows, "\(label): \(f)")
                    }
                }
            }
        }
        try check("after steps")
        var corrected = parent
        corrected.kind = .parent
        _ = try service.session.build { try $0.update(person: corrected) }
        #expect(try service.cases.count(CaseFilter(status: nil, subjectKind: .parent)) == 1)
        try check("after a kind correction")
        // A closed case: an open one keeps its dossier (Integrity.hold).
        try service.cases.close(s.pupilCase.id, outcome: .founded, reason: "Afgehandeld.").value
        try check("after a close")
        s.school.clock.set("2029-03-01")
        try service.directory.setLeft(s.pupil.id, on: Fixtures.date("2026-12-20")).value
        #expect(try service.integrity.purge().value.count == 1)
        try check("after a purge")
        #expect(try service.integrity.verify().isSound)
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
            let list = try who.directory.people(kinds: kinds, text: text).map(\.name)
            #expect(try who.directory.countPeople(kinds: kinds, text: text) == list.count, "count for \(text)")
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
            try $0.execute(
                sql:
                    "UPDATE person SET last_name = 'Smit', sort_name = 'smit, rob', search_name = ' rob smit' WHERE id = ?",
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
            _ = try school.service.session.build { tx in
                for i in 0..<2100 {
                    _ = try tx.insert(
                        person: Person(
                            schoolID: 1, kind: .pupil, firstName: "Daan", lastName: "Dekker \(i)", group: "5"))
                }
                _ = try tx.insert(
                    person: Person(
                        schoolID: 1, kind: .pupil, firstName: "Fleur", lastName: "Jansen-de Vries", group: "5"))
            }
        }
        let service = school.service
        for text in ["de", "d dek", "jansen de"] {
            let all = try service.directory.people(text: text, limit: 5000)
            #expect(try service.directory.countPeople(text: text) == all.count, "count for \(text)")
            #expect(all.map(\.sortName) == all.map(\.sortName).sorted(), "order for \(text)")
        }
        #expect(try service.directory.people(text: "de", limit: 5000).contains { $0.lastName == "Jansen-de Vries" })
        #expect(try service.directory.people(text: "vries").map(\.lastName) == ["Jansen-de Vries"])
        // A page deep in a long list is the same page either way.
        let page = try service.directory.people(text: "de", offset: 1000, limit: 40)
        #expect(page.map(\.id) == Array(try service.directory.people(text: "de", limit: 5000)[1000..<1040]).map(\.id))
    }
}

@Suite struct BackgroundCheckpointTests {
    /// In a TUI session the saves go to the write-ahead log and a background connection copies
    /// them into the database file; nothing waits for it and nothing is lost.
    @Test func savesReachTheDatabaseFileWithoutTheWriterCheckpointing() throws {
        let scratch = Scratch("ckpt")
        let path = scratch.path("casus.sqlite")
        let storage = try SQLiteStorage(path: path)
        try storage.checkpointInBackground()
        let school = try TestSchool(protocol: "jozefschool", storage: storage)
        let (pupil, _) = try school.pupil("Bram", "Kok")
        for i in 0..<(2 * BackgroundCheckpoint.burst) {
            try school.service.dossiers.addEntry(person: pupil.id, kind: .note, title: nil, body: "Notitie \(i).").value
        }
        storage.drainCheckpoints()
        // The database file alone, without its log, already holds the saves.
        let copy = path + ".copy"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let count = try DatabaseQueue(path: copy).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entry") } ?? 0
        #expect(count >= BackgroundCheckpoint.burst)
        // And everything is there through the store.
        #expect(try school.service.dossiers.dossier(pupil.id).entries.count == 2 * BackgroundCheckpoint.burst)
        #expect(try school.service.integrity.verify().isSound)
    }
}
