@testable import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// An account's access ended on a server: by casus, the server no longer knows its login (its
/// row in `app_user` is gone; the server's groups, the whole server's, are left as they are); by a client that sends its own `user.removed`, only what casus's service
/// allows is taken (Directory.removeUser's rules, checked again by the server).
extension PostgresRoleTests {
    @Test func anEndedAccountsLoginReachesNothingOnTheServer() throws {
        let w = try world()
        _ = try login(w, "juf_ria").intake.report(summary: "Filmpje.", platform: nil, subjects: [w.pupil.id])
        try login(w, "founder").directory.removeUser(account: "juf_ria", reason: "uit dienst")
        #expect(throws: (any Error).self) { try login(w, "juf_ria") }
        // With psql: the server knows her login as nobody, and every function refuses it.
        let answer = refused(w, "SELECT casus.heads()", as: "juf_ria")
        #expect(answer?.contains("niet bekend bij casus") == true, "\(answer ?? "answered")")
        // Her own report neither: no line for reading it, so no report.
        #expect(refused(w, "SELECT casus.log_read('incident', 1, NULL)", as: "juf_ria") != nil)
        #expect(refused(w, "SELECT count(*) FROM casus.incident_by_id(1, 0)", as: "juf_ria") != nil)
        // Not given again with no person: who comes back cannot be told, and the next holder of the
        // name read her report (a review).
        #expect(throws: CasusError.self) {
            try login(w, "founder").directory.addUser(account: "juf_ria", role: .teacher, personID: nil)
        }
        #expect(try login(w, "founder").integrity.verify().isSound)
    }

    @Test func aRoleChangePutsTheLoginInItsNewGroup() throws {
        let w = try world()
        try login(w, "founder").directory.setRole(account: "ib_els", to: .director, reason: "benoemd")
        let member = try w.cluster.psql(w.database, "SELECT pg_has_role('ib_els', 'casus_director', 'MEMBER')")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(member == "t")
        // As a director now, she reads the staff member's dossier the IB could not.
        #expect(try login(w, "ib_els").dossiers.timelinePage(w.staff.id, offset: 0, limit: 10).total == 1)
    }

    /// What a client sends of its own: each refused at the server, nothing saved.
    @Test func aForgedEndOfAnAccountIsRefused() throws {
        let (board, es, director, cluster, database) = try boardServer()
        _ = try director.directory.addUser(account: "juf_es", role: .teacher, personID: nil)
        _ = try board.directory.addUser(account: "ib_linde", role: .ib, personID: nil, schoolID: 1)
        _ = try board.directory.addUser(account: "dir_linde", role: .director, personID: nil, schoolID: 1)
        func ends(_ user: User, as account: String) -> String {
            refusal {
                let session = try CasusService.session(
                    storage: try PostgresStorage(url: cluster.url(database: database, user: account)),
                    account: account, profiles: Fixtures.profiles)
                _ = try session.session.build { tx in try tx.emit(.userRemoved(user), at: tx.now) }
            }
        }
        let juf = User(account: "juf_es", personID: nil, role: .teacher, schoolID: es.id)
        #expect(ends(juf, as: "ib_linde").contains("gebruikers beheren"), "an IB")
        #expect(ends(juf, as: "dir_linde").contains("geen gebruiker van uw school"), "another school's director")
        var asItWasNot = juf
        asItWasNot.role = .ib
        #expect(ends(asItWasNot, as: "dir_es").contains("zoals de gebeurtenis zegt"), "a role it does not have")
        let own = User(account: "dir_es", personID: nil, role: .director, schoolID: es.id)
        let ownPerson = try board.directory.users().first { $0.account == "dir_es" }?.personID
        var dirEs = own
        dirEs.personID = ownPerson
        #expect(ends(dirEs, as: "dir_es").contains("eigen account"), "one's own")
        #expect(ends(dirEs, as: "founder").contains("laatste"), "the school's last director")
        let users = try board.directory.users().map(\.account).sorted()
        #expect(users == ["dir_es", "dir_linde", "founder", "ib_linde", "juf_es"])
        // What casus sends is taken.
        #expect(ends(juf, as: "dir_es") == "")
        #expect(try board.integrity.verify().isSound)
    }
}
