import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Issue 18, item 4, on every backend: `casus search --offset --limit` pages through one list.
/// Pages put side by side are the whole list, in order, each hit once; the last page says so.
@Suite struct SearchPageTests {
    /// Where a file's database is: each test has its own, removed when it ends.
    let scratch = Scratch("contract")

    func school(_ backend: Backend) throws -> CasusService {
        try Directory.initialize(
            storage: try backend.make(in: scratch), schoolName: "De st. Jozefschool", protocolID: "jozefschool",
            account: "directeur", director: ("Marieke", "van", "Dam"),
            record: SchoolRecordChange(sector: .po, denomination: .bijzonder), profiles: Fixtures.profiles,
            clock: TestClock("2026-11-16").clock)
    }

    @Test(arguments: Backend.all)
    func pagesPutTogetherAreTheWholeListInOrder(_ backend: Backend) throws {
        let service = try school(backend)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let incident = try service.intake.report(
            summary: "Filmpje van de gymles gedeeld.", platform: "TikTok", subjects: [pupil.id]
        ).value
        let c = try service.cases.open(incident: incident.id, subject: pupil.id, articles: ["A.5"], severity: nil)
            .value
        // 23 entries that match: some by the whole word, some only by its start ("gymlessen").
        var written: [EntryID] = []
        for n in 1...23 {
            let word = n % 4 == 0 ? "gymlessen" : "gymles"
            written.append(
                try service.cases.addEntry(c.id, kind: .note, body: "Notitie \(n) over de \(word).").value.id)
        }
        let whole = try service.dossiers.searchPage("gymles", offset: 0, limit: 1000)
        #expect(!whole.more)
        // The case summary first, then every entry newest first.
        #expect(whole.hits.first?.source == .caseSummary)
        #expect(whole.hits.dropFirst().compactMap(\.entryID) == written.reversed())

        var pages: [SearchHit] = []
        var offset = 0
        while true {
            let page = try service.dossiers.searchPage("gymles", offset: offset, limit: 5)
            pages += page.hits
            offset += 5
            if !page.more {
                #expect(page.hits.count == 4)  // 24 hits: 5 pages of 5 and one of 4
                break
            }
            #expect(page.hits.count == 5)
        }
        #expect(pages == whole.hits)
        #expect(try service.dossiers.searchPage("gymles", offset: 24, limit: 5) == SearchPage(hits: [], more: false))
        // Every page read is in the access log.
        #expect(
            try service.integrity.auditLog(person: nil, offset: 0, limit: 20).filter { $0.action == "search" }.count
                >= 6)
    }

    @Test(arguments: Backend.all)
    func aPageOutsideTheListIsRefusedOrEmpty(_ backend: Backend) throws {
        let service = try school(backend)
        #expect(throws: CasusError.self) { try service.dossiers.searchPage("gymles", offset: -1, limit: 5) }
        #expect(throws: CasusError.self) { try service.dossiers.searchPage("gymles", offset: 0, limit: 0) }
        #expect(throws: CasusError.self) { try service.dossiers.searchPage("gymles", offset: Int.max, limit: 5) }
        #expect(try service.dossiers.searchPage("gymles", offset: 0, limit: 5).hits.isEmpty)
    }
}
