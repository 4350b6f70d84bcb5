import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// A session that holds casus's chains and does nothing is ended by the next one that waits for
/// them: a teacher's psql that called `log_read` or `read_lines` after BEGIN and sat there held
/// every read and every save of every school, without a word, for as long as it liked (a review).
extension PostgresRoleTests {
    /// Whether `user` has a session sitting idle in a transaction.
    func idleInTransaction(_ w: World, _ user: String) throws -> Bool {
        try w.cluster.psql(
            w.database,
            "SELECT count(*) FROM pg_stat_activity WHERE usename = '\(user)' AND datname = current_database() AND state LIKE 'idle in transaction%'"
        ).trimmingCharacters(in: .whitespacesAndNewlines) != "0"
    }

    /// Whether `user` has a session in a transaction, working or idle.
    func inTransaction(_ w: World, _ user: String) throws -> Bool {
        try w.cluster.psql(
            w.database,
            "SELECT count(*) FROM pg_stat_activity WHERE usename = '\(user)' AND datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()"
        ).trimmingCharacters(in: .whitespacesAndNewlines) != "0"
    }

    /// Holds casus's chains from a psql session of `user` that sits in its transaction (or runs
    /// `then` in it).
    func hold(_ w: World, _ sql: String, then: String = "", as user: String) throws -> Process {
        let holder = try w.cluster.holdOpen(w.database, "BEGIN; \(sql); \(then)", user: user)
        for _ in 0..<100 where try !inTransaction(w, user) { usleep(50_000) }
        usleep(200_000)
        return holder
    }

    static let now = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

    /// A teacher's session that keeps a statement running holds the chains no longer than an idle
    /// one: `pg_sleep` after the read held every school up for a minute (the next review).
    @Test func aTeachersWorkingSessionHoldingTheChainsIsEndedToo() throws {
        let w = try world()
        let director = try login(w, "founder")
        let holder = try hold(
            w, "SELECT casus.read_lines(\(Self.now), 'juf_ria', NULL, 'reports.list', NULL, NULL, '1 rijen vanaf 0')",
            then: "SELECT pg_sleep(90);", as: "juf_ria")
        defer { holder.terminate() }
        let start = ContinuousClock.now
        _ = try director.dossiers.addEntry(person: w.pupil.id, kind: .note, title: "Gesprek", body: "Na de pauze.")
        #expect(start.duration(to: .now) < .seconds(PGSchema.stallSeconds + 15))
        #expect(try !inTransaction(w, "juf_ria"))
    }

    /// A session that only reads the heads (a backup's snapshot, another role's) blocks nobody and
    /// is not ended, whoever calls `unblock` (a teacher ended a backup role's snapshot, the next
    /// review); a teacher is told no one's name.
    @Test func unblockEndsOnlyAHolderOfTheChains() throws {
        let w = try world()
        let reader = try hold(w, "SELECT count(*) FROM casus.heads()", as: "founder")
        defer { reader.terminate() }
        usleep(UInt32(PGSchema.stallSeconds + 1) * 1_000_000)
        let told = try w.cluster.psql(w.database, "SELECT count(*) FROM casus.unblock() WHERE ended", user: "juf_ria")
        #expect(told.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect(try inTransaction(w, "founder"))
        let holder = try hold(
            w, "SELECT casus.read_lines(\(Self.now), 'ib_els', NULL, 'reports.list', NULL, NULL, '1 rijen vanaf 0')",
            as: "ib_els")
        defer { holder.terminate() }
        let names = try w.cluster.psql(
            w.database, "SELECT coalesce(string_agg(coalesce(account, '-'), ','), '') FROM casus.unblock()",
            user: "juf_ria")
        #expect(!names.contains("ib_els"), "\(names)")
    }

    @Test func aSessionHoldingTheWritersLockIdleIsEndedByTheNextSave() throws {
        let w = try world()
        let director = try login(w, "founder")
        let holder = try hold(
            w,
            "SELECT casus.read_lines(\(Self.now), 'juf_ria', NULL, 'reports.list', NULL, NULL, '1 rijen vanaf 0')",
            as: "juf_ria")
        defer { holder.terminate() }
        #expect(try idleInTransaction(w, "juf_ria"))
        let start = ContinuousClock.now
        let entry = try director.dossiers.addEntry(
            person: w.pupil.id, kind: .note, title: "Gesprek", body: "Na de pauze.")
        let took = start.duration(to: .now)
        // Saved once the holder sat idle for PGSchema.stallSeconds, not after it chose to let go.
        #expect(entry.value.seq > 0)
        #expect(took < .seconds(PGSchema.stallSeconds + 15), "\(took)")
        #expect(try !idleInTransaction(w, "juf_ria"))
    }

    @Test func aSessionHoldingTheReadLogIdleIsEndedByTheNextRead() throws {
        let w = try world()
        let director = try login(w, "founder")
        let holder = try hold(w, "SELECT casus.log_read('list', NULL, 'people')", as: "juf_ria")
        defer { holder.terminate() }
        let start = ContinuousClock.now
        let dossier = try director.dossiers.dossier(w.pupil.id)
        #expect(dossier.entries.contains { $0.body == "Leerlingnotitie S." })
        #expect(start.duration(to: .now) < .seconds(PGSchema.stallSeconds + 15))
        #expect(try !idleInTransaction(w, "juf_ria"))
    }
}
