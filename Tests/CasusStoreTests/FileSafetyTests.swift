import CasusCore
import Foundation
import Testing

@testable import CasusStore
import CasusTestSupport

/// Issue 12: every file casus writes is private from its first byte, and a database that other
/// accounts can read or write is refused. The tests run as root, so they look at mode bits.
@Suite(.serialized) struct FileSafetyTests {
    /// This test's folder, removed when it ends.
    let scratch = Scratch("files")

    func mode(_ path: String) -> mode_t {
        var st = stat()
        guard lstat(path, &st) == 0 else { return 0 }
        return st.st_mode & 0o777
    }

    /// The file is 0600 while it is being written, not only after: nobody can open it in
    /// between. (The umask is left alone: it is the process's, and tests run side by side.) It is
    /// written under a name that says it is not done, and has its own name only when whole.
    @Test func aPrivateFileIs0600FromTheFirstByteAndNamedWhenWhole() throws {
        let path = scratch.folder + "/export.md"
        var seen: [mode_t] = []
        var names: [[String]] = []
        try PrivateFile.create(path) { write in
            names.append(try FileManager.default.contentsOfDirectory(atPath: scratch.folder))
            seen.append(mode(scratch.folder + "/" + names[0][0]))
            try write(Array("eerste regel\n".utf8))
            try write(Array("tweede regel\n".utf8))
        }
        #expect(seen == [0o600])
        #expect(names.count == 1 && names[0].count == 1 && names[0][0].hasPrefix("export.md.partial-"), "\(names)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder) == ["export.md"])
        #expect(mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "eerste regel\ntweede regel\n")
    }

    /// A name of up to 255 bytes is a file's name: the partial name added to it passed that, and a
    /// legal name of 243 bytes was refused as "File name too long" (a review).
    @Test func aLongButLegalNameIsWritten() throws {
        let path = scratch.folder + "/" + String(repeating: "a", count: 250) + ".md"
        try PrivateFile.create(path, contents: Array("lang".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "lang")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder).count == 1)
    }

    /// A name longer than the system gives is refused before anything is written (an export's audit
    /// line was recorded first, a review).
    @Test func aNameTooLongIsRefusedBeforeTheWrite() throws {
        let path = scratch.folder + "/" + String(repeating: "q", count: 253) + ".md"
        var wrote = false
        let e = refusal { try PrivateFile.create(path) { (_: PrivateFile.Handle) in wrote = true } }
        #expect(!wrote && e?.message.nl.contains("de naam is te lang") == true, "\(String(describing: e))")
        #expect(e?.hint?.nl.contains("kortere bestandsnaam") == true)
    }

    /// Ctrl-C in the middle of an export: the handler (`PartialFiles.removeAll`, what the command
    /// line's and the full screen's signal handlers call) removes the file being written, and no
    /// file under the export's name was ever made.
    @Test func aFileBeingWrittenWhenCasusIsStoppedLeavesNothing() throws {
        let path = scratch.folder + "/dossier.html"
        struct Stopped: Error {}
        #expect(throws: Stopped.self) {
            try PrivateFile.create(path) { write in
                try write(Array(repeating: UInt8(ascii: "x"), count: 100_000))
                PartialFiles.removeAll()
                #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder).isEmpty)
                throw Stopped()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder).isEmpty)
        // What is done is no longer the handler's: a file named is never removed by it.
        try PrivateFile.create(path, contents: Array("klaar".utf8))
        PartialFiles.removeAll()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "klaar")
    }

    @Test func aPrivateFileNeverOverwritesOrFollowsALink() throws {
        let dir = scratch.folder
        let existing = dir + "/bestaat.md"
        try "oud".write(toFile: existing, atomically: false, encoding: .utf8)
        let e = refusal { try PrivateFile.create(existing, contents: Array("nieuw".utf8)) }
        #expect(e?.kind == .refused)
        #expect(e?.message.nl.contains("bestaat al") == true)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "oud")
        // A link planted where the export goes, to a file elsewhere (dangling or not).
        let target = dir + "/elders.txt"
        let link = dir + "/export.md"
        #expect(symlink(target, link) == 0)
        #expect(refusal { try PrivateFile.create(link, contents: Array("geheim".utf8)) } != nil)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// `casus init` on an empty file someone made (touch, 0644): the database it becomes is private.
    @Test func anEmptyFileBecomesAPrivateDatabase() throws {
        let path = scratch.folder + "/casus.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]))
        #expect(mode(path) == 0o644)
        _ = try SQLiteStorage(path: path)
        #expect(mode(path) == 0o600)
    }

    @Test func aDatabaseOthersCanReadOrWriteIsRefusedWithTheFix() throws {
        let path = scratch.folder + "/casus.sqlite"
        _ = try SQLiteStorage(path: path)
        for loose: mode_t in [0o644, 0o604, 0o620, 0o606, 0o660] {
            #expect(chmod(path, loose) == 0)
            let e = refusal { _ = try SQLiteStorage(path: path) }
            #expect(e?.kind == .storage, "mode \(String(loose, radix: 8))")
            #expect(e?.message.nl.contains("andere accounts") == true)
            #expect(e?.hint?.nl.contains("chmod 600 \(path)") == true)
            #expect(e?.hint?.en.contains("server") == true)
            #expect(mode(path) == loose, "refused, and nothing changed")
        }
        #expect(chmod(path, 0o600) == 0)
        _ = try SQLiteStorage(path: path)
    }
}
