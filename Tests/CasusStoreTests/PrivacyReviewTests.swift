import CasusCore
import CasusStore
import Foundation
import Testing
import CasusTestSupport

/// What a privacy officer found an inzage export and the read log give away.
@Suite struct PrivacyReviewTests {
    /// Parents who live apart get a letter each; the export quoted both letters whole, and gave
    /// each parent the other's home address (AVG art. 15 lid 4, a review).
    @Test func anExportLeavesTheLettersAddressesOut() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Sanne", "de Vries", group: "6", parent: "Petra de Vries")
        try school.service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Kees", lastName: "de Vries",
                address: PostalAddress(street: "Geheimweg 9", postcode: "8912 CD", town: "Sneek")),
            guardianOf: pupil.id)
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let letters = try school.service.fileDrafts(c, "waarschuwing")
        #expect(letters.count == 2 && letters.contains { $0.body.contains("Geheimweg 9") })
        for format in DossierExport.Format.allCases {
            let text = try school.service.dossiers.export(pupil.id, format: format)
            #expect(
                !text.contains("Geheimweg") && !text.contains("8912") && !text.contains("Dorpsstraat 1"), "\(format)")
            #expect(text.contains("Kees de Vries") || text.contains("K. de Vries"), "the addressee stays named")
            #expect(text.contains("adres weggelaten"))
        }
        let review = try school.service.dossiers.exportReview(pupil.id)
        #expect(review.addressesLeftOut.count == 2)
        #expect(ExportReview.lines(review).contains { $0.nl.contains("het adres van de geadresseerde weggelaten") })
    }

    /// A corrected letter printed again as a PDF to sign, the wrong fact in it and the correction
    /// on no page, with no word (AVG art. 16, a review).
    @Test func aCorrectedLetterIsNotPrintedToSignAgain() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Anouk", "de Jong", group: "6", parent: "Mark de Jong")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let letter = try #require(try school.service.fileDrafts(c, "waarschuwing").first)
        _ = try school.service.letters.document(entry: letter.id)
        _ = try school.service.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: "Correctie", body: "Geen foto's maar een video.",
            corrects: letter.id)
        let refused = refusal { _ = try school.service.letters.document(entry: letter.id) }
        #expect(refused?.message.nl.contains("is gecorrigeerd door #") == true, "\(String(describing: refused))")
        #expect(refused?.hint?.nl.contains("Schrijf de brief opnieuw") == true)
    }
}
