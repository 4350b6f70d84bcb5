import ArgumentParser
import CasusCore
import Foundation

/// `casus config`: where the settings come from, and a copy of the built-in ones to edit.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: .nl(
            "De instellingen (protocolprofielen, briefsjablonen, toetsen, bewaartermijnen): waar casus ze zoekt, en een kopie om te bewerken.",
            en:
                "The settings (protocol profiles, letter templates, keys, retention): where casus looks for them, and a copy to edit."
        ),
        subcommands: [Paths.self, Export.self])

    struct Paths: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "paths",
            abstract: .nl(
                "Waar casus zijn instellingen zoekt, in volgorde, en uit welke map elk bestand komt.",
                en: "Where casus looks for its settings, in order, and which folder each file comes from."),
            discussion: .nl(
                "Volgorde: $CASUS_CONFIG, $XDG_CONFIG_HOME/casus (standaard ~/.config/casus), elke map van $XDG_CONFIG_DIRS met /casus erachter (standaard /etc/xdg/casus), dan de instellingen die in casus zijn ingebouwd. Een bestand in een eerdere map gaat voor hetzelfde bestand in een latere.",
                en:
                    "Order: $CASUS_CONFIG, $XDG_CONFIG_HOME/casus (default ~/.config/casus), each folder of $XDG_CONFIG_DIRS with /casus added (default /etc/xdg/casus), then the settings built into casus. A file in an earlier folder takes the place of the same file in a later one."
            ))
        @OptionGroup var global: GlobalOptions
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        struct JSON: Encodable {
            struct Layer: Encodable {
                var origin: String
                var folder: String?
                var exists: Bool
            }
            struct File: Encodable {
                var path: String
                var from: String
            }
            var layers: [Layer]
            var files: [File]
            var ignored: [String]
        }

        func run(_ ctx: Context) throws {
            let config = ctx.config
            let files = try config.effectiveFiles()
            let ignored = files.filter { !ConfigSet.isKnown($0.path) }.map(\.location)
            let used = files.filter { ConfigSet.isKnown($0.path) }
            if json {
                return try Output.json(
                    JSON(
                        layers: config.layers.map { .init(origin: $0.origin, folder: $0.folder, exists: $0.exists) },
                        files: used.map { .init(path: $0.path, from: $0.layer.folder ?? "builtin") }, ignored: ignored))
            }
            let t = ctx.lang
            Output.line(
                Phrase(
                    "Waar casus zijn instellingen zoekt (een bestand in een eerdere map gaat voor):",
                    "Where casus looks for its settings (a file in an earlier folder comes first):")(t))
            if ProcessInfo.processInfo.environment["CASUS_CONFIG", default: ""].isEmpty {
                Output.line("   -  " + pad("$CASUS_CONFIG") + Phrase("(niet gezet)", "(not set)")(t))
            }
            for (i, layer) in config.layers.enumerated() {
                let state: String
                if let folder = layer.folder {
                    state = folder + (layer.exists ? "" : Phrase("  (bestaat niet)", "  (does not exist)")(t))
                } else {
                    state = Phrase(
                        "ingebouwd in casus (\(BuiltinConfig.paths.count) bestanden)",
                        "built into casus (\(BuiltinConfig.paths.count) files)")(t)
                }
                Output.line("  \(String(i + 1).leftPad(2)). " + pad(layer.origin) + state)
            }
            Output.line()
            Output.line(Phrase("Bestanden en waar ze vandaan komen:", "Files and where they come from:")(t))
            let width = (used.map(\.path.count).max() ?? 0) + 2
            for f in used {
                let from = f.layer.folder.map { _ in f.location } ?? Phrase("ingebouwd", "built in")(t)
                Output.line("  " + f.path.padding(toLength: width, withPad: " ", startingAt: 0) + from)
            }
            // Every profile parsed, as casus otherwise does only for the one it needs.
            do {
                try config.check()
                _ = try config.profiles().profiles
            } catch let error as CasusError {
                Output.line()
                Output.line(Phrase("Let op: ", "Note: ")(t) + error.text(t))
            }
            if !ignored.isEmpty {
                Output.line()
                Output.line(
                    Phrase(
                        "Genegeerd (casus leest deze bestanden niet; controleer naam en map):",
                        "Ignored (casus does not read these files; check name and folder):")(t))
                for path in ignored { Output.line("  " + path) }
            }
        }

        func pad(_ s: String) -> String { s.padding(toLength: max(s.count + 2, 26), withPad: " ", startingAt: 0) }
    }

    struct Export: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: .nl(
                "Schrijf de ingebouwde instellingen in een map, om te bewerken.",
                en: "Write the built-in settings into a folder, to edit."),
            discussion: .nl(
                "Overschrijft geen bestaande bestanden, tenzij met --force. casus leest de map als het ~/.config/casus is, of met CASUS_CONFIG=MAP. Bewaar alleen de bestanden die u verandert: de andere komen dan met elke nieuwe versie van casus mee.",
                en:
                    "Overwrites no existing files unless --force is given. casus reads the folder when it is ~/.config/casus, or with CASUS_CONFIG=FOLDER. Keep only the files you change: the others then come with each new version of casus."
            ))
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("De map (wordt gemaakt als ze er niet is).", en: "The folder (made when it is not there)."))
        var folder: String
        @Flag(help: .nl("Bestaande bestanden overschrijven.", en: "Overwrite existing files.")) var force = false

        func run(_ ctx: Context) throws {
            let fm = FileManager.default
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
                throw CasusError.invalid(
                    "\(folder) is een bestand, geen map; er is niets geschreven",
                    "\(folder) is a file, not a folder; nothing was written",
                    hint: Phrase("Geef de naam van een (nieuwe) map.", "Give the name of a (new) folder."))
            }
            // The folder is made, not the folders above it, as every other command that writes
            // refuses a folder that is not there (`/nonexistent/dir` was made silently, a review).
            let parent = FilePath.folder(of: (folder as NSString).standardizingPath)
            if !fm.fileExists(atPath: folder), !parent.isEmpty, !fm.fileExists(atPath: parent) {
                throw CasusError.invalid(
                    "de map \(parent) bestaat niet; er is niets geschreven",
                    "folder \(parent) does not exist; nothing was written",
                    hint: Phrase(
                        "casus maakt alleen de laatste map (\(FilePath.name(of: folder))); maak de map erboven eerst.",
                        "casus makes only the last folder (\(FilePath.name(of: folder))); make the folder above it first."
                    ))
            }
            let targets = BuiltinConfig.paths.map { (path: $0, file: (folder as NSString).appendingPathComponent($0)) }
            let taken = targets.filter { fm.fileExists(atPath: $0.file) }
            if !taken.isEmpty, !force {
                let shown = taken.prefix(3).map(\.file).joined(separator: ", ") + (taken.count > 3 ? ", …" : "")
                throw CasusError.refused(
                    "\(taken.count) van de bestanden bestaan al (\(shown)); er is niets geschreven",
                    "\(taken.count) of the files exist already (\(shown)); nothing was written",
                    hint: Phrase(
                        "Kies een lege map, of overschrijf ze met --force.",
                        "Choose an empty folder, or overwrite them with --force."))
            }
            for target in targets {
                let dir = FilePath.folder(of: target.file)
                do {
                    try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    try Data((BuiltinConfig.text(target.path) ?? "").utf8).write(
                        to: URL(fileURLWithPath: target.file), options: .atomic)
                } catch {
                    throw CasusError(
                        .storage,
                        Phrase(
                            "kan \(target.file) niet schrijven: \(error.localizedDescription)",
                            "cannot write \(target.file): \(error.localizedDescription)"),
                        hint: Phrase(
                            "Controleer de rechten en de vrije ruimte; wat al geschreven is, is een kopie van de ingebouwde instellingen.",
                            "Check the permissions and the free space; what was written is a copy of the built-in settings."
                        ))
                }
            }
            let absolute = ConfigSearchPath.absolute(
                folder, home: ConfigSearchPath.home(ProcessInfo.processInfo.environment))
            let layers = ctx.config.layers
            let read = layers.contains { $0.folder.map(standard) == standard(absolute) }
            let own = layers.first { $0.origin != "$CASUS_CONFIG" }?.folder ?? "~/.config/casus"
            Output.line(
                Phrase(
                    "\(targets.count) bestanden geschreven naar \(folder)\(taken.isEmpty ? "" : " (\(taken.count) overschreven)").",
                    "\(targets.count) files written to \(folder)\(taken.isEmpty ? "" : " (\(taken.count) overwritten)")."
                )(
                    ctx.lang))
            Output.line(
                (read
                    ? Phrase(
                        "casus leest deze map nu (zie `casus config paths`). Bewaar alleen de bestanden die u verandert.",
                        "casus reads this folder now (see `casus config paths`). Keep only the files you change.")
                    : Phrase(
                        "casus leest deze map als u haar naar \(own) verplaatst, of met CASUS_CONFIG=\(absolute). Bewaar alleen de bestanden die u verandert.",
                        "casus reads this folder once you move it to \(own), or with CASUS_CONFIG=\(absolute). Keep only the files you change."
                    ))(ctx.lang))
        }

        func standard(_ path: String) -> String { (path as NSString).standardizingPath }
    }
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
