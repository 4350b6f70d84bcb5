/// Where "now" comes from: the system clock, or a fixed moment in tests and golden screens.
public struct Clock: Sendable {
    public let now: @Sendable () -> Timestamp

    public init(now: @escaping @Sendable () -> Timestamp) { self.now = now }

    public static let system = Clock { Timestamp.now() }

    public static func fixed(_ t: Timestamp) -> Clock { Clock { t } }

    public var today: LocalDate { now().localDate() }
}
