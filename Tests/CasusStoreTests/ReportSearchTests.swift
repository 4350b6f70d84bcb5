import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// DESIGN.md §6: "`/` searches reports too". A director and the board find a report by its words,
/// on every backend; an IB, who does not read the triage queue, and another school's director do
/// not; `verify` checks the reports' index as the others.
@Suite struct ReportSearchTests {
    let scratch = Scratch("contract")

    struct World {
        let board: CasusService
        let director: CasusService
        let ib: CasusService
        let otherDirector: CasusService
        let sem: Person
        let noor: Person
    }

    /// A board with De Linde (the board's own first school, its director `directeur`, an IB) and
    /// De Es (its own director): the board's sessions on one store.
    func world(_ backend: Backend) throws -> World {
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-16")
        let board = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "bestuur",
            director: ("Anne", "van der", "Berg"), role: .board, profiles: Fixtures.profiles, clock: clock.clock)
        _ = try board.session.write { tx in
            try Directory.createSchool(
                School(name: "CBS De Es", protocolID: "jozefschool"), account: "dir_es", director: ("Bo", "", "Dijk"),
                in: tx)
        }
        _ = try board.directory.addUser(account: "directeur", role: .director, personID: nil, schoolID: 1)
        _ = try board.directory.addUser(account: "ib_els", role: .ib, personID: nil, schoolID: 1)
        func session(_ account: String) throws -> CasusService {
            try CasusService.session(
                storage: storage, account: account, profiles: Fixtures.profiles, clock: clock.clock)
        }
        let director = try session("directeur")
        let noor = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Noor", lastName: "Visser", group: "8")
        ).value
        let sem = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        return World(
            board: board, director: director, ib: try session("ib_els"), otherDirector: try session("dir_es"), sem: sem,
            noor: noor)
    }

    @Test(arguments: Backend.all)
    func aReportIsFoundByItsWordsByWhoReadsTheQueueOnly(_ backend: Backend) throws {
        let w = try world(backend)
        let report = try w.director.intake.report(
            summary: "Zwembadfilmpje van de schoolreis gedeeld in de klassenapp.", platform: "WhatsApp",
            subjects: [w.sem.id, w.noor.id]
        ).value
        // A note elsewhere with another word, so that the search has something else to pass over.
        _ = try w.director.dossiers.addEntry(person: w.sem.id, kind: .note, title: "Gesprek", body: "Over het zwemmen.")

        for reader in [w.director, w.board] {
            let hits = try reader.dossiers.search("zwembadfilmpje")
            #expect(hits.count == 1)
            let hit = try #require(hits.first)
            #expect(hit.source == .report)
            #expect(hit.incidentID == report.id)
            #expect(hit.caseID == nil)
            // Shown with the first subject (the lowest id: Noor was added first).
            #expect(hit.person == min(w.sem.id, w.noor.id))
            #expect(hit.personName == "Noor Visser")
            #expect(hit.title == "Noor Visser, Sem Jansen")
            #expect(hit.snippet.contains("«Zwembadfilmpje»"))
            // A word's start finds it too, as it finds an entry.
            #expect(try reader.dossiers.search("zwembadfilm").contains { $0.incidentID == report.id })
        }
        // Not by an IB (who does not read the queue), nor by another school's director.
        #expect(try w.ib.dossiers.search("zwembadfilmpje").isEmpty)
        #expect(try w.otherDirector.dossiers.search("zwembadfilmpje").isEmpty)

        // A report triaged into a case, and one dismissed, are still found; a page lists the reports,
        // then the case summaries, then the entries.
        let c = try w.director.cases.open(incident: report.id, subject: w.sem.id, articles: ["A.5"], severity: nil)
            .value
        _ = try w.director.cases.addEntry(c.id, kind: .note, body: "Gesprek over het zwembadfilmpje.")
        let other = try w.director.intake.report(
            summary: "Nog een zwembadfilmpje, ouder.", platform: nil, subjects: [w.sem.id]
        ).value
        _ = try w.director.intake.dismiss([other.id], reason: "Dubbele melding.")
        let page = try w.director.dossiers.searchPage("zwembadfilmpje", offset: 0, limit: 10)
        // The case took the report's summary as its own.
        #expect(page.hits.map(\.source) == [.report, .report, .caseSummary, .entry])
        #expect(page.hits.compactMap(\.incidentID) == [other.id, report.id])
        #expect(try w.director.integrity.verify().isSound)
    }

    /// A report's hit says where it stands as the report's own screen does: "in behandeling" while
    /// a case from it is open, "afgehandeld" once every case is closed; a hit said the first of a
    /// report settled long ago (a review).
    @Test(arguments: Backend.all)
    func aReportsHitSaysWhetherItIsSettled(_ backend: Backend) throws {
        let w = try world(backend)
        let report = try w.director.intake.report(
            summary: "Duikplankfilmpje gedeeld in de klassenapp.", platform: "WhatsApp", subjects: [w.sem.id]
        ).value
        #expect(try w.director.dossiers.search("duikplankfilmpje").first?.reportStanding == .new)
        let c = try w.director.cases.open(incident: report.id, subject: w.sem.id, articles: ["A.5"], severity: nil)
            .value
        #expect(try w.director.dossiers.search("duikplankfilmpje").first?.reportStanding == .inProgress)
        _ = try w.director.cases.close(c.id, outcome: .founded, reason: "Gesprek gevoerd.").value
        let hit = try #require(try w.director.dossiers.search("duikplankfilmpje").first { $0.source == .report })
        #expect(hit.reportStanding == .settled, "\(hit)")
        #expect(try w.director.intake.incident(report.id).0.standing == .settled, "as the report's own screen says")
    }

    /// A text's own « and » are not hit markers (found by a review: a report's "«nep»" was drawn as a
    /// hit): they show as ‹ and ›, and « » mark the words found alone, on every backend.
    @Test(arguments: Backend.all)
    func aTextsOwnGuillemetsAreNoHits(_ backend: Backend) throws {
        let w = try world(backend)
        _ = try w.director.intake.report(
            summary: "Een bericht «nep» over de gymzaal.", platform: nil, subjects: [w.sem.id])
        _ = try w.director.dossiers.addEntry(
            person: w.sem.id, kind: .note, title: "Gesprek «kort»", body: "Over het «nep»bericht in de gymzaal.")
        let hits = try w.director.dossiers.search("gymzaal")
        #expect(hits.count == 2)
        for hit in hits {
            #expect(hit.snippet.contains("«gymzaal»"), "\(hit.snippet)")
            #expect(hit.snippet.contains("‹nep›") && !hit.snippet.contains("«nep»"), "\(hit.snippet)")
        }
        let own = try w.director.dossiers.search("nep")
        #expect(own.contains { $0.snippet.contains("‹«nep»›") }, "\(own.map(\.snippet))")
    }

    /// A report's hit is logged under everyone it names: the victim's parents, asking who read of
    /// her, found no search (a review).
    @Test(arguments: Backend.all)
    func aReportsHitIsLoggedUnderItsVictimToo(_ backend: Backend) throws {
        let w = try world(backend)
        _ = try w.director.intake.report(
            summary: "Sem zette een foto van het slachtoffer online.", platform: nil, subjects: [w.sem.id],
            victims: [w.noor.id])
        #expect(try w.director.dossiers.search("slachtoffer").count == 1)
        let aboutNoor = try w.director.integrity.auditLog(person: w.noor.id, limit: 50)
        #expect(
            aboutNoor.contains { $0.action == "read.search" || $0.action == "search" }, "\(aboutNoor.map(\.action))")
    }

    /// On a server the rule is the server's: an IB who calls the search function itself with `psql`
    /// gets no report, whatever it asks.
    @Test func anIBFindsNoReportWithPsqlEither() throws {
        guard PostgresCluster.isInstalled else { return }
        let cluster = try PostgresCluster.shared()
        let database = PostgresCluster.database(of: try cluster.makeDatabase())
        let director = try Directory.initialize(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "founder")),
            schoolName: "OBS De Linde", protocolID: "jozefschool", account: "founder",
            director: ("Anne", "van der", "Berg"), profiles: Fixtures.profiles, clock: TestClock("2026-11-16").clock)
        let sem = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        _ = try director.intake.report(summary: "Zwembadfilmpje gedeeld.", platform: nil, subjects: [sem.id])
        _ = try director.directory.addUser(account: "ib_els", role: .ib, personID: nil)
        // The search's lines in the log of reads first (committed: its own and one under each
        // dossier its hits show, `log_search`), then the search against them.
        func found(
            as user: String, call: String = "log_search(NULL, true, true, ARRAY['zwembadfilmpje'], 10, 200, true)"
        )
            throws -> String
        {
            let ticket = try cluster.psql(database, "SELECT casus.\(call)", user: user)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return try cluster.psql(
                database, "SELECT count(*) FROM casus.find_reports(NULL, ARRAY['zwembadfilmpje'], 10, 200, \(ticket))",
                user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try found(as: "founder") == "1")
        #expect(try found(as: "ib_els") == "0")
        // The search's line names the dossiers its hits show, before any is shown: Sem's log of
        // reads has it. A line that names no one shows nothing (with psql an IB read every
        // dossier's text a letter at a time, and the log named none of them, a review).
        let underSem = try cluster.psql(
            database, "SELECT count(*) FROM casus.access_log WHERE what = 'search' AND person_id = \(sem.id)",
            user: "postgres")
        #expect(underSem.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(underSem)")
        #expect(try found(as: "founder", call: "log_read('search', NULL, 'zwembadfilmpje')") == "0")
        // The server's line holds how many words, not the words (a pupil's name and "scheiding"
        // stood in the log for good, a review), and is bound to them all the same.
        let lines = try cluster.psql(
            database,
            "SELECT string_agg(detail, '|') FROM (SELECT detail FROM casus.access_log"
                + " WHERE what = 'search' AND person_id IS NULL ORDER BY id LIMIT 2) x",
            user: "postgres")
        #expect(!lines.contains("zwembad") && lines.contains("1 woord · "), "\(lines)")
        // Two searches for the same words are not told alike by their lines (a director compared
        // a search of her own with another's, a review).
        let digests = lines.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|")
        #expect(digests.count == 2 && digests[0] != digests[1], "\(digests)")
        let other = try cluster.psql(database, "SELECT casus.log_read('search', NULL, 'rooster')", user: "founder")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            throws: (any Error).self,
            performing: {
                try cluster.psql(
                    database,
                    "SELECT count(*) FROM casus.find_reports(NULL, ARRAY['zwembadfilmpje'], 10, 200, \(other))",
                    user: "founder")
            })
    }
}
