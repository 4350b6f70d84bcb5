import CasusCore
@testable import CasusTUI
import Testing

/// The full screen names its keys where the service's advice names a command line: a director
/// was told to run `casus letter sent 412 --via post|registered|mail|hand` for what `z` does on
/// the case she had open (a review).
@Suite struct ScreenKeysTests {
    func said(_ text: String, _ lang: Lang = .nl, keymap: Keymap = .standard) -> String {
        ScreenWords.onScreen(text, lang, keymap: keymap)
    }

    @Test func aCommandWithAKeyIsSaidAsThatKey() {
        #expect(
            said("leg de verzending vast met `casus letter sent 412 --via post|registered|mail|hand`)")
                == "leg de verzending vast met z in de zaak)")
        #expect(
            said(
                "Maak de brief met het besluit (`casus letter 2026-0003 --template verwijderingsbesluit`), verstuur hem"
            )
                == "Maak de brief met het besluit (c in de zaak (brief: verwijderingsbesluit)), verstuur hem")
        #expect(
            said("Leg het overleg vast: `casus case done 2026-0003 --obligation objection-consult`.")
                == "Leg het overleg vast: o in de zaak (\(ObligationKind.objectionConsult.label.nl)).")
        #expect(
            said("Neem eerst het voornemen: `casus case step 2026-0003 --to reprimand` (op het zaakscherm: +); casus")
                == "Neem eerst het voornemen: + in de zaak (trede: \(Rung.reprimand.shortLabel.nl)); casus")
        #expect(
            said("Record it with `casus case zienswijze 2026-0003 --note TEXT` (or r on the case); the decision", .en)
                == "Record it with r on the case; the decision")
        #expect(
            said("Gebruik `casus case consult 2026-0003 --suspicion yes|no --note TEKST` (in het scherm: u). Er is")
                == "Gebruik u in de zaak. Er is")
    }

    /// Where the message already names the key, the command line's half goes.
    @Test func aMessageThatNamesBothKeepsTheKey() {
        #expect(
            said("Leg vast dat hij verzonden is (z in de zaak, of `casus letter sent 12 --via post|hand|mail`); dan")
                == "Leg vast dat hij verzonden is (z in de zaak); dan")
        #expect(
            said(
                "als gehoord (in de zaak n, Gespreksverslag; of `casus note --kind meeting --heard parents --held-on DATUM`)"
            )
                == "als gehoord (in de zaak n, Gespreksverslag)")
        #expect(
            said(
                "(leg het vast, of hun zienswijze: in de zaak n of r, of `casus note --kind meeting --heard parents` of `casus case zienswijze`), of"
            )
                == "(leg het vast, of hun zienswijze: in de zaak n of r), of")
        #expect(
            said("of geef op waarom horen niet kon (het veld ‘Waarom niet eerst gehoord’, of --urgent)")
                == "of geef op waarom horen niet kon (het veld ‘Waarom niet eerst gehoord’)")
        #expect(said("(the Urgency field, or --urgent)", .en) == "(the Urgency field)")
    }

    /// The messages the next review still found naming a shell command, or reading wrong once
    /// rewritten ("(r, vastleggen; of r in de zaak)", an unmatched ")", "--body-file").
    @Test func theNextReviewsMessagesReadWell() {
        #expect(
            said("Leg de beoordeling vast (r in de zaak, of `casus case breach`)")
                == "Leg de beoordeling vast (r in de zaak)")
        #expect(
            said(
                "Schrijf de brief met `casus letter 2026-0010 --template schorsingsbesluit` (c in de zaak), of buiten casus (--body-file), en leg vast dat hij verzonden is met `casus letter sent STUK --via post` (z in de zaak): dan is het gedaan."
            )
                == "Schrijf de brief met c in de zaak (brief: schorsingsbesluit), en leg vast dat hij verzonden is met z in de zaak: dan is het gedaan."
        )
        #expect(
            said("leg in het dossier vast waarom het later gebeurde (`casus note`)")
                == "leg in het dossier vast waarom het later gebeurde (n in de zaak)")
        #expect(
            said("wijs de melding hier af met die reden (`casus incident dismiss 15 --reason …`).")
                == "wijs de melding hier af met die reden (x bij de melding).")
        #expect(
            said("sluit haar hier (`casus case close 2026-0004 --outcome …`).") == "sluit haar hier (s in de zaak).")
    }

    /// A command the screen has no key for stays the command line's, as does one with options the
    /// dialog does not have.
    @Test func aCommandWithoutAKeyStays() {
        let leave = "eerst het vertrek (`casus people leave 12 --on JJJJ-MM-DD`), dan"
        #expect(said(leave) == leave)
        let redact = "laat casus ze vervangen: `casus letter … --redact` toont elke vervanging."
        #expect(said(redact) == redact)
        let pdf = " (maak hem later met `casus letter pdf 17`)"
        #expect(said(pdf) == pdf)
    }

    /// The key named is the one bound: a school that rebinds `z` reads its own key.
    @Test func theKeyNamedIsTheOneBound() {
        var keymap = Keymap.standard
        keymap.unbind(.char("z"), in: .caseScreen)
        keymap.bind(.char("Z"), .sent, in: .caseScreen)
        #expect(
            said("leg het vast met `casus letter sent 4 --via post`.", keymap: keymap)
                == "leg het vast met Z in de zaak.")
    }

    /// On the screen: the step dialog's refusal of a removal before the parents were heard names
    /// n and r, no command line (it showed "of `casus note --kind meeting …`").
    @Test func theStepDialogNamesNoCommandLine() throws {
        let rt = try TUIFixture.runtime(width: 80, height: 24)
        rt.select(case: "2026-0006")
        rt.press(.enter, .char("+"))
        #expect(rt.state.topScreen(StepDialog.self)?.option?.rung == .removal)
        var seen = rt.frame.text
        for _ in 0..<4 {
            rt.press(.pageDown)
            seen += rt.frame.text
        }
        #expect(!seen.contains("`casus"), "\(seen)")
        #expect(seen.contains("(in de zaak n, Gespreksverslag)"), "\(seen)")
    }
}
