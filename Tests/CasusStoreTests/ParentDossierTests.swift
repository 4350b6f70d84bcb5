import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// A parent has no dossier of their own: a director looking for one (the parent a case is about)
/// was told "dossier 156 bestaat niet" (a review). The parent's own inzage request is answered by
/// the export of the parent (ParentInzageTests).
@Suite struct ParentDossierTests {
    @Test func aParentsDossierPointsToTheChilds() throws {
        let scratch = Scratch("parent-dossier")
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let child = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Thijs", lastName: "de Boer", group: "4")
        ).value
        let parent = try service.directory.addPerson(
            Person(schoolID: 1, kind: .parent, firstName: "Anke", lastName: "de Boer"), guardianOf: child.id
        ).value
        for read in [{ _ = try service.dossiers.dossier(parent.id) }] {
            do {
                try read()
                Issue.record("a parent's dossier was shown")
            } catch let error as CasusError {
                #expect(error.message.nl.contains("is een ouder en heeft geen eigen dossier"), "\(error.message.nl)")
                #expect(error.message.nl.contains("Thijs de Boer (\(child.id))"))
                #expect(error.hint?.nl.contains("AVG art. 15") == true)
                #expect(error.hint?.nl.contains("`casus dossier export \(parent.id)`") == true)
            }
        }
    }
}
