import CasusCore

/// A dossier's timeline: every entry in order, each followed by its corrections; Enter opens
/// one, `n` adds a note (a care note for an IB).
public struct DossierScreen: ScreenModel {
    public let personID: PersonID
    public private(set) var data = Loadable<DossierView>()
    /// The selected entry of `ordered`.
    public private(set) var cursor = Viewport(selectable: true)
    /// Entries in timeline order, corrections under what they correct (DossierView.timeline).
    public private(set) var ordered: [TimelineItem] = []
    /// The lines above the entries (name, purges), laid out when the data, width or language change.
    private var header: [StyledLine] = []
    /// Where each entry of `ordered` starts, counted from the first line after `header`: an
    /// entry is its title line and, when it has text, its first line. Only the rows on screen
    /// are drawn, so a key costs the same in a dossier of 5 entries or 5,000.
    private var starts: [Int] = []
    private var entryLines = 0
    private var laidOut: LayoutKey?

    public init(personID: PersonID) { self.personID = personID }

    public var view: DossierView? { data.value }

    public var context: KeyContext { .dossier }

    public func footer(_ s: AppState) -> [FooterItem] {
        Words.items([.back, .up, .down, .open, .note, .export, .help])
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        let half = (s.pageRows - 1) / 2
        switch action {
        case .up: cursor.move(.up)
        case .down: cursor.move(.down)
        case .pageUp: cursor.move(.by(-half))
        case .pageDown: cursor.move(.by(half))
        case .top: cursor.move(.top)
        case .bottom: cursor.move(.bottom)
        case .open:
            guard let i = cursor.cursor, ordered.indices.contains(i), let view = data.value else { return .handled }
            let e = ordered[i].entry
            return .open(EntryScreen(entry: e, corrections: view.corrections[e.id] ?? []))
        case .note:
            guard let view = data.value else { return .handled }
            let kind: EntryKind = s.session.role == .ib ? .care : .note
            if kind == .care, view.person.kind != .pupil { return .handled }
            return .run(EditorScreen.start("", .dossierNote(personID, kind), &s))
        case .export:
            guard data.value != nil else { return .handled }
            return .run([.ask(.exportReview(personID))])
        default:
            return nil
        }
        return .handled
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard data.state.needsRequest else { return [] }
        return [.fetch(.dossier(personID), ticket: data.state.begin())]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard request == .dossier(personID), case let .dossier(view) = value,
            data.take(view, ticket: ticket, version: version)
        else { return false }
        ordered = view.timeline
        cursor.resize(count: ordered.count, rows: 1)
        laidOut = nil
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        request == .dossier(personID) && data.state.fail(ticket, error)
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        if isAffected(.dossier(personID)) { data.state.markStale() }
    }
    public mutating func retry(onTick: Bool) { data.state.retry(onTick: onTick) }

    public mutating func layout(_ s: AppState) {
        guard laidOut != LayoutKey(s) else { return }
        laidOut = LayoutKey(s)
        starts = []
        entryLines = 0
        guard let view = data.value else {
            header =
                data.state.error.map { StyledLine.wrapped($0.text(s.lang), width: s.width - 2, style: .alarm) }
                ?? Page.loading(s)
            return
        }
        let p = view.person
        var head = StyledLine()
        head.add(
            (view.isStaffDossier
                ? s.t("Personeelsdossier ", "Staff dossier ") : s.t("Leerlingdossier ", "Pupil dossier ")) + p.name,
            .bold)
        if let g = p.group { head.add(s.t(" · groep \(g)", " · group \(g)")) }
        if let f = p.function { head.add(" · \(f)") }
        head.add(s.t(" · \(view.entries.count) stukken", " · \(view.entries.count) entries"), .dim)
        header = [head]
        // Where a letter to a parent or an employee goes (issue 16, item 2); set with `casus people edit`.
        if p.kind != .pupil {
            let address = ([LetterSalutation.addressName(p)] + p.address.lines).joined(separator: ", ")
            header.append(
                p.address.isComplete
                    ? StyledLine(s.t("  adres: ", "  address: ") + address, .dim)
                    : StyledLine(
                        s.t(
                            "  adres ontbreekt (casus people edit \(p.id) --street --postcode --town)",
                            "  address missing (casus people edit \(p.id) --street --postcode --town)"), .dim))
        }
        for t in view.tombstones {
            header.append(
                StyledLine(
                    s.t(
                        "opgeschoond op \(t.purgedAt.dutch()): \(t.entryCount) stukken (\(t.reason))",
                        "purged on \(t.purgedAt.dutch()): \(t.entryCount) entries (\(t.reason))"), .dim))
        }
        header.append(.empty)
        if view.entries.isEmpty { header.append(StyledLine(s.t("  nog geen stukken", "  no entries yet"), .dim)) }
        starts.reserveCapacity(ordered.count)
        for item in ordered {
            starts.append(entryLines)
            entryLines += Self.firstLine(item.entry) == nil ? 1 : 2
        }
    }

    static func firstLine(_ e: DossierEntry) -> Substring? { e.body.split(separator: "\n").first }

    /// One line of the entries: the entry it belongs to found by bisection over `starts`.
    private func entryLine(_ index: Int, selected: Int, _ s: AppState) -> StyledLine {
        guard let view = data.value else { return .empty }
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        let item = ordered[lo]
        let e = item.entry
        let isSelected = lo == selected
        let indent = item.isCorrection ? "    ↳ " : "  "
        if index > starts[lo], let first = Self.firstLine(e) {
            return StyledLine(
                String(repeating: " ", count: indent.count + 4)
                    + DisplayWidth.truncate(String(first), to: s.width - indent.count - 8), .dim)
        }
        let corrected = view.corrections[e.id] != nil ? s.t("  (gecorrigeerd)", "  (corrected)") : ""
        let caseText = e.caseNumber.map { s.t(" · zaak ", " · case ") + $0 } ?? ""
        let style: Style = isSelected ? .selected : item.isCorrection ? .warn : .plain
        return StyledLine([
            (indent + "#\(e.seq) \(e.at.dutch())  ", isSelected ? .selected : .dim),
            ("\(e.kind.label(s.lang))  ", isSelected ? .selected : .bold),
            (e.title + caseText, style), (corrected, isSelected ? .selected : .warn),
        ])
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        let selected = cursor.cursor ?? 0
        let cursorLine = header.count + (starts.indices.contains(selected) ? starts[selected] : 0)
        let count = header.count + entryLines
        var page = Viewport(selectable: false, count: count, rows: Page.rows(s))
        page.move(.to(cursorLine - (s.height - 3) / 2))
        Page.draw(count: count, page, s, into: &c) { i in
            i < header.count ? header[i] : entryLine(i - header.count, selected: selected, s)
        }
    }
}

/// One dossier entry in full, with its corrections, evidence and hashes.
public struct EntryScreen: ScreenModel {
    public let entry: DossierEntry
    public let corrections: [DossierEntry]
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public init(entry: DossierEntry, corrections: [DossierEntry]) {
        self.entry = entry
        self.corrections = corrections
    }

    public var context: KeyContext { .entry }

    public func footer(_ s: AppState) -> [FooterItem] { Words.items([.back, .up, .down]) }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
        case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
        case .top: viewport.move(.top)
        case .bottom: viewport.move(.bottom)
        default: return nil
        }
        return .handled
    }

    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            lines = Self.lines(entry, corrections, s)
            laidOut = key
        }
        viewport.resize(count: lines.count, rows: Page.rows(s))
    }

    static func lines(_ x: DossierEntry, _ corrections: [DossierEntry], _ s: AppState) -> [StyledLine] {
        let width = s.width
        var lines: [StyledLine] = [StyledLine("#\(x.seq) \(x.kind.label(s.lang).capitalizedFirst): \(x.title)", .bold)]
        func meta(_ label: String, _ value: String) {
            lines.append(StyledLine([(DisplayWidth.fit(label, to: 14), .dim), (value, .plain)]))
        }
        meta(s.t("Datum", "Date"), x.at.dutch())
        meta(s.t("Auteur", "Author"), "\(x.authorName) (\(x.author))")
        if let n = x.caseNumber { meta(s.t("Zaak", "Case"), n) }
        if !x.heard.isEmpty { meta(s.t("Gehoord", "Heard"), x.heard.map { $0.label(s.lang) }.joined(separator: ", ")) }
        if let c = x.corrects { meta(s.t("Corrigeert", "Corrects"), s.t("stuk \(c)", "entry \(c)")) }
        lines.append(.empty)
        for line in x.body.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += line.isEmpty ? [.empty] : StyledLine.wrapped(String(line), width: width - 2, indent: 2)
        }
        for c in corrections {
            lines.append(.empty)
            lines.append(
                StyledLine(
                    s.t(
                        "Correctie #\(c.seq) (\(c.at.dutch()), \(c.authorName))",
                        "Correction #\(c.seq) (\(c.at.dutch()), \(c.authorName))"), .warn))
            lines += StyledLine.wrapped(c.body, width: width - 2, indent: 2)
        }
        lines.append(.empty)
        for sha in x.evidence { meta(s.t("Bewijs", "Evidence"), "sha256 \(sha)") }
        meta("Hash", x.hash)
        meta(s.t("Vorige hash", "Previous hash"), x.prevHash)
        return lines
    }

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c) }
}
