import CasusCore
import Testing
import CasusTestSupport

/// Algemene termijnenwet art. 1 and 3: a statutory term that ends on a Saturday, a Sunday or a
/// public holiday runs on to the next day that is none of these.
@Suite struct StatutoryTermTests {
    func day(_ iso: String) -> LocalDate { Fixtures.date(iso) }

    @Test func easterAndItsHolidaysFallOnTheirDays() {
        // Easter Sundays from the calendar: 2026-04-05, 2027-03-28, 2028-04-16.
        for (year, easter) in [(2026, "2026-04-05"), (2027, "2027-03-28"), (2028, "2028-04-16")] {
            #expect(StatutoryTerm.easterSunday(year) == day(easter), "\(year)")
        }
        for holiday in [
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25",
            "2026-12-25", "2026-12-26", "2025-04-26",  // Koningsdag 2025: the 27th was a Sunday
        ] {
            #expect(StatutoryTerm.isHoliday(day(holiday)), "\(holiday)")
        }
        for ordinary in ["2026-04-28", "2026-05-15", "2026-12-24", "2025-04-27", "2026-04-05"] {
            #expect(!StatutoryTerm.isHoliday(day(ordinary)), "\(ordinary)")
        }
    }

    @Test func aTermEndingOnAWeekendOrHolidayRunsOnToTheNextWorkingDay() {
        #expect(StatutoryTerm.end(day("2026-11-18")) == day("2026-11-18"))  // a Wednesday
        #expect(StatutoryTerm.end(day("2026-11-21")) == day("2026-11-23"))  // Saturday → Monday
        #expect(StatutoryTerm.end(day("2026-12-25")) == day("2026-12-28"))  // Christmas, Saturday, Sunday
        #expect(StatutoryTerm.end(day("2026-04-03")) == day("2026-04-07"))  // Goede Vrijdag → after Easter Monday
        // Made known on Saturday 10 October 2026: six weeks end on Saturday 21 November → Monday 23 November.
        #expect(StatutoryTerm.objection(madeKnown: day("2026-10-10")) == day("2026-11-23"))
    }
}
