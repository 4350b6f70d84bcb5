/// School days: weekdays that are not a holiday. Due dates and suspension periods count these.
public struct SchoolCalendar: Sendable, Hashable {
    public var holidays: Set<LocalDate>

    public init(holidays: Set<LocalDate> = []) { self.holidays = holidays }

    public static let weekdays = SchoolCalendar()

    public func isSchoolDay(_ d: LocalDate) -> Bool { !d.isWeekend && !holidays.contains(d) }

    /// The day itself when it is a school day, else the next one: "the same day" for a decision
    /// taken on a Saturday is Monday.
    public func schoolDay(onOrAfter d: LocalDate) -> LocalDate {
        var day = d
        while !isSchoolDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// `n` school days after `d` (n ≥ 0); 0 gives `schoolDay(onOrAfter:)`.
    public func adding(schoolDays n: Int, to d: LocalDate) -> LocalDate {
        var day = schoolDay(onOrAfter: d)
        var left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isSchoolDay(day) { left -= 1 }
        }
        return day
    }

    /// The last day of a period of `n` school days that starts on `start`.
    public func lastDay(of n: Int, startingOn start: LocalDate) -> LocalDate {
        adding(schoolDays: max(0, n - 1), to: start)
    }
}
