import CasusCore
import CasusStore
import Foundation
import Testing
import CasusTestSupport

@Suite struct LetterTests {
    static let library = Fixtures.letters

    @Test func everyLetterOfTheDesignShips() {
        let ids = Set(Self.library.templates.map(\.id))
        for id in [
            "waarschuwing", "schorsingsbesluit", "verwijderingsbesluit", "uitnodiging-hoorgesprek",
            "voornemen-maatregel",
            "melding-inspectie", "telefoonnotitie-vertrouwensinspecteur", "aangifte", "uitnodiging-gesprek",
        ] {
            #expect(ids.contains(id), "missing template \(id)")
        }
        // Every template the ladder proposes exists.
        for kind in SubjectKind.allCases {
            for rung in Rung.allowed(for: kind) {
                if let t = LadderEngine.template(for: rung, kind: kind) {
                    #expect(ids.contains(t), "ladder proposes missing \(t)")
                }
            }
        }
    }

    /// Every template, rendered by the real library for a pupil, a parent and a staff case.
    @Test func everyTemplateRendersForEveryKindOfCase() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, parent) = try school.pupil("Tygo", "Bouzid", group: "8", parent: "Fatima Bouzid")
        let teacher = try school.staff("Bas", "de Wit")
        let pupilCase = try school.openCase(
            about: pupil, articles: ["A.5"], summary: "Een foto van een klasgenoot zonder toestemming op Snapchat.")
        try school.service.cases.step(pupilCase.id, StepRequest(rung: .warning, reason: "Foto zonder toestemming."))
            .value
        try school.service.cases.step(pupilCase.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 3)).value
        let parentCase = try school.openCase(
            about: parent!, articles: ["A.7"], summary: "Beledigend bericht over een leerkracht.")
        let staffCase = try school.openCase(
            about: teacher, articles: ["B.2"], summary: "Discussie met een ouder op Facebook.")
        for c in [pupilCase, parentCase, staffCase] {
            let kind = try school.service.cases.detail(c.id).subject.kind.ladderKind
            for t in Self.library.templates where t.appliesTo.contains(kind) {
                let text = try school.service.letters.draft(case: c.id, template: t)
                #expect(!text.contains("{{") && !text.contains("}}"), "\(t.id) left a tag for \(c.number)")
                #expect(!text.contains("&#") && !text.contains("&amp;"), "\(t.id) HTML-escaped a value")
                #expect(text.contains("Marieke van Dam"), "\(t.id) is not signed")
                let long = text.split(separator: "\n").filter {
                    $0.count > 78 && !$0.hasPrefix(" ") && !$0.hasPrefix("|")
                }
                #expect(long.isEmpty, "\(t.id): \(long.first ?? "")")
            }
        }
        let suspension = try school.service.letters.draft(
            case: pupilCase.id, template: try Self.library.require("schorsingsbesluit"))
        #expect(suspension.contains("Tygo"))
        #expect(suspension.contains("Fatima Bouzid"))
        #expect(suspension.contains("zes weken"))
        #expect(suspension.contains("Het is niet toegestaan om foto-, film- en geluidsopnamen"))
        let wrong = refusal {
            _ = try school.service.letters.draft(
                case: staffCase.id, template: try Self.library.require("schorsingsbesluit"))
        }
        #expect(wrong?.message.nl.contains("hoort bij een zaak over een leerling") == true)
    }

    @Test func aLetterFulfilsItsObligation() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Noor", "Bos", parent: "Ilse Bos")
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "r")).value
        try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2)).value
        let t = try Self.library.require("schorsingsbesluit")
        let (entry, done) = try school.service.letters.file(
            case: c.id, template: t, body: try school.service.letters.draft(case: c.id, template: t)
        ).value.parts
        #expect(entry.kind == .letter && entry.dossierID == pupil.id)
        #expect(done.map(\.kind) == [.suspensionDecision])
        let o = try school.obligations(c).first { $0.kind == .suspensionDecision }
        #expect(o?.isDone == true && o?.entryID == entry.id)
        #expect(
            refusal { _ = try school.service.letters.file(case: c.id, template: t, body: "  \n ").value }?.kind
                == .invalid)
    }

    @Test func aParentSuspensionIsAnAccessBanWithoutTheInspectie() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (_, parent) = try school.pupil("Sem", "Vos", parent: "Rob Vos")
        let c = try school.openCase(about: parent!, articles: ["A.7"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Beledigend bericht.")).value
        let (_, obligations) = try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling."))
            .value.parts
        #expect(obligations.map(\.kind) == [.accessBanDecision])
    }

    @Test func reflowWrapsProseAndKeepsTables() {
        let long = String(repeating: "woord ", count: 30)
        let text = LetterText.reflow("  \(long)\n  | kolom | \(long)|\n- \(long)")
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 78 || $0.hasPrefix("  |") })
        #expect(lines.first?.hasPrefix("  woord") == true)
        #expect(lines.contains { $0.hasPrefix("  woord") && lines.firstIndex(of: $0)! > 0 })
    }
}
