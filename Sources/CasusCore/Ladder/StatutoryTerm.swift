/// When a term set by law ends (Algemene termijnenwet): one that ends on a Saturday, a Sunday or
/// a public holiday runs on to the next day that is none of these (art. 1 lid 1); the holidays are
/// those of art. 3 lid 1 (Nieuwjaarsdag, tweede Paas- en Pinksterdag, both Christmas days,
/// Hemelvaartsdag, Koningsdag, 5 mei) and Goede Vrijdag (lid 2). The days a royal decree adds for a
/// few years at a time (lid 3: the Friday after Hemelvaartsdag, bridge days) are not known to casus.
/// The Act does not apply to terms of more than 90 days or three months (art. 4): an objection's six
/// weeks are within it. A parent's objection within six weeks (Awb art. 6:7) ended on a Saturday in
/// casus's letters, two days earlier than the law allows (found by a legal review).
public enum StatutoryTerm {
    /// The last day of a term whose plain end is `day`.
    public static func end(_ day: LocalDate) -> LocalDate {
        var d = day
        while d.isWeekend || isHoliday(d) { d = d.adding(days: 1) }
        return d
    }

    /// The `count`th working day after `day` (Monday to Friday, public holidays not counted): "binnen
    /// twee werkdagen" of BW art. 7:671 lid 3.
    public static func workingDays(_ count: Int, after day: LocalDate) -> LocalDate {
        var d = day
        var left = count
        while left > 0 {
            d = d.adding(days: 1)
            if !d.isWeekend && !isHoliday(d) { left -= 1 }
        }
        return d
    }

    /// The last day of a term set by an EU regulation (the AVG's): past a Saturday, a Sunday or a
    /// public holiday to the next working day (Verordening (EEG, Euratom) nr. 1182/71 art. 3 lid
    /// 4). Goede Vrijdag counts as a holiday only for the Algemene termijnenwet (its art. 3 lid 2),
    /// so here it is a working day: the earlier end.
    public static func endEU(_ day: LocalDate) -> LocalDate {
        var d = day
        while d.isWeekend || (isHoliday(d) && !isGoodFriday(d)) { d = d.adding(days: 1) }
        return d
    }

    static func isGoodFriday(_ d: LocalDate) -> Bool { easterSunday(d.year).days(until: d) == -2 }

    /// Six weeks from the day after `madeKnown` (Awb art. 6:7 and 6:8), as the Act extends it.
    public static func objection(madeKnown: LocalDate) -> LocalDate { end(madeKnown.adding(days: 42)) }

    /// A holiday of Algemene termijnenwet art. 3 lid 1 and 2.
    public static func isHoliday(_ d: LocalDate) -> Bool { holidays(in: d.year).contains { $0.day == d } }

    /// The holidays of Algemene termijnenwet art. 3 lid 1 and 2 in a calendar year, in date order,
    /// by name (the school calendar's public holidays are taken from these, `PublicHolidays`).
    public static func holidays(in year: Int) -> [(day: LocalDate, name: String)] {
        let easter = easterSunday(year)
        // Koningsdag: 27 April, or the 26th when the 27th is a Sunday.
        let kingsDay = LocalDate(year: year, month: 4, day: 27)
        return [
            (LocalDate(year: year, month: 1, day: 1), "Nieuwjaarsdag"),
            (easter.adding(days: -2), "Goede Vrijdag"),
            (easter.adding(days: 1), "Tweede Paasdag"),
            (kingsDay.weekday == 7 ? kingsDay.adding(days: -1) : kingsDay, "Koningsdag"),
            (LocalDate(year: year, month: 5, day: 5), "Bevrijdingsdag"),
            (easter.adding(days: 39), "Hemelvaartsdag"),
            (easter.adding(days: 50), "Tweede Pinksterdag"),
            (LocalDate(year: year, month: 12, day: 25), "Eerste Kerstdag"),
            (LocalDate(year: year, month: 12, day: 26), "Tweede Kerstdag"),
        ]
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }
}
