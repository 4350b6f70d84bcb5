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

    /// Holds casus's chains from a psql session of `user` that sits in its transaction.
    func hold(_ w: World, _ sql: String, as user: String) throws -> Process {
        let holder = try w.cluster.holdOpen(w.database, "BEGIN; \(sql);", user: user)
        for _ in 0..<100 where try !idleInTransaction(w, user) { usleep(50_000) }
        return holder
    }

    @Test func aSessionHoldingTheWritersLockIdleIsEndedByTheNextSave() throws {
        let w = try world()
        let director = try login(w, "founder")
        let holder = try hold(
            w,
            "SELECT casus.read_lines(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'juf_ria', NULL, 'reports.list', NULL, NULL, '')",
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
