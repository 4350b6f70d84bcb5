import CasusCore
import Testing

@Suite struct AccessPolicyTests {
    func actor(_ role: Role) -> Actor {
        Actor(user: User(account: role.rawValue, personID: nil, role: role, schoolID: 1), displayName: role.rawValue)
    }

    @Test func anIBSeesPupilDossiersButNeverStaffDossiers() {
        let pupil = Person(id: 1, schoolID: 1, kind: .pupil, firstName: "A", lastName: "B")
        let staff = Person(id: 2, schoolID: 1, kind: .staff, firstName: "C", lastName: "D")
        #expect(AccessPolicy.maySeeDossier(of: pupil, actor: actor(.ib)))
        #expect(!AccessPolicy.maySeeDossier(of: staff, actor: actor(.ib)))
        #expect(AccessPolicy.maySeeDossier(of: staff, actor: actor(.director)))
        #expect(!AccessPolicy.maySeeDossier(of: pupil, actor: actor(.teacher)))
    }

    @Test func nobodyReadsAnotherSchool() {
        let elsewhere = Person(id: 1, schoolID: 2, kind: .pupil, firstName: "A", lastName: "B")
        #expect(!AccessPolicy.maySeeDossier(of: elsewhere, actor: actor(.director)))
        let board = Actor(user: User(account: "b", personID: nil, role: .board, schoolID: nil), displayName: "b")
        #expect(AccessPolicy.maySeeDossier(of: elsewhere, actor: board))
    }

    @Test func onlyDirectorsAndTheBoardDecide() {
        #expect(AccessPolicy.allows(actor(.director), .decide))
        #expect(!AccessPolicy.allows(actor(.ib), .decide))
        #expect(AccessPolicy.allows(actor(.ib), .careNote))
        #expect(AccessPolicy.allows(actor(.teacher), .reportIncident))
        #expect(!AccessPolicy.allows(actor(.teacher), .readTriageQueue))
    }
}
