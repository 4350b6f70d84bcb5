import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// An IB read the text of a report about a staff member, and who filed it, in a pupil's case
/// opened from it (`case show`, the full screen), while the case's own summary said the text was
/// kept from the pupil's dossier (a review). On both backends an IB reads a pupil's case without
/// a report that names staff; a report naming only pupils is theirs to read with the case.
@Suite struct StaffReportHiddenTests {
    @Test(arguments: Backend.all)
    func anIBReadsAPupilsCaseWithoutAReportNamingStaff(_ backend: Backend) throws {
        let w = try ReportSearchTests().world(backend)
        let gerrit = try w.director.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Gerrit", lastName: "Hoogeveen", function: "leerkracht")
        ).value
        let asSubject = try w.director.intake.report(
            summary: "Sem heeft samen met meester Gerrit een filmpje gezet.", platform: "TikTok",
            subjects: [w.sem.id, gerrit.id]
        ).value
        let asVictim = try w.director.intake.report(
            summary: "Noor zette een filmpje van meester Gerrit online.", platform: "TikTok", subjects: [w.noor.id],
            victims: [gerrit.id]
        ).value
        let pupilsOnly = try w.director.intake.report(
            summary: "Sem filmde Noor in de gymles.", platform: "TikTok", subjects: [w.sem.id], victims: [w.noor.id]
        ).value
        var cases: [IncidentID: Case] = [:]
        for (report, pupil) in [(asSubject, w.sem), (asVictim, w.noor), (pupilsOnly, w.sem)] {
            cases[report.id] = try w.director.cases.open(
                incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil, summary: "Filmpje."
            ).value
        }
        for report in [asSubject, asVictim] {
            let c = try #require(cases[report.id])
            #expect(try w.ib.cases.detail(c.id).incident == nil, "report \(report.id)")
            #expect(try w.ib.cases.detailAndAssessment(c.id).0.incident == nil)
            // The director reads it whole.
            #expect(try w.director.cases.detail(c.id).incident?.summary == report.summary)
        }
        let shown = try w.ib.cases.detail(try #require(cases[pupilsOnly.id]).id).incident
        #expect(shown?.summary == "Sem filmde Noor in de gymles.")
        // Opened without a summary of the director's, a pupil's case from a report naming a teacher
        // as victim does not take the report's text as its own (the IB read it in the case list).
        let again = try w.director.intake.report(
            summary: "Sem filmde meester Gerrit stiekem.", platform: "TikTok", subjects: [w.sem.id],
            witnesses: [gerrit.id]
        ).value
        let c = try w.director.cases.open(
            incident: again.id, subject: w.sem.id, articles: ["A.5"], severity: nil, summary: nil
        ).value
        #expect(!c.summary.contains("meester Gerrit"), "\(c.summary)")
        #expect(try w.ib.cases.detail(c.id).record.summary == c.summary)
    }
}
