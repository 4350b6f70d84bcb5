import CasusCore

/// Tab 4, Overzicht: the school year's figures as bar charts, and the open obligations.
public struct OverviewScreen: ScreenModel {
    public private(set) var figures = Loadable<Statistics>()
    public private(set) var year: Int
    /// The open obligations do not depend on the year: [ and ] read only the year's figures.
    private var obligationsFresh = false
    public private(set) var viewport = Viewport(selectable: false)
    /// The figures as lines, laid out once per figures, width and language.
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public init(year: Int) { self.year = year }

    public var context: KeyContext { .overview }

    public func footer(_ s: AppState) -> [FooterItem] {
        Words.items([.yearPrevious, .yearNext, .up, .down, .search, .help, .quit])
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .yearPrevious, .yearNext:
            year += action == .yearNext ? 1 : -1
            figures.state.reset()
            viewport.move(.top)
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
        if !withObligations, let old = figures.value { stats.openObligations = old.openObligations }
        guard figures.take(stats, ticket: ticket, version: version) else { return false }
        if withObligations { obligationsFresh = true }
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

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c, top: 2) }
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
