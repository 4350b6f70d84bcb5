/// What an import did (or, with a dry run, would do).
public struct ImportReport: Sendable, Codable {
    public var added: Int
    public var updated: Int
    public var unchanged: Int
    public var encoding: String
    public var delimiter: String
    public var dryRun: Bool
}

extension Directory {
    /// `casus people import`: every row checked first; nothing is imported unless all are good.
    /// A re-import matches on the administration's number and updates, never duplicates.
    @discardableResult
    public func importPeople(kind: PersonKind, csv bytes: [UInt8], file: String, dryRun: Bool,
                             schoolID: SchoolID? = nil) throws -> Saved<ImportReport> {
        try session.require(.managePeople)
        let table = try CSVTable.parse(bytes: bytes, file: file)
        return try session.write { tx in
            let w = tx.r
            let school = try targetSchool(w, schoolID)
            var (rows, errors) = try PeopleImport.plan(table, kind: kind, schoolID: school.id, file: file)
            // Parents need their child in the school already.
            var children: [Int: Person] = [:]
            if kind == .parent {
                for row in rows {
                    if let child = try w.person(externalID: row.childNumber ?? "", kind: .pupil, schoolID: school.id) {
                        children[row.line] = child
                    } else {
                        errors.append(.init(line: row.line, message: Phrase("geen leerling met leerlingnummer \(row.childNumber ?? "")",
                                                                            "no pupil with pupil number \(row.childNumber ?? "")")))
                    }
                }
            }
            if !errors.isEmpty {
                let sorted = errors.sorted { $0.line < $1.line }
                let nl = sorted.map { "\(file):\($0.line): \($0.message.nl)" }.joined(separator: "\n")
                let en = sorted.map { "\(file):\($0.line): \($0.message.en)" }.joined(separator: "\n")
                throw CasusError(.invalid, Phrase("\(sorted.count) regel(s) afgekeurd; er is niets ingelezen\n\(nl)",
                                                  "\(sorted.count) row(s) refused; nothing was imported\n\(en)"),
                                 hint: Phrase("Verbeter deze regels en lees het bestand opnieuw in.", "Correct these rows and import the file again."))
            }
            var report = ImportReport(added: 0, updated: 0, unchanged: 0, encoding: table.encoding,
                                      delimiter: table.delimiter == "\t" ? "tab" : String(table.delimiter), dryRun: dryRun)
            for row in rows {
                var p = row.person
                if let existing = try w.person(externalID: p.externalID!, kind: kind, schoolID: school.id) {
                    p.id = existing.id
                    if p.leftOn == nil { p.leftOn = existing.leftOn }
                    if p == existing {
                        report.unchanged += 1
                    } else {
                        report.updated += 1
                        if !dryRun { try tx.update(person: p) }
                    }
                } else {
                    report.added += 1
                    if !dryRun { p = try tx.insert(person: p) }
                }
                if !dryRun, kind == .parent, let child = children[row.line] { try tx.link(parent: p.id, pupil: child.id) }
            }
            if dryRun { return report }
            try tx.audit("people.import", detail: "\(kind.rawValue): \(report.added) nieuw, \(report.updated) bijgewerkt")
            return report
        }
    }
}
