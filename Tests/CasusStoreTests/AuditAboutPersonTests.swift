import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// "Who read or wrote about this person?" (`casus audit --person`): a case about a parent is logged
/// under the child whose dossier holds it, and did not show (a review of the AVG).
@Suite struct AuditAboutPersonTests {
    let scratch = Scratch("audit-about")

    @Test(arguments: Backend.all)
    func aReportAndAParentsCaseAreInTheirPeoplesLog(_ backend: Backend) throws {
        let service = try jozefschool(on: try backend.make(in: scratch), clock: TestClock("2026-11-16").clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let parent = try service.directory.addPerson(
            Person(schoolID: 1, kind: .parent, firstName: "Ilse", lastName: "Vos"), guardianOf: pupil.id
        ).value
        let report = try service.intake.report(
            summary: "De moeder schreef in de oudergroep over de leerkracht.", platform: "WhatsApp",
            subjects: [parent.id], witnesses: [pupil.id]
        ).value
        let c = try service.cases.open(
            incident: report.id, subject: parent.id, articles: ["A.7"], severity: nil, summary: "Bericht in de groep."
        ).value
        _ = try service.cases.detail(c.id)
        // The child's whole dossier read holds the case's entries too (it was not listed, a review).
        _ = try service.dossiers.dossier(pupil.id)
        let aboutParent = try service.integrity.auditLog(person: parent.id, limit: 100)
        #expect(aboutParent.contains { $0.caseID == c.id && $0.action == "case.read" }, "\(aboutParent.map(\.action))")
        #expect(
            aboutParent.contains { $0.action == "dossier.read" && $0.caseID == nil }, "\(aboutParent.map(\.action))")
        #expect(aboutParent.map(\.id) == aboutParent.map(\.id).sorted(by: >), "newest first")
        // Paged as any log: the second line of the first page is the first of the next.
        let second = try service.integrity.auditLog(person: parent.id, offset: 1, limit: 1)
        #expect(second.first?.id == aboutParent.dropFirst().first?.id)
    }
}
