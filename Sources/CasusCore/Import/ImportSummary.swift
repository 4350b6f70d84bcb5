/// An import report as the lines a person reads (CLI now, TUI later): what was added, updated
/// and left unchanged, what the file held that was not imported, and which fields were left out
/// and why.
public enum ImportSummary {
    public static func lines(_ r: ImportReport) -> [Phrase] {
        var counts = Phrase(
            "\(r.added) nieuw, \(r.updated) bijgewerkt, \(r.unchanged) ongewijzigd",
            "\(r.added) new, \(r.updated) updated, \(r.unchanged) unchanged")
        switch r.format {
        case .csv:
            let d = r.delimiter ?? ";"
            counts = counts + Phrase(" (\(r.encoding), scheidingsteken \(d))", " (\(r.encoding), delimiter \(d))")
        case .edexml:
            let version = r.version.map { " \($0.shown)" } ?? ""
            counts =
                Phrase(verbatim: "EDEXML\(version) (\(r.encoding)): ")
                + Phrase.count(r.pupils, "leerling", "leerlingen", "pupil", "pupils") + Phrase(" in ", " in ")
                + Phrase.count(r.groups, "groep", "groepen", "group", "groups") + Phrase(verbatim: ", ")
                + Phrase.count(r.staff, "leerkracht", "leerkrachten", "teacher", "teachers") + Phrase(verbatim: " — ")
                + counts
        }
        if r.parents > 0 || r.linked > 0 {
            counts =
                counts
                + Phrase(verbatim: ", ")
                + Phrase.count(
                    r.linked, "nieuwe koppeling ouder–leerling", "nieuwe koppelingen ouder–leerling",
                    "new parent–pupil link", "new parent–pupil links")
        }
        if r.skipped > 0 {
            counts =
                counts
                + Phrase(verbatim: ", ")
                + Phrase.count(r.skipped, "oud-leerling", "oud-leerlingen", "former pupil", "former pupils")
                + Phrase(" overgeslagen", " skipped")
        }
        if r.dryRun { counts = counts + Phrase(" — proef: er is niets ingelezen", " — dry run: nothing was imported") }
        var lines = [counts]
        if !r.changedFields.isEmpty {
            let each = r.changedFields.map { (nl: "\($0.label.nl) \($0.count)×", en: "\($0.label.en) \($0.count)×") }
            lines.append(
                Phrase(
                    "Bijgewerkt: " + each.map(\.nl).joined(separator: ", "),
                    "Updated: " + each.map(\.en).joined(separator: ", ")))
        }
        lines += r.notes.map { Phrase("Let op: ", "Note: ") + $0 }
        if !r.leftOut.isEmpty {
            lines.append(Phrase("Niet overgenomen (", "Left out (") + ImportPlan.minimisation + "):")
            for f in r.leftOut {
                func line(_ label: String) -> String {
                    "  \(f.field.shown)" + (label == f.field ? "" : " — \(label)") + " (\(f.count)×)"
                }
                lines.append(Phrase(line(f.label.nl), line(f.label.en)))
            }
        }
        return lines
    }
}
