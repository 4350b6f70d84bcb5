import CasusCore
@testable import CasusStore
import CasusTestSupport
import Foundation
import GRDB
import Testing

/// Issue 14, item 6, on every backend: a page of a list is the same rows whichever end the
/// store reads it from. The server reads a page in the far half of a long list, more than eight
/// pages down, from its other end (`G` and `PageUp` at the end of 60,000 cases), and names only
/// the filters asked for; the rows, their order and the count above them must not change for it.
/// Pages of one row, so that the lists here are long enough to be read from their far end.
@Suite struct ListPagesTests {
    let scratch = Scratch("pages")

    /// A school with 23 pupils, each reported on once and in a case, one case closed.
    func school(_ backend: Backend) throws -> CasusService {
        let service = try jozefschool(on: try backend.make(in: scratch), clock: TestClock("2026-11-16").clock)
        // Names that sort differently from the order they are added in, and two with one name.
        let names = [
            "Vos", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
            "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
            "van der Meer", "van der Linden", "Kok",
        ]
        for (n, name) in names.enumerated() {
            let parts = name.split(separator: " ").map(String.init)
            let pupil = try service.directory.addPerson(
                Person(
                    schoolID: 1, kind: .pupil, firstName: n % 2 == 0 ? "Sem" : "Lotte",
                    infix: parts.dropLast().joined(separator: " "), lastName: parts.last!, group: n % 3 == 0 ? "7" : "8"
                )
            ).value
            let incident = try service.intake.report(
                summary: "Melding \(n + 1) over een filmpje.", platform: "TikTok", subjects: [pupil.id]
            ).value
            if n % 4 != 3 {
                let c = try service.cases.open(
                    incident: incident.id, subject: pupil.id, articles: ["A.5"], severity: nil
                ).value
                if n == 5 { _ = try service.cases.close(c.id, outcome: .founded, reason: "Afgehandeld.").value }
            }
        }
        return service
    }

    @Test(arguments: Backend.all)
    func aPageIsTheSameRowsReadFromEitherEnd(_ backend: Backend) throws {
        let service = try school(backend)
        for filter in [CaseFilter(), CaseFilter(status: .open), CaseFilter(noRungYet: true)] {
            let total = try service.cases.count(filter)
            #expect(total == (filter.status == .open ? 17 : 18))
            // The screen's page: the rows and their count from one read.
            let page = try service.cases.page(filter, offset: 2, limit: 5)
            #expect(page.total == total)
            let rows = try service.cases.rows(filter, offset: 2, limit: 5)
            #expect(page.rows.map(\.id) == rows.map(\.id))
            try expectEveryPage("cases \(filter)", total: total, size: 1) {
                try service.cases.rows(filter, offset: $0, limit: $1).map(\.id)
            }
        }
        // The same lists as the board reads them, every school at once (on the server: a status of
        // every school walks its own index, every case the Zaken order), and an IB's, pupils only.
        for scope in [
            Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true),
            Scope(schoolID: nil, pupilDossiers: true, staffDossiers: false),
        ] {
            for status in [nil, CaseStatus.open, .closed] {
                let q = CaseQuery(scope: scope, status: status)
                let total = try service.storage.read { try $0.countCases(q) }
                #expect(total == (status == .closed ? 1 : status == .open ? 17 : 18), "\(scope) \(status as Any)")
                try expectEveryPage("the board's cases, \(status as Any)", total: total, size: 1) { offset, limit in
                    try service.storage.read { try $0.cases(q, offset: offset, limit: limit).map(\.id) }
                }
            }
        }
        for (kinds, group) in [([PersonKind](), nil as String?), ([.pupil], "7"), ([.pupil], nil)] {
            let total = try service.directory.countPeople(kinds: kinds, group: group)
            let page = try service.directory.peoplePage(kinds: kinds, group: group, text: "", offset: 1, limit: 4)
            #expect(page.total == total)
            let rows = try service.directory.people(kinds: kinds, group: group, offset: 1, limit: 4)
            #expect(page.rows.map(\.id) == rows.map(\.id))
            try expectEveryPage("people \(kinds) \(group ?? "")", total: total, size: 1) {
                try service.directory.people(kinds: kinds, group: group, offset: $0, limit: $1).map(\.id)
            }
        }
        // The people of a kind, counted from what the store keeps (`person_count` in SQLite).
        #expect(try service.directory.countPeople(kinds: [.pupil]) == 23)
        #expect(try service.directory.countPeople(kinds: [.staff]) == 1)
        #expect(try service.directory.countPeople(kinds: [.parent]) == 0)
        let named = try service.directory.countPeople(text: "de")
        #expect(named == 8)  // de Jong, de Boer, de Groot, Dekker, de Wit, de Graaf, van der Meer, van der Linden
        try expectEveryPage("people named de", total: named, size: 1) {
            try service.directory.people(text: "de", offset: $0, limit: $1).map(\.id)
        }
        // One or two typed letters, counted from what the server keeps (`name_prefix_count`): the
        // count is the list's length, for the people of every kind and of one.
        for text in ["d", "de", "v", "va", "s", "sm", "k", "x", "ä", "b"] {
            let all = try service.directory.people(text: text).count
            #expect(try service.directory.countPeople(text: text) == all, "\(text)")
            let pupils = try service.directory.people(kinds: [.pupil], text: text).count
            #expect(try service.directory.countPeople(kinds: [.pupil], text: text) == pupils, "\(text)")
        }
        // A list of more people than it scrolls through stops at the cap and says there are more;
        // its rows are the first of the whole list.
        let everyDe = try service.directory.people(text: "de").map(\.id)
        for cap in [3, 5, 8, 20] {
            let capped = try service.directory.peoplePage(
                kinds: [], group: nil, text: "de", offset: 0, limit: 50, cap: cap)
            #expect(capped.total == min(cap, 8) && capped.isCapped == (cap < 8), "capped at \(cap)")
            #expect(capped.rows.map(\.id) == Array(everyDe.prefix(cap)), "the first \(cap) of the list")
            let past = try service.directory.peoplePage(
                kinds: [], group: nil, text: "de", offset: cap, limit: 5, cap: cap)
            #expect(past.rows.isEmpty || cap >= 8, "nothing past the cap")
        }
        let everyone = try service.directory.peoplePage(kinds: [], group: nil, text: "", offset: 0, limit: 5, cap: 10)
        #expect(everyone.total == 10 && everyone.isCapped && everyone.rows.count == 5)
        // The two pupils named Vos, in the order of their ids.
        let vos = try service.directory.people(text: "vos")
        #expect(vos.count == 2 && vos[0].id < vos[1].id)
        let reports = try service.intake.count(status: .new)
        #expect(reports == 5)  // the reports not yet in a case
        let queue = try service.intake.page(status: .new, offset: 0, limit: 3)
        let firstThree = try service.intake.rows(status: .new, offset: 0, limit: 3)
        #expect(queue.total == 5 && queue.rows.map(\.id) == firstThree.map(\.id))
        try expectEveryPage("new reports", total: reports, size: 1) {
            try service.intake.rows(status: .new, offset: $0, limit: $1).map(\.id)
        }
        let all = try service.intake.count(status: nil)
        #expect(all == 23)
        try expectEveryPage("every report", total: all, size: 1) {
            try service.intake.rows(status: nil, offset: $0, limit: $1).map(\.id)
        }
    }

    /// A page far past a list's end is empty, whatever the offset: `case list --offset
    /// 9223372036854775000` trapped in SQLite's window (and was "bigint out of range" on the
    /// server) instead of listing nothing.
    @Test(arguments: Backend.all)
    func aPageFarPastTheEndIsEmpty(_ backend: Backend) throws {
        let service = try school(backend)
        for offset in [Int.max - 800, Int.max - 5000, Int.max / 2, 1_000_000] {
            #expect(try service.cases.rows(CaseFilter(), offset: offset, limit: 5000).isEmpty, "\(offset)")
            #expect(try service.cases.rows(CaseFilter(status: .open), offset: offset, limit: 1).isEmpty)
            #expect(try service.directory.people(kinds: [.pupil], offset: offset, limit: 5000).isEmpty)
            #expect(try service.intake.rows(status: nil, offset: offset, limit: 5000).isEmpty)
        }
    }

    /// SQLite keeps the number of people per school and kind (`person_count`) for the Dossiers
    /// tab: it follows a person added and a kind corrected in the file (as a correction by hand
    /// would), and the far-end pages it decides stay the same rows.
    @Test func theKeptCountOfPeopleFollowsEveryChangeToAPerson() throws {
        let path = scratch.path("count.sqlite")
        let service = try jozefschool(on: try SQLiteStorage(path: path), clock: TestClock("2026-11-16").clock)
        for n in 0..<30 {
            _ = try service.directory.addPerson(
                Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos \(n)", group: "7")
            ).value
        }
        #expect(try service.directory.countPeople(kinds: [.pupil]) == 30)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE person SET kind = 'staff' WHERE id = (SELECT max(id) FROM person)")
        }
        #expect(try service.directory.countPeople(kinds: [.pupil]) == 29)
        #expect(try service.directory.countPeople(kinds: [.staff]) == 2)
        #expect(try service.directory.countPeople() == 31)
        let kept = try queue.read { db in
            try Row.fetchAll(db, sql: Schema.personCountRecount).map { "\($0)" }
        }
        #expect(kept.isEmpty, "the kept count matches a recount: \(kept)")
        // Pages past the sixteenth row are read from the far end.
        try expectEveryPage("people", total: 31, size: 1) {
            try service.directory.people(offset: $0, limit: $1).map(\.id)
        }
    }
}

/// Every page of `size` rows, at every offset, is the slice of the whole list there (the server's
/// tests of roles page through their lists with it too).
func expectEveryPage<Row: Equatable>(
    _ what: String, total: Int, size: Int, _ page: (Int, Int) throws -> [Row]
) throws {
    let whole = try page(0, 10_000)
    #expect(whole.count == total, "\(what): the count above the list is the rows in it")
    for offset in 0...(total + 2) {
        let expected = Array(whole.dropFirst(offset).prefix(size))
        #expect(try page(offset, size) == expected, "\(what): the page at \(offset)")
    }
}
