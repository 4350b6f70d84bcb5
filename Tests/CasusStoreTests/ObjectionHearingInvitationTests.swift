import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// The invitation to the hearing on an objection (Awb art. 7:2, 7:4, 7:5): casus had no letter for
/// it, and told the director to write it from the invitation to a talk, which says nothing of the
/// documents that must lie open a week before.
@Suite struct ObjectionHearingInvitationTests {
    /// An openbare school's removal, made known, and the parents' objection received on 23 November.
    static func objected(_ denomination: Denomination) throws -> (TestSchool, Case) {
        let (school, c) = try RemovalWordingTests.removal(denomination)
        try school.sendDecision(c, "verwijderingsbesluit")
        school.clock.set("2026-11-23", hour: 9)
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-11-23")).value
        return (school, c)
    }

    /// The invitation, its fields filled in, filed an hour after the objection and sent that day.
    @discardableResult
    static func invite(_ school: TestSchool, _ c: Case) throws -> [DossierEntry] {
        school.clock.set("2026-11-23", hour: 10)
        let filed = try school.service.fileDrafts(c, "uitnodiging-hoorzitting-bezwaar")
        for e in filed {
            _ = try school.service.letters.sent(
                entry: e.id, on: Fixtures.date("2026-11-23"), via: .post, library: Fixtures.letters
            ).value
        }
        return filed
    }

    static func flat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func theInvitationSaysWhereTheDocumentsLieAndTicksTheirDutyWhenSent() throws {
        let (school, c) = try Self.objected(.openbaar)
        let t = try Fixtures.letters.require("uitnodiging-hoorzitting-bezwaar")
        let draft = try school.service.letters.drafts(case: c.id, template: t)[0].body
        let text = Self.flat(draft)
        #expect(
            text.contains(
                "Op 23 november 2026 ontvingen wij uw bezwaar tegen ons besluit van 16 november 2026 om Daan van school te verwijderen"
            ), "\(text)")
        #expect(text.contains("willen wij u horen (Awb art. 7:2 lid 1)"))
        #expect(text.contains("ter inzage op [plaats en tijden]"))
        #expect(
            text.contains(
                "Tot tien dagen vóór de hoorzitting kunt u nog stukken indienen (Awb art. 7:4 leden 1 tot en met 4)"))
        #expect(text.contains("niet bij de voorbereiding van het besluit betrokken was (Awb art. 7:5 lid 1)"))
        // Its fields keep it from being filed until the director fills them in.
        let unfilled = refusal { _ = try school.service.letters.file(case: c.id, template: t, body: draft).value }
        #expect(unfilled?.message.nl.contains("[datum en tijd van de hoorzitting]") == true, "\(unfilled!)")
        // Sent, it ticks the documents' duty: laid open from that day, the hearing a week later.
        let invitation = try Self.invite(school, c)
        let documents = try #require(try school.obligations(c).first { $0.kind == .objectionDocuments })
        #expect(documents.isDone && documents.entryID == invitation[0].id)
        #expect(try school.service.cases.detail(c.id).facts.contains { $0.kind == .inspectionWaived } == false)
        school.clock.set("2026-11-30", hour: 10)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        try school.service.fileDrafts(c, "beslissing-op-bezwaar")
    }

    /// A hearing less than a week after the invitation went is still too early (Awb art. 7:4 lid 2).
    @Test func aHearingWithinTheWeekAfterTheInvitationIsTooEarly() throws {
        let (school, c) = try Self.objected(.openbaar)
        try Self.invite(school, c)
        school.clock.set("2026-11-27", hour: 10)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        let early = refusal { try school.service.fileDrafts(c, "beslissing-op-bezwaar") }
        #expect(
            early?.message.nl.contains("minder dan een week nadat het bezwaarschrift en de stukken ter inzage lagen")
                == true, "\(String(describing: early))")
    }

    /// The week counts from the day the invitation went, not the day it was written: written before
    /// the hearing and sent after it, the decision went through (a review).
    @Test func theWeekCountsFromTheSending() throws {
        let (school, c) = try Self.objected(.openbaar)
        school.clock.set("2026-11-23", hour: 10)
        let letter = try school.service.fileDrafts(c, "uitnodiging-hoorzitting-bezwaar")[0]
        school.clock.set("2026-12-01", hour: 10)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        school.clock.set("2026-12-02", hour: 10)
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-12-02"), via: .post, library: Fixtures.letters
        ).value
        let late = refusal { try school.service.fileDrafts(c, "beslissing-op-bezwaar") }
        #expect(
            late?.message.nl.contains(
                "minder dan een week nadat het bezwaarschrift en de stukken ter inzage lagen (vastgelegd op 02-12-2026)"
            ) == true,
            "\(String(describing: late))")
    }

    /// A bijzondere school hears the parents under its own act; the Awb's documents are not theirs.
    @Test func aBijzondereSchoolsInvitationHasNoAwbDocuments() throws {
        let (school, c) = try Self.objected(.bijzonder)
        let t = try Fixtures.letters.require("uitnodiging-hoorzitting-bezwaar")
        let text = Self.flat(try school.service.letters.drafts(case: c.id, template: t)[0].body)
        #expect(text.contains("willen wij u horen (WPO art. 63 lid 3)"), "\(text)")
        #expect(!text.contains("ter inzage") && !text.contains("Awb"))
    }

    @Test func withoutAnObjectionNothingIsMade() throws {
        let (school, c) = try RemovalWordingTests.removal(.openbaar)
        let t = try Fixtures.letters.require("uitnodiging-hoorzitting-bezwaar")
        let none = refusal { _ = try school.service.letters.drafts(case: c.id, template: t) }
        #expect(
            none?.message.nl.contains("heeft geen bezwaar vastgelegd; er is niets gemaakt") == true,
            "\(String(describing: none))")
        #expect(none?.hint?.nl.contains("casus case objection") == true)
    }

    /// The advice after a refused tick names the letter.
    @Test func theAdviceNamesTheLetter() throws {
        let (school, c) = try Self.objected(.openbaar)
        school.clock.set("2026-11-30", hour: 10)
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        let refused = refusal { _ = try school.service.cases.markDone(c.id, obligation: "objection-decision").value }
        #expect(
            refused?.hint?.nl.contains("--template uitnodiging-hoorzitting-bezwaar") == true,
            "\(String(describing: refused))")
    }
}

/// A justification goes with a step that skips a rung (or that the law asks one for): given with
/// any other it is not kept (the command line says so); a letter said "Wij hebben niet eerst een lichtere maatregel genomen, om de volgende
/// reden: …" after a warning was given first (a review).
@Suite struct JustificationOnlyWhereAskedTests {
    @Test func aStepThatSkipsNothingKeepsNoJustification() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "7", parent: "Esther de Groot")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming gedeeld.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        let step = try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1, justification: "Geen reden.")
        ).value.step
        #expect(step.justification == nil)
        let letter = try school.service.letters.draft(
            case: c.id, template: try Fixtures.letters.require("schorsingsbesluit"))
        #expect(!letter.contains("Geen reden."), "\(letter)")
    }
}

/// A data breach's case is the school's register of breaches (AVG art. 33 lid 5): it went with the
/// employee's dossier two years after they left, and the dry run said nothing (a review of the AVG).
@Suite struct BreachRegisterKeptTests {
    @Test func aDossierHoldingABreachIsKeptAndSaysWhy() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let teacher = try school.staff("Bas", "de Wit")
        let c = try school.openCase(
            about: teacher, articles: ["A.7"], summary: "Cijferlijst naar de verkeerde ouders gemaild.",
            flags: CaseFlags(dataBreach: true))
        _ = try school.service.cases.assessBreach(c.id, report: false, note: "Eén lijst, teruggevraagd.").value
        for o in try school.obligations(c) where !o.isDone {
            _ = try? school.service.cases.markDone(c.id, obligation: String(o.id)).value
        }
        try school.service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.").value
        try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-11-30")).value
        school.clock.set("2034-01-10")
        let due = try school.service.integrity.retentionDue()
        let item = try #require(due.first { $0.person.id == teacher.id })
        #expect(item.hold?.nl.contains("is de vastlegging van een datalek") == true, "\(String(describing: item.hold))")
        #expect(item.hold?.nl.contains("AVG art. 33 lid 5") == true)
        _ = try school.service.integrity.purge().value
        #expect(try school.service.cases.detail(c.id).record.id == c.id, "the register stays")
    }
}

/// The employee revokes the consent to the dismissal within the term (BW art. 7:671 lid 2): the
/// notice is deemed not to have taken place (lid 4). casus could not record it: the dismissal stood
/// and blocked every other measure, and an end could be recorded while the consent could still be
/// revoked (a review of an employee's case).
@Suite struct ConsentRevokedTests {
    @Test func aRevokedConsentUndoesTheDismissalWithinTheTermOnly() throws {
        let (school, c) = try LawWalkTests.consentDismissal()
        _ = try school.service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-11-23")
        ).value
        // An end recorded ahead while the consent can still be revoked is refused.
        let ahead = refusal {
            _ = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2027-02-01")).value
        }
        #expect(
            ahead?.message.nl.contains("kan de instemming nog herroepen tot en met") == true,
            "\(String(describing: ahead))")
        school.clock.set("2026-11-30", hour: 10)
        let fact = try school.service.cases.consentRevoked(
            c.id, on: Fixtures.date("2026-11-30"), reason: "Brief van de werknemer van 30-11-2026."
        ).value
        #expect(fact.kind == .consentRevoked)
        let detail = try school.service.cases.detail(c.id)
        #expect(detail.entries.contains { $0.title.hasPrefix("Instemming met ontslag herroepen") })
        #expect(
            !detail.obligations.contains { !$0.isDone && [.consentWithdrawal, .revocationNotice].contains($0.kind) })
        // The dismissal no longer stands: the ladder goes on from before it, and another route is open.
        let a = try school.service.cases.assess(c.id)
        #expect(a.current != .dismissal, "\(String(describing: a.current))")
        #expect(a.options.contains { $0.rung == .dismissal })
        // Once, and not after the term.
        let twice = refusal {
            _ = try school.service.cases.consentRevoked(c.id, on: Fixtures.date("2026-11-30"), reason: "Nog eens.")
                .value
        }
        #expect(twice?.message.nl.contains("al herroepen") == true)
        // No disciplinary decision's letter goes out about it: a dismissal is none (a review).
        let besluit = refusal {
            _ = try school.service.letters.drafts(
                case: c.id, template: try Fixtures.letters.require("besluit-maatregel"))
        }
        #expect(besluit?.message.nl.contains("een besluit bekend dat zaak") == true, "\(String(describing: besluit))")
        // A new dismissal by consent: not revoked with the earlier consent (a review took it), and
        // its own consent, within six months of the revocation, cannot be revoked (BW art. 7:671 lid 5).
        school.clock.set("2026-12-07", hour: 10)
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .dismissal, reason: "Opnieuw, met instemming.", justification: "Ernstig.", route: .consent)
        ).value
        let unrecorded = refusal {
            _ = try school.service.cases.consentRevoked(c.id, on: Fixtures.date("2026-12-07"), reason: "Weer.").value
        }
        #expect(
            unrecorded?.message.nl.contains("de instemming zelf is nog niet vastgelegd") == true,
            "\(String(describing: unrecorded))")
        _ = try school.service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-12-07")
        ).value
        let again = refusal {
            _ = try school.service.cases.consentRevoked(c.id, on: Fixtures.date("2026-12-07"), reason: "Weer.").value
        }
        #expect(again?.message.nl.contains("BW art. 7:671 lid 5") == true, "\(String(describing: again))")
    }

    @Test func aRevocationAfterTheTermIsRefused() throws {
        let (school, c) = try LawWalkTests.consentDismissal()
        _ = try school.service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-11-23")
        ).value
        school.clock.set("2027-01-04", hour: 10)
        let late = refusal {
            _ = try school.service.cases.consentRevoked(c.id, on: Fixtures.date("2027-01-04"), reason: "Te laat.").value
        }
        #expect(
            late?.message.nl.contains("de termijn om de instemming te herroepen liep tot en met") == true,
            "\(String(describing: late))")
    }
}

/// An employee's measures are progressive over incidents: a new incident's case going to a
/// suspension recorded the reprimand of an earlier case as "overgeslagen", in the personnel dossier
/// for good (a review).
@Suite struct StaffLadderAcrossCasesTests {
    @Test func whatAnEarlierCaseReachedIsNotSkipped() throws {
        let (school, teacher, first) = try LawWalkTests.reprimandProposed("Durk", "Wijnstra")
        try LawWalkTests.reprimandDecided(school, first)
        school.clock.set("2027-01-11", hour: 10)
        let second = try school.openCase(about: teacher, articles: ["4"], summary: "Weer online over een ouder.")
        let suspension = try #require(
            try school.service.cases.stepOptions(second.id).1.options.first { $0.rung == .suspension })
        #expect(suspension.skips.isEmpty, "\(suspension.skips)")
    }
}
