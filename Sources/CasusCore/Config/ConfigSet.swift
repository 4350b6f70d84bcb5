import Foundation

/// The configuration casus runs with: the layers of `ConfigSearchPath`, searched file by file.
/// Reading a file or a set of files goes through here, so every command and the screens see the
/// same files, and every error names the file it is about.
public struct ConfigSet: Sendable {
    public let layers: [ConfigLayer]

    public init(layers: [ConfigLayer]) {
        self.layers = layers
    }

    /// The set built into casus alone (tests, and what `casus config export` writes).
    public static let builtin = ConfigSet(layers: [ConfigLayer(.builtin, origin: "casus")])

    /// The layers for this process's environment.
    public static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment, home: String? = nil
    ) -> ConfigSet {
        ConfigSet(layers: ConfigSearchPath.layers(environment: env, home: home ?? ConfigSearchPath.home(env)))
    }

    /// One file as casus reads it: its text and where it came from.
    public struct File: Sendable, Hashable {
        /// The path inside the configuration: `protocols/jozefschool.yaml`.
        public var path: String
        public var text: String
        public var layer: ConfigLayer
        /// Where it is, for messages: the file's own path, or `(casus)/...` for a built-in one.
        public var location: String { layer.location(of: path) }
    }

    /// A folder named by `$CASUS_CONFIG` must be there: a typo would otherwise fall through to the
    /// built-in set without a word. The other folders are optional, as XDG says.
    public func check() throws {
        for layer in layers where layer.origin == "$CASUS_CONFIG" && !layer.exists {
            let folder = layer.folder ?? ""
            throw CasusError(
                .invalid,
                Phrase(
                    "CASUS_CONFIG wijst naar \(folder), maar daar is geen map",
                    "CASUS_CONFIG points at \(folder), but there is no folder there"),
                hint: Phrase(
                    "Maak de map met `casus config export \(folder)`, of haal CASUS_CONFIG weg om de ingebouwde instellingen te gebruiken.",
                    "Make the folder with `casus config export \(folder)`, or unset CASUS_CONFIG to use the built-in settings."
                ))
        }
    }

    /// The first layer's copy of one file, or nil when no layer has it.
    public func file(_ path: String) throws -> File? {
        try check()
        return try firstCopy(path)
    }

    func firstCopy(_ path: String) throws -> File? {
        for layer in layers {
            if let text = try layer.text(of: path) { return File(path: path, text: text, layer: layer) }
        }
        return nil
    }

    /// Every file directly in `subfolder` ending in `suffix`, each from the first layer that has
    /// it, sorted by name: the built-in profiles with a school's own beside or over them.
    public func files(in subfolder: String, suffix: String) throws -> [File] {
        try check()
        var names = Set<String>()
        for layer in layers { names.formUnion(layer.names(in: subfolder, suffix: suffix)) }
        return try names.sorted().compactMap { try file(subfolder + "/" + $0) }
    }

    /// Every file, each from the layer it comes from (for `casus config paths`, which shows them
    /// even when `check` refuses the set).
    public func effectiveFiles() throws -> [File] {
        var paths = Set<String>()
        for layer in layers where layer.exists { paths.formUnion(layer.allPaths()) }
        return try paths.sorted().compactMap { try firstCopy($0) }
    }

    /// Whether casus reads a file at this path (or ships it, as documentation). Anything else in
    /// a school's folder is a mistake worth showing: `protocol/x.yaml`, `keys.yml`.
    public static func isKnown(_ path: String) -> Bool {
        if path == "keys.yaml" || path == "retention.yaml" || BuiltinConfig.text(path) != nil { return true }
        let parts = path.split(separator: "/")
        guard parts.count == 2 else { return false }
        return (parts[0] == "protocols" && parts[1].hasSuffix(".yaml"))
            || (parts[0] == "templates" && parts[1].hasSuffix(".mustache"))
    }
}
