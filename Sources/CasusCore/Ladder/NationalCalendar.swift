/// The national school holidays per region (Rijksoverheid/OCW, schoolvakanties), for the current
/// and the next school year: the default a school starts from until it imports its own
/// vakantierooster. Taken from research/calendar.yaml (checked 2026-11-30); only dates that file
/// marks as read (`true`) or copied from Rijksoverheid data (`copy`) are here. What it could not
/// verify is listed in `missing`, and shown wherever the calendar is.
public enum NationalCalendar {
    public static let source =
        "https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar"

    /// The school years shipped (by their first calendar year).
    public static let schoolYears = [2026, 2027]

    public struct Holiday: Sendable, Hashable {
        public var schoolYear: Int
        /// nil: the same date for the whole country.
        public var region: Region?
        public var name: String
        public var first: LocalDate
        public var last: LocalDate
        /// "gelezen op rijksoverheid.nl" or "kopie van Rijksoverheid-data".
        public var verified: Phrase
    }

    static let read = Phrase("gelezen op rijksoverheid.nl", "read on rijksoverheid.nl")
    static let copy = Phrase(
        "kopie van Rijksoverheid-gegevens, niet op rijksoverheid.nl zelf gelezen",
        "copy of Rijksoverheid data, not read on rijksoverheid.nl itself")

    static func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    public static let holidays: [Holiday] = {
        var out: [Holiday] = []
        func add(_ year: Int, _ region: Region?, _ name: String, _ from: String, _ to: String, _ v: Phrase) {
            out.append(Holiday(schoolYear: year, region: region, name: name, first: d(from), last: d(to), verified: v))
        }
        // 2026-2027
        add(2026, .noord, "Herfstvakantie", "2026-10-10", "2026-10-18", copy)
        add(2026, .midden, "Herfstvakantie", "2026-10-17", "2026-10-25", copy)
        add(2026, .zuid, "Herfstvakantie", "2026-10-17", "2026-10-25", copy)
        add(2026, nil, "Kerstvakantie", "2026-12-19", "2027-01-03", copy)
        add(2026, .noord, "Voorjaarsvakantie", "2027-02-20", "2027-02-28", copy)
        add(2026, .midden, "Voorjaarsvakantie", "2027-02-20", "2027-02-28", copy)
        add(2026, .zuid, "Voorjaarsvakantie", "2027-02-13", "2027-02-21", copy)
        // 2027-2028
        add(2027, .noord, "Herfstvakantie", "2027-10-16", "2027-10-24", read)
        add(2027, .midden, "Herfstvakantie", "2027-10-16", "2027-10-24", read)
        add(2027, .zuid, "Herfstvakantie", "2027-10-23", "2027-10-31", read)
        add(2027, nil, "Kerstvakantie", "2027-12-25", "2028-01-09", read)
        add(2027, .noord, "Voorjaarsvakantie", "2028-02-19", "2028-02-27", read)
        add(2027, .midden, "Voorjaarsvakantie", "2028-02-26", "2028-03-05", read)
        add(2027, .zuid, "Voorjaarsvakantie", "2028-02-26", "2028-03-05", read)
        add(2027, nil, "Meivakantie", "2028-04-29", "2028-05-07", read)
        add(2027, .noord, "Zomervakantie", "2028-07-15", "2028-08-27", read)
        add(2027, .midden, "Zomervakantie", "2028-07-08", "2028-08-20", read)
        add(2027, .zuid, "Zomervakantie", "2028-07-22", "2028-09-03", read)
        return out
    }()

    /// What the research could not verify: not in the defaults, to be taken from the school's own
    /// calendar.
    public static let missing: [Phrase] = [
        Phrase(
            "Meivakantie 2027 en zomervakantie 2027 (alle regio's): niet geverifieerd, niet opgenomen",
            "May holiday 2027 and summer holiday 2027 (all regions): not verified, not included")
    ]

    /// Where the shipped dates leave the calendar open, by school year: the May and summer holiday
    /// of 2027 (not verified, see `missing`), and every school year after the shipped ones.
    ///
    /// A school with no region set (`casus school set --region`) has none of the regional holidays
    /// (autumn, spring, summer): each is a gap too, from the first region's first day to the last
    /// region's last, in the school years it imported no calendar for. The calendar showed
    /// "Vakantieregio (niet ingesteld)" and counted the spring holiday as school days without a
    /// word at a step (a review).
    /// A gap closes where the school's own holidays (`SchoolCalendar.ownHolidays`) cover it: one
    /// of some days over the window, or one that replaces the holiday (`SchoolCalendar.replaces`);
    /// a whole school year when the rooster has holidays in it. One imported holiday closed every gap of its year.
    public static func gaps(own: [Closure], region: Region?) -> [CalendarGap] {
        var out: [CalendarGap] = []
        let importedYears = SchoolCalendar.ownYears(own)
        func covered(_ first: LocalDate, _ last: LocalDate, _ name: String = "") -> Bool {
            let window = Closure(first: first, last: last, reason: name, kind: .holiday)
            return own.contains { $0.isAHoliday && $0.overlaps(window) } || SchoolCalendar.replaces(own, window)
        }
        if region == nil {
            let regional = Dictionary(
                grouping: holidays.filter { $0.region != nil && !covered($0.first, $0.last, $0.name) },
                by: { "\($0.schoolYear) \($0.name)" })
            for group in regional.values {
                guard let first = group.map(\.first).min(), let last = group.map(\.last).max() else { continue }
                let name = group[0].name.lowercased()
                let english =
                    [
                        "herfstvakantie": "autumn holiday", "voorjaarsvakantie": "spring holiday",
                        "zomervakantie": "summer holiday", "meivakantie": "May holiday",
                        "kerstvakantie": "Christmas holiday",
                    ][name] ?? name
                out.append(
                    CalendarGap(
                        first: first, last: last,
                        what: Phrase(
                            "de \(name) \(first.year) (de school heeft geen vakantieregio: `casus school set --region`)",
                            "the \(english) of \(first.year) (the school has no holiday region: `casus school set --region`)"
                        )))
            }
            out.sort { $0.first < $1.first }
        }
        // Windows wide enough to hold every region's holiday (research/calendar.yaml's hints).
        if !covered(d("2027-04-24"), d("2027-05-09"), "Meivakantie") {
            out.append(
                CalendarGap(
                    first: d("2027-04-24"), last: d("2027-05-09"),
                    what: Phrase("de meivakantie 2027", "the May holiday of 2027")))
        }
        if !covered(d("2027-07-03"), d("2027-07-31"), "Zomervakantie") {
            out.append(
                CalendarGap(
                    first: d("2027-07-03"), last: d("2027-07-31"),
                    what: Phrase("het begin van de zomervakantie 2027", "the start of the summer holiday of 2027")))
        }
        if !covered(d("2027-08-01"), d("2027-09-05"), "Zomervakantie") {
            out.append(
                CalendarGap(
                    first: d("2027-08-01"), last: d("2027-09-05"),
                    what: Phrase("het einde van de zomervakantie 2027", "the end of the summer holiday of 2027")))
        }
        let after = (schoolYears.last ?? 2027) + 1
        for year in after..<(after + 3) where !importedYears.contains(year) {
            out.append(
                CalendarGap(
                    first: LocalDate(year: year, month: 8, day: 1), last: LocalDate(year: year + 1, month: 7, day: 31),
                    what: Phrase(
                        "schooljaar \(year)-\(year + 1) (daarvoor heeft casus geen landelijke vakanties)",
                        "school year \(year)-\(year + 1) (casus has no national holidays for it)")))
        }
        return out
    }

    /// The national dates as closures: the region's, plus those for the whole country. Without a
    /// region only the latter (the Christmas holiday, the May holiday of 2028).
    public static func closures(region: Region?) -> [Closure] {
        holidays.filter { $0.region == nil || $0.region == region }.map {
            Closure(first: $0.first, last: $0.last, reason: $0.name, kind: .holiday, source: .national)
        }
    }
}

/// A period the school's calendar does not know: its holidays there are not counted.
public struct CalendarGap: Sendable, Hashable {
    public var first: LocalDate
    public var last: LocalDate
    public var what: Phrase

    public init(first: LocalDate, last: LocalDate, what: Phrase) {
        self.first = first
        self.last = last
        self.what = what
    }
}
