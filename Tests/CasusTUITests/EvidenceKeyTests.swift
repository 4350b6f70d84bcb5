import CasusCore
@testable import CasusTUI
import CasusTestSupport
import Foundation
import Testing

/// `b` on a report writes its evidence as files in the PDFs' folder, and says where; a report
/// without evidence says so. A teacher's screenshot was shown as a name and a hash, and nothing
/// opened it (a review).
@Suite struct EvidenceKeyTests {
    let scratch = Scratch("evidence-key")

    @Test func bOnAReportWritesItsScreenshotAndSaysWhere() throws {
        let folder = scratch.path("pdf")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30, files: folder)
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1)[0]
        let shot = EvidenceFile(name: "groepsapp.png", bytes: Array("PNG-bytes".utf8))
        _ = try service.intake.report(
            summary: "Screenshot van de groepsapp.", platform: "WhatsApp", subjects: [pupil.id], evidence: [shot])
        rt.send(.event(.tick))
        rt.press(.char("1"), .end, .enter)
        #expect(rt.frame.text.contains("groepsapp.png"), "\(rt.frame.text)")
        #expect(rt.frame.text.contains("b bewijs"), "the footer offers it: \(rt.frame.text)")
        rt.press(.char("b"))
        #expect(rt.state.status?.text.contains("Bewijs geschreven: \(folder)/groepsapp.png") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/groepsapp.png")) == Data(shot.bytes))
        // A report without evidence: said, nothing written.
        rt.press(.escape, .home, .enter, .char("b"))
        #expect(rt.state.status?.text.contains("geen bewijs") == true, "\(String(describing: rt.state.status))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["groepsapp.png"])
    }
}
