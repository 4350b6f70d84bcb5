import CasusCore
import CasusStore
import Foundation
import Testing
import CasusTestSupport

@Suite struct LetterTests {
    static let library = try! LetterLibrary.load(folder: Fixtures.configFolder + "/templates")

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
        // A bijzondere school (the assumed record): no statutory objection, the complaints route instead.
        #expect(suspension.contains("klachtenregeling") && suspension.contains("WPO art. 14"))
        #expect(suspension.contains("WPO art. 40c lid 1"))
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
        // The document's "schorsing" for a parent is an access ban: days, no cap, no Inspectie.
        let refused = refusal {
            try school.service.cases.step(c.id, StepRequest(rung: .suspension, reason: "Herhaling.")).value
        }
        #expect(refused?.hint?.nl.contains("toegangsverbod (access-ban)") == true)
        let (step, obligations) = try school.service.cases.step(
            c.id, StepRequest(rung: .accessBan, reason: "Herhaling.", days: 30)
        ).value.parts
        #expect(step.endDate == step.startDate?.adding(days: 29))
        #expect(obligations.map(\.kind) == [.accessBanDecision])
        #expect(obligations[0].remark.nl.contains("huisrecht"))
    }

    /// The legal sentences follow the school record: openbaar gets the Awb objection clause and the
    /// bevoegd gezag's address, bijzonder the complaints procedure; no 8-week search anywhere.
    @Test func theLettersCiteTheLawOfTheSchoolsSectorAndDenomination() throws {
        let school = try TestSchool(
            protocol: "jozefschool", on: "2026-11-16",
            record: SchoolRecordChange(
                sector: .po, denomination: .openbaar, boardName: "Stichting Openbaar Onderwijs Ede",
                boardAddress: "Postbus 12; 6710 AA Ede"))
        let (pupil, _) = try school.pupil("Tygo", "Bouzid", group: "8", parent: "Fatima Bouzid")
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Foto zonder toestemming.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Foto.")).value
        try school.service.cases.step(
            c.id, StepRequest(rung: .suspension, reason: "Herhaling.", days: 2, urgency: "Veiligheid van de klas.")
        ).value
        let suspension = try school.service.letters.draft(
            case: c.id, template: try Self.library.require("schorsingsbesluit"))
        #expect(suspension.contains("Awb art. 6:7 en 6:8") && suspension.contains("Awb art. 6:16"))
        #expect(suspension.contains("Stichting Openbaar Onderwijs Ede") && suspension.contains("  Postbus 12"))
        #expect(suspension.contains("Awb art. 4:11") && suspension.contains("Veiligheid van de klas."))
        #expect(suspension.contains("WPO art. 40c lid 3") && !suspension.contains("klachtenregeling"))
        school.clock.set("2026-11-26", hour: 9)
        try school.heard(c, [.teacher, .parents])
        school.clock.set("2026-11-26", hour: 10)
        try school.service.cases.step(c.id, StepRequest(rung: .removal, reason: "Ernstig.")).value
        let removal = try school.service.letters.draft(
            case: c.id, template: try Self.library.require("verwijderingsbesluit"))
        #expect(!removal.contains("acht weken") && !removal.contains("8 weken"))
        #expect(removal.contains("WPO art. 40 lid 11") && removal.contains("WPO art. 43 lid 4"))
        #expect(removal.contains("Leerplichtwet 1969 art. 18 lid 1") && removal.contains("terstond"))
        #expect(removal.contains("na afloop van de bezwaartermijn (WPO art. 40 lid 12)"))
        let inspectie = try school.service.letters.draft(
            case: c.id, template: try Self.library.require("melding-inspectie"))
        #expect(!inspectie.contains("8 weken") && inspectie.contains("Leerplichtwet 1969 art. 18 lid 1"))
        for t in Self.library.templates where t.appliesTo.contains(.pupil) {
            let text = try school.service.letters.draft(case: c.id, template: t)
            #expect(!text.contains("{{") && !text.contains("&#"), "\(t.id)")
            #expect(!text.contains("artikel 40 van de Wet op het primair onderwijs"), "\(t.id) cites the old way")
        }
    }

    @Test func theStaffLettersFollowVoornemenAndBesluit() throws {
        let school = try TestSchool(protocol: "konot", on: "2026-11-16")
        let teacher = try school.staff("Wouter", "Brouwer")
        let c = try school.openCase(about: teacher, articles: ["4"], summary: "Discussie met een ouder op X.")
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Gesprek.")).value
        try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Herhaling.")).value
        let voornemen = try school.service.letters.draft(
            case: c.id, template: try Self.library.require("voornemen-maatregel"))
        #expect(voornemen.contains("uiterlijk op 30 november 2026"))
        #expect(voornemen.contains("CAO PO, disciplinaire maatregelen; artikelnummer; niet geverifieerd"))
        let filed = try school.service.letters.file(
            case: c.id, template: try Self.library.require("voornemen-maatregel"), body: voornemen
        ).value
        #expect(filed.done.map(\.kind) == [.registeredLetter])
        try school.service.cases.zienswijze(c.id, on: Fixtures.date("2026-11-16"), given: true, note: "Spijt.")
        try school.service.cases.step(c.id, StepRequest(rung: .reprimand, reason: "Berisping.", phase: .decision))
            .value
        let besluit = try school.service.letters.draft(
            case: c.id, template: try Self.library.require("besluit-maatregel"))
        #expect(besluit.contains("Bij aangetekende brief van 16 november 2026"))
        #expect(besluit.contains("schriftelijke berisping"))
        let done = try school.service.letters.file(
            case: c.id, template: try Self.library.require("besluit-maatregel"), body: besluit
        ).value.done
        #expect(done.map(\.kind) == [.decisionLetter])
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
