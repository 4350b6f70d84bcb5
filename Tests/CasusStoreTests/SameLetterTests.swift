import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A letter is filed for good: the same one (one template, one address, since the step it is
/// written from) is not filed a second time unless asked for knowingly. Two directors filing at
/// once each filed theirs, and three shells filed six suspension decisions (a review); the check
/// is read in the write's own transaction, so the second of two at once sees the first.
@Suite struct SameLetterTests {
    let scratch = Scratch("same-letter")

    @Test(arguments: Backend.all)
    func theSameLetterIsFiledOnceUnlessAskedAgain(_ backend: Backend) throws {
        let clock = TestClock("2026-11-16")
        let service = try jozefschool(on: try backend.make(in: scratch), clock: clock.clock)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Noor", lastName: "Bos", group: "7")
        ).value
        for (first, street) in [("Ilse", "Dorpsstraat 1"), ("Rob", "Kerkstraat 2")] {
            try service.directory.addPerson(
                Person(
                    schoolID: 1, kind: .parent, firstName: first, lastName: "Bos",
                    address: PostalAddress(street: street, postcode: "8011 AA", town: "Zwolle")), guardianOf: pupil.id)
        }
        let report = try service.intake.report(summary: "Foto gedeeld.", platform: "Snapchat", subjects: [pupil.id])
            .value
        let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["A.5"], severity: nil).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto gedeeld.")).value
        let t = try Fixtures.letters.require("waarschuwing")
        // The facts in the director's words (the field the letter asks to fill in).
        func filled(_ body: String) -> String {
            body.replacingOccurrences(of: #"\[[^\]]*\]"#, with: "Noor deelde een foto.", options: .regularExpression)
        }
        let drafts = try service.letters.drafts(case: c.id, template: t).map { (body: filled($0.body), to: $0.to) }
        #expect(drafts.count == 2, "one letter per parent's address")
        // Each parent's letter once: the second address is not the same letter.
        let first = try service.letters.file(case: c.id, template: t, body: drafts[0].body).value
        try service.letters.file(case: c.id, template: t, body: drafts[1].body).value
        // The first again: refused, saying which entry holds it, and nothing filed.
        let count = try service.dossiers.dossier(pupil.id).entries.count
        var refused: CasusError?
        do { try service.letters.file(case: c.id, template: t, body: drafts[0].body) } catch let e as CasusError {
            refused = e
        }
        #expect(refused?.canInsist == true && refused?.kind == .refused)
        #expect(
            refused?.message.nl.contains("stuk \(first.entry.id), nr. \(first.entry.seq)") == true,
            "\(String(describing: refused))")
        #expect(refused?.message.nl.contains("aan I. Bos") == true, "\(String(describing: refused))")
        #expect(try service.dossiers.dossier(pupil.id).entries.count == count)
        let copies = try service.letters.earlierCopies(case: c.id, template: t, bodies: drafts.map(\.body))
        #expect(copies.map { $0?.id } == [first.entry.id, copies[1]?.id] && copies.allSatisfy { $0 != nil })
        // Knowingly a second (a corrected version): filed.
        try service.letters.file(case: c.id, template: t, body: drafts[0].body, again: true).value
        #expect(try service.dossiers.dossier(pupil.id).entries.count == count + 1)
        // A new step is a new letter: a second warning's letter is not the first one's.
        clock.set("2026-11-17")
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Weer een foto.")).value
        try service.letters.file(
            case: c.id, template: t, body: filled(try service.letters.drafts(case: c.id, template: t)[0].body)
        ).value
        #expect(try service.integrity.verify().isSound)
    }
}
