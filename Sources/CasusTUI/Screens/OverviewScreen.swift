import CasusCore

/// Tab 4, Overzicht: the school year's figures as bar charts, and the open obligations. ↑/↓ pick
/// an obligation and Enter opens its case: the list said what was due but led nowhere (a review);
/// with none open, ↑/↓ scroll the page. PgUp/PgDn/g/G scroll it always.
public struct OverviewScreen: ScreenModel {
    public private(set) var figures = Loadable<Statistics>()
    public private(set) var year: Int
    /// The open obligations do not depend on the year: [ and ] read only the year's figures.
    private var obligationsFresh = false
    public private(set) var viewport = Viewport(selectable: false)
    /// The open obligation picked, nil when none is: the obligation itself, so that the pick
    /// follows it when another session ticks one off above it (an index jumped to another case,
    /// a review).
    private var pickedObligation: Statistics.OpenObligation?
    /// Where the picked obligation stands in the list.
    public var picked: Int? { pickedObligation.flatMap { obligations.firstIndex(of: $0) } }
    /// The figures as lines, laid out once per figures, width and language.
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public init(year: Int) { self.year = year }

    public var context: KeyContext { .overview }

    public func footer(_ s: AppState) -> [FooterItem] {
        Words.items(
            [.yearPrevious, .yearNext, .up, .down] + (obligations.isEmpty ? [] : [.open]) + [.search, .help, .quit])
    }

    private var obligations: [Statistics.OpenObligation] { figures.value?.openObligations ?? [] }

    /// The line an obligation stands on: the overview ends with them (BarChart.overview).
    private func line(ofObligation i: Int) -> Int { lines.count - obligations.count + i }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .yearPrevious, .yearNext:
            year += action == .yearNext ? 1 : -1
            figures.state.reset()
            pickedObligation = nil
            viewport.move(.top)
        case .down where !obligations.isEmpty:
            pick(picked.map { min($0 + 1, obligations.count - 1) } ?? 0)
        case .up where picked != nil:
            // Above the first obligation the page scrolls again, towards the charts.
            if let p = picked, p > 0 {
                pick(p - 1)
            } else {
                pickedObligation = nil
                viewport.move(.up)
            }
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp, .pageDown, .top, .bottom:
            pickedObligation = nil
            switch action {
            case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
            case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
            case .top: viewport.move(.top)
            default: viewport.move(.bottom)
            }
        case .open:
            guard let p = picked, p < obligations.count else {
                // An obligation on screen is picked first, so Enter never opens one unseen: at the
                // bottom (G) Enter said "Kies met ↓", and ↓ went back through every chart (a review).
                // G itself picks nothing: k after it scrolls, as on every page.
                if let first = obligations.indices.first(where: { viewport.visible.contains(line(ofObligation: $0)) }) {
                    pick(first)
                    s.say(
                        Phrase(
                            "Verplichting gekozen; Enter opent haar zaak.", "Obligation picked; Enter opens its case."))
                    return .handled
                }
                if !obligations.isEmpty {
                    s.say(
                        Phrase(
                            "Kies met ↓ een open verplichting; Enter opent haar zaak.",
                            "Pick an open obligation with ↓; Enter opens its case."))
                }
                return .handled
            }
            return .open(CaseScreen(id: obligations[p].caseID))
        default: return nil
        }
        return .handled
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard figures.state.needsRequest else { return [] }
        return [
            .fetch(
                .figures(year: year, withObligations: figures.value == nil || !obligationsFresh),
                ticket: figures.state.begin())
        ]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard case let .figures(_, withObligations) = request, case var .figures(stats) = value else { return false }
        let lostPick = picked
        if !withObligations, let old = figures.value { stats.openObligations = old.openObligations }
        guard figures.take(stats, ticket: ticket, version: version) else { return false }
        if withObligations { obligationsFresh = true }
        // Another session may have ticked the picked one off: the pick goes to the one that took
        // its place, within what is left.
        if let lost = lostPick, picked == nil {
            pickedObligation = obligations.isEmpty ? nil : obligations[min(lost, obligations.count - 1)]
        }
        laidOut = nil
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        guard case .figures = request else { return false }
        return figures.state.fail(ticket, error)
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        guard isAffected(.figures) else { return }
        figures.state.markStale()
        obligationsFresh = false
    }

    public mutating func retry(onTick: Bool) { figures.state.retry(onTick: onTick) }

    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            if let stats = figures.value {
                lines = BarChart.overview(stats, width: s.width - 2, lang: s.lang, today: s.today)
            } else if let error = figures.state.error {
                lines = StyledLine.wrapped(error.text(s.lang), width: s.width - 2, indent: 1, style: .alarm)
            } else {
                lines = Page.loading(s)
            }
            laidOut = figures.value == nil && figures.state.error == nil ? nil : key
        }
        viewport.resize(count: lines.count, rows: Page.rows(s, top: 2))
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        Page.draw(lines, viewport, s, into: &c, top: 2)
        guard let p = picked, p < obligations.count else { return }
        let i = line(ofObligation: p)
        guard viewport.visible.contains(i), i < lines.count else { return }
        StyledLine(DisplayWidth.fit(lines[i].plainText, to: c.width - 2), .selected)
            .draw(into: &c, x: 1, y: 2 + i - viewport.offset, maxX: c.width - 1)
    }

    /// Picks an obligation and keeps its line in view.
    private mutating func pick(_ i: Int) {
        pickedObligation = obligations[i]
        viewport.show(line: line(ofObligation: i), centred: false)
    }
}

/// What a laid-out text depends on besides its data: the width and the language.
struct LayoutKey: Equatable, Sendable {
    var width: Int
    var lang: Lang

    init(_ s: AppState) {
        width = s.width
        lang = s.lang
    }
}
