/// Text is stored exactly as it is hashed (DESIGN.md §5). A NUL byte would be cut off by the
/// C string APIs of some stores and terminals while the hash covers the whole text, leaving a
/// dossier that can never verify again: such text is refused where it comes in, with the field.
public enum StoredText {
    /// The free texts of an event, named as the user knows them.
    static func texts(_ p: EventPayload) -> [(Phrase, String)] {
        switch p {
        case let .schoolCreated(s):
            return [(Phrase("schoolnaam", "school name"), s.name), (Phrase("plaats", "town"), s.town)]
        case let .personAdded(x), let .personChanged(x):
            return [
                (Phrase("voornaam", "first name"), x.firstName), (Phrase("tussenvoegsel", "infix"), x.infix),
                (Phrase("achternaam", "last name"), x.lastName), (Phrase("groep", "group"), x.group ?? ""),
                (Phrase("functie", "function"), x.function ?? ""), (Phrase("nummer", "number"), x.externalID ?? ""),
            ]
        case let .userAdded(u): return [(Phrase("account", "account"), u.account)]
        case let .incidentReported(i, _, _):
            return [
                (Phrase("omschrijving van de melding", "the report's summary"), i.summary),
                (Phrase("platform", "platform"), i.platform ?? ""),
                (Phrase("melder", "reporter"), i.reporterName ?? ""),
            ]
        case let .incidentDismissed(_, reason, _, _): return [(Phrase("reden", "reason"), reason)]
        case let .caseOpened(c, _, _, _): return [(Phrase("samenvatting van de zaak", "the case's summary"), c.summary)]
        case let .caseClosed(_, reason, _, _): return [(Phrase("reden", "reason"), reason)]
        case let .stepTaken(s):
            return [
                (Phrase("toelichting", "detail"), s.detail), (Phrase("reden", "reason"), s.reason),
                (Phrase("onderbouwing", "justification"), s.justification ?? ""),
            ]
        case let .obligationCreated(o, _, _): return [(Phrase("notitie", "note"), o.note)]
        case let .entryAppended(e, evidence):
            return [(Phrase("titel", "title"), e.title), (Phrase("tekst", "text"), e.body)]
                + evidence.map { (Phrase("naam van het bewijsstuk", "evidence file name"), $0.name) }
        case let .dossierPurged(purge): return [(Phrase("reden", "reason"), purge.reason)]
        case .guardianLinked, .incidentTriaged, .caseRung, .obligationDone, .checkpointSigned: return []
        }
    }

    /// Refuses the event when a text holds a NUL character; says which text and where in it.
    public static func check(_ p: EventPayload) throws {
        for (field, text) in texts(p) {
            guard let index = text.unicodeScalars.firstIndex(of: "\u{0}") else { continue }
            let before = text.unicodeScalars[..<index]
            let line = before.filter { $0 == "\n" }.count + 1
            throw CasusError.invalid(
                "de \(field.nl) bevat een NUL-teken (regel \(line)); dat kan niet ongeschonden worden bewaard, er is niets opgeslagen",
                "the \(field.en) holds a NUL character (line \(line)); it cannot be stored intact, nothing was saved",
                hint: Phrase(
                    "Haal het teken weg (het komt vaak mee bij kopiëren uit een ander programma) en probeer het opnieuw.",
                    "Remove the character (it often comes along when copying from another program) and try again."))
        }
    }
}
