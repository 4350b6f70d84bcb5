import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// One dossier entry read on its own (a search hit opened): with its corrections, audited, and
/// only where the reader may read the dossier, on every backend.
@Suite struct EntryReadTests {
    let scratch = Scratch("entry-read")

    @Test(arguments: Backend.all)
    func anEntryReadsWithItsCorrectionsAndLeavesAnAuditLine(_ backend: Backend) throws {
        let clock = TestClock("2026-11-26", hour: 9)
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Vos", group: "7")
        ).value
        let note = try service.dossiers.addEntry(
            person: pupil.id, kind: .note, title: "Gesprek", body: "Sem vertelt over het filmpje.", corrects: nil
        ).value
        let fix = try service.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: "Correctie", body: "Het was een foto.", corrects: note.id
        ).value
        // A correction of the correction is shown too (it was left out, a review).
        let fixAgain = try service.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: "Correctie", body: "Een foto, geen filmpje.", corrects: fix.id
        ).value
        let before = try service.integrity.auditLog(person: pupil.id).filter { $0.action == "dossier.read" }.count
        let read = try service.dossiers.entry(note.id)
        #expect(read.entry.id == note.id && read.entry.body == note.body)
        #expect(read.corrections.map(\.id) == [fix.id, fixAgain.id])
        let lines = try service.integrity.auditLog(person: pupil.id).filter { $0.action == "dossier.read" }
        #expect(lines.count == before + 1 && lines.contains { $0.detail == "stuk \(note.seq)" })
        #expect(throws: CasusError.self) { try service.dossiers.entry(note.id + 1000) }
        // A correction names the number of what it corrects, as the timeline shows it (its id, a
        // number the screens never show, was what the entry screen said).
        #expect(try service.dossiers.entry(fixAgain.id).correctsSeq == fix.seq)
        #expect(try service.dossiers.entry(note.id).correctsSeq == nil)
    }

    /// An IB reads a pupil's entry, never a staff member's: it reads as not existing.
    @Test func anIBReadsNoStaffEntry() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Lotte", "Jansen", parent: "Anne Jansen")
        let staff = try school.service.directory.addPerson(
            Person(schoolID: 1, kind: .staff, firstName: "Kees", lastName: "Smit")
        ).value
        let pupilNote = try school.service.dossiers.addEntry(
            person: pupil.id, kind: .note, title: nil, body: "Over Lotte.", corrects: nil
        ).value
        let staffNote = try school.service.dossiers.addEntry(
            person: staff.id, kind: .note, title: nil, body: "Over Kees.", corrects: nil
        ).value
        try school.service.directory.addUser(account: "ib", role: .ib, personID: nil).value
        let ib = try school.session("ib")
        #expect(try ib.dossiers.entry(pupilNote.id).entry.body == "Over Lotte.")
        let refused = #expect(throws: CasusError.self) { try ib.dossiers.entry(staffNote.id) }
        // As an entry that is not there: not "dossier N", which told whose it was.
        #expect(refused?.message.nl == "stuk \(staffNote.id) bestaat niet (of u mag het niet zien)")
    }
}

/// An IB corrects a slip in its own care note (it could add one but not correct it, a review);
/// never a director's note or letter, by casus or on the server.
@Suite struct CareNoteCorrectionTests {
    @Test func anIBCorrectsACareNoteAndNothingElse() throws {
        let school = try TestSchool(protocol: "jozefschool", on: "2026-11-16")
        let (pupil, _) = try school.pupil("Lotte", "Jansen", parent: "Anne Jansen")
        try school.service.directory.addUser(account: "ib", role: .ib, personID: nil).value
        let ib = try school.session("ib")
        let care = try ib.dossiers.addEntry(person: pupil.id, kind: .care, title: nil, body: "Lotte is stil.").value
        let fix = try ib.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: nil, body: "Lotte was stil op dinsdag.", corrects: care.id
        ).value
        #expect(fix.corrects == care.id)
        // Its own correction, corrected again.
        _ = try ib.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: nil, body: "Op woensdag.", corrects: fix.id
        ).value
        let note = try school.service.dossiers.addEntry(
            person: pupil.id, kind: .note, title: nil, body: "Gesprek met moeder.", corrects: nil
        ).value
        let refused = refusal {
            _ = try ib.dossiers.addEntry(
                person: pupil.id, kind: .correction, title: nil, body: "Anders.", corrects: note.id
            ).value
        }
        #expect(refused?.kind == .refused, "\(String(describing: refused))")
        // Another's care note is theirs (or the director's) to correct: an IB marked the director's
        // and another IB's notes corrected, and the parents' export showed them so (a review).
        try school.service.directory.addUser(account: "ib2", role: .ib, personID: nil).value
        let other = try school.session("ib2")
        let theirs = refusal {
            _ = try other.dossiers.addEntry(
                person: pupil.id, kind: .correction, title: nil, body: "Niet stil.", corrects: care.id
            ).value
        }
        #expect(
            theirs?.message.nl.contains("is een zorgnotitie van ib; u corrigeert alleen wat u zelf schreef") == true,
            "\(String(describing: theirs))")
        #expect(try school.service.dossiers.dossier(pupil.id).entries.count == 4, "nothing more was written")
        // A note in a dossier, or on a case, is a care note for an IB: said, with how (a review).
        let inDossier = refusal {
            _ = try other.dossiers.addEntry(person: pupil.id, kind: .note, title: nil, body: "Gesprek.").value
        }
        #expect(inDossier?.message.nl.contains("schrijft zorgnotities, geen notitie") == true)
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        let asNote = refusal { _ = try other.cases.addEntry(c.id, kind: .note, body: "Gesprek gehad.").value }
        #expect(asNote?.message.nl.contains("schrijft zorgnotities, geen notitie") == true)
        #expect(asNote?.hint?.nl.contains("--kind care") == true)
        let inCase = try other.cases.addEntry(c.id, kind: .care, body: "Gesprek gehad.").value
        // Corrected on the case it was written in, as in the dossier: `casus note CASE --corrects`
        // was refused as "brieven en notities vastleggen" (a review); another's is not hers.
        let fixedInCase = try other.cases.addEntry(
            c.id, kind: .correction, body: "Gesprek gehad op maandag.", corrects: inCase.id
        ).value
        #expect(fixedInCase.corrects == inCase.id && fixedInCase.caseID == c.id)
        let notHers = refusal {
            _ = try other.cases.addEntry(c.id, kind: .correction, body: "Anders.", corrects: note.id).value
        }
        #expect(
            notHers?.message.nl.contains("u corrigeert alleen wat u zelf schreef") == true,
            "\(String(describing: notHers))")
        // The director may correct it (an AVG art. 16 request goes to the school).
        _ = try school.service.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: nil, body: "Op verzoek van de ouders: niet stil.",
            corrects: care.id
        ).value
    }
}
