import CasusCore

/// `?`: every key binding, generated from the keymap, grouped by where it applies.
public struct HelpScreen: ScreenModel {
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public init() {}

    public var context: KeyContext { .help }

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
            lines = HelpLayout.lines(keymap: s.keymap, lang: s.lang, role: s.session.role, width: s.width - 2)
            laidOut = key
        }
        viewport.resize(count: lines.count, rows: Page.rows(s))
    }

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c) }
}
