import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A suspension's written decision (WPO art. 40c lid 2) was ticked done bare, with no letter in the
/// dossier, or with a meeting note written before the decision, or with a letter to a parent not
/// yet sent; the case then read as if the parents had the decision, and its term to object never
/// started (a review). It is done by its letter, sent.
@Suite struct WrittenDecisionTests {
    /// Daan's case at a PO school; his father lives apart, so a decision goes to two addresses.
    static func twoHouseholds(_ denomination: Denomination) throws -> (TestSchool, Case) {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: .po, denomination: denomination, region: .noord))
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "7", parent: "Esther de Groot")
        _ = try school.service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Rob", lastName: "de Groot",
                address: PostalAddress(street: "Kerkstraat 9", postcode: "8012 BB", town: "Zwolle")),
            guardianOf: pupil.id)
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming gedeeld.")
        return (school, c)
    }

    @Test func aWrittenDecisionIsDoneByItsLetterSentAndNothingElse() throws {
        let (school, c) = try Self.twoHouseholds(.openbaar)
        let before = try school.service.cases.addEntry(c.id, kind: .meeting, body: "Gesprek.", heard: [.parents])
            .value
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        func tick(_ entry: EntryID?) -> CasusError? {
            refusal {
                _ = try school.service.cases.markDone(
                    c.id, obligation: "suspension-decision", entry: entry, letters: Fixtures.letters
                ).value
            }
        }
        func open() throws -> Bool {
            try school.obligations(c).contains { $0.kind == .suspensionDecision && !$0.isDone }
        }
        let bare = tick(nil)
        #expect(
            bare?.message.nl.contains("is een brief: die vinkt u niet zonder meer af; er is niets veranderd") == true)
        #expect(bare?.hint?.nl.contains("casus letter \(c.number) --template schorsingsbesluit") == true)
        let note = tick(before.id)
        #expect(
            note?.message.nl.contains("stuk \(before.id) is geen brief ‘schorsingsbesluit’ van zaak \(c.number)")
                == true,
            "\(note!)")
        // A letter sent, of another template (a warning, an invitation), is not the decision's.
        let warning = try school.sendDecision(c, "waarschuwing")
        #expect(tick(warning[0].id)?.message.nl.contains("is geen brief ‘schorsingsbesluit’") == true)
        let letter = try school.service.fileDrafts(c, "schorsingsbesluit", limit: 1)[0]
        let unsent = tick(letter.id)
        #expect(unsent?.message.nl.contains("brief \(letter.id) is nog niet verzonden") == true, "\(unsent!)")
        #expect(unsent?.hint?.nl.contains("casus letter sent \(letter.id)") == true)
        #expect(try open())

        // Sent on the 17th, ticked on the 18th: done, and the term to object runs from the sending.
        school.clock.set("2026-11-17")
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-17"), via: .hand, library: Fixtures.letters
        ).value
        // Waiting for the father's letter; the director decides the mother's suffices.
        #expect(try open())
        school.clock.set("2026-11-18")
        // Its day is the letter's sending, not one typed (`--on` is for the consent's terms).
        let typed = refusal {
            _ = try school.service.cases.markDone(
                c.id, obligation: "suspension-decision", entry: letter.id, on: Fixtures.date("2026-11-16"),
                letters: Fixtures.letters
            ).value
        }
        #expect(typed?.message.nl.contains("--on geldt voor de instemming met ontslag") == true)
        _ = try school.service.cases.markDone(
            c.id, obligation: "suspension-decision", entry: letter.id, letters: Fixtures.letters
        ).value
        #expect(try !open())
        let window = try #require(try school.obligations(c).last { $0.kind == .objectionWindow })
        #expect(window.due == StatutoryTerm.objection(madeKnown: Fixtures.date("2026-11-17")), "\(window.due)")
    }
}

/// Under the Awb (an openbare school) the objection and the documents lie open a week before the
/// hearing, and the invitation says where and when (Awb art. 7:4 leden 2 en 3): casus knew nothing
/// of it, and took a decision after a hearing the day after the objection came in (a review).
@Suite struct ObjectionDocumentsTests {
    @Test(arguments: [Denomination.openbaar, .bijzonder])
    func theDecisionOnAnObjectionWaitsForTheDocumentsUnderTheAwb(_ denomination: Denomination) throws {
        let (school, c) = try RemovalWordingTests.removal(denomination)
        try school.sendDecision(c, "verwijderingsbesluit")
        school.clock.set("2026-11-23")
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-23")).value
        let documents = try school.obligations(c).first { $0.kind == .objectionDocuments }
        #expect((documents != nil) == (denomination == .openbaar))
        guard let documents else { return }
        #expect(documents.remark.nl.contains("ten minste een week vóór het horen ter inzage"))
        #expect(documents.remark.nl.contains("Awb art. 7:4"))
        school.clock.set("2026-11-24")
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        let early = refusal { _ = try school.service.cases.markDone(c.id, obligation: "objection-decision").value }
        #expect(early?.message.nl.contains("ter inzage lagen, of dat de ouders instemden") == true, "\(early!)")
        #expect(early?.hint?.nl.contains("--obligation objection-documents") == true)
        let letter = refusal {
            _ = try school.service.letters.file(
                case: c.id, template: try Fixtures.letters.require("beslissing-op-bezwaar"), body: "Beslissing."
            ).value
        }
        #expect(letter?.message.nl.contains("Awb art. 7:4") == true, "\(letter!)")
    }
}

/// What a removal's letter and duty cite, as a lawyer reads them against the act (a legal review).
@Suite struct RemovalWordingTests {
    static func removal(_ denomination: Denomination) throws -> (TestSchool, Case) {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: .po, denomination: denomination, region: .noord))
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "7", parent: "Esther de Groot")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming gedeeld.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        _ = try school.heard(c, [.teacher, .parents], "Gesprek over een verwijdering.")
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Opnieuw gefilmd.", justification: "Zeer ernstig.")
        ).value
        return (school, c)
    }

    /// WPO art. 40 lid 1 says who decides, not that it is written with reasons: at an openbare
    /// school that is the Awb's (art. 3:41 lid 1, 3:46, 3:47 lid 1).
    @Test func anOpenbareSchoolsRemovalIsWrittenWithReasonsUnderTheAwb() throws {
        let (school, c) = try Self.removal(.openbaar)
        let duty = try #require(try school.obligations(c).first { $0.kind == .removalDecision })
        #expect(duty.remark.nl.contains("schriftelijk en met redenen"))
        #expect(duty.remark.nl.contains("Awb art. 3:41 lid 1, 3:46 en 3:47 lid 1"), "\(duty.remark.nl)")
        let (bijzonder, d) = try Self.removal(.bijzonder)
        let other = try #require(try bijzonder.obligations(d).first { $0.kind == .removalDecision })
        #expect(other.remark.nl.contains("WPO art. 63 lid 2") && !other.remark.nl.contains("Awb"), "\(other.remark.nl)")
    }

    /// A bijzondere PO school hears the parents on their objection (WPO art. 63 lid 3: "hoort het
    /// bevoegd gezag de ouders"); the letter promised only the opportunity to explain it.
    @Test(arguments: [Denomination.openbaar, .bijzonder])
    func theRemovalLetterSaysWhetherTheParentsAreHeardOnTheirObjection(_ denomination: Denomination) throws {
        let (school, c) = try Self.removal(denomination)
        let t = try Fixtures.letters.require("verwijderingsbesluit")
        let body = try school.service.letters.drafts(case: c.id, template: t)[0].body
        let flat = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            flat.contains("Het bevoegd gezag hoort u over het bezwaar en beslist") == (denomination == .bijzonder),
            "\(flat)")
        #expect(
            flat.contains("geeft de gelegenheid het bezwaar mondeling toe te lichten") == (denomination == .openbaar))
    }
}

/// Two suspensions in one case: the first's decision is ticked with its own letter, written before
/// the second (it was refused as "vóór het besluit", the latest one, a review).
@Suite struct TwoDecisionsTests {
    @Test func eachDecisionIsTickedWithItsOwnLetter() throws {
        let (school, c) = try WrittenDecisionTests.twoHouseholds(.bijzonder)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        let first = try school.service.fileDrafts(c, "schorsingsbesluit", limit: 1)[0]
        school.clock.set("2026-11-18")
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Weer.", days: 1)).value
        _ = try school.service.letters.sent(
            entry: first.id, on: Fixtures.date("2026-11-18"), via: .post, library: Fixtures.letters
        ).value
        let decisions = try school.obligations(c).filter { $0.kind == .suspensionDecision }
        try #require(decisions.count == 2 && !decisions[0].isDone)
        _ = try school.service.cases.markDone(
            c.id, obligation: String(decisions[0].id), entry: first.id, letters: Fixtures.letters
        ).value
        let second = refusal {
            _ = try school.service.cases.markDone(
                c.id, obligation: String(decisions[1].id), entry: first.id, letters: Fixtures.letters
            ).value
        }
        #expect(
            second?.message.nl.contains("is niet geschreven na het besluit waar") == true,
            "\(String(describing: second))")
    }
}

/// The objection's documents lie open a week before the hearing (Awb art. 7:4 lid 2): ticked bare
/// after a hearing held the day the objection came in, the decision followed (a review).
@Suite struct ObjectionDocumentsAfterTheHearingTests {
    @Test func documentsLaidAfterTheHearingAreNotTickedBare() throws {
        let (school, c) = try RemovalWordingTests.removal(.openbaar)
        try school.sendDecision(c, "verwijderingsbesluit")
        school.clock.set("2026-11-23", hour: 9)
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-23")).value
        school.clock.set("2026-11-23", hour: 11)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar, dezelfde dag.")
        let bare = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: ObligationKind.objectionDocuments.rawValue).value
        }
        #expect(bare?.message.nl.contains("de hoorzitting over het bezwaar is al gehouden (23-11-2026)") == true)
        // Laid open now (with the invitation to a new hearing), the decision waits for that hearing
        // a week later; one held sooner does not count.
        let invitation = try school.service.cases.addEntry(
            c.id, kind: .note, body: "Stukken ter inzage op school vanaf 23-11; nieuwe hoorzitting 1 december."
        ).value
        _ = try school.service.cases.markDone(
            c.id, obligation: ObligationKind.objectionDocuments.rawValue, entry: invitation.id
        ).value
        // The invitation is not the parents' consent to leave the documents out.
        let asConsent = refusal {
            _ = try school.service.cases.markDone(
                c.id, obligation: ObligationKind.objectionDocuments.rawValue, entry: invitation.id, waived: true
            ).value
        }
        #expect(asConsent?.message.nl.contains("het stuk waarmee de terinzagelegging is afgevinkt") == true)
        school.clock.set("2026-12-01", hour: 10)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        try school.sendDecision(c, "beslissing-op-bezwaar")
        #expect(try school.obligations(c).contains { $0.kind == .objectionDecision && $0.isDone })
    }

    @Test func aHearingLessThanAWeekAfterTheDocumentsIsNotTheHearing() throws {
        let (school, c) = try RemovalWordingTests.removal(.openbaar)
        try school.sendDecision(c, "verwijderingsbesluit")
        school.clock.set("2026-11-23", hour: 9)
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-23")).value
        _ = try school.service.cases.markDone(c.id, obligation: ObligationKind.objectionDocuments.rawValue).value
        school.clock.set("2026-11-26", hour: 10)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        let early = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: "objection-decision", letters: Fixtures.letters)
                .value
        }
        #expect(
            early?.message.nl.contains(
                "was minder dan een week nadat het bezwaarschrift en de stukken ter inzage lagen")
                == true, "\(String(describing: early))")
        #expect(early?.hint?.nl.contains("--waived --entry") == true)
        // The parents agreed after all: their consent is recorded on the duty ticked before, and the
        // decision follows (it waited for a second hearing with no way round, a review).
        let consent = try school.service.cases.addEntry(
            c.id, kind: .note, body: "De ouders stemden in met het achterwege laten van de terinzagelegging."
        ).value
        _ = try school.service.cases.markDone(
            c.id, obligation: ObligationKind.objectionDocuments.rawValue, entry: consent.id, waived: true
        ).value
        // Once, and not again.
        let twice = refusal {
            _ = try school.service.cases.markDone(
                c.id, obligation: ObligationKind.objectionDocuments.rawValue, entry: consent.id, waived: true
            ).value
        }
        #expect(twice?.message.nl.contains("de instemming van de ouders is al vastgelegd") == true)
        try school.sendDecision(c, "beslissing-op-bezwaar")
        #expect(try school.obligations(c).contains { $0.kind == .objectionDecision && $0.isDone })
    }
}

/// A letter sent answers the decision it was written for: a ban's letter sent after its extension
/// ticked the extension's decision and left its own open (a review).
@Suite struct LetterForItsOwnDecisionTests {
    @Test func aLetterSentAfterASecondSuspensionTicksTheFirst() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder, region: .noord))
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "7", parent: "Esther de Groot")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming gedeeld.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        let first = try school.service.fileDrafts(c, "schorsingsbesluit", limit: 1)[0]
        school.clock.set("2026-11-18")
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Weer.", days: 1)).value
        let sent = try school.service.letters.sent(
            entry: first.id, on: Fixtures.date("2026-11-18"), via: .post, library: Fixtures.letters
        ).value
        let decisions = try school.obligations(c).filter { $0.kind == .suspensionDecision }
        #expect(sent.done.map(\.id) == [decisions[0].id], "\(sent.done) \(sent.waiting) \(sent.notes.map(\.nl))")
        #expect(decisions[0].isDone && decisions[0].entryID == first.id && !decisions[1].isDone)
    }
}

/// The objection's documents ticked with the hearing's own note let a hearing on the objection's
/// day through (a review): an entry says where and when (an invitation) or records the parents'
/// consent to leave it (`--waived`, Awb art. 7:4 lid 5).
@Suite struct ObjectionDocumentsEntryTests {
    @Test func theHearingsOwnNoteIsNoInvitationAndAConsentIsRecorded() throws {
        let (school, c) = try RemovalWordingTests.removal(.openbaar)
        try school.sendDecision(c, "verwijderingsbesluit")
        school.clock.set("2026-11-23", hour: 9)
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-23")).value
        school.clock.set("2026-11-23", hour: 11)
        let hearing = try school.heard(c, [.parents], "Hoorzitting over het bezwaar, dezelfde dag.")
        let documents = ObligationKind.objectionDocuments.rawValue
        let own = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: documents, entry: hearing.id).value
        }
        #expect(
            own?.message.nl.contains("zegt niet dat de stukken ter inzage liggen") == true, "\(String(describing: own))"
        )
        // A note of another case is no consent in this one; an entry that does not exist is said so.
        let pupil = try school.service.cases.detail(c.id).subject
        let elsewhere = try school.openCase(about: pupil, articles: ["A.5"], summary: "Iets anders.")
        let other = try school.service.cases.addEntry(elsewhere.id, kind: .note, body: "Over iets anders.").value
        let wrongCase = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: documents, entry: other.id, waived: true).value
        }
        #expect(wrongCase?.message.nl.contains("in zaak \(c.number) geschreven na het bezwaar") == true)
        let missing = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: documents, entry: 99_999, waived: true).value
        }
        #expect(missing?.message.nl.contains("stuk 99999 bestaat niet") == true, "\(String(describing: missing))")
        // A letter of the school's (an invitation to the other household) is no consent; the
        // invitation to the hearing on a removal's voornemen is not the objection's invitation.
        func filed(_ id: String) throws -> DossierEntry { try school.service.fileDrafts(c, id, limit: 1)[0] }
        let invitation = try filed("uitnodiging-gesprek")
        let letterAsConsent = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: documents, entry: invitation.id, waived: true).value
        }
        #expect(letterAsConsent?.message.nl.contains("is een brief van de school") == true)
        // The invitation to be heard before the removal is not made after it at all (RemovalDatesTests).
        #expect(throws: CasusError.self) { _ = try filed("uitnodiging-hoorgesprek") }
        let bareWaiver = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: documents, waived: true).value
        }
        #expect(bareWaiver?.message.nl.contains("--waived vraagt --entry") == true)
        let consent = try school.service.cases.addEntry(
            c.id, kind: .note,
            body: "De ouders stemden op 23 november in met het achterwege laten van de terinzagelegging."
        ).value
        _ = try school.service.cases.markDone(c.id, obligation: documents, entry: consent.id, waived: true).value
        #expect(try school.service.cases.detail(c.id).facts.contains { $0.kind == .inspectionWaived })
        try school.sendDecision(c, "beslissing-op-bezwaar")
        #expect(try school.obligations(c).contains { $0.kind == .objectionDecision && $0.isDone })
        #expect(try school.service.integrity.verify().isSound)
    }
}

/// Ticked by hand with the father's letter while the mother's lay unsent, the case closed and she
/// never had the decision (a review): every filed letter of the decision is sent first.
@Suite struct EveryHouseholdsLetterTests {
    @Test func aDecisionIsNotTickedWhileOneOfItsLettersIsUnsent() throws {
        let (school, c) = try WrittenDecisionTests.twoHouseholds(.bijzonder)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        let letters = try school.service.fileDrafts(c, "schorsingsbesluit")
        try #require(letters.count == 2)
        _ = try school.service.letters.sent(
            entry: letters[1].id, on: school.service.today, via: .post, library: Fixtures.letters
        ).value
        let early = refusal {
            _ = try school.service.cases.markDone(
                c.id, obligation: "suspension-decision", entry: letters[1].id, letters: Fixtures.letters
            ).value
        }
        #expect(
            early?.message.nl.contains(
                "brief \(letters[0].id) van dit besluit (#\(letters[0].seq)) is nog niet verzonden")
                == true, "\(String(describing: early))")
        #expect(early?.hint?.nl.contains("z in de zaak") == true)
    }
}

/// The decision on an objection written to two households: one letter sent ticked it while the
/// other lay unsent (a review).
@Suite struct ObjectionDecisionLettersTests {
    @Test func theDecisionOnAnObjectionWaitsForItsOtherLetter() throws {
        let (school, c) = try WrittenDecisionTests.twoHouseholds(.bijzonder)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        _ = try school.heard(c, [.teacher, .parents], "Gesprek over een verwijdering.")
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Opnieuw gefilmd.", justification: "Zeer ernstig.")
        ).value
        try school.sendDecision(c, "verwijderingsbesluit")
        school.clock.set("2026-11-23", hour: 9)
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-23")).value
        school.clock.set("2026-11-30", hour: 10)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        let letters = try school.service.fileDrafts(c, "beslissing-op-bezwaar")
        try #require(letters.count == 2, "\(letters.count)")
        let first = try school.service.letters.sent(
            entry: letters[0].id, on: school.service.today, via: .post, library: Fixtures.letters
        ).value
        #expect(first.done.isEmpty && !first.waiting.isEmpty, "\(first.done) \(first.waiting)")
        _ = try school.service.letters.sent(
            entry: letters[1].id, on: school.service.today, via: .post, library: Fixtures.letters
        ).value
        #expect(try school.obligations(c).contains { $0.kind == .objectionDecision && $0.isDone })
    }
}

/// One household's decision letter sent while the other's lies filed: the advice named the letter to
/// send by its id, not "maak die met casus letter" (a letter already made, a review).
@Suite struct PendingLetterAdviceTests {
    @Test func theOtherHouseholdsFiledLetterIsNamedBySentAdvice() throws {
        let (school, c) = try WrittenDecisionTests.twoHouseholds(.bijzonder)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        let filed = try school.service.fileDrafts(c, "schorsingsbesluit")
        try #require(filed.count == 2)
        let sent = try school.service.letters.sent(
            entry: filed[0].id, on: Fixtures.date("2026-11-16"), via: .post, library: Fixtures.letters
        ).value
        let said = sent.waitingLines.map(\.nl).joined()
        #expect(said.contains("opgeslagen en nog niet verzonden: stuk \(filed[1].id)"), "\(said)")
        #expect(said.contains("`casus letter sent \(filed[1].id) --via post|registered|mail|hand`"))
        #expect(!said.contains("maak die met `casus letter`"))
    }
}
