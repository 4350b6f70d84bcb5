extension Directory {
    /// `casus people import`: every row checked first; nothing is imported unless all are good.
    /// A re-import matches on the administration's number and updates, never duplicates.
    @discardableResult
    public func importPeople(
        kind: PersonKind, csv bytes: [UInt8], file: String, dryRun: Bool,
        schoolID: SchoolID? = nil
    ) throws -> Saved<ImportReport> {
        try session.require(.managePeople)
        let plan = try PeopleImport.plan(try CSVTable.parse(bytes: bytes, file: file), kind: kind, file: file)
        return try apply(plan, detail: kind.rawValue, dryRun: dryRun, schoolID: schoolID)
    }

    /// `casus people import --format edexml`: pupils and teachers from one EDEX.XML, in one
    /// transaction, all or nothing; the BSN and other fields casus does not need are left out.
    @discardableResult
    public func importPeople(edexml bytes: [UInt8], file: String, dryRun: Bool, schoolID: SchoolID? = nil) throws
        -> Saved<ImportReport>
    {
        try session.require(.managePeople)
        return try apply(
            try EDEXImport.plan(bytes: bytes, file: file), detail: "edexml", dryRun: dryRun, schoolID: schoolID)
    }

    private func apply(_ plan: ImportPlan, detail: String, dryRun: Bool, schoolID: SchoolID?) throws -> Saved<
        ImportReport
    > {
        try session.write { tx in
            let school = try targetSchool(tx.r, schoolID)
            let report = try plan.apply(tx, schoolID: school.id, dryRun: dryRun)
            if dryRun { return report }
            try tx.audit("people.import", detail: "\(detail): \(report.added) nieuw, \(report.updated) bijgewerkt")
            return report
        }
    }
}
