import CasusCore
import CasusStore
import CasusTestSupport
import Testing

/// An employee's facts punished once are not punished again (a review of an employee's case:
/// after a reprimand decided, a suspension and a dismissal by the kantonrechter were taken on the
/// same facts, and a summary dismissal beside a dismissal by consent).
@Suite struct StaffSameFactsTests {
    @Test func afterAReprimandOnlyADismissalByConsentRemains() throws {
        let (school, _, c) = try LawWalkTests.reprimandProposed()
        try LawWalkTests.reprimandDecided(school, c)
        school.clock.set("2026-11-25", hour: 10)
        for req in [
            StepRequest(rung: .suspension, reason: "Nogmaals.", justification: "Ernstig."),
            StepRequest(rung: .dismissal, reason: "Nogmaals.", justification: "Ernstig.", route: .kantonrechter),
            StepRequest(rung: .summaryDismissal, reason: "Nogmaals.", justification: "Ernstig."),
        ] {
            let refused = refusal { try school.service.cases.step(c.id, req).value }
            #expect(
                refused?.message.nl.contains(
                    "deze feiten zijn al bestraft met schriftelijke berisping (besluit van 24-11-2026): dezelfde feiten worden niet nog eens bestraft"
                )
                    == true, "\(req.rung): \(String(describing: refused))")
        }
        #expect(try school.service.cases.detail(c.id).steps.count == 3)
        // The employee may agree to go; once she gave her consent, no second notice on top, and no
        // summary dismissal on the facts already punished (one on new facts may follow a notice by
        // consent: MovedPastLettersTests).
        try school.service.cases.step(
            c.id, StepRequest(rung: .dismissal, reason: "In overleg.", justification: "Ernstig.", route: .consent)
        ).value
        try school.service.cases.markDone(c.id, obligation: ObligationKind.dismissalConsent.rawValue).value
        let second = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .summaryDismissal, reason: "Toch op staande voet.", justification: "x")
            ).value
        }
        #expect(
            second?.message.nl.contains("deze feiten zijn al bestraft") == true, "\(String(describing: second))")
    }

    /// A dismissal on facts answered with a warning in the case: said beside the step, with its
    /// source (case law, not a statute), not refused: the warning may have been a talk (a review
    /// dismissed on the spot, without a word, after the warning letter casus had just filed).
    @Test func aDismissalAfterAWarningSaysTheFactsWereAnswered() throws {
        let (school, _, c) = try LawWalkTests.staffCase()
        let before = try school.service.cases.assess(c.id).options
        for rung in [Rung.summaryDismissal, .dismissal] {
            let o = try #require(before.first { $0.rung == rung })
            #expect(!o.notes.map(\.nl).joined().contains("al beantwoord met een waarschuwing"))
        }
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje; eerste keer.")).value
        let options = try school.service.cases.assess(c.id).options
        for rung in [Rung.summaryDismissal, .dismissal] {
            let o = try #require(options.first { $0.rung == rung })
            let notes = o.notes.map(\.nl).joined(separator: "\n")
            #expect(
                notes.contains("deze feiten zijn in de zaak al beantwoord met een waarschuwing (16-11-2026)")
                    && notes.contains("geen wetsartikel") && notes.contains("nieuwe zaak"), "\(rung): \(notes)")
        }
        #expect(!(options.first { $0.rung == .reprimand }?.notes.map(\.nl).joined().contains("beantwoord") ?? true))
        // Said with the step too (the command line shows no options).
        let stepped = try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Filmpje.", justification: "Ernstig.")
        ).value
        #expect(stepped.notices.contains { $0.nl.contains("al beantwoord met een waarschuwing") }, "\(stepped.notices)")
    }

    /// An employment a case ended is left on that day: `people leave` three months after a summary
    /// dismissal started the dossier's retention late, unchecked (a review).
    @Test func theLeavingDayOfAnEmployeeDismissedIsTheDismissals() throws {
        let (school, teacher, c) = try LawWalkTests.staffCase()
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig.")
        ).value
        let refused = refusal { _ = try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2027-03-01")) }
        #expect(
            refused?.message.nl.contains("eindigde op 16-11-2026 (zaak \(c.number)): dat is de vertrekdatum") == true,
            "\(String(describing: refused))")
        #expect(refused?.hint?.nl.contains("casus case ended \(c.number) --on") == true)
        #expect(try school.service.directory.person(teacher.id).leftOn == nil)
        _ = try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-11-16"))
        #expect(try school.service.directory.person(teacher.id).leftOn == Fixtures.date("2026-11-16"))
    }

    /// An end of employment only where the case gave a dismissal that stands: one was recorded on
    /// a case with no step, taking the leaving day of one who had resigned (a review).
    @Test func anEndIsRecordedOnlyOnADismissalThatStands() throws {
        let (school, teacher, c) = try LawWalkTests.staffCase()
        try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-11-01"))
        let refused = refusal { _ = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16")) }
        #expect(
            refused?.message.nl.contains("staat geen ontslag") == true
                && refused?.hint?.nl.contains("people leave") == true,
            "\(String(describing: refused))")
        #expect(try school.service.directory.person(teacher.id).leftOn == Fixtures.date("2026-11-01"))
    }

    /// A request to the kantonrechter ends nothing until the court dissolves the contract (BW art.
    /// 7:671b): an end was recorded the day the request was due, and no measure could follow (a review).
    @Test func anEndAfterARequestToTheCourtWaitsForTheRuling() throws {
        let (school, _, c) = try LawWalkTests.staffCase()
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        try school.service.cases.step(
            c.id, StepRequest(rung: .dismissal, reason: "Ontbinding.", justification: "Ernstig.", route: .kantonrechter)
        ).value
        let refused = refusal { _ = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16")) }
        #expect(
            refused?.message.nl.contains("de dag die de kantonrechter bij de ontbinding noemt (BW art. 7:671b)")
                == true,
            "\(String(describing: refused))")
        try school.service.cases.courtCase(c.id, started: true, on: Fixtures.date("2026-11-16"), note: "Verzoek.")
        try school.service.cases.courtCase(c.id, started: false, on: Fixtures.date("2026-11-16"), note: "Ontbonden.")
        _ = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16"))
    }

    /// "Onverwijld" knows no school holiday: a summary dismissal on 28 December has its reason told
    /// that day, not after the Christmas holiday (a review read a letter of 4 January as on time).
    @Test func aSummaryDismissalsReasonIsDueTheDayItIsGiven() throws {
        let (school, _, c) = try LawWalkTests.staffCase()
        school.clock.set("2026-12-28", hour: 12)
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig.")
        ).value
        let o = try school.service.cases.detail(c.id).obligations
        #expect(o.first { $0.kind == .urgentReason }?.due == Fixtures.date("2026-12-28"))
        #expect(o.first { $0.kind == .contestTerm }?.due == Fixtures.date("2027-03-01"))
    }

    /// A case whose measure was decided is no mistake: closed as one, the report went back to triage
    /// and a new case punished the same facts again (a review).
    @Test func aCaseWithAMeasureDecidedIsNotClosedAsAMistake() throws {
        let (school, _, c) = try LawWalkTests.reprimandProposed()
        try LawWalkTests.reprimandDecided(school, c)
        let refused = refusal {
            try school.service.cases.close(c.id, outcome: .mistake, reason: "Verkeerd ingedeeld.").value
        }
        #expect(refused?.message.nl.contains("een zaak met een genomen maatregel is geen vergissing") == true)
        // Nor unfounded: the reprimand stands, and the case said no offence (a review).
        let unfounded = refusal {
            try school.service.cases.close(c.id, outcome: .unfounded, reason: "Niet bewezen.").value
        }
        #expect(unfounded?.message.nl.contains("niet ongegrond") == true, "\(String(describing: unfounded))")
        #expect(try school.service.cases.detail(c.id).record.status == .open)
    }

    /// A summary dismissal ends the employment when given: its end is not set months ahead (a review
    /// set it half a year on, and the employee's term to go to court ran from there); a request to
    /// the kantonrechter ends nothing yet, and leaves a summary dismissal open.
    @Test func aSummaryDismissalsEndIsNoDayAhead() throws {
        let (school, _, c) = try LawWalkTests.staffCase()
        try school.service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Ontbinding.", justification: "Ernstig.", route: .kantonrechter)
        ).value
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig.")
        ).value
        let ahead = refusal {
            _ = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2027-06-01")).value
        }
        #expect(ahead?.message.nl.contains("ligt meer dan een week na vandaag") == true, "\(String(describing: ahead))")
        _ = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16")).value
    }

    /// A consent within six months of a revocation cannot be revoked (BW art. 7:671 lid 5), also in
    /// another case about the employee (a review: the second case gave a term to revoke, and took
    /// the revocation); six months from 30 November run up to and including 30 May.
    @Test func lidFiveHoldsAcrossTheEmployeesCases() throws {
        let (school, c) = try LawWalkTests.consentDismissal()
        _ = try school.service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-11-23")
        ).value
        school.clock.set("2026-11-30", hour: 10)
        _ = try school.service.cases.consentRevoked(c.id, on: Fixtures.date("2026-11-30"), reason: "Brief.").value
        try school.service.cases.close(c.id, outcome: .founded, reason: "Herroepen; dienstverband loopt door.").value
        school.clock.set("2027-05-30", hour: 10)
        let teacher = try school.service.directory.person(c.subjectID)
        let second = try school.openCase(about: teacher, articles: ["4"], severity: .severe)
        try school.service.cases.step(
            second.id,
            StepRequest(rung: .dismissal, reason: "Opnieuw.", justification: "Ernstig.", route: .consent)
        ).value
        _ = try school.service.cases.markDone(
            second.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2027-05-30")
        ).value
        let d = try school.service.cases.detail(second.id)
        #expect(!d.obligations.contains { !$0.isDone && $0.kind == .revocationNotice })
        let revoke = refusal {
            _ = try school.service.cases.consentRevoked(second.id, on: Fixtures.date("2027-05-30"), reason: "Weer.")
                .value
        }
        #expect(revoke?.message.nl.contains("BW art. 7:671 lid 5") == true, "\(String(describing: revoke))")
    }

    /// A warning is a talk, no punishment: the ladder goes on from it in the same case.
    @Test func afterAWarningTheCaseGoesUp() throws {
        let (school, _, c) = try LawWalkTests.reprimandProposed()
        #expect(try school.service.cases.detail(c.id).steps.map(\.rung) == [.warning, .reprimand])
    }
}

/// A profile of the school's own, changed after a case was opened, no longer has one of its
/// articles: the case says so, and no letter goes out without its grounds (a review filed a
/// warning reading "Artikel 3A.8 – ?" and "").
@Suite struct ArticleGoneFromProfileTests {
    @Test func aLetterIsNotMadeWithoutTheCasesArticle() throws {
        let (school, _, c) = try TestSchool.ordemaatregel("Gerrit", "Hoogeveen")
        var changed = school.profile
        changed.articles.removeAll { $0.id == "3A.8" }
        let profiles = ProfileRegistry(try Fixtures.profiles.profiles.map { $0.id == changed.id ? changed : $0 })
        let service = try CasusService.session(
            storage: school.storage, account: "directeur", profiles: profiles, clock: school.clock.clock)
        let refused = refusal {
            _ = try service.letters.drafts(case: c.id, template: try Fixtures.letters.require("ordemaatregel"))
        }
        #expect(
            refused?.message.nl.contains(
                "artikel 3A.8 van zaak \(c.number) staat niet (meer) in het protocolprofiel koe-troubadour") == true,
            "\(String(describing: refused))")
        #expect(
            try service.cases.detail(c.id).articles.map(\.title) == ["(niet in protocolprofiel koe-troubadour)"])
        // Nor a step, whose letter could not state its ground either.
        let step = refusal {
            try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        }
        #expect(
            step?.message.nl.contains("artikel 3A.8 staat niet (meer) in het protocolprofiel") == true,
            "\(String(describing: step))")
        // With the profile as it was, the letter is made.
        #expect(
            try !school.service.letters.drafts(case: c.id, template: try Fixtures.letters.require("ordemaatregel"))
                .isEmpty)
    }
}

/// An ordemaatregel is taken after the employee was heard on it, or with the reason that could not
/// be, and so is its extension, a new decision (a review: it was taken at once, its letter offering
/// a hearing afterwards and naming no appeal).
@Suite struct OrdemaatregelHeardTests {
    @Test func theEmployeeIsHeardFirstOrTheUrgencyGiven() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-11-16")
        let teacher = try school.staff("Rob", "Bakker")
        let c = try school.openCase(about: teacher, articles: ["3A.8"], severity: .severe)
        let unheard = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 14)
            ).value
        }
        #expect(
            unheard?.message.nl.contains("de werknemer wordt eerst gehoord over de voorgenomen ordemaatregel") == true,
            "\(String(describing: unheard))")
        #expect(unheard?.message.nl.contains("uitspraken 106138 en 108984") == true)
        try school.heard(c, [.employee], "Gehoord over de voorgenomen ordemaatregel.")
        try school.service.cases.step(
            c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 14)
        ).value
        let letter = try #require(
            try school.service.letters.drafts(case: c.id, template: try Fixtures.letters.require("ordemaatregel")).first
        )
        // Heard before it, as the note says: not "over deze maatregel", which a talk of another kind
        // was not (an employment lawyer's review).
        #expect(letter.body.contains("Wij hebben u vóór dit besluit gehoord op 16 november 2026"), "\(letter.body)")
        #expect(!letter.body.contains("over deze maatregel gehoord"))
        #expect(letter.body.contains("[Bij welke commissie van beroep"))
        _ = try school.sendDecision(c, "ordemaatregel")
        // The extension is a new decision: heard again, or the urgency given.
        school.clock.set("2026-11-27", hour: 10)
        let again = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek loopt nog.", days: 7)
            ).value
        }
        #expect(again?.message.nl.contains("ook over een verlenging") == true, "\(String(describing: again))")
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek loopt nog.", days: 7,
                urgency: "De werknemer is onbereikbaar.")
        ).value
        // Its letter says why not, not the hearing on the first (a review).
        let second = try #require(
            try school.service.letters.drafts(case: c.id, template: try Fixtures.letters.require("ordemaatregel")).first
        )
        #expect(second.body.contains("Wij konden u niet vooraf horen: De werknemer is onbereikbaar."), "\(second.body)")
        #expect(!second.body.contains("gehoord op 16 november"))
        // The reason as one sentence: typed with its stop, it read "onbereikbaar.." (a legal review).
        #expect(!second.body.contains("onbereikbaar.."), "\(second.body)")
    }

    /// A zienswijze answers a voornemen of another measure: it is no hearing on an ordemaatregel (a
    /// review took one as such).
    @Test func aZienswijzeOnAVoornemenIsNoHearingOnTheOrdemaatregel() throws {
        let (school, _, c) = try LawWalkTests.reprimandProposed()
        try LawWalkTests.sendVoornemen(school.service, c, on: Fixtures.date("2026-11-16"))
        try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-11-16"), given: true, note: "Ik wist het niet."
        )
        .value
        let refused = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek.", days: 14)
            ).value
        }
        #expect(refused?.message.nl.contains("wordt eerst gehoord") == true, "\(String(describing: refused))")
    }
}

/// A letter written from its own step states the case as it stood then: a warning's letter gave a
/// later suspension's facts as the warning's and a removal as what comes next (a review of two
/// directors at once). Since a legal review it is not written at all once a later decision is taken
/// (it told the parents a suspension "kan volgen" after it had): the director is told why.
@Suite struct LetterOfAnEarlierStepTests {
    @Test func theWarningsLetterStatesTheWarningsFactsAndIsNotWrittenAfterTheSuspension() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Mohamed", "Vos", group: "6", parent: "Rik Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(
            c.id, StepRequest(rung: .warning, reason: "Meme gedeeld.", facts: "Mohamed deelde een meme.")
        ).value
        let warning = try Fixtures.letters.require("waarschuwing")
        let letter = try #require(try school.service.letters.drafts(case: c.id, template: warning).first)
        #expect(letter.body.contains("Mohamed deelde een meme."), "\(letter.body)")
        school.clock.set("2026-11-17", hour: 10)
        try school.service.cases.step(
            c.id,
            StepRequest(rung: .suspension, reason: "Opnieuw.", days: 2, facts: "Mohamed deelde de meme opnieuw.")
        ).value
        let refused = refusal { _ = try school.service.letters.drafts(case: c.id, template: warning) }
        #expect(
            refused?.message.nl.contains("de waarschuwing van 16-11-2026 is gevolgd door de schorsing van 17-11-2026")
                == true, "\(String(describing: refused))")
        // The suspension's own letter states the suspension's facts.
        let suspension = try #require(
            try school.service.letters.drafts(case: c.id, template: try Fixtures.letters.require("schorsingsbesluit"))
                .first)
        #expect(suspension.body.contains("Mohamed deelde de meme opnieuw."), "\(suspension.body)")
    }
}
