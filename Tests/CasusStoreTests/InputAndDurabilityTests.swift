import CasusCore
@testable import CasusStore
import Foundation
import GRDB
import Testing
import CasusTestSupport

/// SQLiteStorage.configuration() asks for `synchronous = FULL` on every connection; the
/// writer that saves must have it, whichever way the store was opened.
@Suite struct SaveDurabilityTests {
    let scratch = Scratch("test")

    func synchronousOfTheWriter(concurrent: Bool) throws -> Int? {
        let storage = try SQLiteStorage(path: scratch.path("d\(concurrent).sqlite"), concurrent: concurrent)
        return try storage.write { w in try Int.fetchOne((w as! SQLiteAccess).db, sql: "PRAGMA synchronous") }
    }

    /// Another program's database is refused untouched: it was switched to WAL before it was
    /// refused with "er is niets veranderd" (a review).
    @Test(arguments: [true, false])
    func anotherProgramsDatabaseIsRefusedUntouched(concurrent: Bool) throws {
        let path = scratch.path("ander-\(concurrent).db")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "CREATE TABLE foo (x)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: CasusError.self) { _ = try SQLiteStorage(path: path, concurrent: concurrent) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "delete")
    }

    @Test func aCommandsOneConnectionSavesWithFullSync() throws {
        #expect(try synchronousOfTheWriter(concurrent: false) == 2)
    }

    @Test func theFullScreensPoolSavesWithFullSyncToo() throws {
        #expect(try synchronousOfTheWriter(concurrent: true) == 2)
    }
}

/// Inputs the service must refuse with a message (found by review).
@Suite struct SearchAndTextInputTests {
    let scratch = Scratch("contract")

    func school() throws -> CasusService {
        try jozefschool(on: try Backend.sqliteFile.make(in: scratch), clock: TestClock("2026-11-16").clock)
    }

    /// `casus search --offset 9223372036854775807 --limit 1 '!!'` traps (RecordCommands.swift:172 adds
    /// offset + limit after searchPage returned an empty page without checking them).
    @Test func aPageTooFarIsRefusedAlsoWhenNothingSearchableWasTyped() throws {
        let service = try school()
        #expect(throws: CasusError.self) { try service.dossiers.searchPage("!!", offset: Int.max, limit: 1) }
    }

    /// Foundation's whitespacesAndNewlines holds U+200B (zero width space), which is not Unicode
    /// White_Space: the `trimmed` fast path keeps it, so a summary of only U+200B is now accepted.
    @Test func aSummaryOfOnlyAZeroWidthSpaceIsRefused() throws {
        let service = try school()
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        #expect(throws: CasusError.self) {
            try service.intake.report(summary: "\u{200B}", platform: "TikTok", subjects: [pupil.id])
        }
    }
}

/// verify's digests are keyed afresh for every run, so nobody can aim a set of changed rows at the
/// digest the unchanged rows give (a sum of plain hashes can be matched that way).
@Suite struct DigestKeyTests {
    @Test func theSameRowsGiveTheSameDigestUnderOneKeyAndAnotherUnderTheNext() {
        let rows: [DerivedRow] = [["1", "7", "warning", nil], ["2", "7", "suspension", "5"]]
        let key = DigestKey()
        let a = rows.map { RowDigest($0, key: key) }.reduce(RowDigest(), +)
        let b = rows.reversed().map { RowDigest($0, key: key) }.reduce(RowDigest(), +)
        #expect(a == b)
        let other = rows.map { RowDigest($0, key: DigestKey()) }.reduce(RowDigest(), +)
        #expect(other != a)
        #expect(DigestKey() != DigestKey())
    }
}

/// A name is a name: a part longer than any real one is refused with a message on every backend,
/// before it reaches a store (a server's list indexes carry the names, and an index entry has a
/// size limit that PostgreSQL would otherwise report in its own words, after the fact).
@Suite struct PersonNameInputTests {
    let scratch = Scratch("names")

    @Test(arguments: Backend.all)
    func aNameLongerThanAnyRealOneIsRefusedAndNothingChanges(_ backend: Backend) throws {
        let service = try jozefschool(on: try backend.make(in: scratch), clock: TestClock("2026-11-16").clock)
        let before = try service.directory.countPeople()
        let long = String(repeating: "Ä", count: PersonValidation.longestNamePart + 1)
        for person in [
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: long, group: "7"),
            Person(schoolID: 1, kind: .pupil, firstName: long, lastName: "Jansen", group: "7"),
            Person(schoolID: 1, kind: .staff, firstName: "Kees", infix: long, lastName: "Bakker"),
        ] {
            do {
                _ = try service.directory.addPerson(person)
                Issue.record("a name of \(long.count) characters was saved")
            } catch let error as CasusError {
                #expect(error.message.nl.contains("te lang"), "\(error.message.nl)")
                #expect(error.message.en.contains("too long"), "\(error.message.en)")
            }
        }
        #expect(try service.directory.countPeople() == before)
        // The longest name part that is allowed is saved and found.
        let longest = String(repeating: "𝒜", count: PersonValidation.longestNamePart)  // four bytes each
        let saved = try service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: longest, infix: longest, lastName: longest)
        ).value
        #expect(try service.directory.person(saved.id).lastName == longest)
    }
}
