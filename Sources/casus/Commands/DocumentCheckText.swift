import CasusCore

/// `verify --against` as a director reads it: per seal, the chain's answer, then the verdict.
enum DocumentCheckText {
    static func lines(_ check: DocumentCheck, file: String) -> [Phrase] {
        var out: [Phrase] = []
        for c in check.seals {
            let s = c.seal
            out.append(
                Phrase(
                    "\(file): dossier \(s.dossier), stuk \(s.entry.seq), gebeurtenis \(s.event.seq):",
                    "\(file): dossier \(s.dossier), entry \(s.entry.seq), event \(s.event.seq):"))
            switch c.event {
            case .same:
                out.append(
                    Phrase(
                        "  de gebeurtenisketen houdt gebeurtenis \(s.event.seq) met deze hash",
                        "  the event chain holds event \(s.event.seq) with this hash"))
            case let .differs(now):
                out.append(
                    Phrase(
                        "  gebeurtenis \(s.event.seq) heeft nu hash \(now.prefix(16))…: de keten is sinds dit document herschreven, of het komt uit een andere database",
                        "  event \(s.event.seq) now has hash \(now.prefix(16))…: the chain was rewritten since this document, or it comes from another database"
                    ))
            case .withheld:
                out.append(
                    Phrase(
                        "  de gebeurtenisketen heeft gebeurtenis \(s.event.seq); dit document geeft haar hash niet; zo maakt casus een document voor wie die hashes niet leest (de directeur van één school van een server met meer scholen), en zo iemand heeft dit stuk opgeslagen, afgedrukt of geëxporteerd",
                        "  the event chain has event \(s.event.seq); this document gives no hash for it; so casus makes a document for whoever does not read those hashes (the director of one school on a server of several schools), and such a person filed, printed or exported this entry"
                    ))
            case .unread:
                out.append(
                    Phrase(
                        "  de gebeurtenisketen heeft gebeurtenis \(s.event.seq); haar hash kunt u niet vergelijken: op een server met meer scholen leest alleen het bestuur de hashes van de keten",
                        "  the event chain has event \(s.event.seq); you cannot compare its hash: on a server of several schools only the board reads the chain's hashes"
                    ))
            case .hashRemoved:
                out.append(
                    Phrase(
                        "  dit document geeft de hash van gebeurtenis \(s.event.seq) niet, maar wie het maakte las die wel: casus liet hem nooit weg; de regel is veranderd",
                        "  this document gives no hash for event \(s.event.seq), but whoever made it read that hash: casus never left it out; the line was changed"
                    ))
            case let .beforeEntry(appended):
                out.append(
                    Phrase(
                        "  gebeurtenis \(s.event.seq) ligt vóór het vastleggen van stuk \(s.entry.seq) (gebeurtenis \(appended)): geen document van dat stuk kan haar noemen; de regel is veranderd",
                        "  event \(s.event.seq) lies before the filing of entry \(s.entry.seq) (event \(appended)): no document of that entry can name it; the line was changed"
                    ))
            case let .notRecorded(recorded) where s.document == .letter:
                out.append(
                    Phrase(
                        "  een ketenkop zonder hash van de gebeurtenis noemt de gebeurtenis waarbij de brief is opgeslagen (gebeurtenis \(recorded)), dit document gebeurtenis \(s.event.seq): de regel is veranderd",
                        "  a chain head without the event's hash names the event that filed the letter (event \(recorded)), this document event \(s.event.seq): the line was changed"
                    ))
            case let .notRecorded(recorded):
                out.append(
                    Phrase(
                        "  de auditregel van de export noemt gebeurtenis \(recorded), dit document gebeurtenis \(s.event.seq): de regel is veranderd",
                        "  the export's audit line names event \(recorded), this document event \(s.event.seq): the line was changed"
                    ))
            case .absent:
                out.append(
                    Phrase(
                        "  gebeurtenis \(s.event.seq) bestaat niet: de keten is ingekort, of het document komt uit een andere database",
                        "  event \(s.event.seq) does not exist: the chain was cut short, or the document comes from another database"
                    ))
            }
            if let t = c.purged {
                let kept: Phrase
                if s.entry.seq == 0 {
                    kept = Phrase(
                        "; het was leeg toen dit document werd gemaakt", "; it was empty when this document was made")
                } else {
                    switch c.entry {
                    case .same:
                        kept = Phrase(
                            "; van de stukken is alleen de hash van het laatste bewaard, en die klopt",
                            "; of its entries only the last one's hash is kept, and it matches")
                    case .differs:
                        kept = Phrase(
                            "; van de stukken is alleen de hash van het laatste bewaard, en die is niet deze",
                            "; of its entries only the last one's hash is kept, and it is not this one")
                    case .withheld:
                        kept = Phrase(
                            "; het document gaf de hash van stuk \(s.entry.seq) niet (een stuk van vóór het zout)",
                            "; the document gave no hash of entry \(s.entry.seq) (an entry from before the salt)")
                    // (An entry is never held to an event's place or unread hash.)
                    case .absent, .hashRemoved, .unread, .beforeEntry, .notRecorded:
                        kept = Phrase(
                            "; van de stukken is alleen de hash van het laatste (\(t.lastSeq)) bewaard: stuk \(s.entry.seq) is niet meer te vergelijken",
                            "; of its entries only the last one's hash (\(t.lastSeq)) is kept: entry \(s.entry.seq) can no longer be compared"
                        )
                    }
                }
                out.append(
                    Phrase(
                        "  het dossier is op \(t.purgedAt.dutch()) vernietigd (\(t.reason))",
                        "  the dossier was purged on \(t.purgedAt.dutch()) (\(t.reason))") + kept
                        + (c.seal.document == .letter
                            ? Phrase(
                                "; de tekst van de brief is niet meer te vergelijken",
                                "; the letter's text can no longer be compared") : Phrase("", "")))
            } else {
                switch c.entry {
                case .same where c.aboutParent:
                    out.append(
                        Phrase(
                            "  een export van wat over ouder \(s.dossier) is vastgelegd, uit de dossiers van de kinderen",
                            "  an export of what is recorded about parent \(s.dossier), from the children's dossiers"))
                case .same:
                    out.append(
                        Phrase(
                            "  stuk \(s.entry.seq) van dossier \(s.dossier) staat ongewijzigd in het dossier",
                            "  entry \(s.entry.seq) of dossier \(s.dossier) is in the dossier unchanged"))
                case let .differs(now):
                    out.append(
                        Phrase(
                            "  stuk \(s.entry.seq) heeft in het dossier hash \(now.prefix(16))…, niet die van dit document",
                            "  entry \(s.entry.seq) has hash \(now.prefix(16))… in the dossier, not this document's"))
                case .absent, .hashRemoved, .unread, .beforeEntry, .notRecorded:
                    out.append(
                        Phrase(
                            "  het dossier heeft geen stuk \(s.entry.seq)", "  the dossier has no entry \(s.entry.seq)")
                    )
                case .withheld:
                    out.append(
                        Phrase(
                            "  stuk \(s.entry.seq) van dossier \(s.dossier) staat in het dossier; dit document geeft zijn hash niet (een stuk van vóór het zout, waarvan de hash weggelaten tekst zou verraden)",
                            "  entry \(s.entry.seq) of dossier \(s.dossier) is in the dossier; this document gives no hash for it (an entry from before the salt, whose hash would tell text left out)"
                        ))
                }
            }
            if let (seq, reason) = c.dossierBreak {
                let why: Phrase =
                    switch reason {
                    case .alteredEntry:
                        Phrase("past niet meer bij zijn eigen hash", "no longer matches its own hash")
                    case .brokenLink:
                        Phrase("wijst niet naar het stuk ervoor", "does not point at the entry before it")
                    case .missingEntry: Phrase("volgt niet op het stuk ervoor", "does not follow the entry before it")
                    }
                out.append(
                    Phrase(
                        "  het dossier in de database is buiten casus gewijzigd: stuk \(seq) \(why.nl); wat de database over dit document zegt is niet te vertrouwen (zie `casus verify`)",
                        "  the dossier in the database was changed outside casus: entry \(seq) \(why.en); what the database says of this document cannot be trusted (see `casus verify`)"
                    ))
            }
            if c.purged != nil, c.seal.document == .letter, c.eventIsTheEntry {
                out.append(
                    Phrase(
                        "  de keten houdt het vastleggen van stuk \(s.entry.seq) van dit dossier met deze hash; wat voor stuk en welke woorden is niet meer na te gaan",
                        "  the chain holds the filing of entry \(s.entry.seq) of this dossier with this hash; what kind of entry and which words can no longer be told"
                    ))
            }
            if let text = c.exportText { out.append(exportLine(text, c.seal, c.exportRecord)) }
            let file = c.copyIsHTML ? Phrase("HTML-bestand", "HTML file") : Phrase("PDF-bestand", "PDF")
            switch c.pdf {
            case let .made(line)?:
                out.append(
                    Phrase(
                        "  dit \(file.nl) is byte voor byte het bestand dat casus maakte (\(line.at.dutch()), auditregel \(line.id))",
                        "  this \(file.en) is byte for byte the file casus made (\(line.at.dutch()), audit line \(line.id))"
                    ))
            case .neverMade?:
                out.append(
                    Phrase(
                        "  casus heeft van deze brief nooit een \(file.nl) gemaakt: dit bestand is elders gemaakt; de woorden kunnen die van de brief zijn terwijl de pagina iets anders toont (een wit woord, een verborgen regel). Vertrouw het niet als bewijs: maak er een met `casus letter pdf`",
                        "  casus never made a \(file.en) of this letter: this file was made elsewhere; its words may be the letter's while the page shows something else (a word in white, a hidden line). Do not rely on it as evidence: make one with `casus letter pdf`"
                    ))
            case .uncertain(0)?:
                out.append(
                    Phrase(
                        "  van deze brief is een \(file.nl) gemaakt vóór casus de vingerafdruk ervan bijhield; of dit die is, is niet na te gaan: de woorden kloppen, maar wat de pagina toont kan anders zijn. Vertrouw het niet als bewijs: maak een nieuw met `casus letter pdf`",
                        "  a \(file.en) of this letter was made before casus kept its fingerprint; whether this is it cannot be told: the words match, but the page may show something else. Do not rely on it as evidence: make a new one with `casus letter pdf`"
                    ))
            case let .notMade(n)?:
                out.append(
                    Phrase(
                        "  dit \(file.nl) is geen van de \(n) kopie(ën) die casus van deze brief maakte: het is opnieuw opgeslagen of gemaakt door een ander programma; de tekst kan kloppen terwijl de pagina iets anders toont (een vlak over een datum). Maak een nieuw met `casus letter pdf`",
                        "  this \(file.en) is none of the \(n) cop(y/ies) casus made of this letter: it was saved again or made by another program; its text may match while the page shows something else (a box over a date). Make a new one with `casus letter pdf`"
                    ))
            case let .uncertain(n)?:
                out.append(
                    Phrase(
                        "  dit \(file.nl) is geen van de \(n) kopie(ën) die casus van deze brief maakte en vastlegde; er is ook een afdruk gemaakt vóór casus de vingerafdruk bijhield, en of dit die is, is niet na te gaan: de tekst klopt, maar wat de pagina toont kan anders zijn. Vertrouw het niet als bewijs: maak een nieuw met `casus letter pdf`",
                        "  this \(file.en) is none of the \(n) cop(y/ies) casus made of this letter and recorded; a copy was also printed before casus kept fingerprints, and whether this is it cannot be told: the text matches, but the page may show something else. Do not rely on it as evidence: make a new one with `casus letter pdf`"
                    ))
            case .unrecorded?:
                out.append(
                    Phrase(
                        "  van deze brief is geen PDF met zijn vingerafdruk vastgelegd (gemaakt vóór casus die bijhield): alleen de tekst is vergeleken, niet wat de pagina toont",
                        "  no PDF of this letter was recorded with its fingerprint (made before casus kept it): only the text was compared, not what the page shows"
                    ))
            case nil: break
            }
            if c.tooDifferent {
                out.append(
                    Phrase(
                        "  de tekst wijkt op meer dan 2000 plaatsen af van de opgeslagen brief; het is een andere tekst",
                        "  the text differs from the filed letter in more than 2000 places; it is another text"))
            } else if let missing = c.missingWords, let added = c.addedWords {
                if missing.isEmpty && added.isEmpty {
                    out.append(
                        Phrase(
                            "  de tekst van het document is die van de opgeslagen brief",
                            "  the document's text is the filed letter's"))
                } else if c.madeByCasus {
                    // Its bytes are casus's own: what differs is how the text reads back, or what the
                    // fonts could not draw, which the reader of the page should know.
                    let m = missing.map { "‘\($0)’" }.joined(separator: ", ")
                    let a = added.map { "‘\($0)’" }.joined(separator: ", ")
                    out.append(
                        Phrase(
                            "  de tekst leest anders terug dan opgeslagen"
                                + (missing.isEmpty ? "" : "; niet gelezen: \(m)")
                                + (added.isEmpty ? "" : "; anders gelezen: \(a)")
                                + ". Het bestand is wel het bestand dat casus maakte: tekens die het lettertype niet kon tonen (een emoji) staan mogelijk niet op de pagina; kijk de afdruk na",
                            "  the text reads back otherwise than filed"
                                + (missing.isEmpty ? "" : "; not read: \(m)")
                                + (added.isEmpty ? "" : "; read otherwise: \(a)")
                                + ". The file is the one casus made: characters its fonts could not draw (an emoji) may not be on the page; check the print"
                        ))
                } else {
                    let m = missing.map { "‘\($0)’" }.joined(separator: ", ")
                    let a = added.map { "‘\($0)’" }.joined(separator: ", ")
                    out.append(
                        Phrase(
                            "  de tekst wijkt af van de opgeslagen brief"
                                + (missing.isEmpty ? "" : "; ontbreekt: \(m)")
                                + (added.isEmpty ? "" : "; toegevoegd: \(a)"),
                            "  the text differs from the filed letter"
                                + (missing.isEmpty ? "" : "; missing: \(m)") + (added.isEmpty ? "" : "; added: \(a)")))
                }
            }
            // Counted from the seal's event only where that place holds ("bestaat niet" was followed by
            // "sindsdien is er niets bijgekomen", a review).
            if c.eventPlaceHolds {
                out.append(
                    c.laterEntries == 0 && c.laterEvents == 0
                        ? Phrase("  sindsdien is er niets bijgekomen", "  nothing was added since")
                        : Phrase(
                            "  sindsdien: \(c.laterEntries) stuk(ken) \(c.aboutParent ? "over deze ouder" : "in dit dossier"), \(c.laterEvents) gebeurtenis(sen) in de keten",
                            "  since then: \(c.laterEntries) entr(y/ies) \(c.aboutParent ? "about this parent" : "in this dossier"), \(c.laterEvents) event(s) in the chain"
                        ))
            }
            for fix in c.laterCorrections {
                out.append(
                    Phrase(
                        "  stuk #\(fix.entry) is sindsdien gecorrigeerd (#\(fix.by)): lees de correctie naast het document",
                        "  entry #\(fix.entry) was corrected since (#\(fix.by)): read the correction beside the document"
                    ))
            }
        }
        out.append(verdict(check, file: file))
        return out
    }

    /// The document's one verdict, its last line: it matches; it cannot be told (a PDF that may be
    /// an older copy, a purged dossier's letter, an export whose text was not recorded); or not.
    static func verdict(_ check: DocumentCheck, file: String) -> Phrase {
        if check.isSound { return Phrase("\(file): klopt met de keten.", "\(file): matches the chain.") }
        guard check.onlyPlaceHolds else {
            return Phrase("\(file): KLOPT NIET MET DE KETEN.", "\(file): DOES NOT MATCH THE CHAIN.")
        }
        if check.seals.contains(where: \.uncertainPDF) {
            return Phrase(
                "\(file): de tekst klopt met de keten; of dit het bestand is dat casus maakte, is niet na te gaan (zie boven).",
                "\(file): its text matches the chain; whether this is the file casus made cannot be told (see above).")
        }
        if check.seals.contains(where: \.onlyTheEventUnread) {
            return Phrase(
                "\(file): de tekst en de plaats in de keten kloppen; de hash van de gebeurtenis kan alleen het bestuur vergelijken: laat het bestuur dit document nagaan (`casus verify --against`).",
                "\(file): its text and its place in the chain hold; only the board can compare the event's hash: have the board check this document (`casus verify --against`)."
            )
        }
        if check.seals.contains(where: { $0.purged != nil && !$0.isSound }) {
            return Phrase(
                "\(file): niet meer te controleren: het dossier is vernietigd; casus kan niet zeggen of dit een brief uit dat dossier was, noch wat erin stond.",
                "\(file): can no longer be checked: the dossier was purged; casus cannot say whether this was a letter of that dossier, nor what it said."
            )
        }
        return Phrase(
            "\(file): de plaats in de keten klopt; de tekst is niet te controleren.",
            "\(file): its place in the chain holds; its text cannot be checked.")
    }

    /// An export's text against its record in the audit log.
    static func exportLine(_ text: DocumentCheck.ExportText, _ seal: Seal, _ line: AuditRecord?) -> Phrase {
        let n = seal.record.map(String.init) ?? "?"
        switch text {
        case .same:
            let who = line.map { "\($0.account), \($0.at.dutch())" } ?? "?"
            return Phrase(
                // Every word and mark, not every space: the record is of the text with each run of
                // whitespace one space (Seal.textDigest), so a copy through other line ends holds.
                "  de tekst is die van de export zoals auditregel \(n) haar vastlegde (door \(who)), woord voor woord en teken voor teken (witruimte en regeleinden niet meegeteld)",
                "  the text is the export's as audit line \(n) recorded it (by \(who)), word for word and mark for mark (whitespace and line ends not counted)"
            )
        case .differs:
            return Phrase(
                "  de tekst is NIET die van de export zoals auditregel \(n) haar vastlegde: er is sindsdien iets in veranderd",
                "  the text is NOT the export's as audit line \(n) recorded it: something in it was changed since")
        case .differsAsJSON:
            return Phrase(
                "  de tekst is NIET die van de export zoals auditregel \(n) haar vastlegde: er is iets in veranderd, of het JSON-bestand is opnieuw opgemaakt (met jq of een editor: casus telt mee waar een spatie staat, niet hoeveel); houd een kopie tegen de keten zoals casus haar schreef",
                "  the text is NOT the export's as audit line \(n) recorded it: something in it was changed, or the JSON file was laid out again (with jq or an editor: casus counts where a space stands, not how many); hold a copy against the chain as casus wrote it"
            )
        case let .otherEntry(seq):
            return Phrase(
                "  de tekst is die van de export zoals auditregel \(n) haar vastlegde, maar haar ketenkop noemt stuk \(seal.entry.seq) waar de export stuk \(seq) noemde: de ketenkop is veranderd",
                "  the text is the export's as audit line \(n) recorded it, but its chain head names entry \(seal.entry.seq) where the export named entry \(seq): the chain head was changed"
            )
        case let .lineGone(lines):
            return Phrase(
                "  auditregel \(n) bestaat niet: het auditlog houdt nu \(lines) regels; het is ingekort nadat deze export werd gemaakt (deze kopie laat zien dat er meer was)",
                "  audit line \(n) does not exist: the audit log now holds \(lines) lines; it was cut short after this export was made (this copy shows there was more)"
            )
        case .noRecord:
            return Phrase(
                "  auditregel \(n) legt geen export van dit dossier vast: de ketenkop hoort niet bij deze tekst",
                "  audit line \(n) records no export of this dossier: the chain head does not belong to this text")
        case .unrecorded:
            return Phrase(
                "  de ketenkop noemt geen auditregel: de tekst is niet te controleren (een export van vóór casus de tekst vastlegde, of een brief waarvan ‘brief’ uit de ketenkop is gehaald); alleen de plaats in de keten is nagegaan",
                "  the chain head names no audit line: the text cannot be checked (an export from before casus recorded its text, or a letter with ‘letter’ taken out of its chain head); only the place in the chain was checked"
            )
        }
    }
}

/// A checkpoint's finding, one line.
enum CheckpointText {
    /// What to do about a checkpoint that does not hold: never sign the chain as it now stands.
    static let dontSign = Phrase(
        ". Teken geen nieuw ijkpunt voordat dit is uitgezocht: dat zou de gewijzigde keten ondertekenen. Zet een kopie van vóór de wijziging terug (`casus restore`) of leg er de ijkpuntregel naast die het bestuur bewaarde (`casus verify --key SLEUTEL.pub --against BESTAND`)",
        ". Do not sign a new checkpoint before this is sorted out: it would sign the changed chain. Restore a copy from before the change (`casus restore`) or hold it against the checkpoint line the board kept (`casus verify --key KEY.pub --against FILE`)"
    )

    /// A checkpoint in the chain whose signature does not fit what it now says: made outside
    /// casus, or changed after it was signed (with the chain before it, to hide a rewrite: a review
    /// was told "made outside casus" and to sign again, which would have signed the rewrite).
    static func falseOne(seq: Int64, _ c: Checkpoint, account who: String) -> Phrase {
        let key = String(c.publicKey.prefix(12))
        return Phrase(
            "vals of gewijzigd ijkpunt: gebeurtenis \(seq) is een ijkpunt op naam van sleutel \(key)…, opgeslagen door \(who) (\(c.at.dutch())), maar de handtekening past niet bij wat het nu zegt: het is buiten casus gemaakt, of na het tekenen veranderd (dan met de keten ervoor); het telt niet mee",
            "false or altered checkpoint: event \(seq) is a checkpoint in the name of key \(key)…, saved by \(who) (\(c.at.dutch())), but its signature does not fit what it now says: made outside casus, or changed after it was signed (then with the chain before it); it counts for nothing"
        ) + dontSign
    }

    /// A checkpoint whose heads the chains no longer hold (found without its key).
    static func contradicted(_ c: VerifyReport.Contradiction) -> Phrase {
        func now(_ hash: String?) -> Phrase {
            hash.map { Phrase("nu \($0.prefix(16))…", "now \($0.prefix(16))…") }
                ?? Phrase("er niet meer", "no longer there")
        }
        var parts: [Phrase] = []
        if let event = c.event {
            parts.append(
                Phrase(
                    "gebeurtenis \(c.checkpoint.event.seq) had hash \(c.checkpoint.event.hash.prefix(16))…, ",
                    "event \(c.checkpoint.event.seq) had hash \(c.checkpoint.event.hash.prefix(16))…, ") + now(event))
        }
        if let audit = c.audit {
            parts.append(
                Phrase(
                    "auditregel \(c.checkpoint.audit.seq) had hash \(c.checkpoint.audit.hash.prefix(16))…, ",
                    "audit line \(c.checkpoint.audit.seq) had hash \(c.checkpoint.audit.hash.prefix(16))…, ")
                    + now(audit))
        }
        if let access = c.access, let signed = c.checkpoint.access {
            parts.append(
                Phrase(
                    "regel \(signed.seq) van het toegangslog had hash \(signed.hash.prefix(16))…, ",
                    "line \(signed.seq) of the log of reads had hash \(signed.hash.prefix(16))…, ") + now(access))
        }
        let said = parts.dropFirst().reduce(parts.first ?? Phrase("", "")) { $0 + Phrase("; ", "; ") + $1 }
        return Phrase(
            "ijkpunt (gebeurtenis \(c.seq), \(c.checkpoint.at.dutch())) legde vast: ",
            "checkpoint (event \(c.seq), \(c.checkpoint.at.dutch())) recorded: ") + said
            + Phrase(
                ": wat vóór het ijkpunt stond is daarna herschreven of ingekort",
                ": what stood before the checkpoint was rewritten or cut short since") + dontSign
    }

    /// `altered`: a checkpoint in the chain is false or contradicted: no advice to sign.
    static func line(_ f: CheckpointFinding, altered: Bool = false) -> Phrase {
        guard let c = f.checkpoint else {
            if f.verdict == .neverSigned, f.otherKeys > 0 {
                return Phrase(
                    "ijkpunt: met deze sleutel is nooit getekend, wel met \(f.otherKeys == 1 ? "een andere sleutel" : "\(f.otherKeys) andere sleutels") (`casus checkpoint list`): is dit het goede sleutelbestand? Er is niets tegen een ijkpunt gecontroleerd",
                    "checkpoint: this key never signed, \(f.otherKeys == 1 ? "another key did" : "\(f.otherKeys) other keys did") (`casus checkpoint list`): is this the right key file? Nothing was checked against a checkpoint"
                )
            }
            if f.verdict == .neverSigned {
                // Said from the chain and the log as they stand, which one who rewrote both made so:
                // no advice to sign before a kept checkpoint was held against them (a review).
                return Phrase(
                    "ijkpunt: de keten houdt geen ijkpunt met deze sleutel en het auditlog noemt geen ondertekening ermee. Werd er eerder mee getekend, dan zijn ijkpunt en auditregel samen weggenomen: houd de ketens eerst tegen een bewaard ijkpunt (`casus verify --key … --against BESTAND`); is er nooit mee getekend, teken er dan een met `casus checkpoint sign`",
                    "checkpoint: the chain holds no checkpoint with this key and the audit log names no signing with it. If one was signed with it before, checkpoint and audit line were taken out together: hold the chains against a kept checkpoint first (`casus verify --key … --against FILE`); if it was never used, sign one with `casus checkpoint sign`"
                )
            }
            return altered
                ? Phrase(
                    "ijkpunt: er is geen geldig ijkpunt met deze sleutel (zie hierboven)",
                    "checkpoint: there is no valid checkpoint with this key (see above)")
                // The log records a signing with this key and the chain holds no checkpoint of it: it
                // was taken out, and signing now would sign what was changed (a review deleted the
                // checkpoint's event and was told to sign one).
                : Phrase(
                    "ijkpunt: het auditlog legt een ondertekening met deze sleutel vast, maar de keten houdt er geen ijkpunt van: het is weggenomen. Houd de ketens tegen een bewaard ijkpunt (`casus verify --against BESTAND`) en teken niet opnieuw voordat dat is uitgezocht",
                    "checkpoint: the audit log records a signing with this key, but the chain holds no checkpoint of it: it was taken out. Hold the chains against a kept checkpoint (`casus verify --against FILE`) and do not sign again before that is looked into"
                )
        }
        let whereNL =
            f.heldBy.map { "ijkpunt (gebeurtenis \($0), \(c.at.dutch()))" } ?? "bewaard ijkpunt (\(c.at.dutch()))"
        let whereEN =
            f.heldBy.map { "checkpoint (event \($0), \(c.at.dutch()))" } ?? "kept checkpoint (\(c.at.dutch()))"
        let head = Phrase(whereNL + ": ", whereEN + ": ")
        switch f.verdict {
        case .holds:
            return head
                + Phrase(
                    "gebeurtenis \(c.event.seq) en auditregel \(c.audit.seq) zijn ondertekend en staan zo in de ketens; \(f.unsigned) gebeurtenis(sen) en \(f.unsignedAudit) auditregel(s) erna zijn nog door geen handtekening gedekt (tot het volgende ijkpunt kan wat erna kwam onopgemerkt worden herschreven of weggenomen)",
                    "event \(c.event.seq) and audit line \(c.audit.seq) are signed and stand so in the chains; \(f.unsigned) event(s) and \(f.unsignedAudit) audit line(s) after it are covered by no signature yet (until the next checkpoint what came after can be rewritten or taken away unseen)"
                )
        case .none, .neverSigned:
            return head + Phrase("geen", "none")
        case .badSignature where f.heldBy == nil:
            // The signature covers the kept line: what does not fit is the line, not the database.
            return head
                + Phrase(
                    "de handtekening past niet bij deze bewaarde regel: de regel is na het ondertekenen gewijzigd, of niet van deze sleutel; de database is er niet mee vergeleken. Neem de regel zoals hij bij het ondertekenen werd bewaard",
                    "the signature does not fit this kept line: the line was changed after signing, or is not this key's; the database was not compared with it. Take the line as it was kept at the signing"
                )
        case .badSignature:
            return head
                + Phrase(
                    "de handtekening is niet van deze sleutel over deze koppen (vervalst of gewijzigd)",
                    "the signature is not this key's over these heads (forged or altered)")
        case .eventDiffers:
            return head
                + Phrase(
                    "gebeurtenis \(c.event.seq) heeft niet de ondertekende hash: de keten is herschreven of ingekort",
                    "event \(c.event.seq) does not have the signed hash: the chain was rewritten or cut short")
        case .auditDiffers:
            return head
                + Phrase(
                    "auditregel \(c.audit.seq) heeft niet de ondertekende hash: het auditlog is herschreven of ingekort",
                    "audit line \(c.audit.seq) does not have the signed hash: the audit log was rewritten or cut short")
        case .accessDiffers:
            let n = c.access?.seq ?? 0
            return head
                + Phrase(
                    "regel \(n) van het toegangslog van de server heeft niet de ondertekende hash: het log van wie wat las is ingekort of herschreven",
                    "line \(n) of the server's access log does not have the signed hash: the log of who read what was cut short or rewritten"
                )
        }
    }
}
