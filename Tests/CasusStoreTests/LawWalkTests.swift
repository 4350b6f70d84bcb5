import CasusCore
import CasusStore
import Testing
import CasusTestSupport

/// The law as it is (research/law.md): every sector and denomination walked through a suspension
/// and a removal with the right obligations and citations; the school calendar; the meldplicht's
/// consultation; the staff voornemen; the parents' ladder; time-out; data breach and inzage.
@Suite struct LawWalkTests {
    struct Setting: CustomStringConvertible, Sendable {
        var sector: Sector
        var denomination: Denomination
        var description: String { "\(sector.rawValue)/\(denomination.rawValue)" }
    }

    static let settings: [Setting] = Sector.allCases.flatMap { s in
        Denomination.allCases.map { Setting(sector: s, denomination: $0) }
    }

    @Test(arguments: settings)
    func suspensionAndRemovalFollowTheSectorAndDenomination(_ setting: Setting) throws {
        let (sector, denomination) = (setting.sector, setting.denomination)
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: sector, denomination: denomination, region: .noord))
        let (pupil, _) = try school.pupil("Daan", "de Groot", group: "7", parent: "Esther de Groot")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming gedeeld.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value

        // Suspension, Tuesday 17 November, two school days.
        school.clock.set("2026-11-17")
        let options = try school.service.cases.assess(c.id).options
        let suspension = try #require(options.first { $0.rung == .suspension })
        let notes = suspension.notes.map(\.nl).joined(separator: "\n")
        #expect(notes.contains("ten hoogste één week"))
        #expect(notes.contains("Leerplichtwet 1969 art. 11 onder c"))
        if denomination == .openbaar {
            // Awb 4:8 first: the parents' view, or the urgency of Awb 4:11.
            #expect(suspension.needsUrgency)
            let refused = refusal {
                try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
            }
            #expect(refused?.message.nl.contains("Awb art. 4:8") == true, "\(setting)")
            #expect(refused?.message.nl.contains("Awb art. 4:11") == true)
            #expect(try school.service.cases.detail(c.id).steps.count == 1, "nothing changed")
            try school.heard(c, sector == .vo ? [.pupil, .parents] : [.parents], "Zienswijze ouders gehoord.")
        } else {
            #expect(!suspension.needsUrgency)
            let complaints = ["po": "WPO art. 14", "so": "WEC art. 23", "vo": "niet geverifieerd"][sector.rawValue]!
            #expect(notes.contains("klachtenregeling") && notes.contains(complaints), "\(setting): \(notes)")
        }
        let (_, sObligations) = try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)
        ).value.parts
        let sKinds = sObligations.map(\.kind)
        #expect(sKinds.contains(.suspensionDecision) && sKinds.contains(.inspectieSuspension))
        #expect(sKinds.contains(.schoolwork))
        #expect(sKinds.contains(.objectionWindow) == (denomination == .openbaar), "\(setting)")
        let inspectie = try #require(sObligations.first { $0.kind == .inspectieSuspension })
        let lid3 = ["po": "WPO art. 40c lid 3", "vo": "WVO 2020 art. 8.14 lid 3", "so": "WEC art. 40a lid 3"]
        #expect(inspectie.remark.nl.contains(lid3[sector.rawValue]!), "\(setting)")
        let decision = try #require(sObligations.first { $0.kind == .suspensionDecision })
        let lid2 = ["po": "WPO art. 40c lid 2", "vo": "WVO 2020 art. 8.14 lid 2", "so": "WEC art. 40a lid 2"]
        #expect(decision.remark.nl.contains(lid2[sector.rawValue]!))
        if sector == .vo { #expect(decision.remark.nl.contains("jonger is dan 21")) }

        // Removal, 26 November: the hearings first, dated before the decision.
        school.clock.set("2026-11-26")
        let early = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .removal, reason: "Ernstige herhaling.")).value
        }
        let needed: [HeardParty] = sector == .vo ? [.pupil, .parents] : [.teacher, .parents]
        for party in needed {
            #expect(early?.message.nl.contains("--heard \(party.rawValue)") == true, "\(setting) \(party)")
        }
        school.clock.set("2026-11-26", hour: 9)
        try school.heard(c, needed, "Hoorgesprek.")
        school.clock.set("2026-11-26", hour: 11)
        let removalOption = try #require(try school.service.cases.assess(c.id).options.first { $0.rung == .removal })
        // The day of the meeting (held today: the note was written without another day).
        #expect(removalOption.notes.contains { $0.nl.contains("op 26-11-2026 (de dag van het gesprek)") })
        let (_, rObligations) = try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstige herhaling.")
        ).value.parts
        let byKind = Dictionary(rObligations.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byKind[.removalDecision] != nil && byKind[.otherSchool] != nil)
        #expect(byKind[.leerplichtRemoval]?.remark.nl.contains("Leerplichtwet 1969 art. 18 lid 1") == true)
        #expect(byKind[.otherSchool]?.remark.nl.contains("8 weken") == false)
        if sector == .vo {
            #expect(byKind[.inspectieConsult]?.remark.nl.contains("WVO 2020 art. 8.15 lid 4") == true)
            #expect(byKind[.inspectieRemoval] == nil)
        } else {
            #expect(byKind[.inspectieRemoval]?.remark.nl.contains("niet geverifieerd") == true)
        }
        let window = try #require(byKind[.objectionWindow])
        let windowSource: String =
            switch (sector, denomination) {
            case (_, .openbaar): "Awb art. 6:7 en 6:8"
            case (.po, .bijzonder): "WPO art. 63 lid 3"
            case (.vo, .bijzonder): "WVO 2020 art. 8.15 lid 7"
            case (.so, .bijzonder): "WEC art. 61 lid 3; deels geverifieerd"
            }
        #expect(window.remark.nl.contains(windowSource), "\(setting): \(window.remark.nl)")
        #expect(window.isDeadlineForOthers && window.due.iso == "2027-01-07")

        // The objection arrives on 10 December.
        school.clock.set("2026-12-10")
        let objection = try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-10")).value
        let (due, source): (String, String) =
            switch (sector, denomination) {
            case (.po, .openbaar): ("2027-02-04", "WPO art. 40 lid 12")  // 4 weeks after the 6 weeks
            case (.so, .openbaar): ("2027-02-04", "WEC art. 40 lid 20–21")
            case (.po, .bijzonder): ("2027-01-07", "WPO art. 63 lid 3")  // 4 weeks after receipt
            case (.vo, _): ("2027-01-07", "WVO 2020 art. 8.15 lid 8")
            case (.so, .bijzonder): ("2027-01-07", "WEC art. 61 lid 3; deels geverifieerd")
            }
        #expect(objection.due.iso == due, "\(setting)")
        #expect(objection.remark.nl.contains(source), "\(setting): \(objection.remark.nl)")
        // Special education: no decision on the objection before the inspecteur was consulted (WEC
        // art. 40 lid 21; art. 61 lid 4, with the advice read and the parents heard again). A legal
        // review found the case asked only for the decision.
        let consult = try school.service.cases.detail(c.id).obligations.first { $0.kind == .objectionConsult }
        #expect((consult != nil) == (sector == .so), "\(setting)")
        if let consult {
            let article = denomination == .openbaar ? "WEC art. 40 lid 21" : "WEC art. 61 lid 4"
            #expect(consult.remark.nl.contains(article) && consult.due.iso == due, "\(setting): \(consult.remark.nl)")
            #expect(consult.remark.nl.contains("opnieuw horen") == (denomination == .bijzonder))
            let tooSoon = refusal { try school.service.cases.markDone(c.id, obligation: "objection-decision").value }
            #expect(tooSoon?.message.nl.contains("overleg met de inspecteur") == true, "\(setting)")
            try school.service.cases.markDone(c.id, obligation: "objection-consult")
        }
        // Not before the parents (in VO the pupil too) were heard on the objection: the decision was
        // ticked with no hearing at all (a legal review; WPO art. 63 lid 3, Awb art. 7:2 lid 1).
        let unheard = refusal { try school.service.cases.markDone(c.id, obligation: "objection-decision").value }
        let hearingSource =
            switch (sector, denomination) {
            case (.po, .bijzonder): "WPO art. 63 lid 3"
            case (.so, .bijzonder): "WEC art. 61 lid 3"
            case (.vo, _): "WVO 2020 art. 8.15 lid 8"
            case (_, .openbaar): "Awb art. 7:2 lid 1"
            }
        #expect(unheard?.message.nl.contains("op het bezwaar beslist u pas als de") == true, "\(setting)")
        #expect(unheard?.message.nl.contains(hearingSource) == true, "\(setting): \(unheard?.message.nl ?? "")")
        #expect(unheard?.message.nl.contains("casus case declined") == (denomination == .openbaar || sector == .vo))
        // Its letter neither: filed, it would tick the decision when sent.
        let decisionLetter = try Fixtures.letters.require("beslissing-op-bezwaar")
        let unheardLetter = refusal {
            try school.service.letters.file(case: c.id, template: decisionLetter, body: "Beslissing op het bezwaar.")
                .value
        }
        #expect(unheardLetter?.message.nl.contains("op het bezwaar beslist u pas als de") == true, "\(setting)")
        school.clock.set("2026-12-10", hour: 11)
        _ = try school.heard(c, sector == .vo ? [.pupil, .parents] : [.parents], "Hoorzitting over het bezwaar.")
        // The letter says when they were heard, on which article, and where to go next: the
        // administrative court (openbaar, Awb art. 8:1), the civil court (bijzonder).
        let letter = try school.service.letters.drafts(case: c.id, template: decisionLetter)[0].body
        let flat = letter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("gehoord op 10 december 2026 (\(hearingSource)"), "\(setting): \(flat)")
        #expect(
            flat.contains(
                denomination == .openbaar
                    ? "beroep instellen bij de bestuursrechter van de rechtbank (Awb art. 8:1 en 6:7)"
                    : "de zaak voorleggen aan de civiele rechter"), "\(setting): \(flat)")
        try school.sendDecision(c, "beslissing-op-bezwaar")

        // Final only once another school accepts; in VO after consulting the Inspectie.
        #expect(try school.service.cases.assess(c.id).advice.contains { $0.nl.contains("nog niet definitief") })
        // And not before the decision was made known: it was made final with its letter unsent (a
        // legal review). The letter, recorded as sent, ticks the written decision.
        let unsent = refusal {
            try school.service.cases.acceptedElsewhere(c.id, school: "Het Stedelijk", on: school.clock.now.localDate())
                .value
        }
        let effect = denomination == .openbaar ? "Awb art. 3:40" : "BW art. 3:37 lid 3"
        #expect(unsent?.message.nl.contains("nog niet bekendgemaakt") == true, "\(setting)")
        #expect(unsent?.message.nl.contains(effect) == true, "\(setting): \(unsent?.message.nl ?? "")")
        let letters = Fixtures.letters
        let t = try letters.require("verwijderingsbesluit")
        // The fields the director fills in (what the parents said, a source casus could not verify).
        for draft in try school.service.letters.drafts(case: c.id, template: t) {
            let body = draft.body.replacingOccurrences(
                of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
            let filed = try school.service.letters.file(case: c.id, template: t, body: body).value
            try school.service.letters.sent(
                entry: filed.entry.id, on: school.clock.now.localDate(), via: .registered, library: letters
            ).value
        }
        #expect(try school.obligations(c).first { $0.kind == .removalDecision }?.isDone == true, "\(setting)")
        // Ticked bare, the removal read final with no school named, no consult with the Inspectie
        // and no report of the final removal, and the case closed (a review).
        let bare = refusal { try school.service.cases.markDone(c.id, obligation: "other-school").value }
        #expect(bare?.message.nl.contains("leg vast welke school de leerling toelaat") == true, "\(setting)")
        #expect(bare?.hint?.nl.contains("casus case accept \(c.number) --school") == true)
        #expect(try school.obligations(c).first { $0.kind == .otherSchool }?.isDone == false)
        if sector == .vo {
            let before = refusal {
                try school.service.cases.acceptedElsewhere(
                    c.id, school: "Het Stedelijk", on: school.clock.now.localDate()
                )
                .value
            }
            #expect(before?.message.nl.contains("WVO 2020 art. 8.15 lid 4") == true)
            try school.service.cases.markDone(c.id, obligation: "inspectie-consult")
        }
        try school.service.cases.acceptedElsewhere(c.id, school: "Het Stedelijk", on: Fixtures.date("2026-12-10"))
        let after = try school.service.cases.detail(c.id)
        #expect(after.obligations.first { $0.kind == .otherSchool }?.isDone == true)
        #expect(after.obligations.contains { $0.kind == .inspectieFinalRemoval } == (sector == .vo))
        #expect(try school.service.cases.assess(c.id).advice.contains { $0.nl.contains("Verwijdering definitief") })
    }

    @Test func theGeschillencommissieSuspendsTheTermForTheDecisionOnTheObjection() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-26",
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder))
        let (pupil, _) = try school.pupil("Sem", "Vos", parent: "Rob Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        school.clock.set("2026-11-26", hour: 9)
        try school.heard(c, [.teacher, .parents])
        school.clock.set("2026-11-26", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstig.", justification: "Zeer ernstig voorval.")
        ).value
        school.clock.set("2026-12-10")
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-10")).value
        school.clock.set("2026-12-15")
        try school.service.cases.disputeRequested(c.id, on: Fixtures.date("2026-12-15"))
        var o = try #require(try school.obligations(c).first { $0.kind == .objectionDecision })
        #expect(o.pausedFrom?.iso == "2026-12-15" && !o.isOverdue(on: Fixtures.date("2027-02-01")))
        #expect(try school.obligations(c).first { $0.kind == .disputeOpinion }?.due.iso == "2027-02-23")
        // Not closable, and the dossier is held, while the commission has it.
        #expect(
            refusal { try school.service.cases.close(c.id, outcome: .founded, reason: "Klaar.").value }?.message.nl
                .contains(
                    "Geschillencommissie") == true)
        #expect(try school.service.cases.assess(c.id).advice.contains { $0.nl.contains("WPO art. 43 lid 4") })
        // Nor is the objection decided, heard or not, before the commission's opinion (WPO art. 43 lid
        // 4: "niet dan nadat de commissie heeft geoordeeld"); it was ticked beside it (a review).
        school.clock.set("2026-12-16")
        _ = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        let early = refusal { try school.service.cases.markDone(c.id, obligation: "objection-decision").value }
        #expect(early?.message.nl.contains("heeft geoordeeld (voorgelegd op 15-12-2026) (WPO art. 43 lid 4)") == true)
        school.clock.set("2027-02-01")
        try school.service.cases.disputeOpinion(
            c.id, on: Fixtures.date("2027-02-01"), outcome: "Verwijdering zorgvuldig.")
        o = try #require(try school.obligations(c).first { $0.kind == .objectionDecision })
        #expect(o.pausedFrom == nil && o.due.iso == "2027-02-24")  // 7 January + 48 days suspended
        try school.sendDecision(c, "beslissing-op-bezwaar")
    }

    @Test func aSuspensionNeverFallsInTheChristmasHoliday() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-12-17",
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder, region: .noord))
        let (pupil, _) = try school.pupil("Lotte", "Jansen", parent: "Anne Jansen")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        // Thursday 17 December: three days from Friday would run into the Christmas holiday.
        let e = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 3)).value
        }
        #expect(e?.message.nl.contains("Kerstvakantie (19-12-2026 t/m 03-01-2027)") == true, "\(e?.message.nl ?? "")")
        #expect(e?.message.nl.contains("--days 1") == true)
        #expect(e?.message.nl.contains("--start 2027-01-04") == true)
        #expect(e?.message.nl.contains("ontwerpkeuze van casus") == true)
        #expect(try school.service.cases.detail(c.id).steps.count == 1, "nothing changed")
        // Asked to start in the holiday: refused, the first school day after it named. It started on 4
        // January with a notice, a decision other than the one the director took (a legal review).
        func asked(_ day: String) -> CasusError? {
            refusal {
                try school.service.cases.step(
                    c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2, startDate: Fixtures.date(day))
                ).value
            }
        }
        let inHoliday = asked("2026-12-21")
        #expect(inHoliday?.message.nl.contains("ma 21-12-2026 is geen schooldag (Kerstvakantie") == true)
        #expect(inHoliday?.message.nl.contains("de eerste schooldag daarna is ma 04-01-2027") == true)
        // A year typed wrong: more than ten school days on, refused.
        #expect(asked("2027-09-20")?.message.nl.contains("klopt het jaar?") == true)
        #expect(try school.service.cases.detail(c.id).steps.count == 1, "nothing changed")
        let stepped = try school.service.cases.step(
            c.id,
            StepRequest(rung: .suspension, reason: "Herhaling.", days: 2, startDate: Fixtures.date("2027-01-04"))
        ).value
        #expect(stepped.step.startDate?.iso == "2027-01-04" && stepped.step.endDate?.iso == "2027-01-05")
    }

    /// Easter Monday is no school day: four school days from the Thursday before Easter end on the
    /// Wednesday after it (five would run past the week), and a single day off in
    /// the school's own rooster is skipped, not refused as a holiday the suspension would run over.
    @Test func aSuspensionSkipsEasterMondayAndRunsOverASingleDayOff() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2027-03-24",
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder, region: .noord))
        let (pupil, _) = try school.pupil("Lotte", "Jansen", parent: "Anne Jansen")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let calendar = try school.service.directory.calendar().calendar
        #expect(calendar.closure(on: Fixtures.date("2027-03-29"))?.reason == "Tweede Paasdag")
        #expect(calendar.isSchoolDay(Fixtures.date("2027-03-26")), "Goede Vrijdag is the school's own choice")
        // Five school days from Thursday run to the next Thursday, eight days: more than the week
        // the law allows (WPO art. 40c lid 1), refused with what fits (a legal review).
        let tooLong = refusal {
            try school.service.cases.step(
                c.id,
                StepRequest(rung: .suspension, reason: "Herhaling.", days: 5, startDate: Fixtures.date("2027-03-25"))
            ).value
        }
        let said = tooLong?.message.nl ?? ""
        #expect(
            said.contains("tot en met 01-04-2027, langer dan één week") && said.contains("WPO art. 40c lid 1"),
            "\(said)")
        #expect(said.contains("kies ten hoogste 4 schooldagen (--days 4)"), "\(said)")
        let stepped = try school.service.cases.step(
            c.id,
            StepRequest(rung: .suspension, reason: "Herhaling.", days: 4, startDate: Fixtures.date("2027-03-25"))
        ).value
        #expect(stepped.step.startDate?.iso == "2027-03-25" && stepped.step.endDate?.iso == "2027-03-31")
        // The school's own rooster names Goede Vrijdag as a day off: skipped too, and not a "vakantie".
        let imported = try school.service.directory.importCalendar(
            """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261219
            DTEND;VALUE=DATE:20270104
            SUMMARY:Kerstvakantie
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270326
            DTEND;VALUE=DATE:20270327
            SUMMARY:Goede Vrijdag
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270329
            DTEND;VALUE=DATE:20270330
            SUMMARY:Tweede Paasdag
            END:VEVENT
            END:VCALENDAR
            """, file: "rooster.ics"
        ).value
        // The rooster replaces casus's defaults within its dates: Koningsdag, after them, stays.
        #expect(imported.openPublicHolidays.isEmpty)
        let other = try school.openCase(about: school.pupil("Sem", "Bos", parent: "Ilse Bos").0, articles: ["A.5"])
        try school.service.cases.step(other.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let second = try school.service.cases.step(
            other.id,
            StepRequest(rung: .suspension, reason: "Herhaling.", days: 3, startDate: Fixtures.date("2027-03-25"))
        ).value
        #expect(second.step.endDate?.iso == "2027-03-31", "Thursday, then Tuesday and Wednesday")
        // A holiday of four weekdays is a vakantie, judged with the weekend beside it (a review of
        // the change: a Tuesday-to-Friday holiday was run over).
        try school.service.directory.addClosure(
            from: Fixtures.date("2027-04-13"), through: Fixtures.date("2027-04-16"), reason: "Voorjaarsweek",
            kind: .holiday)
        let third = try school.openCase(about: school.pupil("Mila", "Bos", parent: "Ilse Bos").0, articles: ["A.5"])
        try school.service.cases.step(third.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let overHoliday = refusal {
            try school.service.cases.step(
                third.id,
                StepRequest(rung: .suspension, reason: "Herhaling.", days: 5, startDate: Fixtures.date("2027-04-12"))
            ).value
        }
        #expect(overHoliday?.message.nl.contains("Voorjaarsweek") == true, "\(String(describing: overHoliday))")
    }

    /// A PO school on Monday 30 November 2026 (a bijzondere or an openbare), and a case about Lotte
    /// at the warning: where the suspension tests start.
    func warnedPupil(_ denomination: Denomination) throws -> (TestSchool, Person, Case) {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-30",
            record: SchoolRecordChange(sector: .po, denomination: denomination, region: .noord))
        let (pupil, _) = try school.pupil("Lotte", "Jansen", parent: "Anne Jansen")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        return (school, pupil, c)
    }

    /// A director whose account is linked to no person (added with `casus users add` alone) signed
    /// letters to parents with the login name (a review). The signature is a field to fill in, and
    /// the letter is not filed until it is.
    @Test func aLetterOfAnUnnamedAccountAsksForTheSignersName() throws {
        let (school, _, c) = try warnedPupil(.openbaar)
        try school.service.directory.addUser(account: "c37dira", role: .director, personID: nil).value
        let director = try school.session("c37dira")
        let template = try Fixtures.letters.require("waarschuwing")
        let draft = try director.letters.draft(case: c.id, template: template)
        #expect(!draft.contains("c37dira") && draft.contains("[naam van wie ondertekent"), "\(draft)")
        let unsigned = refusal { try director.letters.file(case: c.id, template: template, body: draft).value }
        #expect(unsigned?.message.nl.contains("[naam van wie ondertekent") == true, "\(String(describing: unsigned))")
        let signed = draft.replacingOccurrences(
            of: "[naam van wie ondertekent: uw account is aan geen persoon gekoppeld]", with: "C. de Jong")
        #expect(
            try director.letters.file(case: c.id, template: template, body: signed).value.entry.body.contains(
                "C. de Jong"))
    }

    /// A second suspension starts after the one that runs: not on its last day (3 December was in
    /// both), and a start asked inside it is refused, nothing saved.
    @Test func aSecondSuspensionStartsAfterTheOneThatRuns() throws {
        let (school, pupil, c) = try warnedPupil(.bijzonder)
        // Monday 30 November: two days, Tuesday and Wednesday.
        let first = try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)
        ).value.step
        #expect(first.startDate?.iso == "2026-12-01" && first.endDate?.iso == "2026-12-02")
        // Asked on Tuesday to start Wednesday: inside the one that runs.
        school.clock.set("2026-12-01")
        let e = refusal {
            try school.service.cases.step(
                c.id,
                StepRequest(rung: .suspension, reason: "Weer.", days: 2, startDate: Fixtures.date("2026-12-02"))
            ).value
        }
        #expect(
            e?.message.nl.contains("er loopt al een schorsing tot en met 02-12-2026") == true, "\(e?.message.nl ?? "")")
        #expect(e?.message.nl.contains("op zijn vroegst 03-12-2026") == true)
        #expect(try school.service.cases.detail(c.id).steps.count == 2, "nothing saved")
        // Without a start: the day after the running one ends, not the next school day.
        let second = try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Weer.", days: 2)
        ).value.step
        #expect(second.startDate?.iso == "2026-12-03" && second.endDate?.iso == "2026-12-04", "\(second)")
        // The same pupil's suspension in another case: after both (it started inside the first).
        let other = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(other.id, StepRequest(rung: .warning, reason: "Eerste keer hier.")).value
        // The dialog's options say that day too (they named Wednesday, the step took Monday, a review).
        let offered = try school.service.cases.stepOptions(other.id).1.options.first { $0.rung == .suspension }
        #expect(offered?.defaultFirst?.iso == "2026-12-07", "\(String(describing: offered?.defaultFirst))")
        let third = try school.service.cases.step(
            other.id, StepRequest(rung: .suspension, reason: "Nog een voorval.", days: 1, justification: "Ernstig.")
        ).value.step
        #expect(third.startDate?.iso == "2026-12-07", "\(third)")
    }

    /// Suspensions that follow on from each other without a school day between are one suspension
    /// to the pupil, and it lasts at most a week (WPO art. 40c lid 1): three decisions on one day,
    /// 2, 5 and 3 days, one called "Verlenging", suspended a pupil ten school days in a row (a
    /// legal review).
    @Test func suspensionsThatFollowOnAreOneWeekAtMost() throws {
        let (school, _, c) = try warnedPupil(.bijzonder)
        func suspend(_ days: Int, from start: String? = nil) throws -> Step {
            try school.service.cases.step(
                c.id,
                StepRequest(rung: .suspension, reason: "Verlenging.", days: days, startDate: start.map(Fixtures.date))
            ).value.step
        }
        // Tuesday 1 and Wednesday 2 December.
        #expect(try suspend(2).endDate?.iso == "2026-12-02")
        // Five more from Thursday ran to 9 December: the week from 1 December ends on the 7th.
        let five = refusal { try suspend(5) }
        #expect(
            five?.message.nl.contains("sluit zonder schooldag ertussen aan op een schorsing die 01-12-2026 begon")
                == true,
            "\(String(describing: five))")
        #expect(five?.message.nl.contains("WPO art. 40c lid 1") == true)
        #expect(five?.message.nl.contains("--days 3") == true, "Thursday, Friday and Monday still fit")
        #expect(try school.service.cases.detail(c.id).steps.count == 2, "nothing saved")
        // Three fit: Thursday, Friday, Monday 7 December.
        #expect(try suspend(3).endDate?.iso == "2026-12-07")
        let more = refusal { try suspend(1) }
        #expect(more?.message.nl.contains("er kan geen dag meer bij") == true, "\(String(describing: more))")
        // With a school day back at school between, a new decision is a suspension of its own.
        #expect(try suspend(1, from: "2026-12-09").startDate?.iso == "2026-12-09")
    }

    /// A letter to the parents about a lighter measure speaks of that measure, never of a suspension
    /// taken since: written after a suspension it said "Maatregel: schorsing", dated the decision's
    /// day, with none of a suspension decision's rights (a legal review).
    @Test func aLetterAboutALighterMeasureNeverSpeaksOfASuspension() throws {
        let (school, _, c) = try warnedPupil(.bijzonder)
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        let template = try Fixtures.letters.require("maatregel-ouders")
        let letter = try school.service.letters.drafts(case: c.id, template: template)[0].body
        #expect(!letter.contains("schorsing"), "\(letter)")
        let flat = letter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Maatregel: [apparaat in bewaring, ICT-verbod, intrekken e-mailadres of contract]"))
    }

    /// An openbare school's suspension is a decision under the Awb: the parents' objection to it is
    /// recorded, decided within six weeks after the objection period (Awb art. 7:10 lid 1), after
    /// they were heard (art. 7:2), by a letter that names the appeal. It could not be recorded at
    /// all, though every such letter invites it (a legal review). A bijzondere school's cannot.
    @Test(arguments: [Denomination.openbaar, .bijzonder])
    func anObjectionToASuspensionAtAnOpenbareSchool(_ denomination: Denomination) throws {
        let (school, _, c) = try warnedPupil(denomination)
        if denomination == .openbaar { _ = try school.heard(c, [.parents], "Zienswijze van de ouders.") }
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        // A talk after the suspension, before the objection: no hearing on it (it was taken for one,
        // and the letter named it, a legal review).
        school.clock.set("2026-12-03")
        _ = try school.heard(c, [.parents], "Terugkeergesprek na de schorsing.")
        school.clock.set("2026-12-07")
        guard denomination == .openbaar else {
            let refused = refusal {
                try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-07")).value
            }
            #expect(refused?.hint?.nl.contains("klachtenregeling") == true, "\(String(describing: refused))")
            return
        }
        let objection = try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-07")).value
        // Made known on 30 November (no letter recorded as sent): six weeks to 11 January, six more.
        #expect(objection.due.iso == "2027-02-22", "\(objection.due)")
        #expect(objection.remark.nl.contains("Awb art. 7:10 lid 1"), "\(objection.remark.nl)")
        let unheard = refusal { try school.service.cases.markDone(c.id, obligation: "objection-decision").value }
        #expect(
            unheard?.message.nl.contains("de ouders in de gelegenheid zijn gesteld te worden gehoord (Awb art. 7:2")
                == true)
        // Invited to the hearing on the objection, they did not come (Awb art. 7:3 onder c): enough,
        // and the letter says so, not that they were heard.
        school.clock.set("2026-12-14")
        _ = try school.service.cases.hearingDeclined(
            c.id, party: .parents, invited: Fixtures.date("2026-12-13"), on: Fixtures.date("2026-12-14"),
            note: "Uitgenodigd voor 14-12; niet gekomen."
        )
        .value
        let template = try Fixtures.letters.require("beslissing-op-bezwaar")
        let letter = try school.service.letters.drafts(case: c.id, template: template)[0].body
        let flat = letter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("bezwaar tegen de schorsing van Lotte Jansen"), "\(flat)")
        #expect(flat.contains("om Lotte te schorsen"), "\(flat)")
        #expect(flat.contains("u hebt die gelegenheid niet benut (14 december 2026)"), "\(flat)")
        #expect(!flat.contains("gehoord op"), "\(flat)")
        #expect(flat.contains("(Awb art. 7:2 lid 1)"), "\(flat)")
        #expect(flat.contains("beroep instellen bij de bestuursrechter"), "\(flat)")
        // A removal taken since does not make it an objection to the removal: the letter is on the
        // decision objected to, under the Awb (it became one on the removal, under WPO, a review).
        school.clock.set("2026-12-15")
        _ = try school.heard(c, [.teacher, .parents], "Gesprek over een verwijdering.")
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Opnieuw gefilmd.", justification: "Zeer ernstig.")
        ).value
        let later = try school.service.letters.drafts(case: c.id, template: template)[0].body
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(later.contains("om Lotte te schorsen") && later.contains("(Awb art. 7:2 lid 1)"), "\(later)")
        try school.sendDecision(c, "beslissing-op-bezwaar")
    }

    /// At an openbare VO school a pupil of 18 gives their view for themselves (or the parents do):
    /// the explanation and the refusal named the parents alone (a review).
    @Test func anAdultVOPupilIsAskedTheirViewToo() throws {
        for (born, who) in [("2008-01-01", "de leerling (18 of ouder) of de ouders"), ("2012-01-01", "de ouders")] {
            let school = try TestSchool(
                protocol: "jozefschool", on: "2026-11-30",
                record: SchoolRecordChange(sector: .vo, denomination: .openbaar, region: .noord))
            let (pupil, _) = try school.pupil("Lars", "de Vries", parent: "Ria de Vries", born: born)
            let c = try school.openCase(about: pupil, articles: ["A.5"])
            try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
            let notes = try #require(
                try school.service.cases.assess(c.id).options.first { $0.rung == .suspension }?.notes.map(\.nl))
            #expect(notes.contains { $0.contains("eerst \(who) in de gelegenheid") }, "\(born): \(notes)")
            let refused = refusal {
                try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1))
                    .value
            }
            #expect(refused?.message.nl.contains("stel \(who) eerst in de gelegenheid") == true, "\(born)")
        }
    }

    /// "No view within the term" of a pupil's parents says a term was given (Awb art. 4:8: the
    /// opportunity): it names how and when they were invited, or it is not recorded. One recorded
    /// the day the case opened, with no invitation anywhere, let a suspension through (a review).
    @Test func noViewWithinTheTermSaysHowTheParentsWereInvited() throws {
        let (school, _, c) = try warnedPupil(.openbaar)
        let bare = refusal {
            try school.service.cases.zienswijze(c.id, on: Fixtures.date("2026-11-30"), given: false, note: " ").value
        }
        #expect(
            bare?.message.nl.contains("hoe de ouders zijn uitgenodigd") == true,
            "\(String(describing: bare))")
        #expect(bare?.hint?.nl.contains("Awb art. 4:11") == true)
        #expect(try school.service.cases.detail(c.id).facts.allSatisfy { $0.kind != .zienswijze }, "nothing recorded")
        // What may not be stored is found where it was typed (it was "regel 2, teken 14" of the record).
        let control = refusal {
            try school.service.cases.zienswijze(
                c.id, on: Fixtures.date("2026-11-30"), given: false, note: "abc\u{7}def"
            )
            .value
        }
        #expect(control?.message.nl.contains("(regel 1, teken 4)") == true, "\(String(describing: control))")
        let stillUrgent = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        }
        #expect(stillUrgent?.message.nl.contains("Awb art. 4:8") == true)
        let invited = "Per brief uitgenodigd."
        school.clock.set("2026-12-03")
        _ = try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-12-03"), given: false, invited: Fixtures.date("2026-11-30"),
            until: Fixtures.date("2026-12-02"), note: invited
        ).value
        let record = try #require(
            try school.service.cases.detail(c.id).entries.last { $0.title.hasPrefix("Zienswijze van de ouders") })
        #expect(
            record.body.contains(
                "Geen zienswijze ontvangen binnen de termijn.\nUitnodiging: \(invited)\nUitgenodigd op 30-11-2026; reageren kon tot en met 02-12-2026."
            ),
            "\(record.body)")
        _ = try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
    }

    /// "No view within the term" names the day the parents were invited, as an invitation to be
    /// heard does: with a note alone, it was recorded the day they were invited (no term at all),
    /// and for an invitation sent before the previous step, on another decision (a review).
    @Test func noViewWithinTheTermNamesTheDayOfTheInvitation() throws {
        let (school, _, c) = try warnedPupil(.openbaar)
        school.clock.set("2026-12-03")
        let note = "Per brief uitgenodigd."
        func none(invited: String?, until: String? = "2026-12-02", on: String = "2026-12-03") -> CasusError? {
            refusal {
                try school.service.cases.zienswijze(
                    c.id, on: Fixtures.date(on), given: false, invited: invited.map(Fixtures.date),
                    until: until.map(Fixtures.date), note: note
                ).value
            }
        }
        let undated = none(invited: nil)
        #expect(undated?.message.nl.contains("--invited JJJJ-MM-DD") == true, "\(String(describing: undated))")
        // The term's last day: "none within the term" only after it (it was recorded two days before
        // the term the note named ran out, and a suspension began inside it, a review).
        let unterminated = none(invited: "2026-11-30", until: nil)
        #expect(unterminated?.message.nl.contains("--until JJJJ-MM-DD") == true, "\(String(describing: unterminated))")
        let within = none(invited: "2026-11-30", until: "2026-12-04")
        #expect(
            within?.message.nl.contains("konden hun zienswijze nog geven tot en met 04-12-2026") == true,
            "\(String(describing: within))")
        // A term that ends the day of the invitation gave no opportunity (a review).
        let noTerm = none(invited: "2026-11-30", until: "2026-11-30")
        #expect(noTerm?.message.nl.contains("eindigt niet na de uitnodiging") == true, "\(String(describing: noTerm))")
        let sameDay = none(invited: "2026-12-03", until: "2026-12-03")
        #expect(
            sameDay?.message.nl.contains("heeft de gelegenheid om een zienswijze te geven nog niet gehad") == true,
            "\(String(describing: sameDay))")
        // The warning of 30-11 was the previous step: an invitation of the 27th was on another decision.
        let before = none(invited: "2026-11-27")
        #expect(
            before?.message.nl.contains("ligt vóór de vorige stap (30-11-2026)") == true,
            "\(String(describing: before))")
        #expect(try school.service.cases.detail(c.id).facts.allSatisfy { $0.kind != .zienswijze }, "nothing recorded")
        let stillUrgent = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        }
        #expect(stillUrgent?.message.nl.contains("Awb art. 4:8") == true)
        _ = try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-12-03"), given: false, invited: Fixtures.date("2026-11-30"),
            until: Fixtures.date("2026-12-02"), note: note
        ).value
        _ = try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        // An employee's view answers the voornemen within its own term: no invitation day there.
        let (staffSchool, _, proposed) = try Self.reprimandProposed()
        staffSchool.clock.set("2026-11-24")
        let staff = refusal {
            try staffSchool.service.cases.zienswijze(
                proposed.id, on: Fixtures.date("2026-11-24"), given: false, invited: Fixtures.date("2026-11-16"),
                note: ""
            ).value
        }
        #expect(
            staff?.message.nl.contains("horen bij de zienswijze van ouders") == true, "\(String(describing: staff))")
    }

    /// A zienswijze is on the intended decision it was asked for (Awb art. 4:8): one given before a
    /// first suspension let every later suspension at an openbare school through without a word
    /// from the parents (a legal review).
    @Test func aZienswijzeCountsForTheNextDecisionOnly() throws {
        let (school, _, c) = try warnedPupil(.openbaar)
        _ = try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-11-30"), given: true, note: "Vader belde: hij begrijpt het."
        ).value
        _ = try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1)).value
        school.clock.set("2026-12-07")
        let again = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Weer een filmpje.", days: 2))
                .value
        }
        #expect(again?.message.nl.contains("Awb art. 4:8") == true, "\(String(describing: again))")
        #expect(
            try school.service.cases.assess(c.id).options.first { $0.rung == .suspension }?.needsUrgency == true)
        _ = try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-12-07"), given: true, note: "Moeder belde over het tweede filmpje."
        ).value
        _ = try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Weer een filmpje.", days: 2))
            .value
    }

    @Test func dueDatesCountTheSchoolsOwnDays() throws {
        let school = try TestSchool(
            protocol: "konot", on: "2026-12-14",
            record: SchoolRecordChange(sector: .po, denomination: .openbaar, region: .noord))
        // A study day the school added by hand.
        try school.service.directory.addClosure(
            from: Fixtures.date("2027-01-04"), through: Fixtures.date("2027-01-04"), reason: "Studiedag",
            kind: .studyDay)
        let teacher = try school.staff("Wouter", "Brouwer")
        let c = try school.openCase(about: teacher, articles: ["4"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        let (_, o) = try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Herhaling.")).value
            .parts
        // 10 school days from Monday 14 December: 15–18 Dec, (holiday, study day 4 Jan), 5–8, 11, 12 Jan.
        #expect(o.first { $0.kind == .zienswijzeTerm }?.due.iso == "2027-01-12")
    }

    /// A zienswijze answers the voornemen: one dated before it is refused, said against the
    /// voornemen (it was taken when dated between the report and the voornemen, and refused
    /// against the report's day when before that, a review).
    @Test func aZienswijzeIsNotDatedBeforeItsVoornemen() throws {
        let (school, _, c) = try Self.staffCase()
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Discussie met ouder online.")).value
        school.clock.set("2026-11-18", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Herhaling.")).value
        let letter = try school.service.fileDrafts(c, "voornemen-maatregel")[0]
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-18"), via: .registered, library: Fixtures.letters
        ).value
        let early = refusal {
            _ = try school.service.cases.zienswijze(
                c.id, on: Fixtures.date("2026-11-17"), given: true, note: "Spijt."
            ).value
        }
        #expect(
            early?.message.nl.contains("ligt vóór het voornemen van 18-11-2026") == true, "\(String(describing: early))"
        )
        _ = try school.service.cases.zienswijze(c.id, on: Fixtures.date("2026-11-18"), given: true, note: "Spijt.")
            .value
    }

    @Test func aStaffReprimandGoesVoornemenZienswijzeBesluit() throws {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let teacher = try school.staff("Wouter", "Brouwer")
        let c = try school.openCase(about: teacher, articles: ["4"], summary: "In discussie met een ouder op X.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Discussie met ouder online.")).value
        let proposal = try school.service.cases.step(
            c.id, StepRequest(rung: .reprimand, reason: "Herhaling na waarschuwing.", respondDays: 5)
        ).value
        #expect(proposal.step.phase == .proposal && proposal.template == "voornemen-maatregel")
        #expect(proposal.obligations.map(\.kind) == [.registeredLetter, .zienswijzeTerm])
        #expect(proposal.obligations[1].due.iso == "2026-11-23")
        // The rung counts from the besluit, not the voornemen.
        var a = try school.service.cases.assess(c.id)
        #expect(a.current == .warning && a.suggested == .reprimand)
        let option = try #require(a.options.first { $0.rung == .reprimand })
        #expect(option.phase == .decision && !option.isAllowed)
        let early = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Besluit.", phase: .decision))
                .value
        }
        #expect(early?.message.nl.contains("zienswijze") == true)
        // The employee's term is not the director's to tick: `case done` on it decided the
        // reprimand two weeks early (found by a review). It stays open; the hint says what ends it.
        let ticked = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: ObligationKind.zienswijzeTerm.rawValue)
        }
        #expect(
            ticked?.message.nl.contains("loopt voor een ander, tot en met 23-11-2026") == true,
            "\(String(describing: ticked))")
        #expect(ticked?.hint?.nl.contains("casus case zienswijze \(c.number)") == true)
        #expect(
            ticked?.message.nl.contains("5 schooldagen") == true && ticked?.message.nl.contains("school days") == false)
        #expect(try school.obligations(c).first { $0.kind == .zienswijzeTerm }?.isDone == false)
        let byID = try #require(try school.obligations(c).first { $0.kind == .zienswijzeTerm })
        #expect(refusal { _ = try school.service.cases.markDone(c.id, obligation: String(byID.id)) } != nil)
        #expect(
            refusal {
                try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Besluit.", phase: .decision))
                    .value
            } != nil)
        school.clock.set("2026-11-19")
        // A view answers the voornemen once its letter went (ViewAfterTheVoornemenTests).
        #expect(
            refusal {
                try school.service.cases.zienswijze(
                    c.id, on: Fixtures.date("2026-11-19"), given: true, note: "Medewerker erkent de fout.")
            } != nil)
        // Not before the voornemen reached the employee: its letter recorded as sent (a besluit was
        // taken with no letter of the voornemen ever sent, and its letter said "Bij aangetekende
        // brief van …", a review).
        let unsent = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .reprimand, reason: "Berisping na zienswijze.", phase: .decision)
            ).value
        }
        #expect(
            unsent?.message.nl.contains("nog niet als aangetekend verzonden vastgelegd") == true,
            "\(String(describing: unsent))")
        // Not ticked bare: the voornemen's own letter, sent (a review ticked it with none).
        let bare = refusal {
            _ = try school.service.cases.markDone(c.id, obligation: ObligationKind.registeredLetter.rawValue).value
        }
        #expect(bare?.message.nl.contains("is een brief: die vinkt u niet zonder meer af") == true)
        #expect(bare?.hint?.nl.contains("--template voornemen-maatregel") == true)
        #expect(bare?.hint?.nl.contains("--via registered|hand") == true, "\(String(describing: bare))")
        let letter = try school.service.fileDrafts(c, "voornemen-maatregel")[0]
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-19"), via: .registered, library: Fixtures.letters
        ).value
        try school.service.cases.zienswijze(
            c.id, on: Fixtures.date("2026-11-19"), given: true, note: "Medewerker erkent de fout, vraagt om mildheid.")
        let besluit = try school.service.cases.step(
            c.id, StepRequest(rung: .reprimand, reason: "Berisping na zienswijze.", phase: .decision)
        ).value
        #expect(besluit.step.phase == .decision && besluit.template == "besluit-maatregel")
        #expect(besluit.obligations.map(\.kind) == [.decisionLetter])
        a = try school.service.cases.assess(c.id)
        #expect(a.current == .reprimand)
        #expect(try school.service.cases.detail(c.id).record.rung == .reprimand)
        #expect(try school.obligations(c).first { $0.kind == .zienswijzeTerm }?.isDone == true)
    }

    /// The employee's term to respond runs from the day the voornemen's registered letter went: a
    /// letter sent a month after the voornemen left a term already passed, and the besluit could
    /// follow on the day the employee first heard of it (a review). It moves to as many school days
    /// after the sending, the director is told, and the besluit waits for it.
    @Test func theTermToRespondRunsFromTheRegisteredLetter() throws {
        let (school, _, c) = try Self.reprimandProposed()
        #expect(try school.obligations(c).first { $0.kind == .zienswijzeTerm }?.due.iso == "2026-11-23")
        // Filed and sent three weeks later, on Monday 7 December: five school days after it.
        school.clock.set("2026-12-07", hour: 10)
        let t = try Fixtures.letters.require("voornemen-maatregel")
        let draft = try #require(try school.service.letters.drafts(case: c.id, template: t).first)
        let body = draft.body.replacingOccurrences(
            of: #"\[[^\]]*\]"#, with: "ingevuld", options: String.CompareOptions.regularExpression)
        let filed = try school.service.letters.file(case: c.id, template: t, body: body).value
        let sent = try school.service.letters.sent(
            entry: filed.entry.id, on: Fixtures.date("2026-12-07"), via: .registered, library: Fixtures.letters
        ).value
        #expect(try school.obligations(c).first { $0.kind == .zienswijzeTerm }?.due.iso == "2026-12-14")
        let said = sent.notes.map { $0.nl }.joined(separator: " | ")
        #expect(
            said.contains("de termijn voor de zienswijze loopt vanaf de verzending: tot en met 14 december 2026"),
            "\(said)")
        #expect(said.contains("De brief noemt een eerdere dag"), "\(said)")
        let early = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Besluit.", phase: .decision))
                .value
        }
        #expect(early?.message.nl.contains("(14-12-2026)") == true, "\(String(describing: early))")
        school.clock.set("2026-12-15", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Besluit.", phase: .decision)).value
    }

    /// A voornemen sent by e-mail first and ticked by hand once it also went registered (as casus
    /// advises): the term runs from the day it was ticked, as from a sending (it stayed, and the
    /// besluit followed the next day, a review).
    @Test func aRegisteredLetterTickedByHandMovesTheTermToo() throws {
        let (school, _, c) = try Self.reprimandProposed()
        school.clock.set("2026-12-07", hour: 10)
        let letter = try school.service.fileDrafts(c, "voornemen-maatregel")[0]
        let mailed = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-12-07"), via: .mail, library: Fixtures.letters
        ).value
        #expect(mailed.notRegistered?.kind == .registeredLetter)
        // Not ticked by hand with the e-mailed letter: no registered sending would be on record (a review).
        let mail = refusal {
            _ = try school.service.cases.markDone(
                c.id, obligation: ObligationKind.registeredLetter.rawValue, entry: letter.id, letters: Fixtures.letters
            ).value
        }
        #expect(mail?.message.nl.contains("niet aangetekend of per hand") == true, "\(String(describing: mail))")
        // The registered copy, filed again and sent so, does it.
        let t = try Fixtures.letters.require("voornemen-maatregel")
        let copy = try school.service.letters.file(case: c.id, template: t, body: letter.body, again: true).value.entry
        _ = try school.service.letters.sent(
            entry: copy.id, on: Fixtures.date("2026-12-07"), via: .registered, library: Fixtures.letters
        ).value
        #expect(try school.obligations(c).first { $0.kind == .registeredLetter }?.isDone == true)
        #expect(try school.obligations(c).first { $0.kind == .zienswijzeTerm }?.due.iso == "2026-12-14")
        school.clock.set("2026-12-08", hour: 10)
        let early = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Besluit.", phase: .decision))
                .value
        }
        #expect(early?.message.nl.contains("(14-12-2026)") == true, "\(String(describing: early))")
    }

    /// The voornemen's registered letter is done by its own letter: not by a letter of an earlier
    /// voornemen about another measure (a review ticked a suspension's voornemen with the reprimand's
    /// letter, and the besluit followed on a voornemen the employee never had).
    @Test func aVoornemenIsNotTickedWithAnEarlierVoornemensLetter() throws {
        let (school, _, c) = try Self.reprimandProposed()
        // The reprimand's voornemen sent, and a suspension proposed instead before it was decided
        // (decided, its facts are punished: StaffSameFactsTests).
        let first = try school.service.fileDrafts(c, "voornemen-maatregel")[0]
        _ = try school.service.letters.sent(
            entry: first.id, on: Fixtures.date("2026-11-16"), via: .registered, library: Fixtures.letters
        ).value
        school.clock.set("2026-11-30", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Weer online.", justification: "Ernstiger.", respondDays: 5)
        ).value
        let open = try #require(try school.obligations(c).last { $0.kind == .registeredLetter && !$0.isDone })
        let old = refusal {
            _ = try school.service.cases.markDone(
                c.id, obligation: String(open.id), entry: first.id, letters: Fixtures.letters
            ).value
        }
        #expect(
            old?.message.nl.contains("is niet geschreven na het voornemen waar") == true
                || old?.message.nl.contains("maakte al een ander besluit bekend") == true,
            "\(String(describing: old))")
        #expect(try school.obligations(c).first { $0.id == open.id }?.isDone == false)
    }

    /// A reprimand decided is not proposed again for the same facts (a review took a second one).
    @Test func aReprimandDecidedIsNotProposedAgain() throws {
        let (school, _, c) = try Self.reprimandProposed()
        try Self.reprimandDecided(school, c)
        school.clock.set("2026-11-30", hour: 10)
        let again = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Nog eens.", respondDays: 5))
                .value
        }
        #expect(again?.message.nl.contains("is in deze zaak al besloten") == true, "\(String(describing: again))")
        #expect(try !school.service.cases.assess(c.id).options.contains { $0.rung == .reprimand })
    }

    /// An employee recorded as gone gets no ordemaatregel and no dismissal after leaving (both were
    /// taken, their letters dated after it, a review); a pupil who left gets no measure either. The
    /// day of leaving is still theirs.
    @Test func whoLeftTheSchoolGetsNoMeasureAfterLeaving() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-12-07")
        let teacher = try school.staff("Gerrit", "Hoogeveen")
        let c = try school.openCase(about: teacher, articles: ["3A.5"], severity: .severe)
        try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-11-30"))
        for request in [
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek.", days: 5, urgency: "Direct nodig: onderzoek."),
            StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig."),
        ] {
            let e = refusal { try school.service.cases.step(c.id, request).value }
            #expect(
                e?.message.nl.contains("Gerrit Hoogeveen heeft de school verlaten op 30-11-2026") == true,
                "\(String(describing: e))")
        }
        #expect(try school.service.cases.detail(c.id).steps.isEmpty)
        try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-12-07"))
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek.", days: 1, urgency: "Direct nodig: onderzoek.")
        ).value
        // A leaving day recorded ahead: no measure begins after it, nor runs past it for staff.
        try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-12-10"))
        let ahead = refusal {
            try school.service.cases.step(
                c.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Onderzoek.", days: 5,
                    startDate: Fixtures.date("2026-12-14"), urgency: "Direct nodig: onderzoek.")
            ).value
        }
        #expect(
            ahead?.message.nl.contains("verlaat de school op 10-12-2026, vóór de eerste dag") == true,
            "\(String(describing: ahead))")
        let past = refusal {
            try school.service.cases.step(
                c.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Onderzoek.", days: 14, urgency: "Direct nodig: onderzoek.")
            ).value
        }
        #expect(
            past?.message.nl.contains("na het vertrek van Gerrit Hoogeveen op 10-12-2026") == true,
            "\(String(describing: past))")
        let (pupil, _) = try school.pupil("Noor", "Peters", parent: "Rob Peters")
        let p = try school.openCase(about: pupil, articles: ["3A.7"])
        try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2026-12-01"))
        let e = refusal { try school.service.cases.step(p.id, StepRequest(rung: .warning, reason: "Gesprek.")).value }
        #expect(e?.message.nl.contains("heeft de school verlaten op 01-12-2026") == true, "\(String(describing: e))")
    }

    /// A volunteer has no employment contract: casus recorded a summary dismissal of one, with its
    /// two months to go to court, while its letter said a volunteer has no contract (a review). A
    /// warning can be given; the contract's measures are refused, saying what can be done.
    @Test func aVolunteerGetsNoMeasureOfAnEmploymentContract() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-12-07")
        let volunteer = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .volunteer, firstName: "Linda", lastName: "Smits", address: TestSchool.address)
        ).value
        let c = try school.openCase(about: volunteer, articles: ["3A.5"], severity: .severe)
        for request in [
            StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Ernstig."),
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek.", days: 5, urgency: "Direct nodig: onderzoek."),
        ] {
            let e = refusal { try school.service.cases.step(c.id, request).value }
            #expect(
                e?.message.nl.contains("een vrijwilliger heeft geen arbeidsovereenkomst met de school") == true,
                "\(String(describing: e))")
        }
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
    }

    @Test func aPrecautionarySuspensionAndADismissalRoute() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-11-16")
        let teacher = try school.staff("Rob", "Bakker")
        let c = try school.openCase(about: teacher, articles: ["3A.8"], severity: .severe)
        let (step, o) = try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek loopt.", days: 35,
                urgency: "Direct nodig: onderzoek.")
        ).value.parts
        #expect(step.endDate?.iso == "2026-12-20")
        #expect(o.map(\.kind) == [.precautionaryLetter, .precautionaryEnd])
        #expect(o[1].due.iso == "2026-12-20" && o[1].remark.nl.contains("niet geverifieerd"))
        // Not a rung: the ladder has not moved.
        #expect(try school.service.cases.assess(c.id).current == nil)
        let noRoute = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .dismissal, reason: "Verwijtbaar.", justification: "Ernstig.")
            ).value
        }
        #expect(noRoute?.message.nl.contains("--route") == true)
        // Not the UWV's route: it permits only for economic reasons or long illness, and a case
        // under this protocol is about conduct (BW 7:671a lid 1; it was taken with a note, a review).
        let uwv = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .dismissal, reason: "Verwijtbaar.", justification: "Ernstig.", route: .uwv)
            ).value
        }
        #expect(
            uwv?.message.nl.contains("de route uwv past niet bij ontslag om gedrag") == true
                && uwv?.message.nl.contains("BW art. 7:671a lid 1") == true, "\(String(describing: uwv))")
        // Redeployment is not asked where the ground is culpable conduct (BW art. 7:669 lid 1, a review).
        let option = try school.service.cases.stepOptions(c.id).1.options.first { $0.rung == .dismissal }
        #expect(
            option?.notes.contains { $0.nl.contains("behalve bij verwijtbaar handelen of nalaten (lid 3 onder e)") }
                == true, "\(String(describing: option?.notes.map(\.nl)))")
        let (_, d) = try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .kantonrechter)
        ).value.parts
        #expect(d.map(\.kind) == [.dismissalCourt] && d[0].remark.nl.contains("BW art. 7:671b"))
        // The employee's export says it was a request (it read "ontslag" alone, a review).
        let export = try school.service.dossiers.export(teacher.id, format: .md)
        #expect(export.contains("ontslag (route: ontbinding door de kantonrechter)"), "\(export)")

        #expect(
            try school.service.cases.detail(c.id).facts.contains {
                $0.kind == .dismissalRoute && $0.value == "kantonrechter"
            })
        // The request does not end the employment: the kantonrechter does (BW art. 7:671b lid 1).
        // Until its end is recorded a second dismissal is refused, saying why, and an
        // ordemaatregel or a summary dismissal for new facts can still follow (a legal review:
        // everything was refused as "al beëindigd" from the request on).
        let again = refusal {
            _ = try school.service.cases.step(
                c.id,
                StepRequest(rung: .dismissal, reason: "Nogmaals.", justification: "Ernstig.", route: .kantonrechter))
        }
        let said = again?.message.nl ?? ""
        #expect(
            said.contains("het ontslag is in gang gezet") && said.contains("BW art. 7:671a lid 1 en 7:671b lid 1"),
            "\(said)")
        let options = try school.service.cases.assess(c.id).options
        for rung in [Rung.precautionarySuspension, .summaryDismissal] {
            let o = try #require(options.first { $0.rung == rung })
            #expect(!o.refusals.contains { $0.nl.contains("in gang gezet") || $0.nl.contains("beëindigd") }, "\(rung)")
        }
        // An end recorded ahead, as the court's ruling names it (recorded first: the request alone
        // ends nothing): a measure running past it is refused (an ordemaatregel from March was filed
        // after an end in January, a review); a second end says which it replaces.
        try school.service.cases.courtCase(c.id, started: true, on: Fixtures.date("2026-11-16"), note: "Verzoek.")
        try school.service.cases.courtCase(c.id, started: false, on: Fixtures.date("2026-11-16"), note: "Ontbonden.")
        try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-20"))
        let past = refusal {
            _ = try school.service.cases.step(
                c.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Onderzoek.", days: 14, urgency: "Direct nodig: onderzoek.")
            )
        }
        #expect(
            past?.message.nl.contains("loopt na het einde van het dienstverband op 20-11-2026") == true,
            "\(String(describing: past))")
        let replaced = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16")).value.replaced
        #expect(replaced == Fixtures.date("2026-11-20"))
        // The employment's end is the employee's leaving day, from which retention runs: a dismissed
        // employee's dossier was never due for a purge without a `people leave` too (a review).
        #expect(try school.service.directory.person(c.dossierID).leftOn == Fixtures.date("2026-11-16"))
        let ended = refusal {
            _ = try school.service.cases.step(
                c.id, StepRequest(rung: .summaryDismissal, reason: "Nieuw feit.", justification: "Zeer ernstig."))
        }
        #expect(ended?.message.nl.contains("het dienstverband is al beëindigd op 16-11-2026") == true)
    }

    /// Dismissal with the employee's consent: the employee may revoke it for three weeks, fourteen
    /// days only once told of the right in writing within two working days (BW art. 7:671 leden 2
    /// en 3). casus took fourteen days while it knew nothing of that notice, and accepted an end on
    /// which the consent could still be revoked (a review).
    @Test func aDismissalByConsentCanBeRevokedForThreeWeeksUntilTheEmployeeIsToldInTime() throws {
        let (school, _, c) = try Self.staffCase()
        let (_, o) = try school.service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .consent)
        ).value.parts
        let consent = try #require(o.first { $0.kind == .dismissalConsent })
        #expect(
            consent.remark.nl.contains("schriftelijke instemming") && consent.remark.nl.contains("BW art. 7:671 lid 1")
                && !consent.remark.nl.contains("lid 3"), "\(consent.remark.nl)")
        let revocation = try #require(o.first { $0.kind == .consentWithdrawal })
        #expect(revocation.remark.nl.contains("Drie weken") && revocation.due.iso == "2026-12-07")
        // The end cannot be recorded before the consent, nor while it may be revoked.
        let unconsented = refusal {
            try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-16")).value
        }
        #expect(
            unconsented?.message.nl.contains("vraagt eerst die schriftelijke instemming, en die is niet vastgelegd")
                == true)
        // The consent, given on Monday a week later: the term runs from its date (lid 2), not from
        // the step, and is three weeks; telling the employee is due by Wednesday.
        school.clock.set("2026-11-23", hour: 10)
        try school.service.cases.markDone(c.id, obligation: ObligationKind.dismissalConsent.rawValue).value
        #expect(try school.obligations(c).first { $0.kind == .consentWithdrawal }?.due.iso == "2026-12-14")
        let notice = try #require(try school.obligations(c).first { $0.kind == .revocationNotice })
        #expect(notice.due.iso == "2026-11-25" && notice.remark.nl.contains("anders drie weken"), "\(notice)")
        school.clock.set("2026-12-08", hour: 10)
        let early = refusal { try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-12-08")).value }
        #expect(
            early?.message.nl.contains("kan de instemming nog herroepen tot en met 14-12-2026") == true,
            "\(String(describing: early))")
        school.clock.set("2026-12-15", hour: 10)
        try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-12-15")).value
    }

    /// Told in writing within two working days, the employee has fourteen days from the consent
    /// (BW art. 7:671 lid 2); told later, three weeks stay (lid 3).
    @Test(arguments: [("2026-11-25", "2026-12-07"), ("2026-11-26", "2026-12-14")])
    func theEmployeeToldInTimeHasFourteenDays(_ told: String, _ term: String) throws {
        let (school, c) = try Self.consentDismissal()
        try school.service.cases.markDone(c.id, obligation: ObligationKind.dismissalConsent.rawValue).value
        school.clock.set(told, hour: 16)
        try school.service.cases.markDone(c.id, obligation: ObligationKind.revocationNotice.rawValue).value
        #expect(try school.obligations(c).first { $0.kind == .consentWithdrawal }?.due.iso == term)
    }

    /// The term runs from the consent's date (its dagtekening, BW art. 7:671 lid 2), not from the day
    /// it was ticked in casus: a consent dated Tuesday, ticked the next Monday, was taken as given
    /// that Monday, the late notice as in time, and the term shortened to fourteen days (a review).
    @Test func theTermRunsFromTheDateTheConsentBears() throws {
        let (school, c) = try Self.consentDismissal()
        let consent = ObligationKind.dismissalConsent.rawValue
        let future = refusal {
            try school.service.cases.markDone(c.id, obligation: consent, on: Fixtures.date("2026-11-24")).value
        }
        #expect(future?.message.nl.contains("niet na vandaag") == true, "\(String(describing: future))")
        let early = refusal {
            try school.service.cases.markDone(c.id, obligation: consent, on: Fixtures.date("2026-01-05")).value
        }
        #expect(early?.message.nl.contains("niet vóór de melding") == true, "\(String(describing: early))")
        try school.service.cases.markDone(c.id, obligation: consent, on: Fixtures.date("2026-11-17")).value
        #expect(try school.obligations(c).first { $0.kind == .consentWithdrawal }?.due.iso == "2026-12-08")
        let notice = try #require(try school.obligations(c).first { $0.kind == .revocationNotice })
        #expect(notice.due.iso == "2026-11-19" && notice.remark.nl.contains("instemming van 17-11-2026"), "\(notice)")
        // Told on Monday the 23rd: late, so three weeks stay.
        try school.service.cases.markDone(c.id, obligation: ObligationKind.revocationNotice.rawValue).value
        #expect(try school.obligations(c).first { $0.kind == .consentWithdrawal }?.due.iso == "2026-12-08")
    }

    /// Told on the day given (`--on`), in time: fourteen days from the consent's date.
    @Test func theNoticeCountsOnTheDayItWasGiven() throws {
        let (school, c) = try Self.consentDismissal()
        try school.service.cases.markDone(
            c.id, obligation: ObligationKind.dismissalConsent.rawValue, on: Fixtures.date("2026-11-17")
        ).value
        let before = refusal {
            try school.service.cases.markDone(
                c.id, obligation: ObligationKind.revocationNotice.rawValue, on: Fixtures.date("2026-11-16")
            ).value
        }
        #expect(
            before?.message.nl.contains("niet vóór de instemming (17-11-2026)") == true, "\(String(describing: before))"
        )
        try school.service.cases.markDone(
            c.id, obligation: ObligationKind.revocationNotice.rawValue, on: Fixtures.date("2026-11-18")
        ).value
        #expect(try school.obligations(c).first { $0.kind == .consentWithdrawal }?.due.iso == "2026-12-01")
    }

    /// A VO school's staff are under the CAO VO: the note on an ordemaatregel running past four
    /// weeks cited the CAO PO there, under the CAO VO obligations it made (a review).
    @Test func anOrdemaatregelPastFourWeeksAtAVOSchoolCitesTheCAOVO() throws {
        let (school, _, c) = try TestSchool.ordemaatregel(
            "Hatice", "Peters", record: SchoolRecordChange(sector: .vo, denomination: .openbaar), sent: true)
        let stepped = try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek loopt door.", days: 21,
                urgency: "Direct nodig: onderzoek.")
        ).value
        let said = stepped.notices.map(\.nl).joined(separator: " ")
        #expect(said.contains("Langer dan vier weken (35 dagen)") && said.contains("CAO VO"), "\(said)")
        #expect(!said.contains("CAO PO"), "\(said)")
    }

    /// The employee's own inzage export (AVG art. 15) says what was done: a voornemen as a
    /// voornemen, and an ordemaatregel's days as days. It listed a reprimand proposed and then
    /// decided as two reprimands, and 28 days as 28 school days (a review).
    @Test func anEmployeesExportNamesAProposalAndCountsAnOrdemaatregelInDays() throws {
        let (school, member, c) = try TestSchool.ordemaatregel("Hatice", "Peters")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek over de foto.")).value
        let proposal = try school.service.cases.step(
            c.id, StepRequest(rung: .reprimand, reason: "Foto van een leerling geplaatst.")
        ).value
        #expect(proposal.step.phase == .proposal)
        let export = try school.service.dossiers.export(member.id, format: .md)
        #expect(export.contains("16-11-2026 voornemen: schriftelijke berisping: Foto van een leerling"), "\(export)")
        #expect(
            export.contains("schorsing als ordemaatregel 14 dagen (16-11-2026 t/m 29-11-2026): Onderzoek loopt."),
            "\(export)")
        #expect(!export.contains("schooldag"), "\(export)")
    }

    /// Ordemaatregelen are the employee's, not one case's: two cases ran 56 days in a row without
    /// "langer dan vier weken", and two overlapping ones each said "met ingang van 5 december" (a
    /// review). One in a second case while one runs starts after it, its four weeks counted over
    /// both; one that overlaps is refused.
    @Test func anOrdemaatregelInASecondCaseExtendsTheOneThatRuns() throws {
        let (school, member, first) = try TestSchool.ordemaatregel("Hatice", "Peters")
        let firstEnd = try #require(try school.service.cases.detail(first.id).steps.last?.endDate)
        #expect(firstEnd.iso == "2026-11-29")
        let second = try school.openCase(about: member, articles: ["3A.8"], severity: .severe)
        let overlapping = refusal {
            try school.service.cases.step(
                second.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Onderzoek B.", days: 14,
                    startDate: Fixtures.date("2026-11-20"), urgency: "Direct nodig: onderzoek.")
            ).value
        }
        #expect(
            overlapping?.message.nl.contains("loopt al tot en met 29-11-2026; een verlenging begint op 30-11-2026")
                == true, "\(String(describing: overlapping))")
        let stepped = try school.service.cases.step(
            second.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek B.", days: 21, urgency: "Direct nodig: onderzoek.")
        ).value
        #expect(stepped.step.startDate?.iso == "2026-11-30" && stepped.step.endDate?.iso == "2026-12-20")
        let said = stepped.notices.map(\.nl).joined(separator: " ")
        #expect(said.contains("loopt sinds 16-11-2026"), "\(said)")
        #expect(said.contains("Langer dan vier weken (35 dagen)"), "\(said)")
        // Its letter extends the one of the first case, from its first day (it read as a new
        // ordemaatregel "met ingang van 30 november", a review).
        let letter = try school.service.letters.draft(
            case: second.id, template: try Fixtures.letters.require("ordemaatregel"))
        #expect(letter.contains("Betreft: verlenging van de schorsing als ordemaatregel"), "\(letter)")
        #expect(letter.contains("die op 16 november 2026 inging"), "\(letter)")
    }

    /// One set to begin later in another case is not running: an immediate ordemaatregel was pushed
    /// past it, weeks on (a review). It begins today; one on the other's days is refused.
    @Test func anOrdemaatregelSetAheadElsewhereDoesNotPushOneToday() throws {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-12-07")
        let member = try school.staff("Hanneke", "Broek")
        let later = try school.openCase(about: member, articles: ["3A.8"], severity: .severe)
        try school.service.cases.step(
            later.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Na de vakantie.", days: 5,
                startDate: Fixtures.date("2027-02-01"), urgency: "Direct nodig: onderzoek.")
        ).value
        let now = try school.openCase(about: member, articles: ["3A.8"], severity: .severe)
        let stepped = try school.service.cases.step(
            now.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Per direct.", days: 10, urgency: "Direct nodig: onderzoek.")
        ).value
        #expect(stepped.step.startDate?.iso == "2026-12-07" && stepped.step.endDate?.iso == "2026-12-16")
        let third = try school.openCase(about: member, articles: ["3A.8"], severity: .severe)
        let clash = refusal {
            try school.service.cases.step(
                third.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Nog een.", days: 5, startDate: Fixtures.date("2027-01-30"),
                    urgency: "Direct nodig: onderzoek.")
            ).value
        }
        #expect(
            clash?.message.nl.contains("van 01-02-2027 tot en met 05-02-2027 valt in dezelfde dagen") == true,
            "\(String(describing: clash))")
    }

    /// An ordemaatregel's end is decided by extending it or by ending the contract: a second
    /// ordemaatregel answers the first's end, a summary dismissal the last one's (it stayed
    /// "loopt af" and overdue after the employee was dismissed, found by a review).
    @Test func anOrdemaatregelEndsWithItsExtensionOrTheDismissal() throws {
        let (school, teacher, c) = try TestSchool.ordemaatregel("Rob", "Bakker", sent: true)
        func ends() throws -> [Bool] {
            try school.obligations(c).filter { $0.kind == .precautionaryEnd }.map(\.isDone)
        }
        #expect(try ends() == [false])
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek loopt nog.", days: 14,
                urgency: "Direct nodig: onderzoek.")
        ).value
        #expect(try ends().count == 2 && ends().filter { $0 }.count == 1)
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        #expect(try ends() == [true, true])
        #expect(
            try school.service.cases.detail(c.id).obligations.filter { !$0.isDone }.map(\.kind).contains(.urgentReason))
        // Each end ticked by the step that ended it, its line naming the obligation (not its kind:
        // the log keeps which record, not what it says).
        let lines = try school.service.integrity.auditLog(person: teacher.id, offset: 0, limit: 50).map(\.detail)
        let endIDs = try school.service.cases.detail(c.id).obligations.filter { $0.kind == .precautionaryEnd }.map(\.id)
        #expect(endIDs.count == 2)
        for id in endIDs {
            #expect(lines.contains { $0.contains("verplichting \(id) via step") }, "\(id): \(lines)")
        }
    }

    /// A second ordemaatregel while the first runs is its extension: it starts the day after the
    /// first ends (it started today, so the two ran side by side and the employee's end day was
    /// two days at once), a first day inside the running one is refused with the day it may start,
    /// and the four weeks are counted over both.
    @Test func aSecondOrdemaatregelExtendsTheFirst() throws {
        let (school, _, c) = try TestSchool.ordemaatregel("Rob", "Bakker", sent: true)
        school.clock.set("2026-11-25")
        #expect(throws: CasusError.self) {
            try school.service.cases.step(
                c.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Onderzoek loopt nog.", days: 14,
                    startDate: LocalDate(iso: "2026-11-26"), urgency: "Direct nodig: onderzoek."))
        }
        do {
            try school.service.cases.step(
                c.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Onderzoek loopt nog.", days: 14,
                    startDate: LocalDate(iso: "2026-11-26"), urgency: "Direct nodig: onderzoek."))
        } catch let e as CasusError {
            #expect(
                e.message.nl.contains("loopt al tot en met 29-11-2026") && e.message.nl.contains("30-11-2026"),
                "\(e.message.nl)")
        }
        let stepped = try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .precautionarySuspension, reason: "Onderzoek loopt nog.", days: 15,
                urgency: "Direct nodig: onderzoek.")
        ).value
        #expect(stepped.step.startDate == LocalDate(iso: "2026-11-30"))
        #expect(stepped.step.endDate == LocalDate(iso: "2026-12-14"))
        #expect(
            stepped.notices.contains { $0.nl.contains("Verlenging") && $0.nl.contains("16-11-2026") },
            "\(stepped.notices.map(\.nl))")
        // 16 November to 14 December: 29 days, one more than four weeks.
        #expect(stepped.notices.contains { $0.nl.contains("vier weken (29 dagen)") }, "\(stepped.notices.map(\.nl))")
    }

    /// A staff member's case at a konot school on 16 November 2026, severe, under article 4.
    /// A voornemen left undecided by a summary dismissal lapses with its duties: the case could be
    /// closed only by recording a registered letter to someone already dismissed (a review). The
    /// lapse is recorded (a fact), its duties shown as lapsed, not done, and the case closes.
    @Test func aSummaryDismissalLeavesAVoornemenLapsedNotOwed() throws {
        let (school, _, c) = try Self.staffCase()
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Discussie met ouder online.")).value
        let proposal = try school.service.cases.step(
            c.id, StepRequest(rung: .reprimand, reason: "Herhaling na waarschuwing.")
        ).value
        #expect(proposal.step.phase == .proposal)
        school.clock.set("2026-11-17", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        let d = try school.service.cases.detail(c.id)
        let lapsed = try #require(d.facts.first { $0.kind == .proposalLapsed }, "\(d.facts.map(\.kind))")
        // Its two duties answered in one save, each with its line (verify read a line removed, a review).
        #expect(try school.service.integrity.verify().isSound)
        #expect(lapsed.value == Rung.reprimand.rawValue && lapsed.note.contains("ontslag op staande voet"))
        let letter = try #require(d.obligations.first { $0.kind == .registeredLetter })
        #expect(letter.isDone && letter.lapse(in: d.facts) != nil, "\(letter)")
        // Nothing is left to decide on it: not offered as the next step, no zienswijze taken on it,
        // and the employee's own export says it lapsed (a review of the mend).
        let (_, assessment) = try school.service.cases.detailAndAssessment(c.id)
        #expect(assessment.suggested != .reprimand, "\(String(describing: assessment.suggested))")
        let late = refusal {
            _ = try school.service.cases.zienswijze(
                c.id, on: Fixtures.date("2026-11-17"), given: true, note: "Ik ben het er niet mee eens."
            ).value
        }
        #expect(late?.message.nl.contains("er loopt geen voornemen") == true, "\(String(describing: late))")
        let export = try school.service.dossiers.export(d.dossierOwner.id, format: .md)
        #expect(
            export.contains(
                "voornemen: schriftelijke berisping: Herhaling na waarschuwing. (vervallen: ontslag op staande voet op 17-11-2026)"
            ), "\(export)")
        // What else the dismissal owes stays owed: its letter is not swept away with the voornemen.
        #expect(d.obligations.contains { !$0.isDone && $0.kind != .registeredLetter && $0.kind != .zienswijzeTerm })
        for o in d.obligations where !o.isDone && !o.isDeadlineForOthers {
            try school.service.cases.markDone(c.id, obligation: String(o.id)).value
        }
        _ = try school.service.cases.close(c.id, outcome: .founded, reason: "Ontslag op staande voet.").value
    }

    /// A staff case on the dismissal-by-consent route, on Monday 23 November (a week after the step).
    /// A teacher's case at a konot school: a warning, then a reprimand's voornemen (five school days
    /// to respond), on Monday 16 November.
    static func reprimandProposed(_ first: String = "Wouter", _ last: String = "Brouwer") throws -> (
        TestSchool, Person, Case
    ) {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let teacher = try school.staff(first, last)
        let c = try school.openCase(about: teacher, articles: ["4"], summary: "In discussie met een ouder op X.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        try school.service.cases.step(
            c.id, StepRequest(rung: .reprimand, reason: "Herhaling na waarschuwing.", respondDays: 5)
        ).value
        return (school, teacher, c)
    }

    /// The voornemen's letter filed and sent registered on `day`: a view answers it once it went.
    @discardableResult
    static func sendVoornemen(_ service: CasusService, _ c: Case, on day: LocalDate) throws -> DossierEntry {
        let letter = try service.fileDrafts(c, "voornemen-maatregel")[0]
        _ = try service.letters.sent(entry: letter.id, on: day, via: .registered, library: Fixtures.letters).value
        return letter
    }

    /// The voornemen's letter sent registered that day, no zienswijze, and the besluit on the 24th:
    /// the voornemen's letter.
    @discardableResult
    static func reprimandDecided(_ school: TestSchool, _ c: Case) throws -> DossierEntry {
        let letter = try school.service.fileDrafts(c, "voornemen-maatregel")[0]
        _ = try school.service.letters.sent(
            entry: letter.id, on: Fixtures.date("2026-11-16"), via: .registered, library: Fixtures.letters
        ).value
        school.clock.set("2026-11-24", hour: 10)
        try school.service.cases.zienswijze(c.id, on: Fixtures.date("2026-11-20"), given: false, note: "").value
        try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Besluit.", phase: .decision)).value
        return letter
    }

    static func consentDismissal() throws -> (TestSchool, Case) {
        let (school, _, c) = try staffCase()
        try school.service.cases.step(
            c.id,
            StepRequest(rung: .dismissal, reason: "Verwijtbaar handelen.", justification: "Ernstig.", route: .consent)
        ).value
        school.clock.set("2026-11-23", hour: 10)
        return (school, c)
    }

    static func staffCase() throws -> (TestSchool, Person, Case) {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let teacher = try school.staff("Ilse", "Postma")
        let c = try school.openCase(about: teacher, articles: ["4"], severity: .severe)
        return (school, teacher, c)
    }

    /// A staff member's suspension had no period and said nothing of pay: the employee could not
    /// answer the voornemen, nor the decision be carried out (a review). The voornemen and the
    /// besluit leave both as fields the director fills in; an unfilled one is not filed.
    @Test func aStaffSuspensionsLettersAskForItsPeriodAndPay() throws {
        let (school, _, c) = try Self.staffCase()
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Opnieuw.", justification: "Na de waarschuwing.")
        ).value
        let t = try Fixtures.letters.require("voornemen-maatregel")
        let draft = try #require(try school.service.letters.drafts(case: c.id, template: t).first)
        #expect(draft.body.contains("Duur:                  [de schorsing: van … tot en met …]"), "\(draft.body)")
        #expect(draft.body.contains("[met of zonder salaris; grondslag in de cao]"))
        // Every other field filled in: the period's is still to fill, and the letter is not filed.
        let others = draft.body.replacingOccurrences(
            of: #"\[(?!de schorsing|met of zonder)[^\]]*\]"#, with: "ingevuld",
            options: String.CompareOptions.regularExpression)
        let unfilled = refusal { try school.service.letters.file(case: c.id, template: t, body: others).value }
        #expect(
            unfilled?.message.nl.contains("[de schorsing: van … tot en met …]") == true,
            "\(String(describing: unfilled))")
        // A reprimand's letters have no such fields.
        let (other, _, r) = try Self.staffCase()
        try other.service.cases.step(r.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        try other.service.cases.step(r.id, StepRequest(rung: .reprimand, reason: "Opnieuw.")).value
        let reprimand = try #require(try other.service.letters.drafts(case: r.id, template: t).first)
        #expect(!reprimand.body.contains("zonder salaris"))
    }

    /// A summary dismissal after a warning: its letter said "Wij hebben u op 16 november 2026 over
    /// deze feiten gehoord" of the talk about the warning's facts, held before the new ones happened
    /// (a legal review). It names a hearing since the warning only; without one it asks the
    /// director when and how the employee was heard, or why not.
    @Test func aSummaryDismissalsLetterNamesOnlyAHearingOnItsOwnFacts() throws {
        let (school, _, c) = try Self.staffCase()
        school.clock.set("2026-11-16", hour: 9)
        _ = try school.heard(c, [.employee], "Gesprek over de vriendschapsverzoeken.")
        school.clock.set("2026-11-16", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Vriendschapsverzoeken.")).value
        school.clock.set("2026-12-07", hour: 10)
        try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .summaryDismissal, reason: "Opnieuw, na de waarschuwing.", justification: "Zeer ernstig.",
                facts: "Op 5 december 2026 stuurde zij opnieuw berichten aan een leerling.")
        ).value
        let t = try Fixtures.letters.require("ontslag-op-staande-voet")
        let letter = try #require(try school.service.letters.drafts(case: c.id, template: t).first).body
        let words = letter.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!words.contains("16 november 2026 over deze feiten gehoord"), "\(letter)")
        #expect(
            words.contains(
                "[Wanneer en hoe wij u over deze feiten hebben gehoord; of waarom wij u niet hebben gehoord]"),
            "\(letter)")
        // Heard on the new facts before the decision: that day.
        let (again, _, d) = try Self.staffCase()
        again.clock.set("2026-11-16", hour: 10)
        try again.service.cases.step(d.id, StepRequest(rung: .warning, reason: "Vriendschapsverzoeken.")).value
        again.clock.set("2026-12-07", hour: 9)
        _ = try again.heard(d, [.employee], "Gehoord over de berichten van 5 december.")
        again.clock.set("2026-12-07", hour: 10)
        try again.service.cases.step(
            d.id, StepRequest(rung: .summaryDismissal, reason: "Opnieuw.", justification: "Zeer ernstig.")
        ).value
        let heard = try #require(try again.service.letters.drafts(case: d.id, template: t).first).body
        #expect(
            heard.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .contains("Wij hebben u op 7 december 2026 over deze feiten gehoord."), "\(heard)")
        // The warning's talk filed after it, the same day, is that warning's: not a hearing on the
        // new facts (a legal review: "Wij hebben u op 7 december 2026 over deze feiten gehoord", of
        // facts of the 8th).
        let (third, _, e) = try Self.staffCase()
        third.clock.set("2026-11-16", hour: 10)
        try third.service.cases.step(e.id, StepRequest(rung: .warning, reason: "Vriendschapsverzoeken.")).value
        third.clock.set("2026-11-16", hour: 15)
        _ = try third.heard(e, [.employee], "Gesprek bij de waarschuwing.")
        third.clock.set("2026-12-07", hour: 10)
        try third.service.cases.step(
            e.id, StepRequest(rung: .summaryDismissal, reason: "Opnieuw.", justification: "Zeer ernstig.")
        ).value
        let sameDay = try #require(try third.service.letters.drafts(case: e.id, template: t).first).body
        #expect(!sameDay.contains("16 november 2026 over deze feiten gehoord"), "\(sameDay)")
    }

    /// A summary dismissal whose letter is written days later: the letter gave the decision's day
    /// as the day of dismissal, which takes effect when it reaches the employee unless it was told
    /// by mouth (BW art. 3:37 lid 3), and the letter sent late ticked "onverwijld" without a word
    /// (a review). The day is the director's to state, and the late tick is said.
    @Test func aSummaryDismissalsLetterWrittenLaterAsksItsDayAndALateTickIsSaid() throws {
        let (school, _, c) = try Self.staffCase()
        school.clock.set("2026-11-16", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        let t = try Fixtures.letters.require("ontslag-op-staande-voet")
        let sameDay = try #require(try school.service.letters.drafts(case: c.id, template: t).first)
        #expect(sameDay.body.contains("Datum van ontslag:  16 november 2026\n"), "\(sameDay.body)")
        school.clock.set("2026-11-18", hour: 10)
        let later = try #require(try school.service.letters.drafts(case: c.id, template: t).first)
        let words = later.body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            words.contains(
                "Datum van ontslag: [16 november 2026 als het ontslag u die dag mondeling is meegedeeld, anders de dag waarop deze brief u bereikt]"
            ), "\(later.body)")
        let body = later.body.replacingOccurrences(
            of: #"\[[^\]]*\]"#, with: "18 november 2026", options: String.CompareOptions.regularExpression)
        let filed = try school.service.letters.file(case: c.id, template: t, body: body).value
        let sent = try school.service.letters.sent(
            entry: filed.entry.id, on: Fixtures.date("2026-11-18"), via: .registered, library: Fixtures.letters
        ).value
        let said = sent.notes.map { $0.nl }.joined(separator: " | ")
        #expect(said.contains("was uiterlijk op 16-11-2026 en is nu, op 18-11-2026, afgevinkt"), "\(said)")
        #expect(said.contains("leg dan het einde vast op de dag dat deze brief de werknemer bereikte"), "\(said)")
        // Its end recorded, no measure in another case runs past it (one did, a review).
        try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-19")).value
        let other = try school.openCase(
            about: school.service.cases.detail(c.id).subject, articles: ["4"], severity: .severe)
        let past = refusal {
            try school.service.cases.step(
                other.id,
                StepRequest(
                    rung: .precautionarySuspension, reason: "Onderzoek.", days: 5,
                    startDate: Fixtures.date("2026-11-20"), urgency: "Direct nodig: onderzoek.")
            ).value
        }
        #expect(past != nil, "a measure after the employment's end in another case")
    }

    /// A summary dismissal weeks after the report says, with the step, that it must follow without
    /// delay and what to record (the note showed on the screen only, a review).
    @Test func aLateSummaryDismissalSaysOnverwijld() throws {
        let (school, _, c) = try Self.staffCase()
        school.clock.set("2026-11-30")
        let stepped = try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value
        #expect(
            stepped.notices.contains { $0.nl.contains("14 dagen oud") && $0.nl.contains("BW art. 7:677 lid 1") },
            "\(stepped.notices.map(\.nl))")
    }

    /// A staff voornemen that skips a rung is filed as a voornemen, not a besluit: the employee has
    /// not been heard yet, and "Besluit: schriftelijke berisping" read as the outcome settled (a review).
    @Test func aStaffVoornemenIsFiledAsAVoornemen() throws {
        let (school, teacher, c) = try Self.staffCase()
        let (step, _) = try school.service.cases.step(
            c.id, StepRequest(rung: .reprimand, reason: "Filmpje geplaatst.", justification: "Ernstig.")
        ).value.parts
        #expect(step.phase == .proposal)
        let titles = try school.service.dossiers.dossier(teacher.id).entries.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Voornemen: schriftelijke berisping zonder eerst") }, "\(titles)")
        #expect(!titles.contains { $0.hasPrefix("Besluit:") }, "\(titles)")
    }

    @Test func summaryDismissalKeepsItsRulesAndTheTwoMonthTerm() throws {
        let (school, teacher, c) = try Self.staffCase()
        let (_, o) = try school.service.cases.step(
            c.id, StepRequest(rung: .summaryDismissal, reason: "Dringende reden.", justification: "Zeer ernstig.")
        ).value.parts
        #expect(o.map(\.kind) == [.urgentReason, .contestTerm])
        #expect(o[0].remark.nl.contains("BW art. 7:677 lid 1") && o[0].remark.nl.contains("BW art. 7:678"))
        // Two months end on Saturday 16 January 2027: the term runs to Monday (Algemene termijnenwet art. 1).
        #expect(o[1].due.iso == "2027-01-18" && o[1].remark.nl.contains("BW art. 7:686a lid 4"))
        school.clock.set("2026-11-18")
        // Not before the dismissal itself: an end two days back shortened the employee's two
        // months to go to court (a review).
        let early = refusal { _ = try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-14")) }
        #expect(
            early?.message.nl.contains("vóór het ontslag op staande voet van 16-11-2026") == true,
            "\(String(describing: early))")
        try school.service.cases.contractEnded(c.id, on: Fixtures.date("2026-11-18"))
        #expect(try school.obligations(c).first { $0.kind == .contestTerm }?.due.iso == "2027-01-18")
        // Once ended, not ended again nor followed by a measure: it was recorded twice, with two
        // terms to go to court (found by a review).
        for rung in [Rung.summaryDismissal, .precautionarySuspension] {
            let again = refusal {
                _ = try school.service.cases.step(
                    c.id, StepRequest(rung: rung, reason: "Nogmaals.", justification: "Zeer ernstig."))
            }
            #expect(
                again?.message.nl.contains("het dienstverband is al beëindigd") == true,
                "\(rung): \(String(describing: again))")
        }
        #expect(try school.obligations(c).filter { $0.kind == .contestTerm }.count == 1)
        // A new report about the dismissed employee: no measure follows there either (a warning
        // and a second dismissal were taken in a case of their own, a review).
        let later = try school.openCase(about: teacher, articles: ["4"], severity: .severe)
        let warned = refusal {
            _ = try school.service.cases.step(later.id, StepRequest(rung: .warning, reason: "Nieuw bericht."))
        }
        #expect(
            warned?.message.nl.contains("het dienstverband is al beëindigd op 18-11-2026 (zaak \(c.number))") == true,
            "\(String(describing: warned))")
    }

    /// A meldplicht case about a volunteer, Kees Vrijwilliger, at De st. Jozefschool.
    static func meldplichtCase() throws -> (TestSchool, Case) {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let volunteer = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .volunteer, firstName: "Kees", lastName: "Vrijwilliger")
        ).value
        let c = try school.openCase(
            about: volunteer, articles: ["A.6"], summary: "Signaal over berichten aan een leerling.",
            flags: CaseFlags(meldplicht: true))
        return (school, c)
    }

    @Test func aMeldplichtCaseWithoutReasonableSuspicionCloses() throws {
        let (school, c) = try Self.meldplichtCase()
        #expect(try school.obligations(c).map(\.kind) == [.boardReport, .vertrouwensinspecteur])
        #expect(
            try school.service.cases.assess(c.id).advice.contains {
                $0.nl.contains("ten behoeve van de school met taken belast persoon")
            })
        _ = try school.service.cases.recordEscalation(c.id, kind: .boardReport, body: "Gemeld aan het bestuur.").value
        let open = refusal { try school.service.cases.close(c.id, outcome: .founded, reason: "Klaar.").value }
        #expect(open?.message.nl.contains("meldplicht") == true)
        try school.service.cases.consult(c.id, suspicion: false, note: "Geen redelijk vermoeden volgens de inspecteur.")
        let d = try school.service.cases.detail(c.id)
        #expect(!d.obligations.contains { $0.kind == .aangifte })
        #expect(d.entries.contains { $0.kind == .phone && $0.body.contains("geen redelijk vermoeden") })
        #expect(try school.service.cases.assess(c.id).advice.contains { $0.nl.contains("geen aangifteplicht") })
        let again = refusal { try school.service.cases.consult(c.id, suspicion: true, note: "Toch.").value }
        #expect(again?.kind == .refused)
        try school.service.cases.close(c.id, outcome: .founded, reason: "Geen redelijk vermoeden; afgehandeld.").value
        #expect(try school.service.cases.detail(c.id).record.status == .closed)
    }

    @Test func theMeldplichtIsAboutAnyoneWithATaskNeverAPupil() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, parent) = try school.pupil("Noor", "Bos", parent: "Ilse Bos")
        // A parent helping out at school.
        let c = try school.openCase(about: parent!, articles: ["A.7"], flags: CaseFlags(meldplicht: true))
        #expect(try school.obligations(c).map(\.kind) == [.boardReport, .vertrouwensinspecteur])
        let e = refusal { _ = try school.openCase(about: pupil, articles: ["A.5"], flags: CaseFlags(meldplicht: true)) }
        #expect(e?.message.nl.contains("is een leerling") == true)
    }

    @Test func theParentsLadderIsWarningAccessBanRemovalWithAJustification() throws {
        let school = try TestSchool(protocol: "cbo-meilan", on: "2026-11-16")
        let (_, parent) = try school.pupil("Sjoerd", "Hoekstra", group: "6", parent: "Anke Hoekstra")
        let c = try school.openCase(about: parent!, articles: ["G.2"], summary: "Scheldpartij op Facebook.")
        let a = try school.service.cases.assess(c.id)
        #expect(a.written == [.warning, .deviceCustody, .ictBan, .contract, .suspension, .removal])
        #expect(a.ladder == [.warning, .accessBan, .removal])
        #expect(a.differences.contains { $0.nl.contains("maatregelen voor leerlingen") })
        #expect(
            a.differences.contains { $0.nl.contains("een schorsing van een ouder is een toegangsverbod tot de school") }
        )
        let custody = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .deviceCustody, reason: "r")).value
        }
        #expect(custody?.message.nl.contains("staat niet op de ladder") == true)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Scheldpartij.")).value
        let noDays = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .accessBan, reason: "Herhaling.")).value
        }
        #expect(noDays?.message.nl.contains("kalenderdagen") == true)
        // No five-day cap, no Inspectie.
        let (ban, o) = try school.service.cases.step(
            c.id, StepRequest(rung: .accessBan, reason: "Dreigende taal tegen een leerkracht.", days: 42)
        ).value.parts
        #expect(ban.days == 42 && ban.endDate?.iso == "2026-12-27")
        #expect(o.map(\.kind).contains(.accessBanDecision))
        #expect(!o.contains { $0.kind == .inspectieSuspension })
        #expect(try school.service.cases.assess(c.id).current == .accessBan)
        // Removal of the child: hearings, and a written justification always.
        school.clock.set("2026-11-20", hour: 9)
        try school.heard(c, [.teacher, .parents])
        school.clock.set("2026-11-20", hour: 10)
        let noWhy = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .removal, reason: "Verstoorde verhouding.")).value
        }
        #expect(noWhy?.message.nl.contains("schriftelijke onderbouwing") == true)
        let removal = try school.service.cases.step(
            c.id,
            StepRequest(
                rung: .removal, reason: "Verstoorde verhouding.",
                justification: "De verhouding tussen ouder en school is onherstelbaar verstoord.")
        ).value
        #expect(removal.obligations.contains { $0.kind == .removalDecision })
        #expect(
            try school.service.cases.detail(c.id).entries.contains {
                $0.kind == .decision && $0.body.contains("onherstelbaar")
            })
    }

    static let timeOutProfile: ProtocolProfile = {
        let text = """
            id: time-out-test
            name: Testschool met time-out
            document: Protocol gedrag
            articles:
              - id: G.1
                title: Respectvol gedrag
                text: Wij gaan respectvol met elkaar om.
                applies_to: [pupil, parent, staff]
                severity: medium
                conduct: true
                cite: regel G.1
            ladders:
              source: Time-out, schorsing en verwijdering.
              pupil: [warning, time-out, suspension, removal]
              parent: [warning, access-ban, removal]
              staff: [warning, reprimand, suspension, dismissal, summary-dismissal]
            """
        return try! ProfileLoader.load(file: "time-out-test.yaml", text: text)
    }()

    @Test(arguments: Denomination.allCases)
    func aTimeOutIsARungWithAWrittenNoticeAndNoInspectie(_ denomination: Denomination) throws {
        let profiles = ProfileRegistry(try Fixtures.profiles.profiles + [Self.timeOutProfile])
        let school = try TestSchool(
            protocol: "time-out-test", on: "2026-11-16",
            record: SchoolRecordChange(sector: .po, denomination: denomination), profiles: profiles)
        let (pupil, _) = try school.pupil("Bram", "Smit", parent: "Joke Smit")
        let c = try school.openCase(about: pupil, articles: ["G.1"])
        #expect(try school.service.cases.assess(c.id).ladder == [.warning, .timeOut, .suspension, .removal])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let option = try #require(try school.service.cases.assess(c.id).options.first { $0.rung == .timeOut })
        #expect(option.notes.contains { $0.nl.contains("Geen melding aan de Inspectie") })
        #expect(option.notes.contains { $0.nl.contains("beschouwt hem als schorsing") })
        let stepped = try school.service.cases.step(c.id, StepRequest(rung: .timeOut, reason: "Gooide met een stoel."))
            .value
        let kinds = stepped.obligations.map(\.kind)
        #expect(Array(kinds.prefix(3)) == [.timeOutParents, .timeOutDecision, .timeOutTalk])
        #expect(kinds.contains(.objectionWindow) == (denomination == .openbaar))
        #expect(!kinds.contains(.inspectieSuspension))
        #expect(stepped.template == "time-out")
        #expect(stepped.obligations[1].remark.nl.contains("WPO art. 40c lid 2"))
        // The letter quotes the article as the school's document heads it, as every other letter does
        // (it wrote "Artikel G.1 (…)", found by a legal review of the letters).
        let letter = try school.service.letters.draft(case: c.id, template: try Fixtures.letters.require("time-out"))
        let article = try #require(try school.service.cases.detail(c.id).articles.first)
        #expect(letter.contains(article.title) && !letter.contains("Artikel G.1 ("), "\(letter)")
        #expect(letter.contains(" – " + article.title), "\(letter)")
    }

    /// A time-out is for the rest of a school day: it was taken on a Sunday and on Christmas Day,
    /// and its letter, written days later, said "Zoals wij u vandaag al hebben laten weten" of a
    /// day it was recorded, with the parents' obligation still open (a legal review). The day it
    /// was given is asked (a school day, not after today); the letter names that day, and tells of
    /// the parents told only once that is ticked, on the day it was.
    @Test func aTimeOutIsGivenOnASchoolDayAndItsLetterSaysWhatWasDone() throws {
        let profiles = ProfileRegistry(try Fixtures.profiles.profiles + [Self.timeOutProfile])
        let school = try TestSchool(protocol: "time-out-test", on: "2026-12-06", profiles: profiles)  // a Sunday
        let (pupil, _) = try school.pupil("Bram", "Smit", parent: "Joke Smit")
        let c = try school.openCase(about: pupil, articles: ["G.1"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let sunday = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .timeOut, reason: "Stoel.")).value
        }
        let sundaySaid = sunday?.message.nl ?? ""
        #expect(sundaySaid.contains("geen schooldag") && sundaySaid.contains("--start"), "\(sundaySaid)")
        let ahead = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .timeOut, reason: "Stoel.", startDate: Fixtures.date("2026-12-07"))
            ).value
        }
        #expect(ahead?.message.nl.contains("ligt na vandaag") == true, "\(String(describing: ahead))")
        let stepped = try school.service.cases.step(
            c.id, StepRequest(rung: .timeOut, reason: "Gooide met een stoel.", startDate: Fixtures.date("2026-12-04"))
        ).value
        #expect(stepped.obligations.first { $0.kind == .timeOutParents }?.due.iso == "2026-12-04")
        let t = try Fixtures.letters.require("time-out")
        let untold = try school.service.letters.draft(case: c.id, template: t)
        let words = untold.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            words.contains("Wij laten u weten dat Bram op 4 december 2026 een time-out heeft gekregen"), "\(untold)")
        #expect(!words.contains("vandaag") && !words.contains("6 december 2026 een time-out"), "\(untold)")
        #expect(!words.contains("volgens Ingrado"), "a source note is not the parents' to read: \(untold)")
        school.clock.set("2026-12-07", hour: 9)
        try school.service.cases.markDone(c.id, obligation: ObligationKind.timeOutParents.rawValue).value
        let told = try school.service.letters.draft(case: c.id, template: t)
        #expect(
            told.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .contains(
                    "Zoals wij u al hebben laten weten, heeft Bram op 4 december 2026 een time-out gekregen"),
            "\(told)")
        // A second time-out, its parents not told yet: the first one's tick is not taken for it (a
        // legal review).
        school.clock.set("2026-12-08", hour: 10)
        let second = refusal {
            try school.service.cases.step(
                c.id, StepRequest(rung: .timeOut, reason: "Weer.", startDate: Fixtures.date("2026-12-07"))
            ).value
        }
        #expect(second == nil, "\(String(describing: second))")
        let untoldAgain = try school.service.letters.draft(case: c.id, template: t)
        #expect(
            untoldAgain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .contains("Wij laten u weten dat Bram op 7 december 2026 een time-out heeft gekregen"), "\(untoldAgain)"
        )
    }

    /// A school on Monday 16 November, 10:00, and a case about a teacher who put a class list with
    /// photos on a public site (a data breach).
    func breachCase() throws -> (TestSchool, Case) {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let teacher = try school.staff("Bas", "de Wit")
        let c = try school.openCase(
            about: teacher, articles: ["C.1"], summary: "Klassenlijst met foto's op een openbare site gezet.",
            flags: CaseFlags(dataBreach: true))
        return (school, c)
    }

    @Test func aDataBreachIsAssessedWithin72HoursAndRegistered() throws {
        let (school, c) = try breachCase()
        let o = try school.obligations(c)
        #expect(o.map(\.kind) == [.breachAssessment, .breachRegister])
        // Opened Monday 10:00: 72 clock hours is Thursday 10:00, not three school days.
        #expect(o[0].due.iso == "2026-11-19" && o[0].remark.nl.contains("19-11-2026 10:00"))
        #expect(
            o[0].remark.nl.contains("AVG art. 33 lid 1")
                && o[1].remark.nl.contains("AVG art. 33 lid 5; deels geverifieerd"))
        // Not ticked off bare: the assessment is what makes it done (the register's entry).
        for kind in [ObligationKind.breachAssessment, .breachRegister] {
            #expect {
                try school.service.cases.markDone(c.id, obligation: kind.rawValue)
            } throws: { error in
                "\(error)".contains("leg de beoordeling vast")
            }
        }
        #expect(try school.obligations(c).allSatisfy { !$0.isDone })
        try school.service.cases.assessBreach(
            c.id, report: true, note: "Foto's en namen van 28 leerlingen; site offline gehaald.")
        let after = try school.obligations(c)
        #expect(after.filter(\.isDone).map(\.kind) == [.breachAssessment, .breachRegister])
        #expect(after.first { $0.kind == .apReport }?.due.iso == "2026-11-19")
        #expect(try school.service.cases.detail(c.id).entries.contains { $0.title.contains("Register datalekken") })
    }

    /// Assessed after the 72 hours: the notice to the AP is due on the day they ran out, and shows as
    /// late (it was due "today", unmarked, and the overview listed it as not yet late, a review).
    @Test func aBreachAssessedAfterItsHoursIsLateAtOnce() throws {
        let (school, c) = try breachCase()
        school.clock.set("2026-11-23")
        try school.service.cases.assessBreach(c.id, report: true, note: "Foto's en namen van 28 leerlingen.")
        let ap = try #require(try school.obligations(c).first { $0.kind == .apReport })
        #expect(ap.due.iso == "2026-11-19" && !ap.isDone)
        #expect(ap.remark.nl.contains("Later dan 72 uur"), "\(ap.remark.nl)")
        let row = try #require(
            try school.service.cases.rows(CaseFilter(status: .open), offset: 0, limit: 10).first { $0.id == c.id })
        #expect(row.nextDue?.iso == "2026-11-19")
    }

    /// AVG art. 33(1): 72 hours after the school became aware, which is when the report came in,
    /// however long it waited for triage (the hours ran from the triage).
    @Test func aDataBreachsHoursRunFromTheReportNotTheTriage() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let teacher = try school.staff("Bas", "de Wit")
        let incident = try school.service.intake.report(
            summary: "Klassenlijst met foto's op een openbare site gezet.", platform: "Website",
            subjects: [teacher.id], schoolID: teacher.schoolID
        ).value
        school.clock.set("2026-11-18", hour: 14)  // triaged on Wednesday afternoon
        let c = try school.service.cases.open(
            incident: incident.id, subject: teacher.id, articles: ["C.1"], severity: nil,
            flags: CaseFlags(dataBreach: true)
        ).value
        let o = try school.obligations(c)
        // Reported Monday 10:00: due Thursday 10:00, not Saturday 14:00.
        #expect(o[0].kind == .breachAssessment && o[0].due.iso == "2026-11-19", "\(o[0].due.iso)")
        #expect(
            o[0].remark.nl.contains("19-11-2026 10:00") && o[0].remark.nl.contains("de melding van 16-11-2026 10:00"))
        // Triaged after the 72 hours: overdue at once.
        let late = try school.service.intake.report(
            summary: "Cijferlijst gedeeld.", platform: "Website", subjects: [teacher.id], schoolID: teacher.schoolID
        ).value
        school.clock.set("2026-11-23", hour: 9)
        let c2 = try school.service.cases.open(
            incident: late.id, subject: teacher.id, articles: ["C.1"], severity: nil, flags: CaseFlags(dataBreach: true)
        ).value
        #expect(try school.obligations(c2)[0].due.iso == "2026-11-21")
    }

    @Test func anInzageRequestIsDueInOneCalendarMonth() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2027-02-02")
        let (pupil, _) = try school.pupil("Noor", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        let o = try school.service.cases.inzageRequest(c.id, receivedOn: Fixtures.date("2027-01-31"), note: "Moeder")
            .value
        // One month ends on Sunday 28 February 2027: the answer is due on Monday (Verordening 1182/71 art. 3 lid 4).
        #expect(o.due.iso == "2027-03-01" && o.remark.nl.contains("AVG art. 12 lid 3; deels geverifieerd"))
        #expect(o.remark.nl.contains("1182/71 art. 3 lid 4"))
    }

    /// A term through the May holiday of 2027 (which casus could not verify) is flagged on the
    /// case until the school imports its own vakantierooster for that school year.
    @Test func aTermThroughAHolidayCasusDoesNotKnowIsFlaggedUntilTheCalendarIsImported() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2027-04-20")
        let (pupil, _) = try school.pupil("Noor", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        _ = try school.service.cases.inzageRequest(c.id, receivedOn: Fixtures.date("2027-04-19"), note: "Moeder")
        func flagged() throws -> [Phrase] {
            try school.service.cases.assess(c.id).advice.filter { $0.nl.hasPrefix("Kalender onvolledig") }
        }
        let before = try flagged()
        #expect(before.count == 1 && before[0].nl.contains("meivakantie 2027"), "\(before.map(\.nl))")
        try school.service.directory.importCalendar(
            """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270424
            DTEND;VALUE=DATE:20270503
            SUMMARY:Meivakantie
            END:VEVENT
            END:VCALENDAR
            """, file: "rooster.ics")
        #expect(try flagged().isEmpty, "the school's own calendar for 2026-2027 closes the gap")
        // Before the import, a suspension through the gap says so at the step (a review counted
        // five school days through the unverified May holiday without a word; four fit the week).
        let stepped = try Self.suspension(
            TestSchool(protocol: "jozefschool", on: "2027-04-20"), days: 4, from: "2027-04-26")
        #expect(
            stepped.notices.contains { $0.nl.contains("meivakantie 2027, die casus niet kent") }, "\(stepped.notices)")
        #expect(stepped.notices.contains { $0.nl.contains("valt op Koningsdag (27-04-2027)") } == false)
    }

    /// A school with no holiday region has none of the regional holidays: a suspension through the
    /// spring holiday's weeks says so at the step, naming how to set the region (it counted them as
    /// school days without a word, a review); with the region set, the days are the region's.
    @Test func aSchoolWithNoRegionIsToldAtAStepThroughARegionalHoliday() throws {
        let stepped = try Self.suspension(
            TestSchool(protocol: "jozefschool", on: "2027-02-10"), days: 3, from: "2027-02-15")
        #expect(
            stepped.notices.contains {
                $0.nl.contains("voorjaarsvakantie 2027") && $0.nl.contains("geen vakantieregio")
                    && $0.nl.contains("casus school set --region")
            }, "\(stepped.notices.map(\.nl))")
        let known = try Self.suspension(
            TestSchool(protocol: "jozefschool", on: "2027-02-10", record: SchoolRecordChange(region: .midden)), days: 3,
            from: "2027-02-15")
        #expect(!known.notices.contains { $0.nl.contains("voorjaarsvakantie") }, "\(known.notices.map(\.nl))")
    }

    /// A pupil of the school warned, then suspended for `days` from `from`: the step as it was taken.
    static func suspension(_ school: TestSchool, days: Int, from: String) throws -> CaseWorkflow.Stepped {
        let (sem, _) = try school.pupil("Sem", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: sem, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        return try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: days, startDate: Fixtures.date(from))
        ).value
    }

    /// A purge is judged at its own time: one made with the clock set ahead, two years early, was
    /// "alles klopt" to `verify` (a review, with faketime). Now its time after now, or an event after
    /// it dated before it, is a finding.
    @Test func aPurgeWithTheClockSetAheadIsFound() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let teacher = try school.staff("Karin", "Terpstra")
        let (pupil, _) = try school.pupil("Tim", "Bos", parent: "Ilse Bos")
        try school.service.directory.setLeft(teacher.id, on: Fixtures.date("2026-07-10"))
        #expect(try school.service.integrity.verify().isSound)
        school.clock.set("2029-01-10")
        #expect(try school.service.integrity.purge().value.count == 1)
        #expect(try school.service.integrity.verify().isSound, "at its own time the purge is sound")
        school.clock.set("2026-11-17")
        let ahead = try school.service.integrity.verify()
        #expect(!ahead.isSound && ahead.problems.contains { $0.message.nl.contains("na nu: de klok stond") })
        _ = try school.service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Na", body: "Na de opschoning.")
        let after = try school.service.integrity.verify()
        #expect(
            after.problems.contains { $0.message.nl.contains("is gedateerd vóór de opschoning in gebeurtenis") },
            "\(after.problems.map(\.message.nl))")
    }

    @Test func aRunningObjectionOrCourtCaseHoldsRetention() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Tim", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.courtCase(c.id, started: true, on: Fixtures.date("2026-11-16"), note: "Kort geding")
        _ = try school.service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld; de rechtszaak loopt.")
        try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2026-12-18"))
        school.clock.set("2029-02-01")
        let due = try school.service.integrity.retentionDue()
        #expect(due.count == 1 && due[0].hold?.nl.contains("rechtszaak") == true)
        #expect(try school.service.integrity.purge().value.isEmpty)
        // The court case's end is a record of the dossier: the years run from it.
        try school.service.cases.courtCase(c.id, started: false, on: Fixtures.date("2029-02-01"), note: "")
        #expect(try school.service.integrity.purge().value.isEmpty)
        school.clock.set("2031-02-02")
        #expect(try school.service.integrity.purge().value.count == 1)
    }

    /// The retention years run from the later of leaving and the dossier's last entry, and an open
    /// case keeps its dossier: a review purged a pupil written about that week, with an open case,
    /// by setting the leaving day to 01-01-2000.
    @Test func aLeavingDaySetBackPurgesNothingWrittenSinceAndAnOpenCaseHolds() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Tim", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2000-01-01"))
        #expect(try school.service.integrity.retentionDue().isEmpty)
        #expect(try school.service.integrity.purge().value.isEmpty)
        // Two years after the last entry the period has passed, but the open case still holds it.
        school.clock.set("2028-11-17")
        let due = try school.service.integrity.retentionDue()
        #expect(due.count == 1 && due[0].dueSince == Fixtures.date("2028-11-16"), "\(due)")
        #expect(due.first?.hold?.nl == "bewaard: zaak \(c.number) is nog open")
        #expect(try school.service.integrity.purge().value.isEmpty)
        _ = try school.service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.")
        // Closing it is a record of today: the years start again from it.
        #expect(try school.service.integrity.purge().value.isEmpty)
    }

    /// A report about a pupil still awaiting triage keeps the dossier: the purge left the report
    /// behind the dossier it is about (found by a review of the server).
    @Test func aReportAwaitingTriageHoldsRetention() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Tim", "Bos", parent: "Ilse Bos")
        _ = try school.service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Over de app.")
        let report = try school.service.intake.report(summary: "Nog een filmpje.", platform: nil, subjects: [pupil.id])
            .value
        try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-16"))
        school.clock.set("2028-11-17")
        let due = try school.service.integrity.retentionDue()
        #expect(due.first?.hold?.nl == "bewaard: melding \(report.id) over deze persoon wacht nog op beoordeling")
        #expect(try school.service.integrity.purge().value.isEmpty)
        try school.service.intake.dismiss(report.id, reason: "Geen sociale media.").value
        // Dismissing it is no record of the dossier's: the years had passed since it came in; now
        // it goes, and the report with it (it stayed behind the purged dossier, with the pupil's name).
        #expect(try school.service.integrity.retentionDue().first?.reports == 1)
        #expect(try school.service.integrity.purge().value.count == 1)
        #expect(throws: CasusError.self) { try school.service.intake.incident(report.id) }
        #expect(try school.service.integrity.verify().isSound)
    }

    /// A report that names a staff member is staff data (an IB never reads it): a pupil's case
    /// opened from it took the report's text as its summary, and the IB read it in the case list
    /// (found by a review of the server). The case now says where it came from, unless the
    /// director writes its summary; a report about pupils alone still gives its text.
    @Test func aPupilsCaseFromAReportNamingStaffDoesNotCopyItsText() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (piet, _) = try school.pupil("Piet", "Puk", parent: "Els Puk")
        let sara = try school.staff("Sara", "Staf")
        let text = "Juf Sara stuurde Piet ongepaste berichten via WhatsApp."
        let report = try school.service.intake.report(summary: text, platform: nil, subjects: [piet.id, sara.id])
            .value
        let c = try school.service.cases.open(incident: report.id, subject: piet.id, articles: ["A.5"], severity: nil)
            .value
        #expect(c.summary.contains("melding \(report.id)") && !c.summary.contains("Sara"), "\(c.summary)")
        // The reference is no facts: a letter holds a […] to fill in, and is not filed without them
        // (a second review found the reference in the parents' warning letter).
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Ruzie.")).value
        let template = try Fixtures.letters.require("waarschuwing")
        let body = try school.service.letters.drafts(case: c.id, template: template, to: nil)[0].body
        #expect(!body.contains("medewerker gaat") && template.fields.firstUnfilled(in: body) != nil)
        #expect(throws: CasusError.self) { try school.service.letters.file(case: c.id, template: template, body: body) }
        try school.service.directory.addUser(account: "ib", role: .ib, personID: nil).value
        let ib = try school.session("ib")
        let listed = try ib.cases.rows(CaseFilter(), offset: 0, limit: 10)
        #expect(listed.map(\.id) == [c.id])
        #expect(!listed.contains { $0.summary.contains("Sara") })
        #expect(try ib.dossiers.search("whatsapp").isEmpty)
        // The staff member's case keeps the text (the IB reads no staff case), and a summary the
        // director writes is the case's.
        let own = try school.service.cases.open(
            incident: report.id, subject: sara.id, articles: ["A.6"], severity: nil
        ).value
        #expect(own.summary == text)
        let other = try school.service.intake.report(summary: text, platform: nil, subjects: [piet.id, sara.id])
            .value
        let written = try school.service.cases.open(
            incident: other.id, subject: piet.id, articles: ["A.5"], severity: nil, summary: "Piet kreeg berichten."
        ).value
        #expect(written.summary == "Piet kreeg berichten.")
        // A report about pupils alone gives its text, as before.
        let plain = try school.service.intake.report(summary: "Filmpje in de app.", platform: nil, subjects: [piet.id])
            .value
        #expect(
            try school.service.cases.open(incident: plain.id, subject: piet.id, articles: ["A.5"], severity: nil)
                .value.summary == "Filmpje in de app.")
    }

    /// A pupil of whom there is only a dismissed report (no dossier entry, no case) is due as well:
    /// the report was kept for good. One about two pupils stays while the other keeps it, and goes
    /// with the second purge.
    @Test func aPupilWithOnlyADismissedReportIsPurgedWithIt() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (tim, _) = try school.pupil("Tim", "Bos", parent: "Ilse Bos")
        let (eva, _) = try school.pupil("Eva", "Smit", parent: "Jan Smit")
        let alone = try school.service.intake.report(summary: "Filmpje van Tim.", platform: nil, subjects: [tim.id])
            .value
        let both = try school.service.intake.report(summary: "Tim en Eva.", platform: nil, subjects: [tim.id, eva.id])
            .value
        try school.service.intake.dismiss([alone.id, both.id], reason: "Buiten school, geen sociale media.").value
        try school.service.directory.setLeft(tim.id, on: Fixtures.date("2026-11-16"))
        school.clock.set("2028-11-17")
        let due = try school.service.integrity.retentionDue()
        #expect(due.map { "\($0.person.id) \($0.entries) \($0.reports)" } == ["\(tim.id) 0 1"])
        #expect(try school.service.integrity.purge().value.count == 1)
        #expect(throws: CasusError.self) { try school.service.intake.incident(alone.id) }
        #expect(try school.service.intake.incident(both.id).0.summary == "Tim en Eva.")
        #expect(try school.service.integrity.retentionDue().isEmpty, "nothing of Tim's left to purge")
        // Eva leaves too: the report Tim's purge left to her goes with hers (it outlived both).
        try school.service.directory.setLeft(eva.id, on: Fixtures.date("2028-11-17"))
        school.clock.set("2030-11-18")
        let evasTurn = try school.service.integrity.retentionDue()
        #expect(evasTurn.map { "\($0.person.id) \($0.reports)" } == ["\(eva.id) 1"])
        #expect(try school.service.integrity.purge().value.count == 1)
        #expect(throws: CasusError.self) { try school.service.intake.incident(both.id) }
        #expect(try school.service.integrity.verify().isSound)
    }

    /// A leaving day set back does not make a report filed today due: the retention period runs
    /// from the report too (a review purged a report filed that morning, about a pupil with no
    /// entry, by setting the leaving day to 01-01-2000).
    @Test func aReportFiledTodayIsNotDueWhateverTheLeavingDay() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (karel, _) = try school.pupil("Karel", "Kind", parent: "Ilse Kind")
        let report = try school.service.intake.report(
            summary: "Filmpje van Karel.", platform: nil, subjects: [karel.id]
        )
        .value
        try school.service.intake.dismiss([report.id], reason: "Geen sociale media.").value
        try school.service.directory.setLeft(karel.id, on: Fixtures.date("2000-01-01"))
        #expect(try school.service.integrity.retentionDue().isEmpty)
        #expect(try school.service.integrity.purge().value.isEmpty)
        #expect(try school.service.intake.incident(report.id).0.summary == "Filmpje van Karel.")
        school.clock.set("2028-11-17")
        #expect(try school.service.integrity.retentionDue().map(\.person.id) == [karel.id])
    }

    /// At an openbare VO school a minor's view before a suspension is the parents' (they act for
    /// the child and receive the decision): hearing a pupil of 14 alone let the suspension through
    /// (found by a legal review). A pupil of age is heard for themselves.
    @Test func aMinorsViewBeforeASuspensionIsTheParents() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-12-03", record: SchoolRecordChange(sector: .vo, denomination: .openbaar))
        let (minor, _) = try school.pupil("Sem", "Jansen", group: "2A", parent: "Karin Jansen", born: "2012-01-01")
        let c = try school.openCase(about: minor, articles: ["A.5"], summary: "Foto van een klasgenoot gedeeld.")
        _ = try school.heard(c, [.pupil], "Sem (14) gehoord.")
        let suspension = StepRequest(rung: .suspension, reason: "Foto gedeeld.", days: 2, justification: "Ernstig.")
        let refused = refusal { _ = try school.service.cases.step(c.id, suspension) }
        #expect(
            refused?.message.nl.contains("zienswijze") == true || refused?.message.nl.contains("spoed") == true,
            "\(String(describing: refused))")
        _ = try school.heard(c, [.parents], "De ouders gehoord.")
        _ = try school.service.cases.step(c.id, suspension).value

        let (adult, _) = try school.pupil("Lot", "Bakker", group: "6V", parent: "Wytske Bakker", born: "2007-01-01")
        let ac = try school.openCase(about: adult, articles: ["A.5"], summary: "Foto van een klasgenoot gedeeld.")
        _ = try school.heard(ac, [.pupil], "Lot (19) gehoord.")
        _ = try school.service.cases.step(ac.id, suspension).value
    }

    /// A VO pupil of age: the Leerplichtwet no longer applies, so a removal neither waits for
    /// another school nor goes to the leerplichtambtenaar; under 23 it is reported to B&W (the
    /// RMC), and the Inspectie is told of it at once. Letters that announce no decision go to the
    /// pupil, and the hearing before a removal invites the pupil, and the parents of a minor (a
    /// legal review found all of these written for a child of 14).
    @Test func aVOPupilOfAgeIsWrittenToAndRemovedAsAnAdult() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-12-03", record: SchoolRecordChange(sector: .vo, denomination: .bijzonder)
        )
        let library = Fixtures.letters
        let (minor, mother) = try school.pupil("Sem", "Jansen", group: "2A", parent: "Karin Jansen", born: "2012-01-01")
        let mc = try school.openCase(about: minor, articles: ["A.5"], summary: "Foto van een klasgenoot gedeeld.")
        let invite = try library.require("uitnodiging-hoorgesprek")
        let minorInvites = try school.service.letters.drafts(case: mc.id, template: invite)
        #expect(Set(minorInvites.map { $0.to.map(\.id) }) == [[minor.id], [try #require(mother).id]])

        let (adult, _) = try school.pupil("Lot", "Bakker", group: "6V", parent: "Wytske Bakker", born: "2007-01-01")
        let c = try school.openCase(about: adult, articles: ["A.5"], summary: "Foto van een klasgenoot gedeeld.")
        let warning = try library.require("waarschuwing")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        let warned = try school.service.letters.drafts(case: c.id, template: warning)
        #expect(warned.map { $0.to.map(\.id) } == [[adult.id]])
        #expect(warned[0].body.contains("jouw gedrag") && !warned[0].body.contains("Wij vragen u"), "\(warned[0].body)")
        // Every letter that has words for the pupil goes to them (the conversation's invitation and
        // a measure's letter went to an adult in words written to parents, a review).
        for (id, words) in [
            ("uitnodiging-gesprek", "Graag nodigen wij je uit"), ("maatregel-ouders", "informeren wij je"),
        ] {
            let letters = try school.service.letters.drafts(case: c.id, template: try library.require(id))
            #expect(letters.map { $0.to.map(\.id) } == [[adult.id]], "\(id)")
            #expect(
                letters[0].body.contains(words) && !letters[0].body.contains("Wij informeren u"), "\(letters[0].body)")
        }
        let invited = try school.service.letters.drafts(case: c.id, template: invite)
        #expect(invited.map { $0.to.map(\.id) } == [[adult.id]])
        #expect(invited[0].body.contains("wil het jou horen"), "\(invited[0].body)")

        _ = try school.heard(c, [.pupil, .teacher], "Lot (19) en de mentor gehoord.")
        let (_, obligations) = try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstige herhaling.", justification: "Zeer ernstig.")
        ).value.parts
        let kinds = Set(obligations.map(\.kind))
        #expect(kinds.isSuperset(of: [.removalDecision, .rmcRemoval, .inspectieFinalRemoval]), "\(kinds)")
        #expect(kinds.isDisjoint(with: [.leerplichtRemoval, .otherSchool, .inspectieConsult]), "\(kinds)")
        let rmc = try #require(obligations.first { $0.kind == .rmcRemoval })
        #expect(rmc.remark.nl.contains("WVO art. 28 (oude nummering"), "\(rmc.remark.nl)")
        let advice = try school.service.cases.assess(c.id).advice.map(\.nl)
        #expect(advice.contains { $0.contains("wacht niet op een andere school") && $0.contains("BW art. 3:37 lid 3") })
        #expect(!advice.contains { $0.contains("nog niet definitief") }, "\(advice)")
        let decision = try school.service.letters.drafts(
            case: c.id, template: try library.require("verwijderingsbesluit"))
        let toLot = try #require(decision.first { $0.to.map(\.id) == [adult.id] })
        let prose = toLot.body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(prose.contains("zij gaat in zodra dit besluit bekend is gemaakt"), "\(toLot.body)")
        #expect(prose.contains("WVO art. 28") && !prose.contains("Zoeken naar een andere school"), "\(toLot.body)")
        #expect(!prose.contains("leerplichtambtenaar"), "\(toLot.body)")
        // The notice to the Inspectie says so too: it told of B&W (leerplicht) to be informed and of
        // a removal final only once another school admits her (a legal review).
        let notice = try school.service.letters.draft(case: c.id, template: try library.require("melding-inspectie"))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!notice.contains("Leerplichtwet 1969 art. 18") && !notice.contains("pas definitief"), "\(notice)")
        #expect(notice.contains("18 jaar of ouder: de Leerplichtwet 1969 geldt niet meer"), "\(notice)")
    }
}
