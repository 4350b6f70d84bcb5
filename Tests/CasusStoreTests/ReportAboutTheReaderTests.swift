import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A report about the one who reads the queue is not theirs: a director read a teacher's report
/// about them, the teacher's name with it, and could have dismissed it (a review of a board's
/// server). The board handles it (Awb art. 2:4); the report is left out of the director's queue,
/// its count, its search, and reads as not there, but for the teacher who filed it.
@Suite struct ReportAboutTheReaderTests {
    let scratch = Scratch("report-about-reader")

    @Test(arguments: Backend.all)
    func aReportAboutTheDirectorIsTheBoards(_ backend: Backend) throws {
        let storage = try backend.make(in: scratch)
        let board = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "bestuur",
            director: ("Bert", "", "Bestuur"), role: .board, profiles: Fixtures.profiles)
        let dina = try board.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Dina", lastName: "Dekker", function: "directeur")
        ).value
        let sem = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        try board.directory.addUser(account: "dir_linde", role: .director, personID: dina.id, schoolID: 1)
        try board.directory.addUser(account: "juf_ria", role: .teacher, personID: nil, schoolID: 1)
        func session(_ account: String) throws -> CasusService {
            try CasusService.session(storage: storage, account: account, profiles: Fixtures.profiles)
        }
        let juf = try session("juf_ria")
        let aboutDina = try juf.intake.report(
            summary: "De directeur schold een leerling uit in de klassenapp.", platform: "WhatsApp", subjects: [dina.id]
        ).value
        let aboutSem = try juf.intake.report(
            summary: "Sem deelde een foto in de klassenapp.", platform: "WhatsApp", subjects: [sem.id]
        ).value
        let director = try session("dir_linde")
        let page = try director.intake.page(status: .new, offset: 0, limit: 10)
        #expect(page.rows.map(\.id) == [aboutSem.id])
        #expect(page.total == 1)
        #expect(try director.intake.count(status: .new) == 1)
        #expect(try director.intake.count(status: nil) == 1)
        #expect(try director.intake.rows(status: nil, offset: 0, limit: 10).map(\.id) == [aboutSem.id])
        let read = refusal { _ = try director.intake.incident(aboutDina.id) }
        #expect(read?.message.nl.contains("bestaat niet") == true, "\(String(describing: read))")
        let found = try director.dossiers.search("klassenapp").filter { $0.source == .report }
        #expect(found.map(\.incidentID) == [aboutSem.id])
        // Nor triaged or dismissed by them: as a report that is not there.
        let dismissed = refusal { _ = try director.intake.dismiss(aboutDina.id, reason: "Onzin.").value }
        #expect(dismissed?.message.nl.contains("bestaat niet") == true, "\(String(describing: dismissed))")
        let opened = refusal {
            _ = try director.cases.open(incident: aboutDina.id, subject: dina.id, articles: ["A.5"], severity: nil)
                .value
        }
        #expect(opened?.message.nl.contains("bestaat niet") == true, "\(String(describing: opened))")
        // The board reads it and handles it; the teacher who filed it follows it still.
        #expect(
            try board.intake.page(status: .new, offset: 0, limit: 10).rows.map(\.id) == [aboutDina.id, aboutSem.id])
        #expect(try board.intake.incident(aboutDina.id).0.summary.contains("directeur"))
        #expect(try juf.intake.incident(aboutDina.id).0.id == aboutDina.id)
        // Not by the director acting as the teacher who filed it (a review read it so).
        let asJuf = try CasusService.session(
            storage: storage, account: "dir_linde", as: "juf_ria", profiles: Fixtures.profiles)
        #expect(refusal { _ = try asJuf.intake.incident(aboutDina.id) } != nil)
        #expect(try juf.intake.ownRows(offset: 0, limit: 10).map(\.id) == [aboutDina.id, aboutSem.id])
        // The case the board opens about her shows her no report, nor who filed it.
        let aboutHer = try board.cases.open(incident: aboutDina.id, subject: dina.id, articles: ["A.5"], severity: nil)
            .value
        #expect(try director.cases.detail(aboutHer.id).incident == nil)
        #expect(try board.cases.detail(aboutHer.id).incident?.reporterName != nil)
    }

    /// Who filed a report is staff data: an IB reads the pupil's case, not which colleague reported
    /// it (an IB read "gemeld door" a teacher who asked to stay anonymous, a review).
    @Test(arguments: Backend.all)
    func anIBReadsAPupilsCaseWithoutWhoReportedIt(_ backend: Backend) throws {
        let storage = try backend.make(in: scratch)
        let director = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "directeur",
            director: ("Marieke", "van", "Dam"), role: .director, profiles: Fixtures.profiles)
        let sem = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        try director.directory.addUser(account: "juf_ria", role: .teacher, personID: nil, schoolID: 1)
        try director.directory.addUser(account: "ib_els", role: .ib, personID: nil, schoolID: 1)
        func session(_ account: String) throws -> CasusService {
            try CasusService.session(storage: storage, account: account, profiles: Fixtures.profiles)
        }
        let report = try session("juf_ria").intake.report(
            summary: "Sem deelde een foto.", platform: nil, subjects: [sem.id]
        ).value
        let c = try director.cases.open(incident: report.id, subject: sem.id, articles: ["A.5"], severity: nil).value
        let shown = try #require(try session("ib_els").cases.detail(c.id).incident)
        #expect(shown.summary == "Sem deelde een foto.")
        #expect(shown.reporterName == nil && shown.reportedBy == nil, "\(shown)")
        #expect(try director.cases.detail(c.id).incident?.reportedBy == "juf_ria")
    }
}

/// The server leaves it out whatever the client asks: with psql, as the director, the queue, its
/// count and the report itself.
extension PostgresRoleTests {
    @Test func aReportAboutTheDirectorIsLeftOutByTheServer() throws {
        let world = try boardWorld(director: "dir_es")
        let (board, cluster, database) = (world.board, world.cluster, world.database)
        let bo = try #require(try board.directory.users().first { $0.account == "dir_es" }?.personID)
        let sem = try board.directory.addPerson(
            Person(schoolID: 2, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        try Self.logins.withLock {
            _ = try board.directory.addUser(account: "juf_es", role: .teacher, personID: nil, schoolID: 2)
        }
        let juf = try world.session("juf_es")
        let aboutBo = try juf.intake.report(
            summary: "De directeur schold een leerling uit.", platform: nil, subjects: [bo]
        ).value
        let aboutSem = try juf.intake.report(summary: "Sem deelde een foto.", platform: nil, subjects: [sem.id]).value
        func psql(_ sql: String) throws -> String {
            try cluster.psql(database, sql, user: "dir_es").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try psql("SELECT casus.count_incidents(NULL, true, true, 'new', NULL)") == "1")
        #expect(try psql("SELECT casus.count_incidents(NULL, true, true, NULL, NULL, '{}')") == "1")
        let list = try cluster.listTicket(database, "reports", user: "dir_es")
        #expect(
            try psql(
                "SELECT string_agg(id::text, ',') FROM casus.incidents(NULL, true, true, 'new', 10, 0, NULL, \(list), '{}')"
            ) == "\(aboutSem.id)")
        #expect(
            try psql(
                "SELECT string_agg(id::text, ',') FROM casus.incidents(NULL, true, true, NULL, 10, 0, NULL, \(list))")
                == "\(aboutSem.id)")
        let ticket = try psql("SELECT casus.log_read('incident', \(aboutBo.id), NULL)")
        #expect(try psql("SELECT count(*) FROM casus.incident_by_id(\(aboutBo.id), \(ticket))") == "0")
        #expect(try psql("SELECT count(*) FROM casus.involved(\(aboutBo.id), \(ticket))") == "0")
        // Its own session, the director's client: not there either; the board reads it.
        let director = try world.session("dir_es")
        #expect(try director.intake.page(status: .new, offset: 0, limit: 10).rows.map(\.id) == [aboutSem.id])
        #expect(refusal { _ = try director.intake.incident(aboutBo.id) } != nil)
        #expect(try board.intake.count(status: .new) == 2)
    }
}
