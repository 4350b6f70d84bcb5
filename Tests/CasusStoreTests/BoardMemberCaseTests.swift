import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A member of the board is not walked up the ladder by the school they govern, nor decides on a
/// case about themself (a review of a board's server: a director opened a case against the
/// bestuurder and wrote a voornemen "namens het bevoegd gezag" to them; the bestuurder then
/// reclassified it as light and wrote in it). The raad van toezicht decides (WPO art. 17c lid 3).
@Suite struct BoardMemberCaseTests {
    let scratch = Scratch("board-member")

    /// A board (Bert Bestuur, the account `bestuur`, his own person `me`) of OBS De Linde, whose
    /// director is `dir_linde`.
    func boardOfLinde(_ backend: Backend) throws -> (storage: any CasusStorage, board: CasusService, me: PersonID) {
        let storage = try backend.make(in: scratch)
        let board = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: "bestuur",
            director: ("Bert", "", "Bestuur"), role: .board, profiles: Fixtures.profiles)
        let me = try #require(try board.directory.users().first { $0.account == "bestuur" }?.personID)
        try board.directory.addUser(account: "dir_linde", role: .director, personID: nil, schoolID: 1)
        return (storage, board, me)
    }

    @Test(arguments: Backend.all)
    func noCaseAboutAMemberOfTheBoard(_ backend: Backend) throws {
        let (storage, board, me) = try boardOfLinde(backend)
        let director = try CasusService.session(storage: storage, account: "dir_linde", profiles: Fixtures.profiles)
        let report = try director.intake.report(
            summary: "De bestuurder deelde een foto van een leerling.", platform: "LinkedIn", subjects: [me]
        ).value
        let byTheDirector = refusal {
            _ = try director.cases.open(incident: report.id, subject: me, articles: ["A.5"], severity: nil).value
        }
        #expect(
            byTheDirector?.message.nl.contains("is lid van het bestuur") == true, "\(String(describing: byTheDirector))"
        )
        #expect(byTheDirector?.message.nl.contains("WPO art. 17c lid 3") == true)
        // Nor buried by the director: dismissing it was accepted (a review of a board's server).
        let buried = refusal { _ = try director.intake.dismiss(report.id, reason: "Geen overtreding.").value }
        #expect(buried?.message.nl.contains("is lid van het bestuur") == true, "\(String(describing: buried))")
        #expect(try director.intake.incident(report.id).0.status == .new)
        let byHimself = refusal {
            _ = try board.cases.open(incident: report.id, subject: me, articles: ["A.5"], severity: nil).value
        }
        // A report about himself is not in his queue, nor his to read (ReportAboutTheReaderTests).
        #expect(byHimself?.message.nl.contains("bestaat niet") == true, "\(String(describing: byHimself))")
        #expect(try board.cases.rows(CaseFilter(), offset: 0, limit: 10).isEmpty)
        // A case opened before its subject joined the board goes no further (it went on to a
        // voornemen, a review).
        let tom = try board.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Tom", lastName: "Leraar", function: "leerkracht")
        ).value
        let about = try director.intake.report(summary: "Tom deelde iets.", platform: nil, subjects: [tom.id]).value
        let c = try director.cases.open(incident: about.id, subject: tom.id, articles: ["A.5"], severity: nil).value
        try board.directory.addUser(account: "tom_bestuur", role: .board, personID: tom.id)
        let stepped = refusal { try director.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value }
        #expect(stepped?.message.nl.contains("is lid van het bestuur") == true, "\(String(describing: stepped))")
    }

    /// Nor is their record kept by a school's director, who answers to them: a director wrote a
    /// complaint into the bestuurder's dossier, marked them gone, changed their address and exported
    /// the dossier (a review). The board keeps it; on a server, the server refuses it too.
    @Test(arguments: Backend.all)
    func aSchoolsDirectorKeepsNoRecordOfTheBoard(_ backend: Backend) throws {
        let (storage, board, me) = try boardOfLinde(backend)
        // A board of two schools: the director's client does not see the board's accounts there,
        // and exported the bestuurder's dossier (a review); the server refuses it.
        _ = try board.directory.addSchool(
            name: "CBS De Es", protocolID: "jozefschool", director: "dir_es", directorName: ("Bo", "", "Visser"))
        let director = try CasusService.session(storage: storage, account: "dir_linde", profiles: Fixtures.profiles)
        let refusals = [
            refusal {
                _ = try director.dossiers.addEntry(person: me, kind: .note, title: nil, body: "Klacht over gedrag.")
                    .value
            },
            refusal { _ = try director.directory.setLeft(me, on: director.session.today).value },
            refusal { _ = try director.directory.setAddress(me, street: "Bestuurstraat 9").value },
            refusal { _ = try director.dossiers.export(me, format: .md) },
            refusal { _ = try director.directory.addUser(account: "lk_bert", role: .teacher, personID: me).value },
        ]
        for r in refusals {
            #expect(r?.message.nl.contains("bestuur") == true, "\(String(describing: r))")
            #expect(r?.message.nl.contains("WPO art. 17c lid 3") == true, "\(String(describing: r))")
        }
        #expect(try board.directory.person(me).leftOn == nil)
        // The board keeps it.
        _ = try board.directory.setAddress(me, street: "Bestuurstraat 9").value
        #expect(try board.directory.person(me).address.street == "Bestuurstraat 9")
    }
}

/// A study day added inside a decided suspension changed what the decision meant with no word
/// (a review): the director is told which suspensions it falls in; the decision stays as taken.
@Suite struct ClosureInSuspensionTests {
    @Test func aClosureInsideADecidedSuspensionNamesIt() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Noah", "Vos", group: "6", parent: "Rik Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")).value
        school.clock.set("2026-11-16", hour: 11)
        let step = try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2))
            .value.step
        let from = try #require(step.startDate)
        let through = try #require(step.endDate)
        #expect(
            try school.service.directory.suspensions(during: through.adding(days: 1), through: through.adding(days: 1))
                .isEmpty)
        try school.service.directory.addClosure(from: through, through: through, reason: "Studiedag", kind: .studyDay)
        let named = try school.service.directory.suspensions(during: through, through: through)
        #expect(named.map(\.caseNumber) == [c.number], "\(named)")
        #expect(named.first?.from == from && named.first?.through == through)
        // The decision stays as it was taken.
        #expect(try school.service.cases.detail(c.id).steps.last?.endDate == through)
        // The same day again, or a day within it, is not added a second time (a review).
        let again = refusal {
            _ = try school.service.directory.addClosure(
                from: through, through: through, reason: "Studiedag", kind: .studyDay
            ).value
        }
        #expect(again?.message.nl.contains("valt al binnen ‘Studiedag’") == true, "\(String(describing: again))")
    }
}

/// The Inspectie's notice of a suspension (WPO art. 40c lid 3) and B&W's of a removal
/// (Leerplichtwet art. 18 lid 1) were ticked bare: a lawyer asking when and how found only "Gedaan"
/// (a review). They are done with the case's entry that shows them given.
@Suite struct NoticeRecordTests {
    @Test func aNoticeToTheInspectieIsDoneWithWhatShowsItGiven() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Noah", "Vos", group: "6", parent: "Rik Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
        let before = try school.service.cases.addEntry(c.id, kind: .note, body: "Eerste gesprek.").value
        school.clock.set("2026-11-16", hour: 11)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")).value
        school.clock.set("2026-11-16", hour: 12)
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        let kind = ObligationKind.inspectieSuspension.rawValue
        #expect(try school.obligations(c).contains { $0.kind == .inspectieSuspension && !$0.isDone })
        let bare = refusal { try school.service.cases.markDone(c.id, obligation: kind).value }
        #expect(bare?.message.nl.contains("niet zonder stuk") == true, "\(String(describing: bare))")
        #expect(bare?.hint?.nl.contains("--entry STUK") == true)
        let early = refusal { try school.service.cases.markDone(c.id, obligation: kind, entry: before.id).value }
        #expect(early?.message.nl.contains("vóór wat het meldt") == true, "\(String(describing: early))")
        // Not with what cannot show it: a meeting's note, or the letter of another duty.
        school.clock.set("2026-11-16", hour: 13)
        let meeting = try school.heard(c, [.parents], "Gesprek met de ouders over de schorsing.")
        let letter = try #require(try school.service.fileDrafts(c, "schorsingsbesluit").first)
        // Nor a notice letter not sent: the duty was ticked on a draft (a review).
        let unsent = try #require(try school.service.fileDrafts(c, "melding-inspectie").first)
        func refusedWith(_ wrong: EntryID) {
            let refused = refusal { try school.service.cases.markDone(c.id, obligation: kind, entry: wrong).value }
            #expect(
                refused?.message.nl.contains("laat niet zien dat de Inspectie is ingelicht") == true,
                "\(String(describing: refused))")
        }
        // The parents' letter, unsent and sent (its duty points at it only once sent, a review).
        for wrong in [meeting.id, letter.id, unsent.id] { refusedWith(wrong) }
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-16"), via: .hand, library: Fixtures.letters
        ).value
        refusedWith(letter.id)
        school.clock.set("2026-11-16", hour: 14)
        // Nor a phone note: the notice goes "schriftelijk" (the father's call was ticked as it, a review).
        let call = try school.service.cases.addEntry(c.id, kind: .phone, body: "Vader gebeld over de schorsing.").value
        let phone = refusal { try school.service.cases.markDone(c.id, obligation: kind, entry: call.id).value }
        #expect(
            phone?.message.nl.contains("is een telefoonnotitie") == true
                && phone?.message.nl.contains("WPO art. 40c lid 3") == true, "\(String(describing: phone))")
        #expect(try school.obligations(c).contains { $0.kind == .inspectieSuspension && !$0.isDone })
        // A note of the e-mail that gave it (recorded as `casus note --kind email`).
        let phoned = try school.service.cases.addEntry(
            c.id, kind: .email, body: "Schorsing gemeld per e-mail aan de Inspectie (Internet Schooldossier)."
        ).value
        let done = try school.service.cases.markDone(c.id, obligation: kind, entry: phoned.id).value
        #expect(done.isDone && done.entryID == phoned.id)
    }

    /// Under the meldplicht the call to the vertrouwensinspecteur is done by its outcome (`case
    /// consult`): it was ticked bare with one key (a review).
    @Test func theVertrouwensinspecteurIsNotTickedBare() throws {
        let (school, c) = try LawWalkTests.meldplichtCase()
        let bare = refusal { try school.service.cases.markDone(c.id, obligation: "vertrouwensinspecteur").value }
        #expect(bare?.hint?.nl.contains("casus case consult") == true, "\(String(describing: bare))")
    }
}

/// A parent with a child at each of two schools of the board has a record at each (a person is of
/// one school): the board's letter to her about one child named her "een ouder van een andere
/// leerling", or was refused for naming another pupil's parent (a review of a board's server).
@Suite struct ParentAtTwoSchoolsTests {
    @Test func theBoardsLetterKeepsTheParentsNameWhereSheHasARecordAtTheOtherSchool() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16", role: .board)
        let es = try school.service.directory.addSchool(
            name: "CBS De Es", town: "Zwolle", protocolID: "jozefschool", director: "dir_es",
            directorName: ("Bo", "", "Dijk"), record: SchoolRecordChange(sector: .po, denomination: .bijzonder)
        ).value
        // The children carry their father's name; the letter greets their mother by hers.
        let (daan, _) = try school.pupil("Daan", "Bakker", group: "7")
        let sara = try school.service.directory.addPerson(
            Person(schoolID: es.id, kind: .pupil, firstName: "Sara", lastName: "Bakker", group: "4")
        ).value
        for (at, child) in [(SchoolID(1), daan.id), (es.id, sara.id)] {
            try school.service.directory.addPerson(
                Person(
                    schoolID: at, kind: .parent, firstName: "Fatima", lastName: "el Amrani", salutation: .mevrouw,
                    address: TestSchool.address), guardianOf: child
            ).value
        }
        let c = try school.openCase(about: daan, articles: ["A.5"], summary: "Foto zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        let draft = try #require(
            try school.service.letters.drafts(case: c.id, template: try Fixtures.letters.require("waarschuwing")).first)
        #expect(!draft.body.contains("ouder van een andere leerling"), "\(draft.body)")
        #expect(draft.body.contains("el Amrani"), "\(draft.body)")
        try school.service.letters.file(
            case: c.id, template: try Fixtures.letters.require("waarschuwing"), body: draft.body
        )
        .value
    }
}

/// A notice letter to the Inspectie written of a suspension, sent after a removal, ticked the
/// removal's notice too (a review): a notice letter ticks the notice of the decision it was written from.
@Suite struct NoticeLetterTests {
    @Test func aNoticeLetterOfTheSuspensionDoesNotTickTheRemovalsNotice() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16", record: SchoolRecordChange(sector: .po, denomination: .bijzonder)
        )
        let (pupil, _) = try school.pupil("Noah", "Vos", group: "6", parent: "Rik Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")).value
        school.clock.set("2026-11-16", hour: 11)
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        school.clock.set("2026-11-16", hour: 12)
        let notice = try #require(try school.service.fileDrafts(c, "melding-inspectie").first)
        school.clock.set("2026-11-17", hour: 9)
        try school.heard(c, [.teacher, .parents], "Hoorgesprek over een verwijdering.")
        school.clock.set("2026-11-17", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .removal, reason: "Ernstig.")).value
        school.clock.set("2026-11-17", hour: 11)
        _ = try school.service.letters.sent(
            entry: notice.id, on: Fixtures.date("2026-11-17"), via: .mail, library: Fixtures.letters
        ).value
        let obligations = try school.obligations(c)
        #expect(obligations.first { $0.kind == .inspectieSuspension }?.isDone == true)
        #expect(obligations.first { $0.kind == .inspectieRemoval }?.isDone == false, "\(obligations.map(\.kind))")
    }
}
