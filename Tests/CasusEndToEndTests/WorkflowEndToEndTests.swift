import Foundation
import Testing

/// The director's main job through the real binary: a report from the queue to a case, a
/// warning with its letter, a 3-day suspension with its letter and obligations, a removal refused
/// before the hearings; `EDITOR` is a script that signs each letter.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct WorkflowEndToEndTests {
    @Test func fromReportToSuspensionWithLettersInTheDossier() throws {
        let t = try Tmux()
        let editor = t.folder + "/editor.sh"
        try "#!/bin/sh\nprintf '\\nBewerkt door de editor-test.\\n' >> \"$1\"\n".write(
            toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let cli = try CLI(folder: t.folder, db: t.db, keeping: t)
        #expect(try cli.run(["demo", "--no-tui", "--db", t.db]).code == 0)

        // Where the pupil's phone report sits in the queue (oldest first).
        let queue = try #require(try cli.ok("incident", "list", "--status", "new", "--json").json as? [[String: Any]])
        let index = try #require(queue.firstIndex { ($0["summary"] as? String ?? "").contains("mobiele telefoon") })

        try t.startShell(width: 100, height: 30, env: ["EDITOR": editor])
        try t.type("\(Tmux.binary) --db \(t.db)")
        try t.keys("Enter")
        try t.waitFor("Basisschool De Klimop")
        try t.keys("1")
        try t.waitFor("Leeftijd")
        for _ in 0..<index { try t.keys("j") }
        try t.keys("t")
        try t.waitFor("voorgesteld) zoek")
        try t.keys("Space", "Enter")  // tick the suggestion the cursor is on
        try t.waitFor("Zaak geopend")

        // Warning, with the proposed letter.
        try t.keys("+")
        try t.waitFor("Volgende stap op de ladder")
        try selectRung("waarschuwing", t)
        try t.keys("Enter")
        try t.waitFor("Feiten (uw woorden)")
        // The case holds the teacher's report only: the facts are the director's to write (the
        // letter states them, never the report's words).
        try t.type("Anouk gebruikte in de les een telefoon en maakte foto's van klasgenoten.")
        try t.keys("Tab")  // facts being written take Enter as a new line
        try t.type("Telefoon gebruikt en foto's gemaakt in de les")
        try t.keys("Enter")
        // Every step is asked once more, a warning too, saying what it records.
        try t.waitFor("Enter legt het vast")
        usleep(500_000)  // read before answered (casus's reading time is 400 ms)
        try t.keys("Enter")
        try t.waitFor("Brief uit sjabloon")
        try t.keys("Enter")
        try t.waitFor("Voorbeeld: Schriftelijke waarschuwing")
        try fileForBothParents(t)

        // A 3-day suspension: the decision letter, and the obligations appear.
        try t.keys("+")
        try t.waitFor("Volgende stap op de ladder")
        try selectRung("schorsing", t)
        try t.keys("Enter")
        try t.waitFor("Feiten (uw woorden)")
        try t.keys("Enter")  // the facts as they stand
        try t.type("Herhaling na de waarschuwing")
        try t.keys("Enter")
        try t.type("3")
        try t.keys("Enter")
        try t.waitFor("Eerste dag (leeg: ")
        try t.keys("Enter")  // the next school day
        try t.waitFor("Enter legt het vast")
        // Read before answered: an Enter within casus's reading time (400 ms) does not answer it.
        usleep(500_000)
        try t.keys("Enter")
        try t.waitFor("Brief uit sjabloon")
        try t.keys("Enter")
        try t.waitFor("Voorbeeld: Besluit tot schorsing")
        try fileForBothParents(t)
        // The obligations sit above the timeline, which now holds four letters.
        try t.keys("G", "PPage")
        try t.waitFor("met redenen melden aan de Inspectie")

        // Removal before the hearings: refused, and said why.
        try t.keys("+")
        try t.waitFor("Volgende stap op de ladder")
        try selectRung("verwijdering", t)
        try t.keys("Enter")
        try t.waitFor("Feiten (uw woorden)")
        try t.keys("Enter")  // the facts as they stand
        try t.type("Ernstige herhaling")
        try t.keys("Enter")
        try t.waitFor("Geweigerd")
        // To the rungs, the typed reason's discard asked and confirmed, out of the case, and quit.
        try t.keys("Escape", "Escape")
        try t.waitFor("nog een keer Esc gooit hem weg")
        try t.keys("Escape", "Escape", "q")
        try t.waitFor("shell$")

        // The letters are in the pupil's dossier, signed by the editor, and every chain holds.
        let cases = try #require(try cli.ok("case", "list", "--json").json as? [[String: Any]])
        let number = try #require(
            cases.first {
                ($0["rung"] as? String) == "suspension" && ($0["summary"] as? String ?? "").contains("mobiele telefoon")
            }?["number"] as? String)
        let shown = try #require(try cli.ok("case", "show", number, "--json").json as? [String: Any])
        let pupil = try #require((shown["dossier"] as? [String: Any])?["id"] as? Int)
        let dossier = try #require(try cli.ok("dossier", "show", String(pupil), "--json").json as? [String: Any])
        let letters = (dossier["entries"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "letter" }
        #expect(letters.count == 4, "a warning and a decision for each parent")
        #expect(letters.allSatisfy { ($0["body"] as? String ?? "").contains("Bewerkt door de editor-test.") })
        #expect(letters.allSatisfy { ($0["body"] as? String ?? "").contains("maakte foto's van klasgenoten") })
        // Filing is not sending: the written decision is done once the letter is recorded as sent.
        let before = shown["obligations"] as? [[String: Any]] ?? []
        #expect(before.contains { $0["kind"] as? String == "suspension-decision" && $0["done"] as? Bool == false })
        // One decision letter per parent (they live apart): the decision is made known when both are sent.
        let decisions = letters.filter { ($0["title"] as? String ?? "").hasPrefix("Besluit tot schorsing") }
            .compactMap { $0["id"] as? Int }
        try #require(decisions.count == 2)
        let first = try cli.ok("letter", "sent", String(decisions[1]), "--via", "hand")
        #expect(
            first.out.contains("nog niet afgevinkt: Schriftelijk schorsingsbesluit")
                && first.out.contains("als verzonden vastgelegd aan: "), "\(first.out)")
        let decision = decisions[0]
        let sent = try cli.ok("letter", "sent", String(decision), "--via", "post")
        #expect(
            sent.out.contains("verzonden per post op") && sent.out.contains("afgevinkt: Schriftelijk schorsingsbesluit")
        )
        let twice = try cli.run(["letter", "sent", String(decision), "--via", "mail"])
        #expect(twice.code == 1 && twice.err.contains("al vastgelegd als verzonden per post"))
        let after = try #require(try cli.ok("case", "show", number, "--json").json as? [String: Any])
        #expect(Set((after["sent"] as? [[String: Any]] ?? []).compactMap { $0["via"] as? String }) == ["post", "hand"])
        let obligations = after["obligations"] as? [[String: Any]] ?? []
        #expect(
            obligations.contains { $0["kind"] as? String == "suspension-decision" && $0["done"] as? Bool == true },
            "\(obligations)")
        #expect(
            obligations.contains { $0["kind"] as? String == "inspectie-suspension" && $0["done"] as? Bool == false })
        #expect(try cli.run(["verify"]).code == 0)
    }

    /// Files the letter in the preview; the pupil's parents live apart (issue 16, item 2), so the
    /// other parent's letter opens next (through the EDITOR script) and is filed too.
    /// (The demo is seeded: the other parent is always De heer M. de Jong.)
    func fileForBothParents(_ t: Tmux) throws {
        try t.keys("Enter")
        try t.waitFor("De heer M. de Jong")
        try t.keys("Enter")
        try t.waitForAbsence("Voorbeeld: ")
        try t.waitFor("Brief opgeslagen in het dossier")
    }

    /// Moves the step dialog's cursor (the row in reverse video) to the rung with this label.
    /// Moves the step dialog's cursor to the rung: reads where the cursor is and where the rung
    /// is, sends exactly that many keys, then waits until the screen shows the cursor there.
    /// (Reading the screen while keys are still on their way would overshoot on a busy machine.)
    func selectRung(_ label: String, _ t: Tmux) throws {
        let (rows, cursor) = try stepOptions(t)
        guard let cursor, let target = rows.firstIndex(where: { $0.contains(label) }) else {
            Issue.record("rung \(label) not found in the step dialog: \(rows)")
            return
        }
        for _ in 0..<abs(target - cursor) { try t.keys(target > cursor ? "j" : "k") }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if try stepOptions(t).cursor == target { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the cursor did not reach \(label) in the step dialog")
    }

    /// The step dialog's option lines (from the third screen line to the first empty one) and the
    /// one under the cursor (reverse video, read from tmux with attributes).
    func stepOptions(_ t: Tmux) throws -> (rows: [Substring], cursor: Int?) {
        let styled = try t.run(["capture-pane", "-p", "-e"], capture: true).split(
            separator: "\n", omittingEmptySubsequences: false)
        var rows: [Substring] = []
        var cursor: Int?
        for line in styled.dropFirst(2) {
            let plain = line.replacing(/\u{1B}\[[0-9;]*m/, with: "")
            if plain.trimmingCharacters(in: .whitespaces).isEmpty { break }
            if line.contains("\u{1B}[7m") { cursor = rows.count }
            rows.append(Substring(plain))
        }
        return (rows, cursor)
    }
}
