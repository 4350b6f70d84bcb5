import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// An account's access ends, or its role changes, as a decision in the chain: a teacher who left
/// kept her access until the database's administrator dropped her role (only `users add` existed).
@Suite struct UserAccessTests {
    let scratch = Scratch("users")

    struct World {
        let storage: any CasusStorage
        let director: CasusService
        let pupil: Person
    }

    func school(_ backend: Backend) throws -> World {
        let storage = try backend.make(in: scratch)
        let director = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "directeur",
            director: ("Anne", "van der", "Berg"), profiles: Fixtures.profiles)
        let pupil = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Jansen", group: "7")
        ).value
        try director.directory.addUser(account: "juf_ria", role: .teacher, personID: nil)
        try director.directory.addUser(account: "ib_els", role: .ib, personID: nil)
        return World(storage: storage, director: director, pupil: pupil)
    }

    func login(_ s: World, _ account: String) throws -> CasusService {
        try CasusService.session(storage: s.storage, account: account, profiles: Fixtures.profiles)
    }

    func accounts(_ s: World) throws -> [String] { try s.director.directory.users().map(\.account).sorted() }

    @Test(arguments: Backend.all)
    func anEndedAccountCanNoLongerOpenCasusAndWhatItWroteStays(_ backend: Backend) throws {
        let s = try school(backend)
        let report = try login(s, "juf_ria").intake.report(
            summary: "Filmpje gedeeld.", platform: "TikTok", subjects: [s.pupil.id]
        ).value
        try s.director.directory.removeUser(account: "juf_ria", reason: "uit dienst per 1 december")
        #expect(try accounts(s) == ["directeur", "ib_els"])
        // The account is no user any more (on a server the backend is its superuser, so the login
        // itself is the role tests' to prove: PostgresRoleTests).
        if backend != .postgres {
            #expect(throws: CasusError.self) { try login(s, "juf_ria") }
        }
        #expect(throws: CasusError.self) {
            try CasusService.session(
                storage: s.storage, account: "directeur", as: "juf_ria", profiles: Fixtures.profiles)
        }
        // Her report is the school's still, under her name.
        #expect(try s.director.intake.incident(report.id).0.summary == "Filmpje gedeeld.")
        let line = try #require(try s.director.integrity.auditLog().first { $0.action == "user.remove" })
        #expect(line.account == "directeur" && line.detail == "juf_ria teacher: uit dienst per 1 december")
        #expect(try s.director.integrity.verify().isSound)
        // An account with no person is not given again: casus cannot tell who comes back, and the
        // next holder read her reports (a review).
        let again = refusal { try s.director.directory.addUser(account: "juf_ria", role: .teacher, personID: nil) }
        #expect(again?.message.nl.contains("in gebruik zonder persoon") == true, "\(String(describing: again))")
        #expect(try s.director.integrity.verify().isSound)
    }

    /// A departed teacher's account given to a new colleague: the new teacher read the reports the
    /// account had filed, and how they stood (a review). A name held by someone else is refused;
    /// the same person back again gets it.
    @Test(arguments: Backend.all)
    func anAccountOfSomeoneWhoLeftIsNotGivenToAnother(_ backend: Backend) throws {
        let s = try school(backend)
        let ria = try s.director.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Ria", lastName: "Smit", group: "leerkracht")
        ).value
        let newcomer = try s.director.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Nieuwe", lastName: "Collega", group: "leerkracht")
        ).value
        try s.director.directory.addUser(account: "meester_tim", role: .teacher, personID: ria.id)
        try s.director.directory.removeUser(account: "meester_tim", reason: "uit dienst")
        let reused = refusal {
            try s.director.directory.addUser(account: "meester_tim", role: .teacher, personID: newcomer.id)
        }
        #expect(reused?.message.nl.contains("van iemand anders") == true, "\(String(describing: reused))")
        #expect(try accounts(s) == ["directeur", "ib_els", "juf_ria"])
        try s.director.directory.addUser(account: "meester_tim", role: .teacher, personID: ria.id)
        #expect(try accounts(s).contains("meester_tim"))
        #expect(try s.director.integrity.verify().isSound)
    }

    @Test(arguments: Backend.all)
    func aRoleChangesAndWhatTheAccountMayDoFollows(_ backend: Backend) throws {
        let s = try school(backend)
        #expect(throws: CasusError.self) { try login(s, "ib_els").directory.users() }
        // A reason longer than the log keeps is refused, not cut in silence (a review).
        let long = refusal {
            try s.director.directory.setRole(
                account: "ib_els", to: .director, reason: String(repeating: "benoemd ", count: 40))
        }
        #expect(long?.message.nl.contains("319 tekens lang; het auditlog bewaart er ten hoogste 200") == true)
        try s.director.directory.setRole(account: "ib_els", to: .director, reason: "benoemd tot adjunct-directeur")
        #expect(try login(s, "ib_els").directory.users().count == 3)
        #expect(try s.director.directory.users().first { $0.account == "ib_els" }?.role == .director)
        let line = try #require(try s.director.integrity.auditLog().first { $0.action == "user.role" })
        #expect(line.detail == "ib_els ib → director: benoemd tot adjunct-directeur")
        // Now a second director, the first may step down: the school keeps one.
        try login(s, "ib_els").directory.setRole(account: "directeur", to: .teacher, reason: "met pensioen")
        // A session opened from now on has the new role (one open before keeps the role it opened
        // with for casus's own checks; a server checks every call against the account as it is).
        #expect(throws: CasusError.self) { try login(s, "directeur").directory.users() }
        #expect(try s.director.integrity.verify().isSound)
    }

    /// Each refusal says what to do and changes nothing.
    @Test(arguments: Backend.all)
    func whatIsRefusedChangesNothing(_ backend: Backend) throws {
        let s = try school(backend)
        let before = try s.director.directory.users()
        let lines = try s.director.integrity.auditLog().count
        func refused(_ change: () throws -> Void) -> String {
            do {
                try change()
                return "changed"
            } catch let error as CasusError {
                return error.message.nl + " " + (error.hint?.nl ?? "")
            } catch {
                return "\(error)"
            }
        }
        let d = s.director.directory
        #expect(refused { try d.removeUser(account: "directeur", reason: "weg") }.contains("eigen account"))
        #expect(refused { try d.setRole(account: "directeur", to: .ib, reason: "x") }.contains("eigen account"))
        #expect(refused { try d.removeUser(account: "meester_bob", reason: "weg") }.contains("geen gebruiker"))
        #expect(refused { try d.removeUser(account: "juf_ria", reason: "  ") }.contains("--reason"))
        // A reason with a terminal's control sequence is refused, not stored with spaces for it.
        #expect(
            refused { try d.removeUser(account: "juf_ria", reason: "weg\u{1B}]52;c;aGk=\u{07}") }
                .contains("de reden bevat"))
        #expect(refused { try d.setRole(account: "juf_ria", to: .ib, reason: "x\u{9B}31m") }.contains("de reden bevat"))
        #expect(refused { try d.setRole(account: "juf_ria", to: .teacher, reason: "x") }.contains("al leerkracht"))
        #expect(refused { try d.setRole(account: "juf_ria", to: .board, reason: "x") }.contains("bestuur"))
        #expect(
            refused { try login(s, "ib_els").directory.removeUser(account: "juf_ria", reason: "weg") }
                .contains("gebruikers beheren"))
        #expect(try s.director.directory.users() == before)
        #expect(try s.director.integrity.auditLog().count == lines)
    }

    /// The last director: nobody else could manage the school's accounts or take its decisions.
    @Test(arguments: Backend.all)
    func theSchoolsLastDirectorStays(_ backend: Backend) throws {
        let storage = try backend.make(in: scratch)
        let board = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "bestuur",
            director: ("Anne", "van der", "Berg"), role: .board, profiles: Fixtures.profiles)
        let es = try board.session.build { tx in
            try Directory.createSchool(
                School(name: "CBS De Es", protocolID: "jozefschool"), account: "dir_es", director: ("Bo", "", "Dijk"),
                in: tx)
        }.value
        do {
            try board.directory.removeUser(account: "dir_es", reason: "vertrokken")
            Issue.record("the school's last director was removed")
        } catch let error as CasusError {
            #expect(error.message.nl.contains("laatste directeur") && error.hint?.nl.contains("users add") == true)
        }
        try board.directory.addUser(account: "adjunct_es", role: .director, personID: nil, schoolID: es.id)
        try board.directory.removeUser(account: "dir_es", reason: "vertrokken")
        #expect(try board.directory.users().map(\.account).sorted() == ["adjunct_es", "bestuur"])
        #expect(try board.integrity.verify().isSound)
    }

    /// A director invites the board (DESIGN §4) where the database holds their school alone; once
    /// the board has added a second school, a director of either no longer can (the board would
    /// read the other school). A server set up from one school never got a board (a review).
    @Test(arguments: Backend.all)
    func aDirectorInvitesTheBoardWhileTheSchoolIsAlone(_ backend: Backend) throws {
        let s = try school(backend)
        try s.director.directory.addUser(account: "bestuur_linde", role: .board, personID: nil)
        let board = try login(s, "bestuur_linde")
        #expect(board.actor.role == .board)
        // The director sees the board's accounts and may end one made by mistake, also the only
        // one (it could neither see nor undo `root` as the board, a review).
        try s.director.directory.addUser(account: "bestuur_fout", role: .board, personID: nil)
        #expect(
            try Set(s.director.directory.users().filter { $0.role == .board }.map(\.account)) == [
                "bestuur_fout", "bestuur_linde",
            ])
        try s.director.directory.removeUser(account: "bestuur_fout", reason: "Verkeerd account.")
        #expect(try !s.director.directory.users().contains { $0.account == "bestuur_fout" })
        let es = try board.directory.addSchool(
            name: "CBS De Es", town: "Zwolle", protocolID: "jozefschool", director: "dir_es",
            directorName: ("Bo", "", "Dijk"), record: SchoolRecordChange(sector: .po, denomination: .bijzonder)
        ).value
        #expect(es.id != 1)
        // With two schools the board is the board's: the director no longer sees or ends it.
        #expect(try !s.director.directory.users().contains { $0.role == .board })
        #expect(throws: CasusError.self) {
            try s.director.directory.removeUser(account: "bestuur_linde", reason: "Weg.")
        }
        for director in [s.director, try login(s, "dir_es")] {
            let refused = #expect(throws: CasusError.self) {
                try director.directory.addUser(account: "bestuur_twee", role: .board, personID: nil)
            }
            #expect(
                refused?.message.nl.contains("op een database met meer scholen") == true,
                "\(String(describing: refused))")
        }
        try board.directory.addUser(account: "bestuur_twee", role: .board, personID: nil)
        #expect(try board.directory.users().contains { $0.account == "bestuur_twee" && $0.role == .board })
    }

}
