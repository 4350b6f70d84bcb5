public typealias ClosureID = Int64

/// Why the school is closed on a day: a holiday (vakantie), a study day (studiedag), or a public
/// holiday (feestdag; casus's default, `PublicHolidays`, never stored).
public enum ClosureKind: String, Sendable, Codable, CaseIterable {
    case holiday
    case studyDay = "study-day"
    case publicHoliday = "public-holiday"

    public var label: Phrase {
        switch self {
        case .holiday: Phrase("vakantie", "holiday")
        case .studyDay: Phrase("studiedag", "study day")
        case .publicHoliday: Phrase("feestdag", "public holiday")
        }
    }
}

/// Where a closure comes from.
public enum ClosureSource: String, Sendable, Codable, CaseIterable {
    /// The national advisory calendar for the school's region (NationalCalendar): the default.
    case national
    /// The school's own published vakantierooster (`casus calendar import FILE.ics`).
    case imported = "import"
    /// Added by hand (`casus calendar add`).
    case manual

    public var label: Phrase {
        switch self {
        case .national: Phrase("landelijk advies", "national advice")
        case .imported: Phrase("rooster van de school", "school's own calendar")
        case .manual: Phrase("met de hand", "added by hand")
        }
    }
}

/// Days the school is closed, first to last inclusive.
public struct Closure: Sendable, Hashable, Codable, Identifiable {
    public var id: ClosureID
    public var schoolID: SchoolID
    public var first: LocalDate
    public var last: LocalDate
    public var reason: String
    public var kind: ClosureKind
    public var source: ClosureSource

    public init(
        id: ClosureID = 0, schoolID: SchoolID = 0, first: LocalDate, last: LocalDate, reason: String,
        kind: ClosureKind = .holiday, source: ClosureSource = .manual
    ) {
        self.id = id
        self.schoolID = schoolID
        self.first = first
        self.last = last
        self.reason = reason
        self.kind = kind
        self.source = source
    }

    public func contains(_ d: LocalDate) -> Bool { first <= d && d <= last }

    public func overlaps(_ other: Closure) -> Bool { first <= other.last && other.first <= last }

    /// Whether this takes at least half of `other`'s days.
    public func covers(halfOf other: Closure) -> Bool {
        let from = max(first, other.first), to = min(last, other.last)
        guard from <= to else { return false }
        return 2 * (from.days(until: to) + 1) >= other.first.days(until: other.last) + 1
    }

    /// Long enough to stand for a school holiday (a week less its weekend, at least).
    public var isAHoliday: Bool { first.days(until: last) >= 3 }

    /// Whether this holiday is the one `other` names: "Herfst" for the advised "Herfstvakantie",
    /// "Krokusvakantie" not for "Voorjaarsvakantie" (a school may move a holiday, not rename it).
    func isNamedLike(_ other: Closure) -> Bool {
        func stem(_ s: String) -> String {
            var t = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            t = t.replacingOccurrences(of: "vakantie", with: "").trimmingCharacters(in: .letters.inverted)
            return t.hasSuffix("s") ? String(t.dropLast()) : t
        }
        let s = stem(other.reason)
        let own = reason.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // The holiday itself ("Herfst", "Herfstvakantie 2026"), not a day beside it ("Extra vrij
        // voor kerst" took the Christmas holiday away, a fifth review).
        let words = own.split { !$0.isLetter }.map(String.init)
        return !s.isEmpty && ((own.contains(s) && own.contains("vakantie")) || words == [s])
    }

    /// "06-04-2027", or "19-12-2026 t/m 03-01-2027" for more than a day.
    public var dates: Phrase {
        first == last
            ? Phrase(first.dutch, first.dutch)
            : Phrase("\(first.dutch) t/m \(last.dutch)", "\(first.dutch) to \(last.dutch)")
    }

    /// "vakantie, landelijk advies"; a public holiday is "feestdag" (nobody advises it).
    public var origin: Phrase {
        kind == .publicHoliday ? kind.label : kind.label + Phrase(", ", ", ") + source.label
    }

    /// "Kerstvakantie (19-12-2026 t/m 03-01-2027)".
    public var described: Phrase {
        Phrase("\(reason) (", "\(reason) (") + dates + Phrase(")", ")")
    }
}

/// School days: weekdays on which the school is not closed (holidays, study days). Due dates and
/// suspension periods count these.
public struct SchoolCalendar: Sendable, Hashable {
    public private(set) var closures: [Closure]
    private var closed: [Int: Int]

    public init(closures: [Closure] = []) {
        self.closures = closures.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
        var closed: [Int: Int] = [:]
        for (i, c) in self.closures.enumerated() where c.first <= c.last {
            for n in c.first.dayNumber...c.last.dayNumber where closed[n] == nil { closed[n] = i }
        }
        self.closed = closed
    }

    /// Single closed days (tests, and calendars made in code).
    public init(holidays: Set<LocalDate>) {
        self.init(closures: holidays.map { Closure(first: $0, last: $0, reason: "vrij") })
    }

    public static let weekdays = SchoolCalendar()

    /// The closure a day falls in, if any.
    public func closure(on d: LocalDate) -> Closure? { closed[d.dayNumber].map { closures[$0] } }

    public func isSchoolDay(_ d: LocalDate) -> Bool { !d.isWeekend && closed[d.dayNumber] == nil }

    /// The vakanties (not study days, not single days off) that overlap a period, first to last.
    public func holidays(from first: LocalDate, through last: LocalDate) -> [Closure] {
        closures.filter { $0.first <= last && first <= $0.last && isVacation($0) }
    }

    /// A vakantie: a holiday whose stretch of days off, with the weekends and other closed days
    /// beside it, holds three weekdays or more. A day or two off (tweede Paasdag in the school's own
    /// rooster, Hemelvaart and the Friday after) is not counted as a school day, but a suspension
    /// may run over it: it was refused as running "over een vakantie" (a review). Judged by the
    /// stretch, not the closure alone: a Tuesday-to-Friday holiday is one (a review of that change).
    public func isVacation(_ c: Closure) -> Bool {
        guard c.kind == .holiday, c.first <= c.last else { return false }
        var first = c.first, last = c.last
        for _ in 0..<31 where !isSchoolDay(first.adding(days: -1)) { first = first.adding(days: -1) }
        for _ in 0..<31 where !isSchoolDay(last.adding(days: 1)) { last = last.adding(days: 1) }
        return SchoolCalendar.weekdays.schoolDays(from: first, through: last) >= 3
    }

    /// The day itself when it is a school day, else the next one: "the same day" for a decision
    /// taken on a Saturday is Monday.
    public func schoolDay(onOrAfter d: LocalDate) -> LocalDate {
        var day = d
        var guardDays = 0
        while !isSchoolDay(day), guardDays < 400 {
            day = day.adding(days: 1)
            guardDays += 1
        }
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

    /// School days from `first` through `last`, both included.
    public func schoolDays(from first: LocalDate, through last: LocalDate) -> Int {
        guard first <= last else { return 0 }
        return (first.dayNumber...last.dayNumber).filter { isSchoolDay(LocalDate(dayNumber: $0)) }.count
    }

    /// The runs of days within `over` that are a school day in one calendar and not in the other.
    public static func changes(from was: SchoolCalendar, to now: SchoolCalendar, over: ClosedRange<LocalDate>)
        -> [ClosedRange<LocalDate>]
    {
        var runs: [ClosedRange<LocalDate>] = []
        for n in over.lowerBound.dayNumber...over.upperBound.dayNumber {
            let day = LocalDate(dayNumber: n)
            guard was.isSchoolDay(day) != now.isSchoolDay(day) else { continue }
            if let last = runs.last, last.upperBound.adding(days: 1) == day {
                runs[runs.count - 1] = last.lowerBound...day
            } else {
                runs.append(day...day)
            }
        }
        return runs
    }

    /// The school years for which the school imported its own holidays. Study days alone are
    /// none: a file of the year's study days dropped the national Christmas holiday (a review).
    public static func ownYears(_ stored: [Closure]) -> Set<Int> {
        Set(ownHolidays(stored).filter { $0.source == .imported }.map(\.first.schoolYear))
    }

    /// The holidays of the school's own: its rooster's (`calendar import`), and those added by
    /// hand (`calendar add`; a holiday added by hand stood beside the national one it was meant
    /// to replace, a review).
    public static func ownHolidays(_ stored: [Closure]) -> [Closure] {
        stored.filter { $0.source != .national && $0.kind == .holiday }
    }

    /// Whether the school's own holidays replace a national date. A national holiday: when one of
    /// them of some days in its school year covers half of it or is it by name (a school may move
    /// its autumn week). A public holiday: when it lies within the dates the rooster's holidays
    /// span that school year, and the rooster does not name it. One imported Christmas holiday took away the year's spring holiday,
    /// Koningsdag and the warnings about the unverified May holiday (a review).
    /// Only a holiday of some days replaces a national one: a loose day off ("Vrij: dag voor de
    /// kerstvakantie") or Eerste Kerstdag took the Christmas holiday away (a second review).
    public static func replaces(_ own: [Closure], _ national: Closure) -> Bool {
        let year = own.filter { $0.first.schoolYear == national.first.schoolYear }
        guard national.kind == .publicHoliday else {
            // By covering at least half of it (a few days added by hand before Christmas took the
            // whole Christmas holiday away, a fifth review), or by its name (a school may move its
            // autumn week; `calendar add` says what that leaves open).
            return year.contains { $0.isAHoliday && ($0.covers(halfOf: national) || $0.isNamedLike(national)) }
        }
        // The period of the school's rooster: its imported holidays of some days (two loose days
        // off spanned Easter to May and left Tweede Paasdag and Koningsdag open, a review).
        let rooster = year.filter { $0.source == .imported && $0.isAHoliday }
        guard let first = rooster.map(\.first).min(), let last = rooster.map(\.last).max() else { return false }
        return first <= national.first && national.last <= last
    }

    /// The school's calendar: its own closures, and the national advisory dates for its region
    /// and the public holidays its own rooster does not replace (`replaces`; the import says which
    /// public holidays it leaves as school days, and which national holidays it leaves counted).
    public static func effective(stored: [Closure], region: Region?) -> SchoolCalendar {
        let own = ownHolidays(stored)
        let national = NationalCalendar.closures(region: region).filter { !replaces(own, $0) }
        let holidays = SchoolCalendar(closures: stored + national)
        // A public holiday inside a holiday (the Christmas days) is not listed twice.
        let years = Set(own.map(\.first.schoolYear))
        let publicHolidays = PublicHolidays.all.filter {
            (!years.contains($0.first.schoolYear) || !replaces(own, $0)) && holidays.isSchoolDay($0.first)
        }
        return SchoolCalendar(closures: stored + national + publicHolidays)
    }
}
