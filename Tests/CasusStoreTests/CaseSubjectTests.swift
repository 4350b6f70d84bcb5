import CasusCore
import CasusTestSupport
import Testing

/// A case is about whom a report names as having done it. The full screen offered only them; the
/// command line opened a case on the staff ladder about the teacher a fake account was made in the
/// name of, the report's victim and reporter (a review).
@Suite struct CaseSubjectTests {
    @Test func aCaseIsNotOpenedAboutAReportsVictimOrReporter() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Ids", "de Haan", parent: "Anne de Haan")
        let teacher = try school.staff("Joost", "Smits")
        let report = try school.service.intake.report(
            summary: "Er is een nepaccount op naam van Joost Smits aangemaakt.", platform: "Instagram",
            subjects: [pupil.id], victims: [teacher.id], reporter: teacher.id, schoolID: 1
        ).value
        let refused = refusal {
            _ = try school.service.cases.open(
                incident: report.id, subject: teacher.id, articles: ["3A.8"], severity: nil
            ).value
        }
        #expect(
            refused?.message.nl.contains("staat in melding \(report.id) als slachtoffer") == true,
            "\(String(describing: refused))")
        #expect(refused?.hint?.nl.contains("Wie het deed: \(pupil.id) Ids de Haan") == true)
        #expect(try school.service.cases.cases(ofIncident: report.id).isEmpty)
        // Whom it names as having done it: opened.
        _ = try school.service.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil)
            .value
    }
}
