import Foundation

/// Reads a school's published vakantierooster from an iCalendar file (RFC 5545): every VEVENT
/// becomes a closure from its DTSTART through its DTEND (exclusive for all-day events, as the
/// standard says). Robust against what calendars really send: folded lines, CRLF or LF, a byte
/// order mark, VALUE=DATE or date-times with TZID or Z, DURATION instead of DTEND. Anything it
/// cannot read is refused with file:line and what to do; nothing is then imported.
public enum ICalendar {
    public struct Event: Sendable, Hashable {
        public var first: LocalDate
        public var last: LocalDate
        public var summary: String
        public var kind: ClosureKind
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
        var events: [Event] = []
        var current: [Line]?
        var begin = 0
        var sawEnd = false
        for line in lines {
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
                current?.append(line)
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
        return events
    }

    /// The longest name a day off may have (a calendar's SUMMARY, `calendar add --reason`).
    public static let longestName = 200

    static func fail(_ file: String, _ line: Int, _ nl: String, _ en: String) -> CasusError {
        CasusError.invalid(
            nl, en,
            hint: Phrase(
                "Herstel het bestand (of exporteer het opnieuw) en lees het opnieuw in. Er is niets ingelezen.",
                "Fix the file (or export it again) and import it again. Nothing was imported."),
            at: "\(file):\(line)")
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

    static func event(_ props: [Line], begin: Int, file: String) throws -> Event {
        func prop(_ name: String) -> Line? { props.first { $0.name == name } }
        if let rrule = prop("RRULE") {
            throw fail(
                file, rrule.number, "herhalende gebeurtenissen (RRULE) worden niet ondersteund",
                "recurring events (RRULE) are not supported")
        }
        guard let start = prop("DTSTART") else {
            throw fail(file, begin, "VEVENT zonder DTSTART", "VEVENT without DTSTART")
        }
        let (first, startHasTime, _) = try date(start, file: file)
        var last = first
        if let end = prop("DTEND") {
            let (endDate, endHasTime, endsAtMidnight) = try date(end, file: file)
            // DTEND is exclusive: an all-day event ends the day before; a timed one ending at
            // midnight too (Amsterdam's: 23:00 UTC in winter; read from the UTC text it added the
            // first school day after a holiday, a review); one ending during a day includes that day.
            last = endHasTime && !endsAtMidnight ? endDate : endDate.adding(days: -1)
            if !startHasTime, endDate == first { last = first }
            if endDate < first || last < first {
                throw fail(
                    file, end.number, "DTEND (\(endDate.iso)) ligt vóór DTSTART (\(first.iso))",
                    "DTEND (\(endDate.iso)) is before DTSTART (\(first.iso))")
            }
        } else if let duration = prop("DURATION") {
            guard let days = durationDays(duration.value), days >= 1 else {
                throw fail(
                    file, duration.number, "DURATION ‘\(duration.value)’ is niet te lezen (verwacht P3D of P1W)",
                    "DURATION ‘\(duration.value)’ cannot be read (expected P3D or P1W)")
            }
            // Before the day is counted on: P2000000000000000000W overflowed and casus stopped (a review).
            if days > maxDays {
                throw fail(
                    file, duration.number,
                    "een gebeurtenis van \(days) dagen (DURATION ‘\(duration.value)’) is geen vakantie",
                    "an event of \(days) days (DURATION ‘\(duration.value)’) is not a holiday")
            }
            last = first.adding(days: days - 1)
        }
        let days = first.days(until: last) + 1
        if days > maxDays {
            throw fail(
                file, begin, "een gebeurtenis van \(days) dagen (\(first.iso) t/m \(last.iso)) is geen vakantie",
                "an event of \(days) days (\(first.iso) to \(last.iso)) is not a holiday")
        }
        let summary =
            prop("SUMMARY").map { unescape($0.value) }?.trimmingCharacters(in: .whitespaces).nilIfEmpty
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
        let lower = summary.lowercased()
        let kind: ClosureKind = lower.contains("studie") || lower.contains("study") ? .studyDay : .holiday
        return Event(first: first, last: last, summary: summary, kind: kind, line: begin)
    }

    /// A DATE (20261219) or DATE-TIME (20261219T083000, with Z for UTC or TZID for a zone; the
    /// date is taken in that zone, UTC in Amsterdam's); whether it had a time, and whether that time
    /// is midnight where the date is taken.
    static func date(_ line: Line, file: String) throws -> (LocalDate, hasTime: Bool, midnight: Bool) {
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
            return (date, false, false)
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
        guard rest.hasSuffix("Z") else { return (date, true, hh == 0 && mm == 0 && ss == 0) }
        // Midnight UTC is the day's boundary an exporter writes for a whole day: the holiday that
        // ended "20270104T000000Z" took in Monday 4 January, 01:00 in Amsterdam (a review).
        if hh == 0, mm == 0, ss == 0 { return (date, true, true) }
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
        return (
            LocalDate(year: c.year!, month: c.month!, day: c.day!), true,
            c.hour == 0 && c.minute == 0 && (c.second ?? 0) == 0
        )
    }

    /// P3D, P1W, P1DT0H: whole days.
    static func durationDays(_ value: String) -> Int? {
        var v = Substring(value.trimmingCharacters(in: .whitespaces).uppercased())
        guard v.hasPrefix("P") else { return nil }
        v = v.dropFirst()
        if let t = v.firstIndex(of: "T") { v = v[..<t] }
        if v.hasSuffix("W"), let w = Int(v.dropLast()) {
            let (days, overflow) = w.multipliedReportingOverflow(by: 7)
            return overflow ? Int.max : days
        }
        if v.hasSuffix("D"), let d = Int(v.dropLast()) { return d }
        return nil
    }

    /// TEXT escapes: \, \; \n.
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\N", with: " ")
            .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
            .replacingOccurrences(of: "\\\\", with: "\\")
    }
}
