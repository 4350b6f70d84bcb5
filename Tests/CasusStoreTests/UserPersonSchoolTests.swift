@testable import CasusCore
import CasusTestSupport
import Testing

/// An account always sees its own person, so it is linked only to a person of its own school: casus
/// says so before it saves, on every backend (a server refuses it too, for a client that is not casus).
@Suite struct UserPersonSchoolTests {
    @Test(arguments: Backend.all)
    func aUserIsLinkedOnlyToAPersonOfTheirOwnSchool(_ backend: Backend) throws {
        let scratch = Scratch("users")
        let storage = try backend.make(in: scratch)
        let builder = Fixtures.builder(storage)
        try builder.write { tx in
            for name in ["OBS De Linde", "CBS De Es"] {
                _ = try tx.insert(school: School(name: name, protocolID: "jozefschool"))
            }
        }
        let service = CasusService(builder)
        let schools = try service.directory.schools()
        let linde = try #require(schools.first { $0.name == "OBS De Linde" })
        let es = try #require(schools.first { $0.name == "CBS De Es" })
        let teacher = try service.directory.addPerson(
            Person(schoolID: linde.id, kind: .staff, firstName: "Ria", lastName: "Smit", function: "groepsleerkracht")
        ).value
        #expect {
            try service.directory.addUser(account: "juf_ria", role: .teacher, personID: teacher.id, schoolID: es.id)
        } throws: { error in
            "\(error)".contains("hoort bij diens school")
        }
        #expect(try service.directory.users().contains { $0.account == "juf_ria" } == false)
        try service.directory.addUser(account: "juf_ria", role: .teacher, personID: teacher.id, schoolID: linde.id)
        #expect(try service.directory.users().contains { $0.account == "juf_ria" && $0.schoolID == linde.id })
    }
}
