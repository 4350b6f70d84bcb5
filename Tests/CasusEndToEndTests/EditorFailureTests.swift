import Foundation
import Testing

/// `$EDITOR` that ends with an error (vim after an error, a script's `exit 1`): what was written in
/// it was thrown away for good, with "De editor gaf een fout" only; an editor that does not exist
/// was not named (a review).
@Suite(.serialized) struct EditorFailureTests {
    @Test func whatWasWrittenInAFailingEditorIsKeptAndShown() throws {
        let t = try Tmux()
        let editor = t.folder + "/editor.sh"
        try "#!/bin/sh\nprintf '\\nTelefoongesprek met moeder, twintig minuten.\\n' >> \"$1\"\nexit 1\n".write(
            toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let cli = try CLI(folder: t.folder, db: t.db, keeping: t)
        #expect(try cli.run(["demo", "--no-tui", "--db", t.db]).code == 0)
        try t.startShell(width: 100, height: 30, env: ["EDITOR": editor])
        try Self.writePhoneNote(t)
        try t.waitFor("stopte met status 1; wat")
        try t.waitFor("u schreef is bewaard, maar nog niet opgeslagen.")
        try t.waitFor("Enter opslaan in dossier")
        try t.waitFor("Telefoongesprek met moeder, twintig minuten.")
    }

    @Test func anEditorThatDoesNotExistIsNamed() throws {
        let t = try Tmux()
        let cli = try CLI(folder: t.folder, db: t.db, keeping: t)
        #expect(try cli.run(["demo", "--no-tui", "--db", t.db]).code == 0)
        try t.startShell(width: 100, height: 30, env: ["EDITOR": "/nergens/vi"])
        try Self.writePhoneNote(t)
        try t.waitFor("de editor ‘/nergens/vi’ is niet gevonden of kan niet starten (status 127); er is niets")
        try t.waitFor("Zet VISUAL of EDITOR op een editor die er is")
    }

    /// The demo's first case on the full screen, and a phone note begun in the editor.
    static func writePhoneNote(_ t: Tmux) throws {
        try t.type("\(Tmux.binary) --db \(t.db)")
        try t.keys("Enter")
        try t.waitFor("Basisschool De Klimop")
        try t.keys("2")
        try t.waitFor("Betrokkene")
        try t.keys("Enter")
        try t.waitFor("n notitie")
        try t.keys("n")
        try t.waitFor("Telefoonnotitie")
        try t.keys("Down", "Down", "Enter")
    }
}
