/// Where a store reads a page of a list: a page in the far half of the list, more than eight
/// pages down, is read from the list's other end and turned, so `G` and `PageUp` at the end of
/// 600,000 cases walk a few hundred index entries instead of 600,000. Nearer the top a page
/// costs less than counting the list, which is asked for (`count`) only when it decides. The
/// server's `page_window` (PGSchema+Reads) is the same rule in SQL.
public struct PageWindow: Sendable, Equatable {
    /// Read from the list's last row backwards, then turn the rows.
    public let fromEnd: Bool
    public let offset: Int
    public let limit: Int

    public init(offset: Int, limit: Int, count: () throws -> Int) rethrows {
        // (Never 8 * limit: a limit may be the largest Int.)
        let deep = offset > 0 && limit < offset / 8
        guard deep, case let total = try count(), offset > total / 2 else {
            (fromEnd, self.offset, self.limit) = (false, offset, limit)
            return
        }
        fromEnd = true
        // Rows after the offset: counted before the limit is taken off, which an offset near the
        // largest Int would carry below the smallest.
        let after = total - offset
        self.limit = min(limit, max(after, 0))
        self.offset = max(after - self.limit, 0)
    }
}
