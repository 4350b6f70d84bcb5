import CasusCore
import CasusStore
import Testing

/// Issue 12: a report's reporter is the acting account's own person, unless a director or the
/// board says otherwise.
@Suite struct ReporterTests {
    struct School {
        let school: TestSchool
        let pupil: Person
        let teacher: Person
        let colleague: Person

        init() throws {
            school = try TestSchool(protocol: "jozefschool")
            (pupil, _) = try school.pupil("Lotte", "de Jong")
            teacher = try school.staff("Ilse", "Mulder")
            colleague = try school.staff("Rob", "Bakker")
            try school.service.directory.addUser(account: "juf", role: .teacher, personID: teacher.id).value
        }
    }

    @Test func aTeacherCannotNameSomeoneElseAsReporter() throws {
        let s = try School()
        let juf = try s.school.session("juf")
        let e = refusal {
            _ = try juf.intake.report(
                summary: "Filmpje", platform: nil, subjects: [s.pupil.id], reporter: s.colleague.id)
        }
        #expect(e?.kind == .refused)
        #expect(e?.message.nl.contains("namens") == true)
        #expect(e?.hint != nil)
        #expect(try s.school.service.intake.count(status: .new) == 0, "nothing was filed")
    }

    @Test func aTeacherFilesAsThemselves() throws {
        let s = try School()
        let juf = try s.school.session("juf")
        let own = try juf.intake.report(
            summary: "Filmpje", platform: nil, subjects: [s.pupil.id], reporter: s.teacher.id)
        #expect(own.value.reporterName == "Ilse Mulder")
        let plain = try juf.intake.report(summary: "Filmpje", platform: nil, subjects: [s.pupil.id])
        #expect(plain.value.reporterName == "Ilse Mulder")
    }

    @Test func aDirectorMayRecordAReportForSomeoneElse() throws {
        let s = try School()
        let i = try s.school.service.intake.report(
            summary: "Rob zag het filmpje", platform: nil, subjects: [s.pupil.id], reporter: s.colleague.id)
        #expect(i.value.reporterName == "Rob Bakker")
    }
}
