import CasusCore
import CasusTestSupport
import Testing

/// A case stays open while the parents' term to object to its decision runs (Awb art. 6:7): it
/// closed the day the suspension's letter went, and an objection that came in time afterwards was
/// refused as "zaak … is gesloten", with no way to record it or the decision it asks (a review).
@Suite struct ObjectionWindowCloseTests {
    @Test func aCaseDoesNotCloseWhileItsObjectionPeriodRuns() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: .po, denomination: .openbaar))
        let (pupil, _) = try school.pupil("Noah", "Vos", group: "6", parent: "Rik Vos", born: "2015-05-01")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Filmpje.")).value
        try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 1, urgency: "Veiligheid van de klas.")
        ).value
        let letters = Fixtures.letters
        let t = try letters.require("schorsingsbesluit")
        for draft in try school.service.letters.drafts(case: c.id, template: t) {
            let body = draft.body.replacingOccurrences(
                of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
            let filed = try school.service.letters.file(case: c.id, template: t, body: body).value
            try school.service.letters.sent(
                entry: filed.entry.id, on: school.clock.now.localDate(), via: .post, library: letters
            ).value
        }
        for o in try school.obligations(c) where !o.isDone && !o.isDeadlineForOthers {
            try school.service.cases.markDone(c.id, obligation: String(o.id))
        }
        let window = try #require(try school.obligations(c).first { $0.kind == .objectionWindow })
        #expect(window.due.iso == "2026-12-28", "six weeks from the day after the letter went")

        let early = refusal { try school.service.cases.close(c.id, outcome: .founded, reason: "Uitgevoerd.").value }
        #expect(
            early?.message.nl.contains("de bezwaartermijn loopt tot en met 28-12-2026") == true,
            "\(early?.message.nl ?? "closed")")
        #expect(try school.service.cases.detail(c.id).record.status == .open)
        // The full screen and `case show` say the same before anyone tries.
        #expect(
            try school.service.cases.assess(c.id).closeBlockers.contains { $0.nl.contains("bezwaartermijn") })
        // Its last day still counts; the day after, the case closes.
        school.clock.set("2026-12-28", hour: 16)
        #expect(refusal { try school.service.cases.close(c.id, outcome: .founded, reason: "Uitgevoerd.").value } != nil)
        school.clock.set("2026-12-29", hour: 9)
        try school.service.cases.close(c.id, outcome: .founded, reason: "Uitgevoerd.")
        #expect(try school.service.cases.detail(c.id).record.status == .closed)
    }

    /// A removal made known to two households on two days: casus does not know which parent
    /// objects, so the term to decide counts from the first day (never later than the law allows;
    /// it counted from the father's later letter, three days past the mother's term, a review), and
    /// an objection is late only after the last parent's term.
    @Test func anObjectionToADecisionMadeKnownOnTwoDaysIsDecidedFromTheFirst() throws {
        let (school, _, c) = try TestSchool.removalOfDaan(on: "2026-12-01", apart: true)
        let t = try Fixtures.letters.require("verwijderingsbesluit")
        let filed = try school.service.letters.drafts(case: c.id, template: t).map { draft in
            let body = draft.body.replacingOccurrences(
                of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
            return try school.service.letters.file(case: c.id, template: t, body: body).value.entry
        }
        #expect(filed.count == 2)
        school.clock.set("2026-12-14", hour: 9)
        for (entry, day) in zip(filed, ["2026-12-05", "2026-12-10"]) {
            try school.service.letters.sent(
                entry: entry.id, on: Fixtures.date(day), via: .post, library: Fixtures.letters
            )
            .value
        }
        let decide = try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-14")).value
        // 05-12 + six weeks = Saturday 16 January, so Monday 18 January; four weeks on: 15 February.
        #expect(decide.due.iso == "2027-02-15", "\(decide.due.iso): \(decide.note)")
        #expect(decide.note.contains("Bekendgemaakt op 05-12-2026 en op 10-12-2026"), "\(decide.note)")
        #expect(!decide.note.contains("na de bezwaartermijn"))
    }

    /// A removal that is not carried out (revoked on the objection, the pupil gone elsewhere) ends
    /// the duty to find another school with the entry that says so: ticked bare it is refused, and
    /// without that way the case could never close (a review of the bare tick's refusal).
    @Test func aRemovalNotCarriedOutEndsTheOtherSchoolWithTheEntryThatSaysSo() throws {
        let (school, pupil, c) = try TestSchool.removalOfDaan(on: "2026-12-01", apart: false)
        let bare = refusal { try school.service.cases.markDone(c.id, obligation: "other-school").value }
        #expect(
            bare?.hint?.nl.contains("--obligation other-school --entry STUK") == true, "\(String(describing: bare))")
        // Not while the removal stands (no objection decided, the pupil at school), and never with the
        // decision itself as the reason (it was taken so, and the case closed, a review).
        let decision = try #require(try school.service.cases.detail(c.id).entries.last)
        school.clock.set("2026-12-02", hour: 9)
        let early = try school.service.cases.addEntry(c.id, kind: .note, body: "Verwijdering gaat niet door.").value
        for entry in [decision.id, early.id] {
            let stands = refusal {
                try school.service.cases.markDone(c.id, obligation: "other-school", entry: entry).value
            }
            #expect(stands?.message.nl.contains("de verwijdering staat") == true, "\(String(describing: stands))")
        }
        // The pupil gone: the entry that says so, written since, ends the duty (one of before does not).
        school.clock.set("2026-12-03", hour: 9)
        try school.service.directory.setLeft(pupil.id, on: Fixtures.date("2026-12-03"))
        #expect(
            refusal { try school.service.cases.markDone(c.id, obligation: "other-school", entry: early.id).value }?
                .message.nl.contains("de verwijdering staat") == true)
        let revoked = try school.service.cases.addEntry(
            c.id, kind: .note, body: "Daan is ingeschreven op een school in Kampen; de verwijdering gaat niet door."
        ).value
        let done = try school.service.cases.markDone(c.id, obligation: "other-school", entry: revoked.id).value
        #expect(done.isDone && done.entryID == revoked.id)
        #expect(try school.service.cases.detail(c.id).facts.contains { $0.kind == .otherSchoolAccepted } == false)
    }

    /// A removal revoked on the objection ends the duty by being recorded as revoked (`casus case
    /// revoke`); the objection's own note, the hearing on it, or a letter deciding the objection
    /// whatever it says, do not (each was taken as the reason, and a removal upheld on the objection
    /// closed with no school named, reviews).
    @Test func aRemovalRevokedOnTheObjectionEndsTheOtherSchoolWithItsDecisionLetter() throws {
        let (school, _, c) = try TestSchool.removalOfDaan(on: "2026-12-01", apart: false)
        let letters = Fixtures.letters
        let t = try letters.require("verwijderingsbesluit")
        for draft in try school.service.letters.drafts(case: c.id, template: t) {
            let body = draft.body.replacingOccurrences(
                of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
            let filed = try school.service.letters.file(case: c.id, template: t, body: body).value
            try school.service.letters.sent(
                entry: filed.entry.id, on: Fixtures.date("2026-12-01"), via: .hand, library: letters
            ).value
        }
        school.clock.set("2026-12-07", hour: 9)
        try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-07")).value
        // The parents agreed to leave out the documents' week (Awb art. 7:4 lid 5).
        school.clock.set("2026-12-07", hour: 11)
        let consent = try school.service.cases.addEntry(
            c.id, kind: .note, body: "De ouders stemden in met het achterwege laten van de terinzagelegging."
        ).value
        try school.service.cases.markDone(
            c.id, obligation: ObligationKind.objectionDocuments.rawValue, entry: consent.id, waived: true
        ).value
        school.clock.set("2026-12-10", hour: 10)
        let hearing = try school.heard(c, [.parents], "Hoorzitting over het bezwaar.")
        let noted = try #require(try school.service.cases.detail(c.id).entries.first { $0.title.hasPrefix("Bezwaar") })
        for entry in [noted.id, hearing.id] {
            #expect(
                refusal { try school.service.cases.markDone(c.id, obligation: "other-school", entry: entry).value }?
                    .message.nl.contains("de verwijdering staat") == true)
        }
        let decision = try letters.require("beslissing-op-bezwaar")
        let body = try school.service.letters.drafts(case: c.id, template: decision)[0].body
            .replacingOccurrences(
                of: #"\[[^\]]*\]"#, with: "Het besluit tot verwijdering wordt herroepen", options: .regularExpression)
        let letter = try school.service.letters.file(case: c.id, template: decision, body: body).value.entry
        #expect(
            refusal { try school.service.cases.markDone(c.id, obligation: "other-school", entry: letter.id).value }?
                .hint?.nl.contains("casus case revoke") == true)
        #expect(
            refusal {
                try school.service.cases.removalRevoked(c.id, on: Fixtures.date("2026-12-10"), reason: " ").value
            }?
            .kind == .invalid)
        try school.service.cases.removalRevoked(
            c.id, on: Fixtures.date("2026-12-10"),
            reason: "Het bezwaar is gegrond verklaard bij besluit van 10-12-2026."
        ).value
        let after = try school.service.cases.detail(c.id)
        #expect(after.obligations.first { $0.kind == .otherSchool }?.isDone == true)
        // What the removal asked goes with it: no letter, notice or term to object is left open,
        // its letter is not drafted again, and no objection is taken against it (a review).
        let left = after.obligations.filter { !$0.isDone && CaseWorkflow.removalDuties.contains($0.kind) }
        #expect(left.isEmpty, "\(left.map(\.kind))")
        let again = refusal { _ = try school.service.letters.drafts(case: c.id, template: t) }
        #expect(again?.message.nl.contains("is herroepen") == true, "\(String(describing: again))")
        let objection = refusal {
            _ = try school.service.cases.recordObjection(c.id, receivedOn: Fixtures.date("2026-12-10")).value
        }
        #expect(objection != nil)
        #expect(after.entries.last?.title == "Verwijdering herroepen — zaak \(c.number)")
        #expect(
            try school.service.cases.assess(c.id).advice.contains {
                $0.nl.contains("Verwijdering herroepen per 10-12-2026")
            })
        #expect(try school.service.integrity.verify().isSound)
        // A second removal in the case stands until it is itself final or revoked: the first one's
        // revocation said it was revoked, and refused to revoke it (a review).
        school.clock.set("2026-12-11", hour: 9)
        try school.heard(c, [.teacher, .parents])
        school.clock.set("2026-12-11", hour: 10)
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Opnieuw.", justification: "Weer zeer ernstig.")
        ).value
        #expect(try school.service.cases.assess(c.id).advice.contains { $0.nl.contains("nog niet definitief") })
        try school.service.cases.removalRevoked(c.id, on: Fixtures.date("2026-12-11"), reason: "Heroverwogen.").value
        #expect(
            try school.service.cases.detail(c.id).obligations.filter { $0.kind == .otherSchool }.allSatisfy(\.isDone))
    }
}
