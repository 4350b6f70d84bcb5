import CasusCore
import Testing

/// Where a store reads a page (PageWindow): the rows asked for, from the nearer end of a long list.
@Suite struct PageWindowTests {
    @Test func aPageNearTheTopIsReadFromTheTopWithoutCounting() {
        let window = PageWindow(offset: 400, limit: 115) {
            Issue.record("counted a list for a page near its top")
            return 60_000
        }
        #expect(window == PageWindow(offset: 400, limit: 115) { 0 })
        #expect(!window.fromEnd && window.offset == 400 && window.limit == 115)
    }

    @Test func aPageInTheFarHalfIsReadFromTheEnd() {
        // The last full page of 60,000: the first 115 rows from the end.
        let last = PageWindow(offset: 59_885, limit: 115) { 60_000 }
        #expect(last.fromEnd && last.offset == 0 && last.limit == 115)
        // A page that runs past the end: only the rows there are.
        let over = PageWindow(offset: 59_950, limit: 115) { 60_000 }
        #expect(over.fromEnd && over.offset == 0 && over.limit == 50)
        // Rows 40,000–40,114 are rows 19,885–19,999 counted from the end.
        let deep = PageWindow(offset: 40_000, limit: 115) { 60_000 }
        #expect(deep.fromEnd && deep.offset == 19_885 && deep.limit == 115)
        // Past the end: nothing to read.
        let beyond = PageWindow(offset: 70_000, limit: 115) { 60_000 }
        #expect(beyond.fromEnd && beyond.limit == 0)
        // The middle itself is read from the top.
        #expect(!PageWindow(offset: 30_000, limit: 115) { 60_000 }.fromEnd)
    }

    @Test func theLargestLimitNeverOverflows() {
        let all = PageWindow(offset: Int.max - 1, limit: Int.max) { 10 }
        #expect(!all.fromEnd && all.limit == Int.max)
        let far = PageWindow(offset: Int.max, limit: 1) { Int.max }
        #expect(far.fromEnd && far.limit == 0)
        // `case list --offset 9223372036854775000` on a short list: past the end, nothing to read
        // (it trapped: the far end's offset was counted as total - offset - limit).
        let past = PageWindow(offset: Int.max - 800, limit: 5000) { 100 }
        #expect(past.fromEnd && past.limit == 0 && past.offset == 0)
    }
}
