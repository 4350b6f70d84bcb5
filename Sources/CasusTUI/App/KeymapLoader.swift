import CasusCore

extension Keymap {
    /// The standard keymap with Config/keys.yaml applied on top (tigrc-style: per context,
    /// `key: action`, and `none` to unbind). A bad line is refused with file:line.
    public static func load(file: String, text: String) throws -> Keymap {
        var map = Keymap.standard
        // A file of comments only changes nothing.
        guard let root = try YAMLReader(file: file).rootIfAny(text) else { return map }
        let contexts = try root.map()
        for context in KeyContext.allCases {
            guard let value = contexts.optional(context.rawValue) else { continue }
            let bindings = try value.map()
            for key in bindings.keys {
                let v = try bindings.required(key)
                guard let k = Key(name: key) else {
                    throw v.fail(
                        "onbekende toets '\(key)' (voorbeelden: j, Enter, Ctrl-R, F5, PgDn, Space)",
                        "unknown key '\(key)' (for example: j, Enter, Ctrl-R, F5, PgDn, Space)")
                }
                let name = try v.nonEmptyString()
                if name == "none" {
                    map.unbind(k, in: context)
                } else if let action = Action(rawValue: name) {
                    map.bind(k, action, in: context)
                } else {
                    throw v.fail(
                        "onbekende actie '\(name)'; zie ? in casus voor alle acties",
                        "unknown action '\(name)'; see ? in casus for all actions")
                }
            }
        }
        try contexts.finish()
        return map
    }
}
