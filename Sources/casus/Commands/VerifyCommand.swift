import ArgumentParser
import CasusCore
import CasusStore

struct Verify: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            .nl(
                "Controleer de gebeurtenisketen, elke tabel ertegen, elke dossierketen, het auditlog en de database; exit 1 bij een afwijking, 2 als er niet gecontroleerd kon worden.",
                en:
                    "Check the event chain, every table against it, every dossier chain, the audit log and the database; exit 1 on any difference, 2 when it could not check."
            )
    )
    @OptionGroup var global: GlobalOptions
    @Flag(
        help: .nl(
            "Als JSON (voor scripts): de tellingen, de kop van de keten en elke bevinding.",
            en: "As JSON (for scripts): the counts, the chain's head and every finding.")) var json = false
    @Option(
        help: .nl(
            "Publieke sleutel (BESTAND.pub uit `casus checkpoint keygen`): controleer ook het laatste ijkpunt.",
            en: "Public key (FILE.pub from `casus checkpoint keygen`): also check the latest checkpoint."))
    var key: String?
    @Option(
        help: .nl(
            "Een brief, PDF of export uit casus (of een bewaarde ijkpuntregel): klopt hij met de keten, en is die sindsdien verder? Herhaalbaar.",
            en:
                "A letter, PDF or export from casus (or a saved checkpoint line): does it match the chain, and has the chain moved on since? Repeatable."
        ))
    var against: [String] = []

    /// What a script reads: the counts, the chain's head, and every finding as the text says it.
    struct JSON: Encodable {
        var sound: Bool
        /// With `--key`: whether a checkpoint of that key confirms the chains (false: none with it,
        /// exit 2; `sound` alone read as all well to a board's monitoring, a review). Without: null.
        var confirmed: Bool?
        var events: Int
        var headSeq: Int64
        var headHash: String
        var dossiers: Int
        var entries: Int
        var auditLines: Int
        var findings: [String]
        /// What the text says besides its findings: a checkpoint that holds and what it does not
        /// yet cover, each kept checkpoint line that holds.
        var notes: [String]
        var documents: [DocumentJSON]?
    }

    struct DocumentJSON: Encodable {
        var file: String
        var sound: Bool
        /// For a letter's PDF or HTML copy, whether casus made this very file: "made", "not-made",
        /// "never-made", "uncertain" or "unrecorded" (null for another document); a script read it
        /// only from the Dutch findings (a review).
        var copy: String?
        var findings: [String]
    }

    static func copyWord(_ origin: DocumentCheck.PDFOrigin) -> String {
        switch origin {
        case .made: "made"
        case .notMade: "not-made"
        case .neverMade: "never-made"
        case .uncertain: "uncertain"
        case .unrecorded: "unrecorded"
        }
    }

    /// Exit 1 says the chains do not hold; a check that could not be made (a key file missing, a
    /// database that cannot be opened) exits 2, so a script that alarms on 1 is not told a
    /// missing key file is tampering, nor one that trusts 0 or 1 left unaware (a review).
    func run(_ ctx: Context) throws {
        do {
            try check(ctx)
        } catch let error as ExitCode {
            throw error
        } catch let error as CasusError where error.kind == .usage {
            throw error
        } catch {
            Output.error("casus: " + ((error as? CasusError)?.text(ctx.lang) ?? "\(error)"))
            Output.error(Self.unchecked(ctx.lang))
            throw ExitCode(2)
        }
    }

    static let unchecked = Phrase(
        "Er is niets gecontroleerd (exit 2): dit is geen oordeel over de ketens.",
        "Nothing was checked (exit 2): this is no verdict on the chains.")

    private func check(_ ctx: Context) throws {
        let pub = try key.map { try CheckpointKey.publicKey(text: try readKeyFile($0), file: $0) }
        var kept: [Checkpoint] = []
        var documents: [(file: String, text: String, updated: Bool, pdf: String?, html: String?)] = []
        for file in against {
            let (text, updated, pdf, html) = try DocumentText.read(file)
            let checkpoints = Checkpoint.find(in: text)
            kept += checkpoints
            if checkpoints.isEmpty || !Seal.find(in: text).isEmpty {
                documents.append((file, text, updated, pdf, html))
            }
        }
        if !kept.isEmpty && pub == nil {
            throw CasusError(
                .usage,
                Phrase(
                    "er staat een ijkpunt in \(against.joined(separator: ", ")); geef --key om het te controleren",
                    "\(against.joined(separator: ", ")) holds a checkpoint; give --key to check it"))
        }
        // A backup is checked as it is: opened as a copy (one file, its journal left as it is).
        let location = ctx.databasePath
        let service =
            StorageSelection.isSingleFileCopy(location)
            ? try ctx.service(on: try SQLiteStorage(copyAt: location)) : try ctx.service(concurrent: true, moved: true)
        // The whole database is verified whenever a document is held against it: a document that
        // matches what a tampered database says is no proof (a review: a forged copy "klopte", and
        // `--json` hid the database's findings).
        // On a server of several schools a school's director walks no chain of the whole server (its
        // events and lines are every school's): their documents are held to the chain alone, each
        // against its own dossier's chain, walked whole (a letter of theirs could not be checked at
        // all: the whole verify came first and was refused).
        if kept.isEmpty, pub == nil, try !service.integrity.readsTheChains() {
            guard !documents.isEmpty else {
                throw CasusError.refused(
                    "de hele server nalopen is voor het bestuur: op een server met meer scholen leest de directeur van één school de ketens van de hele server niet",
                    "walking the whole server is for the board: on a server of several schools the director of one school does not read the whole server's chains",
                    hint: Phrase(
                        "Uw eigen brieven, PDF's en exports controleert u met `casus verify --against BESTAND`.",
                        "Check your own letters, PDFs and exports with `casus verify --against FILE`."))
            }
            try checkAlone(documents, service, ctx)
            return
        }
        // A file checked stays the file it was: its own audit log took a line for the check, so a
        // backup checked was changed by the checking (a review). On a server, shared by many, the
        // check is a line of its audit log, as before.
        let r = try service.integrity.verify(
            key: pub, kept: kept, record: StorageSelection.isServer(ctx.databasePath))
        let (documentsSound, documentJSON, _) = try check(documents, service, ctx, databaseSound: r.isSound)
        let sound = r.isSound && documentsSound
        let lines = VerifyText.lines(r)
        let notes = VerifyText.notes(r).map { $0(ctx.lang) }
        if json {
            try Output.json(
                JSON(
                    // A kept line that is itself not genuine confirms nothing (it read "confirmed":
                    // true beside the text's "NIET VERGELEKEN", a review).
                    sound: sound,
                    confirmed: r.checkpoint.map { $0.verdict == .holds && r.keptNotGenuine.isEmpty },
                    events: r.events,
                    headSeq: r.head.seq, headHash: r.head.hash,
                    dossiers: r.dossiers, entries: r.entries, auditLines: r.auditRecords,
                    findings: lines.dropLast().map { $0(ctx.lang) }.filter { !notes.contains($0) },
                    notes: notes, documents: against.isEmpty ? nil : documentJSON
                ))
        } else {
            for line in lines { Output.line(line(ctx.lang)) }
            // The database's "alles klopt" was the last word after a document that did not match
            // (a review): the verdict on the whole is said last.
            if r.isSound, !sound {
                Output.line(
                    Phrase(
                        "Uitslag: NIET IN ORDE: de database klopt, maar niet elk document dat u gaf (zie boven).",
                        "Verdict: NOT SOUND: the database holds, but not every document you gave (see above).")(
                            ctx.lang))
            }
            if !r.isSound {
                Output.line(
                    (StorageSelection.isServer(ctx.databasePath) ? VerifyText.serverAdvice : VerifyText.advice)(
                        ctx.lang))
            }
        }
        if !sound { throw ExitCode(1) }
        // A key the chains were never signed with: the check asked for could not be made (a wrong
        // key file read "alles klopt", exit 0; so did every checkpoint taken out, reviews).
        if let c = r.checkpoint, c.verdict == .neverSigned { throw ExitCode(2) }
        if !r.keptNotGenuine.isEmpty { throw ExitCode(2) }
    }

    typealias Document = (file: String, text: String, updated: Bool, pdf: String?, html: String?)

    /// Each document held to the chain, its lines said (not with `--json`): whether every one is
    /// sound, and what a script reads of each. `databaseSound`: the whole database's verdict, nil
    /// where it was not walked.
    /// `unread`: every document that does not hold holds but for the event's hash, which this
    /// login cannot compare (`SealCheck.onlyTheEventUnread`).
    private func check(_ documents: [Document], _ service: CasusService, _ ctx: Context, databaseSound: Bool?)
        throws -> (sound: Bool, json: [DocumentJSON], unread: Bool)
    {
        var sound = true
        var unread = true
        var documentJSON: [DocumentJSON] = []
        for d in documents {
            let check: DocumentCheck
            do {
                check = try service.integrity.check(
                    document: d.text, name: d.file, pdf: d.pdf, html: d.html, record: databaseSound != false)
            } catch let e as CasusError where documents.count > 1 && [.invalid, .notFound, .refused].contains(e.kind) {
                // One document of several that cannot be checked (another school's, one without a
                // seal) is said of that document: it ended the whole check, after "klopt" of the one
                // before and with "er is niets gecontroleerd" (a review). Not checked is not "does not
                // match". A single one is refused as before.
                let line = Phrase("\(d.file): niet gecontroleerd: ", "\(d.file): not checked: ") + e.message
                sound = false
                documentJSON.append(.init(file: d.file, sound: false, copy: nil, findings: [line(ctx.lang)]))
                if !json { Output.line(line(ctx.lang)) }
                continue
            }
            var lines = DocumentCheckText.lines(check, file: d.file)
            let updated = d.updated
            if updated {
                lines.insert(
                    Phrase(
                        "\(d.file): dit PDF-bestand is na het maken nog veranderd (een latere toevoeging, zoals een aantekening of een vlak over de tekst); casus vergelijkt de tekst, niet wat de pagina toont. Dit is niet het exemplaar dat casus maakte: maak een nieuw met `casus letter pdf`.",
                        "\(d.file): this PDF was changed after it was made (a later addition, such as an annotation or a box over the text); casus compares the text, not what the page shows. This is not the copy casus made: make a new one with `casus letter pdf`."
                    ), at: 0)
            }
            if updated, check.isSound {
                // Its words are the chain's; the file is not the one casus made: one verdict, not
                // "veranderd" above and "klopt met de keten" below (a review).
                lines[lines.count - 1] = Phrase(
                    "\(d.file): de tekst klopt met de keten, maar dit bestand is na het maken veranderd (zie boven).",
                    "\(d.file): the text matches the chain, but this file was changed after it was made (see above).")
            } else if check.isSound && databaseSound == false {
                lines[lines.count - 1] = Phrase(
                    "\(d.file): klopt met wat de database zegt, maar de database zelf klopt niet (hieronder); dat oordeel is niet te vertrouwen.",
                    "\(d.file): matches what the database says, but the database itself does not hold (below); that verdict cannot be trusted."
                )
            }
            sound = sound && check.isSound && !updated
            if !check.isSound || updated {
                unread = unread && !updated && check.seals.allSatisfy { $0.isSound || $0.onlyTheEventUnread }
            }
            documentJSON.append(
                .init(
                    file: d.file, sound: check.isSound && databaseSound != false && !updated,
                    copy: check.seals.compactMap(\.pdf).first.map(Self.copyWord), findings: lines.map { $0(ctx.lang) }))
            if !json { for line in lines { Output.line(line(ctx.lang)) } }
        }
        return (sound, documentJSON, unread)
    }

    /// What a school's director on a server of several schools can check: the documents alone.
    private func checkAlone(_ documents: [Document], _ service: CasusService, _ ctx: Context) throws {
        let walked = Phrase(
            "De ketens van de hele server worden niet nagelopen: op een server met meer scholen doet dat het bestuur (`casus verify`). Elk document wordt gehouden tegen de gebeurtenisketen (de plaats) en tegen zijn dossier, waarvan de keten stuk voor stuk wordt nagelopen.",
            "The whole server's chains are not walked: on a server of several schools the board does that (`casus verify`). Each document is held to the event chain (its place) and to its dossier, whose chain is walked entry by entry."
        )
        // Said first: a document that cannot be read ends the check before a last line.
        if !json { Output.line(walked(ctx.lang)) }
        let (sound, documentJSON, unread) = try check(documents, service, ctx, databaseSound: nil)
        if json {
            try Output.json(AloneJSON(sound: sound, wholeServerChecked: false, documents: documentJSON))
        } else {
            if !sound, !unread {
                Output.line(
                    Phrase(
                        "Uitslag: NIET IN ORDE: niet elk document dat u gaf klopt met de keten (zie boven).",
                        "Verdict: NOT SOUND: not every document you gave matches the chain (see above).")(ctx.lang))
            } else if !sound {
                Output.line(
                    Phrase(
                        "Uitslag: NIET GECONTROLEERD: niet elk document dat u gaf kon worden nagegaan (zie boven).",
                        "Verdict: NOT CHECKED: not every document you gave could be checked (see above).")(ctx.lang))
            }
        }
        // Not checked is not "does not match": a document that holds but for the event's hash, which
        // only the board can compare, exits 2 (it read "klopt met de keten", exit 0, a review).
        if !sound { throw ExitCode(unread ? 2 : 1) }
    }

    /// `--json` of the documents alone: no counts, since no chain was walked whole.
    struct AloneJSON: Encodable {
        var sound: Bool
        var wholeServerChecked: Bool
        var documents: [DocumentJSON]
    }
}

/// A verify report as a director reads it: each finding, then the verdict.
enum VerifyText {
    /// What a director does with a store that is not sound (said after the findings).
    static let advice = Phrase(
        "Wat nu: de database is buiten casus om gewijzigd, of beschadigd. Werk er niet verder in: zet de laatste kopie terug die wel klopt (`casus restore`, en controleer die met `casus verify`), en meld het bij het bestuur en de functionaris gegevensbescherming: wie de database kon wijzigen, kon ook de persoonsgegevens lezen (mogelijk een datalek, AVG art. 33).",
        "What now: the database was changed outside casus, or damaged. Stop working in it: restore the last copy that is sound (`casus restore`, and check it with `casus verify`), and report it to the board and the data protection officer: whoever could change the database could read its personal data (possibly a data breach, AVG art. 33)."
    )

    /// On a server: `casus restore` refuses there; the database administrator restores the server's
    /// last sound dump (it told a director to run it, a review).
    static let serverAdvice = Phrase(
        "Wat nu: de database is buiten casus om gewijzigd, of beschadigd. Werk er niet verder in: laat de databasebeheerder de laatste reservekopie terugzetten die wel klopt (`pg_restore` in een nieuwe database, zie README \"Server mode\", en controleer die met `casus verify`), en meld het bij het bestuur en de functionaris gegevensbescherming: wie de database kon wijzigen, kon ook de persoonsgegevens lezen (mogelijk een datalek, AVG art. 33).",
        "What now: the database was changed outside casus, or damaged. Stop working in it: have the database administrator restore the last sound backup (`pg_restore` into a new database, see README \"Server mode\", and check it with `casus verify`), and report it to the board and the data protection officer: whoever could change the database could read its personal data (possibly a data breach, AVG art. 33)."
    )

    /// A row that is not what the events make it, said as what it is ("persoon 224: de soort …"),
    /// the table and column after it for whoever repairs it: "tabel person: rij 224 … in kolom
    /// kind" meant nothing to a director (a review).
    static func difference(_ d: VerifyReport.RowDifference) -> Phrase {
        let key = keyWords(d)
        let record = records[d.table] ?? Phrase("rij", "row")
        let technical = "tabel \(d.table.rawValue)" + (d.column.map { ", kolom \($0)" } ?? "")
        let technicalEN = "table \(d.table.rawValue)" + (d.column.map { ", column \($0)" } ?? "")
        let by = d.event.map { (Phrase("gebeurtenis \($0); ", "event \($0); ")) } ?? Phrase("", "")
        let what: Phrase =
            switch d.kind {
            case .changed:
                (d.column.flatMap { columns[$0] } ?? Phrase("een gegeven", "a value"))
                    + Phrase(
                        " is niet wat de keten vastlegde (gewijzigd buiten casus)",
                        " is not what the chain recorded (changed outside casus)")
            case .extra:
                Phrase(
                    "staat er, maar geen gebeurtenis maakte het (toegevoegd buiten casus)",
                    "is there, but no event made it (added outside casus)")
            case .missing:
                Phrase(
                    "ontbreekt, maar de keten legde het vast (verwijderd buiten casus)",
                    "is missing, but the chain recorded it (removed outside casus)")
            }
        return record + Phrase(" \(key): ", " \(key): ") + what + Phrase(" (", " (") + by
            + Phrase(technical + ")", technicalEN + ")")
    }

    /// A row's key in words where it has several parts ("melding 17, persoon 3 (subject)"); one part
    /// as it is ("17/3/subject" was read as a path, a review).
    static func keyWords(_ d: VerifyReport.RowDifference) -> String {
        switch (d.table, d.key.count) {
        case (.incidentPerson, 3): "\(d.key[0]), persoon \(d.key[1]) (\(d.key[2]))"
        case (.guardianship, 2): "\(d.key[0]) van \(d.key[1])"
        case (.caseArticle, 2), (.entryEvidence, 2), (.incidentEvidence, 2): "\(d.key[0]), plaats \(d.key[1])"
        default: d.key.joined(separator: "/")
        }
    }

    static let records: [DerivedTable: Phrase] = [
        .school: Phrase("school", "school"), .person: Phrase("persoon", "person"),
        .guardianship: Phrase("ouder/kind", "parent/child"), .user: Phrase("account", "account"),
        .incident: Phrase("melding", "report"), .incidentPerson: Phrase("betrokkene bij melding", "person in report"),
        .case: Phrase("zaak met id", "case with id"),
        .caseArticle: Phrase("artikel van zaak met id", "article of case with id"),
        .step: Phrase("stap", "step"), .obligation: Phrase("verplichting", "obligation"),
        .entry: Phrase("stuk", "entry"), .entryEvidence: Phrase("bijlage van stuk", "attachment of entry"),
        .tombstone: Phrase("opschoning", "purge"),
        .schoolClosure: Phrase("schoolvakantie of vrije dag", "school closure"),
        .caseFact: Phrase("feit", "fact"), .letterSent: Phrase("verzending van stuk", "sending of entry"),
        .incidentEvidence: Phrase("bijlage van melding", "attachment of report"),
    ]

    static let columns: [String: Phrase] = [
        "kind": Phrase("de soort (leerling, ouder, medewerker)", "the kind (pupil, parent, staff)"),
        "school_id": Phrase("de school", "the school"), "status": Phrase("de status", "the status"),
        "severity": Phrase("de ernst", "the severity"), "rung": Phrase("de maatregel", "the measure"),
        "role": Phrase("de rol", "the role"), "done_at": Phrase("het afvinken", "the ticking off"),
        "done_by": Phrase("wie afvinkte", "who ticked it off"), "due": Phrase("de uiterste datum", "the due date"),
        "first_name": Phrase("de voornaam", "the first name"), "last_name": Phrase("de achternaam", "the last name"),
        "birth_date": Phrase("de geboortedatum", "the birth date"),
        "left_on": Phrase("de vertrekdatum", "the leaving day"),
        "summary": Phrase("de samenvatting", "the summary"), "article_id": Phrase("het artikel", "the article"),
        "outcome": Phrase("de uitkomst", "the outcome"), "days": Phrase("het aantal dagen", "the number of days"),
        "reason": Phrase("de reden", "the reason"), "sent_on": Phrase("de verzenddatum", "the sending day"),
        "via": Phrase("de verzendwijze", "how it was sent"), "value": Phrase("de waarde", "the value"),
        "street": Phrase("het adres", "the address"), "postcode": Phrase("de postcode", "the postcode"),
        "phase": Phrase("voornemen of besluit", "proposal or decision"), "sector": Phrase("de sector", "the sector"),
        "denomination": Phrase("openbaar of bijzonder", "public or private"),
        "subject_kind": Phrase("de soort van wie de zaak gaat", "the kind of whom the case is about"),
        "dossier_kind": Phrase("de soort dossier", "the kind of dossier"),
    ]

    /// A kept checkpoint line the chains still hold: said, as a note (not a finding).
    static func keptHolds(_ k: CheckpointFinding) -> Phrase {
        guard let c = k.checkpoint else { return Phrase("", "") }
        return Phrase(
            "bewaard ijkpunt (\(c.at.dutch())): gebeurtenis \(c.event.seq) en auditregel \(c.audit.seq) staan zo in de ketens",
            "kept checkpoint (\(c.at.dutch())): event \(c.event.seq) and audit line \(c.audit.seq) stand so in the chains"
        )
    }

    /// The lines that tell, not find: a checkpoint that holds (with what it does not yet cover) and
    /// each kept one that holds. `--json` listed them under `findings` of a sound database, and a
    /// script that took any finding for an alarm fired on a healthy one (a review).
    static func notes(_ r: VerifyReport) -> [Phrase] {
        var out: [Phrase] = []
        // Not a key that never signed: that the check asked for could not be made is a finding
        // (exit 2), and a warning of checkpoints taken out sat under notes (a review).
        if let c = r.checkpoint, c.verdict == .holds {
            out.append(
                CheckpointText.line(c, altered: !r.falseCheckpoints.isEmpty || !r.contradictedCheckpoints.isEmpty))
        }
        for k in keptToSay(r) where k.verdict == .holds { out.append(keptHolds(k)) }
        return out
    }

    /// The kept lines said on lines of their own: all but the one chosen as the checkpoint, said there.
    static func keptToSay(_ r: VerifyReport) -> [CheckpointFinding] {
        r.keptCheckpoints.filter { $0.checkpoint != r.checkpoint?.checkpoint || r.checkpoint?.heldBy != nil }
    }

    static func lines(_ r: VerifyReport) -> [Phrase] {
        var out: [Phrase] = []
        // The store's own checks speak the database's language (English, as its logs and manuals):
        // said so once, in Dutch, above them, so a director knows what they read and whom to give
        // it to (a review read English in Dutch output).
        if !r.integrity.isEmpty {
            out.append(
                Phrase(
                    "De database zelf klopt niet op \(r.integrity.count) punt(en); de technische meldingen hieronder zijn in het Engels, voor de beheerder:",
                    "The database itself does not hold together on \(r.integrity.count) point(s); the technical findings below are for the administrator:"
                ))
        }
        for p in r.integrity { out.append(Phrase("  database: ", "  database: ") + p) }
        if let b = r.eventBreak {
            let why: Phrase =
                switch b.reason {
                case .missing: Phrase("ontbreekt (de keten springt)", "is missing (the chain skips)")
                case .brokenLink:
                    Phrase(
                        "wijst niet naar de gebeurtenis ervoor (verwijderd of verplaatst)",
                        "does not point at the event before it (removed or moved)")
                case .altered:
                    Phrase(
                        "past niet meer bij zijn hash (gewijzigd buiten casus)",
                        "no longer matches its hash (changed outside casus)")
                }
            out.append(Phrase("gebeurtenisketen: gebeurtenis \(b.seq) ", "event chain: event \(b.seq) ") + why)
        }
        for p in r.problems { out.append(Phrase("gebeurtenisketen: ", "event chain: ") + p.message) }
        for d in r.differences { out.append(difference(d)) }
        for b in r.breaks {
            let why: Phrase =
                switch b.reason {
                case .alteredEntry:
                    Phrase(
                        "de inhoud past niet meer bij de hash (gewijzigd buiten casus)",
                        "its content no longer matches its hash (changed outside casus)")
                case .brokenLink:
                    Phrase(
                        "wijst niet naar de hash van het vorige stuk (verwijderd of verplaatst)",
                        "does not point at the previous entry's hash (removed or moved)")
                case .missingEntry:
                    Phrase("volgnummer sluit niet aan: er ontbreekt een stuk", "sequence gap: an entry is missing")
                }
            out.append(
                Phrase(
                    "dossier \(b.dossier): eerste gebroken stuk #\(b.entry.seq) (id \(b.entry.id), \(b.entry.at.dutch())): ",
                    "dossier \(b.dossier): first broken entry #\(b.entry.seq) (id \(b.entry.id), \(b.entry.at.dutch())): "
                ) + why)
        }
        if let (a, _) = r.auditBreak {
            out.append(
                Phrase(
                    "auditlog: eerste gebroken regel \(a.id) (\(a.at.dutch()))",
                    "audit log: first broken line \(a.id) (\(a.at.dutch()))"))
        }
        if let cut = r.auditCut {
            out.append(
                Phrase(
                    "auditlog: de gebeurtenissen kennen \(cut.recorded) regels, het log houdt er \(cut.present) (het einde is afgeknipt)",
                    "audit log: the events know \(cut.recorded) lines, the log holds \(cut.present) (its end was cut)"))
        }
        if let u = r.auditUnmatched {
            out.append(
                Phrase(
                    "auditlog: gebeurtenis \(u.event) (\(u.kind)) heeft na regel \(u.after) geen auditregel die ervoor staat (van haar tijd en handeling): een regel van een schrijfactie is veranderd of weggehaald",
                    "audit log: event \(u.event) (\(u.kind)) has no audit line standing for it after line \(u.after) (of its time and action): a write's line was changed or removed"
                ))
        }
        for q in r.sequences {
            out.append(
                Phrase(
                    "reeks \(q.name) staat op \(q.last), maar de gebeurtenissen gaven \(q.drawn) al uit (teruggezet buiten casus)",
                    "sequence \(q.name) is at \(q.last), but the events already handed out \(q.drawn) (set back outside casus)"
                ))
        }
        for sha in r.evidence {
            out.append(
                Phrase(
                    "bewijsstuk \(sha): de inhoud past niet bij de SHA-256",
                    "evidence \(sha): its content does not match its SHA-256"))
        }
        for f in r.falseCheckpoints {
            out.append(CheckpointText.falseOne(seq: f.seq, f.checkpoint, account: f.account))
        }
        for c in r.contradictedCheckpoints { out.append(CheckpointText.contradicted(c)) }
        if !r.removedCheckpoints.isEmpty {
            let lines = r.removedCheckpoints.map(String.init).joined(separator: ", ")
            out.append(
                Phrase(
                    "auditregel \(lines) legt een ondertekening vast, maar het ijkpunt zelf staat niet in de keten: het is weggenomen (met wat het ondertekende). Teken niet opnieuw; houd de ketens tegen een bewaard ijkpunt (`casus verify --against BESTAND`)",
                    "audit line \(lines) records a signing, but the checkpoint itself is not in the chain: it was taken out (with what it signed). Do not sign again; hold the chains against a kept checkpoint (`casus verify --against FILE`)"
                ))
        }
        if let c = r.checkpoint {
            out.append(
                CheckpointText.line(c, altered: !r.falseCheckpoints.isEmpty || !r.contradictedCheckpoints.isEmpty))
        }
        // Every kept line given, held against the chains (the one chosen above is said there).
        for k in keptToSay(r) { out.append(k.verdict == .holds ? keptHolds(k) : CheckpointText.line(k)) }
        // The verdict (`verdict`): a key given that signed nothing in the chain is no check made, and
        // a rewrite that took every checkpoint and its audit line out read "alles klopt", exit 0 (a
        // review).
        out.append(
            Phrase(
                "\(r.events) gebeurtenissen (kop \(r.head.seq) \(r.head.hash.prefix(16))…), \(r.dossiers) dossiers, \(r.entries) stukken, \(r.auditRecords) auditregels: ",
                "\(r.events) events (head \(r.head.seq) \(r.head.hash.prefix(16))…), \(r.dossiers) dossiers, \(r.entries) entries, \(r.auditRecords) audit lines: "
            ) + verdict(r))
        return out
    }

    /// The last word on the chains: what was compared, and with what.
    static func verdict(_ r: VerifyReport) -> Phrase {
        if !r.isSound { return Phrase("NIET IN ORDE.", "NOT SOUND.") }
        if !r.keptNotGenuine.isEmpty {
            return Phrase(
                "klopt in zichzelf, maar NIET VERGELEKEN: een bewaarde ijkpuntregel is zelf niet echt (zie boven).",
                "sound in itself, but NOT COMPARED: a kept checkpoint line is itself not genuine (see above).")
        }
        // A key given that signed nothing in the chain: the check asked for was not made.
        if r.checkpoint?.verdict == .neverSigned {
            return Phrase(
                "klopt in zichzelf, maar NIET BEVESTIGD: de keten houdt geen ijkpunt met deze sleutel.",
                "sound in itself, but NOT CONFIRMED: the chain holds no checkpoint with this key.")
        }
        // Without a key and a kept line nothing outside the file is compared: who holds the file can
        // rewrite a chain whole, and "alles klopt" read as proof that the log of reads was not
        // rewritten (a review).
        if r.checkpoint == nil {
            return Phrase(
                "alles klopt in zichzelf; zonder --key en een bewaard ijkpunt toont dat niet dat er niets is herschreven.",
                "all sound in itself; without --key and a kept checkpoint that does not show nothing was rewritten.")
        }
        return Phrase("alles klopt.", "all sound.")
    }

}
