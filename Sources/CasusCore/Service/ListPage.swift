/// A page of a list with the number of rows the list has, both from one read: the count above
/// a list always belongs to the rows under it (on a server, one transaction instead of two).
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
