/// What an inzage export says besides the dossier (AVG art. 15 lid 1): the person's own record
/// and what the school does with the data. The export held the entries only, and a parent's
/// lawyer would call that an incomplete answer (a review).
enum InzageNotice {
    /// The person as casus records them: what the school holds besides the dossier.
    static func record(_ p: Person, parents: [Person], children: [Person] = [], sector: Sector)
        -> [DossierExport.RecordLine]
    {
        var out = [DossierExport.RecordLine(label: "Naam", value: p.name)]
        if let born = p.birthDate { out.append(.init(label: "Geboortedatum", value: born.dutch)) }
        if let group = p.group, !group.isEmpty {
            out.append(.init(label: "Groep of klas", value: PupilGroup.label(group, sector).nl))
        }
        if let function = p.function, !function.isEmpty { out.append(.init(label: "Functie", value: function)) }
        if !p.address.isEmpty { out.append(.init(label: "Adres", value: p.address.lines.joined(separator: ", "))) }
        if p.kind == .pupil, !parents.isEmpty {
            out.append(.init(label: "Ouders/verzorgers", value: parents.map(\.name).joined(separator: ", ")))
        }
        if p.kind == .parent, !children.isEmpty {
            out.append(.init(label: "Ouder/verzorger van", value: children.map(\.name).joined(separator: ", ")))
        }
        // A parent's number is casus's own key for the import (it held the child's number), not one
        // the school gave the parent (a review).
        if let id = p.externalID, !id.isEmpty, p.kind != .parent {
            out.append(.init(label: p.kind.isPersonnel ? "Personeelsnummer" : "Leerlingnummer", value: id))
        }
        if let left = p.leftOn { out.append(.init(label: "Vertrokken op", value: left.dutch)) }
        return out
    }

    /// AVG art. 15 lid 1 onder a–h, in the words of this school's use of casus.
    /// `colleagues`: whether an employee's colleagues stand named (said as it is: the notice said
    /// "the names of others replaced" over a colleague's name, a review).
    static func lines(for p: Person, retention: RetentionPolicy, colleagues: ColleagueNames = .named) -> [String] {
        if p.kind == .parent { return parentLines(retention: retention) }
        let staff = p.kind.isPersonnel
        let years = staff ? retention.staffYears : retention.pupilYears
        let whose = staff ? "de medewerker" : "de leerling"
        let replaced =
            !staff
            ? "de namen van andere leerlingen en hun ouders die casus kent vervangen"
            : colleagues == .hidden
                ? "de namen van leerlingen, hun ouders en collega's die casus kent vervangen"
                : "de namen van leerlingen en hun ouders die casus kent vervangen; collega's staan er met hun naam, zoals zij in het werk optraden"
        return [
            "Doel: het afhandelen van meldingen en incidenten onder het protocol sociale media van de school, en wat de wet daarbij vraagt "
                + (staff
                    ? "(maatregelen en ontslag in het arbeidsrecht)" : "(schorsing, verwijdering, de meldplicht)")
                + " (AVG art. 15 lid 1 onder a).",
            "Gegevens: wat hierboven staat: de gegevens van \(whose), de meldingen over \(whose), de zaken en de stukken, met \(replaced) (AVG art. 15 lid 1 onder b; art. 15 lid 4).",
            "Ontvangers buiten de school: alleen waar de wet het vraagt"
                + (staff
                    ? ", zoals het UWV of de kantonrechter bij ontslag en de vertrouwensinspecteur bij de meldplicht"
                    : ", zoals de Inspectie van het Onderwijs bij een schorsing van meer dan één dag of een verwijdering, en de leerplichtambtenaar")
                + "; welke besluiten er waren staat bij de zaken (AVG art. 15 lid 1 onder c).",
            "Bewaartermijn: \(years) jaar na het vertrek van \(whose) of na het laatste stuk, wat het laatst valt; een open zaak, een bezwaar of een rechtszaak houdt het dossier langer vast. Daarna worden de stukken, zaken en meldingen verwijderd; een vermelding dat er een dossier was (datum en aantal stukken) blijft, het auditlog houdt wie wanneer iets in het dossier las of vastlegde en wat voor stuk of besluit dat was; naam, geboortedatum, nummer en adres van \(whose) worden gewist, behalve zolang een bewaard gegeven over een ander (een melding over een ander kind) \(whose) nog noemt: dan blijven ze tot ook dat gegeven weg is (AVG art. 15 lid 1 onder d).",
            "Rechten: u kunt de school vragen gegevens te verbeteren (AVG art. 16: een correctie wordt naast het stuk gezet), te wissen (art. 17; wat de school voor een besluit nodig heeft of moet bewaren, blijft tot het einde van de bewaartermijn, art. 17 lid 3 onder b en e), de verwerking te beperken (art. 18) of bezwaar te maken (art. 21) (AVG art. 15 lid 1 onder e).",
            "Klacht: u kunt een klacht indienen bij de Autoriteit Persoonsgegevens (AVG art. 77; art. 15 lid 1 onder f).",
            "Bron: de meldingen van personeel, leerlingen of ouders, en wat de school zelf vastlegde (AVG art. 15 lid 1 onder g).",
            "Geautomatiseerde besluiten: geen; casus stelt een stap voor, de directeur beslist (AVG art. 15 lid 1 onder h).",
        ]
    }

    /// The same for a parent's own request: what is recorded about a parent stands in their child's
    /// dossier and goes with it.
    static func parentLines(retention: RetentionPolicy) -> [String] {
        let years = retention.pupilYears
        return [
            "Doel: het afhandelen van meldingen en incidenten onder het protocol sociale media van de school; een zaak over een ouder gaat over wat de school in het belang van de leerlingen en het personeel van de ouder vraagt of de ouder verbiedt (AVG art. 15 lid 1 onder a).",
            // Said in every parent's export, whether or not a note was left out of this one: it
            // claimed "de zaken over de ouder en hun stukken" while a care note was withheld, and a
            // line saying so only when one was would tell a parent in a meldcode case that there is
            // one (AVG art. 12 lid 4, art. 15 lid 4; a privacy review).
            "Gegevens: wat hierboven staat: de gegevens van de ouder, de meldingen die de ouder noemen, de zaken over de ouder en hun stukken, en de brieven aan de ouder, die in het dossier van het kind staan; niet opgenomen zijn zorgnotities over het kind (en correcties daarvan), ook waar zij bij een zaak over de ouder staan: zij gaan over het kind (AVG art. 15 lid 4); de namen van andere leerlingen en ouders die casus kent zijn vervangen, een voornaam, een e-mailadres of een account alleen niet altijd: de school leest de tekst daarop na (AVG art. 15 lid 1 onder b; art. 15 lid 4).",
            "Ontvangers buiten de school: alleen waar de wet het vraagt of de ouder erin toestemt, zoals de politie bij een aangifte; welke besluiten er waren staat bij de zaken (AVG art. 15 lid 1 onder c).",
            "Bewaartermijn: de zaken en stukken over de ouder staan in het dossier van het kind en worden met dat dossier verwijderd, \(years) jaar na het vertrek van het kind of na het laatste stuk, wat het laatst valt; een open zaak, een bezwaar of een rechtszaak houdt het dossier langer vast. Naam en adres van de ouder worden gewist wanneer niets wat de school bewaart de ouder nog noemt (AVG art. 15 lid 1 onder d).",
            "Rechten: u kunt de school vragen gegevens te verbeteren (AVG art. 16: een correctie wordt naast het stuk gezet), te wissen (art. 17; wat de school voor een besluit nodig heeft of moet bewaren, blijft tot het einde van de bewaartermijn, art. 17 lid 3 onder b en e), de verwerking te beperken (art. 18) of bezwaar te maken (art. 21) (AVG art. 15 lid 1 onder e).",
            "Klacht: u kunt een klacht indienen bij de Autoriteit Persoonsgegevens (AVG art. 77; art. 15 lid 1 onder f).",
            "Bron: de meldingen van personeel, leerlingen of ouders, en wat de school zelf vastlegde (AVG art. 15 lid 1 onder g).",
            "Geautomatiseerde besluiten: geen; casus stelt een stap voor, de directeur beslist (AVG art. 15 lid 1 onder h).",
        ]
    }
}
