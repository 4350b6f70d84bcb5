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

/// The Zaken filters offer an IB only what its cases can be: "medewerker", "berisping" and
/// "ontslag" were each an always empty list, as if staff cases were hidden somewhere (a review).
@Suite struct CaseFilterScopeTests {
    @Test func anIBsFiltersCycleThroughPupilsAndParentsOnly() throws {
        let (rt, _) = try TUIFixture.runtimeAndService(width: 100, height: 30, account: "demo-ib")
        rt.press(.char("2"))
        var said: [String] = []
        for _ in 0..<4 {
            rt.press(.char("b"))
            said.append(rt.state.status?.text ?? "")
        }
        for _ in 0..<16 {
            rt.press(.char("r"))
            said.append(rt.state.status?.text ?? "")
        }
        #expect(said.contains { $0.contains("leerling") } && said.contains { $0.contains("waarschuwing") }, "\(said)")
        for staffOnly in ["medewerker", "berisping", "ontslag", "ordemaatregel"] {
            #expect(!said.contains { $0.contains(staffOnly) }, "\(staffOnly): \(said)")
        }
        // With "ouder" chosen, a parent's rungs only (time-out and ICT-verbod were offered, a review).
        rt.press(.char("f"))
        while !(rt.state.status?.text.contains("ouder") ?? true) { rt.press(.char("b")) }
        var parents: [String] = []
        for _ in 0..<10 {
            rt.press(.char("r"))
            parents.append(rt.state.status?.text ?? "")
        }
        #expect(
            parents.contains { $0.contains("toegangsverbod") } && !parents.contains { $0.contains("time-out") },
            "\(parents)")
        // A rung the next kind cannot have goes with the kind ("ouder · time-out", always empty, a review).
        rt.press(.char("f"))
        while !(rt.state.status?.text.contains("leerling") ?? true) { rt.press(.char("b")) }
        while !(rt.state.status?.text.contains("time-out") ?? true) { rt.press(.char("r")) }
        rt.press(.char("b"))
        #expect(rt.state.status?.text.contains("ouder") == true && rt.state.status?.text.contains("time-out") == false)
        // The director's cycle keeps every value.
        let (director, _) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        director.press(.char("2"))
        var all: [String] = []
        for _ in 0..<3 {
            director.press(.char("b"))
            all.append(director.state.status?.text ?? "")
        }
        #expect(all.contains { $0.contains("medewerker") }, "\(all)")
    }
}
