/// Text is stored exactly as it is hashed (DESIGN.md §5). A NUL byte would be cut off by the
/// C string APIs of some stores and terminals while the hash covers the whole text, leaving a
/// dossier that can never verify again; the other control characters (ESC and the rest of C0,
/// DEL, C1) are what a terminal obeys, and are never text a school writes. Such text is refused
/// where it comes in, with the field, the line and the column, and nothing is stored. A tab and
/// a line end (LF, CR or CRLF) are text where a text can have lines; a name, a title, a platform
/// or a file name is one line.
public enum StoredText {
    /// A character a text may not hold, and where: line and column (in characters) from 1.
    public struct Fault: Sendable, Hashable {
        public var scalar: Unicode.Scalar
        public var line: Int
        public var column: Int

        /// "een NUL-teken", "een regeleinde", "stuurteken U+001B".
        public var what: Phrase {
            switch scalar.value {
            case 0: Phrase("een NUL-teken", "a NUL character")
            case 0x0A, 0x0D, 0x2028, 0x2029: Phrase("een regeleinde", "a line break")
            case 0x09: Phrase("een tab", "a tab")
            case 0x202A...0x202E, 0x2066...0x2069:
                Phrase(
                    "een teken dat de schrijfrichting omkeert (\(code))",
                    "a character that turns the writing direction (\(code))")
            case 0x200E, 0x200F, 0x061C:
                Phrase(
                    "een onzichtbaar teken dat de schrijfrichting bepaalt (\(code))",
                    "an invisible character that sets the writing direction (\(code))")
            case _ where TerminalText.isInvisible(scalar.value):
                Phrase("een onzichtbaar teken (\(code))", "an invisible character (\(code))")
            default:
                Phrase("een stuurteken (\(code))", "a control character (\(code))")
            }
        }

        /// "U+001B".
        public var code: String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// The first character `text` may not hold, or nil. `multiline`: tabs and line ends are text.
    public static func fault(in text: String, multiline: Bool) -> Fault? {
        var line = 1
        var column = 1
        var afterCR = false
        for u in text.unicodeScalars {
            let v = u.value
            let isLineEnd = v == 0x0A || v == 0x0D
            if refused(v, multiline: multiline) { return Fault(scalar: u, line: line, column: column) }
            if isLineEnd {
                // CRLF is one line end; CR alone and LF alone are one each.
                if !(v == 0x0A && afterCR) { line += 1 }
                column = 1
            } else if !(0x300...0x36F).contains(v) {
                column += 1
            }
            afterCR = v == 0x0D
        }
        return nil
    }

    static func refused(_ v: UInt32, multiline: Bool) -> Bool {
        if v == 0x09 || v == 0x0A || v == 0x0D { return !multiline }
        if v == 0x2028 || v == 0x2029 { return !multiline }
        // A name, title or platform holds no character that turns the writing direction round
        // (U+202A–202E, U+2066–2069): "Snapchat\u{202E}" was taken and listed as "Snapchat�", and
        // such a character can make a line read as another (a review). Nor the invisible direction
        // marks (LRM, RLM, ALM): they reorder what follows them in a terminal that lays out bidi
        // text, and a name in a Dutch school's records needs none. A text with lines keeps them;
        // the screen shows them harmlessly.
        if TerminalText.isBidiControl(v) { return !multiline }
        // Nor one that shows as nothing (a zero-width space pasted from a web page): the name would
        // read as another that is not found, sorted or compared as it reads.
        if TerminalText.isInvisible(v) { return !multiline }
        return v < 0x20 || (0x7F..<0xA0).contains(v)
    }

    /// The free texts of an event, named as the user knows them, and whether each may have lines.
    static func texts(_ p: EventPayload) -> [(field: Phrase, text: String, multiline: Bool)] {
        func one(_ nl: String, _ en: String, _ text: String?) -> (Phrase, String, Bool) {
            (Phrase(nl, en), text ?? "", false)
        }
        func lines(_ nl: String, _ en: String, _ text: String?) -> (Phrase, String, Bool) {
            (Phrase(nl, en), text ?? "", true)
        }
        switch p {
        case let .schoolCreated(s):
            return [one("schoolnaam", "school name", s.name), one("plaats", "town", s.town)]
        case let .personAdded(x, _), let .personChanged(x, _):
            return [
                one("voornaam", "first name", x.firstName), one("tussenvoegsel", "infix", x.infix),
                one("achternaam", "last name", x.lastName), one("groep", "group", x.group),
                one("functie", "function", x.function), one("nummer", "number", x.externalID),
                one("straat", "street", x.address.street), one("postcode", "postcode", x.address.postcode),
                one("plaats", "town", x.address.town),
            ]
        case let .userAdded(u), let .userRemoved(u): return [one("account", "account", u.account)]
        case let .incidentReported(i, _, _, evidence):
            return [
                lines("omschrijving van de melding", "report's summary", i.summary),
                one("platform", "platform", i.platform), one("melder", "reporter", i.reporterName),
            ] + evidence.map { one("naam van het bewijsstuk", "evidence file name", $0.name) }
        case let .incidentDismissed(_, reason, _, _): return [lines("reden", "reason", reason)]
        case let .caseOpened(c, _, _, _): return [lines("samenvatting van de zaak", "case's summary", c.summary)]
        case let .caseClosed(_, reason, _, _, _): return [lines("reden", "reason", reason)]
        case let .caseReclassified(r): return [lines("reden", "reason", r.reason)]
        case let .stepTaken(s):
            return [
                lines("toelichting", "detail", s.detail), lines("reden", "reason", s.reason),
                lines("onderbouwing", "justification", s.justification),
            ]
        case let .obligationCreated(o, _, _):
            // The note is a stored Phrase (Law.swift: Dutch, U+001E, English): each language is
            // checked as the text it is; the one separator is structure, not text.
            guard o.note.contains("\u{1E}") else { return [lines("notitie", "note", o.note)] }
            let note = Phrase(stored: o.note)
            return [lines("notitie", "note", note.nl), lines("notitie (Engels)", "note (English)", note.en)]
        case let .entryAppended(e, evidence):
            return [one("titel", "title", e.title), lines("tekst", "text", e.body)]
                + evidence.map { one("naam van het bewijsstuk", "evidence file name", $0.name) }
        case let .dossierPurged(purge): return [lines("reden", "reason", purge.reason)]
        case let .schoolRecordSet(s):
            // Addresses may have their lines (School.addressLines reads line ends and ';').
            return [
                one("plaats", "town", s.town), one("naam bevoegd gezag", "name of the bevoegd gezag", s.boardName),
                lines("adres bevoegd gezag", "address of the bevoegd gezag", s.boardAddress),
                lines("adres van de school", "school's address", s.address),
            ]
        case let .closureAdded(c):
            return [one("omschrijving van de sluiting", "closure's description", c.reason)]
        case let .factRecorded(f):
            return [one("waarde", "value", f.value), lines("toelichting", "note", f.note)]
        case .guardianLinked, .incidentTriaged, .caseRung, .obligationDone, .closuresRemoved, .obligationRescheduled,
            .letterSent, .checkpointSigned:
            return []
        }
    }

    /// Which text of the event holds what it may not, and where in it; nil when all may be stored.
    public static func fault(_ p: EventPayload) -> Phrase? {
        for (field, text, multiline) in texts(p) {
            guard let f = fault(in: text, multiline: multiline) else { continue }
            let at =
                multiline
                ? Phrase("regel \(f.line), teken \(f.column)", "line \(f.line), character \(f.column)")
                : Phrase("teken \(f.column)", "character \(f.column)")
            return Phrase(
                "\(article(field.nl)) \(field.nl) bevat \(f.what.nl) (\(at.nl))",
                "the \(field.en) holds \(f.what.en) (\(at.en))")
        }
        return nil
    }

    /// "het platform", "de voornaam": the fields that are het-words ("de platform", "de adres van
    /// de school", reviews), by their first word.
    static func article(_ field: String) -> String {
        let head = field.split(separator: " ").first.map(String.init) ?? field
        return ["platform", "nummer", "account", "tussenvoegsel", "adres"].contains(head) ? "het" : "de"
    }

    /// Why the event cannot be stored, or nil: which text, what, where in it, and that nothing
    /// was saved.
    public static func problem(_ p: EventPayload) -> Phrase? {
        fault(p).map {
            Phrase(
                "\($0.nl); dat kan niet ongeschonden worden bewaard, er is niets opgeslagen",
                "\($0.en); it cannot be stored intact, nothing was saved")
        }
    }

    public static let hint = Phrase(
        "Haal het teken weg (het komt vaak mee bij kopiëren uit een ander programma) en probeer het opnieuw.",
        "Remove the character (it often comes along when copying from another program) and try again.")

    /// Refuses the event when a text holds a character it may not (see `fault(in:multiline:)`), or
    /// a line that reads as casus's own chain head (`sealLine(in:)`).
    public static func check(_ p: EventPayload) throws {
        if let problem = problem(p) { throw CasusError(.invalid, problem, hint: hint) }
        for (field, text, _) in texts(p) {
            guard let line = sealLine(in: text) else { continue }
            throw CasusError(
                .invalid,
                Phrase(
                    "\(article(field.nl)) \(field.nl) bevat een casus-ketenkop (regel \(line)); die regel zet casus zelf onder een brief of export, en een controle (`casus verify --against`) zou hem voor die van het document houden; er is niets opgeslagen",
                    "the \(field.en) holds a casus chain head (line \(line)); casus prints that line under a letter or export itself, and a check (`casus verify --against`) would take it for the document's own; nothing was saved"
                ),
                hint: Phrase(
                    "Noem het stuk met zijn nummer (bijvoorbeeld ‘zie brief stuk 11’) in plaats van de regel over te nemen.",
                    "Name the entry by its number (for example ‘see letter entry 11’) instead of copying the line."))
        }
    }

    /// The line (from 1) of the first text that reads as a seal, wherever its line breaks fall; a
    /// seal a paste broke over lines is said at the line it starts. nil: none. A letter or note
    /// quoting an earlier letter's seal made every genuine copy of it fail its check (a review).
    static func sealLine(in text: String) -> Int? {
        // Seal.find reads a text as it is seen, without its invisible format characters. Every
        // text of every event passes here: the pattern is matched only where "casus" is seen.
        guard Seal.visible(text).contains("casus"), !Seal.find(in: text).isEmpty else { return nil }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (i, line) in lines.enumerated() where !Seal.find(in: lines[i...].joined(separator: " ")).isEmpty {
            if Seal.find(in: lines[(i + 1)...].joined(separator: " ")).isEmpty || !Seal.find(in: String(line)).isEmpty {
                return i + 1
            }
        }
        return 1
    }
}
