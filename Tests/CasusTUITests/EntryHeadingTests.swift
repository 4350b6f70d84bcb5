import CasusCore
@testable import CasusTUI
import Testing

/// An entry's heading names its kind once: "#2 Besluit: Besluit: schorsing" and "#1 Zorgnotitie:
/// Zorgnotitie" where the title began with the kind (a review).
@Suite struct EntryHeadingTests {
    func entry(_ kind: EntryKind, _ title: String, seq: Int64) -> DossierEntry {
        DossierEntry(
            id: seq, dossierID: 1, seq: seq, kind: kind, title: title, body: "", author: "a", authorName: "A",
            at: Timestamp(seconds: 0), caseID: nil, corrects: nil, heard: [], evidence: [], prevHash: "", hash: "")
    }

    @Test func theKindIsNamedOnce() {
        #expect(
            EntryScreen.heading(entry(.decision, "Besluit: schorsing — zaak 2026-0006", seq: 2), .nl)
                == "#2 Besluit: schorsing — zaak 2026-0006")
        #expect(EntryScreen.heading(entry(.care, "Zorgnotitie", seq: 1), .nl) == "#1 Zorgnotitie")
        #expect(
            EntryScreen.heading(entry(.meeting, "Gesprek met ouders", seq: 3), .nl)
                == "#3 Gespreksverslag: Gesprek met ouders")
        #expect(EntryScreen.heading(entry(.note, "", seq: 4), .nl) == "#4 Notitie")
    }
}
