/// The configuration casus ships with (Config/ in the repository), compiled into the executable:
/// an installed casus needs no folder beside it and no environment. The texts are in the
/// generated `BuiltinConfig+Files.swift` (Scripts/embed-config/generate.py); a test keeps the
/// two in step.
public enum BuiltinConfig {
    /// The paths inside Config/, sorted: `keys.yaml`, `protocols/jozefschool.yaml`, ...
    public static var paths: [String] { files.map(\.path) }

    /// The text of one built-in file, by its path inside Config/.
    public static func text(_ path: String) -> String? {
        files.first { $0.path == path }?.text
    }
}
