import CasusCore
@testable import CasusTUI
import Testing
import CasusTestSupport

/// A VO or SO school's pupils have a class, not a group: the screens said "groep H4a".
@Suite struct PupilGroupLabelTests {
    @Test func aPupilsGroupIsNamedAsTheirSchoolNamesIt() throws {
        var session = Session(schoolName: "Test", personName: "M. van Dam", account: "directeur", role: .director)
        session.sectors = [1: .vo, 2: .po]
        let daan = Person(schoolID: 1, kind: .pupil, firstName: "Daan", lastName: "Vos", group: "3B")
        let tygo = Person(schoolID: 2, kind: .pupil, firstName: "Tygo", lastName: "Bos", group: "5")
        #expect(session.group(daan, .nl) == ", klas 3B" && session.group(daan, .en) == ", class 3B")
        #expect(session.group(tygo, .nl) == ", groep 5")
    }

    @Test func theRuntimeKnowsItsSchoolsSector() throws {
        let (_, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        try service.directory.setSchool(SchoolRecordChange(sector: .vo, denomination: .openbaar)).value
        let rt = try Runtime(
            service: service, letters: Fixtures.letters, printer: nil, lang: .nl, width: 80, height: 24)
        let school = try #require(try service.directory.homeSchool())
        #expect(rt.state.session.sectors[school.id] == .vo)
    }
}
