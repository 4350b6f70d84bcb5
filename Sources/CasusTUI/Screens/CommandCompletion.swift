import CasusCore

/// The `:` line's Tab and its history: the command names a role may use (those `?` lists, and the
/// line's own words), completed from what was typed; the lines run before, recalled with Up/Down.
enum CommandCompletion {
    /// The line's own words (CommandLine.run) and the action whose permission each asks.
    static let ownWords: [String: Action] = [
        "case": .tabCases, "zaak": .tabCases, "search": .search, "zoek": .search, "school": .school, "quit": .quit,
    ]

    /// How many lines the history keeps (the oldest go first).
    static let historyLimit = 100

    /// Every command the role may give, sorted: the keymap's actions the role may use where they
    /// are bound, and the line's own words.
    static func names(keymap: Keymap, role: Role) -> [String] {
        var names = Set(ownWords.filter { $0.value.isAllowed(for: role, in: .global) }.keys)
        for b in keymap.bindings where b.action.isAllowed(for: role, in: b.context) { names.insert(b.action.rawValue) }
        return names.sorted()
    }

    enum Completion: Equatable {
        /// The one command that begins so, and a space after it.
        case completed(String)
        /// Several begin so: the line grows to what they share; these are they.
        case several(String, [String])
        /// None begins so.
        case none
    }

    static func complete(_ line: String, among names: [String]) -> Completion {
        let typed = line.lowercased()
        let found = names.filter { $0.hasPrefix(typed) }
        guard let first = found.first else { return .none }
        if found.count == 1 { return .completed(first + " ") }
        var shared = first
        for name in found.dropFirst() {
            while !name.hasPrefix(shared) { shared.removeLast() }
        }
        return .several(shared, found)
    }

    /// The history with `line` added as the newest (a repeat of the newest is kept once).
    static func remembering(_ line: String, in history: [String]) -> [String] {
        let line = line.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, history.last != line else { return history }
        return Array((history + [line]).suffix(historyLimit))
    }
}
