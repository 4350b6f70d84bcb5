import CasusCore
import CasusStore
import CasusTestSupport
import Testing

/// An import read as the wrong kind, or with two people of one name: refused at its line, nothing
/// imported. Each was taken (a review): pupils became staff and their own parents, a teacher a
/// volunteer beside, and one Sem Dubbel's dossier went to the other.
@Suite struct ImportKindTests {
    func importing(_ csv: String, as kind: PersonKind, _ school: TestSchool) throws -> ImportReport {
        try school.service.directory.importPeople(kind: kind, csv: Array(csv.utf8), file: "f.csv", dryRun: false)
            .value
    }

    static let pupils =
        "leerlingnummer;roepnaam;tussenvoegsel;achternaam;groep;geboortedatum\n"
        + "9001;Jan;;Test;3;01-02-2017\n9002;Piet;van;Test;4;2016-05-05\n"

    @Test func aPupilFileReadAsStaffOrParentsIsRefused() throws {
        let school = try TestSchool(protocol: "jozefschool")
        _ = try importing(Self.pupils, as: .pupil, school)
        let before = try school.service.directory.people(kinds: PersonKind.allCases).count
        let asStaff = refusal { _ = try importing(Self.pupils, as: .staff, school) }
        #expect(
            asStaff?.message.nl.contains(
                "de kolom ‘leerlingnummer’ is een nummer van leerlingen, niet van wie --kind staff inleest") == true,
            "\(String(describing: asStaff))")
        #expect(asStaff?.location == "f.csv:1")
        let asParents = refusal { _ = try importing(Self.pupils, as: .parent, school) }
        #expect(
            asParents?.message.nl.contains("f.csv:2: ouder ‘Jan Test’ heeft de naam van de leerling zelf (9001)")
                == true,
            "\(String(describing: asParents))")
        #expect(try school.service.directory.people(kinds: PersonKind.allCases).count == before)
        // A staff file read as pupils, likewise.
        let staff = "personeelsnummer;voornaam;achternaam\nP01;Anna;Vos\n"
        #expect(
            refusal { _ = try importing(staff, as: .pupil, school) }?.message.nl.contains("nummer van personeel")
                == true)
    }

    /// Got round by a review: a parents' file read as pupils renamed each pupil after a parent; a
    /// pupil file with a plain "nummer" read as staff; a parent line "Sem Pieter Bakker" for Sem
    /// Bakker, or the name in one column.
    @Test func anotherKindsColumnsOrTheChildsOwnNameAreRefused() throws {
        let school = try TestSchool(protocol: "jozefschool")
        _ = try importing("leerlingnummer;roepnaam;achternaam;groep\n1055;Sem;Bakker;4\n", as: .pupil, school)
        let parents = "leerlingnummer;voornaam;achternaam;email\n1055;Marco;Bakker;m@x.nl\n"
        let asPupils = refusal { _ = try importing(parents, as: .pupil, school) }
        #expect(
            asPupils?.message.nl.contains("de kolom ‘email’ hoort bij een bestand van ouders of personeel") == true,
            "\(String(describing: asPupils))")
        let pupils = "nummer;roepnaam;achternaam;groep;geboortedatum\n1;Jan;Test;3;01-02-2017\n"
        #expect(refusal { _ = try importing(pupils, as: .staff, school) }?.message.nl.contains("‘groep’") == true)
        for line in ["1055;Sem Pieter;Bakker", "1055;;Sem Bakker"] {
            let file = "leerlingnummer;voornamen;achternaam\n\(line)\n"
            let refused = refusal { _ = try importing(file, as: .parent, school) }
            #expect(
                refused?.message.nl.contains("heeft de naam van de leerling zelf") == true,
                "\(line): \(String(describing: refused))")
        }
        #expect(try school.service.directory.people(kinds: [.pupil]).map(\.firstName) == ["Sem"])
        #expect(try school.service.directory.people(kinds: [.parent]).isEmpty)
        // A father whose son bears his name, in a parents' file, is a parent.
        let family = "leerlingnummer;voornaam;achternaam\n1055;Sem;Bakker\n1055;Petra;Bakker\n1055;Ans;Bakker\n"
        #expect(try importing(family, as: .parent, school).added == 3)
    }

    /// Ordinary files of a school are read (each was refused by a rule of this stop, a review): a
    /// staff list with its function, group and date of birth under a plain "Nummer"; pupils with a
    /// "Stamgroep" and their own e-mail; volunteers numbered from 1 beside the staff. A line whose
    /// number is someone else's of both other names is refused (it renamed a teacher after a
    /// volunteer), and a pupil whose number lost its leading zeros is not said to be missing.
    @Test func ordinaryFilesAreReadAndANumberIsNotAName() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let staff =
            "Nummer;Voornaam;Achternaam;Functie;Groep;Geboortedatum;E-mail\n1;Karin;Dijk;Leerkracht;3;1980-05-05;k@x.nl\n"
        #expect(try importing(staff, as: .staff, school).added == 1)
        let volunteers = "Nummer;Voornaam;Achternaam\n1;Truus;Bos\n"
        #expect(try importing(volunteers, as: .volunteer, school).added == 1)
        let renamed = refusal { _ = try importing(volunteers, as: .staff, school) }
        #expect(
            renamed?.message.nl.contains("nummer 1 is van Karin Dijk (medewerker") == true,
            "\(String(describing: renamed))")
        #expect(try school.service.directory.people(kinds: [.staff]).contains { $0.name == "Karin Dijk" })
        let pupils =
            "Stamnummer;Roepnaam;Achternaam;Stamgroep;Geboortedatum;E-mailadres\n012345;Lotte;Vries;1A;2013-01-01;l@x.nl\n"
        #expect(try importing(pupils, as: .pupil, school).added == 1)
        let again = try importing(pupils.replacingOccurrences(of: "012345", with: "12345"), as: .pupil, school)
        #expect(again.notes.isEmpty, "\(again.notes)")
    }

    /// A number is one person's whichever kind of personnel: `people add` gave a volunteer's number
    /// to a teacher too (a review).
    @Test func aPersonnelNumberIsNotAddedTwice() throws {
        let school = try TestSchool(protocol: "jozefschool")
        _ = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .volunteer, firstName: "Vera", lastName: "Vrij", externalID: "77")
        ).value
        let refused = refusal {
            _ = try school.service.directory.addPerson(
                Person(schoolID: 1, kind: .staff, firstName: "Sam", lastName: "Staf", externalID: "77")
            ).value
        }
        #expect(
            refused?.message.nl.contains("er is al een vrijwilliger met nummer 77: Vera Vrij") == true,
            "\(String(describing: refused))")
    }

    /// A date of birth casus holds, or one of a pupil who left, is not the file's fault: the whole
    /// file was refused over a former pupil's (a review); leaving on a day the pupil could not have
    /// been at school is refused as the date of birth would be.
    @Test func aFormerPupilsDateOfBirthIsCountedToTheirLeaving() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let file = "leerlingnummer;roepnaam;achternaam;groep;geboortedatum\n600;Oud;Leerling;;03-03-2008\n"
        let (oud, _) = try school.pupil("Oud", "Leerling", group: "8")
        _ = try school.service.directory.setLeft(oud.id, on: Fixtures.date("2020-07-01")).value
        _ = try school.service.directory.setAddress(oud.id, born: Fixtures.date("2008-03-03")).value
        _ = try importing(file, as: .pupil, school)
        let (vroeg, _) = try school.pupil("Lies", "Vroeg", group: "1", born: "2021-06-01")
        let left = refusal { _ = try school.service.directory.setLeft(vroeg.id, on: Fixtures.date("2022-01-01")).value }
        #expect(left?.message.nl.contains("vertrek op 01-01-2022") == true, "\(String(describing: left))")
    }

    @Test func aStaffNumberReadAsAnotherKindIsRefused() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let staff = "personeelsnummer;voornaam;achternaam;functie\nP0104;Baukje;Amrani;groepsleerkracht\n"
        _ = try importing(staff, as: .staff, school)
        let refused = refusal { _ = try importing(staff, as: .volunteer, school) }
        #expect(
            refused?.message.nl.contains("f.csv:2: nummer P0104 is al van Baukje Amrani (medewerker") == true,
            "\(String(describing: refused))")
        #expect(try school.service.directory.people(kinds: [.volunteer]).isEmpty)
        // As its own kind it is the same person, unchanged.
        #expect(try importing(staff, as: .staff, school).unchanged == 1)
    }

    @Test func twoPupilsOfOneNameAreTakenOverOnlyWhereTheDateOfBirthTells() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (sem, _) = try school.pupil("Sem", "Dubbel", group: "3", born: "2019-03-03")
        let file =
            "leerlingnummer;roepnaam;achternaam;groep;geboortedatum\n9401;Sem;Dubbel;7;\n9402;Sem;Dubbel;3;03-03-2019\n"
        let report = try importing(file, as: .pupil, school)
        #expect((report.added, report.updated) == (1, 1))
        let kept = try school.service.directory.person(sem.id)
        #expect(kept.externalID == "9402" && kept.group == "3")
        // Neither told apart: refused, both lines named, nothing imported.
        let other = try TestSchool(protocol: "jozefschool")
        let (a, _) = try other.pupil("Sem", "Dubbel", group: "3")
        let refused = refusal { _ = try importing(file, as: .pupil, other) }
        #expect(
            refused?.message.nl.contains(
                "‘Sem Dubbel’ staat 2× in het bestand en is in de school \(a.id) zonder nummer") == true,
            "\(String(describing: refused))")
        #expect(try other.service.directory.person(a.id).externalID == nil)
        #expect(try other.service.directory.people(kinds: [.pupil]).count == 1)
    }
}
