import CasusCore
import CasusStore
import Testing
import CasusTestSupport

/// A VO school's decision to suspend or remove a pupil is made known to the pupil, and to the
/// parents too while the pupil is under 18 (casus's legal layer: WVO 2020 art. 8.14 lid 2 and
/// art. 8.15; found by a legal review: the letters went to the parents alone).
@Suite struct PupilDecisionLetterTests {
    static let library = Fixtures.letters

    /// A VO (or other sector) school with a pupil, born `born`, whose parent lives at the test address.
    func school(_ sector: Sector, born: String) throws -> (TestSchool, Person, Person, Case) {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: sector, denomination: .openbaar))
        let (pupil, parent) = try school.pupil("Daan", "Vos", group: "3", parent: "Rik Vos", born: born)
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto.")).value
        try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2, urgency: "Veiligheid van de klas.")
        ).value
        return (school, pupil, parent!, c)
    }

    /// Another parent of the pupil, at an address of their own in Zwolle.
    func secondParent(_ school: TestSchool, of pupil: Person, _ first: String, _ last: String, street: String) throws {
        try school.service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: first, lastName: last,
                address: PostalAddress(street: street, postcode: "8013 AB", town: "Zwolle")),
            guardianOf: pupil.id
        ).value
    }

    func drafts(_ school: TestSchool, _ c: Case, _ template: String, to: PersonID? = nil) throws -> [Letters.Draft] {
        try school.service.letters.drafts(case: c.id, template: try Self.library.require(template), to: to)
    }

    @Test func aMinorVOPupilAndTheParentsEachGetTheSuspensionDecision() throws {
        let (school, pupil, parent, c) = try school(.vo, born: "2011-05-01")
        let letters = try drafts(school, c, "schorsingsbesluit")
        #expect(letters.map { $0.to.map(\.id) } == [[pupil.id], [parent.id]])
        let toPupil = LetterTests.words(letters[0].body)
        // Addressed to the pupil at home (the pupil has no address of their own in casus).
        #expect(letters[0].body.contains("Daan Vos\nDorpsstraat 1\n8011 AA  ZWOLLE"))
        #expect(toPupil.contains("Beste Daan,"))
        #expect(toPupil.contains("besloten je te schorsen"))
        #expect(toPupil.contains("Dit besluit gaat naar jou en, omdat je jonger bent dan 21 jaar, ook naar je ouders"))
        #expect(toPupil.contains("Tijdens de schorsing kom je niet naar school"))
        #expect(toPupil.contains("in je leerlingdossier"))
        #expect(toPupil.contains("Je bent vóór dit besluit niet gehoord"))
        #expect(!toPupil.contains("Geachte") && !toPupil.contains(" uw ") && !toPupil.contains("Daan te schorsen"))
        let toParents = LetterTests.words(letters[1].body)
        #expect(toParents.contains("Geachte R. Vos,") && toParents.contains("besloten Daan te schorsen"))
        #expect(toParents.contains("ook naar u"))
    }

    /// From 21 the pupil alone (Inrichtingsbesluit WVO art. 13 lid 2, read: "indien deze nog niet de
    /// leeftijd van 21 jaar heeft bereikt, ook aan de ouders"; casus stopped at 18).
    @Test func aVOPupilOf21AloneGetsTheDecisionUnlessTheDirectorAsksForTheParent() throws {
        let (school, pupil, parent, c) = try school(.vo, born: "2005-01-10")
        let letters = try drafts(school, c, "schorsingsbesluit")
        #expect(letters.map { $0.to.map(\.id) } == [[pupil.id]])
        let text = LetterTests.words(letters[0].body)
        #expect(text.contains("Omdat je 21 jaar of ouder bent, gaat dit besluit alleen naar jou"))
        #expect(text.contains("Ben je het niet eens met dit besluit, dan kun je binnen zes weken"))
        // The parent remains a possible addressee (a pupil who cannot act for themselves); the
        // parent's letter does not make the decision known to the pupil the law writes to.
        let asked = try drafts(school, c, "schorsingsbesluit", to: parent.id)
        #expect(asked.map { $0.to.map(\.id) } == [[parent.id]])
        let template = try Self.library.require("schorsingsbesluit")
        let filed = try school.service.letters.file(case: c.id, template: template, body: asked[0].body).value.entry
        let sent = try school.service.letters.sent(
            entry: filed.id, on: Fixtures.date("2026-11-16"), via: .post, library: Self.library
        ).value
        #expect(sent.done.isEmpty && sent.waiting.map(\.to) == [["Daan Vos"]])
    }

    /// A decision letter made on Monday and posted on Friday names the last day for an objection
    /// counted from Monday; the six weeks run from its sending (Awb art. 6:7, 6:8): `letter sent`
    /// says so, with the day. Sent the day it was made, it says nothing.
    @Test func aDecisionLetterSentAfterTheDayItWasMadeIsToldItsObjectionDay() throws {
        let (school, _, _, c) = try school(.po, born: "2015-05-01")
        let template = try Self.library.require("schorsingsbesluit")
        let body = try drafts(school, c, "schorsingsbesluit")[0].body
        let stated = StatutoryTerm.objection(madeKnown: Fixtures.date("2026-11-16"))
        #expect(LetterTests.words(body).contains("uiterlijk op \(stated.dutchLong)"))
        let late = try school.service.letters.file(case: c.id, template: template, body: body).value.entry
        school.clock.set("2026-11-20")
        let sent = try school.service.letters.sent(
            entry: late.id, on: Fixtures.date("2026-11-20"), via: .post, library: Self.library
        ).value
        let due = StatutoryTerm.objection(madeKnown: Fixtures.date("2026-11-20"))
        #expect(due > stated)
        #expect(sent.objectionDeadline?.day == due)
        let note = try #require(sent.notes.last?.nl)
        #expect(note.contains("tot en met \(due.dutchLong) (Awb art. 6:7 en 6:8)"), "\(note)")
        // Made again on the day it leaves, it names that day: nothing to say.
        let again = try drafts(school, c, "schorsingsbesluit")[0].body
        let filed = try school.service.letters.file(case: c.id, template: template, body: again, again: true).value
            .entry
        let onTime = try school.service.letters.sent(
            entry: filed.id, on: Fixtures.date("2026-11-20"), via: .post, library: Self.library
        ).value
        #expect(onTime.objectionDeadline == nil && onTime.notes.isEmpty, "\(onTime.notes)")
    }

    /// 18 to 20: of age, so written to as one who objects for themselves, and the parents still
    /// receive the decision.
    @Test func aVOPupilOf18StillHasTheParentsInformed() throws {
        let (school, pupil, parent, c) = try school(.vo, born: "2008-01-10")
        let letters = try drafts(school, c, "schorsingsbesluit")
        #expect(letters.map { $0.to.map(\.id) } == [[pupil.id], [parent.id]])
        let text = LetterTests.words(letters[0].body)
        #expect(text.contains("omdat je jonger bent dan 21 jaar, ook naar je ouders/verzorgers"))
        #expect(text.contains("Ben je het niet eens met dit besluit, dan kun je binnen zes weken"))
        #expect(text.contains("Tijdens de schorsing kom je niet naar school. Wij geven je schoolwerk mee"))
        #expect(LetterTests.words(letters[1].body).contains("jonger is dan 21 jaar, ook naar u"))
        // The parents of a pupil of age are not told the pupil stays home "onder uw toezicht" (a legal
        // review): they get the decision, not the charge of an adult.
        #expect(!letters[1].body.contains("toezicht"), "\(letters[1].body)")
        #expect(LetterTests.words(letters[1].body).contains("niet naar school. Wij geven schoolwerk mee"))
    }

    @Test func aPOSuspensionGoesToTheParentsAsBefore() throws {
        let (school, _, parent, c) = try school(.po, born: "2015-05-01")
        let letters = try drafts(school, c, "schorsingsbesluit")
        #expect(letters.map { $0.to.map(\.id) } == [[parent.id]])
        #expect(!letters[0].body.contains("Beste Daan"))
    }

    /// Special education: the removal letter names "de betrokken leraar of leraren" the act has
    /// heard (WEC art. 40 lid 18; it said "de groepsleerkracht"), and says the board consults the
    /// inspecteur before deciding on an objection (WEC art. 40 lid 21), which it left out (a legal review).
    @Test func anSORemovalLetterSaysWhoWasHeardAndThatTheInspecteurIsConsulted() throws {
        let (school, _, _, c) = try school(.so, born: "2013-05-01")
        school.clock.set("2026-11-26", hour: 9)
        try school.heard(c, [.teacher, .parents])
        school.clock.set("2026-11-26", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .removal, reason: "Ernstig.")).value
        let letter = LetterTests.words(try drafts(school, c, "verwijderingsbesluit")[0].body)
        #expect(letter.contains("zijn de betrokken leraar of leraren van Daan en u gehoord"), "\(letter)")
        #expect(!letter.contains("groepsleerkracht"))
        #expect(letter.contains("overlegt het bevoegd gezag met de inspecteur (WEC art. 40 lid 21)"), "\(letter)")
        #expect(!letter.contains("geverifieerd"))
        // The Geschillencommissie's pause is the WEC's own rule (art. 45 lid 4), not a field asking
        // the director to find "het overeenkomstige WVO 2020/WEC-artikel" (a legal review).
        #expect(letter.contains("(WEC art. 45 lid 4)") && !letter.contains("bron nagaan"), "\(letter)")
    }

    /// An SO suspension's remedy at a bijzondere school is the complaints procedure of WEC art. 23
    /// (the letter asked the director to find "wetsartikel voor vo/so", a legal review).
    @Test func anSOSuspensionLetterNamesTheWECsComplaintsProcedure() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16", record: SchoolRecordChange(sector: .so, denomination: .bijzonder)
        )
        let (pupil, _) = try school.pupil("Daan", "Vos", group: "3", parent: "Rik Vos", born: "2013-05-01")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        let letter = LetterTests.words(try drafts(school, c, "schorsingsbesluit")[0].body)
        #expect(letter.contains("WEC art. 23") && !letter.contains("bron nagaan: klachtenregeling"), "\(letter)")
    }

    @Test func aVORemovalGoesToThePupilToo() throws {
        let (school, pupil, parent, c) = try school(.vo, born: "2011-05-01")
        school.clock.set("2026-11-26", hour: 9)
        try school.heard(c, [.pupil, .parents])
        school.clock.set("2026-11-26", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .removal, reason: "Ernstig.")).value
        let letters = try drafts(school, c, "verwijderingsbesluit")
        #expect(letters.map { $0.to.map(\.id) } == [[pupil.id], [parent.id]])
        let toPupil = LetterTests.words(letters[0].body)
        #expect(toPupil.contains("Beste Daan,") && toPupil.contains("besloten je van school te verwijderen"))
        #expect(toPupil.contains("Je bent gehoord op") && !toPupil.contains("Geachte"))
        #expect(!toPupil.contains("Bent u") && !toPupil.contains(" uw "))
        let toParents = LetterTests.words(letters[1].body)
        #expect(
            toParents.contains("besloten Daan van school te verwijderen") && toParents.contains("U bent gehoord op"))
    }

    /// Only a decision goes to the pupil: a warning or an invitation still goes to the parents.
    @Test func otherLettersStillGoToTheParents() throws {
        let (school, _, parent, c) = try school(.vo, born: "2011-05-01")
        for template in ["waarschuwing", "uitnodiging-gesprek"] {
            #expect(try drafts(school, c, template).map { $0.to.map(\.id) } == [[parent.id]], "\(template)")
        }
    }

    /// Parents at two addresses: casus cannot know where the pupil lives, and asks (it took the
    /// first parent's, found by a review).
    @Test func parentsApartLeaveThePupilsAddressToBeGiven() throws {
        let (school, pupil, _, c) = try school(.vo, born: "2011-05-01")
        try secondParent(school, of: pupil, "Mila", "de Boer", street: "Kerkweg 9")
        let letters = try drafts(school, c, "schorsingsbesluit")
        #expect(letters.count == 3)
        #expect(letters[0].body.contains("Daan Vos\n[adres ontbreekt: casus people edit \(pupil.id) --street"))
        #expect(!letters[0].body.contains("Kerkweg 9"))
    }

    /// The pupil's own address, when casus has one, is where the pupil's letter goes.
    @Test func aPupilsOwnAddressIsUsed() throws {
        let (school, pupil, _, c) = try school(.vo, born: "2008-01-10")
        try school.service.directory.setAddress(
            pupil.id, street: "Stationsweg 4b", postcode: "8012 CD", town: "Zwolle"
        ).value
        let letters = try drafts(school, c, "schorsingsbesluit")
        #expect(letters[0].body.contains("Daan Vos\nStationsweg 4b\n8012 CD  ZWOLLE"))
    }

    /// The decision is made known when each of its letters is sent: the pupil's alone did not tick
    /// it, and the Inspectie is told who was informed, on the day the last letter went.
    @Test func theDecisionIsDoneWhenEveryLetterIsSent() throws {
        let (school, _, _, c) = try school(.vo, born: "2011-05-01")
        let template = try Self.library.require("schorsingsbesluit")
        let filed = try drafts(school, c, "schorsingsbesluit").map {
            try school.service.letters.file(case: c.id, template: template, body: $0.body).value.entry
        }
        func decision() throws -> Obligation? {
            try school.obligations(c).first { $0.kind == .suspensionDecision }
        }
        school.clock.set("2026-11-17", hour: 9)
        let first = try school.service.letters.sent(
            entry: filed[0].id, on: Fixtures.date("2026-11-16"), via: .hand, library: Self.library
        ).value
        #expect(first.done.isEmpty && first.waiting.map(\.to) == [["R. Vos"]])
        #expect(first.waitingLines.first?.nl.contains("als verzonden vastgelegd aan: R. Vos") == true)
        #expect(try decision()?.isDone == false)
        // A second copy to the pupil is not the parents' letter (found by a review: letters were counted).
        let copy = try drafts(school, c, "schorsingsbesluit", to: filed[0].dossierID)
        let again = try school.service.letters.file(case: c.id, template: template, body: copy[0].body, again: true)
            .value.entry
        let twice = try school.service.letters.sent(
            entry: again.id, on: Fixtures.date("2026-11-17"), via: .hand, library: Self.library
        ).value
        #expect(twice.done.isEmpty && twice.waiting.map(\.to) == [["R. Vos"]])
        let inspectie = try Self.library.require("melding-inspectie")
        #expect(try school.service.letters.draft(case: c.id, template: inspectie).contains("Nog niet elke brief"))
        let second = try school.service.letters.sent(
            entry: filed[1].id, on: Fixtures.date("2026-11-17"), via: .post, library: Self.library
        ).value
        #expect(second.done.map(\.kind) == [.suspensionDecision] && second.waiting.isEmpty)
        let told = LetterTests.words(try school.service.letters.draft(case: c.id, template: inspectie))
        #expect(told.contains("De leerling en de ouders/verzorgers zijn op 17 november 2026 schriftelijk"), "\(told)")
    }

    /// The parents' six weeks run from the day after the decision is made known, its letter sent
    /// (Awb art. 6:7, 6:8), and past a holiday and a weekend (Algemene termijnenwet art. 1): the case
    /// kept the decision's day, and a window ending on New Year's Day ended there.
    @Test func theObjectionWindowRunsFromTheSendingPastHolidays() throws {
        let (school, _, _, c) = try school(.po, born: "2015-05-01")
        let template = try Self.library.require("schorsingsbesluit")
        let window = { try school.obligations(c).first { $0.kind == .objectionWindow } }
        #expect(try window()?.due == Fixtures.date("2026-12-28"))  // 16-11 + 42 = 28-12, a Monday
        let body = try drafts(school, c, "schorsingsbesluit")[0].body
        let filed = try school.service.letters.file(case: c.id, template: template, body: body).value.entry
        school.clock.set("2026-11-21", hour: 9)
        try school.service.letters.sent(
            entry: filed.id, on: Fixtures.date("2026-11-20"), via: .post, library: Self.library
        ).value
        // 20-11 + 42 = Friday 1 January 2027 (Nieuwjaarsdag), then a weekend: Monday 4 January.
        #expect(try window()?.due == Fixtures.date("2027-01-04"))
        // A letter made on that day says the same.
        school.clock.set("2026-11-20", hour: 9)
        #expect(
            LetterTests.words(try drafts(school, c, "schorsingsbesluit")[0].body).contains(
                "uiterlijk op 4 januari 2027"))
    }

    /// Ticked by hand after the pupil's letter alone: the Inspectie is told the pupil was informed,
    /// not the parents (a review); and the report to the Inspectie is one text, not one per address.
    @Test func theInspectieHearsWhoALetterReached() throws {
        let (school, _, _, c) = try school(.vo, born: "2011-05-01")
        let template = try Self.library.require("schorsingsbesluit")
        let letters = try drafts(school, c, "schorsingsbesluit")
        let toPupil = try school.service.letters.file(case: c.id, template: template, body: letters[0].body).value.entry
        try school.service.letters.sent(
            entry: toPupil.id, on: Fixtures.date("2026-11-16"), via: .hand, library: Self.library
        ).value
        try school.service.cases.markDone(
            c.id, obligation: "suspension-decision", entry: toPupil.id, letters: Fixtures.letters
        ).value
        let inspectie = try drafts(school, c, "melding-inspectie")
        #expect(inspectie.count == 1)
        let told = LetterTests.words(inspectie[0].body)
        #expect(told.contains("De leerling is op 16 november 2026 schriftelijk"), "\(told)")
        #expect(!told.contains("ouders/verzorgers zijn op"))
    }

    /// A child removed for what a parent did: the child's removal, so the child (in VO) and each
    /// parents' address get the decision, not the parent alone (found by a review).
    @Test func aChildsRemovalForAParentsConductGoesToThePupilAndBothParents() throws {
        let (school, pupil, parent, _) = try school(.vo, born: "2011-05-01")
        let c = try school.openCase(about: parent, articles: ["A.7"], summary: "Ouder bedreigt een docent.")
        school.clock.set("2026-11-19", hour: 10)
        try school.service.cases.hearingDeclined(
            c.id, party: .parents, invited: Fixtures.date("2026-11-16"), on: Fixtures.date("2026-11-19"),
            note: "Niet gekomen."
        ).value
        try school.service.cases.hearingDeclined(
            c.id, party: .pupil, invited: Fixtures.date("2026-11-16"), on: Fixtures.date("2026-11-19"),
            note: "Niet gekomen."
        ).value
        school.clock.set("2026-11-19", hour: 11)
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Bedreiging.", justification: "De relatie is onherstelbaar.")
        ).value
        let letters = try drafts(school, c, "verwijderingsbesluit")
        #expect(letters.map { $0.to.map(\.id) } == [[pupil.id], [parent.id]])
        let toPupil = LetterTests.words(letters[0].body)
        #expect(toPupil.contains("Beste Daan,") && toPupil.contains("niet vanwege jouw gedrag"), "\(toPupil)")
    }

    /// The decision is made known by its last letter, whatever order the sendings are recorded in:
    /// the case's window and the Inspectie's day follow that one (found by a review).
    @Test func theObjectionWindowRunsFromTheLastLetterSent() throws {
        let (school, _, _, c) = try school(.vo, born: "2011-05-01")
        let template = try Self.library.require("schorsingsbesluit")
        let filed = try drafts(school, c, "schorsingsbesluit").map {
            try school.service.letters.file(case: c.id, template: template, body: $0.body).value.entry
        }
        school.clock.set("2026-11-25", hour: 9)
        for (entry, day) in [(filed[1], "2026-11-20"), (filed[0], "2026-11-18")] {
            try school.service.letters.sent(entry: entry.id, on: Fixtures.date(day), via: .post, library: Self.library)
                .value
        }
        // 20-11 + 42 = 1 January 2027, Nieuwjaarsdag, then a weekend: Monday 4 January.
        #expect(try school.obligations(c).first { $0.kind == .objectionWindow }?.due == Fixtures.date("2027-01-04"))
        let told = LetterTests.words(try drafts(school, c, "melding-inspectie")[0].body)
        #expect(told.contains("zijn op 20 november 2026 schriftelijk"), "\(told)")
        #expect(told.contains("Geboortedatum: 1 mei 2011"))
    }

    /// Without a date of birth casus cannot know who gets a VO decision: the letter says so and
    /// cannot be filed until it is recorded (it said "jonger dan 21" of a pupil of unknown age).
    @Test func aVODecisionWaitsForTheDateOfBirth() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16", record: SchoolRecordChange(sector: .vo, denomination: .bijzonder)
        )
        let (pupil, _) = try school.pupil("Daan", "Vos", group: "3B", parent: "Rik Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "r")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        let letters = try drafts(school, c, "schorsingsbesluit")
        #expect(LetterTests.words(letters[0].body).contains("casus people edit \(pupil.id) --born JJJJ-MM-DD"))
        #expect(throws: CasusError.self) {
            try Letters.checkFilable(letters[0].body, template: Fixtures.letters.require("schorsingsbesluit"))
        }
    }

    /// Two parents of one name living apart are two addressees: a letter counts for the one whose
    /// street its block names, and for one addressee only (found by a review).
    @Test func parentsOfOneNameLivingApartEachNeedTheirLetter() throws {
        let (school, pupil, _, c) = try school(.vo, born: "2011-05-01")
        try secondParent(school, of: pupil, "Rob", "Vos", street: "Kerkweg 5")
        try school.service.directory.setAddress(
            pupil.id, street: "Stationsweg 4b", postcode: "8012 CD", town: "Zwolle"
        ).value
        let template = try Self.library.require("schorsingsbesluit")
        let filed = try drafts(school, c, "schorsingsbesluit").map {
            try school.service.letters.file(case: c.id, template: template, body: $0.body).value.entry
        }
        #expect(filed.count == 3)
        var last: Letters.Sent?
        for entry in filed.prefix(2) {
            last = try school.service.letters.sent(
                entry: entry.id, on: Fixtures.date("2026-11-16"), via: .post, library: Self.library
            ).value
        }
        #expect(last?.done.isEmpty == true && last?.waiting.map(\.to) == [["R. Vos"]])
        let third = try school.service.letters.sent(
            entry: filed[2].id, on: Fixtures.date("2026-11-16"), via: .post, library: Self.library
        ).value
        #expect(third.done.map(\.kind) == [.suspensionDecision])
    }
}
