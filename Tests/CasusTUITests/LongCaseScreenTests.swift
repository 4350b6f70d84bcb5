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
        #expect(CaseScreen.unsent(detail)?.id == letter.id, "the letter, older than the newest fifty, is still to send")
    }
}
