import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Another sector or denomination is another law for every open case: `school set --sector vo`
/// over a primary school's open suspension made its case say "WVO 2020" beside obligations citing
/// the WPO, without a word (a review). Said, naming the cases with steps; not refused, since a
/// record set wrong at the start is corrected so.
@Suite struct SchoolRecordUnderOpenCasesTests {
    @Test func anotherLawNamesTheOpenCasesWithDecisions() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-26",
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder))
        let (pupil, _) = try school.pupil("Sem", "Vos", parent: "Rob Vos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        let directory = school.service.directory
        // No step yet: the case simply follows the record, and nothing is said.
        #expect(try directory.lawChangeNotice(SchoolRecordChange(denomination: .openbaar)) == nil)
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let notice = try #require(try directory.lawChangeNotice(SchoolRecordChange(sector: .vo)))
        #expect(notice.nl.contains(c.number) && notice.nl.contains("voortgezet onderwijs"), "\(notice.nl)")
        #expect(notice.nl.contains("primair onderwijs, bijzonder"), "\(notice.nl)")
        // What does not change the law says nothing.
        #expect(try directory.lawChangeNotice(SchoolRecordChange(region: .midden)) == nil)
    }
}
