import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A director does not record their own leaving: one set it five years back on a board's server,
/// and their dossier's retention ran from it (a review). The employer records it.
@Suite struct OwnLeavingTests {
    @Test func aDirectorsOwnLeavingIsRefused() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let me = try #require(school.service.session.actor.user.personID)
        let refused = refusal { try school.service.directory.setLeft(me, on: Fixtures.date("2020-01-01")).value }
        #expect(refused?.message.nl.contains("gaat over uzelf") == true, "\(String(describing: refused))")
        #expect(try school.service.directory.person(me).leftOn == nil)
    }
}
