import CasusCore

/// The server's refusals and failures, said as casus says everything: what happened, and what to
/// do, in Dutch and English, with nothing of a connection string's password.
enum PGErrorMapping {
    static func map(_ error: PGError, label: String) -> CasusError {
        switch error {
        case let .connection(message, _):
            return CasusError(
                .storage,
                Phrase(
                    "kan niet verbinden met de casus-server (\(label)): \(tidy(message))",
                    "cannot connect to the casus server (\(label)): \(tidy(message))"),
                hint: Phrase(
                    "Er is niets veranderd. Draait de server? Klopt --db (of CASUS_DB, PGHOST, PGSERVICE)? Mag uw account erbij (pg_hba.conf)?",
                    "Nothing was changed. Is the server running? Is --db right (or CASUS_DB, PGHOST, PGSERVICE)? May your account connect (pg_hba.conf)?"
                ))
        case let .server(e):
            return map(e, label: label)
        case let .libraryMissing(message, _):
            return CasusError(
                .storage,
                Phrase(
                    "een casus-server (\(label)) vraagt libpq, de bibliotheek van PostgreSQL, en die is er niet: \(tidy(message))",
                    "a casus server (\(label)) needs libpq, PostgreSQL's library, and it is not there: \(tidy(message))"
                ),
                hint: Phrase(
                    "Er is niets veranderd. Installeer hem (Debian: sudo apt install libpq5); een databasebestand heeft hem niet nodig.",
                    "Nothing was changed. Install it (Debian: sudo apt install libpq5); a database file does not need it."
                ))
        }
    }

    static func map(_ e: PGServerError, label: String) -> CasusError {
        let nothing = Phrase("Er is niets opgeslagen.", "Nothing was saved.")
        switch e.sqlstate {
        case CasusState.refused, CasusState.staleHead, CasusState.unlogged:
            return CasusError(.refused, split(e.message), hint: nothing)
        case CasusState.notFound:
            return CasusError(.notFound, split(e.message))
        case CasusState.invalid:
            return CasusError(.invalid, split(e.message), hint: nothing)
        case "42501":
            return CasusError(
                .refused,
                Phrase(
                    "de server staat dit uw account niet toe (\(tidy(e.message)))",
                    "the server does not allow this to your account (\(tidy(e.message)))"),
                hint: Phrase(
                    "Een directeur voegt u toe met `casus users add ACCOUNT --role ROL`; de beheerder zet de server op met `casus server init`.",
                    "A director adds you with `casus users add ACCOUNT --role ROLE`; the administrator sets the server up with `casus server init`."
                ))
        case "42883":
            // The schema is there (a casus connects only after reading its version) but a function
            // this casus calls is not: the server's functions are from another casus.
            return CasusError(
                .storage,
                Phrase(
                    "de casus-functies op \(label) horen bij een andere casus dan deze (\(tidy(e.message)))",
                    "the casus functions on \(label) belong to another casus than this one (\(tidy(e.message)))"),
                hint: Phrase(
                    "Er is niets veranderd. Een databasebeheerder brengt ze gelijk met `casus --db URL server upgrade`, met deze casus.",
                    "Nothing was changed. A database administrator brings them in line with `casus --db URL server upgrade`, using this casus."
                ))
        case "3F000", "42P01":
            return CasusError(
                .storage,
                Phrase(
                    "op \(label) staat (nog) geen casus-schema",
                    "\(label) holds no casus schema (yet)"),
                hint: Phrase(
                    "Er is niets veranderd. Een databasebeheerder richt de server in: `casus --db URL server init --director ACCOUNT`.",
                    "Nothing was changed. A database administrator sets the server up: `casus --db URL server init --director ACCOUNT`."
                ))
        case "40001", "40P01", "55P03", "57014":
            return CasusError(
                .storage,
                Phrase(
                    "de server was te druk om dit nu op te slaan",
                    "the server was too busy to save this now"),
                hint: nothing + Phrase(" Probeer het zo opnieuw.", " Try again in a moment."))
        case "23505":
            return CasusError(
                .refused,
                Phrase(
                    "dit bestaat al op de server (\(tidy(e.message)))",
                    "this already exists on the server (\(tidy(e.message)))"),
                hint: nothing)
        case "53100":
            return CasusError(
                .storage, Phrase("de schijf van de server is vol", "the server's disk is full"),
                hint: nothing + Phrase(" Vraag de beheerder ruimte te maken.", " Ask the administrator to free space."))
        case let s where s.hasPrefix("08") || s.hasPrefix("57P"):
            return CasusError(
                .storage,
                Phrase(
                    "de verbinding met de casus-server (\(label)) is verbroken",
                    "the connection to the casus server (\(label)) was lost"),
                // A read as well as a save (whose lost COMMIT is looked up, ConnectionLoss): what
                // this failure left is the state before it.
                hint: Phrase("Er is niets veranderd. Probeer het opnieuw.", "Nothing was changed. Try again."))
        default:
            return CasusError(
                .storage,
                Phrase(
                    "fout van de casus-server: \(tidy(e.message)) [\(e.sqlstate)]",
                    "error from the casus server: \(tidy(e.message)) [\(e.sqlstate)]"),
                hint: nothing)
        }
    }

    /// "nl | en", as casus's functions raise them.
    static func split(_ message: String) -> Phrase {
        let parts = message.components(separatedBy: " | ")
        guard parts.count == 2 else { return Phrase(verbatim: tidy(message)) }
        return Phrase(PGText.safe(parts[0]), PGText.safe(parts[1]))
    }

    static func tidy(_ message: String) -> String {
        PGText.safe(ConnectionString.scrub(message.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// An event kind as a director reads it.
    static func describe(_ kind: EventKind) -> Phrase {
        switch kind {
        case .stepTaken, .caseRung: Phrase("een stap op de ladder", "a step on the ladder")
        case .caseClosed: Phrase("de zaak gesloten", "the case closed")
        case .caseReclassified:
            Phrase("de artikelen en de ernst van de zaak herzien", "the case's articles and severity")
        case .caseOpened: Phrase("een zaak geopend", "a case opened")
        case .incidentTriaged: Phrase("de melding beoordeeld", "the report triaged")
        case .incidentDismissed: Phrase("de melding afgewezen", "the report dismissed")
        case .obligationCreated, .obligationDone: Phrase("een verplichting", "an obligation")
        case .entryAppended: Phrase("een stuk in het dossier", "an entry in the dossier")
        case .personAdded, .personChanged, .guardianLinked: Phrase("een persoon", "a person")
        case .dossierPurged: Phrase("een dossier opgeschoond", "a dossier purged")
        // Every kind in words: "user.removed" reached a director who lost a race of role changes (a review).
        case .schoolCreated: Phrase("de school ingericht", "the school set up")
        case .userAdded: Phrase("een gebruiker of een rol", "a user or a role")
        case .userRemoved: Phrase("een gebruiker verwijderd", "a user removed")
        case .incidentReported: Phrase("een melding gedaan", "a report filed")
        case .schoolRecordSet: Phrase("de gegevens van de school", "the school's record")
        case .closureAdded, .closuresRemoved: Phrase("de schoolkalender", "the school calendar")
        case .factRecorded: Phrase("een feit in de zaak", "a fact on the case")
        case .obligationRescheduled: Phrase("een termijn", "a term")
        case .letterSent: Phrase("een brief als verzonden vastgelegd", "a letter recorded as sent")
        case .checkpointSigned: Phrase("een ondertekend controlepunt", "a signed checkpoint")
        }
    }
}

/// Text from the server (which may quote what a user typed) made safe for a terminal: control
/// and escape characters become U+FFFD.
enum PGText {
    static func safe(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.unicodeScalars.map { c in
                    // libpq indents its hints with a tab ("\n\tIs the server running …"): a space.
                    c == "\t" ? " " : (c.value < 0x20 && c != "\n") || (0x7f...0x9f).contains(c.value) ? "\u{FFFD}" : c
                }))
    }
}
