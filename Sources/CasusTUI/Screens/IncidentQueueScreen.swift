import CasusCore

/// Tab 1, Meldingen: the triage queue, oldest first, with how long each report has waited. For a
/// role without the queue (a teacher) it is "Mijn meldingen": the reports it filed, with their
/// status, and nothing else.
public struct IncidentQueueScreen: ScreenModel {
    public var list = ListState<IncidentRow>()
    /// Reports marked (Space) for one dismissal, in the order marked. Kept by id, so a reload
    /// keeps them; one no longer in the queue (triaged or dismissed meanwhile) is dropped at the
    /// first reload whose rows show where it would stand.
    public var marked: [IncidentID] { marks.map(\.id) }
    /// The marks with where each stands in the queue's order (reported, then id): a reload of a
    /// window of a long queue drops the marks that would stand inside it and are gone. Only when
    /// the whole queue fit on a page were they dropped, and a report dismissed by another director
    /// stayed marked out of sight, refusing every bulk dismissal (a review).
    private var marks: [QueueKey] = []

    struct QueueKey: Comparable, Sendable {
        var at: Timestamp
        var id: IncidentID
        static func < (a: QueueKey, b: QueueKey) -> Bool { (a.at, a.id) < (b.at, b.id) }
        init(_ row: IncidentRow) { (at, id) = (row.reportedAt, row.id) }
    }

    public init() {}

    public var context: KeyContext { .incidents }

    public func footer(_ s: AppState) -> [FooterItem] {
        var items = Words.items([.open, .triage, .mark, .dismiss, .newReport, .search, .help, .quit])
        if !marked.isEmpty, let i = items.firstIndex(where: { $0.actions == [.dismiss] }) {
            items[i] = FooterItem(.dismiss, Phrase("wijs \(marked.count) af", "dismiss \(marked.count)"))
        }
        return items
    }

    mutating func unmark(_ ids: [IncidentID]) { marks.removeAll { ids.contains($0.id) } }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        if list.move(for: action) { return .handled }
        switch action {
        case .open:
            guard let row = list.selectedRow else { return .handled }
            return .open(IncidentScreen(id: row.id))
        case .triage:
            if let first = marked.first {
                return .open(TriageScreen(incidentID: first, alike: Array(marked.dropFirst())))
            }
            guard let row = list.selectedRow else { return .handled }
            return .open(TriageScreen(incidentID: row.id))
        case .mark:
            guard let row = list.selectedRow else { return .handled }
            if marked.contains(row.id) { unmark([row.id]) } else { marks.append(QueueKey(row)) }
            _ = list.move(for: .down)
        case .dismiss:
            if !marked.isEmpty { return .open(PromptScreen.dismissAll(marked, s)) }
            guard let row = list.selectedRow else { return .handled }
            return .open(PromptScreen.dismiss(row.id, summary: row.summary, s))
        case .newReport:
            return .open(ReportFormScreen())
        default:
            return nil
        }
        return .handled
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard let (ticket, offset, limit) = list.request() else { return [] }
        return [.fetch(.incidents(offset: offset, limit: limit, mine: !s.readsQueue), ticket: ticket)]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard case let .incidents(offset, limit, _) = request, case let .incidents(rows, total) = value else {
            return false
        }
        let taken = list.take(
            rows: rows, total: total, offset: offset, limit: limit, ticket: ticket, version: version,
            identity: { AnyHashable($0.id) })
        // A mark that would stand among these rows and is not there went (triaged or dismissed
        // meanwhile); before the first row too when the window starts the queue, after the last
        // when it ends it.
        if taken, s.readsQueue, !marks.isEmpty {
            let present = Set(rows.map(\.id))
            let first = rows.first.map(QueueKey.init)
            let last = rows.last.map(QueueKey.init)
            marks.removeAll { key in
                guard !present.contains(key.id) else { return false }
                let afterStart = offset == 0 || first.map { key >= $0 } ?? false
                let beforeEnd = offset + rows.count >= total || last.map { key <= $0 } ?? false
                return afterStart && beforeEnd
            }
        }
        return taken
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        guard case .incidents = request else { return false }
        return list.fail(ticket: ticket, error)
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        if isAffected(.incidentQueue) { list.markStale() }
    }
    public mutating func retry(onTick: Bool) { list.retry(onTick: onTick) }
    public mutating func layout(_ s: AppState) { list.resize(visible: s.listRows) }

    public func draw(_ s: AppState, into c: inout Canvas) {
        guard s.readsQueue else { return drawOwn(s, into: &c) }
        let table = Table(
            columns: [
                .init(title: s.t("Leeftijd", "Age"), width: 8, alignRight: true),
                .init(title: s.t("Gemeld", "Reported"), width: 10),
                .init(title: s.t("Betrokkene(n)", "Subject(s)"), width: min(36, 24 + max(0, c.width - 80) / 3)),
                .init(title: s.t("Platform", "Platform"), width: 10),
            ] + ListColumns.school(s, c) + [
                .init(title: s.t("Melding", "Report"), width: 0, flexible: true)
            ])
        table.drawHeader(into: &c, y: 2)
        if list.isLoaded && list.total == 0 {
            c.put(
                s.t("Geen nieuwe meldingen: de wachtrij is leeg.", "No new reports: the queue is empty."), x: 2, y: 4,
                style: .dim)
            return
        }
        drawRows(into: &c) { row, y, c in
            let days = row.reportedAt.localDate().days(until: s.today)
            table.drawRow(
                [
                    (Age.text(days: days, lang: s.lang), days >= 5 ? .warn : .plain),
                    (row.reportedAt.localDate().dutch, .plain),
                    (row.subjects, .plain),
                    (row.platform ?? "", .plain),
                ] + (s.session.acrossSchools ? [(School.shortName(row.schoolName), .plain)] : []) + [
                    (row.summary, .plain)
                ], into: &c, y: y, selected: row.id == list.selectedRow?.id)
            if marked.contains(row.id) {
                c.put("*", x: 0, y: y, style: row.id == list.selectedRow?.id ? .selected : .accent)
            }
        }
    }
}

extension IncidentQueueScreen {
    /// "Mijn meldingen": each report the account filed, with where it stands.
    func drawOwn(_ s: AppState, into c: inout Canvas) {
        let table = Table(
            columns: [
                .init(title: s.t("Gemeld", "Reported"), width: 10),
                .init(title: s.t("Stand", "Status"), width: 14),
                .init(title: s.t("Betrokkene(n)", "Subject(s)"), width: min(30, 20 + max(0, c.width - 80) / 3)),
                .init(title: s.t("Platform", "Platform"), width: 10),
                .init(title: s.t("Melding", "Report"), width: 0, flexible: true),
            ])
        table.drawHeader(into: &c, y: 2)
        if list.isLoaded && list.total == 0 {
            c.put(s.t("U hebt nog geen melding gedaan.", "You have not filed a report yet."), x: 2, y: 4, style: .dim)
            let key = s.keymap.keys(for: .newReport, in: .incidents).first.map { $0.symbol(s.lang) } ?? ":new-report"
            c.put(
                s.t("Druk \(key) voor een nieuwe melding.", "Press \(key) to file a report."), x: 2, y: 5, style: .dim)
            return
        }
        drawRows(into: &c) { row, y, c in
            table.drawRow(
                [
                    (row.reportedAt.localDate().dutch, .plain),
                    (row.standing.label(s.lang), row.status == .new ? .accent : .plain),
                    (row.subjects, .plain),
                    (row.platform ?? "", .plain),
                    (row.summary, .plain),
                ], into: &c, y: y, selected: row.id == list.selectedRow?.id)
        }
    }
}

extension IncidentQueueScreen {
    /// Each visible row from line 3 down; a row still loading shows as "…".
    func drawRows(into c: inout Canvas, _ draw: (IncidentRow, Int, inout Canvas) -> Void) {
        for (i, index) in list.viewport.visible.enumerated() {
            guard let row = list.row(at: index) else {
                c.put("…", x: 1, y: 3 + i, style: .dim)
                continue
            }
            draw(row, 3 + i, &c)
        }
    }
}

/// Columns the lists share.
enum ListColumns {
    /// The School column, for a board over several schools (instead of part of the summary).
    static func school(_ s: AppState, _ c: Canvas) -> [Table.Column] {
        s.session.acrossSchools
            ? [.init(title: s.t("School", "School"), width: min(24, 13 + max(0, c.width - 80) / 4))] : []
    }

    /// A board at 80 columns gives up the group column (a group means little across schools)
    /// and some of the name, so that the school fits.
    static func boardIsNarrow(_ s: AppState, _ c: Canvas) -> Bool { s.session.acrossSchools && c.width < 100 }
}

/// "3 dagen", "vandaag": how long a report has waited.
enum Age {
    static func text(days: Int, lang: Lang) -> String {
        switch days {
        case ..<1: Phrase("vandaag", "today")(lang)
        case 1: Phrase("1 dag", "1 day")(lang)
        default: Phrase("\(days) dagen", "\(days) days")(lang)
        }
    }

    /// How long ago, in a sentence: "(366 dagen)" beside a date read as a duration (a review).
    static func ago(days: Int, lang: Lang) -> String {
        switch days {
        case ..<1: Phrase("vandaag", "today")(lang)
        case 1: Phrase("gisteren", "yesterday")(lang)
        default: Phrase("\(days) dagen geleden", "\(days) days ago")(lang)
        }
    }
}
