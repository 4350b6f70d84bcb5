import ArgumentParser
import CasusCore
import Foundation

/// `casus manual`: the man page, made from the same command definitions as `--help` (through
/// ArgumentParser's `--experimental-dump-help`), in the run's language. `make install` writes it
/// to man1/casus.1 (English) and nl/man1/casus.1 (Dutch).
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: .nl(
            "De man-pagina (roff) op standaarduitvoer, voor `make install`.",
            en: "The man page (roff) on standard output, for `make install`."),
        shouldDisplay: false)

    func run() throws {
        print(try ManualPage.render(lang: RunLanguage.current), terminator: "")
    }
}

enum ManualPage {
    /// The subset of ArgumentParser's ToolInfo (`--experimental-dump-help`) a man page needs.
    struct Tool: Decodable { var command: Command }
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }
    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var isOptional: Bool?
        var isRepeating: Bool?
        var shouldDisplay: Bool?
        var abstract: String?
        var defaultValue: String?

        var spelled: String {
            (names ?? []).map { ($0.kind == "short" ? "-" : "--") + $0.name }.joined(separator: ", ")
        }
    }

    static func commandTree() throws -> Command {
        do {
            _ = try Casus.parseAsRoot(["--experimental-dump-help"])
        } catch {
            let json = Casus.fullMessage(for: error)
            return try JSONDecoder().decode(Tool.self, from: Data(json.utf8)).command
        }
        throw CasusError(.storage, Phrase("geen commandoboom", "no command tree"))
    }

    static func render(lang: Lang) throws -> String {
        let root = try commandTree()
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        var out: [String] = [
            #".TH CASUS 1 "" "casus" "\#(t("Gebruikerscommando's", "User Commands"))""#,
            ".SH " + t("NAAM", "NAME"),
            "casus \\- " + escape(root.abstract ?? ""),
            ".SH " + t("OVERZICHT", "SYNOPSIS"),
            ".B casus",
            "[\\fI\(t("subcommando", "subcommand"))\\fR] [\\fI\(t("opties", "options"))\\fR]",
            ".SH " + t("BESCHRIJVING", "DESCRIPTION"),
        ]
        out += paragraphs(root.discussion ?? "")
        // The global options, once: every command takes them, so they are not repeated below.
        let globals = root.subcommands?.first?.arguments?.filter { isGlobal($0) } ?? []
        out.append(".SH " + t("GLOBALE OPTIES", "GLOBAL OPTIONS"))
        for a in globals { out += item(a) }
        out.append(".SH " + t("COMMANDO'S", "COMMANDS"))
        for c in root.subcommands ?? [] { out += section(c, path: "casus") }
        out += [
            ".SH " + t("OMGEVING", "ENVIRONMENT"),
            ".TP", "\\fBCASUS_DB\\fR",
            escape(
                t(
                    "De database (standaard $XDG_DATA_HOME/casus/casus.sqlite).",
                    "The database (default $XDG_DATA_HOME/casus/casus.sqlite).")),
            ".TP", "\\fBCASUS_CONFIG\\fR",
            escape(
                t(
                    "Een map met eigen instellingen, die voor alle andere gaat.",
                    "A folder of settings of one's own, before all others.")),
            ".TP", "\\fBCASUS_LANG\\fR",
            escape(t("nl of en: de taal als --lang ontbreekt.", "nl or en: the language when --lang is not given.")),
            ".TP", "\\fBXDG_CONFIG_HOME\\fR, \\fBXDG_CONFIG_DIRS\\fR, \\fBXDG_DATA_HOME\\fR",
            escape(
                t(
                    "Waar instellingen en gegevens staan (XDG Base Directory).",
                    "Where settings and data are (XDG Base Directory).")),
            ".TP", "\\fBVISUAL\\fR, \\fBEDITOR\\fR",
            escape(t("De editor voor lange teksten.", "The editor for long texts.")),
            ".TP", "\\fBNO_COLOR\\fR",
            escape(t("Geen kleuren.", "No colours.")),
            ".SH " + t("BESTANDEN", "FILES"),
            ".TP", "\\fI~/.local/share/casus/casus.sqlite\\fR",
            escape(t("De database in persoonlijke modus (0600).", "The database in personal mode (0600).")),
            ".TP", "\\fI~/.config/casus/\\fR, \\fI/etc/xdg/casus/\\fR",
            escape(
                t(
                    "Eigen protocolprofielen (protocols/*.yaml), briefsjablonen (templates/*.mustache), keys.yaml en retention.yaml; zie casus config paths.",
                    "A school's own protocol profiles (protocols/*.yaml), letter templates (templates/*.mustache), keys.yaml and retention.yaml; see casus config paths."
                )),
            ".SH " + t("AFSLUITCODES", "EXIT STATUS"),
            escape(
                t(
                    "0 gelukt, 1 geweigerd of mislukt (de reden op standaardfout), 64 verkeerd gebruik.",
                    "0 success, 1 refused or failed (the reason on standard error), 64 usage.")),
        ]
        return out.joined(separator: "\n") + "\n"
    }

    static func isGlobal(_ a: Argument) -> Bool {
        (a.names ?? []).contains { GlobalOptions.names.contains("--" + $0.name) }
    }

    static func section(_ c: Command, path: String) -> [String] {
        guard c.shouldDisplay ?? true else { return [] }
        let name = path + " " + c.commandName
        var out = [".SS \"" + escape(name) + "\"", escape(c.abstract ?? "")]
        if let d = c.discussion, !d.isEmpty { out += [".PP"] + paragraphs(d).dropFirst() }
        for a in c.arguments ?? []
        where (a.shouldDisplay ?? true) && !isGlobal(a) && !(a.names ?? []).contains(where: { $0.name == "help" }) {
            out += item(a)
        }
        for s in c.subcommands ?? [] { out += section(s, path: name) }
        return out
    }

    static func item(_ a: Argument) -> [String] {
        let value = a.valueName.map { " \\fI<" + escape($0) + ">\\fR" } ?? ""
        let head: String =
            switch a.kind {
            case "positional": "\\fI<" + escape(a.valueName ?? "") + ">\\fR" + (a.isRepeating == true ? " ..." : "")
            case "flag": "\\fB" + escape(a.spelled) + "\\fR"
            default: "\\fB" + escape(a.spelled) + "\\fR" + value
            }
        var text = a.abstract ?? ""
        if let d = a.defaultValue, !d.isEmpty {
            text += " (" + (RunLanguage.current == .nl ? "standaard" : "default") + ": \(d))"
        }
        return [".TP", head, escape(text)]
    }

    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).flatMap { [".PP", escape(String($0))] }
    }

    /// roff: a backslash is `\e`, a hyphen in an option `\-`, a line may not start with a
    /// control character (`.` or `'`), and every other character than ASCII is written `\[uXXXX]`,
    /// so the page is read the same by groff with or without preconv, and by mandoc.
    static func escape(_ s: String) -> String {
        var r = s.replacingOccurrences(of: "\\", with: "\\e")
        r = r.replacingOccurrences(of: "--", with: "\\-\\-")
        if r.hasPrefix(".") || r.hasPrefix("'") { r = "\\&" + r }
        return r.unicodeScalars.map { c in
            guard !c.isASCII else { return String(c) }
            let hex = String(c.value, radix: 16, uppercase: true)
            return "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
        }.joined()
    }
}
