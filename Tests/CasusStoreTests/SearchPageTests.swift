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
        try jozefschool(on: try backend.make(in: scratch), clock: TestClock("2026-11-16").clock)
    }

    /// A case about a pupil of group 7, from a report of a film shared from the gym lesson.
    func openCase(_ service: CasusService, about firstName: String) throws -> Case {
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: firstName, lastName: "Vos", group: "7")
        ).value
        let incident = try service.intake.report(
            summary: "Filmpje van de gymles gedeeld.", platform: "TikTok", subjects: [pupil.id]
        ).value
        return try service.cases.open(incident: incident.id, subject: pupil.id, articles: ["A.5"], severity: nil)
            .value
    }

    @Test(arguments: Backend.all)
    func pagesPutTogetherAreTheWholeListInOrder(_ backend: Backend) throws {
        let service = try school(backend)
        let c = try openCase(service, about: "Sem")
        // 23 entries that match: some by the whole word, some only by its start ("gymlessen").
        var written: [EntryID] = []
        for n in 1...23 {
            let word = n % 4 == 0 ? "gymlessen" : "gymles"
            written.append(
                try service.cases.addEntry(c.id, kind: .note, body: "Notitie \(n) over de \(word).").value.id)
        }
        let whole = try service.dossiers.searchPage("gymles", offset: 0, limit: 1000)
        #expect(!whole.more)
        // The report the case came from first (a director finds reports too), then the case
        // summary, then every entry newest first.
        #expect(whole.hits.prefix(2).map(\.source) == [.report, .caseSummary])
        #expect(whole.hits.dropFirst(2).compactMap(\.entryID) == written.reversed())

        var pages: [SearchHit] = []
        var offset = 0
        while true {
            let page = try service.dossiers.searchPage("gymles", offset: offset, limit: 5)
            pages += page.hits
            offset += 5
            if !page.more {
                #expect(page.hits.count == 5)  // 25 hits: 5 pages of 5
                break
            }
            #expect(page.hits.count == 5)
        }
        #expect(pages == whole.hits)
        #expect(try service.dossiers.searchPage("gymles", offset: 25, limit: 5) == SearchPage(hits: [], more: false))
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

    /// A letter of several kilobytes shows its words where they are, however far in: the server
    /// makes the snippet from the part around the first match, the file from the whole text.
    @Test(arguments: Backend.all)
    func aLongLettersSnippetShowsTheWordsWhereTheyAre(_ backend: Backend) throws {
        let service = try school(backend)
        let c = try openCase(service, about: "Zoë")
        let filler = String(
            repeating: "De leerkracht heeft de situatie in de klas besproken en de afspraken herhaald. ", count: 60)
        #expect(filler.count > 4000)
        _ = try service.cases.addEntry(
            c.id, kind: .letter, title: "Brief aan de ouders",
            body: filler + "Het nieuwe TELEFOONBELEID is met de ouders besproken. " + filler)
        _ = try service.cases.addEntry(
            c.id, kind: .letter, title: "Tweede brief", body: filler + "Daarna is Zoë zelf gehoord. " + filler)
        _ = try service.cases.addEntry(c.id, kind: .letter, title: "Verslag over de medialessen", body: filler)
        _ = try service.cases.addEntry(
            c.id, kind: .letter, title: "Derde brief",
            body: filler + "Het verslag is naar de inspectie gestuurd. Er is één telefoon ingenomen. " + filler)
        func snippet(_ words: String) throws -> String {
            let hits = try service.dossiers.search(words).filter { $0.source == .entry }
            #expect(hits.count == 1, "\(words): \(hits.count) hits")
            return hits.first?.snippet ?? ""
        }
        // Far into the letter, in capitals.
        #expect(try snippet("telefoonbeleid").contains("«TELEFOONBELEID»"))
        // Typed without the diaeresis: found as the index folds it, and shown as written.
        #expect(try snippet("zoe gehoord").contains("«Zoë»"))
        // Only as the index folds it: the regular expression does not see it, the whole letter is read.
        #expect(try snippet("zoe").contains("«Zoë»"))
        // Two words far apart ("de" is in the letter's first words): the place where both are.
        #expect(try snippet("de inspectie").contains("«inspectie»"))
        // A word that begins with a letter outside ASCII.
        #expect(try snippet("één").contains("«één»"))
        // A word only in the title: the title's snippet, not the letter's first words.
        #expect(try snippet("medialessen").contains("«medialessen»"))
    }

    /// The server's part of a long text around the first place of a word (`text_window`), under the
    /// collation of the texts it reads ("C"): the whole of a short text, 300 characters around a far
    /// match with the words cut at its ends left out, nothing when the word is not there as written,
    /// and a word's characters always as themselves, never as a pattern.
    @Test(.enabled(if: PostgresCluster.isInstalled))
    func theServersPartOfALongTextHoldsTheFirstMatch() throws {
        let cluster = try PostgresCluster.shared()
        let url = try cluster.makeDatabase()
        let database = PostgresCluster.database(of: url)
        let long =
            "repeat('De klas heeft het besproken. ', 150) || 'Het TELEFOONBELEID (a.b) geldt. ' || repeat('x ', 500)"
        func window(_ text: String, _ word: String, prefix: Bool = false) throws -> String {
            try cluster.psql(database, "SELECT casus.text_window((\(text)) COLLATE \"C\", \(word), \(prefix))")
                .trimmingCharacters(in: .newlines)
        }
        #expect(try window("'Kort: telefoonbeleid.'", "'zoe'") == "Kort: telefoonbeleid.")
        let part = try window(long, "'telefoonbeleid'")
        #expect(part.count < 300 && part.contains("TELEFOONBELEID"))
        // Whole words at both ends: a word the cut went through is left out.
        let words: Set<Substring> = ["De", "klas", "heeft", "het", "besproken."]
        #expect(words.contains(part.split(separator: " ").first ?? "") && part.hasSuffix(" x"), "\(part)")
        #expect(try window(long, "'telefoon'").isEmpty, "a whole word, not its start")
        #expect(try window(long, "'telefoon'", prefix: true).contains("TELEFOONBELEID"))
        #expect(try window(long, "'zoe'").isEmpty)
        #expect(try window(long, "'a.b'").contains("(a.b)"))
        for word in ["'a.c'", "'('", "'['", "'\\\\'"] {
            #expect(try window(long, word).isEmpty, "\(word): no pattern, no error")
        }
    }
}

/// The rule every backend keeps (SearchQuery.wholeWordsFirst; a server applies it in one call): the
/// whole words' hits when there are at least `wholeWordsEnough` of them, else the words as prefixes,
/// for entries and case summaries alike. At the boundary, on both backends.
@Suite struct WholeWordsFirstTests {
    let scratch = Scratch("contract")

    @Test(arguments: Backend.all)
    func prefixesOnlyWhenTheWholeWordsGiveTooFew(_ backend: Backend) throws {
        let service = try SearchPageTests().school(backend)
        let c = try SearchPageTests().openCase(service, about: "Sem")
        let enough = SearchQuery.wholeWordsEnough
        for n in 1..<enough {
            _ = try service.cases.addEntry(c.id, kind: .note, body: "Notitie \(n): pesten in de groep.")
        }
        _ = try service.cases.addEntry(c.id, kind: .note, body: "Het pestenverhaal is gestopt.")
        func entries(_ limit: Int) throws -> [SearchHit] {
            try service.dossiers.searchPage("pesten", offset: 0, limit: limit).hits.filter { $0.source == .entry }
        }
        // One whole word short: the words that begin with "pesten" count too; the newest five hold it.
        let short = try entries(5)
        #expect(short.count == 5 && short.contains { $0.snippet.contains("pestenverhaal") }, "\(short.map(\.snippet))")
        // The same list for a page as large as the rule (the search screen's).
        let shortScreen = try entries(1000)
        #expect(shortScreen.count == enough && shortScreen.contains { $0.snippet.contains("pestenverhaal") })
        // Enough whole words: only they; the newest five hold the newest note, not "pestenverhaal".
        _ = try service.cases.addEntry(c.id, kind: .note, body: "Notitie \(enough): pesten na de gymles.")
        let full = try entries(5)
        #expect(full.count == 5 && full.allSatisfy { $0.snippet.contains("«pesten»") }, "\(full.map(\.snippet))")
        #expect(full.contains { $0.snippet.contains("gymles") })
        let fullScreen = try entries(1000)
        #expect(fullScreen.count == enough && !fullScreen.contains { $0.snippet.contains("pestenverhaal") })
        // No hits asked for, none given (not every hit: a negative LIMIT is none to SQLite).
        #expect(try service.dossiers.search("pesten", limit: 0).isEmpty)
        #expect(try service.dossiers.search("pesten", limit: -1).isEmpty)
    }
}
