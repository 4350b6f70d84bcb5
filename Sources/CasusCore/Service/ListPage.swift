/// A page of a list with the number of rows the list has, both from one read: the count above
/// a list always belongs to the rows under it (on a server, one transaction instead of two).
public struct ListPage<Row: Sendable>: Sendable {
    public let rows: [Row]
    public let total: Int

    public init(rows: [Row], total: Int) {
        (self.rows, self.total) = (rows, total)
    }
}
