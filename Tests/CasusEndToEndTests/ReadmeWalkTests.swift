import CasusTestSupport
import Foundation
import Testing

/// The README's install and its walk from `init` to a first case, backup and restore, as a new
/// school would do them: `make install-files` (what `make install` does after the release build)
/// into a staging folder, then every `sh` block marked `<!-- walk -->` run line by line in an
/// empty folder outside the checkout, with nothing in the environment but PATH, HOME and LANG.
@Suite(.serialized) struct ReadmeWalkTests {
    struct Run {
        var code: Int32
        var out: String
        var err: String
    }

    static func run(_ argv: [String], in folder: String, env: [String: String]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["-i"] + env.map { "\($0.key)=\($0.value)" } + argv
        p.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(
            code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// Installs the binary the tests built, as `make install` installs a release build, into
    /// `scratch`, which the test keeps.
    static func install(into scratch: Scratch) throws -> (root: String, bin: String) {
        let root = scratch.folder
        let r = try run(
            [
                "make", "-C", Fixtures.root, "install-files", "BIN=\(Tmux.binary)", "DESTDIR=\(root)",
                "PREFIX=/usr/local",
            ], in: NSTemporaryDirectory(), env: ["PATH": "/usr/bin:/bin"])
        #expect(r.code == 0, "make install-files failed: \(r.out)\(r.err)")
        return (root, root + "/usr/local/bin")
    }

    /// The lines of the README's walk, in order.
    static func walk() throws -> [String] {
        let readme = try String(contentsOfFile: Fixtures.root + "/README.md", encoding: .utf8)
        var lines: [String] = []
        var state = 0  // 0 outside, 1 after the marker, 2 inside the block
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            switch (state, line) {
            case (_, "<!-- walk -->"): state = 1
            case (1, "```sh"): state = 2
            case (2, "```"): state = 0
            case (2, _): if !line.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(line) }
            default: break
            }
        }
        return lines
    }

    @Test func makeInstallPutsTheBinaryManPagesAndCompletionsInTheirPlaces() throws {
        let staging = Scratch("install")
        let (root, bin) = try Self.install(into: staging)
        let fm = FileManager.default
        let share = root + "/usr/local/share"
        #expect(try fm.attributesOfItem(atPath: bin + "/casus")[.posixPermissions] as? Int == 0o755)
        for file in [
            "man/man1/casus.1", "man/nl/man1/casus.1", "bash-completion/completions/casus",
            "zsh/site-functions/_casus", "fish/vendor_completions.d/casus.fish",
        ] {
            #expect(try fm.attributesOfItem(atPath: share + "/" + file)[.posixPermissions] as? Int == 0o644, "\(file)")
        }
        let en = try String(contentsOfFile: share + "/man/man1/casus.1", encoding: .utf8)
        let nl = try String(contentsOfFile: share + "/man/nl/man1/casus.1", encoding: .utf8)
        #expect(
            en.contains(".SH COMMANDS") && en.contains("casus backup") && en.contains("A new database for a school"))
        #expect(nl.contains(".SH COMMANDO'S") && nl.contains("Een nieuwe database voor een school"))
        let bash = try String(contentsOfFile: share + "/bash-completion/completions/casus", encoding: .utf8)
        #expect(bash.contains("backup") && bash.contains("restore") && bash.contains("config"))
        #expect(
            try String(contentsOfFile: share + "/zsh/site-functions/_casus", encoding: .utf8).hasPrefix(
                "#compdef casus"))
        #expect(
            try String(contentsOfFile: share + "/fish/vendor_completions.d/casus.fish", encoding: .utf8).contains(
                "complete -c 'casus'"))
        let env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": root]
        #expect(
            try Self.run(["bash", "-n", share + "/bash-completion/completions/casus"], in: root, env: env).code == 0)
        // The man pages are valid roff: groff renders them without a warning.
        if fm.isExecutableFile(atPath: "/usr/bin/groff") {
            for page in [share + "/man/man1/casus.1", share + "/man/nl/man1/casus.1"] {
                let g = try Self.run(["groff", "-man", "-Tutf8", "-ww", "-z", page], in: root, env: env)
                #expect(g.code == 0 && g.err.isEmpty, "\(page): \(g.err)")
            }
        }
    }

    @Test func everyCommandOfTheReadmeWalkWorksAsWritten() throws {
        let staging = Scratch("install")
        let (_, bin) = try Self.install(into: staging)
        let school = Scratch("readme")
        let home = school.folder
        // The school's own exports, named as the README names them.
        let fixtures = Fixtures.root + "/Tests/Fixtures"
        for (from, to) in [
            ("edexml/EDEX-sample.xml", "EDEX.XML"), ("readme/leerlingen.csv", "leerlingen.csv"),
            ("readme/ouders.csv", "ouders.csv"), ("readme/personeel.csv", "personeel.csv"),
        ] {
            try FileManager.default.copyItem(atPath: fixtures + "/" + from, toPath: home + "/" + to)
        }
        let lines = try Self.walk()
        #expect(lines.count >= 20, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("casus init ") } && lines.contains { $0.hasPrefix("casus restore ") })
        let env = ["PATH": bin + ":/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"]
        var transcript = ""
        for line in lines {
            let r = try Self.run(["bash", "-euo", "pipefail", "-c", line], in: home, env: env)
            transcript += "$ \(line)\n\(r.out)\(r.err)"
            guard r.code == 0 else {
                Issue.record("README line failed (exit \(r.code)): \(line)\n\(r.err)\n--- so far:\n\(transcript)")
                return
            }
        }
        for expected in [
            "School OBS De Linde aangemaakt in \(home)/.local/share/casus/casus.sqlite",
            "Account oaydin toegevoegd als intern begeleider.", "Zaak 20", "Brief opgeslagen als stuk",
            "Reservekopie geschreven: casus-backup.sqlite", "alles klopt", "Teruggezet:",
            "Demodatabase \(home)/.local/share/casus/demo.sqlite weggegooid.",
            "Yousfi, Fatima (medewerker, intern begeleider)", "Aydın, Özlem (medewerker, intern begeleider)",
            "Hendriks, Marloes (medewerker, leerkracht)",
        ] {
            #expect(transcript.contains(expected), "missing '\(expected)' in:\n\(transcript)")
        }
        // The README's user comments name the people the ids are.
        #expect(transcript.contains("11     Aydın, Özlem") && transcript.contains("9      Hendriks, Marloes"))
        #expect(transcript.contains("Betrokkene: Noah El Amrani (leerling)"))
    }
}
