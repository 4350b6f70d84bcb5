import CasusCore
import CasusStore
import Foundation
import Testing
import CasusTestSupport

/// A school's exported calendar holds more than its days off, and more than one file is read.
@Suite struct CalendarImportTests {
    static func ics(_ events: [(start: String, end: String, name: String)]) -> String {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        for e in events {
            let kind = e.start.contains("T") ? "" : ";VALUE=DATE"
            text +=
                "BEGIN:VEVENT\r\nDTSTART\(kind):\(e.start)\r\nDTEND\(kind):\(e.end)\r\nSUMMARY:\(e.name)\r\nEND:VEVENT\r\n"
        }
        return text + "END:VCALENDAR\r\n"
    }

    /// What a school's Google or ParnasSys calendar exports: the Christmas holiday, a study day
    /// written 08:30–15:00, and an ouderavond, a sportdag and a Christmas dinner, on which the
    /// school is open. All five were closures: a suspension's days and every term moved across
    /// the sportdag (a review).
    @Test func onlyTheDaysTheSchoolIsClosedAreTaken() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let file = Self.ics([
            ("20261219", "20270104", "Kerstvakantie"),
            ("20270215T083000", "20270215T150000", "Studiedag team"),
            ("20261208T193000", "20261208T210000", "Ouderavond groep 7"),
            ("20261210", "20261211", "Sportdag"),
            ("20261217", "20261218", "Kerstviering"),
            ("20270326", "20270327", "Goede Vrijdag"),
        ])
        let result = try school.service.directory.importCalendar(file, file: "agenda.ics").value
        #expect(result.imported.map(\.reason) == ["Kerstvakantie", "Studiedag team", "Goede Vrijdag"])
        #expect(result.imported.map(\.kind) == [.holiday, .studyDay, .holiday])
        #expect(result.skipped.map(\.summary) == ["Ouderavond groep 7", "Sportdag", "Kerstviering"])
        #expect(result.skipped.map(\.wholeDays) == [false, true, true])
        let calendar = try school.service.directory.calendar().calendar
        #expect(calendar.isSchoolDay(Fixtures.date("2026-12-10")), "the sportdag is a school day")
        #expect(calendar.isSchoolDay(Fixtures.date("2026-12-08")) && calendar.isSchoolDay(Fixtures.date("2026-12-17")))
        #expect(
            !calendar.isSchoolDay(Fixtures.date("2027-02-15")) && !calendar.isSchoolDay(Fixtures.date("2027-03-26")))
        // A file of holidays named otherwise is read whole when the director says so; an evening
        // meeting is never a day off.
        let other = try TestSchool(protocol: "jozefschool")
        let plain = Self.ics([
            ("20261017", "20261026", "Week 43"), ("20261208T193000", "20261208T210000", "Ouderavond"),
        ])
        let refused = try #require(
            throws: CasusError.self,
            performing: { try other.service.directory.importCalendar(plain, file: "rooster.ics") })
        #expect(refused.message.nl.contains("geen van de 2 gebeurtenissen") && refused.message.nl.contains("Week 43"))
        #expect(refused.hint?.nl.contains("--every-event") == true)
        #expect(try other.service.directory.calendar().calendar.closures.allSatisfy { $0.source != .imported })
        let whole = try other.service.directory.importCalendar(plain, file: "rooster.ics", everyEvent: true).value
        #expect(whole.imported.map(\.reason) == ["Week 43"] && whole.skipped.map(\.summary) == ["Ouderavond"])
    }

    /// The holidays' file, then the study days' file: the second took the holidays away, and a
    /// file of study days alone dropped the national Christmas holiday (a review).
    @Test func aFileOfStudyDaysKeepsTheHolidays() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let directory = school.service.directory
        // Study days alone: the national advice stays.
        try directory.importCalendar(
            Self.ics([("20270215", "20270216", "Studiedag"), ("20270616", "20270617", "Studiedag")]), file: "s.ics")
        var calendar = try directory.calendar()
        #expect(!calendar.calendar.isSchoolDay(Fixtures.date("2026-12-22")), "the national Christmas holiday")
        #expect(calendar.replacedYears.isEmpty)
        let holidays = try directory.importCalendar(
            Self.ics([("20261219", "20270104", "Kerstvakantie"), ("20270424", "20270503", "Meivakantie")]),
            file: "v.ics"
        ).value
        #expect(holidays.removed.isEmpty, "the study days stay")
        calendar = try directory.calendar()
        #expect(!calendar.calendar.isSchoolDay(Fixtures.date("2027-02-15")) && calendar.replacedYears == [2026])
        // The study days' file again, one day moved: the study days are replaced, the holidays kept.
        let again = try directory.importCalendar(
            Self.ics([("20270215", "20270216", "Studiedag"), ("20270618", "20270619", "Studiedag")]), file: "s.ics"
        ).value
        #expect(again.removed.map(\.first.iso) == ["2027-02-15", "2027-06-16"])
        calendar = try directory.calendar()
        #expect(calendar.calendar.isSchoolDay(Fixtures.date("2027-06-16")))
        #expect(!calendar.calendar.isSchoolDay(Fixtures.date("2027-06-18")))
        #expect(
            !calendar.calendar.isSchoolDay(Fixtures.date("2026-12-22"))
                && !calendar.calendar.isSchoolDay(Fixtures.date("2027-04-26")))
    }

    /// A rooster of two holidays replaced the national advice for its whole year: the Christmas
    /// holiday it did not name became school days without a word (a review). The national
    /// holidays it does not name stay, and are said; those it names or overlaps go.
    @Test func theNationalHolidaysARoosterDoesNotNameStayAndAreSaid() throws {
        let school = try TestSchool(protocol: "jozefschool", record: SchoolRecordChange(region: .midden))
        let result = try school.service.directory.importCalendar(
            Self.ics([("20270424", "20270503", "Meivakantie"), ("20261024", "20261102", "Herfst")]), file: "r.ics"
        ).value
        let named = result.nationalKept.map(\.reason)
        #expect(named.contains("Kerstvakantie") && named.contains("Voorjaarsvakantie"), "\(named)")
        #expect(!named.contains("Meivakantie") && !named.contains("Herfstvakantie"), "\(named)")
        let calendar = try school.service.directory.calendar().calendar
        #expect(!calendar.isSchoolDay(Fixtures.date("2026-12-22")), "the national Christmas holiday stays")
        #expect(calendar.isSchoolDay(Fixtures.date("2026-10-19")), "the advised autumn week, moved by the school, goes")
    }
}

/// What real exporters write: times of day, reminders, cancellations, versions, recurrences.
@Suite struct CalendarFileShapeTests {
    static func parse(_ body: String) throws -> [ICalendar.Event] {
        try ICalendar.parse("BEGIN:VCALENDAR\r\n" + body + "END:VCALENDAR\r\n", file: "r.ics")
    }

    /// Outlook's Christmas holiday: school out at noon on Friday, back at 08:30 on Monday. Both
    /// days were closed, a one-day suspension from that Friday moved to 5 January (a review).
    @Test func aTimedEventClosesOnlyTheDaysItTakesWhole() throws {
        let events = try Self.parse(
            "BEGIN:VEVENT\r\nDTSTART;TZID=W. Europe Standard Time:20261218T120000\r\nDTEND;TZID=W. Europe Standard Time:20270104T083000\r\nSUMMARY:Kerstvakantie\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART:20270210T120000\r\nDTEND:20270210T170000\r\nSUMMARY:Studiemiddag\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART:20270211T083000\r\nDURATION:PT6H30M\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART:20261210T193000\r\nDURATION:PT2H\r\nSUMMARY:Ouderavond\r\nEND:VEVENT\r\n")
        #expect(events[0].first.iso == "2026-12-19" && events[0].last.iso == "2027-01-03" && events[0].wholeDays)
        #expect(!events[1].wholeDays && events[1].first.iso == "2027-02-10", "a study afternoon leaves a school day")
        #expect(events[2].wholeDays && events[2].first == events[2].last && events[2].first.iso == "2027-02-11")
        #expect(!events[3].wholeDays, "PT2H is read, an evening")
    }

    /// A reminder's DURATION is the alarm's (the whole file was refused); a cancelled event and an
    /// earlier version of a re-sent one are not closures.
    @Test func alarmsCancellationsAndVersionsAreReadAsTheyAre() throws {
        let events = try Self.parse(
            "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20270215\r\nSUMMARY:Studiedag\r\nBEGIN:VALARM\r\nTRIGGER:-PT15M\r\nDURATION:PT5M\r\nREPEAT:2\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:k\r\nSEQUENCE:0\r\nDTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:Kerstvakantie\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:k\r\nSEQUENCE:1\r\nDTSTART;VALUE=DATE:20261218\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:Kerstvakantie\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:s\r\nSTATUS:CANCELLED\r\nDTSTART;VALUE=DATE:20270301\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\n"
        )
        #expect(events.map(\.summary) == ["Studiedag", "Kerstvakantie", "Studiedag"])
        #expect(events[0].first == events[0].last, "one day, not the alarm's")
        #expect(events[1].first.iso == "2026-12-18", "the latest version")
        #expect(events[2].cancelled)
        let school = try TestSchool(protocol: "jozefschool")
        let text =
            "BEGIN:VCALENDAR\r\n"
            + "BEGIN:VEVENT\r\nUID:s\r\nSTATUS:CANCELLED\r\nDTSTART;VALUE=DATE:20270301\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:Kerstvakantie\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART:20260907T083000\r\nDTEND:20260907T093000\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Gym groep 7\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n"
        let result = try school.service.directory.importCalendar(text, file: "r.ics").value
        #expect(result.imported.map(\.reason) == ["Kerstvakantie"])
        #expect(result.skipped.map(\.summary) == ["Studiedag", "Gym groep 7"])
        #expect(try school.service.directory.calendar().calendar.isSchoolDay(Fixtures.date("2027-03-01")))
        // A recurring day off is not read (casus does not count out its repeats): a file of one
        // is refused as holding no day off.
        let recurring =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270426\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Koningsdag\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        var said = ""
        do { try school.service.directory.importCalendar(recurring, file: "r.ics") } catch let e as CasusError {
            said = (e.location ?? "") + " " + e.message.nl + " " + (e.hint?.nl ?? "")
        }
        #expect(said.contains("geen van de 1 gebeurtenissen"), "\(said)")
        // Said as recurring, with what helps: --every-event took no repeats either, and the advice
        // to use it did not help (a review).
        #expect(said.contains("Koningsdag (26-04-2027, herhalend)") && said.contains("calendar add"), "\(said)")
        #expect(!said.contains("lees het dan in met --every-event"), "\(said)")
    }

    /// A second file of the next calendar year replaced the whole school years it touched: the
    /// Christmas holiday before it went, and a suspension over it was taken (a review).
    @Test func aSecondFileReplacesOnlyTheDatesItSpans() throws {
        let school = try TestSchool(protocol: "jozefschool", record: SchoolRecordChange(region: .midden))
        let directory = school.service.directory
        try directory.importCalendar(
            CalendarImportTests.ics([
                ("20261017", "20261026", "Herfstvakantie"), ("20261219", "20270104", "Kerstvakantie"),
                ("20270220", "20270301", "Voorjaarsvakantie"),
            ]), file: "2026.ics")
        let second = try directory.importCalendar(
            CalendarImportTests.ics([
                ("20270221", "20270302", "Voorjaarsvakantie"), ("20270424", "20270503", "Meivakantie"),
                ("20271225", "20280109", "Kerstvakantie"),
            ]), file: "2027.ics"
        ).value
        #expect(second.removed.map(\.reason) == ["Voorjaarsvakantie"])
        let calendar = try directory.calendar().calendar
        #expect(!calendar.isSchoolDay(Fixtures.date("2026-12-21")), "the Christmas holiday of 2026 stays")
        #expect(
            !calendar.isSchoolDay(Fixtures.date("2027-02-22")) && !calendar.isSchoolDay(Fixtures.date("2027-03-01")))
        // A file of one holiday keeps the year's other national dates and its public holidays.
        let other = try TestSchool(protocol: "jozefschool", record: SchoolRecordChange(region: .midden))
        let kerst = try other.service.directory.importCalendar(
            CalendarImportTests.ics([("20261219", "20270104", "Kerstvakantie")]), file: "kerst.ics"
        ).value
        #expect(kerst.nationalKept.map(\.reason).contains("Voorjaarsvakantie"))
        let theirs = try other.service.directory.calendar().calendar
        #expect(!theirs.isSchoolDay(Fixtures.date("2027-02-22")), "the national spring holiday still counts")
        #expect(!theirs.isSchoolDay(Fixtures.date("2027-04-27")), "Koningsdag lies outside the file's dates")
    }
}

/// A second review of the import: names that close part of the day or of the school, loose days
/// that took the Christmas holiday away, a cancelled study day that stayed, a weekly day off for
/// the kleuters that refused the file, a public holiday left open inside a suspension unsaid.
@Suite struct CalendarImportSecondReviewTests {
    @Test func aNameClosesTheWholeSchoolOrNothing() {
        let closed = [
            "Kerstvakantie", "Herfst", "Kerst 2026", "Studiedag team, groep 1-8", "Studiedag (leerlingen vrij)",
            "Vrij", "Leerlingen vrij", "Goede Vrijdag", "Tweede Paasdag", "Vrijdag na Hemelvaart", "Lesvrije dag",
            "Geen school", "Meivakantie + Koningsdag", "Margedag", "Simmerfakânsje",
        ]
        let open = [
            "Vrije middag", "Studiemiddag", "Studieochtend team (leerlingen 's middags vrij)", "Groep 1-4 vrij",
            "Vrijdagmiddag vrij groep 1/2", "Juf Marieke vrij", "Vrije inloop ouders",
            "Kerst-musical generale repetitie",
            "Herfst wandeling groep 3", "Zomer-fair inschrijving", "Vakantierooster 2027-2028 bekend",
            "Geen gym (zaal dicht)", "Dicht bij huis: projectweek", "Sportdag", "Kerstviering", "Koningsspelen",
            "Margemiddag", "Kleuters vrij", "Groep 1 en 2 vrij", "Klas 3 vrij",
        ]
        for name in closed { #expect(ClosureName.kind(of: name) != nil, "\(name)") }
        for name in open { #expect(ClosureName.kind(of: name) == nil, "\(name)") }
    }

    @Test func aLooseDayOrAPublicHolidayDoesNotReplaceANationalHoliday() throws {
        let school = try TestSchool(protocol: "jozefschool", record: SchoolRecordChange(region: .noord))
        let result = try school.service.directory.importCalendar(
            CalendarImportTests.ics([
                ("20261019", "20261020", "Vrije dag na de herfstvakantie"),
                ("20261218", "20261219", "Vrij: dag voor de kerstvakantie"),
                ("20261225", "20261226", "Eerste Kerstdag"),
                ("20270427", "20270428", "Koningsdag"),
            ]), file: "extra.ics"
        ).value
        #expect(result.nationalReplaced.isEmpty, "\(result.nationalReplaced.map(\.reason))")
        let calendar = try school.service.directory.calendar().calendar
        #expect(!calendar.isSchoolDay(Fixtures.date("2026-12-22")), "the national Christmas holiday stays")
        // The May holiday's gap stays said: Koningsdag is no May holiday.
        let gaps = NationalCalendar.gaps(
            own: SchoolCalendar.ownHolidays(try school.service.directory.calendar().calendar.closures), region: .noord)
        #expect(gaps.contains { $0.what.nl.contains("meivakantie 2027") })
        // A week of its own does replace it, and says so.
        let week = try school.service.directory.importCalendar(
            CalendarImportTests.ics([("20261219", "20270104", "Kerstvakantie")]), file: "kerst.ics"
        ).value
        #expect(week.nationalReplaced.map(\.reason) == ["Kerstvakantie"])
    }

    @Test func aCancelledDayInTheUpdatedFileIsTakenAway() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let body = { (status: String) in
            "BEGIN:VCALENDAR\r\n"
                + "BEGIN:VEVENT\r\nUID:k\r\nDTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:Kerstvakantie\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:s\r\n\(status)DTSTART;VALUE=DATE:20270625\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n"
        }
        try school.service.directory.importCalendar(body(""), file: "r1.ics")
        #expect(!(try school.service.directory.calendar().calendar.isSchoolDay(Fixtures.date("2027-06-25"))))
        try school.service.directory.importCalendar(body("STATUS:CANCELLED\r\nSEQUENCE:1\r\n"), file: "r2.ics")
        #expect(try school.service.directory.calendar().calendar.isSchoolDay(Fixtures.date("2027-06-25")))
    }

    @Test func aWeeklyDayOffForTheKleutersIsListedNotRefused() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let text =
            "BEGIN:VCALENDAR\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260904\r\nRRULE:FREQ=WEEKLY;BYDAY=FR\r\nSUMMARY:Groep 1 en 2 vrij\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270215\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261219\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:Kerstvakantie\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n"
        let result = try school.service.directory.importCalendar(text, file: "kleuters.ics").value
        #expect(result.imported.map(\.reason) == ["Kerstvakantie"])
        #expect(result.skipped.map(\.summary) == ["Groep 1 en 2 vrij", "Studiedag"])
    }

    @Test func aPublicHolidayTheRoosterLeavesOpenIsAChangedDay() throws {
        let school = try TestSchool(protocol: "jozefschool", record: SchoolRecordChange(region: .noord))
        let result = try school.service.directory.importCalendar(
            CalendarImportTests.ics([
                ("20261017", "20261026", "Herfstvakantie"), ("20261219", "20270104", "Kerstvakantie"),
                ("20270710", "20270823", "Zomervakantie"),
            ]), file: "rooster.ics"
        ).value
        #expect(result.changedDays.contains { $0.contains(Fixtures.date("2027-03-29")) }, "Tweede Paasdag")
    }

    /// A time in another zone is taken in Amsterdam: 07:30 UTC is 08:30 here in winter.
    @Test func aTimeInAnotherZoneIsTakenInAmsterdam() throws {
        let events = try ICalendar.parse(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=UTC:20270209T073000\r\nDTEND;TZID=UTC:20270209T130000\r\nSUMMARY:Studiedag\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            file: "r.ics")
        #expect(events[0].wholeDays && events[0].first.iso == "2027-02-09")
    }

    /// A study day added on the wrong date stood for good: there was no way to take it away.
    @Test func aDayOffOfTheSchoolsOwnIsTakenAway() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let directory = school.service.directory
        try directory.addClosure(
            from: Fixtures.date("2027-06-25"), through: Fixtures.date("2027-06-25"), reason: "Studiedag",
            kind: .studyDay)
        let gone = try directory.removeClosures(from: Fixtures.date("2027-06-25"), through: Fixtures.date("2027-06-25"))
        #expect(gone.value.removed.map(\.reason) == ["Studiedag"])
        #expect(try directory.calendar().calendar.isSchoolDay(Fixtures.date("2027-06-25")))
        // The national advice is not the school's to take away; nothing there is refused.
        let refused = refusal {
            _ = try directory.removeClosures(from: Fixtures.date("2026-12-22"), through: Fixtures.date("2026-12-22"))
        }
        #expect(refused?.message.nl.contains("geen eigen vrije dag") == true)
        #expect(!(try directory.calendar().calendar.isSchoolDay(Fixtures.date("2026-12-22"))))
        // A period off only whole (one day asked took a nine-day holiday away, a review), and the
        // national holiday that comes back is a changed day.
        try directory.importCalendar(
            CalendarImportTests.ics([("20270213", "20270222", "Voorjaarsvakantie")]), file: "v.ics")
        let part = refusal {
            _ = try directory.removeClosures(from: Fixtures.date("2027-02-15"), through: Fixtures.date("2027-02-15"))
        }
        #expect(part?.message.nl.contains("haalt een vrije periode alleen helemaal weg") == true)
        let whole = try directory.removeClosures(
            from: Fixtures.date("2027-02-13"), through: Fixtures.date("2027-02-21"))
        #expect(whole.value.removed.count == 1 && !whole.value.changedDays.isEmpty)
    }

    /// A third review: the span of a second file was that of every event in it, skipped ones
    /// too; a term or a school year refused the file; a soft hyphen refused it; a room or a
    /// service closed closed the school; a holiday named with a study day was a study day.
    @Test func aThirdReviewsFiles() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let directory = school.service.directory
        try directory.importCalendar(
            CalendarImportTests.ics([("20271009", "20271018", "Herfstvakantie")]), file: "y27.ics")
        let next = try directory.importCalendar(
            CalendarImportTests.ics([
                ("20261219", "20270104", "Kerstvakantie"), ("20271020", "20271021", "Schoolreis groep 8"),
                ("20260824", "20270710", "Schooljaar 2026-2027"),
                ("20261001", "20261002", "Stu\u{AD}die\u{AD}dag"),
            ]), file: "y26.ics"
        ).value
        #expect(next.removed.isEmpty, "the autumn holiday of 2027 stays: \(next.removed.map(\.reason))")
        #expect(next.skipped.map(\.summary).contains("Schooljaar 2026-2027"))
        #expect(next.imported.map(\.reason).contains("Studiedag"))
        for name in [
            "Gymzaal gesloten (onderhoud)", "Kerstontbijt - alle leerlingen om 12.00 vrij", "Peuteropvang gesloten",
            "Inschrijving schoolkamp gesloten", "Kinderboekenweek: vrij lezen",
        ] {
            #expect(ClosureName.kind(of: name) == nil, "\(name)")
        }
        #expect(ClosureName.kind(of: "Voorjaarsvakantie + studiedag") == .holiday)
        // A school day beside a holiday is no holiday (a fourth review).
        for name in [
            "Eerste schooldag na de kerstvakantie", "Laatste schooldag voor de kerstvakantie", "Begin kerstvakantie",
            "Informatie meivakantie in nieuwsbrief", "Carnaval op school – start voorjaarsvakantie",
            "Koningsspelen en viering Koningsdag op school",
        ] {
            #expect(ClosureName.kind(of: name) == nil, "\(name)")
        }
        #expect(
            ClosureName.kind(of: "School gesloten") == .holiday && ClosureName.kind(of: "Leerlingen vrij") == .holiday)
    }

    /// A fourth review: two loose days off in a second file took the school's own holidays
    /// between them away and opened Koningsdag; a holiday added by hand stood beside the
    /// national one it was meant to replace.
    @Test func looseDaysReplaceLooseDaysAndAHolidayByHandReplacesTheAdvice() throws {
        let school = try TestSchool(protocol: "jozefschool", record: SchoolRecordChange(region: .midden))
        let directory = school.service.directory
        try directory.importCalendar(
            CalendarImportTests.ics([
                ("20261219", "20270104", "Kerstvakantie"), ("20270213", "20270222", "Voorjaarsvakantie"),
                ("20270424", "20270503", "Meivakantie"),
            ]), file: "b.ics")
        let loose = try directory.importCalendar(
            CalendarImportTests.ics([
                ("20261218", "20261219", "Vrije dag"), ("20270503", "20270504", "Extra vrije dag"),
            ]),
            file: "s.ics"
        ).value
        #expect(loose.removed.isEmpty, "\(loose.removed.map(\.reason))")
        let calendar = try directory.calendar().calendar
        #expect(
            !calendar.isSchoolDay(Fixtures.date("2027-04-26")) && !calendar.isSchoolDay(Fixtures.date("2027-02-15")))
        // By hand: the school's own spring week replaces the advised one.
        let other = try TestSchool(protocol: "jozefschool", record: SchoolRecordChange(region: .midden))
        try other.service.directory.addClosure(
            from: Fixtures.date("2027-02-13"), through: Fixtures.date("2027-02-21"), reason: "Voorjaarsvakantie",
            kind: .holiday)
        let theirs = try other.service.directory.calendar().calendar
        #expect(theirs.isSchoolDay(Fixtures.date("2027-02-22")), "the advised week (20–28 Feb) is replaced")
        // But a few days added before Christmas leave the Christmas holiday (a fifth review), and a
        // day off for some of the school closes none of it.
        try other.service.directory.addClosure(
            from: Fixtures.date("2026-12-16"), through: Fixtures.date("2026-12-19"), reason: "Extra vrij voor kerst",
            kind: .holiday)
        #expect(!(try other.service.directory.calendar().calendar.isSchoolDay(Fixtures.date("2026-12-22"))))
        for name in [
            "Studiedag directie", "Studiedag IB", "Marieke vrij", "Conciërge vrij",
            "Suikerfeest (islamitische leerlingen vrij)",
        ] {
            #expect(ClosureName.kind(of: name) == nil, "\(name)")
        }
    }
}
