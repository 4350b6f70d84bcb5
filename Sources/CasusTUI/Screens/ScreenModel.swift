import CasusCore

/// One screen: a tab, a screen opened on top of it, or a dialog. Like tig's `view_ops`, each
/// screen is one type in one file with everything it does: its key context (its section of
/// keys.yaml and of `?`), its footer, how it handles actions and typed keys, what it loads,
/// how it lays out its text and draws. A new screen is one file and one `KeyContext` case.
public protocol ScreenModel: Sendable {
    var context: KeyContext { get }
    /// Drawn as a box over the screen beneath (prompts, pickers) rather than instead of it.
    var isOverlay: Bool { get }
    /// A dialog: closed when what it was opened for has been saved.
    var isDialog: Bool { get }
    /// A dialog holding text the user wrote at length (a note, a letter, a report): kept open
    /// when another session's change made the save fail, so nothing written is lost.
    var holdsWriting: Bool { get }
    /// Text typed here that closing would lose: Ctrl-C asks before it quits (a half-filled report
    /// was lost to a Ctrl-C pressed out of habit, a review).
    var hasUnsavedText: Bool { get }
    /// The text field in focus is a box of several lines (a report's "Wat is er gebeurd?", a
    /// step's facts): Enter and a pasted line end start a new line there, and Tab goes on;
    /// elsewhere a one-line field makes a pasted line end a space.
    var takesLineBreaks: Bool { get }
    /// It asks once more before saving a decision for good ("Enter legt het vast, blijvend"): the
    /// keys already waiting when it asks (a paste, typing ahead) were not pressed in answer, and
    /// are dropped (`Runtime.loop`).
    var asksForGood: Bool { get }
    /// The footer: actions (their keys from the keymap) with this screen's words for them.
    func footer(_ s: AppState) -> [FooterItem]
    /// A key before the keymap: a text field takes printable keys. nil leaves the key to the keymap.
    mutating func input(_ key: Key, _ s: inout AppState) -> Outcome?
    /// An action bound in this screen's context or globally; nil when it is not this screen's.
    mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome?
    /// What it needs from the store now (only what is idle or stale).
    mutating func loads(_ s: AppState) -> [Effect]
    /// A fetched value, if it is the answer this screen waits for.
    mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState) -> Bool
    /// A failed fetch, if it was this screen's.
    mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool
    /// Marks stale what a change affects.
    mutating func invalidate(_ isAffected: (DataKey) -> Bool)
    /// After a failure: ask again (see LoadState.retry).
    mutating func retry(onTick: Bool)
    /// Lays out its text when the data, the width or the language changed, and sizes its viewport.
    mutating func layout(_ s: AppState)
    func draw(_ s: AppState, into c: inout Canvas)
}

extension ScreenModel {
    public var isOverlay: Bool { false }
    public var isDialog: Bool { false }
    public var holdsWriting: Bool { false }
    public var hasUnsavedText: Bool { false }
    public var takesLineBreaks: Bool { false }
    public var asksForGood: Bool { false }
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? { nil }
    public mutating func loads(_ s: AppState) -> [Effect] { [] }
    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    { false }
    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool { false }
    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {}
    public mutating func retry(onTick: Bool) {}
    public mutating func layout(_ s: AppState) {}
}

/// What handling a key or action did to the screen stack, besides changing the state.
public struct Outcome: Sendable {
    public var effects: [Effect] = []
    /// Close this screen.
    public var close = false
    /// Screens to open on top (after closing this one, if it closes).
    public var push: [any ScreenModel] = []

    public init(effects: [Effect] = [], close: Bool = false, push: [any ScreenModel] = []) {
        self.effects = effects
        self.close = close
        self.push = push
    }

    public static let handled = Outcome()
    public static let closed = Outcome(close: true)
    public static func open(_ screen: any ScreenModel, effects: [Effect] = []) -> Outcome {
        Outcome(effects: effects, push: [screen])
    }
    public static func run(_ effects: [Effect]) -> Outcome { Outcome(effects: effects) }
}

/// One item of a footer: the actions whose keys it shows ("↑↓" for up and down) and a word.
public struct FooterItem: Sendable {
    public var actions: [Action]
    public var label: Phrase
    /// Show the action's first two keys ("F2/Ctrl-S").
    public var both: Bool

    public init(_ actions: [Action], _ label: Phrase) {
        self.actions = actions
        self.label = label
        self.both = false
    }

    public init(_ action: Action, _ label: Phrase, bothKeys: Bool = false) {
        self.actions = [action]
        self.label = label
        self.both = bothKeys
    }
}
