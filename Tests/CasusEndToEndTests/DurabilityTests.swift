import CasusTerminal
import Foundation
import Testing
import CasusTestSupport

/// Nothing reported as saved is lost; nothing changed behind casus's back goes unnoticed.
@Suite(.serialized) struct DurabilityTests {
    func demo(_ cli: CLI) throws {
        let r = try cli.run(["demo", "--no-tui", "--db", cli.db])
        #expect(r.code == 0, "demo failed: \(r.err)")
    }

    func savedIDs(_ text: String) -> [(id: Int, dossier: Int, seq: Int)] {
        text.split(separator: "\n").compactMap { line in
            let p = line.split(separator: " ")
            guard p.count == 4, p[0] == "saved", let id = Int(p[1]), let d = Int(p[2]), let s = Int(p[3]) else {
                return nil
            }
            return (id, d, s)
        }
    }

    @Test func killNineDuringThousandsOfAppendsLosesNothingCommitted() throws {
        let cli = try CLI()
        try demo(cli)
        var reported: [(id: Int, dossier: Int, seq: Int)] = []
        for round in 0..<5 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Tmux.binary)
            p.arguments = ["bench", "append", "--db", cli.db, "--count", "5000", "--dossiers", "7", "--print-saved"]
            p.environment = ["LANG": "C.UTF-8", "HOME": cli.folder]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Let it report a number of saves that differs per round, then kill it without warning,
            // mid-write. Counted in saves, not seconds: on a busy machine (a slow disk under another
            // load) the round waits longer instead of reporting too little to mean anything.
            let target = 220 + round * 60
            var buffer = Data()
            let cap = Date().addingTimeInterval(120)
            while savedIDs(String(decoding: buffer, as: UTF8.self)).count < target, Date() < cap {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }  // it ended by itself
                buffer.append(chunk)
            }
            kill(p.processIdentifier, SIGKILL)
            buffer.append(out.fileHandleForReading.readDataToEndOfFile())
            p.waitUntilExit()
            #expect(p.terminationReason == .uncaughtSignal)
            let saved = savedIDs(String(decoding: buffer, as: UTF8.self))
            #expect(saved.count > 10, "round \(round) saved too little to mean anything")
            reported += saved
        }
        #expect(reported.count >= 1000, "only \(reported.count) appends were reported; the test wants thousands")
        // Every reported entry is in its dossier.
        var byDossier: [Int: Set<Int>] = [:]
        for dossier in Set(reported.map(\.dossier)) {
            let json = try #require(try cli.ok("dossier", "show", String(dossier), "--json").json as? [String: Any])
            let entries = json["entries"] as? [[String: Any]] ?? []
            byDossier[dossier] = Set(entries.compactMap { $0["id"] as? Int })
        }
        let lost = reported.filter { !(byDossier[$0.dossier]?.contains($0.id) ?? false) }
        #expect(lost.isEmpty, "\(lost.count) of \(reported.count) reported entries are gone")
        let verify = try cli.run(["verify"])
        #expect(verify.code == 0, "verify after kill -9: \(verify.out)")
    }

    @Test func eightWritersAtOnceLoseNothingAndNeverSeeALockedDatabase() throws {
        let cli = try CLI()
        try demo(cli)
        let before = try cli.ok("verify", "--json").json as? [String: Any]
        let processes: [(Process, Pipe)] = try (0..<8).map { _ in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Tmux.binary)
            p.arguments = ["bench", "append", "--db", cli.db, "--count", "150", "--dossiers", "5", "--print-saved"]
            p.environment = ["LANG": "C.UTF-8", "HOME": cli.folder]
            let err = Pipe()
            p.standardOutput = FileHandle.nullDevice
            p.standardError = err
            try p.run()
            return (p, err)
        }
        for (p, err) in processes {
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "a writer failed: \(text)")
            #expect(!text.lowercased().contains("locked") && !text.contains("bezet"), "a writer saw: \(text)")
        }
        let after = try cli.ok("verify", "--json").json as? [String: Any]
        let (was, now) = (before?["entries"] as? Int ?? -1, after?["entries"] as? Int ?? -1)
        #expect(now == was + 8 * 150, "before: \(was) after: \(now)")
        #expect(after?["sound"] as? Bool == true)
    }

    @Test func aRowChangedWithSqlite3IsFoundByVerify() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let cli = try CLI()
        try demo(cli)
        #expect(try cli.run(["verify"]).code == 0)
        let sql = """
            DROP TRIGGER entry_no_update;
            UPDATE entry SET body = 'Er is niets gebeurd.' WHERE id = (SELECT id FROM entry ORDER BY id LIMIT 1 OFFSET 3);
            """
        _ = try Spawn.run(["/usr/bin/sqlite3", cli.db, sql], capture: true)
        let r = try cli.run(["verify"])
        #expect(r.code == 1)
        #expect(r.out.contains("eerste gebroken stuk"))
        #expect(r.out.contains("gewijzigd buiten casus"))
        #expect(r.out.contains("NIET IN ORDE"))
        // And what to do, in words a director reads (a review: only table and column names).
        #expect(r.out.contains("Wat nu: de database is buiten casus om gewijzigd"), "\(r.out)")
        // Its dossier exported: said on the terminal, not only inside the file (a review).
        let owner = try Spawn.run(
            ["/usr/bin/sqlite3", cli.db, "SELECT dossier_id FROM entry ORDER BY id LIMIT 1 OFFSET 3"], capture: true
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let exported = try cli.run(["dossier", "export", owner, "--format", "md", "--out", cli.folder + "/x.md"])
        #expect(
            exported.err.contains("hashketen van dit dossier is NIET ongeschonden"), "\(exported.out + exported.err)")
    }

    /// A row's finding names what it is ("persoon 224: de soort … is niet wat de keten vastlegde"),
    /// the table and column after it for whoever repairs it ("tabel person: rij 224 … in kolom kind"
    /// was all a director read, a review).
    @Test func aChangedPersonIsSaidAsAPerson() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let cli = try CLI()
        try demo(cli)
        let sql =
            "UPDATE person SET kind = 'pupil' WHERE id = (SELECT min(id) FROM person WHERE kind = 'staff' AND id > 1)"
        _ = try Spawn.run(["/usr/bin/sqlite3", cli.db, sql], capture: true)
        let r = try cli.run(["verify"])
        #expect(r.code == 1)
        #expect(
            r.out.contains(
                ": de soort (leerling, ouder, medewerker) is niet wat de keten vastlegde (gewijzigd buiten casus)")
                && r.out.contains("tabel person, kolom kind)") && r.out.contains("persoon "), "\(r.out)")
    }
}
