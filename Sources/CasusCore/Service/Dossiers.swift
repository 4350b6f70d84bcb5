/// A dossier as its owner's timeline, with corrections beside what they correct.
public struct DossierView: Sendable {
    public var person: Person
    public var entries: [DossierEntry]
    /// entry id → the corrections that point at it.
    public var corrections: [EntryID: [DossierEntry]]
    public var tombstones: [Tombstone]
    /// Every case filed in the dossier, newest first.
    public var cases: [CaseRow] = []
    /// The letters recorded as sent: when and how.
    public var sendings: [EntryID: LetterSending] = [:]

    public var isStaffDossier: Bool { person.kind.isPersonnel }
}

/// One entry read on its own: with the corrections that point at it, and the number of the entry
/// it corrects (when it is a correction of one still in the dossier).
public struct EntryRead: Sendable {
    public var entry: DossierEntry
    public var corrections: [DossierEntry]
    public var correctsSeq: Int64?
    /// For a letter: its sending, nil while it is not recorded as sent.
    public var sending: LetterSending?
}

/// Dossiers: the timeline, notes that belong to no case, evidence, search, the AVG export
/// (Dossiers+Export).
public struct Dossiers: Sendable {
    let session: Session
    var actor: Actor { session.actor }

    /// A whole dossier, for its timeline or `dossier show`. Reading it is audited.
    public func dossier(_ person: PersonID) throws -> DossierView {
        let view = try session.read { r -> DossierView in
            let p = try visibleOwner(r, person)
            let entries = try r.entries(dossier: person, offset: 0, limit: Int.max).map {
                AccessPolicy.shown($0, to: actor)
            }
            var corrections: [EntryID: [DossierEntry]] = [:]
            for e in entries { if let target = e.corrects { corrections[target, default: []].append(e) } }
            let filed = CaseQuery(scope: session.scope, dossierID: person)
            let cases = try filed.scope.check(try r.cases(filed, offset: 0, limit: Int(Int32.max))) {
                filed.scope.admits(school: $0.schoolID, staffDossier: $0.staffDossier)
            }
            return DossierView(
                person: AccessPolicy.shown(p, to: actor), entries: entries, corrections: corrections,
                tombstones: try r.tombstones().filter { $0.dossierID == person }, cases: cases,
                sendings: entries.contains { $0.kind == .letter } ? try r.letterSendings(dossier: person) : [:])
        }
        try session.auditRead("dossier.read", person: person, detail: "\(view.entries.count) stukken")
        return view
    }

    /// A window of a dossier's timeline (the Dossiers screen): only the page's entries and their
    /// corrections are read, so a dossier of 5,000 entries opens as fast as one of 5. The order
    /// comes from the outline (TimelineOrder). Reading a page is audited, as reading it whole is.
    public func timelinePage(_ person: PersonID, offset: Int, limit: Int) throws -> TimelinePage {
        let page = try session.read { r -> TimelinePage in
            let p = try visibleOwner(r, person)
            let outline = try r.timelineOutline(dossier: person)
            let order = TimelineOrder(outline)
            let start = min(max(0, offset), order.rows.count)
            let rows = order.rows[start..<min(order.rows.count, start + max(0, min(limit, Int(Int32.max))))]
            // The page's entries and the corrections of each, read by their numbers in one call. In
            // the order written: a correction of a correction comes after the correction it corrects.
            let fixes = outline.corrections.sorted { $0.key < $1.key }
            var wanted = Set(rows.map(\.seq))
            for (seq, target) in fixes { if let target, wanted.contains(target) { wanted.insert(seq) } }
            var bySeq: [Int64: DossierEntry] = [:]
            for e in try r.entries(dossier: person, seqs: wanted.sorted()) {
                bySeq[e.seq] = AccessPolicy.shown(e, to: actor)
            }
            let items = rows.compactMap { row in
                bySeq[row.seq].map {
                    TimelineItem(entry: $0, isCorrection: row.isCorrection, correctsSeq: row.correctsSeq)
                }
            }
            var corrections: [EntryID: [DossierEntry]] = [:]
            for (seq, target) in fixes {
                if let target, let fixed = bySeq[target], let fix = bySeq[seq] {
                    corrections[fixed.id, default: []].append(fix)
                }
            }
            let corrected = Set(items.filter { order.corrected.contains($0.entry.seq) }.map(\.entry.id))
            // Whether the page's letters went out: the dossier showed a letter with no word of its
            // sending, which only its case said (a review).
            let letters = Set(items.filter { $0.entry.kind == .letter }.map(\.entry.id))
            let sendings =
                letters.isEmpty ? [:] : try r.letterSendings(dossier: person).filter { letters.contains($0.key) }
            return TimelinePage(
                person: AccessPolicy.shown(p, to: actor), total: order.rows.count,
                tombstones: try r.tombstones(dossier: person), offset: start,
                items: items, corrections: corrections, corrected: corrected, sendings: sendings,
                cases: try DossierCases.read(r, dossier: person, scope: session.scope, limit: DossierCases.openShown))
        }
        let shown = page.items.isEmpty ? "0" : "\(page.offset + 1)–\(page.offset + page.items.count)"
        try session.auditRead("dossier.read", person: person, detail: "stukken \(shown) van \(page.total)")
        return page
    }

    /// One entry of a dossier the actor may read, with the corrections that point at it (a search
    /// hit opened: it opened the entry's case, and the entry had to be found again there, a
    /// review). Reading it is audited as a page of the dossier is.
    public func entry(_ id: EntryID) throws -> EntryRead {
        let found = try session.read { r -> EntryRead in
            // One message for an entry that is not there and one the reader may not read: "dossier
            // N bestaat niet" told whose the entry was (a review).
            let none = CasusError.notFound(
                "stuk \(id) bestaat niet (of u mag het niet zien)", "entry \(id) does not exist (or you may not see it)"
            )
            guard let e = try r.entry(id: id), (try? visibleOwner(r, e.dossierID)) != nil else { throw none }
            let outline = try r.timelineOutline(dossier: e.dossierID)
            let wanted = Self.corrections(of: e.seq, in: outline)
            return EntryRead(
                entry: AccessPolicy.shown(e, to: actor),
                corrections: wanted.isEmpty
                    ? [] : try r.entries(dossier: e.dossierID, seqs: wanted).map { AccessPolicy.shown($0, to: actor) },
                correctsSeq: outline.corrections[e.seq] ?? nil,
                sending: e.kind == .letter ? try r.letterSendings(dossier: e.dossierID)[e.id] : nil)
        }
        try session.auditRead("dossier.read", person: found.entry.dossierID, detail: "stuk \(found.entry.seq)")
        return found
    }

    /// An entry's corrections, and theirs, by number in the order written (as the timeline shows them).
    static func corrections(of seq: Int64, in outline: TimelineOutline) -> [Int64] {
        var wanted: Set<Int64> = [seq]
        for (n, target) in outline.corrections.sorted(by: { $0.key < $1.key }) {
            if let target, wanted.contains(target) { wanted.insert(n) }
        }
        wanted.remove(seq)
        return wanted.sorted()
    }

    /// The numbers of an entry's corrections as the dossier now stands: what a screen showing the
    /// entry asks after a change elsewhere (a correction made in another session did not show on
    /// an entry open on the screen, a review). Only the dossier's outline is read, no text: a
    /// screen left open leaves no line in the audit log for every change elsewhere; it reads the
    /// entry again (`entry`, a read) only when there is a correction it has not shown.
    public func correctionNumbers(of seq: Int64, dossier: PersonID) throws -> [Int64] {
        try session.read { r in
            _ = try visibleOwner(r, dossier)
            return Self.corrections(of: seq, in: try r.timelineOutline(dossier: dossier))
        }
    }

    /// The owner of a dossier the actor may read; any other reads as not existing.
    func visibleOwner(_ r: any StorageReader, _ person: PersonID) throws -> Person {
        guard let p = try r.person(id: person), AccessPolicy.maySeeDossier(of: p, actor: actor),
            p.kind == .pupil || p.kind.isPersonnel
        else { throw try Self.noDossier(person, r, actor: actor) }
        return p
    }

    /// Why there is no dossier to show: a parent has none of their own (what is recorded about a
    /// parent is in their child's, where the case about them is filed: "bestaat niet" misled a
    /// director who looked for a parent's file for an inzage request, a review); else as before.
    static func noDossier(_ id: PersonID, _ r: any StorageReader, actor: Actor) throws -> CasusError {
        guard let p = try r.person(id: id), p.kind == .parent, AccessPolicy.maySeePerson(p, actor: actor) else {
            return noSuchDossier(id, actor: actor)
        }
        let children = try r.children(ofParent: id).filter { AccessPolicy.maySeeDossier(of: $0, actor: actor) }
        let listed = children.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        return CasusError.notFound(
            "\(p.name) (\(id)) is een ouder en heeft geen eigen dossier"
                + (children.isEmpty
                    ? "" : "; wat over deze ouder is vastgelegd staat in het dossier van het kind: \(listed)"),
            "\(p.name) (\(id)) is a parent and has no dossier of their own"
                + (children.isEmpty ? "" : "; what is recorded about this parent is in the child's dossier: \(listed)"),
            // Only a role that exports is sent to the export (an IB was, and refused, a review).
            hint: AccessPolicy.allows(actor, .export)
                ? Phrase(
                    "Een inzageverzoek van de ouder over de eigen gegevens (AVG art. 15) beantwoordt u met `casus dossier export \(id)`: de zaken over de ouder met hun stukken uit dat dossier.",
                    "A parent's request for access to their own data (GDPR art. 15) is answered with `casus dossier export \(id)`: the cases about the parent with their entries from that dossier."
                )
                : Phrase(
                    "Een inzageverzoek van de ouder over de eigen gegevens (AVG art. 15) beantwoordt de directeur: vraag het hem of haar.",
                    "A parent's request for access to their own data (GDPR art. 15) is the director's to answer: ask them."
                ))
    }

    static func noSuchDossier(_ id: PersonID, actor: Actor) -> CasusError {
        // A role that reads no one's record (a teacher) was pointed at `people list`, which refuses it.
        let hint =
            AccessPolicy.readsRecords(actor)
            ? Phrase(
                "Een dossier hoort bij een leerling of een medewerker; `casus people list` toont de nummers.",
                "A dossier belongs to a pupil or an employee; `casus people list` shows the ids.")
            : Phrase(
                "Uw rol (\(actor.role.label.nl)) leest geen dossiers. Wat u zag of hoorde, meldt u met `casus incident add` (`casus people roster NAAM` toont de nummers).",
                "Your role (\(actor.role.label.en)) reads no dossiers. What you saw or heard, you report with `casus incident add` (`casus people roster NAME` shows the ids)."
            )
        return CasusError.notFound(
            "dossier \(id) bestaat niet (of u mag het niet zien)",
            "dossier \(id) does not exist (or you may not see it)", hint: hint)
    }

    /// A note in a dossier that belongs to no case: an IB's care note, a director's note.
    @discardableResult
    public func addEntry(
        person: PersonID, kind: EntryKind, title: String?, body: String, corrects: EntryID? = nil,
        evidence: [EvidenceFile] = []
    ) throws -> Saved<DossierEntry> {
        // A correction's right depends on what it corrects: asked with the entry, in the write.
        if kind != .care, kind != .correction { try CaseWorkflow.requireWritesNotes(actor, kind: kind) }
        if kind != .correction { try session.require(kind == .care ? .careNote : .correspond) }
        guard [.note, .care, .correction, .email, .phone].contains(kind) else {
            throw CasusError(
                .usage,
                Phrase(
                    "zonder zaak kan alleen een notitie, zorgnotitie, e-mail of telefoonnotitie",
                    "without a case only a note, care note, e-mail or phone note"))
        }
        try kind.check(corrects: corrects)
        let text = body.trimmed
        guard !text.isEmpty else {
            throw CasusError.invalid(
                "een stuk zonder tekst wordt niet opgeslagen", "an entry without text is not saved")
        }
        return try session.write { tx in
            try addEntry(
                person: person, kind: kind, title: title, body: text, corrects: corrects, evidence: evidence, in: tx,
                at: tx.now)
        }
    }

    public func addEntry(
        person: PersonID, kind: EntryKind, title: String?, body text: String, corrects: EntryID? = nil,
        evidence: [EvidenceFile] = [], in tx: Transaction, at now: Timestamp
    ) throws -> DossierEntry {
        if kind != .care, kind != .correction { try CaseWorkflow.requireWritesNotes(actor, kind: kind) }
        if kind != .correction { try session.require(kind == .care ? .careNote : .correspond) }
        try tx.willAppend(to: person)
        let p = try visibleOwner(tx.r, person)
        try CaseWorkflow.requireNotTheBoardsRecord(
            p, actor: actor, tx.r, what: Phrase("in het dossier schrijven", "writing in their dossier"))
        if kind == .care, p.kind != .pupil {
            throw CasusError.refused(
                "een zorgnotitie hoort in een leerlingdossier", "a care note belongs in a pupil's dossier")
        }
        if let corrects {
            guard let old = try tx.r.entry(id: corrects), old.dossierID == person else {
                throw CasusError.notFound(
                    "stuk \(corrects) staat niet in dit dossier", "entry \(corrects) is not in this dossier")
            }
            try Self.requireRightToCorrect(old, session: session)
        } else if kind == .correction {
            try session.require(.correspond)
        }
        let draft = EntryDraft(
            kind: kind, title: title?.trimmed.nilIfEmpty ?? kind.label.nl.capitalizedFirst,
            body: text, caseID: nil, corrects: corrects, evidence: evidence)
        return try tx.append(draft, to: person, at: now)
    }

    /// That the session may correct `old`, in a dossier or a case alike (an IB could correct its
    /// own care note in the dossier, not in the case it wrote it in, a review).
    static func requireRightToCorrect(_ old: DossierEntry, session: Session) throws {
        let actor = session.actor
        let right = rightToCorrect(old, by: actor)
        // Another's care note is theirs to correct (or the director's): an IB marked the
        // director's and another IB's notes "gecorrigeerd", and the parents' export showed
        // them so (a review). Said as such, not as "brieven en notities vastleggen": of any
        // entry not theirs (an IB who had just written notes was told she may not, a review).
        if right == .correspond, AccessPolicy.allows(actor, .careNote), !AccessPolicy.allows(actor, .correspond) {
            throw CasusError.refused(
                "stuk #\(old.seq) is een \(old.kind.label.nl) van \(old.authorName); u corrigeert alleen wat u zelf schreef; er is niets veranderd",
                "entry #\(old.seq) is a \(old.kind.label.en) by \(old.authorName); you correct only what you wrote yourself; nothing was changed",
                hint: Phrase(
                    "Vraag \(old.authorName) of de directeur het te corrigeren, of schrijf een eigen zorgnotitie.",
                    "Ask \(old.authorName) or the director to correct it, or write a care note of your own."))
        }
        try session.require(right)
    }

    /// What correcting an entry asks of the role: the writer's own care note, or the writer's own
    /// correction of one, is corrected as care notes are written (an IB could add a care note but
    /// not correct a slip in it, a review); anything else, another's care note too, is
    /// correspondence, the director's (an IB corrected the director's care notes and another
    /// IB's, a review). By induction an IB's corrections all lead back to its own care notes. The
    /// server checks the same (PGSchema+Authorize, entry.appended).
    static func rightToCorrect(_ old: DossierEntry, by actor: Actor) -> AccessPolicy.Action {
        (old.kind == .care || old.kind == .correction) && old.author == actor.account ? .careNote : .correspond
    }

    /// An evidence file from the store, checked against its SHA-256. Reading it is audited.
    public func evidence(_ sha256: String) throws -> EvidenceFile {
        try session.require(.correspond)
        guard let file = try session.read({ try $0.evidence(sha256: sha256) }) else {
            throw CasusError.notFound("bewijsstuk \(sha256) bestaat niet", "evidence \(sha256) does not exist")
        }
        guard file.sha256 == sha256 else {
            throw CasusError(
                .storage,
                Phrase(
                    "bewijsstuk \(sha256) is veranderd: de SHA-256 klopt niet meer",
                    "evidence \(sha256) has changed: its SHA-256 no longer matches"))
        }
        try session.auditRead("evidence.read", detail: sha256)
        return file
    }

    /// Everything the role may see that matches the words: (for a role that reads the triage queue)
    /// the reports, newest first, then entries and case summaries grouped by person, then case (its
    /// summary first), then time.
    /// The most hits of each source (case summaries, reports, entries) a search reads.
    public static let searchLimit = 200

    public func search(_ text: String, limit: Int = searchLimit) throws -> [SearchHit] {
        try session.require(.search)
        let text = SearchQuery.leading(text)
        // No hits asked for, none read (SQLite reads a negative LIMIT as no limit at all).
        guard limit >= 1, !SearchQuery.words(text).isEmpty else { return [] }
        // The reports first, newest first (a report is in no one's dossier; it names its people),
        // then per person each case with its summary first.
        let (exact, found) = Self.exactFirst(try hits(text, limit: limit), typed: text)
        let reports = found.filter { $0.source == .report }.sorted {
            ($0.at, $0.incidentID ?? 0) > ($1.at, $1.incidentID ?? 0)
        }
        let shown =
            exact + reports
            + found.filter { $0.source != .report }.sorted {
                ($0.personName, $0.person, $0.caseNumber ?? "", $0.source == .caseSummary ? 0 : 1, $0.at)
                    < ($1.personName, $1.person, $1.caseNumber ?? "", $1.source == .caseSummary ? 0 : 1, $1.at)
            }
        try auditShown(shown, text)
        return shown
    }

    /// A line for each person whose hits a search shows (one line naming no one when it shows
    /// nothing): `casus audit --person` showed the read of a dossier but not a search that showed
    /// the same notes (found by a review). One call, as the search's line was. The line says how
    /// many words were searched and how many hits were shown, not the words: they are what the
    /// user typed ("Mohamed Bruijn ADHD"), and an audit line stays for good, after the dossier it
    /// names is purged (AVG art. 5 lid 1 onder c and e; a review found them there years on).
    private func auditShown(_ hits: [SearchHit], _ text: String) throws {
        var seen = Set<PersonID>()
        // A report's hit names all it names (a second review: only the first got a line; a third:
        // not its victim and witnesses).
        let people = hits.flatMap { [$0.person] + $0.reportPeople }.filter { seen.insert($0).inserted }
        let words = Phrase.count(SearchQuery.words(text).count, "woord", "woorden", "word", "words")
        let shown = Phrase.count(hits.count, "treffer", "treffers", "hit", "hits")
        try session.auditRead("search", people: people, detail: "\(words.nl), \(shown.nl)")
    }

    /// Up to `limit` hits of each source as the store hands them (case summaries, then entries, each
    /// newest first), within the role's scope (the caller writes the audit lines for what it shows).
    private func hits(_ text: String, limit: Int) throws -> [SearchHit] {
        // The number as casus writes it ("2026-5" → "2026-0005"): its digits as loose words found
        // another pupil's letter by "Groep: 5" (a review).
        let number = CaseNumber.typed(text)
        var query = SearchQuery(
            scope: session.scope, text: number ?? text, limit: limit,
            reports: AccessPolicy.allows(session.actor, .readTriageQueue),
            lettersWhole: AccessPolicy.allows(session.actor, .correspond))
        query.reportsNotAbout = session.actor.ownPeople.sorted()
        let found = try query.scope.check(
            try session.read { r in
                let hits = try r.search(query)
                // A case number typed finds that case: "2026-0012" found only texts holding both
                // numbers, and a case opened that morning "Niets" (a review).
                guard let number, !hits.contains(where: { $0.source == .caseSummary && $0.caseNumber == number }),
                    let hit = try caseHit(number, r)
                else { return hits }
                return [hit] + hits
            }
        ) {
            query.scope.admits(school: $0.schoolID, staffDossier: $0.personKind.isPersonnel)
        }
        return found
    }

    /// The hits of the case whose number `text` is ("2026-12"), and the others: a list shows that
    /// case first (it came after another pupil's letter, by name, a review).
    public static func exactFirst(_ hits: [SearchHit], typed text: String) -> (exact: [SearchHit], rest: [SearchHit]) {
        guard let number = CaseNumber.typed(text) else { return ([], hits) }
        let isIt = { (h: SearchHit) in h.source == .caseSummary && h.caseNumber == number }
        return (hits.filter(isIt), hits.filter { !isIt($0) })
    }

    /// The case with this number as a search hit, when the actor may see it.
    private func caseHit(_ number: String, _ r: any StorageReader) throws -> SearchHit? {
        guard let id = try r.caseID(number: number), let c = try r.caseWithPeople(id: id), let owner = c.owner,
            AccessPolicy.maySee(c.record, dossierOwner: owner, actor: actor)
        else { return nil }
        return SearchHit(
            source: .caseSummary, entryID: nil, caseID: id, caseNumber: number, person: owner.id,
            personName: owner.name, personKind: owner.kind, schoolID: c.record.schoolID, title: "Zaak \(number)",
            snippet: SearchHit.marked(
                SearchHit.hitStart + number + SearchHit.hitEnd + " " + String(c.record.summary.prefix(200))),
            at: c.record.openedAt, caseOutcome: c.record.outcome)
    }

    /// One page of a search as a list (`casus search --offset --limit`): the matching reports
    /// newest first (as the full screen lists them), then the case summaries, then the entries,
    /// each newest first; `more` when the list
    /// goes on after this page. Every page of one search reads the same list (the choice between
    /// whole words and prefixes does not depend on the page, `SearchQuery.wholeWordsEnough`).
    public func searchPage(_ text: String, offset: Int, limit: Int) throws -> SearchPage {
        try session.require(.search)
        let text = SearchQuery.leading(text)
        guard offset >= 0, limit >= 1 else {
            throw CasusError(
                .invalid,
                Phrase(
                    "een bladzijde zoekresultaten begint bij 0 of later en heeft 1 of meer treffers",
                    "a page of search results starts at 0 or later and holds 1 or more hits"))
        }
        // One more than the page, of each source, to know whether the list goes on.
        let (end, overflow) = offset.addingReportingOverflow(limit)
        guard !overflow, end < Int(Int32.max) else {
            throw CasusError(
                .invalid,
                Phrase("--offset en --limit samen zijn te groot", "--offset and --limit together are too large"))
        }
        guard !SearchQuery.words(text).isEmpty else { return SearchPage(hits: [], more: false) }
        let found = try hits(text, limit: end + 1)
        // The reports first (as `search` and the full screen list them), then the case summaries,
        // then the entries, each newest first as the stores hand them.
        let (exact, rest) = Self.exactFirst(found, typed: text)
        let list =
            exact + rest.filter { $0.source == .report } + rest.filter { $0.source == .caseSummary }
            + rest.filter { $0.source == .entry }
        let page = Array(list.dropFirst(offset).prefix(limit))
        try auditShown(page, text)
        return SearchPage(hits: page, more: list.count > end)
    }
}
