import Foundation
import Testing

/// Issue 12: user text that tries to steer the terminal, through every way casus prints it.
@Suite struct HostileInputTests {
    static let clipboard = "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}"
    static let title = "\u{1B}]0;casus is veilig\u{07}"
    static let csi = "\u{9B}2J"
    static let bidi = "\u{202E}gnp.exe\u{202C}\u{2066}x\u{2069}"
    /// Refused where it comes in (StoredText): escape sequences, C1, DEL.
    static let escapes = "Filmpje\(clipboard) gedeeld\(title) in de klas \(csi)\u{7F}"
    /// Stored, but a terminal would still obey it: a lone CR (a line end in a summary) and the
    /// bidi controls, which make a file name read backwards.
    static let hostile = "Filmpje gedeeld in de klas\r\(bidi) over"

    /// Bytes a terminal obeys: C0 (bar LF and tab), DEL, C1, the bidi controls.
    static func obeyed(_ s: String) -> [UInt32] {
        s.unicodeScalars.map(\.value).filter {
            ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || (0x80..<0xA0).contains($0)
                || (0x202A...0x202E).contains($0) || (0x2066...0x2069).contains($0)
        }
    }

    func school(_ cli: CLI) throws -> String {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        return CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Joëlle de Vries", "--group", "7"))
    }

    @Test func incidentListPrintsNoEscapeCodes() throws {
        let cli = try CLI()
        let pupil = try school(cli)
        // Escape codes never get in: refused, the character named, nothing stored, and the
        // refusal itself prints none.
        for (summary, platform) in [(Self.escapes, "Snapchat"), ("Filmpje", "Snap\u{1B}[31mchat")] {
            let refused = try cli.run([
                "incident", "add", "--subject", pupil, "--summary", summary, "--platform", platform,
            ])
            #expect(refused.code != 0)
            #expect(Self.obeyed(refused.err).isEmpty, "raw control bytes in: \(refused.err.debugDescription)")
            #expect(refused.err.contains("U+001B"), "\(refused.err)")
        }
        #expect(!(try cli.ok("incident", "list").out.contains("Filmpje")))
        // What can be stored is printed with nothing a terminal obeys.
        try cli.ok("incident", "add", "--subject", pupil, "--summary", Self.hostile, "--platform", "Snapchat")
        let list = try cli.ok("incident", "list")
        #expect(Self.obeyed(list.out).isEmpty, "raw control bytes in: \(list.out.debugDescription)")
        #expect(list.out.contains("Filmpje gedeeld"))
        let show = try cli.ok("incident", "show", "1")
        #expect(Self.obeyed(show.out).isEmpty, "raw control bytes in: \(show.out.debugDescription)")
    }

    /// Bytes that are no UTF-8 on the command line (a Latin-1 terminal) are refused, not stored as
    /// U+FFFD: the name would have been changed without a word.
    @Test func anArgumentThatIsNoUTF8IsRefusedAndNothingIsSaved() throws {
        let cli = try CLI()
        _ = try school(cli)
        let before = try cli.ok("people", "list", "--json").out
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = [
            "-c", #"exec "$0" --db "$1" people add --kind pupil --name "$(printf 'Ren\351e Bos')" --group 7"#,
            Tmux.binary, cli.db,
        ]
        p.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": cli.folder]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        p.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 64, "\(message)")
        #expect(
            message.contains("argument 8") && message.contains("is geen UTF-8-tekst; er is niets gedaan"), "\(message)")
        #expect(try cli.ok("people", "list", "--json").out == before)
    }

    /// A list is a row a line: a summary's line end or tab does not start a line of its own.
    @Test func aListRowIsOneLineWhateverItsTextHolds() throws {
        let cli = try CLI()
        let pupil = try school(cli)
        try cli.ok("incident", "add", "--subject", pupil, "--summary", "Eerste regel\nTweede\tregel")
        try cli.ok("incident", "add", "--subject", pupil, "--summary", "Nog een melding")
        let lines = try cli.ok("incident", "list").out.split(separator: "\n")
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("Eerste regel Tweede regel") }, "\(lines)")
        let json = try #require(try cli.ok("incident", "list", "--json").json as? [[String: Any]])
        #expect(
            json.contains { ($0["summary"] as? String) == "Eerste regel\nTweede\tregel" }, "the text itself is kept")
    }

    /// A note from a Windows file keeps its CRLF as written (the chain holds what was written), and
    /// is shown as lines: the CR showed as U+FFFD at every line end and the next lines lost their
    /// indent.
    @Test func aNoteWithWindowsLineEndsIsShownAsLines() throws {
        let cli = try CLI()
        let pupil = try school(cli)
        try cli.ok("dossier", "note", pupil, "--body", "Eerste regel\r\nTweede regel\rDerde regel")
        let shown = try cli.ok("dossier", "show", pupil).out
        #expect(!shown.contains("\u{FFFD}"), "\(shown)")
        let lines = shown.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            lines.contains("Eerste regel") && lines.contains("Tweede regel") && lines.contains("Derde regel"),
            "\(shown)")
        let json = try #require(try cli.ok("dossier", "show", pupil, "--json").json as? [String: Any])
        let body = (json["entries"] as? [[String: Any]])?.last?["body"] as? String
        #expect(body == "Eerste regel\r\nTweede regel\rDerde regel", "stored as written")
    }

    @Test func jsonEscapesWhatATerminalWouldObey() throws {
        let cli = try CLI()
        let pupil = try school(cli)
        try cli.ok("incident", "add", "--subject", pupil, "--summary", Self.hostile)
        let list = try cli.ok("incident", "list", "--json")
        #expect(Self.obeyed(list.out).isEmpty, "raw control bytes in: \(list.out.debugDescription)")
        // The JSON still means the text as it was typed (the summary is stored trimmed).
        let rows = try #require(list.json as? [[String: Any]])
        #expect(rows.first?["summary"] as? String == Self.hostile.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func errorsThatQuoteInputPrintNoEscapeCodes() throws {
        let cli = try CLI()
        _ = try school(cli)
        let bad = try cli.run(["incident", "add", "--subject", "1,\(Self.title)", "--summary", "x"])
        #expect(bad.code == 64)
        #expect(Self.obeyed(bad.err).isEmpty, "raw control bytes in: \(bad.err.debugDescription)")
        #expect(bad.err.contains("\u{FFFD}]0;casus is veilig\u{FFFD}"))
        // An argument the parser itself refuses, quoted in its own message.
        let parser = try cli.run(["incident", "show", "12\(Self.clipboard)"])
        #expect(parser.code == 64)
        #expect(Self.obeyed(parser.err).isEmpty, "raw control bytes in: \(parser.err.debugDescription)")
    }

    @Test func dossierShowAndSearchPrintNoEscapeCodes() throws {
        let cli = try CLI()
        let pupil = try school(cli)
        // A title is one line: a character that turns the writing direction is refused there, named.
        let turned = try cli.run(["dossier", "note", pupil, "--title", "Gesprek\(Self.bidi)", "--body", "regel"])
        #expect(turned.code != 0 && turned.err.contains("schrijfrichting"), "\(turned.err)")
        try cli.ok("dossier", "note", pupil, "--title", "Gesprek", "--body", "regel 1\(Self.bidi)\n\(Self.hostile)")
        let show = try cli.ok("dossier", "show", pupil)
        #expect(Self.obeyed(show.out).isEmpty, "raw control bytes in: \(show.out.debugDescription)")
        let search = try cli.ok("search", "Filmpje")
        #expect(Self.obeyed(search.out).isEmpty, "raw control bytes in: \(search.out.debugDescription)")
    }

    /// What is no group or class in any school is refused before anything is opened (exit 64); at
    /// a primary school a group is 1 to 8, and the school refuses any other (exit 1).
    @Test func aGroupOutsideOneToEightIsRefused() throws {
        let cli = try CLI()
        _ = try school(cli)
        for bad in ["99999999999999999999999", "-1", "3B!", "!3", "4 havo/vwo extra"] {
            let add = try cli.run(["people", "add", "--kind", "pupil", "--name", "Bas Smit", "--group=\(bad)"])
            #expect(add.code == 64, "people add --group \(bad)")
            #expect(add.err.contains("1 tot en met 8 of een klas"), "\(add.err)")
            let list = try cli.run(["people", "list", "--group=\(bad)"])
            #expect(list.code == 64, "people list --group \(bad)")
        }
        for bad in ["0", "9", "groep 12", "x"] {
            let add = try cli.run(["people", "add", "--kind", "pupil", "--name", "Bas Smit", "--group=\(bad)"])
            #expect(add.code == 1 && add.err.contains("groepen zijn 1 tot en met 8"), "\(bad): \(add.err)")
        }
        #expect(!(try cli.ok("people", "list", "--kind", "pupil").out.contains("Smit")), "a refused pupil was saved")
        let ok = try cli.ok("people", "add", "--kind", "pupil", "--name", "Bas Smit", "--group", "groep 5", "--json")
        #expect((ok.json as? [String: Any])?["group"] as? String == "5")
        #expect(try cli.ok("people", "list", "--group", "5").out.contains("Smit"))
    }

    /// A file far too large for what it is read as is refused before it is read: a 2 GB file made
    /// `people import` take 6 GB of memory and crash, a letter's text of that size ran for
    /// thirteen minutes (a review). A device is named as one ("u mag het niet lezen" was the wrong
    /// cause for /dev/zero).
    @Test func aFileFarTooLargeOrADeviceIsRefusedBeforeItIsRead() throws {
        let cli = try CLI()
        _ = try school(cli)
        let big = cli.folder + "/groot.csv"
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        let start = Date()
        let r = try cli.run(["people", "import", "--kind", "pupil", big])
        #expect(r.code != 0 && r.err.contains("is groter dan 64 MB"), "\(r.err)")
        #expect(r.err.contains("Is dit het goede bestand? Er is niets veranderd."), "\(r.err)")
        #expect(Date().timeIntervalSince(start) < 10)
        let device = try cli.run(["calendar", "import", "/dev/zero"])
        #expect(device.code != 0 && device.err.contains("/dev/zero is geen bestand maar een apparaat"), "\(device.err)")
    }
}
