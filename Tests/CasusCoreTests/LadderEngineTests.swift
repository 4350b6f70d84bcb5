@testable import CasusCore
import Testing
import CasusTestSupport

/// The engine on hand-made histories: no store involved.
@Suite struct LadderEngineTests {
    let pupil = Person(id: 1, schoolID: 1, kind: .pupil, firstName: "Sanne", lastName: "Visser", group: "8")
    let teacher = Person(
        id: 2, schoolID: 1, kind: .staff, firstName: "Bas", infix: "de", lastName: "Wit", function: "groepsleerkracht")

    func history(
        _ subject: Person, articles: [String], profile: String, steps: [Rung] = [], opened: String = "2026-11-16",
        others: [Case] = [], heard: [HeardParty] = [], flags: CaseFlags = CaseFlags()
    ) -> CaseHistory {
        let c = Case(
            id: 10, schoolID: 1, number: "2026-0010", incidentID: 1, subjectID: subject.id, dossierID: subject.id,
            profileID: profile, articles: articles, severity: .medium, flags: flags, summary: "",
            openedAt: Fixtures.at(opened))
        let s = steps.enumerated().map {
            Step(
                id: Int64($0.offset + 1), caseID: 10, rung: $0.element, at: Fixtures.at(opened),
                date: Fixtures.date(opened), reason: "r", actor: "d")
        }
        let entries =
            heard.isEmpty
            ? []
            : [
                DossierEntry(
                    id: 1, dossierID: subject.id, seq: 1, kind: .meeting, title: "Gesprek",
                    body: "…", author: "d", authorName: "D", at: Fixtures.at(opened, hour: 11), caseID: 10,
                    corrects: nil, heard: heard, evidence: [], prevHash: "", hash: "")
            ]
        return CaseHistory(
            record: c, subject: subject, steps: s, obligations: [], entries: entries, subjectCases: others + [c])
    }

    @Test func theFirstSuggestionIsTheFirstRungAndTheNextFollows() {
        let p = Fixtures.profile("jozefschool")
        #expect(
            LadderEngine.assess(
                history(pupil, articles: ["A.5"], profile: p.id), profile: p, today: Fixtures.date("2026-11-16")
            ).suggested == .warning)
        let a = LadderEngine.assess(
            history(pupil, articles: ["A.5"], profile: p.id, steps: [.warning]), profile: p,
            today: Fixtures.date("2026-11-16"))
        #expect(a.current == .warning)
        #expect(a.suggested == .suspension)
        #expect(a.options.map(\.rung) == [.warning, .suspension, .removal])
        #expect(a.options.first { $0.rung == .removal }?.skips == [.suspension])
    }

    @Test func removalIsRefusedUntilTeacherAndParentsAreHeard() {
        let p = Fixtures.profile("jozefschool")
        let today = Fixtures.date("2026-11-16")
        let none = LadderEngine.assess(
            history(pupil, articles: ["A.5"], profile: p.id, steps: [.warning, .suspension]), profile: p, today: today)
        #expect(none.options.first { $0.rung == .removal }?.refusals.count == 2)
        let half = LadderEngine.assess(
            history(pupil, articles: ["A.5"], profile: p.id, steps: [.warning, .suspension], heard: [.parents]),
            profile: p, today: today)
        #expect(half.options.first { $0.rung == .removal }?.refusals.count == 1)
        let both = LadderEngine.assess(
            history(
                pupil, articles: ["A.5"], profile: p.id, steps: [.warning, .suspension], heard: [.parents, .teacher]),
            profile: p, today: today)
        #expect(both.options.first { $0.rung == .removal }?.isAllowed == true)
        // A hearing recorded before the last decision was about that decision, not the removal.
        var earlier = history(
            pupil, articles: ["A.5"], profile: p.id, steps: [.warning, .suspension], heard: [.parents, .teacher])
        earlier.steps[1].at = Fixtures.at("2026-11-16", hour: 12)
        let stale = LadderEngine.assess(earlier, profile: p, today: today)
        #expect(stale.options.first { $0.rung == .removal }?.refusals.count == 2)
    }

    @Test func suspensionIsCappedAtFiveSchoolDays() {
        let p = Fixtures.profile("jozefschool")
        let h = history(pupil, articles: ["A.5"], profile: p.id, steps: [.warning])
        #expect(throws: CasusError.self) {
            try LadderEngine.plan(
                StepRequest(rung: .suspension, reason: "herhaling", days: 6), h: h, profile: p, actor: "d",
                at: Fixtures.at("2026-11-16"))
        }
        let plan = try? LadderEngine.plan(
            StepRequest(rung: .suspension, reason: "herhaling", days: 5), h: h, profile: p, actor: "d",
            at: Fixtures.at("2026-11-16"))
        #expect(plan?.step.startDate?.iso == "2026-11-17")
        #expect(plan?.step.endDate?.iso == "2026-11-23")  // Tue–Fri, then Monday
    }

    @Test func theStaffLadderFollowsTheLawAndAWarningIsNoDisciplinaryMeasure() {
        let p = Fixtures.profile("jozefschool")
        let a = LadderEngine.assess(
            history(teacher, articles: ["B.2"], profile: p.id), profile: p, today: Fixtures.date("2026-11-16"))
        #expect(a.written == [.warning, .suspension, .reprimand, .dismissal, .summaryDismissal])
        #expect(a.ladder == [.warning, .reprimand, .suspension, .dismissal, .summaryDismissal])
        #expect(a.differences.count == 1)
        #expect(a.options[0].notes.first?.nl.contains("geen disciplinaire maatregel") == true)
        // A reprimand starts as a voornemen: registered letter, then the employee's term to respond.
        let reprimand = a.options.first { $0.rung == .reprimand }
        #expect(reprimand?.phase == .proposal)
        #expect(reprimand?.obligations.map(\.kind) == [.registeredLetter, .zienswijzeTerm])
        #expect(
            reprimand?.notes.first?.nl.contains(
                "CAO PO, de bepalingen over disciplinaire maatregelen; niet geverifieerd")
                == true)
        // The precautionary suspension is always there for staff, as a side measure.
        #expect(
            a.options.contains { $0.rung == .precautionarySuspension && $0.skips.isEmpty && $0.length == .calendarDays }
        )
        // A summary dismissal is the other way to end the employment (BW art. 7:677), not a measure
        // after an ordinary dismissal: it skips the lighter measures, never the dismissal (its besluit
        // read "zonder eerst schorsing, ontslag", a legal review).
        let summary = a.options.first { $0.rung == .summaryDismissal }
        #expect(summary?.skips == [.warning, .reprimand, .suspension], "\(String(describing: summary?.skips))")
    }

    @Test func skippingNeedsAJustificationThatBecomesADecision() throws {
        let p = Fixtures.profile("jozefschool")
        let h = history(pupil, articles: ["A.7"], profile: p.id)
        do {
            _ = try LadderEngine.plan(
                StepRequest(rung: .suspension, reason: "bedreiging", days: 2), h: h, profile: p, actor: "d",
                at: Fixtures.at("2026-11-16"))
            Issue.record("a skip without justification was accepted")
        } catch let e as CasusError {
            #expect(e.message.nl.contains("slaat over: waarschuwing"))
        }
        let plan = try LadderEngine.plan(
            StepRequest(rung: .suspension, reason: "bedreiging", days: 2, justification: "Ernstige bedreiging."),
            h: h, profile: p, actor: "d", at: Fixtures.at("2026-11-16"))
        #expect(plan.decision?.kind == .decision)
        #expect(plan.decision?.body.contains("Ernstige bedreiging.") == true)
    }

    @Test func goingDownTheLadderIsRefused() {
        let p = Fixtures.profile("jozefschool")
        let h = history(pupil, articles: ["A.7"], profile: p.id, steps: [.suspension])
        #expect(throws: CasusError.self) {
            try LadderEngine.plan(
                StepRequest(rung: .warning, reason: "r"), h: h, profile: p, actor: "d", at: Fixtures.at("2026-11-16"))
        }
    }

    @Test func meilanCountsPhoneOffencesWithinTheSchoolYear() {
        let p = Fixtures.profile("cbo-meilan")
        func earlier(_ id: CaseID, _ iso: String) -> Case {
            Case(
                id: id, schoolID: 1, number: "x", incidentID: 1, subjectID: pupil.id, dossierID: pupil.id,
                profileID: p.id,
                articles: ["T.1"], severity: .light, summary: "", openedAt: Fixtures.at(iso))
        }
        let lastYear = earlier(1, "2026-06-10")
        let thisYear = earlier(2, "2026-09-15")
        let h = history(pupil, articles: ["T.1"], profile: p.id, opened: "2026-11-16", others: [lastYear, thisYear])
        let a = LadderEngine.assess(h, profile: p, today: Fixtures.date("2026-11-16"))
        #expect(a.offence?.count == 2)
        #expect(a.suggested == .deviceCustody)
        #expect(a.options.first { $0.rung == .deviceCustody }?.detail?.contains("Langer in bewaring") == true)
    }

    @Test func koeProposesAGroupResponseBySize() {
        let p = Fixtures.profile("koe-troubadour")
        let g7 = (1...3).map {
            Person(id: Int64($0), schoolID: 1, kind: .pupil, firstName: "L\($0)", lastName: "X", group: "7")
        }
        #expect(LadderEngine.groupResponse(pupils: g7, profile: p)?.scope == .smallGroup)
        let five = (1...5).map {
            Person(id: Int64($0), schoolID: 1, kind: .pupil, firstName: "L\($0)", lastName: "X", group: "7")
        }
        #expect(LadderEngine.groupResponse(pupils: five, profile: p)?.scope == .class)
        let mixed = five + [Person(id: 9, schoolID: 1, kind: .pupil, firstName: "M", lastName: "Y", group: "5")]
        #expect(LadderEngine.groupResponse(pupils: mixed, profile: p)?.scope == .severalGroups)
        // Two pupils of two classes are a small group: a talk with them, not an external speaker.
        let two = [g7[0], Person(id: 8, schoolID: 1, kind: .pupil, firstName: "N", lastName: "Z", group: "5")]
        #expect(LadderEngine.groupResponse(pupils: two, profile: p)?.scope == .smallGroup)
        #expect(LadderEngine.groupResponse(pupils: g7, profile: Fixtures.profile("jozefschool")) == nil)
    }

    @Test func meldplichtCasesCannotCloseUntilTheBoardReportAndTheConsultationAreRecorded() {
        let p = Fixtures.profile("koe-troubadour")
        var h = history(teacher, articles: ["3A.6"], profile: p.id, flags: CaseFlags(meldplicht: true))
        h.obligations = LadderEngine.obligationsAtOpening(
            h.record, subject: teacher, profile: p, at: Fixtures.at("2026-11-16"))
        // Aangifte comes only after a consultation that finds a reasonable suspicion (WPO 4a lid 2).
        #expect(h.obligations.map(\.kind) == [.boardReport, .vertrouwensinspecteur])
        #expect(h.obligations[0].remark.nl.contains("WPO art. 4a lid 3"))
        #expect(h.obligations[1].remark.nl.contains("WPO art. 4a lid 1"))
        #expect(h.obligations[1].remark.nl.contains("0900-1113111"))
        #expect(LadderEngine.closeBlockers(h).count == 2)
        h.obligations[0].doneAt = Fixtures.at("2026-11-16")
        #expect(LadderEngine.closeBlockers(h).count == 1)
        h.obligations[1].doneAt = Fixtures.at("2026-11-17")
        #expect(LadderEngine.closeBlockers(h).isEmpty)
    }
}
