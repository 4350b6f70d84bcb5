import CasusCore
import CasusTestSupport
import Foundation
@testable import CasusTUI
import Testing

/// A letter in a dossier says whether it went out, on the timeline and on its own screen: the
/// dossier showed "brief Schriftelijke waarschuwing / aan Mevrouw …" and nothing of its sending,
/// which only its case said (a director answering an objection from the dossier, a review).
@Suite struct DossierLetterSentTests {
    @Test func aLettersSendingShowsOnTheTimelineAndOnItsScreen() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Wessel", lastName: "Quist", group: "6")
        ).value
        let report = try service.intake.report(
            summary: "Wessel deelde een meme.", platform: "WhatsApp", subjects: [pupil.id]
        )
        .value
        let c = try service.cases.open(incident: report.id, subject: pupil.id, articles: ["3A.1"], severity: nil).value
        try service.cases.step(c.id, StepRequest(rung: .warning, reason: "Meme.")).value
        let template = try Fixtures.letters.require("waarschuwing")
        let text = try #require(try service.letters.drafts(case: c.id, template: template).first).body
        let filled = text.replacingOccurrences(of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
        let sent = try service.letters.file(case: c.id, template: template, body: filled).value.entry.id
        _ = try service.letters.file(case: c.id, template: template, body: filled + "\nTweede.", again: true).value
        _ = try service.letters.sent(
            entry: sent, on: TUIFixture.moment.localDate(), via: .mail, library: Fixtures.letters
        )
        .value
        rt.send(.event(.tick))
        rt.press(.char("3"), .char("f"))
        rt.type("quist")
        rt.press(.enter, .enter)
        try #require(rt.state.topScreen(DossierScreen.self) != nil, "\(rt.frame.text)")
        let day = TUIFixture.moment.localDate().dutch
        #expect(rt.frame.text.contains("✓ verzonden per e-mail op \(day)"), "\(rt.frame.text)")
        #expect(rt.frame.text.contains("○ nog niet verzonden"), "\(rt.frame.text)")
        // The first letter's own screen.
        for _ in 0..<5 where rt.state.topScreen(DossierScreen.self)?.list.selectedRow?.entry.id != sent {
            rt.press(.down)
        }
        rt.press(.enter)
        #expect(
            rt.frame.text.split(separator: "\n").contains {
                $0.contains("Verzonden") && $0.contains("verzonden per e-mail op \(day)")
            }, "\(rt.frame.text)")
    }

    /// A letter that goes registered offers "Aangetekend" first: "Per post" stood under the cursor,
    /// two Enters recorded a voornemen as posted, and a sending once recorded is not changed (a review).
    @Test func aRegisteredLetterOffersRegisteredFirst() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        let registered = CaseScreen.sendMethods(
            rt.state, 1, entry: 1, reference: "stuk 1",
            title: "Voornemen disciplinaire maatregel (aangetekend) — zaak 2026-0004")
        #expect(registered.items.first?.id == SendMethod.registered.rawValue)
        let plain = CaseScreen.sendMethods(
            rt.state, 1, entry: 1, reference: "stuk 1", title: "Schriftelijke waarschuwing — zaak 2026-0001")
        #expect(plain.items.first?.id == SendMethod.post.rawValue)
    }
}
