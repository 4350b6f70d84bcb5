import CasusCore
import CasusDemo
import CasusTestSupport
import Foundation
import Testing

/// An inzage export holds the person's data whole (AVG art. 15 lid 3): the screenshot that came
/// with a report about them was in no part of it, an entry named its files by their hashes only,
/// and a corrected entry stood in the HTML as if it still held (art. 16; a review).
@Suite struct ExportEvidenceTests {
    @Test(arguments: Backend.all)
    func theExportNamesEveryFileMarksCorrectionsAndWritesTheFilesBesideIt(_ backend: Backend) throws {
        let scratch = Scratch("export-evidence")
        let storage = try backend.make(in: scratch)
        let clock = TestClock("2026-11-18")
        _ = try DemoSchool.populate(
            storage: storage, protocolID: "koe-troubadour", account: "tester", profiles: Fixtures.profiles,
            clock: clock.clock)
        let director = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: clock.clock)
        let pupils = try director.directory.people(kinds: [.pupil], limit: 2)
        let (subject, victim) = (pupils[0], pupils[1])
        let shot = EvidenceFile(name: "schermafbeelding-groepsapp.png", bytes: Array("PNG groepsapp".utf8))
        _ = try director.intake.report(
            summary: "Een foto van een klasgenoot op Snapchat gezet.", platform: "Snapchat", subjects: [subject.id],
            victims: [victim.id], evidence: [shot])
        let photo = EvidenceFile(name: "foto-pleintje.jpg", bytes: Array("JPG pleintje".utf8))
        let note = try director.dossiers.addEntry(
            person: victim.id, kind: .note, title: "Gesprek", body: "Het waren 14 klasgenoten.", evidence: [photo]
        ).value
        let correction = try director.dossiers.addEntry(
            person: victim.id, kind: .correction, title: nil, body: "Het waren 4 klasgenoten.", corrects: note.id
        ).value

        for format in [DossierExport.Format.md, .html] {
            let text = try director.dossiers.export(victim.id, format: format)
            #expect(
                text.contains("Bewijsstukken: 2 bestanden horen bij deze gegevens (AVG art. 15 lid 3)"), "\(format)")
            #expect(
                text.contains("Bewijsstuk: schermafbeelding-groepsapp.png (13 B, sha256 \(shot.sha256.prefix(12))…)"))
            #expect(text.contains("Bewijsstuk: foto-pleintje.jpg (12 B, sha256 \(photo.sha256.prefix(12))…)"))
            #expect(text.contains("gecorrigeerd door #\(correction.seq)"), "\(format): \(text)")
            #expect(text.contains("corrigeert #\(note.seq)"), "\(format)")
        }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try director.dossiers.export(victim.id, format: .json).utf8))
                as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        let corrected = try #require(
            entries.first { ($0["corrects"] as? Int64) != nil || ($0["corrects"] as? Int) != nil })
        #expect(
            entries.contains { ($0["id"] as? Int).map(Int64.init) == (corrected["corrects"] as? Int).map(Int64.init) })
        #expect((json["evidenceFiles"] as? [[String: Any]])?.first?["name"] as? String == "foto-pleintje.jpg")

        #expect(try director.dossiers.exportReview(victim.id).evidence == 2)
        let folder = scratch.path("afgifte")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let written = try director.dossiers.exportEvidence(victim.id, in: folder)
        // Named by their hash, as the export names them: a file's own name may name another pupil
        // ("foto-van-Maaike.png" went to the parents, a review).
        #expect(
            written.map { ($0 as NSString).lastPathComponent }.sorted()
                == ["bewijs-\(photo.sha256.prefix(12)).jpg", "bewijs-\(shot.sha256.prefix(12)).png"].sorted())
        #expect(try written.map { try Array(Data(contentsOf: URL(fileURLWithPath: $0))) }.contains(shot.bytes))
        // Written again into the same folder: the same files, none beside them.
        #expect(try director.dossiers.exportEvidence(victim.id, in: folder).sorted() == written.sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2)
    }
}
