import Foundation

/// A letter, PDF or export held against the chains (`casus verify --against FILE`): for every
/// seal it carries, whether the event chain still holds the event it names with that hash,
/// whether the dossier still holds the entry with that hash, whether a letter's words are the
/// words filed, and how far the chains have moved on since.
public struct DocumentCheck: Sendable {
    /// An export's text against its record in the audit log (`Seal.record`).
    public enum ExportText: Sendable, Equatable {
        /// The text is the one recorded, to the letter.
        case same
        /// The text is not the one recorded: changed since it left casus.
        case differs
        /// The same, of a JSON export that another tool may have laid out again (jq, an editor): the
        /// record counts where a space stands, not how many, and such a copy reads as changed.
        case differsAsJSON
        /// The text is the one recorded, but its seal names another entry than the export's did
        /// (recorded since the fiftieth stop): the seal was changed. The entry the export named.
        case otherEntry(Int64)
        /// The seal names no line of this dossier's exports (a seal taken from a letter, or made up).
        case noRecord
        /// The seal names a line past the log's end: the log was cut after the export was made
        /// (the copy was blamed for it, a review). The number of lines the log holds.
        case lineGone(Int64)
        /// The seal names no line at all: an export made before casus recorded an export's text
        /// (only the chain's place can be checked), or a letter's seal with its word "brief" taken out.
        case unrecorded
    }

    /// A PDF of a letter against the PDFs casus made of it (their SHA-256s in `letter.print` lines).
    public enum PDFOrigin: Sendable, Equatable {
        /// Byte for byte one casus made: this line recorded it.
        case made(AuditRecord)
        /// casus made PDFs of this letter (this many), and this file is none of them: written again
        /// by another program, whatever its text says.
        case notMade(Int)
        /// No PDF of this letter was recorded with its SHA-256 (made before casus kept it): its text
        /// is compared, as before.
        case unrecorded
        /// casus never made a copy of this kind of this letter: the file was made elsewhere (a
        /// letter's words laid out anew, a word coloured white); its words may be the letter's, what
        /// the page shows cannot be told. A PDF made from casus's HTML copy with another program
        /// "klopte", said to be one "made before casus kept it" (a review).
        case neverMade
        /// casus made PDFs of this letter (this many, their SHA-256 kept) and this file is none of
        /// them, but a copy was also printed before casus kept the SHA-256 (a PDF, or an HTML copy
        /// recorded alike): it may be that one, or a forgery; what the page shows cannot be told.
        /// Not sound, and not said to be changed (a genuine older PDF was called a fake, a review;
        /// then a forgery passed as the older one).
        case uncertain(Int)

        /// Byte for byte a copy casus made.
        var isMade: Bool {
            if case .made = self { return true }
            return false
        }

        /// Whether the file cannot be taken as casus's own (a forgery, or none can tell).
        var disowns: Bool {
            switch self {
            case .notMade, .uncertain, .neverMade: true
            case .made, .unrecorded: false
            }
        }
    }

    public enum Match: Sendable, Equatable {
        case same
        /// The chain holds that place with another hash: rewritten since, or another database.
        case differs(String)
        /// The chain has no such place (shorter than the document says, or purged with the entries
        /// after it: `SealCheck.purgedBeyondCheck`).
        case absent
        /// A document that gives no hash for its entry (`Seal.withheld`): an entry written before the
        /// salt, an export's head beside text it left out or a letter printed since. An export's
        /// text is held against its audit line instead, a letter's words against the filed letter.
        /// For the event: the chain holds that place, and the seal gives no hash for it, as a document
        /// made by a login that reads none does (`Seal.withholdsEvent`, `SealedEvent.makerMayLackHash`).
        case withheld
        /// The event: the seal gives no hash where its maker read it (`SealedEvent.makerMayLackHash`):
        /// the seal was changed (a real hash zeroed passed, a review).
        case hashRemoved
        /// The event: the chain holds that place; whoever checks reads no event's hash (a school's
        /// director on a server of several schools), so the seal's hash was not compared.
        case unread
        /// The event: the seal names one before the event that appended its own entry (that one):
        /// no document of the entry stood there (a seal moved to event 1 passed, a review).
        case beforeEntry(Int64)
        /// The event: the export's line records another (that one) than its seal names; or a letter's
        /// seal without its event's hash names another than the event that filed the letter (that one).
        case notRecorded(Int64)
    }

    public struct SealCheck: Sendable {
        public var seal: Seal
        public var event: Match
        public var entry: Match
        /// The dossier was purged after the document was made.
        public var purged: Tombstone?
        /// The sealed event is the one that appended the sealed entry: of that dossier, at that
        /// number, with that hash (the event keeps the entry's hash when the purge took the entry).
        public var eventIsTheEntry = false
        /// For a letter: words of the filed text missing from the document, and words in the
        /// document's text that the filed letter does not have (first few of each); nil when the
        /// entry is not a letter or is not readable.
        public var missingWords: [String]?
        public var addedWords: [String]?
        /// The letter's text differs in more places than are compared one by one.
        public var tooDifferent = false
        /// For an export: its text held to the SHA-256 its audit line records (nil for a letter),
        /// and that line: who recorded the export, when. On a server the export is made on the
        /// exporting account's computer, so its text is what that account recorded (a review had
        /// an IB record a text of its own making): the verdict names them.
        public var exportText: ExportText?
        public var exportRecord: AuditRecord?
        /// For a letter held as a PDF or as casus's HTML copy: whether the file is one casus made of
        /// it (nil: neither), and which of the two it is.
        public var pdf: PDFOrigin?
        public var copyIsHTML = false

        /// Everything holds but the text, which cannot be checked (an export made before casus
        /// recorded an export's text): not sound, and not shown to be changed either.
        public var onlyPlaceHolds: Bool {
            (exportText == .unrecorded && eventHolds && entry == .same) || purgedLetterUncheckable
                || uncertainPDF || onlyTheEventUnread
        }

        /// A PDF that may be one made before casus kept PDFs' SHA-256s, whose words are the letter's.
        public var uncertainPDF: Bool {
            switch pdf {
            case .uncertain?, .neverMade?: break
            default: return false
            }
            return eventHolds && entry == .same && dossierBreak == nil && !tooDifferent
                && (missingWords ?? []).isEmpty && (addedWords ?? []).isEmpty
        }
        /// Entries appended to the dossier since, and events since.
        public var laterEntries: Int64
        public var laterEvents: Int64
        /// Entries of the document corrected since: (the entry's number, the correction's). "7
        /// stuk(ken) bijgekomen" did not say that what the document holds was corrected (a review).
        public var laterCorrections: [(entry: Int64, by: Int64)] = []
        /// The export of a parent's own data (a parent has no dossier: `laterEntries` counts the
        /// entries of the cases about them, in their children's dossiers, written since). The seal's
        /// empty chain said nothing was added while the cases went on (a review).
        public var aboutParent = false
        /// The first entry of the sealed dossier whose stored fields no longer give its hash, or
        /// that does not link to the one before: the dossier was changed behind casus's back, and
        /// its stored hashes (which the seal is compared with) say nothing. A letter's words were
        /// compared with a body edited in the file, its hash column left, and a forged copy
        /// "klopte" while the genuine one did not (a review).
        public var dossierBreak: (seq: Int64, reason: DossierChain.Break)?

        /// The document's entry went with a purge that kept only a later entry's hash (the
        /// tombstone's): the dossier holds nothing left to compare it with. Not "does not match": a
        /// genuine letter whose dossier had an entry more was called false after the purge (a review).
        public var purgedBeyondCheck: Bool { purged != nil && entry == .absent }

        /// A copy byte for byte one casus made of this letter (its SHA-256 recorded when it was made):
        /// its words are what casus printed, whatever a text reader makes of them. A genuine PDF with
        /// an emoji its fonts could not draw, or an Arabic name pdftotext reorders, was called changed
        /// (a review); the differences are still shown.
        public var madeByCasus: Bool { pdf?.isMade == true }

        /// The chain holds the sealed event: with the seal's hash, or at its place where no hash is
        /// compared (`Match.withheld`).
        public var eventHolds: Bool { event == .same || event == .withheld }

        /// The seal names a place the chain holds and the document could stand at (whatever its hash).
        public var eventPlaceHolds: Bool {
            switch event {
            case .same, .withheld, .unread, .differs: true
            case .absent, .hashRemoved, .beforeEntry, .notRecorded: false
            }
        }

        public var isSound: Bool { eventHolds && soundButTheEvent }

        /// Everything holds but the event's hash, which this reader cannot compare (`Match.unread`):
        /// the board can; neither "matches" nor "does not match".
        public var onlyTheEventUnread: Bool { event == .unread && soundButTheEvent }

        /// Everything but the event holds.
        var soundButTheEvent: Bool {
            (entry == .same || entry == .withheld || (purgedBeyondCheck && seal.document == .dossier))
                && (madeByCasus || ((missingWords ?? []).isEmpty && (addedWords ?? []).isEmpty && !tooDifferent))
                && dossierBreak == nil
                && (seal.document == .letter ? missingWords != nil : exportText == .same)
                // A purged dossier's export is sound when the audit line's SHA-256 is its text's:
                // the copy was genuine, the dossier is gone since. A letter's words went with it.
                && (purged == nil || seal.document == .dossier)
                && pdf?.disowns != true
        }

        /// A letter of a purged dossier in which nothing contradicts the chain: it can no longer be
        /// checked at all, which is neither "matches" nor "does not match". Whether the entry was a
        /// letter, and its words, went with the purge (the chain's event of an entry keeps its
        /// dossier, number and hash, not its kind): a made-up letter under the seal of a note got
        /// "de plaats in de keten klopt" (two reviews), and a genuine letter was called false.
        var purgedLetterUncheckable: Bool {
            seal.document == .letter && purged != nil && eventHolds && dossierBreak == nil
                && (entry == .same || purgedBeyondCheck)
        }
    }

    public var seals: [SealCheck]
    public var isSound: Bool { !seals.isEmpty && seals.allSatisfy(\.isSound) }
    /// Not sound only because a text cannot be checked: a third verdict, not "does not match".
    public var onlyPlaceHolds: Bool {
        !isSound && seals.allSatisfy { $0.isSound || $0.onlyPlaceHolds }
    }
}

extension Integrity {
    /// Whether this login reads the whole store's chains, and so may walk them (`verify`): where it
    /// reads the event chain's head without its hash, it does not (on a server of several schools, a
    /// school's director: the chains are every school's, `SealedEvent`).
    public func readsTheChains() throws -> Bool {
        // Asked only of a role that checks the chains: an IB or a teacher was told that walking the
        // server is for the board, "a school's director" (a review); their role's refusal says why.
        try session.require(.readAudit)
        return try session.read { r in !(try r.eventHead().hash.isEmpty) }
    }

    /// Holds a document's text against the chains. Refused when the text carries no seal.
    /// `pdf`: the SHA-256 of the file's bytes when it is a PDF, held to the PDFs casus made; `html`:
    /// when it is casus's HTML copy of a letter, held to the copies casus wrote. `record`: the check
    /// is a line of the audit log; not on a store `verify` found unsound, whose own advice is to work
    /// no further in it (a line "brief nr. 4: ok" was chained onto a broken log, a review).
    public func check(
        document text: String, name: String, pdf: String? = nil, html: String? = nil, record: Bool = true
    ) throws -> DocumentCheck {
        try session.require(.readAudit)
        let seals = Seal.find(in: text)
        guard !seals.isEmpty else {
            throw CasusError.invalid(
                "\(name) draagt geen casus-ketenkop; alleen brieven, PDF's en exports uit casus zijn te controleren",
                "\(name) carries no casus chain head; only letters, PDFs and exports made by casus can be checked",
                hint: Phrase(
                    "Zoek de regel ‘casus-ketenkop: dossier …’ onderaan het document; een scan zonder tekstlaag kan niet.",
                    "Look for the line ‘casus chain head: dossier …’ at the foot of the document; a scan without a text layer cannot be checked."
                ))
        }
        let checks = try session.read { r in
            let head = try r.eventHead()
            return try seals.map { seal in
                let copy: (origin: DocumentCheck.PDFOrigin, html: Bool)? =
                    seal.document != .letter
                    ? nil
                    : try pdf.map { (try Self.origin($0, of: seal, html: false, r), false) }
                        ?? html.map { (try Self.origin($0, of: seal, html: true, r), true) }
                var check = try Self.check(seal, text: text, head: head, copy: copy?.origin, r)
                check.pdf = copy?.origin
                check.copyIsHTML = copy?.html ?? false
                return check
            }
        }
        // What was checked and against which dossier, not the file's name: it often names the person
        // ("ontslag-karin-terpstra.pdf") and the line stays for good (a review, as for exports).
        let what = seals.map { "\($0.document == .letter ? "brief" : "export") nr. \($0.entry.seq)" }
        guard record else { return DocumentCheck(seals: checks) }
        try session.auditRead(
            "verify.document", people: Array(Set(seals.map(\.dossier))).sorted(),
            detail: what.joined(separator: ", ") + ": " + (checks.allSatisfy(\.isSound) ? "ok" : "afwijking"))
        return DocumentCheck(seals: checks)
    }

    /// `copy`: for a letter's PDF or HTML copy, whether casus made it (`origin`).
    static func check(
        _ seal: Seal, text: String, head: ChainHead, copy: DocumentCheck.PDFOrigin? = nil, _ r: any StorageReader
    ) throws -> DocumentCheck.SealCheck {
        // An export's line names who made it, and the event its seal names (since the fifty-second stop).
        let line = try recordedLine(seal, r)
        let recordedEvent = line?.detail.firstMatch(of: /, gebeurtenis ([0-9]+)$/).flatMap { Int64($0.1) }
        let dossierHead = try r.chainHead(dossier: seal.dossier)
        let purges = try r.tombstones(dossier: seal.dossier)
        // After a purge the dossier's entries go on from the tombstone's seq.
        let base = purges.last(where: { $0.lastSeq < seal.entry.seq })?.lastSeq ?? 0
        let sealed =
            seal.entry.seq == 0
            ? nil
            : try r.entries(dossier: seal.dossier, offset: Int(seal.entry.seq - base - 1), limit: 1).first.flatMap {
                $0.seq == seal.entry.seq ? $0 : nil
            }
        // Who made the document, where a seal gives no event's hash: casus leaves it out only for a
        // login that reads none. An export's line names its maker; a letter's text is sealed by its
        // filer, a PDF or HTML copy by whoever printed it (a board's letter zeroed passed, a review).
        // Each as they were when they made it (a director who joined the board since saw every letter
        // of theirs called changed, a review).
        let makers: SealedEvent.Makers? =
            !seal.withholdsEvent
            ? nil
            : seal.document == .dossier
                ? line.map { SealedEvent.Makers(lines: [$0.id], filer: false) }
                : try sealed.map { _ in
                    SealedEvent.Makers(lines: try printLines(of: seal, r).map(\.line.id), filer: true)
                }
        let stored = try r.sealedEvent(seq: seal.event.seq, entry: (seal.dossier, seal.entry.seq), makers: makers)
        let event: DocumentCheck.Match =
            switch stored {
            case nil: .absent
            case _? where recordedEvent != nil && recordedEvent != seal.event.seq: .notRecorded(recordedEvent ?? 0)
            case let e? where (e.entryEvent ?? 0) > seal.event.seq: .beforeEntry(e.entryEvent ?? 0)
            // The place alone where the seal gives no hash: only where its maker may have read none,
            case let e? where seal.withholdsEvent && !e.makerMayLackHash: .hashRemoved
            // and, on a letter, only at the event that filed it (`Letters.seal(of:in:)`): any later
            // place passed, "0 gebeurtenissen sindsdien" (a review). A copy byte for byte one casus
            // made stands where casus printed it (a PDF of the fifty-second stop named the head).
            case let e? where seal.withholdsEvent && seal.document == .letter && copy.map(\.isMade) != true:
                e.entryEvent.map { $0 == seal.event.seq ? .withheld : .notRecorded($0) } ?? .withheld
            case _? where seal.withholdsEvent: .withheld
            // Or where this reader reads none: the place holds, the hash is the board's to compare.
            case let e? where e.hash.isEmpty: .unread
            case let e? where e.hash == seal.event.hash: .same
            case let e?: .differs(e.hash)
            }
        var check = DocumentCheck.SealCheck(
            seal: seal, event: event, entry: .absent, laterEntries: 0, laterEvents: max(0, head.seq - seal.event.seq))
        if let appended = stored?.entry, appended.dossier == seal.dossier {
            check.eventIsTheEntry = appended.seq == seal.entry.seq && appended.hash == seal.entry.hash
        }
        if seal.entry.seq == 0 {
            check.entry = seal.entry.hash == DossierChain.genesis ? .same : .differs(DossierChain.genesis)
            // An empty dossier's copy: purged since, it is said (it read "stuk 0 staat ongewijzigd").
            check.purged = purges.first
        } else if let e = sealed {
            // Withheld only where casus withholds it: an entry without a salt (`DossierExport.withholdHashes`,
            // `DossierEntry.printedHash`).
            check.entry =
                e.hash == seal.entry.hash
                ? .same : seal.withholdsEntry && e.salt.isEmpty ? .withheld : .differs(e.hash)
            if seal.document == .letter, check.entry == .same || check.entry == .withheld {
                let layout = try r.person(id: e.dossierID).map { try Letters.layout(e, owner: $0, in: r) }
                // The small print is the seal and this letter's own chain line, nothing else: any
                // line shaped like it was left out, so a sentence dressed as one passed (a review).
                let printed = Seal.withoutSmallPrint(text, chainLine: layout?.chainLine)
                var diff = WordDiff(filed: e.body, printed: printed)
                // A PDF draws the letterhead, addressee, date and signature the text has not itself.
                if diff.edits > 0, let layout {
                    let page = WordDiff(filed: layout.printedText, printed: printed)
                    if page.edits < diff.edits { diff = page }
                }
                check.missingWords = diff.missing
                check.addedWords = diff.added
                check.tooDifferent = diff.tooDifferent
            }
        } else if let t = purges.first(where: { $0.lastSeq >= seal.entry.seq }) {
            // Gone with the purge: only the last entry's hash is kept, in the tombstone. The document's
            // entry is that one (its hash holds or not), or one before it (nothing to compare).
            check.entry =
                t.lastSeq != seal.entry.seq
                ? .absent
                : t.lastHash == seal.entry.hash ? .same : seal.withholdsEntry ? .withheld : .differs(t.lastHash)
            check.purged = t
        }
        check.laterEntries = max(0, dossierHead.seq - seal.entry.seq)
        if check.laterEntries > 0 {
            check.laterCorrections = try r.timelineOutline(dossier: seal.dossier).corrections.compactMap {
                seq, target in
                guard seq > seal.entry.seq, let target, target <= seal.entry.seq else { return nil }
                return (entry: target, by: seq)
            }.sorted { ($0.entry, $0.by) < ($1.entry, $1.by) }
        }
        // The dossier's own chain, from its start (or its last purge) to its head, entry by entry.
        var walker =
            purges.last.map { DossierChain.Walker(prev: $0.lastHash, nextSeq: $0.lastSeq + 1) } ?? DossierChain.Walker()
        var offset = 0
        walk: while true {
            let page = try r.entries(dossier: seal.dossier, offset: offset, limit: 500)
            for e in page {
                if let reason = walker.check(e) {
                    check.dossierBreak = (e.seq, reason)
                    break walk
                }
            }
            guard page.count == 500 else { break }
            offset += page.count
        }
        if seal.document == .dossier {
            (check.exportText, check.exportRecord) = try exportText(seal, text: text, line: line, r)
        }
        if seal.document == .dossier, let made = check.exportRecord?.at, let owner = try r.person(id: seal.dossier),
            owner.kind == .parent
        {
            check.aboutParent = true
            (check.laterEntries, check.laterCorrections) = try laterAboutParent(owner, since: made, r)
        }
        return check
    }

    /// What was written since `made` of what a parent's export holds (`Dossiers.parentShare`: the
    /// cases about them, the letters to them, in their children's dossiers), and which entries it
    /// held were corrected since.
    static func laterAboutParent(_ parent: Person, since made: Timestamp, _ r: any StorageReader) throws
        -> (Int64, [(entry: Int64, by: Int64)])
    {
        let cases = try r.cases(aboutSubject: parent.id)
        var later: Int64 = 0
        var corrected: [(entry: Int64, by: Int64)] = []
        let children = try r.children(ofParent: parent.id).map(\.id)
        for dossier in Set(cases.map(\.dossierID)).union(children).sorted() {
            let all = try r.entries(dossier: dossier, offset: 0, limit: Int.max)
            let share = try Dossiers.parentShare(of: all, in: dossier, cases: cases, parent, r).taken
            let before = Dictionary(
                all.filter { $0.at <= made && share.contains($0.id) }.map { ($0.id, $0.seq) },
                uniquingKeysWith: { a, _ in a })
            for e in all where e.at > made {
                let target = e.corrects.flatMap { before[$0] }
                guard share.contains(e.id) || target != nil else { continue }
                later += 1
                if let target { corrected.append((entry: target, by: e.seq)) }
            }
        }
        return (later, corrected)
    }

    /// A PDF's bytes against the PDFs of the sealed letter casus recorded (`Letters.printed`).
    /// The sealed letter's `letter.print` lines, newest first, each with what it records (a PDF, else
    /// an HTML copy, and the copy's SHA-256).
    static func printLines(of seal: Seal, _ r: any StorageReader) throws
        -> [(line: AuditRecord, pdf: Bool, sha256: String?)]
    {
        var out: [(line: AuditRecord, pdf: Bool, sha256: String?)] = []
        var before: Int64?
        while true {
            let page = try r.audit(person: seal.dossier, before: before, offset: 0, limit: 500)
            for line in page where line.action == "letter.print" {
                if let printed = Letters.PrintLine.read(line.detail, seq: seal.entry.seq) {
                    out.append((line, printed.pdf, printed.sha256))
                }
            }
            guard page.count == 500, let last = page.last else { break }
            before = last.id
        }
        return out
    }

    static func origin(_ sha: String, of seal: Seal, html: Bool, _ r: any StorageReader) throws
        -> DocumentCheck.PDFOrigin
    {
        var made = 0
        var madeBefore = 0
        for printed in try printLines(of: seal, r) where printed.pdf != html {
            // A PDF made before casus kept its SHA-256 (an HTML copy says so, and is none).
            guard let digest = printed.sha256 else {
                madeBefore += 1
                continue
            }
            if digest == sha { return .made(printed.line) }
            made += 1
        }
        // A PDF of this letter made before may be this one: its bytes were not kept, so only its text
        // is compared (a genuine copy made before was called a fake once a new one was made, a review).
        // None made at all: not one of casus's. An HTML copy, text anyone can change, is casus's only
        // with its SHA-256: one from before casus kept it is uncertain, not taken on its words.
        if made == 0 && madeBefore == 0 { return .neverMade }
        if made == 0 { return html ? .uncertain(0) : .unrecorded }
        return madeBefore > 0 ? .uncertain(made) : .notMade(made)
    }

    /// Whether a document is JSON (an export in `--format json`, or one laid out again).
    static func isJSON(_ text: String) -> Bool {
        let data = Data(text.utf8)
        return text.first(where: { !$0.isWhitespace }) == "{"
            && (try? JSONSerialization.jsonObject(with: data)) != nil
    }

    /// The export's line a seal names (`Seal.record`), where it is that dossier's export's: the
    /// dossier's newest line up to that one.
    static func recordedLine(_ seal: Seal, _ r: any StorageReader) throws -> AuditRecord? {
        guard let record = seal.record else { return nil }
        return try r.audit(person: seal.dossier, before: record + 1, offset: 0, limit: 1).first.flatMap {
            $0.id == record && $0.action == "dossier.export" && $0.personID == seal.dossier ? $0 : nil
        }
    }

    /// An export's text against the SHA-256 its line in the audit log records (`line`, as
    /// `recordedLine` read it), and that line.
    static func exportText(_ seal: Seal, text: String, line: AuditRecord?, _ r: any StorageReader) throws
        -> (DocumentCheck.ExportText, AuditRecord?)
    {
        guard let record = seal.record else { return (.unrecorded, nil) }
        let lines = try r.auditHead().seq
        if record > lines { return (.lineGone(lines), nil) }
        guard let line, let digest = line.detail.firstMatch(of: /tekst ([0-9a-f]{64})/)?.1 else {
            return (.noRecord, nil)
        }
        guard digest == Seal.textDigest(text) else { return (isJSON(text) ? .differsAsJSON : .differs, line) }
        if let named = line.detail.firstMatch(of: /, ketenkop stuk ([0-9]+)(, |$)/).flatMap({ Int64($0.1) }),
            named != seal.entry.seq
        {
            return (.otherEntry(named), line)
        }
        return (.same, line)
    }
}

/// A filed letter's words against a printed copy's, every word and mark of both: what the copy
/// lacks and what it adds, anywhere (a filed letter holds its whole text, letterhead to
/// signature; the seal and the page's chain line are taken out before). A PDF's line breaks are
/// allowed for: a word the page broke (at its hyphen, or a long web address anywhere) comes back
/// from `pdftotext -layout` in pieces, which read as the filed word when together they are one. A
/// review found words added before or after the letter not counted, a changed mark not seen, a
/// long letter barely compared, a genuine PDF called changed for a broken compound word, and
/// then hyphens ignored everywhere ("1-3 dagen" read as "13 dagen").
struct WordDiff {
    var missing: [String] = []
    var added: [String] = []
    /// How many words the copy lacks or adds (more than `maxEdits` when too different).
    var edits = 0
    /// The texts differ in more places than are compared one by one.
    var tooDifferent: Bool { edits > Self.maxEdits }

    /// Beyond this many words missing or added the copy is not this letter; the comparison's
    /// memory grows with the square of this number (Myers' algorithm keeps a row per edit).
    static let maxEdits = 2000

    init(filed: String, printed: String) {
        let a = Self.words(filed)
        guard !a.isEmpty else { return }
        let known = Set(a.map(Self.key))
        let b = Self.joinedBreaks(Self.words(printed), known: known)
        var ids: [String: Int] = [:]
        func id(_ word: String) -> Int {
            let k = Self.key(word)
            if let known = ids[k] { return known }
            ids[k] = ids.count
            return ids.count - 1
        }
        let ka = a.map(id)
        let kb = b.map(id)
        guard let (lost, extra) = Self.edits(ka, kb, maxEdits: Self.maxEdits) else {
            edits = Self.maxEdits + 1
            let printed = Set(kb)
            missing = Self.firstDistinct(zip(a, ka).filter { !printed.contains($0.1) }.map(\.0))
            return
        }
        edits = lost.count + extra.count
        missing = Self.firstDistinct(lost.map { a[$0] })
        added = Self.firstDistinct(extra.map { b[$0] })
    }

    static func firstDistinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return Array(words.filter { seen.insert($0).inserted }.prefix(5))
    }

    /// The words of a text, marks and capitals kept (a changed capital or mark is a change).
    /// Split at white space scalar by scalar: a space carrying a combining mark (a prohibition sign
    /// over "waarschuwing") read as white space and the mark was dropped; a carriage return that is
    /// not a line's end (it hides the line before it on a terminal) is a word of its own (a review).
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, v) in scalars.enumerated() {
            let loneReturn = v == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n")
            if v.properties.isWhitespace && !loneReturn {
                if !word.isEmpty { out.append(String(word)) }
                word = String.UnicodeScalarView()
            } else {
                word.append(v)
            }
        }
        if !word.isEmpty { out.append(String(word)) }
        // A "word" of invisible characters alone is nothing on the page.
        return out.filter { !key($0).isEmpty }
    }

    /// A word as compared: without soft hyphens (invisible, a place the word may break). Nothing
    /// else is read past: a text copy with "12" wrapped in a direction override, which an editor shows
    /// as "21", read as the letter when direction marks were ignored (a review). A PDF or HTML copy
    /// byte for byte casus's own matches whatever its text reads back as (`SealCheck.madeByCasus`).
    static func key(_ word: String) -> String {
        word.contains("\u{00AD}") ? word.replacingOccurrences(of: "\u{00AD}", with: "") : word
    }

    /// Printed words that make one filed word where the first is none: a word a PDF broke at a
    /// line's end, in up to 32 pieces (a long web address wraps anywhere; a genuine PDF with a word
    /// of more than eight lines was called changed, a review).
    static func joinedBreaks(_ words: [String], known: Set<String>) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        var i = 0
        while i < words.count {
            var taken = 1
            if !known.contains(key(words[i])) {
                var joined = words[i]
                for j in (i + 1)..<min(words.count, i + 32) {
                    joined += words[j]
                    if known.contains(key(joined)) {
                        taken = j - i + 1
                        break
                    }
                }
            }
            out.append(words[i..<(i + taken)].joined())
            i += taken
        }
        return out
    }

    /// Myers' shortest edit script between two sequences: the indices of `a` not in `b`, and of
    /// `b` not in `a`; nil when more than `maxEdits` edits are needed. Time (n+m)·d, memory d².
    static func edits(_ a: [Int], _ b: [Int], maxEdits: Int) -> (lost: [Int], extra: [Int])? {
        let n = a.count
        let m = b.count
        let limit = min(n + m, maxEdits)
        let off = limit + 1
        var v = [Int](repeating: -1, count: 2 * limit + 3)
        v[off + 1] = 0
        var trace: [[Int]] = []
        var found = -1
        search: for d in 0...limit {
            trace.append(Array(v[(off - d)...(off + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[off + k] = x
                if x >= n && y >= m {
                    found = d
                    break search
                }
            }
        }
        guard found >= 0 else { return nil }
        var lost: [Int] = []
        var extra: [Int] = []
        var x = n
        var y = m
        for d in stride(from: found, to: 0, by: -1) {
            let prev = trace[d]
            let k = x - y
            let down = k == -d || (k != d && prev[k - 1 + d] < prev[k + 1 + d])
            let prevK = down ? k + 1 : k - 1
            let prevX = prev[prevK + d]
            let prevY = prevX - prevK
            if down { extra.append(prevY) } else { lost.append(prevX) }
            x = prevX
            y = prevY
        }
        return (lost.reversed(), extra.reversed())
    }
}

extension LetterDocument {
    /// The letter's characters that a PDF made of it does not give back anywhere (`pdftotext` of the
    /// file): what its fonts could not draw. A threat quoted with emoji printed as blanks in the
    /// parents' letter, and nobody was told (a review). Characters, not words: pdftotext gives an
    /// Arabic or Hebrew name back in another order, drawn all the same (a second review).
    public func unprinted(readBack: String) -> [Character] {
        let shown = Set(readBack)
        var seen = Set<Character>()
        return printedText.filter { c in
            !c.isWhitespace && !shown.contains(c) && seen.insert(c).inserted
                && !c.unicodeScalars.allSatisfy {
                    $0.properties.isDefaultIgnorableCodePoint || TerminalText.isBidiControl($0.value)
                        || TerminalText.isInvisible($0.value)
                }
        }
    }
}
