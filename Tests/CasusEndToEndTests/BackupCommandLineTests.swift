import CasusTerminal
import Foundation
import Testing

/// `casus backup` and `casus restore`: a copy that is verified before it has its name, files
/// never overwritten, a damaged backup refused with nothing written.
@Suite struct BackupCommandLineTests {
    func school(_ cli: CLI) throws {
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg")
        let pupil = CLI.firstID(try cli.ok("people", "add", "--kind", "pupil", "--name", "Joëlle de Vries"))
        try cli.ok("dossier", "note", pupil, "--body", "Gesprek met de ouders.")
    }

    func sha(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// A database or a backup named by one character, in the folder casus runs in: casus stopped
    /// with an illegal instruction and a backtrace that waited for a key (Foundation's
    /// `deletingLastPathComponent` on Linux, a review), and a database restored as "y" could never
    /// be opened.
    @Test func oneLetterNamesAreFiles() throws {
        let cli = try CLI()
        func run(_ args: String...) throws -> CLI.Result {
            let r = try cli.run(args, inFolder: true)
            #expect(r.code == 0, "casus \(args.joined(separator: " ")): \(r.err)")
            #expect(!r.err.contains("crashed") && !r.err.contains("Backtracing"), "\(r.err)")
            return r
        }
        try run("--db", "x", "init", "--school", "OBS De Linde", "--protocol", "jozefschool")
        try run("--db", "x", "backup", "y")
        try run("--db", "z", "restore", "y")
        #expect(try run("--db", "z", "verify").out.contains("klopt"))
        for name in ["x", "y", "z"] { #expect(FileManager.default.fileExists(atPath: cli.folder + "/" + name)) }
    }

    /// A `-wal` or `-shm` left at the backup's name belongs to another file: SQLite would read it as
    /// the new copy's, and a backup said sound read back changed (a review). Refused, nothing written.
    @Test func aBackupIsNotNamedOverAnotherFilesWal() throws {
        let cli = try CLI()
        try school(cli)
        let backup = cli.folder + "/reserve.sqlite"
        for suffix in ["-wal", "-shm", "-journal"] {
            FileManager.default.createFile(atPath: backup + suffix, contents: Data("oud".utf8))
            let r = try cli.run(["backup", backup])
            #expect(r.code == 1 && r.err.contains("reserve.sqlite\(suffix) staat er al"), "\(r.err)")
            #expect(!FileManager.default.fileExists(atPath: backup))
            try FileManager.default.removeItem(atPath: backup + suffix)
        }
        #expect(!(try cli.ok("audit").out.contains("backup")), "a refused backup was logged")
    }

    @Test func aBackupIsVerifiedPrivateAndRestoresToAWorkingDatabase() throws {
        let cli = try CLI()
        try school(cli)
        let backup = cli.folder + "/reserve.sqlite"
        let r = try cli.ok("backup", backup)
        #expect(r.out.contains("Reservekopie geschreven: \(backup)") && r.out.contains("de ketens in de kopie kloppen"))
        let mode = try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // One file: no -wal or -shm beside it, nothing half-made left over.
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.folder).filter { $0.hasPrefix("reserve") }
        #expect(left == ["reserve.sqlite"])
        #expect(try cli.ok("audit").out.contains("backup"))

        let bytes = try sha(backup)
        let again = try cli.run(["backup", backup])
        #expect(again.code == 1 && again.err.contains("bestaat al; er is niets overschreven"))
        #expect(try sha(backup) == bytes)

        let restored = cli.folder + "/terug/casus.sqlite"
        let back = try cli.ok("--db", restored, "restore", backup)
        #expect(back.out.contains("Teruggezet: \(restored)"))
        #expect(try sha(backup) == bytes, "restore changed the backup")
        // The restored database's log says since when it is the database, and from which backup
        // (it held no line of its restore, a review).
        let log = try cli.ok("--db", restored, "audit").out
        #expect(log.contains("teruggezet uit \(URL(fileURLWithPath: backup).standardizedFileURL.path)"), "\(log)")
        // Checking a backup leaves it as it was: its audit log took the check's line (a review).
        #expect(try cli.ok("--db", backup, "verify").out.contains("alles klopt"))
        #expect(try sha(backup) == bytes, "verify changed the backup")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: cli.folder).filter { $0.hasPrefix("reserve") }
                == ["reserve.sqlite"])
        #expect(try cli.ok("--db", restored, "verify").out.contains("alles klopt"))
        #expect(try cli.ok("--db", restored, "search", "ouders").out.contains("Joëlle de Vries"))
        let over = try cli.run(["--db", restored, "restore", backup])
        #expect(over.code == 1 && over.err.contains("er staat al een database op \(restored)"))
        // A folder as the backup, or as the database, is named as a folder ("databasefout: disk
        // I/O error"; "er staat al een database" of the folder holding the backup, a review).
        let folderBackup = try cli.run(["--db", cli.folder + "/nieuw.sqlite", "restore", cli.folder])
        #expect(
            folderBackup.code != 0 && folderBackup.err.contains("is een map, geen reservekopie"), "\(folderBackup.err)")
        let folderTarget = try cli.run(["--db", cli.folder, "restore", backup])
        #expect(
            folderTarget.code != 0 && folderTarget.err.contains("--db \(cli.folder) is een map"), "\(folderTarget.err)")
        // A -wal left beside a database moved aside alone holds its last writes: restore names it
        // and how to move it with its database (it said "er staat al een database" of a file that
        // was gone, and the advice lost the -wal's writes, a review).
        let aside = cli.folder + "/terug/oud.sqlite"
        FileManager.default.createFile(atPath: aside + "-wal", contents: Array("wal".utf8).withUnsafeBytes { Data($0) })
        let wal = try cli.run(["--db", aside, "restore", backup])
        #expect(wal.code == 1 && wal.err.contains("er staan nog bestanden van een database"), "\(wal.err)")
        #expect(wal.err.contains("mv \(aside)-wal \(aside).oud-wal"), "\(wal.err)")
        // A backup into a folder that is not there is refused before it is recorded.
        let nowhere = try cli.run(["backup", cli.folder + "/nietdaar/x.sqlite"])
        #expect(nowhere.code == 1 && nowhere.err.contains("bestaat niet; er is niets geschreven"), "\(nowhere.err)")
        #expect(!(try cli.ok("audit").out.contains("nietdaar")))
    }

    /// A copy made before a purge brings the purged dossiers back: said at the restore, with what
    /// to do (a review: nothing said it until a later `purge --dry-run`).
    @Test func aRestoredCopyWithDossiersPastTheirTermSaysSo() throws {
        let cli = try CLI()
        let (_, env) = try cli.pastDueSchool(
            pupil: "Mohamed", "de Bruijn", entry: .care, title: "Zorg", body: "Vermoeden van ADHD.")
        let backup = cli.folder + "/voor-opschonen.sqlite"
        #expect(try cli.run(["backup", backup], env: env).code == 0)
        let back = try cli.run(["--db", cli.folder + "/terug.sqlite", "restore", backup], env: env)
        #expect(back.out.contains("Let op: 1 dossier in deze kopie is over de bewaartermijn"), "\(back.out)")
        #expect(back.out.contains("casus purge --dry-run"))
        // A server's address is no file to restore into: refused, and no file named after it made
        // (a copy went into "./postgresql:/…" and the server was said restored, a review).
        let server = try cli.run(["--db", "postgresql:///casus?host=/nergens", "restore", backup])
        #expect(server.code == 1 && server.err.contains("--db noemt een server"), "\(server.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/postgresql:"))
        // A copy with nothing past its term says nothing of it.
        let quiet = try cli.run(["--db", cli.folder + "/terug2.sqlite", "restore", backup])
        #expect(quiet.code == 0 && !quiet.out.contains("Let op"), "\(quiet.out)")
    }

    /// A database whose append-only guard was dropped with sqlite3: `verify` names it, and the
    /// backup (refused outright before, with nothing offered) is written with the guard back and
    /// says what to do; the backup restores to a database that verifies (a review).
    @Test func aDatabaseThatLostAGuardIsBackedUpWithItBack() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let cli = try CLI()
        try school(cli)
        _ = try Spawn.run(["/usr/bin/sqlite3", cli.db, "DROP TRIGGER entry_no_update;"], capture: true)
        let verified = try cli.run(["verify"])
        #expect(verified.code == 1 && verified.out.contains("trigger entry_no_update is missing"), "\(verified.out)")
        let backup = cli.folder + "/reserve.sqlite"
        let r = try cli.ok("backup", backup)
        #expect(r.out.contains("trigger entry_no_update made") && r.out.contains("casus restore"), "\(r.out)")
        let restored = cli.folder + "/terug.sqlite"
        try cli.ok("--db", restored, "restore", backup)
        #expect(try cli.run(["--db", restored, "verify"]).code == 0)
    }

    @Test func aTeacherMayNotBackUp() throws {
        let cli = try CLI()
        try school(cli)
        try cli.ok("users", "add", "leerkracht", "--role", "teacher")
        let r = try cli.run(["--as", "leerkracht", "backup", cli.folder + "/x.sqlite"])
        #expect(r.code == 1 && r.err.contains("een reservekopie van de hele database maken"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/x.sqlite"))
        // Nor restore one: refused in those words (it said "het auditlog inzien", a review).
        let backup = cli.folder + "/reserve.sqlite"
        try cli.ok("backup", backup)
        let restore = try cli.run(["--as", "leerkracht", "--db", cli.folder + "/terug.sqlite", "restore", backup])
        #expect(restore.code == 1 && restore.err.contains("een reservekopie terugzetten"), "\(restore.err)")
    }

    /// A backup's folder must be there: one on a stick that was not mounted went to the local
    /// disk, in a folder made for it (a review).
    @Test func aBackupIntoAFolderThatIsNotThereIsRefused() throws {
        let cli = try CLI()
        try school(cli)
        let r = try cli.run(["backup", cli.folder + "/usb/reserve.sqlite"])
        #expect(r.code == 1 && r.err.contains("de map \(cli.folder)/usb bestaat niet"), "\(r.err)")
        #expect(r.err.contains("USB-stick"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder + "/usb"))
    }

    @Test func aDamagedOrAlteredBackupIsRefusedAndNothingIsWritten() throws {
        let cli = try CLI()
        try school(cli)
        let target = cli.folder + "/nieuw.sqlite"

        let garbage = cli.folder + "/kapot.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: garbage))
        let g = try cli.run(["--db", target, "restore", garbage])
        #expect(g.code == 1 && !g.err.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: target))

        let missing = try cli.run(["--lang", "en", "--db", target, "restore", cli.folder + "/nope.sqlite"])
        #expect(
            missing.code == 1 && missing.err.contains("nope.sqlite does not exist; nothing was restored"),
            "\(missing.err)")

        // A name changed behind casus's back: the replayed events no longer match the table.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let backup = cli.folder + "/reserve.sqlite"
        try cli.ok("backup", backup)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [backup, "UPDATE person SET last_name = 'Anders' WHERE last_name = 'Vries'"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let r = try cli.run(["--db", target, "restore", backup])
        #expect(r.code == 1 && r.err.contains("de kopie klopt niet") && r.err.contains("tabel person"), "\(r.err)")
        #expect(r.err.contains("neem een oudere"))
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.folder)
        #expect(!files.contains { $0.hasPrefix("nieuw.sqlite") }, "\(files)")
    }

    @Test func aDirectorMayNotCopyADatabaseThatHoldsOtherSchools() throws {
        let cli = try CLI()
        let demo = try cli.run(["demo", "--size", "district", "--schools", "2", "--no-tui", "--db", cli.db])
        #expect(demo.code == 0, "\(demo.err)")
        let file = cli.folder + "/directeur.sqlite"
        let r = try cli.run(["--db", cli.db, "--as", "demo-directeur-1", "backup", file])
        #expect(
            r.code == 1 && r.err.contains("deze database bevat ook") && r.err.contains("Vraag het bestuur"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: file))
        // The board may: its reach is every school in the file.
        let board = try cli.run(["--db", cli.db, "backup", file])
        #expect(board.code == 0, "\(board.err)")
    }

    /// The board of several schools adds and imports people at the school it names: it was told
    /// to choose one with `--school`, an option `people add` and `people import` did not have,
    /// and a school that is not there was told the same instead of that it is not there.
    @Test func theBoardNamesTheSchoolItAddsPeopleTo() throws {
        let cli = try CLI()
        let demo = try cli.run(["demo", "--size", "district", "--schools", "2", "--no-tui", "--db", cli.db])
        #expect(demo.code == 0, "\(demo.err)")
        let add = ["--db", cli.db, "people", "add", "--kind", "pupil", "--name", "Sem Vos", "--group", "7", "--json"]
        let unplaced = try cli.run(add)
        #expect(unplaced.code == 64 && unplaced.err.contains("kies een school met --school ID"), "\(unplaced.err)")
        let nowhere = try cli.run(add + ["--school", "99"])
        #expect(nowhere.code == 1 && nowhere.err.contains("school 99 bestaat niet"), "\(nowhere.err)")
        let placed = try cli.run(add + ["--school", "2"])
        #expect(placed.code == 0, "\(placed.err)")
        #expect((placed.json as? [String: Any])?["schoolID"] as? Int == 2, "\(placed.out)")
        let csv = cli.folder + "/leerlingen.csv"
        try "leerlingnummer;voornaam;achternaam;groep\n9001;Eva;Bos;6\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let imported = try cli.run(["--db", cli.db, "people", "import", "--kind", "pupil", csv, "--school", "2"])
        #expect(imported.code == 0, "\(imported.err)")
    }
}
