import CasusCore

/// A dossier's timeline: every entry in order, corrections under what they correct; Enter opens
/// one, `n` adds a note (a care note for an IB). A virtualised list like every other: only a
/// window of entries around the screen is read (Dossiers.timelinePage), so a dossier of 5,000
/// entries opens and scrolls as one of 5 does. Each entry is two lines: its title and the first
/// line of its text.
public struct DossierScreen: ScreenModel {
    public let personID: PersonID
    public private(set) var list = ListState<TimelineItem>()
    /// The owner, purges and corrections, from the latest window read.
    public private(set) var page: TimelinePage?
    /// The lines above the entries (name, address, purges), laid out when the page, width or
    /// language change.
    private var header: [StyledLine] = []
    private var laidOut: LayoutKey?

    public init(personID: PersonID) { self.personID = personID }

    public var context: KeyContext { .dossier }

    public func footer(_ s: AppState) -> [FooterItem] {
        Words.items([.back, .up, .down, .open, .note, .dossierCases, .export, .help])
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        if list.move(for: action) { return .handled }
        switch action {
        case .open:
            guard let item = list.selectedRow, let page else { return .handled }
            return .open(
                EntryScreen(
                    entry: item.entry, corrections: page.corrections[item.entry.id] ?? [],
                    correctsSeq: item.correctsSeq,
                    sending: .known(page.sendings[item.entry.id])))
        case .note:
            guard let page else { return .handled }
            let kind: EntryKind = s.session.role == .ib ? .care : .note
            if kind == .care, page.person.kind != .pupil { return .handled }
            return EditorScreen.start("", .dossierNote(personID, kind), s)
        case .export:
            guard page != nil else { return .handled }
            return .run([.ask(.exportReview(personID))])
        case .dossierCases:
            guard let page else { return .handled }
            return .open(CaseListScreen(dossier: personID, name: page.person.name))
        default:
            return nil
        }
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard let (ticket, offset, limit) = list.request() else { return [] }
        return [.fetch(.timeline(personID, offset: offset, limit: limit), ticket: ticket)]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard case let .timeline(id, offset, limit) = request, id == personID, case let .timeline(page) = value,
            list.take(
                rows: page.items, total: page.total, offset: offset, limit: limit, ticket: ticket, version: version,
                identity: { AnyHashable($0.entry.id) })
        else { return false }
        self.page = page
        laidOut = nil
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        guard case let .timeline(id, _, _) = request, id == personID, list.fail(ticket: ticket, error) else {
            return false
        }
        laidOut = nil
        return true
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        // A case's step, close or tick changes the header's cases without an entry in the dossier:
        // it showed "nog geen trede" after a step from its own list, until reopened (a review).
        if isAffected(.dossier(personID)) || isAffected(.caseList) { list.markStale() }
    }
    public mutating func retry(onTick: Bool) { list.retry(onTick: onTick) }

    public mutating func layout(_ s: AppState) {
        if laidOut != LayoutKey(s) {
            laidOut = LayoutKey(s)
            header = Self.header(page, error: list.load.error, s)
        }
        // Two lines an entry, below the header.
        list.resize(visible: max(1, (Page.rows(s) - header.count) / 2))
    }

    static func header(_ page: TimelinePage?, error: CasusError?, _ s: AppState) -> [StyledLine] {
        if let error {
            return StyledLine.wrapped(
                ScreenWords.onScreen(error.text(s.lang), s.lang, keymap: s.keymap), width: s.width - 2, style: .alarm)
        }
        guard let page else { return Page.loading(s) }
        let p = page.person
        var head = StyledLine()
        head.add(
            (page.isStaffDossier
                ? s.t("Personeelsdossier ", "Staff dossier ") : s.t("Leerlingdossier ", "Pupil dossier ")) + p.name,
            .bold)
        if let g = s.session.groupLabel(p) { head.add(" · " + g(s.lang)) }
        if let f = p.function { head.add(" · \(f)") }
        head.add(" · " + Phrase.count(page.total, "stuk", "stukken", "entry", "entries")(s.lang), .dim)
        var lines = [head]
        // Where a letter to a parent or an employee goes (issue 16, item 2); set with `casus people edit`.
        if p.kind != .pupil {
            let address = ([LetterSalutation.addressName(p)] + p.address.lines).joined(separator: ", ")
            lines.append(
                p.address.isComplete
                    ? StyledLine(s.t("  adres: ", "  address: ") + address, .dim)
                    : StyledLine(
                        s.t(
                            "  adres ontbreekt (casus people edit \(p.id) --street --postcode --town)",
                            "  address missing (casus people edit \(p.id) --street --postcode --town)"), .dim))
        }
        lines += caseLines(page.cases, s)
        for t in page.tombstones {
            lines.append(
                StyledLine(
                    s.t(
                        "opgeschoond op \(t.purgedAt.dutch()): \(t.entryCount) stukken (\(t.reason))",
                        "purged on \(t.purgedAt.dutch()): \(t.entryCount) entries (\(t.reason))"), .dim))
        }
        lines.append(.empty)
        if page.total == 0 { lines.append(StyledLine(s.t("  nog geen stukken", "  no entries yet"), .dim)) }
        return lines
    }

    /// The cases filed in the dossier: how many, and each open one on a line of its own (number,
    /// rung, the first obligation's day, summary); `z` lists them all.
    static func caseLines(_ cases: DossierCases, _ s: AppState) -> [StyledLine] {
        guard cases.total > 0 else {
            return [StyledLine(s.t("  geen zaken in dit dossier", "  no cases in this dossier"), .dim)]
        }
        let closed = cases.total - cases.openCount
        var count = Phrase.count(cases.total, "zaak", "zaken", "case", "cases")(s.lang)
        if cases.openCount > 0 && closed > 0 {
            count += s.t(": \(cases.openCount) open, \(closed) gesloten", ": \(cases.openCount) open, \(closed) closed")
        } else {
            count += cases.openCount > 0 ? s.t(", open", ", open") : s.t(", gesloten", ", closed")
        }
        // How the closed ones ended: one closed as unfounded is no measure behind the pupil.
        if let outcomes = cases.closedOutcomes {
            count += " (" + outcomes.map { "\($0.count) \($0.outcome.label(s.lang))" }.joined(separator: ", ") + ")"
        }
        var lines = [StyledLine(s.t("  Zaken: ", "  Cases: ") + count, .dim)]
        for row in cases.open {
            var parts = [row.number, row.rung.map { $0.shortLabel(s.lang) } ?? s.t("nog geen trede", "no rung yet")]
            if let due = row.nextDue {
                parts.append(
                    s.t("uiterlijk ", "due ") + due.dutch + (due < s.today ? s.t(" (te laat)", " (overdue)") : ""))
            }
            // A case about a parent is filed in the child's dossier: whom it is about.
            if row.subjectKind != .pupil, !row.subjectKind.isPersonnel {
                parts.append("\(row.subjectName) (\(row.subjectKind.shortLabel(s.lang)))")
            }
            parts.append(row.summary)
            lines.append(
                StyledLine(
                    "    " + DisplayWidth.truncate(parts.joined(separator: " · "), to: max(1, s.width - 8)), .plain))
        }
        if cases.openCount > cases.open.count {
            let more = cases.openCount - cases.open.count
            lines.append(StyledLine(s.t("    en nog \(more) open", "    and \(more) more open"), .dim))
        }
        return lines
    }

    static func firstLine(_ e: DossierEntry) -> Substring? { e.body.split(whereSeparator: \.isNewline).first }

    /// An entry's two lines: its title line, then the first line of its text (empty without text).
    private func entryLines(_ item: TimelineItem, selected isSelected: Bool, _ s: AppState) -> [StyledLine] {
        let e = item.entry
        let indent = item.isCorrection ? "    ↳ " : "  "
        let corrected = page?.corrected.contains(e.id) == true ? s.t("  (gecorrigeerd)", "  (corrected)") : ""
        // The case's number before the title, which is cut at 80 columns: "· zaak 202…" told no
        // one which case an entry was of (a review). A title ending in it loses that end.
        let number = e.caseNumber.flatMap { $0.isEmpty ? nil : $0 }
        let title =
            number.map { n in
                e.title.hasSuffix(" — zaak " + n) ? String(e.title.dropLast(" — zaak ".count + n.count)) : e.title
            } ?? e.title
        let style: Style = isSelected ? .selected : item.isCorrection ? .warn : .plain
        let line = StyledLine([
            (indent + "#\(e.seq) \(e.at.dutch())  ", isSelected ? .selected : .dim),
            ("\(e.kind.label(s.lang))  ", isSelected ? .selected : .bold),
            (number.map { s.t("zaak ", "case ") + $0 + " · " } ?? "", isSelected ? .selected : .dim),
            (title, style), (corrected, isSelected ? .selected : .warn),
        ])
        // A letter by whom it is to: its first line is the school's name, the same on every
        // letter, and a director could not tell the parents' letters apart (a review).
        var shown = Letters.addressee(of: e).map { s.t("aan ", "to ") + $0 } ?? Self.firstLine(e).map(String.init)
        // Whether it went out, as the case's timeline says it (a review).
        if e.kind == .letter {
            let sent =
                page?.sendings[e.id].map { "✓ " + $0.summary(s.lang) } ?? s.t("○ nog niet verzonden", "○ not sent yet")
            // The sending first: after a long addressee its date was cut off at 80 columns (a review).
            shown = shown.map { sent + " · " + $0 } ?? sent
        }
        let first = shown.map {
            StyledLine(
                String(repeating: " ", count: indent.count + 4)
                    + DisplayWidth.truncate($0, to: s.width - indent.count - 8), .dim)
        }
        return [line, first ?? .empty]
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        let y0 = 1
        for (i, line) in header.prefix(Page.rows(s)).enumerated() {
            line.draw(into: &c, x: 1, y: y0 + i, maxX: c.width - 1)
        }
        guard page != nil, list.load.error == nil else { return }
        var y = y0 + header.count
        for index in list.viewport.visible {
            guard y + 1 <= s.height - 3 else { break }
            guard let item = list.row(at: index) else {
                c.put("…", x: 1, y: y, style: .dim)
                y += 2
                continue
            }
            for line in entryLines(item, selected: index == list.selected, s) {
                line.draw(into: &c, x: 1, y: y, maxX: c.width - 1)
                y += 1
            }
        }
        if let pct = list.viewport.percent {
            c.put(" \(pct)% ", x: c.width - 7, y: s.height - 2, style: .dim)
        }
    }
}

/// One dossier entry in full, with its corrections, evidence and hashes.
public struct EntryScreen: ScreenModel {
    public private(set) var entry: DossierEntry
    public private(set) var corrections: [DossierEntry]
    /// The number of the entry this one corrects (nil: not a correction, or its entry is not at
    /// hand: purged, or outside the case whose entries were listed).
    public let correctsSeq: Int64?
    /// For a letter: whether it was recorded as sent, where the screen that opened it knew.
    public private(set) var sending: Sending
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?
    /// After a change elsewhere to its dossier: the numbers of its corrections asked (no text),
    /// then, when one is new, the entry read again. A correction made in another session did not
    /// show while the entry was open (a review).
    var check = LoadState()
    var reread = LoadState()
    var dossierChanged = false
    var correctionCame = false

    /// A letter's sending as known to the screen that opened the entry.
    public enum Sending: Sendable, Equatable {
        case unknown
        /// Read with the entry: its sending, nil while none is recorded.
        case known(LetterSending?)
    }

    public init(
        entry: DossierEntry, corrections: [DossierEntry], correctsSeq: Int64? = nil, sending: Sending = .unknown
    ) {
        self.entry = entry
        self.corrections = corrections
        self.correctsSeq = correctsSeq
        self.sending = sending
    }

    public var context: KeyContext { .entry }

    public func footer(_ s: AppState) -> [FooterItem] {
        Words.items([.back, .up, .down] + (entry.evidence.isEmpty ? [] : [.evidence]))
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        if isAffected(.dossier(entry.dossierID)) { dossierChanged = true }
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        if correctionCame {
            correctionCame = false
            return [.fetch(.entry(entry.id, dossier: entry.dossierID), ticket: reread.begin())]
        }
        guard dossierChanged else { return [] }
        dossierChanged = false
        return [.fetch(.corrections(seq: entry.seq, dossier: entry.dossierID), ticket: check.begin())]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        switch (request, value) {
        case (.corrections(entry.seq, entry.dossierID), let .corrections(numbers)):
            guard check.finish(ticket, version: version) else { return false }
            if numbers != corrections.map(\.seq) { correctionCame = true }
            return true
        case (.entry(entry.id, _), let .entry(read)):
            guard reread.finish(ticket, version: version) else { return false }
            let new = read.corrections.filter { c in !corrections.contains { $0.id == c.id } }
            (entry, corrections, sending) = (read.entry, read.corrections, .known(read.sending))
            laidOut = nil
            if let last = new.last {
                s.say(
                    Phrase(
                        "Dit stuk is zojuist gecorrigeerd (#\(last.seq)): de correctie staat eronder.",
                        "This entry was just corrected (#\(last.seq)): the correction is below."))
            }
            return true
        default: return false
        }
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        switch request {
        case .corrections(entry.seq, entry.dossierID): check.fail(ticket, error)
        case .entry(entry.id, _): reread.fail(ticket, error)
        default: false
        }
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
        case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
        case .top: viewport.move(.top)
        case .bottom: viewport.move(.bottom)
        case .evidence: return EvidenceKey.save(entry.evidence.isEmpty ? nil : .entry(entry.id), &s)
        default: return nil
        }
        return .handled
    }

    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            lines = Self.lines(entry, corrections, correctsSeq: correctsSeq, sending: sending, s)
            laidOut = key
        }
        viewport.resize(count: lines.count, rows: Page.rows(s))
    }

    /// "#2 Besluit: schorsing …": the kind once ("Besluit: Besluit: …" and "Zorgnotitie: Zorgnotitie"
    /// where the title begins with it, a review).
    static func heading(_ x: DossierEntry, _ lang: Lang) -> String {
        let label = x.kind.label(lang).capitalizedFirst
        let title = x.title.trimmingCharacters(in: .whitespaces)
        if title.isEmpty || title.lowercased() == label.lowercased() { return "#\(x.seq) \(label)" }
        if title.lowercased().hasPrefix(label.lowercased()) { return "#\(x.seq) \(title)" }
        return "#\(x.seq) \(label): \(title)"
    }

    static func lines(
        _ x: DossierEntry, _ corrections: [DossierEntry], correctsSeq: Int64?, sending: Sending = .unknown,
        _ s: AppState
    ) -> [StyledLine] {
        let width = s.width
        var lines: [StyledLine] = [StyledLine(heading(x, s.lang), .bold)]
        func meta(_ label: String, _ value: String) {
            lines.append(StyledLine([(DisplayWidth.fit(label, to: 14), .dim), (value, .plain)]))
        }
        meta(s.t("Datum", "Date"), x.at.dutch())
        meta(s.t("Auteur", "Author"), "\(x.authorName) (\(x.author))")
        if let n = x.caseNumber { meta(s.t("Zaak", "Case"), n) }
        // When and how a letter went out: what an objection or a lawyer asks of the dossier (a review).
        if x.kind == .letter, case let .known(sent) = sending {
            meta(
                s.t("Verzonden", "Sent"),
                sent.map { $0.summary(s.lang) }
                    ?? s.t("nog niet (leg het vast met z in de zaak)", "not yet (record it with z on the case)"))
        }
        if !x.heard.isEmpty { meta(s.t("Gehoord", "Heard"), x.heard.map { $0.label(s.lang) }.joined(separator: ", ")) }
        if x.corrects != nil {
            meta(
                s.t("Corrigeert", "Corrects"),
                correctsSeq.map { "#\($0)" } ?? s.t("een eerder stuk", "an earlier entry"))
        }
        lines.append(.empty)
        lines += TextBlocks.lines(x.body, width: width - 2, indent: 2, wrappedText: [.letter, .email].contains(x.kind))
        for c in corrections {
            lines.append(.empty)
            lines.append(
                StyledLine(
                    s.t(
                        "Correctie #\(c.seq) (\(c.at.dutch()), \(c.authorName))",
                        "Correction #\(c.seq) (\(c.at.dutch()), \(c.authorName))"), .warn))
            lines += TextBlocks.lines(c.body, width: width - 2, indent: 2, wrappedText: false)
        }
        lines.append(.empty)
        for sha in x.evidence { meta(s.t("Bewijs", "Evidence"), "sha256 \(sha)") }
        // Not given to whoever verifies nothing (AccessPolicy.shown).
        if !x.hash.isEmpty {
            meta("Hash", x.hash)
            meta(s.t("Vorige hash", "Previous hash"), x.prevHash)
        }
        return lines
    }

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c) }
}
