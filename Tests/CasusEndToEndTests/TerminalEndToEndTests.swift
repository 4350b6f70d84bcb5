import CasusTerminal
import Foundation
import Testing

/// The real binary in tmux: what a director sees and what the terminal is left in.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct TerminalEndToEndTests {
    @Test func theDemoOpensWithTheSchoolsName() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        let s = try t.screen()
        #expect(s.contains("Zaken"))
        #expect(s.contains("directeur"))
    }

    @Test func twoThenEnterOpensACase() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        try t.keys("2")
        try t.waitFor("Samenvatting")
        try t.keys("Enter")
        // Each in turn: tmux may show a screen that ncurses is still writing.
        for text in ["Artikelen", "Zaak 2026-", "Ladder"] { try t.waitFor(text, timeout: 10) }
    }

    /// Another process files a report while casus is open: the tab bar counts it within a
    /// tick or two, without a key press.
    @Test func aReportFiledElsewhereShowsUpWithoutAKey() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        let before = try t.screen()
        guard let range = before.range(of: #"Meldingen \((\d+)\)"#, options: .regularExpression),
            let count = Int(before[range].filter(\.isNumber))
        else {
            Issue.record("no report count in the tab bar:\n\(before)")
            return
        }
        let cli = try CLI(folder: t.folder, db: t.db, keeping: t)
        let people = try cli.ok("people", "list", "--kind", "pupil", "--json")
        let pupil = try #require((people.json as? [[String: Any]])?.first?["id"] as? Int)
        try cli.ok("incident", "add", "--subject", String(pupil), "--summary", "Filmpje uit de gymzaal op TikTok.")
        try t.waitFor("Meldingen (\(count + 1))", timeout: 10)
    }

    @Test func aResizeRedraws() throws {
        let t = try Tmux()
        try t.startShell(width: 100, height: 30)
        try t.startDemo()
        try t.run(["resize-window", "-x", "60", "-y", "20"])
        try t.waitFor("Terminal te klein")
        try t.run(["resize-window", "-x", "140", "-y", "40"])
        let s = try t.waitFor("Samenvatting")
        #expect(s.split(separator: "\n").contains { $0.count > 100 }, "the list did not use the wider terminal")
    }

    @Test func qLeavesTheTerminalUsable() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        try t.keys("q")
        try t.waitFor("shell$")
        try t.assertShellUsable()
    }

    @Test func killTermLeavesTheTerminalUsable() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        guard let pid = try t.casusPID() else {
            Issue.record("casus is not running")
            return
        }
        kill(pid, SIGTERM)
        try t.waitFor("shell$")
        try t.assertShellUsable()
    }

    /// Ended while `$EDITOR` is open on a letter: the editor goes with casus, the terminal is as the
    /// shell had it, and the letter's folder is gone, with what the editor put beside it. The editor
    /// ran on beside the shell, the letter stayed in /tmp, and the terminal was raw (a review).
    @Test(arguments: [SIGTERM, SIGHUP])
    func endedWhileTheEditorIsOpenLeavesNoEditorNoLetterAndAUsableTerminal(signal: Int32) throws {
        let t = try Tmux()
        let temporary = t.folder + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        // An editor as vim is one: the terminal raw, a swap file beside the letter, and waiting; and
        // started by a wrapper, as `sensible-editor` starts it (a grandchild of casus's).
        func folders() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] }
        try letterInEditor(
            t, script: "stty raw -echo\ncp \"$1\" \"$1.swp\"\nsleep 3007\necho done", env: ["TMPDIR": temporary]
        ) { !folders().isEmpty }
        guard let pid = try t.casusPID() else {
            Issue.record("casus is not running")
            return
        }
        kill(pid, signal)
        try t.waitFor("shell$")
        try t.assertShellUsable()
        #expect(folders().isEmpty, "the letter's folder stayed: \(folders())")
        let editors = try Self.running("sleep 3007")
        #expect(editors.isEmpty, "the editor runs on: \(editors)")
    }

    /// The demo in the shell with `script` as $EDITOR, the first case's letter opened in it, and
    /// waited for until `started` says the editor runs.
    func letterInEditor(_ t: Tmux, script: String, env: [String: String] = [:], started: () throws -> Bool) throws {
        let editor = t.folder + "/editor.sh"
        try "#!/bin/sh\n\(script)\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        try t.startShell(env: env.merging(["EDITOR": editor]) { $1 })
        try t.startDemo()
        try t.keys("2", "Enter")
        try t.waitFor("Artikelen")
        try t.keys("c", "Enter")
        let deadline = Date().addingTimeInterval(20)
        while try !started() && Date() < deadline { usleep(50_000) }
        #expect(try started(), "the editor did not start")
    }

    /// The processes whose command line holds `pattern` (pgrep's pids), "" when none.
    static func running(_ pattern: String) throws -> String {
        try Spawn.run(["/usr/bin/env", "pgrep", "-f", pattern], capture: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Ctrl-Z in the editor stops casus with it; `bg` does not let casus take the terminal from the
    /// shell (it waits for `fg`), and `kill %1` ends casus and the editor and leaves the shell its
    /// terminal. Both took the terminal from the shell, whose next key ended it (a review).
    @Test func aStoppedEditorLeavesTheShellItsTerminal() throws {
        let t = try Tmux()
        func editors() throws -> String { try Self.running("sleep 3017") }
        try letterInEditor(t, script: "sleep 3017\necho done") { try !editors().isEmpty }
        try t.keys("C-z")
        try t.waitFor("Stopped")
        try t.type("bg")
        try t.keys("Enter")
        try t.type("echo still-$((40+2))")
        try t.keys("Enter")
        try t.waitFor("still-42")
        try t.type("kill %1")
        try t.keys("Enter")
        let gone = Date().addingTimeInterval(20)
        while try (!editors().isEmpty || t.casusPID() != nil) && Date() < gone { usleep(50_000) }
        #expect(try editors().isEmpty, "the editor runs on")
        #expect(try t.casusPID() == nil, "casus runs on")
        // The shell still has its terminal.
        try t.assertShellUsable()
    }

    /// A hangup, a segfault and a Swift trap (SIGILL) all give the terminal back.
    @Test(arguments: [SIGHUP, SIGSEGV, SIGILL, SIGABRT])
    func aSignalOrACrashLeavesTheTerminalUsable(signal: Int32) throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        guard let pid = try t.casusPID() else {
            Issue.record("casus is not running")
            return
        }
        kill(pid, signal)
        try t.waitForAbsence("Basisschool De Klimop")
        try t.waitFor("shell$")
        try t.assertShellUsable()
    }

    @Test func ctrlCQuitsCleanly() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        try t.keys("2", "Enter")
        try t.waitFor("Artikelen")
        try t.keys("C-c")
        try t.waitFor("shell$")
        // Ended as an interrupted program ends, so a script sees it was stopped (it said 0).
        try t.type("echo rc=$?")
        try t.keys("Enter")
        try t.waitFor("rc=130")
        try t.assertShellUsable()
    }

    /// Ctrl-C while an editor that leaves the keyboard alone runs (`code --wait`): it reaches the
    /// editor, not casus, which stays and removes the letter's temporary file. casus ended at once
    /// and left the letter in /tmp (a review).
    @Test func ctrlCDuringAnExternalEditorReachesTheEditorOnly() throws {
        let t = try Tmux()
        let temp = t.folder + "/tmp"
        try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
        let editor = t.folder + "/wachten.sh"
        try "#!/bin/sh\ntouch \(t.folder)/editor-loopt\nsleep 30\n".write(
            toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        try t.startShell(env: ["VISUAL": editor, "TMPDIR": temp])
        try t.startDemo()
        try t.keys("2", "Enter")
        try t.waitFor("Artikelen")
        try t.keys("c")
        try t.waitFor("Brief uit sjabloon")
        try t.keys("Enter")
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: t.folder + "/editor-loopt") { usleep(100_000) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp).contains { $0.hasPrefix("casus-") })
        try t.keys("C-c")
        try t.waitFor("er is niets opgeslagen.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp).isEmpty, "the letter's file is removed")
        // Nothing unsaved: a Ctrl-C now ends casus, as before.
        try t.keys("C-c")
        try t.waitFor("shell$")
        try t.assertShellUsable()
    }

    @Test func ctrlZAndFgGiveTheTerminalBackAndTakeItAgain() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        try t.keys("C-z")
        try t.waitFor("Stopped")
        try t.assertShellUsable()
        try t.type("fg")
        try t.keys("Enter")
        try t.waitFor("Basisschool De Klimop")
        try t.keys("q")
        try t.waitFor("shell$")
    }

    /// A paste (tmux's `paste-buffer -p` brackets it, as a terminal does when asked) is text: its
    /// line end does not confirm the search prompt, and an escape sequence ncurses does not know
    /// (Home without terminfo, Ctrl-F11) is no Esc (the text stays) and runs no key.
    @Test func aPasteIsTextAndAnUnknownSequenceIsNoEscape() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        try t.keys("/")
        try t.waitFor("Zoek:")
        try t.run(["set-buffer", "gesprek\nouders"])
        try t.run(["paste-buffer", "-p"])
        try t.waitFor("Zoek: gesprek ouders")
        // Home as a terminal without it in terminfo sends it: the cursor goes home, the prompt stays.
        try t.hex([0x1b, 0x5b, 0x31, 0x7e])
        try t.type("!")
        try t.waitFor("Zoek: !gesprek ouders")
        // An unknown sequence: nothing at all.
        try t.hex([0x1b, 0x5b, 0x32, 0x33, 0x3b, 0x35, 0x7e])
        try t.type("?")
        try t.waitFor("Zoek: !?gesprek ouders")
        try t.keys("Escape")
        try t.waitForAbsence("Zoek:")
        try t.keys("q")
        try t.waitFor("shell$")
        try t.assertShellUsable()
    }

    @Test func invalidUTF8AndEscapeStormsAreHarmless() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo()
        // Invalid UTF-8, a lone continuation byte, unknown escape sequences, a flood of Esc.
        try t.hex([0xff, 0xfe, 0xc3, 0x28, 0x80, 0x1b, 0x5b, 0x39, 0x39, 0x39, 0x7e, 0x1b, 0x4f, 0x5a])
        for _ in 0..<20 { try t.keys("Escape") }
        try t.keys("2", "Enter")
        try t.waitFor("Artikelen")
        try t.keys("Escape", "q")
        try t.waitFor("shell$")
        try t.assertShellUsable()
    }

    @Test func noColorStillShowsEverything() throws {
        let t = try Tmux()
        try t.startShell(env: ["NO_COLOR": "1", "TERM": "vt100"])
        try t.startDemo()
        try t.keys("2", "Enter")
        try t.waitFor("Verplichtingen")
        try t.keys("q", "q")
        try t.waitFor("shell$")
    }

    @Test func englishWithLangEn() throws {
        let t = try Tmux()
        try t.startShell()
        try t.startDemo(extra: "--lang en")
        try t.waitFor("Cases")
        try t.keys("q")
    }
}

/// Issue 16: Meilân's phone rule through three reports about Sem, the first closed on screen as a
/// mistake (it was Daan): the report goes back to Meldingen, Daan's case is his first offence, and
/// Sem's next two are his first and second, not his second and third.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct OutcomeWalkEndToEndTests {
    @Test func aCaseClosedAsAMistakeOnScreenIsNoOffence() throws {
        let t = try Tmux()
        let cli = try CLI(folder: t.folder, db: t.folder + "/meilan.sqlite", keeping: t)
        try cli.ok("init", "--school", "CBS De Meilân", "--protocol", "cbo-meilan", "--name", "Anne van der Berg")
        let sem = CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Sem de Boer", "--group", "6"))
        let daan = CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Daan Visser", "--group", "6"))
        func report(_ subjects: String, _ summary: String) throws -> String {
            let r = try cli.ok("incident", "add", "--subject", subjects, "--summary", summary, "--json")
            return String((r.json as? [String: Any])?["id"] as? Int ?? 0)
        }
        func open(_ incident: String, _ subject: String) throws -> String {
            let r = try cli.ok(
                "case", "open", "--summary", "Een foto van een klasgenoot zonder toestemming gedeeld.", "--incident",
                incident, "--subject", subject, "--article", "T.1", "--json")
            return (r.json as? [String: Any])?["number"] as? String ?? ""
        }
        func custody(_ number: String) throws -> String {
            try cli.ok("case", "step", number, "--to", "device-custody", "--reason", "Telefoon in de les.")
            let steps =
                (try cli.ok("case", "show", number, "--json").json as? [String: Any])?["steps"] as? [[String: Any]]
            return steps?.last?["detail"] as? String ?? ""
        }
        let first = try report("\(sem),\(daan)", "Telefoon in de les gebruikt.")
        let wrong = try open(first, sem)

        try t.startShell(width: 100, height: 30)
        try t.type("\(Tmux.binary) --db \(cli.db)")
        try t.keys("Enter")
        try t.waitFor("Meldingen (0)")
        try t.keys("2")
        try t.waitFor(wrong)
        try t.keys("Enter")
        try t.waitFor("Artikelen")
        try t.keys("s")
        try t.waitFor("Zaak sluiten: uitkomst")
        try t.keys("Down", "Down", "Enter")
        try t.waitFor("Zaak sluiten: vergissing")
        try t.type("Verkeerde leerling: het was Daan.")
        try t.keys("Enter")
        try t.waitFor("De zaak sluiten als")
        usleep(500_000)  // read before answered (casus's reading time is 400 ms)
        try t.keys("Enter")
        try t.waitFor("Zaak gesloten: vergissing.")
        // Back on the list: the report is counted under Meldingen again.
        try t.keys("Escape")
        try t.waitFor("Meldingen (1)")
        try t.keys("q")
        try t.waitFor("shell$")

        // Daan's case on the same report is his first offence; Sem's next two are his first and second.
        #expect(try custody(try open(first, daan)).contains("1e overtreding"))
        #expect(try custody(try open(try report(sem, "Weer de telefoon in de les."), sem)).contains("1e overtreding"))
        #expect(try custody(try open(try report(sem, "Opnieuw de telefoon."), sem)).contains("2e overtreding"))
        // The third is the director's to set (Meilân: "periode te bepalen door de directie").
        let third = try open(try report(sem, "Voor de derde keer de telefoon."), sem)
        let unset = try cli.run(["case", "step", third, "--to", "device-custody", "--reason", "Derde keer."])
        #expect(unset.code == 1 && unset.err.contains("--measure"))
        try cli.ok(
            "case", "step", third, "--to", "device-custody", "--reason", "Derde keer.", "--measure",
            "telefoon twee weken in bewaring bij de directie")
        let steps =
            (try cli.ok("case", "show", third, "--json").json as? [String: Any])?["steps"] as? [[String: Any]]
        let detail = steps?.last?["detail"] as? String ?? ""
        #expect(detail.contains("3e overtreding") && detail.contains("twee weken"), "\(detail)")
        #expect(try cli.ok("case", "show", wrong).out.contains("vergissing (telt niet als overtreding)"))
        #expect(try cli.ok("verify").code == 0)
    }
}
