import CasusCore
import CasusStore
import CasusTestSupport
import Testing

@testable import CasusTUI

/// A case with more entries than its screen shows: the newest, a line that says how many came
/// before and where they are, and the letter still to be sent however old it is.
@Suite struct LongCaseScreenTests {
    @Test func aLongCaseShowsItsNewestEntriesAndSaysWhereTheOthersAre() throws {
        let (_, director) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let c = try #require(try director.cases.rows(CaseFilter(), offset: 0, limit: 1).first)
        let letter = try director.cases.addEntry(c.id, kind: .letter, body: "Geachte ouders, ...").value
        for i in 1...60 { _ = try director.cases.addEntry(c.id, kind: .note, body: "Notitie \(i).") }
        let (detail, assessment) = try director.cases.detailAndAssessment(c.id)
        #expect(detail.entries.count == CaseParts.timelineWindow && detail.entryCount > detail.entries.count + 10)
        let text = CaseLayout.lines(detail, assessment, width: 80, lang: .nl, today: director.session.today)
            .map { $0.segments.map(\.0).joined() }.joined(separator: "\n")
        let earlier = detail.entryCount - detail.entries.count
        #expect(text.contains("… \(earlier) eerdere stukken van deze zaak"), "\(text)")
        #expect(text.contains("Notitie 60.") && text.contains("Notitie 11.") && !text.contains("Notitie 10."))
        #expect(
            CaseScreen.unsent(detail).last?.id == letter.id, "the letter, older than the newest fifty, is still to send"
        )
    }

    /// Enter on a case lists its entries, newest first; Enter on one reads it in full, and Esc goes
    /// back to the list. Enter did nothing: a letter could be read only from its dossier (a review).
    @Test func enterOnACaseReadsItsLettersInFull() throws {
        let (rt, director) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let c = try #require(try director.cases.rows(CaseFilter(status: .open), offset: 0, limit: 1).first)
        let long =
            "Geachte ouders,\n\n" + String(repeating: "Een lange zin over wat er gebeurde. ", count: 8)
            + "\n\nHet laatste woord."
        let letter = try director.cases.addEntry(c.id, kind: .letter, title: "Brief aan de ouders", body: long).value
        rt.select(case: c.number)
        rt.press(.enter, .enter)
        let picker = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.state.status?.text ?? "")")
        #expect(picker.title.contains("Stukken van zaak \(c.number)"))
        #expect(picker.items.first?.id == String(letter.id), "newest first")
        rt.press(.enter)
        let entry = try #require(rt.state.topScreen(EntryScreen.self))
        #expect(entry.entry.id == letter.id)
        #expect(rt.frame.text.contains("Geachte ouders,"), "\(rt.frame.text)")
        rt.press(.end)
        #expect(rt.frame.text.contains("Het laatste woord."), "\(rt.frame.text)")
        rt.press(.escape)
        #expect(rt.state.topScreen(PickerScreen.self) != nil)
    }

    /// z with several letters waiting asks which went out, each by the id a command takes and its
    /// number in the dossier: only the newest was offered, and an older decision letter could not
    /// be recorded as sent before it (a review). The one chosen is the one recorded.
    @Test func zAsksWhichLetterWentOutWhenSeveralWait() throws {
        let (rt, director) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let c = try #require(try director.cases.rows(CaseFilter(status: .open), offset: 0, limit: 1).first)
        let older = try director.cases.addEntry(c.id, kind: .letter, title: "Eerste brief", body: "Geachte ouders, ...")
            .value
        let newer = try director.cases.addEntry(c.id, kind: .letter, title: "Tweede brief", body: "Geachte ouders, ...")
            .value
        rt.select(case: c.number)
        rt.press(.enter, .char("z"))
        let picker = try #require(rt.state.topScreen(PickerScreen.self), "\(rt.state.status?.text ?? "")")
        #expect(picker.purpose == .sentLetter(c.id))
        #expect(picker.items.prefix(2).map(\.id) == [String(newer.id), String(older.id)])
        // Each named by its addressee, under the school's name that heads every letter (a review).
        let letter = "Basisschool De Klimop\n\nDe heer R. Vos\nKerkstraat 1\n\nGeachte heer Vos,"
        let addressed = CaseScreen.addressed(
            DossierEntry(
                id: 9, dossierID: 1, seq: 3, kind: .letter, title: "Brief", body: letter, author: "a", authorName: "A",
                at: Timestamp(seconds: 0), caseID: nil, corrects: nil, heard: [], evidence: [], prevHash: "", hash: ""),
            rt.state)
        #expect(addressed.hasSuffix("aan De heer R. Vos"), "\(addressed)")
        #expect(rt.frame.text.contains("stuk \(older.id), nr. \(older.seq)"), "\(rt.frame.text)")
        rt.press(.down, .enter)
        let methods = try #require(rt.state.topScreen(PickerScreen.self))
        #expect(methods.purpose == .sendMethod(c.id, older.id))
        rt.press(.enter, .enter)
        let sendings = try director.session.read { try $0.letterSendings(dossier: older.dossierID) }
        #expect(sendings[older.id] != nil && sendings[newer.id] == nil, "\(rt.state.status?.text ?? "")")
        #expect(rt.frame.text.contains("Brief (stuk \(older.id), nr. \(older.seq))"), "\(rt.frame.text)")
    }
}
