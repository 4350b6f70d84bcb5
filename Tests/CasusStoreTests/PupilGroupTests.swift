import CasusCore
import CasusStore
import Testing
import CasusTestSupport

/// A secondary school's classes are 3B, H4a, 2 vwo: casus took every group to be 1 to 8, so a VO
/// school's import was refused ("H4A") or lost the class's letter ("3B" became "3").
@Suite struct PupilGroupTests {
    func school(_ sector: Sector) throws -> TestSchool {
        try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(sector: sector, denomination: .openbaar))
    }

    @Test func aVOSchoolRecordsItsClassesAsNamed() throws {
        let school = try school(.vo)
        let (daan, _) = try school.pupil("Daan", "Vos", group: "3B")
        #expect(daan.group == "3B")
        let (eva, _) = try school.pupil("Eva", "Bos", group: " Klas  H4a ")
        #expect(eva.group == "H4a")
        // Latin letters only (a Cyrillic "ЗБ" reads as 3B), and a word alone is no class.
        for bad in ["ЗБ", "klas", "3ᴮ"] {
            #expect(refusal { _ = try school.pupil("Tim", "Smit", group: bad) } != nil, "\(bad)")
        }
        let refused = refusal { _ = try school.pupil("Tim", "Smit", group: "3B; DROP") }
        #expect(refused?.message.nl.contains("klas '3B; DROP' bestaat niet") == true, "\(String(describing: refused))")
        #expect(refused?.message.nl.contains("zoals 3B, H4a of 2 vwo") == true)
        #expect(try school.service.directory.people(kinds: [.pupil]).map(\.lastName).sorted() == ["Bos", "Vos"])
        // A filter as typed: "klas 3B" finds the class 3B, not every third year.
        #expect(try school.service.directory.people(kinds: [.pupil], group: "klas 3B").map(\.lastName) == ["Vos"])
        #expect(try school.service.directory.people(kinds: [.pupil], group: "3b").map(\.lastName) == ["Vos"])
    }

    /// A date of birth decides who gets a decision; one after today or before 1900 is refused.
    @Test func anImpossibleDateOfBirthIsRefused() throws {
        let school = try school(.vo)
        for born in ["2027-01-01", "1899-12-31"] {
            let refused = refusal { _ = try school.pupil("Tim", "Smit", born: born) }
            #expect(refused?.message.nl.contains("geboortedatum") == true, "\(born)")
        }
        #expect(try school.service.directory.people(kinds: [.pupil]).isEmpty)
        // Recorded later (`people edit --born`), checked the same way.
        let (tim, _) = try school.pupil("Tim", "Smit")
        #expect(
            refusal { try school.service.directory.setAddress(tim.id, born: Fixtures.date("2027-01-01")).value } != nil)
        #expect(
            try school.service.directory.setAddress(tim.id, born: Fixtures.date("2008-01-10")).value.birthDate
                == Fixtures.date("2008-01-10"))
        #expect(try school.service.directory.person(tim.id).birthDate == Fixtures.date("2008-01-10"))
    }

    /// A date of birth no pupil, teacher or parent can have is a typo: a pupil born today was
    /// taken into groep 8, and the EDEX file took a pupil born in 2999 (a review).
    @Test func aDateOfBirthTooYoungForThePersonIsRefused() throws {
        let school = try school(.po)
        let today = school.service.today
        let refused = refusal { _ = try school.pupil("Tim", "Smit", group: "8", born: today.iso) }
        #expect(
            refused?.message.nl.contains(
                "dan is de leerling 0 jaar oud, en een leerling is ten minste 4 jaar oud (WPO art. 39 lid 1)")
                == true, "\(String(describing: refused))")
        #expect(refused?.message.nl.hasSuffix("er is niets opgeslagen") == true)
        let teacher = refusal {
            _ = try school.service.directory.addPerson(
                Person(
                    schoolID: 1, kind: .staff, firstName: "Anna", lastName: "Vos", birthDate: today.adding(days: -400)))
        }
        #expect(teacher?.message.nl.contains("een medewerker is ten minste 14 jaar oud") == true)
        #expect(try school.service.directory.people(kinds: [.pupil]).isEmpty)
        #expect(try !school.service.directory.people(kinds: [.staff]).contains { $0.lastName == "Vos" })
        // A four-year-old is a pupil; recorded later, the same check.
        let (tim, _) = try school.pupil("Tim", "Smit", group: "1", born: today.adding(days: -(4 * 366)).iso)
        #expect(
            refusal { _ = try school.service.directory.setAddress(tim.id, born: today.adding(days: -30)).value }?
                .message.nl.contains("leerling 0 jaar oud") == true)
        #expect(try school.service.directory.person(tim.id).birthDate == today.adding(days: -(4 * 366)))
        // Both imports: the line, the reason, nothing imported.
        let csv =
            "Leerlingnummer;Roepnaam;Achternaam;Groep;Geboortedatum\n7;Eva;Bos;3;\(today.adding(days: -700).iso)\n"
        let fromCSV = refusal {
            _ = try school.service.directory.importPeople(
                kind: .pupil, csv: Array(csv.utf8), file: "l.csv", dryRun: false)
        }
        #expect(fromCSV?.message.nl.contains("l.csv:2: geboortedatum") == true, "\(String(describing: fromCSV))")
        #expect(fromCSV?.message.nl.contains("1 jaar oud") == true)
        let xml = String(decoding: EDEXImportStoreTests.sample(), as: UTF8.self)
            .replacingOccurrences(of: "2017-04-03", with: "2999-04-03")
        let fromEDEX = refusal {
            _ = try school.service.directory.importPeople(edexml: Array(xml.utf8), file: "e.xml", dryRun: false)
        }
        #expect(fromEDEX?.message.nl.contains("kan niet: na vandaag") == true, "\(String(describing: fromEDEX))")
        #expect(try school.service.directory.people(kinds: [.pupil]).map(\.firstName) == ["Tim"])
        // Nor too old: 1916 typed for 2016 made a groep-5 pupil of age, the letters hers, not her parents'.
        let old = refusal { _ = try school.pupil("Oud", "Kind", group: "5", born: "1916-04-01") }
        #expect(
            old?.message.nl.contains(
                "en een leerling verlaat de basisschool uiterlijk aan het eind van het schooljaar waarin hij 14 wordt (WPO art. 39 lid 4)"
            ) == true,
            "\(String(describing: old))")
    }

    @Test func aPrimarySchoolKeepsGroupsOneToEight() throws {
        let school = try school(.po)
        let (tygo, _) = try school.pupil("Tygo", "Bouzid", group: "groep 5B")
        #expect(tygo.group == "5")
        let refused = refusal { _ = try school.pupil("Tim", "Smit", group: "9") }
        #expect(refused?.message.nl.contains("groep '9' bestaat niet; groepen zijn 1 tot en met 8") == true)
    }

    @Test func aVOImportKeepsTheClasses() throws {
        let school = try school(.vo)
        let csv = """
            Leerlingnummer;Roepnaam;Achternaam;Klas
            101;Daan;Vos;3B
            102;Eva;Bos;H4A
            103;Noor;Smit;2 vwo
            """
        _ = try school.service.directory.importPeople(kind: .pupil, csv: Array(csv.utf8), file: "l.csv", dryRun: false)
        let groups = try school.service.directory.people(kinds: [.pupil]).map { $0.group ?? "" }.sorted()
        #expect(groups == ["2 vwo", "3B", "H4A"])
        let bad = "Leerlingnummer;Roepnaam;Achternaam;Klas\n104;Tim;Smit;3B!\n"
        let refused = refusal {
            _ = try school.service.directory.importPeople(
                kind: .pupil, csv: Array(bad.utf8), file: "l.csv", dryRun: false)
        }
        #expect(refused != nil)
        let unborn = "Leerlingnummer;Roepnaam;Achternaam;Klas;Geboortedatum\n105;Tim;Smit;3B;01-01-2031\n"
        let future = refusal {
            _ = try school.service.directory.importPeople(
                kind: .pupil, csv: Array(unborn.utf8), file: "l.csv", dryRun: false)
        }
        #expect(
            future?.message.nl.contains(
                "l.csv:2: geboortedatum \(Fixtures.date("2031-01-01").dutch) kan niet: na vandaag")
                == true, "\(String(describing: future))")
        #expect(try school.service.directory.people(kinds: [.pupil]).count == 3)
    }
}
