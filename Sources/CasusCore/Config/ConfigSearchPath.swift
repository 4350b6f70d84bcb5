import Foundation

/// Where casus looks for configuration, in order (the XDG Base Directory convention, with
/// casus's own variable first):
///
/// 1. `$CASUS_CONFIG`, when set: a folder named on purpose;
/// 2. `$XDG_CONFIG_HOME/casus`, default `~/.config/casus`: the account's own files;
/// 3. each folder of `$XDG_CONFIG_DIRS` + `/casus`, default `/etc/xdg/casus`: the machine's;
/// 4. the set built into casus.
///
/// A file found in an earlier place hides the same file (same path inside the folder) in a later
/// one, so a school changes one template or profile without copying the rest.
public enum ConfigSearchPath {
    public static func layers(environment env: [String: String], home: String) -> [ConfigLayer] {
        func value(_ name: String) -> String? {
            guard let v = env[name], !v.isEmpty else { return nil }
            return v
        }
        var layers: [ConfigLayer] = []
        if let explicit = value("CASUS_CONFIG") {
            layers.append(ConfigLayer(.folder(absolute(explicit, home: home)), origin: "$CASUS_CONFIG"))
        }
        // The XDG specification: relative paths in these variables are invalid and ignored.
        if let xdg = value("XDG_CONFIG_HOME"), xdg.hasPrefix("/") {
            layers.append(ConfigLayer(.folder(joined(xdg, "casus")), origin: "$XDG_CONFIG_HOME/casus"))
        } else {
            layers.append(ConfigLayer(.folder(joined(home, ".config/casus")), origin: "~/.config/casus"))
        }
        let dirs = value("XDG_CONFIG_DIRS").map { $0.split(separator: ":").map(String.init) } ?? ["/etc/xdg"]
        let origin = value("XDG_CONFIG_DIRS") == nil ? "/etc/xdg/casus" : "$XDG_CONFIG_DIRS"
        for dir in dirs where dir.hasPrefix("/") {
            layers.append(ConfigLayer(.folder(joined(dir, "casus")), origin: origin))
        }
        layers.append(ConfigLayer(.builtin, origin: "casus"))
        return layers
    }

    /// The account's home folder: `$HOME` as XDG says, else the user database's.
    public static func home(_ env: [String: String]) -> String {
        if let home = env["HOME"], home.hasPrefix("/") { return home }
        return NSHomeDirectory()
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `$CASUS_CONFIG` may be relative (to the working folder, as a shell user means it).
    public static func absolute(_ path: String, home: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" { return home }
        if path.hasPrefix("~/") { return joined(home, String(path.dropFirst(2))) }
        return joined(FileManager.default.currentDirectoryPath, path)
    }
}
