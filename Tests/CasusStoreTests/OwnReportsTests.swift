import CasusCore
import CasusDemo
import CasusTestSupport
import Foundation
import Testing

/// "Mijn meldingen": a teacher follows the reports it filed, with where each stands, on every
/// backend; it sees nothing of the queue or of anyone else's reports.
@Suite struct OwnReportsTests {
    /// The demo school on the backend with a second teacher (meester_bas): a session of an
    /// account, the director's, and a pupil to report about.
    func school(_ backend: Backend) throws -> ((String) throws -> CasusService, CasusService, Person) {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-18")
        _ = try DemoSchool.populate(
            storage: storage, protocolID: "koe-troubadour", account: "tester", profiles: Fixtures.profiles,
            clock: clock.clock)
        // The closure keeps the scratch folder (a file database's) for as long as the test uses it.
        let session = { (account: String) throws -> CasusService in
            withExtendedLifetime(scratch) {}
            return try CasusService.session(
                storage: storage, account: account, profiles: Fixtures.profiles, clock: clock.clock)
        }
        let director = try session("tester")
        _ = try director.directory.addUser(account: "meester_bas", role: .teacher, personID: nil)
        return (session, director, try #require(try director.directory.people(kinds: [.pupil], limit: 1).first))
    }

    /// A teacher naming a parent's number: not "bestaat niet" (false, a review), but what the
    /// roster holds and how a report about a parent is made; nothing is saved.
    @Test(arguments: Backend.all)
    func aTeacherNamingAParentIsToldWhatTheRosterHolds(_ backend: Backend) throws {
        let (session, director, _) = try school(backend)
        let parent = try #require(try director.directory.people(kinds: [.parent], limit: 1).first)
        let teacher = try session(DemoSchool.teacherAccount)
        let before = try teacher.intake.ownCount()
        let e = refusal {
            _ = try teacher.intake.report(summary: "Opname gedeeld", platform: "Facebook", subjects: [parent.id]).value
        }
        #expect(e?.message.nl.contains("staat niet in de namenlijst") == true, "\(e?.message.nl ?? "")")
        #expect(e?.message.nl.contains("bestaat niet") == false)
        #expect(e?.hint?.nl.contains("noem dan het kind") == true)
        #expect(try teacher.intake.ownCount() == before)
    }

    /// A pupil who left is not on a teacher's roster, and a teacher's report naming one is refused
    /// saying what to do; one who leaves at the year's end still is; the director is offered both
    /// (a report about what happened before a pupil left). A teacher was offered every pupil who
    /// ever left, until their dossiers were purged (a review). On a server the rule is the
    /// server's, by the teacher's own login (PostgresRoleTests): here every account shares one.
    @Test(arguments: [Backend.sqliteMemory, .sqliteFile])
    func aPupilWhoLeftIsNotOnATeachersRoster(_ backend: Backend) throws {
        let (session, director, _) = try school(backend)
        let gone = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Wessel", lastName: "Vertrokken", group: "7")
        ).value
        let leaving = try director.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Wouter", lastName: "Vertrokken", group: "8")
        ).value
        // Days well before and after both the test's clock and a server's own date.
        _ = try director.directory.setLeft(gone.id, on: LocalDate(iso: "2025-07-11")!)
        _ = try director.directory.setLeft(leaving.id, on: LocalDate(iso: "2027-07-09")!)
        let teacher = try session(DemoSchool.teacherAccount)
        #expect(try teacher.directory.roster("vertrokken").map(\.id) == [leaving.id])
        #expect(Set(try director.directory.roster("vertrokken").map(\.id)) == [gone.id, leaving.id])
        let before = try teacher.intake.ownCount()
        let e = refusal {
            _ = try teacher.intake.report(summary: "Opname gedeeld", platform: "TikTok", subjects: [gone.id]).value
        }
        #expect(e?.message.nl.contains("staat niet in de namenlijst") == true, "\(e?.message.nl ?? "")")
        #expect(e?.hint?.nl.contains("Is de leerling vertrokken") == true)
        #expect(try teacher.intake.ownCount() == before)
        _ = try teacher.intake.report(summary: "Opname gedeeld", platform: "TikTok", subjects: [leaving.id])
        #expect(try teacher.intake.ownCount() == before + 1)
    }

    @Test(arguments: Backend.all)
    func aTeacherFollowsItsOwnReportsAndNothingElse(_ backend: Backend) throws {
        let (session, director, pupil) = try school(backend)
        let teacher = try session(DemoSchool.teacherAccount)
        let before = try teacher.intake.ownCount()
        let filed = try teacher.intake.report(
            summary: "Filmpje van de gymles op TikTok", platform: "TikTok", subjects: [pupil.id]
        ).value
        let other = try session("meester_bas")
        _ = try other.intake.report(summary: "Nepaccount van een collega", platform: "Instagram", subjects: [pupil.id])

        var own = try teacher.intake.ownRows(offset: 0, limit: 1000)
        let counted = try teacher.intake.ownCount()
        #expect(own.count == before + 1 && counted == own.count)
        #expect(own.last?.id == filed.id && own.last?.status == .new)
        #expect(!own.contains { $0.summary.contains("Nepaccount") })
        // The queue stays the director's.
        #expect(try teacher.intake.rows(status: nil, offset: 0, limit: 10).isEmpty)
        #expect(try teacher.intake.count(status: nil) == 0)

        // The director dismisses it; the teacher sees where it stands.
        try director.intake.dismiss(filed.id, reason: "Buiten schooltijd en buiten de klas")
        own = try teacher.intake.ownRows(offset: 0, limit: 1000)
        #expect(own.first { $0.id == filed.id }?.status == .dismissed)
        #expect(try other.intake.ownRows(offset: 0, limit: 10).map(\.summary) == ["Nepaccount van een collega"])
        // Whom a teacher may name: found by name, names and group only, at its own school.
        let named = try teacher.directory.roster(String(pupil.lastName.prefix(4)))
        #expect(named.contains { $0.id == pupil.id && $0.name == pupil.name && $0.group == pupil.group })
        #expect(named.allSatisfy { $0.birthDate == nil && $0.externalID == nil && $0.kind != .parent })
        #expect(named.allSatisfy { $0.schoolID == pupil.schoolID })
        #expect(throws: CasusError.self) { try session(DemoSchool.ibAccount).directory.roster("a") }
        // An IB files no reports, so has none to follow.
        #expect(try session(DemoSchool.ibAccount).intake.ownRows(offset: 0, limit: 10).isEmpty)
    }

    /// A report taken into cases is "afgehandeld" once every case it led to is closed, for the
    /// teacher who filed it and in the queue: it read "in behandeling" for good after the last case
    /// closed. One case of two still open keeps it in progress; how a case ended is not told.
    @Test(arguments: Backend.all)
    func aReportIsSettledWhenEveryCaseItLedToIsClosed(_ backend: Backend) throws {
        let (session, director, _) = try school(backend)
        let pupils = try director.directory.people(kinds: [.pupil], limit: 2)
        let teacher = try session(DemoSchool.teacherAccount)
        let filed = try teacher.intake.report(
            summary: "Meme over de juf in de klassenapp", platform: "WhatsApp", subjects: pupils.map(\.id)
        ).value
        func standing() throws -> [ReportStanding] {
            [
                try #require(try teacher.intake.ownRows(offset: 0, limit: 1000).first { $0.id == filed.id }).standing,
                try teacher.intake.incident(filed.id).0.standing,
                try #require(try director.intake.rows(status: nil, offset: 0, limit: 1000).first { $0.id == filed.id })
                    .standing,
                try director.intake.incident(filed.id).0.standing,
            ]
        }
        #expect(try standing() == Array(repeating: .new, count: 4))
        let cases = try director.cases.triage(
            incident: filed.id, subjects: pupils.map(\.id), articles: ["3A.2"], severity: .medium, flags: CaseFlags()
        ).value
        #expect(cases.count == 2)
        #expect(try standing() == Array(repeating: .inProgress, count: 4))
        _ = try director.cases.close(cases[0].id, outcome: .founded, reason: "Gesprek gevoerd.")
        #expect(try standing() == Array(repeating: .inProgress, count: 4))
        _ = try director.cases.close(cases[1].id, outcome: .unfounded, reason: "Niet betrokken.")
        #expect(try standing() == Array(repeating: .settled, count: 4))
        #expect(ReportStanding.settled.label.nl == "afgehandeld")
        // A subject the report names that has no case was never judged: the report is not
        // settled when the one case it led to closes (a review).
        let both = try teacher.intake.report(
            summary: "Nepaccount van de juf", platform: "Instagram", subjects: pupils.map(\.id)
        ).value
        let one = try director.cases.triage(
            incident: both.id, subjects: [pupils[0].id], articles: ["3A.2"], severity: .medium, flags: CaseFlags()
        ).value
        _ = try director.cases.close(one[0].id, outcome: .founded, reason: "Gesprek gevoerd.")
        #expect(try teacher.intake.incident(both.id).0.standing == .inProgress)
        #expect(try director.intake.incident(both.id).0.standing == .inProgress)
        // The list's filter is the report's own status: a settled report is among the triaged.
        #expect(try director.intake.rows(status: .triaged, offset: 0, limit: 1000).contains { $0.id == filed.id })
    }

    /// A teacher opens a report it filed (`incident show`, Enter under Mijn meldingen): what it
    /// wrote, who it named, where it stands and, once dismissed, why; another teacher's report, and
    /// every report for an IB, reads as not existing. It was refused for its own report too.
    @Test(arguments: Backend.all)
    func aTeacherReadsBackItsOwnReportOnly(_ backend: Backend) throws {
        let (session, director, pupil) = try school(backend)
        let teacher = try session(DemoSchool.teacherAccount)
        let filed = try teacher.intake.report(
            summary: "Filmpje van de gymles op TikTok", platform: "TikTok", subjects: [pupil.id]
        ).value
        let (read, involved) = try teacher.intake.incident(filed.id)
        #expect(read.summary == "Filmpje van de gymles op TikTok" && read.status == .new)
        #expect(involved.map(\.person.id) == [pupil.id])
        // Its people as the roster gives them: no birth date, number or address (as on the server).
        #expect(involved.allSatisfy { $0.person.birthDate == nil && $0.person.externalID == nil })
        #expect(involved.allSatisfy { $0.person.address == PostalAddress() })
        #expect(read.reportedBy == DemoSchool.teacherAccount)

        try director.intake.dismiss(filed.id, reason: "Buiten schooltijd")
        let dismissed = try teacher.intake.incident(filed.id).0
        #expect(dismissed.status == .dismissed && dismissed.dismissedReason == "Buiten schooltijd")

        let other = try session("meester_bas")
        for reader in [other, try session(DemoSchool.ibAccount)] {
            #expect(throws: CasusError.self) { try reader.intake.incident(filed.id) }
        }
        // A report in the queue the teacher did not file stays out of reach as well.
        let queued = try #require(try director.intake.rows(status: .new, offset: 0, limit: 1).first)
        #expect(throws: CasusError.self) { try teacher.intake.incident(queued.id) }
    }

    /// A teacher files reports and reads back its own, nothing else (DESIGN.md §4): no pupil's,
    /// parent's or colleague's record (birth date, number, address), only its own. The names a
    /// report needs come from the roster. It read every person of its school.
    @Test(arguments: Backend.all)
    func aTeacherReadsNoOnesRecordButItsOwn(_ backend: Backend) throws {
        let (session, director, pupil) = try school(backend)
        let parent = try director.directory.addPerson(
            Person(
                schoolID: pupil.schoolID, kind: .parent, firstName: "Ineke", lastName: "Smit",
                address: PostalAddress(street: "Kerkstraat 12", postcode: "8011 AB", town: "Zwolle")),
            guardianOf: pupil.id
        ).value
        let colleague = try #require(try director.directory.people(kinds: [.staff], limit: 50).first)
        let teacher = try session(DemoSchool.teacherAccount)
        for other in [pupil, parent, colleague] where other.id != teacher.actor.user.personID {
            #expect(throws: CasusError.self, "\(other.kind) \(other.id)") { try teacher.directory.person(other.id) }
        }
        #expect(try teacher.directory.people(limit: 1000).isEmpty)
        let own = try #require(teacher.actor.user.personID)
        #expect(try teacher.directory.person(own).id == own)
        // The director and the IB read them as before.
        #expect(try director.directory.person(parent.id).address.town == "Zwolle")
        #expect(try session(DemoSchool.ibAccount).directory.person(parent.id).id == parent.id)
    }
}

extension OwnReportsTests {
    /// A case the role may not see and a case that is not there read the same, in the words they
    /// were asked by: a staff case was named to the IB by its row id ("zaak 4 bestaat niet"),
    /// where a number nobody has was echoed ("zaak 2026-0099 bestaat niet").
    @Test(arguments: Backend.all)
    func aHiddenCaseReadsAsACaseThatIsNotThere(_ backend: Backend) throws {
        let (session, director, _) = try school(backend)
        let staffCase = try #require(
            try director.cases.rows(CaseFilter(), offset: 0, limit: 1000).first { $0.staffDossier })
        let ib = try session(DemoSchool.ibAccount)
        let teacher = try session(DemoSchool.teacherAccount)
        for who in [ib, teacher] {
            for ref in [staffCase.number, "2026-0999"] {
                let error = try #require(refusal { _ = try who.cases.resolve(ref) })
                #expect(error.kind == .notFound)
                #expect(
                    error.message.nl == "zaak \(ref) bestaat niet (of u mag hem niet zien)", "\(error.message.nl)")
                // Where to go, as the role can: a teacher was sent to `casus case list` (a review).
                #expect(
                    error.hint?.nl.contains(who === teacher ? "casus incident list" : "casus case list") == true,
                    "\(String(describing: error.hint))")
            }
        }
    }
}
