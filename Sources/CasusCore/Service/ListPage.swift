/// A page of a list with the number of rows the list has, both from one read: in a file one
/// snapshot; on a server one transaction (in READ COMMITTED, so a row added between the two
/// statements can make them differ by it; ListState takes fewer rows than counted).
public struct ListPage<Row: Sendable>: Sendable {
    public let rows: [Row]
    public let total: Int
    /// The list goes on past `total`: the first `total` rows are the list as far as it can be
    /// scrolled, and the screen says there are more (Directory.peoplePage).
    public let isCapped: Bool

    public init(rows: [Row], total: Int, isCapped: Bool = false) {
        (self.rows, self.total, self.isCapped) = (rows, total, isCapped)
    }
}
