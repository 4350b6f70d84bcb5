import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// A GIN index as PostgreSQL makes it by default (`fastupdate`) keeps what was saved since the last
/// vacuum in an unsorted pending list of up to 4 MB, and every search reads through all of it: on
/// the district after a day of notes, 433 pages, 2.5–5 ms of each of a search's calls, three calls a
/// search (and autovacuum comes for an insert-only table only after a fifth of it is new). casus's
/// GIN indexes (the entries' words, the case summaries', the names') are written through at each
/// save instead: a search never reads a list of recent saves, whatever was saved today.
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct PostgresSearchIndexTests {
    @Test func aSearchReadsNoListOfRecentSaves() throws {
        let w = try PostgresRoleTests().world()
        let director = try CasusService.session(
            storage: try PostgresStorage(url: w.cluster.url(database: w.database, user: "founder")),
            account: "founder", profiles: Fixtures.profiles)
        for n in 1...40 {
            _ = try director.dossiers.addEntry(
                person: w.pupil.id, kind: .note, title: "Gesprek \(n)",
                body: "Sem en zijn ouders over het filmpje \(n).")
        }
        let report = try director.intake.report(
            summary: "Sem heeft een filmpje gedeeld.", platform: "TikTok", subjects: [w.pupil.id]
        ).value
        _ = try director.cases.open(incident: report.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
        _ = try director.directory.addPerson(Person(schoolID: 1, kind: .pupil, firstName: "Noor", lastName: "Smit"))
        let indexes = try w.cluster.psql(
            w.database,
            """
            SELECT c.relname || ' ' || coalesce(array_to_string(c.reloptions, ','), '-')
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
            JOIN pg_namespace s ON s.oid = c.relnamespace WHERE a.amname = 'gin' AND s.nspname = 'casus' ORDER BY 1
            """
        ).split(separator: "\n").map(String.init)
        let names = Set(indexes.map { $0.split(separator: " ")[0] })
        #expect(names == ["case_search", "entry_words_search", "incident_search", "person_words"])
        for index in indexes { #expect(index.hasSuffix(" fastupdate=off"), "\(index)") }
        // What the index holds unsorted, by PostgreSQL's own count (pgstattuple, in Debian's server package).
        _ = try w.cluster.psql(w.database, "CREATE EXTENSION IF NOT EXISTS pgstattuple")
        for index in indexes.map({ $0.split(separator: " ")[0] }) {
            let pending = try w.cluster.psql(
                w.database, "SELECT pending_pages || ' ' || pending_tuples FROM pgstatginindex('casus.\(index)')")
            #expect(pending.trimmingCharacters(in: .whitespacesAndNewlines) == "0 0", "\(index): \(pending)")
        }
        // And the search finds what was saved a moment ago.
        #expect(try director.dossiers.search("filmpje").count >= 40)
    }
}
