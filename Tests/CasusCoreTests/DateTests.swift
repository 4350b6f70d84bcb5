import CasusCore
import Testing

@Suite struct DateTests {
    @Test func isoRoundTripAndRejectsImpossibleDates() {
        #expect(LocalDate(iso: "2026-11-21")?.iso == "2026-11-21")
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2028-02-29") != nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "21-11-2026") == nil)
        for bad in ["2026-1-021", "2026-11-2x", "+026-11-21", "2026-11-21 ", "２０２６-11-21", "", "2026/11/21"] {
            #expect(LocalDate(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func everyTimestampReadsBackAsWritten() {
        for s in stride(from: Int64(-2_000_000_000), through: 4_000_000_000, by: 7_777_777) {
            let t = Timestamp(seconds: s)
            #expect(Timestamp(iso: t.iso) == t)
        }
        for bad in [
            "2026-11-21T24:00:00Z", "2026-11-21T23:60:00Z", "2026-11-21T23:30:00", "2026-11-21T23:3a:00Z",
            "2026-11-21t23:30:00Z",
        ] {
            #expect(Timestamp(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func weekdaysAreIsoNumbered() {
        #expect(LocalDate(iso: "2026-11-21")!.weekday == 6)  // Saturday
        #expect(LocalDate(iso: "2026-11-23")!.weekday == 1)  // Monday
        #expect(LocalDate(iso: "1970-01-01")!.weekday == 4)  // Thursday
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func timestampsAreCanonicalAndLocalToTheNetherlands() {
        let t = Timestamp(iso: "2026-11-21T23:30:00Z")!
        #expect(t.iso == "2026-11-21T23:30:00Z")
        #expect(t.localDate().iso == "2026-11-22")  // past midnight in Amsterdam (UTC+1)
        #expect(Timestamp(iso: "2026-07-01T22:30:00Z")!.localDate().iso == "2026-07-02")  // summer time UTC+2
        #expect(Timestamp(iso: "2026-11-21 23:30") == nil)
    }

    @Test func schoolYearStartsInAugust() {
        #expect(LocalDate(iso: "2026-07-31")!.schoolYear == 2025)
        #expect(LocalDate(iso: "2026-08-01")!.schoolYear == 2026)
    }

    @Test func schoolDaysSkipWeekendsAndHolidays() {
        let cal = SchoolCalendar.weekdays
        let friday = LocalDate(iso: "2026-11-20")!
        #expect(cal.schoolDay(onOrAfter: LocalDate(iso: "2026-11-21")!).iso == "2026-11-23")
        #expect(cal.adding(schoolDays: 1, to: friday).iso == "2026-11-23")
        #expect(cal.lastDay(of: 5, startingOn: LocalDate(iso: "2026-11-23")!).iso == "2026-11-27")
        #expect(cal.lastDay(of: 3, startingOn: LocalDate(iso: "2026-11-26")!).iso == "2026-11-30")
        let withHoliday = SchoolCalendar(holidays: [LocalDate(iso: "2026-11-23")!])
        #expect(withHoliday.adding(schoolDays: 1, to: friday).iso == "2026-11-24")
    }
}
