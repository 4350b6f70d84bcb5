import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A case about a parent is filed in the child's dossier (DESIGN.md §1). The child's export gave it
/// to both parents with no word, and a parent's own request for their data was refused with "heeft
/// geen eigen dossier" (AVG art. 15, lid 4; a review).
@Suite struct ParentInzageTests {
    struct World {
        var service: CasusService
        var pupil: Person
        var mother: Person
        var parentCase: Case
        var pupilCase: Case
    }

    static func world(_ backend: Backend, in scratch: Scratch) throws -> World {
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-18")
        let service = try jozefschool(on: storage, clock: clock.clock)
        let dir = service.directory
        let address = PostalAddress(street: "Dorpsstraat 1", postcode: "8011 AA", town: "Zwolle")
        let pupil = try dir.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Tygo", lastName: "Bouzid", group: "8")
        )
        .value
        let mother = try dir.addPerson(
            Person(schoolID: 1, kind: .parent, firstName: "Fatima", lastName: "Bouzid", address: address),
            guardianOf: pupil.id
        ).value
        _ = try dir.addPerson(
            Person(schoolID: 1, kind: .parent, firstName: "Karim", lastName: "Bouzid", address: address),
            guardianOf: pupil.id)
        _ = try dir.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Bas", lastName: "de Wit", address: address)
        ).value
        let aboutMother = try service.intake.report(
            summary: "Fatima Bouzid schreef op Facebook over meester Bas; Karim Bouzid stuurde het door.",
            platform: "Facebook", subjects: [mother.id]
        ).value
        let parentCase = try service.cases.open(
            incident: aboutMother.id, subject: mother.id, articles: ["A.7"], severity: nil,
            summary: "Beledigend bericht over een leerkracht."
        ).value
        _ = try service.cases.addEntry(
            parentCase.id, kind: .phone, body: "Gebeld met Fatima Bouzid; Karim Bouzid was erbij.")
        let aboutPupil = try service.intake.report(
            summary: "Tygo zette een foto van een klasgenoot op Snapchat.", platform: "Snapchat", subjects: [pupil.id]
        ).value
        let pupilCase = try service.cases.open(
            incident: aboutPupil.id, subject: pupil.id, articles: ["A.5"], severity: nil,
            summary: "Foto zonder toestemming."
        ).value
        _ = try service.cases.addEntry(pupilCase.id, kind: .note, body: "Tygo zegt dat het een grap was.")
        return World(service: service, pupil: pupil, mother: mother, parentCase: parentCase, pupilCase: pupilCase)
    }

    @Test(arguments: Backend.all)
    func theChildsExportWarnsOfACaseAboutAParent(_ backend: Backend) throws {
        let scratch = Scratch("parent-case-warning")
        let w = try Self.world(backend, in: scratch)
        let review = try w.service.dossiers.exportReview(w.pupil.id)
        let entries = try w.service.dossiers.timelinePage(w.pupil.id, offset: 0, limit: 100).items.map(\.entry).filter {
            $0.caseID == w.parentCase.id
        }.sorted { $0.seq < $1.seq }
        #expect(review.parentCases.map(\.number) == [w.parentCase.number])
        #expect(review.parentCases.first?.entries == entries.map(\.seq) && !entries.isEmpty)
        let said = ExportReview.lines(review).map(\.nl).joined(separator: "\n")
        #expect(
            said.contains(
                "Zaak \(w.parentCase.number) gaat over een ouder, Fatima Bouzid, niet over de leerling: de zaak en de stukken daarvan"
            ), "\(said)")
        #expect(said.contains("AVG art. 15 lid 4"))
        #expect(said.contains("`casus dossier export \(w.mother.id)`"))
    }

    @Test(arguments: Backend.all)
    func aParentGetsWhatIsRecordedAboutThemAndNoMore(_ backend: Backend) throws {
        let scratch = Scratch("parent-inzage")
        let w = try Self.world(backend, in: scratch)
        let md = try w.service.dossiers.export(w.mother.id, format: .md)
        #expect(md.contains("# Gegevens over Fatima Bouzid (ouder/verzorger)"), "\(md)")
        #expect(md.contains("Inzage voor: de ouder/verzorger zelf"))
        #expect(md.contains("Ouder/verzorger van: Tygo Bouzid"))
        #expect(md.contains("Zaak \(w.parentCase.number)"))
        #expect(md.contains("Gebeld met Fatima Bouzid; \\[ouder\\] was erbij."), "the other parent is another's data")
        #expect(!md.contains("Karim"))
        // The child's own case is the child's, not the parent's data.
        #expect(!md.contains(w.pupilCase.number))
        #expect(!md.contains("een grap"))
        #expect(
            md.contains(
                "de zaken over de ouder en hun stukken, en de brieven aan de ouder, die in het dossier van het kind staan; niet opgenomen zijn zorgnotities over het kind"
            ))
        // The export is held against the chains like any other.
        #expect(try w.service.integrity.check(document: md, name: "ouder.md").isSound)
        let json = try w.service.dossiers.export(w.mother.id, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["entries"] as? [[String: Any]])?.count == 1)
        #expect(try w.service.integrity.check(document: json, name: "ouder.json").isSound)
    }
}

/// A parent's own export holds the letters addressed to her in her child's cases, and leaves out the
/// child's care notes filed under a case about her: her export held neither letter while they lay
/// in her child's dossier, and gave her a care note about her child (a care note may hold a signal
/// about home, under the meldcode) with a general warning only (AVG art. 15 lid 4; a privacy review).
@Suite struct ParentOwnExportTests {
    @Test(arguments: Backend.all)
    func aParentsOwnExportHoldsTheLettersToHerAndNotTheChildsCareNotes(_ backend: Backend) throws {
        let scratch = Scratch("parent-own-export")
        let w = try ParentInzageTests.world(backend, in: scratch)
        try w.service.cases.step(w.pupilCase.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming."))
            .value
        let letter = try #require(try w.service.fileDrafts(w.pupilCase, "waarschuwing", limit: 1).first)
        try w.service.directory.addUser(account: "ib_anna", role: .ib, personID: nil, schoolID: 1).value
        let ib = try CasusService.session(
            storage: w.service.session.storage, account: "ib_anna", profiles: Fixtures.profiles)
        let care = try ib.cases.addEntry(w.parentCase.id, kind: .care, body: "Tygo vertelt over ruzie thuis.").value
        let md = try w.service.dossiers.export(w.mother.id, format: .md)
        #expect(md.contains("### #\(letter.seq) (dossier van Tygo Bouzid)"), "\(md)")
        #expect(!md.contains("ruzie thuis") && !md.contains("### #\(care.seq) "), "\(md)")
        let review = try w.service.dossiers.exportReview(w.mother.id)
        #expect(review.entriesLeftOut == ["#\(care.seq) (dossier van Tygo Bouzid)"])
        #expect(review.lettersToParent == ["#\(letter.seq) (dossier van Tygo Bouzid)"])
        let said = ExportReview.lines(review).map(\.nl).joined(separator: "\n")
        #expect(said.contains("meldcode") && said.contains("aan deze ouder gericht"), "\(said)")
        // Fatima moves (no other parent is named as she is): her letter stays hers.
        try w.service.directory.setAddress(w.mother.id, street: "Nieuwstraat 7", postcode: "8262 CC", town: "Kampen")
            .value
        #expect(try w.service.dossiers.export(w.mother.id, format: .md).contains("### #\(letter.seq) "))
        // The child's own export keeps its care note, and a note in the child's case stays out of hers.
        #expect(try w.service.dossiers.export(w.pupil.id, format: .md).contains("ruzie thuis"))
        #expect(!md.contains("Tygo zegt dat het een grap was"))
    }
}

/// A parent's own export takes only the letters written to that parent: not the other parent's of
/// the same initials at a nearby number, not a letter in a case about the other parent, and still
/// her own after she moved; and no correction of a care note left out (a privacy review).
@Suite struct ParentOwnLettersTests {
    @Test(arguments: Backend.all)
    func onlyTheLettersToThisParentAndNoCorrectionOfACareNote(_ backend: Backend) throws {
        let scratch = Scratch("parent-own-letters")
        let clock = TestClock("2026-11-18")
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let dir = service.directory
        let sem = try dir.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Hendriks", group: "7")
        ).value
        func parent(_ first: String, _ street: String) throws -> Person {
            try dir.addPerson(
                Person(
                    schoolID: 1, kind: .parent, firstName: first, lastName: "Hendriks",
                    address: PostalAddress(street: street, postcode: "8011 AA", town: "Zwolle")),
                guardianOf: sem.id
            ).value
        }
        let kees = try parent("Kees", "Dorpsstraat 14")
        let karin = try parent("Karin", "Dorpsstraat 1")
        // A warning for Sem, one letter to each address; a case about Kees, with its own warning.
        let aboutSem = try service.intake.report(summary: "Filmpje.", platform: nil, subjects: [sem.id]).value
        let semCase = try service.cases.open(
            incident: aboutSem.id, subject: sem.id, articles: ["A.5"], severity: nil
        ).value
        try service.cases.step(semCase.id, StepRequest(rung: .warning, reason: "Filmpje gedeeld.")).value
        let toParents = try service.fileDrafts(semCase, "waarschuwing")
        #expect(toParents.count == 2)
        let aboutKees = try service.intake.report(summary: "Bericht van vader.", platform: nil, subjects: [kees.id])
            .value
        let keesCase = try service.cases.open(
            incident: aboutKees.id, subject: kees.id, articles: ["A.7"], severity: nil, dossierPupil: sem.id
        ).value
        try service.cases.step(keesCase.id, StepRequest(rung: .warning, reason: "Beledigend bericht.")).value
        let toKees = try #require(try service.fileDrafts(keesCase, "waarschuwing").first)
        func letters(_ p: Person) throws -> [Int64] {
            let md = try service.dossiers.export(p.id, format: .md)
            return (toParents + [toKees]).map(\.seq).filter { md.contains("### #\($0) ") }
        }
        // Named alike ("K. Hendriks"), the two cannot be told apart by their names: neither letter to
        // Sem's parents is given to either, both are named on the review; Kees's own warning, in
        // the case about him, is not Karin's. Where they live now does not decide it: a move
        // changes nothing.
        #expect(try letters(karin).isEmpty)
        #expect(try service.dossiers.exportReview(karin.id).lettersUnsure.count == 2)
        #expect(try letters(kees) == [toKees.seq])
        try dir.setAddress(karin.id, street: "Nieuwstraat 7", postcode: "8262 CC", town: "Kampen").value
        #expect(try letters(karin).isEmpty && letters(kees) == [toKees.seq], "after her move")
        // With their titles recorded, a new letter names one of them: hers alone.
        try dir.setAddress(karin.id, salutation: .mevrouw).value
        try dir.setAddress(kees.id, salutation: .heer).value
        let again = try service.fileDrafts(semCase, "waarschuwing", again: true)
        let hers = try #require(again.first { $0.body.contains("Mevrouw K. Hendriks") })
        let md2 = try service.dossiers.export(karin.id, format: .md)
        #expect(try md2.contains("### #\(hers.seq) ") && letters(karin).isEmpty, "\(again.map(\.body))")
        // A care note under the case about Kees, and a correction of it: neither goes to Kees.
        try dir.addUser(account: "ib_anna", role: .ib, personID: nil, schoolID: 1).value
        let ib = try CasusService.session(
            storage: service.session.storage, account: "ib_anna", profiles: Fixtures.profiles)
        let care = try ib.cases.addEntry(keesCase.id, kind: .care, body: "Sem vertelt over de kelder.").value
        _ = try service.dossiers.addEntry(
            person: sem.id, kind: .correction, title: "Correctie", body: "Sem vertelde over de riem.", corrects: care.id
        ).value
        // A care note in no case, corrected under the case about Kees: the correction is the child's too.
        let loose = try ib.dossiers.addEntry(person: sem.id, kind: .care, title: nil, body: "Sem slaapt slecht.").value
        _ = try service.cases.addEntry(
            keesCase.id, kind: .correction, body: "Sem slaapt slecht door de zolder.", corrects: loose.id
        ).value
        let md = try service.dossiers.export(kees.id, format: .md)
        #expect(!md.contains("kelder") && !md.contains("riem") && !md.contains("zolder"), "\(md)")
        #expect(try service.dossiers.exportReview(kees.id).entriesLeftOut.count == 2)
    }
}

/// A parent of two children, a case about them in each child's dossier: the export says whose
/// dossier each entry is in, corrections name theirs, and `verify --against` counts what was
/// written about the parent since (it said nothing was added, a review).
@Suite struct ParentOfTwoInzageTests {
    @Test(arguments: Backend.all)
    func twoChildrensDossiersAreToldApartAndHeldAgainstTheChain(_ backend: Backend) throws {
        let scratch = Scratch("parent-of-two")
        let clock = TestClock("2026-11-18")
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let dir = service.directory
        let tygo = try dir.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Tygo", lastName: "Bouzid", group: "8", externalID: "1001")
        ).value
        let eva = try dir.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Eva", lastName: "Bouzid", group: "5", externalID: "1002")
        ).value
        _ = try dir.importPeople(
            kind: .parent,
            csv: Array("Leerlingnummer;Voornaam;Achternaam\n1001;Fatima;Bouzid\n1002;Fatima;Bouzid\n".utf8),
            file: "ouders.csv", dryRun: false)
        let mother = try #require(try dir.people(kinds: [.parent]).first)
        var cases: [Case] = []
        for child in [tygo, eva] {
            let report = try service.intake.report(
                summary: "Fatima Bouzid stuurde een bericht over een leerkracht.", platform: "WhatsApp",
                subjects: [mother.id]
            ).value
            cases.append(
                try service.cases.open(
                    incident: report.id, subject: mother.id, articles: ["A.7"], severity: nil, dossierPupil: child.id,
                    summary: "Bericht over een leerkracht."
                ).value)
        }
        let first = try service.cases.addEntry(cases[1].id, kind: .note, body: "Gesprek gepland.").value
        _ = try service.cases.addEntry(cases[0].id, kind: .phone, body: "Gebeld met Fatima.").value
        let md = try service.dossiers.export(mother.id, format: .md)
        #expect(md.contains("### #\(first.seq) (dossier van Eva Bouzid)"), "\(md)")
        #expect(md.contains("(dossier van Tygo Bouzid)"))
        #expect(md.contains("uit het dossier van Eva Bouzid en van Tygo Bouzid"), "\(md)")
        #expect(!md.contains("Leerlingnummer"))
        let fresh = try service.integrity.check(document: md, name: "ouder.md")
        #expect(fresh.isSound && fresh.seals.first?.laterEntries == 0)
        clock.set("2026-11-19")
        _ = try service.cases.addEntry(cases[1].id, kind: .correction, body: "Gesprek gehouden.", corrects: first.id)
        _ = try service.cases.addEntry(cases[0].id, kind: .note, body: "Nog een notitie over Fatima.")
        let later = try service.integrity.check(document: md, name: "ouder.md")
        #expect(later.isSound)
        #expect(later.seals.first?.aboutParent == true)
        #expect(later.seals.first?.laterEntries == 2, "\(String(describing: later.seals.first?.laterEntries))")
        #expect(later.seals.first?.laterCorrections.map(\.entry) == [first.seq])
    }
}
