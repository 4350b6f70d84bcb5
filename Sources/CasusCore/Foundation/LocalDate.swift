import Foundation

/// A civil date (no time, no zone): due dates, school days, suspension periods.
/// Stored and printed as ISO `YYYY-MM-DD`.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else, including 2026-02-30.
    public init?(iso: String) {
        var iso = iso
        guard let date = iso.withUTF8({ LocalDate(isoBytes: $0) }) else { return nil }
        self = date
    }

    /// A date as a user types it: `15-12-2026` (also with / or .) or `2026-12-15`; nil for
    /// anything else, including a two-digit year (which century?) and 30-02-2026.
    public init?(typed: String) {
        let t = typed.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: t) {
            guard DateRange.years.contains(iso.year) else { return nil }
            self = iso
            return
        }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), (1...12).contains(m), d >= 1,
            d <= LocalDate.daysIn(month: m, year: y), DateRange.years.contains(y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Why a typed text is not a day, when it is written as one ("2026-02-30", "31-11-2026",
    /// "9999-12-31"); nil for a text that is no date at all. Said with the option: "De waarde
    /// '2026-02-30' past niet bij '--on'" gave no reason (a review).
    public static func whyNot(typed: String) -> Phrase? {
        let t = typed.trimmingCharacters(in: .whitespaces)
        let parts = t.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            .map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
            return nil
        }
        // The year first when the first part is longer than a day ("99999-01-01" was read as the
        // year 1, a review).
        let iso = parts[0].count > 2
        let (y, m, d) =
            iso ? (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!) : (Int(parts[2])!, Int(parts[1])!, Int(parts[0])!)
        if !DateRange.years.contains(y) {
            return Phrase(
                "het jaar \(y) ligt buiten \(DateRange.years.lowerBound)–\(DateRange.years.upperBound)",
                "the year \(y) is outside \(DateRange.years.lowerBound)–\(DateRange.years.upperBound)")
        }
        guard (1...12).contains(m) else { return Phrase("er is geen maand \(m)", "there is no month \(m)") }
        let n = daysIn(month: m, year: y)
        guard (1...n).contains(d) else {
            return Phrase("\(monthNames[m - 1]) \(y) heeft \(n) dagen", "\(monthNamesEn[m - 1]) \(y) has \(n) days")
        }
        return nil
    }

    /// `YYYY-MM-DD` from its UTF-8 bytes.
    init?(isoBytes b: UnsafeBufferPointer<UInt8>) {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let y = ISODigits.number(b, 0, 4), let m = ISODigits.number(b, 5, 2), let d = ISODigits.number(b, 8, 2),
            (1...12).contains(m), d >= 1, d <= LocalDate.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 1 = Monday ... 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// The same day `n` calendar months later, or the month's last day when it has no such day
    /// (31 January + 1 month = 28 or 29 February).
    public func adding(months n: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + n
        let y = total / 12
        let m = total % 12 + 1
        return LocalDate(year: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))
    }

    public var iso: String {
        // By hand: String(format:) goes through Foundation and is the hot spot of a bulk load.
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    public var description: String { iso }

    /// Dutch short form as used in letters and on screen: 21-11-2026.
    public var dutch: String { pad(day, 2) + "-" + pad(month, 2) + "-" + pad(year, 4) }

    /// Long Dutch form for letters: 21 november 2026.
    public var dutchLong: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    /// The months' names, for the long forms and for saying why a typed day is none.
    static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]
    static let monthNamesEn = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "ma 7-12-2026": a day on one screen line, with its weekday (a first day of a suspension
    /// that falls on a Monday reads as one).
    public var dutchWithWeekday: String { ["ma", "di", "wo", "do", "vr", "za", "zo"][weekday - 1] + " " + dutch }
    public var englishWithWeekday: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday - 1] + " " + dutch
    }

    public var englishLong: String { "\(day) \(Self.monthNamesEn[month - 1]) \(year)" }

    /// The school year this date falls in, named by its first year: 1 Aug 2026 – 31 Jul 2027 is 2026.
    public var schoolYear: Int { month >= 8 ? year : year - 1 }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// A non-negative number, zero-padded to `width` digits.
func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// Fixed-width decimal fields of ISO dates and times.
enum ISODigits {
    @inline(__always)
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var n = 0
        for i in start..<(start + count) {
            let d = Int(b[i]) - 48
            guard d >= 0, d <= 9 else { return nil }
            n = n * 10 + d
        }
        return n
    }
}
