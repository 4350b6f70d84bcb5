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
