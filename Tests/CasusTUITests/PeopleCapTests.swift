import CasusCore
import Testing

@testable import CasusTUI

/// A name typed in the Dossiers tab that matches more people than the list scrolls through (a
/// first letter on a board): the list holds the first 2,000 and says so; typing on narrows it.
@Suite struct PeopleCapTests {
    @Test func aNameThatMatchesThousandsSaysSoAndTypingOnNarrowsIt() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        _ = try service.session.write { tx in
            for n in 0...Directory.peopleCap {
                _ = try service.directory.addPerson(
                    Person(schoolID: 1, kind: .pupil, firstName: "Xandra", lastName: "Zwaluw\(n)", group: "5"), in: tx)
            }
        }
        rt.press(.char("3"), .char("f"))
        rt.type("xandra")
        #expect(rt.state.people.total == Directory.peopleCap)
        #expect(rt.frame.text.contains(">2.000: typ verder"), "the screen says there are more")
        rt.press(.enter, .char("G"))
        #expect(rt.state.people.selected == Directory.peopleCap - 1)
        #expect(rt.state.people.selectedRow?.firstName == "Xandra", "the last row of the list is there")
        rt.press(.char("f"))
        rt.type(" zwaluw12")
        #expect(rt.state.people.total == 111)  // zwaluw12, zwaluw120…129 and zwaluw1200…1299
        #expect(!rt.frame.text.contains("typ verder"))
    }
}
