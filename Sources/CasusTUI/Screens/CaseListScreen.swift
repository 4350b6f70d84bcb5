import CasusCore

/// Tab 2, Zaken: the cases the role may see, newest first, with filters cycled by keys.
public struct CaseListScreen: ScreenModel {
    public var list = ListState<CaseRow>()
    public var filter = CaseFilter(status: .open)
    /// A dossier's own list (`z` in a dossier): its owner, whose cases alone it shows, open and
    /// closed; its filters narrow within them and clearing them keeps to the dossier.
    public let dossier: (id: PersonID, name: String)?

    public init() { dossier = nil }

    public init(dossier id: PersonID, name: String) {
        dossier = (id, name)
        filter = CaseFilter(dossierID: id)
    }

    /// The filter as it starts: the tab's open cases, a dossier's every case.
    var startFilter: CaseFilter { dossier.map { CaseFilter(dossierID: $0.id) } ?? CaseFilter(status: .open) }

    public var context: KeyContext { .cases }

    public func footer(_ s: AppState) -> [FooterItem] {
        Words.items(
            (dossier == nil ? [] : [.back])
                + [.open, .filterStatus, .filterKind, .filterRung, .filterOverdue, .search, .help]
                + (dossier == nil ? [.quit] : []))
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        if list.move(for: action) { return .handled }
        switch action {
        case .open:
            guard let row = list.selectedRow else { return .handled }
            return .open(CaseScreen(id: row.id))
        case .filter, .filterStatus, .filterKind, .filterRung, .filterOverdue:
            CaseFilters.apply(
                action, to: &filter, staff: AccessPolicy.scope(role: s.session.role, school: nil).staffDossiers)
            if action == .filter { filter = startFilter }
            list.reset()
            s.say(describe(s.lang))
        default:
            return nil
        }
        return .handled
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard let (ticket, offset, limit) = list.request() else { return [] }
        return [.fetch(.cases(filter, offset: offset, limit: limit), ticket: ticket)]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard case let .cases(_, offset, limit) = request, case let .cases(rows, total) = value else { return false }
        return list.take(
            rows: rows, total: total, offset: offset, limit: limit, ticket: ticket, version: version,
            identity: { AnyHashable($0.id) })
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        guard case .cases = request else { return false }
        return list.fail(ticket: ticket, error)
    }

    /// The title over the due dates of open cases and the outcomes of closed ones.
    func dueTitle(_ lang: Lang) -> String {
        switch filter.status {
        case .open?: Phrase("Uiterlijk", "Due")(lang)
        case .closed?: Phrase("Afloop", "Outcome")(lang)
        case nil: Phrase("Uiterl./afl.", "Due/outcome")(lang)
        }
    }

    /// The filter in words, and whose dossier the list is of.
    func describe(_ lang: Lang) -> String {
        let filters = CaseFilters.describe(filter, lang: lang)
        guard let dossier else { return filters }
        return Phrase("Zaken in het dossier van \(dossier.name) · ", "Cases in the dossier of \(dossier.name) · ")(lang)
            + filters
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) { if isAffected(.caseList) { list.markStale() } }
    public mutating func retry(onTick: Bool) { list.retry(onTick: onTick) }
    /// A line for the filter above the table (as the Dossiers tab has its own): the list had only
    /// a passing message for it, and "Zaken (1)" read as the whole caseload (found by a review).
    public mutating func layout(_ s: AppState) { list.resize(visible: s.listRows - 1) }

    public func draw(_ s: AppState, into c: inout Canvas) {
        let narrow = ListColumns.boardIsNarrow(s, c)
        // Below 100 columns the day opened and the group give way to whom the case is about: at 80 a
        // staff member's case read "Kar… (medewerker)" (a review); the case screen has both.
        let compact = c.width < 100
        // Case numbers run past 9999 in a year across a district: room for 2026-12345.
        let table = Table(
            columns: [
                .init(title: s.t("Zaak", "Case"), width: 10),
                // At 80 columns the name gives four columns to the summary (seven letters of it were shown).
                .init(
                    title: s.t("Betrokkene", "Subject"),
                    width: narrow ? 16 : compact ? 27 : min(34, 21 + max(0, c.width - 80) / 3), minWidth: 17),
            ] + (narrow || compact ? [] : [Table.Column(title: s.t("Gr", "Gr"), width: 2, alignRight: true)]) + [
                // "ordemaatregel" whole (it read "ordemaatreg…", a review).
                .init(title: s.t("Trede", "Rung"), width: 13)
            ] + (compact ? [] : [Table.Column(title: s.t("Geopend", "Opened"), width: 10)]) + [
                // An open case's next due date, a closed case's outcome: said so where closed cases
                // are listed (an outcome stood under "Uiterlijk", a review).
                .init(title: dueTitle(s.lang), width: 12)
            ] + ListColumns.school(s, c) + [
                .init(title: s.t("Samenvatting", "Summary"), width: 0, flexible: true)
            ])
        // Dim while it shows the open cases of every kind (the tab's start), marked once narrowed.
        let narrowed = filter != startFilter
        // Which rows of how many show, where not all do: 21 open cases at 80×24 showed 18, the
        // newest out of sight above with no sign (a review).
        let shown = list.viewport.visible
        let position =
            list.isLoaded && list.total > shown.count && !shown.isEmpty
            ? s.t(
                "\(shown.lowerBound + 1)–\(shown.upperBound) van \(list.total)",
                "\(shown.lowerBound + 1)–\(shown.upperBound) of \(list.total)")
            : ""
        let room = c.width - 2 - (position.isEmpty ? 0 : DisplayWidth.of(position) + 2)
        c.put(
            " " + DisplayWidth.truncate(describe(s.lang), to: max(1, room)), x: 0, y: 2,
            style: narrowed ? .accent : .dim)
        if !position.isEmpty {
            c.put(position, x: c.width - 1 - DisplayWidth.of(position), y: 2, style: .dim, maxX: c.width - 1)
        }
        table.drawHeader(into: &c, y: 3)
        if list.isLoaded && list.total == 0 {
            c.put(s.t("Geen zaken bij dit filter.", "No cases with this filter."), x: 2, y: 5, style: .dim)
            return
        }
        for (i, index) in list.viewport.visible.enumerated() {
            let y = 4 + i
            guard let row = list.row(at: index) else {
                c.put("…", x: 1, y: y, style: .dim)
                continue
            }
            // A parent's or an employee's case says so whatever the name's length: the name is cut.
            let kindMark = row.subjectKind == .pupil ? "" : " (\(row.subjectKind.shortLabel(s.lang)))"
            let overdue = row.status == .open && (row.nextDue.map { $0 < s.today } ?? false)
            // A closed case says how it ended: "gesloten" of a case closed as unfounded read as a
            // measure behind the pupil (a review). Only a closed case has an outcome.
            let due =
                row.outcome.map { $0.label(s.lang) } ?? row.nextDue.map { (overdue ? "!" : " ") + $0.dutch } ?? ""
            table.drawRow(
                [
                    (row.number, .plain),
                    (Table.keepingEnd(row.subjectName, kindMark, width: table.widths(total: c.width)[1]), .plain),
                ] + (narrow || compact ? [] : [(row.group ?? "", Style.plain)]) + [
                    (row.rung.map { $0.shortLabel(s.lang) } ?? "—", row.rung == nil ? .dim : .plain)
                ] + (compact ? [] : [(row.openedAt.localDate().dutch, Style.plain)]) + [
                    (due, overdue ? .alarm : row.outcome == nil ? .plain : .dim)
                ] + (s.session.acrossSchools ? [(School.shortName(row.schoolName), .plain)] : []) + [
                    (row.summary, .plain)
                ], into: &c, y: y, selected: index == list.selected)
        }
    }
}
