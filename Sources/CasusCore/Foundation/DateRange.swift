/// How far a date a user gives may lie from today. A typed year is a typo long before it is a
/// plan: a pupil's leaving day in 2099 starts the retention clock in 2099 (the dossier kept into
/// the next century), a suspension starting in 9999 ends in "10000".
public enum DateRange {
    /// Years a typed date may have at all (a birth date, a report about years ago, a plan).
    public static let years = 1900...2199
    /// Days ahead a day decided now may lie: the end of the school year, a suspension after a
    /// holiday, an employment ending after its notice.
    public static let daysAhead = 366

    /// Refuses `date` when it is more than `daysAhead` days after `today`.
    public static func checkNotFarAhead(_ date: LocalDate, today: LocalDate, option: String) throws {
        let limit = today.adding(days: daysAhead)
        guard date > limit else { return }
        throw CasusError.invalid(
            "\(date.dutch) ligt meer dan een jaar vooruit (\(option)); er is niets opgeslagen",
            "\(date.dutch) is more than a year ahead (\(option)); nothing was saved",
            hint: Phrase(
                "Geef een dag tot en met \(limit.dutch); een latere dag legt u vast als hij dichterbij is.",
                "Give a day up to \(limit.dutch); record a later day when it is nearer."))
    }
}
