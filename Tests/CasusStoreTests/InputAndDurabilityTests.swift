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
        try Directory.initialize(
            storage: try Backend.sqliteFile.make(in: scratch), schoolName: "De st. Jozefschool",
            protocolID: "jozefschool",
            account: "directeur", director: ("Marieke", "van", "Dam"),
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder), profiles: Fixtures.profiles,
            clock: TestClock("2026-11-16").clock)
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
