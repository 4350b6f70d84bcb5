import Foundation
import Testing

/// Issue 12: exports, files and identity on the command line.
@Suite struct PrivacyCommandLineTests {
    /// A school with Sietske (whose dossier is exported) and two other pupils named in it.
    func school(_ cli: CLI) throws -> String {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let owner = CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Sietske de Vries"))
        try cli.ok("people", "add", "--kind", "pupil", "--name", "Fenna van der Berg")
        try cli.ok("people", "add", "--kind", "pupil", "--name", "Hanna Vermeulen")
        try cli.ok(
            "dossier", "note", owner, "--title", "Gesprek",
            "--body", "Gesprek met Sietske over het filmpje van Fenna; H. Vermeulen en v.d. Berg keken mee.")
        return owner
    }

    @Test func reviewListsTheReplacementsAndWritesNothing() throws {
        let cli = try CLI()
        let owner = try school(cli)
        let out = cli.folder + "/inzage.md"
        let review = try cli.ok("dossier", "export", owner, "--review")
        #expect(review.out.contains("Fenna → [leerling]  (Fenna van der Berg)  1× — stuk #1"))
        #expect(review.out.contains("H. Vermeulen → [leerling]  (Hanna Vermeulen)"))
        #expect(review.out.contains("v.d. Berg → [leerling]  (Fenna van der Berg)"))
        #expect(review.out.contains("Er is niets geschreven"))
        #expect(!FileManager.default.fileExists(atPath: out))
        try cli.ok("dossier", "export", owner, "--format", "md", "--out", out)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(
            text.contains("Gesprek met Sietske over het filmpje van \\[leerling\\]; \\[leerling\\] en \\[leerling\\]"))
        // Without --review, --format and --out are needed.
        #expect(try cli.run(["dossier", "export", owner]).code == 64)
    }
}
