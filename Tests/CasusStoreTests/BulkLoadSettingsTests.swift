import CasusCore
@testable import CasusStore
import CasusTestSupport
import GRDB
import Testing

/// A bulk load (the district demo) sets the writer up for itself: a large page cache, statement
/// journals in memory while its own statements run. The writer outlives the load, so its settings
/// come back however the load ends, and the journals are back in files before the search index's
/// rebuild, whose one statement rewrites the whole index.
@Suite struct BulkLoadSettingsTests {
    struct Failed: Error {}

    func settings(_ storage: SQLiteStorage) throws -> (cache: Int, temp: Int) {
        try storage.withDatabase { db in
            (try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? 0, try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? -1)
        }
    }

    @Test func theWritersSettingsComeBackHoweverTheLoadEnds() throws {
        let scratch = Scratch("bulk")
        let storage = try SQLiteStorage(path: scratch.path("bulk.sqlite"))
        let before = try settings(storage)
        #expect(before.temp == 0, "the default temporary storage")
        var during: (cache: Int, temp: Int)?
        try storage.bulkLoad { during = try settings(storage) }
        #expect(
            during?.temp == 2 && during?.cache == -262_144,
            "journals in memory, a large cache: \(String(describing: during))")
        #expect(try settings(storage) == before)
        #expect(throws: Failed.self) { try storage.bulkLoad { throw Failed() } }
        #expect(try settings(storage) == before, "after a load that failed")
    }
}
