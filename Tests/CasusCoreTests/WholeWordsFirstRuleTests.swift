import CasusCore
import Testing

/// What `SearchQuery.wholeWordsFirst` asks a store for. A hit read is a snippet made (most of a hit's
/// cost), so a page reads no more hits than it shows, except when the prefixes replace the whole words.
@Suite struct WholeWordsFirstRuleTests {
    /// A store of `exactHits` whole-word hits and as many prefixed ones, recording what it is asked.
    final class Store {
        let exactHits: Int
        var asked: [String] = []
        init(exactHits: Int) { self.exactHits = exactHits }

        func search(limit: Int) -> [String] {
            SearchQuery.wholeWordsFirst(
                limit: limit,
                exactCount: { n in
                    asked.append("count \(n)")
                    return min(n, exactHits)
                },
                exact: { n in
                    asked.append("exact \(n)")
                    return Array(repeating: "exact", count: min(n, exactHits))
                },
                prefixed: { n in
                    asked.append("prefixed \(n)")
                    return Array(repeating: "prefixed", count: n)
                })
        }
    }

    let enough = SearchQuery.wholeWordsEnough

    @Test func aSmallPageCountsThenReadsItselfOnly() {
        let many = Store(exactHits: enough + 50)
        #expect(many.search(limit: 20) == Array(repeating: "exact", count: 20))
        #expect(many.asked == ["count \(enough)", "exact 20"])

        let few = Store(exactHits: enough - 1)
        #expect(few.search(limit: 20) == Array(repeating: "prefixed", count: 20))
        #expect(few.asked == ["count \(enough)", "prefixed 20"], "no whole words' hits read, only counted")
    }

    @Test func aPageAsLargeAsTheRuleIsItsOwnCount() {
        let many = Store(exactHits: enough + 50)
        #expect(many.search(limit: enough).count == enough)
        #expect(many.asked == ["exact \(enough)"])

        let few = Store(exactHits: enough - 1)
        #expect(few.search(limit: enough + 100) == Array(repeating: "prefixed", count: enough + 100))
        #expect(few.asked == ["exact \(enough + 100)", "prefixed \(enough + 100)"])
    }

    @Test func theBoundaryIsTheSameForEveryPage() {
        for limit in [1, 20, enough - 1, enough, enough + 1] {
            #expect(Store(exactHits: enough).search(limit: limit).allSatisfy { $0 == "exact" }, "limit \(limit)")
            #expect(Store(exactHits: enough - 1).search(limit: limit).allSatisfy { $0 == "prefixed" }, "limit \(limit)")
        }
    }
}
