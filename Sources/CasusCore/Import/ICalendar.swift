import Foundation

/// Reads a school's published vakantierooster from an iCalendar file (RFC 5545): every VEVENT
/// from its DTSTART through its DTEND (exclusive for all-day events, as the standard says), with
/// whether its name says the school is closed (`ClosureName`). Robust against what calendars really send: folded lines, CRLF or LF, a byte
/// order mark, VALUE=DATE or date-times with TZID or Z, DURATION instead of DTEND. Anything it
/// cannot read is refused with file:line and what to do; nothing is then imported.
public enum ICalendar {
    public struct Event: Sendable, Hashable {
        public var first: LocalDate
        public var last: LocalDate
        public var summary: String
        /// The closure its name says, or nil: an ouderavond, a sportdag (`ClosureName`).
        public var kind: ClosureKind?
        /// Whether it takes a whole school day (`schoolHours`): not an ouderavond at 19:30, not a
        /// holiday's first afternoon. When false, `first` and `last` are its first day.
        public var wholeDays: Bool
        /// Cancelled (STATUS:CANCELLED): listed, never a closure.
        public var cancelled = false
        /// The line of its RRULE: a recurring event, of which casus reads no more than the first.
        public var recurrence: Int?
        /// Longer than any holiday (`maxDays`) and not named as one: a school year, a term.
        public var tooLong = false
        /// The line its BEGIN:VEVENT is on.
        public var line: Int
    }

    /// A holiday longer than this is a mistake in the file, not a holiday.
    public static let maxDays = 100

    /// One logical line: folded continuation lines joined, with the physical line it starts on.
    struct Line {
        var name: String
        var params: [String: String]
        var value: String
        var number: Int
    }

    public static func parse(_ text: String, file: String) throws -> [Event] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let raw = folded(body)
        guard let first = raw.first, first.0.trimmingCharacters(in: .whitespaces).uppercased() == "BEGIN:VCALENDAR"
        else {
            throw CasusError.invalid(
                "geen iCalendar-bestand: de eerste regel is niet BEGIN:VCALENDAR",
                "not an iCalendar file: the first line is not BEGIN:VCALENDAR",
                hint: Phrase(
                    "Exporteer het vakantierooster als .ics (iCalendar). Er is niets ingelezen.",
                    "Export the holiday calendar as .ics (iCalendar). Nothing was imported."),
                at: "\(file):\(raw.first?.1 ?? 1)")
        }
        let lines = try raw.map { text, number in try split(text, number: number, file: file) }
        var events: [(Event, uid: String?, sequence: Int)] = []
        var current: [Line]?
        var begin = 0
        var sawEnd = false
        // A component inside the VEVENT (a VALARM): its DURATION is the alarm's, not the event's
        // (a reminder of 15 minutes refused the whole file, a review).
        var nested = 0
        for line in lines {
            if current != nil, nested > 0 {
                if line.name == "BEGIN" { nested += 1 }
                if line.name == "END" { nested -= 1 }
                continue
            }
            switch (line.name, line.value.uppercased()) {
            case ("BEGIN", "VEVENT"):
                if current != nil {
                    throw fail(
                        file, line.number, "BEGIN:VEVENT binnen een ander VEVENT",
                        "BEGIN:VEVENT inside another VEVENT")
                }
                current = []
                begin = line.number
            case ("END", "VEVENT"):
                guard let props = current else {
                    throw fail(file, line.number, "END:VEVENT zonder BEGIN:VEVENT", "END:VEVENT without BEGIN:VEVENT")
                }
                events.append(try event(props, begin: begin, file: file))
                current = nil
            case ("BEGIN", _):
                if current != nil { nested = 1 }
            case ("END", "VCALENDAR"):
                if current != nil {
                    throw fail(
                        file, begin, "VEVENT zonder END:VEVENT", "VEVENT without END:VEVENT")
                }
                sawEnd = true
            case ("END", _):
                current?.append(line)
            default:
                current?.append(line)
            }
        }
        if current != nil {
            throw fail(file, begin, "VEVENT zonder END:VEVENT", "VEVENT without END:VEVENT")
        }
        if !sawEnd {
            throw fail(
                file, lines.last?.number ?? 1, "het bestand eindigt zonder END:VCALENDAR (afgebroken?)",
                "the file ends without END:VCALENDAR (truncated?)")
        }
        if events.isEmpty {
            throw fail(
                file, 1, "het bestand bevat geen VEVENT (geen vakanties of vrije dagen)",
                "the file holds no VEVENT (no holidays or days off)")
        }
        return latest(events)
    }

    /// One event per UID, its latest version (SEQUENCE), and an event sent twice once: a holiday
    /// re-sent after a change stood twice beside its first version (a review).
    static func latest(_ events: [(Event, uid: String?, sequence: Int)]) -> [Event] {
        var newest: [String: Int] = [:]
        for (i, e) in events.enumerated() {
            guard let uid = e.uid else { continue }
            if let j = newest[uid], events[j].sequence > e.sequence { continue }
            newest[uid] = i
        }
        var seen = Set<String>()
        return events.enumerated().compactMap { i, e in
            if let uid = e.uid, newest[uid] != i { return nil }
            let key = "\(e.0.first.iso) \(e.0.last.iso) \(e.0.summary) \(e.0.cancelled) \(e.0.wholeDays)"
            return seen.insert(key).inserted ? e.0 : nil
        }
    }

    /// The longest name a day off may have (a calendar's SUMMARY, `calendar add --reason`).
    public static let longestName = 200

    static func fail(
        _ file: String, _ line: Int, _ nl: String, _ en: String,
        hint: Phrase = Phrase(
            "Herstel het bestand (of exporteer het opnieuw) en lees het opnieuw in. Er is niets ingelezen.",
            "Fix the file (or export it again) and import it again. Nothing was imported.")
    ) -> CasusError {
        CasusError.invalid(nl, en, hint: hint, at: "\(file):\(line)")
    }

    /// Splits on CRLF, LF or CR and joins folded lines (a line starting with a space or a tab
    /// continues the one before): each logical line with the physical line it starts on.
    static func folded(_ text: String) -> [(String, Int)] {
        var physical: [(String, Int)] = []
        var n = 0
        for raw in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        {
            n += 1
            let s = String(raw)
            if let first = s.first, first == " " || first == "\t", !physical.isEmpty {
                physical[physical.count - 1].0 += String(s.dropFirst())
            } else if !s.trimmingCharacters(in: .whitespaces).isEmpty {
                physical.append((s, n))
            }
        }
        return physical
    }

    /// `DTSTART;VALUE=DATE;TZID="Europe/Amsterdam":20261219` → name, params, value. A colon inside
    /// a quoted parameter value does not end the name.
    static func split(_ text: String, number: Int, file: String) throws -> Line {
        var inQuotes = false
        var colon: String.Index?
        for i in text.indices {
            let ch = text[i]
            if ch == "\"" { inQuotes.toggle() }
            if ch == ":" && !inQuotes {
                colon = i
                break
            }
        }
        guard let colon else {
            throw fail(
                file, number, "regel zonder ‘:’ (geen NAAM:WAARDE): \(text.prefix(40))",
                "line without ‘:’ (not NAME:VALUE): \(text.prefix(40))")
        }
        let head = text[..<colon]
        let value = String(text[text.index(after: colon)...])
        var parts = head.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let name = parts.removeFirst().uppercased().trimmingCharacters(in: .whitespaces)
        var params: [String: String] = [:]
        for p in parts {
            let kv = p.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { continue }
            params[kv[0].uppercased()] = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return Line(name: name, params: params, value: value, number: number)
    }

    /// The hours a day must be closed through to count as a day off: a timed event that starts
    /// after 09:00 leaves its first day a school day (school out at noon before Christmas), one
    /// that ends before 14:00 its last (back at 08:30 after it): rounded outward, a one-day
    /// suspension from the Friday before Christmas moved to 5 January (a review). A study day
    /// written 08:30–15:00 is a day off; a study afternoon from 12:00 is not.
    public static let schoolHours = (starts: 9 * 60, ends: 14 * 60)

    static func event(_ props: [Line], begin: Int, file: String) throws -> (Event, uid: String?, sequence: Int) {
        func prop(_ name: String) -> Line? { props.first { $0.name == name } }
        guard let start = prop("DTSTART") else {
            throw fail(file, begin, "VEVENT zonder DTSTART", "VEVENT without DTSTART")
        }
        let summary =
            // Without the characters nobody sees (a soft hyphen refused a school's whole file, a review).
            prop("SUMMARY").map { String(unescape($0.value).filter { !Redactor.isInvisible($0) }) }?
            .trimmingCharacters(in: .whitespaces).nilIfEmpty
            ?? "Vrij"
        // A holiday's name is a name: one line, no character a terminal obeys, and a name's length
        // (an escape code was refused without file:line, a 20 MB name imported, a review).
        let at = prop("SUMMARY")?.number ?? begin
        if let f = StoredText.fault(in: summary, multiline: false) {
            throw fail(
                file, at, "de naam van de vrije dag bevat \(f.what.nl) (teken \(f.column))",
                "the day off's name holds \(f.what.en) (character \(f.column))")
        }
        if summary.count > Self.longestName {
            throw fail(
                file, at, "de naam van de vrije dag is \(summary.count) tekens; ten hoogste \(Self.longestName)",
                "the day off's name is \(summary.count) characters; at most \(Self.longestName)")
        }
        // An event longer than any holiday whose name says no day off (a school year, a term) is
        // listed, not refused: the file is an export the school cannot mend (a review).
        let named = ClosureName.kind(of: summary) != nil
        var tooLong = false
        let (startDate, startAt) = try date(start, file: file)
        // The end as a day and a time of day (nil: a date, exclusive), or none: a timed event
        // without an end is an instant (RFC 5545 3.6.1), a dated one its day.
        var end: (LocalDate, Int?)?
        if let e = prop("DTEND") {
            let (endDate, endAt) = try date(e, file: file)
            if endDate < startDate || (endDate == startDate && (endAt ?? 0) < (startAt ?? 0) && endAt != nil) {
                throw fail(
                    file, e.number,
                    "DTEND (\(e.value.trimmingCharacters(in: .whitespaces))) ligt vóór DTSTART (\(start.value.trimmingCharacters(in: .whitespaces)))",
                    "DTEND (\(e.value.trimmingCharacters(in: .whitespaces))) is before DTSTART (\(start.value.trimmingCharacters(in: .whitespaces)))"
                )
            }
            // A dated end on the start day: that day (as calendars write a one-day event).
            end = endAt == nil && endDate == startDate ? (startDate.adding(days: 1), nil) : (endDate, endAt)
        } else if let d = prop("DURATION") {
            guard let (days, minutes) = duration(d.value), days + minutes > 0 || startAt != nil else {
                throw fail(
                    file, d.number, "DURATION ‘\(d.value)’ is niet te lezen (verwacht bijvoorbeeld P3D, P1W of PT2H)",
                    "DURATION ‘\(d.value)’ cannot be read (expected for example P3D, P1W or PT2H)")
            }
            // Before the day is counted on: P2000000000000000000W overflowed and casus stopped (a review).
            if days > maxDays, !named {
                tooLong = true
            } else if days > maxDays {
                throw fail(
                    file, d.number,
                    "een gebeurtenis van \(days) dagen (DURATION ‘\(d.value)’) is geen vakantie",
                    "an event of \(days) days (DURATION ‘\(d.value)’) is not a holiday")
            }
            if tooLong {
                end = nil
            } else if let at = startAt {
                let total = at + days * 24 * 60 + minutes
                end = (startDate.adding(days: total / (24 * 60)), total % (24 * 60))
            } else {
                end = (startDate.adding(days: max(days, 1)), nil)
            }
        } else {
            end = startAt == nil ? (startDate.adding(days: 1), nil) : nil
        }
        // The days it closes whole: DTEND is exclusive for a date; a time ends its day's school
        // hours or not (midnight, 00:00, ends the day before).
        let first = (startAt ?? 0) <= schoolHours.starts ? startDate : startDate.adding(days: 1)
        var last = startDate.adding(days: -1)
        if let (endDate, endAt) = end {
            last = endAt.map { $0 >= schoolHours.ends ? endDate : endDate.adding(days: -1) } ?? endDate.adding(days: -1)
        }
        let wholeDays = first <= last
        let days = wholeDays ? first.days(until: last) + 1 : 1
        if days > maxDays, !named {
            tooLong = true
        } else if days > maxDays {
            throw fail(
                file, begin, "een gebeurtenis van \(days) dagen (\(first.iso) t/m \(last.iso)) is geen vakantie",
                "an event of \(days) days (\(first.iso) to \(last.iso)) is not a holiday")
        }
        let status = prop("STATUS")?.value.trimmingCharacters(in: .whitespaces).uppercased()
        let event = Event(
            first: wholeDays && !tooLong ? first : startDate, last: wholeDays && !tooLong ? last : startDate,
            summary: summary, kind: ClosureName.kind(of: summary), wholeDays: wholeDays && !tooLong,
            cancelled: status == "CANCELLED", recurrence: prop("RRULE")?.number, tooLong: tooLong, line: begin)
        let uid = prop("UID")?.value.trimmingCharacters(in: .whitespaces).nilIfEmpty
        // An event moved in a series (RECURRENCE-ID) shares its UID: not a later version of it.
        let sequence = Int(prop("SEQUENCE")?.value.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
        return (event, prop("RECURRENCE-ID") == nil ? uid : nil, sequence)
    }

    /// A DATE (20261219) or DATE-TIME (20261219T083000, with Z for UTC or TZID for a zone; the
    /// date is taken in that zone, UTC in Amsterdam's), and its time of day in minutes (nil for a
    /// date).
    static func date(_ line: Line, file: String) throws -> (LocalDate, minutes: Int?) {
        let v = line.value.trimmingCharacters(in: .whitespaces)
        let digits = v.prefix(8)
        func bad() -> CasusError {
            fail(
                file, line.number, "\(line.name) ‘\(v)’ is geen datum (verwacht JJJJMMDD, bijvoorbeeld 20261219)",
                "\(line.name) ‘\(v)’ is not a date (expected YYYYMMDD, for example 20261219)")
        }
        guard digits.count == 8, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
            let date = LocalDate(iso: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
        else { throw bad() }
        // As every date casus takes (DateRange.years): the year 0 and 9999 were imported as closures.
        guard DateRange.years.contains(date.year) else {
            throw fail(
                file, line.number,
                "\(line.name) ‘\(v)’ valt buiten \(DateRange.years.lowerBound)–\(DateRange.years.upperBound)",
                "\(line.name) ‘\(v)’ is outside \(DateRange.years.lowerBound)–\(DateRange.years.upperBound)")
        }
        if v.count == 8 {
            if line.params["VALUE"].map({ $0.uppercased() == "DATE-TIME" }) == true { throw bad() }
            return (date, nil)
        }
        let rest = v.dropFirst(8)
        // A time of day that is one (25:00 was read as the next day, a review).
        let clock = rest.dropFirst().prefix(6)
        guard rest.first == "T", rest.count >= 7, clock.count == 6, clock.allSatisfy({ $0.isASCII && $0.isNumber }),
            let hh = Int(clock.prefix(2)), let mm = Int(clock.dropFirst(2).prefix(2)),
            let ss = Int(clock.suffix(2)), hh < 24, mm < 60, ss < 61
        else {
            throw bad()
        }
        // Nothing after the time but a Z for UTC (…T080000Xjunk was taken, a review).
        guard rest.count == 7 || (rest.count == 8 && rest.hasSuffix("Z")) else { throw bad() }
        guard rest.hasSuffix("Z") else {
            // A zone of its own (TZID=UTC, America/New_York) is taken in Amsterdam: 07:30 UTC was
            // read as 07:30 here (a review). A name no zone database knows ("W. Europe Standard
            // Time", Outlook's) is Amsterdam's, as an exporter here writes it.
            if let zone = line.params["TZID"].flatMap(TimeZone.init(identifier:)),
                zone.secondsFromGMT() != amsterdam.secondsFromGMT() || zone.identifier != amsterdam.identifier,
                let here = Self.inAmsterdam(date, hh, mm, from: zone)
            {
                return here
            }
            return (date, hh * 60 + mm)
        }
        // Midnight UTC is the day's boundary an exporter writes for a whole day: the holiday that
        // ended "20270104T000000Z" took in Monday 4 January, 01:00 in Amsterdam (a review).
        if hh == 0, mm == 0, ss == 0 { return (date, 0) }
        // UTC: the date in Amsterdam (a holiday that starts at 23:00 UTC starts the next day there).
        let t = rest.dropFirst()
        guard let h = Int(t.prefix(2)), let m = Int(t.dropFirst(2).prefix(2)) else { throw bad() }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard
            let instant = calendar.date(
                from: DateComponents(year: date.year, month: date.month, day: date.day, hour: h, minute: m))
        else { throw bad() }
        var local = Calendar(identifier: .gregorian)
        local.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!
        let c = local.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return (LocalDate(year: c.year!, month: c.month!, day: c.day!), c.hour! * 60 + c.minute!)
    }

    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!

    /// A day and time in `zone`, as the day and minutes in Amsterdam.
    static func inAmsterdam(_ date: LocalDate, _ hh: Int, _ mm: Int, from zone: TimeZone) -> (LocalDate, minutes: Int?)?
    {
        var there = Calendar(identifier: .gregorian)
        there.timeZone = zone
        guard
            let instant = there.date(
                from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hh, minute: mm))
        else { return nil }
        var here = Calendar(identifier: .gregorian)
        here.timeZone = amsterdam
        let c = here.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        return (LocalDate(year: c.year!, month: c.month!, day: c.day!), c.hour! * 60 + c.minute!)
    }

    /// P3D, P1W, PT2H, P1DT12H30M (RFC 5545 3.3.6): days, and minutes beside them (seconds
    /// dropped). A number too large to count is `Int.max` days: refused as no holiday.
    static func duration(_ value: String) -> (days: Int, minutes: Int)? {
        var v = Substring(value.trimmingCharacters(in: .whitespaces).uppercased())
        if v.hasPrefix("+") { v = v.dropFirst() }
        guard v.hasPrefix("P"), !v.hasPrefix("-") else { return nil }
        v = v.dropFirst()
        var days = 0
        var minutes = 0
        var inTime = false
        var number = ""
        var any = false
        for ch in v {
            if ch.isASCII, ch.isNumber {
                number.append(ch)
                continue
            }
            if ch == "T", number.isEmpty, !inTime {
                inTime = true
                continue
            }
            guard !number.isEmpty else { return nil }
            guard let n = Int(number), n < 1_000_000 else { return (Int.max, 0) }
            number = ""
            any = true
            switch (ch, inTime) {
            case ("W", false): days += n * 7
            case ("D", false): days += n
            case ("H", true): minutes += n * 60
            case ("M", true): minutes += n
            case ("S", true): minutes += n / 60
            default: return nil
            }
        }
        guard number.isEmpty, any else { return nil }
        return (days + minutes / (24 * 60), minutes % (24 * 60))
    }

    /// TEXT escapes: \, \; \n.
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\N", with: " ")
            .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
            .replacingOccurrences(of: "\\\\", with: "\\")
    }
}
