import CasusCore
import CasusTestSupport
import CasusStore
import Foundation
import Testing

@Suite struct ImportTests {
    let pupils = """
        Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;Geboortedatum
        1001;Joëlle;de;Vries;Groep 5;03-04-2017
        1002;Daniël;;Çelik;5;2017-09-30
        1003;"Anna Maria";van der;Berg;8B;1-2-2014
        """

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func aTypicalExportImportsAndReImportsWithoutDuplicates() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let first = try school.service.directory.importPeople(
            kind: .pupil, csv: bytes(pupils), file: "leerlingen.csv", dryRun: false
        ).value
        #expect((first.added, first.updated, first.unchanged) == (3, 0, 0))
        #expect(first.delimiter == ";" && first.encoding == "UTF-8")
        let all = try school.service.directory.people(kinds: [.pupil])
        #expect(Set(all.map(\.name)) == ["Joëlle de Vries", "Daniël Çelik", "Anna Maria van der Berg"])
        #expect(all.first { $0.externalID == "1003" }?.group == "8")
        #expect(all.first { $0.externalID == "1001" }?.birthDate?.iso == "2017-04-03")
        // The same file again changes nothing; a moved pupil is updated, not added.
        let again = try school.service.directory.importPeople(
            kind: .pupil, csv: bytes(pupils), file: "leerlingen.csv", dryRun: false
        ).value
        #expect((again.added, again.updated, again.unchanged) == (0, 0, 3))
        let moved = pupils.replacingOccurrences(of: "1002;Daniël;;Çelik;5", with: "1002;Daniël;;Çelik;6")
        let third = try school.service.directory.importPeople(
            kind: .pupil, csv: bytes(moved), file: "leerlingen.csv", dryRun: false
        ).value
        #expect((third.added, third.updated) == (0, 1))
        #expect(try school.service.directory.people(kinds: [.pupil]).count == 3)
        #expect(third.notes.isEmpty)
        // A file without a pupil casus holds says so, with how to record the leaving (the
        // retention clock starts there); once recorded, the pupil is not named again (a review).
        let without = moved.split(separator: "\n").filter { !$0.hasPrefix("1003;") }.joined(separator: "\n") + "\n"
        let fourth = try school.service.directory.importPeople(
            kind: .pupil, csv: bytes(without), file: "leerlingen.csv", dryRun: false
        ).value
        let said = fourth.notes.map(\.nl).joined()
        #expect(said.contains("1 leerling staat in casus maar niet in dit bestand: Anna Maria van der Berg"), "\(said)")
        #expect(said.contains("casus people leave"))
        let anna = try #require(try school.service.directory.people(kinds: [.pupil]).first { $0.externalID == "1003" })
        try school.service.directory.setLeft(anna.id, on: Fixtures.date("2026-11-13"))
        let fifth = try school.service.directory.importPeople(
            kind: .pupil, csv: bytes(without), file: "leerlingen.csv", dryRun: true
        ).value
        #expect(fifth.notes.isEmpty)
    }

    @Test func windows1252CommasAndQuotesAreRead() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let text = "leerlingnummer,voornaam,tussenvoegsel,achternaam,groep\r\n2001,Zoë,,\"Bakker, jr.\",3\r\n"
        let cp1252 = try #require(text.data(using: .windowsCP1252))
        let r = try school.service.directory.importPeople(
            kind: .pupil, csv: [UInt8](cp1252), file: "export.csv", dryRun: false
        ).value
        #expect(r.encoding == "Windows-1252" && r.delimiter == ",")
        #expect(try school.service.directory.people(kinds: [.pupil]).map(\.name) == ["Zoë Bakker, jr."])
    }

    @Test func everyBadRowIsNamedAndNothingIsImported() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let bad = """
            leerlingnummer;voornaam;tussenvoegsel;achternaam;groep;geboortedatum
            3001;Sem;;Vos;4;12-05-2018
            3002;;;Kok;4;12-05-2018
            3001;Finn;;Bos;4;12-05-2018
            3004;Lotte;;Smit;9;12-05-2018
            3005;Iris;;Dekker;2;31-02-2019
            3006;Bram;Kok
            """
        let e = refusal {
            _ = try school.service.directory.importPeople(kind: .pupil, csv: bytes(bad), file: "l.csv", dryRun: false)
                .value
        }
        let text = e?.message.nl ?? ""
        for line in [
            "l.csv:3: voornaam ontbreekt", "l.csv:4: leerlingnummer 3001 staat ook op regel 2", "l.csv:5: groep ‘9’",
            "l.csv:6: geboortedatum ‘31-02-2019’ is geen datum (dd-mm-jjjj of jjjj-mm-dd): februari 2019 heeft 28 dagen",
            "l.csv:7: 3 velden",
        ] {
            #expect(text.contains(line), "missing: \(line)")
        }
        #expect(text.contains("er is niets ingelezen"))
        #expect(try school.service.directory.people(kinds: [.pupil]).isEmpty)
    }

    @Test func parentsAreLinkedByPupilNumberAndADryRunChangesNothing() throws {
        let school = try TestSchool(protocol: "jozefschool")
        _ = try school.service.directory.importPeople(kind: .pupil, csv: bytes(pupils), file: "l.csv", dryRun: false)
            .value
        let parents =
            "Leerlingnummer;Voornaam;Tussenvoegsel;Achternaam\n1001;Karin;de;Vries\n1001;Jeroen;de;Vries\n1003;Ilse;;Berg\n"
        let dry = try school.service.directory.importPeople(
            kind: .parent, csv: bytes(parents), file: "o.csv", dryRun: true
        ).value
        #expect(dry.added == 3 && dry.dryRun)
        #expect(try school.service.directory.people(kinds: [.parent]).isEmpty)
        _ = try school.service.directory.importPeople(kind: .parent, csv: bytes(parents), file: "o.csv", dryRun: false)
            .value
        let joelle = try #require(
            try school.service.directory.people(kinds: [.pupil]).first { $0.externalID == "1001" })
        let guardians = try school.storage.read { try $0.guardians(ofPupil: joelle.id) }
        #expect(Set(guardians.map(\.name)) == ["Karin de Vries", "Jeroen de Vries"])
        let unknown = refusal {
            _ = try school.service.directory.importPeople(
                kind: .parent, csv: bytes("leerlingnummer;voornaam;achternaam\n9999;X;Y\n"),
                file: "o.csv", dryRun: false
            ).value
        }
        #expect(unknown?.message.nl.contains("o.csv:2: geen leerling met leerlingnummer 9999") == true)
        let missingColumn = refusal {
            _ = try school.service.directory.importPeople(
                kind: .pupil, csv: bytes("naam;klas\nA;1\n"), file: "x.csv", dryRun: false
            ).value
        }
        #expect(missingColumn?.location == "x.csv:1")
    }
}

@Suite struct ExportTests {
    @Test func anInzageExportRedactsOtherPupilsAndIsAudited() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Tygo", "Bouzid", group: "8", parent: "Fatima Bouzid")
        let (victim, _) = try school.pupil("Anna", "Smit", group: "8", parent: "Ayşe Yılmaz")
        let c = try school.openCase(
            about: pupil, articles: ["A.5"], summary: "Tygo zette een foto van Anna Smit op Snapchat.",
            victims: [victim])
        try school.service.cases.addEntry(
            c.id, kind: .meeting, body: "Gesprek met Tygo; Anna voelt zich niet veilig. Mevrouw Yilmaz belde.",
            heard: [.pupil])
        // A step's reason and a report's platform are redacted in every format: the JSON held the
        // reason as it stood, all three the platform (a review).
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto van Anna Smit gedeeld.")).value
        _ = try school.service.intake.report(
            summary: "Tygo plaatste weer iets.", platform: "WhatsApp-groep 'Anna Smit haters'", subjects: [pupil.id])
        for format in DossierExport.Format.allCases {
            let text = try school.service.dossiers.export(pupil.id, format: format)
            #expect(!text.contains("Anna") && !text.contains("Smit"), "\(format) shows another pupil's name")
            #expect(text.contains("haters"), "\(format): the platform")
            // Her mother would name her: replaced, title and all.
            #expect(!text.contains("Yilmaz") && text.contains(format == .md ? "\\[ouder\\] belde" : "[ouder] belde"))
            // Markdown escapes the brackets (a bracket in user text must not start a link).
            #expect(text.contains(format == .md ? "\\[leerling\\]" : "[leerling]"))
            #expect(text.contains("Tygo"))
            #expect(text.contains("Fatima Bouzid"))  // entitled: the parents, the pupil is under 16
            let hash = try school.service.dossiers.dossier(pupil.id).entries.last!.hash
            #expect(text.contains(hash))
        }
        let review = ExportReview.lines(try school.service.dossiers.exportReview(pupil.id)).map(\.nl)
        #expect(review.contains { $0.contains("Mevrouw Yilmaz → [ouder]  (Ayşe Yılmaz)") }, "\(review)")
        let html = try school.service.dossiers.export(pupil.id, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("<script"))
        #expect(
            try school.service.integrity.auditLog(person: pupil.id).filter { $0.action == "dossier.export" }.count == 4
        )
    }
}

/// An inzage answer is whole (AVG art. 15 lid 1): the pupil's own record, the reports about
/// them (a dismissed one too, which no part of the export held), and what the school does with
/// the data; an IB's care notes are named in the review before anything goes out (a review of a
/// director's records duties).
@Suite struct InzageExportTests {
    @Test(arguments: Backend.all)
    func anInzageExportHoldsTheRecordTheReportsAndTheNotice(_ backend: Backend) throws {
        let scratch = Scratch("inzage")
        let clock = TestClock("2026-11-16", hour: 9)
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let ids = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .pupil, firstName: "Ids", lastName: "de Haan", group: "6",
                birthDate: Fixtures.date("2016-03-02"))
        ).value
        let other = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Bakker", group: "6")
        ).value
        let report = try service.intake.report(
            summary: "Ids maakte een nepaccount op naam van Sem Bakker.", platform: "Instagram", subjects: [ids.id]
        ).value
        try service.intake.dismiss(report.id, reason: "Het account was van iemand anders.").value
        _ = try service.dossiers.addEntry(
            person: ids.id, kind: .care, title: "Zorg", body: "Gesprek met moeder over thuis."
        ).value
        for format in DossierExport.Format.allCases {
            let text = try service.dossiers.export(
                ids.id, format: format, retention: RetentionPolicy(pupilYears: 3, staffYears: 5))
            #expect(text.contains("02-03-2016"), "\(format): the birth date")
            #expect(text.contains("nepaccount") && text.contains("Het account was van iemand anders"), "\(format)")
            #expect(!text.contains("Sem Bakker") && !text.contains("Bakker"), "\(format): another pupil's name")
            #expect(text.contains("Autoriteit Persoonsgegevens") && text.contains("3 jaar na het vertrek"), "\(format)")
            #expect(text.contains("AVG art. 15 lid 1 onder c"), "\(format)")
        }
        // A report about two: what it says of the other is the director's to read first.
        let shared = try service.intake.report(
            summary: "Ids en Sem filmden in de kleedkamer.", platform: "Snapchat", subjects: [ids.id, other.id]
        ).value
        try service.intake.dismiss(shared.id, reason: "Het was Sem alleen; besproken met zijn ouders.").value
        let review = ExportReview.lines(try service.dossiers.exportReview(ids.id)).map(\.nl)
        #expect(review.contains { $0.contains("zorgnotities van de intern begeleider (#1)") }, "\(review)")
        #expect(review.contains { $0.hasPrefix("Melding \(shared.id) noemt ook anderen") }, "\(review)")
        // A report about another child that names this one as a witness is theirs to read too.
        let seen = try service.intake.report(
            summary: "Sem zette een filmpje online; Ids zag het.", platform: "TikTok", subjects: [other.id],
            witnesses: [ids.id], evidence: [EvidenceFile(name: "filmpje-sem.mp4", bytes: Array("MP4".utf8))]
        ).value
        let md = try service.dossiers.export(ids.id, format: .md)
        #expect(md.contains("Melding \(seen.id) van") && md.contains("— als getuige"), "\(md)")
        #expect(md.contains("\\[leerling\\] zette een filmpje online; Ids zag het"), "\(md)")
        // Not its files: they show the other child (a witness's export gave another child's nude
        // photo to the witness's parents, a review).
        #expect(!md.contains("filmpje-sem"), "\(md)")
        #expect(md.contains("Bewijsstukken: 1 bestand, niet meegegeven"), "\(md)")
        #expect(try service.dossiers.exportReview(ids.id).evidence == 0)
        // And one the pupil filed, named as its reporter: their own words (it was left out, a review).
        let told = try service.intake.report(
            summary: "Ids meldt dat een klasgenoot haar foto deelde.", platform: "WhatsApp", subjects: [other.id],
            reporter: ids.id
        ).value
        let own = try service.dossiers.export(ids.id, format: .md)
        #expect(own.contains("Melding \(told.id) van") && own.contains("— als melder"), "\(own)")
        // Who reported and was the victim is both, in one order on every backend (a review of a move).
        let both = try service.intake.report(
            summary: "Ids meldt dat zij zelf werd uitgescholden.", platform: "WhatsApp", subjects: [other.id],
            victims: [ids.id], reporter: ids.id
        ).value
        let twice = try service.dossiers.export(ids.id, format: .md)
        #expect(twice.contains("Melding \(both.id) van") && twice.contains("— als slachtoffer, melder"), "\(twice)")
        #expect(review.contains { $0.contains("Sem Bakker → [leerling]") && $0.contains("melding \(report.id)") })
    }
}

@Suite struct IBStaffDossierTests {
    /// An IB tries every way into a staff dossier, and every one is closed.
    @Test func everyWayIntoAStaffDossierIsClosedToAnIB() throws {
        let s = try RolesSchool()
        let ib = try s.school.session("ib")
        let staff = s.staff.id
        let staffEntry = try s.school.service.dossiers.dossier(staff).entries[0]
        #expect(refusal { _ = try ib.dossiers.dossier(staff) }?.kind == .notFound)
        // No export at all: an inzage answer is the director's (a review), of a pupil's dossier too.
        #expect(refusal { _ = try ib.dossiers.export(staff, format: .json) }?.kind == .refused)
        #expect(refusal { _ = try ib.dossiers.export(s.pupil.id, format: .json) }?.kind == .refused)
        #expect(refusal { _ = try ib.cases.detail(s.staffCase.id) }?.kind == .notFound)
        #expect(refusal { _ = try ib.cases.resolve(s.staffCase.number) }?.kind == .notFound)
        #expect(refusal { _ = try ib.cases.assess(s.staffCase.id) }?.kind == .notFound)
        #expect(
            refusal { try ib.dossiers.addEntry(person: staff, kind: .care, title: nil, body: "x").value }?.kind
                == .notFound)
        #expect(refusal { try ib.cases.addEntry(s.staffCase.id, kind: .care, body: "x") }?.kind == .notFound)
        // Only a correction names an entry (which an IB does not write): refused whatever the entry is.
        #expect(
            refusal { _ = try ib.cases.addEntry(s.pupilCase.id, kind: .care, body: "x", corrects: staffEntry.id) }?.kind
                == .invalid)
        #expect(try ib.directory.people().contains { $0.id == staff } == false)
        #expect(try ib.directory.people(text: "Bakker").isEmpty)
        #expect(
            try ib.cases.rows(CaseFilter(status: nil), offset: 0, limit: 1000).allSatisfy {
                $0.subjectKind == .pupil || $0.subjectKind == .parent
            })
        #expect(try ib.dossiers.search("Rob").isEmpty)
        #expect(try ib.dossiers.search("vriendschapsverzoeken").isEmpty)
        #expect(try ib.reports.statistics().byArticle.allSatisfy { $0.key != "3A.6" })
        #expect(try ib.reports.statistics().openObligations.allSatisfy { $0.caseNumber != s.staffCase.number })
        #expect(refusal { _ = try ib.dossiers.evidence(String(repeating: "0", count: 64)) }?.kind == .refused)
        #expect(refusal { _ = try ib.integrity.auditLog(person: staff) }?.kind == .refused)
    }
}
