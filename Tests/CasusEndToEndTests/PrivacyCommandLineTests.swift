import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// Issue 12: exports, files and identity on the command line.
@Suite struct PrivacyCommandLineTests {
    /// A school with Sietske (whose dossier is exported) and two other pupils named in it.
    @discardableResult
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

    /// `casus purge` shows what would go and removes nothing without `--yes` (it deleted at once,
    /// printing the same list as `--dry-run`, a review); with it, the dossier goes, and the
    /// director is told that older backups still hold it. The school is written three days ago
    /// (in-process, at a fixed clock), so its dossier is past a retention of zero years today.
    @Test func aPurgeAsksForYes() throws {
        let cli = try CLI()
        let (pupil, env) = try cli.pastDueSchool(
            pupil: "Sietske", "de Vries", entry: .note, title: "Gesprek", body: "Over het filmpje.")
        let owner = String(pupil.id)
        let asked = try cli.run(["purge"], env: env)
        #expect(asked.code == 0 && asked.out.contains("Sietske de Vries"), "\(asked.out)\(asked.err)")
        #expect(asked.out.contains("Er is niets verwijderd") && asked.out.contains("--yes"), "\(asked.out)")
        #expect(try cli.ok("dossier", "show", owner).out.contains("Gesprek"))
        let done = try cli.run(["purge", "--yes"], env: env)
        #expect(
            done.code == 0 && done.out.contains("1 dossier opgeschoond") && done.out.contains("reservekopieën"),
            "\(done.out)\(done.err)")
        #expect(!(try cli.ok("dossier", "show", owner).out.contains("Gesprek")))
    }

    /// An account without an entry in the user database (a container's uid, a deleted user):
    /// casus refuses instead of believing $USER, which anyone can set.
    @Test func anAccountWithoutAPasswdEntryIsRefused() throws {
        let cli = try CLI()
        try school(cli)
        let uid = (54_321...54_400).first { getpwuid(uid_t($0)) == nil } ?? 54_321
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), geteuid() == 0 else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", Tmux.binary, "people", "list"]
        p.environment = [
            "USER": "directeur", "LOGNAME": "directeur", "CASUS_DB": cli.db, "LANG": "C.UTF-8",
            "CASUS_CONFIG": Fixtures.configFolder, "HOME": "/nonexistent",
        ]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(text.contains("uid \(uid)"), "\(text)")
        #expect(text.contains("$USER"), "\(text)")
        #expect(text.contains("/etc/passwd"), "\(text)")
    }

    /// `casus init` on a file made for it (`touch`, 0644): the database is private.
    @Test func initOnAnEmptyFileMakesItPrivate() throws {
        let cli = try CLI()
        #expect(FileManager.default.createFile(atPath: cli.db, contents: nil, attributes: [.posixPermissions: 0o644]))
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.db)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        // Opened up to the group afterwards: refused, with the fix.
        #expect(chmod(cli.db, 0o640) == 0)
        let refused = try cli.run(["people", "list"])
        #expect(refused.code == 1)
        #expect(refused.err.contains("chmod 600 \(cli.db)"))
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
        // Private to the account, and never written over.
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let again = try cli.run(["dossier", "export", owner, "--format", "html", "--out", out])
        #expect(again.code == 1 && again.err.contains("bestaat al"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == text)
        // Without --review, --format and --out are needed.
        #expect(try cli.run(["dossier", "export", owner]).code == 64)
    }
}
