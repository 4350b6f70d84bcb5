import CasusCore

/// One report: what happened, who is involved, the protocol's response to the group's size,
/// and the cases it became.
public struct IncidentScreen: ScreenModel {
    public let id: IncidentID
    public private(set) var data = Loadable<IncidentData>()
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public struct IncidentData: Sendable {
        public var incident: Incident
        public var involved: [Involved]
        public var cases: [Case]
        public var groupResponse: GroupResponse.Level?
    }

    public init(id: IncidentID) { self.id = id }

    public var context: KeyContext { .incident }

    /// A dismissed report is done with: its footer offered `t` and `x`, which then refused.
    public func footer(_ s: AppState) -> [FooterItem] {
        let evidence: [Action] = data.value?.incident.evidence.isEmpty == false ? [.evidence] : []
        return data.value?.incident.status == .dismissed
            ? Words.items([.back] + evidence + [.help]) : Words.items([.back, .triage, .dismiss] + evidence + [.help])
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
        case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
        case .top: viewport.move(.top)
        case .bottom: viewport.move(.bottom)
        case .triage: return .open(TriageScreen(incidentID: id))
        case .dismiss: return .open(PromptScreen.dismiss(id, summary: data.value?.incident.summary, s))
        case .evidence:
            return EvidenceKey.save(data.value?.incident.evidence.isEmpty == false ? .report(id) : nil, &s)
        default: return nil
        }
        return .handled
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard data.state.needsRequest else { return [] }
        return [.fetch(.incident(id), ticket: data.state.begin())]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard request == .incident(id), case let .incident(incident, involved, cases, group) = value else {
            return false
        }
        let d = IncidentData(incident: incident, involved: involved, cases: cases, groupResponse: group)
        guard data.take(d, ticket: ticket, version: version) else { return false }
        laidOut = nil
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        request == .incident(id) && data.state.fail(ticket, error)
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        if isAffected(.incident(id)) { data.state.markStale() }
    }
    public mutating func retry(onTick: Bool) { data.state.retry(onTick: onTick) }

    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            if let d = data.value {
                lines = IncidentLayout.lines(
                    d.incident, involved: d.involved, cases: d.cases, groupResponse: d.groupResponse,
                    width: s.width, lang: s.lang, today: s.today, sectors: s.session.sectors,
                    readsCases: Action.triage.isAllowed(for: s.session.role, in: .incident))
                laidOut = key
            } else {
                lines =
                    data.state.error.map { StyledLine.wrapped($0.text(s.lang), width: s.width - 2, style: .alarm) }
                    ?? Page.loading(s)
            }
        }
        viewport.resize(count: lines.count, rows: Page.rows(s))
    }

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c) }
}
