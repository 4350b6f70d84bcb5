@testable import CasusCore
@testable import CasusStore
import Foundation
import GRDB
import Testing
import CasusTestSupport

/// A database made by the first casus (schema v1) is brought up to date when it is opened:
/// its search index rebuilt with the scope tokens, the kept counts filled from its rows.
@Suite struct MigrationTests {
    @Test func aVersionOneDatabaseIsBroughtUpToDateWhenOpened() throws {
        let path = NSTemporaryDirectory() + "casus-v1-\(UUID().uuidString).sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = \(Schema.applicationID)") }
            try Schema.migrator.migrate(queue, upTo: "v1-foundation")
            try queue.write { db in
                let w = SQLiteAccess(db: db)
                let at = Fixtures.at("2026-10-05")
                let school = try w.insert(school: School(name: "OBS De Linde", protocolID: "jozefschool", town: "Ede"))
                let director = try w.insert(
                    person: Person(
                        schoolID: school.id, kind: .staff, firstName: "Marieke", infix: "van",
                        lastName: "Dam", function: "directeur"))
                try w.insert(
                    user: User(account: "directeur", personID: director.id, role: .director, schoolID: school.id))
                let pupil = try w.insert(
                    person: Person(
                        schoolID: school.id, kind: .pupil, firstName: "Zoë", infix: "de",
                        lastName: "Vries", group: "7"))
                let incident = try w.insert(
                    incident: Incident(
                        schoolID: school.id, reportedAt: at, summary: "Filmpje van de gymles.",
                        platform: "TikTok"), involved: [(pupil.id, .subject)], reportedBy: "directeur")
                // The v1 case row, as the first casus wrote it (no subject_kind).
                try db.execute(
                    sql: """
                        INSERT INTO "case" (school_id, number, incident_id, subject_id, dossier_id, dossier_kind, profile_id, severity,
                            summary, opened_at, opened_by, rung) VALUES (?, '2026-0001', ?, ?, ?, 'pupil', 'jozefschool', 'medium',
                            'Filmpje van de gymles gedeeld.', ?, 'directeur', 'warning')
                        """, arguments: [school.id, incident.id, pupil.id, pupil.id, at.iso])
                let caseID = db.lastInsertedRowID
                try db.execute(
                    sql: "INSERT INTO case_article (case_id, position, article_id) VALUES (?, 0, 'A.5')",
                    arguments: [caseID])
                let entry = DossierChain.link(
                    EntryDraft(
                        kind: .meeting, title: "Gesprek", body: "Gesprek met Zoë over het filmpje.",
                        caseID: caseID),
                    dossier: pupil.id, after: .genesis, author: "directeur", authorName: "Marieke van Dam", at: at)
                _ = try w.insert(entry: entry, evidence: [])
            }
        }
        // The first casus made its database 0600 too; GRDB here made it with the umask's mode.
        chmod(path, 0o600)
        let storage = try SQLiteStorage(path: path)
        let service = try CasusService.session(storage: storage, account: "directeur", profiles: Fixtures.profiles)
        #expect(try service.dossiers.search("filmpje").contains { $0.source == .entry })
        #expect(try service.dossiers.search("gymles").contains { $0.source == .caseSummary })
        #expect(try service.cases.count(CaseFilter(status: .open, subjectKind: .pupil, rung: .warning)) == 1)
        let stats = try service.reports.statistics(schoolYear: 2026)
        #expect(stats.cases == 1 && stats.incidents == 1)
        #expect(stats.byPlatform.map(\.key) == ["TikTok"] && stats.byArticle.map(\.key) == ["A.5"])
        #expect(try service.directory.people(text: "zoe de").map(\.lastName) == ["Vries"])
        let report = try service.integrity.verify()
        #expect(report.integrity.isEmpty, "\(report.integrity)")
    }
}
