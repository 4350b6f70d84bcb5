import Foundation

extension Dossiers {
    /// The whole dossier for an inzage request, with other pupils' names redacted and the chain's
    /// hashes; the export itself is recorded in the audit log, with its text's SHA-256.
    public func export(
        _ person: PersonID, format: DossierExport.Format, retention: RetentionPolicy = .standard,
        colleagues: ColleagueNames = .named
    ) throws -> String {
        let now = session.clock.now()
        let export = try prepareExport(person, at: now, retention: retention, colleagues: colleagues)
        return try session.write(at: now) { tx in try recorded(export, format, in: tx) }.value
    }

    /// The export written to a new file at `path`, private to the account from its first byte
    /// (PrivateFile: never over an existing file or through a link). The file is made first, so
    /// that a path that cannot be written records nothing; then the export is recorded, in the
    /// transaction that writes its text to disk, and the file gets its name: the log holds no
    /// export that was not made, and no export is made unrecorded. Returns the number of entries
    /// exported with what the director is told of them (`parentCases`).
    @discardableResult
    public func export(
        _ person: PersonID, format: DossierExport.Format, to path: String, retention: RetentionPolicy = .standard,
        colleagues: ColleagueNames = .named
    ) throws -> DossierExport {
        let now = session.clock.now()
        let export = try prepareExport(person, at: now, retention: retention, colleagues: colleagues)
        // The line is recorded in the transaction that writes the text to disk: a disk that is full
        // refuses the text and the line with it (the log recorded exports never made, a review).
        // The file gets its name once both are kept.
        try PrivateFile.create(path) { (file: PrivateFile.Handle) in
            _ = try session.write(at: now) { tx in
                // A store may run this again after losing a race: the file holds the text of the
                // run that is kept (its seal names that run's line).
                let text = try recorded(export, format, in: tx)
                try file.restart()
                try file.write(Array(text.utf8))
                try file.sync()
            }
        }
        return export
    }

    /// The export's text with its seal naming the audit line that records it, and that line: the
    /// format, the entries, the text's SHA-256 (`Seal.textDigest`, which `verify --against`
    /// holds a copy to).
    private func recorded(_ export: DossierExport, _ format: DossierExport.Format, in tx: Transaction)
        throws -> String
    {
        var sealed = export
        sealed.seal.record = try tx.nextAuditLine()
        let text = try sealed.render(format)
        try tx.audit(
            "dossier.export", person: export.person.id,
            // Not where it went: the file's name and its folder are typed by the user and often
            // name the person ("inzage-mohamed-de-bruijn-adhd.md", "Inzage Roos Kok dyslexie/"
            // stayed in the log after the purge, two reviews). The text's SHA-256 identifies the file.
            // And the entry its seal names: a seal that gives no hash (`Seal.withheld`) was edited to
            // name an earlier entry, the text still the one recorded (a review). And its event, which
            // a seal may name without its hash too (`Seal.withholdsEvent`; moved to event 1, a review).
            detail:
                "\(format.rawValue), \(export.entries.count) stukken, tekst \(Seal.textDigest(text)), ketenkop stuk \(sealed.seal.entry.seq), gebeurtenis \(sealed.seal.event.seq)"
        )
        return text
    }

    /// What the export would replace, shown before it is written (`dossier export --review`, the
    /// TUI's export screen): each name form found, whose it is, and where. Recorded in the audit
    /// log (it shows other pupils' names).
    public func exportReview(_ person: PersonID, colleagues: ColleagueNames = .named) throws -> ExportReview {
        let now = session.clock.now()
        let export = try prepareExport(person, at: now, colleagues: colleagues)
        let letters = export.letterAddresses
        let review = ExportReview(
            person: export.person, items: export.review(),
            careNotes: export.entries.filter { $0.kind == .care }.map(\.seq),
            entriesLeftOut: export.entriesLeftOut, lettersToParent: export.lettersToParent,
            lettersUnsure: export.lettersUnsure,
            sharedReports: export.reports.filter(\.othersNamed).map(\.id), evidence: export.evidenceHashes.count,
            parentCases: export.parentCases, addressesLeftOut: letters.leftOut, lettersNotCleaned: letters.notFound,
            lettersWithContact: letters.withContact,
            pupilAddressWithParentsApart: export.parentsApart, colleaguesNamed: export.colleaguesNamed(),
            colleagues: export.person.kind.isPersonnel ? colleagues : .named, keptAfterTitle: export.keptAfterTitle())
        _ = try session.write(at: now) { tx in
            try tx.audit(
                "dossier.export.review", person: person,
                detail: "\(review.items.reduce(0) { $0 + $1.count }) vervangingen")
        }
        return review
    }

    /// The evidence files the export of `person` names (its entries' and its reports'), written
    /// in `folder` to hand over beside it, each read a line in the audit log (`write`). Returns the
    /// paths written (none: the export names no file).
    public func exportEvidence(_ person: PersonID, in folder: String) throws -> [String] {
        let hashes = try prepareExport(person, at: session.clock.now()).evidenceHashes
        return hashes.isEmpty ? [] : try write(hashes, about: person, in: folder, byHash: true)
    }

    /// The dossier as the export shows it: read once, redactor built from the school's pupils.
    func prepareExport(
        _ person: PersonID, at now: Timestamp, retention: RetentionPolicy = .standard,
        colleagues names: ColleagueNames = .named
    ) throws -> DossierExport {
        try session.require(.export)
        return try session.read { r -> DossierExport in
            guard let p = try r.person(id: person), AccessPolicy.maySeeDossier(of: p, actor: actor) else {
                throw try Self.noDossier(person, r, actor: actor)
            }
            try CaseWorkflow.requireNotTheBoardsRecord(
                p, actor: actor, r, what: Phrase("hun dossier uitvoeren", "exporting their dossier"))
            let source = p.kind == .parent ? try parentSource(p, r) : try dossierSource(p, r)
            // Each case's report, taken as the case is read (it was read again by its number).
            var caseNumbers: [IncidentID: [String]] = [:]
            var parentCases: [DossierExport.ParentCase] = []
            let employmentEnd = p.kind.isPersonnel ? try CaseWorkflow.employmentEnd(in: source.cases, r) : nil
            let own = try source.cases.compactMap { c -> DossierExport.CaseSummary? in
                caseNumbers[c.incidentID, default: []].append(c.number)
                let subject = try r.person(id: c.subjectID)
                let kind = subject?.kind.ladderKind ?? .pupil
                if let subject, subject.kind == .parent, p.kind == .pupil {
                    // The case's entries and the corrections of them, wherever those were filed.
                    var ids = Set(source.entries.filter { $0.caseID == c.id }.map(\.id))
                    for e in source.entries where e.corrects.map(ids.contains) ?? false { ids.insert(e.id) }
                    parentCases.append(
                        .init(
                            number: c.number, parent: subject.id, parentName: subject.name,
                            entries: source.entries.filter { ids.contains($0.id) }.map(\.seq)))
                }
                // A voornemen that lapsed says so (the employee read it as still to be decided, a review);
                // the facts are read only for a case that has a voornemen.
                let taken = try r.steps(case: c.id)
                let facts = try r.facts(case: c.id)
                // A besluit never made known lapsed with the employment, an ordemaatregel ended with it
                // or never began (`Step.outcomes`).
                let outcomes =
                    kind == .staff
                    ? Step.outcomes(taken, try r.obligations(case: c.id), facts, ended: employmentEnd)
                    : Step.outcomes(taken, [], facts, ended: nil)
                var steps = taken.map { s in
                    "\(s.date.dutch) \(s.described(for: kind).nl)\(Self.route(of: s, in: facts)): \(s.reason)"
                        + (outcomes[s.id].map { " (\($0.nl))" } ?? "")
                        + (s.rung == .dismissal ? Self.revoked(s, in: facts) : "")
                }
                // What the director established, in their words: the letters state it, and for an
                // employee's informal warning it is the only account of what they did (an export
                // left it out, the last look).
                steps += facts.filter { $0.kind == .established && !$0.note.isEmpty }.map {
                    "\($0.date.dutch) vastgestelde feiten: \($0.note)"
                }
                // How it was closed, and why (a case closed as unfounded read as "gesloten" only, a review).
                let outcome =
                    c.status == .closed
                    ? (c.outcome ?? .founded).label.nl + (c.closeReason.map { ": " + $0 } ?? "") : nil
                return .init(
                    number: c.number, status: c.status.label.nl, subject: subject?.name ?? "", articles: c.articles,
                    steps: steps, summary: c.summary, outcome: outcome)
            }
            // Every other pupil of the school, the pupils named in this dossier's reports, and
            // other pupils' parents; the owner and their parents, who receive the export, stay named.
            let schoolRecord = try r.school(id: p.schoolID)
            let school = schoolRecord?.name ?? ""
            // Every report naming the person, as its subject, victim or witness: a dismissed one,
            // one whose case was about another, or one about another child that named them, was in
            // no part of the export (two reviews).
            // Every role they have in it, in one order: one who reported and was the victim read
            // "melder" from one backend and "slachtoffer" from the other (a review of a move).
            var named: [IncidentID: Set<Involvement>] = [:]
            for about in try r.reports(aboutSubject: person) { named[about.id, default: []].insert(.subject) }
            for (id, role) in try r.reports(naming: person) { named[id, default: []].insert(role) }
            let reports = try named.keys.sorted().compactMap { id -> DossierExport.ReportSummary? in
                guard let i = try r.incident(id: id) else { return nil }
                let roles = Involvement.allCases.filter { named[id]?.contains($0) == true }
                let role: Involvement = roles.first ?? .subject
                let involved = try r.involved(incident: i.id)
                // A report that names a staff member (not as its reporter) is staff data: a pupil's
                // case leaves its text out (`CaseWorkflow.summary`), and so does the export for the
                // pupil's parents (it gave an allegation about a teacher's conduct, a review).
                let staffData =
                    !p.kind.isPersonnel && involved.contains { $0.role != .reporter && $0.person.kind.isPersonnel }
                // One named only as a witness or as who reported it gets its words, not its files:
                // they show the one it is about (AVG art. 15 lid 4).
                let filesTheirs = roles.contains(.subject) || roles.contains(.victim)
                return .init(
                    id: i.id, reportedOn: i.reportedAt.localDate().dutch, status: i.standing.label.nl,
                    platform: i.platform, summary: staffData ? CaseSummary.reference(to: i.id) : i.summary,
                    dismissedReason: i.status == .dismissed && !staffData ? i.dismissedReason : nil,
                    cases: role == .subject ? caseNumbers[i.id] ?? [] : [],
                    othersNamed: involved.contains { $0.person.id != person },
                    role: role == .subject ? nil : roles.map(\.label.nl).joined(separator: ", "),
                    // Nor its evidence: a screenshot of the teacher's messages is the same staff data.
                    evidence: staffData || !filesTheirs ? [] : i.evidence,
                    evidenceWithheld: staffData || filesTheirs ? 0 : i.evidence.count)
            }
            let people = try r.redactionPeople(
                school: RedactionCast.reach(session, school: p.schoolID), guardiansOf: p.kind == .pupil ? person : nil,
                incidents: Array(Set(caseNumbers.keys).union(reports.map(\.id))).sorted())
            let parents = people.guardians
            // Who receives the export stays named: a pupil's parents; a parent's own children (the
            // other parent, whose words a case about a parent may quote, is another's data).
            let kept = [p] + (p.kind == .parent ? source.children : parents)
            let cast = RedactionCast(people, kept: kept)
            // An employee's colleagues: named as they are quoted, or hidden where asked. Not those who
            // decide for the school (a director's or the board's account): the employee sees who
            // decided and signed (`--hide-colleagues` hid the signature of his own warning, a review).
            let deciders =
                p.kind.isPersonnel
                ? Set(try r.users().filter { $0.role == .director || $0.role == .board }.compactMap(\.personID)) : []
            let colleagues =
                p.kind.isPersonnel ? cast.staff.filter { $0.id != p.id && !deciders.contains($0.id) } : []
            let hidden = names == .hidden ? colleagues : []
            var export = DossierExport(
                school: school, person: p, entitled: DossierExport.entitled(p, parents: parents, on: now.localDate()),
                exportedAt: now, exportedBy: actor.displayName, entries: source.entries, cases: own,
                chainSound: source.sound,
                redactor: cast.redactor(
                    keep: kept, replacement: Redactor.placeholder, parentReplacement: Redactor.parentPlaceholder,
                    // An account name or hashtag holding a name ("@lisajansen", "#rooskok") went out as
                    // it stood: a social-media report names children so more often than not (a review).
                    handleReplacement: LetterReview.handleReplacement, colleagues: hidden),
                seal: Seal(dossier: person, entry: try r.chainHead(dossier: person), event: try r.eventHead()))
            export.record = InzageNotice.record(
                p, parents: parents, children: source.children, sector: schoolRecord?.sector ?? .po)
            // Parents at two addresses: the pupil's own, in the record, is where the child lives.
            export.parentsApart =
                p.kind == .pupil && !p.address.isEmpty
                && Set(parents.map(\.address).filter { !$0.isEmpty }).count > 1
            export.reports = reports
            export.parentCases = parentCases
            if p.kind == .parent {
                for child in source.children where source.entries.contains(where: { $0.dossierID == child.id }) {
                    export.dossierOwners[child.id] = child.name
                }
                // Named as the export names entries: "#4 (dossier van Zoë de Vries)".
                let names = Dictionary(source.children.map { ($0.id, $0.name) }) { a, _ in a }
                func ref(_ e: DossierEntry) -> String {
                    "#\(e.seq)" + (names[e.dossierID].map { " (dossier van \($0))" } ?? "")
                }
                export.lettersToParent = source.lettersToParent.map(ref)
                export.entriesLeftOut = source.entriesLeftOut.map(ref)
                export.lettersUnsure = source.lettersUnsure.map(ref)
            }
            if hidden.isEmpty, !colleagues.isEmpty {
                // With the pupils and parents as the export hides them: "Nina van den Broek" is a
                // pupil's name, no colleague Van den Broek's (the last review).
                export.colleagueFinder = cast.redactor(
                    keep: kept, replacement: Redactor.placeholder, parentReplacement: Redactor.parentPlaceholder,
                    colleagues: colleagues)
            }
            export.notice = InzageNotice.lines(for: p, retention: retention, colleagues: names)
            for dossier in Set(source.entries.filter { $0.kind == .letter }.map(\.dossierID)) {
                export.sendings.merge(try r.letterSendings(dossier: dossier)) { a, _ in a }
            }
            // The entries' files by name (their bytes stay in the store; `exportEvidence` writes them).
            // Each under a name it was filed with in this dossier, not another record's (a file a
            // pupil's report held as "naaktfoto-van-Joelle.png" was listed so in Noah's export, a review).
            var filedAs: [String: String] = [:]
            for e in source.entries where !e.evidence.isEmpty {
                for (sha, name) in try r.evidenceNames(entry: e.id) where filedAs[sha] == nil { filedAs[sha] = name }
            }
            for sha in Set(source.entries.flatMap(\.evidence)) {
                if let file = try r.evidence(sha256: sha) {
                    var note = EvidenceNote(file)
                    if let name = filedAs[sha] { note.name = name }
                    export.evidenceFiles[sha] = note
                }
            }
            return export
        }
    }

    /// What an export holds besides the person's record and reports: the entries and cases, and
    /// whether the chains they come from are whole.
    struct ExportSource {
        var entries: [DossierEntry]
        var cases: [Case]
        var sound: Bool
        /// A parent's children (their dossiers hold what is recorded about the parent).
        var children: [Person] = []
        /// In a parent's export: the letters addressed to the parent in a child's case not about
        /// the parent, which it holds, and the entries filed under a case about the parent that it
        /// leaves out, care notes about the child and corrections of what it does not hold
        /// (`parentShare`).
        var lettersToParent: [DossierEntry] = []
        var entriesLeftOut: [DossierEntry] = []
        /// Letters to a parent of this name that casus cannot tell apart from another (`parentShare`).
        var lettersUnsure: [DossierEntry] = []
    }

    /// A pupil's or an employee's dossier, whole, with the cases filed in it (oldest first).
    private func dossierSource(_ p: Person, _ r: any StorageReader) throws -> ExportSource {
        let entries = try r.entries(dossier: p.id, offset: 0, limit: Int.max)
        let rows = try r.cases(CaseQuery(scope: session.scope, dossierID: p.id), offset: 0, limit: Int.max)
        return ExportSource(
            entries: entries, cases: try rows.reversed().compactMap { try r.caseRecord(id: $0.id) },
            sound: try Self.chainIsWhole(entries, of: p.id, r))
    }

    /// A parent's own inzage request (AVG art. 15): the parent has no dossier; what casus records
    /// about them is the cases about them, filed in their child's dossier, with those cases'
    /// entries (and the corrections of them), the letters addressed to them in their children's
    /// dossiers, and the reports naming them. casus refused it and told the director to copy the
    /// entries out by hand (a review); then the letters to the parent in a case about the child
    /// were not in it, while the child's care notes filed under a case about the parent were (the
    /// child's data, a care note may hold a signal under the meldcode: left out and said on the
    /// review, AVG art. 15 lid 4; a privacy review).
    private func parentSource(_ p: Person, _ r: any StorageReader) throws -> ExportSource {
        let rows = try r.cases(CaseQuery(scope: session.scope, subjectID: p.id), offset: 0, limit: Int.max)
        let cases = try rows.reversed().compactMap { try r.caseRecord(id: $0.id) }
        let children = try r.children(ofParent: p.id).filter { AccessPolicy.maySeeDossier(of: $0, actor: actor) }
        var source = ExportSource(entries: [], cases: cases, sound: true, children: children)
        for dossier in Set(cases.map(\.dossierID)).union(children.map(\.id)).sorted() {
            let all = try r.entries(dossier: dossier, offset: 0, limit: Int.max)
            let share = try Self.parentShare(of: all, in: dossier, cases: cases, p, r)
            source.entriesLeftOut += share.leftOut
            source.lettersToParent += share.letters
            source.lettersUnsure += share.unsure
            let taken = share.taken
            guard !taken.isEmpty else { continue }
            source.sound = try source.sound && Self.chainIsWhole(all, of: dossier, r)
            source.entries += all.filter { taken.contains($0.id) }
        }
        return source
    }

    /// What a parent's export takes from one dossier's entries (`all`, of `dossier`), before the
    /// corrections of what it takes: the entries of the cases about the parent (`cases`), and the
    /// letters addressed to the parent (`letters`) in the child's own cases or none (a letter in a
    /// case about the other parent is theirs, whatever its block: a father's warning went to the
    /// mother). Never a care note about the child, nor a correction whose chain leads to one,
    /// wherever filed; nor a correction filed under the parent's case of what the export does not
    /// hold (the other parent's letter): those under the parent's cases are named (`leftOut`). A
    /// correction retold the child's disclosure to the parent it was about (two privacy reviews).
    /// Decided from the entries and the names alone, not from where people live now: the export
    /// and `verify --against` of it count the same entries, whoever moved since.
    static func parentShare(
        of all: [DossierEntry], in dossier: PersonID, cases: [Case], _ parent: Person, _ r: any StorageReader
    ) throws -> (taken: Set<EntryID>, letters: [DossierEntry], leftOut: [DossierEntry], unsure: [DossierEntry]) {
        let ids = Set(cases.filter { $0.dossierID == dossier }.map(\.id))
        // Every care note of the dossier and every correction down from one, in the dossier's order.
        var care = Set(all.filter { $0.kind == .care }.map(\.id))
        for e in all where e.corrects.map(care.contains) ?? false { care.insert(e.id) }
        let ofTheCases = all.filter { $0.caseID.map(ids.contains) ?? false }
        var taken = Set(ofTheCases.filter { $0.kind != .correction && !care.contains($0.id) }.map(\.id))
        let childs = Set(try r.cases(aboutSubject: dossier).map(\.id))
        let guardians = try r.guardians(ofPupil: dossier)
        let candidates = all.filter { e in
            e.kind == .letter && !taken.contains(e.id) && (e.caseID.map(childs.contains) ?? true)
        }
        let addressed = candidates.map { ($0, LetterContext.isAddressed($0.body, to: parent, among: guardians)) }
        let letters = addressed.filter { $0.1 == true }.map(\.0)
        taken.formUnion(letters.map(\.id))
        // A correction goes where what it corrects goes.
        for e in all where !care.contains(e.id) && (e.corrects.map(taken.contains) ?? false) { taken.insert(e.id) }
        let leftOut = ofTheCases.filter { !taken.contains($0.id) }
        // A letter to a parent of this name the names cannot tell apart: left out, and said.
        return (taken, letters, leftOut, addressed.filter { $0.1 == nil }.map(\.0))
    }

    /// Whether a dossier's stored entries link up from its start (or from its purge's tombstone).
    private static func chainIsWhole(_ entries: [DossierEntry], of dossier: PersonID, _ r: any StorageReader) throws
        -> Bool
    {
        var walker = DossierChain.Walker()
        if let t = try r.tombstones().last(where: { $0.dossierID == dossier }) {
            walker = DossierChain.Walker(prev: t.lastHash, nextSeq: t.lastSeq + 1)
        }
        return entries.allSatisfy { walker.check($0) == nil }
    }
}

extension Dossiers {
    /// A dismissal by consent the employee revoked, as their export says it: it read "ontslag (route:
    /// met schriftelijke instemming van de werknemer)", while the notice counts as never given (BW
    /// art. 7:671 lid 4; a legal review).
    static func revoked(_ s: Step, in facts: [CaseFact]) -> String {
        guard
            let revoked = facts.first(where: {
                $0.kind == .consentRevoked && (Int64($0.value).map { $0 == s.id } ?? ($0.at > s.at))
            })
        else { return "" }
        return " (instemming herroepen op \(revoked.date.dutch): de opzegging geldt als niet gedaan)"
    }

    /// A dismissal's route as the employee reads it in their export: "ontslag" alone read as dismissed
    /// that day, when only a request to the kantonrechter was filed (a review).
    static func route(of s: Step, in facts: [CaseFact]) -> String {
        guard s.rung == .dismissal, let route = s.route(in: facts) else { return "" }
        switch route {
        // The route chosen, not a step made on it: "verzoek om ontbinding aan de kantonrechter" read as
        // a request filed while it was still to be made (a review of the export).
        case .consent: return " (route: met schriftelijke instemming van de werknemer)"
        case .uwv: return " (route: ontslagvergunning van het UWV)"
        case .kantonrechter: return " (route: ontbinding door de kantonrechter)"
        }
    }
}
