/// The legal layer in words, for `casus protocol show` and the school screen: every rule casus
/// applies on top of a profile, by sector and denomination, each with its source and how far that
/// source was verified (research/law.md).
public enum LegalSummary {
    public struct Section: Sendable {
        public var title: Phrase
        public var rules: [Phrase]
    }

    public static func sections(_ c: LegalContext) -> [Section] {
        let s = c.sector
        func rule(_ nl: String, _ en: String, _ sources: LegalSource...) -> Phrase {
            sources.reduce(Phrase(nl, en)) { $0 + $1.bracketed } + "."
        }
        // A case without history: what the rules say before anything happened.
        let h = CaseHistory(
            record: Case(
                schoolID: 0, number: "", incidentID: 0, subjectID: 0, dossierID: 0, profileID: "", articles: [],
                severity: .light, summary: "", openedAt: Timestamp(seconds: 0)),
            subject: Person(schoolID: 0, kind: .pupil, firstName: "", lastName: ""), steps: [], obligations: [],
            entries: [], subjectCases: [], legal: c)
        let day = LocalDate(year: 2026, month: 1, day: 1)
        var pupils: [Phrase] = [
            rule(
                "Time-out (waar het protocol hem noemt): ten hoogste de rest van de schooldag, ouders dezelfde dag, daarna een gesprek",
                "Time-out (where the protocol names it): at most the rest of the school day, parents told the same day, a talk after",
                Law.schoolPractice),
            rule(
                "Time-out is niet wettelijk geregeld; de Inspectie beschouwt hem als schorsing: schriftelijk en gemotiveerd aan de ouders",
                "A time-out has no statutory basis; the Inspectie treats it as a suspension: in writing, with reasons, to the parents",
                Law.timeOut, Law.timeOutDecision(s)),
            rule(
                "Schorsing met opgave van redenen voor ten hoogste één week (casus: vijf schooldagen, binnen zeven dagen)",
                "Suspension with reasons for at most one week (casus: five school days, within seven days)",
                Law.suspensionLength(s)),
            LegalLayer.suspensionAddressee(h, on: day),
            rule(
                "Schorsing langer dan één dag: schriftelijk en met redenen melden aan de Inspectie",
                "Suspension longer than one day: report to the Inspectie in writing, with reasons",
                Law.suspensionInspectie(s)),
            rule(
                "Een schorsing valt nooit in een vakantie; casus telt schooldagen op de kalender van de school",
                "A suspension never falls in a holiday; casus counts school days on the school's calendar",
                Law.noHolidaySuspension),
            rule("Schoolwerk tijdens de schorsing", "Schoolwork during the suspension", Law.schoolwork),
            rule("Geschorste leerling: geoorloofd verzuim", "Suspended pupil: authorised absence", Law.lpw11c),
        ]
        if c.isOpenbaar {
            pupils.append(
                rule(
                    "Openbare school: ouders vooraf in de gelegenheid stellen hun zienswijze te geven, tenzij spoed",
                    "Public school: give the parents the chance to give their view first, unless urgent", Law.awb48,
                    Law.awb411))
            pupils.append(LegalLayer.objectionClause())
        } else {
            pupils.append(
                rule(
                    "Bijzondere school: geen wettelijk bezwaar tegen een schorsing; de brief noemt de klachtenregeling",
                    "Denominational (bijzonder, publicly funded) school: no statutory objection against a suspension; the letter names the complaints procedure",
                    Law.complaints(s)))
        }
        let hearings = LegalLayer.hearingsNeeded(h, on: day)
        pupils.append(
            Phrase("Vóór het verwijderingsbesluit gehoord: ", "Heard before the removal decision: ")
                + Phrase(
                    hearings.map { $0.who.nl + $0.source.bracketed.nl }.joined(separator: ", "),
                    hearings.map { $0.who.en + $0.source.bracketed.en }.joined(separator: ", ")) + "; "
                + Phrase(
                    "het gespreksverslag moet na de vorige stap en vóór het besluit liggen.",
                    "the meeting note must be dated after the previous step and before the decision."))
        pupils += LegalLayer.removalNotes(h, on: day, at: Timestamp(seconds: 0))
            .filter { !$0.nl.hasPrefix("De geboortedatum") }
        let parents: [Phrase] = [
            rule(
                "Ladder voor ouders: waarschuwing → toegangsverbod (duur en onderbouwing, geen maximum van vijf dagen, geen Inspectie) → verwijdering van het kind alleen met schriftelijke onderbouwing",
                "Ladder for parents: warning → access ban (duration and justification, no five-day cap, no Inspectie) → removal of the child only with a written justification",
                Law.accessBan, Law.parentRemovalJustification),
            Phrase(
                "Apparaat in bewaring, ICT-verbod en contract zijn maatregelen voor leerlingen; casus neemt ze niet op in de ladder voor ouders.",
                "Device custody, ICT ban and contract are pupil measures; casus leaves them out of the parents' ladder."
            ),
        ]
        let staff: [Phrase] = [
            rule(
                "Een waarschuwing is geen disciplinaire maatregel", "A warning is not a disciplinary measure",
                Law.cao(s)),
            rule(
                "Schriftelijke berisping en schorsing: voornemen per aangetekende brief → zienswijze → besluit; de trede telt vanaf het besluit",
                "Written reprimand and suspension: proposal by registered letter → view → decision; the rung counts from the decision",
                Law.cao(s)),
            rule(
                "Schorsing als ordemaatregel: direct, met een duur, in beginsel ten hoogste vier weken",
                "Precautionary suspension: at once, with a duration, in principle at most four weeks",
                Law.caoOrdemaatregel(s)),
            rule(
                "Ontslag: instemming, UWV of kantonrechter, met een redelijke grond",
                "Dismissal: consent, UWV or kantonrechter, with a reasonable ground", Law.bw7669, Law.bw7671_1,
                Law.bw7671a, Law.bw7671b),
            rule(
                "Ontslag op staande voet: onverwijld, met de dringende reden tegelijk; de werknemer kan binnen twee maanden na het einde naar de kantonrechter",
                "Summary dismissal: without delay, the urgent reason stated at once; the employee can go to the kantonrechter within two months after the end",
                Law.bw7677, Law.bw7678, Law.bw7686a),
        ]
        let m = Law.meldplicht(s)
        let duties: [Phrase] = [
            rule(
                "Meldplicht: een mogelijk zedenmisdrijf tegen een leerling door een ‘ten behoeve van de school met taken belast persoon’ meldt het personeelslid onverwijld aan het bevoegd gezag",
                "Meldplicht: a staff member reports a possible sexual offence against a pupil by ‘a person with tasks on behalf of the school’ to the board at once",
                m.report),
            rule(
                "Het bevoegd gezag overlegt onverwijld met de vertrouwensinspecteur; alleen bij een redelijk vermoeden aangifte, met de ouders en de betrokkene vooraf geïnformeerd",
                "The board consults the vertrouwensinspecteur at once; aangifte only on a reasonable suspicion, with the parents and the accused informed first",
                m.consult, m.aangifte),
            Law.vertrouwensinspecteur.printed + ".",
            rule(
                "Meldcode huiselijk geweld en kindermishandeling: vijf stappen met afwegingskader",
                "Meldcode for domestic violence and child abuse: five steps with the afwegingskader",
                Law.meldcodeBesluit, Law.meldcode(s)),
            rule(
                "Mogelijk datalek: zonder onredelijke vertraging en zo mogelijk binnen 72 klokuren melden aan de Autoriteit Persoonsgegevens",
                "Possible data breach: report to the Autoriteit Persoonsgegevens without undue delay, within 72 clock hours where feasible",
                Law.avg33_1),
            rule(
                "Elk datalek in het register van datalekken", "Every breach in the breach register", Law.avg33_5),
            rule(
                "Betrokkenen informeren bij een waarschijnlijk hoog risico",
                "Inform the people concerned when the risk is likely high",
                Law.avg34),
            rule(
                "Inzageverzoek: antwoord binnen één kalendermaand, verlenging met twee maanden mits binnen die maand gemeld",
                "Inzage request: answer within one calendar month, two more months if said within that month",
                Law.avg12_3, Law.avg15),
            rule(
                "Bewaartermijn opgeschort zolang een bezwaar, geschil of rechtszaak loopt",
                "Retention on hold while an objection, dispute or court case runs", Law.retentionPeriods),
        ]
        return [
            Section(title: Phrase("Leerlingen", "Pupils"), rules: pupils),
            Section(title: Phrase("Ouders/verzorgers", "Parents/guardians"), rules: parents),
            Section(title: Phrase("Medewerkers", "Staff"), rules: staff),
            Section(
                title: Phrase("Meldplicht, meldcode en privacy", "Meldplicht, meldcode and privacy"), rules: duties),
        ]
    }
}
