@testable import CasusCore
import Testing
import CasusTestSupport

/// A school's published vakantierooster as iCalendar: read robustly, refused with file:line.
@Suite struct ICalendarTests {
    /// As calendars really send it: CRLF, a byte order mark, folded lines, VALUE=DATE, TZID, UTC,
    /// DURATION, escapes, a VTIMEZONE block, and a study day.
    static let good =
        "\u{FEFF}BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//School//Vakantierooster//NL\r\n"
        + "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
        + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        + "BEGIN:VEVENT\r\nUID:1@school\r\nDTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20270104\r\n"
        + "SUMMARY:Kerst\r\n vakantie\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:2@school\r\nDTSTART;TZID=\"Europe/Amsterdam\":20270215T083000\r\n"
        + "DTEND;TZID=Europe/Amsterdam:20270215T150000\r\nSUMMARY:Studiedag team\\, groep 1-8\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:3@school\r\nDTSTART:20270219T230000Z\r\nDURATION:P9D\r\nSUMMARY:Voorjaarsvakantie\r\n"
        + "END:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:4@school\r\nDTSTART;VALUE=DATE:20270426\r\nSUMMARY:Koningsdag\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n"

    @Test func aRealWorldFileIsRead() throws {
        let events = try ICalendar.parse(Self.good, file: "rooster.ics")
        #expect(events.count == 4)
        #expect(events[0].first.iso == "2026-12-19" && events[0].last.iso == "2027-01-03")  // DTEND exclusive
        #expect(events[0].summary == "Kerstvakantie" && events[0].kind == .holiday)  // unfolded
        #expect(events[1].first.iso == "2027-02-15" && events[1].last.iso == "2027-02-15")
        #expect(events[1].kind == .studyDay && events[1].summary == "Studiedag team, groep 1-8")
        // 23:00 UTC on 19 February is midnight on the 20th in Amsterdam; nine days from there.
        #expect(events[2].first.iso == "2027-02-20" && events[2].last.iso == "2027-02-28")
        #expect(events[3].first == events[3].last)
        #expect(events[1].line == 19)
    }

    /// Midnight in Amsterdam written in UTC ends the holiday the day before, as the local midnight
    /// does: read from the UTC text, "230000Z" added the first school day after it (a review).
    @Test func aHolidayEndingAtAmsterdamsMidnightInUTCEndsTheDayBefore() throws {
        let text =
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261218T230000Z\nDTEND:20270103T230000Z\nSUMMARY:Kerst\nEND:VEVENT\nEND:VCALENDAR\n"
        let events = try ICalendar.parse(text, file: "r.ics")
        #expect(events.map(\.first.iso) == ["2026-12-19"] && events.map(\.last.iso) == ["2027-01-03"])
        // And a UTC day's boundary: the whole days an exporter meant.
        let utc =
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261219T000000Z\nDTEND:20270104T000000Z\nSUMMARY:Kerst\nEND:VEVENT\nEND:VCALENDAR\n"
        let whole = try ICalendar.parse(utc, file: "r.ics")
        #expect(whole.map(\.first.iso) == ["2026-12-19"] && whole.map(\.last.iso) == ["2027-01-03"])
    }

    @Test func lfOnlyAndTabFoldedLinesAreReadToo() throws {
        let text =
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20271016\nDTEND;VALUE=DATE:20271025\nSUMMARY:Herfst\n\tvakantie\nEND:VEVENT\nEND:VCALENDAR\n"
        let events = try ICalendar.parse(text, file: "x.ics")
        #expect(events.map(\.summary) == ["Herfstvakantie"] && events[0].last.iso == "2027-10-24")
    }

    static func refusal(_ text: String) -> CasusError? {
        do {
            _ = try ICalendar.parse(text, file: "rooster.ics")
            return nil
        } catch let e as CasusError {
            return e
        } catch {
            return nil
        }
    }

    @Test(arguments: [
        ("Dit is geen kalender\n", "rooster.ics:1", "BEGIN:VCALENDAR"),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261219\nDTEND;VALUE=DATE:20261201\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:4", "vóór DTSTART"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-12-19\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:3", "geen datum"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261319\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:3", "geen datum"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Kerst\nEND:VEVENT\nEND:VCALENDAR\n", "rooster.ics:2",
            "zonder DTSTART"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261219\nSUMMARY:Kerst\nEND:VCALENDAR\n",
            "rooster.ics:2", "zonder END:VEVENT"
        ),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261219\nEND:VEVENT\n", "rooster.ics:4", "END:VCALENDAR"),
        // A name's faults at the SUMMARY's line (an escape code had no file:line, a 20 MB name was
        // taken, a review).
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261219\nSUMMARY:Kerst\u{1B}[2J\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:4", "stuurteken (U+001B)"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261219\nSUMMARY:" + String(repeating: "k", count: 201)
                + "\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:4", "201 tekens; ten hoogste 200"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nDTEND;VALUE=DATE:20270101\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:2", "geen vakantie"
        ),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", "rooster.ics:1", "geen VEVENT"),
        // A duration past any holiday, before it is counted on (an overflow stopped casus), a
        // year no date of casus has, a time of day that is none (reviews).
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDURATION:P2000000000000000000W\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:4", "geen vakantie"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDURATION:P9223372036854775807D\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:4", "geen vakantie"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:00010101\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:3", "valt buiten 1900–2199"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:99991231T230000Z\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:3", "valt buiten 1900–2199"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270101T250000Z\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:3", "geen datum"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261221T080000Xjunk\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:3", "geen datum"
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART zonder dubbele punt\nEND:VEVENT\nEND:VCALENDAR\n",
            "rooster.ics:3", "zonder ‘:’"
        ),
    ])
    func aBrokenFileIsRefusedWithItsLine(_ text: String, _ location: String, _ what: String) throws {
        let e = try #require(Self.refusal(text))
        #expect(e.kind == .invalid)
        #expect(e.location == location, "\(e.text(.nl))")
        #expect(e.message.nl.contains(what), "\(e.text(.nl))")
        #expect(e.hint?.nl.contains("Er is niets ingelezen") == true)
    }

    @Test func theNationalAdviceIsTheDefaultUntilTheSchoolImportsItsOwnYear() throws {
        let none = SchoolCalendar.effective(stored: [], region: nil)
        // Without a region only the nationwide holidays count.
        #expect(
            none.closures.filter { $0.kind != .publicHoliday }.map(\.reason)
                == ["Kerstvakantie", "Kerstvakantie", "Meivakantie"])
        // The public holidays on a school day, in every school year: 2026-2027's are these (the
        // Christmas days fall in the Christmas holiday).
        let year = none.closures.filter { $0.kind == .publicHoliday && $0.first.schoolYear == 2026 }
        #expect(
            year.map { "\($0.reason) \($0.first.iso)" } == [
                "Tweede Paasdag 2027-03-29",
                "Koningsdag 2027-04-27", "Hemelvaartsdag 2027-05-06", "Tweede Pinksterdag 2027-05-17",
            ])
        let noord = SchoolCalendar.effective(stored: [], region: .noord)
        #expect(!noord.isSchoolDay(Fixtures.date("2026-10-12")))  // herfst noord
        #expect(SchoolCalendar.effective(stored: [], region: .zuid).isSchoolDay(Fixtures.date("2026-10-12")))
        // An imported holiday replaces the advice for that holiday only: the autumn holiday the
        // school's file does not name still counts (one holiday imported took the year's advice).
        let own = Closure(
            first: Fixtures.date("2026-12-21"), last: Fixtures.date("2027-01-08"), reason: "Kerstvakantie",
            source: .imported)
        let mixed = SchoolCalendar.effective(stored: [own], region: .noord)
        #expect(!mixed.isSchoolDay(Fixtures.date("2026-10-12")))
        #expect(!mixed.isSchoolDay(Fixtures.date("2027-01-08")) && mixed.isSchoolDay(Fixtures.date("2026-12-18")))
        #expect(!mixed.isSchoolDay(Fixtures.date("2027-10-18")))  // 2027-2028 still the advice
        #expect(mixed.schoolDays(from: Fixtures.date("2026-12-14"), through: Fixtures.date("2027-01-15")) == 10)
        #expect(LocalDate(iso: "2027-01-31")!.adding(months: 1).iso == "2027-02-28")
    }

    @Test func everyPrintedSourceSaysHowFarItWasVerified() {
        for s in Law.all {
            switch s.status {
            case .verified: #expect(!s.printed.nl.contains("geverifieerd"))
            case .partly:
                #expect(s.printed.nl.hasSuffix("deels geverifieerd") && s.printed.en.hasSuffix("partly verified"))
            case .unverified:
                #expect(s.printed.nl.hasSuffix("niet geverifieerd") && s.printed.en.hasSuffix("not verified"))
            case .guidance: #expect(!s.printed.nl.isEmpty)
            }
        }
        // law.md's corrections: no Inrichtingsbesluit WVO, no "5 school days" in the law, no WPO 40 lid 13.
        let printed = Law.all.map(\.printed.nl).joined(separator: "\n")
        #expect(!printed.contains("Inrichtingsbesluit") && !printed.contains("40 lid 13"))
        #expect(Law.dispute(.po).printed.nl == "WPO art. 43 lid 4")
        #expect(Law.caoPO.printed.nl.contains("niet geverifieerd"))
        #expect(Law.inspectieRemovalAdvice.printed.nl.contains("niet geverifieerd"))
    }
}
