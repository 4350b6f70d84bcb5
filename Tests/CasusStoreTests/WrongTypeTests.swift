import CasusCore
import Foundation
import Testing

@testable import CasusStore

/// Issue 12: a row of the wrong type (a BLOB in `entry.body`, written behind casus's back) crashes
/// nothing: every read decodes it as best it can, and `casus verify` names the row.
@Suite struct WrongTypeTests {
    func school() throws -> RolesSchool {
        let s = try RolesSchool()
        try s.school.storage.withDatabase { db in
            try db.execute(sql: "DROP TRIGGER entry_no_update")
            try db.execute(
                sql: """
                    UPDATE entry SET body = x'00ff41', title = x'4869', at = x'01', seq = 'een'
                    WHERE dossier_id = \(s.pupil.id) AND seq = 1
                    """)
            try db.execute(sql: "UPDATE person SET first_name = x'4c6f747465' WHERE id = \(s.pupil.id)")
        }
        return s
    }

    @Test func readsDecodeAWrongTypeInsteadOfTrapping() throws {
        let s = try school()
        let view = try s.school.service.dossiers.dossier(s.pupil.id)
        #expect(view.entries.count == 1)
        #expect(view.entries[0].title == "Hi")
        #expect(view.entries[0].body.unicodeScalars.count == 3)  // NUL, U+FFFD, A
        #expect(view.person.firstName == "Lotte")
        _ = try s.school.service.dossiers.export(s.pupil.id, format: .json)
        _ = try s.school.service.dossiers.search("pesten")
        _ = try s.school.service.directory.people(text: "Lotte")
        _ = try s.school.service.cases.detail(s.pupilCase.id)
    }

    @Test func verifyNamesTheRow() throws {
        let s = try school()
        let r = try s.school.service.integrity.verify()
        #expect(!r.isSound)
        #expect(
            r.integrity.contains { $0.contains("entry") && $0.contains("body") && $0.contains("blob") },
            "\(r.integrity)")
        #expect(r.integrity.contains { $0.contains("entry") && $0.contains("title") && $0.contains("blob") })
        #expect(r.integrity.contains { $0.contains("entry") && $0.contains("seq") && $0.contains("text") })
        #expect(r.integrity.contains { $0.contains("person \(s.pupil.id)") && $0.contains("first_name") })
    }
}
