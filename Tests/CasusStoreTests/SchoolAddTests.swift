import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A board of several schools sets each one up (`casus school add`), on every backend: a review of
/// the server found no way to do it but forging the event by hand.
@Suite struct SchoolAddTests {
    let scratch = Scratch("contract")

    /// A board (account "bestuur") with OBS De Linde, and CBS De Es added with its director dir_es.
    /// `director`: the account of De Es's director (a server's roles are the cluster's: tests that
    /// run at once each take their own).
    func boardWithTwoSchools(_ backend: Backend, director: String = "dir_es") throws -> (
        any CasusStorage, TestClock, CasusService, School
    ) {
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-16")
        let board = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "bestuur",
            director: ("Anne", "van der", "Berg"), role: .board, profiles: Fixtures.profiles, clock: clock.clock)
        let es = try board.directory.addSchool(
            name: "CBS De Es", town: "Zwolle", protocolID: "jozefschool", director: director,
            directorName: ("Bo", "", "Dijk"), record: SchoolRecordChange(sector: .po, denomination: .bijzonder)
        ).value
        return (storage, clock, board, es)
    }

    /// A school the board adds is the board's: letters of a school added without `--board-name` named
    /// "het bevoegd gezag van Het Lyceum" and sent objections "p/a Het Lyceum" (a review).
    @Test(arguments: Backend.all)
    func aSchoolTheBoardAddsHasTheBoardsNameAndAddress(_ backend: Backend) throws {
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-16")
        let tag = String(describing: backend).filter(\.isLetter)
        let board = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "bestuur",
            director: ("Anne", "van der", "Berg"), role: .board,
            record: SchoolRecordChange(
                sector: .po, denomination: .openbaar, boardName: "Stichting Drie",
                boardAddress: "Lindeweg 1; 8911 AA Leeuwarden"),
            profiles: Fixtures.profiles, clock: clock.clock)
        let lyceum = try board.directory.addSchool(
            name: "Het Lyceum", protocolID: "jozefschool", director: "vera\(tag)",
            directorName: ("Vera", "de", "Vries"), record: SchoolRecordChange(sector: .vo, denomination: .openbaar)
        ).value
        #expect(lyceum.boardName == "Stichting Drie")
        #expect(lyceum.boardAddress.contains("Lindeweg 1"), "\(lyceum.boardAddress)")
        let own = try board.directory.addSchool(
            name: "CBS De Es", protocolID: "jozefschool", director: "bo\(tag)", directorName: ("Bo", "", "Dijk"),
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder, boardName: "Vereniging De Es")
        ).value
        #expect(own.boardName == "Vereniging De Es", "a name given is kept")
        #expect(own.boardAddress.isEmpty, "and not given another board's address: \(own.boardAddress)")
        // The board's name as typed otherwise is the board's, with its address; an address alone is
        // not put under the board's name.
        let typed = try board.directory.addSchool(
            name: "OBS Twee", protocolID: "jozefschool", director: "twee\(tag)", directorName: ("Tom", "", "Twee"),
            record: SchoolRecordChange(sector: .po, denomination: .openbaar, boardName: "stichting drie ")
        ).value
        #expect(typed.boardName == "Stichting Drie" && typed.boardAddress.contains("Lindeweg 1"))
        let alone = refusal {
            _ = try board.directory.addSchool(
                name: "CBS Vier", protocolID: "jozefschool", director: "vier\(tag)", directorName: ("Vi", "", "Vier"),
                record: SchoolRecordChange(
                    sector: .po, denomination: .bijzonder, boardAddress: "Postbus 9; 8000 ZZ Zwolle")
            ).value
        }
        #expect(alone?.message.nl.contains("--board-address zonder --board-name") == true)
    }

    /// The board's inzage export hides the pupils of its other schools too: a child of another
    /// school of the board, in the same database, went out named (a review).
    @Test(arguments: Backend.all)
    func theBoardsExportHidesThePupilsOfItsOtherSchools(_ backend: Backend) throws {
        let (storage, clock, board, es) = try boardWithTwoSchools(backend)
        let sem = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "de Vries", group: "6")
        ).value
        _ = try board.directory.addPerson(
            Person(schoolID: es.id, kind: .pupil, firstName: "Lotte", lastName: "Hendriks", group: "6"))
        _ = try board.dossiers.addEntry(
            person: sem.id, kind: .note, title: "Gesprek",
            body: "Sem en Lotte Hendriks (De Es) maakten samen een nepaccount.")
        for format in DossierExport.Format.allCases {
            let text = try board.dossiers.export(sem.id, format: format)
            #expect(!text.contains("Lotte") && !text.contains("Hendriks"), "\(format)")
        }
    }

    /// Nobody decides about themselves (Awb art. 2:4): a director opened a case from a report about
    /// themself and closed it as unfounded (a review). The director can neither open it, nor
    /// dismiss the report, nor step or close the board's case; the board does; a server refuses
    /// the events whatever the client.
    @Test(arguments: Backend.all)
    func aDirectorDecidesNothingAboutThemselfTheBoardDoes(_ backend: Backend) throws {
        let (storage, clock, board, es) = try boardWithTwoSchools(backend, director: "dir_eigen")
        let director = try CasusService.session(
            storage: storage, account: "dir_eigen", profiles: Fixtures.profiles, clock: clock.clock)
        let own = try #require(director.actor.user.personID)
        let report = try board.intake.report(
            summary: "De directeur deelde een foto van een leerling.", platform: "Facebook", subjects: [own],
            schoolID: es.id
        ).value
        let opened = refusal {
            _ = try director.cases.open(incident: report.id, subject: own, articles: ["C.1"], severity: nil).value
        }
        // The report about them is not theirs to read: it reads as not there (ReportAboutTheReaderTests).
        #expect(opened?.message.nl.contains("bestaat niet") == true, "\(String(describing: opened))")
        let dismissed = refusal { _ = try director.intake.dismiss(report.id, reason: "Niets aan de hand.").value }
        #expect(dismissed?.message.nl.contains("bestaat niet") == true, "\(String(describing: dismissed))")
        let c = try board.cases.open(incident: report.id, subject: own, articles: ["C.1"], severity: nil).value
        let closed = refusal {
            _ = try director.cases.close(c.id, outcome: .unfounded, reason: "Niets aan de hand.").value
        }
        #expect(closed?.message.nl.contains("gaat over uzelf") == true, "\(String(describing: closed))")
        // Nor into the record of it: a note, a correction of the board's hearing record (a review).
        let noted = refusal { _ = try director.cases.addEntry(c.id, kind: .meeting, body: "Gehoord.").value }
        #expect(noted?.message.nl.contains("gaat over uzelf") == true, "\(String(describing: noted))")
        // Nor by acting as an account of the school with no person of its own (a review opened and
        // closed the case so): who is really at the keyboard counts too.
        try director.directory.addUser(account: "plv_eigen", role: .director, personID: nil).value
        let standIn = try CasusService.session(
            storage: storage, account: "dir_eigen", as: "plv_eigen", profiles: Fixtures.profiles, clock: clock.clock)
        let asOther = refusal {
            _ = try standIn.cases.close(c.id, outcome: .unfounded, reason: "Niets aan de hand.").value
        }
        #expect(asOther?.message.nl.contains("gaat over uzelf") == true, "\(String(describing: asOther))")
        _ = try board.cases.close(c.id, outcome: .unfounded, reason: "Onderzocht: geen foto van een leerling.").value
    }

    @Test(arguments: Backend.all)
    func theBoardAddsASchoolWithItsDirectorAndNoOneElseDoes(_ backend: Backend) throws {
        let (storage, clock, board, es) = try boardWithTwoSchools(backend)
        #expect(es.name == "CBS De Es" && es.town == "Zwolle" && es.sector == .po && es.denomination == .bijzonder)
        #expect(try board.directory.schools().map(\.name).sorted() == ["CBS De Es", "OBS De Linde"])

        // Its director works at it alone, under their own name, and adds its people.
        let director = try CasusService.session(
            storage: storage, account: "dir_es", profiles: Fixtures.profiles, clock: clock.clock)
        #expect(director.actor.role == .director && director.actor.displayName == "Bo Dijk")
        #expect(try director.directory.schools().map(\.id) == [es.id])
        let pupil = try director.directory.addPerson(
            Person(schoolID: es.id, kind: .pupil, firstName: "Lot", lastName: "Visser", group: "5")
        ).value
        #expect(pupil.schoolID == es.id)
        // Another school's id is refused, not ignored (the pupil was put in the director's own
        // school without a word, a review).
        let elsewhere = refusal {
            _ = try director.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: "Kees", lastName: "X", group: "5")
            ).value
        }
        #expect(elsewhere?.message.nl.contains("uw eigen school") == true, "\(String(describing: elsewhere))")
        #expect(try director.directory.people(text: "Kees").isEmpty)

        // Refused, nothing saved: a director adding a school, a name or account already there, an
        // unknown protocol, an account no login can have.
        func refusal(_ body: () throws -> Void) -> CasusError? {
            do {
                try body()
                return nil
            } catch let e as CasusError { return e } catch { return nil }
        }
        let byDirector = refusal {
            _ = try director.directory.addSchool(
                name: "OBS Het Anker", protocolID: "jozefschool", director: "dir_anker", directorName: ("A", "", "B"))
        }
        #expect(byDirector?.kind == .refused && byDirector?.message.nl.contains("alleen het bestuur") == true)
        #expect(
            refusal {
                _ = try board.directory.addSchool(
                    name: "CBS De Es", protocolID: "jozefschool", director: "dir_es2", directorName: ("A", "", "B"))
            }?.message.nl.contains("bestaat al") == true)
        // A name that reads the same (found by a review): capitals, two spaces, a no-break space.
        for lookalike in ["cbs de es", "CBS  De Es", "CBS\u{A0}De Es", " CBS De Es\u{200B}"] {
            #expect(
                refusal {
                    _ = try board.directory.addSchool(
                        name: lookalike, protocolID: "jozefschool", director: "dir_x", directorName: ("A", "", "B"))
                }?.message.nl.contains("school 'CBS De Es' bestaat al") == true, "\(lookalike)")
        }
        #expect(
            refusal {
                _ = try board.directory.addSchool(
                    name: "OBS Het Anker", protocolID: "jozefschool", director: "dir_es", directorName: ("A", "", "B"))
            }?.message.nl.contains("account 'dir_es' bestaat al") == true)
        #expect(
            refusal {
                _ = try board.directory.addSchool(
                    name: "OBS Het Anker", protocolID: "bogus", director: "dir_anker", directorName: ("A", "", "B"))
            } != nil)
        #expect(
            refusal {
                _ = try board.directory.addSchool(
                    name: "OBS Het Anker", protocolID: "jozefschool", director: "Dir Anker",
                    directorName: ("A", "", "B"))
            }?.kind == .invalid)
        #expect(try board.directory.schools().count == 2)
        #expect(try board.integrity.verify().isSound)
    }
}
