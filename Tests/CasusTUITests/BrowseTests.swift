import CasusCore
@testable import CasusTUI
import Testing

@Suite struct BrowseTests {
    @Test func dossiersFindPeopleAsYouTypeAndOpenTheTimeline() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("3"))
        let everyone = rt.state.people.total
        rt.press(.char("f"))
        rt.type("tygo bouz")
        #expect(rt.state.people.total < everyone && rt.state.people.total >= 1)
        #expect(rt.state.people.selectedRow?.lastName == "Bouzid")
        Golden.check(rt.frame, "dossiers-100x30")
        rt.press(.enter)  // ends typing
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter)
        guard let d = rt.state.topScreen(DossierScreen.self) else {
            Issue.record("no dossier")
            return
        }
        #expect(d.page?.person.lastName == "Bouzid")
        Golden.check(rt.frame, "dossier-100x30")
        // The header names the dossier's cases; `z` lists them, open and closed, and Esc comes back.
        #expect(rt.frame.text.contains("Zaken: 1 zaak, open"), "\(rt.frame.text)")
        rt.press(.char("z"))
        guard let list = rt.state.topScreen(CaseListScreen.self) else {
            Issue.record("z did not list the dossier's cases: \(rt.frame.text)")
            return
        }
        #expect(list.list.total == 1 && list.list.selectedRow?.subjectName.contains("Bouzid") == true)
        #expect(rt.frame.text.contains("Zaken in het dossier van Tygo Bouzid · Filter: alle"), "\(rt.frame.text)")
        rt.press(.escape)
        #expect(rt.state.topScreen(DossierScreen.self) != nil)
        rt.press(.enter)
        guard rt.state.topScreen(EntryScreen.self) != nil else {
            Issue.record("Enter did not open the entry")
            return
        }
        #expect(rt.frame.text.contains("Hash"))
    }

    /// A correction opened from the timeline names the entry it corrects by the number the
    /// timeline shows ("#3"), not by an id no screen shows.
    @Test func aCorrectionNamesTheEntryItCorrectsByItsNumber() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Wessel", lastName: "Quist", group: "6")
        ).value
        let note = try service.dossiers.addEntry(
            person: pupil.id, kind: .note, title: "Gesprek", body: "Wessel vertelt.", corrects: nil
        ).value
        _ = try service.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: "Correctie", body: "Het was dinsdag.", corrects: note.id
        ).value
        #expect(note.id != note.seq, "the test needs an id that differs from the number")
        rt.send(.event(.tick))
        rt.press(.char("3"), .char("f"))
        rt.type("quist")
        rt.press(.enter, .enter)
        guard rt.state.topScreen(DossierScreen.self) != nil else {
            Issue.record("no dossier: \(rt.frame.text)")
            return
        }
        rt.press(.down, .enter)
        #expect(
            rt.frame.text.split(separator: "\n").contains { $0.hasSuffix("Corrigeert    #\(note.seq)") },
            "\(rt.frame.text)")
    }

    /// A closed case says how it ended in the dossier's header and in its Zaken list: "gesloten" of a
    /// case closed as unfounded read as a measure behind the pupil (a review), at 80 columns too.
    @Test func aDossiersClosedCasesSayHowTheyEnded() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Wessel", lastName: "Quist", group: "6")
        ).value
        for (summary, outcome) in [("Foto gedeeld.", CaseOutcome.founded), ("Bericht in de app.", .unfounded)] {
            let report = try service.intake.report(summary: summary, platform: nil, subjects: [pupil.id]).value
            let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["3A.1"], severity: nil)
                .value
            _ = try service.cases.close(c.id, outcome: outcome, reason: "Uitgezocht.").value
        }
        rt.send(.event(.tick))
        rt.press(.char("3"), .char("f"))
        rt.type("quist")
        rt.press(.enter, .enter)
        #expect(
            rt.frame.text.contains("Zaken: 2 zaken, gesloten (1 gegrond, 1 ongegrond)"), "\(rt.frame.text)")
        rt.press(.char("z"))
        let rows = rt.frame.text.split(separator: "\n").filter { $0.contains("Quist") && $0.contains("2026-") }
        #expect(
            rows.count == 2 && rows[0].contains("ongegrond") && rows[1].contains(" gegrond"), "\(rt.frame.text)")
        // Over a column of due dates and outcomes, a title that says both: an outcome stood under
        // "Uiterlijk" (a review).
        let header = rt.frame.text.split(separator: "\n").first { $0.contains("Trede") } ?? ""
        #expect(header.contains("Uiterl./afl.") && !header.contains("Uiterlijk"), "\(header)")
    }

    /// Two parents of one name are told apart in the Dossiers tab by where they live: their lines read
    /// alike, and an access request was answered with the other one's data (a review).
    @Test func twoParentsOfOneNameAreToldApartByTheirAddress() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        for (first, street) in [("Sem", "Dorpsstraat 1"), ("Lieke", "Kerkweg 12")] {
            let child = try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: first, lastName: "Quist", group: "6")
            ).value
            _ = try service.directory.addPerson(
                Person(
                    schoolID: 1, kind: .parent, firstName: "Anna", lastName: "Quist",
                    address: PostalAddress(street: street, postcode: "8011 AA", town: "Zwolle")),
                guardianOf: child.id
            ).value
        }
        rt.send(.event(.tick))
        rt.press(.char("3"), .char("f"))
        rt.type("anna quist")
        let rows = rt.frame.text.split(separator: "\n").filter {
            $0.contains("Quist, Anna") || $0.contains("Anna Quist")
        }
        #expect(rows.count == 2, "\(rt.frame.text)")
        #expect(
            rows.contains { $0.contains("Dorpsstraat 1, Zwolle") }
                && rows.contains { $0.contains("Kerkweg 12, Zwolle") },
            "\(rt.frame.text)")
    }

    /// `n` in a dossier opens the editor on top, at once, and Esc leaves the dossier as it was (the
    /// editor went under the dossier: nothing showed until Esc, and `n` twice stacked two).
    /// The Zaken tab says which cases it lists, on a line that stays: the filter was a passing
    /// message, and "Zaken (1)" read as the whole caseload once the cursor moved (found by a review).
    @Test func theCaseListShowsItsFilterOnALineThatStays() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("2"))
        #expect(rt.frame.line(2).contains("Filter: open"))
        rt.press(.char("b"), .char("b"), .down, .down)
        #expect(rt.frame.line(2).contains("Filter: open · "), "\(rt.frame.text)")
        rt.press(.char("o"), .down)
        #expect(rt.frame.line(2).contains("Filter: gesloten · "), "\(rt.frame.text)")
    }

    @Test func aNoteInADossierOpensTheEditorOnTop() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("3"))
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.kind != .pupil { rt.press(.down) }
        rt.press(.enter)
        #expect(rt.state.topScreen(DossierScreen.self) != nil)
        let depth = rt.state.stack.count
        rt.press(.char("n"))
        #expect(rt.state.stack.last is EditorScreen, "\(rt.state.stack.map { type(of: $0) })")
        #expect(rt.state.stack.count == depth + 1)
        rt.type("Gesprek met moeder")
        #expect(rt.frame.text.contains("Gesprek met moeder"))
        // One Esc asks; the text stays. A second throws it away.
        rt.press(.escape)
        #expect(rt.state.stack.last is EditorScreen && rt.frame.text.contains("Gesprek met moeder"))
        #expect(rt.state.status?.text.contains("nog een keer Esc gooit hem weg") == true)
        rt.press(.escape)
        #expect(rt.state.stack.last is DossierScreen && rt.state.stack.count == depth)
    }

    @Test func theOverviewDrawsBarChartsAndChangesYear() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 40)
        rt.press(.char("4"))
        Golden.check(rt.frame, "overview-100x40")
        #expect(rt.frame.text.contains("█"))
        rt.press(.char("["))
        #expect(rt.state.overview.figures.value?.schoolYear == 2025)
        #expect(rt.frame.text.contains("2025-2026"))
    }

    /// ↓ picks an open obligation on the Overzicht and Enter opens its case (the list said what
    /// was due and led nowhere, a review); Esc comes back to the pick, PgUp lets it go.
    @Test func anOpenObligationOnTheOverviewOpensItsCase() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.press(.char("4"))
        let obligations = try #require(rt.state.overview.figures.value?.openObligations)
        try #require(obligations.count >= 2)
        rt.press(.enter)
        #expect(rt.state.topScreen(CaseScreen.self) == nil)
        #expect(rt.frame.text.contains("Kies met ↓ een open verplichting"), "\(rt.frame.text)")
        rt.press(.down, .down)
        #expect(rt.state.overview.picked == 1)
        // The picked line is on screen (the overview is longer than 24 lines).
        #expect(rt.frame.text.contains(obligations[1].caseNumber), "\(rt.frame.text)")
        rt.press(.enter)
        let opened = try #require(rt.state.topScreen(CaseScreen.self), "\(rt.frame.text)")
        #expect(opened.id == obligations[1].caseID)
        rt.press(.escape)
        #expect(rt.state.overview.picked == 1)
        rt.press(.up, .up)
        #expect(rt.state.overview.picked == nil)
        rt.press(.down, .pageUp)
        #expect(rt.state.overview.picked == nil)
        // At the bottom (G) Enter picks the first obligation on screen, and Enter again opens its
        // case: Enter said "Kies met ↓" and ↓ went back through every chart (a review).
        rt.press(.char("G"))
        rt.press(.enter)
        let picked = try #require(rt.state.overview.picked, "\(rt.frame.text)")
        #expect(rt.frame.text.contains("Verplichting gekozen"), "\(rt.frame.text)")
        rt.press(.enter)
        #expect(rt.state.topScreen(CaseScreen.self)?.id == obligations[picked].caseID, "\(rt.frame.text)")
    }

    /// The pick follows the obligation picked: another session ticks off one above it, and the
    /// pick stays on the same case (an index moved it to another child's case, a review).
    @Test func theOverviewsPickFollowsItsObligation() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 40)
        rt.press(.char("4"))
        let obligations = try #require(rt.state.overview.figures.value?.openObligations)
        // One ticked bare: not a notice or a letter, which are done with the entry that shows them.
        let firstIndex = try #require(
            obligations.firstIndex { !$0.kind.isNotice && !$0.kind.isDoneByLetter && $0.kind != .otherSchool })
        let first = obligations[firstIndex]
        let index = try #require(obligations[(firstIndex + 1)...].firstIndex { $0.caseID != first.caseID })
        for _ in 0...index { rt.press(.down) }
        let chosen = obligations[index]
        let toTick = try #require(
            try service.cases.detail(first.caseID).obligations.first {
                !$0.isDone && $0.kind == first.kind && $0.due == first.due
            })
        _ = try service.cases.markDone(first.caseID, obligation: String(toTick.id)).value
        rt.send(.event(.tick))
        rt.press(.char("2"), .char("4"))
        let now = try #require(rt.state.overview.figures.value?.openObligations)
        #expect(now.count == obligations.count - 1)
        let picked = try #require(rt.state.overview.picked)
        #expect(now[picked].caseID == chosen.caseID && now[picked].kind == chosen.kind, "\(now[picked])")
        rt.press(.enter)
        #expect(rt.state.topScreen(CaseScreen.self)?.id == chosen.caseID)
    }

    /// A closed case with an inzage request to answer: `r` offers the request, `o` ticks its answer
    /// (both were refused on a closed case, a review).
    @Test func aClosedCaseTakesAnInzageRequestAndItsAnswer() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let closed = try service.cases.resolve("2026-0009")
        _ = try service.cases.inzageRequest(closed, receivedOn: TUIFixture.moment.localDate(), note: "Moeder")
        rt.send(.event(.tick))
        rt.press(.char("2"), .char("o"))  // the closed cases
        for _ in 0..<rt.state.cases.total where rt.state.cases.selectedRow?.number != "2026-0009" { rt.press(.down) }
        rt.press(.enter)
        #expect(rt.state.topScreen(CaseScreen.self)?.detail?.record.status == .closed)
        rt.press(.char("o"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.frame.text)")
        #expect(picker.items.count == 1)
        rt.press(.escape, .char("r"))
        let legal = try #require(rt.state.topScreen(PickerScreen.self))
        #expect(legal.items.contains { $0.id == "inzage" })
    }

    /// In English the months are English ("Oct 2026", not "okt 2026", "mrt", "mei": a review).
    @Test func theOverviewNamesTheMonthsInTheRunsLanguage() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 40, lang: .en)
        rt.press(.char("4"))
        #expect(rt.frame.text.contains("Oct 2026") && rt.frame.text.contains("Mar 2027"), "\(rt.frame.text)")
        #expect(!rt.frame.text.contains("okt 2026") && !rt.frame.text.contains("mrt 2027"))
        #expect(
            Statistics.monthLabel("2027-05", .nl) == "mei 2027" && Statistics.monthLabel("2027-05", .en) == "May 2027")
    }

    /// [ and ] read only the year's figures (the open obligations stay); a save makes the
    /// Overzicht read everything again when it is next shown.
    @Test func theOverviewKeepsItsObligationsAcrossYearsAndIsReadAgainAfterASave() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 40)
        rt.press(.char("4"))
        let first = try #require(rt.state.overview.figures.value)
        #expect(!first.openObligations.isEmpty)
        rt.press(.char("["))
        #expect(rt.state.overview.figures.value?.schoolYear == first.schoolYear - 1)
        #expect(rt.state.overview.figures.value?.openObligations == first.openObligations)
        rt.press(.char("]"))
        #expect(rt.state.overview.figures.value?.incidents == first.incidents)
        // A report comes in, saved by another session: on the next tick the figures follow.
        let pupil = try #require(service.directory.people(kinds: [.pupil], limit: 1).first)
        _ = try service.intake.report(
            summary: "Nieuwe melding over een filmpje.", platform: "TikTok", subjects: [pupil.id])
        rt.send(.event(.tick))
        rt.press(.char("2"), .char("4"))
        #expect(rt.state.overview.figures.value?.incidents == first.incidents + 1)
        #expect(rt.state.overview.figures.state.isStale == false)
    }

    /// Acting as another account at 80 columns: the header keeps the school's name and says who
    /// acts for whom (it left "casus · B" of the school).
    @Test func theHeaderKeepsTheSchoolWhenActingAsAnother() throws {
        for lang in [Lang.nl, .en] {
            let rt = try TUIFixture.runtime(width: 80, height: 24, as: "demo-ib", lang: lang)
            let header = rt.frame.line(0)
            #expect(header.contains("casus · Basisschool De Klimop"), "\(header)")
            #expect(header.contains(lang == .nl ? "intern begeleider (als demo-ib" : "(as demo-ib"), "\(header)")
        }
    }

    @Test func anIBSeesNoStaffAnywhereOnScreen() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30, as: "demo-ib")
        #expect(rt.frame.line(0).contains("intern begeleider"))
        rt.press(.char("3"), .char("b"), .char("b"), .char("b"))  // cycles everyone → pupils → parents → everyone
        for i in 0..<rt.state.people.total {
            if let p = rt.state.people.row(at: i) { #expect(!p.kind.isPersonnel, "\(p.name) is staff") }
        }
        rt.press(.char("2"), .char("o"), .char("o"))  // all cases
        for i in 0..<rt.state.cases.total {
            if let row = rt.state.cases.row(at: i) { #expect(!row.subjectKind.isPersonnel) }
        }
        rt.press(.char(":"))
        rt.type("case 2026-0004")  // the staff case in the demo
        rt.press(.enter)
        #expect(rt.state.status?.isError == true)
        if rt.state.topScreen(CaseScreen.self) != nil { Issue.record("an IB opened a staff case") }
        rt.press(.char("1"))
        #expect(rt.frame.text.contains("Geen nieuwe meldingen") || rt.state.incidents.total == 0)
    }
}
