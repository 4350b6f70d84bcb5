import ArgumentParser
import CasusCore

struct Verify: CasusCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Controleer de gebeurtenisketen, elke tabel ertegen, elke dossierketen, het auditlog en de database; exit 1 bij een afwijking."
    )
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Als JSON (voor scripts): de tellingen, de kop van de keten en elke bevinding.") var json = false

    /// What a script reads: the counts, the chain's head, and every finding as the text says it.
    struct JSON: Encodable {
        var sound: Bool
        var events: Int
        var headSeq: Int64
        var headHash: String
        var dossiers: Int
        var entries: Int
        var auditLines: Int
        var findings: [String]
    }

    func run(_ ctx: Context) throws {
        let r = try ctx.service().integrity.verify()
        let lines = VerifyText.lines(r)
        if json {
            try Output.json(
                JSON(
                    sound: r.isSound, events: r.events, headSeq: r.head.seq, headHash: r.head.hash,
                    dossiers: r.dossiers, entries: r.entries, auditLines: r.auditRecords,
                    findings: lines.dropLast().map { $0(ctx.lang) }))
        } else {
            for line in lines { Output.line(line(ctx.lang)) }
        }
        if !r.isSound { throw ExitCode(1) }
    }
}

/// A verify report as a director reads it: each finding, then the verdict.
enum VerifyText {
    static func lines(_ r: VerifyReport) -> [Phrase] {
        var out: [Phrase] = []
        for p in r.integrity { out.append(Phrase("database: ", "database: ") + p) }
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
        for d in r.differences {
            let key = d.key.joined(separator: "/")
            let by =
                d.event.map { Phrase(" (gezet door gebeurtenis \($0))", " (set by event \($0))") } ?? Phrase("", "")
            let what: Phrase =
                switch d.kind {
                case .changed:
                    Phrase(
                        "rij \(key) wijkt af van de gebeurtenissen in kolom \(d.column ?? "?")",
                        "row \(key) differs from the events in column \(d.column ?? "?")")
                case .extra:
                    Phrase(
                        "rij \(key) komt uit geen enkele gebeurtenis (toegevoegd buiten casus)",
                        "row \(key) comes from no event (added outside casus)")
                case .missing:
                    Phrase(
                        "rij \(key) ontbreekt (verwijderd buiten casus)",
                        "row \(key) is missing (removed outside casus)")
                }
            out.append(Phrase("tabel \(d.table.rawValue): ", "table \(d.table.rawValue): ") + what + by)
        }
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
        let verdict = r.isSound ? Phrase("alles klopt.", "all sound.") : Phrase("NIET IN ORDE.", "NOT SOUND.")
        out.append(
            Phrase(
                "\(r.events) gebeurtenissen (kop \(r.head.seq) \(r.head.hash.prefix(16))…), \(r.dossiers) dossiers, \(r.entries) stukken, \(r.auditRecords) auditregels: ",
                "\(r.events) events (head \(r.head.seq) \(r.head.hash.prefix(16))…), \(r.dossiers) dossiers, \(r.entries) entries, \(r.auditRecords) audit lines: "
            ) + verdict)
        return out
    }
}
