import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A line of the audit log is one line: whatever text a user typed into what it records (a
/// search's words, why a report was dismissed), it holds no line break or control character and
/// no more than a thousand characters, so `casus audit` shows it as the one line it is. Before, a
/// search for "x⏎03-12-2026 09:00 demo-bestuur dossier.read" showed in the director's audit log as
/// a read by the board that never happened.
@Suite struct AuditLineTests {
    let scratch = Scratch("audit-line")

    func school(_ backend: Backend) throws -> CasusService {
        try jozefschool(on: try backend.make(in: scratch), clock: TestClock("2026-11-16").clock)
    }

    /// A pupil of group 7 called Vos.
    func vos(_ service: CasusService, _ first: String) throws -> Person {
        try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: first, lastName: "Vos", group: "7")
        ).value
    }

    @Test(arguments: Backend.all)
    func aLineHoldsOneLineWhateverWasTyped(_ backend: Backend) throws {
        let service = try school(backend)
        let pupil = try vos(service, "Sem")
        let forged = "03-12-2026 09:00 demo-bestuur      dossier.read     persoon \(pupil.id)"
        _ = try service.dossiers.searchPage("gymles\n" + forged, offset: 0, limit: 5)
        let report = try service.intake.report(
            summary: "Filmpje van de gymles gedeeld.", platform: "TikTok", subjects: [pupil.id]
        ).value
        try service.intake.dismiss(
            report.id, reason: "Geen zaak.\r\n" + forged + "\t" + String(repeating: "lang ", count: 400))
        let log = try service.integrity.auditLog(person: nil, offset: 0, limit: 50)
        let typed = log.filter { $0.action == "search" || $0.action == "incident.dismiss" }
        #expect(typed.count == 2, "\(log.map(\.action))")
        for line in typed {
            #expect(
                !line.detail.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(line.detail)")
            #expect(!line.detail.contains { $0.isNewline }, "\(line.detail)")
            #expect(line.detail.unicodeScalars.count <= 1000, "\(line.detail.unicodeScalars.count)")
        }
        // What was typed is not kept (it outlived a purged dossier, a review): how much was.
        #expect(!typed.contains { $0.detail.contains("gymles") })
        #expect(typed.contains { $0.action == "search" && $0.detail.hasSuffix("woorden, 0 treffers") })
        // Why a report was dismissed stays with the report (it leaves with it in a purge): a reason
        // naming a child's diagnosis outlived the child's dossier in the audit log (a review).
        #expect(typed.contains { $0.action == "incident.dismiss" && $0.detail == "melding \(report.id)" })
        #expect(try service.integrity.verify().isSound)
    }

    /// `casus audit --since DAY`: the lines from that day on, for one person too ("who read this
    /// child's data this year?" was the whole log to page through).
    @Test(arguments: Backend.all)
    func theLogFromADayOn(_ backend: Backend) throws {
        let clock = TestClock("2026-09-01")
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let sem = try vos(service, "Sem")
        _ = try service.dossiers.dossier(sem.id)
        clock.set("2026-11-02")
        _ = try service.dossiers.dossier(sem.id)
        _ = try service.dossiers.searchPage("gymles", offset: 0, limit: 5)
        let all = try service.integrity.auditLog(person: sem.id, limit: 50).filter { $0.action == "dossier.read" }
        #expect(all.count == 2)
        let since = try service.integrity.auditLog(person: sem.id, since: LocalDate(iso: "2026-11-01")!, limit: 50)
        #expect(since.filter { $0.action == "dossier.read" }.count == 1)
        #expect(since.allSatisfy { $0.at.localDate() >= LocalDate(iso: "2026-11-01")! })
        let whole = try service.integrity.auditLog(since: LocalDate(iso: "2026-11-02")!, limit: 50)
        #expect(Set(whole.map(\.action)) == ["dossier.read", "search"], "\(whole.map(\.action))")
    }

    /// A report read whole (`incident show`, the report's screen, triage) leaves a line for each
    /// person it names, so "who read this child's data?" finds it (it left none, a review).
    @Test(arguments: Backend.all)
    func aReportReadLeavesALineForEachPersonItNames(_ backend: Backend) throws {
        let service = try school(backend)
        let sem = try vos(service, "Sem")
        let lot = try vos(service, "Lot")
        let report = try service.intake.report(
            summary: "Filmpje van Lot gedeeld.", platform: "TikTok", subjects: [sem.id], victims: [lot.id]
        ).value
        _ = try service.intake.incident(report.id)
        for person in [sem.id, lot.id] {
            let lines = try service.integrity.auditLog(person: person).filter { $0.action == "incident.read" }
            #expect(lines.count == 1 && lines[0].detail == "melding \(report.id)", "\(person): \(lines)")
        }
    }

    /// A search leaves a line for each person whose hits it shows (DESIGN §5: "a search hit (per
    /// person shown)"): `casus audit --person` showed the read of a pupil's dossier, but not the
    /// search that showed the same care note (found by a review). A page names only its own people.
    @Test(arguments: Backend.all)
    func aSearchLeavesALineForEachPersonItShows(_ backend: Backend) throws {
        let service = try school(backend)
        var pupils: [Person] = []
        for name in ["Sem", "Lot", "Bo"] {
            let p = try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: name, lastName: "Vos", group: "7")
            ).value
            _ = try service.dossiers.addEntry(person: p.id, kind: .note, title: "Zorg", body: "Gesprek over ADHD.")
            pupils.append(p)
        }
        let other = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Nina", lastName: "Bos", group: "7")
        ).value
        func searches(_ p: Person) throws -> [AuditRecord] {
            try service.integrity.auditLog(person: p.id).filter { $0.action == "search" }
        }
        #expect(try service.dossiers.search("adhd").count == 3)
        // What was found, not the words typed: they stayed after a purge (a review).
        for p in pupils { #expect(try searches(p).map(\.detail) == ["1 woord, 3 treffers"], "\(p.firstName)") }
        #expect(try searches(other).isEmpty)
        let page = try service.dossiers.searchPage("ADHD", offset: 0, limit: 1)
        let shown = try #require(page.hits.first?.person)
        for p in pupils { #expect(try searches(p).count == (p.id == shown ? 2 : 1), "\(p.firstName)") }
        // A report's hit names everyone it is about: each gets a line (only the first did).
        _ = try service.intake.report(
            summary: "Ruzie in de groepsapp.", platform: nil, subjects: [pupils[2].id, other.id])
        #expect(try service.dossiers.search("groepsapp").count == 1)
        #expect(try searches(other).map(\.detail) == ["1 woord, 1 treffer"])
        #expect(try searches(pupils[2]).first?.detail == "1 woord, 1 treffer")
        #expect(try service.integrity.verify().isSound)
    }

    /// `casus audit --person` pages a person's lines newest first, each page its own lines only,
    /// whoever else the log names in between.
    @Test(arguments: Backend.all)
    func aPersonsLinesPageNewestFirst(_ backend: Backend) throws {
        let service = try school(backend)
        let sem = try vos(service, "Sem")
        let lot = try vos(service, "Lot")
        for round in 1...3 {
            _ = try service.dossiers.addEntry(person: sem.id, kind: .note, title: "Ronde \(round)", body: "Notitie.")
            _ = try service.dossiers.addEntry(person: lot.id, kind: .note, title: "Ronde \(round)", body: "Notitie.")
        }
        let all = try service.integrity.auditLog(person: sem.id, offset: 0, limit: 100)
        #expect(all.count >= 3 && all.allSatisfy { $0.personID == sem.id }, "\(all.map(\.action))")
        #expect(all.map(\.id) == all.map(\.id).sorted(by: >))
        let second = try service.integrity.auditLog(person: sem.id, offset: 1, limit: 2)
        #expect(second.map(\.id) == Array(all.map(\.id)[1...2]))
        // A page after the last line of the one before (`casus audit` writes a log out so): the
        // same lines as by offset, the person's and the whole log's.
        let after = try service.integrity.auditLog(person: sem.id, before: all[0].id, offset: 0, limit: 2)
        #expect(after.map(\.id) == second.map(\.id))
        let log = try service.integrity.auditLog(offset: 0, limit: 6)
        try #require(log.count == 6, "\(log.count) lines")
        let paged = try service.integrity.auditLog(before: log[2].id, offset: 0, limit: 3)
        #expect(paged.map(\.id) == Array(log.map(\.id)[3...5]))
    }

    /// The Zaken list, the Meldingen queue and the figures' overdue cases are lists of people
    /// (DESIGN §5): each read leaves a line, one a list in five minutes (a screen reloads its list
    /// at every save of another session), and none where the list showed nobody. Neither list
    /// left any line (a review).
    @Test(arguments: Backend.all)
    func aListOfCasesOrReportsIsALineOnceInFiveMinutes(_ backend: Backend) throws {
        let clock = TestClock("2026-11-16")
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        func lines(_ action: String) throws -> [AuditRecord] {
            try service.integrity.auditLog(person: nil, offset: 0, limit: 500).filter { $0.action == action }
        }
        _ = try service.cases.page(CaseFilter(), offset: 0, limit: 10)
        _ = try service.intake.page(status: .new, offset: 0, limit: 10)
        #expect(try lines("cases.list").isEmpty && lines("reports.list").isEmpty, "an empty list shows no one")
        let sem = try vos(service, "Sem")
        let report = try service.intake.report(summary: "Filmpje gedeeld.", platform: "TikTok", subjects: [sem.id])
            .value
        for _ in 0..<5 { _ = try service.intake.page(status: .new, offset: 0, limit: 10) }
        #expect(try lines("reports.list").map(\.detail) == ["1 van 1"])
        _ = try service.cases.open(incident: report.id, subject: sem.id, articles: ["A.5"], severity: nil).value
        for _ in 0..<5 { _ = try service.cases.page(CaseFilter(), offset: 0, limit: 10) }
        #expect(try lines("cases.list").count == 1)
        clock.now = Timestamp(seconds: clock.now.seconds + 299)
        _ = try service.cases.page(CaseFilter(), offset: 0, limit: 10)
        #expect(try lines("cases.list").count == 1)
        clock.now = Timestamp(seconds: clock.now.seconds + 1)
        _ = try service.cases.page(CaseFilter(), offset: 0, limit: 10)
        #expect(try lines("cases.list").count == 2)
        #expect(try lines("cases.list").allSatisfy { $0.detail == "1 van 1" })
        #expect(try service.integrity.verify().isSound)
    }

}
