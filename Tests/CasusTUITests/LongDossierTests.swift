import CasusCore
@testable import CasusTUI
import Testing

/// A dossier of thousands of entries is a list like every other: the ends are reached with one
/// key, the selected entry is always on screen, and a key lays out only what is shown.
@Suite struct LongDossierTests {
    @Test func aDossierOfThousandsOfEntriesScrollsLikeAnyList() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 80, height: 24)
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1)[0]
        _ = try service.session.write { tx in
            for n in 1...2500 {
                _ = try service.dossiers.addEntry(
                    person: pupil.id, kind: .note, title: "Notitie \(n)", body: n % 3 == 0 ? "" : "Tekst van \(n).",
                    in: tx, at: tx.now)
            }
        }
        rt.press(.char("3"), .char("f"))
        rt.type(pupil.lastName)
        rt.press(.enter)
        for _ in 0..<rt.state.people.total where rt.state.people.selectedRow?.id != pupil.id { rt.press(.down) }
        rt.press(.enter)
        guard let d = rt.state.topScreen(DossierScreen.self) else {
            Issue.record("no dossier")
            return
        }
        let count = d.list.total
        #expect(count >= 2500)
        #expect(d.list.rows.count < 200, "only a window around the screen is read: \(d.list.rows.count) entries")
        func shows(_ title: String) -> Bool {
            rt.frame.text.split(separator: "\n").contains { $0.hasSuffix(" " + title) || $0.contains(" \(title) ") }
        }
        #expect(shows("Notitie 1"), "the first entries show first")
        rt.press(.char("G"))
        #expect(rt.frame.text.contains("Notitie 2500"), "G reaches the last entry")
        #expect(rt.frame.text.contains("Tekst van 2500."), "with its first line")
        #expect(rt.frame.text.contains("100%"))
        #expect(
            rt.state.topScreen(DossierScreen.self).map { $0.list.rows.count < 200 } == true,
            "at the end too, a window only")
        rt.press(.up)
        #expect(rt.state.topScreen(DossierScreen.self)?.list.selected == count - 2)
        #expect(rt.frame.text.contains("Notitie 2499"))
        rt.press(.char("g"))
        #expect(shows("Notitie 1"))
        #expect(!shows("Notitie 2500"))
    }
}
