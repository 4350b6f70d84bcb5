import Foundation

/// One place casus looks for configuration files: a folder a school or an administrator filled,
/// or the set built into casus. Layers are searched in order; the first that has a file wins.
public struct ConfigLayer: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case folder(String)
        case builtin
    }

    public var source: Source
    /// What put the folder in the search path, as `casus config paths` shows it:
    /// `$CASUS_CONFIG`, `$XDG_CONFIG_HOME/casus`, `/etc/xdg/casus`, ...
    public var origin: String

    public init(_ source: Source, origin: String) {
        self.source = source
        self.origin = origin
    }

    public var folder: String? {
        if case .folder(let path) = source { return path }
        return nil
    }

    /// The folder exists and is a folder (the built-in set always exists).
    public var exists: Bool {
        guard let folder else { return true }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Where a file of this layer is, as an error message names it.
    public func location(of path: String) -> String {
        switch source {
        case .folder(let folder): (folder as NSString).appendingPathComponent(path)
        case .builtin: "(casus)/" + path
        }
    }

    /// The text of a file of this layer, nil when the layer does not have it.
    func text(of path: String) throws -> String? {
        guard let folder else { return BuiltinConfig.text(path) }
        let file = (folder as NSString).appendingPathComponent(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            return nil
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CasusError.invalid(
                "niet te lezen", "cannot be read", at: file)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CasusError.invalid(
                "niet te lezen als UTF-8", "cannot be read as UTF-8",
                hint: Phrase("Sla het bestand op als UTF-8.", "Save the file as UTF-8."), at: file)
        }
        return text
    }

    /// The names of the files directly in `subfolder` that end in `suffix`.
    func names(in subfolder: String, suffix: String) -> [String] {
        let prefix = subfolder + "/"
        guard let folder else {
            return BuiltinConfig.paths.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }
                .map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") }
        }
        let dir = (folder as NSString).appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }
    }

    /// Every file of the layer, by its path inside the layer (for `casus config paths`).
    public func allPaths() -> [String] {
        guard let folder else { return BuiltinConfig.paths }
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                !(path as NSString).lastPathComponent.hasPrefix(".")
            {
                out.append(path)
            }
        }
        return out.sorted()
    }
}
