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
        try builder.build { tx in
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

    /// An account is someone who works at the school: linked to a pupil or a parent, their name
    /// would sign the account's letters and reports (`users add --person 186` took a pupil).
    @Test(arguments: Backend.all)
    func aUserIsNeverAPupilOrAParent(_ backend: Backend) throws {
        let scratch = Scratch("users-kind")
        let storage = try backend.make(in: scratch)
        let builder = Fixtures.builder(storage)
        try builder.build { tx in _ = try tx.insert(school: School(name: "OBS De Linde", protocolID: "jozefschool")) }
        let service = CasusService(builder)
        let school = try #require(try service.directory.schools().first)
        let pupil = try service.directory.addPerson(
            Person(schoolID: school.id, kind: .pupil, firstName: "Sophie", lastName: "Dekker", group: "7")
        ).value
        let parent = try service.directory.addPerson(
            Person(schoolID: school.id, kind: .parent, firstName: "Karin", lastName: "Dekker")
        ).value
        for (person, role) in [(pupil, Role.teacher), (parent, .director), (parent, .ib)] {
            #expect {
                try service.directory.addUser(account: "acc\(person.id)", role: role, personID: person.id)
            } throws: { error in
                "\(error)".contains("een gebruiker werkt op school")
            }
        }
        #expect(
            try service.directory.users().allSatisfy {
                $0.personID == nil || $0.personID.map { [pupil.id, parent.id].contains($0) } == false
            })
        let intern = try service.directory.addPerson(
            Person(schoolID: school.id, kind: .intern, firstName: "Daan", lastName: "Bos", function: "stagiair")
        ).value
        try service.directory.addUser(account: "stagiair_daan", role: .teacher, personID: intern.id)
        #expect(try service.directory.users().contains { $0.account == "stagiair_daan" })
    }
}
