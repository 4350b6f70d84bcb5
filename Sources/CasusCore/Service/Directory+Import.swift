extension Directory {
    /// `casus people import`: every row checked first; nothing is imported unless all are good.
    /// A re-import matches on the administration's number and updates, never duplicates.
    @discardableResult
    public func importPeople(
        kind: PersonKind, csv bytes: [UInt8], file: String, dryRun: Bool,
        schoolID: SchoolID? = nil
    ) throws -> Saved<ImportReport> {
        try session.require(.managePeople)
        // The school's sector says what a pupil's group is: a VO school's classes are 3B, H4a.
        let sector = try session.read { try targetSchool($0, schoolID) }.sector
        let plan = try PeopleImport.plan(
            try CSVTable.parse(bytes: bytes, file: file), kind: kind, file: file, sector: sector)
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

    /// The plan is matched against the school in a read (every lookup) and encoded as events
    /// (every name's digests and keys) while others can still write, then written in one
    /// transaction that holds only the linking and storing, after checking that the people it
    /// was matched against are as they were; if another session changed them in between, it is
    /// matched again (a few times, then refused with nothing imported).
    private func apply(_ plan: ImportPlan, detail: String, dryRun: Bool, schoolID: SchoolID?) throws -> Saved<
        ImportReport
    > {
        for _ in 0..<3 {
            let (school, resolution) = try session.read { r in
                let school = try targetSchool(r, schoolID)
                return (school, try plan.resolve(r, school: school, today: session.today, dryRun: dryRun))
            }
            if dryRun { return Saved(resolution.report, changes: .none) }
            // Encoded here, outside the write lock: most of an event's cost.
            let encoded = try resolution.encoded(firstID: resolution.firstID, keys: session.personKeys)
            let saved = try session.write { tx -> ImportReport? in
                guard try plan.snapshot(tx.r, schoolID: school.id) == resolution.snapshot else { return nil }
                try plan.write(resolution, encoded: encoded, tx)
                let report = resolution.report
                try tx.audit("people.import", detail: "\(detail): \(report.added) nieuw, \(report.updated) bijgewerkt")
                return report
            }
            if let report = saved.value { return saved.with(report) }
        }
        throw CasusError(
            .storage,
            Phrase(
                "de personen van de school veranderden steeds terwijl het bestand werd ingelezen (een ander las tegelijk in); er is niets ingelezen",
                "the school's people kept changing while the file was imported (someone else imported at the same time); nothing was imported"
            ),
            hint: Phrase("Lees het bestand zo opnieuw in.", "Import the file again in a moment."))
    }
}
